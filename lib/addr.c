#define _GNU_SOURCE
#include <errno.h>
#include <stdbool.h>
#include <string.h>
#include <sys/socket.h>
#include <libmnl/libmnl.h>
#include <linux/if_addr.h>
#include <linux/rtnetlink.h>

#include "addr.h"

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

struct nlmsghdr *addr_build_add(void *buf, const struct prefix *addr, int ifindex)
{
	struct nlmsghdr *nlh = rtnl_put_request(buf, RTM_NEWADDR,
						NLM_F_CREATE | NLM_F_EXCL);
	struct ifaddrmsg *ifa;
	unsigned int bytes = family_bytes(addr->family);

	ifa = mnl_nlmsg_put_extra_header(nlh, sizeof(*ifa));
	ifa->ifa_family = (uint8_t)addr->family;
	ifa->ifa_prefixlen = (uint8_t)addr->len;
	ifa->ifa_scope = addr_default_scope(addr);
	ifa->ifa_index = (uint32_t)ifindex;
	mnl_attr_put(nlh, IFA_LOCAL, bytes, addr->addr);
	mnl_attr_put(nlh, IFA_ADDRESS, bytes, addr->addr);
	return nlh;
}

int addr_add(struct rtnl *rt, const struct prefix *addr, int ifindex,
	     struct rtnl_err *err)
{
	char buf[RTNL_REQUEST_SIZE];

	return rtnl_talk(rt, addr_build_add(buf, addr, ifindex), NULL, NULL, err);
}

struct nlmsghdr *addr_build_del(void *buf, const struct prefix *addr, int ifindex)
{
	struct nlmsghdr *nlh = rtnl_put_request(buf, RTM_DELADDR, 0);
	struct ifaddrmsg *ifa;
	unsigned int bytes = family_bytes(addr->family);
	/* IFA_ADDRESS makes the kernel match the prefix length too. */
	bool exact = addr->has_len || addr->family == AF_INET6;

	ifa = mnl_nlmsg_put_extra_header(nlh, sizeof(*ifa));
	ifa->ifa_family = (uint8_t)addr->family;
	ifa->ifa_prefixlen = exact ? (uint8_t)addr->len : 0;
	ifa->ifa_index = (uint32_t)ifindex;
	mnl_attr_put(nlh, IFA_LOCAL, bytes, addr->addr);
	if (exact)
		mnl_attr_put(nlh, IFA_ADDRESS, bytes, addr->addr);
	return nlh;
}

int addr_del(struct rtnl *rt, const struct prefix *addr, int ifindex,
	     struct rtnl_err *err)
{
	char buf[RTNL_REQUEST_SIZE];

	return rtnl_talk(rt, addr_build_del(buf, addr, ifindex), NULL, NULL, err);
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

int addr_exists(struct rtnl *rt, const struct prefix *addr, int ifindex)
{
	struct rtnl_msgs addrs = { 0 };
	const struct nlmsghdr *nlh = NULL;
	struct addr_info info;
	int ret = addr_dump(rt, addr->family, &addrs, NULL);

	while (ret == 0 && (nlh = rtnl_msgs_next(&addrs, nlh)))
		if (addr_parse(nlh, &info) == 0 && info.index == ifindex &&
		    info.prefixlen == addr->len &&
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

int addr_read_words(int argc, char *const *argv, struct addr_req *out,
		    struct parse_error *err)
{
	const char *bad;

	memset(out, 0, sizeof(*out));
	for (int i = 0; i < argc; i++) {
		if (strcmp(argv[i], "dev") == 0) {
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
	if (!out->dev)
		return parse_fail(err, out->word, "needs dev DEV");
	if ((bad = parse_prefix(out->word, &out->addr)))
		return parse_fail(err, out->word, bad);
	return parse_check_ifname(out->dev, err);
}
