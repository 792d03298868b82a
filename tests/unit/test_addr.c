/* addr: the add and delete requests, and what a dump says of an
 * address. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <linux/if_addr.h>
#include <linux/rtnetlink.h>

#include "addr.h"
#include "parse.h"
#include "snapshot.h"
#include "tests.h"

static struct prefix prefix_of(const char *word)
{
	struct prefix prefix;

	ck_assert_ptr_null(parse_prefix(word, &prefix));
	return prefix;
}

/* addr_build_add */

START_TEST(build_add_is_newaddr_create_excl)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct prefix prefix = prefix_of("10.1.1.2/24");
	const struct nlmsghdr *nlh = addr_build_add(buf, &prefix, 5);

	ck_assert_ptr_eq(nlh, (void *)buf);
	ck_assert_uint_eq(nlh->nlmsg_type, RTM_NEWADDR);
	ck_assert_uint_eq(nlh->nlmsg_flags,
			  NLM_F_REQUEST | NLM_F_CREATE | NLM_F_EXCL);
}
END_TEST

START_TEST(build_add_ipv4_header)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct prefix prefix = prefix_of("10.1.1.2/24");
	const struct ifaddrmsg *ifa =
		mnl_nlmsg_get_payload(addr_build_add(buf, &prefix, 5));

	ck_assert_uint_eq(ifa->ifa_family, AF_INET);
	ck_assert_uint_eq(ifa->ifa_prefixlen, 24);
	ck_assert_uint_eq(ifa->ifa_flags, 0);
	ck_assert_uint_eq(ifa->ifa_scope, RT_SCOPE_UNIVERSE);
	ck_assert_uint_eq(ifa->ifa_index, 5);
}
END_TEST

START_TEST(build_add_ipv4_local_and_address_are_the_address)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct prefix prefix = prefix_of("10.1.1.2/24");
	const uint8_t bytes[4] = { 10, 1, 1, 2 };
	struct test_attrs attrs;
	const struct nlattr *attr;

	test_attrs_of_msg(addr_build_add(buf, &prefix, 5),
			  sizeof(struct ifaddrmsg), &attrs);
	ck_assert_int_eq(attrs.total, 2);
	attr = test_attr_once(&attrs, IFA_LOCAL);
	ck_assert_uint_eq(mnl_attr_get_payload_len(attr), 4);
	ck_assert_mem_eq(mnl_attr_get_payload(attr), bytes, 4);
	attr = test_attr_once(&attrs, IFA_ADDRESS);
	ck_assert_uint_eq(mnl_attr_get_payload_len(attr), 4);
	ck_assert_mem_eq(mnl_attr_get_payload(attr), bytes, 4);
}
END_TEST

START_TEST(build_add_ipv4_without_len_is_32)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct prefix prefix = prefix_of("192.168.1.1");
	const struct ifaddrmsg *ifa =
		mnl_nlmsg_get_payload(addr_build_add(buf, &prefix, 2));

	ck_assert_uint_eq(ifa->ifa_prefixlen, 32);
}
END_TEST

START_TEST(build_add_loopback_has_scope_host)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct prefix prefix = prefix_of("127.0.0.1/8");
	const struct ifaddrmsg *ifa =
		mnl_nlmsg_get_payload(addr_build_add(buf, &prefix, 1));

	ck_assert_uint_eq(ifa->ifa_scope, RT_SCOPE_HOST);
	ck_assert_uint_eq(ifa->ifa_prefixlen, 8);
	ck_assert_uint_eq(ifa->ifa_index, 1);
}
END_TEST

START_TEST(build_add_ipv6)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct prefix prefix = prefix_of("2001:db8::5/64");
	const uint8_t bytes[16] = { 0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0,
				    0, 0, 0, 0, 0, 0, 0, 5 };
	const struct nlmsghdr *nlh = addr_build_add(buf, &prefix, 9);
	const struct ifaddrmsg *ifa = mnl_nlmsg_get_payload(nlh);
	struct test_attrs attrs;
	const struct nlattr *attr;

	ck_assert_uint_eq(ifa->ifa_family, AF_INET6);
	ck_assert_uint_eq(ifa->ifa_prefixlen, 64);
	ck_assert_uint_eq(ifa->ifa_scope, RT_SCOPE_UNIVERSE);
	ck_assert_uint_eq(ifa->ifa_flags, 0);
	ck_assert_uint_eq(ifa->ifa_index, 9);
	test_attrs_of_msg(nlh, sizeof(*ifa), &attrs);
	ck_assert_int_eq(attrs.total, 2);
	attr = test_attr_once(&attrs, IFA_LOCAL);
	ck_assert_uint_eq(mnl_attr_get_payload_len(attr), 16);
	ck_assert_mem_eq(mnl_attr_get_payload(attr), bytes, 16);
	attr = test_attr_once(&attrs, IFA_ADDRESS);
	ck_assert_uint_eq(mnl_attr_get_payload_len(attr), 16);
	ck_assert_mem_eq(mnl_attr_get_payload(attr), bytes, 16);
}
END_TEST

