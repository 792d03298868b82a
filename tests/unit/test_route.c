/* route: the add and delete requests, and what a dump says of one route. */
#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <linux/rtnetlink.h>

#include "route.h"
#include "tests.h"

/* route_build */

/* A request as routeadd and routedel make it: DST and GATEWAY (NULL: none)
 * as typed, OIF 0 for no device. */
static struct route_req route_req_of(const char *dst, const char *gateway,
				     int oif)
{
	struct route_req req = { .oif = oif };

	ck_assert_ptr_null(parse_prefix(dst, &req.dst));
	if (gateway) {
		ck_assert_ptr_null(parse_prefix(gateway, &req.gateway));
		req.has_gateway = true;
	}
	return req;
}

/* The default route of FAMILY, as the word "default" gives it. */
static struct route_req default_req_of(int family, const char *gateway, int oif)
{
	const char *any = family == AF_INET ? "0.0.0.0/0" : "::/0";
	struct route_req req = route_req_of(any, gateway, oif);

	req.dst.has_len = false;	/* the word has no /LEN */
	return req;
}

/* ATTRS has exactly one TYPE of LEN bytes, BYTES. */
static void attr_bytes_are(const struct test_attrs *attrs, uint16_t type,
			   const uint8_t *bytes, size_t len)
{
	const struct nlattr *attr = test_attr_once(attrs, type);

	ck_assert_uint_eq(mnl_attr_get_payload_len(attr), len);
	ck_assert_mem_eq(mnl_attr_get_payload(attr), bytes, len);
}

START_TEST(route_build_add_is_newroute_create_excl)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct route_req req = route_req_of("10.2.0.0/16", "10.1.1.1", 0);
	const struct nlmsghdr *nlh = route_build(buf, RTM_NEWROUTE, &req);
	const struct rtmsg *rtm = mnl_nlmsg_get_payload(nlh);

	ck_assert_ptr_eq(nlh, (void *)buf);
	ck_assert_uint_eq(nlh->nlmsg_type, RTM_NEWROUTE);
	ck_assert_uint_eq(nlh->nlmsg_flags,
			  NLM_F_REQUEST | NLM_F_CREATE | NLM_F_EXCL);
	ck_assert_uint_ge(mnl_nlmsg_get_payload_len(nlh), sizeof(*rtm));
	ck_assert_uint_eq(rtm->rtm_family, AF_INET);
	ck_assert_uint_eq(rtm->rtm_dst_len, 16);
	ck_assert_uint_eq(rtm->rtm_src_len, 0);
	ck_assert_uint_eq(rtm->rtm_tos, 0);
	ck_assert_uint_eq(rtm->rtm_table, RT_TABLE_MAIN);
	ck_assert_uint_eq(rtm->rtm_protocol, RTPROT_BOOT);
	ck_assert_uint_eq(rtm->rtm_type, RTN_UNICAST);
	ck_assert_uint_eq(rtm->rtm_flags, 0);
}
END_TEST

START_TEST(route_build_add_via_gateway_has_scope_universe)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct route_req req = route_req_of("10.2.0.0/16", "10.1.1.1", 0);
	const struct rtmsg *rtm =
		mnl_nlmsg_get_payload(route_build(buf, RTM_NEWROUTE, &req));

	ck_assert_uint_eq(rtm->rtm_scope, RT_SCOPE_UNIVERSE);
}
END_TEST

START_TEST(route_build_add_without_gateway_has_scope_link)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct route_req req = route_req_of("10.2.0.0/16", NULL, 4);
	const struct rtmsg *rtm =
		mnl_nlmsg_get_payload(route_build(buf, RTM_NEWROUTE, &req));

	ck_assert_uint_eq(rtm->rtm_scope, RT_SCOPE_LINK);
}
END_TEST

START_TEST(route_build_del_is_delroute_without_create)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct route_req req = route_req_of("10.2.0.0/16", "10.1.1.1", 4);
	const struct nlmsghdr *nlh;
	const struct rtmsg *rtm;

	memset(buf, 0x5a, sizeof(buf));	/* nothing stale may stay */
	nlh = route_build(buf, RTM_DELROUTE, &req);
	rtm = mnl_nlmsg_get_payload(nlh);
	ck_assert_ptr_eq(nlh, (void *)buf);
	ck_assert_uint_eq(nlh->nlmsg_type, RTM_DELROUTE);
	ck_assert_uint_eq(nlh->nlmsg_flags, NLM_F_REQUEST);
	ck_assert_uint_eq(rtm->rtm_family, AF_INET);
	ck_assert_uint_eq(rtm->rtm_dst_len, 16);
	ck_assert_uint_eq(rtm->rtm_table, RT_TABLE_MAIN);
	ck_assert_uint_eq(rtm->rtm_flags, 0);
}
END_TEST

