/* print_bridge: the settings of a bridge and of a bridge port as
 * iproute2 6.1's ip -d link prints them after "bridge " and
 * "bridge_slave ", read from IFLA_INFO_DATA and IFLA_INFO_SLAVE_DATA:
 * one table row a setting, in ip's order. */
#include <arpa/inet.h>
#include <inttypes.h>
#include <string.h>
#include <libmnl/libmnl.h>
#include <linux/if_bridge.h>
#include <linux/if_ether.h>
#include <linux/if_link.h>

#include "print.h"

/* How a setting is printed: "WORD VALUE " in text, KEY: VALUE in JSON. */
enum setting_form {
	FORM_UINT,		/* a number */
	FORM_INT,		/* a number ip prints signed (print_int) */
	FORM_ON_OFF,		/* on|off; JSON true|false; without KEY text only */
	FORM_HEX,		/* "0x8001" (0 is "0"); JSON a string (print_0xhex) */
	FORM_TIMER,		/* hundredths of a second: "   0.00"; JSON 0.00 */
	FORM_ID,		/* struct ifla_bridge_id: "8000.a:b:c:d:e:f" */
	FORM_OWN_ID,		/* the bridge's own id, wherever this one is (ip 6.1's) */
	FORM_MAC,		/* "01:80:c2:00:00:00" */
	FORM_PROTOCOL,		/* an ethertype, big-endian: "802.1Q" */
	FORM_BOOLOPT,		/* bit BIT of struct br_boolopt_multi, when in its mask */
	FORM_PORT_STATE,	/* BR_STATE_* by name, or "state (N) " */
	FORM_MASK_NAMES,	/* the bits of a group_fwd_mask: "stp,0x2,lacp" */
	FORM_IFNAME,		/* an ifindex, by the link's name */
};

/* One setting: attribute TYPE, read when its payload has SIZE bytes. */
struct setting {
	uint16_t type;
	uint8_t size, form, bit;
	const char *key, *word;
};

#define U8 sizeof(uint8_t)
#define U16 sizeof(uint16_t)
#define U32 sizeof(uint32_t)
#define U64 sizeof(uint64_t)
#define ID sizeof(struct ifla_bridge_id)
#define BOOLOPT sizeof(struct br_boolopt_multi)

