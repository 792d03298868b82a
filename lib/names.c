/* names: the words iproute2 6.1 uses for the kernel's numbers. */
#include <net/if.h>
#include <linux/if_addr.h>
#include <linux/if_arp.h>
#include <linux/if_link.h>
#include <linux/rtnetlink.h>

#include "names.h"

#ifndef IFF_LOWER_UP
#define IFF_LOWER_UP 0x10000
#define IFF_DORMANT 0x20000
#define IFF_ECHO 0x40000
#endif

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

#define TABLE(array) { (array), sizeof(array) / sizeof((array)[0]) }
const struct name_table names_operstates = TABLE(operstates);
const struct name_table names_linkmodes = TABLE(linkmodes);
const struct name_table names_link_types = TABLE(link_types);
const struct name_table names_scopes = TABLE(scopes);
const struct name_table names_protocols = TABLE(protocols);
const struct name_table names_route_types = TABLE(route_types);
const struct name_table names_link_flags = TABLE(link_flags);
const struct name_table names_addr_flags = TABLE(addr_flags);
const struct name_table names_route_flags = TABLE(route_flags);

const char *name_of(const struct name_table *table, unsigned int value)
{
	for (size_t n = 0; n < table->count; n++)
		if (table->names[n].value == value)
			return table->names[n].name;
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
