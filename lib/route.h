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

/* A route to add or delete: TYPE DST (length 0: default) via GATEWAY
 * and/or out of device DEV, whose index goes in OIF, and what else ip
 * route add takes. What is not given is left as ip leaves it. */
struct route_req {
	const char *word;	/* PREFIX or "default" as typed */
	const char *dev;	/* NULL: none */
	struct prefix dst;
	bool has_gateway;
	struct prefix gateway;
	int oif;		/* 0: none */
	bool has_type, has_table, has_metric, has_src, has_protocol, has_scope;
	uint8_t type;		/* RTN_*: unicast, blackhole, ... */
	uint32_t table;		/* RT_TABLE_* or any number */
	uint32_t metric;
	struct prefix src;	/* the preferred source address */
	uint8_t protocol, scope;
	bool onlink;
};

/* "[TYPE] PREFIX|default [via GW] [dev DEV] [metric N] [table T] [src A]
 * [proto P] [scope S] [onlink]" into OUT (OIF left 0). FAMILY (AF_INET,
 * AF_INET6, or 0) is what -4/-6 said; ADD: the words are a route to add
 * (a unicast route then needs via or dev), else to delete. 0, or -1 with
 * ERR naming the word at fault (NULL: the usage). */
int route_read_words(int argc, char *const *argv, int family, bool add,
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

/* The table REQ's route goes in: its own, else local for the types
 * ip puts there (local, broadcast, anycast, nat), else main. */
uint32_t route_table_of(const struct route_req *req);

/* How many routes of REQ's table match REQ: its destination, and its
 * type, gateway, source, device and metric where REQ names them; an ADD
 * without a metric matches the kernel's default (0, IPv6 1024), the
 * route the kernel would find already there. Or -errno. */
int route_count(struct rtnl *rt, const struct route_req *req, bool add);

/* 1 when route_count() of an add finds REQ's route, 0 when not, or
 * -errno. */
int route_exists(struct rtnl *rt, const struct route_req *req);

int route_dump(struct rtnl *rt, int family, struct rtnl_msgs *routes,
	       struct rtnl_err *err);

int route_parse(const struct nlmsghdr *nlh, struct route_info *info);

#endif
