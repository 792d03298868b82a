#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <net/if.h>
#include <libmnl/libmnl.h>
#include <linux/if_link.h>
#include <linux/rtnetlink.h>
#include <linux/veth.h>
#include <arpa/inet.h>
#include <linux/if.h>	/* after <net/if.h>, which it then leaves be */

#include "explain.h"
#include "link.h"
#include "netns.h"

/* The flags linkset's on|off keywords set, and its undo puts back. */
#define LINK_SET_FLAGS (IFF_PROMISC | IFF_NOARP | IFF_MULTICAST | IFF_ALLMULTI)

static struct nlmsghdr *link_put_header(void *buf, uint16_t type, uint16_t flags)
{
	struct nlmsghdr *nlh = rtnl_put_request(buf, type, flags);
	struct ifinfomsg *ifi;

	ifi = mnl_nlmsg_put_extra_header(nlh, sizeof(*ifi));
	ifi->ifi_family = AF_UNSPEC;
	return nlh;
}

struct nlmsghdr *link_build_veth(void *buf, const struct veth_req *req)
{
	struct nlmsghdr *nlh = link_put_header(buf, RTM_NEWLINK,
					       NLM_F_CREATE | NLM_F_EXCL);
	struct nlattr *linkinfo, *data, *peer;
	struct ifinfomsg *peer_ifi;

	mnl_attr_put_strz(nlh, IFLA_IFNAME, req->name);
	if (req->netns_fd >= 0)
		mnl_attr_put_u32(nlh, IFLA_NET_NS_FD, (uint32_t)req->netns_fd);
	linkinfo = mnl_attr_nest_start(nlh, IFLA_LINKINFO);
	mnl_attr_put_strz(nlh, IFLA_INFO_KIND, "veth");
	data = mnl_attr_nest_start(nlh, IFLA_INFO_DATA);
	peer = mnl_attr_nest_start(nlh, VETH_INFO_PEER);
	/* The peer is described like a link of its own: header, then attributes. */
	peer_ifi = mnl_nlmsg_get_payload_tail(nlh);
	memset(peer_ifi, 0, NLMSG_ALIGN(sizeof(*peer_ifi)));
	peer_ifi->ifi_family = AF_UNSPEC;
	nlh->nlmsg_len += NLMSG_ALIGN(sizeof(*peer_ifi));
	mnl_attr_put_strz(nlh, IFLA_IFNAME, req->peer_name);
	if (req->peer_netns_fd >= 0)
		mnl_attr_put_u32(nlh, IFLA_NET_NS_FD, (uint32_t)req->peer_netns_fd);
	mnl_attr_nest_end(nlh, peer);
	mnl_attr_nest_end(nlh, data);
	mnl_attr_nest_end(nlh, linkinfo);
	return nlh;
}

int link_add_veth(struct rtnl *rt, const struct veth_req *req,
		  struct rtnl_err *err)
{
	char buf[RTNL_REQUEST_SIZE];

	return rtnl_talk(rt, link_build_veth(buf, req), NULL, NULL, err);
}

struct nlmsghdr *link_build_bridge(void *buf, const char *name)
{
	struct nlmsghdr *nlh = link_put_header(buf, RTM_NEWLINK,
					       NLM_F_CREATE | NLM_F_EXCL);
	struct nlattr *linkinfo;

	mnl_attr_put_strz(nlh, IFLA_IFNAME, name);
	linkinfo = mnl_attr_nest_start(nlh, IFLA_LINKINFO);
	mnl_attr_put_strz(nlh, IFLA_INFO_KIND, "bridge");
	mnl_attr_nest_end(nlh, linkinfo);
	return nlh;
}

int link_add_bridge(struct rtnl *rt, const char *name, struct rtnl_err *err)
{
	char buf[RTNL_REQUEST_SIZE];

	return rtnl_talk(rt, link_build_bridge(buf, name), NULL, NULL, err);
}

struct nlmsghdr *link_build_vxlan(void *buf, const struct vxlan_req *req)
{
	struct nlmsghdr *nlh = link_put_header(buf, RTM_NEWLINK,
					       NLM_F_CREATE | NLM_F_EXCL);
	struct nlattr *linkinfo, *data;

	mnl_attr_put_strz(nlh, IFLA_IFNAME, req->name);
	linkinfo = mnl_attr_nest_start(nlh, IFLA_LINKINFO);
	mnl_attr_put_strz(nlh, IFLA_INFO_KIND, "vxlan");
	data = mnl_attr_nest_start(nlh, IFLA_INFO_DATA);
	mnl_attr_put_u32(nlh, IFLA_VXLAN_ID, req->vni);
	/* A remote and a group go in the same attribute: the kernel tells
	 * them apart by the address. */
	if (req->remote_family == AF_INET)
		mnl_attr_put(nlh, IFLA_VXLAN_GROUP, 4, req->remote);
	else if (req->remote_family == AF_INET6)
		mnl_attr_put(nlh, IFLA_VXLAN_GROUP6, 16, req->remote);
	if (req->local_family == AF_INET)
		mnl_attr_put(nlh, IFLA_VXLAN_LOCAL, 4, req->local);
	else if (req->local_family == AF_INET6)
		mnl_attr_put(nlh, IFLA_VXLAN_LOCAL6, 16, req->local);
	if (req->dev_index)
		mnl_attr_put_u32(nlh, IFLA_VXLAN_LINK, req->dev_index);
	if (req->has_ttl)
		mnl_attr_put_u8(nlh, IFLA_VXLAN_TTL, req->ttl);
	if (req->learning >= 0)
		mnl_attr_put_u8(nlh, IFLA_VXLAN_LEARNING, (uint8_t)req->learning);
	mnl_attr_put_u16(nlh, IFLA_VXLAN_PORT, htons(req->port));
	mnl_attr_nest_end(nlh, data);
	mnl_attr_nest_end(nlh, linkinfo);
	return nlh;
}

static int refuse(struct rtnl_err *err, int error, const char *object,
		  const char *why);

int link_add_vxlan(struct rtnl *rt, struct vxlan_req *req, struct rtnl_err *err)
{
	char buf[RTNL_REQUEST_SIZE];

	err->msg[0] = '\0';
	err->object = NULL;
	err->lost = false;
	err->done = 0;
	if (req->dev) {
		req->dev_index = if_nametoindex(req->dev);
		if (!req->dev_index)
			return refuse(err, -ENODEV, req->dev, "no such device");
	}
	return rtnl_talk(rt, link_build_vxlan(buf, req), NULL, NULL, err);
}