START_TEST(build_add_ipv6_without_len_is_128)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct prefix prefix = prefix_of("fd00::1");
	const struct ifaddrmsg *ifa =
		mnl_nlmsg_get_payload(addr_build_add(buf, &prefix, 2));

	ck_assert_uint_eq(ifa->ifa_prefixlen, 128);
}
END_TEST

/* addr_build: what ip addr add takes beyond ADDR dev DEV */

/* The words of an addradd, read as addradd reads them. */
static struct addr_req addr_words_of(int argc, char *const *argv)
{
	struct parse_error err;
	struct addr_req req;

	ck_assert_int_eq(addr_read_words(argc, argv, true, &req, &err), 0);
	return req;
}
#define WORDS(...) addr_words_of(sizeof((char *const[]){ __VA_ARGS__ }) / sizeof(char *), \
				 (char *const[]){ __VA_ARGS__ })

START_TEST(build_peer_gives_address_and_the_peers_length)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct addr_req req = WORDS("10.9.0.1/24", "peer", "10.9.0.2/30", "dev", "x");
	const struct nlmsghdr *nlh = addr_build(buf, RTM_NEWADDR, &req, 4);
	struct test_attrs attrs;

	ck_assert_uint_eq(((const struct ifaddrmsg *)mnl_nlmsg_get_payload(nlh))->ifa_prefixlen, 30);
	test_attrs_of_msg(nlh, sizeof(struct ifaddrmsg), &attrs);
	ck_assert_mem_eq(mnl_attr_get_payload(test_attr_once(&attrs, IFA_LOCAL)),
			 ((const uint8_t[]){ 10, 9, 0, 1 }), 4);
	ck_assert_mem_eq(mnl_attr_get_payload(test_attr_once(&attrs, IFA_ADDRESS)),
			 ((const uint8_t[]){ 10, 9, 0, 2 }), 4);
}
END_TEST

START_TEST(build_broadcast_plus_sets_the_host_bits_minus_clears_them)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct addr_req req = WORDS("10.9.3.1/22", "brd", "+", "dev", "x");
	struct test_attrs attrs;

	test_attrs_of_msg(addr_build(buf, RTM_NEWADDR, &req, 4), sizeof(struct ifaddrmsg), &attrs);
	ck_assert_mem_eq(mnl_attr_get_payload(test_attr_once(&attrs, IFA_BROADCAST)),
			 ((const uint8_t[]){ 10, 9, 3, 255 }), 4);
	req = WORDS("10.9.3.1/22", "broadcast", "-", "dev", "x");
	test_attrs_of_msg(addr_build(buf, RTM_NEWADDR, &req, 4), sizeof(struct ifaddrmsg), &attrs);
	ck_assert_mem_eq(mnl_attr_get_payload(test_attr_once(&attrs, IFA_BROADCAST)),
			 ((const uint8_t[]){ 10, 9, 0, 0 }), 4);
	/* /31 and /32 have no broadcast, as in ip. */
	req = WORDS("10.9.3.1/31", "brd", "+", "dev", "x");
	test_attrs_of_msg(addr_build(buf, RTM_NEWADDR, &req, 4), sizeof(struct ifaddrmsg), &attrs);
	ck_assert_ptr_null(attrs.attr[IFA_BROADCAST]);
}
END_TEST

