#define _GNU_SOURCE
#include <arpa/inet.h>
#include <net/if.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>
#include <linux/if_addr.h>
#include <linux/if_link.h>
#include <linux/net_namespace.h>
#include <linux/rtnetlink.h>
#include <linux/veth.h>

#include "decode.h"
#include "names.h"

/* How an attribute's payload reads. */
enum form {
	F_BIN,		/* bytes: their number (and hex with -vv) */
	F_STR,		/* a NUL-terminated string */
	F_U8, F_U16, F_U32, F_S32, F_U64,
	F_BE16,		/* u16 in network byte order: a port */
	F_FLAG,		/* no payload: its presence says it */
	F_IP,		/* an IPv4 or IPv6 address */
	F_MAC,		/* a link-layer address */
	F_IFINDEX,	/* u32: a device index */
	F_FD,		/* u32: a file descriptor of a namespace */
	F_OPERSTATE,	/* u8: IF_OPER_* */
	F_ADDR_FLAGS,	/* u32: IFA_F_* */
	F_ADDR_CACHE,	/* struct ifa_cacheinfo */
	F_TABLE,	/* u32: a routing table */
	F_OFFSET,	/* u32: an offset into our request */
	F_NEST,		/* nested attributes of the set NEST */
	F_INFO_DATA,	/* nested, of the set for the kind beside it */
	F_SLAVE_DATA,	/* nested, of the set for the master's kind */
	F_PEER,		/* an ifinfomsg, then link attributes */
	F_AF_SPEC,	/* nested by address family */
};

/* The attribute sets. */
enum set {
	S_NONE, S_LINK, S_LINKINFO, S_VETH, S_BRIDGE, S_BRPORT, S_INET, S_INET6,
	S_ADDR, S_ROUTE, S_METRICS, S_NSID, S_ERR, S_VXLAN,
};

/* Each set's prefix of its constants, and what its attributes are when
 * one has no words of its own. */
static const char *const set_prefixes[] = {
	"", "IFLA_", "IFLA_INFO_", "VETH_INFO_", "IFLA_BR_", "IFLA_BRPORT_",
	"IFLA_INET_", "IFLA_INET6_", "IFA_", "RTA_", "RTAX_", "NETNSA_",
	"NLMSGERR_ATTR_", "IFLA_VXLAN_",
};
static const char *const set_meanings[] = {
	"", "", "", "", "a setting of the bridge", "a setting of the bridge port",
	"", "", "", "", "", "", "", "a setting of the VXLAN link",
};

/* Every attribute tinyip sends or is sent: set, the constant as its
 * set's prefix and the rest, form, nested set, meaning ("": the set's). */