struct nlmsghdr *link_build_delete(void *buf, const char *name)
{
	struct nlmsghdr *nlh = link_put_header(buf, RTM_DELLINK, 0);

	mnl_attr_put_strz(nlh, IFLA_IFNAME, name);
	return nlh;
}

int link_delete(struct rtnl *rt, const char *name, struct rtnl_err *err)
{
	char buf[RTNL_REQUEST_SIZE];

	return rtnl_talk(rt, link_build_delete(buf, name), NULL, NULL, err);
}

struct nlmsghdr *link_build_change(void *buf, const struct link_change *change)
{
	struct nlmsghdr *nlh = link_put_header(buf, RTM_NEWLINK, 0);
	struct ifinfomsg *ifi = mnl_nlmsg_get_payload(nlh);

	/* By name, so that the kernel looks it up in the same step; by
	 * index when IFLA_IFNAME is to carry a new name. */
	if (change->index > 0)
		ifi->ifi_index = change->index;
	else
		mnl_attr_put_strz(nlh, IFLA_IFNAME, change->dev);
	if (change->index > 0 && change->new_name)
		mnl_attr_put_strz(nlh, IFLA_IFNAME, change->new_name);
	ifi->ifi_change = change->flag_mask;
	ifi->ifi_flags = change->flag_values;
	if (change->updown != LINK_UPDOWN_KEEP) {
		ifi->ifi_change |= IFF_UP;
		ifi->ifi_flags |= change->updown == LINK_UP ? IFF_UP : 0;
	}
	if (change->netns_fd >= 0)
		mnl_attr_put_u32(nlh, IFLA_NET_NS_FD, (uint32_t)change->netns_fd);
	else if (change->netns_pid > 0)
		mnl_attr_put_u32(nlh, IFLA_NET_NS_PID, (uint32_t)change->netns_pid);
	if (change->has_mtu)
		mnl_attr_put_u32(nlh, IFLA_MTU, change->mtu);
	if (change->has_master)
		mnl_attr_put_u32(nlh, IFLA_MASTER, change->master_index);
	if (change->address_len)
		mnl_attr_put(nlh, IFLA_ADDRESS, change->address_len, change->address);
	/* The text without its NUL, as ip sends it; none clears the alias. */
	if (change->alias)
		mnl_attr_put(nlh, IFLA_IFALIAS, strlen(change->alias), change->alias);
	if (change->has_txqlen)
		mnl_attr_put_u32(nlh, IFLA_TXQLEN, change->txqlen);
	return nlh;
}

/* A refusal of our own: about OBJECT (NULL: the device), in words. */
static int refuse(struct rtnl_err *err, int error, const char *object,
		  const char *why)
{
	if (why)
		explain_not_sent("%s%s%s", object ? object : "", object ? ": " : "", why);
	err->object = object;
	snprintf(err->msg, sizeof(err->msg), "%s", why ? why : "");
	return error;
}

/* netns NS: the namespace of that name, else of that process. */
static int open_target(struct link_change *change, struct rtnl_err *err)
{
	int fd = netns_open_target(change->netns, &change->netns_pid);

	if (fd == -ENOENT)
		return refuse(err, fd, change->netns, change->netns_pid
			      ? "no such namespace or process" : "no such namespace");
	if (fd == -EINVAL)
		return refuse(err, fd, change->netns, "stale namespace (its mount is gone)");
	if (fd < 0)
		return refuse(err, fd, change->netns, NULL);
	change->netns_fd = fd;
	return 0;
}

struct link_query {
	const char *name;	/* NULL: by INDEX */
	int index;
	struct link_info info;	/* index, kind and the numbers; no pointers */
	char alias[IFALIASZ];	/* its alias, copied; "": none */
};

int link_fetch_index(struct rtnl *rt, int index, struct rtnl_msgs *msgs)
{
	char buf[RTNL_REQUEST_SIZE];
	struct nlmsghdr *nlh = link_put_header(buf, RTM_GETLINK, 0);
	struct ifinfomsg *ifi = mnl_nlmsg_get_payload(nlh);

	ifi->ifi_index = index;
	return rtnl_talk(rt, nlh, rtnl_msgs_append, msgs, NULL);
}

/* The device of INDEX, into LINK (its message kept in MSGS). */
static int link_get_index(struct rtnl *rt, int index, struct rtnl_msgs *msgs,
			  struct link_info *link)
{
	int ret;

	msgs->len = 0;
	ret = link_fetch_index(rt, index, msgs);
	return ret < 0 ? ret : link_find_index(msgs, index, link);
}

static int query_link(void *data)
{
	struct link_query *query = data;
	struct rtnl_msgs msgs = { 0 };
	struct rtnl rt;
	int ret = rtnl_open(&rt);

	if (ret < 0)
		return ret;
	ret = query->name ? link_get(&rt, query->name, &msgs, &query->info, NULL)
			  : link_get_index(&rt, query->index, &msgs, &query->info);
	snprintf(query->alias, sizeof(query->alias), "%s",
		 ret == 0 && query->info.alias ? query->info.alias : "");
	query->info.altnames = NULL;
	query->info.alias = NULL;
	query->info.msg = NULL;
	rtnl_msgs_free(&msgs);
	rtnl_close(&rt);
	return ret;
}

/* master BR: one RTM_GETLINK where the device is going gives the index
 * and the kind. A device that takes no ports is refused now: the kernel
 * would refuse it only after the move and the other changes. */
static int find_master(struct link_change *change, struct rtnl_err *err)
{
	struct link_query query = { .name = change->master };
	int ret = netns_run_in(change->netns_fd, query_link, &query);

	if (ret == -ENODEV)
		return refuse(err, ret, change->master, "no such device");
	if (ret < 0)
		return refuse(err, ret, change->master, NULL);
	if (!link_kind_takes_ports(query.info.kind))
		return refuse(err, -EOPNOTSUPP, change->master,
			      "not a bridge (nor a bond, team or vrf)");
	change->master_index = (uint32_t)query.info.index;
	return 0;
}

/* What the kernel would refuse only after moving the device, or after
 * the mtu and address, is refused here, before anything changes. */
static int link_check_change(struct rtnl *rt, struct link_change *change,
			     struct rtnl_err *err)
{
	struct rtnl_msgs msgs = { 0 };
	struct link_info link;
	const char *refusal;
	int ret;

