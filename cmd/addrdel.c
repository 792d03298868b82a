/* addrdel: ip addr del ADDR[/PLEN] dev DEV [peer PEER] [label L] */
#include <errno.h>
#include <net/if.h>

#include "addr.h"
#include "cli.h"
#include "commands.h"

static int addrdel(struct cli *cli, int argc, char **argv)
{
	struct parse_error bad;
	struct addr_req req;
	struct rtnl_err err;
	struct rtnl rt;
	int ret, ifindex;

	if (addr_read_words(argc, argv, false, &req, &bad) < 0)
		return report_bad_words(&cli->report, &bad);
	if ((ret = cli_enter_netns(cli)))
		return ret;
	/* -f: with the device gone, so is its address. */
	if (cli->gone_ok && !if_nametoindex(req.dev))
		return 0;
	if ((ret = cli_ifindex(cli, req.dev, &ifindex)) || (ret = cli_open(cli, &rt)))
		return ret;
	ret = addr_del(&rt, &req, ifindex, &err);
	if (ret < 0 && err.lost) {
		int here = addr_exists(&rt, &req, ifindex);

		rtnl_close(&rt);
		return report_lost(&cli->report, req.word, here < 0 ? here : !here);
	}
	if (ret == -EADDRNOTAVAIL && cli->gone_ok)
		ret = 0;
	rtnl_close(&rt);
	if (ret == -EADDRNOTAVAIL && !err.msg[0])
		return report_text(&cli->report, req.word, "no such address on this device");
	if (ret < 0)
		return report_refusal(&cli->report, req.word, ret, &err);
	return 0;
}

int addrdel_main(int argc, char **argv)
{
	static const struct cli_command command = {
		"[-n NS] [-f] ADDR[/PLEN] dev DEV [peer PEER] [label L]", CLI_NETNS | CLI_GONE_OK, NULL, addrdel,
	};

	return cli_run(&command, argc, argv);
}

CLI_MAIN(addrdel)
