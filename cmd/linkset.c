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

static const char *value(int argc, char **argv, int *i, const char *reason)
{
	if (++*i == argc)
		cli_bad_input(argv[*i - 1], reason);
	return argv[*i];
}

static void parse_args(int argc, char **argv, int i, struct args *args)
{
	struct link_change *change = &args->change;
	unsigned long mtu;
	const char *word, *bad;

	if (i < argc && strcmp(argv[i], "dev") == 0)
		i++;
	if (i >= argc)
		cli_usage();
	change->dev = argv[i++];
	if ((bad = parse_ifname(change->dev)))
		cli_bad_input(change->dev, bad);
	if (i == argc)
		cli_usage();
	for (; i < argc; i++) {
		word = argv[i];
		if (strcmp(word, "up") == 0 || strcmp(word, "down") == 0) {
			change->updown = word[0] == 'u' ? LINK_UP : LINK_DOWN;
		} else if (strcmp(word, "netns") == 0) {
			args->netns = value(argc, argv, &i, "needs a namespace name");
			if ((bad = parse_netns_name(args->netns)))
				cli_bad_input(args->netns, bad);
		} else if (strcmp(word, "master") == 0) {
			args->master = value(argc, argv, &i, "needs a bridge name");
			if ((bad = parse_ifname(args->master)))
				cli_bad_input(args->master, bad);
			change->has_master = true;
		} else if (strcmp(word, "nomaster") == 0) {
			args->master = NULL;
			change->has_master = true;
			change->master = 0;
		} else if (strcmp(word, "mtu") == 0) {
			word = value(argc, argv, &i, "needs a number");
			if ((bad = parse_uint(word, 0x7fffffff, &mtu)))
				cli_bad_input(word, bad);
			change->has_mtu = true;
			change->mtu = (uint32_t)mtu;
		} else if (strcmp(word, "name") == 0) {
			change->new_name = value(argc, argv, &i, "needs an interface name");
			if ((bad = parse_ifname(change->new_name)))
				cli_bad_input(change->new_name, bad);
		} else if (strcmp(word, "address") == 0) {
			word = value(argc, argv, &i, "needs a link-layer address");
			if ((bad = parse_mac(word, change->address, LINK_ADDR_MAX,
					     &change->address_len)))
				cli_bad_input(word, bad);
		} else {
			cli_bad_input(word, "unknown keyword (up, down, netns, master, "
				      "nomaster, mtu, name, address)");
		}
	}
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
