/* print_detail: what ip -d link adds to a link, as iproute2 6.1 prints
 * it, read from the link's message: its counts and limits, its kind and
 * the settings of that kind (VXLAN's in full), the kind of its master,
 * its IPv6 address generation mode, its queues and offload sizes. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <string.h>
#include <libmnl/libmnl.h>
#include <linux/if_link.h>
#include <linux/rtnetlink.h>

#include "print.h"

/* One u32 of the link's message that ip -d prints as a number, after
 * the words BEFORE. */
struct detail_number {
	uint16_t type;
	const char *key, *before;
};

/* Those on the link/ line, before the kind. */
static const struct detail_number counts[] = {
	{ IFLA_PROMISCUITY, "promiscuity", " promiscuity " },
	{ IFLA_ALLMULTI, "allmulti", " allmulti " },
	{ IFLA_MIN_MTU, "min_mtu", "minmtu " },
	{ IFLA_MAX_MTU, "max_mtu", "maxmtu " },
};

/* Those after the kind and the address generation mode. */
static const struct detail_number sizes[] = {
	{ IFLA_NUM_TX_QUEUES, "num_tx_queues", "numtxqueues " },
	{ IFLA_NUM_RX_QUEUES, "num_rx_queues", "numrxqueues " },
	{ IFLA_GSO_MAX_SIZE, "gso_max_size", "gso_max_size " },
	{ IFLA_GSO_MAX_SEGS, "gso_max_segs", "gso_max_segs " },
	{ IFLA_TSO_MAX_SIZE, "tso_max_size", "tso_max_size " },
	{ IFLA_TSO_MAX_SEGS, "tso_max_segs", "tso_max_segs " },
	{ IFLA_GRO_MAX_SIZE, "gro_max_size", "gro_max_size " },
};

/* The attributes of one message or nest, by type up to MAX (ip's
 * parse_rtattr: a later one of a type wins; those past MAX are left). */
struct attrs {
	const struct nlattr *of[IFLA_MAX + 1];
	unsigned int max;
};

static void attrs_take(struct attrs *tb, const struct nlattr *attr)
{
	if (mnl_attr_get_type(attr) <= tb->max)
		tb->of[mnl_attr_get_type(attr)] = attr;
}

static void attrs_of_nest(struct attrs *tb, unsigned int max, const struct nlattr *nest)
{
	const struct nlattr *attr;

	memset(tb, 0, sizeof(*tb));
	tb->max = max;
	if (!nest)
		return;
	mnl_attr_for_each_nested(attr, nest) {
		attrs_take(tb, attr);
	}
}

/* Whether ATTR is there with a payload of at least SIZE bytes. */
static bool has(const struct nlattr *attr, size_t size)
{
	return attr && mnl_attr_get_payload_len(attr) >= size;
}

static uint8_t u8_of(const struct nlattr *attr)
{
	return *(const uint8_t *)mnl_attr_get_payload(attr);
}

static uint32_t u32_of(const struct nlattr *attr)
{
	uint32_t value;

	memcpy(&value, mnl_attr_get_payload(attr), sizeof(value));
	return value;
}

/* A NUL-terminated string attribute, or NULL. */
static const char *string_of(const struct nlattr *attr)
{
	return attr && mnl_attr_validate(attr, MNL_TYPE_NUL_STRING) == 0
		? mnl_attr_get_str(attr) : NULL;
}

static void show_numbers(struct show *show, const struct attrs *tb,
			 const struct detail_number *numbers, size_t count)
{
	for (size_t i = 0; i < count; i++) {
		if (!has(tb->of[numbers[i].type], sizeof(uint32_t)))
			continue;
		show_text(show, "%s", numbers[i].before);
		show_uint(show, numbers[i].key, "%u ", u32_of(tb->of[numbers[i].type]));
	}
}

/* An IPv4 or IPv6 address of a VXLAN link, in TEXT (INET6_ADDRSTRLEN);
 * NULL when it is all zeros or not of its family's size. */
static const char *vxlan_address(const struct nlattr *attr, int family, bool *multicast,
				 char *text)
{
	size_t size = family == AF_INET ? 4 : 16;
	static const uint8_t zeros[16];
	const uint8_t *bytes;

	if (!has(attr, size))
		return NULL;
	bytes = mnl_attr_get_payload(attr);
	if (memcmp(bytes, zeros, size) == 0)
		return NULL;
	*multicast = family == AF_INET ? (bytes[0] & 0xf0) == 0xe0 : bytes[0] == 0xff;
	return inet_ntop(family, bytes, text, INET6_ADDRSTRLEN) ? text : "?";
}

/* "group ADDR " or "remote ADDR ", from GROUP, else GROUP6; then
 * "local ADDR " from LOCAL, else LOCAL6 (JSON: group, remote, local,
 * or the same with 6). */
