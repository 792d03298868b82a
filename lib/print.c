#define _GNU_SOURCE
#include <arpa/inet.h>
#include <net/if.h>
#include <string.h>
#include <libmnl/libmnl.h>
#include <linux/if_addr.h>
#include <linux/if_arp.h>
#include <linux/if_link.h>
#include <linux/rtnetlink.h>

#include "netns.h"
#include "print.h"

#ifndef IFF_LOWER_UP
#define IFF_LOWER_UP 0x10000
#define IFF_DORMANT 0x20000
#define IFF_ECHO 0x40000
#endif

#define INFINITY_LIFE_TIME 0xFFFFFFFFU
#define NUMBER_SIZE 16

struct name {
	unsigned int value;
	const char *name;
};

static const char *name_of(const struct name *table, size_t count,
			   unsigned int value)
{
	for (size_t i = 0; i < count; i++)
		if (table[i].value == value)
			return table[i].name;
	return NULL;
}

#define NAME_OF(table, value) \
	name_of((table), sizeof(table) / sizeof((table)[0]), (value))

static const struct name operstates[] = {
	{ IF_OPER_UNKNOWN, "UNKNOWN" }, { IF_OPER_NOTPRESENT, "NOTPRESENT" },
	{ IF_OPER_DOWN, "DOWN" }, { IF_OPER_LOWERLAYERDOWN, "LOWERLAYERDOWN" },
	{ IF_OPER_TESTING, "TESTING" }, { IF_OPER_DORMANT, "DORMANT" },
	{ IF_OPER_UP, "UP" },
};

/* iproute2 6.1 names no more than these. */
static const struct name linkmodes[] = {
	{ IF_LINK_MODE_DEFAULT, "DEFAULT" }, { IF_LINK_MODE_DORMANT, "DORMANT" },
};

/* iproute2 6.1's names, in its order. */
static const struct name link_types[] = {
	{ ARPHRD_NETROM, "netrom" }, { ARPHRD_ETHER, "ether" },
	{ ARPHRD_EETHER, "eether" }, { ARPHRD_AX25, "ax25" },
	{ ARPHRD_PRONET, "pronet" }, { ARPHRD_CHAOS, "chaos" },
	{ ARPHRD_IEEE802, "ieee802" }, { ARPHRD_ARCNET, "arcnet" },
	{ ARPHRD_APPLETLK, "atalk" }, { ARPHRD_DLCI, "dlci" },
	{ ARPHRD_ATM, "atm" }, { ARPHRD_METRICOM, "metricom" },
	{ ARPHRD_IEEE1394, "ieee1394" }, { ARPHRD_INFINIBAND, "infiniband" },
	{ ARPHRD_SLIP, "slip" }, { ARPHRD_CSLIP, "cslip" },
	{ ARPHRD_SLIP6, "slip6" }, { ARPHRD_CSLIP6, "cslip6" },
	{ ARPHRD_RSRVD, "rsrvd" }, { ARPHRD_ADAPT, "adapt" },
	{ ARPHRD_ROSE, "rose" }, { ARPHRD_X25, "x25" },
	{ ARPHRD_HWX25, "hwx25" }, { ARPHRD_CAN, "can" }, { ARPHRD_PPP, "ppp" },
	{ ARPHRD_HDLC, "hdlc" }, { ARPHRD_LAPB, "lapb" },
	{ ARPHRD_DDCMP, "ddcmp" }, { ARPHRD_RAWHDLC, "rawhdlc" },
	{ ARPHRD_TUNNEL, "ipip" }, { ARPHRD_TUNNEL6, "tunnel6" },
	{ ARPHRD_FRAD, "frad" }, { ARPHRD_SKIP, "skip" },
	{ ARPHRD_LOOPBACK, "loopback" }, { ARPHRD_LOCALTLK, "ltalk" },
	{ ARPHRD_FDDI, "fddi" }, { ARPHRD_BIF, "bif" }, { ARPHRD_SIT, "sit" },
	{ ARPHRD_IPDDP, "ip/ddp" }, { ARPHRD_IPGRE, "gre" },
	{ ARPHRD_PIMREG, "pimreg" }, { ARPHRD_HIPPI, "hippi" },
	{ ARPHRD_ASH, "ash" }, { ARPHRD_ECONET, "econet" },
	{ ARPHRD_IRDA, "irda" }, { ARPHRD_FCPP, "fcpp" },
	{ ARPHRD_FCAL, "fcal" }, { ARPHRD_FCPL, "fcpl" },
	{ ARPHRD_FCFABRIC, "fcfb0" }, { ARPHRD_FCFABRIC + 1, "fcfb1" },
	{ ARPHRD_FCFABRIC + 2, "fcfb2" }, { ARPHRD_FCFABRIC + 3, "fcfb3" },
	{ ARPHRD_FCFABRIC + 4, "fcfb4" }, { ARPHRD_FCFABRIC + 5, "fcfb5" },
	{ ARPHRD_FCFABRIC + 6, "fcfb6" }, { ARPHRD_FCFABRIC + 7, "fcfb7" },
	{ ARPHRD_FCFABRIC + 8, "fcfb8" }, { ARPHRD_FCFABRIC + 9, "fcfb9" },
	{ ARPHRD_FCFABRIC + 10, "fcfb10" }, { ARPHRD_FCFABRIC + 11, "fcfb11" },
	{ ARPHRD_FCFABRIC + 12, "fcfb12" }, { ARPHRD_IEEE802_TR, "tr" },
	{ ARPHRD_IEEE80211, "ieee802.11" },
	{ ARPHRD_IEEE80211_PRISM, "ieee802.11/prism" },
	{ ARPHRD_IEEE80211_RADIOTAP, "ieee802.11/radiotap" },
	{ ARPHRD_IEEE802154, "ieee802.15.4" },
	{ ARPHRD_IEEE802154_MONITOR, "ieee802.15.4/monitor" },
	{ ARPHRD_PHONET, "phonet" }, { ARPHRD_PHONET_PIPE, "phonet_pipe" },
	{ ARPHRD_CAIF, "caif" }, { ARPHRD_IP6GRE, "gre6" },
	{ ARPHRD_NETLINK, "netlink" }, { ARPHRD_6LOWPAN, "6lowpan" },
	{ ARPHRD_NONE, "none" }, { ARPHRD_VOID, "void" },
};