#define ATTRS(A) \
	A(S_LINK, IFLA_, ADDRESS, F_MAC, 0, "its link-layer (MAC) address") \
	A(S_LINK, IFLA_, BROADCAST, F_MAC, 0, "its broadcast address") \
	A(S_LINK, IFLA_, IFNAME, F_STR, 0, "the link's name") \
	A(S_LINK, IFLA_, MTU, F_U32, 0, "largest packet it sends, in bytes") \
	A(S_LINK, IFLA_, LINK, F_IFINDEX, 0, "its peer or lower device, by index") \
	A(S_LINK, IFLA_, QDISC, F_STR, 0, "how it queues what it sends") \
	A(S_LINK, IFLA_, STATS, F_BIN, 0, "counters, 32 bits each") \
	A(S_LINK, IFLA_, MASTER, F_IFINDEX, 0, "the bridge it is a port of (0: none)") \
	A(S_LINK, IFLA_, PROTINFO, F_BIN, 0, "protocol details") \
	A(S_LINK, IFLA_, TXQLEN, F_U32, 0, "length of its send queue") \
	A(S_LINK, IFLA_, MAP, F_BIN, 0, "device memory and interrupt") \
	A(S_LINK, IFLA_, OPERSTATE, F_OPERSTATE, 0, "whether it can carry traffic") \
	A(S_LINK, IFLA_, LINKMODE, F_U8, 0, "link mode (0: default)") \
	A(S_LINK, IFLA_, LINKINFO, F_NEST, S_LINKINFO, "what kind of link") \
	A(S_LINK, IFLA_, NET_NS_PID, F_U32, 0, "into the namespace of this process") \
	A(S_LINK, IFLA_, IFALIAS, F_STR, 0, "its description") \
	A(S_LINK, IFLA_, NUM_VF, F_U32, 0, "virtual functions") \
	A(S_LINK, IFLA_, STATS64, F_BIN, 0, "counters, 64 bits each") \
	A(S_LINK, IFLA_, AF_SPEC, F_AF_SPEC, 0, "settings per address family") \
	A(S_LINK, IFLA_, GROUP, F_U32, 0, "device group (0: default)") \
	A(S_LINK, IFLA_, NET_NS_FD, F_FD, 0, "into the namespace open on this fd") \
	A(S_LINK, IFLA_, EXT_MASK, F_U32, 0, "which extra details to send") \
	A(S_LINK, IFLA_, PROMISCUITY, F_U32, 0, "how many asked for promiscuous mode") \
	A(S_LINK, IFLA_, NUM_TX_QUEUES, F_U32, 0, "send queues") \
	A(S_LINK, IFLA_, NUM_RX_QUEUES, F_U32, 0, "receive queues") \
	A(S_LINK, IFLA_, CARRIER, F_U8, 0, "1: a signal on the wire (its peer is up)") \
	A(S_LINK, IFLA_, PHYS_PORT_ID, F_BIN, 0, "the physical port") \
	A(S_LINK, IFLA_, CARRIER_CHANGES, F_U32, 0, "times the carrier came or went") \
	A(S_LINK, IFLA_, PHYS_SWITCH_ID, F_BIN, 0, "the switch it is on") \
	A(S_LINK, IFLA_, LINK_NETNSID, F_S32, 0, "the namespace its peer is in, by nsid") \
	A(S_LINK, IFLA_, PHYS_PORT_NAME, F_STR, 0, "the physical port's name") \
	A(S_LINK, IFLA_, PROTO_DOWN, F_U8, 0, "1: held down by a protocol") \
	A(S_LINK, IFLA_, GSO_MAX_SEGS, F_U32, 0, "largest send offload, in segments") \
	A(S_LINK, IFLA_, GSO_MAX_SIZE, F_U32, 0, "largest send offload, in bytes") \
	A(S_LINK, IFLA_, PAD, F_BIN, 0, "padding") \
	A(S_LINK, IFLA_, XDP, F_BIN, 0, "its XDP program") \
	A(S_LINK, IFLA_, EVENT, F_U32, 0, "what event this is about") \
	A(S_LINK, IFLA_, NEW_NETNSID, F_S32, 0, "the nsid it moved to") \
	A(S_LINK, IFLA_, TARGET_NETNSID, F_S32, 0, "act in the namespace of this nsid") \
	A(S_LINK, IFLA_, CARRIER_UP_COUNT, F_U32, 0, "times the carrier came") \
	A(S_LINK, IFLA_, CARRIER_DOWN_COUNT, F_U32, 0, "times the carrier went") \
	A(S_LINK, IFLA_, NEW_IFINDEX, F_S32, 0, "its index after the move") \
	A(S_LINK, IFLA_, MIN_MTU, F_U32, 0, "smallest mtu it takes") \
	A(S_LINK, IFLA_, MAX_MTU, F_U32, 0, "largest mtu it takes") \
	A(S_LINK, IFLA_, PROP_LIST, F_NEST, S_LINK, "its other names") \
	A(S_LINK, IFLA_, ALT_IFNAME, F_STR, 0, "another name of the link") \
	A(S_LINK, IFLA_, PERM_ADDRESS, F_MAC, 0, "its address from the factory") \
	A(S_LINK, IFLA_, PROTO_DOWN_REASON, F_BIN, 0, "why a protocol holds it down") \
	A(S_LINK, IFLA_, PARENT_DEV_NAME, F_STR, 0, "the device it hangs from") \
	A(S_LINK, IFLA_, PARENT_DEV_BUS_NAME, F_STR, 0, "that device's bus") \
	A(S_LINK, IFLA_, GRO_MAX_SIZE, F_U32, 0, "largest receive offload, in bytes") \
	A(S_LINK, IFLA_, TSO_MAX_SIZE, F_U32, 0, "largest TCP offload, in bytes") \
	A(S_LINK, IFLA_, TSO_MAX_SEGS, F_U32, 0, "largest TCP offload, in segments") \
	A(S_LINKINFO, IFLA_INFO_, KIND, F_STR, 0, "the kind of link") \
	A(S_LINKINFO, IFLA_INFO_, DATA, F_INFO_DATA, 0, "settings of that kind") \
	A(S_LINKINFO, IFLA_INFO_, XSTATS, F_BIN, 0, "counters of that kind") \
	A(S_LINKINFO, IFLA_INFO_, SLAVE_KIND, F_STR, 0, "the kind of its master") \
	A(S_LINKINFO, IFLA_INFO_, SLAVE_DATA, F_SLAVE_DATA, 0, "its settings as a port") \
	A(S_VETH, VETH_INFO_, PEER, F_PEER, 0, "the other end, described as a link") \
	A(S_VXLAN, IFLA_VXLAN_, ID, F_U32, 0, "the VNI, its network's number") \
	A(S_VXLAN, IFLA_VXLAN_, GROUP, F_IP, 0, "send to this host, or multicast group") \
	A(S_VXLAN, IFLA_VXLAN_, LINK, F_IFINDEX, 0, "its underlay device, by index") \
	A(S_VXLAN, IFLA_VXLAN_, LOCAL, F_IP, 0, "send from this address") \
	A(S_VXLAN, IFLA_VXLAN_, TTL, F_U8, 0, "ttl of what it sends (0: the route's)") \
	A(S_VXLAN, IFLA_VXLAN_, TOS, F_U8, 0, "") \
	A(S_VXLAN, IFLA_VXLAN_, LEARNING, F_U8, 0, "1: learn where each MAC address is") \
	A(S_VXLAN, IFLA_VXLAN_, AGEING, F_U32, 0, "") \
	A(S_VXLAN, IFLA_VXLAN_, LIMIT, F_U32, 0, "") \
	A(S_VXLAN, IFLA_VXLAN_, PORT_RANGE, F_BIN, 0, "") \
	A(S_VXLAN, IFLA_VXLAN_, PROXY, F_U8, 0, "") \
	A(S_VXLAN, IFLA_VXLAN_, RSC, F_U8, 0, "") \
	A(S_VXLAN, IFLA_VXLAN_, L2MISS, F_U8, 0, "") \
	A(S_VXLAN, IFLA_VXLAN_, L3MISS, F_U8, 0, "") \
	A(S_VXLAN, IFLA_VXLAN_, PORT, F_BE16, 0, "the UDP port it sends to") \
	A(S_VXLAN, IFLA_VXLAN_, GROUP6, F_IP, 0, "send to this host, or multicast group") \
	A(S_VXLAN, IFLA_VXLAN_, LOCAL6, F_IP, 0, "send from this address") \
	A(S_VXLAN, IFLA_VXLAN_, UDP_CSUM, F_U8, 0, "") \
	A(S_VXLAN, IFLA_VXLAN_, UDP_ZERO_CSUM6_TX, F_U8, 0, "") \
	A(S_VXLAN, IFLA_VXLAN_, UDP_ZERO_CSUM6_RX, F_U8, 0, "") \
	A(S_VXLAN, IFLA_VXLAN_, REMCSUM_TX, F_U8, 0, "") \
	A(S_VXLAN, IFLA_VXLAN_, REMCSUM_RX, F_U8, 0, "") \
	A(S_VXLAN, IFLA_VXLAN_, GBP, F_FLAG, 0, "") \
	A(S_VXLAN, IFLA_VXLAN_, REMCSUM_NOPARTIAL, F_FLAG, 0, "") \
	A(S_VXLAN, IFLA_VXLAN_, COLLECT_METADATA, F_U8, 0, "") \
	A(S_VXLAN, IFLA_VXLAN_, LABEL, F_BIN, 0, "") \
	A(S_VXLAN, IFLA_VXLAN_, GPE, F_FLAG, 0, "") \
	A(S_VXLAN, IFLA_VXLAN_, TTL_INHERIT, F_FLAG, 0, "") \
	A(S_VXLAN, IFLA_VXLAN_, DF, F_U8, 0, "") \
	A(S_VXLAN, IFLA_VXLAN_, VNIFILTER, F_U8, 0, "") \
	A(S_BRIDGE, IFLA_BR_, FORWARD_DELAY, F_U32, 0, "") \
	A(S_BRIDGE, IFLA_BR_, HELLO_TIME, F_U32, 0, "") \
	A(S_BRIDGE, IFLA_BR_, MAX_AGE, F_U32, 0, "") \
	A(S_BRIDGE, IFLA_BR_, AGEING_TIME, F_U32, 0, "") \
	A(S_BRIDGE, IFLA_BR_, STP_STATE, F_U32, 0, "") \
	A(S_BRIDGE, IFLA_BR_, PRIORITY, F_U16, 0, "") \
	A(S_BRIDGE, IFLA_BR_, VLAN_FILTERING, F_U8, 0, "") \
	A(S_BRIDGE, IFLA_BR_, VLAN_PROTOCOL, F_U16, 0, "") \
	A(S_BRIDGE, IFLA_BR_, GROUP_FWD_MASK, F_U16, 0, "") \
	A(S_BRIDGE, IFLA_BR_, ROOT_ID, F_BIN, 0, "") \
	A(S_BRIDGE, IFLA_BR_, BRIDGE_ID, F_BIN, 0, "") \
	A(S_BRIDGE, IFLA_BR_, ROOT_PORT, F_U16, 0, "") \
	A(S_BRIDGE, IFLA_BR_, ROOT_PATH_COST, F_U32, 0, "") \
	A(S_BRIDGE, IFLA_BR_, TOPOLOGY_CHANGE, F_U8, 0, "") \
	A(S_BRIDGE, IFLA_BR_, TOPOLOGY_CHANGE_DETECTED, F_U8, 0, "") \
	A(S_BRIDGE, IFLA_BR_, HELLO_TIMER, F_U64, 0, "") \
	A(S_BRIDGE, IFLA_BR_, TCN_TIMER, F_U64, 0, "") \
	A(S_BRIDGE, IFLA_BR_, TOPOLOGY_CHANGE_TIMER, F_U64, 0, "") \
	A(S_BRIDGE, IFLA_BR_, GC_TIMER, F_U64, 0, "") \
	A(S_BRIDGE, IFLA_BR_, GROUP_ADDR, F_MAC, 0, "") \
	A(S_BRIDGE, IFLA_BR_, FDB_FLUSH, F_FLAG, 0, "") \
	A(S_BRIDGE, IFLA_BR_, MCAST_ROUTER, F_U8, 0, "") \
	A(S_BRIDGE, IFLA_BR_, MCAST_SNOOPING, F_U8, 0, "") \
	A(S_BRIDGE, IFLA_BR_, MCAST_QUERY_USE_IFADDR, F_U8, 0, "") \
	A(S_BRIDGE, IFLA_BR_, MCAST_QUERIER, F_U8, 0, "") \
	A(S_BRIDGE, IFLA_BR_, MCAST_HASH_ELASTICITY, F_U32, 0, "") \
	A(S_BRIDGE, IFLA_BR_, MCAST_HASH_MAX, F_U32, 0, "") \
	A(S_BRIDGE, IFLA_BR_, MCAST_LAST_MEMBER_CNT, F_U32, 0, "") \
	A(S_BRIDGE, IFLA_BR_, MCAST_STARTUP_QUERY_CNT, F_U32, 0, "") \
	A(S_BRIDGE, IFLA_BR_, MCAST_LAST_MEMBER_INTVL, F_U64, 0, "") \
	A(S_BRIDGE, IFLA_BR_, MCAST_MEMBERSHIP_INTVL, F_U64, 0, "") \
	A(S_BRIDGE, IFLA_BR_, MCAST_QUERIER_INTVL, F_U64, 0, "") \
	A(S_BRIDGE, IFLA_BR_, MCAST_QUERY_INTVL, F_U64, 0, "") \
	A(S_BRIDGE, IFLA_BR_, MCAST_QUERY_RESPONSE_INTVL, F_U64, 0, "") \
	A(S_BRIDGE, IFLA_BR_, MCAST_STARTUP_QUERY_INTVL, F_U64, 0, "") \
	A(S_BRIDGE, IFLA_BR_, NF_CALL_IPTABLES, F_U8, 0, "") \
	A(S_BRIDGE, IFLA_BR_, NF_CALL_IP6TABLES, F_U8, 0, "") \
	A(S_BRIDGE, IFLA_BR_, NF_CALL_ARPTABLES, F_U8, 0, "") \
	A(S_BRIDGE, IFLA_BR_, VLAN_DEFAULT_PVID, F_U16, 0, "") \
	A(S_BRIDGE, IFLA_BR_, PAD, F_BIN, 0, "") \
	A(S_BRIDGE, IFLA_BR_, VLAN_STATS_ENABLED, F_U8, 0, "") \
	A(S_BRIDGE, IFLA_BR_, MCAST_STATS_ENABLED, F_U8, 0, "") \
	A(S_BRIDGE, IFLA_BR_, MCAST_IGMP_VERSION, F_U8, 0, "") \
	A(S_BRIDGE, IFLA_BR_, MCAST_MLD_VERSION, F_U8, 0, "") \
	A(S_BRIDGE, IFLA_BR_, VLAN_STATS_PER_PORT, F_U8, 0, "") \
	A(S_BRIDGE, IFLA_BR_, MULTI_BOOLOPT, F_BIN, 0, "") \
	A(S_BRIDGE, IFLA_BR_, MCAST_QUERIER_STATE, F_BIN, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, STATE, F_U8, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, PRIORITY, F_U16, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, COST, F_U32, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, MODE, F_U8, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, GUARD, F_U8, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, PROTECT, F_U8, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, FAST_LEAVE, F_U8, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, LEARNING, F_U8, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, UNICAST_FLOOD, F_U8, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, PROXYARP, F_U8, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, LEARNING_SYNC, F_U8, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, PROXYARP_WIFI, F_U8, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, ROOT_ID, F_BIN, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, BRIDGE_ID, F_BIN, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, DESIGNATED_PORT, F_U16, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, DESIGNATED_COST, F_U16, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, ID, F_U16, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, NO, F_U16, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, TOPOLOGY_CHANGE_ACK, F_U8, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, CONFIG_PENDING, F_U8, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, MESSAGE_AGE_TIMER, F_U64, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, FORWARD_DELAY_TIMER, F_U64, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, HOLD_TIMER, F_U64, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, FLUSH, F_FLAG, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, MULTICAST_ROUTER, F_U8, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, PAD, F_BIN, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, MCAST_FLOOD, F_U8, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, MCAST_TO_UCAST, F_U8, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, VLAN_TUNNEL, F_U8, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, BCAST_FLOOD, F_U8, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, GROUP_FWD_MASK, F_U16, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, NEIGH_SUPPRESS, F_U8, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, ISOLATED, F_U8, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, BACKUP_PORT, F_IFINDEX, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, MRP_RING_OPEN, F_U8, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, MRP_IN_OPEN, F_U8, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, MCAST_EHT_HOSTS_LIMIT, F_U32, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, MCAST_EHT_HOSTS_CNT, F_U32, 0, "") \
	A(S_BRPORT, IFLA_BRPORT_, LOCKED, F_U8, 0, "") \
	A(S_INET, IFLA_INET_, CONF, F_BIN, 0, "its IPv4 settings (sysctl values)") \
	A(S_INET6, IFLA_INET6_, FLAGS, F_U32, 0, "IPv6 flags of the link") \
	A(S_INET6, IFLA_INET6_, CONF, F_BIN, 0, "its IPv6 settings (sysctl values)") \
	A(S_INET6, IFLA_INET6_, STATS, F_BIN, 0, "IPv6 counters") \
	A(S_INET6, IFLA_INET6_, MCAST, F_BIN, 0, "IPv6 multicast") \
	A(S_INET6, IFLA_INET6_, CACHEINFO, F_BIN, 0, "IPv6 timers") \
	A(S_INET6, IFLA_INET6_, ICMP6STATS, F_BIN, 0, "ICMPv6 counters") \
	A(S_INET6, IFLA_INET6_, TOKEN, F_IP, 0, "token for its addresses") \
	A(S_INET6, IFLA_INET6_, ADDR_GEN_MODE, F_U8, 0, "how it makes its link-local address") \
	A(S_INET6, IFLA_INET6_, RA_MTU, F_U32, 0, "mtu a router advertised") \
	A(S_ADDR, IFA_, ADDRESS, F_IP, 0, "the prefix's address (the peer's on point-to-point)") \
	A(S_ADDR, IFA_, LOCAL, F_IP, 0, "the address of this interface") \
	A(S_ADDR, IFA_, LABEL, F_STR, 0, "its label") \
	A(S_ADDR, IFA_, BROADCAST, F_IP, 0, "the broadcast address") \
	A(S_ADDR, IFA_, ANYCAST, F_IP, 0, "an anycast address") \
	A(S_ADDR, IFA_, CACHEINFO, F_ADDR_CACHE, 0, "how long it stays") \
	A(S_ADDR, IFA_, MULTICAST, F_IP, 0, "a multicast address") \
	A(S_ADDR, IFA_, FLAGS, F_ADDR_FLAGS, 0, "its flags") \
	A(S_ADDR, IFA_, RT_PRIORITY, F_U32, 0, "metric of its prefix route") \
	A(S_ADDR, IFA_, TARGET_NETNSID, F_S32, 0, "act in the namespace of this nsid") \
	A(S_ADDR, IFA_, PROTO, F_U8, 0, "who added it") \
	A(S_ROUTE, RTA_, DST, F_IP, 0, "where to") \
	A(S_ROUTE, RTA_, SRC, F_IP, 0, "from where") \
	A(S_ROUTE, RTA_, IIF, F_IFINDEX, 0, "in through this device") \
	A(S_ROUTE, RTA_, OIF, F_IFINDEX, 0, "out through this device") \
	A(S_ROUTE, RTA_, GATEWAY, F_IP, 0, "via this router") \
	A(S_ROUTE, RTA_, PRIORITY, F_U32, 0, "metric: the lowest wins") \
	A(S_ROUTE, RTA_, PREFSRC, F_IP, 0, "source address to use") \
	A(S_ROUTE, RTA_, METRICS, F_NEST, S_METRICS, "settings of the route") \
	A(S_ROUTE, RTA_, MULTIPATH, F_BIN, 0, "several next hops") \
	A(S_ROUTE, RTA_, FLOW, F_U32, 0, "realm") \
	A(S_ROUTE, RTA_, CACHEINFO, F_BIN, 0, "use and expiry") \
	A(S_ROUTE, RTA_, TABLE, F_TABLE, 0, "the routing table") \
	A(S_ROUTE, RTA_, MARK, F_U32, 0, "firewall mark") \
	A(S_ROUTE, RTA_, MFC_STATS, F_BIN, 0, "multicast counters") \
	A(S_ROUTE, RTA_, VIA, F_BIN, 0, "via a router of another family") \
	A(S_ROUTE, RTA_, NEWDST, F_BIN, 0, "new destination (MPLS)") \
	A(S_ROUTE, RTA_, PREF, F_U8, 0, "preference (0: medium, 1: high, 3: low)") \
	A(S_ROUTE, RTA_, ENCAP_TYPE, F_U16, 0, "encapsulation kind") \
	A(S_ROUTE, RTA_, ENCAP, F_BIN, 0, "encapsulation") \
	A(S_ROUTE, RTA_, EXPIRES, F_U32, 0, "expires in, seconds") \
	A(S_ROUTE, RTA_, PAD, F_BIN, 0, "padding") \
	A(S_ROUTE, RTA_, UID, F_U32, 0, "for this user") \
	A(S_ROUTE, RTA_, TTL_PROPAGATE, F_U8, 0, "copy the TTL") \
	A(S_ROUTE, RTA_, IP_PROTO, F_U8, 0, "for this IP protocol") \
	A(S_ROUTE, RTA_, SPORT, F_U16, 0, "for this source port") \
	A(S_ROUTE, RTA_, DPORT, F_U16, 0, "for this destination port") \
	A(S_ROUTE, RTA_, NH_ID, F_U32, 0, "next-hop object") \
	A(S_METRICS, RTAX_, LOCK, F_U32, 0, "settings locked against change") \
	A(S_METRICS, RTAX_, MTU, F_U32, 0, "path mtu") \
	A(S_METRICS, RTAX_, WINDOW, F_U32, 0, "TCP window") \
	A(S_METRICS, RTAX_, RTT, F_U32, 0, "TCP round trip") \
	A(S_METRICS, RTAX_, RTTVAR, F_U32, 0, "TCP round trip spread") \
	A(S_METRICS, RTAX_, SSTHRESH, F_U32, 0, "TCP slow start threshold") \
	A(S_METRICS, RTAX_, CWND, F_U32, 0, "TCP congestion window") \
	A(S_METRICS, RTAX_, ADVMSS, F_U32, 0, "TCP segment size to advertise") \
	A(S_METRICS, RTAX_, REORDERING, F_U32, 0, "TCP reordering") \
	A(S_METRICS, RTAX_, HOPLIMIT, F_U32, 0, "hop limit") \
	A(S_METRICS, RTAX_, INITCWND, F_U32, 0, "TCP initial window") \
	A(S_METRICS, RTAX_, FEATURES, F_U32, 0, "TCP features") \
	A(S_METRICS, RTAX_, RTO_MIN, F_U32, 0, "TCP shortest timeout") \
	A(S_METRICS, RTAX_, INITRWND, F_U32, 0, "TCP initial receive window") \
	A(S_METRICS, RTAX_, QUICKACK, F_U32, 0, "TCP quick acks") \
	A(S_METRICS, RTAX_, CC_ALGO, F_STR, 0, "TCP congestion control") \
	A(S_METRICS, RTAX_, FASTOPEN_NO_COOKIE, F_U32, 0, "TCP fast open without cookie") \
	A(S_NSID, NETNSA_, NSID, F_S32, 0, "the namespace's id here (-1: none)") \
	A(S_NSID, NETNSA_, PID, F_U32, 0, "the namespace of this process") \
	A(S_NSID, NETNSA_, FD, F_FD, 0, "the namespace open on this fd") \
	A(S_NSID, NETNSA_, TARGET_NSID, F_S32, 0, "ask in the namespace of this nsid") \
	A(S_NSID, NETNSA_, CURRENT_NSID, F_S32, 0, "this namespace's id there") \
	A(S_ERR, NLMSGERR_ATTR_, MSG, F_STR, 0, "the kernel's own sentence") \
	A(S_ERR, NLMSGERR_ATTR_, OFFS, F_OFFSET, 0, "where in our request it went wrong") \
	A(S_ERR, NLMSGERR_ATTR_, COOKIE, F_BIN, 0, "a token from the kernel") \
	A(S_ERR, NLMSGERR_ATTR_, POLICY, F_BIN, 0, "what the attribute may be") \
	A(S_ERR, NLMSGERR_ATTR_, MISS_TYPE, F_U32, 0, "a needed attribute is missing") \
	A(S_ERR, NLMSGERR_ATTR_, MISS_NEST, F_OFFSET, 0, "the nest it is missing from")