START_TEST(build_label_lifetimes_metric_scope_and_flags)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct addr_req req = WORDS("10.9.0.1/24", "dev", "x", "label", "x:1", "valid_lft", "300",
				    "metric", "5", "scope", "link");
	const struct nlmsghdr *nlh = addr_build(buf, RTM_NEWADDR, &req, 4);
	const struct ifa_cacheinfo *life;
	struct test_attrs attrs;

	ck_assert_uint_eq(((const struct ifaddrmsg *)mnl_nlmsg_get_payload(nlh))->ifa_scope,
			  RT_SCOPE_LINK);
	test_attrs_of_msg(nlh, sizeof(struct ifaddrmsg), &attrs);
	ck_assert_str_eq(mnl_attr_get_str(test_attr_once(&attrs, IFA_LABEL)), "x:1");
	ck_assert_uint_eq(mnl_attr_get_u32(test_attr_once(&attrs, IFA_RT_PRIORITY)), 5);
	life = mnl_attr_get_payload(test_attr_once(&attrs, IFA_CACHEINFO));
	ck_assert_uint_eq(life->ifa_valid, 300);
	ck_assert_uint_eq(life->ifa_prefered, 300);	/* not given: as valid */
	/* noprefixroute is past 8 bits: all the flags go in IFA_FLAGS. */
	req = WORDS("fd00::1/64", "dev", "x", "nodad", "noprefixroute");
	nlh = addr_build(buf, RTM_NEWADDR, &req, 4);
	ck_assert_uint_eq(((const struct ifaddrmsg *)mnl_nlmsg_get_payload(nlh))->ifa_flags, 0);
	test_attrs_of_msg(nlh, sizeof(struct ifaddrmsg), &attrs);
	ck_assert_uint_eq(mnl_attr_get_u32(test_attr_once(&attrs, IFA_FLAGS)),
			  IFA_F_NODAD | IFA_F_NOPREFIXROUTE);
	req = WORDS("fd00::1/64", "dev", "x", "nodad");
	nlh = addr_build(buf, RTM_NEWADDR, &req, 4);
	ck_assert_uint_eq(((const struct ifaddrmsg *)mnl_nlmsg_get_payload(nlh))->ifa_flags,
			  IFA_F_NODAD);
}
END_TEST

START_TEST(read_words_refuse_what_the_kernel_would_or_would_ignore)
{
	static const struct {
		const char *words[8];
		const char *word, *reason;
	} cases[] = {
		{ { "fd00::1/64", "dev", "x", "label", "x:1" }, "label", "IPv6 addresses have no label" },
		{ { "10.0.0.1/8", "dev", "x", "label", "0123456789abcdef" }, "0123456789abcdef",
		  "a label is 1 to 15 bytes" },
		{ { "fd00::1/64", "dev", "x", "brd", "+" }, "brd", "IPv6 has no broadcast" },
		{ { "10.0.0.1/8", "dev", "x", "valid_lft", "0" }, "0",
		  "a valid_lft of 0 would remove it at once" },
		{ { "10.0.0.1/8", "dev", "x", "valid_lft", "5", "preferred_lft", "6" }, "6",
		  "longer than valid_lft: an address is preferred only while valid" },
		{ { "10.0.0.1/8", "dev", "x", "nodad" }, "nodad",
		  "only IPv6 addresses have duplicate address detection" },
		{ { "10.0.0.1/8", "dev", "x", "peer", "fd00::2" }, "fd00::2",
		  "an IPv6 address, but the address is IPv4: its peer must be IPv4 too" },
		{ { "10.0.0.1/8", "dev", "x", "brd", "+", "broadcast", "-" }, "broadcast",
		  "given twice: broadcast and brd are one" },
	};
	struct parse_error err;
	struct addr_req req;

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		int argc = 0;

		while (argc < 8 && cases[i].words[argc])
			argc++;
		ck_assert_int_eq(addr_read_words(argc, (char *const *)cases[i].words, true,
						 &req, &err), -1);
		ck_assert_str_eq(err.word, cases[i].word);
		ck_assert_str_eq(err.reason, cases[i].reason);
	}
	ck_assert_int_eq(addr_read_words(4, (char *const[]){ "10.0.0.1", "dev", "x", "nodad" },
					 false, &req, &err), -1);
	ck_assert_str_eq(err.reason, "only for addradd");
}
END_TEST

/* addr_build_del */

START_TEST(build_del_is_deladdr_without_create)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct prefix prefix = prefix_of("10.1.1.2/24");
	const struct nlmsghdr *nlh = addr_build_del(buf, &prefix, 5);
	const struct ifaddrmsg *ifa = mnl_nlmsg_get_payload(nlh);

	ck_assert_ptr_eq(nlh, (void *)buf);
	ck_assert_uint_eq(nlh->nlmsg_type, RTM_DELADDR);
	ck_assert_uint_eq(nlh->nlmsg_flags, NLM_F_REQUEST);
	ck_assert_uint_eq(ifa->ifa_family, AF_INET);
	ck_assert_uint_eq(ifa->ifa_index, 5);
}
END_TEST

START_TEST(build_del_ipv4_with_len_matches_the_prefix)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct prefix prefix = prefix_of("10.1.1.2/24");
	const uint8_t bytes[4] = { 10, 1, 1, 2 };
	const struct nlmsghdr *nlh = addr_build_del(buf, &prefix, 5);
	const struct ifaddrmsg *ifa = mnl_nlmsg_get_payload(nlh);
	struct test_attrs attrs;
	const struct nlattr *attr;

	ck_assert_uint_eq(ifa->ifa_prefixlen, 24);
	test_attrs_of_msg(nlh, sizeof(*ifa), &attrs);
	ck_assert_int_eq(attrs.total, 2);
	attr = test_attr_once(&attrs, IFA_LOCAL);
	ck_assert_uint_eq(mnl_attr_get_payload_len(attr), 4);
	ck_assert_mem_eq(mnl_attr_get_payload(attr), bytes, 4);
	attr = test_attr_once(&attrs, IFA_ADDRESS);
	ck_assert_uint_eq(mnl_attr_get_payload_len(attr), 4);
	ck_assert_mem_eq(mnl_attr_get_payload(attr), bytes, 4);
}
END_TEST

