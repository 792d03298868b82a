/* routelist: ip route list */
#include <stdio.h>
#include <sys/socket.h>
#include <linux/rtnetlink.h>

#include "cli.h"
#include "print.h"
#include "snapshot.h"

int main(int argc, char **argv)
{
	struct snapshot snap;
	struct rtnl_err err;
	struct show show;
	struct rtnl rt;
	int ret;

	int first = cli_start(argc, argv, "[-n NS] [-4|-6] [-j [-p]]",
			      CLI_NETNS | CLI_FAMILY | CLI_JSON);

	if (first < argc)
		cli_bad_input(argv[first], "unexpected word");
	cli_rtnl_open(&rt);
	ret = snapshot_take(&rt, SNAPSHOT_LINKS | SNAPSHOT_ROUTES,
			    cli.family == AF_INET6 ? AF_INET6 : AF_INET, &snap, &err);
	rtnl_close(&rt);
	if (ret < 0) {
		cli_report("routes", ret, &err);
	} else {
		show_init(&show, stdout, cli.json, cli.pretty);
		show_list_open(&show);
		for (size_t i = 0; i < snap.route_count; i++) {
			const struct route_info *route = &snap.routes[i];

			/* Like ip route list: the main table, no cached clones. */
			if (route->table == RT_TABLE_MAIN && !(route->flags & RTM_F_CLONED))
				print_route(&show, &snap, route);
		}
		show_list_close(&show);
	}
	snapshot_free(&snap);
	return ret < 0 ? EXIT_REFUSED : 0;
}
