/* link: veth, bridge, delete and change requests attribute by attribute,
 * and dumps. */
#include <errno.h>
#include <string.h>
#include <arpa/inet.h>
#include <net/if.h>
#include <linux/if_arp.h>
#include <linux/if_link.h>
#include <linux/rtnetlink.h>
#include <linux/veth.h>

#include "link.h"
#include "tests.h"

/* link_build_veth */

static struct nlmsghdr *build_veth(void *buf, int netns_fd, int peer_netns_fd)
{
	struct veth_req req = {
		.name = "veth_ns1", .netns_fd = netns_fd,
		.peer_name = "veth_ns2", .peer_netns_fd = peer_netns_fd,
	};

	return link_build_veth(buf, &req);
}

/* The attributes inside VETH_INFO_PEER of a built veth request, after
 * checking the levels on the way there. */
static void veth_peer_attrs(const struct nlmsghdr *nlh, struct test_attrs *peer)
{
	struct test_attrs top, linkinfo, data;
	const struct nlattr *peer_nest;
	const struct ifinfomsg *peer_ifi;

	test_attrs_of_msg(nlh, sizeof(struct ifinfomsg), &top);
	test_attrs_of_nest(test_attr_once(&top, IFLA_LINKINFO), &linkinfo);
	test_attrs_of_nest(test_attr_once(&linkinfo, IFLA_INFO_DATA), &data);
	ck_assert_int_eq(data.total, 1);
	peer_nest = test_attr_once(&data, VETH_INFO_PEER);
	/* Like a link message of its own: an ifinfomsg, then attributes. */
	ck_assert_uint_ge(mnl_attr_get_payload_len(peer_nest), sizeof(*peer_ifi));
	peer_ifi = mnl_attr_get_payload(peer_nest);
	ck_assert_uint_eq(peer_ifi->ifi_family, AF_UNSPEC);
	ck_assert_int_eq(peer_ifi->ifi_index, 0);
	ck_assert_uint_eq(peer_ifi->ifi_flags, 0);
	ck_assert_uint_eq(peer_ifi->ifi_change, 0);
	test_attrs_of((const char *)peer_ifi + NLMSG_ALIGN(sizeof(*peer_ifi)),
		      mnl_attr_get_payload_len(peer_nest) -
		      NLMSG_ALIGN(sizeof(*peer_ifi)), peer);
}

START_TEST(build_veth_is_newlink_create_excl)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	const struct nlmsghdr *nlh = build_veth(buf, -1, -1);
	const struct ifinfomsg *ifi = mnl_nlmsg_get_payload(nlh);

	ck_assert_ptr_eq(nlh, (void *)buf);
	ck_assert_uint_eq(nlh->nlmsg_type, RTM_NEWLINK);
	ck_assert_uint_eq(nlh->nlmsg_flags,
			  NLM_F_REQUEST | NLM_F_CREATE | NLM_F_EXCL);
	ck_assert_uint_ge(mnl_nlmsg_get_payload_len(nlh), sizeof(*ifi));
	ck_assert_uint_eq(ifi->ifi_family, AF_UNSPEC);
	ck_assert_int_eq(ifi->ifi_index, 0);
	ck_assert_uint_eq(ifi->ifi_flags, 0);
	ck_assert_uint_eq(ifi->ifi_change, 0);
}
END_TEST

START_TEST(build_veth_names_the_device)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct test_attrs top;

	test_attrs_of_msg(build_veth(buf, -1, -1), sizeof(struct ifinfomsg), &top);
	test_attr_str_is(&top, IFLA_IFNAME, "veth_ns1");
}
END_TEST

START_TEST(build_veth_in_this_namespace_has_no_netns_fd)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct test_attrs top, peer;
	const struct nlmsghdr *nlh = build_veth(buf, -1, -1);

	test_attrs_of_msg(nlh, sizeof(struct ifinfomsg), &top);
	ck_assert_int_eq(top.count[IFLA_NET_NS_FD], 0);
	ck_assert_int_eq(top.count[IFLA_NET_NS_PID], 0);
	ck_assert_int_eq(top.total, 2);	/* IFLA_IFNAME, IFLA_LINKINFO */
	veth_peer_attrs(nlh, &peer);
	ck_assert_int_eq(peer.count[IFLA_NET_NS_FD], 0);
	ck_assert_int_eq(peer.total, 1);	/* IFLA_IFNAME */
}
END_TEST

START_TEST(build_veth_puts_netns_fd_when_given)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct test_attrs top, peer;
	const struct nlmsghdr *nlh = build_veth(buf, 7, -1);

	test_attrs_of_msg(nlh, sizeof(struct ifinfomsg), &top);
	test_attr_u32_is(&top, IFLA_NET_NS_FD, 7);
	veth_peer_attrs(nlh, &peer);
	ck_assert_int_eq(peer.count[IFLA_NET_NS_FD], 0);
}
END_TEST

START_TEST(build_veth_puts_netns_fd_0)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct test_attrs top;

	/* 0 is a file descriptor like any other; only -1 means here. */
	test_attrs_of_msg(build_veth(buf, 0, -1), sizeof(struct ifinfomsg), &top);
	test_attr_u32_is(&top, IFLA_NET_NS_FD, 0);
}
END_TEST

START_TEST(build_veth_puts_peer_netns_fd_0)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct test_attrs peer;

	veth_peer_attrs(build_veth(buf, -1, 0), &peer);
	test_attr_u32_is(&peer, IFLA_NET_NS_FD, 0);
}
END_TEST

START_TEST(build_veth_linkinfo_kind_is_veth)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct test_attrs top, linkinfo;

	test_attrs_of_msg(build_veth(buf, -1, -1), sizeof(struct ifinfomsg), &top);
	test_attrs_of_nest(test_attr_once(&top, IFLA_LINKINFO), &linkinfo);
	test_attr_str_is(&linkinfo, IFLA_INFO_KIND, "veth");
	test_attr_once(&linkinfo, IFLA_INFO_DATA);
	ck_assert_int_eq(linkinfo.total, 2);
}
END_TEST

START_TEST(build_veth_peer_has_ifinfomsg_then_name)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct test_attrs peer;

	veth_peer_attrs(build_veth(buf, -1, -1), &peer);
	test_attr_str_is(&peer, IFLA_IFNAME, "veth_ns2");
}
END_TEST

START_TEST(build_veth_peer_gets_its_own_netns_fd)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct test_attrs top, peer;
	const struct nlmsghdr *nlh = build_veth(buf, 5, 9);

	test_attrs_of_msg(nlh, sizeof(struct ifinfomsg), &top);
	test_attr_u32_is(&top, IFLA_NET_NS_FD, 5);
	veth_peer_attrs(nlh, &peer);
	test_attr_str_is(&peer, IFLA_IFNAME, "veth_ns2");
	test_attr_u32_is(&peer, IFLA_NET_NS_FD, 9);
	ck_assert_int_eq(peer.total, 2);
}
END_TEST

START_TEST(build_veth_peer_only_in_other_namespace)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct test_attrs top, peer;
	const struct nlmsghdr *nlh = build_veth(buf, -1, 4);

	test_attrs_of_msg(nlh, sizeof(struct ifinfomsg), &top);
	ck_assert_int_eq(top.count[IFLA_NET_NS_FD], 0);
	veth_peer_attrs(nlh, &peer);
	test_attr_u32_is(&peer, IFLA_NET_NS_FD, 4);
}
END_TEST

START_TEST(build_veth_nests_end_where_the_message_ends)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	const struct nlmsghdr *nlh = build_veth(buf, 3, 4);
	struct test_attrs top;
	const struct nlattr *linkinfo;

	/* LINKINFO is the last attribute and runs to the message's end. */
	test_attrs_of_msg(nlh, sizeof(struct ifinfomsg), &top);
	linkinfo = test_attr_once(&top, IFLA_LINKINFO);
	ck_assert_ptr_eq((const char *)linkinfo + MNL_ALIGN(linkinfo->nla_len),
			 (const char *)nlh + nlh->nlmsg_len);
}
END_TEST

/* link_build_bridge */

START_TEST(build_bridge_is_newlink_create_excl)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	const struct nlmsghdr *nlh = link_build_bridge(buf, "br0");
	const struct ifinfomsg *ifi = mnl_nlmsg_get_payload(nlh);

	ck_assert_ptr_eq(nlh, (void *)buf);
	ck_assert_uint_eq(nlh->nlmsg_type, RTM_NEWLINK);
	ck_assert_uint_eq(nlh->nlmsg_flags,
			  NLM_F_REQUEST | NLM_F_CREATE | NLM_F_EXCL);
	ck_assert_uint_ge(mnl_nlmsg_get_payload_len(nlh), sizeof(*ifi));
	ck_assert_uint_eq(ifi->ifi_family, AF_UNSPEC);
	ck_assert_int_eq(ifi->ifi_index, 0);
	ck_assert_uint_eq(ifi->ifi_flags, 0);
	ck_assert_uint_eq(ifi->ifi_change, 0);
}
END_TEST