	if (change->netns && (ret = open_target(change, err)) < 0)
		return ret;
	/* A rename goes by index, found here, before the move. */
	if (change->new_name) {
		change->index = (int)if_nametoindex(change->dev);
		if (!change->index)
			return refuse(err, -ENODEV, NULL, "no such device");
	}
	if (change->has_master && change->master && (ret = find_master(change, err)) < 0)
		return ret;
	/* Without a move, a rename comes after the mtu and address: a name
	 * taken must be found first. (With a move, the kernel checks the
	 * name in the new namespace before moving.) */
	if (change->new_name && !change->netns && strcmp(change->new_name, change->dev) != 0 &&
	    if_nametoindex(change->new_name))
		return refuse(err, -EEXIST, change->new_name,
			      "a device with this name already exists");
	if (!change->has_mtu && !change->address_len)
		return 0;
	ret = link_get(rt, change->dev, &msgs, &link, err);
	refusal = ret == 0 ? link_change_refusal(&link, change) : NULL;
	rtnl_msgs_free(&msgs);
	if (refusal)
		return refuse(err, -EINVAL, NULL, refusal);
	return ret == -ENODEV && !err->msg[0] ? refuse(err, ret, NULL, "no such device") : ret;
}

/* The answer to CHANGE was lost: look at the device where it should be
 * now. 1 when it is as asked, 0 when not, or -errno. */
static int change_done(const struct link_change *change)
{
	struct link_query query = { .name = change->new_name ? change->new_name : change->dev };
	const struct link_info *link = &query.info;
	int ret = netns_run_in(change->netns_fd, query_link, &query);

	if (ret == -ENODEV)
		return 0;
	if (ret < 0)
		return ret;
	return (change->updown != LINK_UP || (link->flags & IFF_UP)) &&
	       (change->updown != LINK_DOWN || !(link->flags & IFF_UP)) &&
	       (link->flags & change->flag_mask) == change->flag_values &&
	       (!change->has_mtu || link->mtu == change->mtu) &&
	       (!change->has_master || link->master == change->master_index) &&
	       (!change->address_len || (link->address_len == change->address_len &&
		memcmp(link->address, change->address, change->address_len) == 0)) &&
	       (!change->alias || strcmp(query.alias, change->alias) == 0) &&
	       (!change->has_txqlen || link->txqlen == change->txqlen);
}

/* How many things CHANGE does: with two or more, a late refusal by the
 * kernel can leave the first ones done. */
static int change_effects(const struct link_change *change)
{
	return (change->updown != LINK_UPDOWN_KEEP) + (change->netns != NULL) +
	       change->has_master + change->has_mtu + (change->new_name != NULL) +
	       (change->address_len > 0) + (change->alias != NULL) + change->has_txqlen +
	       __builtin_popcount(change->flag_mask);
}

/* The device as it was before CHANGE, to put back what a late refusal
 * left done. */
struct undo {
	struct link_query before;	/* here, before the change */
	bool taken_there;	/* its end name was taken where it goes */
};

static int undo_note(const struct link_change *change, struct undo *undo)
{
	struct link_query query = { .name = change->dev };
	int ret = netns_run_in(-1, query_link, &query);

	if (ret < 0)
		return ret;
	undo->before = query;
	undo->taken_there = false;
	if (change->netns_fd >= 0 || change->netns_pid > 0) {
		struct link_query there = { .name = change->new_name ? change->new_name
								     : change->dev };

		undo->taken_there = netns_run_in(change->netns_fd, query_link, &there) == 0;
	}
	return 0;
}

/* The message that puts back what differs now (NOW, in the namespace it
 * is in) from BEFORE: NULL when nothing does. HOME_FD: here, when it
 * must come back. */
static struct nlmsghdr *undo_build(void *buf, const struct link_query *before_query,
				   const struct link_query *now_query, int home_fd)
{
	const struct link_info *before = &before_query->info, *now = &now_query->info;
	struct nlmsghdr *nlh = link_put_header(buf, RTM_NEWLINK, 0);
	struct ifinfomsg *ifi = mnl_nlmsg_get_payload(nlh);
	unsigned int flags = (now->flags ^ before->flags) & LINK_SET_FLAGS;
	bool any = home_fd >= 0 || flags;

	ifi->ifi_index = now->index;
	if (home_fd >= 0)
		mnl_attr_put_u32(nlh, IFLA_NET_NS_FD, (uint32_t)home_fd);
	if (strcmp(now->name, before->name) != 0) {
		mnl_attr_put_strz(nlh, IFLA_IFNAME, before->name);
		any = true;
	}
	/* A move takes the device down: back home, it is put up again if it
	 * was. */
	if (home_fd >= 0 || ((now->flags ^ before->flags) & IFF_UP)) {
		flags |= IFF_UP;
		any = true;
	}
	ifi->ifi_change = flags;
	ifi->ifi_flags = before->flags & flags;
	if (now->mtu != before->mtu) {
		mnl_attr_put_u32(nlh, IFLA_MTU, before->mtu);
		any = true;
	}
	if (now->address_len == before->address_len &&
	    memcmp(now->address, before->address, before->address_len) != 0) {
		mnl_attr_put(nlh, IFLA_ADDRESS, before->address_len, before->address);
		any = true;
	}
	/* Back home, the old master's index means it again. */
	if (home_fd >= 0 ? before->master != 0 : now->master != before->master) {
		mnl_attr_put_u32(nlh, IFLA_MASTER, before->master);
		any = true;
	}
	if (strcmp(now_query->alias, before_query->alias) != 0) {
		mnl_attr_put(nlh, IFLA_IFALIAS, strlen(before_query->alias), before_query->alias);
		any = true;
	}
	if (now->txqlen != before->txqlen) {
		mnl_attr_put_u32(nlh, IFLA_TXQLEN, before->txqlen);
		any = true;
	}
	return any ? nlh : NULL;
}

struct undo_send {
	struct nlmsghdr *nlh;
};

static int send_undo(void *data)
{
	struct undo_send *send = data;
	struct rtnl rt;
	int ret = rtnl_open_socket(&rt);

	if (ret < 0)
		return ret;
	ret = rtnl_talk(&rt, send->nlh, NULL, NULL, NULL);
	rtnl_close(&rt);
	return ret;
}

/* After a late refusal of CHANGE: find the device, where it went or
 * here, and put back what the refused message did. 0 or -errno. */