static void show_vxlan_addresses(struct show *show, const struct attrs *tb)
{
	char text[INET6_ADDRSTRLEN];
	const char *address;
	bool multicast = false;

	if (tb->of[IFLA_VXLAN_GROUP]) {
		address = vxlan_address(tb->of[IFLA_VXLAN_GROUP], AF_INET, &multicast, text);
		if (address)
			show_string(show, multicast ? "group" : "remote",
				    multicast ? "group %s " : "remote %s ", address);
	} else if (tb->of[IFLA_VXLAN_GROUP6]) {
		address = vxlan_address(tb->of[IFLA_VXLAN_GROUP6], AF_INET6, &multicast, text);
		if (address)
			show_string(show, multicast ? "group6" : "remote6",
				    multicast ? "group %s " : "remote %s ", address);
	}
	if (tb->of[IFLA_VXLAN_LOCAL]) {
		address = vxlan_address(tb->of[IFLA_VXLAN_LOCAL], AF_INET, &multicast, text);
		if (address)
			show_string(show, "local", "local %s ", address);
	} else if (tb->of[IFLA_VXLAN_LOCAL6]) {
		address = vxlan_address(tb->of[IFLA_VXLAN_LOCAL6], AF_INET6, &multicast, text);
		if (address)
			show_string(show, "local6", "local %s ", address);
	}
}

/* A u8 switch of a VXLAN link that ip names only when it is on. */
static void show_vxlan_on(struct show *show, const struct nlattr *attr,
			  const char *key, const char *text)
{
	if (has(attr, 1) && u8_of(attr))
		show_flag(show, key, text);
}

/* A checksum switch: "udpcsum " or "noudpcsum "; JSON KEY: true|false. */
static void show_vxlan_csum(struct show *show, const struct nlattr *attr,
			    const char *key, const char *word)
{
	if (!has(attr, 1))
		return;
	show_json_bool(show, key, u8_of(attr));
	show_text(show, "%s%s ", u8_of(attr) ? "" : "no", word);
}

/* "WORD 0x1f " (JSON: KEY: "0x1f"), as ip's print_0xhex. */
static void show_vxlan_hex(struct show *show, const char *key, const char *word,
			   unsigned int value)
{
	char hex[16];

	snprintf(hex, sizeof(hex), "%#x", value);
	show_text(show, "%s ", word);
	show_string(show, key, "%s ", hex);
}

/* The ports: "srcport LOW HIGH dstport PORT " (JSON port_range, port). */
static void show_vxlan_ports(struct show *show, const struct attrs *tb)
{
	if (has(tb->of[IFLA_VXLAN_PORT_RANGE], sizeof(struct ifla_vxlan_port_range))) {
		struct ifla_vxlan_port_range range;

		memcpy(&range, mnl_attr_get_payload(tb->of[IFLA_VXLAN_PORT_RANGE]),
		       sizeof(range));
		show_object_open(show, "port_range");
		show_uint(show, "low", "srcport %u ", ntohs(range.low));
		show_uint(show, "high", "%u ", ntohs(range.high));
		show_object_close(show);
	}
	if (has(tb->of[IFLA_VXLAN_PORT], sizeof(uint16_t))) {
		uint16_t port;

		memcpy(&port, mnl_attr_get_payload(tb->of[IFLA_VXLAN_PORT]), sizeof(port));
		show_uint(show, "port", "dstport %u ", ntohs(port));
	}
}

/* tos, ttl and df: "tos inherit ", "ttl auto ", JSON df "unset". */
static void show_vxlan_ip_header(struct show *show, const struct attrs *tb)
{
	const struct nlattr *df = tb->of[IFLA_VXLAN_DF];
	uint8_t tos = has(tb->of[IFLA_VXLAN_TOS], 1) ? u8_of(tb->of[IFLA_VXLAN_TOS]) : 0;

	if (tos == 1 && !show->json)
		show_text(show, "tos inherit ");
	else if (tos)
		show_vxlan_hex(show, "tos", "tos", tos);
	if (has(tb->of[IFLA_VXLAN_TTL_INHERIT], 1) && u8_of(tb->of[IFLA_VXLAN_TTL_INHERIT])) {
		show_text(show, "ttl inherit ");
	} else if (has(tb->of[IFLA_VXLAN_TTL], 1)) {
		uint8_t ttl = u8_of(tb->of[IFLA_VXLAN_TTL]);

		if (ttl || show->json)
			show_uint(show, "ttl", "ttl %u ", ttl);
		else
			show_text(show, "ttl auto ");
	}
	if (has(df, 1) && u8_of(df) == VXLAN_DF_UNSET)
		show_json_string(show, "df", "unset");
	else if (has(df, 1) && u8_of(df) == VXLAN_DF_SET)
		show_string(show, "df", "df %s ", "set");
	else if (has(df, 1) && u8_of(df) == VXLAN_DF_INHERIT)
		show_string(show, "df", "df %s ", "inherit");
}