START_TEST(build_bridge_names_the_device)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct test_attrs top;

	test_attrs_of_msg(link_build_bridge(buf, "br0"),
			  sizeof(struct ifinfomsg), &top);
	test_attr_str_is(&top, IFLA_IFNAME, "br0");
	ck_assert_int_eq(top.total, 2);	/* IFLA_IFNAME, IFLA_LINKINFO */
}
END_TEST

START_TEST(build_bridge_linkinfo_is_kind_bridge_only)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct test_attrs top, linkinfo;

	test_attrs_of_msg(link_build_bridge(buf, "br0"),
			  sizeof(struct ifinfomsg), &top);
	test_attrs_of_nest(test_attr_once(&top, IFLA_LINKINFO), &linkinfo);
	test_attr_str_is(&linkinfo, IFLA_INFO_KIND, "bridge");
	/* No IFLA_INFO_DATA: the kernel's defaults, as ip link add. */
	ck_assert_int_eq(linkinfo.total, 1);
}
END_TEST

/* link_build_delete */

START_TEST(build_delete_is_dellink_without_create)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	const struct nlmsghdr *nlh = link_build_delete(buf, "veth_ns1");
	const struct ifinfomsg *ifi = mnl_nlmsg_get_payload(nlh);

	ck_assert_ptr_eq(nlh, (void *)buf);
	ck_assert_uint_eq(nlh->nlmsg_type, RTM_DELLINK);
	ck_assert_uint_eq(nlh->nlmsg_flags, NLM_F_REQUEST);
	ck_assert_uint_ge(mnl_nlmsg_get_payload_len(nlh), sizeof(*ifi));
	ck_assert_uint_eq(ifi->ifi_family, AF_UNSPEC);
	ck_assert_int_eq(ifi->ifi_index, 0);
}
END_TEST

START_TEST(build_delete_names_the_device_only)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct test_attrs attrs;

	test_attrs_of_msg(link_build_delete(buf, "veth_ns1"),
			  sizeof(struct ifinfomsg), &attrs);
	test_attr_str_is(&attrs, IFLA_IFNAME, "veth_ns1");
	ck_assert_int_eq(attrs.total, 1);
}
END_TEST

/* link_build_change */

static struct nlmsghdr *build_change(void *buf, enum link_updown updown,
				     int netns_fd, int netns_pid)
{
	struct link_change change = {
		.dev = "veth_ns2", .updown = updown,
		.netns_fd = netns_fd, .netns_pid = netns_pid,
	};

	return link_build_change(buf, &change);
}

START_TEST(build_change_is_newlink_without_create)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	const struct nlmsghdr *nlh = build_change(buf, LINK_UP, -1, 0);
	const struct ifinfomsg *ifi = mnl_nlmsg_get_payload(nlh);

	ck_assert_uint_eq(nlh->nlmsg_type, RTM_NEWLINK);
	ck_assert_uint_eq(nlh->nlmsg_flags, NLM_F_REQUEST);
	ck_assert_uint_eq(ifi->ifi_family, AF_UNSPEC);
	ck_assert_int_eq(ifi->ifi_index, 0);
}
END_TEST

START_TEST(build_change_names_the_device)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct test_attrs attrs;

	test_attrs_of_msg(build_change(buf, LINK_UPDOWN_KEEP, -1, 0),
			  sizeof(struct ifinfomsg), &attrs);
	test_attr_str_is(&attrs, IFLA_IFNAME, "veth_ns2");
	ck_assert_int_eq(attrs.total, 1);
}
END_TEST

START_TEST(build_change_up_sets_iff_up_and_its_change_bit)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	const struct ifinfomsg *ifi =
		mnl_nlmsg_get_payload(build_change(buf, LINK_UP, -1, 0));

	ck_assert_uint_eq(ifi->ifi_change, IFF_UP);
	ck_assert_uint_eq(ifi->ifi_flags, IFF_UP);
}
END_TEST

START_TEST(build_change_down_clears_iff_up_with_its_change_bit)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	const struct ifinfomsg *ifi =
		mnl_nlmsg_get_payload(build_change(buf, LINK_DOWN, -1, 0));

	ck_assert_uint_eq(ifi->ifi_change, IFF_UP);
	ck_assert_uint_eq(ifi->ifi_flags, 0);
}
END_TEST

START_TEST(build_change_keep_leaves_flags_untouched)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	const struct ifinfomsg *ifi =
		mnl_nlmsg_get_payload(build_change(buf, LINK_UPDOWN_KEEP, 3, 0));

	ck_assert_uint_eq(ifi->ifi_change, 0);
	ck_assert_uint_eq(ifi->ifi_flags, 0);
}
END_TEST

START_TEST(build_change_moves_by_netns_fd)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct test_attrs attrs;

	test_attrs_of_msg(build_change(buf, LINK_UPDOWN_KEEP, 6, 0),
			  sizeof(struct ifinfomsg), &attrs);
	test_attr_u32_is(&attrs, IFLA_NET_NS_FD, 6);
	ck_assert_int_eq(attrs.count[IFLA_NET_NS_PID], 0);
	test_attr_str_is(&attrs, IFLA_IFNAME, "veth_ns2");
}
END_TEST

START_TEST(build_change_moves_by_netns_pid)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct test_attrs attrs;

	test_attrs_of_msg(build_change(buf, LINK_UPDOWN_KEEP, -1, 4242),
			  sizeof(struct ifinfomsg), &attrs);
	test_attr_u32_is(&attrs, IFLA_NET_NS_PID, 4242);
	ck_assert_int_eq(attrs.count[IFLA_NET_NS_FD], 0);
}
END_TEST

START_TEST(build_change_netns_fd_wins_over_pid)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct test_attrs attrs;

	test_attrs_of_msg(build_change(buf, LINK_UPDOWN_KEEP, 0, 4242),
			  sizeof(struct ifinfomsg), &attrs);
	test_attr_u32_is(&attrs, IFLA_NET_NS_FD, 0);
	ck_assert_int_eq(attrs.count[IFLA_NET_NS_PID], 0);
}
END_TEST

START_TEST(build_change_up_and_move_in_one_message)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	const struct nlmsghdr *nlh = build_change(buf, LINK_UP, 8, 0);
	const struct ifinfomsg *ifi = mnl_nlmsg_get_payload(nlh);
	struct test_attrs attrs;

	ck_assert_uint_eq(ifi->ifi_flags, IFF_UP);
	ck_assert_uint_eq(ifi->ifi_change, IFF_UP);
	test_attrs_of_msg(nlh, sizeof(*ifi), &attrs);
	test_attr_str_is(&attrs, IFLA_IFNAME, "veth_ns2");
	test_attr_u32_is(&attrs, IFLA_NET_NS_FD, 8);
	ck_assert_int_eq(attrs.total, 2);
}
END_TEST

START_TEST(build_change_by_index_has_no_ifname)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct link_change change = {
		.dev = "veth_ns2", .index = 5, .netns_fd = -1,
	};
	const struct nlmsghdr *nlh = link_build_change(buf, &change);
	const struct ifinfomsg *ifi = mnl_nlmsg_get_payload(nlh);
	struct test_attrs attrs;

	ck_assert_int_eq(ifi->ifi_index, 5);
	test_attrs_of_msg(nlh, sizeof(*ifi), &attrs);
	ck_assert_int_eq(attrs.count[IFLA_IFNAME], 0);
	ck_assert_int_eq(attrs.total, 0);
}
END_TEST

START_TEST(build_change_by_index_renames_to_new_name)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct link_change change = {
		.dev = "veth_ns2", .index = 5, .netns_fd = -1,
		.new_name = "eth1",
	};
	const struct nlmsghdr *nlh = link_build_change(buf, &change);
	const struct ifinfomsg *ifi = mnl_nlmsg_get_payload(nlh);
	struct test_attrs attrs;

	ck_assert_int_eq(ifi->ifi_index, 5);
	test_attrs_of_msg(nlh, sizeof(*ifi), &attrs);
	test_attr_str_is(&attrs, IFLA_IFNAME, "eth1");
	ck_assert_int_eq(attrs.total, 1);
}
END_TEST

START_TEST(build_change_ignores_new_name_without_index)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct link_change change = {
		.dev = "veth_ns2", .netns_fd = -1, .new_name = "eth1",
	};
	const struct nlmsghdr *nlh = link_build_change(buf, &change);
	const struct ifinfomsg *ifi = mnl_nlmsg_get_payload(nlh);
	struct test_attrs attrs;

	/* IFLA_IFNAME names the device to find; a second one would be
	 * taken as the name. */
	ck_assert_int_eq(ifi->ifi_index, 0);
	test_attrs_of_msg(nlh, sizeof(*ifi), &attrs);
	test_attr_str_is(&attrs, IFLA_IFNAME, "veth_ns2");
	ck_assert_int_eq(attrs.total, 1);
}
END_TEST

