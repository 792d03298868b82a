/* linkdel: ip link del DEV */
#include <errno.h>
#include <net/if.h>

#include "cli.h"
#include "commands.h"
#include "link.h"
#include "parse.h"

static int linkdel(struct cli *cli, int argc, char **argv)
{
	struct rtnl_err err;
	struct rtnl rt;
	int status = cli_check_each(cli, argc, argv, parse_ifname);

	if (status || (status = cli_open(cli, &rt)))
		return status;
	for (int i = 0; i < argc; i++) {
		int ret = link_delete(&rt, argv[i], &err);

		if (ret < 0 && err.lost) {
			if (report_lost(&cli->report, argv[i], !if_nametoindex(argv[i])))
				status = EXIT_REFUSED;
			continue;
		}
		if (ret == -ENODEV && cli->gone_ok)
			ret = 0;
		if (ret == -ENODEV && !err.msg[0])
			status = report_text(&cli->report, argv[i], "no such device");
		else if (ret < 0)
			status = report_refusal(&cli->report, argv[i], ret, &err);
	}
	rtnl_close(&rt);
	return status;
}

int linkdel_main(int argc, char **argv)
{
	static const struct cli_command command = {
		"[-n NS] [-f] DEV...", CLI_NETNS | CLI_GONE_OK, NULL, linkdel,
	};

	return cli_run(&command, argc, argv);
}

CLI_MAIN(linkdel)
