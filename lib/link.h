/* link: create, change and list network devices. */
#ifndef TINYIP_LINK_H
#define TINYIP_LINK_H

#include <stdbool.h>
#include <stdint.h>
#include <net/if.h>

#include "parse.h"
#include "rtnl.h"

#define LINK_ADDR_MAX 32
/* Room for a kind, "bridge", and for a KIND of linklist's type. */
#define LINK_KIND_SIZE 32

/* A veth pair: NAME [netns NS] peer PEER [netns NS]. The caller opens
 * the namespaces named on the fds (-1: this namespace). */
struct veth_req {
	const char *name;
	const char *netns;	/* NULL: here */
	const char *peer_name;
	const char *peer_netns;	/* NULL: here */
	int netns_fd;
	int peer_netns_fd;
};

/* The words of vethadd into OUT (fds -1): 0, or -1 with ERR naming the
 * word at fault (NULL: the usage as a whole) and why. */
int link_read_veth_words(int argc, char *const *argv, struct veth_req *out,
			 struct parse_error *err);

/* A VXLAN link: NAME id VNI [remote ADDR | group ADDR dev DEV] [local
 * ADDR] [dev DEV] [dstport PORT] [ttl N] [learning|nolearning]. */
struct vxlan_req {
	const char *name;
	uint32_t vni;
	int remote_family;	/* AF_INET, AF_INET6; AF_UNSPEC: none */
	bool group;		/* the remote is a multicast group */
	uint8_t remote[16];
	int local_family;	/* AF_UNSPEC: none */
	uint8_t local[16];
	const char *dev;	/* the underlay device, or NULL */
	uint16_t port;		/* host order; 4789 unless dstport says */
	bool has_ttl;
	uint8_t ttl;
	int learning;		/* -1: the kernel's default (on); 0 or 1 */
	/* What link_add_vxlan finds out before sending. */
	uint32_t dev_index;
};

/* The IANA port, vxlanadd's default (the kernel's own is 8472). */
#define VXLAN_PORT_IANA 4789

/* The words of vxlanadd into OUT: 0, or -1 with ERR naming the word at
 * fault (NULL: the usage as a whole) and why. */
int link_read_vxlan_words(int argc, char *const *argv, struct vxlan_req *out,
			  struct parse_error *err);

enum link_updown { LINK_UPDOWN_KEEP, LINK_UP, LINK_DOWN };

/* Changes to one device, all sent in one message. The kernel moves it to
 * another namespace first, then applies the rest there. */
struct link_change {
	const char *dev;
	enum link_updown updown;
	const char *netns;	/* netns NS: a name, else a process id; NULL: stay */
	bool has_master;	/* master BR or nomaster */
	const char *master;	/* NULL with has_master: nomaster */
	bool has_mtu;
	uint32_t mtu;
	const char *new_name;	/* NULL: keep */
	unsigned int address_len;	/* 0: keep */
	uint8_t address[LINK_ADDR_MAX];
	const char *alias;	/* alias TEXT, "" to clear it; NULL: keep */
	bool has_txqlen;
	uint32_t txqlen;
	/* promisc, arp (IFF_NOARP, inverted), multicast, allmulticast: the
	 * IFF_* bits to change (ifi_change) and their new values (ifi_flags). */
	unsigned int flag_mask;
	unsigned int flag_values;
	/* What link_apply_change finds out before sending. */
	int index;		/* > 0: find the device by index, so that
				 * it can be renamed; else by DEV */
	int netns_fd;		/* -1: stay */
	int netns_pid;		/* 0: stay; else the namespace of this process */
	uint32_t master_index;	/* the bridge's index; 0: leave the bridge */
};

/* "[dev] DEV {up|down|netns NS|master BR|nomaster|mtu N|name NEW|address
 * MAC|alias TEXT|txqueuelen N|{promisc|arp|multicast|allmulticast}
 * {on|off}}..." into OUT: 0, or -1 with ERR naming the word at fault. */
int link_read_change_words(int argc, char *const *argv, struct link_change *out,
			   struct parse_error *err);

/* What a dump says of one device. */
struct link_info {
	int index;
	unsigned int flags;
	unsigned short type;	/* ARPHRD_* */
	char name[IF_NAMESIZE];
	bool has_linkinfo;	/* IFLA_LINKINFO: it has a kind (ip's test) */
	char kind[LINK_KIND_SIZE];	/* IFLA_INFO_KIND: "veth", "bridge", or "" */
	char slave_kind[LINK_KIND_SIZE];	/* IFLA_INFO_SLAVE_KIND: its master's */
	uint32_t mtu;
	uint32_t min_mtu, max_mtu;	/* 0: not told */
	char qdisc[32];
	uint32_t master;	/* 0: none */
	uint8_t operstate;
	int has_linkmode;
	uint8_t linkmode;
	uint32_t group;
	uint32_t txqlen;
	int has_link;
	uint32_t link;		/* the peer's or lower device's index */
	int has_link_netnsid;
	int32_t link_netnsid;
	uint8_t address[LINK_ADDR_MAX];
	unsigned int address_len;
	uint8_t broadcast[LINK_ADDR_MAX];
	unsigned int broadcast_len;
	uint8_t perm_address[LINK_ADDR_MAX];
	unsigned int perm_address_len;
	int has_proto_down;
	uint8_t proto_down;	/* IFLA_PROTO_DOWN: 1, held down */
	int has_proto_down_reason;
	uint32_t proto_down_reason;	/* IFLA_PROTO_DOWN_REASON_VALUE: bits */
	const struct nlattr *altnames;	/* IFLA_PROP_LIST, in the message */
	const char *alias;	/* IFLA_IFALIAS, in the message, or NULL */
	const struct nlmsghdr *msg;	/* the message itself (ip -d reads the rest) */
};

