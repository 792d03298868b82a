#define _GNU_SOURCE
#include <arpa/inet.h>
#include <net/if.h>
#include <string.h>
#include <unistd.h>
#include <libmnl/libmnl.h>
#include <linux/if_addr.h>
#include <linux/if_arp.h>
#include <linux/if_link.h>
#include <linux/rtnetlink.h>

#include "names.h"
#include "print.h"

#define INFINITY_LIFE_TIME 0xFFFFFFFFU
#define TEXT_SIZE (LINK_ADDR_MAX * 3 + 1)

/* NAME, or VALUE as a number in BUF (TEXT_SIZE bytes) when it has none. */
static const char *or_number(const char *name, unsigned int value, char *buf)
{
	if (name)
		return name;
	snprintf(buf, TEXT_SIZE, "%u", value);
	return buf;
}

static const char *ip_text(int family, const uint8_t *addr, char *buf)
{
	return inet_ntop(family, addr, buf, TEXT_SIZE) ? buf : "?";
}

static const char *hw_text(unsigned short type, const uint8_t *addr,
			   unsigned int len, char *buf)
{
	/* Tunnels carry their IP endpoints as link addresses. */
	if (len == 4 && (type == ARPHRD_TUNNEL || type == ARPHRD_SIT ||
			 type == ARPHRD_IPGRE))
		return ip_text(AF_INET, addr, buf);
	if (len == 16 && (type == ARPHRD_TUNNEL6 || type == ARPHRD_IP6GRE))
		return ip_text(AF_INET6, addr, buf);
	/* "xx" then ":xx" for each further byte. */
	buf[0] = '\0';
	for (unsigned int i = 0; i < len && i < LINK_ADDR_MAX; i++)
		snprintf(buf + (i ? 3 * i - 1 : 0), 4, i ? ":%02x" : "%02x", addr[i]);
	return buf;
}

/* The name of device INDEX in SNAP, or "ifINDEX". */
static const char *link_name(const struct snapshot *snap, uint32_t index, char *buf)
{
	const struct link_info *link = snapshot_link(snap, (int)index);

	if (link)
		return link->name;
	snprintf(buf, TEXT_SIZE, "if%u", index);
	return buf;
}

void print_link_flags(struct show *show, unsigned int flags, bool lower_down)
{
	const struct name_table *table = &names_link_flags;

	show_array_open(show, "flags", "<", ",");
	if ((flags & IFF_UP) && !(flags & IFF_RUNNING))
		show_string(show, NULL, "%s", "NO-CARRIER");
	flags &= ~IFF_RUNNING;
	for (size_t i = 0; i < table->count; i++) {
		if (!(flags & table->values[i]))
			continue;
		show_string(show, NULL, "%s", name_at(table, i));
		flags &= ~table->values[i];
	}
	/* Bits with no name, in hex: in JSON too, a string of the array. */
	if (flags) {
		char hex[TEXT_SIZE];

		snprintf(hex, sizeof(hex), "%x", flags);
		show_string(show, NULL, "%s", hex);
	}
	/* ip writes ",M-DOWN" even when nothing came before it. */
	if (lower_down)
		show_string(show, NULL, show->items ? "%s" : ",%s", "M-DOWN");
	show_array_close(show, "> ");
}

/* "@peer" in text, "link" or "link_index" in JSON (before the name);
 * whether that peer or lower device, here, is down. */
static bool show_lower_json(struct show *show, const struct snapshot *snap,
			    const struct link_info *link)
{
	const struct link_info *lower;
	char text[TEXT_SIZE];

	if (!link->has_link)
		return false;
	/* "@NONE" in text. */
	if (!link->link) {
		show_json_null(show, "link");
		return false;
	}
	if (link->has_link_netnsid) {
		show_json_uint(show, "link_index", link->link);
		return false;
	}
	show_json_string(show, "link", link_name(snap, link->link, text));
	lower = snapshot_link(snap, (int)link->link);
	return lower && !(lower->flags & IFF_UP);
}

static void show_lower_text(struct show *show, const struct snapshot *snap,
			    const struct link_info *link)
{
	char text[TEXT_SIZE];

	if (!link->has_link)
		return;
	if (link->link == 0)
		show_text(show, "@NONE");
	else if (link->has_link_netnsid)
		show_text(show, "@if%u", link->link);
	else
		show_text(show, "@%s", link_name(snap, link->link, text));
}