/* ip/iplink_bridge.c's bridge_print_opt. */
static const struct setting bridge_settings[] = {
	{ IFLA_BR_FORWARD_DELAY, U32, FORM_UINT, 0, "forward_delay", "forward_delay" },
	{ IFLA_BR_HELLO_TIME, U32, FORM_UINT, 0, "hello_time", "hello_time" },
	{ IFLA_BR_MAX_AGE, U32, FORM_UINT, 0, "max_age", "max_age" },
	{ IFLA_BR_AGEING_TIME, U32, FORM_UINT, 0, "ageing_time", "ageing_time" },
	{ IFLA_BR_STP_STATE, U32, FORM_UINT, 0, "stp_state", "stp_state" },
	{ IFLA_BR_PRIORITY, U16, FORM_UINT, 0, "priority", "priority" },
	{ IFLA_BR_VLAN_FILTERING, U8, FORM_UINT, 0, "vlan_filtering", "vlan_filtering" },
	{ IFLA_BR_VLAN_PROTOCOL, U16, FORM_PROTOCOL, 0, "vlan_protocol", "vlan_protocol" },
	{ IFLA_BR_BRIDGE_ID, ID, FORM_ID, 0, "bridge_id", "bridge_id" },
	{ IFLA_BR_ROOT_ID, ID, FORM_OWN_ID, 0, "root_id", "designated_root" },
	{ IFLA_BR_ROOT_PORT, U16, FORM_UINT, 0, "root_port", "root_port" },
	{ IFLA_BR_ROOT_PATH_COST, U32, FORM_UINT, 0, "root_path_cost", "root_path_cost" },
	{ IFLA_BR_TOPOLOGY_CHANGE, U8, FORM_UINT, 0, "topology_change", "topology_change" },
	{ IFLA_BR_TOPOLOGY_CHANGE_DETECTED, U8, FORM_UINT, 0, "topology_change_detected",
	  "topology_change_detected" },
	{ IFLA_BR_HELLO_TIMER, U64, FORM_TIMER, 0, "hello_timer", "hello_timer" },
	{ IFLA_BR_TCN_TIMER, U64, FORM_TIMER, 0, "tcn_timer", "tcn_timer" },
	{ IFLA_BR_TOPOLOGY_CHANGE_TIMER, U64, FORM_TIMER, 0, "topology_change_timer",
	  "topology_change_timer" },
	{ IFLA_BR_GC_TIMER, U64, FORM_TIMER, 0, "gc_timer", "gc_timer" },
	{ IFLA_BR_VLAN_DEFAULT_PVID, U16, FORM_UINT, 0, "vlan_default_pvid", "vlan_default_pvid" },
	{ IFLA_BR_VLAN_STATS_ENABLED, U8, FORM_UINT, 0, "vlan_stats_enabled", "vlan_stats_enabled" },
	{ IFLA_BR_VLAN_STATS_PER_PORT, U8, FORM_UINT, 0, "vlan_stats_per_port",
	  "vlan_stats_per_port" },
	{ IFLA_BR_GROUP_FWD_MASK, U16, FORM_HEX, 0, "group_fwd_mask", "group_fwd_mask" },
	{ IFLA_BR_GROUP_ADDR, ETH_ALEN, FORM_MAC, 0, "group_addr", "group_address" },
	{ IFLA_BR_MCAST_SNOOPING, U8, FORM_UINT, 0, "mcast_snooping", "mcast_snooping" },
	{ IFLA_BR_MULTI_BOOLOPT, BOOLOPT, FORM_BOOLOPT, BR_BOOLOPT_NO_LL_LEARN,
	  "no_linklocal_learn", "no_linklocal_learn" },
	{ IFLA_BR_MULTI_BOOLOPT, BOOLOPT, FORM_BOOLOPT, BR_BOOLOPT_MCAST_VLAN_SNOOPING,
	  "mcast_vlan_snooping", "mcast_vlan_snooping" },
	{ IFLA_BR_MCAST_ROUTER, U8, FORM_UINT, 0, "mcast_router", "mcast_router" },
	{ IFLA_BR_MCAST_QUERY_USE_IFADDR, U8, FORM_UINT, 0, "mcast_query_use_ifaddr",
	  "mcast_query_use_ifaddr" },
	{ IFLA_BR_MCAST_QUERIER, U8, FORM_UINT, 0, "mcast_querier", "mcast_querier" },
	{ IFLA_BR_MCAST_HASH_ELASTICITY, U32, FORM_UINT, 0, "mcast_hash_elasticity",
	  "mcast_hash_elasticity" },
	{ IFLA_BR_MCAST_HASH_MAX, U32, FORM_UINT, 0, "mcast_hash_max", "mcast_hash_max" },
	{ IFLA_BR_MCAST_LAST_MEMBER_CNT, U32, FORM_UINT, 0, "mcast_last_member_cnt",
	  "mcast_last_member_count" },
	{ IFLA_BR_MCAST_STARTUP_QUERY_CNT, U32, FORM_UINT, 0, "mcast_startup_query_cnt",
	  "mcast_startup_query_count" },
	{ IFLA_BR_MCAST_LAST_MEMBER_INTVL, U64, FORM_UINT, 0, "mcast_last_member_intvl",
	  "mcast_last_member_interval" },
	{ IFLA_BR_MCAST_MEMBERSHIP_INTVL, U64, FORM_UINT, 0, "mcast_membership_intvl",
	  "mcast_membership_interval" },
	{ IFLA_BR_MCAST_QUERIER_INTVL, U64, FORM_UINT, 0, "mcast_querier_intvl",
	  "mcast_querier_interval" },
	{ IFLA_BR_MCAST_QUERY_INTVL, U64, FORM_UINT, 0, "mcast_query_intvl",
	  "mcast_query_interval" },
	{ IFLA_BR_MCAST_QUERY_RESPONSE_INTVL, U64, FORM_UINT, 0, "mcast_query_response_intvl",
	  "mcast_query_response_interval" },
	{ IFLA_BR_MCAST_STARTUP_QUERY_INTVL, U64, FORM_UINT, 0, "mcast_startup_query_intvl",
	  "mcast_startup_query_interval" },
	{ IFLA_BR_MCAST_STATS_ENABLED, U8, FORM_UINT, 0, "mcast_stats_enabled",
	  "mcast_stats_enabled" },
	{ IFLA_BR_MCAST_IGMP_VERSION, U8, FORM_UINT, 0, "mcast_igmp_version", "mcast_igmp_version" },
	{ IFLA_BR_MCAST_MLD_VERSION, U8, FORM_UINT, 0, "mcast_mld_version", "mcast_mld_version" },
	{ IFLA_BR_NF_CALL_IPTABLES, U8, FORM_UINT, 0, "nf_call_iptables", "nf_call_iptables" },
	{ IFLA_BR_NF_CALL_IP6TABLES, U8, FORM_UINT, 0, "nf_call_ip6tables", "nf_call_ip6tables" },
	{ IFLA_BR_NF_CALL_ARPTABLES, U8, FORM_UINT, 0, "nf_call_arptables", "nf_call_arptables" },
};

