/* rtnl: replies as the kernel sends them, crafted byte by byte. */
#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <linux/rtnetlink.h>

#include "rtnl.h"
#include "tests.h"

/* The request the replies answer, and our socket's port. */
#define SEQ 1000
#define PORT 4242

/* What the reply callback saw: the mark of each data message, in order. */
struct seen {
	int calls;
	int marks[8];
	int fail_at;		/* the call that returns -ENOMEM; 0: none */
};

static int record(const struct nlmsghdr *nlh, void *data)
{
	struct seen *seen = data;
	const struct ifinfomsg *ifi = mnl_nlmsg_get_payload(nlh);

	if (seen->calls < 8)
		seen->marks[seen->calls] = ifi->ifi_index;
	seen->calls++;
	return seen->calls == seen->fail_at ? -ENOMEM : 0;
}

/* A dump answer, told apart from the others by MARK. */
static void put_data(struct test_msgs *msgs, uint16_t flags, uint32_t seq,
		     uint32_t portid, int mark)
{
	struct nlmsghdr *nlh = test_msg_start(msgs, RTM_NEWLINK,
					      NLM_F_MULTI | flags, seq, portid);
	struct ifinfomsg *ifi = mnl_nlmsg_put_extra_header(nlh, sizeof(*ifi));

	ifi->ifi_index = mark;
	mnl_attr_put_strz(nlh, IFLA_IFNAME, "eth0");
	test_msg_end(msgs, nlh);
}

/* The request an error echoes: a header, an ifinfomsg and attributes. */
static struct nlmsghdr *build_request(void *buf)
{
	struct nlmsghdr *nlh = rtnl_put_request(buf, RTM_NEWLINK,
						NLM_F_CREATE | NLM_F_EXCL);
	struct ifinfomsg *ifi = mnl_nlmsg_put_extra_header(nlh, sizeof(*ifi));

	ifi->ifi_family = AF_UNSPEC;
	mnl_attr_put_strz(nlh, IFLA_IFNAME, "veth0");
	mnl_attr_put_u32(nlh, IFLA_MTU, 9000);
	nlh->nlmsg_seq = SEQ;
	return nlh;
}

/* An NLMSG_ERROR for ERROR (0: an ack). With CAPPED only the request's
 * header is echoed, else all of it; TEXT, if any, goes in an extended-ack
 * attribute after an NLMSGERR_ATTR_OFFS. */
static void put_error_full(struct test_msgs *msgs, uint32_t seq,
			   uint32_t portid, int error, bool capped,
			   const char *text)
{
	char request_buf[RTNL_REQUEST_SIZE];
	const struct nlmsghdr *request = build_request(request_buf);
	uint16_t flags = (capped ? NLM_F_CAPPED : 0) | (text ? NLM_F_ACK_TLVS : 0);
	struct nlmsghdr *nlh = test_msg_start(msgs, NLMSG_ERROR, flags, seq, portid);
	struct nlmsgerr *e = mnl_nlmsg_put_extra_header(nlh, sizeof(*e));

	e->error = error;
	e->msg = *request;
	if (!capped) {
		size_t echo_len = request->nlmsg_len - sizeof(*request);
		void *echo = mnl_nlmsg_put_extra_header(nlh, echo_len);

		memcpy(echo, mnl_nlmsg_get_payload(request), echo_len);
	}
	if (text) {
		mnl_attr_put_u32(nlh, NLMSGERR_ATTR_OFFS, 36);
		mnl_attr_put_strz(nlh, NLMSGERR_ATTR_MSG, text);
	}
	test_msg_end(msgs, nlh);
}

static void put_error(struct test_msgs *msgs, uint32_t seq, uint32_t portid,
		      int error)
{
	put_error_full(msgs, seq, portid, error, true, NULL);
}

static void put_ack(struct test_msgs *msgs, uint32_t seq, uint32_t portid)
{
	put_error(msgs, seq, portid, 0);
}

