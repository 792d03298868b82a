#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <libmnl/libmnl.h>
#include <linux/rtnetlink.h>

#include "names.h"
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
	case RTA_SRC:
		info->has_src = rtnl_attr_copy(attr, info->src, bytes);
		return MNL_CB_OK;
	case RTA_VIA:
		if (mnl_attr_get_payload_len(attr) >= sizeof(struct rtvia))
			info->via = attr;
		return MNL_CB_OK;
	case RTA_METRICS:
		if (mnl_attr_validate(attr, MNL_TYPE_NESTED) == 0)
			info->metrics = attr;
		return MNL_CB_OK;
	case RTA_MULTIPATH:
		info->multipath = attr;
		return MNL_CB_OK;
	case RTA_CACHEINFO:
		if (mnl_attr_get_payload_len(attr) >= sizeof(struct rta_cacheinfo)) {
			struct rta_cacheinfo ci;

			memcpy(&ci, mnl_attr_get_payload(attr), sizeof(ci));
			info->expires = ci.rta_expires;
			info->error = ci.rta_error;
			info->has_cacheinfo = 1;
		}
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
	} else if (type == RTA_NH_ID) {
		info->nhid = mnl_attr_get_u32(attr);
		info->has_nhid = 1;
	} else if (type == RTA_FLOW) {
		info->flow = mnl_attr_get_u32(attr);
		info->has_flow = 1;
	} else if (type == RTA_IIF) {
		info->iif = mnl_attr_get_u32(attr);
		info->has_iif = 1;
	} else if (type == RTA_MARK) {
		info->mark = mnl_attr_get_u32(attr);
		info->has_mark = 1;
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
	info->src_len = rtm->rtm_src_len;
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

const char *route_parse_table(const char *word, uint32_t *table)
{
	const struct name_table *names = &names_route_tables;
	unsigned long number;

	for (size_t i = 0; i < names->count; i++)
		if (strcmp(word, name_at(names, i)) == 0) {
			*table = names->values[i];
			return NULL;
		}
	if (parse_uint(word, UINT32_MAX, &number))
		return "not a table: main, local, default or a number";
	*table = (uint32_t)number;
	return NULL;
}

int route_read_list_words(int argc, char *const *argv, struct route_filter *out,
			  struct parse_error *err)
{
	const char *table = NULL;

	out->table = RT_TABLE_MAIN;
	for (int i = 0; i < argc; i++) {
		if (strcmp(argv[i], "table") != 0)
			return parse_fail(err, argv[i], "unexpected word");
		if (table)
			return parse_twice(err, "table");
		table = parse_next(argc, argv, &i);
		if (!table)
			return parse_fail(err, "table", "needs a table: all, main, local, default or a number");
		/* As in ip, table 0 (unspec) is every table too. */
		if (strcmp(table, "all") == 0)
			out->table = 0;
		else if (route_parse_table(table, &out->table))
			return parse_fail(err, table, "not a table: all, main, local, default or a number");
	}
	return 0;
}
