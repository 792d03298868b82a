/* linkset: ip link set [dev] DEV up|down|netns NS|master BR|nomaster|
 * mtu N|name NEW|address MAC ... */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "link.h"
#include "netns.h"
#include "parse.h"

struct args {
	struct link_change change;
	const char *netns;	/* netns NS */
	const char *master;	/* master BR */
};

static void parse_args(int argc, char **argv, int first, struct args *args)
{
	struct link_change *change = &args->change;
	struct link_words words;
	struct parse_error err;

	if (parse_link_words(argc - first, argv + first, &words, &err) < 0)
		cli_fail_words(&err);
	change->dev = words.dev;
	change->updown = words.updown == LINK_WORDS_UP ? LINK_UP
		       : words.updown == LINK_WORDS_DOWN ? LINK_DOWN : LINK_UPDOWN_KEEP;
	change->has_master = words.set_master;
	change->has_mtu = words.has_mtu;
	change->mtu = words.mtu;
	change->new_name = words.new_name;
	change->address_len = words.address_len;
	memcpy(change->address, words.address, sizeof(change->address));
	args->netns = words.netns;
	args->master = words.master;
}

/* The namespace the device goes to, open for finding the bridge there. */
static int open_target(struct args *args)
{
	int fd = netns_open_target(args->netns, &args->change.netns_pid);

	if (fd >= 0 && !args->change.netns_pid)
		args->change.netns_fd = fd;
	if (fd >= 0)
		return fd;
	if (fd == -ENOENT)
		cli_report_text(args->netns, args->change.netns_pid
				? "no such namespace or process" : "no such namespace");
	else
		cli_report(args->netns, fd, NULL);
	exit(EXIT_REFUSED);
}

int main(int argc, char **argv)
{
	struct args args = { .change.netns_fd = -1 };
	struct link_change *change = &args.change;
	struct rtnl_err err;
	struct rtnl rt;
	int target = -1, ret;

	parse_args(argc, argv, cli_start(argc, argv, "[-n NS] [dev] DEV "
		   "{up|down|netns NS|master BR|nomaster|mtu N|name NEW|address MAC}...",
		   CLI_NETNS), &args);
	cli_enter_netns();
	if (args.netns)
		target = open_target(&args);
	if (change->new_name)
		change->index = cli_ifindex(change->dev);
	if (args.master) {
		/* The kernel moves the device first, so the bridge is looked
		 * up where the device is going. */
		ret = target >= 0 ? netns_ifindex(target, args.master)
				  : cli_ifindex(args.master);
		if (ret < 0) {
			cli_report_text(args.master, "no such device");
			return EXIT_REFUSED;
		}
		change->master = (uint32_t)ret;
		/* Refused only after the move and the other changes. */
		char kind[16] = "";
		link_kind_in(target, args.master, kind, sizeof(kind));
		if (!link_kind_takes_ports(kind)) {
			cli_report_text(args.master, "not a bridge (nor a bond, team or vrf)");
			return EXIT_REFUSED;
		}
	}
	cli_rtnl_open(&rt);
	ret = link_apply_change(&rt, change, &err);
	rtnl_close(&rt);
	if (target >= 0)
		close(target);
	if (ret == -ENODEV && !err.msg[0])
		cli_report_text(change->dev, "no such device");
	else if (ret == -EEXIST && change->new_name && !err.msg[0])
		cli_report_text(change->new_name, "a device with this name already exists");
	else if (ret < 0)
		cli_report(change->dev, ret, &err);
	return ret < 0 ? EXIT_REFUSED : 0;
}
