/* names: the words iproute2 6.1 uses for the kernel's numbers. Each
 * table is its values and one string of their names, back to back:
 * tables of pointers would cost a relocation each. */
#include <net/if.h>
#include <string.h>
#include <linux/if_addr.h>
#include <linux/if_arp.h>
#include <linux/if_link.h>
#include <linux/rtnetlink.h>

#include <stdint.h>

#include "names.h"

#ifndef IFF_LOWER_UP
#define IFF_LOWER_UP 0x10000
#define IFF_DORMANT 0x20000
#define IFF_ECHO 0x40000
#endif

#define OPERSTATES(N) \
	N(IF_OPER_UNKNOWN, "UNKNOWN") \
	N(IF_OPER_NOTPRESENT, "NOTPRESENT") \
	N(IF_OPER_DOWN, "DOWN") \
	N(IF_OPER_LOWERLAYERDOWN, "LOWERLAYERDOWN") \
	N(IF_OPER_TESTING, "TESTING") \
	N(IF_OPER_DORMANT, "DORMANT") \
	N(IF_OPER_UP, "UP")
/* iproute2 6.1 names no more than these. */
#define LINKMODES(N) \
	N(IF_LINK_MODE_DEFAULT, "DEFAULT") \
	N(IF_LINK_MODE_DORMANT, "DORMANT")
/* iproute2 6.1's names, in its order. */
#define LINK_TYPES(N) \
	N(ARPHRD_NETROM, "netrom") \
	N(ARPHRD_ETHER, "ether") \
	N(ARPHRD_EETHER, "eether") \
	N(ARPHRD_AX25, "ax25") \
	N(ARPHRD_PRONET, "pronet") \
	N(ARPHRD_CHAOS, "chaos") \
	N(ARPHRD_IEEE802, "ieee802") \
	N(ARPHRD_ARCNET, "arcnet") \
	N(ARPHRD_APPLETLK, "atalk") \
	N(ARPHRD_DLCI, "dlci") \
	N(ARPHRD_ATM, "atm") \
	N(ARPHRD_METRICOM, "metricom") \
	N(ARPHRD_IEEE1394, "ieee1394") \
	N(ARPHRD_INFINIBAND, "infiniband") \
	N(ARPHRD_SLIP, "slip") \
	N(ARPHRD_CSLIP, "cslip") \
	N(ARPHRD_SLIP6, "slip6") \
	N(ARPHRD_CSLIP6, "cslip6") \
	N(ARPHRD_RSRVD, "rsrvd") \
	N(ARPHRD_ADAPT, "adapt") \
	N(ARPHRD_ROSE, "rose") \
	N(ARPHRD_X25, "x25") \
	N(ARPHRD_HWX25, "hwx25") \
	N(ARPHRD_CAN, "can") \
	N(ARPHRD_PPP, "ppp") \
	N(ARPHRD_HDLC, "hdlc") \
	N(ARPHRD_LAPB, "lapb") \
	N(ARPHRD_DDCMP, "ddcmp") \
	N(ARPHRD_RAWHDLC, "rawhdlc") \
	N(ARPHRD_TUNNEL, "ipip") \
	N(ARPHRD_TUNNEL6, "tunnel6") \
	N(ARPHRD_FRAD, "frad") \
	N(ARPHRD_SKIP, "skip") \
	N(ARPHRD_LOOPBACK, "loopback") \
	N(ARPHRD_LOCALTLK, "ltalk") \
	N(ARPHRD_FDDI, "fddi") \
	N(ARPHRD_BIF, "bif") \
	N(ARPHRD_SIT, "sit") \
	N(ARPHRD_IPDDP, "ip/ddp") \
	N(ARPHRD_IPGRE, "gre") \
	N(ARPHRD_PIMREG, "pimreg") \
	N(ARPHRD_HIPPI, "hippi") \
	N(ARPHRD_ASH, "ash") \
	N(ARPHRD_ECONET, "econet") \
	N(ARPHRD_IRDA, "irda") \
	N(ARPHRD_FCPP, "fcpp") \
	N(ARPHRD_FCAL, "fcal") \
	N(ARPHRD_FCPL, "fcpl") \
	N(ARPHRD_FCFABRIC, "fcfb0") \
	N(ARPHRD_FCFABRIC + 1, "fcfb1") \
	N(ARPHRD_FCFABRIC + 2, "fcfb2") \
	N(ARPHRD_FCFABRIC + 3, "fcfb3") \
	N(ARPHRD_FCFABRIC + 4, "fcfb4") \
	N(ARPHRD_FCFABRIC + 5, "fcfb5") \
	N(ARPHRD_FCFABRIC + 6, "fcfb6") \
	N(ARPHRD_FCFABRIC + 7, "fcfb7") \
	N(ARPHRD_FCFABRIC + 8, "fcfb8") \
	N(ARPHRD_FCFABRIC + 9, "fcfb9") \
	N(ARPHRD_FCFABRIC + 10, "fcfb10") \
	N(ARPHRD_FCFABRIC + 11, "fcfb11") \
	N(ARPHRD_FCFABRIC + 12, "fcfb12") \
	N(ARPHRD_IEEE802_TR, "tr") \
	N(ARPHRD_IEEE80211, "ieee802.11") \
	N(ARPHRD_IEEE80211_PRISM, "ieee802.11/prism") \
	N(ARPHRD_IEEE80211_RADIOTAP, "ieee802.11/radiotap") \
	N(ARPHRD_IEEE802154, "ieee802.15.4") \
	N(ARPHRD_IEEE802154_MONITOR, "ieee802.15.4/monitor") \
	N(ARPHRD_PHONET, "phonet") \
	N(ARPHRD_PHONET_PIPE, "phonet_pipe") \
	N(ARPHRD_CAIF, "caif") \
	N(ARPHRD_IP6GRE, "gre6") \
	N(ARPHRD_NETLINK, "netlink") \
	N(ARPHRD_6LOWPAN, "6lowpan") \
	N(ARPHRD_NONE, "none") \
	N(ARPHRD_VOID, "void")