static int undo_change(const struct link_change *change, const struct undo *undo)
{
	char buf[RTNL_REQUEST_SIZE];
	struct link_query there = { .name = change->new_name ? change->new_name : change->dev };
	struct link_query here = { .name = NULL, .index = undo->before.info.index };
	bool moved = (change->netns_fd >= 0 || change->netns_pid > 0) && !undo->taken_there &&
		     netns_run_in(change->netns_fd, query_link, &there) == 0;
	struct undo_send send;
	int home = -1, ret;

	if (moved) {
		home = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
		if (home < 0)
			return -errno;
		send.nlh = undo_build(buf, &undo->before, &there, home);
		ret = netns_run_in(change->netns_fd, send_undo, &send);
		close(home);
		return ret;
	}
	ret = netns_run_in(-1, query_link, &here);
	if (ret < 0)
		return ret;
	/* The kernel renames no device that is up: down first, and the
	 * message after it brings it up again if it was. */
	if (strcmp(here.info.name, undo->before.info.name) != 0 && (here.info.flags & IFF_UP)) {
		struct nlmsghdr *nlh = link_put_header(buf, RTM_NEWLINK, 0);
		struct ifinfomsg *ifi = mnl_nlmsg_get_payload(nlh);

		ifi->ifi_index = here.info.index;
		ifi->ifi_change = IFF_UP;
		send.nlh = nlh;
		if ((ret = send_undo(&send)) < 0)
			return ret;
		here.info.flags &= ~IFF_UP;
	}
	send.nlh = undo_build(buf, &undo->before, &here, -1);
	return send.nlh ? send_undo(&send) : 0;
}

int link_apply_change(struct rtnl *rt, struct link_change *change,
		      struct rtnl_err *err)
{
	char buf[RTNL_REQUEST_SIZE];
	struct undo undo;
	bool undoable = false;
	int ret;

	err->msg[0] = '\0';
	err->object = NULL;
	err->lost = false;
	err->done = 0;
	ret = link_check_change(rt, change, err);
	/* A lookup's answer lost is only a failure: no change went out. */
	err->lost = false;
	/* Several things at once: note how it was, to undo a late refusal. */
	if (ret == 0 && change_effects(change) > 1)
		undoable = undo_note(change, &undo) == 0;
	if (ret == 0) {
		ret = rtnl_talk(rt, link_build_change(buf, change), NULL, NULL, err);
		if (ret < 0 && !err->lost && undoable && undo_change(change, &undo) < 0) {
			char why[160];

			snprintf(why, sizeof(why), "%.150s", err->msg[0] ? err->msg : strerror(-ret));
			snprintf(err->msg, sizeof(err->msg), "%s; and what the kernel did before "
				 "it refused could not be undone: see linklist", why);
		}
	}
	if (ret < 0 && err->lost)
		err->done = change_done(change);
	/* The kernel's bare answers, in words. */
	if (ret == -ENODEV && !err->msg[0])
		snprintf(err->msg, sizeof(err->msg), "no such device");
	else if (ret == -EEXIST && change->new_name && !err->msg[0]) {
		err->object = change->new_name;
		snprintf(err->msg, sizeof(err->msg), "a device with this name already exists");
	}
	if (change->netns_fd >= 0)
		close(change->netns_fd);
	change->netns_fd = -1;
	return ret;
}

int link_dump(struct rtnl *rt, struct rtnl_msgs *links, struct rtnl_err *err)
{
	char buf[RTNL_REQUEST_SIZE];
	struct nlmsghdr *nlh = link_put_header(buf, RTM_GETLINK, 0);

	return rtnl_dump(rt, nlh, links, err);
}

struct nlmsghdr *link_build_dump_kind(void *buf, const char *kind)
{
	struct nlmsghdr *nlh = link_put_header(buf, RTM_GETLINK, 0);
	struct nlattr *linkinfo = mnl_attr_nest_start(nlh, IFLA_LINKINFO);

	/* Without its NUL, as ip sends it; the kernel takes either. */
	mnl_attr_put(nlh, IFLA_INFO_KIND, strlen(kind), kind);
	mnl_attr_nest_end(nlh, linkinfo);
	return nlh;
}

int link_dump_kind(struct rtnl *rt, const char *kind, struct rtnl_msgs *links,
		   struct rtnl_err *err)
{
	char buf[RTNL_REQUEST_SIZE];

	return rtnl_dump(rt, link_build_dump_kind(buf, kind), links, err);
}

int link_peers_of(const struct rtnl_msgs *links, int nsid, int **indexes, size_t *count)
{
	const struct nlmsghdr *nlh = NULL;
	struct link_info link;

	while ((nlh = rtnl_msgs_next(links, nlh))) {
		int *grown;

		if (link_parse(nlh, &link) < 0 || !link.has_link_netnsid ||
		    link.link_netnsid != nsid)
			continue;
		grown = realloc(*indexes, (*count + 1) * sizeof(**indexes));
		if (!grown)
			return -ENOMEM;
		*indexes = grown;
		grown[(*count)++] = link.index;
	}
	return 0;
}

int link_here(struct rtnl *rt, int index)
{
	char buf[RTNL_REQUEST_SIZE];
	struct nlmsghdr *nlh = link_put_header(buf, RTM_GETLINK, 0);
	struct ifinfomsg *ifi = mnl_nlmsg_get_payload(nlh);
	int ret;

	ifi->ifi_index = index;
	ret = rtnl_talk(rt, nlh, NULL, NULL, NULL);
	return ret == -ENODEV ? 0 : ret < 0 ? ret : 1;
}

int link_get(struct rtnl *rt, const char *name, struct rtnl_msgs *msgs,
	     struct link_info *link, struct rtnl_err *err)
{
	char buf[RTNL_REQUEST_SIZE];
	struct nlmsghdr *nlh = link_put_header(buf, RTM_GETLINK, 0);
	int ret;

	mnl_attr_put_strz(nlh, IFLA_IFNAME, name);
	msgs->len = 0;
	ret = rtnl_talk(rt, nlh, rtnl_msgs_append, msgs, err);
	if (ret < 0)
		return ret;
	return link_find_name(msgs, name, link);
}

int link_is_veth_pair(struct rtnl *rt, const char *name, const char *peer_name,
		      int peer_netns_fd)
{
	struct rtnl_msgs msgs = { 0 };
	struct link_info link;
	char here[IF_NAMESIZE];
	int nsid;
	int ret = link_get(rt, name, &msgs, &link, NULL);

	rtnl_msgs_free(&msgs);
	if (ret < 0)
		return ret == -ENODEV ? 0 : ret;
	if (strcmp(link.kind, "veth") != 0 || !link.has_link)
		return 0;
	if (peer_netns_fd < 0)
		return !link.has_link_netnsid && if_indextoname(link.link, here) &&
		       strcmp(here, peer_name) == 0;
	if (!link.has_link_netnsid)
		return 0;
	/* The peer must be in that namespace, under that name. */
	ret = netns_get_id(rt, peer_netns_fd, &nsid);
	if (ret < 0 || nsid != link.link_netnsid)
		return ret < 0 ? ret : 0;
	ret = netns_ifindex(peer_netns_fd, peer_name);
	if (ret == -ENODEV)
		return 0;
	return ret < 0 ? ret : (uint32_t)ret == link.link;
}

