#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <libmnl/libmnl.h>
#include <linux/rtnetlink.h>

#include "names.h"
#include "route.h"

uint32_t route_table_of(const struct route_req *req)
{
	/* Table 0 (unspec) is main to the kernel. */
	if (req->has_table && req->table != RT_TABLE_UNSPEC)
		return req->table;
	if (req->type == RTN_LOCAL || req->type == RTN_BROADCAST ||
	    req->type == RTN_ANYCAST || req->type == RTN_NAT)
		return RT_TABLE_LOCAL;
	return RT_TABLE_MAIN;
}

/* The scope ip route gives a route when no scope is asked for. */
static uint8_t default_scope(const struct route_req *req, bool add)
{
	uint8_t type = add && !req->has_type ? RTN_UNICAST : req->type;

	/* IPv6 routes have no scope: ip sends global, delete too. */
	if (req->dst.family == AF_INET6)
		return RT_SCOPE_UNIVERSE;
	if (type == RTN_LOCAL || type == RTN_NAT)
		return RT_SCOPE_HOST;
	if (type == RTN_BROADCAST || type == RTN_MULTICAST || type == RTN_ANYCAST)
		return RT_SCOPE_LINK;
	/* A route with no gateway is on the link; a delete matches any. */
	if ((type == RTN_UNICAST || type == RTN_UNSPEC) && add)
		return req->has_gateway ? RT_SCOPE_UNIVERSE : RT_SCOPE_LINK;
	return add ? RT_SCOPE_UNIVERSE : RT_SCOPE_NOWHERE;
}

struct nlmsghdr *route_build(void *buf, uint16_t type, const struct route_req *req)
{
	bool add = type == RTM_NEWROUTE;
	struct nlmsghdr *nlh = rtnl_put_request(buf, type,
						add ? NLM_F_CREATE | NLM_F_EXCL : 0);
	unsigned int bytes = req->dst.family == AF_INET ? 4 : 16;
	uint32_t table = route_table_of(req);
	struct rtmsg *rtm;