static const struct name scopes[] = {
	{ RT_SCOPE_UNIVERSE, "global" }, { RT_SCOPE_SITE, "site" },
	{ RT_SCOPE_LINK, "link" }, { RT_SCOPE_HOST, "host" },
	{ RT_SCOPE_NOWHERE, "nowhere" },
};

static const struct name protocols[] = {
	{ RTPROT_UNSPEC, "unspec" }, { RTPROT_REDIRECT, "redirect" },
	{ RTPROT_KERNEL, "kernel" }, { RTPROT_BOOT, "boot" },
	{ RTPROT_STATIC, "static" }, { RTPROT_GATED, "gated" },
	{ RTPROT_RA, "ra" }, { RTPROT_MRT, "mrt" }, { RTPROT_ZEBRA, "zebra" },
	{ RTPROT_BIRD, "bird" }, { RTPROT_DNROUTED, "dnrouted" },
	{ RTPROT_XORP, "xorp" }, { RTPROT_NTK, "ntk" }, { RTPROT_DHCP, "dhcp" },
	{ RTPROT_KEEPALIVED, "keepalived" },
	{ RTPROT_BABEL, "babel" }, { RTPROT_OPENR, "openr" },
	{ RTPROT_BGP, "bgp" }, { RTPROT_ISIS, "isis" }, { RTPROT_OSPF, "ospf" },
	{ RTPROT_RIP, "rip" }, { RTPROT_EIGRP, "eigrp" },
};

static const struct name route_types[] = {
	{ RTN_UNSPEC, "none" }, { RTN_UNICAST, "unicast" },
	{ RTN_LOCAL, "local" }, { RTN_BROADCAST, "broadcast" },
	{ RTN_ANYCAST, "anycast" }, { RTN_MULTICAST, "multicast" },
	{ RTN_BLACKHOLE, "blackhole" }, { RTN_UNREACHABLE, "unreachable" },
	{ RTN_PROHIBIT, "prohibit" }, { RTN_THROW, "throw" },
	{ RTN_NAT, "nat" }, { RTN_XRESOLVE, "xresolve" },
};