/* The VXLAN settings of IFLA_INFO_DATA, into the VXLAN_REQ at DATA. */
static int vxlan_attr(const struct nlattr *attr, void *data)
{
	struct vxlan_req *vx = data;
	size_t len = mnl_attr_get_payload_len(attr);
	const uint8_t *bytes = mnl_attr_get_payload(attr);
	uint16_t port;

	switch (mnl_attr_get_type(attr)) {
	case IFLA_VXLAN_ID:
	case IFLA_VXLAN_LINK:
		if (len == sizeof(uint32_t))
			*(mnl_attr_get_type(attr) == IFLA_VXLAN_ID ? &vx->vni : &vx->dev_index) =
				mnl_attr_get_u32(attr);
		break;
	case IFLA_VXLAN_GROUP:
	case IFLA_VXLAN_GROUP6:
		if (len != 4 && len != 16)
			break;
		memcpy(vx->remote, bytes, len);
		vx->remote_family = len == 4 ? AF_INET : AF_INET6;
		vx->group = len == 4 ? (bytes[0] & 0xf0) == 0xe0 : bytes[0] == 0xff;
		break;
	case IFLA_VXLAN_LOCAL:
	case IFLA_VXLAN_LOCAL6:
		if (len != 4 && len != 16)
			break;
		memcpy(vx->local, bytes, len);
		vx->local_family = len == 4 ? AF_INET : AF_INET6;
		break;
	case IFLA_VXLAN_PORT:
		if (len == sizeof(port)) {
			memcpy(&port, bytes, sizeof(port));
			vx->port = ntohs(port);
		}
		break;
	case IFLA_VXLAN_TTL:
		if (len == 1) {
			vx->ttl = bytes[0];
			vx->has_ttl = true;
		}
		break;
	case IFLA_VXLAN_LEARNING:
		if (len == 1)
			vx->learning = bytes[0] != 0;
		break;
	default:
		break;
	}
	return MNL_CB_OK;
}

static int vxlan_info_attr(const struct nlattr *attr, void *data)
{
	if (mnl_attr_get_type(attr) == IFLA_INFO_DATA)
		mnl_attr_parse_nested(attr, vxlan_attr, data);
	return MNL_CB_OK;
}

bool link_vxlan_settings(const struct link_info *link, struct vxlan_req *out)
{
	const struct nlattr *attr;
	static const uint8_t zeros[16];

	memset(out, 0, sizeof(*out));
	out->learning = -1;
	if (!link->msg || strcmp(link->kind, "vxlan") != 0)
		return false;
	out->name = link->name;
	mnl_attr_for_each(attr, link->msg, sizeof(struct ifinfomsg))
		if (mnl_attr_get_type(attr) == IFLA_LINKINFO)
			mnl_attr_parse_nested(attr, vxlan_info_attr, out);
	/* All zeros: none, as ip reads it. */
	if (out->remote_family && memcmp(out->remote, zeros, sizeof(zeros)) == 0)
		out->remote_family = AF_UNSPEC;
	if (out->local_family && memcmp(out->local, zeros, sizeof(zeros)) == 0)
		out->local_family = AF_UNSPEC;
	return true;
}

bool link_kind_takes_ports(const char *kind)
{
	static const char *const masters[] = { "bridge", "bond", "team", "vrf" };

	for (size_t i = 0; i < sizeof(masters) / sizeof(masters[0]); i++)
		if (strcmp(kind, masters[i]) == 0)
			return true;
	return false;
}

const char *link_change_refusal(const struct link_info *link,
				const struct link_change *change)
{
	if (change->has_mtu && link->max_mtu && change->mtu > link->max_mtu)
		return "mtu greater than device maximum";
	if (change->has_mtu && change->mtu < link->min_mtu)
		return "mtu less than device minimum";
	if (change->address_len && change->address_len != link->address_len)
		return link->address_len == 6 ? "this device's address has 6 bytes"
					      : "wrong length of address for this device";
	/* A multicast or all-zero address is bad input, refused with the
	 * words (link_read_change_words). */
	return NULL;
}

static void copy_bytes(const struct nlattr *attr, uint8_t *to, unsigned int *len)
{
	unsigned int size = mnl_attr_get_payload_len(attr);

	if (size > LINK_ADDR_MAX)
		size = LINK_ADDR_MAX;
	memcpy(to, mnl_attr_get_payload(attr), size);
	*len = size;
}

static void copy_string(const struct nlattr *attr, char *to, size_t size)
{
	if (mnl_attr_validate(attr, MNL_TYPE_NUL_STRING) < 0)
		return;
	snprintf(to, size, "%s", mnl_attr_get_str(attr));
}

static int linkinfo_attr(const struct nlattr *attr, void *data)
{
	struct link_info *info = data;

	if (mnl_attr_get_type(attr) == IFLA_INFO_KIND)
		copy_string(attr, info->kind, sizeof(info->kind));
	else if (mnl_attr_get_type(attr) == IFLA_INFO_SLAVE_KIND)
		copy_string(attr, info->slave_kind, sizeof(info->slave_kind));
	return MNL_CB_OK;
}

static int proto_down_reason_attr(const struct nlattr *attr, void *data)
{
	struct link_info *info = data;

	if (mnl_attr_get_type(attr) == IFLA_PROTO_DOWN_REASON_VALUE &&
	    mnl_attr_validate(attr, MNL_TYPE_U32) == 0) {
		info->proto_down_reason = mnl_attr_get_u32(attr);
		info->has_proto_down_reason = 1;
	}
	return MNL_CB_OK;
}

