#ifndef TINYIP_TESTS_H
#define TINYIP_TESTS_H

#include <stdint.h>
#include <string.h>
#include <check.h>
#include <libmnl/libmnl.h>

#include "rtnl.h"

/* One suite per lib file. */
Suite *parse_suite(void);
Suite *rtnl_suite(void);
Suite *link_suite(void);
Suite *addr_suite(void);
Suite *netns_suite(void);
Suite *route_suite(void);
Suite *print_suite(void);
Suite *json_suite(void);
Suite *commands_suite(void);
Suite *decode_suite(void);
Suite *jsonread_suite(void);
Suite *batch_suite(void);

/* Netlink messages back to back, as one recv() returns them or a dump
 * keeps them. Zero it before use: libmnl leaves padding as it finds it. */
#define TEST_MSGS_SIZE 8192

struct test_msgs {
	_Alignas(8) char buf[TEST_MSGS_SIZE];
	size_t len;
};

/* Start a message after the ones already in MSGS; finish it with
 * test_msg_end() once its payload is in. */
static inline struct nlmsghdr *test_msg_start(struct test_msgs *msgs,
					      uint16_t type, uint16_t flags,
					      uint32_t seq, uint32_t portid)
{
	struct nlmsghdr *nlh = mnl_nlmsg_put_header(msgs->buf + msgs->len);

	nlh->nlmsg_type = type;
	nlh->nlmsg_flags = flags;
	nlh->nlmsg_seq = seq;
	nlh->nlmsg_pid = portid;
	return nlh;
}

static inline void test_msg_end(struct test_msgs *msgs,
				const struct nlmsghdr *nlh)
{
	msgs->len += NLMSG_ALIGN(nlh->nlmsg_len);
	ck_assert_uint_le(msgs->len, sizeof(msgs->buf));
}

/* MSGS seen as a dump's copies, for rtnl_msgs_next() and link_find_*(). */
static inline struct rtnl_msgs test_msgs_view(struct test_msgs *msgs)
{
	struct rtnl_msgs view = {
		.buf = msgs->buf, .len = msgs->len, .cap = sizeof(msgs->buf),
	};
	return view;
}

/* The attributes of one level of a message, by type, with how often each
 * came: tests assert presence, absence and uniqueness. */
#define TEST_ATTR_TYPES 128

struct test_attrs {
	const struct nlattr *attr[TEST_ATTR_TYPES];
	int count[TEST_ATTR_TYPES];
	int total;
};

/* Walk LEN bytes of attributes at PAYLOAD into ATTRS, and check that they
 * fill those bytes exactly: a broken length or nest shows up here. */
static inline void test_attrs_of(const void *payload, size_t len,
				 struct test_attrs *attrs)
{
	const struct nlattr *attr;
	size_t walked = 0;

	memset(attrs, 0, sizeof(*attrs));
	mnl_attr_for_each_payload(payload, len) {
		uint16_t type = mnl_attr_get_type(attr);

		ck_assert_uint_lt(type, TEST_ATTR_TYPES);
		attrs->attr[type] = attr;
		attrs->count[type]++;
		attrs->total++;
		walked += MNL_ALIGN(attr->nla_len);
	}
	ck_assert_uint_eq(walked, len);
}

/* The attributes of NLH after its fixed header of HDRLEN bytes. */
static inline void test_attrs_of_msg(const struct nlmsghdr *nlh, size_t hdrlen,
				     struct test_attrs *attrs)
{
	ck_assert_uint_ge(mnl_nlmsg_get_payload_len(nlh), MNL_ALIGN(hdrlen));
	test_attrs_of(mnl_nlmsg_get_payload_offset(nlh, hdrlen),
		      mnl_nlmsg_get_payload_len(nlh) - MNL_ALIGN(hdrlen), attrs);
}

/* The attributes nested in NEST. */
static inline void test_attrs_of_nest(const struct nlattr *nest,
				      struct test_attrs *attrs)
{
	test_attrs_of(mnl_attr_get_payload(nest),
		      mnl_attr_get_payload_len(nest), attrs);
}

/* ATTRS has exactly one TYPE; return it. */
static inline const struct nlattr *test_attr_once(const struct test_attrs *attrs,
						  uint16_t type)
{
	ck_assert_int_eq(attrs->count[type], 1);
	return attrs->attr[type];
}

/* ATTRS has exactly one TYPE, a u32 of VALUE. */
static inline void test_attr_u32_is(const struct test_attrs *attrs,
				    uint16_t type, uint32_t value)
{
	const struct nlattr *attr = test_attr_once(attrs, type);

	ck_assert_int_eq(mnl_attr_validate(attr, MNL_TYPE_U32), 0);
	ck_assert_uint_eq(mnl_attr_get_u32(attr), value);
}

/* ATTRS has exactly one TYPE, the NUL-terminated string TEXT and no more. */
static inline void test_attr_str_is(const struct test_attrs *attrs,
				    uint16_t type, const char *text)
{
	const struct nlattr *attr = test_attr_once(attrs, type);

	ck_assert_uint_eq(mnl_attr_get_payload_len(attr), strlen(text) + 1);
	ck_assert_int_eq(mnl_attr_validate(attr, MNL_TYPE_NUL_STRING), 0);
	ck_assert_str_eq(mnl_attr_get_str(attr), text);
}

#endif