/* In the order iproute2 shows them. */
static const struct name link_flags[] = {
	{ IFF_LOOPBACK, "LOOPBACK" }, { IFF_BROADCAST, "BROADCAST" },
	{ IFF_POINTOPOINT, "POINTOPOINT" }, { IFF_MULTICAST, "MULTICAST" },
	{ IFF_NOARP, "NOARP" }, { IFF_ALLMULTI, "ALLMULTI" },
	{ IFF_PROMISC, "PROMISC" }, { IFF_MASTER, "MASTER" },
	{ IFF_SLAVE, "SLAVE" }, { IFF_DEBUG, "DEBUG" },
	{ IFF_DYNAMIC, "DYNAMIC" }, { IFF_AUTOMEDIA, "AUTOMEDIA" },
	{ IFF_PORTSEL, "PORTSEL" }, { IFF_NOTRAILERS, "NOTRAILERS" },
	{ IFF_UP, "UP" }, { IFF_LOWER_UP, "LOWER_UP" },
	{ IFF_DORMANT, "DORMANT" }, { IFF_ECHO, "ECHO" },
};

static const struct name addr_flags[] = {
	{ IFA_F_SECONDARY, "secondary" }, { IFA_F_NODAD, "nodad" },
	{ IFA_F_OPTIMISTIC, "optimistic" }, { IFA_F_DADFAILED, "dadfailed" },
	{ IFA_F_HOMEADDRESS, "home" }, { IFA_F_DEPRECATED, "deprecated" },
	{ IFA_F_TENTATIVE, "tentative" }, { IFA_F_PERMANENT, "permanent" },
	{ IFA_F_MANAGETEMPADDR, "mngtmpaddr" },
	{ IFA_F_NOPREFIXROUTE, "noprefixroute" },
	{ IFA_F_MCAUTOJOIN, "autojoin" },
	{ IFA_F_STABLE_PRIVACY, "stable-privacy" },
};

/* In the order iproute2 shows them. */
static const struct name route_flags[] = {
	{ RTNH_F_DEAD, "dead" }, { RTNH_F_ONLINK, "onlink" },
	{ RTNH_F_PERVASIVE, "pervasive" }, { RTNH_F_OFFLOAD, "offload" },
	{ RTNH_F_LINKDOWN, "linkdown" }, { RTNH_F_UNRESOLVED, "unresolved" },
};

const char *print_operstate_name(unsigned int state)
{
	return NAME_OF(operstates, state);
}

const char *print_link_type_name(unsigned int type)
{
	return NAME_OF(link_types, type);
}

const char *print_scope_name(unsigned int scope)
{
	return NAME_OF(scopes, scope);
}

const char *print_protocol_name(unsigned int protocol)
{
	return NAME_OF(protocols, protocol);
}

/* NAME, or VALUE as a number in BUF when it has no name. */
static const char *or_number(const char *name, unsigned int value, char *buf)
{
	if (name)
		return name;
	snprintf(buf, NUMBER_SIZE, "%u", value);
	return buf;
}

void print_link_flags(FILE *out, unsigned int flags, bool lower_down)
{
	const char *sep = "";

	fputc('<', out);
	if ((flags & IFF_UP) && !(flags & IFF_RUNNING)) {
		fputs("NO-CARRIER", out);
		sep = ",";
	}
	flags &= ~IFF_RUNNING;
	for (size_t i = 0; i < sizeof(link_flags) / sizeof(link_flags[0]); i++) {
		if (!(flags & link_flags[i].value))
			continue;
		fprintf(out, "%s%s", sep, link_flags[i].name);
		flags &= ~link_flags[i].value;
		sep = ",";
	}
	if (flags)
		fprintf(out, "%s%x", sep, flags);
	if (lower_down)
		fputs(",M-DOWN", out);
	fputs("> ", out);
}

#define TEXT_SIZE (LINK_ADDR_MAX * 3 + 1)

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

