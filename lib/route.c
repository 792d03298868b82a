#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <libmnl/libmnl.h>
#include <linux/rtnetlink.h>

#include "route.h"

struct nlmsghdr *route_build(void *buf, uint16_t type, const struct route_req *req)
{
	bool add = type == RTM_NEWROUTE;
	struct nlmsghdr *nlh = rtnl_put_request(buf, type,
						add ? NLM_F_CREATE | NLM_F_EXCL : 0);
	unsigned int bytes = req->dst.family == AF_INET ? 4 : 16;
	struct rtmsg *rtm;

	rtm = mnl_nlmsg_put_extra_header(nlh, sizeof(*rtm));
	rtm->rtm_family = (uint8_t)req->dst.family;
	rtm->rtm_dst_len = (uint8_t)req->dst.len;
	rtm->rtm_table = RT_TABLE_MAIN;
	if (add) {
		/* As ip route add: a route with no gateway is on the link. */
		rtm->rtm_protocol = RTPROT_BOOT;
		rtm->rtm_type = RTN_UNICAST;
		rtm->rtm_scope = req->has_gateway ? RT_SCOPE_UNIVERSE : RT_SCOPE_LINK;
	} else {
		/* NOWHERE: delete whatever the scope. */
		rtm->rtm_scope = RT_SCOPE_NOWHERE;
	}
	if (req->dst.len)
		mnl_attr_put(nlh, RTA_DST, bytes, req->dst.addr);
	if (req->has_gateway)
		mnl_attr_put(nlh, RTA_GATEWAY, bytes, req->gateway.addr);
	if (req->oif)
		mnl_attr_put_u32(nlh, RTA_OIF, (uint32_t)req->oif);
	return nlh;
}

int route_add(struct rtnl *rt, const struct route_req *req, struct rtnl_err *err)
{
	char buf[RTNL_REQUEST_SIZE];

	return rtnl_talk(rt, route_build(buf, RTM_NEWROUTE, req), NULL, NULL, err);
}

int route_del(struct rtnl *rt, const struct route_req *req, struct rtnl_err *err)
{
	char buf[RTNL_REQUEST_SIZE];

	return rtnl_talk(rt, route_build(buf, RTM_DELROUTE, req), NULL, NULL, err);
}

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

int route_exists(struct rtnl *rt, const struct route_req *req)
{
	struct rtnl_msgs routes = { 0 };
	const struct nlmsghdr *nlh = NULL;
	unsigned int bytes = req->dst.family == AF_INET ? 4 : 16;
	struct route_info info;
	int ret = route_dump(rt, req->dst.family, &routes, NULL);

	while (ret == 0 && (nlh = rtnl_msgs_next(&routes, nlh))) {
		if (route_parse(nlh, &info) < 0 || info.table != RT_TABLE_MAIN ||
		    info.dst_len != req->dst.len ||
		    (req->dst.len && memcmp(info.dst, req->dst.addr, bytes) != 0))
			continue;
		if (req->has_gateway && (!info.has_gateway ||
		    memcmp(info.gateway, req->gateway.addr, bytes) != 0))
			continue;
		if (req->oif && info.oif != (uint32_t)req->oif)
			continue;
		ret = 1;
	}
	rtnl_msgs_free(&routes);
	return ret;
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

int route_read_words(int argc, char *const *argv, int family,
		     struct route_req *out, struct parse_error *err)
{
	const char *gateway = NULL, *bad;

	memset(out, 0, sizeof(*out));
	for (int i = 0; i < argc; i++) {
		if (strcmp(argv[i], "via") == 0) {
			if (gateway)
				return parse_twice(err, "via");
			gateway = parse_next(argc, argv, &i);
			if (!gateway)
				return parse_fail(err, "via", "needs a gateway address");
		} else if (strcmp(argv[i], "dev") == 0) {
			if (out->dev)
				return parse_twice(err, "dev");
			out->dev = parse_next(argc, argv, &i);
			if (!out->dev)
				return parse_fail(err, "dev", "needs an interface name");
		} else if (!out->word) {
			out->word = argv[i];
		} else {
			return parse_fail(err, argv[i], "unexpected word");
		}
	}
	if (!out->word)
		return parse_fail(err, NULL, NULL);
	if (!gateway && !out->dev)
		return parse_fail(err, out->word, "needs via GW or dev DEV");
	if (gateway) {
		bad = parse_prefix(gateway, &out->gateway);
		if (!bad && out->gateway.has_len)
			bad = "a gateway is an address, not a prefix";
		if (bad)
			return parse_fail(err, gateway, bad);
		out->has_gateway = true;
	}
	if (strcmp(out->word, "default") == 0) {
		/* The family follows the gateway, else the -4/-6 option. */
		out->dst.family = gateway ? out->gateway.family
			: family == AF_INET6 ? AF_INET6 : AF_INET;
	} else if ((bad = parse_prefix(out->word, &out->dst))) {
		return parse_fail(err, out->word, bad);
	}
	if (family && out->dst.family != family)
		return parse_fail(err, out->word, family == AF_INET
			    ? "not IPv4, as -4 says" : "not IPv6, as -6 says");
	if (gateway && out->gateway.family != out->dst.family)
		return parse_fail(err, gateway, out->dst.family == AF_INET
			    ? "not an IPv4 address, as the prefix is"
			    : "not an IPv6 address, as the prefix is");
	return out->dev ? parse_check_ifname(out->dev, err) : 0;
}
