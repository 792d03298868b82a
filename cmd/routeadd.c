/* routeadd: ip route add PREFIX|default [via GW] [dev DEV] */
#include <errno.h>

#include "cli.h"
#include "route.h"

int main(int argc, char **argv)
{
	struct cli_route_args args;
	struct rtnl_err err;
	struct rtnl rt;
	int ret;

	cli_route_args(argc, argv, cli_start(argc, argv,
		       "[-n NS] [-4|-6] [-p] PREFIX|default [via GW] [dev DEV]",
		       CLI_NETNS | CLI_FAMILY | CLI_EXIST_OK), &args);
	if (args.dev)
		args.req.oif = cli_ifindex(args.dev);
	cli_rtnl_open(&rt);
	ret = route_add(&rt, &args.req, &err);
	/* -p: EEXIST is any route to that prefix; this one must be it. */
	if (ret == -EEXIST && cli.exist_ok && route_exists(&rt, &args.req) == 1)
		ret = 0;
	rtnl_close(&rt);
	if (ret == -EEXIST && !err.msg[0])
		cli_report_text(args.word, "route already exists");
	else if (ret < 0)
		cli_report(args.word, ret, &err);
	return ret < 0 ? EXIT_REFUSED : 0;
}
