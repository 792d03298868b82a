/* decode: requests and answers in words, from the bytes tinyip builds and
 * the kernel sends; nothing read past what is there. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>
#include <sys/socket.h>
#include <linux/if_link.h>
#include <linux/rtnetlink.h>

#include "addr.h"
#include "decode.h"
#include "link.h"
#include "tests.h"

/* Fake look-ups, so that what is named can be seen. */
static void fd_words(int fd, char *buf, size_t size)
{
	snprintf(buf, size, "fd%d-namespace", fd);
}

static void index_words(int index, char *buf, size_t size)
{
	snprintf(buf, size, "dev%d", index);
}

static const struct decode_names fake_names = { fd_words, index_words };

struct words {
	char *text;
	size_t size;
	struct decode d;
};

static void words_start(struct words *w, int level)
{
	w->text = NULL;
	w->d.out = open_memstream(&w->text, &w->size);
	ck_assert_ptr_nonnull(w->d.out);
	w->d.level = level;
	w->d.names = &fake_names;
}

static char *words_end(struct words *w)
{
	ck_assert_int_eq(fclose(w->d.out), 0);
	return w->text;
}

#define HAS(text, part) ck_assert_msg(strstr((text), (part)), "no '%s' in:\n%s", (part), (text))
#define LACKS(text, part) ck_assert_msg(!strstr((text), (part)), "'%s' in:\n%s", (part), (text))

START_TEST(decode_veth_request_nests_the_peer_as_a_link)
{
	char buf[RTNL_REQUEST_SIZE];
	struct veth_req req = {
		.name = "veth_ns1", .netns_fd = -1, .peer_name = "veth_ns2", .peer_netns_fd = 5,
	};
	struct nlmsghdr *nlh = link_build_veth(buf, &req);
	struct words w;
	char *text;

	nlh->nlmsg_flags |= NLM_F_ACK;
	words_start(&w, 1);
	decode_request(&w.d, nlh, nlh->nlmsg_len);
	text = words_end(&w);
	HAS(text, "RTM_NEWLINK (16) \"create or change a link\"");
	HAS(text, "REQUEST|ACK|EXCL|CREATE (0x605)");
	HAS(text, "fail if it already exists");
	HAS(text, "   IFLA_IFNAME (3)                \"veth_ns1\"");
	HAS(text, "     IFLA_INFO_KIND (1)           \"veth\"");
	HAS(text, "       VETH_INFO_PEER (1)         nested");
	HAS(text, "         ifinfomsg  family AF_UNSPEC, index 0 (new: the kernel picks one)");
	HAS(text, "         IFLA_IFNAME (3)          \"veth_ns2\"");
	HAS(text, "IFLA_NET_NS_FD (28)      5 = fd5-namespace");
	LACKS(text, "not in tinyip's table");
	free(text);
}
END_TEST

START_TEST(decode_vxlan_request_reads_its_settings_and_port)
{
	char buf[RTNL_REQUEST_SIZE];
	struct vxlan_req req = {
		.name = "vx0", .vni = 42, .remote_family = AF_INET6, .local_family = AF_INET6,
		.port = 4789, .has_ttl = true, .ttl = 5, .learning = 0, .dev_index = 1,
	};
	struct nlmsghdr *nlh;
	struct words w;
	char *text;

	inet_pton(AF_INET6, "fd00::2", req.remote);
	inet_pton(AF_INET6, "fd00::1", req.local);
	nlh = link_build_vxlan(buf, &req);
	words_start(&w, 1);
	decode_request(&w.d, nlh, nlh->nlmsg_len);
	text = words_end(&w);
	HAS(text, "     IFLA_INFO_KIND (1)           \"vxlan\"");
	HAS(text, "IFLA_VXLAN_ID (1)          42   the VNI");
	HAS(text, "IFLA_VXLAN_GROUP6 (16)     fd00::2");
	HAS(text, "IFLA_VXLAN_LOCAL6 (17)     fd00::1");
	HAS(text, "IFLA_VXLAN_TTL (5)         5");
	HAS(text, "IFLA_VXLAN_LEARNING (7)    0");
	/* In network byte order on the wire, read as the port it is. */
	HAS(text, "IFLA_VXLAN_PORT (15)       4789   the UDP port it sends to");
	LACKS(text, "not in tinyip's table");
	free(text);
}
END_TEST