/* The headers after nlmsghdr. */
enum header { H_NONE, H_LINK, H_ADDR, H_ROUTE, H_GEN, H_ERROR };

/* Message type, its header, the set of its attributes, what a request
 * of it asks, and what an answer of it is. */
#define MSGS(M) \
	M(NLMSG_NOOP, H_NONE, S_NONE, "nothing", "nothing") \
	M(NLMSG_ERROR, H_ERROR, S_ERR, "an error", "the result") \
	M(NLMSG_DONE, H_NONE, S_NONE, "the end", "the end of the dump") \
	M(NLMSG_OVERRUN, H_NONE, S_NONE, "data lost", "data lost") \
	M(RTM_NEWLINK, H_LINK, S_LINK, "create or change a link", "a link") \
	M(RTM_DELLINK, H_LINK, S_LINK, "delete a link", "a link gone") \
	M(RTM_GETLINK, H_LINK, S_LINK, "ask for links", "links asked for") \
	M(RTM_SETLINK, H_LINK, S_LINK, "change a link", "a link changed") \
	M(RTM_NEWADDR, H_ADDR, S_ADDR, "add an address", "an address") \
	M(RTM_DELADDR, H_ADDR, S_ADDR, "delete an address", "an address gone") \
	M(RTM_GETADDR, H_ADDR, S_ADDR, "ask for addresses", "addresses asked for") \
	M(RTM_NEWROUTE, H_ROUTE, S_ROUTE, "add a route", "a route") \
	M(RTM_DELROUTE, H_ROUTE, S_ROUTE, "delete a route", "a route gone") \
	M(RTM_GETROUTE, H_ROUTE, S_ROUTE, "ask for routes", "routes asked for") \
	M(RTM_NEWNSID, H_GEN, S_NSID, "give a namespace an id", "a namespace's id") \
	M(RTM_DELNSID, H_GEN, S_NSID, "take a namespace's id", "an id gone") \
	M(RTM_GETNSID, H_GEN, S_NSID, "ask for a namespace's id", "an id asked for")