/* The end of a dump: STATUS, and TEXT as an extended ack if given. */
static void put_done_flags(struct test_msgs *msgs, uint16_t flags, int status,
			   const char *text)
{
	struct nlmsghdr *nlh = test_msg_start(msgs, NLMSG_DONE,
					      NLM_F_MULTI | flags |
					      (text ? NLM_F_ACK_TLVS : 0),
					      SEQ, PORT);
	int *payload = mnl_nlmsg_put_extra_header(nlh, sizeof(*payload));

	*payload = status;
	if (text)
		mnl_attr_put_strz(nlh, NLMSGERR_ATTR_MSG, text);
	test_msg_end(msgs, nlh);
}

static void put_done(struct test_msgs *msgs, int status, const char *text)
{
	put_done_flags(msgs, 0, status, text);
}

/* Feed MSGS to rtnl_take_replies as the answer to SEQ on PORT. */
static int take(const struct test_msgs *msgs, struct seen *seen,
		struct rtnl_err *err, int *interrupted)
{
	return rtnl_take_replies(msgs->buf, msgs->len, SEQ, PORT, record, seen,
				 err, interrupted);
}

START_TEST(take_replies_rejects_a_length_past_the_buffer)
{
	struct test_msgs msgs = { 0 };
	struct seen seen = { 0 };
	struct rtnl_err err = { .msg = "" };
	int interrupted = 0;
	struct nlmsghdr *nlh;

	put_data(&msgs, 0, SEQ, PORT, 7);
	nlh = (struct nlmsghdr *)(void *)msgs.buf;
	/* libmnl reads this length as negative, so as fitting. */
	nlh->nlmsg_len = 0xffffffff;
	ck_assert_int_eq(take(&msgs, &seen, &err, &interrupted), -EBADMSG);
	ck_assert_int_eq(seen.calls, 0);
}
END_TEST

/* rtnl_take_replies: acks and errors */

START_TEST(take_replies_ack_returns_0)
{
	struct test_msgs msgs = { 0 };
	struct seen seen = { 0 };
	struct rtnl_err err = { .msg = "" };
	int interrupted = 0;

	put_ack(&msgs, SEQ, PORT);
	ck_assert_int_eq(take(&msgs, &seen, &err, &interrupted), 0);
	ck_assert_int_eq(seen.calls, 0);
	ck_assert_str_eq(err.msg, "");
	ck_assert_int_eq(interrupted, 0);
}
END_TEST

START_TEST(take_replies_error_returns_negative_errno)
{
	struct test_msgs msgs = { 0 };
	struct seen seen = { 0 };
	struct rtnl_err err = { .msg = "" };
	int interrupted = 0;

	put_error(&msgs, SEQ, PORT, -EEXIST);
	ck_assert_int_eq(take(&msgs, &seen, &err, &interrupted), -EEXIST);
	ck_assert_int_eq(seen.calls, 0);
	ck_assert_str_eq(err.msg, "");
}
END_TEST

START_TEST(take_replies_error_without_err_struct_returns_errno)
{
	struct test_msgs msgs = { 0 };
	int interrupted = 0;

	put_error_full(&msgs, SEQ, PORT, -EPERM, true, "Operation not allowed");
	ck_assert_int_eq(rtnl_take_replies(msgs.buf, msgs.len, SEQ, PORT, NULL,
					   NULL, NULL, &interrupted), -EPERM);
}
END_TEST

START_TEST(take_replies_error_copies_extack_text_capped)
{
	struct test_msgs msgs = { 0 };
	struct seen seen = { 0 };
	struct rtnl_err err = { .msg = "" };
	int interrupted = 0;

	put_error_full(&msgs, SEQ, PORT, -EEXIST, true,
		       "ipv4: Address already assigned");
	ck_assert_int_eq(take(&msgs, &seen, &err, &interrupted), -EEXIST);
	ck_assert_str_eq(err.msg, "ipv4: Address already assigned");
}
END_TEST

START_TEST(take_replies_error_copies_extack_text_after_echoed_request)
{
	struct test_msgs msgs = { 0 };
	struct seen seen = { 0 };
	struct rtnl_err err = { .msg = "" };
	int interrupted = 0;

	/* Uncapped: the whole request sits between nlmsgerr and the text. */
	put_error_full(&msgs, SEQ, PORT, -EINVAL, false, "Unknown device type");
	ck_assert_int_eq(take(&msgs, &seen, &err, &interrupted), -EINVAL);
	ck_assert_str_eq(err.msg, "Unknown device type");
}
END_TEST