static void show_peer_netns(struct show *show, const struct snapshot *snap,
			    const struct link_info *link)
{
	const char *name = snapshot_nsid_name(snap, link->link_netnsid);

	show_json_int(show, "link_netnsid", link->link_netnsid);
	if (link->link_netnsid < 0)
		show_text(show, " link-netnsid unknown");
	else if (name)
		show_text(show, " link-netns %s", name);
	else
		show_text(show, " link-netnsid %d", link->link_netnsid);
}

/* " protodown on " then "protodown_reason <BIT,...>", as ip 6.1 prints
 * them, oddities kept: the reasons only on a device with a broadcast
 * address (ip looks for the reason at IFLA_BROADCAST's place in the
 * link's attributes) and only those of the low byte (ip reads the u32 as
 * a u8, a little-endian host's low byte); each by its number, as ip
 * names them without a protodown_reasons.d file. */
static void show_proto_down(struct show *show, const struct link_info *link)
{
	unsigned int reason = link->proto_down_reason & 0xff;
	char text[TEXT_SIZE];

	if (link->proto_down)
		show_flag(show, "proto_down", " protodown on ");
	if (!link->has_proto_down_reason || !link->broadcast_len || !reason)
		return;
	show_array_open(show, "proto_down_reason", "protodown_reason <", ",");
	for (unsigned int bit = 0; reason; bit++, reason >>= 1) {
		if (!(reason & 1))
			continue;
		snprintf(text, sizeof(text), "%u", bit);
		show_string(show, NULL, "%s", text);
	}
	show_array_close(show, ">");
}

static void show_altnames(struct show *show, const struct nlattr *list)
{
	const struct nlattr *attr;

	show_array_open(show, "altnames", NULL, NULL);
	mnl_attr_for_each_nested(attr, list) {
		if (mnl_attr_get_type(attr) == IFLA_ALT_IFNAME &&
		    mnl_attr_validate(attr, MNL_TYPE_NUL_STRING) == 0)
			show_string(show, NULL, "\n    altname %s", mnl_attr_get_str(attr));
	}
	show_array_close(show, NULL);
}

/* The link/ line: "\n    link/ether ADDR brd ADDR [permaddr ADDR]". */
static void print_link_address(struct show *show, const struct link_info *link,
			       const char *type, char *text)
{
	show_text(show, "\n");
	if (!type) {
		snprintf(text, TEXT_SIZE, "[%u]", link->type);
		type = text;
	}
	show_string(show, "link_type", "    link/%s ", type);
	if (link->address_len)
		show_string(show, "address", "%s", hw_text(link->type, link->address,
							   link->address_len, text));
	if (link->broadcast_len) {
		bool p2p = link->flags & IFF_POINTOPOINT;

		if (p2p)
			show_json_bool(show, "link_pointtopoint", true);
		show_string(show, "broadcast", p2p ? " peer %s" : " brd %s",
			    hw_text(link->type, link->broadcast, link->broadcast_len, text));
	}
	if (link->perm_address_len && (link->perm_address_len != link->address_len ||
	    memcmp(link->perm_address, link->address, link->address_len) != 0))
		show_string(show, "permaddr", " permaddr %s",
			    hw_text(link->type, link->perm_address,
				    link->perm_address_len, text));
}

