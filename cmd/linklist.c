/* linklist: ip [-d] link list [type KIND] [dev DEV] */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "link.h"
#include "print.h"
#include "snapshot.h"

static int linklist(struct cli *cli, int argc, char **argv)
{
	struct link_filter filter;
	struct parse_error bad;
	struct snapshot snap;
	struct rtnl_err err;
	struct show show;
	struct rtnl rt;
	int ret;

	if (link_read_list_words(argc, argv, &filter, &bad) < 0)
		return report_bad_words(&cli->report, &bad);
	if ((ret = cli_open(cli, &rt)))
		return ret;
	/* A kind the kernel filters (ip's request); a port's kind, or one
	 * device, from all of them. */
	if (filter.has_kind && !filter.slave && !filter.dev)
		ret = snapshot_take_kind(&rt, filter.kind, &snap, &err);
	else
		ret = snapshot_take(&rt, SNAPSHOT_LINKS | SNAPSHOT_NSID_NAMES, 0, &snap, &err);
	rtnl_close(&rt);
	if (ret < 0) {
		ret = report_refusal(&cli->report, "links", ret, &err);
	} else if (filter.dev && !snapshot_link_named(&snap, filter.dev)) {
		ret = report_text(&cli->report, filter.dev, "no such device");
	} else {
		show_init(&show, stdout, cli->json, cli->pretty);
		show_list_open(&show);
		for (size_t i = 0; i < snap.link_count; i++) {
			if (!link_filter_match(&filter, &snap.links[i]))
				continue;
			show_object_open(&show, NULL);
			print_link(&show, &snap, &snap.links[i],
				   cli->details ? LINK_VIEW_DETAILS : LINK_VIEW_LINK);
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
		"[-n NS] [-d] [-j [-p]] [type KIND] [[dev] DEV]",
		CLI_NETNS | CLI_DETAILS | CLI_JSON, NULL, linklist,
	};

	return cli_run(&command, argc, argv);
}

CLI_MAIN(linklist)
