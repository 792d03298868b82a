/* topo: every namespace in view and what is in it, for nsmap: the one
 * nsmap runs in ("host" when it has no name) and every name in
 * /run/netns, each with a snapshot of its links and addresses, and each
 * veth's peer found in its namespace. */
#ifndef TINYIP_TOPO_H
#define TINYIP_TOPO_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/resource.h>

#include "rtnl.h"
#include "snapshot.h"

/* Where a link's peer (IFLA_LINK) is. */
struct topo_peer {
	int ns;			/* index of its namespace in topo.ns; -1: not in view */
	int nsid;		/* as this namespace calls that one; -1: the same one */
	const struct link_info *link;	/* NULL: not found there */
	int index;		/* its index, found or not */
};

struct topo_ns {
	char name[256];		/* "host" for the unnamed one nsmap runs in */
	char key[256];		/* its name, or "/host": no name has a '/' */
	bool here;		/* nsmap runs in it */
	bool named;		/* a name in /run/netns */
	unsigned long inode;	/* net:[INODE] */
	int fd;			/* open on it, for asking its id */
	struct rtnl rt;		/* a socket inside it */
	struct snapshot snap;	/* its links and addresses */
	struct topo_peer *peers;	/* by link, as snap.links */
	int *nsids;		/* what it calls each namespace in view; -2: not asked */
};

struct topo {
	struct topo_ns *ns;
	size_t count;
	struct rlimit files;	/* RLIMIT_NOFILE before, when raised */
	bool files_raised;
};

/* Take the whole view from the namespace this process is in. 0, or
 * -errno with the kernel's text in ERR and the namespace at fault in
 * ERR->object. T is filled from empty; free it with topo_free. */
int topo_take(struct topo *t, struct rtnl_err *err);
void topo_free(struct topo *t);

/* A link's state in words: "UP", "DOWN", or "UP, no carrier". */
const char *topo_state(const struct link_info *link);

/* Its kind: IFLA_INFO_KIND, "loopback", or "device". */
const char *topo_kind(const struct link_info *link);

#endif
