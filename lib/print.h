/* print: links, addresses and routes as iproute2 shows them, in its
 * default text or its JSON (ip -j), each field by one show_* call. The
 * printers read a snapshot and do no I/O but writing. */
#ifndef TINYIP_PRINT_H
#define TINYIP_PRINT_H

#include <stdbool.h>

#include "addr.h"
#include "link.h"
#include "route.h"
#include "show.h"
#include "snapshot.h"

/* What ip shows of a link where. */
enum link_view {
	LINK_VIEW_LINK,		/* ip link: with its mode and alias */
	LINK_VIEW_DETAILS,	/* ip -d link: and its details */
	LINK_VIEW_ADDR,		/* the head of ip addr */
	LINK_VIEW_FAMILY,	/* ip -4 addr, ip -6 addr dev DEV: no link/ line */
	LINK_VIEW_INET6,	/* ip -6 addr: only what the kernel's IPv6 link
				 * dump has (no qdisc, master, group, netnsid,
				 * protodown, altnames) */
};

/* The two lines of `ip link` or the head of `ip addr`, as VIEW says; in
 * JSON the members of the object the caller has opened. SNAP names the
 * masters, peers and peer namespaces. */
void print_link(struct show *show, const struct snapshot *snap,
		const struct link_info *link, enum link_view view);
/* One address under its link in `ip addr`; in JSON an element of
 * "addr_info". */
void print_addr(struct show *show, const struct addr_info *addr);
/* One route of `ip route` (a line, and one more per nexthop); in JSON
 * an object. WITH_TABLE: name its table unless it is main, as ip does
 * when no one table was asked for. */
void print_route(struct show *show, const struct snapshot *snap,
		 const struct route_info *route, bool with_table);

/* What ip -d link adds to the link/ line: promiscuity and the like,
 * its kind and that kind's settings (VXLAN's and a bridge's; others by
 * name only), its master's kind (a bridge port's settings too), its
 * address generation mode, queues and offload sizes;
 * in JSON the members ip gives them ("linkinfo": {"info_kind": ...}). */
void print_link_details(struct show *show, const struct snapshot *snap,
			const struct link_info *link);

/* A bridge's settings, IFLA_INFO_DATA (may be NULL), as ip -d link
 * prints them after "bridge "; in JSON the members of "info_data". */
void print_bridge(struct show *show, const struct nlattr *data);
/* A bridge port's, IFLA_INFO_SLAVE_DATA, after "bridge_slave "; in JSON
 * the members of "info_slave_data". SNAP names the backup port. */
void print_bridge_port(struct show *show, const struct snapshot *snap,
		       const struct nlattr *data);

/* "<BROADCAST,MULTICAST,UP,LOWER_UP> "; LOWER_DOWN adds M-DOWN: the
 * peer or lower device in this namespace is down. */
void print_link_flags(struct show *show, unsigned int flags, bool lower_down);

#endif