START_TEST(build_change_puts_mtu)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct link_change change = {
		.dev = "veth_ns2", .netns_fd = -1, .has_mtu = true, .mtu = 1400,
	};
	struct test_attrs attrs;

	test_attrs_of_msg(link_build_change(buf, &change),
			  sizeof(struct ifinfomsg), &attrs);
	test_attr_u32_is(&attrs, IFLA_MTU, 1400);
	test_attr_str_is(&attrs, IFLA_IFNAME, "veth_ns2");
	ck_assert_int_eq(attrs.total, 2);
}
END_TEST

START_TEST(build_change_puts_master)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct link_change change = {
		.dev = "veth_ns2", .netns_fd = -1,
		.has_master = true, .master_index = 7,
	};
	struct test_attrs attrs;

	test_attrs_of_msg(link_build_change(buf, &change),
			  sizeof(struct ifinfomsg), &attrs);
	test_attr_u32_is(&attrs, IFLA_MASTER, 7);
	ck_assert_int_eq(attrs.total, 2);
}
END_TEST

START_TEST(build_change_nomaster_puts_master_0)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct link_change change = {
		.dev = "veth_ns2", .netns_fd = -1,
		.has_master = true, .master_index = 0,
	};
	struct test_attrs attrs;

	/* Master 0 is how the kernel is told to leave the bridge. */
	test_attrs_of_msg(link_build_change(buf, &change),
			  sizeof(struct ifinfomsg), &attrs);
	test_attr_u32_is(&attrs, IFLA_MASTER, 0);
}
END_TEST

START_TEST(build_change_without_has_master_has_no_master)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct link_change change = {
		.dev = "veth_ns2", .netns_fd = -1, .master_index = 7, .mtu = 1400,
	};
	struct test_attrs attrs;

	test_attrs_of_msg(link_build_change(buf, &change),
			  sizeof(struct ifinfomsg), &attrs);
	ck_assert_int_eq(attrs.count[IFLA_MASTER], 0);
	ck_assert_int_eq(attrs.count[IFLA_MTU], 0);
	ck_assert_int_eq(attrs.total, 1);
}
END_TEST

START_TEST(build_change_puts_address_bytes_exactly)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	const uint8_t address[6] = { 0x02, 0x00, 0x5e, 0x10, 0x00, 0x01 };
	struct link_change change = {
		.dev = "veth_ns2", .netns_fd = -1,
		.address_len = sizeof(address),
	};
	struct test_attrs attrs;
	const struct nlattr *attr;

	memcpy(change.address, address, sizeof(address));
	memset(change.address + sizeof(address), 0xff,
	       sizeof(change.address) - sizeof(address));
	test_attrs_of_msg(link_build_change(buf, &change),
			  sizeof(struct ifinfomsg), &attrs);
	attr = test_attr_once(&attrs, IFLA_ADDRESS);
	ck_assert_uint_eq(mnl_attr_get_payload_len(attr), sizeof(address));
	ck_assert_mem_eq(mnl_attr_get_payload(attr), address, sizeof(address));
	ck_assert_int_eq(attrs.total, 2);
}
END_TEST

START_TEST(build_change_all_fields_in_one_message)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	const uint8_t address[6] = { 0x02, 0x00, 0x5e, 0x10, 0x00, 0x01 };
	struct link_change change = {
		.dev = "veth_ns2", .index = 5, .updown = LINK_UP,
		.netns_fd = 8, .netns_pid = 4242, .new_name = "eth1",
		.has_mtu = true, .mtu = 9000,
		.has_master = true, .master_index = 3,
		.address_len = sizeof(address),
	};
	const struct nlmsghdr *nlh;
	const struct ifinfomsg *ifi;
	struct test_attrs attrs;
	const struct nlattr *attr;

	memcpy(change.address, address, sizeof(address));
	nlh = link_build_change(buf, &change);
	ifi = mnl_nlmsg_get_payload(nlh);
	ck_assert_uint_eq(nlh->nlmsg_type, RTM_NEWLINK);
	ck_assert_uint_eq(nlh->nlmsg_flags, NLM_F_REQUEST);
	ck_assert_int_eq(ifi->ifi_index, 5);
	ck_assert_uint_eq(ifi->ifi_flags, IFF_UP);
	ck_assert_uint_eq(ifi->ifi_change, IFF_UP);
	test_attrs_of_msg(nlh, sizeof(*ifi), &attrs);
	test_attr_str_is(&attrs, IFLA_IFNAME, "eth1");
	test_attr_u32_is(&attrs, IFLA_NET_NS_FD, 8);
	test_attr_u32_is(&attrs, IFLA_MTU, 9000);
	test_attr_u32_is(&attrs, IFLA_MASTER, 3);
	attr = test_attr_once(&attrs, IFLA_ADDRESS);
	ck_assert_uint_eq(mnl_attr_get_payload_len(attr), sizeof(address));
	ck_assert_mem_eq(mnl_attr_get_payload(attr), address, sizeof(address));
	ck_assert_int_eq(attrs.count[IFLA_NET_NS_PID], 0);
	ck_assert_int_eq(attrs.total, 5);
}
END_TEST


START_TEST(build_change_puts_alias_without_its_nul)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct link_change change = { .dev = "veth_ns2", .netns_fd = -1, .alias = "uplink" };
	struct test_attrs attrs;
	const struct nlattr *attr;

	test_attrs_of_msg(link_build_change(buf, &change), sizeof(struct ifinfomsg), &attrs);
	attr = test_attr_once(&attrs, IFLA_IFALIAS);
	ck_assert_uint_eq(mnl_attr_get_payload_len(attr), 6);
	ck_assert_mem_eq(mnl_attr_get_payload(attr), "uplink", 6);
	ck_assert_int_eq(attrs.total, 2);
}
END_TEST

START_TEST(build_change_empty_alias_is_an_empty_attribute)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct link_change change = { .dev = "veth_ns2", .netns_fd = -1, .alias = "" };
	struct test_attrs attrs;

	test_attrs_of_msg(link_build_change(buf, &change), sizeof(struct ifinfomsg), &attrs);
	ck_assert_uint_eq(mnl_attr_get_payload_len(test_attr_once(&attrs, IFLA_IFALIAS)), 0);
}
END_TEST

START_TEST(build_change_without_alias_or_txqlen_has_neither)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct link_change change = { .dev = "veth_ns2", .netns_fd = -1, .txqlen = 5 };
	struct test_attrs attrs;

	test_attrs_of_msg(link_build_change(buf, &change), sizeof(struct ifinfomsg), &attrs);
	ck_assert_int_eq(attrs.count[IFLA_IFALIAS], 0);
	ck_assert_int_eq(attrs.count[IFLA_TXQLEN], 0);
}
END_TEST

START_TEST(build_change_puts_txqlen)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct link_change change = { .dev = "veth_ns2", .netns_fd = -1,
				      .has_txqlen = true, .txqlen = 0xffffffff };
	struct test_attrs attrs;

	test_attrs_of_msg(link_build_change(buf, &change), sizeof(struct ifinfomsg), &attrs);
	test_attr_u32_is(&attrs, IFLA_TXQLEN, 0xffffffff);
}
END_TEST

START_TEST(build_change_flags_join_up_in_the_header)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	/* promisc on, arp off (NOARP set), multicast off, and up. */
	struct link_change change = {
		.dev = "veth_ns2", .netns_fd = -1, .updown = LINK_UP,
		.flag_mask = IFF_PROMISC | IFF_NOARP | IFF_MULTICAST,
		.flag_values = IFF_PROMISC | IFF_NOARP,
	};
	const struct nlmsghdr *nlh = link_build_change(buf, &change);
	const struct ifinfomsg *ifi = mnl_nlmsg_get_payload(nlh);
	struct test_attrs attrs;

	ck_assert_uint_eq(ifi->ifi_change, IFF_UP | IFF_PROMISC | IFF_NOARP | IFF_MULTICAST);
	ck_assert_uint_eq(ifi->ifi_flags, IFF_UP | IFF_PROMISC | IFF_NOARP);
	change.updown = LINK_DOWN;
	nlh = link_build_change(buf, &change);
	ifi = mnl_nlmsg_get_payload(nlh);
	ck_assert_uint_eq(ifi->ifi_flags, IFF_PROMISC | IFF_NOARP);
	test_attrs_of_msg(nlh, sizeof(*ifi), &attrs);
	ck_assert_int_eq(attrs.total, 1);
}
END_TEST

/* link_build_dump_kind */

