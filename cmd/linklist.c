/* linklist: ip link list [dev DEV] */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "link.h"
#include "print.h"

int main(int argc, char **argv)
{
	struct rtnl_msgs links = { 0 };
	const struct nlmsghdr *nlh = NULL;
	const char *dev;
	struct rtnl_err err;
	struct rtnl rt;
	int ret, found = 0;

	dev = cli_list_filter(argc, argv,
			      cli_start(argc, argv, "[-n NS] [[dev] DEV]", CLI_NETNS));
	cli_rtnl_open(&rt);
	ret = link_dump(&rt, &links, &err);
	if (ret < 0) {
		cli_report("links", ret, &err);
		goto out;
	}
	struct print_ctx ctx = { .links = &links, .rt = &rt };
	while ((nlh = rtnl_msgs_next(&links, nlh))) {
		struct link_info link;
		if (link_parse(nlh, &link) < 0 || (dev && strcmp(link.name, dev) != 0))
			continue;
		print_link(stdout, &link, &ctx, true);
		found = 1;
	}
	if (dev && !found) {
		cli_report_text(dev, "no such device");
		ret = -1;
	}
out:
	rtnl_msgs_free(&links);
	rtnl_close(&rt);
	return ret < 0 ? EXIT_REFUSED : 0;
}