START_TEST(route_build_del_matches_any_scope_protocol_and_type)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct route_req req = route_req_of("10.2.0.0/16", "10.1.1.1", 4);
	const struct rtmsg *rtm;

	memset(buf, 0x5a, sizeof(buf));
	rtm = mnl_nlmsg_get_payload(route_build(buf, RTM_DELROUTE, &req));
	/* NOWHERE and 0 are the kernel's wildcards for a delete. */
	ck_assert_uint_eq(rtm->rtm_scope, RT_SCOPE_NOWHERE);
	ck_assert_uint_eq(rtm->rtm_protocol, 0);
	ck_assert_uint_eq(rtm->rtm_type, 0);
}
END_TEST

START_TEST(route_build_puts_ipv4_dst_bytes)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct route_req req = route_req_of("10.2.0.0/16", NULL, 4);
	const uint8_t dst[4] = { 10, 2, 0, 0 };
	struct test_attrs attrs;

	test_attrs_of_msg(route_build(buf, RTM_NEWROUTE, &req),
			  sizeof(struct rtmsg), &attrs);
	attr_bytes_are(&attrs, RTA_DST, dst, sizeof(dst));
}
END_TEST

START_TEST(route_build_default_has_no_dst)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct route_req req = default_req_of(AF_INET, "10.1.1.1", 0);
	const uint8_t gateway[4] = { 10, 1, 1, 1 };
	const struct nlmsghdr *nlh = route_build(buf, RTM_NEWROUTE, &req);
	const struct rtmsg *rtm = mnl_nlmsg_get_payload(nlh);
	struct test_attrs attrs;

	ck_assert_uint_eq(rtm->rtm_family, AF_INET);
	ck_assert_uint_eq(rtm->rtm_dst_len, 0);
	test_attrs_of_msg(nlh, sizeof(*rtm), &attrs);
	ck_assert_int_eq(attrs.count[RTA_DST], 0);
	attr_bytes_are(&attrs, RTA_GATEWAY, gateway, sizeof(gateway));
	ck_assert_int_eq(attrs.total, 1);
}
END_TEST

START_TEST(route_build_del_default_has_no_dst)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct route_req req = default_req_of(AF_INET, NULL, 4);
	const struct nlmsghdr *nlh = route_build(buf, RTM_DELROUTE, &req);
	const struct rtmsg *rtm = mnl_nlmsg_get_payload(nlh);
	struct test_attrs attrs;

	ck_assert_uint_eq(rtm->rtm_dst_len, 0);
	test_attrs_of_msg(nlh, sizeof(*rtm), &attrs);
	ck_assert_int_eq(attrs.count[RTA_DST], 0);
	test_attr_u32_is(&attrs, RTA_OIF, 4);
	ck_assert_int_eq(attrs.total, 1);
}
END_TEST

START_TEST(route_build_host_route_puts_dst_len_32)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct route_req req = route_req_of("10.2.3.4", NULL, 4);
	const uint8_t dst[4] = { 10, 2, 3, 4 };
	const struct nlmsghdr *nlh = route_build(buf, RTM_NEWROUTE, &req);
	const struct rtmsg *rtm = mnl_nlmsg_get_payload(nlh);
	struct test_attrs attrs;

	ck_assert_uint_eq(rtm->rtm_dst_len, 32);
	test_attrs_of_msg(nlh, sizeof(*rtm), &attrs);
	attr_bytes_are(&attrs, RTA_DST, dst, sizeof(dst));
}
END_TEST

START_TEST(route_build_without_gateway_has_no_gateway)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct route_req req = route_req_of("10.2.0.0/16", NULL, 4);
	struct test_attrs attrs;

	test_attrs_of_msg(route_build(buf, RTM_NEWROUTE, &req),
			  sizeof(struct rtmsg), &attrs);
	ck_assert_int_eq(attrs.count[RTA_GATEWAY], 0);
	test_attr_once(&attrs, RTA_DST);
	test_attr_u32_is(&attrs, RTA_OIF, 4);
	ck_assert_int_eq(attrs.total, 2);
}
END_TEST