START_TEST(build_dump_kind_nests_the_kind_in_linkinfo)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	const struct nlmsghdr *nlh = link_build_dump_kind(buf, "veth");
	const struct ifinfomsg *ifi = mnl_nlmsg_get_payload(nlh);
	struct test_attrs top, linkinfo;

	ck_assert_uint_eq(nlh->nlmsg_type, RTM_GETLINK);
	/* The kernel's strict check wants a bare header in a dump request. */
	ck_assert_int_eq(ifi->ifi_index, 0);
	ck_assert_uint_eq(ifi->ifi_flags, 0);
	ck_assert_uint_eq(ifi->ifi_change, 0);
	ck_assert_uint_eq(ifi->ifi_type, 0);
	test_attrs_of_msg(nlh, sizeof(*ifi), &top);
	ck_assert_int_eq(top.total, 1);
	test_attrs_of_nest(test_attr_once(&top, IFLA_LINKINFO), &linkinfo);
	ck_assert_int_eq(linkinfo.total, 1);
	/* As ip sends it: the bytes, no NUL. */
	ck_assert_uint_eq(mnl_attr_get_payload_len(test_attr_once(&linkinfo, IFLA_INFO_KIND)), 4);
	ck_assert_mem_eq(mnl_attr_get_payload(test_attr_once(&linkinfo, IFLA_INFO_KIND)), "veth", 4);
}
END_TEST

/* link_parse */

static const uint8_t mac[6] = { 0x42, 0x7e, 0xef, 0x1a, 0x89, 0xeb };
static const uint8_t mac_brd[6] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };
static const uint8_t mac_perm[6] = { 0x02, 0x00, 0x00, 0x00, 0x00, 0x01 };

/* An RTM_NEWLINK as the kernel dumps it for one end of a veth pair. */
static struct nlmsghdr *put_veth_link(struct test_msgs *msgs, int index,
				      const char *name, unsigned int flags)
{
	struct nlmsghdr *nlh = test_msg_start(msgs, RTM_NEWLINK, NLM_F_MULTI, 1, 2);
	struct ifinfomsg *ifi = mnl_nlmsg_put_extra_header(nlh, sizeof(*ifi));

	ifi->ifi_family = AF_UNSPEC;
	ifi->ifi_type = ARPHRD_ETHER;
	ifi->ifi_index = index;
	ifi->ifi_flags = flags;
	mnl_attr_put_strz(nlh, IFLA_IFNAME, name);
	mnl_attr_put_u32(nlh, IFLA_TXQLEN, 1000);
	mnl_attr_put_u8(nlh, IFLA_OPERSTATE, IF_OPER_UP);
	mnl_attr_put_u8(nlh, IFLA_LINKMODE, IF_LINK_MODE_DEFAULT);
	mnl_attr_put_u32(nlh, IFLA_MTU, 1500);
	mnl_attr_put_u32(nlh, IFLA_GROUP, 0);
	mnl_attr_put_u32(nlh, IFLA_LINK, 2);
	mnl_attr_put_u32(nlh, IFLA_MASTER, 12);
	mnl_attr_put_strz(nlh, IFLA_QDISC, "noqueue");
	mnl_attr_put(nlh, IFLA_ADDRESS, sizeof(mac), mac);
	mnl_attr_put(nlh, IFLA_BROADCAST, sizeof(mac_brd), mac_brd);
	mnl_attr_put(nlh, IFLA_PERM_ADDRESS, sizeof(mac_perm), mac_perm);
	mnl_attr_put_u32(nlh, IFLA_LINK_NETNSID, 0);
	test_msg_end(msgs, nlh);
	return nlh;
}

/* A link message with the header only, for attributes of the test's choice. */
static struct nlmsghdr *start_link(struct test_msgs *msgs, uint16_t type,
				   int index)
{
	struct nlmsghdr *nlh = test_msg_start(msgs, type, 0, 1, 2);
	struct ifinfomsg *ifi = mnl_nlmsg_put_extra_header(nlh, sizeof(*ifi));

	ifi->ifi_index = index;
	return nlh;
}

START_TEST(link_parse_reads_header_and_attributes)
{
	struct test_msgs msgs = { 0 };
	const struct nlmsghdr *nlh = put_veth_link(&msgs, 3, "veth_ns1",
						   IFF_UP | IFF_BROADCAST);
	struct link_info info;

	ck_assert_int_eq(link_parse(nlh, &info), 0);
	ck_assert_int_eq(info.index, 3);
	ck_assert_uint_eq(info.flags, IFF_UP | IFF_BROADCAST);
	ck_assert_uint_eq(info.type, ARPHRD_ETHER);
	ck_assert_str_eq(info.name, "veth_ns1");
	ck_assert_uint_eq(info.mtu, 1500);
	ck_assert_str_eq(info.qdisc, "noqueue");
	ck_assert_uint_eq(info.master, 12);
	ck_assert_uint_eq(info.operstate, IF_OPER_UP);
	ck_assert_int_eq(info.has_linkmode, 1);
	ck_assert_uint_eq(info.linkmode, IF_LINK_MODE_DEFAULT);
	ck_assert_uint_eq(info.group, 0);
	ck_assert_uint_eq(info.txqlen, 1000);
	ck_assert_int_eq(info.has_link, 1);
	ck_assert_uint_eq(info.link, 2);
	ck_assert_int_eq(info.has_link_netnsid, 1);
	ck_assert_int_eq(info.link_netnsid, 0);
	ck_assert_uint_eq(info.address_len, sizeof(mac));
	ck_assert_mem_eq(info.address, mac, sizeof(mac));
	ck_assert_uint_eq(info.broadcast_len, sizeof(mac_brd));
	ck_assert_mem_eq(info.broadcast, mac_brd, sizeof(mac_brd));
	ck_assert_uint_eq(info.perm_address_len, sizeof(mac_perm));
	ck_assert_mem_eq(info.perm_address, mac_perm, sizeof(mac_perm));
	ck_assert_ptr_null(info.altnames);
}
END_TEST

START_TEST(link_parse_without_optional_attributes_says_so)
{
	struct test_msgs msgs = { 0 };
	struct nlmsghdr *nlh = start_link(&msgs, RTM_NEWLINK, 1);
	struct link_info info;

	mnl_attr_put_strz(nlh, IFLA_IFNAME, "lo");
	test_msg_end(&msgs, nlh);
	memset(&info, 0x5a, sizeof(info));	/* nothing stale may stay */
	ck_assert_int_eq(link_parse(nlh, &info), 0);
	ck_assert_str_eq(info.name, "lo");
	ck_assert_int_eq(info.has_link, 0);
	ck_assert_int_eq(info.has_link_netnsid, 0);
	ck_assert_int_eq(info.has_linkmode, 0);
	ck_assert_uint_eq(info.master, 0);
	ck_assert_uint_eq(info.mtu, 0);
	ck_assert_str_eq(info.qdisc, "");
	ck_assert_uint_eq(info.address_len, 0);
	ck_assert_uint_eq(info.broadcast_len, 0);
	ck_assert_uint_eq(info.perm_address_len, 0);
	ck_assert_ptr_null(info.altnames);
}
END_TEST

START_TEST(link_parse_reads_negative_link_netnsid)
{
	struct test_msgs msgs = { 0 };
	struct nlmsghdr *nlh = start_link(&msgs, RTM_NEWLINK, 4);
	struct link_info info;

	mnl_attr_put_u32(nlh, IFLA_LINK_NETNSID, (uint32_t)-1);
	test_msg_end(&msgs, nlh);
	ck_assert_int_eq(link_parse(nlh, &info), 0);
	ck_assert_int_eq(info.has_link_netnsid, 1);
	ck_assert_int_eq(info.link_netnsid, -1);
}
END_TEST

START_TEST(link_parse_reads_link_0)
{
	struct test_msgs msgs = { 0 };
	struct nlmsghdr *nlh = start_link(&msgs, RTM_NEWLINK, 4);
	struct link_info info;

	mnl_attr_put_u32(nlh, IFLA_LINK, 0);
	test_msg_end(&msgs, nlh);
	ck_assert_int_eq(link_parse(nlh, &info), 0);
	ck_assert_int_eq(info.has_link, 1);
	ck_assert_uint_eq(info.link, 0);
}
END_TEST

START_TEST(link_parse_reads_kinds_and_protodown)
{
	struct test_msgs msgs = { 0 };
	struct nlmsghdr *nlh = start_link(&msgs, RTM_NEWLINK, 5);
	struct nlattr *nest;
	struct link_info info;

	nest = mnl_attr_nest_start(nlh, IFLA_LINKINFO);
	mnl_attr_put_strz(nlh, IFLA_INFO_KIND, "veth");
	mnl_attr_put_strz(nlh, IFLA_INFO_SLAVE_KIND, "bridge");
	mnl_attr_nest_end(nlh, nest);
	mnl_attr_put_u8(nlh, IFLA_PROTO_DOWN, 1);
	nest = mnl_attr_nest_start(nlh, IFLA_PROTO_DOWN_REASON);
	mnl_attr_put_u32(nlh, IFLA_PROTO_DOWN_REASON_VALUE, 0x208);
	mnl_attr_nest_end(nlh, nest);
	test_msg_end(&msgs, nlh);
	ck_assert_int_eq(link_parse(nlh, &info), 0);
	ck_assert(info.has_linkinfo);
	ck_assert_str_eq(info.kind, "veth");
	ck_assert_str_eq(info.slave_kind, "bridge");
	ck_assert_int_eq(info.has_proto_down, 1);
	ck_assert_uint_eq(info.proto_down, 1);
	ck_assert_int_eq(info.has_proto_down_reason, 1);
	ck_assert_uint_eq(info.proto_down_reason, 0x208);
}
END_TEST

