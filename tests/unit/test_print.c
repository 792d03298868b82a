/* print: iproute2 6.1's default text, byte for byte, trailing spaces too. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>
#include <net/if.h>
#include <linux/if_addr.h>
#include <linux/if_arp.h>
#include <linux/if_bridge.h>
#include <linux/if_ether.h>
#include <linux/if_link.h>
#include <linux/rtnetlink.h>

#include "names.h"
#include "print.h"
#include "tests.h"

#ifndef IFF_LOWER_UP
#define IFF_LOWER_UP 0x10000
#endif

/* Flags of a device that is up with its carrier, and one without. */
#define ETHER_UP (IFF_BROADCAST | IFF_MULTICAST | IFF_UP | IFF_RUNNING | IFF_LOWER_UP)
#define ETHER_NO_CARRIER (IFF_BROADCAST | IFF_MULTICAST | IFF_UP)

/* Print into memory. */
struct capture {
	char *text;
	size_t size;
	FILE *out;
};

static FILE *capture_start(struct capture *capture)
{
	capture->text = NULL;
	capture->out = open_memstream(&capture->text, &capture->size);
	ck_assert_ptr_nonnull(capture->out);
	return capture->out;
}

/* What was printed; the caller frees it. */
static char *capture_end(struct capture *capture)
{
	ck_assert_int_eq(fclose(capture->out), 0);
	ck_assert_ptr_nonnull(capture->text);
	return capture->text;
}

static void assert_printed(struct capture *capture, const char *expected)
{
	char *text = capture_end(capture);

	ck_assert_str_eq(text, expected);
	free(text);
}

/* A snapshot of the links in MSGS, freed at the end of the scope. */
#define TEXT_SNAPSHOT(name, msgs) \
	struct snapshot name __attribute__((cleanup(snapshot_free))) = { 0 }; \
	ck_assert_int_eq(snapshot_read_links(&name, (msgs)), 0)

/* The printers, as text into OUT. */
static void text_link(FILE *out, const struct link_info *link,
		      const struct snapshot *snap, bool with_mode)
{
	struct show show;

	show_init(&show, out, false, false);
	print_link(&show, snap, link, with_mode ? LINK_VIEW_LINK : LINK_VIEW_ADDR);
}

static void text_link_flags(FILE *out, unsigned int flags, bool lower_down)
{
	struct show show;

	show_init(&show, out, false, false);
	print_link_flags(&show, flags, lower_down);
}

static void text_addr(FILE *out, const struct addr_info *addr)
{
	struct show show;

	show_init(&show, out, false, false);
	print_addr(&show, addr);
}

static void text_route(FILE *out, const struct route_info *route,
		       const struct snapshot *snap)
{
	struct show show;

	show_init(&show, out, false, false);
	print_route(&show, snap, route, false);
}

/* What PRINT wrote as JSON, compact, inside an object of its own when
 * IN_OBJECT (as the list commands open one per link). */
#define JSON_OF(capture, in_object, print) do { \
		struct show show; \
		show_init(&show, capture_start(&(capture)), true, false); \
		if (in_object) \
			show_object_open(&show, NULL); \
		print; \
		if (in_object) \
			show_object_close(&show); \
	} while (0)

/* Links as a dump has them, for names of peers, masters and devices. */
static void put_link(struct test_msgs *msgs, int index, const char *name,
		     unsigned int flags)
{
	struct nlmsghdr *nlh = test_msg_start(msgs, RTM_NEWLINK, NLM_F_MULTI, 1, 2);
	struct ifinfomsg *ifi = mnl_nlmsg_put_extra_header(nlh, sizeof(*ifi));

	ifi->ifi_type = ARPHRD_ETHER;
	ifi->ifi_index = index;
	ifi->ifi_flags = flags;
	mnl_attr_put_strz(nlh, IFLA_IFNAME, name);
	test_msg_end(msgs, nlh);
}

static const uint8_t mac[6] = { 0x42, 0x7e, 0xef, 0x1a, 0x89, 0xeb };
static const uint8_t mac_brd[6] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };

/* An ethernet device as `ip link` shows a veth end. */
static struct link_info ether_link(int index, const char *name, unsigned int flags)
{
	struct link_info link;

	memset(&link, 0, sizeof(link));
	link.index = index;
	snprintf(link.name, sizeof(link.name), "%s", name);
	link.flags = flags;
	link.type = ARPHRD_ETHER;
	link.mtu = 1500;
	snprintf(link.qdisc, sizeof(link.qdisc), "noqueue");
	link.operstate = (flags & IFF_LOWER_UP) ? IF_OPER_UP : IF_OPER_LOWERLAYERDOWN;
	link.has_linkmode = 1;
	link.linkmode = IF_LINK_MODE_DEFAULT;
	link.txqlen = 1000;
	memcpy(link.address, mac, sizeof(mac));
	link.address_len = sizeof(mac);
	memcpy(link.broadcast, mac_brd, sizeof(mac_brd));
	link.broadcast_len = sizeof(mac_brd);
	return link;
}

/* A veth end whose peer is index PEER in namespace NSID. */
static struct link_info veth_in_netns(int index, const char *name, uint32_t peer,
				      int32_t nsid)
{
	struct link_info link = ether_link(index, name, ETHER_UP);

	link.has_link = 1;
	link.link = peer;
	link.has_link_netnsid = 1;
	link.link_netnsid = nsid;
	return link;
}

static struct link_info loopback(unsigned int flags)
{
	struct link_info link;

	memset(&link, 0, sizeof(link));
	link.index = 1;
	snprintf(link.name, sizeof(link.name), "lo");
	link.flags = flags;
	link.type = ARPHRD_LOOPBACK;
	link.mtu = 65536;
	snprintf(link.qdisc, sizeof(link.qdisc), "%s",
		 (flags & IFF_UP) ? "noqueue" : "noop");
	link.operstate = (flags & IFF_UP) ? IF_OPER_UNKNOWN : IF_OPER_DOWN;
	link.has_linkmode = 1;
	link.txqlen = 1000;
	link.address_len = 6;
	link.broadcast_len = 6;
	return link;
}

/* print_link */

START_TEST(print_link_veth_with_peer_in_other_namespace)
{
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct link_info link = veth_in_netns(3, "veth_ns1", 2, 0);
	struct capture capture;

	text_link(capture_start(&capture), &link, &ctx, true);
	assert_printed(&capture,
		"3: veth_ns1@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 "
		"qdisc noqueue state UP mode DEFAULT group default qlen 1000\n"
		"    link/ether 42:7e:ef:1a:89:eb brd ff:ff:ff:ff:ff:ff "
		"link-netnsid 0\n");
}
END_TEST

START_TEST(print_link_for_addr_list_has_no_mode)
{
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct link_info link = veth_in_netns(5, "veth_ns2", 4, 1);
	struct capture capture;

	text_link(capture_start(&capture), &link, &ctx, false);
	assert_printed(&capture,
		"5: veth_ns2@if4: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 "
		"qdisc noqueue state UP group default qlen 1000\n"
		"    link/ether 42:7e:ef:1a:89:eb brd ff:ff:ff:ff:ff:ff "
		"link-netnsid 1\n");
}
END_TEST

START_TEST(print_link_loopback_up)
{
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct link_info link = loopback(IFF_LOOPBACK | IFF_UP | IFF_RUNNING |
					 IFF_LOWER_UP);
	struct capture capture;

	text_link(capture_start(&capture), &link, &ctx, true);
	assert_printed(&capture,
		"1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue "
		"state UNKNOWN mode DEFAULT group default qlen 1000\n"
		"    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n");
}
END_TEST

START_TEST(print_link_loopback_down_in_new_namespace)
{
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct link_info link = loopback(IFF_LOOPBACK);
	struct capture capture;

	text_link(capture_start(&capture), &link, &ctx, true);
	assert_printed(&capture,
		"1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN "
		"mode DEFAULT group default qlen 1000\n"
		"    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n");
}
END_TEST

START_TEST(print_link_no_carrier_when_up_but_not_running)
{
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct link_info link = veth_in_netns(3, "veth_ns1", 2, 0);
	struct capture capture;

	link.flags = ETHER_NO_CARRIER;
	link.operstate = IF_OPER_LOWERLAYERDOWN;
	text_link(capture_start(&capture), &link, &ctx, true);
	assert_printed(&capture,
		"3: veth_ns1@if2: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 "
		"qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default "
		"qlen 1000\n"
		"    link/ether 42:7e:ef:1a:89:eb brd ff:ff:ff:ff:ff:ff "
		"link-netnsid 0\n");
}
END_TEST

START_TEST(print_link_down_device_has_no_no_carrier)
{
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct link_info link = ether_link(2, "ifb0", IFF_BROADCAST | IFF_NOARP);
	struct capture capture;

	snprintf(link.qdisc, sizeof(link.qdisc), "noop");
	link.operstate = IF_OPER_DOWN;
	link.txqlen = 32;
	memcpy(link.address, (const uint8_t[6]){ 0x9e, 0x8b, 0xd3, 0x5e, 0xe4, 0xce }, 6);
	text_link(capture_start(&capture), &link, &ctx, false);
	assert_printed(&capture,
		"2: ifb0: <BROADCAST,NOARP> mtu 1500 qdisc noop state DOWN "
		"group default qlen 32\n"
		"    link/ether 9e:8b:d3:5e:e4:ce brd ff:ff:ff:ff:ff:ff\n");
}
END_TEST

START_TEST(print_link_names_peer_in_same_namespace_with_m_down)
{
	struct test_msgs msgs = { 0 };
	struct rtnl_msgs links;
	struct link_info link = ether_link(5, "veth_a", ETHER_NO_CARRIER);
	struct capture capture;

	put_link(&msgs, 1, "lo", IFF_UP | IFF_LOOPBACK);
	put_link(&msgs, 4, "veth_b", IFF_BROADCAST | IFF_MULTICAST);
	links = test_msgs_view(&msgs);
	TEXT_SNAPSHOT(ctx, &links);
	link.has_link = 1;
	link.link = 4;
	text_link(capture_start(&capture), &link, &ctx, true);
	assert_printed(&capture,
		"5: veth_a@veth_b: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> "
		"mtu 1500 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT "
		"group default qlen 1000\n"
		"    link/ether 42:7e:ef:1a:89:eb brd ff:ff:ff:ff:ff:ff\n");
}
END_TEST

START_TEST(print_link_names_peer_that_is_up_without_m_down)
{
	struct test_msgs msgs = { 0 };
	struct rtnl_msgs links;
	struct link_info link = ether_link(5, "veth_a", ETHER_UP);
	struct capture capture;

	put_link(&msgs, 4, "veth_b", ETHER_UP);
	links = test_msgs_view(&msgs);
	TEXT_SNAPSHOT(ctx, &links);
	link.has_link = 1;
	link.link = 4;
	text_link(capture_start(&capture), &link, &ctx, true);
	assert_printed(&capture,
		"5: veth_a@veth_b: <BROADCAST,MULTICAST,UP,LOWER_UP> "
		"mtu 1500 qdisc noqueue state UP mode DEFAULT "
		"group default qlen 1000\n"
		"    link/ether 42:7e:ef:1a:89:eb brd ff:ff:ff:ff:ff:ff\n");
}
END_TEST

START_TEST(print_link_unknown_peer_index_is_if_n)
{
	struct test_msgs msgs = { 0 };
	struct rtnl_msgs links;
	struct link_info link = ether_link(5, "veth_a", ETHER_UP);
	struct capture capture;

	put_link(&msgs, 4, "veth_b", ETHER_UP);
	links = test_msgs_view(&msgs);
	TEXT_SNAPSHOT(ctx, &links);
	link.has_link = 1;
	link.link = 9;
	text_link(capture_start(&capture), &link, &ctx, false);
	assert_printed(&capture,
		"5: veth_a@if9: <BROADCAST,MULTICAST,UP,LOWER_UP> "
		"mtu 1500 qdisc noqueue state UP group default qlen 1000\n"
		"    link/ether 42:7e:ef:1a:89:eb brd ff:ff:ff:ff:ff:ff\n");
}
END_TEST

START_TEST(print_link_link_0_is_none)
{
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct link_info link = ether_link(6, "macvlan0", ETHER_UP);
	struct capture capture;

	link.has_link = 1;
	link.link = 0;
	text_link(capture_start(&capture), &link, &ctx, false);
	assert_printed(&capture,
		"6: macvlan0@NONE: <BROADCAST,MULTICAST,UP,LOWER_UP> "
		"mtu 1500 qdisc noqueue state UP group default qlen 1000\n"
		"    link/ether 42:7e:ef:1a:89:eb brd ff:ff:ff:ff:ff:ff\n");
}
END_TEST

