#define _GNU_SOURCE
#include <errno.h>
#include <stdbool.h>
#include <string.h>
#include <arpa/inet.h>
#include <net/if.h>
#include <sys/socket.h>
#include <libmnl/libmnl.h>
#include <linux/if_addr.h>
#include <linux/rtnetlink.h>

#include "addr.h"
#include "names.h"

static unsigned int family_bytes(int family)
{
	return family == AF_INET ? 4 : 16;
}

uint8_t addr_default_scope(const struct prefix *addr)
{
	if (addr->family == AF_INET && addr->addr[0] == 127)
		return RT_SCOPE_HOST;
	return RT_SCOPE_UNIVERSE;
}

unsigned int addr_prefixlen_of(const struct addr_req *req)
{
	return req->has_peer ? req->peer.len : req->addr.len;
}

/* brd + (all host bits set) or brd - (all clear), from the peer where
 * there is one, as ip computes it; none for /31 and /32. */
static bool computed_broadcast(const struct addr_req *req, uint8_t *out)
{
	const struct prefix *from = req->has_peer ? &req->peer : &req->addr;
	unsigned int len = addr_prefixlen_of(req);
	uint32_t host, net;

	if (len > 30)
		return false;
	memcpy(&net, from->addr, 4);
	host = htonl(0xFFFFFFFFU >> len);
	net = req->broadcast == '+' ? net | host : net & ~host;
	memcpy(out, &net, 4);
	return true;
}

struct nlmsghdr *addr_build(void *buf, uint16_t type, const struct addr_req *req,
			    int ifindex)
{
	bool add = type == RTM_NEWADDR;
	struct nlmsghdr *nlh = rtnl_put_request(buf, type,
						add ? NLM_F_CREATE | NLM_F_EXCL : 0);
	const struct prefix *addr = &req->addr;
	unsigned int bytes = family_bytes(addr->family);
	/* IFA_ADDRESS makes the kernel match the prefix length too. */
	bool exact = add || addr->has_len || addr->family == AF_INET6 || req->has_peer;
	struct ifaddrmsg *ifa;
	uint8_t broadcast[4];

	ifa = mnl_nlmsg_put_extra_header(nlh, sizeof(*ifa));
	ifa->ifa_family = (uint8_t)addr->family;
	ifa->ifa_prefixlen = exact ? (uint8_t)addr_prefixlen_of(req) : 0;
	/* Flags past the header's 8 bits go in IFA_FLAGS, all of them. */
	ifa->ifa_flags = req->flags <= 0xFF ? (uint8_t)req->flags : 0;
	ifa->ifa_scope = req->has_scope ? req->scope : add ? addr_default_scope(addr) : 0;
	ifa->ifa_index = (uint32_t)ifindex;
	mnl_attr_put(nlh, IFA_LOCAL, bytes, addr->addr);
	if (exact)
		mnl_attr_put(nlh, IFA_ADDRESS, bytes,
			     req->has_peer ? req->peer.addr : addr->addr);
	if (req->label)
		mnl_attr_put_strz(nlh, IFA_LABEL, req->label);
	if (add && req->broadcast == 'a')
		mnl_attr_put(nlh, IFA_BROADCAST, 4, req->broadcast_addr.addr);
	else if (add && req->broadcast && computed_broadcast(req, broadcast))
		mnl_attr_put(nlh, IFA_BROADCAST, 4, broadcast);
	if (req->flags > 0xFF)
		mnl_attr_put_u32(nlh, IFA_FLAGS, req->flags);
	if (req->has_metric)
		mnl_attr_put_u32(nlh, IFA_RT_PRIORITY, req->metric);
	if (req->has_lifetimes) {
		struct ifa_cacheinfo life = {
			.ifa_prefered = req->preferred_lft, .ifa_valid = req->valid_lft,
		};

		mnl_attr_put(nlh, IFA_CACHEINFO, sizeof(life), &life);
	}
	return nlh;
}

struct nlmsghdr *addr_build_add(void *buf, const struct prefix *addr, int ifindex)
{
	struct addr_req req = { .addr = *addr };

	return addr_build(buf, RTM_NEWADDR, &req, ifindex);
}

struct nlmsghdr *addr_build_del(void *buf, const struct prefix *addr, int ifindex)
{
	struct addr_req req = { .addr = *addr };

	return addr_build(buf, RTM_DELADDR, &req, ifindex);
}

int addr_add(struct rtnl *rt, const struct addr_req *req, int ifindex,
	     struct rtnl_err *err)
{
	char buf[RTNL_REQUEST_SIZE];

