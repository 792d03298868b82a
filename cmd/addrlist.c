/* addrlist: ip [-4|-6] addr list [dev DEV] */
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

#include "cli.h"
#include "commands.h"
#include "print.h"
#include "snapshot.h"

/* A link, then its addresses of FAMILY (0: all). As ip, with a family a
 * link without such an address is left out. */
static void print_link_addrs(struct show *show, const struct snapshot *snap,
			     const struct link_info *link, int family,
			     enum link_view view)
{
	const size_t *first;
	size_t count = snapshot_addrs_of(snap, link->index, &first), shown = 0;

	for (size_t i = 0; i < count; i++)
		shown += !family || snap->addrs[first[i]].family == family;
	if (family && !shown)
		return;
	show_object_open(show, NULL);
	print_link(show, snap, link, view);
	show_array_open(show, "addr_info", NULL, NULL);
	for (size_t i = 0; i < count; i++)
		if (!family || snap->addrs[first[i]].family == family)
			print_addr(show, &snap->addrs[first[i]]);
	show_array_close(show, NULL);
	show_object_close(show);
}

static int addrlist(struct cli *cli, int argc, char **argv)
{
	struct snapshot snap;
	struct rtnl_err err;
	struct show show;
	struct rtnl rt;
	const char *dev;
	int ret;

	if ((ret = cli_list_filter(cli, argc, argv, &dev)) || (ret = cli_open(cli, &rt)))
		return ret;
	ret = snapshot_take(&rt, SNAPSHOT_LINKS | SNAPSHOT_ADDRS | SNAPSHOT_NSID_NAMES,
			    0, &snap, &err);
	rtnl_close(&rt);
	if (ret < 0) {
		ret = report_refusal(&cli->report, "addresses", ret, &err);
	} else if (dev && !snapshot_link_named(&snap, dev)) {
		ret = report_text(&cli->report, dev, "no such device");
	} else {
		/* ip -6 addr reads the kernel's IPv6 link dump, which has
		 * less; for one device, or -4, the whole link minus its
		 * link/ line. */
		enum link_view view = !cli->family ? LINK_VIEW_ADDR
			: cli->family == AF_INET6 && !dev ? LINK_VIEW_INET6 : LINK_VIEW_FAMILY;

		show_init(&show, stdout, cli->json, cli->pretty);
		show_list_open(&show);
		for (size_t i = 0; i < snap.link_count; i++)
			if (!dev || strcmp(snap.links[i].name, dev) == 0)
				print_link_addrs(&show, &snap, &snap.links[i], cli->family, view);
		show_list_close(&show);
		if (snapshot_interrupted(&snap))
			report_interrupted(&cli->report, snapshot_interrupted(&snap));
	}
	snapshot_free(&snap);
	return ret;
}

int addrlist_main(int argc, char **argv)
{
	static const struct cli_command command = {
		"[-n NS] [-4|-6] [-j [-p]] [[dev] DEV]", CLI_NETNS | CLI_FAMILY | CLI_JSON,
		NULL, addrlist,
	};

	return cli_run(&command, argc, argv);
}

CLI_MAIN(addrlist)