START_TEST(print_link_one_family_has_no_link_line_and_keeps_the_netns_on_the_first)
{
	struct test_msgs msgs = { 0 };
	struct rtnl_msgs links;
	struct link_info link = veth_in_netns(3, "veth_br", 2, 0);
	struct capture capture;
	struct show show;

	put_link(&msgs, 7, "br0", ETHER_UP);
	links = test_msgs_view(&msgs);
	TEXT_SNAPSHOT(ctx, &links);
	link.master = 7;
	show_init(&show, capture_start(&capture), false, false);
	print_link(&show, &ctx, &link, LINK_VIEW_FAMILY);
	assert_printed(&capture,
		"3: veth_br@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 "
		"qdisc noqueue master br0 state UP group default qlen 1000 "
		"link-netnsid 0\n");
}
END_TEST

START_TEST(print_link_ipv6_view_has_only_what_the_ipv6_dump_has)
{
	struct test_msgs msgs = { 0 };
	struct rtnl_msgs links;
	struct link_info link = veth_in_netns(3, "veth_br", 7, 0);
	struct capture capture;
	struct show show;

	put_link(&msgs, 7, "br0", ETHER_UP);
	links = test_msgs_view(&msgs);
	TEXT_SNAPSHOT(ctx, &links);
	link.master = 7;
	/* The peer's index 7 is read as this namespace's br0, as ip does. */
	show_init(&show, capture_start(&capture), false, false);
	print_link(&show, &ctx, &link, LINK_VIEW_INET6);
	assert_printed(&capture,
		"3: veth_br@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 state UP qlen 1000\n");
	/* No IFLA_LINK that names the link itself. */
	link.link = 3;
	show_init(&show, capture_start(&capture), false, false);
	print_link(&show, &ctx, &link, LINK_VIEW_INET6);
	assert_printed(&capture,
		"3: veth_br: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 state UP qlen 1000\n");
}
END_TEST

START_TEST(print_link_names_the_master)
{
	struct test_msgs msgs = { 0 };
	struct rtnl_msgs links;
	struct link_info link = veth_in_netns(3, "veth_br", 2, 0);
	struct capture capture;

	put_link(&msgs, 7, "br0", ETHER_UP);
	links = test_msgs_view(&msgs);
	TEXT_SNAPSHOT(ctx, &links);
	link.master = 7;
	text_link(capture_start(&capture), &link, &ctx, true);
	assert_printed(&capture,
		"3: veth_br@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 "
		"qdisc noqueue master br0 state UP mode DEFAULT group default "
		"qlen 1000\n"
		"    link/ether 42:7e:ef:1a:89:eb brd ff:ff:ff:ff:ff:ff "
		"link-netnsid 0\n");
}
END_TEST

START_TEST(print_link_unknown_master_is_if_n)
{
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct link_info link = ether_link(3, "eth1", ETHER_UP);
	struct capture capture;

	link.master = 12;
	text_link(capture_start(&capture), &link, &ctx, false);
	assert_printed(&capture,
		"3: eth1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 "
		"qdisc noqueue master if12 state UP group default qlen 1000\n"
		"    link/ether 42:7e:ef:1a:89:eb brd ff:ff:ff:ff:ff:ff\n");
}
END_TEST

START_TEST(print_link_negative_netnsid_is_unknown)
{
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct link_info link = veth_in_netns(3, "veth_ns1", 2, -1);
	struct capture capture;

	text_link(capture_start(&capture), &link, &ctx, false);
	assert_printed(&capture,
		"3: veth_ns1@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 "
		"qdisc noqueue state UP group default qlen 1000\n"
		"    link/ether 42:7e:ef:1a:89:eb brd ff:ff:ff:ff:ff:ff "
		"link-netnsid unknown\n");
}
END_TEST

START_TEST(print_link_numbered_group)
{
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct link_info link = ether_link(4, "eth0", ETHER_UP);
	struct capture capture;

	link.group = 5;
	text_link(capture_start(&capture), &link, &ctx, true);
	assert_printed(&capture,
		"4: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 "
		"qdisc noqueue state UP mode DEFAULT group 5 qlen 1000\n"
		"    link/ether 42:7e:ef:1a:89:eb brd ff:ff:ff:ff:ff:ff\n");
}
END_TEST

START_TEST(print_link_without_qlen_ends_after_group)
{
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct link_info link = ether_link(6, "br0", ETHER_UP);
	struct capture capture;

	link.txqlen = 0;
	link.linkmode = IF_LINK_MODE_DORMANT;
	text_link(capture_start(&capture), &link, &ctx, true);
	assert_printed(&capture,
		"6: br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 "
		"qdisc noqueue state UP mode DORMANT group default \n"
		"    link/ether 42:7e:ef:1a:89:eb brd ff:ff:ff:ff:ff:ff\n");
}
END_TEST

START_TEST(print_link_without_linkmode_has_no_mode)
{
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct link_info link = ether_link(6, "br0", ETHER_UP);
	struct capture capture;

	link.has_linkmode = 0;
	text_link(capture_start(&capture), &link, &ctx, true);
	assert_printed(&capture,
		"6: br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 "
		"qdisc noqueue state UP group default qlen 1000\n"
		"    link/ether 42:7e:ef:1a:89:eb brd ff:ff:ff:ff:ff:ff\n");
}
END_TEST

START_TEST(print_link_without_address_keeps_the_space)
{
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct link_info link;
	struct capture capture;

	memset(&link, 0, sizeof(link));
	link.index = 8;
	snprintf(link.name, sizeof(link.name), "wg0");
	link.flags = IFF_POINTOPOINT | IFF_NOARP | IFF_UP | IFF_RUNNING | IFF_LOWER_UP;
	link.type = ARPHRD_NONE;
	link.mtu = 1420;
	snprintf(link.qdisc, sizeof(link.qdisc), "noqueue");
	link.operstate = IF_OPER_UNKNOWN;
	link.has_linkmode = 1;
	link.txqlen = 1000;
	text_link(capture_start(&capture), &link, &ctx, true);
	assert_printed(&capture,
		"8: wg0: <POINTOPOINT,NOARP,UP,LOWER_UP> mtu 1420 qdisc noqueue "
		"state UNKNOWN mode DEFAULT group default qlen 1000\n"
		"    link/none \n");
}
END_TEST

START_TEST(print_link_ip_tunnel_addresses_as_ip_with_peer)
{
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct link_info link;
	struct capture capture;

	memset(&link, 0, sizeof(link));
	link.index = 9;
	snprintf(link.name, sizeof(link.name), "tun0");
	link.flags = IFF_POINTOPOINT | IFF_NOARP | IFF_UP | IFF_RUNNING | IFF_LOWER_UP;
	link.type = ARPHRD_TUNNEL;
	link.mtu = 1480;
	snprintf(link.qdisc, sizeof(link.qdisc), "noqueue");
	link.operstate = IF_OPER_UNKNOWN;
	link.has_link = 1;
	link.link = 0;
	memcpy(link.address, (const uint8_t[4]){ 10, 0, 0, 1 }, 4);
	link.address_len = 4;
	memcpy(link.broadcast, (const uint8_t[4]){ 10, 0, 0, 2 }, 4);
	link.broadcast_len = 4;
	text_link(capture_start(&capture), &link, &ctx, false);
	assert_printed(&capture,
		"9: tun0@NONE: <POINTOPOINT,NOARP,UP,LOWER_UP> mtu 1480 "
		"qdisc noqueue state UNKNOWN group default \n"
		"    link/ipip 10.0.0.1 peer 10.0.0.2\n");
}
END_TEST

START_TEST(print_link_ipv6_tunnel_addresses_as_ipv6)
{
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct link_info link;
	struct capture capture;

	memset(&link, 0, sizeof(link));
	link.index = 10;
	snprintf(link.name, sizeof(link.name), "ip6tnl0");
	link.flags = IFF_NOARP;
	link.type = ARPHRD_TUNNEL6;
	link.mtu = 1452;
	snprintf(link.qdisc, sizeof(link.qdisc), "noop");
	link.operstate = IF_OPER_DOWN;
	link.address_len = 16;
	link.broadcast_len = 16;
	text_link(capture_start(&capture), &link, &ctx, false);
	assert_printed(&capture,
		"10: ip6tnl0: <NOARP> mtu 1452 qdisc noop state DOWN "
		"group default \n"
		"    link/tunnel6 :: brd ::\n");
}
END_TEST

START_TEST(print_link_shows_permaddr_only_when_it_differs)
{
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct link_info link = ether_link(4, "eth0", ETHER_UP);
	const uint8_t perm[6] = { 0x02, 0x00, 0x00, 0x00, 0x00, 0x01 };
	struct capture capture;

	memcpy(link.perm_address, mac, sizeof(mac));
	link.perm_address_len = sizeof(mac);
	text_link(capture_start(&capture), &link, &ctx, false);
	assert_printed(&capture,
		"4: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 "
		"qdisc noqueue state UP group default qlen 1000\n"
		"    link/ether 42:7e:ef:1a:89:eb brd ff:ff:ff:ff:ff:ff\n");

	memcpy(link.perm_address, perm, sizeof(perm));
	text_link(capture_start(&capture), &link, &ctx, false);
	assert_printed(&capture,
		"4: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 "
		"qdisc noqueue state UP group default qlen 1000\n"
		"    link/ether 42:7e:ef:1a:89:eb brd ff:ff:ff:ff:ff:ff "
		"permaddr 02:00:00:00:00:01\n");
}
END_TEST

START_TEST(print_link_lists_altnames_on_lines_of_their_own)
{
	struct test_msgs msgs = { 0 };
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct link_info link = ether_link(2, "enp0s3", ETHER_UP);
	struct nlmsghdr *nlh = test_msg_start(&msgs, RTM_NEWLINK, 0, 1, 2);
	struct nlattr *list;
	struct capture capture;

	list = mnl_attr_nest_start(nlh, IFLA_PROP_LIST);
	mnl_attr_put_strz(nlh, IFLA_ALT_IFNAME, "enx427eef1a89eb");
	mnl_attr_put_strz(nlh, IFLA_ALT_IFNAME, "lan");
	mnl_attr_nest_end(nlh, list);
	link.altnames = list;
	text_link(capture_start(&capture), &link, &ctx, true);
	assert_printed(&capture,
		"2: enp0s3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 "
		"qdisc noqueue state UP mode DEFAULT group default qlen 1000\n"
		"    link/ether 42:7e:ef:1a:89:eb brd ff:ff:ff:ff:ff:ff\n"
		"    altname enx427eef1a89eb\n"
		"    altname lan\n");
}
END_TEST

/* print_link_flags */

START_TEST(print_link_flags_in_iproute2_order)
{
	struct capture capture;

	text_link_flags(capture_start(&capture),
			 IFF_LOWER_UP | IFF_UP | IFF_SLAVE | IFF_PROMISC |
			 IFF_ALLMULTI | IFF_MULTICAST | IFF_BROADCAST |
			 IFF_RUNNING, false);
	assert_printed(&capture,
		"<BROADCAST,MULTICAST,ALLMULTI,PROMISC,SLAVE,UP,LOWER_UP> ");
}
END_TEST

START_TEST(print_link_flags_unknown_bits_in_hex)
{
	struct capture capture;

	text_link_flags(capture_start(&capture),
			 IFF_UP | IFF_RUNNING | 0x100000, false);
	assert_printed(&capture, "<UP,100000> ");
}
END_TEST

START_TEST(print_link_flags_none)
{
	struct capture capture;

	text_link_flags(capture_start(&capture), 0, false);
	assert_printed(&capture, "<> ");
}
END_TEST

START_TEST(print_link_flags_m_down_comes_last)
{
	struct capture capture;

	text_link_flags(capture_start(&capture), ETHER_UP, true);
	assert_printed(&capture, "<BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> ");
}
END_TEST

START_TEST(print_link_flags_m_down_alone_keeps_its_comma)
{
	struct capture capture;

	/* ip writes ",M-DOWN" whatever came before. */
	text_link_flags(capture_start(&capture), 0, true);
	assert_printed(&capture, "<,M-DOWN> ");
}
END_TEST

START_TEST(print_link_qlen_and_group_are_signed)
{
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct link_info link = ether_link(4, "eth0", ETHER_UP);
	struct capture capture;

	link.txqlen = 0xffffffff;
	link.group = 0x80000000;
	text_link(capture_start(&capture), &link, &ctx, true);
	assert_printed(&capture,
		"4: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 "
		"qdisc noqueue state UP mode DEFAULT group -2147483648 qlen -1\n"
		"    link/ether 42:7e:ef:1a:89:eb brd ff:ff:ff:ff:ff:ff\n");
}
END_TEST