void print_link(struct show *show, const struct snapshot *snap,
		const struct link_info *given, enum link_view view)
{
	const char *operstate = name_of(&names_operstates, given->operstate);
	const char *type = name_of(&names_link_types, given->type);
	bool with_mode = view == LINK_VIEW_LINK || view == LINK_VIEW_DETAILS;
	bool thin = view == LINK_VIEW_INET6;
	struct link_info link = *given;
	char text[TEXT_SIZE];
	bool lower_down;

	/* The kernel's IPv6 link dump has no netnsid, so the peer's index
	 * reads as one here, as ip reads it; and it has no IFLA_LINK equal
	 * to the link's own index. */
	if (thin) {
		link.has_link_netnsid = false;
		link.has_link = link.has_link && link.link != (uint32_t)link.index;
	}
	show_uint(show, "ifindex", "%u: ", (unsigned int)link.index);
	lower_down = show_lower_json(show, snap, &link);
	show_string(show, "ifname", "%s", link.name);
	show_lower_text(show, snap, &link);
	show_text(show, ": ");
	print_link_flags(show, link.flags, lower_down);
	show_uint(show, "mtu", "mtu %u ", link.mtu);
	if (link.qdisc[0] && !thin)
		show_string(show, "qdisc", "qdisc %s ", link.qdisc);
	if (link.master && !thin)
		show_string(show, "master", "master %s ", link_name(snap, link.master, text));
	if (operstate) {
		show_string(show, "operstate", "state %s ", operstate);
	} else {
		show_text(show, "state %#x", link.operstate);
		show_json_uint(show, "operstate_index", link.operstate);
	}
	if (with_mode && link.has_linkmode) {
		const char *mode = name_of(&names_linkmodes, link.linkmode);

		if (mode) {
			show_string(show, "linkmode", "mode %s ", mode);
		} else {
			show_text(show, "mode %u ", link.linkmode);
			show_json_uint(show, "linkmode_index", link.linkmode);
		}
	}
	/* Group 0 by the name iproute2's group file gives it; the others by
	 * number, signed, as ip prints them. */
	snprintf(text, sizeof(text), "%d", (int32_t)link.group);
	if (!thin)
		show_string(show, "group", "group %s ", link.group ? text : "default");
	if (link.txqlen)
		show_int(show, "txqlen", "qlen %d", link.txqlen);
	if (thin) {
		show_text(show, "\n");
		return;
	}
	/* ip -4 addr, ip -6 addr dev DEV: no link/ line, and what would
	 * follow it stays on the first. */
	if (view != LINK_VIEW_FAMILY)
		print_link_address(show, &link, type, text);
	if (link.has_link_netnsid)
		show_peer_netns(show, snap, &link);
	if (link.has_proto_down)
		show_proto_down(show, &link);
	if (view == LINK_VIEW_DETAILS)
		print_link_details(show, snap, &link);
	/* As ip link shows it; ip addr does not. */
	if (with_mode && link.alias)
		show_string(show, "ifalias", "\n    alias %s", link.alias);
	if (link.altnames)
		show_altnames(show, link.altnames);
	show_text(show, "\n");
}

static void show_lifetime(struct show *show, const char *what, const char *key,
			  uint32_t seconds)
{
	if (seconds == INFINITY_LIFE_TIME)
		show_text(show, "%s forever", what);
	else
		show_text(show, "%s %usec", what, seconds);
	show_json_uint(show, key, seconds);
}

/* A flag whose JSON key is its text word. */
static void show_flag_word(struct show *show, const char *word)
{
	char text[TEXT_SIZE];

	snprintf(text, sizeof(text), "%s ", word);
	show_flag(show, word, text);
}

static void show_addr_flags(struct show *show, const struct addr_info *addr)
{
	const struct name_table *table = &names_addr_flags;
	uint32_t flags = addr->flags;

	for (size_t i = 0; i < table->count; i++) {
		uint32_t mask = table->values[i];

		if (mask == IFA_F_PERMANENT) {
			if (!(flags & mask))
				show_flag(show, "dynamic", "dynamic ");
		} else if (flags & mask) {
			/* The same bit means "temporary" for IPv6. */
			if (mask == IFA_F_SECONDARY && addr->family == AF_INET6)
				show_flag(show, "temporary", "temporary ");
			else
				show_flag_word(show, name_at(table, i));
		}
		flags &= ~mask;
	}
	if (flags) {
		char text[TEXT_SIZE];

		snprintf(text, sizeof(text), "%02x", flags);
		show_string(show, "ifa_flags", "flags %s ", text);
	}
}

