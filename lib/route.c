#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <libmnl/libmnl.h>
#include <linux/rtnetlink.h>

#include "route.h"

int route_dump(struct rtnl *rt, int family, struct rtnl_msgs *routes,
	       struct rtnl_err *err)
{
	char buf[RTNL_REQUEST_SIZE];
	struct nlmsghdr *nlh = rtnl_put_request(buf, RTM_GETROUTE, 0);
	struct rtmsg *rtm;

	rtm = mnl_nlmsg_put_extra_header(nlh, sizeof(*rtm));
	rtm->rtm_family = (uint8_t)family;
	return rtnl_dump(rt, nlh, routes, err);
}

static int route_attr(const struct nlattr *attr, void *data)
{
	struct route_info *info = data;
	unsigned int bytes = info->family == AF_INET ? 4 : 16;
	uint16_t type = mnl_attr_get_type(attr);

	switch (type) {
	case RTA_DST:
		info->has_dst = rtnl_attr_copy(attr, info->dst, bytes);
		return MNL_CB_OK;
	case RTA_GATEWAY:
		info->has_gateway = rtnl_attr_copy(attr, info->gateway, bytes);
		return MNL_CB_OK;
	case RTA_PREFSRC:
		info->has_prefsrc = rtnl_attr_copy(attr, info->prefsrc, bytes);
		return MNL_CB_OK;
	case RTA_PREF:
		if (mnl_attr_validate(attr, MNL_TYPE_U8) == 0) {
			info->pref = mnl_attr_get_u8(attr);
			info->has_pref = 1;
		}
		return MNL_CB_OK;
	default:
		break;
	}
	if (mnl_attr_validate(attr, MNL_TYPE_U32) < 0)
		return MNL_CB_OK;
	if (type == RTA_OIF)
		info->oif = mnl_attr_get_u32(attr);
	else if (type == RTA_TABLE)
		info->table = mnl_attr_get_u32(attr);
	else if (type == RTA_PRIORITY) {
		info->priority = mnl_attr_get_u32(attr);
		info->has_priority = 1;
	}
	return MNL_CB_OK;
}

int route_parse(const struct nlmsghdr *nlh, struct route_info *info)
{
	const struct rtmsg *rtm = mnl_nlmsg_get_payload(nlh);

	memset(info, 0, sizeof(*info));
	if (nlh->nlmsg_type != RTM_NEWROUTE ||
	    mnl_nlmsg_get_payload_len(nlh) < sizeof(*rtm))
		return -EBADMSG;
	if (rtm->rtm_family != AF_INET && rtm->rtm_family != AF_INET6)
		return -EAFNOSUPPORT;
	info->family = rtm->rtm_family;
	info->dst_len = rtm->rtm_dst_len;
	info->type = rtm->rtm_type;
	info->protocol = rtm->rtm_protocol;
	info->scope = rtm->rtm_scope;
	info->tos = rtm->rtm_tos;
	info->table = rtm->rtm_table;
	info->flags = rtm->rtm_flags;
	if (mnl_attr_parse(nlh, sizeof(*rtm), route_attr, info) < 0)
		return -EBADMSG;
	return 0;
}