#define SCOPES(N) \
	N(RT_SCOPE_UNIVERSE, "global") \
	N(RT_SCOPE_SITE, "site") \
	N(RT_SCOPE_LINK, "link") \
	N(RT_SCOPE_HOST, "host") \
	N(RT_SCOPE_NOWHERE, "nowhere")
#define PROTOCOLS(N) \
	N(RTPROT_UNSPEC, "unspec") \
	N(RTPROT_REDIRECT, "redirect") \
	N(RTPROT_KERNEL, "kernel") \
	N(RTPROT_BOOT, "boot") \
	N(RTPROT_STATIC, "static") \
	N(RTPROT_GATED, "gated") \
	N(RTPROT_RA, "ra") \
	N(RTPROT_MRT, "mrt") \
	N(RTPROT_ZEBRA, "zebra") \
	N(RTPROT_BIRD, "bird") \
	N(RTPROT_DNROUTED, "dnrouted") \
	N(RTPROT_XORP, "xorp") \
	N(RTPROT_NTK, "ntk") \
	N(RTPROT_DHCP, "dhcp") \
	N(RTPROT_KEEPALIVED, "keepalived") \
	N(RTPROT_BABEL, "babel") \
	N(RTPROT_OPENR, "openr") \
	N(RTPROT_BGP, "bgp") \
	N(RTPROT_ISIS, "isis") \
	N(RTPROT_OSPF, "ospf") \
	N(RTPROT_RIP, "rip") \
	N(RTPROT_EIGRP, "eigrp")
#define ROUTE_TYPES(N) \
	N(RTN_UNSPEC, "none") \
	N(RTN_UNICAST, "unicast") \
	N(RTN_LOCAL, "local") \
	N(RTN_BROADCAST, "broadcast") \
	N(RTN_ANYCAST, "anycast") \
	N(RTN_MULTICAST, "multicast") \
	N(RTN_BLACKHOLE, "blackhole") \
	N(RTN_UNREACHABLE, "unreachable") \
	N(RTN_PROHIBIT, "prohibit") \
	N(RTN_THROW, "throw") \
	N(RTN_NAT, "nat") \
	N(RTN_XRESOLVE, "xresolve")
/* In the order iproute2 shows them. */
#define LINK_FLAGS(N) \
	N(IFF_LOOPBACK, "LOOPBACK") \
	N(IFF_BROADCAST, "BROADCAST") \
	N(IFF_POINTOPOINT, "POINTOPOINT") \
	N(IFF_MULTICAST, "MULTICAST") \
	N(IFF_NOARP, "NOARP") \
	N(IFF_ALLMULTI, "ALLMULTI") \
	N(IFF_PROMISC, "PROMISC") \
	N(IFF_MASTER, "MASTER") \
	N(IFF_SLAVE, "SLAVE") \
	N(IFF_DEBUG, "DEBUG") \
	N(IFF_DYNAMIC, "DYNAMIC") \
	N(IFF_AUTOMEDIA, "AUTOMEDIA") \
	N(IFF_PORTSEL, "PORTSEL") \
	N(IFF_NOTRAILERS, "NOTRAILERS") \
	N(IFF_UP, "UP") \
	N(IFF_LOWER_UP, "LOWER_UP") \
	N(IFF_DORMANT, "DORMANT") \
	N(IFF_ECHO, "ECHO")
#define ADDR_FLAGS(N) \
	N(IFA_F_SECONDARY, "secondary") \
	N(IFA_F_NODAD, "nodad") \
	N(IFA_F_OPTIMISTIC, "optimistic") \
	N(IFA_F_DADFAILED, "dadfailed") \
	N(IFA_F_HOMEADDRESS, "home") \
	N(IFA_F_DEPRECATED, "deprecated") \
	N(IFA_F_TENTATIVE, "tentative") \
	N(IFA_F_PERMANENT, "permanent") \
	N(IFA_F_MANAGETEMPADDR, "mngtmpaddr") \
	N(IFA_F_NOPREFIXROUTE, "noprefixroute") \
	N(IFA_F_MCAUTOJOIN, "autojoin") \
	N(IFA_F_STABLE_PRIVACY, "stable-privacy")
