/* snapshot: what one namespace holds, fetched once, so that printing
 * reads data and does no I/O: its links (found by index or name without
 * re-reading the dump), addresses, routes, and which namespace name each
 * of its nsids stands for. nsmap takes one per namespace. */
#ifndef TINYIP_SNAPSHOT_H
#define TINYIP_SNAPSHOT_H

#include <stddef.h>
#include <string.h>

#include "addr.h"
#include "link.h"
#include "netns.h"
#include "route.h"
#include "rtnl.h"

/* What snapshot_take fetches. */
enum {
	SNAPSHOT_LINKS = 1 << 0,
	SNAPSHOT_ADDRS = 1 << 1,
	SNAPSHOT_ROUTES = 1 << 2,
	/* The names in /run/netns of the namespaces the links' peers are
	 * in: one RTM_GETNSID per name, only when a link has a peer
	 * elsewhere. */
	SNAPSHOT_NSID_NAMES = 1 << 3,
};

struct snapshot {
	/* The messages the infos point into; owned. */
	struct rtnl_msgs link_msgs, addr_msgs, route_msgs;
	struct link_info *links;	/* in dump order */
	size_t link_count;
	size_t *by_index;	/* positions in links, sorted by index */
	struct addr_info *addrs;	/* in dump order */
	size_t addr_count;
	size_t *addrs_by_link;	/* positions in addrs, by link index, each
				 * link's in dump order */
	struct route_info *routes;
	size_t route_count;
	struct netns_entry *nsids;	/* in directory order; nsid -1: none */
	size_t nsid_count;
};

/* Each fetch adds to SNAP over RT: 0 or -errno with the kernel's text
 * in ERR. The names need the links first. */
int snapshot_fetch_links(struct rtnl *rt, struct snapshot *snap, struct rtnl_err *err);
int snapshot_fetch_addrs(struct rtnl *rt, struct snapshot *snap, struct rtnl_err *err);
int snapshot_fetch_routes(struct rtnl *rt, int family, struct snapshot *snap,
			  struct rtnl_err *err);
int snapshot_fetch_nsid_names(struct rtnl *rt, struct snapshot *snap);

/* Fetch WHAT over RT; routes of FAMILY (AF_INET or AF_INET6). SNAP is
 * filled from empty; free it with snapshot_free, whatever this returns.
 * Inline, so that a program links only the fetches it asks for. */
static inline int snapshot_take(struct rtnl *rt, unsigned int what, int family,
				struct snapshot *snap, struct rtnl_err *err)
{
	int ret = 0;

	memset(snap, 0, sizeof(*snap));
	if (what & SNAPSHOT_LINKS)
		ret = snapshot_fetch_links(rt, snap, err);
	if (ret == 0 && (what & SNAPSHOT_ADDRS))
		ret = snapshot_fetch_addrs(rt, snap, err);
	if (ret == 0 && (what & SNAPSHOT_ROUTES))
		ret = snapshot_fetch_routes(rt, family, snap, err);
	if (ret == 0 && (what & SNAPSHOT_NSID_NAMES))
		ret = snapshot_fetch_nsid_names(rt, snap);
	return ret;
}

/* linklist type KIND: the links of KIND (the kernel's filter, which a
 * kind it does not know leaves open: check each link), and the devices
 * they name as master or lower device, which the filter left out, then
 * the nsid names. SNAP is filled from empty, as snapshot_take fills it. */
int snapshot_take_kind(struct rtnl *rt, const char *kind, struct snapshot *snap,
		       struct rtnl_err *err);

/* Read the links of MSGS into SNAP, which does not take MSGS: they must
 * outlive it. For messages had otherwise (the unit tests). */
int snapshot_read_links(struct snapshot *snap, const struct rtnl_msgs *msgs);

/* Say that NSID stands for namespace NAME. */
int snapshot_add_nsid(struct snapshot *snap, int nsid, const char *name);

/* What of SNAP came from a dump that was interrupted every time it was
 * asked (rtnl_dump): "links", "addresses" or "routes"; NULL: none. */
const char *snapshot_interrupted(const struct snapshot *snap);

/* Read the addresses in MSGS (kept by the caller while SNAP is used),
 * in dump order and by link. 0 or -ENOMEM. */
int snapshot_read_addrs(struct snapshot *snap, const struct rtnl_msgs *msgs);

/* The addresses of link INDEX: their count, and in *FIRST their
 * positions in snap->addrs, in dump order (as ip lists them). */
size_t snapshot_addrs_of(const struct snapshot *snap, int index, const size_t **first);

/* The link with INDEX or NAME, or NULL. */
const struct link_info *snapshot_link(const struct snapshot *snap, int index);
const struct link_info *snapshot_link_named(const struct snapshot *snap,
					    const char *name);

/* The name of the namespace NSID stands for, or NULL. */
const char *snapshot_nsid_name(const struct snapshot *snap, int nsid);

void snapshot_free(struct snapshot *snap);

#endif