START_TEST(print_link_protodown_after_netns_before_alias)
{
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct link_info link = veth_in_netns(3, "mv0", 2, 0);
	struct capture capture;

	link.has_proto_down = 1;
	link.proto_down = 1;
	link.has_proto_down_reason = 1;
	link.proto_down_reason = (1U << 3) | (1U << 0) | (1U << 9);
	link.alias = "held";
	text_link(capture_start(&capture), &link, &ctx, true);
	/* Bit 9 is past the byte ip reads. */
	assert_printed(&capture,
		"3: mv0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 "
		"qdisc noqueue state UP mode DEFAULT group default qlen 1000\n"
		"    link/ether 42:7e:ef:1a:89:eb brd ff:ff:ff:ff:ff:ff "
		"link-netnsid 0 protodown on protodown_reason <0,3>\n"
		"    alias held\n");
}
END_TEST

START_TEST(print_link_protodown_off_says_nothing)
{
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct link_info link = ether_link(4, "eth0", ETHER_UP);
	struct capture capture;

	link.has_proto_down = 1;
	text_link(capture_start(&capture), &link, &ctx, false);
	assert_printed(&capture,
		"4: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 "
		"qdisc noqueue state UP group default qlen 1000\n"
		"    link/ether 42:7e:ef:1a:89:eb brd ff:ff:ff:ff:ff:ff\n");
}
END_TEST

START_TEST(print_link_protodown_reasons_only_with_a_broadcast_address)
{
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct link_info link = ether_link(4, "eth0", ETHER_UP);
	struct capture capture;

	/* ip 6.1 looks for the reason where IFLA_BROADCAST is. */
	link.broadcast_len = 0;
	link.has_proto_down = 1;
	link.has_proto_down_reason = 1;
	link.proto_down_reason = 1U << 2;
	text_link(capture_start(&capture), &link, &ctx, false);
	assert_printed(&capture,
		"4: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 "
		"qdisc noqueue state UP group default qlen 1000\n"
		"    link/ether 42:7e:ef:1a:89:eb\n");
}
END_TEST

/* print_addr */

static struct addr_info inet_addr4(const char *text, unsigned int prefixlen,
				   const char *label)
{
	struct addr_info addr;

	memset(&addr, 0, sizeof(addr));
	addr.family = AF_INET;
	ck_assert_int_eq(inet_pton(AF_INET, text, addr.local), 1);
	memcpy(addr.address, addr.local, sizeof(addr.address));
	addr.has_local = addr.has_address = 1;
	addr.prefixlen = prefixlen;
	addr.flags = IFA_F_PERMANENT;
	addr.scope = RT_SCOPE_UNIVERSE;
	snprintf(addr.label, sizeof(addr.label), "%s", label);
	addr.has_cacheinfo = 1;
	addr.valid_lft = addr.preferred_lft = 0xffffffff;
	return addr;
}

static struct addr_info inet_addr6(const char *text, unsigned int prefixlen,
				   uint8_t scope, uint32_t flags)
{
	struct addr_info addr;

	memset(&addr, 0, sizeof(addr));
	addr.family = AF_INET6;
	ck_assert_int_eq(inet_pton(AF_INET6, text, addr.local), 1);
	memcpy(addr.address, addr.local, sizeof(addr.address));
	addr.has_local = addr.has_address = 1;
	addr.prefixlen = prefixlen;
	addr.flags = flags;
	addr.scope = scope;
	addr.has_cacheinfo = 1;
	addr.valid_lft = addr.preferred_lft = 0xffffffff;
	return addr;
}

START_TEST(print_addr_ipv4_global)
{
	struct addr_info addr = inet_addr4("10.1.1.2", 24, "veth_ns2");
	struct capture capture;

	text_addr(capture_start(&capture), &addr);
	assert_printed(&capture,
		"    inet 10.1.1.2/24 scope global veth_ns2\n"
		"       valid_lft forever preferred_lft forever\n");
}
END_TEST

START_TEST(print_addr_ipv4_with_broadcast)
{
	struct addr_info addr = inet_addr4("192.0.2.2", 24, "eth0");
	struct capture capture;

	ck_assert_int_eq(inet_pton(AF_INET, "192.0.2.255", addr.broadcast), 1);
	addr.has_broadcast = 1;
	text_addr(capture_start(&capture), &addr);
	assert_printed(&capture,
		"    inet 192.0.2.2/24 brd 192.0.2.255 scope global eth0\n"
		"       valid_lft forever preferred_lft forever\n");
}
END_TEST

START_TEST(print_addr_loopback_scope_host)
{
	struct addr_info addr = inet_addr4("127.0.0.1", 8, "lo");
	struct capture capture;

	addr.scope = RT_SCOPE_HOST;
	text_addr(capture_start(&capture), &addr);
	assert_printed(&capture,
		"    inet 127.0.0.1/8 scope host lo\n"
		"       valid_lft forever preferred_lft forever\n");
}
END_TEST

START_TEST(print_addr_ipv4_dhcp_lease)
{
	struct addr_info addr = inet_addr4("192.168.1.10", 24, "eth0");
	struct capture capture;

	ck_assert_int_eq(inet_pton(AF_INET, "192.168.1.255", addr.broadcast), 1);
	addr.has_broadcast = 1;
	addr.flags = IFA_F_NOPREFIXROUTE;
	addr.valid_lft = 86313;
	addr.preferred_lft = 86313;
	text_addr(capture_start(&capture), &addr);
	assert_printed(&capture,
		"    inet 192.168.1.10/24 brd 192.168.1.255 scope global "
		"dynamic noprefixroute eth0\n"
		"       valid_lft 86313sec preferred_lft 86313sec\n");
}
END_TEST

START_TEST(print_addr_ipv4_secondary)
{
	struct addr_info addr = inet_addr4("10.1.1.3", 24, "veth_ns2");
	struct capture capture;

	addr.flags |= IFA_F_SECONDARY;
	text_addr(capture_start(&capture), &addr);
	assert_printed(&capture,
		"    inet 10.1.1.3/24 scope global secondary veth_ns2\n"
		"       valid_lft forever preferred_lft forever\n");
}
END_TEST

START_TEST(print_addr_ipv4_with_peer)
{
	struct addr_info addr = inet_addr4("10.0.0.1", 32, "tun0");
	struct capture capture;

	ck_assert_int_eq(inet_pton(AF_INET, "10.0.0.2", addr.address), 1);
	text_addr(capture_start(&capture), &addr);
	assert_printed(&capture,
		"    inet 10.0.0.1 peer 10.0.0.2/32 scope global tun0\n"
		"       valid_lft forever preferred_lft forever\n");
}
END_TEST

START_TEST(print_addr_ipv6_link_local_keeps_trailing_space)
{
	struct addr_info addr = inet_addr6("fe80::fc:ff:fe00:1", 64,
					   RT_SCOPE_LINK, IFA_F_PERMANENT);
	struct capture capture;

	text_addr(capture_start(&capture), &addr);
	assert_printed(&capture,
		"    inet6 fe80::fc:ff:fe00:1/64 scope link \n"
		"       valid_lft forever preferred_lft forever\n");
}
END_TEST

START_TEST(print_addr_ipv6_tentative)
{
	struct addr_info addr = inet_addr6("fe80::407e:efff:fe1a:89eb", 64,
					   RT_SCOPE_LINK,
					   IFA_F_PERMANENT | IFA_F_TENTATIVE);
	struct capture capture;

	text_addr(capture_start(&capture), &addr);
	assert_printed(&capture,
		"    inet6 fe80::407e:efff:fe1a:89eb/64 scope link tentative \n"
		"       valid_lft forever preferred_lft forever\n");
}
END_TEST

START_TEST(print_addr_ipv6_nodad)
{
	struct addr_info addr = inet_addr6("fd00::2", 64, RT_SCOPE_UNIVERSE,
					   IFA_F_PERMANENT | IFA_F_NODAD);
	struct capture capture;

	text_addr(capture_start(&capture), &addr);
	assert_printed(&capture,
		"    inet6 fd00::2/64 scope global nodad \n"
		"       valid_lft forever preferred_lft forever\n");
}
END_TEST

START_TEST(print_addr_ipv6_dynamic_from_router_advertisement)
{
	struct addr_info addr = inet_addr6("2001:db8::407e:efff:fe1a:89eb", 64,
					   RT_SCOPE_UNIVERSE,
					   IFA_F_MANAGETEMPADDR);
	struct capture capture;

	addr.valid_lft = 86398;
	addr.preferred_lft = 14398;
	text_addr(capture_start(&capture), &addr);
	assert_printed(&capture,
		"    inet6 2001:db8::407e:efff:fe1a:89eb/64 scope global "
		"dynamic mngtmpaddr \n"
		"       valid_lft 86398sec preferred_lft 14398sec\n");
}
END_TEST

START_TEST(print_addr_ipv6_secondary_is_temporary)
{
	struct addr_info addr = inet_addr6("2001:db8::1234", 64,
					   RT_SCOPE_UNIVERSE,
					   IFA_F_SECONDARY | IFA_F_DEPRECATED);
	struct capture capture;

	addr.valid_lft = 600;
	addr.preferred_lft = 0;
	text_addr(capture_start(&capture), &addr);
	assert_printed(&capture,
		"    inet6 2001:db8::1234/64 scope global temporary deprecated "
		"dynamic \n"
		"       valid_lft 600sec preferred_lft 0sec\n");
}
END_TEST

START_TEST(print_addr_unknown_flags_in_hex)
{
	struct addr_info addr = inet_addr4("10.1.1.2", 24, "x");
	struct capture capture;

	addr.flags |= 0x1000;
	text_addr(capture_start(&capture), &addr);
	assert_printed(&capture,
		"    inet 10.1.1.2/24 scope global flags 1000 x\n"
		"       valid_lft forever preferred_lft forever\n");
}
END_TEST

START_TEST(print_addr_unknown_scope_as_number)
{
	struct addr_info addr = inet_addr4("10.1.1.2", 24, "x");
	struct capture capture;

	addr.scope = 100;
	text_addr(capture_start(&capture), &addr);
	assert_printed(&capture,
		"    inet 10.1.1.2/24 scope 100 x\n"
		"       valid_lft forever preferred_lft forever\n");
}
END_TEST

START_TEST(print_addr_without_cacheinfo_is_one_line)
{
	struct addr_info addr = inet_addr4("10.1.1.2", 24, "veth_ns2");
	struct capture capture;

	addr.has_cacheinfo = 0;
	text_addr(capture_start(&capture), &addr);
	assert_printed(&capture, "    inet 10.1.1.2/24 scope global veth_ns2\n");
}
END_TEST

/* print_route */

static struct route_info route4(const char *dst, unsigned int dst_len)
{
	struct route_info route;

	memset(&route, 0, sizeof(route));
	route.family = AF_INET;
	route.type = RTN_UNICAST;
	route.table = RT_TABLE_MAIN;
	route.protocol = RTPROT_BOOT;
	route.scope = RT_SCOPE_UNIVERSE;
	route.dst_len = dst_len;
	if (dst) {
		ck_assert_int_eq(inet_pton(AF_INET, dst, route.dst), 1);
		route.has_dst = 1;
	}
	return route;
}

/* The devices the routes go out of. */
static struct rtnl_msgs route_links(struct test_msgs *msgs)
{
	put_link(msgs, 1, "lo", IFF_UP | IFF_LOOPBACK);
	put_link(msgs, 5, "veth_ns2", ETHER_UP);
	return test_msgs_view(msgs);
}

START_TEST(print_route_connected_keeps_trailing_space)
{
	struct test_msgs msgs = { 0 };
	struct rtnl_msgs links = route_links(&msgs);
	TEXT_SNAPSHOT(ctx, &links);
	struct route_info route = route4("10.1.1.0", 24);
	struct capture capture;

	route.protocol = RTPROT_KERNEL;
	route.scope = RT_SCOPE_LINK;
	route.oif = 5;
	ck_assert_int_eq(inet_pton(AF_INET, "10.1.1.2", route.prefsrc), 1);
	route.has_prefsrc = 1;
	text_route(capture_start(&capture), &route, &ctx);
	assert_printed(&capture,
		"10.1.1.0/24 dev veth_ns2 proto kernel scope link src 10.1.1.2 \n");
}
END_TEST

START_TEST(print_route_default_via_gateway)
{
	struct test_msgs msgs = { 0 };
	struct rtnl_msgs links = route_links(&msgs);
	TEXT_SNAPSHOT(ctx, &links);
	struct route_info route = route4(NULL, 0);
	struct capture capture;

	ck_assert_int_eq(inet_pton(AF_INET, "10.1.1.4", route.gateway), 1);
	route.has_gateway = 1;
	route.oif = 5;
	text_route(capture_start(&capture), &route, &ctx);
	assert_printed(&capture, "default via 10.1.1.4 dev veth_ns2 \n");
}
END_TEST