START_TEST(build_del_ipv4_with_len_32_matches_the_prefix)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct prefix prefix = prefix_of("10.1.1.2/32");
	const struct nlmsghdr *nlh = addr_build_del(buf, &prefix, 5);
	const struct ifaddrmsg *ifa = mnl_nlmsg_get_payload(nlh);
	struct test_attrs attrs;

	/* Written out, /32 is a length to match, unlike no /LEN at all. */
	ck_assert_uint_eq(ifa->ifa_prefixlen, 32);
	test_attrs_of_msg(nlh, sizeof(*ifa), &attrs);
	test_attr_once(&attrs, IFA_LOCAL);
	test_attr_once(&attrs, IFA_ADDRESS);
}
END_TEST

START_TEST(build_del_ipv4_without_len_matches_any_prefix)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct prefix prefix = prefix_of("10.1.1.2");
	const uint8_t bytes[4] = { 10, 1, 1, 2 };
	const struct nlmsghdr *nlh = addr_build_del(buf, &prefix, 5);
	const struct ifaddrmsg *ifa = mnl_nlmsg_get_payload(nlh);
	struct test_attrs attrs;
	const struct nlattr *attr;

	/* Without IFA_ADDRESS the kernel does not compare prefix lengths. */
	ck_assert_uint_eq(ifa->ifa_prefixlen, 0);
	test_attrs_of_msg(nlh, sizeof(*ifa), &attrs);
	ck_assert_int_eq(attrs.count[IFA_ADDRESS], 0);
	ck_assert_int_eq(attrs.total, 1);
	attr = test_attr_once(&attrs, IFA_LOCAL);
	ck_assert_uint_eq(mnl_attr_get_payload_len(attr), 4);
	ck_assert_mem_eq(mnl_attr_get_payload(attr), bytes, 4);
}
END_TEST

START_TEST(build_del_ipv6_without_len_is_128)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct prefix prefix = prefix_of("fd00::1");
	const uint8_t bytes[16] = { 0xfd, 0x00, [15] = 1 };
	const struct nlmsghdr *nlh = addr_build_del(buf, &prefix, 9);
	const struct ifaddrmsg *ifa = mnl_nlmsg_get_payload(nlh);
	struct test_attrs attrs;
	const struct nlattr *attr;

	ck_assert_uint_eq(ifa->ifa_family, AF_INET6);
	ck_assert_uint_eq(ifa->ifa_prefixlen, 128);
	ck_assert_uint_eq(ifa->ifa_index, 9);
	test_attrs_of_msg(nlh, sizeof(*ifa), &attrs);
	ck_assert_int_eq(attrs.total, 2);
	attr = test_attr_once(&attrs, IFA_LOCAL);
	ck_assert_uint_eq(mnl_attr_get_payload_len(attr), 16);
	ck_assert_mem_eq(mnl_attr_get_payload(attr), bytes, 16);
	attr = test_attr_once(&attrs, IFA_ADDRESS);
	ck_assert_uint_eq(mnl_attr_get_payload_len(attr), 16);
	ck_assert_mem_eq(mnl_attr_get_payload(attr), bytes, 16);
}
END_TEST

START_TEST(build_del_ipv6_with_len_matches_the_prefix)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct prefix prefix = prefix_of("2001:db8::5/64");
	const struct nlmsghdr *nlh = addr_build_del(buf, &prefix, 9);
	const struct ifaddrmsg *ifa = mnl_nlmsg_get_payload(nlh);
	struct test_attrs attrs;

	ck_assert_uint_eq(ifa->ifa_prefixlen, 64);
	test_attrs_of_msg(nlh, sizeof(*ifa), &attrs);
	test_attr_once(&attrs, IFA_LOCAL);
	test_attr_once(&attrs, IFA_ADDRESS);
	ck_assert_int_eq(attrs.total, 2);
}
END_TEST

/* addr_default_scope */