START_TEST(link_parse_without_linkinfo_has_no_kind)
{
	struct test_msgs msgs = { 0 };
	struct nlmsghdr *nlh = start_link(&msgs, RTM_NEWLINK, 1);
	struct link_info info;

	mnl_attr_put_u8(nlh, IFLA_PROTO_DOWN, 0);
	test_msg_end(&msgs, nlh);
	ck_assert_int_eq(link_parse(nlh, &info), 0);
	ck_assert(!info.has_linkinfo);
	ck_assert_str_eq(info.kind, "");
	ck_assert_str_eq(info.slave_kind, "");
	ck_assert_int_eq(info.has_proto_down, 1);
	ck_assert_uint_eq(info.proto_down, 0);
	ck_assert_int_eq(info.has_proto_down_reason, 0);
}
END_TEST

START_TEST(link_parse_keeps_the_altname_list)
{
	struct test_msgs msgs = { 0 };
	struct nlmsghdr *nlh = start_link(&msgs, RTM_NEWLINK, 2);
	struct nlattr *list;
	struct link_info info;

	list = mnl_attr_nest_start(nlh, IFLA_PROP_LIST);
	mnl_attr_put_strz(nlh, IFLA_ALT_IFNAME, "enp0s3");
	mnl_attr_nest_end(nlh, list);
	test_msg_end(&msgs, nlh);
	ck_assert_int_eq(link_parse(nlh, &info), 0);
	ck_assert_ptr_eq(info.altnames, list);
}
END_TEST

START_TEST(link_parse_ignores_wrong_size_numbers)
{
	struct test_msgs msgs = { 0 };
	struct nlmsghdr *nlh = start_link(&msgs, RTM_NEWLINK, 2);
	struct link_info info;

	mnl_attr_put_u16(nlh, IFLA_MTU, 1500);
	mnl_attr_put_u16(nlh, IFLA_LINK, 7);
	mnl_attr_put_u32(nlh, IFLA_OPERSTATE, IF_OPER_UP);
	test_msg_end(&msgs, nlh);
	ck_assert_int_eq(link_parse(nlh, &info), 0);
	ck_assert_uint_eq(info.mtu, 0);
	ck_assert_int_eq(info.has_link, 0);
	ck_assert_uint_eq(info.operstate, 0);
}
END_TEST

START_TEST(link_parse_ignores_unterminated_name)
{
	struct test_msgs msgs = { 0 };
	struct nlmsghdr *nlh = start_link(&msgs, RTM_NEWLINK, 2);
	struct link_info info;

	mnl_attr_put(nlh, IFLA_IFNAME, 4, "eth0");	/* no NUL */
	test_msg_end(&msgs, nlh);
	ck_assert_int_eq(link_parse(nlh, &info), 0);
	ck_assert_str_eq(info.name, "");
}
END_TEST

START_TEST(link_parse_cuts_long_address_to_max)
{
	struct test_msgs msgs = { 0 };
	struct nlmsghdr *nlh = start_link(&msgs, RTM_NEWLINK, 2);
	uint8_t address[LINK_ADDR_MAX + 8];
	struct link_info info;

	for (size_t i = 0; i < sizeof(address); i++)
		address[i] = (uint8_t)i;
	mnl_attr_put(nlh, IFLA_ADDRESS, sizeof(address), address);
	test_msg_end(&msgs, nlh);
	ck_assert_int_eq(link_parse(nlh, &info), 0);
	ck_assert_uint_eq(info.address_len, LINK_ADDR_MAX);
	ck_assert_mem_eq(info.address, address, LINK_ADDR_MAX);
}
END_TEST

START_TEST(link_parse_rejects_other_message_types)
{
	struct test_msgs msgs = { 0 };
	struct nlmsghdr *nlh = put_veth_link(&msgs, 3, "veth_ns1", 0);
	struct link_info info;

	nlh->nlmsg_type = RTM_DELLINK;
	ck_assert_int_eq(link_parse(nlh, &info), -EBADMSG);
	nlh->nlmsg_type = RTM_NEWADDR;
	ck_assert_int_eq(link_parse(nlh, &info), -EBADMSG);
}
END_TEST

START_TEST(link_parse_rejects_short_payload)
{
	struct test_msgs msgs = { 0 };
	struct nlmsghdr *nlh = test_msg_start(&msgs, RTM_NEWLINK, 0, 1, 2);
	struct link_info info;

	nlh->nlmsg_len += 8;	/* half an ifinfomsg */
	test_msg_end(&msgs, nlh);
	ck_assert_int_eq(link_parse(nlh, &info), -EBADMSG);
}
END_TEST

/* link_find_index, link_find_name */

/* Three links, with an address message between them whose ifa_index sits
 * where ifi_index would be. */
static struct rtnl_msgs fill_links(struct test_msgs *msgs)
{
	struct nlmsghdr *nlh;
	struct ifaddrmsg *ifa;

	put_veth_link(msgs, 1, "lo", IFF_UP | IFF_LOOPBACK);
	nlh = test_msg_start(msgs, RTM_NEWADDR, 0, 1, 2);
	ifa = mnl_nlmsg_put_extra_header(nlh, sizeof(*ifa));
	ifa->ifa_family = AF_INET;
	ifa->ifa_index = 9;
	mnl_attr_put_strz(nlh, IFA_LABEL, "fake");
	test_msg_end(msgs, nlh);
	put_veth_link(msgs, 5, "veth_ns2", IFF_UP);
	put_veth_link(msgs, 7, "br0", 0);
	return test_msgs_view(msgs);
}

START_TEST(link_find_index_finds_the_device)
{
	struct test_msgs msgs = { 0 };
	struct rtnl_msgs links = fill_links(&msgs);
	struct link_info info;

	ck_assert_int_eq(link_find_index(&links, 5, &info), 0);
	ck_assert_int_eq(info.index, 5);
	ck_assert_str_eq(info.name, "veth_ns2");
	ck_assert_int_eq(link_find_index(&links, 7, &info), 0);
	ck_assert_str_eq(info.name, "br0");
	ck_assert_int_eq(link_find_index(&links, 1, &info), 0);
	ck_assert_str_eq(info.name, "lo");
}
END_TEST

START_TEST(link_find_index_skips_other_messages)
{
	struct test_msgs msgs = { 0 };
	struct rtnl_msgs links = fill_links(&msgs);
	struct link_info info;

	ck_assert_int_eq(link_find_index(&links, 9, &info), -ENODEV);
}
END_TEST

START_TEST(link_find_index_of_missing_device_is_enodev)
{
	struct test_msgs msgs = { 0 };
	struct rtnl_msgs links = fill_links(&msgs);
	struct rtnl_msgs none = { 0 };
	struct link_info info;

	ck_assert_int_eq(link_find_index(&links, 4, &info), -ENODEV);
	ck_assert_int_eq(link_find_index(&links, 0, &info), -ENODEV);
	ck_assert_int_eq(link_find_index(&none, 1, &info), -ENODEV);
}
END_TEST

START_TEST(link_find_name_finds_the_device)
{
	struct test_msgs msgs = { 0 };
	struct rtnl_msgs links = fill_links(&msgs);
	struct link_info info;

	ck_assert_int_eq(link_find_name(&links, "br0", &info), 0);
	ck_assert_int_eq(info.index, 7);
	ck_assert_int_eq(link_find_name(&links, "veth_ns2", &info), 0);
	ck_assert_int_eq(info.index, 5);
}
END_TEST

START_TEST(link_find_name_matches_whole_names_only)
{
	struct test_msgs msgs = { 0 };
	struct rtnl_msgs links = fill_links(&msgs);
	struct rtnl_msgs none = { 0 };
	struct link_info info;

	ck_assert_int_eq(link_find_name(&links, "veth", &info), -ENODEV);
	ck_assert_int_eq(link_find_name(&links, "br01", &info), -ENODEV);
	ck_assert_int_eq(link_find_name(&links, "fake", &info), -ENODEV);
	ck_assert_int_eq(link_find_name(&none, "lo", &info), -ENODEV);
}
END_TEST

/* A veth as a dump tells of it: mtu 68 to 65535, a 6-byte address. */
static struct link_info veth_info(void)
{
	struct link_info link = { .index = 3, .type = ARPHRD_ETHER, .mtu = 1500,
				  .min_mtu = 68, .max_mtu = 65535, .address_len = 6 };
	return link;
}

START_TEST(refusal_none_for_mtu_in_range)
{
	struct link_info link = veth_info();
	struct link_change change = { .has_mtu = true, .mtu = 9000 };

	ck_assert_ptr_null(link_change_refusal(&link, &change));
	change.mtu = 65535;
	ck_assert_ptr_null(link_change_refusal(&link, &change));
	change.mtu = 68;
	ck_assert_ptr_null(link_change_refusal(&link, &change));
}
END_TEST