/* IFLA_INFO_DATA of a VXLAN link, each setting as ip -d names it. */
static void show_vxlan(struct show *show, const struct snapshot *snap,
		       const struct nlattr *data)
{
	struct attrs tb;

	if (!data)
		return;
	attrs_of_nest(&tb, IFLA_VXLAN_MAX, data);
	show_vxlan_on(show, tb.of[IFLA_VXLAN_COLLECT_METADATA], "external", "external ");
	/* No space after it: ip 6.1's. */
	show_vxlan_on(show, tb.of[IFLA_VXLAN_VNIFILTER], "vnifilter", "vnifilter");
	if (has(tb.of[IFLA_VXLAN_ID], sizeof(uint32_t)))
		show_uint(show, "id", "id %u ", u32_of(tb.of[IFLA_VXLAN_ID]));
	show_vxlan_addresses(show, &tb);
	if (has(tb.of[IFLA_VXLAN_LINK], sizeof(uint32_t)) && u32_of(tb.of[IFLA_VXLAN_LINK])) {
		uint32_t index = u32_of(tb.of[IFLA_VXLAN_LINK]);
		const struct link_info *lower = snapshot_link(snap, (int)index);
		char name[16];

		snprintf(name, sizeof(name), "if%u", index);
		show_string(show, "link", "dev %s ", lower ? lower->name : name);
	}
	show_vxlan_ports(show, &tb);
	if (has(tb.of[IFLA_VXLAN_LEARNING], 1)) {
		show_json_bool(show, "learning", u8_of(tb.of[IFLA_VXLAN_LEARNING]));
		if (!u8_of(tb.of[IFLA_VXLAN_LEARNING]))
			show_text(show, "nolearning ");
	}
	show_vxlan_on(show, tb.of[IFLA_VXLAN_PROXY], "proxy", "proxy ");
	show_vxlan_on(show, tb.of[IFLA_VXLAN_RSC], "rsc", "rsc ");
	show_vxlan_on(show, tb.of[IFLA_VXLAN_L2MISS], "l2miss", "l2miss ");
	show_vxlan_on(show, tb.of[IFLA_VXLAN_L3MISS], "l3miss", "l3miss ");
	show_vxlan_ip_header(show, &tb);
	if (has(tb.of[IFLA_VXLAN_LABEL], sizeof(uint32_t)) && u32_of(tb.of[IFLA_VXLAN_LABEL]))
		show_vxlan_hex(show, "label", "flowlabel", ntohl(u32_of(tb.of[IFLA_VXLAN_LABEL])));
	if (has(tb.of[IFLA_VXLAN_AGEING], sizeof(uint32_t))) {
		uint32_t ageing = u32_of(tb.of[IFLA_VXLAN_AGEING]);

		if (ageing) {
			show_uint(show, "ageing", "ageing %u ", ageing);
		} else {
			show_text(show, "ageing none ");
			show_json_uint(show, "ageing", 0);
		}
	}
	if (has(tb.of[IFLA_VXLAN_LIMIT], sizeof(uint32_t)) && u32_of(tb.of[IFLA_VXLAN_LIMIT]))
		show_uint(show, "limit", "maxaddr %u ", u32_of(tb.of[IFLA_VXLAN_LIMIT]));
	show_vxlan_csum(show, tb.of[IFLA_VXLAN_UDP_CSUM], "udp_csum", "udpcsum");
	show_vxlan_csum(show, tb.of[IFLA_VXLAN_UDP_ZERO_CSUM6_TX], "udp_zero_csum6_tx",
			"udp6zerocsumtx");
	show_vxlan_csum(show, tb.of[IFLA_VXLAN_UDP_ZERO_CSUM6_RX], "udp_zero_csum6_rx",
			"udp6zerocsumrx");
	show_vxlan_on(show, tb.of[IFLA_VXLAN_REMCSUM_TX], "remcsum_tx", "remcsumtx ");
	show_vxlan_on(show, tb.of[IFLA_VXLAN_REMCSUM_RX], "remcsum_rx", "remcsumrx ");
	if (tb.of[IFLA_VXLAN_GBP])
		show_flag(show, "gbp", "gbp ");
	if (tb.of[IFLA_VXLAN_GPE])
		show_flag(show, "gpe", "gpe ");
}

/* "\n    KIND " and, for a kind whose settings tinyip reads, "info_data";
 * then "\n    KIND_slave " for the master's kind (JSON: "linkinfo"). */