START_TEST(take_replies_extack_text_loses_trailing_full_stop_and_newline)
{
	struct test_msgs msgs = { 0 };
	struct seen seen = { 0 };
	struct rtnl_err err = { .msg = "" };
	int interrupted = 0;

	put_error_full(&msgs, SEQ, PORT, -EBUSY, true, "Device is busy.\n");
	ck_assert_int_eq(take(&msgs, &seen, &err, &interrupted), -EBUSY);
	ck_assert_str_eq(err.msg, "Device is busy");
}
END_TEST

START_TEST(take_replies_extack_text_is_cut_to_fit)
{
	struct test_msgs msgs = { 0 };
	struct seen seen = { 0 };
	struct rtnl_err err = { .msg = "" };
	char text[400];
	int interrupted = 0;

	memset(text, 'w', sizeof(text) - 1);
	text[sizeof(text) - 1] = '\0';
	put_error_full(&msgs, SEQ, PORT, -EINVAL, true, text);
	ck_assert_int_eq(take(&msgs, &seen, &err, &interrupted), -EINVAL);
	ck_assert_uint_eq(strlen(err.msg), sizeof(err.msg) - 1);
	ck_assert_int_eq(strncmp(err.msg, text, sizeof(err.msg) - 1), 0);
}
END_TEST

START_TEST(take_replies_ignores_text_without_ack_tlvs_flag)
{
	struct test_msgs msgs = { 0 };
	struct seen seen = { 0 };
	struct rtnl_err err = { .msg = "" };
	struct nlmsghdr *nlh;
	int interrupted = 0;

	put_error_full(&msgs, SEQ, PORT, -EINVAL, true, "stale text");
	nlh = (struct nlmsghdr *)(void *)msgs.buf;
	nlh->nlmsg_flags &= (uint16_t)~NLM_F_ACK_TLVS;
	ck_assert_int_eq(take(&msgs, &seen, &err, &interrupted), -EINVAL);
	ck_assert_str_eq(err.msg, "");
}
END_TEST

START_TEST(take_replies_short_error_is_ebadmsg)
{
	struct test_msgs msgs = { 0 };
	struct seen seen = { 0 };
	struct rtnl_err err = { .msg = "" };
	int interrupted = 0;
	struct nlmsghdr *nlh = test_msg_start(&msgs, NLMSG_ERROR, 0, SEQ, PORT);

	/* An error code but no room for the echoed header. */
	int *code = mnl_nlmsg_put_extra_header(nlh, sizeof(*code));
	*code = -ENOENT;
	test_msg_end(&msgs, nlh);
	ck_assert_int_eq(take(&msgs, &seen, &err, &interrupted), -EBADMSG);
}
END_TEST

/* rtnl_take_replies: what is not ours */

START_TEST(take_replies_skips_wrong_sequence_number)
{
	struct test_msgs msgs = { 0 };
	struct seen seen = { 0 };
	struct rtnl_err err = { .msg = "" };
	int interrupted = 0;

	/* A late answer to the previous request, then ours. */
	put_error_full(&msgs, SEQ - 1, PORT, -EEXIST, true, "late");
	put_data(&msgs, 0, SEQ + 1, PORT, 7);
	ck_assert_int_eq(take(&msgs, &seen, &err, &interrupted), 1);
	ck_assert_int_eq(seen.calls, 0);
	ck_assert_str_eq(err.msg, "");

	put_ack(&msgs, SEQ, PORT);
	ck_assert_int_eq(take(&msgs, &seen, &err, &interrupted), 0);
	ck_assert_int_eq(seen.calls, 0);
	ck_assert_str_eq(err.msg, "");
}
END_TEST

