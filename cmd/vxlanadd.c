/* vxlanadd: ip link add NAME type vxlan id VNI ... */
#include <errno.h>
#include <stdbool.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "link.h"
#include "parse.h"

/* -p: a VXLAN link of that name is what was asked for. */
static bool is_vxlan(struct rtnl *rt, const char *name)
{
	struct rtnl_msgs msgs = { 0 };
	struct link_info link;
	bool vxlan = link_get(rt, name, &msgs, &link, NULL) == 0 &&
		     strcmp(link.kind, "vxlan") == 0;

	rtnl_msgs_free(&msgs);
	return vxlan;
}

static int vxlanadd(struct cli *cli, int argc, char **argv)
{
	struct parse_error bad;
	struct vxlan_req req;
	struct rtnl_err err;
	struct rtnl rt;
	bool taken;
	int ret;

	if (link_read_vxlan_words(argc, argv, &req, &bad) < 0)
		return report_bad_words(&cli->report, &bad);
	if ((ret = cli_open(cli, &rt)))
		return ret;
	ret = link_add_vxlan(&rt, &req, &err);
	/* The name taken comes without a sentence; a VNI taken by another
	 * link, with the kernel's. */
	taken = ret == -EEXIST && !err.msg[0];
	if (ret < 0 && err.lost)
		ret = report_lost(&cli->report, req.name, is_vxlan(&rt, req.name));
	else if (taken && cli->exist_ok && is_vxlan(&rt, req.name))
		ret = 0;
	else if (taken && cli->exist_ok)
		ret = report_text(&cli->report, req.name,
				  "a device of this name exists and is not a VXLAN link");
	else if (taken)
		ret = report_text(&cli->report, req.name,
				  "a device with this name already exists");
	else if (ret < 0)
		ret = report_refusal(&cli->report, err.object ? err.object : req.name,
				     ret, &err);
	rtnl_close(&rt);
	return ret;
}

int vxlanadd_main(int argc, char **argv)
{
	static const struct cli_command command = {
		"[-n NS] [-p] NAME id VNI [remote ADDR | group ADDR dev DEV] [local ADDR] "
		"[dev DEV] [dstport PORT] [ttl N] [learning|nolearning]",
		CLI_NETNS | CLI_EXIST_OK, NULL, vxlanadd,
	};

	return cli_run(&command, argc, argv);
}

CLI_MAIN(vxlanadd)