START_TEST(decode_change_request_names_flags_and_alias)
{
	char buf[RTNL_REQUEST_SIZE];
	struct link_change change = {
		.dev = "v1", .netns_fd = -1, .updown = LINK_UP, .alias = "",
		.flag_mask = IFF_PROMISC | IFF_NOARP, .flag_values = IFF_PROMISC,
	};
	struct nlmsghdr *nlh = link_build_change(buf, &change);
	struct words w;
	char *text;

	words_start(&w, 1);
	decode_request(&w.d, nlh, nlh->nlmsg_len);
	text = words_end(&w);
	HAS(text, "flags 0x101 (PROMISC,UP), change 0x181 (NOARP,PROMISC; up or down, as flags say)");
	HAS(text, "IFLA_IFALIAS (20)              \"\" (0 bytes, no NUL)");
	free(text);
	change.updown = LINK_UPDOWN_KEEP;
	change.flag_mask = change.flag_values = 0;
	change.alias = "up link";
	nlh = link_build_change(buf, &change);
	words_start(&w, 1);
	decode_request(&w.d, nlh, nlh->nlmsg_len);
	text = words_end(&w);
	HAS(text, "flags 0x0, change 0x0 (up or down left as it is)");
	HAS(text, "\"up link\" (7 bytes, no NUL)");
	free(text);
}
END_TEST

START_TEST(decode_address_request_names_the_device)
{
	char buf[RTNL_REQUEST_SIZE];
	struct prefix addr;
	struct nlmsghdr *nlh;
	struct words w;
	char *text;

	ck_assert_ptr_null(parse_prefix("10.1.1.1/24", &addr));
	nlh = addr_build_add(buf, &addr, 3);
	words_start(&w, 1);
	decode_request(&w.d, nlh, nlh->nlmsg_len);
	text = words_end(&w);
	HAS(text, "RTM_NEWADDR (20) \"add an address\"");
	HAS(text, "ifaddrmsg  family AF_INET, prefixlen 24, flags 0x0, scope global, index 3 = dev3");
	HAS(text, "IFA_LOCAL (2)                  10.1.1.1   the address of this interface");
	free(text);
}
END_TEST

/* An error answer to REQ: errno ERROR, the kernel's MSG, an offset. */
static struct nlmsghdr *error_answer(struct test_msgs *msgs, int error, const char *msg,
				     int offset)
{
	struct nlmsghdr *nlh = test_msg_start(msgs, NLMSG_ERROR, NLM_F_CAPPED | NLM_F_ACK_TLVS, 1, 2);
	struct nlmsgerr *err = mnl_nlmsg_put_extra_header(nlh, sizeof(*err));

	err->error = error;
	err->msg.nlmsg_len = 40;
	err->msg.nlmsg_type = RTM_NEWLINK;
	mnl_attr_put_strz(nlh, NLMSGERR_ATTR_MSG, msg);
	if (offset >= 0)
		mnl_attr_put_u32(nlh, NLMSGERR_ATTR_OFFS, (uint32_t)offset);
	test_msg_end(msgs, nlh);
	return nlh;
}

START_TEST(decode_refusal_gives_errno_sentence_and_blamed_attribute)
{
	char buf[RTNL_REQUEST_SIZE];
	struct link_change change = { .dev = "veth_ns1", .netns_fd = -1, .has_mtu = true, .mtu = 9 };
	struct nlmsghdr *req = link_build_change(buf, &change);
	/* The offset of IFLA_MTU, after IFLA_IFNAME. */
	int mtu_offset = NLMSG_HDRLEN + NLMSG_ALIGN(sizeof(struct ifinfomsg)) +
			 NLA_ALIGN(NLA_HDRLEN + sizeof("veth_ns1"));
	struct test_msgs msgs = { 0 };
	struct nlmsghdr *nlh = error_answer(&msgs, -22, "mtu less than device minimum", mtu_offset);
	struct words w;
	char *text;

	words_start(&w, 1);
	decode_answer(&w.d, nlh, nlh->nlmsg_len, req, req->nlmsg_len, false);
	text = words_end(&w);
	HAS(text, "NLMSG_ERROR (2), error -22 = EINVAL \"Invalid argument\": refused");
	HAS(text, "NLMSGERR_ATTR_MSG (1)          \"mtu less than device minimum\"   the kernel's own sentence");
	HAS(text, ": our IFLA_MTU (4)");
	free(text);
}
END_TEST

START_TEST(decode_ack_says_done)
{
	struct test_msgs msgs = { 0 };
	struct nlmsghdr *nlh = test_msg_start(&msgs, NLMSG_ERROR, NLM_F_CAPPED, 1, 2);
	struct words w;
	char *text;

	mnl_nlmsg_put_extra_header(nlh, sizeof(struct nlmsgerr));
	test_msg_end(&msgs, nlh);
	words_start(&w, 1);
	decode_answer(&w.d, nlh, nlh->nlmsg_len, NULL, 0, false);
	text = words_end(&w);
	ck_assert_str_eq(text, "NLMSG_ERROR (2), error 0 = ACK, done\n");
	free(text);
}
END_TEST

/* A link as a dump sends it, with one attribute no table has. */
static struct nlmsghdr *dumped_link(struct test_msgs *msgs)
{
	struct nlmsghdr *nlh = test_msg_start(msgs, RTM_NEWLINK, NLM_F_MULTI, 1, 2);
	struct ifinfomsg *ifi = mnl_nlmsg_put_extra_header(nlh, sizeof(*ifi));