START_TEST(print_route_default_with_proto_src_and_metric)
{
	struct test_msgs msgs = { 0 };
	struct rtnl_msgs links = route_links(&msgs);
	TEXT_SNAPSHOT(ctx, &links);
	struct route_info route = route4(NULL, 0);
	struct capture capture;

	ck_assert_int_eq(inet_pton(AF_INET, "10.1.1.4", route.gateway), 1);
	route.has_gateway = 1;
	route.oif = 5;
	route.protocol = RTPROT_DHCP;
	ck_assert_int_eq(inet_pton(AF_INET, "10.1.1.2", route.prefsrc), 1);
	route.has_prefsrc = 1;
	route.has_priority = 1;
	route.priority = 100;
	text_route(capture_start(&capture), &route, &ctx);
	assert_printed(&capture,
		"default via 10.1.1.4 dev veth_ns2 proto dhcp src 10.1.1.2 "
		"metric 100 \n");
}
END_TEST

START_TEST(print_route_host_route_has_no_len)
{
	struct test_msgs msgs = { 0 };
	struct rtnl_msgs links = route_links(&msgs);
	TEXT_SNAPSHOT(ctx, &links);
	struct route_info route = route4("10.1.1.9", 32);
	struct capture capture;

	route.scope = RT_SCOPE_LINK;
	route.oif = 5;
	text_route(capture_start(&capture), &route, &ctx);
	assert_printed(&capture, "10.1.1.9 dev veth_ns2 scope link \n");
}
END_TEST

/* A dump's route to 10.15.0.0/16 in MSGS, with what PUT adds, parsed. */
static struct route_info parsed_route(struct test_msgs *msgs, void (*put)(struct nlmsghdr *))
{
	struct nlmsghdr *nlh = test_msg_start(msgs, RTM_NEWROUTE, NLM_F_MULTI, 1, 2);
	struct rtmsg *rtm = mnl_nlmsg_put_extra_header(nlh, sizeof(*rtm));
	struct route_info route;

	rtm->rtm_family = AF_INET;
	rtm->rtm_dst_len = 16;
	rtm->rtm_table = RT_TABLE_MAIN;
	rtm->rtm_protocol = RTPROT_BOOT;
	rtm->rtm_type = RTN_UNICAST;
	mnl_attr_put(nlh, RTA_DST, 4, (const uint8_t[]){ 10, 15, 0, 0 });
	put(nlh);
	test_msg_end(msgs, nlh);
	ck_assert_int_eq(route_parse(nlh, &route), 0);
	return route;
}

/* One next hop: via 10.1.1.LAST out of ifindex 5, with weight HOPS + 1. */
static void put_nexthop(struct nlmsghdr *nlh, uint8_t last, uint8_t hops, uint16_t len)
{
	struct rtnexthop *nh = mnl_nlmsg_put_extra_header(nlh, sizeof(*nh));
	size_t start = (size_t)((char *)nh - (char *)nlh);

	nh->rtnh_ifindex = 5;
	nh->rtnh_hops = hops;
	mnl_attr_put(nlh, RTA_GATEWAY, 4, (const uint8_t[]){ 10, 1, 1, last });
	nh->rtnh_len = len ? len : (uint16_t)(nlh->nlmsg_len - start);
}

static void put_two_nexthops(struct nlmsghdr *nlh)
{
	struct nlattr *nest = mnl_attr_nest_start(nlh, RTA_MULTIPATH);

	put_nexthop(nlh, 2, 0, 0);
	put_nexthop(nlh, 3, 1, 0);
	mnl_attr_nest_end(nlh, nest);
}

START_TEST(print_route_multipath_has_a_line_per_nexthop)
{
	struct test_msgs msgs = { 0 }, dump = { 0 };
	struct rtnl_msgs links = route_links(&msgs);
	TEXT_SNAPSHOT(ctx, &links);
	struct route_info route = parsed_route(&dump, put_two_nexthops);
	struct capture capture;

	text_route(capture_start(&capture), &route, &ctx);
	assert_printed(&capture, "10.15.0.0/16 \n"
		"\tnexthop via 10.1.1.2 dev veth_ns2 weight 1 \n"
		"\tnexthop via 10.1.1.3 dev veth_ns2 weight 2 \n");
	JSON_OF(capture, false, print_route(&show, &ctx, &route, false));
	assert_printed(&capture, "{\"dst\":\"10.15.0.0/16\",\"flags\":[],\"nexthops\":["
		"{\"gateway\":\"10.1.1.2\",\"dev\":\"veth_ns2\",\"weight\":1,\"flags\":[]},"
		"{\"gateway\":\"10.1.1.3\",\"dev\":\"veth_ns2\",\"weight\":2,\"flags\":[]}]}");
}
END_TEST

static void put_broken_nexthops(struct nlmsghdr *nlh)
{
	struct nlattr *nest = mnl_attr_nest_start(nlh, RTA_MULTIPATH);

	put_nexthop(nlh, 2, 0, 0);
	put_nexthop(nlh, 3, 0, 2);	/* shorter than a struct rtnexthop */
	mnl_attr_nest_end(nlh, nest);
}

START_TEST(print_route_multipath_stops_at_a_broken_nexthop)
{
	struct test_msgs msgs = { 0 }, dump = { 0 };
	struct rtnl_msgs links = route_links(&msgs);
	TEXT_SNAPSHOT(ctx, &links);
	struct route_info route = parsed_route(&dump, put_broken_nexthops);
	struct capture capture;

	text_route(capture_start(&capture), &route, &ctx);
	assert_printed(&capture, "10.15.0.0/16 \n\tnexthop via 10.1.1.2 dev veth_ns2 weight 1 \n");
}
END_TEST

static void put_metrics(struct nlmsghdr *nlh)
{
	struct nlattr *nest = mnl_attr_nest_start(nlh, RTA_METRICS);

	mnl_attr_put_u32(nlh, RTAX_LOCK, 1U << RTAX_MTU);
	mnl_attr_put_u32(nlh, RTAX_MTU, 1400);
	mnl_attr_put_u32(nlh, RTAX_RTT, 2000 * 8);
	mnl_attr_put_u32(nlh, RTAX_RTTVAR, 500 * 4);
	mnl_attr_put_u32(nlh, RTAX_ADVMSS, 1300);
	mnl_attr_put_u32(nlh, RTAX_HOPLIMIT, 0xFFFFFFFFU);
	mnl_attr_put_u32(nlh, RTAX_FEATURES, RTAX_FEATURE_ECN);
	mnl_attr_put_strz(nlh, RTAX_CC_ALGO, "cubic");
	mnl_attr_nest_end(nlh, nest);
	mnl_attr_put_u32(nlh, RTA_FLOW, 3U << 16 | 5);
}

START_TEST(print_route_metrics_and_realms_as_ip)
{
	struct test_msgs msgs = { 0 }, dump = { 0 };
	struct rtnl_msgs links = route_links(&msgs);
	TEXT_SNAPSHOT(ctx, &links);
	struct route_info route = parsed_route(&dump, put_metrics);
	struct capture capture;

	text_route(capture_start(&capture), &route, &ctx);
	assert_printed(&capture, "10.15.0.0/16 realms 3/5 mtu lock 1400 rtt 2s rttvar 500ms "
		       "advmss 1300 features ecn congctl cubic \n");
	JSON_OF(capture, false, print_route(&show, &ctx, &route, false));
	assert_printed(&capture, "{\"dst\":\"10.15.0.0/16\",\"flags\":[],"
		"\"flow\":{\"from\":\"3\",\"to\":\"5\"},\"metrics\":[{\"mtu\":1400,\"rtt\":2000,"
		"\"rttvar\":500,\"advmss\":1300,\"ecn\":null,\"congestion\":\"cubic\"}]}");
}
END_TEST

static void put_table_and_expiry(struct nlmsghdr *nlh)
{
	struct rta_cacheinfo info = { .rta_expires = 29900 };

	mnl_attr_put_u32(nlh, RTA_TABLE, 1000);
	mnl_attr_put_u32(nlh, RTA_NH_ID, 10);
	mnl_attr_put_u32(nlh, RTA_FLOW, 0);
	mnl_attr_put(nlh, RTA_CACHEINFO, sizeof(info), &info);
}

START_TEST(print_route_table_nhid_expiry_and_realm_zero)
{
	struct test_msgs msgs = { 0 }, dump = { 0 };
	struct rtnl_msgs links = route_links(&msgs);
	TEXT_SNAPSHOT(ctx, &links);
	struct route_info route = parsed_route(&dump, put_table_and_expiry);
	struct show show;
	struct capture capture;

	show_init(&show, capture_start(&capture), false, false);
	print_route(&show, &ctx, &route, true);
	assert_printed(&capture, "10.15.0.0/16 nhid 10 table 1000 realm cosmos expires 299sec \n");
	text_route(capture_start(&capture), &route, &ctx);
	assert_printed(&capture, "10.15.0.0/16 nhid 10 realm cosmos expires 299sec \n");
}
END_TEST

START_TEST(print_route_unknown_device_is_if_n)
{
	struct test_msgs msgs = { 0 };
	struct rtnl_msgs links = route_links(&msgs);
	TEXT_SNAPSHOT(ctx, &links);
	struct route_info route = route4("10.2.0.0", 16);
	struct capture capture;

	route.protocol = RTPROT_STATIC;
	route.oif = 9;
	text_route(capture_start(&capture), &route, &ctx);
	assert_printed(&capture, "10.2.0.0/16 dev if9 proto static \n");
}
END_TEST

START_TEST(print_route_other_types_say_so)
{
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct route_info route = route4("10.9.0.0", 16);
	struct capture capture;

	route.type = RTN_UNREACHABLE;
	text_route(capture_start(&capture), &route, &ctx);
	assert_printed(&capture, "unreachable 10.9.0.0/16 \n");

	route.type = RTN_BLACKHOLE;
	text_route(capture_start(&capture), &route, &ctx);
	assert_printed(&capture, "blackhole 10.9.0.0/16 \n");
}
END_TEST

START_TEST(print_route_linkdown_flag)
{
	struct test_msgs msgs = { 0 };
	struct rtnl_msgs links = route_links(&msgs);
	TEXT_SNAPSHOT(ctx, &links);
	struct route_info route = route4("10.1.1.0", 24);
	struct capture capture;

	route.protocol = RTPROT_KERNEL;
	route.scope = RT_SCOPE_LINK;
	route.oif = 5;
	ck_assert_int_eq(inet_pton(AF_INET, "10.1.1.2", route.prefsrc), 1);
	route.has_prefsrc = 1;
	route.flags = RTNH_F_LINKDOWN;
	text_route(capture_start(&capture), &route, &ctx);
	assert_printed(&capture,
		"10.1.1.0/24 dev veth_ns2 proto kernel scope link src 10.1.1.2 "
		"linkdown \n");
}
END_TEST

START_TEST(print_route_onlink_flag)
{
	struct test_msgs msgs = { 0 };
	struct rtnl_msgs links = route_links(&msgs);
	TEXT_SNAPSHOT(ctx, &links);
	struct route_info route = route4(NULL, 0);
	struct capture capture;

	ck_assert_int_eq(inet_pton(AF_INET, "192.0.2.1", route.gateway), 1);
	route.has_gateway = 1;
	route.oif = 5;
	route.flags = RTNH_F_ONLINK;
	text_route(capture_start(&capture), &route, &ctx);
	assert_printed(&capture, "default via 192.0.2.1 dev veth_ns2 onlink \n");
}
END_TEST

START_TEST(print_route_ipv6_ends_with_pref)
{
	struct test_msgs msgs = { 0 };
	struct rtnl_msgs links = route_links(&msgs);
	TEXT_SNAPSHOT(ctx, &links);
	struct route_info route;
	struct capture capture;

	memset(&route, 0, sizeof(route));
	route.family = AF_INET6;
	route.type = RTN_UNICAST;
	route.protocol = RTPROT_KERNEL;
	route.scope = RT_SCOPE_UNIVERSE;
	ck_assert_int_eq(inet_pton(AF_INET6, "fe80::", route.dst), 1);
	route.has_dst = 1;
	route.dst_len = 64;
	route.oif = 5;
	route.has_priority = 1;
	route.priority = 256;
	route.has_pref = 1;
	route.pref = 0;
	text_route(capture_start(&capture), &route, &ctx);
	assert_printed(&capture,
		"fe80::/64 dev veth_ns2 proto kernel metric 256 pref medium\n");
}
END_TEST

START_TEST(print_route_ipv6_default)
{
	struct test_msgs msgs = { 0 };
	struct rtnl_msgs links = route_links(&msgs);
	TEXT_SNAPSHOT(ctx, &links);
	struct route_info route;
	struct capture capture;

	memset(&route, 0, sizeof(route));
	route.family = AF_INET6;
	route.type = RTN_UNICAST;
	route.protocol = RTPROT_BOOT;
	ck_assert_int_eq(inet_pton(AF_INET6, "fd00::1", route.gateway), 1);
	route.has_gateway = 1;
	route.oif = 5;
	route.has_priority = 1;
	route.priority = 1024;
	route.has_pref = 1;
	route.pref = 1;
	text_route(capture_start(&capture), &route, &ctx);
	assert_printed(&capture,
		"default via fd00::1 dev veth_ns2 metric 1024 pref high\n");
}
END_TEST

