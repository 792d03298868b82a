/* netns: the one request that can be built without root. */
#include <sys/socket.h>
#include <linux/net_namespace.h>
#include <linux/rtnetlink.h>

#include "netns.h"
#include "tests.h"

START_TEST(build_get_id_is_getnsid_request)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	const struct nlmsghdr *nlh = netns_build_get_id(buf, 7);

	ck_assert_ptr_eq(nlh, (void *)buf);
	ck_assert_uint_eq(nlh->nlmsg_type, RTM_GETNSID);
	/* Neither a dump nor a change: rtnl_talk adds the ack. */
	ck_assert_uint_eq(nlh->nlmsg_flags, NLM_F_REQUEST);
}
END_TEST

START_TEST(build_get_id_starts_with_rtgenmsg_unspec)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	const struct nlmsghdr *nlh = netns_build_get_id(buf, 7);
	const struct rtgenmsg *gen = mnl_nlmsg_get_payload(nlh);

	ck_assert_uint_ge(mnl_nlmsg_get_payload_len(nlh),
			  NLMSG_ALIGN(sizeof(*gen)));
	ck_assert_uint_eq(gen->rtgen_family, AF_UNSPEC);
}
END_TEST

START_TEST(build_get_id_carries_the_fd)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct test_attrs attrs;

	test_attrs_of_msg(netns_build_get_id(buf, 7), sizeof(struct rtgenmsg),
			  &attrs);
	test_attr_u32_is(&attrs, NETNSA_FD, 7);
	ck_assert_int_eq(attrs.count[NETNSA_NSID], 0);
	ck_assert_int_eq(attrs.total, 1);
}
END_TEST

START_TEST(build_get_id_carries_fd_0)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct test_attrs attrs;

	test_attrs_of_msg(netns_build_get_id(buf, 0), sizeof(struct rtgenmsg),
			  &attrs);
	test_attr_u32_is(&attrs, NETNSA_FD, 0);
}
END_TEST

START_TEST(build_get_id_message_is_header_rtgenmsg_and_one_u32)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	const struct nlmsghdr *nlh = netns_build_get_id(buf, 12);

	ck_assert_uint_eq(nlh->nlmsg_len,
			  NLMSG_HDRLEN + NLMSG_ALIGN(sizeof(struct rtgenmsg)) +
			  MNL_ATTR_HDRLEN + sizeof(uint32_t));
}
END_TEST

Suite *netns_suite(void)
{
	Suite *suite = suite_create("netns");
	TCase *get_id = tcase_create("build_get_id");

	tcase_add_test(get_id, build_get_id_is_getnsid_request);
	tcase_add_test(get_id, build_get_id_starts_with_rtgenmsg_unspec);
	tcase_add_test(get_id, build_get_id_carries_the_fd);
	tcase_add_test(get_id, build_get_id_carries_fd_0);
	tcase_add_test(get_id, build_get_id_message_is_header_rtgenmsg_and_one_u32);
	suite_add_tcase(suite, get_id);
	return suite;
}