/* ip/iplink_bridge_slave.c's bridge_slave_print_opt. */
static const struct setting port_settings[] = {
	{ IFLA_BRPORT_STATE, U8, FORM_PORT_STATE, 0, "state", "state" },
	{ IFLA_BRPORT_PRIORITY, U16, FORM_INT, 0, "priority", "priority" },
	{ IFLA_BRPORT_COST, U32, FORM_INT, 0, "cost", "cost" },
	{ IFLA_BRPORT_MODE, U8, FORM_ON_OFF, 0, "hairpin", "hairpin" },
	{ IFLA_BRPORT_GUARD, U8, FORM_ON_OFF, 0, "guard", "guard" },
	{ IFLA_BRPORT_PROTECT, U8, FORM_ON_OFF, 0, "root_block", "root_block" },
	{ IFLA_BRPORT_FAST_LEAVE, U8, FORM_ON_OFF, 0, "fastleave", "fastleave" },
	{ IFLA_BRPORT_LEARNING, U8, FORM_ON_OFF, 0, "learning", "learning" },
	{ IFLA_BRPORT_UNICAST_FLOOD, U8, FORM_ON_OFF, 0, "flood", "flood" },
	{ IFLA_BRPORT_ID, U16, FORM_HEX, 0, "id", "port_id" },
	{ IFLA_BRPORT_NO, U16, FORM_HEX, 0, "no", "port_no" },
	{ IFLA_BRPORT_DESIGNATED_PORT, U16, FORM_UINT, 0, "designated_port", "designated_port" },
	{ IFLA_BRPORT_DESIGNATED_COST, U16, FORM_UINT, 0, "designated_cost", "designated_cost" },
	{ IFLA_BRPORT_BRIDGE_ID, ID, FORM_ID, 0, "bridge_id", "designated_bridge" },
	{ IFLA_BRPORT_ROOT_ID, ID, FORM_ID, 0, "root_id", "designated_root" },
	{ IFLA_BRPORT_HOLD_TIMER, U64, FORM_TIMER, 0, "hold_timer", "hold_timer" },
	{ IFLA_BRPORT_MESSAGE_AGE_TIMER, U64, FORM_TIMER, 0, "message_age_timer",
	  "message_age_timer" },
	{ IFLA_BRPORT_FORWARD_DELAY_TIMER, U64, FORM_TIMER, 0, "forward_delay_timer",
	  "forward_delay_timer" },
	{ IFLA_BRPORT_TOPOLOGY_CHANGE_ACK, U8, FORM_UINT, 0, "topology_change_ack",
	  "topology_change_ack" },
	{ IFLA_BRPORT_CONFIG_PENDING, U8, FORM_UINT, 0, "config_pending", "config_pending" },
	{ IFLA_BRPORT_PROXYARP, U8, FORM_ON_OFF, 0, "proxy_arp", "proxy_arp" },
	{ IFLA_BRPORT_PROXYARP_WIFI, U8, FORM_ON_OFF, 0, "proxy_arp_wifi", "proxy_arp_wifi" },
	{ IFLA_BRPORT_MULTICAST_ROUTER, U8, FORM_UINT, 0, "multicast_router", "mcast_router" },
	/* fastleave again, in text only. */
	{ IFLA_BRPORT_FAST_LEAVE, U8, FORM_ON_OFF, 0, NULL, "mcast_fast_leave" },
	{ IFLA_BRPORT_MCAST_FLOOD, U8, FORM_ON_OFF, 0, "mcast_flood", "mcast_flood" },
	{ IFLA_BRPORT_BCAST_FLOOD, U8, FORM_ON_OFF, 0, "bcast_flood", "bcast_flood" },
	{ IFLA_BRPORT_MCAST_TO_UCAST, U8, FORM_ON_OFF, 0, "mcast_to_unicast", "mcast_to_unicast" },
	{ IFLA_BRPORT_NEIGH_SUPPRESS, U8, FORM_ON_OFF, 0, "neigh_suppress", "neigh_suppress" },
	{ IFLA_BRPORT_GROUP_FWD_MASK, U16, FORM_HEX, 0, "group_fwd_mask", "group_fwd_mask" },
	{ IFLA_BRPORT_GROUP_FWD_MASK, U16, FORM_MASK_NAMES, 0, "group_fwd_mask_str",
	  "group_fwd_mask_str" },
	{ IFLA_BRPORT_VLAN_TUNNEL, U8, FORM_ON_OFF, 0, "vlan_tunnel", "vlan_tunnel" },
	{ IFLA_BRPORT_ISOLATED, U8, FORM_ON_OFF, 0, "isolated", "isolated" },
	{ IFLA_BRPORT_LOCKED, U8, FORM_ON_OFF, 0, "locked", "locked" },
	{ IFLA_BRPORT_BACKUP_PORT, U32, FORM_IFNAME, 0, "backup_port", "backup_port" },
};