/* Builders fill BUF, RTNL_REQUEST_SIZE bytes. */
struct nlmsghdr *link_build_veth(void *buf, const struct veth_req *req);
int link_add_veth(struct rtnl *rt, const struct veth_req *req,
		  struct rtnl_err *err);

struct nlmsghdr *link_build_bridge(void *buf, const char *name);
int link_add_bridge(struct rtnl *rt, const char *name, struct rtnl_err *err);

struct nlmsghdr *link_build_vxlan(void *buf, const struct vxlan_req *req);
/* Find DEV (no such device: -ENODEV, with ERR naming it), then send. */
int link_add_vxlan(struct rtnl *rt, struct vxlan_req *req, struct rtnl_err *err);

struct nlmsghdr *link_build_delete(void *buf, const char *name);
int link_delete(struct rtnl *rt, const char *name, struct rtnl_err *err);

struct nlmsghdr *link_build_change(void *buf, const struct link_change *change);
/* Find what CHANGE names (the target namespace, the bridge there, the
 * index to rename by), refuse first what the kernel would refuse only
 * half-way (a taken name, an mtu or address the device cannot take, a
 * master that takes no ports), then send it. Returns 0 or -errno with the
 * reason in ERR, and the word it is about in ERR->object (NULL: DEV). */
int link_apply_change(struct rtnl *rt, struct link_change *change,
		      struct rtnl_err *err);

int link_dump(struct rtnl *rt, struct rtnl_msgs *links, struct rtnl_err *err);

/* A dump of the devices of KIND only: IFLA_LINKINFO {IFLA_INFO_KIND} in
 * the request, as ip sends it. A kind the kernel does not know (its
 * module not loaded) filters nothing: the caller checks each device. */
struct nlmsghdr *link_build_dump_kind(void *buf, const char *kind);
int link_dump_kind(struct rtnl *rt, const char *kind, struct rtnl_msgs *links,
		   struct rtnl_err *err);

/* The device of INDEX, its message added to MSGS: 0, or -errno
 * (-ENODEV: none). */
int link_fetch_index(struct rtnl *rt, int index, struct rtnl_msgs *msgs);

/* linklist's words: [type KIND] [[dev] DEV], in either order. */
struct link_filter {
	const char *dev;	/* NULL: every device */
	bool has_kind;
	bool slave;		/* KIND_slave: the kind of the device's master */
	char kind[LINK_KIND_SIZE];	/* without "_slave" */
};

/* The words of linklist into OUT: 0, or -1 with ERR naming the word at
 * fault. */
int link_read_list_words(int argc, char *const *argv, struct link_filter *out,
			 struct parse_error *err);

/* Whether LINK is one FILTER lists: ip's test, a kind in IFLA_LINKINFO
 * (IFLA_INFO_KIND, or IFLA_INFO_SLAVE_KIND for KIND_slave). */
bool link_filter_match(const struct link_filter *filter, const struct link_info *link);

/* The dumped devices whose other end (IFLA_LINK_NETNSID) is in the
 * namespace of id NSID: their indexes added to *INDEXES, a growing array
 * of *COUNT that the caller frees. 0 or -ENOMEM. */
int link_peers_of(const struct rtnl_msgs *links, int nsid, int **indexes, size_t *count);

/* 1 while there is a device of INDEX here, 0 when there is none, or
 * -errno. */
int link_here(struct rtnl *rt, int index);

/* The one device NAME, into LINK (its message kept in MSGS). */
int link_get(struct rtnl *rt, const char *name, struct rtnl_msgs *msgs,
	     struct link_info *link, struct rtnl_err *err);

/* 1 when device NAME here is a veth whose peer is PEER_NAME, in the
 * namespace open on PEER_NETNS_FD (-1: here); 0 when not; or -errno. */
int link_is_veth_pair(struct rtnl *rt, const char *name, const char *peer_name,
		      int peer_netns_fd);

/* The settings of LINK if it is a VXLAN device, read from its message
 * into OUT (the VNI, remote or group, local, the underlay's index in
 * dev_index, the port, ttl, learning): true; false for another kind. */
bool link_vxlan_settings(const struct link_info *link, struct vxlan_req *out);

/* Whether a device of KIND can take ports: bridge, bond, team, vrf. */
bool link_kind_takes_ports(const char *kind);

/* Why the kernel would refuse the mtu or address of CHANGE for device
 * LINK, in the kernel's words, or NULL. The kernel applies a namespace
 * move before these, so a late refusal would leave the device moved:
 * asking first keeps linkset all or nothing. */
const char *link_change_refusal(const struct link_info *link,
				const struct link_change *change);

/* Read an RTM_NEWLINK message; -EBADMSG if it is not one. */
int link_parse(const struct nlmsghdr *nlh, struct link_info *info);

/* The dumped device with INDEX or NAME; 0 when found, else -ENODEV. */
int link_find_index(const struct rtnl_msgs *links, int index,
		    struct link_info *info);
int link_find_name(const struct rtnl_msgs *links, const char *name,
		   struct link_info *info);

#endif