/* The name of the dumped device INDEX, or "ifINDEX". */
static const char *link_name_text(const struct print_ctx *ctx, uint32_t index,
				  char *buf)
{
	struct link_info other;

	if (link_find_index(ctx->links, (int)index, &other) == 0)
		snprintf(buf, TEXT_SIZE, "%s", other.name);
	else
		snprintf(buf, TEXT_SIZE, "if%u", index);
	return buf;
}

static void print_ip(FILE *out, int family, const uint8_t *addr)
{
	char text[TEXT_SIZE];

	fputs(ip_text(family, addr, text), out);
}

static void print_hw_addr(FILE *out, unsigned short type, const uint8_t *addr,
			  unsigned int len)
{
	char text[TEXT_SIZE];

	fputs(hw_text(type, addr, len, text), out);
}

static void print_link_name(FILE *out, const struct print_ctx *ctx, uint32_t index)
{
	char text[TEXT_SIZE];

	fputs(link_name_text(ctx, index, text), out);
}

static void print_peer_netns(FILE *out, const struct link_info *link,
			     const struct print_ctx *ctx)
{
	char name[256];

	if (link->link_netnsid < 0)
		fputs(" link-netnsid unknown", out);
	else if (ctx->rt && netns_name_of_id(ctx->rt, link->link_netnsid,
					     name, sizeof(name)) == 0)
		fprintf(out, " link-netns %s", name);
	else
		fprintf(out, " link-netnsid %d", link->link_netnsid);
}

static void print_altnames(FILE *out, const struct nlattr *list)
{
	const struct nlattr *attr;

	mnl_attr_for_each_nested(attr, list) {
		if (mnl_attr_get_type(attr) == IFLA_ALT_IFNAME &&
		    mnl_attr_validate(attr, MNL_TYPE_NUL_STRING) == 0)
			fprintf(out, "\n    altname %s", mnl_attr_get_str(attr));
	}
}

void print_link(FILE *out, const struct link_info *link,
		const struct print_ctx *ctx, bool with_mode)
{
	char num[NUMBER_SIZE];
	struct link_info lower;
	bool lower_down = false;

	fprintf(out, "%d: %s", link->index, link->name);
	if (link->has_link) {
		if (link->link == 0) {
			fputs("@NONE", out);
		} else if (link->has_link_netnsid) {
			fprintf(out, "@if%u", link->link);
		} else {
			fputc('@', out);
			print_link_name(out, ctx, link->link);
			/* A peer or lower device here that is down. */
			lower_down = link_find_index(ctx->links, (int)link->link,
						     &lower) == 0 &&
				     !(lower.flags & IFF_UP);
		}
	}
	fputs(": ", out);
	print_link_flags(out, link->flags, lower_down);
	fprintf(out, "mtu %u ", link->mtu);
	if (link->qdisc[0])
		fprintf(out, "qdisc %s ", link->qdisc);
	if (link->master) {
		fputs("master ", out);
		print_link_name(out, ctx, link->master);
		fputc(' ', out);
	}
	if (print_operstate_name(link->operstate))
		fprintf(out, "state %s ", print_operstate_name(link->operstate));
	else
		fprintf(out, "state %#x", link->operstate);
	if (with_mode && link->has_linkmode)
		fprintf(out, "mode %s ", or_number(NAME_OF(linkmodes, link->linkmode),
			    link->linkmode, num));
	if (link->group)
		fprintf(out, "group %u ", link->group);
	else
		fputs("group default ", out);
	if (link->txqlen)
		fprintf(out, "qlen %u", link->txqlen);
	fputc('\n', out);

	if (print_link_type_name(link->type))
		fprintf(out, "    link/%s ", print_link_type_name(link->type));
	else
		fprintf(out, "    link/[%u] ", link->type);
	print_hw_addr(out, link->type, link->address, link->address_len);
	if (link->broadcast_len) {
		fputs(link->flags & IFF_POINTOPOINT ? " peer " : " brd ", out);
		print_hw_addr(out, link->type, link->broadcast, link->broadcast_len);
	}
	if (link->perm_address_len && (link->perm_address_len != link->address_len ||
	    memcmp(link->perm_address, link->address, link->address_len) != 0)) {
		fputs(" permaddr ", out);
		print_hw_addr(out, link->type, link->perm_address,
			      link->perm_address_len);
	}
	if (link->has_link_netnsid)
		print_peer_netns(out, link, ctx);
	/* As ip link shows it; ip addr does not. */
	if (with_mode && link->alias)
		fprintf(out, "\n    alias %s", link->alias);
	if (link->altnames)
		print_altnames(out, link->altnames);
	fputc('\n', out);
}

