/* routelist: ip route list [table TABLE] */
#include <stdio.h>
#include <sys/socket.h>
#include <linux/rtnetlink.h>

#include "cli.h"
#include "commands.h"
#include "print.h"
#include "route.h"
#include "snapshot.h"

static int routelist(struct cli *cli, int argc, char **argv)
{
	struct route_filter filter;
	struct parse_error bad;
	struct snapshot snap;
	struct rtnl_err err;
	struct show show;
	struct rtnl rt;
	int family = cli->family, ret;

	if (route_read_list_words(argc, argv, &filter, &bad) < 0)
		return report_bad_words(&cli->report, &bad);
	/* As ip: one table is IPv4 unless -6 says; all tables, both. */
	if (!family && filter.table)
		family = AF_INET;
	if ((ret = cli_open(cli, &rt)))
		return ret;
	ret = snapshot_take(&rt, SNAPSHOT_LINKS | SNAPSHOT_ROUTES, family, &snap, &err);
	rtnl_close(&rt);
	if (ret < 0) {
		ret = report_refusal(&cli->report, "routes", ret, &err);
	} else {
		show_init(&show, stdout, cli->json, cli->pretty);
		show_list_open(&show);
		for (size_t i = 0; i < snap.route_count; i++) {
			const struct route_info *route = &snap.routes[i];

			/* Like ip route list: no cached clones. */
			if ((!filter.table || route->table == filter.table) &&
			    !(route->flags & RTM_F_CLONED))
				print_route(&show, &snap, route, !filter.table);
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
		"[-n NS] [-4|-6] [-j [-p]] [table all|main|local|default|N]",
		CLI_NETNS | CLI_FAMILY | CLI_JSON, NULL, routelist,
	};

	return cli_run(&command, argc, argv);
}

CLI_MAIN(routelist)