START_TEST(refusal_mtu_above_maximum)
{
	struct link_info link = veth_info();
	struct link_change change = { .has_mtu = true, .mtu = 65536 };

	ck_assert_pstr_eq(link_change_refusal(&link, &change),
			  "mtu greater than device maximum");
}
END_TEST

START_TEST(refusal_mtu_below_minimum)
{
	struct link_info link = veth_info();
	struct link_change change = { .has_mtu = true, .mtu = 67 };

	ck_assert_pstr_eq(link_change_refusal(&link, &change),
			  "mtu less than device minimum");
}
END_TEST

START_TEST(refusal_none_when_the_kernel_told_no_maximum)
{
	struct link_info link = veth_info();
	struct link_change change = { .has_mtu = true, .mtu = 100000 };

	link.max_mtu = 0;
	ck_assert_ptr_null(link_change_refusal(&link, &change));
}
END_TEST

START_TEST(refusal_ignores_mtu_not_asked_for)
{
	struct link_info link = veth_info();
	struct link_change change = { .has_mtu = false, .mtu = 1 };

	ck_assert_ptr_null(link_change_refusal(&link, &change));
}
END_TEST

START_TEST(refusal_address_of_wrong_length)
{
	struct link_info link = veth_info();
	struct link_change change = { .address_len = 5,
				      .address = { 2, 0, 0, 0, 1 } };

	ck_assert_pstr_eq(link_change_refusal(&link, &change),
			  "this device's address has 6 bytes");
}
END_TEST

/* Bad input, refused with the words (test_parse.c), not here. */
START_TEST(refusal_leaves_multicast_and_zero_to_the_words)
{
	struct link_info link = veth_info();
	struct link_change change = { .address_len = 6,
				      .address = { 1, 0, 0x5e, 0, 0, 1 } };

	ck_assert_ptr_null(link_change_refusal(&link, &change));
	memset(change.address, 0, sizeof(change.address));
	ck_assert_ptr_null(link_change_refusal(&link, &change));
}
END_TEST

START_TEST(refusal_none_for_unicast_address)
{
	struct link_info link = veth_info();
	struct link_change change = { .address_len = 6,
				      .address = { 2, 0, 0x5e, 0, 0, 1 } };

	ck_assert_ptr_null(link_change_refusal(&link, &change));
}
END_TEST

START_TEST(kinds_that_take_ports)
{
	ck_assert(link_kind_takes_ports("bridge"));
	ck_assert(link_kind_takes_ports("bond"));
	ck_assert(link_kind_takes_ports("team"));
	ck_assert(link_kind_takes_ports("vrf"));
	ck_assert(!link_kind_takes_ports("veth"));
	ck_assert(!link_kind_takes_ports(""));
	ck_assert(!link_kind_takes_ports("bridge0"));
}
END_TEST

/* link_filter_match */

static struct link_info kind_info(const char *name, bool linkinfo, const char *kind,
				  const char *slave_kind)
{
	struct link_info link;

	memset(&link, 0, sizeof(link));
	snprintf(link.name, sizeof(link.name), "%s", name);
	link.has_linkinfo = linkinfo;
	snprintf(link.kind, sizeof(link.kind), "%s", kind);
	snprintf(link.slave_kind, sizeof(link.slave_kind), "%s", slave_kind);
	return link;
}

START_TEST(filter_matches_the_kind)
{
	struct link_filter filter = { .has_kind = true, .kind = "veth" };
	struct link_info veth = kind_info("v1", true, "veth", "bridge");
	struct link_info bridge = kind_info("br0", true, "bridge", "");

	ck_assert(link_filter_match(&filter, &veth));
	ck_assert(!link_filter_match(&filter, &bridge));
	filter.slave = true;
	snprintf(filter.kind, sizeof(filter.kind), "bridge");
	ck_assert(link_filter_match(&filter, &veth));
	ck_assert(!link_filter_match(&filter, &bridge));
}
END_TEST

START_TEST(filter_of_a_kind_wants_linkinfo)
{
	/* ip: "type _slave" is every device with a kind and no master's. */
	struct link_filter filter = { .has_kind = true, .slave = true, .kind = "" };
	struct link_info lo = kind_info("lo", false, "", "");
	struct link_info bridge = kind_info("br0", true, "bridge", "");

	ck_assert(!link_filter_match(&filter, &lo));
	ck_assert(link_filter_match(&filter, &bridge));
}
END_TEST

START_TEST(filter_of_dev_and_kind_wants_both)
{
	struct link_filter filter = { .dev = "v1", .has_kind = true, .kind = "veth" };
	struct link_info v1 = kind_info("v1", true, "veth", "");
	struct link_info v2 = kind_info("v2", true, "veth", "");
	struct link_info none = kind_info("v1", true, "vlan", "");

	ck_assert(link_filter_match(&filter, &v1));
	ck_assert(!link_filter_match(&filter, &v2));
	ck_assert(!link_filter_match(&filter, &none));
	filter.has_kind = false;
	ck_assert(link_filter_match(&filter, &none));
	filter.dev = NULL;
	ck_assert(link_filter_match(&filter, &v2));
}
END_TEST

/* link_build_vxlan and link_read_vxlan_words */

#define VX_WORDS(...) (char *[]){ __VA_ARGS__ }
#define VX_COUNT(...) ((int)(sizeof((char *[]){ __VA_ARGS__ }) / sizeof(char *)))
#define VX_ARGS(...) VX_COUNT(__VA_ARGS__), VX_WORDS(__VA_ARGS__)

/* The attributes in IFLA_INFO_DATA of a built vxlan request, after
 * checking the name and the kind on the way there. */
static void vxlan_data_attrs(const struct nlmsghdr *nlh, struct test_attrs *data)
{
	struct test_attrs top, linkinfo;

	ck_assert_uint_eq(nlh->nlmsg_type, RTM_NEWLINK);
	ck_assert_uint_eq(nlh->nlmsg_flags, NLM_F_REQUEST | NLM_F_CREATE | NLM_F_EXCL);
	test_attrs_of_msg(nlh, sizeof(struct ifinfomsg), &top);
	test_attr_str_is(&top, IFLA_IFNAME, "vx0");
	test_attrs_of_nest(test_attr_once(&top, IFLA_LINKINFO), &linkinfo);
	ck_assert_int_eq(linkinfo.total, 2);
	test_attr_str_is(&linkinfo, IFLA_INFO_KIND, "vxlan");
	test_attrs_of_nest(test_attr_once(&linkinfo, IFLA_INFO_DATA), data);
}

/* The request built from vxlanadd's WORDS. */
static struct nlmsghdr *build_vxlan_words(void *buf, int argc, char **argv)
{
	struct vxlan_req req;
	struct parse_error err;

	ck_assert_int_eq(link_read_vxlan_words(argc, argv, &req, &err), 0);
	req.dev_index = req.dev ? 7 : 0;	/* what link_add_vxlan finds */
	return link_build_vxlan(buf, &req);
}

static void assert_bytes(const struct test_attrs *attrs, uint16_t type,
			 int family, const char *text)
{
	const struct nlattr *attr = test_attr_once(attrs, type);
	uint8_t want[16];
	size_t len = family == AF_INET ? 4 : 16;

	ck_assert_int_eq(inet_pton(family, text, want), 1);
	ck_assert_uint_eq(mnl_attr_get_payload_len(attr), len);
	ck_assert_int_eq(memcmp(mnl_attr_get_payload(attr), want, len), 0);
}

START_TEST(build_vxlan_id_alone_has_the_iana_port_and_nothing_else)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct test_attrs data;

	vxlan_data_attrs(build_vxlan_words(buf, VX_ARGS("vx0", "id", "42")), &data);
	ck_assert_int_eq(data.total, 2);
	test_attr_u32_is(&data, IFLA_VXLAN_ID, 42);
	ck_assert_uint_eq(mnl_attr_get_payload_len(test_attr_once(&data, IFLA_VXLAN_PORT)), 2);
	/* In network byte order: 4789, not the kernel's 8472. */
	ck_assert_uint_eq(mnl_attr_get_u16(data.attr[IFLA_VXLAN_PORT]), htons(4789));
}
END_TEST

START_TEST(build_vxlan_unicast_ipv4_puts_group_local_link_ttl_learning)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct test_attrs data;

	vxlan_data_attrs(build_vxlan_words(buf, VX_ARGS("vx0", "id", "16777215", "remote",
		"10.9.0.2", "local", "10.9.0.1", "dev", "u1", "dstport", "8472", "ttl", "64",
		"nolearning")), &data);
	ck_assert_int_eq(data.total, 7);
	test_attr_u32_is(&data, IFLA_VXLAN_ID, 16777215);
	assert_bytes(&data, IFLA_VXLAN_GROUP, AF_INET, "10.9.0.2");
	assert_bytes(&data, IFLA_VXLAN_LOCAL, AF_INET, "10.9.0.1");
	test_attr_u32_is(&data, IFLA_VXLAN_LINK, 7);
	ck_assert_uint_eq(mnl_attr_get_u16(test_attr_once(&data, IFLA_VXLAN_PORT)), htons(8472));
	ck_assert_uint_eq(mnl_attr_get_u8(test_attr_once(&data, IFLA_VXLAN_TTL)), 64);
	ck_assert_uint_eq(mnl_attr_get_u8(test_attr_once(&data, IFLA_VXLAN_LEARNING)), 0);
	ck_assert_int_eq(data.count[IFLA_VXLAN_GROUP6], 0);
	ck_assert_int_eq(data.count[IFLA_VXLAN_LOCAL6], 0);
}
END_TEST