START_TEST(default_scope_is_host_for_all_of_127_8)
{
	struct prefix prefix;

	prefix = prefix_of("127.0.0.1");
	ck_assert_uint_eq(addr_default_scope(&prefix), RT_SCOPE_HOST);
	prefix = prefix_of("127.255.255.254/8");
	ck_assert_uint_eq(addr_default_scope(&prefix), RT_SCOPE_HOST);
	prefix = prefix_of("127.1.2.3/24");
	ck_assert_uint_eq(addr_default_scope(&prefix), RT_SCOPE_HOST);
}
END_TEST

START_TEST(default_scope_is_universe_elsewhere)
{
	struct prefix prefix;

	prefix = prefix_of("126.255.255.255");
	ck_assert_uint_eq(addr_default_scope(&prefix), RT_SCOPE_UNIVERSE);
	prefix = prefix_of("128.0.0.1");
	ck_assert_uint_eq(addr_default_scope(&prefix), RT_SCOPE_UNIVERSE);
	prefix = prefix_of("10.127.0.1");
	ck_assert_uint_eq(addr_default_scope(&prefix), RT_SCOPE_UNIVERSE);
	/* IPv6 loopback too: the kernel picks its scope itself. */
	prefix = prefix_of("::1");
	ck_assert_uint_eq(addr_default_scope(&prefix), RT_SCOPE_UNIVERSE);
	prefix = prefix_of("7f00::1");
	ck_assert_uint_eq(addr_default_scope(&prefix), RT_SCOPE_UNIVERSE);
}
END_TEST

/* addr_parse */

static const uint8_t v4_local[4] = { 10, 1, 1, 2 };
static const uint8_t v4_peer[4] = { 10, 1, 1, 9 };
static const uint8_t v4_brd[4] = { 10, 1, 1, 255 };
static const uint8_t v6_addr[16] = { 0xfe, 0x80, 0, 0, 0, 0, 0, 0,
				     0x40, 0x7e, 0xef, 0xff, 0xfe, 0x1a, 0x89, 0xeb };

static struct nlmsghdr *start_addr(struct test_msgs *msgs, uint8_t family,
				   uint8_t prefixlen, uint8_t flags,
				   uint8_t scope, uint32_t index)
{
	struct nlmsghdr *nlh = test_msg_start(msgs, RTM_NEWADDR, NLM_F_MULTI, 1, 2);
	struct ifaddrmsg *ifa = mnl_nlmsg_put_extra_header(nlh, sizeof(*ifa));

	ifa->ifa_family = family;
	ifa->ifa_prefixlen = prefixlen;
	ifa->ifa_flags = flags;
	ifa->ifa_scope = scope;
	ifa->ifa_index = index;
	return nlh;
}

static void put_cacheinfo(struct nlmsghdr *nlh, uint32_t valid, uint32_t preferred)
{
	struct ifa_cacheinfo ci = {
		.ifa_prefered = preferred, .ifa_valid = valid,
		.cstamp = 100, .tstamp = 200,
	};

	mnl_attr_put(nlh, IFA_CACHEINFO, sizeof(ci), &ci);
}

START_TEST(addr_parse_reads_an_ipv4_address)
{
	struct test_msgs msgs = { 0 };
	struct nlmsghdr *nlh = start_addr(&msgs, AF_INET, 24, IFA_F_PERMANENT,
					  RT_SCOPE_UNIVERSE, 5);
	struct addr_info info;

	mnl_attr_put(nlh, IFA_ADDRESS, 4, v4_local);
	mnl_attr_put(nlh, IFA_LOCAL, 4, v4_local);
	mnl_attr_put(nlh, IFA_BROADCAST, 4, v4_brd);
	mnl_attr_put_strz(nlh, IFA_LABEL, "veth_ns2");
	mnl_attr_put_u32(nlh, IFA_FLAGS, IFA_F_PERMANENT);
	put_cacheinfo(nlh, 0xffffffff, 0xffffffff);
	test_msg_end(&msgs, nlh);

	ck_assert_int_eq(addr_parse(nlh, &info), 0);
	ck_assert_int_eq(info.family, AF_INET);
	ck_assert_uint_eq(info.prefixlen, 24);
	ck_assert_uint_eq(info.flags, IFA_F_PERMANENT);
	ck_assert_uint_eq(info.scope, RT_SCOPE_UNIVERSE);
	ck_assert_int_eq(info.index, 5);
	ck_assert_int_eq(info.has_local, 1);
	ck_assert_mem_eq(info.local, v4_local, 4);
	ck_assert_int_eq(info.has_address, 1);
	ck_assert_mem_eq(info.address, v4_local, 4);
	ck_assert_int_eq(info.has_broadcast, 1);
	ck_assert_mem_eq(info.broadcast, v4_brd, 4);
	ck_assert_int_eq(info.has_anycast, 0);
	ck_assert_str_eq(info.label, "veth_ns2");
	ck_assert_int_eq(info.has_cacheinfo, 1);
	ck_assert_uint_eq(info.valid_lft, 0xffffffff);
	ck_assert_uint_eq(info.preferred_lft, 0xffffffff);
}
END_TEST

