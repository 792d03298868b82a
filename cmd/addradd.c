/* addradd: ip addr add ADDR[/PLEN] dev DEV */
#include <errno.h>
#include <net/if.h>
#include <string.h>

#include "addr.h"
#include "cli.h"
#include "parse.h"

int main(int argc, char **argv)
{
	const char *word = NULL, *dev = NULL, *bad;
	struct prefix addr;
	struct rtnl_err err;
	struct rtnl rt;
	int i, ret, ifindex;

	i = cli_start(argc, argv, "[-n NS] ADDR[/PLEN] dev DEV", CLI_NETNS);
	for (; i < argc; i++) {
		if (strcmp(argv[i], "dev") == 0) {
			if (++i == argc)
				cli_bad_input("dev", "needs an interface name");
			dev = argv[i];
		} else if (!word) {
			word = argv[i];
		} else {
			cli_bad_input(argv[i], "unexpected word");
		}
	}
	if (!word)
		cli_usage();
	if (!dev)
		cli_bad_input(word, "needs dev DEV");
	bad = parse_prefix(word, &addr);
	if (bad)
		cli_bad_input(word, bad);
	bad = parse_ifname(dev);
	if (bad)
		cli_bad_input(dev, bad);

	cli_rtnl_open(&rt);
	ifindex = (int)if_nametoindex(dev);
	if (!ifindex) {
		cli_report_text(dev, "no such device");
		rtnl_close(&rt);
		return EXIT_REFUSED;
	}
	ret = addr_add(&rt, &addr, ifindex, &err);
	rtnl_close(&rt);
	if (ret == -EEXIST && !err.msg[0])
		cli_report_text(word, "address already assigned");
	else if (ret < 0)
		cli_report(word, ret, &err);
	return ret < 0 ? EXIT_REFUSED : 0;
}