static void print_lifetime(FILE *out, const char *what, uint32_t seconds)
{
	if (seconds == INFINITY_LIFE_TIME)
		fprintf(out, "%s forever", what);
	else
		fprintf(out, "%s %usec", what, seconds);
}

void print_addr(FILE *out, const struct addr_info *addr)
{
	char num[NUMBER_SIZE];
	uint32_t flags = addr->flags;
	unsigned int bytes = addr->family == AF_INET ? 4 : 16;

	fprintf(out, "    %s ", addr->family == AF_INET ? "inet" : "inet6");
	print_ip(out, addr->family, addr->local);
	if (memcmp(addr->local, addr->address, bytes) != 0) {
		fputs(" peer ", out);
		print_ip(out, addr->family, addr->address);
	}
	fprintf(out, "/%u ", addr->prefixlen);
	if (addr->has_broadcast) {
		fputs("brd ", out);
		print_ip(out, addr->family, addr->broadcast);
		fputc(' ', out);
	}
	if (addr->has_anycast) {
		fputs("any ", out);
		print_ip(out, addr->family, addr->anycast);
		fputc(' ', out);
	}
	fprintf(out, "scope %s ", or_number(print_scope_name(addr->scope), addr->scope, num));
	for (size_t i = 0; i < sizeof(addr_flags) / sizeof(addr_flags[0]); i++) {
		uint32_t mask = addr_flags[i].value;
		if (mask == IFA_F_PERMANENT) {
			if (!(flags & mask))
				fputs("dynamic ", out);
		} else if (flags & mask) {
			/* The same bit means "temporary" for IPv6. */
			if (mask == IFA_F_SECONDARY && addr->family == AF_INET6)
				fputs("temporary ", out);
			else
				fprintf(out, "%s ", addr_flags[i].name);
		}
		flags &= ~mask;
	}
	if (flags)
		fprintf(out, "flags %02x ", flags);
	fputs(addr->label, out);
	if (addr->has_cacheinfo) {
		fputs("\n       ", out);
		print_lifetime(out, "valid_lft", addr->valid_lft);
		fputc(' ', out);
		print_lifetime(out, "preferred_lft", addr->preferred_lft);
	}
	fputc('\n', out);
}

static const char *route_pref_name(uint8_t pref)
{
	switch (pref) {
	case 0: return "medium";
	case 1: return "high";
	case 3: return "low";
	default: return NULL;
	}
}

void print_route(FILE *out, const struct route_info *route,
		 const struct print_ctx *ctx)
{
	char num[NUMBER_SIZE];
	unsigned int host_len = route->family == AF_INET ? 32 : 128;

	if (route->type != RTN_UNICAST)
		fprintf(out, "%s ", or_number(NAME_OF(route_types, route->type), route->type, num));
	if (route->has_dst) {
		print_ip(out, route->family, route->dst);
		if (route->dst_len != host_len)
			fprintf(out, "/%u", route->dst_len);
		fputc(' ', out);
	} else if (route->dst_len) {
		fprintf(out, "0/%u ", route->dst_len);
	} else {
		fputs("default ", out);
	}
	if (route->tos)
		fprintf(out, "tos 0x%02x ", route->tos);
	if (route->has_gateway) {
		fputs("via ", out);
		print_ip(out, route->family, route->gateway);
		fputc(' ', out);
	}
	if (route->oif) {
		fputs("dev ", out);
		print_link_name(out, ctx, route->oif);
		fputc(' ', out);
	}
	if (route->protocol != RTPROT_BOOT)
		fprintf(out, "proto %s ", or_number(print_protocol_name(route->protocol), route->protocol, num));
	if (route->scope != RT_SCOPE_UNIVERSE)
		fprintf(out, "scope %s ", or_number(print_scope_name(route->scope), route->scope, num));
	if (route->has_prefsrc) {
		fputs("src ", out);
		print_ip(out, route->family, route->prefsrc);
		fputc(' ', out);
	}
	if (route->has_priority)
		fprintf(out, "metric %u ", route->priority);
	for (size_t i = 0; i < sizeof(route_flags) / sizeof(route_flags[0]); i++)
		if (route->flags & route_flags[i].value)
			fprintf(out, "%s ", route_flags[i].name);
	if (route->has_pref)
		fprintf(out, "pref %s", or_number(route_pref_name(route->pref), route->pref, num));
	fputc('\n', out);
}

