/* routelist: ip route list */
#include <stdio.h>
#include <sys/socket.h>
#include <linux/rtnetlink.h>

#include "cli.h"
#include "commands.h"
#include "print.h"
#include "snapshot.h"

static int routelist(struct cli *cli, int argc, char **argv)
{
	struct snapshot snap;
	struct rtnl_err err;
	struct show show;
	struct rtnl rt;
	int ret;

	if (argc > 0)
		return report_bad_input(&cli->report, argv[0], "unexpected word");
	if ((ret = cli_open(cli, &rt)))
		return ret;
	ret = snapshot_take(&rt, SNAPSHOT_LINKS | SNAPSHOT_ROUTES,
			    cli->family == AF_INET6 ? AF_INET6 : AF_INET, &snap, &err);
	rtnl_close(&rt);
	if (ret < 0) {
		ret = report_refusal(&cli->report, "routes", ret, &err);
	} else {
		show_init(&show, stdout, cli->json, cli->pretty);
		show_list_open(&show);
		for (size_t i = 0; i < snap.route_count; i++) {
			const struct route_info *route = &snap.routes[i];

			/* Like ip route list: the main table, no cached clones. */
			if (route->table == RT_TABLE_MAIN && !(route->flags & RTM_F_CLONED))
				print_route(&show, &snap, route);
		}
		show_list_close(&show);
		if (snapshot_interrupted(&snap))
			report_interrupted(&cli->report, snapshot_interrupted(&snap));
	}
	snapshot_free(&snap);
	return ret;
}

int routelist_main(int argc, char **argv)
{
	static const struct cli_command command = {
		"[-n NS] [-4|-6] [-j [-p]]", CLI_NETNS | CLI_FAMILY | CLI_JSON, NULL, routelist,
	};

	return cli_run(&command, argc, argv);
}

CLI_MAIN(routelist)
