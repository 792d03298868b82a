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
	struct json json;
	struct rtnl rt;
	int ret;

	dev = cli_list_filter(argc, argv, cli_start(argc, argv,
			      "[-n NS] [-j [-p]] [[dev] DEV]", CLI_NETNS | CLI_JSON));
	cli_rtnl_open(&rt);
	ret = link_dump(&rt, &links, &err);
	if (ret < 0) {
		cli_report("links", ret, &err);
		goto out;
	}
	struct print_ctx ctx = { .links = &links, .rt = &rt };
	struct link_info found_link;
	if (dev && link_find_name(&links, dev, &found_link) < 0) {
		cli_report_text(dev, "no such device");
		ret = -1;
		goto out;
	}
	json_init(&json, stdout, cli.pretty);
	if (cli.json)
		json_open_array(&json, NULL);
	while ((nlh = rtnl_msgs_next(&links, nlh))) {
		struct link_info link;
		if (link_parse(nlh, &link) < 0 || (dev && strcmp(link.name, dev) != 0))
			continue;
		if (!cli.json) {
			print_link(stdout, &link, &ctx, true);
			continue;
		}
		json_open_object(&json, NULL);
		print_link_json(&json, &link, &ctx, true);
		json_close_object(&json);
	}
	if (cli.json) {
		json_close_array(&json);
		json_finish(&json);
	}
out:
	rtnl_msgs_free(&links);
	rtnl_close(&rt);
	return ret < 0 ? EXIT_REFUSED : 0;
}
