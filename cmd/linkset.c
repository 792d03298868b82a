/* linkset: ip link set [dev] DEV up|down|netns NS|master BR|nomaster|
 * mtu N|name NEW|address MAC ... */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "commands.h"
#include "link.h"
#include "netns.h"
#include "parse.h"

static void take_words(const struct link_words *words, struct link_change *change)
{
	change->dev = words->dev;
	change->updown = words->updown == LINK_WORDS_UP ? LINK_UP
		       : words->updown == LINK_WORDS_DOWN ? LINK_DOWN : LINK_UPDOWN_KEEP;
	change->has_master = words->set_master;
	change->has_mtu = words->has_mtu;
	change->mtu = words->mtu;
	change->new_name = words->new_name;
	change->address_len = words->address_len;
	memcpy(change->address, words->address, sizeof(change->address));
}

/* The namespace the device goes to, open on *TARGET for finding the
 * bridge there; 0, or EXIT_REFUSED reported. */
static int open_target(struct cli *cli, const char *netns,
		       struct link_change *change, int *target)
{
	*target = netns_open_target(netns, &change->netns_pid);
	if (*target >= 0 && !change->netns_pid)
		change->netns_fd = *target;
	if (*target >= 0)
		return 0;
	if (*target == -ENOENT)
		return report_text(&cli->report, netns, change->netns_pid
				   ? "no such namespace or process" : "no such namespace");
	return report_refusal(&cli->report, netns, *target, NULL);
}

/* The master's index where the device is going; a device that takes no
 * ports is refused now, as the kernel would refuse it only after the
 * move and the other changes. */
static int find_master(struct cli *cli, const char *master, int target,
		       struct link_change *change)
{
	char kind[16] = "";
	int ret = target >= 0 ? netns_ifindex(target, master)
			      : (int)if_nametoindex(master);

	if (ret <= 0)
		return report_text(&cli->report, master, "no such device");
	change->master = (uint32_t)ret;
	link_kind_in(target, master, kind, sizeof(kind));
	if (!link_kind_takes_ports(kind))
		return report_text(&cli->report, master,
				   "not a bridge (nor a bond, team or vrf)");
	return 0;
}

static int linkset(struct cli *cli, int argc, char **argv)
{
	struct link_change change = { .netns_fd = -1 };
	struct link_words words;
	struct parse_error bad;
	struct rtnl_err err;
	struct rtnl rt;
	int target = -1, ret;

	if (parse_link_words(argc, argv, &words, &bad) < 0)
		return report_bad_words(&cli->report, &bad);
	take_words(&words, &change);
	if ((ret = cli_enter_netns(cli)) ||
	    (words.netns && (ret = open_target(cli, words.netns, &change, &target))) ||
	    (change.new_name && (ret = cli_ifindex(cli, change.dev, &change.index))) ||
	    (words.master && (ret = find_master(cli, words.master, target, &change))) ||
	    (ret = cli_open(cli, &rt)))
		goto out;
	ret = link_apply_change(&rt, &change, &err);
	rtnl_close(&rt);
	if (ret == -ENODEV && !err.msg[0])
		ret = report_text(&cli->report, change.dev, "no such device");
	else if (ret == -EEXIST && change.new_name && !err.msg[0])
		ret = report_text(&cli->report, change.new_name,
				  "a device with this name already exists");
	else if (ret < 0)
		ret = report_refusal(&cli->report, change.dev, ret, &err);
out:
	if (target >= 0)
		close(target);
	return ret;
}

int linkset_main(int argc, char **argv)
{
	static const struct cli_command command = {
		"[-n NS] [dev] DEV "
		"{up|down|netns NS|master BR|nomaster|mtu N|name NEW|address MAC}...",
		CLI_NETNS, NULL, linkset,
	};

	return cli_run(&command, argc, argv);
}

CLI_MAIN(linkset)