START_TEST(print_route_ipv6_host_route_has_no_len)
{
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct route_info route;
	struct capture capture;

	memset(&route, 0, sizeof(route));
	route.family = AF_INET6;
	route.type = RTN_UNICAST;
	route.protocol = RTPROT_BOOT;
	ck_assert_int_eq(inet_pton(AF_INET6, "2001:db8::1", route.dst), 1);
	route.has_dst = 1;
	route.dst_len = 128;
	route.oif = 1;
	text_route(capture_start(&capture), &route, &ctx);
	assert_printed(&capture, "2001:db8::1 dev if1 \n");
}
END_TEST

/* The name tables */

START_TEST(print_operstate_name_knows_every_state)
{
	ck_assert_str_eq(name_of(&names_operstates, IF_OPER_UNKNOWN), "UNKNOWN");
	ck_assert_str_eq(name_of(&names_operstates, IF_OPER_NOTPRESENT), "NOTPRESENT");
	ck_assert_str_eq(name_of(&names_operstates, IF_OPER_DOWN), "DOWN");
	ck_assert_str_eq(name_of(&names_operstates, IF_OPER_LOWERLAYERDOWN),
			 "LOWERLAYERDOWN");
	ck_assert_str_eq(name_of(&names_operstates, IF_OPER_TESTING), "TESTING");
	ck_assert_str_eq(name_of(&names_operstates, IF_OPER_DORMANT), "DORMANT");
	ck_assert_str_eq(name_of(&names_operstates, IF_OPER_UP), "UP");
	ck_assert_ptr_null(name_of(&names_operstates, 7));
	ck_assert_ptr_null(name_of(&names_operstates, 255));
}
END_TEST

START_TEST(print_link_type_name_knows_common_types)
{
	ck_assert_str_eq(name_of(&names_link_types, ARPHRD_ETHER), "ether");
	ck_assert_str_eq(name_of(&names_link_types, ARPHRD_LOOPBACK), "loopback");
	ck_assert_str_eq(name_of(&names_link_types, ARPHRD_NONE), "none");
	ck_assert_str_eq(name_of(&names_link_types, ARPHRD_VOID), "void");
	ck_assert_str_eq(name_of(&names_link_types, ARPHRD_TUNNEL), "ipip");
	ck_assert_str_eq(name_of(&names_link_types, ARPHRD_TUNNEL6), "tunnel6");
	ck_assert_str_eq(name_of(&names_link_types, ARPHRD_SIT), "sit");
	ck_assert_str_eq(name_of(&names_link_types, ARPHRD_IPGRE), "gre");
	ck_assert_str_eq(name_of(&names_link_types, ARPHRD_IP6GRE), "gre6");
	ck_assert_str_eq(name_of(&names_link_types, ARPHRD_NETLINK), "netlink");
	ck_assert_str_eq(name_of(&names_link_types, ARPHRD_IEEE80211_RADIOTAP),
			 "ieee802.11/radiotap");
	ck_assert_str_eq(name_of(&names_link_types, ARPHRD_NETROM), "netrom");
	ck_assert_ptr_null(name_of(&names_link_types, 12345));
}
END_TEST

START_TEST(print_scope_name_knows_the_five_scopes)
{
	ck_assert_str_eq(name_of(&names_scopes, RT_SCOPE_UNIVERSE), "global");
	ck_assert_str_eq(name_of(&names_scopes, RT_SCOPE_SITE), "site");
	ck_assert_str_eq(name_of(&names_scopes, RT_SCOPE_LINK), "link");
	ck_assert_str_eq(name_of(&names_scopes, RT_SCOPE_HOST), "host");
	ck_assert_str_eq(name_of(&names_scopes, RT_SCOPE_NOWHERE), "nowhere");
	ck_assert_ptr_null(name_of(&names_scopes, 100));
}
END_TEST

START_TEST(print_protocol_name_knows_common_protocols)
{
	ck_assert_str_eq(name_of(&names_protocols, RTPROT_UNSPEC), "unspec");
	ck_assert_str_eq(name_of(&names_protocols, RTPROT_REDIRECT), "redirect");
	ck_assert_str_eq(name_of(&names_protocols, RTPROT_KERNEL), "kernel");
	ck_assert_str_eq(name_of(&names_protocols, RTPROT_BOOT), "boot");
	ck_assert_str_eq(name_of(&names_protocols, RTPROT_STATIC), "static");
	ck_assert_str_eq(name_of(&names_protocols, RTPROT_RA), "ra");
	ck_assert_str_eq(name_of(&names_protocols, RTPROT_DHCP), "dhcp");
	ck_assert_str_eq(name_of(&names_protocols, RTPROT_BABEL), "babel");
	ck_assert_str_eq(name_of(&names_protocols, RTPROT_BGP), "bgp");
	ck_assert_str_eq(name_of(&names_protocols, RTPROT_OSPF), "ospf");
	ck_assert_ptr_null(name_of(&names_protocols, 250));
}
END_TEST

START_TEST(print_link_puts_permaddr_before_link_netnsid)
{
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct link_info link = veth_in_netns(3, "veth_ns1", 2, 0);
	const uint8_t perm[6] = { 0x02, 0x00, 0x00, 0x00, 0x00, 0x01 };
	struct capture capture;

	memcpy(link.perm_address, perm, sizeof(perm));
	link.perm_address_len = sizeof(perm);
	text_link(capture_start(&capture), &link, &ctx, false);
	assert_printed(&capture,
		"3: veth_ns1@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 "
		"qdisc noqueue state UP group default qlen 1000\n"
		"    link/ether 42:7e:ef:1a:89:eb brd ff:ff:ff:ff:ff:ff "
		"permaddr 02:00:00:00:00:01 link-netnsid 0\n");
}
END_TEST

START_TEST(print_link_unknown_type_in_brackets)
{
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct link_info link = ether_link(7, "wwan0", IFF_POINTOPOINT | IFF_NOARP);
	struct capture capture;

	link.type = ARPHRD_RAWIP;
	link.address_len = link.broadcast_len = 0;
	snprintf(link.qdisc, sizeof(link.qdisc), "noop");
	link.operstate = IF_OPER_DOWN;
	text_link(capture_start(&capture), &link, &ctx, false);
	assert_printed(&capture,
		"7: wwan0: <POINTOPOINT,NOARP> mtu 1500 qdisc noop state DOWN "
		"group default qlen 1000\n"
		"    link/[519] \n");
}
END_TEST

START_TEST(print_link_unknown_operstate_in_hex)
{
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct link_info link = ether_link(4, "eth0", ETHER_UP);
	struct capture capture;

	link.operstate = 42;
	text_link(capture_start(&capture), &link, &ctx, false);
	assert_printed(&capture,
		"4: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 "
		"qdisc noqueue state 0x2agroup default qlen 1000\n"
		"    link/ether 42:7e:ef:1a:89:eb brd ff:ff:ff:ff:ff:ff\n");
}
END_TEST

START_TEST(link_type_names_cover_iproute2_table)
{
	ck_assert_pstr_eq(name_of(&names_link_types, ARPHRD_APPLETLK), "atalk");
	ck_assert_pstr_eq(name_of(&names_link_types, ARPHRD_RAWHDLC), "rawhdlc");
	ck_assert_pstr_eq(name_of(&names_link_types, ARPHRD_IPDDP), "ip/ddp");
	ck_assert_pstr_eq(name_of(&names_link_types, ARPHRD_HIPPI), "hippi");
	ck_assert_pstr_eq(name_of(&names_link_types, ARPHRD_FCPP), "fcpp");
	ck_assert_pstr_eq(name_of(&names_link_types, ARPHRD_FCFABRIC + 12), "fcfb12");
	ck_assert_pstr_eq(name_of(&names_link_types, ARPHRD_IEEE80211_PRISM), "ieee802.11/prism");
	ck_assert_pstr_eq(name_of(&names_link_types, ARPHRD_IEEE802154_MONITOR), "ieee802.15.4/monitor");
	ck_assert_pstr_eq(name_of(&names_link_types, ARPHRD_PHONET_PIPE), "phonet_pipe");
	ck_assert_pstr_eq(name_of(&names_link_types, ARPHRD_CAIF), "caif");
	ck_assert_ptr_null(name_of(&names_link_types, ARPHRD_RAWIP));
}
END_TEST

START_TEST(print_link_testing_linkmode_as_number)
{
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct link_info link = ether_link(4, "eth0", ETHER_UP);
	struct capture capture;

	link.linkmode = 2;	/* IF_LINK_MODE_TESTING */
	text_link(capture_start(&capture), &link, &ctx, true);
	assert_printed(&capture,
		"4: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 "
		"qdisc noqueue state UP mode 2 group default qlen 1000\n"
		"    link/ether 42:7e:ef:1a:89:eb brd ff:ff:ff:ff:ff:ff\n");
}
END_TEST

START_TEST(protocol_17_has_no_name)
{
	ck_assert_ptr_null(name_of(&names_protocols, 17));
}
END_TEST

/* ip -d link: the details, read from the link's own message. */

/* A VXLAN link, index 5, as the kernel dumps it: its counts, its
 * settings (remote 10.9.0.2, local 10.9.0.1, on device index LOWER),
 * a bridge as master, IPv6 address generation, queues; plus EXTRA, a
 * function that adds more. */
static void put_vxlan(struct test_msgs *msgs, uint32_t lower,
		      void (*extra)(struct nlmsghdr *nlh, struct nlattr *data))
{
	struct nlmsghdr *nlh = test_msg_start(msgs, RTM_NEWLINK, NLM_F_MULTI, 1, 2);
	struct ifinfomsg *ifi = mnl_nlmsg_put_extra_header(nlh, sizeof(*ifi));
	struct ifla_vxlan_port_range range = { htons(1000), htons(2000) };
	struct nlattr *info, *data, *af, *inet6;

	ifi->ifi_type = ARPHRD_ETHER;
	ifi->ifi_index = 5;
	ifi->ifi_flags = IFF_BROADCAST | IFF_MULTICAST;
	mnl_attr_put_strz(nlh, IFLA_IFNAME, "vx0");
	mnl_attr_put_u32(nlh, IFLA_MTU, 1450);
	mnl_attr_put_u32(nlh, IFLA_PROMISCUITY, 1);
	mnl_attr_put_u32(nlh, IFLA_ALLMULTI, 0);
	mnl_attr_put_u32(nlh, IFLA_MIN_MTU, 68);
	mnl_attr_put_u32(nlh, IFLA_MAX_MTU, 65535);
	mnl_attr_put_u32(nlh, IFLA_NUM_TX_QUEUES, 1);
	mnl_attr_put_u32(nlh, IFLA_GSO_MAX_SIZE, 65536);
	info = mnl_attr_nest_start(nlh, IFLA_LINKINFO);
	mnl_attr_put_strz(nlh, IFLA_INFO_KIND, "vxlan");
	data = mnl_attr_nest_start(nlh, IFLA_INFO_DATA);
	mnl_attr_put_u32(nlh, IFLA_VXLAN_ID, 42);
	mnl_attr_put_u32(nlh, IFLA_VXLAN_GROUP, htonl(0x0a090002));
	mnl_attr_put_u32(nlh, IFLA_VXLAN_LOCAL, htonl(0x0a090001));
	mnl_attr_put_u32(nlh, IFLA_VXLAN_LINK, lower);
	mnl_attr_put(nlh, IFLA_VXLAN_PORT_RANGE, sizeof(range), &range);
	mnl_attr_put_u16(nlh, IFLA_VXLAN_PORT, htons(4789));
	mnl_attr_put_u8(nlh, IFLA_VXLAN_LEARNING, 0);
	mnl_attr_put_u8(nlh, IFLA_VXLAN_TTL, 0);
	mnl_attr_put_u8(nlh, IFLA_VXLAN_DF, VXLAN_DF_UNSET);
	mnl_attr_put_u32(nlh, IFLA_VXLAN_AGEING, 300);
	mnl_attr_put_u8(nlh, IFLA_VXLAN_UDP_CSUM, 1);
	mnl_attr_put_u8(nlh, IFLA_VXLAN_UDP_ZERO_CSUM6_TX, 0);
	if (extra)
		extra(nlh, data);
	mnl_attr_nest_end(nlh, data);
	mnl_attr_put_strz(nlh, IFLA_INFO_SLAVE_KIND, "bridge");
	mnl_attr_nest_end(nlh, info);
	af = mnl_attr_nest_start(nlh, IFLA_AF_SPEC);
	inet6 = mnl_attr_nest_start(nlh, AF_INET6);
	mnl_attr_put_u8(nlh, IFLA_INET6_ADDR_GEN_MODE, IN6_ADDR_GEN_MODE_EUI64);
	mnl_attr_nest_end(nlh, inet6);
	mnl_attr_nest_end(nlh, af);
	test_msg_end(msgs, nlh);
}