START_TEST(route_build_without_oif_has_no_oif)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct route_req req = route_req_of("10.2.0.0/16", "10.1.1.1", 0);
	const uint8_t gateway[4] = { 10, 1, 1, 1 };
	struct test_attrs attrs;

	test_attrs_of_msg(route_build(buf, RTM_NEWROUTE, &req),
			  sizeof(struct rtmsg), &attrs);
	ck_assert_int_eq(attrs.count[RTA_OIF], 0);
	attr_bytes_are(&attrs, RTA_GATEWAY, gateway, sizeof(gateway));
	ck_assert_int_eq(attrs.total, 2);
}
END_TEST

START_TEST(route_build_puts_dst_gateway_and_oif_once_each)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct route_req req = route_req_of("10.2.0.0/16", "10.1.1.1", 4);
	const uint8_t dst[4] = { 10, 2, 0, 0 }, gateway[4] = { 10, 1, 1, 1 };
	struct test_attrs attrs;

	test_attrs_of_msg(route_build(buf, RTM_DELROUTE, &req),
			  sizeof(struct rtmsg), &attrs);
	attr_bytes_are(&attrs, RTA_DST, dst, sizeof(dst));
	attr_bytes_are(&attrs, RTA_GATEWAY, gateway, sizeof(gateway));
	test_attr_u32_is(&attrs, RTA_OIF, 4);
	ck_assert_int_eq(attrs.total, 3);
}
END_TEST

START_TEST(route_build_ipv6_puts_16_byte_addresses)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct route_req req = route_req_of("2001:db8:1::/48", "fe80::1", 3);
	const uint8_t dst[16] = { 0x20, 0x01, 0x0d, 0xb8, 0x00, 0x01 };
	const uint8_t gateway[16] = { 0xfe, 0x80, [15] = 1 };
	const struct nlmsghdr *nlh = route_build(buf, RTM_NEWROUTE, &req);
	const struct rtmsg *rtm = mnl_nlmsg_get_payload(nlh);
	struct test_attrs attrs;

	ck_assert_uint_eq(rtm->rtm_family, AF_INET6);
	ck_assert_uint_eq(rtm->rtm_dst_len, 48);
	ck_assert_uint_eq(rtm->rtm_table, RT_TABLE_MAIN);
	ck_assert_uint_eq(rtm->rtm_protocol, RTPROT_BOOT);
	ck_assert_uint_eq(rtm->rtm_type, RTN_UNICAST);
	ck_assert_uint_eq(rtm->rtm_scope, RT_SCOPE_UNIVERSE);
	test_attrs_of_msg(nlh, sizeof(*rtm), &attrs);
	attr_bytes_are(&attrs, RTA_DST, dst, sizeof(dst));
	attr_bytes_are(&attrs, RTA_GATEWAY, gateway, sizeof(gateway));
	test_attr_u32_is(&attrs, RTA_OIF, 3);
	ck_assert_int_eq(attrs.total, 3);
}
END_TEST

START_TEST(route_build_ipv6_default_has_no_dst)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct route_req req = default_req_of(AF_INET6, "fd00::1", 0);
	const uint8_t gateway[16] = { 0xfd, 0x00, [15] = 1 };
	const struct nlmsghdr *nlh = route_build(buf, RTM_NEWROUTE, &req);
	const struct rtmsg *rtm = mnl_nlmsg_get_payload(nlh);
	struct test_attrs attrs;

	ck_assert_uint_eq(rtm->rtm_family, AF_INET6);
	ck_assert_uint_eq(rtm->rtm_dst_len, 0);
	test_attrs_of_msg(nlh, sizeof(*rtm), &attrs);
	ck_assert_int_eq(attrs.count[RTA_DST], 0);
	attr_bytes_are(&attrs, RTA_GATEWAY, gateway, sizeof(gateway));
	ck_assert_int_eq(attrs.total, 1);
}
END_TEST

