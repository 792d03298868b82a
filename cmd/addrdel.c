/* addrdel: ip addr del ADDR[/PLEN] dev DEV */
#include <errno.h>
#include <net/if.h>

#include "addr.h"
#include "cli.h"

int main(int argc, char **argv)
{
	struct addr_words args;
	struct rtnl_err err;
	struct rtnl rt;
	int ret, ifindex;

	cli_addr_args(argc, argv,
		      cli_start(argc, argv, "[-n NS] [-f] ADDR[/PLEN] dev DEV",
				CLI_NETNS | CLI_GONE_OK),
		      &args);
	/* -f: with the device gone, so is its address. */
	cli_enter_netns();
	if (cli.gone_ok && !if_nametoindex(args.dev))
		return 0;
	ifindex = cli_ifindex(args.dev);
	cli_rtnl_open(&rt);
	ret = addr_del(&rt, &args.addr, ifindex, &err);
	if (ret == -EADDRNOTAVAIL && cli.gone_ok)
		ret = 0;
	rtnl_close(&rt);
	if (ret == -EADDRNOTAVAIL && !err.msg[0])
		cli_report_text(args.word, "no such address on this device");
	else if (ret < 0)
		cli_report(args.word, ret, &err);
	return ret < 0 ? EXIT_REFUSED : 0;
}