static void json_link_flags(struct json *json, unsigned int flags, bool lower_down)
{
	json_open_array(json, "flags");
	if ((flags & IFF_UP) && !(flags & IFF_RUNNING))
		json_string(json, NULL, "NO-CARRIER");
	for (size_t i = 0; i < sizeof(link_flags) / sizeof(link_flags[0]); i++)
		if (flags & link_flags[i].value)
			json_string(json, NULL, link_flags[i].name);
	if (lower_down)
		json_string(json, NULL, "M-DOWN");
	json_close_array(json);
}

void print_link_json(struct json *json, const struct link_info *link,
		     const struct print_ctx *ctx, bool with_mode)
{
	char text[TEXT_SIZE];
	struct link_info lower;
	bool lower_down = false;

	json_uint(json, "ifindex", (unsigned int)link->index);
	if (link->has_link && link->link && link->has_link_netnsid) {
		json_uint(json, "link_index", link->link);
	} else if (link->has_link && link->link) {
		json_string(json, "link", link_name_text(ctx, link->link, text));
		lower_down = link_find_index(ctx->links, (int)link->link, &lower) == 0 &&
			     !(lower.flags & IFF_UP);
	}
	json_string(json, "ifname", link->name);
	json_link_flags(json, link->flags, lower_down);
	json_uint(json, "mtu", link->mtu);
	if (link->qdisc[0])
		json_string(json, "qdisc", link->qdisc);
	if (link->master)
		json_string(json, "master", link_name_text(ctx, link->master, text));
	if (print_operstate_name(link->operstate))
		json_string(json, "operstate", print_operstate_name(link->operstate));
	else
		json_uint(json, "operstate_index", link->operstate);
	if (with_mode && link->has_linkmode) {
		if (NAME_OF(linkmodes, link->linkmode))
			json_string(json, "linkmode", NAME_OF(linkmodes, link->linkmode));
		else
			json_uint(json, "linkmode_index", link->linkmode);
	}
	json_string(json, "group", link->group ? or_number(NULL, link->group, text)
					      : "default");
	if (link->txqlen)
		json_uint(json, "txqlen", link->txqlen);
	if (print_link_type_name(link->type)) {
		json_string(json, "link_type", print_link_type_name(link->type));
	} else {
		snprintf(text, sizeof(text), "[%u]", link->type);
		json_string(json, "link_type", text);
	}
	if (link->address_len)
		json_string(json, "address", hw_text(link->type, link->address,
						     link->address_len, text));
	if (link->broadcast_len) {
		if (link->flags & IFF_POINTOPOINT)
			json_bool(json, "link_pointtopoint", true);
		json_string(json, "broadcast", hw_text(link->type, link->broadcast,
						       link->broadcast_len, text));
	}
	if (link->perm_address_len && (link->perm_address_len != link->address_len ||
	    memcmp(link->perm_address, link->address, link->address_len) != 0))
		json_string(json, "permaddr", hw_text(link->type, link->perm_address,
						      link->perm_address_len, text));
	if (link->has_link_netnsid)
		json_int(json, "link_netnsid", link->link_netnsid);
	if (with_mode && link->alias)
		json_string(json, "ifalias", link->alias);
	if (link->altnames) {
		const struct nlattr *attr;

		json_open_array(json, "altnames");
		mnl_attr_for_each_nested(attr, link->altnames) {
			if (mnl_attr_get_type(attr) == IFLA_ALT_IFNAME &&
			    mnl_attr_validate(attr, MNL_TYPE_NUL_STRING) == 0)
				json_string(json, NULL, mnl_attr_get_str(attr));
		}
		json_close_array(json);
	}
}