START_TEST(build_vxlan_ipv6_group_goes_in_group6)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct test_attrs data;

	vxlan_data_attrs(build_vxlan_words(buf, VX_ARGS("vx0", "id", "0", "group", "ff05::100",
		"dev", "u1", "local", "fd00::1", "learning")), &data);
	ck_assert_int_eq(data.total, 6);
	test_attr_u32_is(&data, IFLA_VXLAN_ID, 0);
	assert_bytes(&data, IFLA_VXLAN_GROUP6, AF_INET6, "ff05::100");
	assert_bytes(&data, IFLA_VXLAN_LOCAL6, AF_INET6, "fd00::1");
	test_attr_u32_is(&data, IFLA_VXLAN_LINK, 7);
	ck_assert_uint_eq(mnl_attr_get_u8(test_attr_once(&data, IFLA_VXLAN_LEARNING)), 1);
	ck_assert_int_eq(data.count[IFLA_VXLAN_GROUP], 0);
	ck_assert_int_eq(data.count[IFLA_VXLAN_TTL], 0);
}
END_TEST

START_TEST(build_vxlan_ttl_0_is_sent)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct test_attrs data;

	vxlan_data_attrs(build_vxlan_words(buf, VX_ARGS("vx0", "ttl", "0", "id", "1")), &data);
	ck_assert_uint_eq(mnl_attr_get_u8(test_attr_once(&data, IFLA_VXLAN_TTL)), 0);
}
END_TEST

START_TEST(vxlan_words_read_the_defaults)
{
	struct vxlan_req req;
	struct parse_error err;

	ck_assert_int_eq(link_read_vxlan_words(VX_ARGS("vx0", "id", "5"), &req, &err), 0);
	ck_assert_str_eq(req.name, "vx0");
	ck_assert_uint_eq(req.vni, 5);
	ck_assert_uint_eq(req.port, 4789);
	ck_assert_int_eq(req.learning, -1);
	ck_assert(!req.has_ttl);
	ck_assert_int_eq(req.remote_family, AF_UNSPEC);
	ck_assert_int_eq(req.local_family, AF_UNSPEC);
	ck_assert_ptr_null(req.dev);
	ck_assert_uint_eq(req.dev_index, 0);
}
END_TEST

/* link_vxlan_settings reads back what link_build_vxlan writes, as the
 * kernel dumps it: the same attributes in IFLA_INFO_DATA. */
static void vxlan_read_back(int argc, char **argv, struct vxlan_req *back)
{
	char buf[RTNL_REQUEST_SIZE];
	struct link_info link;

	ck_assert_int_eq(link_parse(build_vxlan_words(buf, argc, argv), &link), 0);
	ck_assert_str_eq(link.kind, "vxlan");
	ck_assert(link_vxlan_settings(&link, back));
}

START_TEST(vxlan_settings_read_back_unicast_ipv4)
{
	struct vxlan_req back;
	uint8_t want[4];

	vxlan_read_back(VX_ARGS("vx0", "id", "42", "remote", "10.9.0.2", "local", "10.9.0.1",
				"dev", "u1", "dstport", "4790", "ttl", "5", "nolearning"), &back);
	ck_assert_str_eq(back.name, "vx0");
	ck_assert_uint_eq(back.vni, 42);
	ck_assert_int_eq(back.remote_family, AF_INET);
	ck_assert(!back.group);
	ck_assert_int_eq(inet_pton(AF_INET, "10.9.0.2", want), 1);
	ck_assert_int_eq(memcmp(back.remote, want, 4), 0);
	ck_assert_int_eq(back.local_family, AF_INET);
	ck_assert_int_eq(inet_pton(AF_INET, "10.9.0.1", want), 1);
	ck_assert_int_eq(memcmp(back.local, want, 4), 0);
	ck_assert_uint_eq(back.dev_index, 7);
	ck_assert_uint_eq(back.port, 4790);
	ck_assert(back.has_ttl);
	ck_assert_uint_eq(back.ttl, 5);
	ck_assert_int_eq(back.learning, 0);
}
END_TEST

START_TEST(vxlan_settings_read_back_ipv6_group)
{
	struct vxlan_req back;
	uint8_t want[16];

	vxlan_read_back(VX_ARGS("vx0", "id", "0", "group", "ff05::100", "dev", "u1"), &back);
	ck_assert_uint_eq(back.vni, 0);
	ck_assert_int_eq(back.remote_family, AF_INET6);
	ck_assert(back.group);
	ck_assert_int_eq(inet_pton(AF_INET6, "ff05::100", want), 1);
	ck_assert_int_eq(memcmp(back.remote, want, 16), 0);
	ck_assert_int_eq(back.local_family, AF_UNSPEC);
	ck_assert_uint_eq(back.port, 4789);
	ck_assert_int_eq(back.learning, -1);
}
END_TEST

START_TEST(vxlan_settings_of_another_kind_is_false)
{
	char buf[RTNL_REQUEST_SIZE];
	struct vxlan_req back;
	struct link_info link;

	ck_assert_int_eq(link_parse(link_build_bridge(buf, "br0"), &link), 0);
	ck_assert(!link_vxlan_settings(&link, &back));
	link.msg = NULL;
	ck_assert(!link_vxlan_settings(&link, &back));
}
END_TEST

/* WORDS are refused naming WORD for REASON. */
#define VX_REFUSED(bad_word, why, ...) do { \
	struct vxlan_req req_; \
	struct parse_error err_; \
	ck_assert_int_eq(link_read_vxlan_words(VX_ARGS(__VA_ARGS__), &req_, &err_), -1); \
	ck_assert_str_eq(err_.word, bad_word); \
	ck_assert_str_eq(err_.reason, why); \
} while (0)

START_TEST(vxlan_words_refuse_bad_numbers)
{
	VX_REFUSED("vx0", "needs id VNI (0 to 16777215)", "vx0");
	VX_REFUSED("vx0", "needs id VNI (0 to 16777215)", "vx0", "remote", "10.0.0.2");
	VX_REFUSED("id", "needs a VNI (0 to 16777215)", "vx0", "id");
	VX_REFUSED("16777216", "not a VNI (0 to 16777215)", "vx0", "id", "16777216");
	VX_REFUSED("0", "not a port (1 to 65535)", "vx0", "id", "1", "dstport", "0");
	VX_REFUSED("65536", "not a port (1 to 65535)", "vx0", "id", "1", "dstport", "65536");
	VX_REFUSED("256", "not a ttl (0 to 255)", "vx0", "id", "1", "ttl", "256");
	VX_REFUSED("x", "not a ttl (0 to 255)", "vx0", "id", "1", "ttl", "x");
}
END_TEST

START_TEST(vxlan_words_refuse_bad_addresses)
{
	VX_REFUSED("10.0.0.256", "invalid address", "vx0", "id", "1", "remote", "10.0.0.256");
	VX_REFUSED("10.0.0.2/24", "an address, without /LEN", "vx0", "id", "1", "local",
		   "10.0.0.2/24");
	VX_REFUSED("local", "needs an IPv4 or IPv6 address", "vx0", "id", "1", "local");
	VX_REFUSED("10.0.0.2", "not a multicast address (a group is 224.0.0.0/4 or ff00::/8)",
		   "vx0", "id", "1", "group", "10.0.0.2", "dev", "u1");
	VX_REFUSED("224.0.0.1", "a multicast address: a remote is one host (say group ADDR "
		   "dev DEV)", "vx0", "id", "1", "remote", "224.0.0.1");
	VX_REFUSED("ff02::1", "a multicast address: a remote is one host (say group ADDR "
		   "dev DEV)", "vx0", "id", "1", "remote", "ff02::1");
	VX_REFUSED("239.0.0.1", "a multicast address cannot be the local one",
		   "vx0", "id", "1", "local", "239.0.0.1");
	VX_REFUSED("fd00::1", "not of the remote's family (IPv4 and IPv6 do not mix)",
		   "vx0", "id", "1", "local", "fd00::1", "remote", "10.0.0.2");
	VX_REFUSED("10.0.0.1", "not of the group's family (IPv4 and IPv6 do not mix)",
		   "vx0", "id", "1", "group", "ff05::1", "dev", "u1", "local", "10.0.0.1");
}
END_TEST

