/* bradd: ip link add BR type bridge */
#include <errno.h>

#include "cli.h"
#include "link.h"
#include "parse.h"

int main(int argc, char **argv)
{
	struct rtnl_err err;
	struct rtnl rt;
	int first, status = 0;

	first = cli_start(argc, argv, "[-n NS] BRIDGE...", CLI_NETNS);
	cli_check_each(argc, argv, first, parse_ifname);
	cli_rtnl_open(&rt);
	for (int i = first; i < argc; i++) {
		int ret = link_add_bridge(&rt, argv[i], &err);
		if (ret == -EEXIST && !err.msg[0])
			cli_report_text(argv[i], "a device with this name already exists");
		else if (ret < 0)
			cli_report(argv[i], ret, &err);
		if (ret < 0)
			status = EXIT_REFUSED;
	}
	rtnl_close(&rt);
	return status;
}