/* In the order iproute2 shows them. */
#define ROUTE_FLAGS(N) \
	N(RTNH_F_DEAD, "dead") \
	N(RTNH_F_ONLINK, "onlink") \
	N(RTNH_F_PERVASIVE, "pervasive") \
	N(RTNH_F_OFFLOAD, "offload") \
	N(RTNH_F_TRAP, "trap") \
	N(RTM_F_NOTIFY, "notify") \
	N(RTNH_F_LINKDOWN, "linkdown") \
	N(RTNH_F_UNRESOLVED, "unresolved") \
	N(RTM_F_OFFLOAD, "rt_offload") \
	N(RTM_F_TRAP, "rt_trap") \
	N(RTM_F_OFFLOAD_FAILED, "rt_offload_failed")
/* A route's metrics (RTAX_*), as ip route names them. */
#define ROUTE_METRICS(N) \
	N(RTAX_MTU, "mtu") \
	N(RTAX_WINDOW, "window") \
	N(RTAX_RTT, "rtt") \
	N(RTAX_RTTVAR, "rttvar") \
	N(RTAX_SSTHRESH, "ssthresh") \
	N(RTAX_CWND, "cwnd") \
	N(RTAX_ADVMSS, "advmss") \
	N(RTAX_REORDERING, "reordering") \
	N(RTAX_HOPLIMIT, "hoplimit") \
	N(RTAX_INITCWND, "initcwnd") \
	N(RTAX_FEATURES, "features") \
	N(RTAX_RTO_MIN, "rto_min") \
	N(RTAX_INITRWND, "initrwnd") \
	N(RTAX_QUICKACK, "quickack") \
	N(RTAX_CC_ALGO, "congctl") \
	N(RTAX_FASTOPEN_NO_COOKIE, "fastopen_no_cookie")
/* The tables /etc/iproute2/rt_tables names. */
#define ROUTE_TABLES(N) \
	N(RT_TABLE_DEFAULT, "default") \
	N(RT_TABLE_MAIN, "main") \
	N(RT_TABLE_LOCAL, "local")

#define VALUE(value, name) value,
#define NAME(value, name) name "\0"
#define TABLE(list, table) \
	static const uint32_t table##_values[] = { list(VALUE) }; \
	const struct name_table names_##table = { \
		table##_values, list(NAME), sizeof(table##_values) / sizeof(uint32_t) }
TABLE(OPERSTATES, operstates); /* NOLINT(bugprone-string-literal-with-embedded-nul): the names, NUL-separated */
TABLE(LINKMODES, linkmodes); /* NOLINT(bugprone-string-literal-with-embedded-nul): the names, NUL-separated */
TABLE(LINK_TYPES, link_types); /* NOLINT(bugprone-string-literal-with-embedded-nul): the names, NUL-separated */
TABLE(SCOPES, scopes); /* NOLINT(bugprone-string-literal-with-embedded-nul): the names, NUL-separated */
TABLE(PROTOCOLS, protocols); /* NOLINT(bugprone-string-literal-with-embedded-nul): the names, NUL-separated */
TABLE(ROUTE_TYPES, route_types); /* NOLINT(bugprone-string-literal-with-embedded-nul): the names, NUL-separated */
TABLE(LINK_FLAGS, link_flags); /* NOLINT(bugprone-string-literal-with-embedded-nul): the names, NUL-separated */
TABLE(ADDR_FLAGS, addr_flags); /* NOLINT(bugprone-string-literal-with-embedded-nul): the names, NUL-separated */
TABLE(ROUTE_FLAGS, route_flags); /* NOLINT(bugprone-string-literal-with-embedded-nul): the names, NUL-separated */
TABLE(ROUTE_METRICS, route_metrics); /* NOLINT(bugprone-string-literal-with-embedded-nul): the names, NUL-separated */
TABLE(ROUTE_TABLES, route_tables); /* NOLINT(bugprone-string-literal-with-embedded-nul): the names, NUL-separated */

const char *name_at(const struct name_table *table, size_t i)
{
	const char *name = table->names;

	while (i--)
		name += strlen(name) + 1;
	return name;
}

const char *name_of(const struct name_table *table, unsigned int value)
{
	const char *name = table->names;

	for (size_t i = 0; i < table->count; i++, name += strlen(name) + 1)
		if (table->values[i] == value)
			return name;
	return NULL;
}

const char *names_route_pref(unsigned int pref)
{
	switch (pref) {
	case 0: return "medium";
	case 1: return "high";
	case 3: return "low";
	default: return NULL;
	}
}