static int link_attr(const struct nlattr *attr, void *data)
{
	struct link_info *info = data;
	uint16_t type = mnl_attr_get_type(attr);

	switch (type) {
	case IFLA_IFNAME:
		copy_string(attr, info->name, sizeof(info->name));
		return MNL_CB_OK;
	case IFLA_QDISC:
		copy_string(attr, info->qdisc, sizeof(info->qdisc));
		return MNL_CB_OK;
	case IFLA_ADDRESS:
		copy_bytes(attr, info->address, &info->address_len);
		return MNL_CB_OK;
	case IFLA_BROADCAST:
		copy_bytes(attr, info->broadcast, &info->broadcast_len);
		return MNL_CB_OK;
	case IFLA_PERM_ADDRESS:
		copy_bytes(attr, info->perm_address, &info->perm_address_len);
		return MNL_CB_OK;
	case IFLA_PROP_LIST:
		info->altnames = attr;
		return MNL_CB_OK;
	case IFLA_IFALIAS:
		if (mnl_attr_validate(attr, MNL_TYPE_NUL_STRING) == 0)
			info->alias = mnl_attr_get_str(attr);
		return MNL_CB_OK;
	case IFLA_LINKINFO:
		info->has_linkinfo = true;
		mnl_attr_parse_nested(attr, linkinfo_attr, info);
		return MNL_CB_OK;
	case IFLA_PROTO_DOWN_REASON:
		mnl_attr_parse_nested(attr, proto_down_reason_attr, info);
		return MNL_CB_OK;
	case IFLA_OPERSTATE:
	case IFLA_LINKMODE:
	case IFLA_PROTO_DOWN:
		if (mnl_attr_validate(attr, MNL_TYPE_U8) < 0)
			return MNL_CB_OK;
		if (type == IFLA_OPERSTATE) {
			info->operstate = mnl_attr_get_u8(attr);
		} else if (type == IFLA_LINKMODE) {
			info->linkmode = mnl_attr_get_u8(attr);
			info->has_linkmode = 1;
		} else {
			info->proto_down = mnl_attr_get_u8(attr);
			info->has_proto_down = 1;
		}
		return MNL_CB_OK;
	default:
		break;
	}
	if (mnl_attr_validate(attr, MNL_TYPE_U32) < 0)
		return MNL_CB_OK;
	switch (type) {
	case IFLA_MTU:
		info->mtu = mnl_attr_get_u32(attr);
		break;
	case IFLA_MIN_MTU:
		info->min_mtu = mnl_attr_get_u32(attr);
		break;
	case IFLA_MAX_MTU:
		info->max_mtu = mnl_attr_get_u32(attr);
		break;
	case IFLA_MASTER:
		info->master = mnl_attr_get_u32(attr);
		break;
	case IFLA_GROUP:
		info->group = mnl_attr_get_u32(attr);
		break;
	case IFLA_TXQLEN:
		info->txqlen = mnl_attr_get_u32(attr);
		break;
	case IFLA_LINK:
		info->link = mnl_attr_get_u32(attr);
		info->has_link = 1;
		break;
	case IFLA_LINK_NETNSID:
		info->link_netnsid = (int32_t)mnl_attr_get_u32(attr);
		info->has_link_netnsid = 1;
		break;
	default:
		break;
	}
	return MNL_CB_OK;
}

int link_parse(const struct nlmsghdr *nlh, struct link_info *info)
{
	const struct ifinfomsg *ifi = mnl_nlmsg_get_payload(nlh);

	memset(info, 0, sizeof(*info));
	if (nlh->nlmsg_type != RTM_NEWLINK ||
	    mnl_nlmsg_get_payload_len(nlh) < sizeof(*ifi))
		return -EBADMSG;
	info->index = ifi->ifi_index;
	info->flags = ifi->ifi_flags;
	info->type = ifi->ifi_type;
	info->msg = nlh;
	if (mnl_attr_parse(nlh, sizeof(*ifi), link_attr, info) < 0)
		return -EBADMSG;
	return 0;
}

static int link_find(const struct rtnl_msgs *links, int index,
		     const char *name, struct link_info *info)
{
	const struct nlmsghdr *nlh = NULL;

	while ((nlh = rtnl_msgs_next(links, nlh))) {
		const struct ifinfomsg *ifi = mnl_nlmsg_get_payload(nlh);

		/* Look at the index before reading all the attributes. */
		if (!name && (mnl_nlmsg_get_payload_len(nlh) < sizeof(*ifi) ||
			      ifi->ifi_index != index))
			continue;
		if (link_parse(nlh, info) < 0)
			continue;
		if (name ? strcmp(info->name, name) == 0 : info->index == index)
			return 0;
	}
	return -ENODEV;
}

int link_find_index(const struct rtnl_msgs *links, int index,
		    struct link_info *info)
{
	return link_find(links, index, NULL, info);
}

int link_find_name(const struct rtnl_msgs *links, const char *name,
		   struct link_info *info)
{
	return link_find(links, 0, name, info);
}

/* The keywords that turn a flag on or off, and the bit each sets. */
static const struct {
	const char *word;
	unsigned int flag;
	bool inverted;		/* on clears the bit */
} on_off_keywords[] = {
	{ "promisc", IFF_PROMISC, false },
	{ "arp", IFF_NOARP, true },
	{ "multicast", IFF_MULTICAST, false },
	{ "allmulticast", IFF_ALLMULTI, false },
};

/* KEYWORD on|off at ARGV[*I], if WORD is one: 1 with the bit noted in
 * OUT, 0 when WORD is none of them, or -1 with ERR filled. */
static int read_on_off(int argc, char *const *argv, int *i, struct link_change *out,
		       struct parse_error *err)
{
	const char *word = argv[*i], *value;

	for (size_t k = 0; k < sizeof(on_off_keywords) / sizeof(on_off_keywords[0]); k++) {
		unsigned int flag = on_off_keywords[k].flag;
		bool on;

		if (strcmp(word, on_off_keywords[k].word) != 0)
			continue;
		if (out->flag_mask & flag)
			return parse_twice(err, word);
		if (!(value = parse_next(argc, argv, i)))
			return parse_fail(err, word, "needs on or off");
		if (strcmp(value, "on") != 0 && strcmp(value, "off") != 0)
			return parse_fail(err, value, "not on or off");
		on = strcmp(value, "on") == 0;
		out->flag_mask |= flag;
		if (on != on_off_keywords[k].inverted)
			out->flag_values |= flag;
		return 1;
	}
	return 0;
}

/* What no device takes as its own address, whatever its kind: an IEEE
 * 802 (6-byte) address that is multicast, or all zeros. Refused here,
 * as bad input; the kernel would answer "Cannot assign requested
 * address". */
static const char *address_refusal(const uint8_t *address, unsigned int len)
{
	static const uint8_t zero[6];

	if (len != 6)
		return NULL;
	if (address[0] & 1)
		return "a multicast address (first byte's lowest bit set) cannot be a "
		       "device's address";
	if (memcmp(address, zero, len) == 0)
		return "the all-zero address cannot be a device's address";
	return NULL;
}

int link_read_change_words(int argc, char *const *argv, struct link_change *out,
			   struct parse_error *err)
{
	unsigned long number;
	const char *bad;
	int i = 0, flag;