/* Flags, by the kind of message they are read for. */
enum flag_kind { K_ALL, K_GET, K_NEW, K_DEL, K_ACK };
#define FLAGS(F) \
	F(f_request, K_ALL, NLM_F_REQUEST, "REQUEST", "a request") \
	F(f_multi, K_ALL, NLM_F_MULTI, "MULTI", "one part of several") \
	F(f_ack, K_ALL, NLM_F_ACK, "ACK", "answer even on success") \
	F(f_echo, K_ALL, NLM_F_ECHO, "ECHO", "echo what is done") \
	F(f_intr, K_ALL, NLM_F_DUMP_INTR, "DUMP_INTR", "changed while dumped") \
	F(f_filtered, K_ALL, NLM_F_DUMP_FILTERED, "DUMP_FILTERED", "filtered as asked") \
	F(f_dump, K_GET, NLM_F_DUMP, "DUMP", "all of them") \
	F(f_root, K_GET, NLM_F_ROOT, "ROOT", "the whole table") \
	F(f_match, K_GET, NLM_F_MATCH, "MATCH", "every match") \
	F(f_atomic, K_GET, NLM_F_ATOMIC, "ATOMIC", "at one moment") \
	F(f_replace, K_NEW, NLM_F_REPLACE, "REPLACE", "replace what exists") \
	F(f_excl, K_NEW, NLM_F_EXCL, "EXCL", "fail if it already exists") \
	F(f_create, K_NEW, NLM_F_CREATE, "CREATE", "create it") \
	F(f_append, K_NEW, NLM_F_APPEND, "APPEND", "add it at the end") \
	F(f_nonrec, K_DEL, NLM_F_NONREC, "NONREC", "not recursively") \
	F(f_bulk, K_DEL, NLM_F_BULK, "BULK", "many at once") \
	F(f_capped, K_ACK, NLM_F_CAPPED, "CAPPED", "our request not echoed whole") \
	F(f_tlvs, K_ACK, NLM_F_ACK_TLVS, "ACK_TLVS", "details follow")

/* Every string lives in one struct, found by offset: tables of offsets
 * need no relocations, which tables of pointers would, one each. */
#define A_FIELDS(set, prefix, c, form, nest, meaning) \
	char prefix##c##_name[sizeof(#c)]; char prefix##c##_meaning[sizeof(meaning)];
#define M_FIELDS(c, header, set, asks, is) \
	char c##_name[sizeof(#c)]; char c##_asks[sizeof(asks)]; char c##_is[sizeof(is)];
#define F_FIELDS(id, kind, value, word, meaning) \
	char id##_word[sizeof(word)]; char id##_meaning[sizeof(meaning)];
struct strings {
	char none;
	ATTRS(A_FIELDS)
	MSGS(M_FIELDS)
	FLAGS(F_FIELDS)
};
#define A_TEXT(set, prefix, c, form, nest, meaning) #c, meaning,
#define M_TEXT(c, header, set, asks, is) #c, asks, is,
#define F_TEXT(id, kind, value, word, meaning) word, meaning,
static const struct strings strings = { 0, ATTRS(A_TEXT) MSGS(M_TEXT) FLAGS(F_TEXT) };
#define TEXT(offset) ((const char *)&strings + (offset))

