/* routelist: ip route list */
#include <stdio.h>
#include <sys/socket.h>
#include <linux/rtnetlink.h>

#include "cli.h"
#include "link.h"
#include "print.h"
#include "route.h"

int main(int argc, char **argv)
{
	struct rtnl_msgs links = { 0 }, routes = { 0 };
	const struct nlmsghdr *nlh = NULL;
	struct rtnl_err err;
	struct json json;
	struct rtnl rt;
	int ret;

	int first = cli_start(argc, argv, "[-n NS] [-4|-6] [-j [-p]]",
			      CLI_NETNS | CLI_FAMILY | CLI_JSON);

	if (first < argc)
		cli_bad_input(argv[first], "unexpected word");
	cli_rtnl_open(&rt);
	ret = link_dump(&rt, &links, &err);
	if (ret == 0)
		ret = route_dump(&rt, cli.family == AF_INET6 ? AF_INET6 : AF_INET,
				 &routes, &err);
	if (ret < 0) {
		cli_report("routes", ret, &err);
		goto out;
	}
	struct print_ctx ctx = { .links = &links, .rt = &rt };
	json_init(&json, stdout, cli.pretty);
	if (cli.json)
		json_open_array(&json, NULL);
	while ((nlh = rtnl_msgs_next(&routes, nlh))) {
		struct route_info route;
		/* Like ip route list: the main table, no cached clones. */
		if (route_parse(nlh, &route) < 0 || route.table != RT_TABLE_MAIN ||
		    (route.flags & RTM_F_CLONED))
			continue;
		if (cli.json)
			print_route_json(&json, &route, &ctx);
		else
			print_route(stdout, &route, &ctx);
	}
	if (cli.json) {
		json_close_array(&json);
		json_finish(&json);
	}
out:
	rtnl_msgs_free(&routes);
	rtnl_msgs_free(&links);
	rtnl_close(&rt);
	return ret < 0 ? EXIT_REFUSED : 0;
}
