/* bradd: ip link add BR type bridge */
#include <errno.h>
#include <stdbool.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
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

static int bradd(struct cli *cli, int argc, char **argv)
{
	struct rtnl_err err;
	struct rtnl rt;
	int status = cli_check_each(cli, argc, argv, parse_ifname);

	if (status || (status = cli_open(cli, &rt)))
		return status;
	for (int i = 0; i < argc; i++) {
		int ret = link_add_bridge(&rt, argv[i], &err);

		if (ret < 0 && err.lost) {
			if (report_lost(&cli->report, argv[i], is_bridge(&rt, argv[i])))
				status = EXIT_REFUSED;
			continue;
		}
		if (ret == -EEXIST && cli->exist_ok)
			ret = is_bridge(&rt, argv[i]) ? 0 : -ENOTUNIQ;
		if (ret == -ENOTUNIQ)
			status = report_text(&cli->report, argv[i],
					     "a device of this name exists and is not a bridge");
		else if (ret == -EEXIST && !err.msg[0])
			status = report_text(&cli->report, argv[i],
					     "a device with this name already exists");
		else if (ret < 0)
			status = report_refusal(&cli->report, argv[i], ret, &err);
	}
	rtnl_close(&rt);
	return status;
}

int bradd_main(int argc, char **argv)
{
	static const struct cli_command command = {
		"[-n NS] [-p] BRIDGE...", CLI_NETNS | CLI_EXIST_OK, NULL, bradd,
	};

	return cli_run(&command, argc, argv);
}

CLI_MAIN(bradd)