START_TEST(take_replies_skips_wrong_port_id)
{
	struct test_msgs msgs = { 0 };
	struct seen seen = { 0 };
	struct rtnl_err err = { .msg = "" };
	int interrupted = 0;

	put_error_full(&msgs, SEQ, PORT + 1, -EPERM, true, "not yours");
	put_data(&msgs, NLM_F_DUMP_INTR, SEQ, 0, 7);
	ck_assert_int_eq(take(&msgs, &seen, &err, &interrupted), 1);
	ck_assert_int_eq(seen.calls, 0);
	ck_assert_str_eq(err.msg, "");
	ck_assert_int_eq(interrupted, 0);

	put_error(&msgs, SEQ, PORT, -ENODEV);
	ck_assert_int_eq(take(&msgs, &seen, &err, &interrupted), -ENODEV);
}
END_TEST

START_TEST(take_replies_skips_noop)
{
	struct test_msgs msgs = { 0 };
	struct seen seen = { 0 };
	struct rtnl_err err = { .msg = "" };
	int interrupted = 0;
	struct nlmsghdr *nlh = test_msg_start(&msgs, NLMSG_NOOP, 0, SEQ, PORT);

	test_msg_end(&msgs, nlh);
	ck_assert_int_eq(take(&msgs, &seen, &err, &interrupted), 1);
	ck_assert_int_eq(seen.calls, 0);
	put_ack(&msgs, SEQ, PORT);
	ck_assert_int_eq(take(&msgs, &seen, &err, &interrupted), 0);
	ck_assert_int_eq(seen.calls, 0);
}
END_TEST

/* rtnl_take_replies: dumps */

START_TEST(take_replies_passes_data_to_callback_in_order)
{
	struct test_msgs msgs = { 0 };
	struct seen seen = { 0 };
	struct rtnl_err err = { .msg = "" };
	int interrupted = 0;

	put_data(&msgs, 0, SEQ, PORT, 11);
	put_data(&msgs, 0, SEQ, PORT, 22);
	put_data(&msgs, 0, SEQ, PORT, 33);
	put_done(&msgs, 0, NULL);
	ck_assert_int_eq(take(&msgs, &seen, &err, &interrupted), 0);
	ck_assert_int_eq(seen.calls, 3);
	ck_assert_int_eq(seen.marks[0], 11);
	ck_assert_int_eq(seen.marks[1], 22);
	ck_assert_int_eq(seen.marks[2], 33);
	ck_assert_int_eq(interrupted, 0);
}
END_TEST

START_TEST(take_replies_passes_only_our_data_to_callback)
{
	struct test_msgs msgs = { 0 };
	struct seen seen = { 0 };
	struct rtnl_err err = { .msg = "" };
	int interrupted = 0;

	put_data(&msgs, 0, SEQ, PORT, 1);
	put_data(&msgs, 0, SEQ - 1, PORT, 2);
	put_data(&msgs, 0, SEQ, PORT + 1, 3);
	put_data(&msgs, 0, SEQ, PORT, 4);
	put_done(&msgs, 0, NULL);
	ck_assert_int_eq(take(&msgs, &seen, &err, &interrupted), 0);
	ck_assert_int_eq(seen.calls, 2);
	ck_assert_int_eq(seen.marks[0], 1);
	ck_assert_int_eq(seen.marks[1], 4);
}
END_TEST

START_TEST(take_replies_without_end_returns_1)
{
	struct test_msgs msgs = { 0 };
	struct seen seen = { 0 };
	struct rtnl_err err = { .msg = "" };
	int interrupted = 0;

	put_data(&msgs, 0, SEQ, PORT, 1);
	put_data(&msgs, 0, SEQ, PORT, 2);
	ck_assert_int_eq(take(&msgs, &seen, &err, &interrupted), 1);
	ck_assert_int_eq(seen.calls, 2);
}
END_TEST

START_TEST(take_replies_of_empty_buffer_returns_1)
{
	struct test_msgs msgs = { 0 };
	struct seen seen = { 0 };
	struct rtnl_err err = { .msg = "" };
	int interrupted = 0;

	ck_assert_int_eq(take(&msgs, &seen, &err, &interrupted), 1);
	ck_assert_int_eq(seen.calls, 0);
}
END_TEST

