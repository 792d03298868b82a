/* vethadd: ip link add NAME type veth peer name PEER */
#include <errno.h>
#include <net/if.h>
#include <stdbool.h>
#include <unistd.h>

#include "cli.h"
#include "commands.h"
#include "link.h"
#include "netns.h"
#include "parse.h"

/* NAME open into *FD (-1 when NAME is NULL: here); 0, or EXIT_REFUSED
 * reported. */
static int open_netns(struct cli *cli, const char *name, int *fd)
{
	*fd = name ? netns_open_live(name) : -1;
	if (*fd == -ENOENT)
		return report_text(&cli->report, name, "no such namespace");
	if (*fd == -EINVAL)
		return report_text(&cli->report, name, "stale namespace (its mount is gone)");
	if (*fd < -1)
		return report_refusal(&cli->report, name, *fd, NULL);
	return 0;
}

struct pair_check {
	const struct veth_req *req;
	int peer_fd;		/* the peer's namespace, -1: the same as NAME's */
};

static int check_pair(void *data)
{
	struct pair_check *check = data;
	struct rtnl rt;
	int ret = rtnl_open(&rt);

	if (ret < 0)
		return ret;
	ret = link_is_veth_pair(&rt, check->req->name, check->req->peer_name,
				check->peer_fd);
	rtnl_close(&rt);
	return ret;
}

/* -p: the pair exists as asked, each end where it was asked to be. */
static bool pair_exists(const struct veth_req *req)
{
	struct pair_check check = { req, -1 };
	/* Compare the namespaces, not the words: -n NS makes "here" NS. */
	bool apart = netns_same(req->netns_fd, req->peer_netns_fd) == 0;
	bool exists;

	if (apart)
		check.peer_fd = req->peer_netns ? req->peer_netns_fd
						: netns_open_pid((int)getpid());
	exists = netns_run_in(req->netns_fd, check_pair, &check) == 1;
	if (apart && !req->peer_netns && check.peer_fd >= 0)
		close(check.peer_fd);
	return exists;
}

/* Name the end that is taken, where we can see it. */
static int report_taken(struct cli *cli, const struct veth_req *req)
{
	if (!req->netns && if_nametoindex(req->name))
		return report_text(&cli->report, req->name,
				   "a device with this name already exists");
	if (!req->peer_netns && if_nametoindex(req->peer_name))
		return report_text(&cli->report, req->peer_name,
				   "a device with this name already exists");
	return report_text(&cli->report, req->name,
			   "a device of one of these names already exists");
}

static int vethadd(struct cli *cli, int argc, char **argv)
{
	struct parse_error bad;
	struct veth_req req;
	struct rtnl_err err;
	struct rtnl rt;
	int ret;

	if (link_read_veth_words(argc, argv, &req, &bad) < 0)
		return report_bad_words(&cli->report, &bad);
	if ((ret = open_netns(cli, req.netns, &req.netns_fd)) ||
	    (ret = open_netns(cli, req.peer_netns, &req.peer_netns_fd)) ||
	    (ret = cli_open(cli, &rt)))
		goto out;
	ret = link_add_veth(&rt, &req, &err);
	rtnl_close(&rt);
	if (ret < 0 && err.lost)
		ret = report_lost(&cli->report, req.name, pair_exists(&req));
	else if (ret == -EEXIST && cli->exist_ok && pair_exists(&req))
		ret = 0;
	if (ret == -EEXIST && !err.msg[0])
		ret = report_taken(cli, &req);
	else if (ret < 0)
		ret = report_refusal(&cli->report, req.name, ret, &err);
out:
	if (req.netns_fd >= 0)
		close(req.netns_fd);
	if (req.peer_netns_fd >= 0)
		close(req.peer_netns_fd);
	return ret;
}

int vethadd_main(int argc, char **argv)
{
	static const struct cli_command command = {
		"[-n NS] [-p] NAME [netns NS] [peer [name]] PEER [netns NS]",
		CLI_NETNS | CLI_EXIST_OK, NULL, vethadd,
	};

	return cli_run(&command, argc, argv);
}

CLI_MAIN(vethadd)
