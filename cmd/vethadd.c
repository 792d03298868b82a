/* vethadd: ip link add NAME type veth peer name PEER */
#include <errno.h>
#include <net/if.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "link.h"
#include "netns.h"
#include "parse.h"

struct end {
	const char *name;
	const char *netns;	/* NULL: here */
};

static int open_netns(const char *name)
{
	int fd;

	if (!name)
		return -1;
	fd = netns_open(name);
	if (fd < 0) {
		if (fd == -ENOENT)
			cli_report_text(name, "no such namespace");
		else
			cli_report(name, fd, NULL);
		exit(EXIT_REFUSED);
	}
	return fd;
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
static bool pair_exists(const struct veth_req *req, const struct end *peer)
{
	struct pair_check check = { req, -1 };
	/* Compare the namespaces, not the words: -n NS makes "here" NS. */
	bool apart = netns_same(req->netns_fd, req->peer_netns_fd) == 0;
	bool exists;

	if (apart)
		check.peer_fd = peer->netns ? req->peer_netns_fd
					    : netns_open_pid((int)getpid());
	exists = netns_run_in(req->netns_fd, check_pair, &check) == 1;
	if (apart && !peer->netns && check.peer_fd >= 0)
		close(check.peer_fd);
	return exists;
}

int main(int argc, char **argv)
{
	struct end one, peer;
	struct veth_words words;
	struct parse_error perr;
	struct rtnl_err err;
	struct rtnl rt;
	int i, ret;

	i = cli_start(argc, argv, "[-n NS] [-p] NAME [netns NS] [peer [name]] PEER [netns NS]",
		      CLI_NETNS | CLI_EXIST_OK);
	if (parse_veth_words(argc - i, argv + i, &words, &perr) < 0)
		cli_fail_words(&perr);
	one = (struct end){ words.name, words.netns };
	peer = (struct end){ words.peer, words.peer_netns };

	struct veth_req req = {
		.name = one.name, .netns_fd = open_netns(one.netns),
		.peer_name = peer.name, .peer_netns_fd = open_netns(peer.netns),
	};
	cli_rtnl_open(&rt);
	ret = link_add_veth(&rt, &req, &err);
	rtnl_close(&rt);
	if (ret == -EEXIST && cli.exist_ok && pair_exists(&req, &peer))
		ret = 0;
	if (req.netns_fd >= 0)
		close(req.netns_fd);
	if (req.peer_netns_fd >= 0)
		close(req.peer_netns_fd);
	if (ret == -EEXIST && !err.msg[0]) {
		/* Name the end that is taken, where we can see it. */
		const char *taken = !one.netns && if_nametoindex(one.name) ? one.name
				  : !peer.netns && if_nametoindex(peer.name) ? peer.name
				  : NULL;
		if (taken)
			cli_report_text(taken, "a device with this name already exists");
		else
			cli_report_text(one.name, "a device of one of these names already exists");
	} else if (ret < 0) {
		cli_report(one.name, ret, &err);
	}
	return ret < 0 ? EXIT_REFUSED : 0;
}
