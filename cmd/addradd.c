/* addradd: ip addr add ADDR[/PLEN] dev DEV */
#include <errno.h>

#include "addr.h"
#include "cli.h"

int main(int argc, char **argv)
{
	struct addr_words args;
	struct rtnl_err err;
	struct rtnl rt;
	int ret, ifindex;

	cli_addr_args(argc, argv,
		      cli_start(argc, argv, "[-n NS] [-p] ADDR[/PLEN] dev DEV",
				CLI_NETNS | CLI_EXIST_OK),
		      &args);
	ifindex = cli_ifindex(args.dev);
	cli_rtnl_open(&rt);
	ret = addr_add(&rt, &args.addr, ifindex, &err);
	/* IPv6 says EEXIST whatever the prefix length: look. */
	if (ret == -EEXIST && cli.exist_ok && addr_exists(&rt, &args.addr, ifindex) == 1)
		ret = 0;
	rtnl_close(&rt);
	if (ret == -EEXIST && !err.msg[0])
		cli_report_text(args.word, "address already assigned");
	else if (ret < 0)
		cli_report(args.word, ret, &err);
	return ret < 0 ? EXIT_REFUSED : 0;
}