/* The details of the last link of MSGS, as text or JSON. */
static char *details_of(struct test_msgs *msgs, bool json)
{
	struct rtnl_msgs view = test_msgs_view(msgs);
	TEXT_SNAPSHOT(snap, &view);
	struct capture capture;
	struct show show;

	ck_assert_uint_ge(snap.link_count, 1);
	show_init(&show, capture_start(&capture), json, false);
	if (json)
		show_object_open(&show, NULL);
	print_link_details(&show, &snap, &snap.links[snap.link_count - 1]);
	if (json)
		show_object_close(&show);
	return capture_end(&capture);
}

START_TEST(print_link_details_vxlan_as_ip_d)
{
	struct test_msgs msgs = { .len = 0 };
	char *text;

	put_link(&msgs, 2, "u1", ETHER_UP);
	put_vxlan(&msgs, 2, NULL);
	text = details_of(&msgs, false);
	ck_assert_str_eq(text, " promiscuity 1  allmulti 0 minmtu 68 maxmtu 65535 \n"
		"    vxlan id 42 remote 10.9.0.2 local 10.9.0.1 dev u1 srcport 1000 2000 "
		"dstport 4789 nolearning ttl auto ageing 300 udpcsum noudp6zerocsumtx \n"
		"    bridge_slave addrgenmode eui64 numtxqueues 1 gso_max_size 65536 ");
	free(text);
}
END_TEST

START_TEST(print_link_details_vxlan_json_as_ip_d_j)
{
	struct test_msgs msgs = { .len = 0 };
	char *text;

	put_link(&msgs, 2, "u1", ETHER_UP);
	put_vxlan(&msgs, 2, NULL);
	text = details_of(&msgs, true);
	ck_assert_str_eq(text, "{\"promiscuity\":1,\"allmulti\":0,\"min_mtu\":68,\"max_mtu\":65535,"
		"\"linkinfo\":{\"info_kind\":\"vxlan\",\"info_data\":{\"id\":42,"
		"\"remote\":\"10.9.0.2\",\"local\":\"10.9.0.1\",\"link\":\"u1\","
		"\"port_range\":{\"low\":1000,\"high\":2000},\"port\":4789,\"learning\":false,"
		"\"ttl\":0,\"df\":\"unset\",\"ageing\":300,\"udp_csum\":true,"
		"\"udp_zero_csum6_tx\":false},\"info_slave_kind\":\"bridge\","
		/* A bridge port with no settings sent: ip's empty object. */
		"\"info_slave_data\":{}},"
		"\"inet6_addr_gen_mode\":\"eui64\",\"num_tx_queues\":1,\"gso_max_size\":65536}");
	free(text);
}
END_TEST

/* A group, tos and flowlabel in hex, ageing none, and a short ID and
 * port, which are left out rather than read past. */
static void vxlan_group_and_oddities(struct nlmsghdr *nlh, struct nlattr *data)
{
	uint16_t half = 7;

	(void)data;
	mnl_attr_put(nlh, IFLA_VXLAN_ID, sizeof(half), &half);
	mnl_attr_put(nlh, IFLA_VXLAN_PORT, 1, &half);
	mnl_attr_put_u32(nlh, IFLA_VXLAN_GROUP, htonl(0xef010101));
	mnl_attr_put_u8(nlh, IFLA_VXLAN_TOS, 1);
	mnl_attr_put_u32(nlh, IFLA_VXLAN_LABEL, htonl(0x123));
	mnl_attr_put_u32(nlh, IFLA_VXLAN_AGEING, 0);
	mnl_attr_put_u8(nlh, IFLA_VXLAN_TTL_INHERIT, 1);
	mnl_attr_put(nlh, IFLA_VXLAN_GBP, 0, NULL);
}

START_TEST(print_link_details_vxlan_group_hex_and_short_attributes)
{
	struct test_msgs msgs = { .len = 0 };
	char *text;

	/* No device of index 9: ip's "if9". */
	put_vxlan(&msgs, 9, vxlan_group_and_oddities);
	text = details_of(&msgs, false);
	ck_assert_str_eq(text, " promiscuity 1  allmulti 0 minmtu 68 maxmtu 65535 \n"
		"    vxlan group 239.1.1.1 local 10.9.0.1 dev if9 srcport 1000 2000 "
		"nolearning tos inherit ttl inherit flowlabel 0x123 ageing none "
		"udpcsum noudp6zerocsumtx gbp \n"
		"    bridge_slave addrgenmode eui64 numtxqueues 1 gso_max_size 65536 ");
	free(text);
	text = details_of(&msgs, true);
	ck_assert_ptr_nonnull(strstr(text, "\"info_data\":{\"group\":\"239.1.1.1\","));
	/* ttl inherit is text only, as in ip. */
	ck_assert_ptr_nonnull(strstr(text, "\"tos\":\"0x1\",\"df\":\"unset\","
				     "\"label\":\"0x123\",\"ageing\":0,"));
	ck_assert_ptr_nonnull(strstr(text, "\"gbp\":true}"));
	free(text);
}
END_TEST

/* A link whose kind tinyip does not read, port names, an unknown
 * address generation mode, and an attribute past what the headers know. */
START_TEST(print_link_details_other_kind_ports_and_unknown_mode)
{
	struct test_msgs msgs = { .len = 0 };
	struct nlmsghdr *nlh = test_msg_start(&msgs, RTM_NEWLINK, NLM_F_MULTI, 1, 2);
	struct ifinfomsg *ifi = mnl_nlmsg_put_extra_header(nlh, sizeof(*ifi));
	static const uint8_t id[3] = { 0x0a, 0x1b, 0xff };
	struct nlattr *nest, *inet6;
	char *text;

	ifi->ifi_index = 3;
	mnl_attr_put_strz(nlh, IFLA_IFNAME, "eth0");
	nest = mnl_attr_nest_start(nlh, IFLA_LINKINFO);
	mnl_attr_put_strz(nlh, IFLA_INFO_KIND, "veth");
	mnl_attr_nest_end(nlh, nest);
	nest = mnl_attr_nest_start(nlh, IFLA_AF_SPEC);
	inet6 = mnl_attr_nest_start(nlh, AF_INET6);
	mnl_attr_put_u8(nlh, IFLA_INET6_ADDR_GEN_MODE, 7);
	mnl_attr_nest_end(nlh, inet6);
	mnl_attr_nest_end(nlh, nest);
	mnl_attr_put_u32(nlh, IFLA_MAX + 1, 99);
	mnl_attr_put_strz(nlh, IFLA_PHYS_PORT_NAME, "p0");
	mnl_attr_put(nlh, IFLA_PHYS_SWITCH_ID, sizeof(id), id);
	mnl_attr_put_strz(nlh, IFLA_PARENT_DEV_BUS_NAME, "pci");
	mnl_attr_put_strz(nlh, IFLA_PARENT_DEV_NAME, "0000:00:03.0");
	test_msg_end(&msgs, nlh);
	text = details_of(&msgs, false);
	ck_assert_str_eq(text, "\n    veth addrgenmode 0x07 portname p0 switchid 0a1bff "
		"parentbus pci parentdev 0000:00:03.0 ");
	free(text);
	text = details_of(&msgs, true);
	ck_assert_str_eq(text, "{\"linkinfo\":{\"info_kind\":\"veth\"},"
		"\"inet6_addr_gen_mode\":\"0x07\",\"phys_port_name\":\"p0\","
		"\"phys_switch_id\":\"0a1bff\",\"parentbus\":\"pci\","
		"\"parentdev\":\"0000:00:03.0\"}");
	free(text);
}
END_TEST

/* linklist -d: the details between the link/ line and the alias. */
START_TEST(print_link_details_view_puts_them_before_the_alias)
{
	struct test_msgs msgs = { .len = 0 };
	struct rtnl_msgs view;
	struct capture capture;
	struct show show;

	put_link(&msgs, 2, "u1", ETHER_UP);
	put_vxlan(&msgs, 2, NULL);
	view = test_msgs_view(&msgs);
	{
		TEXT_SNAPSHOT(snap, &view);
		struct link_info link = snap.links[1];

		link.alias = "overlay";
		show_init(&show, capture_start(&capture), false, false);
		print_link(&show, &snap, &link, LINK_VIEW_DETAILS);
		assert_printed(&capture, "5: vx0: <BROADCAST,MULTICAST> mtu 1450 state UNKNOWN "
			"group default \n    link/ether  promiscuity 1  allmulti 0 minmtu 68 "
			"maxmtu 65535 \n    vxlan id 42 remote 10.9.0.2 local 10.9.0.1 dev u1 "
			"srcport 1000 2000 dstport 4789 nolearning ttl auto ageing 300 udpcsum "
			"noudp6zerocsumtx \n    bridge_slave addrgenmode eui64 numtxqueues 1 "
			"gso_max_size 65536 \n    alias overlay\n");
	}
}
END_TEST

/* JSON: the same printers, ip -j's keys and forms. */

START_TEST(print_link_json_veth_with_peer_in_other_namespace)
{
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct link_info link = veth_in_netns(3, "veth_ns1", 2, 0);
	struct capture capture;

	JSON_OF(capture, true, print_link(&show, &ctx, &link, LINK_VIEW_LINK));
	assert_printed(&capture,
		"{\"ifindex\":3,\"link_index\":2,\"ifname\":\"veth_ns1\","
		"\"flags\":[\"BROADCAST\",\"MULTICAST\",\"UP\",\"LOWER_UP\"],"
		"\"mtu\":1500,\"qdisc\":\"noqueue\",\"operstate\":\"UP\","
		"\"linkmode\":\"DEFAULT\",\"group\":\"default\",\"txqlen\":1000,"
		"\"link_type\":\"ether\",\"address\":\"42:7e:ef:1a:89:eb\","
		"\"broadcast\":\"ff:ff:ff:ff:ff:ff\",\"link_netnsid\":0}");
}
END_TEST

START_TEST(print_link_json_names_peer_and_master_here)
{
	struct test_msgs msgs = { 0 };
	struct rtnl_msgs links;
	struct link_info link = ether_link(5, "veth_a", ETHER_NO_CARRIER);
	struct capture capture;

	put_link(&msgs, 4, "veth_b", 0);
	put_link(&msgs, 7, "br0", ETHER_UP);
	links = test_msgs_view(&msgs);
	TEXT_SNAPSHOT(ctx, &links);
	link.has_link = 1;
	link.link = 4;
	link.master = 7;
	link.has_linkmode = 0;
	link.txqlen = 0;
	JSON_OF(capture, true, print_link(&show, &ctx, &link, LINK_VIEW_ADDR));
	assert_printed(&capture,
		"{\"ifindex\":5,\"link\":\"veth_b\",\"ifname\":\"veth_a\","
		"\"flags\":[\"NO-CARRIER\",\"BROADCAST\",\"MULTICAST\",\"UP\",\"M-DOWN\"],"
		"\"mtu\":1500,\"qdisc\":\"noqueue\",\"master\":\"br0\","
		"\"operstate\":\"LOWERLAYERDOWN\",\"group\":\"default\","
		"\"link_type\":\"ether\",\"address\":\"42:7e:ef:1a:89:eb\","
		"\"broadcast\":\"ff:ff:ff:ff:ff:ff\"}");
}
END_TEST

START_TEST(print_link_json_link_0_is_null_before_the_name)
{
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct link_info link = ether_link(6, "gre0", IFF_NOARP | 0x100000);
	struct capture capture;

	link.has_link = 1;
	link.has_linkmode = 0;
	link.address_len = link.broadcast_len = 0;
	link.txqlen = 0xffffffff;
	link.group = 7;
	JSON_OF(capture, true, print_link(&show, &ctx, &link, LINK_VIEW_ADDR));
	assert_printed(&capture,
		"{\"ifindex\":6,\"link\":null,\"ifname\":\"gre0\","
		"\"flags\":[\"NOARP\",\"100000\"],"
		"\"mtu\":1500,\"qdisc\":\"noqueue\","
		"\"operstate\":\"LOWERLAYERDOWN\",\"group\":\"7\",\"txqlen\":-1,"
		"\"link_type\":\"ether\"}");
}
END_TEST

START_TEST(print_link_json_protodown_and_reasons)
{
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct link_info link = ether_link(4, "mv0", ETHER_UP);
	struct capture capture;

	link.has_linkmode = 0;
	link.has_proto_down = 1;
	link.proto_down = 1;
	link.has_proto_down_reason = 1;
	link.proto_down_reason = 1U << 3;
	JSON_OF(capture, true, print_link(&show, &ctx, &link, LINK_VIEW_ADDR));
	assert_printed(&capture,
		"{\"ifindex\":4,\"ifname\":\"mv0\","
		"\"flags\":[\"BROADCAST\",\"MULTICAST\",\"UP\",\"LOWER_UP\"],"
		"\"mtu\":1500,\"qdisc\":\"noqueue\",\"operstate\":\"UP\","
		"\"group\":\"default\",\"txqlen\":1000,"
		"\"link_type\":\"ether\",\"address\":\"42:7e:ef:1a:89:eb\","
		"\"broadcast\":\"ff:ff:ff:ff:ff:ff\",\"proto_down\":true,"
		"\"proto_down_reason\":[\"3\"]}");
}
END_TEST

