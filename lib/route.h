/* route: add, delete and list routes. */
#ifndef TINYIP_ROUTE_H
#define TINYIP_ROUTE_H

#include <stdbool.h>
#include <stdint.h>

#include <libmnl/libmnl.h>

#include "parse.h"

#include "rtnl.h"

/* What a dump says of one route. */
struct route_info {
	int family;
	unsigned int dst_len;
	uint8_t type, protocol, scope, tos;
	uint32_t table;
	uint32_t flags;		/* RTM_F_* and RTNH_F_* */
	int has_dst, has_gateway, has_prefsrc, has_priority, has_pref;
	int has_src, has_nhid, has_flow, has_iif, has_mark, has_cacheinfo;
	uint8_t dst[16], gateway[16], prefsrc[16], src[16];
	unsigned int src_len;
	uint32_t oif, iif;
	uint32_t priority;
	uint8_t pref;
	uint32_t nhid;
	uint32_t flow;		/* realms: from << 16 | to */
	uint32_t mark;
	int32_t expires;	/* clock ticks (USER_HZ); 0: never */
	uint32_t error;
	/* Kept as the kernel sent them, read where they are printed; they
	 * point into the dump, which must outlive them. NULL: none. */
	const struct nlattr *via;	/* struct rtvia */
	const struct nlattr *metrics;	/* nested RTAX_* */
	const struct nlattr *multipath;	/* struct rtnexthop, one by one */
};

/* A route to add or delete: DST (length 0: default) via GATEWAY and/or
 * out of device DEV, whose index goes in OIF. */
struct route_req {
	const char *word;	/* PREFIX or "default" as typed */
	const char *dev;	/* NULL: none */
	struct prefix dst;
	bool has_gateway;
	struct prefix gateway;
	int oif;		/* 0: none */
};

/* "PREFIX|default [via GW] [dev DEV]", at least one of via and dev, into
 * OUT (OIF left 0). FAMILY (AF_INET, AF_INET6, or 0) is what -4/-6 said.
 * 0, or -1 with ERR naming the word at fault (NULL: the usage). */
int route_read_words(int argc, char *const *argv, int family,
		     struct route_req *out, struct parse_error *err);

/* A routing table by name (main, local, default, as rt_tables names
 * them) or number, into TABLE: NULL, or why WORD is none. */
const char *route_parse_table(const char *word, uint32_t *table);

/* What routelist shows: the routes of one table, or of all (TABLE 0). */
struct route_filter {
	uint32_t table;
};

/* "[table all|main|local|default|N]" into OUT: 0, or -1 with ERR. */
int route_read_list_words(int argc, char *const *argv, struct route_filter *out,
			  struct parse_error *err);

/* TYPE: RTM_NEWROUTE or RTM_DELROUTE; BUF: RTNL_REQUEST_SIZE bytes. */
struct nlmsghdr *route_build(void *buf, uint16_t type, const struct route_req *req);
int route_add(struct rtnl *rt, const struct route_req *req, struct rtnl_err *err);
int route_del(struct rtnl *rt, const struct route_req *req, struct rtnl_err *err);

/* 1 when the main table has REQ's route: its destination, and its
 * gateway and device where REQ names them; 0 when not; or -errno. */
int route_exists(struct rtnl *rt, const struct route_req *req);

int route_dump(struct rtnl *rt, int family, struct rtnl_msgs *routes,
	       struct rtnl_err *err);

int route_parse(const struct nlmsghdr *nlh, struct route_info *info);

#endif
