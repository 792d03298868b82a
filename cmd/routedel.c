/* routedel: ip route del [TYPE] PREFIX|default [via GW] [dev DEV] [metric N] ... */
#include <errno.h>
#include <net/if.h>

#include "cli.h"
#include "commands.h"
#include "route.h"

static int routedel(struct cli *cli, int argc, char **argv)
{
	struct parse_error bad;
	struct route_req req;
	struct rtnl_err err;
	struct rtnl rt;
	int ret, before;

	if (route_read_words(argc, argv, cli->family, false, &req, &bad) < 0)
		return report_bad_words(&cli->report, &bad);
	if ((ret = cli_enter_netns(cli)))
		return ret;
	/* -f: with the device gone, so are its routes. */
	if (req.dev && cli->gone_ok && !if_nametoindex(req.dev))
		return 0;
	if ((req.dev && (ret = cli_ifindex(cli, req.dev, &req.oif))) ||
	    (ret = cli_open(cli, &rt)))
		return ret;
	/* Several routes may match; one goes. A lost answer is told by
	 * counting them before and after. */
	before = route_count(&rt, &req, false);
	ret = route_del(&rt, &req, &err);
	if (ret < 0 && err.lost) {
		int after = route_count(&rt, &req, false);

		rtnl_close(&rt);
		return report_lost(&cli->report, req.word, before < 0 ? before
				   : after < 0 ? after : after < before);
	}
	if (ret == -ESRCH && cli->gone_ok)
		ret = 0;
	rtnl_close(&rt);
	if (ret == -ESRCH && !err.msg[0])
		return report_text(&cli->report, req.word, "no such route");
	if (ret < 0)
		return report_refusal(&cli->report, req.word, ret, &err);
	return 0;
}

int routedel_main(int argc, char **argv)
{
	static const struct cli_command command = {
		"[-n NS] [-4|-6] [-f] [TYPE] PREFIX|default [via GW] [dev DEV] [metric N]"
		" [table T] [src ADDR] [proto P] [scope S]",
		CLI_NETNS | CLI_FAMILY | CLI_GONE_OK, NULL, routedel,
	};

	return cli_run(&command, argc, argv);
}

CLI_MAIN(routedel)