	memset(out, 0, sizeof(*out));
	out->netns_fd = -1;
	if (i < argc && strcmp(argv[i], "dev") == 0)
		i++;
	if (i >= argc)
		return parse_fail(err, NULL, NULL);
	out->dev = argv[i++];
	if (parse_check_ifname(out->dev, err) < 0)
		return -1;
	if (i == argc)
		return parse_fail(err, NULL, NULL);
	for (; i < argc; i++) {
		const char *word = argv[i], *value = NULL;

		/* Of up and down, and of master and nomaster, the last
		 * counts, as in ip (and so the man page says); every other
		 * keyword is given once. */
		if (strcmp(word, "up") == 0) {
			out->updown = LINK_UP;
		} else if (strcmp(word, "down") == 0) {
			out->updown = LINK_DOWN;
		} else if (strcmp(word, "nomaster") == 0) {
			out->has_master = true;
			out->master = NULL;
		} else if (strcmp(word, "netns") == 0) {
			if (out->netns)
				return parse_twice(err, word);
			if (!(value = parse_next(argc, argv, &i)))
				return parse_fail(err, word, "needs a namespace name");
			if (parse_check_netns(value, err) < 0)
				return -1;
			out->netns = value;
		} else if (strcmp(word, "master") == 0) {
			if (!(value = parse_next(argc, argv, &i)))
				return parse_fail(err, word, "needs a bridge name");
			if (parse_check_ifname(value, err) < 0)
				return -1;
			out->has_master = true;
			out->master = value;
		} else if (strcmp(word, "mtu") == 0) {
			if (out->has_mtu)
				return parse_twice(err, word);
			if (!(value = parse_next(argc, argv, &i)))
				return parse_fail(err, word, "needs a number");
			if ((bad = parse_uint(value, 0x7fffffff, &number)))
				return parse_fail(err, value, bad);
			out->has_mtu = true;
			out->mtu = (uint32_t)number;
		} else if (strcmp(word, "name") == 0) {
			if (out->new_name)
				return parse_twice(err, word);
			if (!(value = parse_next(argc, argv, &i)))
				return parse_fail(err, word, "needs an interface name");
			if (parse_check_ifname(value, err) < 0)
				return -1;
			out->new_name = value;
		} else if (strcmp(word, "address") == 0) {
			if (out->address_len)
				return parse_twice(err, word);
			if (!(value = parse_next(argc, argv, &i)))
				return parse_fail(err, word, "needs a link-layer address");
			if ((bad = parse_mac(value, out->address, sizeof(out->address),
					     &out->address_len)) ||
			    (bad = address_refusal(out->address, out->address_len)))
				return parse_fail(err, value, bad);
		} else if (strcmp(word, "alias") == 0) {
			if (out->alias)
				return parse_twice(err, word);
			if (!(value = parse_next(argc, argv, &i)))
				return parse_fail(err, word, "needs a text (\"\" clears it)");
			if (strlen(value) >= IFALIASZ)
				return parse_fail(err, value, "alias longer than 255 bytes");
			out->alias = value;
		} else if (strcmp(word, "txqueuelen") == 0 || strcmp(word, "txqlen") == 0 ||
			   strcmp(word, "qlen") == 0) {
			if (out->has_txqlen)
				return parse_twice(err, word);
			if (!(value = parse_next(argc, argv, &i)))
				return parse_fail(err, word, "needs a number");
			if ((bad = parse_uint(value, UINT32_MAX, &number)))
				return parse_fail(err, value, bad);
			out->has_txqlen = true;
			out->txqlen = (uint32_t)number;
		} else if ((flag = read_on_off(argc, argv, &i, out, err)) != 0) {
			if (flag < 0)
				return -1;
		} else {
			return parse_fail(err, word, "unknown keyword (up, down, netns, "
				    "master, nomaster, mtu, name, address, alias, txqueuelen, "
				    "promisc, arp, multicast, allmulticast)");
		}
	}
	return 0;
}

int link_read_list_words(int argc, char *const *argv, struct link_filter *out,
			 struct parse_error *err)
{
	static const char suffix[] = "_slave";

	memset(out, 0, sizeof(*out));
	for (int i = 0; i < argc; i++) {
		const char *word = argv[i], *value;
		size_t len;

		if (strcmp(word, "type") == 0) {
			if (out->has_kind)
				return parse_twice(err, word);
			if (!(value = parse_next(argc, argv, &i)))
				return parse_fail(err, word, "needs a kind (veth, bridge, "
						  "bridge_slave, ...)");
			len = strlen(value);
			if (len == 0)
				return parse_fail(err, value, "empty kind");
			if (len >= sizeof(out->kind))
				return parse_fail(err, value, "kind longer than 31 bytes");
			/* KIND_slave, as ip reads it: the master's kind. */
			out->slave = len >= sizeof(suffix) - 1 &&
				     strcmp(value + len - (sizeof(suffix) - 1), suffix) == 0;
			if (out->slave)
				len -= sizeof(suffix) - 1;
			memcpy(out->kind, value, len);
			out->kind[len] = '\0';
			out->has_kind = true;
			continue;
		}
		if (out->dev)
			return parse_fail(err, word, "unexpected word");
		if (strcmp(word, "dev") == 0 && !(word = parse_next(argc, argv, &i)))
			return parse_fail(err, "dev", "needs an interface name");
		if (parse_check_ifname(word, err) < 0)
			return -1;
		out->dev = word;
	}
	return 0;
}

bool link_filter_match(const struct link_filter *filter, const struct link_info *link)
{
	if (filter->dev && strcmp(link->name, filter->dev) != 0)
		return false;
	return !filter->has_kind ||
	       (link->has_linkinfo &&
		strcmp(filter->slave ? link->slave_kind : link->kind, filter->kind) == 0);
}

/* NAME [netns NS]; returns the index after it, or -1. */
static int veth_end(int argc, char *const *argv, int i, const char **name,
		    const char **netns, struct parse_error *err)
{
	if (i >= argc)
		return parse_fail(err, NULL, NULL);
	*name = argv[i++];
	if (parse_check_ifname(*name, err) < 0)
		return -1;
	if (i < argc && strcmp(argv[i], "netns") == 0) {
		if (!(*netns = parse_next(argc, argv, &i)))
			return parse_fail(err, "netns", "needs a namespace name");
		if (parse_check_netns(*netns, err) < 0)
			return -1;
		i++;
	}
	return i;
}

int link_read_veth_words(int argc, char *const *argv, struct veth_req *out,
			 struct parse_error *err)
{
	int i;