static void show_kind(struct show *show, const struct snapshot *snap,
		      const struct nlattr *linkinfo)
{
	struct attrs info;
	const char *kind;

	attrs_of_nest(&info, IFLA_INFO_MAX, linkinfo);
	show_object_open(show, "linkinfo");
	if ((kind = string_of(info.of[IFLA_INFO_KIND]))) {
		show_string(show, "info_kind", "\n    %s ", kind);
		if (strcmp(kind, "vxlan") == 0) {
			show_object_open(show, "info_data");
			show_vxlan(show, snap, info.of[IFLA_INFO_DATA]);
			show_object_close(show);
		} else if (strcmp(kind, "bridge") == 0) {
			show_object_open(show, "info_data");
			print_bridge(show, info.of[IFLA_INFO_DATA]);
			show_object_close(show);
		}
	}
	if ((kind = string_of(info.of[IFLA_INFO_SLAVE_KIND]))) {
		show_string(show, "info_slave_kind", "\n    %s_slave ", kind);
		if (strcmp(kind, "bridge") == 0) {
			show_object_open(show, "info_slave_data");
			print_bridge_port(show, snap, info.of[IFLA_INFO_SLAVE_DATA]);
			show_object_close(show);
		}
	}
	show_object_close(show);
}

/* "addrgenmode eui64 " from IFLA_AF_SPEC's IPv6 part. */
static void show_addr_gen_mode(struct show *show, const struct nlattr *af_spec)
{
	static const char *const modes[] = {
		[IN6_ADDR_GEN_MODE_EUI64] = "eui64",
		[IN6_ADDR_GEN_MODE_NONE] = "none",
		[IN6_ADDR_GEN_MODE_STABLE_PRIVACY] = "stable_secret",
		[IN6_ADDR_GEN_MODE_RANDOM] = "random",
	};
	const struct nlattr *inet6 = NULL, *attr;
	struct attrs tb;
	char text[8];
	uint8_t mode;

	mnl_attr_for_each_nested(attr, af_spec)
		if (mnl_attr_get_type(attr) == AF_INET6)
			inet6 = attr;
	if (!inet6)
		return;
	attrs_of_nest(&tb, IFLA_INET6_MAX, inet6);
	if (!has(tb.of[IFLA_INET6_ADDR_GEN_MODE], 1))
		return;
	mode = u8_of(tb.of[IFLA_INET6_ADDR_GEN_MODE]);
	snprintf(text, sizeof(text), "%#.2hhx", mode);
	show_string(show, "inet6_addr_gen_mode", "addrgenmode %s ",
		    mode < sizeof(modes) / sizeof(modes[0]) ? modes[mode] : text);
}

/* A string attribute, or bytes in hex ("portid 0a1b "). */
static void show_port_words(struct show *show, const struct attrs *tb)
{
	static const struct detail_number ids[] = {
		{ IFLA_PHYS_PORT_ID, "phys_port_id", "portid " },
		{ IFLA_PHYS_SWITCH_ID, "phys_switch_id", "switchid " },
	};
	const char *name;

	if ((name = string_of(tb->of[IFLA_PHYS_PORT_NAME])))
		show_string(show, "phys_port_name", "portname %s ", name);
	for (size_t i = 0; i < sizeof(ids) / sizeof(ids[0]); i++) {
		const struct nlattr *attr = tb->of[ids[i].type];
		char hex[2 * 32 + 1] = "";
		const uint8_t *bytes;
		size_t len;

		if (!attr)
			continue;
		bytes = mnl_attr_get_payload(attr);
		len = mnl_attr_get_payload_len(attr);
		/* At most 31 bytes, as ip 6.1's 64-byte buffer takes. */
		for (size_t at = 0; at < len && at < 31; at++)
			snprintf(hex + 2 * at, 3, "%02x", bytes[at]);
		show_text(show, "%s", ids[i].before);
		show_string(show, ids[i].key, "%s ", hex);
	}
	if ((name = string_of(tb->of[IFLA_PARENT_DEV_BUS_NAME])))
		show_string(show, "parentbus", "parentbus %s ", name);
	if ((name = string_of(tb->of[IFLA_PARENT_DEV_NAME])))
		show_string(show, "parentdev", "parentdev %s ", name);
}

void print_link_details(struct show *show, const struct snapshot *snap,
			const struct link_info *link)
{
	const struct nlattr *attr;
	struct attrs tb = { .max = IFLA_MAX };

	if (!link->msg)
		return;
	mnl_attr_for_each(attr, link->msg, sizeof(struct ifinfomsg)) {
		attrs_take(&tb, attr);
	}
	show_numbers(show, &tb, counts, sizeof(counts) / sizeof(counts[0]));
	if (tb.of[IFLA_LINKINFO])
		show_kind(show, snap, tb.of[IFLA_LINKINFO]);
	if (tb.of[IFLA_AF_SPEC])
		show_addr_gen_mode(show, tb.of[IFLA_AF_SPEC]);
	show_numbers(show, &tb, sizes, sizeof(sizes) / sizeof(sizes[0]));
	show_port_words(show, &tb);
}
