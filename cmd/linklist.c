/* linklist: ip link list [dev DEV] */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "print.h"
#include "snapshot.h"

static int linklist(struct cli *cli, int argc, char **argv)
{
	struct snapshot snap;
	struct rtnl_err err;
	struct show show;
	struct rtnl rt;
	const char *dev;
	int ret;

	if ((ret = cli_list_filter(cli, argc, argv, &dev)) || (ret = cli_open(cli, &rt)))
		return ret;
	ret = snapshot_take(&rt, SNAPSHOT_LINKS | SNAPSHOT_NSID_NAMES, 0, &snap, &err);
	rtnl_close(&rt);
	if (ret < 0) {
		ret = report_refusal(&cli->report, "links", ret, &err);
	} else if (dev && !snapshot_link_named(&snap, dev)) {
		ret = report_text(&cli->report, dev, "no such device");
	} else {
		show_init(&show, stdout, cli->json, cli->pretty);
		show_list_open(&show);
		for (size_t i = 0; i < snap.link_count; i++) {
			if (dev && strcmp(snap.links[i].name, dev) != 0)
				continue;
			show_object_open(&show, NULL);
			print_link(&show, &snap, &snap.links[i], true);
			show_object_close(&show);
		}
		show_list_close(&show);
		if (snapshot_interrupted(&snap))
			report_interrupted(&cli->report, snapshot_interrupted(&snap));
	}
	snapshot_free(&snap);
	return ret;
}

int linklist_main(int argc, char **argv)
{
	static const struct cli_command command = {
		"[-n NS] [-j [-p]] [[dev] DEV]", CLI_NETNS | CLI_JSON, NULL, linklist,
	};

	return cli_run(&command, argc, argv);
}

CLI_MAIN(linklist)
