/* linklist: ip link list [dev DEV] */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "print.h"
#include "snapshot.h"

int main(int argc, char **argv)
{
	struct snapshot snap;
	struct rtnl_err err;
	struct show show;
	struct rtnl rt;
	const char *dev;
	int ret;

	dev = cli_list_filter(argc, argv, cli_start(argc, argv,
			      "[-n NS] [-j [-p]] [[dev] DEV]", CLI_NETNS | CLI_JSON));
	cli_rtnl_open(&rt);
	ret = snapshot_take(&rt, SNAPSHOT_LINKS | SNAPSHOT_NSID_NAMES, 0, &snap, &err);
	rtnl_close(&rt);
	if (ret < 0) {
		cli_report("links", ret, &err);
	} else if (dev && !snapshot_link_named(&snap, dev)) {
		cli_report_text(dev, "no such device");
		ret = -1;
	} else {
		show_init(&show, stdout, cli.json, cli.pretty);
		show_list_open(&show);
		for (size_t i = 0; i < snap.link_count; i++) {
			const struct link_info *link = &snap.links[i];

			if (dev && strcmp(link->name, dev) != 0)
				continue;
			show_object_open(&show, NULL);
			print_link(&show, &snap, link, true);
			show_object_close(&show);
		}
		show_list_close(&show);
	}
	snapshot_free(&snap);
	return ret < 0 ? EXIT_REFUSED : 0;
}
