/* routedel: ip route del PREFIX|default [via GW] [dev DEV] */
#include <errno.h>
#include <net/if.h>

#include "cli.h"
#include "route.h"

int main(int argc, char **argv)
{
	struct cli_route_args args;
	struct rtnl_err err;
	struct rtnl rt;
	int ret;

	cli_route_args(argc, argv, cli_start(argc, argv,
		       "[-n NS] [-4|-6] [-f] PREFIX|default [via GW] [dev DEV]",
		       CLI_NETNS | CLI_FAMILY | CLI_GONE_OK), &args);
	/* -f: with the device gone, so are its routes. */
	cli_enter_netns();
	if (args.dev && cli.gone_ok && !if_nametoindex(args.dev))
		return 0;
	if (args.dev)
		args.req.oif = cli_ifindex(args.dev);
	cli_rtnl_open(&rt);
	ret = route_del(&rt, &args.req, &err);
	if (ret == -ESRCH && cli.gone_ok)
		ret = 0;
	rtnl_close(&rt);
	if (ret == -ESRCH && !err.msg[0])
		cli_report_text(args.word, "no such route");
	else if (ret < 0)
		cli_report(args.word, ret, &err);
	return ret < 0 ? EXIT_REFUSED : 0;
}