void print_addr(struct show *show, const struct addr_info *addr)
{
	char text[TEXT_SIZE];
	unsigned int bytes = addr->family == AF_INET ? 4 : 16;

	show_object_open(show, NULL);
	show_string(show, "family", "    %s ", addr->family == AF_INET ? "inet" : "inet6");
	show_string(show, "local", "%s", ip_text(addr->family, addr->local, text));
	if (memcmp(addr->local, addr->address, bytes) != 0)
		show_string(show, "address", " peer %s",
			    ip_text(addr->family, addr->address, text));
	show_uint(show, "prefixlen", "/%u ", addr->prefixlen);
	if (addr->has_metric)
		show_uint(show, "metric", "metric %u ", addr->metric);
	if (addr->has_broadcast)
		show_string(show, "broadcast", "brd %s ",
			    ip_text(addr->family, addr->broadcast, text));
	if (addr->has_anycast)
		show_string(show, "anycast", "any %s ",
			    ip_text(addr->family, addr->anycast, text));
	show_string(show, "scope", "scope %s ",
		    or_number(name_of(&names_scopes, addr->scope), addr->scope, text));
	show_addr_flags(show, addr);
	if (addr->label[0])
		show_string(show, "label", "%s", addr->label);
	if (addr->has_cacheinfo) {
		show_text(show, "\n       ");
		show_lifetime(show, "valid_lft", "valid_life_time", addr->valid_lft);
		show_text(show, " ");
		show_lifetime(show, "preferred_lft", "preferred_life_time",
			      addr->preferred_lft);
	}
	show_text(show, "\n");
	show_object_close(show);
}

/* "default", "ADDR", "ADDR/LEN" or "0/LEN", into BUF (TEXT_SIZE + 8). */
static const char *route_dst(const struct route_info *route, char *buf, size_t size)
{
	unsigned int host_len = route->family == AF_INET ? 32 : 128;
	char text[TEXT_SIZE];

	if (route->has_dst && route->dst_len != host_len)
		snprintf(buf, size, "%s/%u", ip_text(route->family, route->dst, text),
			 route->dst_len);
	else if (route->has_dst)
		snprintf(buf, size, "%s", ip_text(route->family, route->dst, text));
	else if (route->dst_len)
		snprintf(buf, size, "0/%u", route->dst_len);
	else
		snprintf(buf, size, "default");
	return buf;
}

/* An address family as ip names it in "via inet6 ADDR". */
static const char *family_word(unsigned int family)
{
	return family == AF_INET ? "inet" : family == AF_INET6 ? "inet6" : "???";
}

/* RTA_VIA: a gateway of another family, "via inet6 ADDR ". */
static void show_via(struct show *show, const struct nlattr *attr)
{
	const struct rtvia *via = mnl_attr_get_payload(attr);
	size_t len = mnl_attr_get_payload_len(attr) - sizeof(*via);
	char text[TEXT_SIZE];
	const char *host = "?";

	if ((via->rtvia_family == AF_INET && len >= 4) ||
	    (via->rtvia_family == AF_INET6 && len >= 16))
		host = ip_text(via->rtvia_family, via->rtvia_addr, text);
	show_object_open(show, "via");
	show_string(show, "family", "via %s ", family_word(via->rtvia_family));
	show_string(show, "host", "%s ", host);
	show_object_close(show);
}

/* RTA_FLOW: "realm TO " or "realms FROM/TO ". Realm 0 is named as in
 * the rt_realms file iproute2 installs. */
static void show_flow(struct show *show, uint32_t flow)
{
	unsigned int from = flow >> 16, to = flow & 0xFFFF;
	char text[TEXT_SIZE];

	show_object_open(show, "flow");
	show_text(show, "%s", from ? "realms " : "realm ");
	if (from)
		show_string(show, "from", "%s/", or_number(NULL, from, text));
	show_string(show, "to", "%s ", to ? or_number(NULL, to, text) : "cosmos");
	show_object_close(show);
}

static void show_route_flags(struct show *show, uint32_t value)
{
	const struct name_table *flags = &names_route_flags;

	show_array_open(show, "flags", NULL, NULL);
	for (size_t i = 0; i < flags->count; i++)
		if (value & flags->values[i])
			show_string(show, NULL, "%s ", name_at(flags, i));
	show_array_close(show, NULL);
}

/* A time metric, kept by the kernel in ms (rtt x8, rttvar x4). */
static void show_metric_time(struct show *show, const char *key, uint32_t ms)
{
	if (show->json)
		show_json_uint(show, key, ms);
	else if (ms >= 1000)
		show_text(show, "%gs ", ms / 1e3);
	else
		show_text(show, "%ums ", ms);
}

/* RTA_METRICS as ip shows them: "mtu lock 1400 advmss 1300 "; in JSON
 * "metrics": [{"mtu": 1400, ...}]. */
