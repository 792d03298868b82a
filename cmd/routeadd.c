/* routeadd: ip route add [TYPE] PREFIX|default [via GW] [dev DEV] [metric N] ... */
#include <errno.h>

#include "cli.h"
#include "commands.h"
#include "route.h"

static int routeadd(struct cli *cli, int argc, char **argv)
{
	struct parse_error bad;
	struct route_req req;
	struct rtnl_err err;
	struct rtnl rt;
	int ret;

	if (route_read_words(argc, argv, cli->family, true, &req, &bad) < 0)
		return report_bad_words(&cli->report, &bad);
	if ((req.dev && (ret = cli_ifindex(cli, req.dev, &req.oif))) ||
	    (ret = cli_open(cli, &rt)))
		return ret;
	ret = route_add(&rt, &req, &err);
	if (ret < 0 && err.lost) {
		ret = report_lost(&cli->report, req.word, route_exists(&rt, &req));
		rtnl_close(&rt);
		return ret;
	}
	/* -p: EEXIST is any route to that prefix; this one must be it. */
	if (ret == -EEXIST && cli->exist_ok && route_exists(&rt, &req) == 1)
		ret = 0;
	rtnl_close(&rt);
	if (ret == -EEXIST && !err.msg[0])
		return report_text(&cli->report, req.word, "route already exists");
	if (ret < 0)
		return report_refusal(&cli->report, req.word, ret, &err);
	return 0;
}

int routeadd_main(int argc, char **argv)
{
	static const struct cli_command command = {
		"[-n NS] [-4|-6] [-p] [TYPE] PREFIX|default [via GW] [dev DEV] [metric N]"
		" [table T] [src ADDR] [proto P] [scope S] [onlink]",
		CLI_NETNS | CLI_FAMILY | CLI_EXIST_OK, NULL, routeadd,
	};

	return cli_run(&command, argc, argv);
}

CLI_MAIN(routeadd)