#define ATTRS_MAX (IFLA_BR_MAX > IFLA_BRPORT_MAX ? IFLA_BR_MAX : IFLA_BRPORT_MAX)

/* The number of SIZE bytes (1, 2, 4 or 8) ATTR starts with, in host
 * order; 0 for another size. */
static uint64_t number_of(const struct nlattr *attr, size_t size)
{
	const void *payload = mnl_attr_get_payload(attr);
	uint64_t u64;
	uint32_t u32;
	uint16_t u16;

	switch (size) {
	case 1: return *(const uint8_t *)payload;
	case 2: memcpy(&u16, payload, size); return u16;
	case 4: memcpy(&u32, payload, size); return u32;
	case 8: memcpy(&u64, payload, size); return u64;
	default: return 0;
	}
}

/* "8000.a:b:c:d:e:f": the priority's two bytes, then the address as
 * glibc's ether_ntoa writes it (no leading zeros), as ip does. */
static void id_text(const struct nlattr *attr, char *text, size_t size)
{
	struct ifla_bridge_id id;

	memcpy(&id, mnl_attr_get_payload(attr), sizeof(id));
	snprintf(text, size, "%.2x%.2x.%x:%x:%x:%x:%x:%x", id.prio[0], id.prio[1],
		 id.addr[0], id.addr[1], id.addr[2], id.addr[3], id.addr[4], id.addr[5]);
}

/* "01:80:c2:00:00:00", as ip's ll_addr_n2a. */
static void mac_text(const uint8_t *mac, char *text, size_t size)
{
	snprintf(text, size, "%02x:%02x:%02x:%02x:%02x:%02x",
		 mac[0], mac[1], mac[2], mac[3], mac[4], mac[5]);
}

/* A timer the kernel gives in hundredths of a second, as ip's
 * __jiffies_to_tv and "%i.%.2i" make it: "0.00", "299.93". */
static void timer_text(uint64_t hundredths, char *text, size_t size)
{
	unsigned long long usec = 10000ULL * hundredths;
	unsigned long long sec = usec / 1000000;

	snprintf(text, size, "%i.%.2i", (int)sec, (int)(usec - 1000000 * sec) / 10000);
}

/* The bits of a group_fwd_mask, lowest first, by name where ip has one
 * (else as "0x4"), between commas; "0x0" when none is set. */
static void mask_names(unsigned int mask, char *text, size_t size)
{
	static const char *const names[16] = { [0] = "stp", [2] = "lacp", [14] = "lldp" };
	size_t len = 0;

	text[0] = '\0';
	for (unsigned int bit = 0; bit < 16 && len < size; bit++) {
		if (!(mask & 1U << bit))
			continue;
		if (names[bit])
			len += (size_t)snprintf(text + len, size - len, "%s%s", len ? "," : "",
						names[bit]);
		else
			len += (size_t)snprintf(text + len, size - len, "%s%#x", len ? "," : "",
						1U << bit);
	}
	if (!len)
		snprintf(text, size, "0x0");
}

/* An ethertype as ip's ll_proto_n2a names it: the kernel takes only these
 * two for a bridge's VLANs. */
static const char *protocol_text(uint16_t be_protocol, char *text, size_t size)
{
	uint16_t protocol = ntohs(be_protocol);

	if (protocol == ETH_P_8021Q)
		return "802.1Q";
	if (protocol == ETH_P_8021AD)
		return "802.1ad";
	snprintf(text, size, "[%u]", protocol);
	return text;
}

/* ip's ll_index_to_name: "*" for none, the name, or "if7". */
static const char *ifname_text(const struct snapshot *snap, uint32_t index, char *text,
			       size_t size)
{
	const struct link_info *link = snap ? snapshot_link(snap, (int)index) : NULL;

	if (!index)
		return "*";
	if (link)
		return link->name;
	snprintf(text, size, "if%u", index);
	return text;
}