START_TEST(route_build_puts_table_past_255_in_rta_table)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct route_req req = route_req_of("10.2.0.0/16", "10.1.1.1", 0);
	const struct nlmsghdr *nlh;
	struct test_attrs attrs;

	req.has_table = true;
	req.table = 1000;
	nlh = route_build(buf, RTM_NEWROUTE, &req);
	ck_assert_uint_eq(((const struct rtmsg *)mnl_nlmsg_get_payload(nlh))->rtm_table,
			  RT_TABLE_UNSPEC);
	test_attrs_of_msg(nlh, sizeof(struct rtmsg), &attrs);
	ck_assert_uint_eq(mnl_attr_get_u32(test_attr_once(&attrs, RTA_TABLE)), 1000);
	req.table = 100;
	nlh = route_build(buf, RTM_NEWROUTE, &req);
	ck_assert_uint_eq(((const struct rtmsg *)mnl_nlmsg_get_payload(nlh))->rtm_table, 100);
	test_attrs_of_msg(nlh, sizeof(struct rtmsg), &attrs);
	ck_assert_ptr_null(attrs.attr[RTA_TABLE]);
}
END_TEST

START_TEST(route_build_puts_metric_src_protocol_scope_and_onlink)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct route_req req = route_req_of("10.2.0.0/16", "10.1.1.1", 3);
	const struct rtmsg *rtm;
	const struct nlmsghdr *nlh;
	struct test_attrs attrs;

	req.has_metric = true;
	req.metric = 77;
	req.has_src = true;
	ck_assert_ptr_null(parse_prefix("10.1.1.9", &req.src));
	req.has_protocol = true;
	req.protocol = RTPROT_STATIC;
	req.has_scope = true;
	req.scope = RT_SCOPE_HOST;
	req.onlink = true;
	nlh = route_build(buf, RTM_NEWROUTE, &req);
	rtm = mnl_nlmsg_get_payload(nlh);
	ck_assert_uint_eq(rtm->rtm_protocol, RTPROT_STATIC);
	ck_assert_uint_eq(rtm->rtm_scope, RT_SCOPE_HOST);
	ck_assert_uint_eq(rtm->rtm_flags, RTNH_F_ONLINK);
	test_attrs_of_msg(nlh, sizeof(*rtm), &attrs);
	ck_assert_uint_eq(mnl_attr_get_u32(test_attr_once(&attrs, RTA_PRIORITY)), 77);
	attr_bytes_are(&attrs, RTA_PREFSRC, (const uint8_t[]){ 10, 1, 1, 9 }, 4);
}
END_TEST

START_TEST(route_build_types_take_ips_table_and_scope)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct route_req req = route_req_of("10.2.0.1", NULL, 3);
	const struct rtmsg *rtm;

	req.has_type = true;
	req.type = RTN_LOCAL;
	rtm = mnl_nlmsg_get_payload(route_build(buf, RTM_NEWROUTE, &req));
	ck_assert_uint_eq(rtm->rtm_type, RTN_LOCAL);
	ck_assert_uint_eq(rtm->rtm_table, RT_TABLE_LOCAL);
	ck_assert_uint_eq(rtm->rtm_scope, RT_SCOPE_HOST);
	req.type = RTN_BLACKHOLE;
	req.oif = 0;
	rtm = mnl_nlmsg_get_payload(route_build(buf, RTM_NEWROUTE, &req));
	ck_assert_uint_eq(rtm->rtm_table, RT_TABLE_MAIN);
	ck_assert_uint_eq(rtm->rtm_scope, RT_SCOPE_UNIVERSE);
	rtm = mnl_nlmsg_get_payload(route_build(buf, RTM_DELROUTE, &req));
	ck_assert_uint_eq(rtm->rtm_type, RTN_BLACKHOLE);
	ck_assert_uint_eq(rtm->rtm_scope, RT_SCOPE_NOWHERE);
	req.type = RTN_BROADCAST;
	rtm = mnl_nlmsg_get_payload(route_build(buf, RTM_NEWROUTE, &req));
	ck_assert_uint_eq(rtm->rtm_scope, RT_SCOPE_LINK);
}
END_TEST