	memset(out, 0, sizeof(*out));
	out->netns_fd = out->peer_netns_fd = -1;
	i = veth_end(argc, argv, 0, &out->name, &out->netns, err);
	if (i < 0)
		return -1;
	if (i < argc && strcmp(argv[i], "peer") == 0 && ++i < argc &&
	    strcmp(argv[i], "name") == 0)
		i++;
	if (i < argc && out->netns && strcmp(argv[i], "netns") == 0)
		return parse_twice(err, "netns");
	i = veth_end(argc, argv, i, &out->peer_name, &out->peer_netns, err);
	if (i < 0)
		return -1;
	if (i < argc && out->peer_netns && strcmp(argv[i], "netns") == 0)
		return parse_twice(err, "netns");
	if (i < argc)
		return parse_fail(err, argv[i], "unexpected word");
	/* Two ends of one name are fine only in two namespaces. */
	if (strcmp(out->name, out->peer_name) == 0 &&
	    (out->netns && out->peer_netns ? strcmp(out->netns, out->peer_netns) == 0
					   : out->netns == out->peer_netns))
		return parse_fail(err, out->peer_name, "both ends have the same name");
	return 0;
}

/* An address of VXLAN's: ADDR, IPv4 or IPv6, with no /LEN. */
static int vxlan_address(const char *keyword, const char *word, int *family,
			 uint8_t *addr, struct parse_error *err)
{
	struct prefix prefix;
	const char *bad;

	if (!word)
		return parse_fail(err, keyword, "needs an IPv4 or IPv6 address");
	if ((bad = parse_prefix(word, &prefix)))
		return parse_fail(err, word, bad);
	if (prefix.has_len)
		return parse_fail(err, word, "an address, without /LEN");
	*family = prefix.family;
	memcpy(addr, prefix.addr, sizeof(prefix.addr));
	return 0;
}

static bool is_multicast(int family, const uint8_t *addr)
{
	return family == AF_INET ? (addr[0] & 0xf0) == 0xe0 : addr[0] == 0xff;
}

/* What the words say of each other, once all are read. */
static int vxlan_check(const struct vxlan_req *out, const char *remote_word,
		       const char *local_word, struct parse_error *err)
{
	bool multicast = out->remote_family &&
			 is_multicast(out->remote_family, out->remote);

	if (out->group && !multicast)
		return parse_fail(err, remote_word, "not a multicast address (a group "
				  "is 224.0.0.0/4 or ff00::/8)");
	if (!out->group && multicast)
		return parse_fail(err, remote_word, "a multicast address: a remote is "
				  "one host (say group ADDR dev DEV)");
	if (out->group && !out->dev)
		return parse_fail(err, "group", "needs dev DEV, the device to join "
				  "the group on");
	if (out->local_family && is_multicast(out->local_family, out->local))
		return parse_fail(err, local_word, "a multicast address cannot be "
				  "the local one");
	if (out->local_family && out->remote_family &&
	    out->local_family != out->remote_family)
		return parse_fail(err, local_word, out->group
				  ? "not of the group's family (IPv4 and IPv6 do not mix)"
				  : "not of the remote's family (IPv4 and IPv6 do not mix)");
	return 0;
}

int link_read_vxlan_words(int argc, char *const *argv, struct vxlan_req *out,
			  struct parse_error *err)
{
	const char *remote_word = NULL, *local_word = NULL;
	bool has_vni = false, has_port = false;
	unsigned long number;

	memset(out, 0, sizeof(*out));
	out->port = VXLAN_PORT_IANA;
	out->learning = -1;
	if (argc < 1)
		return parse_fail(err, NULL, NULL);
	out->name = argv[0];
	if (parse_check_ifname(out->name, err) < 0)
		return -1;
	for (int i = 1; i < argc; i++) {
		const char *word = argv[i], *value = NULL;

		if (strcmp(word, "id") == 0) {
			if (has_vni)
				return parse_twice(err, word);
			if (!(value = parse_next(argc, argv, &i)))
				return parse_fail(err, word, "needs a VNI (0 to 16777215)");
			if (parse_uint(value, 0xffffff, &number))
				return parse_fail(err, value, "not a VNI (0 to 16777215)");
			out->vni = (uint32_t)number;
			has_vni = true;
		} else if (strcmp(word, "remote") == 0 || strcmp(word, "group") == 0) {
			bool group = strcmp(word, "group") == 0;

			if (remote_word && out->group == group)
				return parse_twice(err, word);
			if (remote_word)
				return parse_fail(err, word, "remote and group do not go "
						  "together (one or the other)");
			remote_word = parse_next(argc, argv, &i);
			if (vxlan_address(word, remote_word, &out->remote_family,
					  out->remote, err) < 0)
				return -1;
			out->group = group;
		} else if (strcmp(word, "local") == 0) {
			if (local_word)
				return parse_twice(err, word);
			local_word = parse_next(argc, argv, &i);
			if (vxlan_address(word, local_word, &out->local_family,
					  out->local, err) < 0)
				return -1;
		} else if (strcmp(word, "dev") == 0) {
			if (out->dev)
				return parse_twice(err, word);
			if (!(value = parse_next(argc, argv, &i)))
				return parse_fail(err, word, "needs an interface name");
			if (parse_check_ifname(value, err) < 0)
				return -1;
			out->dev = value;
		} else if (strcmp(word, "dstport") == 0) {
			if (has_port)
				return parse_twice(err, word);
			if (!(value = parse_next(argc, argv, &i)))
				return parse_fail(err, word, "needs a port (1 to 65535)");
			if (parse_uint(value, 65535, &number) || number == 0)
				return parse_fail(err, value, "not a port (1 to 65535)");
			out->port = (uint16_t)number;
			has_port = true;
		} else if (strcmp(word, "ttl") == 0) {
			if (out->has_ttl)
				return parse_twice(err, word);
			if (!(value = parse_next(argc, argv, &i)))
				return parse_fail(err, word, "needs a number (0 to 255)");
			if (parse_uint(value, 255, &number))
				return parse_fail(err, value, "not a ttl (0 to 255)");
			out->ttl = (uint8_t)number;
			out->has_ttl = true;
		} else if (strcmp(word, "learning") == 0 || strcmp(word, "nolearning") == 0) {
			int on = strcmp(word, "learning") == 0;

			if (out->learning == on)
				return parse_twice(err, word);
			if (out->learning >= 0)
				return parse_fail(err, word, "learning and nolearning do not "
						  "go together (one or the other)");
			out->learning = on;
		} else {
			return parse_fail(err, word, "unknown keyword (id, remote, group, "
					  "local, dev, dstport, ttl, learning, nolearning)");
		}
	}
	if (!has_vni)
		return parse_fail(err, out->name, "needs id VNI (0 to 16777215)");
	return vxlan_check(out, remote_word, local_word, err);
}
