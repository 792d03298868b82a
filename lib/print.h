/* print: iproute2's default text format for links, addresses and routes. */
#ifndef TINYIP_PRINT_H
#define TINYIP_PRINT_H

#include <stdbool.h>
#include <stdio.h>

#include "addr.h"
#include "json.h"
#include "link.h"
#include "route.h"

/* What printing needs besides the object: the dumped links, for master
 * and peer names, and the socket, to name peer namespaces. */
struct print_ctx {
	const struct rtnl_msgs *links;
	struct rtnl *rt;
};

/* The two lines of `ip link` (WITH_MODE) or the head of `ip addr`. */
void print_link(FILE *out, const struct link_info *link,
		const struct print_ctx *ctx, bool with_mode);
/* The two lines of one address under its link in `ip addr`. */
void print_addr(FILE *out, const struct addr_info *addr);
/* One line of `ip route`. */
void print_route(FILE *out, const struct route_info *route,
		 const struct print_ctx *ctx);

/* The same as members of the JSON object the caller has opened, with
 * iproute2's keys and value forms (ip -j). */
void print_link_json(struct json *json, const struct link_info *link,
		     const struct print_ctx *ctx, bool with_mode);
/* One element of "addr_info". */
void print_addr_json(struct json *json, const struct addr_info *addr);
/* One route object. */
void print_route_json(struct json *json, const struct route_info *route,
		      const struct print_ctx *ctx);

/* Name tables, exposed for the tests. NULL when the value has no name. */
const char *print_operstate_name(unsigned int state);
const char *print_link_type_name(unsigned int type);
const char *print_scope_name(unsigned int scope);
const char *print_protocol_name(unsigned int protocol);
/* "<BROADCAST,MULTICAST,UP,LOWER_UP> "; LOWER_DOWN adds M-DOWN: the
 * peer or lower device in this namespace is down. */
void print_link_flags(FILE *out, unsigned int flags, bool lower_down);

#endif
