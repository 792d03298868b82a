/* route: list routes. */
#ifndef TINYIP_ROUTE_H
#define TINYIP_ROUTE_H

#include <stdint.h>

#include "rtnl.h"

/* What a dump says of one route. */
struct route_info {
	int family;
	unsigned int dst_len;
	uint8_t type, protocol, scope, tos;
	uint32_t table;
	uint32_t flags;		/* RTM_F_* and RTNH_F_* */
	int has_dst, has_gateway, has_prefsrc, has_priority, has_pref;
	uint8_t dst[16], gateway[16], prefsrc[16];
	uint32_t oif;
	uint32_t priority;
	uint8_t pref;
};

int route_dump(struct rtnl *rt, int family, struct rtnl_msgs *routes,
	       struct rtnl_err *err);

int route_parse(const struct nlmsghdr *nlh, struct route_info *info);

#endif