START_TEST(addr_parse_ifa_flags_attribute_overrides_header)
{
	struct test_msgs msgs = { 0 };
	/* The header has room for 8 bits; the attribute carries them all. */
	struct nlmsghdr *nlh = start_addr(&msgs, AF_INET6, 64, IFA_F_PERMANENT,
					  RT_SCOPE_LINK, 3);
	struct addr_info info;

	mnl_attr_put(nlh, IFA_ADDRESS, 16, v6_addr);
	mnl_attr_put_u32(nlh, IFA_FLAGS, IFA_F_TENTATIVE | IFA_F_NOPREFIXROUTE);
	test_msg_end(&msgs, nlh);
	ck_assert_int_eq(addr_parse(nlh, &info), 0);
	ck_assert_uint_eq(info.flags, IFA_F_TENTATIVE | IFA_F_NOPREFIXROUTE);
}
END_TEST

START_TEST(addr_parse_without_ifa_flags_keeps_header_flags)
{
	struct test_msgs msgs = { 0 };
	struct nlmsghdr *nlh = start_addr(&msgs, AF_INET6, 64,
					  IFA_F_PERMANENT | IFA_F_TENTATIVE,
					  RT_SCOPE_LINK, 3);
	struct addr_info info;

	mnl_attr_put(nlh, IFA_ADDRESS, 16, v6_addr);
	test_msg_end(&msgs, nlh);
	ck_assert_int_eq(addr_parse(nlh, &info), 0);
	ck_assert_uint_eq(info.flags, IFA_F_PERMANENT | IFA_F_TENTATIVE);
	ck_assert_uint_eq(info.scope, RT_SCOPE_LINK);
}
END_TEST

START_TEST(addr_parse_address_stands_for_missing_local)
{
	struct test_msgs msgs = { 0 };
	/* IPv6 dumps carry IFA_ADDRESS alone. */
	struct nlmsghdr *nlh = start_addr(&msgs, AF_INET6, 64, 0,
					  RT_SCOPE_LINK, 3);
	struct addr_info info;

	mnl_attr_put(nlh, IFA_ADDRESS, 16, v6_addr);
	test_msg_end(&msgs, nlh);
	ck_assert_int_eq(addr_parse(nlh, &info), 0);
	ck_assert_int_eq(info.family, AF_INET6);
	ck_assert_int_eq(info.has_local, 1);
	ck_assert_int_eq(info.has_address, 1);
	ck_assert_mem_eq(info.local, v6_addr, 16);
	ck_assert_mem_eq(info.address, v6_addr, 16);
}
END_TEST

START_TEST(addr_parse_local_stands_for_missing_address)
{
	struct test_msgs msgs = { 0 };
	struct nlmsghdr *nlh = start_addr(&msgs, AF_INET, 8, 0, RT_SCOPE_HOST, 1);
	const uint8_t loopback[4] = { 127, 0, 0, 1 };
	struct addr_info info;

	mnl_attr_put(nlh, IFA_LOCAL, 4, loopback);
	test_msg_end(&msgs, nlh);
	ck_assert_int_eq(addr_parse(nlh, &info), 0);
	ck_assert_int_eq(info.has_local, 1);
	ck_assert_int_eq(info.has_address, 1);
	ck_assert_mem_eq(info.local, loopback, 4);
	ck_assert_mem_eq(info.address, loopback, 4);
}
END_TEST

START_TEST(addr_parse_point_to_point_keeps_both)
{
	struct test_msgs msgs = { 0 };
	struct nlmsghdr *nlh = start_addr(&msgs, AF_INET, 32, 0,
					  RT_SCOPE_UNIVERSE, 4);
	struct addr_info info;

	mnl_attr_put(nlh, IFA_ADDRESS, 4, v4_peer);
	mnl_attr_put(nlh, IFA_LOCAL, 4, v4_local);
	test_msg_end(&msgs, nlh);
	ck_assert_int_eq(addr_parse(nlh, &info), 0);
	ck_assert_mem_eq(info.local, v4_local, 4);
	ck_assert_mem_eq(info.address, v4_peer, 4);
}
END_TEST

START_TEST(addr_parse_reads_cacheinfo_lifetimes)
{
	struct test_msgs msgs = { 0 };
	struct nlmsghdr *nlh = start_addr(&msgs, AF_INET6, 64, 0,
					  RT_SCOPE_UNIVERSE, 3);
	struct addr_info info;

	mnl_attr_put(nlh, IFA_ADDRESS, 16, v6_addr);
	put_cacheinfo(nlh, 86400, 14400);
	test_msg_end(&msgs, nlh);
	ck_assert_int_eq(addr_parse(nlh, &info), 0);
	ck_assert_int_eq(info.has_cacheinfo, 1);
	ck_assert_uint_eq(info.valid_lft, 86400);
	ck_assert_uint_eq(info.preferred_lft, 14400);
}
END_TEST