START_TEST(vxlan_words_refuse_what_does_not_go_together)
{
	VX_REFUSED("group", "needs dev DEV, the device to join the group on",
		   "vx0", "id", "1", "group", "239.0.0.1");
	VX_REFUSED("remote", "remote and group do not go together (one or the other)",
		   "vx0", "id", "1", "group", "239.0.0.1", "remote", "10.0.0.2");
	VX_REFUSED("nolearning", "learning and nolearning do not go together (one or "
		   "the other)", "vx0", "id", "1", "learning", "nolearning");
	VX_REFUSED("extra", "unknown keyword (id, remote, group, local, dev, dstport, ttl, "
		   "learning, nolearning)", "vx0", "id", "1", "extra");
	VX_REFUSED("a/b", "interface name contains '/'", "a/b", "id", "1");
	VX_REFUSED("a/b", "interface name contains '/'", "vx0", "id", "1", "dev", "a/b");
}
END_TEST

START_TEST(vxlan_words_refuse_a_keyword_twice)
{
	VX_REFUSED("id", "given twice", "vx0", "id", "1", "id", "1");
	VX_REFUSED("remote", "given twice", "vx0", "id", "1", "remote", "10.0.0.2",
		   "remote", "10.0.0.3");
	VX_REFUSED("group", "given twice", "vx0", "id", "1", "group", "239.0.0.1",
		   "group", "239.0.0.2");
	VX_REFUSED("local", "given twice", "vx0", "id", "1", "local", "10.0.0.1",
		   "local", "10.0.0.1");
	VX_REFUSED("dev", "given twice", "vx0", "id", "1", "dev", "u1", "dev", "u2");
	VX_REFUSED("dstport", "given twice", "vx0", "id", "1", "dstport", "1", "dstport", "1");
	VX_REFUSED("ttl", "given twice", "vx0", "id", "1", "ttl", "1", "ttl", "1");
	VX_REFUSED("learning", "given twice", "vx0", "id", "1", "learning", "learning");
}
END_TEST

START_TEST(vxlan_words_without_a_name_are_the_usage)
{
	struct vxlan_req req;
	struct parse_error err;

	ck_assert_int_eq(link_read_vxlan_words(0, NULL, &req, &err), -1);
	ck_assert_ptr_null(err.word);
}
END_TEST

Suite *link_suite(void)
{
	Suite *suite = suite_create("link");
	TCase *veth = tcase_create("build_veth");
	TCase *bridge = tcase_create("build_bridge");
	TCase *delete = tcase_create("build_delete");
	TCase *change = tcase_create("build_change");
	TCase *parse = tcase_create("parse");
	TCase *find = tcase_create("find");
	TCase *refusal = tcase_create("change_refusal");
	TCase *vxlan = tcase_create("vxlan");

	tcase_add_test(refusal, refusal_none_for_mtu_in_range);
	tcase_add_test(refusal, refusal_mtu_above_maximum);
	tcase_add_test(refusal, refusal_mtu_below_minimum);
	tcase_add_test(refusal, refusal_none_when_the_kernel_told_no_maximum);
	tcase_add_test(refusal, refusal_ignores_mtu_not_asked_for);
	tcase_add_test(refusal, refusal_address_of_wrong_length);
	tcase_add_test(refusal, refusal_leaves_multicast_and_zero_to_the_words);
	tcase_add_test(refusal, refusal_none_for_unicast_address);
	tcase_add_test(refusal, kinds_that_take_ports);
	suite_add_tcase(suite, refusal);

	tcase_add_test(vxlan, build_vxlan_id_alone_has_the_iana_port_and_nothing_else);
	tcase_add_test(vxlan, build_vxlan_unicast_ipv4_puts_group_local_link_ttl_learning);
	tcase_add_test(vxlan, build_vxlan_ipv6_group_goes_in_group6);
	tcase_add_test(vxlan, build_vxlan_ttl_0_is_sent);
	tcase_add_test(vxlan, vxlan_words_read_the_defaults);
	tcase_add_test(vxlan, vxlan_settings_read_back_unicast_ipv4);
	tcase_add_test(vxlan, vxlan_settings_read_back_ipv6_group);
	tcase_add_test(vxlan, vxlan_settings_of_another_kind_is_false);
	tcase_add_test(vxlan, vxlan_words_refuse_bad_numbers);
	tcase_add_test(vxlan, vxlan_words_refuse_bad_addresses);
	tcase_add_test(vxlan, vxlan_words_refuse_what_does_not_go_together);
	tcase_add_test(vxlan, vxlan_words_refuse_a_keyword_twice);
	tcase_add_test(vxlan, vxlan_words_without_a_name_are_the_usage);
	suite_add_tcase(suite, vxlan);

	tcase_add_test(veth, build_veth_is_newlink_create_excl);
	tcase_add_test(veth, build_veth_names_the_device);
	tcase_add_test(veth, build_veth_in_this_namespace_has_no_netns_fd);
	tcase_add_test(veth, build_veth_puts_netns_fd_when_given);
	tcase_add_test(veth, build_veth_puts_netns_fd_0);
	tcase_add_test(veth, build_veth_puts_peer_netns_fd_0);
	tcase_add_test(veth, build_veth_linkinfo_kind_is_veth);
	tcase_add_test(veth, build_veth_peer_has_ifinfomsg_then_name);
	tcase_add_test(veth, build_veth_peer_gets_its_own_netns_fd);
	tcase_add_test(veth, build_veth_peer_only_in_other_namespace);
	tcase_add_test(veth, build_veth_nests_end_where_the_message_ends);
	suite_add_tcase(suite, veth);

	tcase_add_test(bridge, build_bridge_is_newlink_create_excl);
	tcase_add_test(bridge, build_bridge_names_the_device);
	tcase_add_test(bridge, build_bridge_linkinfo_is_kind_bridge_only);
	suite_add_tcase(suite, bridge);

	tcase_add_test(delete, build_delete_is_dellink_without_create);
	tcase_add_test(delete, build_delete_names_the_device_only);
	suite_add_tcase(suite, delete);

	tcase_add_test(change, build_change_is_newlink_without_create);
	tcase_add_test(change, build_change_names_the_device);
	tcase_add_test(change, build_change_up_sets_iff_up_and_its_change_bit);
	tcase_add_test(change, build_change_down_clears_iff_up_with_its_change_bit);
	tcase_add_test(change, build_change_keep_leaves_flags_untouched);
	tcase_add_test(change, build_change_moves_by_netns_fd);
	tcase_add_test(change, build_change_moves_by_netns_pid);
	tcase_add_test(change, build_change_netns_fd_wins_over_pid);
	tcase_add_test(change, build_change_up_and_move_in_one_message);
	tcase_add_test(change, build_change_by_index_has_no_ifname);
	tcase_add_test(change, build_change_by_index_renames_to_new_name);
	tcase_add_test(change, build_change_ignores_new_name_without_index);
	tcase_add_test(change, build_change_puts_mtu);
	tcase_add_test(change, build_change_puts_master);
	tcase_add_test(change, build_change_nomaster_puts_master_0);
	tcase_add_test(change, build_change_without_has_master_has_no_master);
	tcase_add_test(change, build_change_puts_address_bytes_exactly);
	tcase_add_test(change, build_change_all_fields_in_one_message);
	tcase_add_test(change, build_change_puts_alias_without_its_nul);
	tcase_add_test(change, build_change_empty_alias_is_an_empty_attribute);
	tcase_add_test(change, build_change_without_alias_or_txqlen_has_neither);
	tcase_add_test(change, build_change_puts_txqlen);
	tcase_add_test(change, build_change_flags_join_up_in_the_header);
	tcase_add_test(change, build_dump_kind_nests_the_kind_in_linkinfo);
	suite_add_tcase(suite, change);

	tcase_add_test(parse, link_parse_reads_header_and_attributes);
	tcase_add_test(parse, link_parse_without_optional_attributes_says_so);
	tcase_add_test(parse, link_parse_reads_negative_link_netnsid);
	tcase_add_test(parse, link_parse_reads_link_0);
	tcase_add_test(parse, link_parse_keeps_the_altname_list);
	tcase_add_test(parse, link_parse_reads_kinds_and_protodown);
	tcase_add_test(parse, link_parse_without_linkinfo_has_no_kind);
	tcase_add_test(parse, link_parse_ignores_wrong_size_numbers);
	tcase_add_test(parse, link_parse_ignores_unterminated_name);
	tcase_add_test(parse, link_parse_cuts_long_address_to_max);
	tcase_add_test(parse, link_parse_rejects_other_message_types);
	tcase_add_test(parse, link_parse_rejects_short_payload);
	suite_add_tcase(suite, parse);

	tcase_add_test(find, link_find_index_finds_the_device);
	tcase_add_test(find, link_find_index_skips_other_messages);
	tcase_add_test(find, link_find_index_of_missing_device_is_enodev);
	tcase_add_test(find, link_find_name_finds_the_device);
	tcase_add_test(find, link_find_name_matches_whole_names_only);
	tcase_add_test(find, filter_matches_the_kind);
	tcase_add_test(find, filter_of_a_kind_wants_linkinfo);
	tcase_add_test(find, filter_of_dev_and_kind_wants_both);
	suite_add_tcase(suite, find);
	return suite;
}