	return rtnl_talk(rt, addr_build(buf, RTM_NEWADDR, req, ifindex), NULL, NULL, err);
}

int addr_del(struct rtnl *rt, const struct addr_req *req, int ifindex,
	     struct rtnl_err *err)
{
	char buf[RTNL_REQUEST_SIZE];

	return rtnl_talk(rt, addr_build(buf, RTM_DELADDR, req, ifindex), NULL, NULL, err);
}

int addr_dump(struct rtnl *rt, int family, struct rtnl_msgs *addrs,
	      struct rtnl_err *err)
{
	char buf[RTNL_REQUEST_SIZE];
	struct nlmsghdr *nlh = rtnl_put_request(buf, RTM_GETADDR, 0);
	struct ifaddrmsg *ifa;

	ifa = mnl_nlmsg_put_extra_header(nlh, sizeof(*ifa));
	ifa->ifa_family = (uint8_t)family;
	return rtnl_dump(rt, nlh, addrs, err);
}

int addr_exists(struct rtnl *rt, const struct addr_req *req, int ifindex)
{
	const struct prefix *addr = &req->addr;
	struct rtnl_msgs addrs = { 0 };
	const struct nlmsghdr *nlh = NULL;
	struct addr_info info;
	int ret = addr_dump(rt, addr->family, &addrs, NULL);

	while (ret == 0 && (nlh = rtnl_msgs_next(&addrs, nlh)))
		if (addr_parse(nlh, &info) == 0 && info.index == ifindex &&
		    info.prefixlen == addr_prefixlen_of(req) &&
		    memcmp(info.local, addr->addr, family_bytes(addr->family)) == 0)
			ret = 1;
	rtnl_msgs_free(&addrs);
	return ret;
}

static int addr_attr(const struct nlattr *attr, void *data)
{
	struct addr_info *info = data;
	unsigned int bytes = family_bytes(info->family);

	switch (mnl_attr_get_type(attr)) {
	case IFA_LOCAL:
		info->has_local = rtnl_attr_copy(attr, info->local, bytes);
		break;
	case IFA_ADDRESS:
		info->has_address = rtnl_attr_copy(attr, info->address, bytes);
		break;
	case IFA_BROADCAST:
		info->has_broadcast = rtnl_attr_copy(attr, info->broadcast, bytes);
		break;
	case IFA_ANYCAST:
		info->has_anycast = rtnl_attr_copy(attr, info->anycast, bytes);
		break;
	case IFA_LABEL:
		if (mnl_attr_validate(attr, MNL_TYPE_NUL_STRING) == 0)
			snprintf(info->label, sizeof(info->label), "%s",
				 mnl_attr_get_str(attr));
		break;
	case IFA_RT_PRIORITY:
		if (mnl_attr_validate(attr, MNL_TYPE_U32) == 0) {
			info->metric = mnl_attr_get_u32(attr);
			info->has_metric = 1;
		}
		break;
	case IFA_FLAGS:
		if (mnl_attr_validate(attr, MNL_TYPE_U32) == 0)
			info->flags = mnl_attr_get_u32(attr);
		break;
	case IFA_CACHEINFO:
		if (mnl_attr_get_payload_len(attr) >= sizeof(struct ifa_cacheinfo)) {
			struct ifa_cacheinfo ci;
			memcpy(&ci, mnl_attr_get_payload(attr), sizeof(ci));
			info->valid_lft = ci.ifa_valid;
			info->preferred_lft = ci.ifa_prefered;
			info->has_cacheinfo = 1;
		}
		break;
	default:
		break;
	}
	return MNL_CB_OK;
}

int addr_parse(const struct nlmsghdr *nlh, struct addr_info *info)
{
	const struct ifaddrmsg *ifa = mnl_nlmsg_get_payload(nlh);

	memset(info, 0, sizeof(*info));
	if (nlh->nlmsg_type != RTM_NEWADDR ||
	    mnl_nlmsg_get_payload_len(nlh) < sizeof(*ifa))
		return -EBADMSG;
	if (ifa->ifa_family != AF_INET && ifa->ifa_family != AF_INET6)
		return -EAFNOSUPPORT;
	info->family = ifa->ifa_family;
	info->prefixlen = ifa->ifa_prefixlen;
	info->flags = ifa->ifa_flags;
	info->scope = ifa->ifa_scope;
	info->index = (int)ifa->ifa_index;
	if (mnl_attr_parse(nlh, sizeof(*ifa), addr_attr, info) < 0)
		return -EBADMSG;
	/* Either stands for the other when only one is given. */
	if (!info->has_local && info->has_address) {
		memcpy(info->local, info->address, sizeof(info->local));
		info->has_local = 1;
	}
	if (!info->has_address && info->has_local) {
		memcpy(info->address, info->local, sizeof(info->address));
		info->has_address = 1;
	}
	return 0;
}