START_TEST(take_replies_stops_at_truncated_message)
{
	struct test_msgs msgs = { 0 };
	struct seen seen = { 0 };
	struct rtnl_err err = { .msg = "" };
	int interrupted = 0;
	size_t first;

	put_data(&msgs, 0, SEQ, PORT, 1);
	put_data(&msgs, 0, SEQ, PORT, 2);
	put_done(&msgs, 0, NULL);
	/* Cut the buffer inside the second message. */
	first = NLMSG_ALIGN(((struct nlmsghdr *)(void *)msgs.buf)->nlmsg_len);
	ck_assert_int_eq(rtnl_take_replies(msgs.buf, first + 20, SEQ, PORT,
					   record, &seen, &err, &interrupted), 1);
	ck_assert_int_eq(seen.calls, 1);
	ck_assert_int_eq(seen.marks[0], 1);
}
END_TEST

START_TEST(take_replies_sets_interrupted_on_dump_intr)
{
	struct test_msgs msgs = { 0 };
	struct seen seen = { 0 };
	struct rtnl_err err = { .msg = "" };
	int interrupted = 0;

	put_data(&msgs, 0, SEQ, PORT, 1);
	put_data(&msgs, NLM_F_DUMP_INTR, SEQ, PORT, 2);
	put_done(&msgs, 0, NULL);
	ck_assert_int_eq(take(&msgs, &seen, &err, &interrupted), 0);
	ck_assert_int_eq(interrupted, 1);
	ck_assert_int_eq(seen.calls, 2);
}
END_TEST

START_TEST(take_replies_sets_interrupted_on_done_with_dump_intr)
{
	struct test_msgs msgs = { 0 };
	struct seen seen = { 0 };
	struct rtnl_err err = { .msg = "" };
	int interrupted = 0;

	/* Only the last message may carry the flag. */
	put_data(&msgs, 0, SEQ, PORT, 1);
	put_done_flags(&msgs, NLM_F_DUMP_INTR, 0, NULL);
	ck_assert_int_eq(take(&msgs, &seen, &err, &interrupted), 0);
	ck_assert_int_eq(interrupted, 1);
}
END_TEST

START_TEST(take_replies_leaves_interrupted_alone_without_dump_intr)
{
	struct test_msgs msgs = { 0 };
	struct seen seen = { 0 };
	struct rtnl_err err = { .msg = "" };
	int interrupted = 0;

	put_data(&msgs, 0, SEQ, PORT, 1);
	put_done(&msgs, 0, NULL);
	ck_assert_int_eq(take(&msgs, &seen, &err, &interrupted), 0);
	ck_assert_int_eq(interrupted, 0);
}
END_TEST

START_TEST(take_replies_done_returns_0)
{
	struct test_msgs msgs = { 0 };
	struct seen seen = { 0 };
	struct rtnl_err err = { .msg = "" };
	int interrupted = 0;

	put_done(&msgs, 0, NULL);
	put_data(&msgs, 0, SEQ, PORT, 9);	/* after the end: not read */
	ck_assert_int_eq(take(&msgs, &seen, &err, &interrupted), 0);
	ck_assert_int_eq(seen.calls, 0);
}
END_TEST

START_TEST(take_replies_done_without_payload_returns_0)
{
	struct test_msgs msgs = { 0 };
	struct seen seen = { 0 };
	struct rtnl_err err = { .msg = "" };
	int interrupted = 0;
	struct nlmsghdr *nlh = test_msg_start(&msgs, NLMSG_DONE, NLM_F_MULTI,
					      SEQ, PORT);

	test_msg_end(&msgs, nlh);
	ck_assert_int_eq(take(&msgs, &seen, &err, &interrupted), 0);
}
END_TEST

START_TEST(take_replies_done_with_negative_status_returns_it)
{
	struct test_msgs msgs = { 0 };
	struct seen seen = { 0 };
	struct rtnl_err err = { .msg = "" };
	int interrupted = 0;

	put_data(&msgs, 0, SEQ, PORT, 1);
	put_done(&msgs, -EMSGSIZE, NULL);
	ck_assert_int_eq(take(&msgs, &seen, &err, &interrupted), -EMSGSIZE);
	ck_assert_int_eq(seen.calls, 1);
	ck_assert_str_eq(err.msg, "");
}
END_TEST