START_TEST(print_link_names_peer_namespace_from_the_snapshot)
{
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct link_info link = veth_in_netns(3, "veth_ns1", 2, 1);
	struct capture capture;

	ck_assert_int_eq(snapshot_add_nsid(&ctx, 0, "ns0"), 0);
	ck_assert_int_eq(snapshot_add_nsid(&ctx, 1, "ns2"), 0);
	text_link(capture_start(&capture), &link, &ctx, false);
	assert_printed(&capture,
		"3: veth_ns1@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 "
		"qdisc noqueue state UP group default qlen 1000\n"
		"    link/ether 42:7e:ef:1a:89:eb brd ff:ff:ff:ff:ff:ff "
		"link-netns ns2\n");
}
END_TEST

START_TEST(print_addr_json_flags_are_true_members)
{
	struct addr_info addr = inet_addr6("fd00::2", 64, RT_SCOPE_UNIVERSE,
					   IFA_F_PERMANENT | IFA_F_NODAD);
	struct capture capture;

	JSON_OF(capture, false, print_addr(&show, &addr));
	assert_printed(&capture,
		"{\"family\":\"inet6\",\"local\":\"fd00::2\",\"prefixlen\":64,"
		"\"scope\":\"global\",\"nodad\":true,"
		"\"valid_life_time\":4294967295,\"preferred_life_time\":4294967295}");
}
END_TEST

START_TEST(print_route_json_has_flags_even_when_empty)
{
	struct test_msgs msgs = { 0 };
	struct rtnl_msgs links = route_links(&msgs);
	TEXT_SNAPSHOT(ctx, &links);
	struct route_info route = route4(NULL, 0);
	struct capture capture;

	ck_assert_int_eq(inet_pton(AF_INET, "10.1.1.4", route.gateway), 1);
	route.has_gateway = 1;
	route.oif = 5;
	JSON_OF(capture, false, print_route(&show, &ctx, &route, false));
	assert_printed(&capture,
		"{\"dst\":\"default\",\"gateway\":\"10.1.1.4\",\"dev\":\"veth_ns2\","
		"\"flags\":[]}");
}
END_TEST

/* snapshot */

START_TEST(snapshot_finds_links_by_index_in_any_dump_order)
{
	struct test_msgs msgs = { 0 };
	struct rtnl_msgs links;

	put_link(&msgs, 9, "nine", 0);
	put_link(&msgs, 1, "lo", 0);
	put_link(&msgs, 4, "four", 0);
	links = test_msgs_view(&msgs);
	TEXT_SNAPSHOT(snap, &links);
	ck_assert_uint_eq(snap.link_count, 3);
	ck_assert_str_eq(snap.links[0].name, "nine");
	ck_assert_str_eq(snapshot_link(&snap, 1)->name, "lo");
	ck_assert_str_eq(snapshot_link(&snap, 4)->name, "four");
	ck_assert_str_eq(snapshot_link(&snap, 9)->name, "nine");
	ck_assert_ptr_null(snapshot_link(&snap, 5));
	ck_assert_ptr_null(snapshot_link(&snap, 0));
	ck_assert_int_eq(snapshot_link_named(&snap, "four")->index, 4);
	ck_assert_ptr_null(snapshot_link_named(&snap, "five"));
}
END_TEST

START_TEST(snapshot_nsid_names_the_first_name_given)
{
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(snap, &no_links);

	ck_assert_int_eq(snapshot_add_nsid(&snap, 3, "first"), 0);
	ck_assert_int_eq(snapshot_add_nsid(&snap, 3, "second"), 0);
	ck_assert_str_eq(snapshot_nsid_name(&snap, 3), "first");
	ck_assert_ptr_null(snapshot_nsid_name(&snap, 0));
}
END_TEST

/* print_link_details of a bridge and a bridge port (print_bridge.c) */

/* A link message of KIND with IFLA_INFO_DATA, or of a port of a bridge
 * (SLAVE: IFLA_INFO_SLAVE_KIND "bridge" and IFLA_INFO_SLAVE_DATA), whose
 * settings PUT adds. */
static struct nlmsghdr *detail_msg(void *buf, const char *kind, bool slave,
				   void (*put)(struct nlmsghdr *))
{
	struct nlmsghdr *nlh = mnl_nlmsg_put_header(buf);
	struct nlattr *linkinfo, *data;

	nlh->nlmsg_type = RTM_NEWLINK;
	mnl_nlmsg_put_extra_header(nlh, sizeof(struct ifinfomsg));
	linkinfo = mnl_attr_nest_start(nlh, IFLA_LINKINFO);
	mnl_attr_put_strz(nlh, IFLA_INFO_KIND, kind);
	if (slave)
		mnl_attr_put_strz(nlh, IFLA_INFO_SLAVE_KIND, "bridge");
	data = mnl_attr_nest_start(nlh, slave ? IFLA_INFO_SLAVE_DATA : IFLA_INFO_DATA);
	put(nlh);
	mnl_attr_nest_end(nlh, data);
	mnl_attr_nest_end(nlh, linkinfo);
	return nlh;
}

/* Bridge 8000.02:00:0a:00:00:01, as the kernel sends an id. */
static void put_bridge_id(struct nlmsghdr *nlh, uint16_t type)
{
	struct ifla_bridge_id id = {
		.prio = { 0x80, 0x00 }, .addr = { 0x02, 0x00, 0x0a, 0x00, 0x00, 0x01 },
	};

	mnl_attr_put(nlh, type, sizeof(id), &id);
}

static void put_bridge(struct nlmsghdr *nlh)
{
	struct ifla_bridge_id root = { .prio = { 0x10, 0x00 }, .addr = { 0xaa, 0, 0, 0, 0, 0xbb } };
	struct br_boolopt_multi options = { .optval = 1, .optmask = 3 };
	uint16_t short_max_age = 2000;

	mnl_attr_put_u32(nlh, IFLA_BR_FORWARD_DELAY, 1500);
	mnl_attr_put(nlh, IFLA_BR_MAX_AGE, sizeof(short_max_age), &short_max_age);
	mnl_attr_put_u16(nlh, IFLA_BR_PRIORITY, 32768);
	put_bridge_id(nlh, IFLA_BR_BRIDGE_ID);
	mnl_attr_put(nlh, IFLA_BR_ROOT_ID, sizeof(root), &root);
	mnl_attr_put_u64(nlh, IFLA_BR_HELLO_TIMER, 199);
	mnl_attr_put_u64(nlh, IFLA_BR_GC_TIMER, 29907);
	mnl_attr_put_u16(nlh, IFLA_BR_GROUP_FWD_MASK, 0);
	mnl_attr_put(nlh, IFLA_BR_MULTI_BOOLOPT, sizeof(options), &options);
	mnl_attr_put_u64(nlh, IFLA_BR_MCAST_LAST_MEMBER_INTVL, 100);
}

static void put_bridge_port(struct nlmsghdr *nlh)
{
	uint8_t short_designated_port = 1;

	mnl_attr_put_u8(nlh, IFLA_BRPORT_STATE, BR_STATE_FORWARDING);
	mnl_attr_put_u16(nlh, IFLA_BRPORT_PRIORITY, 32);
	mnl_attr_put_u32(nlh, IFLA_BRPORT_COST, 5);
	mnl_attr_put_u8(nlh, IFLA_BRPORT_MODE, 0);
	mnl_attr_put_u8(nlh, IFLA_BRPORT_FAST_LEAVE, 1);
	mnl_attr_put_u16(nlh, IFLA_BRPORT_ID, 0x8001);
	mnl_attr_put(nlh, IFLA_BRPORT_DESIGNATED_PORT, sizeof(short_designated_port),
		     &short_designated_port);
	put_bridge_id(nlh, IFLA_BRPORT_BRIDGE_ID);
	mnl_attr_put_u64(nlh, IFLA_BRPORT_HOLD_TIMER, 0);
	mnl_attr_put_u16(nlh, IFLA_BRPORT_GROUP_FWD_MASK, 0x4003);
	mnl_attr_put_u32(nlh, IFLA_BRPORT_BACKUP_PORT, 9);
}

static void put_odd_bridge_port(struct nlmsghdr *nlh)
{
	mnl_attr_put_u8(nlh, IFLA_BRPORT_STATE, 7);
	mnl_attr_put_u32(nlh, IFLA_BRPORT_COST, 0xffffffff);
	mnl_attr_put_u16(nlh, IFLA_BRPORT_GROUP_FWD_MASK, 0);
	mnl_attr_put_u32(nlh, IFLA_BRPORT_BACKUP_PORT, 12);
}

/* The details of a link of MSG, as text, or as JSON in an object. */
static void bridge_details_of(struct capture *capture, bool json, const struct nlmsghdr *msg,
		       const struct snapshot *snap)
{
	struct link_info link = ether_link(4, "v1", ETHER_UP);

	link.msg = msg;
	if (json) {
		JSON_OF(*capture, true, print_link_details(&show, snap, &link));
	} else {
		struct show show;

		show_init(&show, capture_start(capture), false, false);
		print_link_details(&show, snap, &link);
	}
}

START_TEST(print_details_bridge_timers_ids_and_hex_as_ip)
{
	_Alignas(4) char buf[1024] = { 0 };
	const struct nlmsghdr *msg = detail_msg(buf, "bridge", false, put_bridge);
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct capture capture;

	/* max_age is short: left out. designated_root is the bridge's own
	 * id, as ip 6.1 prints it. */
	bridge_details_of(&capture, false, msg, &ctx);
	assert_printed(&capture,
		"\n    bridge forward_delay 1500 priority 32768 bridge_id 8000.2:0:a:0:0:1 "
		"designated_root 8000.2:0:a:0:0:1 hello_timer    1.99 gc_timer  299.07 "
		"group_fwd_mask 0 no_linklocal_learn 1 mcast_vlan_snooping 0 "
		"mcast_last_member_interval 100 ");
}
END_TEST

START_TEST(print_details_json_bridge_timers_are_numbers_with_two_decimals)
{
	_Alignas(4) char buf[1024] = { 0 };
	const struct nlmsghdr *msg = detail_msg(buf, "bridge", false, put_bridge);
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct capture capture;

	bridge_details_of(&capture, true, msg, &ctx);
	assert_printed(&capture,
		"{\"linkinfo\":{\"info_kind\":\"bridge\",\"info_data\":{"
		"\"forward_delay\":1500,\"priority\":32768,\"bridge_id\":\"8000.2:0:a:0:0:1\","
		"\"root_id\":\"8000.2:0:a:0:0:1\",\"hello_timer\":1.99,\"gc_timer\":299.07,"
		"\"group_fwd_mask\":\"0\",\"no_linklocal_learn\":1,\"mcast_vlan_snooping\":0,"
		"\"mcast_last_member_intvl\":100}}}");
}
END_TEST

START_TEST(print_details_bridge_without_data_has_an_empty_info_data)
{
	_Alignas(4) char buf[256] = { 0 };
	struct nlmsghdr *nlh = mnl_nlmsg_put_header(buf);
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct capture capture;
	struct nlattr *linkinfo;

	mnl_nlmsg_put_extra_header(nlh, sizeof(struct ifinfomsg));
	linkinfo = mnl_attr_nest_start(nlh, IFLA_LINKINFO);
	mnl_attr_put_strz(nlh, IFLA_INFO_KIND, "bridge");
	mnl_attr_nest_end(nlh, linkinfo);
	bridge_details_of(&capture, true, nlh, &ctx);
	assert_printed(&capture, "{\"linkinfo\":{\"info_kind\":\"bridge\",\"info_data\":{}}}");
	bridge_details_of(&capture, false, nlh, &ctx);
	assert_printed(&capture, "\n    bridge ");
}
END_TEST

START_TEST(print_details_bridge_port_as_ip)
{
	_Alignas(4) char buf[1024] = { 0 };
	const struct nlmsghdr *msg = detail_msg(buf, "veth", true, put_bridge_port);
	struct test_msgs msgs = { 0 };
	struct rtnl_msgs links;
	struct capture capture;

	put_link(&msgs, 9, "v2", ETHER_UP);
	links = test_msgs_view(&msgs);
	TEXT_SNAPSHOT(ctx, &links);
	/* designated_port is short: left out; fastleave again as
	 * mcast_fast_leave. */
	bridge_details_of(&capture, false, msg, &ctx);
	assert_printed(&capture,
		"\n    veth \n    bridge_slave state forwarding priority 32 cost 5 hairpin off "
		"fastleave on port_id 0x8001 designated_bridge 8000.2:0:a:0:0:1 "
		"hold_timer    0.00 mcast_fast_leave on group_fwd_mask 0x4003 "
		"group_fwd_mask_str stp,0x2,lldp backup_port v2 ");
}
END_TEST