START_TEST(addr_parse_without_cacheinfo_has_none)
{
	struct test_msgs msgs = { 0 };
	struct nlmsghdr *nlh = start_addr(&msgs, AF_INET, 24, 0,
					  RT_SCOPE_UNIVERSE, 3);
	struct addr_info info;

	mnl_attr_put(nlh, IFA_LOCAL, 4, v4_local);
	/* Too short to be an ifa_cacheinfo. */
	mnl_attr_put_u32(nlh, IFA_CACHEINFO, 5);
	test_msg_end(&msgs, nlh);
	memset(&info, 0x5a, sizeof(info));
	ck_assert_int_eq(addr_parse(nlh, &info), 0);
	ck_assert_int_eq(info.has_cacheinfo, 0);
	ck_assert_uint_eq(info.valid_lft, 0);
	ck_assert_int_eq(info.has_broadcast, 0);
	ck_assert_int_eq(info.has_anycast, 0);
	ck_assert_str_eq(info.label, "");
}
END_TEST

START_TEST(addr_parse_ignores_address_of_wrong_size)
{
	struct test_msgs msgs = { 0 };
	struct nlmsghdr *nlh = start_addr(&msgs, AF_INET, 24, 0,
					  RT_SCOPE_UNIVERSE, 3);
	struct addr_info info;

	mnl_attr_put(nlh, IFA_LOCAL, 16, v6_addr);
	test_msg_end(&msgs, nlh);
	ck_assert_int_eq(addr_parse(nlh, &info), 0);
	ck_assert_int_eq(info.has_local, 0);
	ck_assert_int_eq(info.has_address, 0);
}
END_TEST

START_TEST(addr_parse_rejects_other_message_types)
{
	struct test_msgs msgs = { 0 };
	struct nlmsghdr *nlh = start_addr(&msgs, AF_INET, 24, 0,
					  RT_SCOPE_UNIVERSE, 3);
	struct addr_info info;

	mnl_attr_put(nlh, IFA_LOCAL, 4, v4_local);
	test_msg_end(&msgs, nlh);
	nlh->nlmsg_type = RTM_NEWLINK;
	ck_assert_int_eq(addr_parse(nlh, &info), -EBADMSG);
	nlh->nlmsg_type = RTM_DELADDR;
	ck_assert_int_eq(addr_parse(nlh, &info), -EBADMSG);
}
END_TEST

START_TEST(addr_parse_rejects_short_payload)
{
	struct test_msgs msgs = { 0 };
	struct nlmsghdr *nlh = test_msg_start(&msgs, RTM_NEWADDR, 0, 1, 2);
	struct addr_info info;

	nlh->nlmsg_len += 4;	/* half an ifaddrmsg */
	test_msg_end(&msgs, nlh);
	ck_assert_int_eq(addr_parse(nlh, &info), -EBADMSG);
}
END_TEST

START_TEST(addr_parse_rejects_other_families)
{
	struct test_msgs msgs = { 0 };
	struct nlmsghdr *nlh = start_addr(&msgs, AF_PACKET, 0, 0, 0, 3);
	struct addr_info info;

	test_msg_end(&msgs, nlh);
	ck_assert_int_eq(addr_parse(nlh, &info), -EAFNOSUPPORT);
}
END_TEST

/* snapshot_addrs_of: each link's addresses, in dump order, found in
 * O(log n) rather than by a walk of all of them per link. */