START_TEST(take_replies_done_with_status_copies_extack_text)
{
	struct test_msgs msgs = { 0 };
	struct seen seen = { 0 };
	struct rtnl_err err = { .msg = "" };
	int interrupted = 0;

	put_done(&msgs, -EINVAL, "Invalid header for address dump request");
	ck_assert_int_eq(take(&msgs, &seen, &err, &interrupted), -EINVAL);
	ck_assert_str_eq(err.msg, "Invalid header for address dump request");
}
END_TEST

/* rtnl_take_replies: the callback */

START_TEST(take_replies_callback_error_stops_and_is_returned)
{
	struct test_msgs msgs = { 0 };
	struct seen seen = { .fail_at = 2 };
	struct rtnl_err err = { .msg = "" };
	int interrupted = 0;

	put_data(&msgs, 0, SEQ, PORT, 1);
	put_data(&msgs, 0, SEQ, PORT, 2);
	put_data(&msgs, 0, SEQ, PORT, 3);
	put_done(&msgs, 0, NULL);
	ck_assert_int_eq(take(&msgs, &seen, &err, &interrupted), -ENOMEM);
	ck_assert_int_eq(seen.calls, 2);
	ck_assert_int_eq(seen.marks[1], 2);
}
END_TEST

START_TEST(take_replies_without_callback_still_finds_the_ack)
{
	struct test_msgs msgs = { 0 };
	int interrupted = 0;

	put_data(&msgs, 0, SEQ, PORT, 1);
	put_ack(&msgs, SEQ, PORT);
	ck_assert_int_eq(rtnl_take_replies(msgs.buf, msgs.len, SEQ, PORT, NULL,
					   NULL, NULL, &interrupted), 0);
}
END_TEST

/* rtnl_msgs_next */

START_TEST(msgs_next_walks_every_message_then_null)
{
	struct test_msgs msgs = { 0 };
	struct rtnl_msgs view;
	const struct nlmsghdr *nlh;

	put_data(&msgs, 0, SEQ, PORT, 1);
	put_data(&msgs, 0, SEQ, PORT, 2);
	put_data(&msgs, 0, SEQ, PORT, 3);
	view = test_msgs_view(&msgs);

	nlh = rtnl_msgs_next(&view, NULL);
	ck_assert_ptr_eq(nlh, (const void *)msgs.buf);
	ck_assert_int_eq(((const struct ifinfomsg *)mnl_nlmsg_get_payload(nlh))->ifi_index, 1);
	nlh = rtnl_msgs_next(&view, nlh);
	ck_assert_ptr_nonnull(nlh);
	ck_assert_int_eq(((const struct ifinfomsg *)mnl_nlmsg_get_payload(nlh))->ifi_index, 2);
	nlh = rtnl_msgs_next(&view, nlh);
	ck_assert_ptr_nonnull(nlh);
	ck_assert_int_eq(((const struct ifinfomsg *)mnl_nlmsg_get_payload(nlh))->ifi_index, 3);
	ck_assert_ptr_null(rtnl_msgs_next(&view, nlh));
}
END_TEST

START_TEST(msgs_next_steps_over_padding)
{
	struct test_msgs msgs = { 0 };
	struct rtnl_msgs view;
	const struct nlmsghdr *nlh;
	struct nlmsghdr *odd = test_msg_start(&msgs, RTM_NEWLINK, 0, SEQ, PORT);

	odd->nlmsg_len += 5;	/* 21 bytes, padded to 24 */
	test_msg_end(&msgs, odd);
	put_data(&msgs, 0, SEQ, PORT, 2);
	view = test_msgs_view(&msgs);

	nlh = rtnl_msgs_next(&view, NULL);
	ck_assert_uint_eq(nlh->nlmsg_len, 21);
	nlh = rtnl_msgs_next(&view, nlh);
	ck_assert_ptr_eq(nlh, (const void *)(msgs.buf + 24));
	ck_assert_ptr_null(rtnl_msgs_next(&view, nlh));
}
END_TEST