static bool is_multicast(const struct prefix *addr)
{
	return addr->family == AF_INET ? (addr->addr[0] & 0xF0) == 0xE0 : addr->addr[0] == 0xFF;
}

/* A lifetime in seconds, or forever. */
static const char *read_lifetime(const char *word, uint32_t *seconds)
{
	unsigned long number;

	if (strcmp(word, "forever") == 0) {
		*seconds = ADDR_FOREVER;
		return NULL;
	}
	if (parse_uint(word, ADDR_FOREVER, &number))
		return "not a lifetime: a number of seconds, or forever";
	*seconds = (uint32_t)number;
	return NULL;
}

/* The flags ip addr add takes, by name. */
static const struct {
	const char *word;
	uint32_t flag;
} addr_flag_words[] = {
	{ "nodad", IFA_F_NODAD },
	{ "noprefixroute", IFA_F_NOPREFIXROUTE },
	{ "home", IFA_F_HOMEADDRESS },
	{ "mngtmpaddr", IFA_F_MANAGETEMPADDR },
	{ "autojoin", IFA_F_MCAUTOJOIN },
};

/* The keywords that take a value: where each goes. */
enum addr_word { A_DEV, A_PEER, A_LABEL, A_BROADCAST, A_VALID, A_PREFERRED,
		 A_METRIC, A_SCOPE, A_COUNT };

static const struct {
	const char *word;	/* as ip spells it */
	enum addr_word slot;
	bool add_only;
	const char *needs;
} addr_words[] = {
	{ "dev", A_DEV, false, "needs an interface name" },
	{ "peer", A_PEER, false, "needs the address of the other end" },
	{ "label", A_LABEL, false, "needs a label, such as DEV:1" },
	{ "broadcast", A_BROADCAST, true, "needs an address, + or -" },
	{ "brd", A_BROADCAST, true, "needs an address, + or -" },
	{ "valid_lft", A_VALID, true, "needs a number of seconds, or forever" },
	{ "preferred_lft", A_PREFERRED, true, "needs a number of seconds, or forever" },
	{ "metric", A_METRIC, true, "needs a number" },
	{ "scope", A_SCOPE, true, "needs a scope: global, site, link, host or a number" },
};

/* A word of the address's family: the peer, an explicit broadcast. */
static int read_addr_of_family(const char *word, const struct prefix *addr, bool len_ok,
			       const char *role, struct prefix *out,
			       struct parse_error *err)
{
	const char *bad = parse_prefix(word, out);

	if (!bad && out->has_len && !len_ok)
		bad = "an address, not a prefix";
	if (!bad && out->family != addr->family)
		bad = out->family == AF_INET6
			? (role[0] == 'p' ? "an IPv6 address, but the address is IPv4: its peer must be IPv4 too"
					  : "an IPv6 address, but the address is IPv4: its broadcast must be IPv4 too")
			: "an IPv4 address, but the address is IPv6: its peer must be IPv6 too";
	return bad ? parse_fail(err, word, bad) : 0;
}

static int read_addr_values(const char *const *value, const char *const *keyword,
			    struct addr_req *out, struct parse_error *err)
{
	unsigned long number;
	const char *bad;

