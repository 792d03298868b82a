/* bradd: ip link add BR type bridge */
#include <errno.h>
#include <stdbool.h>
#include <string.h>

#include "cli.h"
#include "link.h"
#include "parse.h"

/* -p: a bridge of that name is what was asked for. */
static bool is_bridge(struct rtnl *rt, const char *name)
{
	struct rtnl_msgs msgs = { 0 };
	struct link_info link;
	bool bridge = link_get(rt, name, &msgs, &link, NULL) == 0 &&
		      strcmp(link.kind, "bridge") == 0;

	rtnl_msgs_free(&msgs);
	return bridge;
}

int main(int argc, char **argv)
{
	struct rtnl_err err;
	struct rtnl rt;
	int first, status = 0;

	first = cli_start(argc, argv, "[-n NS] [-p] BRIDGE...", CLI_NETNS | CLI_EXIST_OK);
	cli_check_each(argc, argv, first, parse_ifname);
	cli_rtnl_open(&rt);
	for (int i = first; i < argc; i++) {
		int ret = link_add_bridge(&rt, argv[i], &err);
		if (ret == -EEXIST && cli.exist_ok)
			ret = is_bridge(&rt, argv[i]) ? 0 : -ENOTUNIQ;
		if (ret == -ENOTUNIQ)
			cli_report_text(argv[i], "a device of this name exists and is not a bridge");
		else if (ret == -EEXIST && !err.msg[0])
			cli_report_text(argv[i], "a device with this name already exists");
		else if (ret < 0)
			cli_report(argv[i], ret, &err);
		if (ret < 0)
			status = EXIT_REFUSED;
	}
	rtnl_close(&rt);
	return status;
}