START_TEST(msgs_next_of_empty_list_is_null)
{
	struct rtnl_msgs none = { 0 };
	struct test_msgs msgs = { 0 };
	struct rtnl_msgs empty = test_msgs_view(&msgs);

	ck_assert_ptr_null(rtnl_msgs_next(&none, NULL));
	ck_assert_ptr_null(rtnl_msgs_next(&empty, NULL));
}
END_TEST

START_TEST(msgs_free_leaves_an_empty_list)
{
	struct rtnl_msgs msgs = { .buf = malloc(64), .len = 32, .cap = 64 };

	ck_assert_ptr_nonnull(msgs.buf);
	rtnl_msgs_free(&msgs);
	ck_assert_ptr_null(msgs.buf);
	ck_assert_uint_eq(msgs.len, 0);
	ck_assert_uint_eq(msgs.cap, 0);
	ck_assert_ptr_null(rtnl_msgs_next(&msgs, NULL));
	rtnl_msgs_free(&msgs);	/* twice is harmless */
}
END_TEST

/* rtnl_attr_copy */

static const struct nlattr *put_bytes(struct test_msgs *msgs, const void *bytes,
				      size_t len)
{
	struct nlmsghdr *nlh = test_msg_start(msgs, RTM_NEWADDR, 0, SEQ, PORT);
	const struct nlattr *attr = mnl_nlmsg_get_payload_tail(nlh);

	mnl_attr_put(nlh, IFA_ADDRESS, len, bytes);
	test_msg_end(msgs, nlh);
	return attr;
}

START_TEST(attr_copy_copies_exact_size)
{
	struct test_msgs msgs = { 0 };
	const uint8_t bytes[4] = { 10, 1, 1, 2 };
	const struct nlattr *attr = put_bytes(&msgs, bytes, sizeof(bytes));
	uint8_t to[4] = { 0 };

	ck_assert_int_eq(rtnl_attr_copy(attr, to, sizeof(to)), 1);
	ck_assert_mem_eq(to, bytes, sizeof(bytes));
}
END_TEST

START_TEST(attr_copy_refuses_shorter_payload)
{
	struct test_msgs msgs = { 0 };
	const uint8_t bytes[4] = { 10, 1, 1, 2 };
	const struct nlattr *attr = put_bytes(&msgs, bytes, sizeof(bytes));
	uint8_t to[16], before[16];

	memset(to, 0x5a, sizeof(to));
	memcpy(before, to, sizeof(to));
	ck_assert_int_eq(rtnl_attr_copy(attr, to, sizeof(to)), 0);
	ck_assert_mem_eq(to, before, sizeof(to));
}
END_TEST

START_TEST(attr_copy_refuses_longer_payload)
{
	struct test_msgs msgs = { 0 };
	uint8_t bytes[16];
	const struct nlattr *attr;
	uint8_t to[4] = { 1, 2, 3, 4 };
	const uint8_t before[4] = { 1, 2, 3, 4 };

	memset(bytes, 0xee, sizeof(bytes));
	attr = put_bytes(&msgs, bytes, sizeof(bytes));
	ck_assert_int_eq(rtnl_attr_copy(attr, to, sizeof(to)), 0);
	ck_assert_mem_eq(to, before, sizeof(to));
	ck_assert_int_eq(rtnl_attr_copy(attr, to, 3), 0);
	ck_assert_mem_eq(to, before, sizeof(to));
}
END_TEST

/* rtnl_put_request */