	if (value[A_PEER]) {
		if (read_addr_of_family(value[A_PEER], &out->addr, true, "peer", &out->peer, err) < 0)
			return -1;
		out->has_peer = true;
	}
	if (value[A_LABEL]) {
		if (out->addr.family == AF_INET6)
			return parse_fail(err, "label", "IPv6 addresses have no label");
		if (!value[A_LABEL][0] || strlen(value[A_LABEL]) >= IFNAMSIZ)
			return parse_fail(err, value[A_LABEL], "a label is 1 to 15 bytes");
		out->label = value[A_LABEL];
	}
	if (value[A_BROADCAST]) {
		const char *word = value[A_BROADCAST];

		if (out->addr.family == AF_INET6)
			return parse_fail(err, keyword[A_BROADCAST], "IPv6 has no broadcast");
		if ((word[0] == '+' || word[0] == '-') && !word[1]) {
			out->broadcast = word[0];
		} else {
			if (read_addr_of_family(word, &out->addr, false, "broadcast",
						&out->broadcast_addr, err) < 0)
				return -1;
			out->broadcast = 'a';
		}
	}
	if (value[A_VALID] || value[A_PREFERRED]) {
		out->valid_lft = out->preferred_lft = ADDR_FOREVER;
		if (value[A_VALID] && (bad = read_lifetime(value[A_VALID], &out->valid_lft)))
			return parse_fail(err, value[A_VALID], bad);
		/* valid_lft alone: preferred as long (ip would refuse it). */
		if (!value[A_PREFERRED])
			out->preferred_lft = out->valid_lft;
		if (value[A_PREFERRED] &&
		    (bad = read_lifetime(value[A_PREFERRED], &out->preferred_lft)))
			return parse_fail(err, value[A_PREFERRED], bad);
		if (out->valid_lft == 0)
			return parse_fail(err, value[A_VALID],
					  "a valid_lft of 0 would remove it at once");
		if (out->preferred_lft > out->valid_lft)
			return parse_fail(err, value[A_PREFERRED],
					  "longer than valid_lft: an address is preferred only while valid");
		out->has_lifetimes = true;
	}
	if (value[A_METRIC]) {
		if ((bad = parse_uint(value[A_METRIC], UINT32_MAX, &number)))
			return parse_fail(err, value[A_METRIC], bad);
		out->metric = (uint32_t)number;
		out->has_metric = true;
	}
	if (value[A_SCOPE]) {
		if (parse_byte_name(&names_scopes, value[A_SCOPE], &out->scope))
			return parse_fail(err, value[A_SCOPE],
					  "not a scope: global, site, link, host, nowhere, or 0 to 255");
		out->has_scope = true;
	}
	return 0;
}

int addr_read_words(int argc, char *const *argv, bool add, struct addr_req *out,
		    struct parse_error *err)
{
	const char *value[A_COUNT] = { 0 }, *keyword[A_COUNT] = { 0 }, *bad;
	const size_t words = sizeof(addr_words) / sizeof(addr_words[0]);
	const size_t flags = sizeof(addr_flag_words) / sizeof(addr_flag_words[0]);

	memset(out, 0, sizeof(*out));
	for (int i = 0; i < argc; i++) {
		size_t k = 0, f = 0;

		while (k < words && strcmp(argv[i], addr_words[k].word) != 0)
			k++;
		while (f < flags && strcmp(argv[i], addr_flag_words[f].word) != 0)
			f++;
		if ((k < words && addr_words[k].add_only && !add) || (f < flags && !add))
			return parse_fail(err, argv[i], "only for addradd");
		if (k < words) {
			enum addr_word slot = addr_words[k].slot;

			if (value[slot] && strcmp(keyword[slot], addr_words[k].word) != 0)
				return parse_fail(err, argv[i], "given twice: broadcast and brd are one");
			if (value[slot])
				return parse_twice(err, argv[i]);
			keyword[slot] = addr_words[k].word;
			value[slot] = parse_next(argc, argv, &i);
			if (!value[slot])
				return parse_fail(err, keyword[slot], addr_words[k].needs);
		} else if (f < flags) {
			if (out->flags & addr_flag_words[f].flag)
				return parse_twice(err, argv[i]);
			out->flags |= addr_flag_words[f].flag;
		} else if (!out->word) {
			out->word = argv[i];
		} else {
			return parse_fail(err, argv[i], "unexpected word");
		}
	}
	if (!out->word)
		return parse_fail(err, NULL, NULL);
	out->dev = value[A_DEV];
	if (!out->dev)
		return parse_fail(err, out->word, "needs dev DEV");
	if ((bad = parse_prefix(out->word, &out->addr)))
		return parse_fail(err, out->word, bad);
	if (read_addr_values(value, keyword, out, err) < 0)
		return -1;
	if ((out->flags & IFA_F_NODAD) && out->addr.family != AF_INET6)
		return parse_fail(err, "nodad", "only IPv6 addresses have duplicate address detection");
	if ((out->flags & IFA_F_HOMEADDRESS) && out->addr.family != AF_INET6)
		return parse_fail(err, "home", "only IPv6 addresses are home addresses");
	if ((out->flags & IFA_F_MANAGETEMPADDR) && out->addr.family != AF_INET6)
		return parse_fail(err, "mngtmpaddr", "only IPv6 addresses make temporary addresses");
	if ((out->flags & IFA_F_MCAUTOJOIN) && !is_multicast(&out->addr))
		return parse_fail(err, "autojoin", "joins the group of a multicast address; this is none");
	return parse_check_ifname(out->dev, err);
}