START_TEST(snapshot_finds_each_links_addresses_in_dump_order)
{
	static const int links[] = { 3, 1, 3, 2, 1, 3, 7 };
	struct test_msgs msgs = { 0 };
	struct snapshot snap = { 0 };
	struct rtnl_msgs view;
	const size_t *first;

	for (size_t i = 0; i < sizeof(links) / sizeof(links[0]); i++) {
		/* The prefix length tells the messages apart: 8 + position. */
		struct nlmsghdr *nlh = start_addr(&msgs, AF_INET, (uint8_t)(8 + i), 0,
						  RT_SCOPE_UNIVERSE, links[i]);

		mnl_attr_put(nlh, IFA_LOCAL, 4, v4_local);
		test_msg_end(&msgs, nlh);
	}
	view = test_msgs_view(&msgs);
	ck_assert_int_eq(snapshot_read_addrs(&snap, &view), 0);
	ck_assert_uint_eq(snap.addr_count, 7);
	ck_assert_uint_eq(snapshot_addrs_of(&snap, 3, &first), 3);
	ck_assert_uint_eq(snap.addrs[first[0]].prefixlen, 8);
	ck_assert_uint_eq(snap.addrs[first[1]].prefixlen, 10);
	ck_assert_uint_eq(snap.addrs[first[2]].prefixlen, 13);
	ck_assert_uint_eq(snapshot_addrs_of(&snap, 1, &first), 2);
	ck_assert_uint_eq(snap.addrs[first[0]].prefixlen, 9);
	ck_assert_uint_eq(snap.addrs[first[1]].prefixlen, 12);
	ck_assert_uint_eq(snapshot_addrs_of(&snap, 2, &first), 1);
	ck_assert_uint_eq(snap.addrs[first[0]].prefixlen, 11);
	ck_assert_uint_eq(snapshot_addrs_of(&snap, 7, &first), 1);
	ck_assert_uint_eq(snapshot_addrs_of(&snap, 4, &first), 0);
	ck_assert_uint_eq(snapshot_addrs_of(&snap, 0, &first), 0);
	ck_assert_uint_eq(snapshot_addrs_of(&snap, 9, &first), 0);
	/* The messages are the test's: only what the snapshot made is freed. */
	free(snap.addrs);
	free(snap.addrs_by_link);
}
END_TEST

START_TEST(snapshot_without_addresses_has_none_for_any_link)
{
	struct snapshot snap = { 0 };
	const size_t *first;

	ck_assert_uint_eq(snapshot_addrs_of(&snap, 1, &first), 0);
}
END_TEST

Suite *addr_suite(void)
{
	Suite *suite = suite_create("addr");
	TCase *build = tcase_create("build_add");
	TCase *del = tcase_create("build_del");
	TCase *scope = tcase_create("default_scope");
	TCase *parse = tcase_create("parse");

	tcase_add_test(build, build_add_is_newaddr_create_excl);
	tcase_add_test(build, build_add_ipv4_header);
	tcase_add_test(build, build_add_ipv4_local_and_address_are_the_address);
	tcase_add_test(build, build_add_ipv4_without_len_is_32);
	tcase_add_test(build, build_add_loopback_has_scope_host);
	tcase_add_test(build, build_add_ipv6);
	tcase_add_test(build, build_add_ipv6_without_len_is_128);
	tcase_add_test(build, build_peer_gives_address_and_the_peers_length);
	tcase_add_test(build, build_broadcast_plus_sets_the_host_bits_minus_clears_them);
	tcase_add_test(build, build_label_lifetimes_metric_scope_and_flags);
	tcase_add_test(build, read_words_refuse_what_the_kernel_would_or_would_ignore);
	suite_add_tcase(suite, build);

	tcase_add_test(del, build_del_is_deladdr_without_create);
	tcase_add_test(del, build_del_ipv4_with_len_matches_the_prefix);
	tcase_add_test(del, build_del_ipv4_with_len_32_matches_the_prefix);
	tcase_add_test(del, build_del_ipv4_without_len_matches_any_prefix);
	tcase_add_test(del, build_del_ipv6_without_len_is_128);
	tcase_add_test(del, build_del_ipv6_with_len_matches_the_prefix);
	suite_add_tcase(suite, del);

	tcase_add_test(scope, default_scope_is_host_for_all_of_127_8);
	tcase_add_test(scope, default_scope_is_universe_elsewhere);
	suite_add_tcase(suite, scope);

	tcase_add_test(parse, addr_parse_reads_an_ipv4_address);
	tcase_add_test(parse, addr_parse_ifa_flags_attribute_overrides_header);
	tcase_add_test(parse, addr_parse_without_ifa_flags_keeps_header_flags);
	tcase_add_test(parse, addr_parse_address_stands_for_missing_local);
	tcase_add_test(parse, addr_parse_local_stands_for_missing_address);
	tcase_add_test(parse, addr_parse_point_to_point_keeps_both);
	tcase_add_test(parse, addr_parse_reads_cacheinfo_lifetimes);
	tcase_add_test(parse, addr_parse_without_cacheinfo_has_none);
	tcase_add_test(parse, addr_parse_ignores_address_of_wrong_size);
	tcase_add_test(parse, addr_parse_rejects_other_message_types);
	tcase_add_test(parse, addr_parse_rejects_short_payload);
	tcase_add_test(parse, addr_parse_rejects_other_families);
	tcase_add_test(parse, snapshot_finds_each_links_addresses_in_dump_order);
	tcase_add_test(parse, snapshot_without_addresses_has_none_for_any_link);
	suite_add_tcase(suite, parse);
	return suite;
}