static void show_metrics(struct show *show, const struct nlattr *nest)
{
	const struct nlattr *values[RTAX_MAX + 1] = { 0 };
	const struct nlattr *attr;
	uint32_t locked = 0;

	mnl_attr_for_each_nested(attr, nest)
		if (mnl_attr_get_type(attr) <= RTAX_MAX)
			values[mnl_attr_get_type(attr)] = attr;
	if (values[RTAX_LOCK] && mnl_attr_validate(values[RTAX_LOCK], MNL_TYPE_U32) == 0)
		locked = mnl_attr_get_u32(values[RTAX_LOCK]);
	show_array_open(show, "metrics", NULL, NULL);
	show_object_open(show, NULL);
	for (unsigned int i = RTAX_LOCK + 1; i <= RTAX_MAX; i++) {
		const char *name = name_of(&names_route_metrics, i);
		bool lock = locked & (1U << i);
		uint32_t value = 0;

		if (!values[i] && !lock)
			continue;
		if (values[i] && i != RTAX_CC_ALGO &&
		    mnl_attr_validate(values[i], MNL_TYPE_U32) == 0)
			value = mnl_attr_get_u32(values[i]);
		if (i == RTAX_HOPLIMIT && value == UINT32_MAX)
			continue;	/* -1: the system's default */
		if (name)
			show_text(show, "%s ", name);
		else
			show_text(show, "metric %u ", i);
		if (lock)
			show_text(show, "lock ");
		if (i == RTAX_FEATURES) {
			if (value & RTAX_FEATURE_ECN)
				show_null(show, "ecn", "ecn ");
			if (value & ~RTAX_FEATURE_ECN) {
				char text[TEXT_SIZE];

				snprintf(text, sizeof(text), "%#x", value);
				show_string(show, "features", "%s ", text);
			}
		} else if (i == RTAX_RTT || i == RTAX_RTTVAR || i == RTAX_RTO_MIN) {
			show_metric_time(show, name, i == RTAX_RTT ? value / 8
					 : i == RTAX_RTTVAR ? value / 4 : value);
		} else if (i == RTAX_CC_ALGO) {
			if (values[i] && mnl_attr_validate(values[i], MNL_TYPE_NUL_STRING) == 0)
				show_string(show, "congestion", "%s ",
					    mnl_attr_get_str(values[i]));
		} else if (name) {
			show_uint(show, name, "%u ", value);
		} else {
			show_text(show, "%u ", value);
		}
	}
	show_object_close(show);
	show_array_close(show, NULL);
}

struct nexthop_attrs {
	int family;
	const struct nlattr *gateway, *via, *flow;
};

static int nexthop_attr(const struct nlattr *attr, void *data)
{
	struct nexthop_attrs *nh = data;
	unsigned int bytes = nh->family == AF_INET ? 4 : 16;

	switch (mnl_attr_get_type(attr)) {
	case RTA_GATEWAY:
		if (mnl_attr_get_payload_len(attr) >= bytes)
			nh->gateway = attr;
		break;
	case RTA_VIA:
		if (mnl_attr_get_payload_len(attr) >= sizeof(struct rtvia))
			nh->via = attr;
		break;
	case RTA_FLOW:
		if (mnl_attr_validate(attr, MNL_TYPE_U32) == 0)
			nh->flow = attr;
		break;
	default:
		break;
	}
	return MNL_CB_OK;
}