struct attr_desc {
	uint8_t set, form, nest;
	uint16_t type, name, meaning;
};
#define A_DESC(set, prefix, c, form, nest, meaning) \
	{ set, form, nest, prefix##c, offsetof(struct strings, prefix##c##_name), \
	  offsetof(struct strings, prefix##c##_meaning) },
static const struct attr_desc attrs[] = { ATTRS(A_DESC) };

struct msg_desc {
	uint8_t header, set;
	uint16_t type, name, asks, is;
};
#define M_DESC(c, header, set, asks, is) \
	{ header, set, c, offsetof(struct strings, c##_name), \
	  offsetof(struct strings, c##_asks), offsetof(struct strings, c##_is) },
static const struct msg_desc msgs[] = { MSGS(M_DESC) };

struct flag_desc {
	uint8_t kind;
	uint16_t value, word, meaning;
};
#define F_DESC(id, kind, value, word, meaning) \
	{ kind, value, offsetof(struct strings, id##_word), offsetof(struct strings, id##_meaning) },
static const struct flag_desc flags[] = { FLAGS(F_DESC) };

#define COUNT(array) (sizeof(array) / sizeof((array)[0]))
#define MAX_DEPTH 8

static const struct msg_desc *msg_of(unsigned int type)
{
	for (size_t i = 0; i < COUNT(msgs); i++)
		if (msgs[i].type == type)
			return &msgs[i];
	return NULL;
}

const char *decode_type_name(unsigned int type)
{
	const struct msg_desc *msg = msg_of(type);

	return msg ? TEXT(msg->name) : NULL;
}

const char *decode_type_meaning(unsigned int type)
{
	const struct msg_desc *msg = msg_of(type);

	return msg ? TEXT(msg->asks) : NULL;
}

const char *decode_errno_name(int error)
{
	return strerrorname_np(error);
}

static const struct attr_desc *attr_of(enum set set, unsigned int type)
{
	for (size_t i = 0; i < COUNT(attrs); i++)
		if (attrs[i].set == set && attrs[i].type == type)
			return &attrs[i];
	return NULL;
}

/* The set of IFLA_INFO_DATA for a link of KIND. */
static enum set info_data_set(const char *kind)
{
	return strcmp(kind, "veth") == 0 ? S_VETH
	     : strcmp(kind, "bridge") == 0 ? S_BRIDGE
	     : strcmp(kind, "vxlan") == 0 ? S_VXLAN : S_NONE;
}

static const char *family_name(unsigned int family)
{
	switch (family) {
	case AF_UNSPEC: return "AF_UNSPEC";
	case AF_INET: return "AF_INET";
	case AF_INET6: return "AF_INET6";
	case AF_BRIDGE: return "AF_BRIDGE";
	case AF_PACKET: return "AF_PACKET";
	case AF_MPLS: return "AF_MPLS";
	default: return NULL;
	}
}

/* What is being read, and for whom. */
struct reading {
	const struct decode *d;
	const uint8_t *start;	/* the message, for offsets */
	uint16_t msg_type;	/* of the message read */
	bool request;		/* it is one of ours */
	bool creating, dumping;	/* it asks NLM_F_CREATE, NLM_F_DUMP */
	bool peer_elsewhere;	/* IFLA_LINK_NETNSID came: IFLA_LINK is there */
	bool moving;		/* IFLA_NET_NS_FD or _PID came: indexes are there */
	int family;		/* of its header, for addresses */
	char kind[16], slave_kind[16];	/* IFLA_INFO_KIND, _SLAVE_KIND seen */
	const uint8_t *request_msg;	/* ours, for NLMSGERR_ATTR_OFFS */
	size_t request_len;
};

static void hex(const struct reading *r, const uint8_t *bytes, size_t len, int indent)
{
	for (size_t i = 0; i < len; i++) {
		if (i % 16 == 0)
			fprintf(r->d->out, "%s%*s", i ? "\n" : "", indent, "");
		fprintf(r->d->out, "%02x%s", bytes[i], i % 16 == 15 || i + 1 == len ? "" : " ");
	}
	if (len)
		fputc('\n', r->d->out);
}

/* One line's start: indent, with -vv the offset and length. */
static void line_start(const struct reading *r, int indent, const uint8_t *at, size_t len)
{
	if (r->d->level >= 2)
		fprintf(r->d->out, "   @%-4zu %-4zu", (size_t)(at - r->start), len);
	fprintf(r->d->out, "%*s", 3 + indent, "");
}

static void named_flags(FILE *out, unsigned int value, enum flag_kind kind, bool words)
{
	const char *sep = "";

	for (size_t i = 0; i < COUNT(flags); i++) {
		const struct flag_desc *flag = &flags[i];

		if ((flag->kind != K_ALL && flag->kind != kind) ||
		    (value & flag->value) != flag->value || !flag->value)
			continue;
		fprintf(out, "%s%s", sep, TEXT(words ? flag->meaning : flag->word));
		value &= ~(unsigned int)flag->value;
		sep = words ? "; " : "|";
	}
	if (value)
		fprintf(out, "%s%s0x%x", sep, words ? "other bits " : "", value);
}

static enum flag_kind flag_kind_of(uint16_t type)
{
	if (type == NLMSG_ERROR)
		return K_ACK;
	if (type < RTM_BASE)
		return K_ALL;
	switch ((type - RTM_BASE) % 4) {
	case 0: return K_NEW;
	case 1: return K_DEL;
	case 2: return K_GET;
	default: return K_ALL;
	}
}

static void show_ip(FILE *out, int family, const uint8_t *bytes, size_t len)
{
	char text[INET6_ADDRSTRLEN];

	if ((len == 4 && inet_ntop(AF_INET, bytes, text, sizeof(text))) ||
	    (len == 16 && inet_ntop(AF_INET6, bytes, text, sizeof(text))))
		fputs(text, out);
	else
		fprintf(out, "%zu bytes, not an address of %s", len,
			family_name((unsigned int)family) ? family_name((unsigned int)family) : "its family");
}

static void attrs_of(struct reading *r, enum set set, const uint8_t *at, size_t len,
		     int indent, int depth);

/* " (UP,PROMISC)": the IFF_* names of BITS, and then MORE (may be
 * NULL) after "; ", or nothing when neither. */
static void link_flag_names(FILE *out, unsigned int bits, const char *more)
{
	const struct name_table *table = &names_link_flags;
	const char *sep = " (";

	for (size_t i = 0; i < table->count; i++) {
		if (!(bits & table->values[i]))
			continue;
		fprintf(out, "%s%s", sep, name_at(table, i));
		sep = ",";
	}
	if (more)
		fprintf(out, "%s%s", sep[0] == ',' ? "; " : sep, more);
	if (more || sep[0] == ',')
		fputc(')', out);
}

/* An ifinfomsg: the head of a link message, or of a veth's peer. */
static void link_header(struct reading *r, const uint8_t *at, size_t len, int indent)
{
	struct ifinfomsg ifi;
	const char *type;

	line_start(r, indent, at, sizeof(ifi));
	if (len < sizeof(ifi)) {
		fprintf(r->d->out, "ifinfomsg  cut short: %zu bytes of %zu\n", len, sizeof(ifi));
		return;
	}
	memcpy(&ifi, at, sizeof(ifi));
	type = name_of(&names_link_types, ifi.ifi_type);
	fprintf(r->d->out, "ifinfomsg  family %s, index %d", family_name(ifi.ifi_family)
		? family_name(ifi.ifi_family) : "?", ifi.ifi_index);
	if (r->request && ifi.ifi_index == 0)
		fputs(indent > 0 || r->creating ? " (new: the kernel picks one)"
		      : r->dumping ? " (any)" : " (find it by IFLA_IFNAME)", r->d->out);
	if (r->request && ifi.ifi_type == 0)
		fputs(", type 0 (unset)", r->d->out);
	else
		fprintf(r->d->out, ", type %u (%s)", ifi.ifi_type, type ? type : "?");
	fprintf(r->d->out, ", flags 0x%x", ifi.ifi_flags);
	link_flag_names(r->d->out, ifi.ifi_flags, NULL);
	fprintf(r->d->out, ", change 0x%x", ifi.ifi_change);
	/* A request's change says which of the flags count. */
	if (r->request && r->msg_type == RTM_NEWLINK)
		link_flag_names(r->d->out, ifi.ifi_change & ~IFF_UP,
				ifi.ifi_change & IFF_UP ? "up or down, as flags say"
				: "up or down left as it is");
	fputc('\n', r->d->out);
}

static void address_header(struct reading *r, const uint8_t *at, size_t len)
{
	struct ifaddrmsg ifa;
	char name[64] = "";
	const char *scope;

	line_start(r, 0, at, sizeof(ifa));
	if (len < sizeof(ifa)) {
		fprintf(r->d->out, "ifaddrmsg  cut short: %zu bytes of %zu\n", len, sizeof(ifa));
		return;
	}
	memcpy(&ifa, at, sizeof(ifa));
	r->family = ifa.ifa_family;
	scope = name_of(&names_scopes, ifa.ifa_scope);
	if (r->d->names && ifa.ifa_index)
		r->d->names->ifindex((int)ifa.ifa_index, name, sizeof(name));
	fprintf(r->d->out, "ifaddrmsg  family %s, prefixlen %u, flags 0x%x, scope %s, index %u%s%s\n",
		family_name(ifa.ifa_family) ? family_name(ifa.ifa_family) : "?",
		ifa.ifa_prefixlen, ifa.ifa_flags, scope ? scope : "?", ifa.ifa_index,
		name[0] ? " = " : "", name);
}

static void route_header(struct reading *r, const uint8_t *at, size_t len)
{
	struct rtmsg rtm;
	const char *protocol, *scope, *type;

	line_start(r, 0, at, sizeof(rtm));
	if (len < sizeof(rtm)) {
		fprintf(r->d->out, "rtmsg      cut short: %zu bytes of %zu\n", len, sizeof(rtm));
		return;
	}
	memcpy(&rtm, at, sizeof(rtm));
	r->family = rtm.rtm_family;
	protocol = name_of(&names_protocols, rtm.rtm_protocol);
	scope = name_of(&names_scopes, rtm.rtm_scope);
	type = name_of(&names_route_types, rtm.rtm_type);
	fprintf(r->d->out, "rtmsg      family %s, dst_len %u, src_len %u, tos %u, table %u%s, "
		"protocol %s, scope %s, type %s, flags 0x%x\n",
		family_name(rtm.rtm_family) ? family_name(rtm.rtm_family) : "?",
		rtm.rtm_dst_len, rtm.rtm_src_len, rtm.rtm_tos, rtm.rtm_table,
		rtm.rtm_table == RT_TABLE_MAIN ? " (main)" : rtm.rtm_table == RT_TABLE_LOCAL
		? " (local)" : "", protocol ? protocol : "?", scope ? scope : "?",
		type ? type : "?", rtm.rtm_flags);
}

/* The attribute of SET at OFFSET (from START) among LEN bytes at AT, or
 * one nested in them; its type into *TYPE. */
static const struct attr_desc *attr_at(const uint8_t *start, const uint8_t *at, size_t len,
				       enum set set, size_t offset, unsigned int *type,
				       int depth)
{
	char kind[16] = "";
	size_t off = 0;

	while (depth < MAX_DEPTH && len - off >= NLA_HDRLEN) {
		struct nlattr nla;
		const struct attr_desc *desc;
		size_t here = (size_t)(at + off - start), inner = 0;
		enum set nest = S_NONE;

		memcpy(&nla, at + off, sizeof(nla));
		if (nla.nla_len < NLA_HDRLEN || nla.nla_len > len - off)
			return NULL;
		*type = nla.nla_type & NLA_TYPE_MASK;
		desc = attr_of(set, *type);
		if (here == offset)
			return desc;
		if (desc && desc->form == F_STR && *type == IFLA_INFO_KIND && set == S_LINKINFO &&
		    memchr(at + off + NLA_HDRLEN, '\0', nla.nla_len - NLA_HDRLEN))
			snprintf(kind, sizeof(kind), "%s", (const char *)(at + off + NLA_HDRLEN));
		if (desc && desc->form == F_NEST)
			nest = (enum set)desc->nest;
		else if (desc && desc->form == F_INFO_DATA)
			nest = info_data_set(kind);
		else if (desc && desc->form == F_PEER)
			nest = S_LINK, inner = NLMSG_ALIGN(sizeof(struct ifinfomsg));
		if (nest != S_NONE && offset > here && offset < here + nla.nla_len &&
		    nla.nla_len >= NLA_HDRLEN + inner)
			return attr_at(start, at + off + NLA_HDRLEN + inner,
				       nla.nla_len - NLA_HDRLEN - inner, nest, offset, type,
				       depth + 1);
		off += NLA_ALIGN(nla.nla_len);
		if (off > len)
			return NULL;
	}
	return NULL;
}

/* NLMSGERR_ATTR_OFFS: the attribute of our request it points at. */
static void blame(const struct reading *r, uint32_t offset)
{
	const struct nlmsghdr *ours = (const struct nlmsghdr *)(const void *)r->request_msg;
	const struct msg_desc *msg;
	const struct attr_desc *desc = NULL;
	unsigned int type = 0;
	size_t head;

	if (r->request_len < NLMSG_HDRLEN || !(msg = msg_of(ours->nlmsg_type)))
		return;
	head = NLMSG_HDRLEN + NLMSG_ALIGN(msg->header == H_LINK ? sizeof(struct ifinfomsg)
		: msg->header == H_ADDR ? sizeof(struct ifaddrmsg)
		: msg->header == H_ROUTE ? sizeof(struct rtmsg) : sizeof(struct rtgenmsg));
	if (head <= r->request_len && offset >= head)
		desc = attr_at(r->request_msg, r->request_msg + head, r->request_len - head,
			       (enum set)msg->set, offset, &type, 0);
	if (desc)
		fprintf(r->d->out, ": our %s%s (%u)", set_prefixes[desc->set], TEXT(desc->name), type);
	else if (offset < head)
		fputs(": in our request's headers", r->d->out);
	else
		fputs(": at no attribute of our request", r->d->out);
}

/* The payload of one attribute, in words, after its name. */
static void value(struct reading *r, const struct attr_desc *desc, const uint8_t *p,
		  size_t len, int indent, int depth)
{
	FILE *out = r->d->out;
	uint32_t u32 = 0;
	char text[300] = "";

	if (len >= 4)
		memcpy(&u32, p, 4);
	switch (desc->form) {
	case F_STR:
		/* With its NUL, or without, its length ending it (ip sends
		 * IFLA_IFALIAS so, and an empty one to clear it). */
		fputc('"', out);
		for (const uint8_t *c = p; c < p + len && *c; c++)
			fprintf(out, *c >= 0x20 && *c < 0x7f && *c != '"' ? "%c" : "\\x%02x", *c);
		fputc('"', out);
		if (!memchr(p, '\0', len))
			fprintf(out, " (%zu bytes, no NUL)", len);
		break;
	case F_U8:
	case F_OPERSTATE:
		if (len < 1) {
			fputs("empty", out);
			break;
		}
		fprintf(out, "%u", p[0]);
		if (desc->form == F_OPERSTATE && name_of(&names_operstates, p[0]))
			fprintf(out, " (%s)", name_of(&names_operstates, p[0]));
		break;
	case F_U16:
		if (len < 2) {
			fputs("too short", out);
			break;
		}
		fprintf(out, "%u", (unsigned int)(p[0] | p[1] << 8));
		break;
	case F_BE16:
		if (len < 2) {
			fputs("too short", out);
			break;
		}
		fprintf(out, "%u", (unsigned int)(p[0] << 8 | p[1]));
		break;
	case F_U64:
		if (len < 8) {
			fputs("too short", out);
			break;
		}
		{
			uint64_t u64;

			memcpy(&u64, p, 8);
			fprintf(out, "%llu", (unsigned long long)u64);
		}
		break;
	case F_S32:
	case F_U32:
	case F_IFINDEX:
	case F_FD:
	case F_TABLE:
	case F_OFFSET:
	case F_ADDR_FLAGS:
		if (len < 4) {
			fputs("too short", out);
			break;
		}
		if (desc->form == F_S32)
			fprintf(out, "%d", (int32_t)u32);
		else
			fprintf(out, "%u", u32);
		if (desc->form == F_IFINDEX && u32 && r->peer_elsewhere && desc->type == IFLA_LINK)
			snprintf(text, sizeof(text), "in the namespace of that nsid");
		else if (desc->form == F_IFINDEX && u32 && r->moving)
			snprintf(text, sizeof(text), "in the namespace it moves to");
		else if (desc->form == F_IFINDEX && u32 && r->d->names)
			r->d->names->ifindex((int)u32, text, sizeof(text));
		else if (desc->form == F_FD && r->d->names)
			r->d->names->fd((int)u32, text, sizeof(text));
		else if (desc->form == F_TABLE)
			snprintf(text, sizeof(text), "%s", u32 == RT_TABLE_MAIN ? "main"
				 : u32 == RT_TABLE_LOCAL ? "local" : "");
		if (text[0])
			fprintf(out, " = %s", text);
		if (desc->form == F_ADDR_FLAGS) {
			const char *sep = " (";

			for (size_t i = 0; i < names_addr_flags.count; i++)
				if (u32 & names_addr_flags.values[i]) {
					fprintf(out, "%s%s", sep, name_at(&names_addr_flags, i));
					sep = ", ";
				}
			if (*sep == ',')
				fputc(')', out);
		}
		if (desc->form == F_OFFSET && r->request_msg)
			blame(r, u32);
		break;
	case F_FLAG:
		fputs(len ? "with a payload, unlooked for" : "set", out);
		break;
	case F_IP:
		show_ip(out, r->family, p, len);
		break;
	case F_MAC:
		for (size_t i = 0; i < len && i < 32; i++)
			fprintf(out, i ? ":%02x" : "%02x", p[i]);
		if (!len)
			fputs("empty", out);
		break;
	case F_ADDR_CACHE:
		if (len < sizeof(struct ifa_cacheinfo)) {
			fputs("too short", out);
			break;
		}
		{
			struct ifa_cacheinfo ci;

			memcpy(&ci, p, sizeof(ci));
			fprintf(out, "valid %u s, preferred %u s (4294967295: forever)",
				ci.ifa_valid, ci.ifa_prefered);
		}
		break;
	case F_NEST:
	case F_INFO_DATA:
	case F_SLAVE_DATA:
	case F_AF_SPEC:
	case F_PEER:
		fprintf(out, "nested, %zu bytes", len);
		break;
	default:
		fprintf(out, "%zu bytes", len);
		break;
	}
	fprintf(out, "   %s\n", *TEXT(desc->meaning) ? TEXT(desc->meaning) : set_meanings[desc->set]);
	if (desc->form == F_BIN && r->d->level >= 2)
		hex(r, p, len, 3 + indent + 2 + (r->d->level >= 2 ? 10 : 0));
	if (depth >= MAX_DEPTH)
		return;
	switch (desc->form) {
	case F_NEST:
		attrs_of(r, (enum set)desc->nest, p, len, indent + 2, depth + 1);
		break;
	case F_INFO_DATA:
		attrs_of(r, info_data_set(r->kind), p, len, indent + 2, depth + 1);
		break;
	case F_SLAVE_DATA:
		attrs_of(r, strcmp(r->slave_kind, "bridge") == 0 ? S_BRPORT : S_NONE,
			 p, len, indent + 2, depth + 1);
		break;
	case F_PEER:
		link_header(r, p, len, indent + 2);
		if (len >= NLMSG_ALIGN(sizeof(struct ifinfomsg)))
			attrs_of(r, S_LINK, p + NLMSG_ALIGN(sizeof(struct ifinfomsg)),
				 len - NLMSG_ALIGN(sizeof(struct ifinfomsg)), indent + 2, depth + 1);
		break;
	case F_AF_SPEC: {
		/* Each nested attribute is an address family. */
		size_t off = 0;

		while (len - off >= NLA_HDRLEN) {
			struct nlattr nla;

			memcpy(&nla, p + off, sizeof(nla));
			if (nla.nla_len < NLA_HDRLEN || nla.nla_len > len - off)
				break;
			line_start(r, indent + 2, p + off, nla.nla_len);
			fprintf(out, "%s (%u)   settings for this family\n",
				family_name(nla.nla_type & NLA_TYPE_MASK)
				? family_name(nla.nla_type & NLA_TYPE_MASK) : "family",
				nla.nla_type & NLA_TYPE_MASK);
			attrs_of(r, (nla.nla_type & NLA_TYPE_MASK) == AF_INET ? S_INET
				 : (nla.nla_type & NLA_TYPE_MASK) == AF_INET6 ? S_INET6 : S_NONE,
				 p + off + NLA_HDRLEN, nla.nla_len - NLA_HDRLEN, indent + 4, depth + 1);
			off += NLA_ALIGN(nla.nla_len);
			if (off > len)
				break;
		}
		break;
	}
	default:
		break;
	}
}

/* The attributes at AT, LEN bytes, of SET, a line each. */
static void attrs_of(struct reading *r, enum set set, const uint8_t *at, size_t len,
		     int indent, int depth)
{
	size_t off = 0;

	while (len - off >= NLA_HDRLEN) {
		struct nlattr nla;
		const struct attr_desc *desc;
		unsigned int type;
		char name[48];

		memcpy(&nla, at + off, sizeof(nla));
		if (nla.nla_len < NLA_HDRLEN || nla.nla_len > len - off) {
			line_start(r, indent, at + off, len - off);
			fprintf(r->d->out, "an attribute whose length %u does not fit: %zu bytes left\n",
				nla.nla_len, len - off);
			return;
		}
		type = nla.nla_type & NLA_TYPE_MASK;
		desc = attr_of(set, type);
		line_start(r, indent, at + off, nla.nla_len);
		snprintf(name, sizeof(name), "%s%s (%u)", desc ? set_prefixes[desc->set] : "",
			 desc ? TEXT(desc->name) : "type", type);
		fprintf(r->d->out, "%-*s ", 30 - indent > 0 ? 30 - indent : 1, name);
		if (desc) {
			const uint8_t *p = at + off + NLA_HDRLEN;
			size_t plen = nla.nla_len - NLA_HDRLEN;

			if (desc->form == F_STR && set == S_LINKINFO && memchr(p, '\0', plen))
				snprintf(type == IFLA_INFO_KIND ? r->kind : r->slave_kind,
					 sizeof(r->kind), "%s", (const char *)p);
			if (set == S_LINK && type == IFLA_LINK_NETNSID)
				r->peer_elsewhere = true;
			if (set == S_LINK && depth == 0 && r->request &&
			    (type == IFLA_NET_NS_FD || type == IFLA_NET_NS_PID))
				r->moving = true;
			value(r, desc, p, plen, indent, depth);
		} else {
			fprintf(r->d->out, "%u byte%s   not in tinyip's table\n", nla.nla_len - NLA_HDRLEN,
				nla.nla_len - NLA_HDRLEN == 1 ? "" : "s");
			if (r->d->level >= 2)
				hex(r, at + off + NLA_HDRLEN, nla.nla_len - NLA_HDRLEN, 3 + indent + 12);
		}
		off += NLA_ALIGN(nla.nla_len);
		if (off > len)
			return;
	}
	if (off < len) {
		line_start(r, indent, at + off, len - off);
		fprintf(r->d->out, "%zu bytes left over, too few for an attribute\n", len - off);
	}
}

/* The family header of a message, then its attributes. */
static void body(struct reading *r, const struct msg_desc *msg, const uint8_t *p, size_t len)
{
	size_t head = 0;

	switch (msg ? msg->header : H_NONE) {
	case H_LINK:
		link_header(r, p, len, 0);
		head = sizeof(struct ifinfomsg);
		break;
	case H_ADDR:
		address_header(r, p, len);
		head = sizeof(struct ifaddrmsg);
		break;
	case H_ROUTE:
		route_header(r, p, len);
		head = sizeof(struct rtmsg);
		break;
	case H_GEN:
		line_start(r, 0, p, sizeof(struct rtgenmsg));
		if (len >= 1)
			fprintf(r->d->out, "rtgenmsg   family %s\n",
				family_name(p[0]) ? family_name(p[0]) : "?");
		head = sizeof(struct rtgenmsg);
		break;
	default:
		if (len && r->d->level >= 2)
			hex(r, p, len, 3);
		return;
	}
	head = NLMSG_ALIGN(head);
	if (len > head)
		attrs_of(r, (enum set)msg->set, p + head, len - head, 0, 0);
}

/* "RTM_NEWLINK (16)", or the number not in the table. */
static void type_words(FILE *out, const struct msg_desc *msg, unsigned int type)
{
	if (msg)
		fprintf(out, "%s (%u)", TEXT(msg->name), type);
	else
		fprintf(out, "type %u (not in tinyip's table)", type);
}

static void flags_line(const struct reading *r, const struct nlmsghdr *nlh)
{
	enum flag_kind kind = flag_kind_of(nlh->nlmsg_type);

	line_start(r, 0, r->start + 6, 2);
	fputs("flags      ", r->d->out);
	if (!nlh->nlmsg_flags) {
		fputs("none (0x0)\n", r->d->out);
		return;
	}
	named_flags(r->d->out, nlh->nlmsg_flags, kind, false);
	fprintf(r->d->out, " (0x%x): ", nlh->nlmsg_flags);
	named_flags(r->d->out, nlh->nlmsg_flags, kind, true);
	if (r->request && kind == K_NEW && !(nlh->nlmsg_flags & NLM_F_CREATE))
		fputs("; no CREATE: it must exist already", r->d->out);
	fputc('\n', r->d->out);
}

void decode_request(const struct decode *d, const struct nlmsghdr *nlh, size_t len)
{
	const struct msg_desc *msg;
	struct reading r = {
		.d = d, .start = (const uint8_t *)nlh, .request = true,
	};

	if (len < NLMSG_HDRLEN) {
		fprintf(d->out, "%zu bytes, too few for a message\n", len);
		return;
	}
	msg = msg_of(nlh->nlmsg_type);
	r.msg_type = nlh->nlmsg_type;
	r.creating = nlh->nlmsg_flags & NLM_F_CREATE && flag_kind_of(nlh->nlmsg_type) == K_NEW;
	r.dumping = (nlh->nlmsg_flags & NLM_F_DUMP) == NLM_F_DUMP &&
		    flag_kind_of(nlh->nlmsg_type) == K_GET;
	type_words(d->out, msg, nlh->nlmsg_type);
	if (msg)
		fprintf(d->out, " \"%s\"", TEXT(msg->asks));
	fprintf(d->out, ", %u bytes\n", nlh->nlmsg_len);
	flags_line(&r, nlh);
	if (nlh->nlmsg_len < NLMSG_HDRLEN || nlh->nlmsg_len > len)
		return;
	if (d->level >= 2)
		hex(&r, (const uint8_t *)nlh, nlh->nlmsg_len, 3);
	body(&r, msg, (const uint8_t *)nlh + NLMSG_HDRLEN, nlh->nlmsg_len - NLMSG_HDRLEN);
}

/* A dump's object in a few words: "3 veth_ns1", "10.1.1.1/24 on 3". */
static void summary(const struct reading *r, const struct nlmsghdr *nlh)
{
	const uint8_t *p = (const uint8_t *)nlh + NLMSG_HDRLEN;
	size_t len = nlh->nlmsg_len - NLMSG_HDRLEN, head = 0;
	enum set set = S_NONE;
	FILE *out = r->d->out;
	char dst[INET6_ADDRSTRLEN] = "";
	int family = AF_UNSPEC;

	if (nlh->nlmsg_type == RTM_NEWLINK && len >= sizeof(struct ifinfomsg)) {
		struct ifinfomsg ifi;

		memcpy(&ifi, p, sizeof(ifi));
		fprintf(out, ": %d", ifi.ifi_index);
		head = sizeof(ifi);
		set = S_LINK;
	} else if (nlh->nlmsg_type == RTM_NEWADDR && len >= sizeof(struct ifaddrmsg)) {
		struct ifaddrmsg ifa;

		memcpy(&ifa, p, sizeof(ifa));
		fprintf(out, ": on %u,", ifa.ifa_index);
		family = ifa.ifa_family;
		head = sizeof(ifa);
		set = S_ADDR;
		snprintf(dst, sizeof(dst), "/%u", ifa.ifa_prefixlen);
	} else if (nlh->nlmsg_type == RTM_NEWROUTE && len >= sizeof(struct rtmsg)) {
		struct rtmsg rtm;

		memcpy(&rtm, p, sizeof(rtm));
		family = rtm.rtm_family;
		fprintf(out, ": table %u,", rtm.rtm_table);
		if (rtm.rtm_dst_len == 0)
			fputs(" default", out);
		head = sizeof(rtm);
		set = S_ROUTE;
		snprintf(dst, sizeof(dst), "/%u", rtm.rtm_dst_len);
	} else if (nlh->nlmsg_type == RTM_NEWNSID) {
		head = sizeof(struct rtgenmsg);
		set = S_NSID;
		fputc(':', out);
	}
	head = NLMSG_ALIGN(head);
	for (size_t off = head; set != S_NONE && len >= off + NLA_HDRLEN;) {
		struct nlattr nla;
		const uint8_t *v = p + off + NLA_HDRLEN;
		size_t vlen;

		memcpy(&nla, p + off, sizeof(nla));
		if (nla.nla_len < NLA_HDRLEN || nla.nla_len > len - off)
			break;
		vlen = nla.nla_len - NLA_HDRLEN;
		if (set == S_LINK && nla.nla_type == IFLA_IFNAME && memchr(v, '\0', vlen))
			fprintf(out, " %s", (const char *)v);
		else if ((set == S_ADDR && nla.nla_type == IFA_LOCAL) ||
			 (set == S_ROUTE && nla.nla_type == RTA_DST)) {
			fputc(' ', out);
			show_ip(out, family, v, vlen);
			fputs(dst, out);
		} else if (set == S_ROUTE && nla.nla_type == RTA_OIF && vlen >= 4) {
			uint32_t oif;

			memcpy(&oif, v, 4);
			fprintf(out, " dev %u", oif);
		} else if (set == S_NSID && nla.nla_type == NETNSA_NSID && vlen >= 4) {
			int32_t nsid;

			memcpy(&nsid, v, 4);
			fprintf(out, " nsid %d", nsid);
		}
		off += NLA_ALIGN(nla.nla_len);
	}
	fputc('\n', out);
}

void decode_answer(const struct decode *d, const struct nlmsghdr *nlh, size_t len,
		   const struct nlmsghdr *request, size_t request_len, bool summary_only)
{
	const struct msg_desc *msg;
	struct reading r = {
		.d = d, .start = (const uint8_t *)nlh,
		.request_msg = (const uint8_t *)request, .request_len = request_len,
	};

	if (len < NLMSG_HDRLEN || nlh->nlmsg_len < NLMSG_HDRLEN || nlh->nlmsg_len > len) {
		fprintf(d->out, "%zu bytes that are no whole message\n", len);
		return;
	}
	msg = msg_of(nlh->nlmsg_type);
	r.msg_type = nlh->nlmsg_type;
	type_words(d->out, msg, nlh->nlmsg_type);
	if (nlh->nlmsg_type == NLMSG_ERROR) {
		const uint8_t *p = (const uint8_t *)nlh + NLMSG_HDRLEN;
		size_t plen = nlh->nlmsg_len - NLMSG_HDRLEN, head;
		struct nlmsgerr err;

		if (plen < sizeof(err)) {
			fputs(", cut short\n", d->out);
			return;
		}
		memcpy(&err, p, sizeof(err));
		if (err.error == 0) {
			fputs(", error 0 = ACK, done\n", d->out);
		} else {
			/* Any int may come: INT_MIN has no negation. */
			long long wide = err.error < 0 ? -(long long)err.error : err.error;
			int code = wide > 4095 ? 0 : (int)wide;

			fprintf(d->out, ", error %d = %s \"%s\": refused\n", err.error,
				code && decode_errno_name(code) ? decode_errno_name(code) : "?",
				code ? strerror(code) : "no errno");
		}
		if (d->level >= 2)
			flags_line(&r, nlh);
		/* The kernel echoes our header (all of our request unless
		 * capped); the extended ack follows. */
		head = sizeof(err);
		if (!(nlh->nlmsg_flags & NLM_F_CAPPED) && err.msg.nlmsg_len >= NLMSG_HDRLEN)
			head = sizeof(err.error) + (((size_t)err.msg.nlmsg_len + 3) & ~(size_t)3);
		if (plen > head && (nlh->nlmsg_flags & NLM_F_ACK_TLVS))
			attrs_of(&r, S_ERR, p + head, plen - head, 0, 0);
		return;
	}
	if (nlh->nlmsg_type == NLMSG_DONE) {
		fputs(": the dump is complete\n", d->out);
		return;
	}
	if (summary_only) {
		summary(&r, nlh);
		return;
	}
	if (msg)
		fprintf(d->out, " \"%s\"", TEXT(msg->is));
	fprintf(d->out, ", %u bytes\n", nlh->nlmsg_len);
	flags_line(&r, nlh);
	body(&r, msg, (const uint8_t *)nlh + NLMSG_HDRLEN, nlh->nlmsg_len - NLMSG_HDRLEN);
}