void print_addr_json(struct json *json, const struct addr_info *addr)
{
	char text[TEXT_SIZE];
	uint32_t flags = addr->flags;
	unsigned int bytes = addr->family == AF_INET ? 4 : 16;

	json_open_object(json, NULL);
	json_string(json, "family", addr->family == AF_INET ? "inet" : "inet6");
	json_string(json, "local", ip_text(addr->family, addr->local, text));
	if (memcmp(addr->local, addr->address, bytes) != 0)
		json_string(json, "address", ip_text(addr->family, addr->address, text));
	json_uint(json, "prefixlen", addr->prefixlen);
	if (addr->has_broadcast)
		json_string(json, "broadcast", ip_text(addr->family, addr->broadcast, text));
	if (addr->has_anycast)
		json_string(json, "anycast", ip_text(addr->family, addr->anycast, text));
	json_string(json, "scope", or_number(print_scope_name(addr->scope),
					     addr->scope, text));
	for (size_t i = 0; i < sizeof(addr_flags) / sizeof(addr_flags[0]); i++) {
		uint32_t mask = addr_flags[i].value;
		if (mask == IFA_F_PERMANENT) {
			if (!(flags & mask))
				json_bool(json, "dynamic", true);
		} else if (flags & mask) {
			json_bool(json, mask == IFA_F_SECONDARY && addr->family == AF_INET6
				  ? "temporary" : addr_flags[i].name, true);
		}
	}
	if (addr->label[0])
		json_string(json, "label", addr->label);
	if (addr->has_cacheinfo) {
		json_uint(json, "valid_life_time", addr->valid_lft);
		json_uint(json, "preferred_life_time", addr->preferred_lft);
	}
	json_close_object(json);
}

void print_route_json(struct json *json, const struct route_info *route,
		      const struct print_ctx *ctx)
{
	char text[TEXT_SIZE], dst[TEXT_SIZE + 8];
	unsigned int host_len = route->family == AF_INET ? 32 : 128;

	json_open_object(json, NULL);
	if (route->type != RTN_UNICAST)
		json_string(json, "type", or_number(NAME_OF(route_types, route->type),
						    route->type, text));
	if (route->has_dst && route->dst_len != host_len)
		snprintf(dst, sizeof(dst), "%s/%u",
			 ip_text(route->family, route->dst, text), route->dst_len);
	else if (route->has_dst)
		snprintf(dst, sizeof(dst), "%s", ip_text(route->family, route->dst, text));
	else if (route->dst_len)
		snprintf(dst, sizeof(dst), "0/%u", route->dst_len);
	else
		snprintf(dst, sizeof(dst), "default");
	json_string(json, "dst", dst);
	if (route->tos) {
		snprintf(text, sizeof(text), "0x%02x", route->tos);
		json_string(json, "tos", text);
	}
	if (route->has_gateway)
		json_string(json, "gateway", ip_text(route->family, route->gateway, text));
	if (route->oif)
		json_string(json, "dev", link_name_text(ctx, route->oif, text));
	if (route->protocol != RTPROT_BOOT)
		json_string(json, "protocol", or_number(print_protocol_name(route->protocol),
							route->protocol, text));
	if (route->scope != RT_SCOPE_UNIVERSE)
		json_string(json, "scope", or_number(print_scope_name(route->scope),
						     route->scope, text));
	if (route->has_prefsrc)
		json_string(json, "prefsrc", ip_text(route->family, route->prefsrc, text));
	if (route->has_priority)
		json_uint(json, "metric", route->priority);
	json_open_array(json, "flags");
	for (size_t i = 0; i < sizeof(route_flags) / sizeof(route_flags[0]); i++)
		if (route->flags & route_flags[i].value)
			json_string(json, NULL, route_flags[i].name);
	json_close_array(json);
	if (route->has_pref)
		json_string(json, "pref", or_number(route_pref_name(route->pref),
						    route->pref, text));
	json_close_object(json);
}