/* RTA_MULTIPATH: "\n\tnexthop via GW dev DEV weight W " each. */
static void show_nexthops(struct show *show, const struct snapshot *snap,
			  const struct route_info *route)
{
	const uint8_t *at = mnl_attr_get_payload(route->multipath);
	size_t left = mnl_attr_get_payload_len(route->multipath), step;
	char text[TEXT_SIZE];
	struct rtnexthop nh;

	show_array_open(show, "nexthops", NULL, NULL);
	while (left >= sizeof(nh)) {
		struct nexthop_attrs attrs = { route->family, NULL, NULL, NULL };

		memcpy(&nh, at, sizeof(nh));
		if (nh.rtnh_len < sizeof(nh) || nh.rtnh_len > left)
			break;
		if (nh.rtnh_len > sizeof(nh))
			mnl_attr_parse_payload(at + RTNH_LENGTH(0),
					       nh.rtnh_len - RTNH_LENGTH(0),
					       nexthop_attr, &attrs);
		show_object_open(show, NULL);
		show_text(show, "\n\tnexthop ");
		if (attrs.gateway)
			show_string(show, "gateway", "via %s ",
				    ip_text(route->family,
					    mnl_attr_get_payload(attrs.gateway), text));
		if (attrs.via)
			show_via(show, attrs.via);
		if (attrs.flow)
			show_flow(show, mnl_attr_get_u32(attrs.flow));
		show_string(show, "dev", "dev %s ", link_name(snap, (uint32_t)nh.rtnh_ifindex, text));
		show_int(show, "weight", "weight %d ", nh.rtnh_hops + 1);
		show_route_flags(show, nh.rtnh_flags);
		show_object_close(show);
		step = RTNH_ALIGN((size_t)nh.rtnh_len);
		if (step >= left)
			break;
		left -= step;
		at += step;
	}
	show_array_close(show, NULL);
}

void print_route(struct show *show, const struct snapshot *snap,
		 const struct route_info *route, bool with_table)
{
	char text[TEXT_SIZE], dst[TEXT_SIZE + 8];

	show_object_open(show, NULL);
	if (route->type != RTN_UNICAST)
		show_string(show, "type", "%s ",
			    or_number(name_of(&names_route_types, route->type),
				      route->type, text));
	show_string(show, "dst", "%s ", route_dst(route, dst, sizeof(dst)));
	if (route->has_src) {
		struct route_info from = *route;

		memcpy(from.dst, route->src, sizeof(from.dst));
		from.dst_len = route->src_len;
		from.has_dst = 1;
		show_string(show, "from", "from %s ", route_dst(&from, dst, sizeof(dst)));
	}
	if (route->has_nhid)
		show_uint(show, "nhid", "nhid %u ", route->nhid);
	if (route->tos) {
		snprintf(text, sizeof(text), "0x%02x", route->tos);
		show_string(show, "tos", "tos %s ", text);
	}
	if (route->has_gateway)
		show_string(show, "gateway", "via %s ",
			    ip_text(route->family, route->gateway, text));
	if (route->via)
		show_via(show, route->via);
	if (route->oif)
		show_string(show, "dev", "dev %s ", link_name(snap, route->oif, text));
	if (with_table && route->table && route->table != RT_TABLE_MAIN)
		show_string(show, "table", "table %s ",
			    or_number(name_of(&names_route_tables, route->table),
				      route->table, text));
	if (route->protocol != RTPROT_BOOT)
		show_string(show, "protocol", "proto %s ",
			    or_number(name_of(&names_protocols, route->protocol),
				      route->protocol, text));
	if (route->scope != RT_SCOPE_UNIVERSE)
		show_string(show, "scope", "scope %s ",
			    or_number(name_of(&names_scopes, route->scope),
				      route->scope, text));
	if (route->has_prefsrc)
		show_string(show, "prefsrc", "src %s ",
			    ip_text(route->family, route->prefsrc, text));
	if (route->has_priority)
		show_uint(show, "metric", "metric %u ", route->priority);
	show_route_flags(show, route->flags);
	if (route->has_mark && route->mark)
		show_uint(show, "mark", route->mark >= 16 ? "mark %#x " : "mark %u ",
			  route->mark);
	if (route->has_flow)
		show_flow(show, route->flow);
	if (route->has_cacheinfo && route->expires)
		show_int(show, "expires", "expires %dsec ",
			 route->expires / sysconf(_SC_CLK_TCK));
	if (route->has_cacheinfo && route->error)
		show_uint(show, "error", "error %u ", route->error);
	if (route->metrics)
		show_metrics(show, route->metrics);
	if (route->has_iif)
		show_string(show, "iif", "iif %s ", link_name(snap, route->iif, text));
	if (route->has_pref && names_route_pref(route->pref))
		show_string(show, "pref", "pref %s", names_route_pref(route->pref));
	else if (route->has_pref)
		show_uint(show, "pref", "%u", route->pref);
	if (route->multipath)
		show_nexthops(show, snap, route);
	show_text(show, "\n");
	show_object_close(show);
}
