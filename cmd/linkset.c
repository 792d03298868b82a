/* linkset: ip link set [dev] DEV up|down|netns NS ... */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "link.h"
#include "netns.h"
#include "parse.h"

/* netns NS: a name in the run directory wins; else a number is a PID. */
static void parse_netns(const char *word, struct link_change *change)
{
	unsigned long pid;
	const char *bad = parse_netns_name(word);

	if (bad)
		cli_bad_input(word, bad);
	change->netns_fd = netns_open(word);
	if (change->netns_fd >= 0)
		return;
	if (change->netns_fd == -ENOENT && !parse_uint(word, 0x7fffffff, &pid) && pid) {
		change->netns_pid = (int)pid;
		return;
	}
	if (change->netns_fd == -ENOENT)
		cli_report_text(word, "no such namespace");
	else
		cli_report(word, change->netns_fd, NULL);
	exit(EXIT_REFUSED);
}

int main(int argc, char **argv)
{
	struct link_change change = { .netns_fd = -1 };
	const char *netns = NULL, *bad;
	struct rtnl_err err;
	struct rtnl rt;
	int i, ret;

	i = cli_start(argc, argv, "[-n NS] [dev] DEV {up|down|netns NS}...", CLI_NETNS);
	if (i < argc && strcmp(argv[i], "dev") == 0)
		i++;
	if (i >= argc)
		cli_usage();
	change.dev = argv[i++];
	bad = parse_ifname(change.dev);
	if (bad)
		cli_bad_input(change.dev, bad);
	if (i == argc)
		cli_usage();
	for (; i < argc; i++) {
		if (strcmp(argv[i], "up") == 0) {
			change.updown = LINK_UP;
		} else if (strcmp(argv[i], "down") == 0) {
			change.updown = LINK_DOWN;
		} else if (strcmp(argv[i], "netns") == 0) {
			if (++i == argc)
				cli_bad_input("netns", "needs a namespace name");
			netns = argv[i];
		} else {
			cli_bad_input(argv[i], "unknown keyword (up, down, netns)");
		}
	}
	if (netns)
		parse_netns(netns, &change);
	cli_rtnl_open(&rt);
	ret = link_apply_change(&rt, &change, &err);
	rtnl_close(&rt);
	if (change.netns_fd >= 0)
		close(change.netns_fd);
	if (ret == -ENODEV && !err.msg[0])
		cli_report_text(change.dev, "no such device");
	else if (ret < 0)
		cli_report(change.dev, ret, &err);
	return ret < 0 ? EXIT_REFUSED : 0;
}