static void show_port_state(struct show *show, unsigned int state)
{
	static const char *const states[] = {
		[BR_STATE_DISABLED] = "disabled",
		[BR_STATE_LISTENING] = "listening",
		[BR_STATE_LEARNING] = "learning",
		[BR_STATE_FORWARDING] = "forwarding",
		[BR_STATE_BLOCKING] = "blocking",
	};

	if (state < sizeof(states) / sizeof(states[0]))
		show_string(show, "state", "state %s ", states[state]);
	else
		show_int(show, "state_index", "state (%d) ", state);
}

/* SETTING from TB, if its attribute is there, whole: "WORD VALUE ". */
static void show_setting(struct show *show, const struct snapshot *snap,
			 const struct nlattr *const *tb, const struct setting *setting)
{
	const struct nlattr *attr = tb[setting->type];
	char text[128];	/* the longest: a group_fwd_mask_str of every bit, 86 */
	const char *value_text = text;
	bool bare = false;	/* in JSON a number, not a string */
	uint64_t value;

	if (!attr || mnl_attr_get_payload_len(attr) < setting->size)
		return;
	value = number_of(attr, setting->size);
	switch (setting->form) {
	case FORM_PORT_STATE:
		show_port_state(show, (unsigned int)value);
		return;
	case FORM_ON_OFF:
		if (setting->key)
			show_json_bool(show, setting->key, value);
		show_text(show, "%s %s ", setting->word, value ? "on" : "off");
		return;
	case FORM_UINT:
		snprintf(text, sizeof(text), "%" PRIu64, value);
		bare = true;
		break;
	case FORM_INT:
		snprintf(text, sizeof(text), "%d", (int)value);
		bare = true;
		break;
	case FORM_TIMER:
		timer_text(value, text, sizeof(text));
		bare = true;
		break;
	case FORM_BOOLOPT: {
		struct br_boolopt_multi options;

		memcpy(&options, mnl_attr_get_payload(attr), sizeof(options));
		if (!(options.optmask & 1U << setting->bit))
			return;
		snprintf(text, sizeof(text), "%d", !!(options.optval & 1U << setting->bit));
		bare = true;
		break;
	}
	case FORM_HEX:
		snprintf(text, sizeof(text), "%#" PRIx64, value);
		break;
	case FORM_OWN_ID:
		attr = tb[IFLA_BR_BRIDGE_ID];
		if (!attr || mnl_attr_get_payload_len(attr) < ID)
			return;
		/* fall through */
	case FORM_ID:
		id_text(attr, text, sizeof(text));
		break;
	case FORM_MAC:
		mac_text(mnl_attr_get_payload(attr), text, sizeof(text));
		break;
	case FORM_PROTOCOL:
		value_text = protocol_text((uint16_t)value, text, sizeof(text));
		break;
	case FORM_MASK_NAMES:
		mask_names((unsigned int)value, text, sizeof(text));
		break;
	case FORM_IFNAME:
		value_text = ifname_text(snap, (uint32_t)value, text, sizeof(text));
		break;
	default:
		return;
	}
	show_text(show, "%s ", setting->word);
	if (setting->form == FORM_TIMER)
		show_number(show, setting->key, "%7s ", value_text);	/* ip's "%4i.%.2i" */
	else if (bare)
		show_number(show, setting->key, "%s ", value_text);
	else
		show_string(show, setting->key, "%s ", value_text);
}

/* The settings of TABLE found in the nest DATA (a later attribute of a
 * type wins, as in ip's parse_rtattr). */
static void show_settings(struct show *show, const struct snapshot *snap,
			  const struct nlattr *data, const struct setting *table, size_t count)
{
	const struct nlattr *tb[ATTRS_MAX + 1] = { 0 };
	const struct nlattr *attr;

	if (!data)
		return;
	mnl_attr_for_each_nested(attr, data)
		if (mnl_attr_get_type(attr) <= ATTRS_MAX)
			tb[mnl_attr_get_type(attr)] = attr;
	for (size_t i = 0; i < count; i++)
		show_setting(show, snap, tb, &table[i]);
}

void print_bridge(struct show *show, const struct nlattr *data)
{
	show_settings(show, NULL, data, bridge_settings,
		      sizeof(bridge_settings) / sizeof(bridge_settings[0]));
}

void print_bridge_port(struct show *show, const struct snapshot *snap,
		       const struct nlattr *data)
{
	show_settings(show, snap, data, port_settings,
		      sizeof(port_settings) / sizeof(port_settings[0]));
}
