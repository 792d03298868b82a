/* linkset: ip link set [dev] DEV up|down|netns NS|master BR|nomaster|
 * mtu N|name NEW|address MAC|alias TEXT|txqueuelen N|promisc on|off|
 * arp on|off|multicast on|off|allmulticast on|off ... */
#include "cli.h"
#include "commands.h"
#include "link.h"

static int linkset(struct cli *cli, int argc, char **argv)
{
	struct link_change change;
	struct parse_error bad;
	struct rtnl_err err;
	struct rtnl rt;
	int ret;

	if (link_read_change_words(argc, argv, &change, &bad) < 0)
		return report_bad_words(&cli->report, &bad);
	if ((ret = cli_open(cli, &rt)))
		return ret;
	ret = link_apply_change(&rt, &change, &err);
	rtnl_close(&rt);
	if (ret < 0 && err.lost)
		return report_lost(&cli->report, change.dev, err.done);
	if (ret < 0)
		return report_refusal(&cli->report, err.object ? err.object : change.dev,
				      ret, &err);
	return 0;
}

int linkset_main(int argc, char **argv)
{
	static const struct cli_command command = {
		"[-n NS] [dev] DEV "
		"{up|down|netns NS|master BR|nomaster|mtu N|name NEW|address MAC|"
		"alias TEXT|txqueuelen N|{promisc|arp|multicast|allmulticast} {on|off}}...",
		CLI_NETNS, NULL, linkset,
	};

	return cli_run(&command, argc, argv);
}

CLI_MAIN(linkset)
