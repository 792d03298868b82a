/* linkdel: ip link del DEV */
#include <errno.h>

#include "cli.h"
#include "link.h"
#include "parse.h"

int main(int argc, char **argv)
{
	struct rtnl_err err;
	struct rtnl rt;
	int first, status = 0;

	first = cli_start(argc, argv, "[-n NS] [-f] DEV...", CLI_NETNS | CLI_GONE_OK);
	cli_check_each(argc, argv, first, parse_ifname);
	cli_rtnl_open(&rt);
	for (int i = first; i < argc; i++) {
		int ret = link_delete(&rt, argv[i], &err);
		if (ret == -ENODEV && cli.gone_ok)
			ret = 0;
		if (ret == -ENODEV && !err.msg[0])
			cli_report_text(argv[i], "no such device");
		else if (ret < 0)
			cli_report(argv[i], ret, &err);
		if (ret < 0)
			status = EXIT_REFUSED;
	}
	rtnl_close(&rt);
	return status;
}