	ifi->ifi_index = 3;
	ifi->ifi_type = 1;
	mnl_attr_put_strz(nlh, IFLA_IFNAME, "veth_ns1");
	mnl_attr_put_u32(nlh, IFLA_MTU, 1500);
	mnl_attr_put_u32(nlh, IFLA_LINK_NETNSID, 0);
	mnl_attr_put_u32(nlh, IFLA_LINK, 2);
	mnl_attr_put_u8(nlh, 999, 1);
	test_msg_end(msgs, nlh);
	return nlh;
}

START_TEST(decode_dump_object_in_a_few_words)
{
	struct test_msgs msgs = { 0 };
	struct nlmsghdr *nlh = dumped_link(&msgs);
	struct words w;
	char *text;

	words_start(&w, 1);
	decode_answer(&w.d, nlh, nlh->nlmsg_len, NULL, 0, true);
	text = words_end(&w);
	ck_assert_str_eq(text, "RTM_NEWLINK (16): 3 veth_ns1\n");
	free(text);
}
END_TEST

START_TEST(decode_dump_object_whole_with_vv)
{
	struct test_msgs msgs = { 0 };
	struct nlmsghdr *nlh = dumped_link(&msgs);
	struct words w;
	char *text;

	words_start(&w, 2);
	decode_answer(&w.d, nlh, nlh->nlmsg_len, NULL, 0, false);
	text = words_end(&w);
	HAS(text, "RTM_NEWLINK (16) \"a link\"");
	HAS(text, "flags      MULTI (0x2): one part of several");
	HAS(text, "   @16   16     ifinfomsg  family AF_UNSPEC, index 3, type 1 (ether)");
	HAS(text, "IFLA_MTU (4)                   1500   largest packet it sends, in bytes");
	/* The peer's index is in another namespace: not named here. */
	HAS(text, "IFLA_LINK (5)                  2 = in the namespace of that nsid");
	HAS(text, "type (999)                     1 byte   not in tinyip's table");
	free(text);
}
END_TEST

START_TEST(decode_cut_attribute_is_said_not_read)
{
	struct test_msgs msgs = { 0 };
	struct nlmsghdr *nlh = dumped_link(&msgs);
	struct nlattr *first = (struct nlattr *)((char *)nlh + NLMSG_HDRLEN +
						 NLMSG_ALIGN(sizeof(struct ifinfomsg)));
	struct words w;
	char *text;

	first->nla_len = 4000;
	words_start(&w, 1);
	decode_answer(&w.d, nlh, nlh->nlmsg_len, NULL, 0, false);
	text = words_end(&w);
	HAS(text, "an attribute whose length 4000 does not fit");
	LACKS(text, "IFLA_MTU");
	free(text);
}
END_TEST

START_TEST(decode_unknown_type_says_so)
{
	struct test_msgs msgs = { 0 };
	struct nlmsghdr *nlh = test_msg_start(&msgs, 200, NLM_F_REQUEST, 1, 0);
	struct words w;
	char *text;

	test_msg_end(&msgs, nlh);
	words_start(&w, 1);
	decode_request(&w.d, nlh, nlh->nlmsg_len);
	text = words_end(&w);
	HAS(text, "type 200 (not in tinyip's table), 16 bytes");
	free(text);
}
END_TEST

START_TEST(decode_names_types_and_errnos)
{
	ck_assert_str_eq(decode_type_name(RTM_GETNSID), "RTM_GETNSID");
	ck_assert_str_eq(decode_type_meaning(RTM_DELLINK), "delete a link");
	ck_assert_ptr_null(decode_type_name(200));
	ck_assert_str_eq(decode_errno_name(17), "EEXIST");
}
END_TEST

Suite *decode_suite(void)
{
	Suite *suite = suite_create("decode");
	TCase *requests = tcase_create("requests");
	TCase *answers = tcase_create("answers");

	tcase_add_test(requests, decode_veth_request_nests_the_peer_as_a_link);
	tcase_add_test(requests, decode_address_request_names_the_device);
	tcase_add_test(requests, decode_change_request_names_flags_and_alias);
	tcase_add_test(requests, decode_vxlan_request_reads_its_settings_and_port);
	tcase_add_test(requests, decode_unknown_type_says_so);
	tcase_add_test(requests, decode_names_types_and_errnos);
	suite_add_tcase(suite, requests);
	tcase_add_test(answers, decode_refusal_gives_errno_sentence_and_blamed_attribute);
	tcase_add_test(answers, decode_ack_says_done);
	tcase_add_test(answers, decode_dump_object_in_a_few_words);
	tcase_add_test(answers, decode_dump_object_whole_with_vv);
	tcase_add_test(answers, decode_cut_attribute_is_said_not_read);
	suite_add_tcase(suite, answers);
	return suite;
}