START_TEST(route_build_ipv6_del_has_scope_global_as_ip)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct route_req req = route_req_of("fd00:1::/64", NULL, 3);
	const uint8_t dst[16] = { 0xfd, 0x00, 0x00, 0x01 };
	const struct nlmsghdr *nlh = route_build(buf, RTM_DELROUTE, &req);
	const struct rtmsg *rtm = mnl_nlmsg_get_payload(nlh);
	struct test_attrs attrs;

	ck_assert_uint_eq(nlh->nlmsg_flags, NLM_F_REQUEST);
	ck_assert_uint_eq(rtm->rtm_family, AF_INET6);
	ck_assert_uint_eq(rtm->rtm_dst_len, 64);
	/* IPv6 has no scopes; ip sends global, and the kernel looks not. */
	ck_assert_uint_eq(rtm->rtm_scope, RT_SCOPE_UNIVERSE);
	ck_assert_uint_eq(rtm->rtm_protocol, 0);
	ck_assert_uint_eq(rtm->rtm_type, 0);
	test_attrs_of_msg(nlh, sizeof(*rtm), &attrs);
	attr_bytes_are(&attrs, RTA_DST, dst, sizeof(dst));
	test_attr_u32_is(&attrs, RTA_OIF, 3);
	ck_assert_int_eq(attrs.total, 2);
}
END_TEST

/* route_parse */

static struct nlmsghdr *start_route(struct test_msgs *msgs, uint8_t family,
				    uint8_t dst_len)
{
	struct nlmsghdr *nlh = test_msg_start(msgs, RTM_NEWROUTE, NLM_F_MULTI, 1, 2);
	struct rtmsg *rtm = mnl_nlmsg_put_extra_header(nlh, sizeof(*rtm));

	rtm->rtm_family = family;
	rtm->rtm_dst_len = dst_len;
	rtm->rtm_table = RT_TABLE_MAIN;
	rtm->rtm_protocol = RTPROT_KERNEL;
	rtm->rtm_scope = RT_SCOPE_LINK;
	rtm->rtm_type = RTN_UNICAST;
	return nlh;
}

START_TEST(route_parse_reads_a_connected_route)
{
	struct test_msgs msgs = { 0 };
	struct nlmsghdr *nlh = start_route(&msgs, AF_INET, 24);
	const uint8_t dst[4] = { 10, 1, 1, 0 }, src[4] = { 10, 1, 1, 2 };
	struct route_info info;

	mnl_attr_put_u32(nlh, RTA_TABLE, RT_TABLE_MAIN);
	mnl_attr_put(nlh, RTA_DST, 4, dst);
	mnl_attr_put(nlh, RTA_PREFSRC, 4, src);
	mnl_attr_put_u32(nlh, RTA_OIF, 5);
	test_msg_end(&msgs, nlh);

	ck_assert_int_eq(route_parse(nlh, &info), 0);
	ck_assert_int_eq(info.family, AF_INET);
	ck_assert_uint_eq(info.dst_len, 24);
	ck_assert_uint_eq(info.type, RTN_UNICAST);
	ck_assert_uint_eq(info.protocol, RTPROT_KERNEL);
	ck_assert_uint_eq(info.scope, RT_SCOPE_LINK);
	ck_assert_uint_eq(info.table, RT_TABLE_MAIN);
	ck_assert_int_eq(info.has_dst, 1);
	ck_assert_mem_eq(info.dst, dst, 4);
	ck_assert_int_eq(info.has_prefsrc, 1);
	ck_assert_mem_eq(info.prefsrc, src, 4);
	ck_assert_int_eq(info.has_gateway, 0);
	ck_assert_uint_eq(info.oif, 5);
	ck_assert_int_eq(info.has_priority, 0);
	ck_assert_int_eq(info.has_pref, 0);
}
END_TEST

START_TEST(route_parse_reads_gateway_metric_and_pref)
{
	struct test_msgs msgs = { 0 };
	struct nlmsghdr *nlh = start_route(&msgs, AF_INET6, 0);
	const uint8_t gateway[16] = { 0xfe, 0x80, [15] = 1 };
	struct route_info info;

	mnl_attr_put(nlh, RTA_GATEWAY, 16, gateway);
	mnl_attr_put_u32(nlh, RTA_PRIORITY, 1024);
	mnl_attr_put_u8(nlh, RTA_PREF, 1);
	test_msg_end(&msgs, nlh);

	ck_assert_int_eq(route_parse(nlh, &info), 0);
	ck_assert_int_eq(info.has_dst, 0);
	ck_assert_int_eq(info.has_gateway, 1);
	ck_assert_mem_eq(info.gateway, gateway, 16);
	ck_assert_int_eq(info.has_priority, 1);
	ck_assert_uint_eq(info.priority, 1024);
	ck_assert_int_eq(info.has_pref, 1);
	ck_assert_uint_eq(info.pref, 1);
}
END_TEST

