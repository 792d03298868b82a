/* addradd: ip addr add ADDR[/PLEN] dev DEV [peer PEER] [label L] ... */
#include <errno.h>

#include "addr.h"
#include "cli.h"
#include "commands.h"

static int addradd(struct cli *cli, int argc, char **argv)
{
	struct parse_error bad;
	struct addr_req req;
	struct rtnl_err err;
	struct rtnl rt;
	int ret, ifindex;

	if (addr_read_words(argc, argv, true, &req, &bad) < 0)
		return report_bad_words(&cli->report, &bad);
	if ((ret = cli_ifindex(cli, req.dev, &ifindex)) || (ret = cli_open(cli, &rt)))
		return ret;
	ret = addr_add(&rt, &req, ifindex, &err);
	if (ret < 0 && err.lost) {
		ret = report_lost(&cli->report, req.word, addr_exists(&rt, &req, ifindex));
		rtnl_close(&rt);
		return ret;
	}
	/* IPv6 says EEXIST whatever the prefix length: look. */
	if (ret == -EEXIST && cli->exist_ok && addr_exists(&rt, &req, ifindex) == 1)
		ret = 0;
	rtnl_close(&rt);
	if (ret == -EEXIST && !err.msg[0])
		return report_text(&cli->report, req.word, "address already assigned");
	if (ret < 0)
		return report_refusal(&cli->report, req.word, ret, &err);
	return 0;
}

int addradd_main(int argc, char **argv)
{
	static const struct cli_command command = {
		"[-n NS] [-p] ADDR[/PLEN] dev DEV [peer PEER] [label L] [broadcast ADDR|+|-]"
		" [valid_lft N] [preferred_lft N] [metric N] [scope S] [nodad] [noprefixroute]",
		CLI_NETNS | CLI_EXIST_OK, NULL, addradd,
	};

	return cli_run(&command, argc, argv);
}

CLI_MAIN(addradd)