START_TEST(print_details_json_bridge_port_has_info_slave_data)
{
	_Alignas(4) char buf[1024] = { 0 };
	const struct nlmsghdr *msg = detail_msg(buf, "veth", true, put_bridge_port);
	struct test_msgs msgs = { 0 };
	struct rtnl_msgs links;
	struct capture capture;

	put_link(&msgs, 9, "v2", ETHER_UP);
	links = test_msgs_view(&msgs);
	TEXT_SNAPSHOT(ctx, &links);
	bridge_details_of(&capture, true, msg, &ctx);
	assert_printed(&capture,
		"{\"linkinfo\":{\"info_kind\":\"veth\",\"info_slave_kind\":\"bridge\","
		"\"info_slave_data\":{\"state\":\"forwarding\",\"priority\":32,\"cost\":5,"
		"\"hairpin\":false,\"fastleave\":true,\"id\":\"0x8001\","
		"\"bridge_id\":\"8000.2:0:a:0:0:1\",\"hold_timer\":0.00,"
		"\"group_fwd_mask\":\"0x4003\",\"group_fwd_mask_str\":\"stp,0x2,lldp\","
		"\"backup_port\":\"v2\"}}}");
}
END_TEST

START_TEST(print_details_bridge_port_unknown_state_signed_cost_no_mask_bits)
{
	_Alignas(4) char buf[1024] = { 0 };
	const struct nlmsghdr *msg = detail_msg(buf, "veth", true, put_odd_bridge_port);
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct capture capture;

	bridge_details_of(&capture, false, msg, &ctx);
	assert_printed(&capture,
		"\n    veth \n    bridge_slave state (7) cost -1 group_fwd_mask 0 "
		"group_fwd_mask_str 0x0 backup_port if12 ");
	bridge_details_of(&capture, true, msg, &ctx);
	assert_printed(&capture,
		"{\"linkinfo\":{\"info_kind\":\"veth\",\"info_slave_kind\":\"bridge\","
		"\"info_slave_data\":{\"state_index\":7,\"cost\":-1,\"group_fwd_mask\":\"0\","
		"\"group_fwd_mask_str\":\"0x0\",\"backup_port\":\"if12\"}}}");
}
END_TEST

static void put_every_mask_bit(struct nlmsghdr *nlh)
{
	mnl_attr_put_u16(nlh, IFLA_BRPORT_GROUP_FWD_MASK, 0xffff);
}

START_TEST(print_details_bridge_port_mask_of_every_bit_whole)
{
	_Alignas(4) char buf[512] = { 0 };
	const struct nlmsghdr *msg = detail_msg(buf, "veth", true, put_every_mask_bit);
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct capture capture;

	bridge_details_of(&capture, false, msg, &ctx);
	assert_printed(&capture,
		"\n    veth \n    bridge_slave group_fwd_mask 0xffff group_fwd_mask_str "
		"stp,0x2,lacp,0x8,0x10,0x20,0x40,0x80,0x100,0x200,0x400,0x800,0x1000,0x2000,"
		"lldp,0x8000 ");
}
END_TEST

static void put_vlan_protocols(struct nlmsghdr *nlh)
{
	mnl_attr_put_u16(nlh, IFLA_BR_VLAN_PROTOCOL, htons(0x1234));
	mnl_attr_put_u16(nlh, IFLA_BR_VLAN_PROTOCOL, htons(ETH_P_8021AD));
	mnl_attr_put_u16(nlh, IFLA_BR_VLAN_DEFAULT_PVID, 1);
}

START_TEST(print_details_bridge_vlan_protocol_by_name_the_last_one_given)
{
	_Alignas(4) char buf[512] = { 0 };
	const struct nlmsghdr *msg = detail_msg(buf, "bridge", false, put_vlan_protocols);
	struct rtnl_msgs no_links = { 0 };
	TEXT_SNAPSHOT(ctx, &no_links);
	struct capture capture;

	bridge_details_of(&capture, false, msg, &ctx);
	assert_printed(&capture, "\n    bridge vlan_protocol 802.1ad vlan_default_pvid 1 ");
	bridge_details_of(&capture, true, msg, &ctx);
	assert_printed(&capture,
		"{\"linkinfo\":{\"info_kind\":\"bridge\",\"info_data\":{"
		"\"vlan_protocol\":\"802.1ad\",\"vlan_default_pvid\":1}}}");
}
END_TEST

START_TEST(show_number_pads_in_text_and_is_bare_in_json)
{
	struct capture capture;
	struct show text;

	show_init(&text, capture_start(&capture), false, false);
	show_number(&text, "hold_timer", "%7s ", "0.00");
	assert_printed(&capture, "   0.00 ");
	JSON_OF(capture, true, show_number(&show, "hold_timer", "%7s ", "0.00"));
	assert_printed(&capture, "{\"hold_timer\":0.00}");
}
END_TEST

Suite *print_suite(void)
{
	Suite *suite = suite_create("print");
	TCase *link = tcase_create("link");
	TCase *flags = tcase_create("link_flags");
	TCase *addr = tcase_create("addr");
	TCase *route = tcase_create("route");
	TCase *names = tcase_create("names");

	tcase_add_test(link, print_link_veth_with_peer_in_other_namespace);
	tcase_add_test(link, print_link_for_addr_list_has_no_mode);
	tcase_add_test(link, print_link_loopback_up);
	tcase_add_test(link, print_link_loopback_down_in_new_namespace);
	tcase_add_test(link, print_link_no_carrier_when_up_but_not_running);
	tcase_add_test(link, print_link_down_device_has_no_no_carrier);
	tcase_add_test(link, print_link_names_peer_in_same_namespace_with_m_down);
	tcase_add_test(link, print_link_names_peer_that_is_up_without_m_down);
	tcase_add_test(link, print_link_unknown_peer_index_is_if_n);
	tcase_add_test(link, print_link_link_0_is_none);
	tcase_add_test(link, print_link_names_the_master);
	tcase_add_test(link, print_link_one_family_has_no_link_line_and_keeps_the_netns_on_the_first);
	tcase_add_test(link, print_link_ipv6_view_has_only_what_the_ipv6_dump_has);
	tcase_add_test(link, print_link_unknown_master_is_if_n);
	tcase_add_test(link, print_link_negative_netnsid_is_unknown);
	tcase_add_test(link, print_link_numbered_group);
	tcase_add_test(link, print_link_without_qlen_ends_after_group);
	tcase_add_test(link, print_link_without_linkmode_has_no_mode);
	tcase_add_test(link, print_link_without_address_keeps_the_space);
	tcase_add_test(link, print_link_ip_tunnel_addresses_as_ip_with_peer);
	tcase_add_test(link, print_link_ipv6_tunnel_addresses_as_ipv6);
	tcase_add_test(link, print_link_shows_permaddr_only_when_it_differs);
	tcase_add_test(link, print_link_lists_altnames_on_lines_of_their_own);
	tcase_add_test(link, print_link_qlen_and_group_are_signed);
	tcase_add_test(link, print_link_protodown_after_netns_before_alias);
	tcase_add_test(link, print_link_protodown_off_says_nothing);
	tcase_add_test(link, print_link_protodown_reasons_only_with_a_broadcast_address);
	suite_add_tcase(suite, link);

	tcase_add_test(flags, print_link_flags_in_iproute2_order);
	tcase_add_test(flags, print_link_flags_unknown_bits_in_hex);
	tcase_add_test(flags, print_link_flags_none);
	tcase_add_test(flags, print_link_flags_m_down_comes_last);
	tcase_add_test(flags, print_link_flags_m_down_alone_keeps_its_comma);
	suite_add_tcase(suite, flags);

	tcase_add_test(addr, print_addr_ipv4_global);
	tcase_add_test(addr, print_addr_ipv4_with_broadcast);
	tcase_add_test(addr, print_addr_loopback_scope_host);
	tcase_add_test(addr, print_addr_ipv4_dhcp_lease);
	tcase_add_test(addr, print_addr_ipv4_secondary);
	tcase_add_test(addr, print_addr_ipv4_with_peer);
	tcase_add_test(addr, print_addr_ipv6_link_local_keeps_trailing_space);
	tcase_add_test(addr, print_addr_ipv6_tentative);
	tcase_add_test(addr, print_addr_ipv6_nodad);
	tcase_add_test(addr, print_addr_ipv6_dynamic_from_router_advertisement);
	tcase_add_test(addr, print_addr_ipv6_secondary_is_temporary);
	tcase_add_test(addr, print_addr_unknown_flags_in_hex);
	tcase_add_test(addr, print_addr_unknown_scope_as_number);
	tcase_add_test(addr, print_addr_without_cacheinfo_is_one_line);
	suite_add_tcase(suite, addr);

	tcase_add_test(route, print_route_connected_keeps_trailing_space);
	tcase_add_test(route, print_route_default_via_gateway);
	tcase_add_test(route, print_route_default_with_proto_src_and_metric);
	tcase_add_test(route, print_route_host_route_has_no_len);
	tcase_add_test(route, print_route_unknown_device_is_if_n);
	tcase_add_test(route, print_route_other_types_say_so);
	tcase_add_test(route, print_route_linkdown_flag);
	tcase_add_test(route, print_route_onlink_flag);
	tcase_add_test(route, print_route_ipv6_ends_with_pref);
	tcase_add_test(route, print_route_ipv6_default);
	tcase_add_test(route, print_route_ipv6_host_route_has_no_len);
	tcase_add_test(route, print_route_multipath_has_a_line_per_nexthop);
	tcase_add_test(route, print_route_multipath_stops_at_a_broken_nexthop);
	tcase_add_test(route, print_route_metrics_and_realms_as_ip);
	tcase_add_test(route, print_route_table_nhid_expiry_and_realm_zero);
	suite_add_tcase(suite, route);

	tcase_add_test(names, print_operstate_name_knows_every_state);
	tcase_add_test(names, print_link_type_name_knows_common_types);
	tcase_add_test(names, print_scope_name_knows_the_five_scopes);
	tcase_add_test(names, print_protocol_name_knows_common_protocols);
	tcase_add_test(names, link_type_names_cover_iproute2_table);
	tcase_add_test(names, protocol_17_has_no_name);
	tcase_add_test(names, print_link_puts_permaddr_before_link_netnsid);
	tcase_add_test(names, print_link_unknown_type_in_brackets);
	tcase_add_test(names, print_link_unknown_operstate_in_hex);
	tcase_add_test(names, print_link_testing_linkmode_as_number);
	suite_add_tcase(suite, names);

	TCase *details = tcase_create("details");
	tcase_add_test(details, print_link_details_vxlan_as_ip_d);
	tcase_add_test(details, print_link_details_vxlan_json_as_ip_d_j);
	tcase_add_test(details, print_link_details_vxlan_group_hex_and_short_attributes);
	tcase_add_test(details, print_link_details_other_kind_ports_and_unknown_mode);
	tcase_add_test(details, print_link_details_view_puts_them_before_the_alias);
	suite_add_tcase(suite, details);

	TCase *json = tcase_create("json");
	tcase_add_test(json, print_link_json_veth_with_peer_in_other_namespace);
	tcase_add_test(json, print_link_json_names_peer_and_master_here);
	tcase_add_test(json, print_link_json_link_0_is_null_before_the_name);
	tcase_add_test(json, print_link_json_protodown_and_reasons);
	tcase_add_test(json, print_addr_json_flags_are_true_members);
	tcase_add_test(json, print_route_json_has_flags_even_when_empty);
	suite_add_tcase(suite, json);

	TCase *bridge = tcase_create("bridge details");
	tcase_add_test(bridge, print_details_bridge_timers_ids_and_hex_as_ip);
	tcase_add_test(bridge, print_details_json_bridge_timers_are_numbers_with_two_decimals);
	tcase_add_test(bridge, print_details_bridge_without_data_has_an_empty_info_data);
	tcase_add_test(bridge, print_details_bridge_port_as_ip);
	tcase_add_test(bridge, print_details_json_bridge_port_has_info_slave_data);
	tcase_add_test(bridge, print_details_bridge_port_unknown_state_signed_cost_no_mask_bits);
	tcase_add_test(bridge, print_details_bridge_port_mask_of_every_bit_whole);
	tcase_add_test(bridge, print_details_bridge_vlan_protocol_by_name_the_last_one_given);
	tcase_add_test(bridge, show_number_pads_in_text_and_is_bare_in_json);
	suite_add_tcase(suite, bridge);

	TCase *snapshot = tcase_create("snapshot");
	tcase_add_test(snapshot, print_link_names_peer_namespace_from_the_snapshot);
	tcase_add_test(snapshot, snapshot_finds_links_by_index_in_any_dump_order);
	tcase_add_test(snapshot, snapshot_nsid_names_the_first_name_given);
	suite_add_tcase(suite, snapshot);
	return suite;
}