START_TEST(put_request_sets_type_and_flags_and_zeroes_the_buffer)
{
	_Alignas(8) char buf[RTNL_REQUEST_SIZE];
	struct nlmsghdr *nlh;
	size_t stale = 0;

	memset(buf, 0xaa, sizeof(buf));
	nlh = rtnl_put_request(buf, RTM_NEWADDR, NLM_F_CREATE | NLM_F_EXCL);
	ck_assert_ptr_eq(nlh, (void *)buf);
	ck_assert_uint_eq(nlh->nlmsg_type, RTM_NEWADDR);
	ck_assert_uint_eq(nlh->nlmsg_flags,
			  NLM_F_REQUEST | NLM_F_CREATE | NLM_F_EXCL);
	ck_assert_uint_eq(nlh->nlmsg_len, sizeof(struct nlmsghdr));
	ck_assert_uint_eq(nlh->nlmsg_seq, 0);
	ck_assert_uint_eq(nlh->nlmsg_pid, 0);
	for (size_t i = sizeof(*nlh); i < sizeof(buf); i++)
		stale += buf[i] != 0;
	ck_assert_uint_eq(stale, 0);
}
END_TEST

Suite *rtnl_suite(void)
{
	Suite *suite = suite_create("rtnl");
	TCase *take_case = tcase_create("take_replies");
	TCase *msgs_case = tcase_create("msgs");
	TCase *attr_case = tcase_create("attr_copy");
	TCase *request_case = tcase_create("put_request");

	tcase_add_test(take_case, take_replies_ack_returns_0);
	tcase_add_test(take_case, take_replies_error_returns_negative_errno);
	tcase_add_test(take_case, take_replies_error_without_err_struct_returns_errno);
	tcase_add_test(take_case, take_replies_error_copies_extack_text_capped);
	tcase_add_test(take_case, take_replies_error_copies_extack_text_after_echoed_request);
	tcase_add_test(take_case, take_replies_extack_text_loses_trailing_full_stop_and_newline);
	tcase_add_test(take_case, take_replies_extack_text_is_cut_to_fit);
	tcase_add_test(take_case, take_replies_ignores_text_without_ack_tlvs_flag);
	tcase_add_test(take_case, take_replies_short_error_is_ebadmsg);
	tcase_add_test(take_case, take_replies_skips_wrong_sequence_number);
	tcase_add_test(take_case, take_replies_skips_wrong_port_id);
	tcase_add_test(take_case, take_replies_skips_noop);
	tcase_add_test(take_case, take_replies_passes_data_to_callback_in_order);
	tcase_add_test(take_case, take_replies_passes_only_our_data_to_callback);
	tcase_add_test(take_case, take_replies_without_end_returns_1);
	tcase_add_test(take_case, take_replies_of_empty_buffer_returns_1);
	tcase_add_test(take_case, take_replies_stops_at_truncated_message);
	tcase_add_test(take_case, take_replies_sets_interrupted_on_dump_intr);
	tcase_add_test(take_case, take_replies_sets_interrupted_on_done_with_dump_intr);
	tcase_add_test(take_case, take_replies_leaves_interrupted_alone_without_dump_intr);
	tcase_add_test(take_case, take_replies_done_returns_0);
	tcase_add_test(take_case, take_replies_done_without_payload_returns_0);
	tcase_add_test(take_case, take_replies_done_with_negative_status_returns_it);
	tcase_add_test(take_case, take_replies_done_with_status_copies_extack_text);
	tcase_add_test(take_case, take_replies_callback_error_stops_and_is_returned);
	tcase_add_test(take_case, take_replies_without_callback_still_finds_the_ack);
	tcase_add_test(take_case, take_replies_rejects_a_length_past_the_buffer);
	suite_add_tcase(suite, take_case);

	tcase_add_test(msgs_case, msgs_next_walks_every_message_then_null);
	tcase_add_test(msgs_case, msgs_next_steps_over_padding);
	tcase_add_test(msgs_case, msgs_next_of_empty_list_is_null);
	tcase_add_test(msgs_case, msgs_free_leaves_an_empty_list);
	suite_add_tcase(suite, msgs_case);

	tcase_add_test(attr_case, attr_copy_copies_exact_size);
	tcase_add_test(attr_case, attr_copy_refuses_shorter_payload);
	tcase_add_test(attr_case, attr_copy_refuses_longer_payload);
	suite_add_tcase(suite, attr_case);

	tcase_add_test(request_case, put_request_sets_type_and_flags_and_zeroes_the_buffer);
	suite_add_tcase(suite, request_case);
	return suite;
}