	rtm = mnl_nlmsg_put_extra_header(nlh, sizeof(*rtm));
	rtm->rtm_family = (uint8_t)req->dst.family;
	rtm->rtm_dst_len = (uint8_t)req->dst.len;
	/* Tables past 255 do not fit the header: RTA_TABLE says them. */
	rtm->rtm_table = table < 256 ? (uint8_t)table : RT_TABLE_UNSPEC;
	/* On a delete, what is not given (0, NOWHERE) matches anything. */
	rtm->rtm_protocol = req->has_protocol ? req->protocol : add ? RTPROT_BOOT : 0;
	rtm->rtm_type = req->has_type ? req->type : add ? RTN_UNICAST : RTN_UNSPEC;
	rtm->rtm_scope = req->has_scope ? req->scope : default_scope(req, add);
	if (req->onlink)
		rtm->rtm_flags |= RTNH_F_ONLINK;
	if (req->dst.len)
		mnl_attr_put(nlh, RTA_DST, bytes, req->dst.addr);
	if (req->has_src)
		mnl_attr_put(nlh, RTA_PREFSRC, bytes, req->src.addr);
	if (req->has_gateway)
		mnl_attr_put(nlh, RTA_GATEWAY, bytes, req->gateway.addr);
	if (req->has_metric)
		mnl_attr_put_u32(nlh, RTA_PRIORITY, req->metric);
	if (table >= 256)
		mnl_attr_put_u32(nlh, RTA_TABLE, table);
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

int route_count(struct rtnl *rt, const struct route_req *req, bool add)
{
	struct rtnl_msgs routes = { 0 };
	const struct nlmsghdr *nlh = NULL;
	unsigned int bytes = req->dst.family == AF_INET ? 4 : 16;
	/* An add without a metric gets the kernel's default one. */
	bool by_metric = req->has_metric || add;
	uint32_t metric = req->has_metric ? req->metric
		: req->dst.family == AF_INET6 ? 1024 : 0;
	struct route_info info;
	int ret = route_dump(rt, req->dst.family, &routes, NULL), count = 0;

	while (ret == 0 && (nlh = rtnl_msgs_next(&routes, nlh))) {
		if (route_parse(nlh, &info) < 0 || info.table != route_table_of(req) ||
		    (info.flags & RTM_F_CLONED) ||
		    (req->has_type && info.type != req->type) ||
		    (by_metric && info.priority != metric) ||
		    info.dst_len != req->dst.len ||
		    (req->dst.len && memcmp(info.dst, req->dst.addr, bytes) != 0))
			continue;
		if (req->has_gateway && (!info.has_gateway ||
		    memcmp(info.gateway, req->gateway.addr, bytes) != 0))
			continue;
		if (req->has_src && (!info.has_prefsrc ||
		    memcmp(info.prefsrc, req->src.addr, bytes) != 0))
			continue;
		if (req->oif && info.oif != (uint32_t)req->oif)
			continue;
		count++;
	}
	rtnl_msgs_free(&routes);
	return ret < 0 ? ret : count;
}

int route_exists(struct rtnl *rt, const struct route_req *req)
{
	int count = route_count(rt, req, true);

	return count < 0 ? count : count > 0;
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

/* The route type as ip takes it, a name before the prefix; "none"
 * (RTN_UNSPEC) is none. */
static bool read_type(const char *word, uint8_t *type)
{
	const char *name = name_of(&names_route_types, RTN_UNSPEC);

	if (strcmp(word, "brd") == 0) {
		*type = RTN_BROADCAST;	/* ip's short word for broadcast */
		return true;
	}
	return strcmp(word, name) != 0 &&
	       !isdigit((unsigned char)word[0]) &&
	       !parse_byte_name(&names_route_types, word, type);
}

/* An address of the route's family, for via and src. */
static int read_route_address(const char *word, const struct prefix *dst,
			      const char *role, struct prefix *out,
			      struct parse_error *err)
{
	const char *bad = parse_prefix(word, out);

	if (!bad && out->has_len)
		bad = role[0] == 'g' ? "a gateway is an address, not a prefix"
			: "a source is an address, not a prefix";
	if (bad)
		return parse_fail(err, word, bad);
	if (out->family != dst->family)
		return parse_fail(err, word, out->family == AF_INET6
			? (role[0] == 'g' ? "an IPv6 address, but the route is IPv4: its gateway must be IPv4 too"
					  : "an IPv6 address, but the route is IPv4: its source must be IPv4 too")
			: (role[0] == 'g' ? "an IPv4 address, but the route is IPv6: its gateway must be IPv6 too"
					  : "an IPv4 address, but the route is IPv6: its source must be IPv6 too"));
	return 0;
}

/* The keywords that take a value: where each goes. */
enum route_word { W_VIA, W_DEV, W_METRIC, W_TABLE, W_SRC, W_PROTO, W_SCOPE, W_COUNT };

static const struct {
	const char *word;	/* as ip spells it */
	enum route_word slot;
	const char *needs;
} route_words[] = {
	{ "via", W_VIA, "needs a gateway address" },
	{ "dev", W_DEV, "needs an interface name" },
	{ "metric", W_METRIC, "needs a number" },
	{ "priority", W_METRIC, "needs a number" },
	{ "preference", W_METRIC, "needs a number" },
	{ "table", W_TABLE, "needs a table: main, local, default or a number" },
	{ "src", W_SRC, "needs an address of this host" },
	{ "proto", W_PROTO, "needs a protocol: a name such as static, or a number" },
	{ "protocol", W_PROTO, "needs a protocol: a name such as static, or a number" },
	{ "scope", W_SCOPE, "needs a scope: global, site, link, host or a number" },
};

int route_read_words(int argc, char *const *argv, int family, bool add,
		     struct route_req *out, struct parse_error *err)
{
	const char *value[W_COUNT] = { 0 }, *keyword[W_COUNT] = { 0 }, *bad;
	unsigned long number;
	int i = 0;

	memset(out, 0, sizeof(*out));
	for (; i < argc; i++) {
		size_t k = 0;

		while (k < sizeof(route_words) / sizeof(route_words[0]) &&
		       strcmp(argv[i], route_words[k].word) != 0)
			k++;
		if (k < sizeof(route_words) / sizeof(route_words[0])) {
			enum route_word slot = route_words[k].slot;

			if (value[slot] && strcmp(keyword[slot], route_words[k].word) != 0)
				return parse_fail(err, route_words[k].word, slot == W_METRIC
					? "given twice: metric, priority and preference are one"
					: "given twice: proto and protocol are one");
			if (value[slot])
				return parse_twice(err, route_words[k].word);
			keyword[slot] = route_words[k].word;
			value[slot] = parse_next(argc, argv, &i);
			if (!value[slot])
				return parse_fail(err, keyword[slot], route_words[k].needs);
		} else if (strcmp(argv[i], "onlink") == 0) {
			if (!add)
				return parse_fail(err, "onlink", "only for routeadd");
			if (out->onlink)
				return parse_twice(err, "onlink");
			out->onlink = true;
		} else if (!out->word) {
			/* As in ip: [to] [TYPE] PREFIX, among the keywords. */
			if (strcmp(argv[i], "to") == 0 && i + 1 < argc)
				i++;
			if (read_type(argv[i], &out->type)) {
				if (i + 1 == argc)
					return parse_fail(err, argv[i],
							  "a route type needs a PREFIX after it");
				out->has_type = true;
				i++;
			}
			out->word = argv[i];
		} else {
			struct prefix prefix;

			if (strcmp(out->word, "default") != 0 && parse_prefix(out->word, &prefix))
				return parse_fail(err, out->word,
						  "not a prefix, default or route type");
			return parse_fail(err, argv[i], "unexpected word");
		}
	}
	if (!out->word)
		return parse_fail(err, NULL, NULL);
	out->dev = value[W_DEV];
	if (add && (!out->has_type || out->type == RTN_UNICAST) &&
	    !value[W_VIA] && !out->dev)
		return parse_fail(err, out->word, "needs via GW or dev DEV");
	if (strcmp(out->word, "default") == 0) {
		/* The family follows the gateway, else the -4/-6 option. */
		const char *hint = value[W_VIA] ? value[W_VIA] : value[W_SRC];
		struct prefix guess;

		out->dst.family = family ? family : AF_INET;
		if (!family && hint && !parse_prefix(hint, &guess))
			out->dst.family = guess.family;
	} else if ((bad = parse_prefix(out->word, &out->dst))) {
		return parse_fail(err, out->word, bad);
	}
	if (family && out->dst.family != family)
		return parse_fail(err, out->word, family == AF_INET
			    ? "an IPv6 prefix, but -4 asks for IPv4"
			    : "an IPv4 prefix, but -6 asks for IPv6");
	if (value[W_VIA]) {
		if (read_route_address(value[W_VIA], &out->dst, "gateway",
				       &out->gateway, err) < 0)
			return -1;
		out->has_gateway = true;
	}
	if (value[W_SRC]) {
		if (read_route_address(value[W_SRC], &out->dst, "source", &out->src, err) < 0)
			return -1;
		out->has_src = true;
	}
	if (value[W_METRIC]) {
		if ((bad = parse_uint(value[W_METRIC], UINT32_MAX, &number)))
			return parse_fail(err, value[W_METRIC], bad);
		out->metric = (uint32_t)number;
		out->has_metric = true;
	}
	if (value[W_TABLE]) {
		if ((bad = route_parse_table(value[W_TABLE], &out->table)))
			return parse_fail(err, value[W_TABLE], bad);
		out->has_table = true;
	}
	if (value[W_PROTO]) {
		if (parse_byte_name(&names_protocols, value[W_PROTO], &out->protocol))
			return parse_fail(err, value[W_PROTO],
					  "not a protocol: a name such as static or boot, or 0 to 255");
		out->has_protocol = true;
	}
	if (value[W_SCOPE]) {
		if (parse_byte_name(&names_scopes, value[W_SCOPE], &out->scope))
			return parse_fail(err, value[W_SCOPE],
					  "not a scope: global, site, link, host, nowhere, or 0 to 255");
		out->has_scope = true;
	}
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