START_TEST(route_parse_table_attribute_overrides_header)
{
	struct test_msgs msgs = { 0 };
	struct nlmsghdr *nlh = start_route(&msgs, AF_INET, 0);
	struct route_info info;

	/* Tables above 255 exist only in the attribute. */
	mnl_attr_put_u32(nlh, RTA_TABLE, 1000);
	test_msg_end(&msgs, nlh);
	ck_assert_int_eq(route_parse(nlh, &info), 0);
	ck_assert_uint_eq(info.table, 1000);
}
END_TEST

START_TEST(route_parse_ignores_address_of_wrong_size)
{
	struct test_msgs msgs = { 0 };
	struct nlmsghdr *nlh = start_route(&msgs, AF_INET, 24);
	const uint8_t six[16] = { 0x20, 0x01 };
	struct route_info info;

	mnl_attr_put(nlh, RTA_DST, 16, six);
	mnl_attr_put(nlh, RTA_GATEWAY, 3, six);
	test_msg_end(&msgs, nlh);
	ck_assert_int_eq(route_parse(nlh, &info), 0);
	ck_assert_int_eq(info.has_dst, 0);
	ck_assert_int_eq(info.has_gateway, 0);
}
END_TEST

START_TEST(route_parse_rejects_other_message_types)
{
	struct test_msgs msgs = { 0 };
	struct nlmsghdr *nlh = start_route(&msgs, AF_INET, 24);
	struct route_info info;

	test_msg_end(&msgs, nlh);
	nlh->nlmsg_type = RTM_NEWADDR;
	ck_assert_int_eq(route_parse(nlh, &info), -EBADMSG);
}
END_TEST

START_TEST(route_parse_rejects_other_families)
{
	struct test_msgs msgs = { 0 };
	struct nlmsghdr *nlh = start_route(&msgs, AF_UNSPEC, 0);
	struct route_info info;

	test_msg_end(&msgs, nlh);
	ck_assert_int_eq(route_parse(nlh, &info), -EAFNOSUPPORT);
}
END_TEST

Suite *route_suite(void)
{
	Suite *suite = suite_create("route");
	TCase *build = tcase_create("build");
	TCase *parse = tcase_create("parse");

	tcase_add_test(build, route_build_add_is_newroute_create_excl);
	tcase_add_test(build, route_build_add_via_gateway_has_scope_universe);
	tcase_add_test(build, route_build_add_without_gateway_has_scope_link);
	tcase_add_test(build, route_build_del_is_delroute_without_create);
	tcase_add_test(build, route_build_del_matches_any_scope_protocol_and_type);
	tcase_add_test(build, route_build_puts_ipv4_dst_bytes);
	tcase_add_test(build, route_build_default_has_no_dst);
	tcase_add_test(build, route_build_del_default_has_no_dst);
	tcase_add_test(build, route_build_host_route_puts_dst_len_32);
	tcase_add_test(build, route_build_without_gateway_has_no_gateway);
	tcase_add_test(build, route_build_without_oif_has_no_oif);
	tcase_add_test(build, route_build_puts_dst_gateway_and_oif_once_each);
	tcase_add_test(build, route_build_ipv6_puts_16_byte_addresses);
	tcase_add_test(build, route_build_ipv6_default_has_no_dst);
	tcase_add_test(build, route_build_ipv6_del_has_scope_global_as_ip);
	tcase_add_test(build, route_build_puts_table_past_255_in_rta_table);
	tcase_add_test(build, route_build_puts_metric_src_protocol_scope_and_onlink);
	tcase_add_test(build, route_build_types_take_ips_table_and_scope);
	suite_add_tcase(suite, build);

	tcase_add_test(parse, route_parse_reads_a_connected_route);
	tcase_add_test(parse, route_parse_reads_gateway_metric_and_pref);
	tcase_add_test(parse, route_parse_table_attribute_overrides_header);
	tcase_add_test(parse, route_parse_ignores_address_of_wrong_size);
	tcase_add_test(parse, route_parse_rejects_other_message_types);
	tcase_add_test(parse, route_parse_rejects_other_families);
	suite_add_tcase(suite, parse);
	return suite;
}
