#define _GNU_SOURCE
#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <libmnl/libmnl.h>

#include "explain.h"
#include "rtnl.h"

/* A dump part can be up to 32 KiB when the reader offers that much. */
#define RTNL_RECEIVE_SIZE 32768
/* A dump the kernel marks interrupted is asked again, three times at
 * once, then after 1, 2, 4 ... 64 ms, for this long in all. */
#define RTNL_DUMP_PATIENCE_MS 500

struct nlmsghdr *rtnl_put_request(void *buf, uint16_t type, uint16_t flags)
{
	struct nlmsghdr *nlh;

	memset(buf, 0, RTNL_REQUEST_SIZE);
	nlh = mnl_nlmsg_put_header(buf);
	nlh->nlmsg_type = type;
	nlh->nlmsg_flags = NLM_F_REQUEST | flags;
	return nlh;
}

/* The batch's kept sockets (pool.c); NULL: each command its own. */
const struct rtnl_pool *rtnl_pool;

int rtnl_open_socket(struct rtnl *rt)
{
	int on = 1;

	rt->slot = 0;
	rt->sock = mnl_socket_open2(NETLINK_ROUTE, SOCK_CLOEXEC);
	if (!rt->sock)
		return -errno;
	if (mnl_socket_bind(rt->sock, 0, MNL_SOCKET_AUTOPID) < 0)
		goto fail;
	/* Extended acks carry the kernel's own sentence; capped acks keep
	 * big requests from being echoed back. Old kernels lack both. */
	mnl_socket_setsockopt(rt->sock, NETLINK_EXT_ACK, &on, sizeof(on));
	mnl_socket_setsockopt(rt->sock, NETLINK_CAP_ACK, &on, sizeof(on));
	rt->portid = mnl_socket_get_portid(rt->sock);
	rt->seq = (unsigned int)time(NULL);
	explain_socket(mnl_socket_get_fd(rt->sock));
	return 0;
fail:;
	int saved = errno;
	mnl_socket_close(rt->sock);
	rt->sock = NULL;
	return -saved;
}

int rtnl_open(struct rtnl *rt)
{
	if (rtnl_pool)
		return rtnl_pool->open(rt);
	return rtnl_open_socket(rt);
}

void rtnl_close(struct rtnl *rt)
{
	if (rt->slot > 0)
		rtnl_pool->close(rt);
	else if (rt->sock)
		mnl_socket_close(rt->sock);
	rt->sock = NULL;
	rt->slot = 0;
}

int rtnl_send(struct rtnl *rt, struct nlmsghdr *req)
{
	req->nlmsg_seq = ++rt->seq;
	req->nlmsg_pid = 0;
	explain_request(mnl_socket_get_fd(rt->sock), req);
	if (mnl_socket_sendto(rt->sock, req, req->nlmsg_len) < 0)
		return -errno;
	return 0;
}

static int extack_attr(const struct nlattr *attr, void *data)
{
	struct rtnl_err *err = data;

	if (mnl_attr_get_type(attr) != NLMSGERR_ATTR_MSG)
		return MNL_CB_OK;
	if (mnl_attr_validate(attr, MNL_TYPE_NUL_STRING) < 0)
		return MNL_CB_OK;
	snprintf(err->msg, sizeof(err->msg), "%s", mnl_attr_get_str(attr));
	/* The kernel's sentences end without a full stop, but be sure. */
	size_t len = strlen(err->msg);
	while (len && (err->msg[len - 1] == '\n' || err->msg[len - 1] == '.'))
		err->msg[--len] = '\0';
	return MNL_CB_OK;
}

/* Read the extended-ack attributes that follow OFFSET bytes of payload. */
static void extack_read(const struct nlmsghdr *nlh, size_t offset,
			struct rtnl_err *err)
{
	if (!err || !(nlh->nlmsg_flags & NLM_F_ACK_TLVS))
		return;
	if (offset > mnl_nlmsg_get_payload_len(nlh))
		return;
	mnl_attr_parse(nlh, (unsigned int)offset, extack_attr, err);
}

/* An error or ack message: 0 for an ack, else -errno. */
static int take_error(const struct nlmsghdr *nlh, struct rtnl_err *err)
{
	const struct nlmsgerr *e = mnl_nlmsg_get_payload(nlh);
	size_t offset = sizeof(*e);

	if (mnl_nlmsg_get_payload_len(nlh) < sizeof(*e))
		return -EBADMSG;
	if (e->error == 0)
		return 0;
	if (!(nlh->nlmsg_flags & NLM_F_CAPPED))
		offset += e->msg.nlmsg_len - sizeof(struct nlmsghdr);
	extack_read(nlh, offset, err);
	return e->error < 0 ? e->error : -e->error;
}

/* End of a dump: its payload is 0 or a -errno of a dump that failed. */
static int take_done(const struct nlmsghdr *nlh, struct rtnl_err *err)
{
	int status;

	if (mnl_nlmsg_get_payload_len(nlh) < sizeof(status))
		return 0;
	memcpy(&status, mnl_nlmsg_get_payload(nlh), sizeof(status));
	if (status < 0)
		extack_read(nlh, sizeof(status), err);
	return status < 0 ? status : 0;
}

int rtnl_take_replies(const void *buf, size_t len, unsigned int seq,
		      unsigned int portid, rtnl_reply_fn reply, void *data,
		      struct rtnl_err *err, int *interrupted)
{
	int left = (int)len;

	for (const struct nlmsghdr *nlh = buf; mnl_nlmsg_ok(nlh, left);
	     nlh = mnl_nlmsg_next(nlh, &left)) {
		/* mnl_nlmsg_ok() reads a length past 2 GiB as negative. */
		if (nlh->nlmsg_len > (unsigned int)left)
			return -EBADMSG;
		/* Late answers to an earlier request, or not for us. */
		if (nlh->nlmsg_seq != seq || nlh->nlmsg_pid != portid)
			continue;
		explain_answer(nlh, nlh->nlmsg_len);
		if (nlh->nlmsg_flags & NLM_F_DUMP_INTR)
			*interrupted = 1;
		switch (nlh->nlmsg_type) {
		case NLMSG_NOOP:
			continue;
		case NLMSG_ERROR:
			return take_error(nlh, err);
		case NLMSG_DONE:
			return take_done(nlh, err);
		default:
			if (reply) {
				int ret = reply(nlh, data);
				if (ret < 0)
					return ret;
			}
		}
	}
	return 1;
}

/* Receive answers to the request just sent until its ack or its end.
 * A failure of the receiving itself, not an answer, sets ERR->lost. */
static int rtnl_receive(struct rtnl *rt, rtnl_reply_fn reply, void *data,
			struct rtnl_err *err, int *interrupted)
{
	char buf[RTNL_RECEIVE_SIZE];
	int ret = 1;

	while (ret == 1) {
		ssize_t len = mnl_socket_recvfrom(rt->sock, buf, RTNL_RECEIVE_SIZE);
		if (len < 0) {
			if (errno == EINTR)
				continue;
			ret = -errno;
			if (err && ret == -ENOBUFS)
				err->lost = true;
			break;
		}
		ret = rtnl_take_replies(buf, (size_t)len, rt->seq, rt->portid,
					reply, data, err, interrupted);
	}
	return ret;
}

int rtnl_talk(struct rtnl *rt, struct nlmsghdr *req, rtnl_reply_fn reply,
	      void *data, struct rtnl_err *err)
{
	int interrupted = 0;
	int ret;

	if (err) {
		err->msg[0] = '\0';
		err->lost = false;
	}
	req->nlmsg_flags |= NLM_F_REQUEST | NLM_F_ACK;
	ret = rtnl_send(rt, req);
	if (ret < 0)
		return ret;
	return rtnl_receive(rt, reply, data, err, &interrupted);
}

int rtnl_msgs_append(const struct nlmsghdr *nlh, void *data)
{
	struct rtnl_msgs *msgs = data;
	size_t size = NLMSG_ALIGN((size_t)nlh->nlmsg_len);

	if (msgs->len + size > msgs->cap) {
		size_t cap = msgs->cap ? msgs->cap * 2 : 16384;
		while (cap < msgs->len + size)
			cap *= 2;
		char *grown = realloc(msgs->buf, cap);
		if (!grown)
			return -ENOMEM;
		msgs->buf = grown;
		msgs->cap = cap;
	}
	memcpy(msgs->buf + msgs->len, nlh, nlh->nlmsg_len);
	memset(msgs->buf + msgs->len + nlh->nlmsg_len, 0, size - nlh->nlmsg_len);
	msgs->len += size;
	return 0;
}

static long ms_since(const struct timespec *start)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (now.tv_sec - start->tv_sec) * 1000 + (now.tv_nsec - start->tv_nsec) / 1000000;
}

int rtnl_dump(struct rtnl *rt, struct nlmsghdr *req, struct rtnl_msgs *out,
	      struct rtnl_err *err)
{
	struct timespec start;

	if (err) {
		err->msg[0] = '\0';
		err->lost = false;
	}
	req->nlmsg_flags |= NLM_F_REQUEST | NLM_F_DUMP;
	clock_gettime(CLOCK_MONOTONIC, &start);
	for (unsigned int try = 0;; try++) {
		int interrupted = 0;
		int ret;

		out->len = 0;
		out->interrupted = false;
		ret = rtnl_send(rt, req);
		if (ret < 0)
			return ret;
		ret = rtnl_receive(rt, rtnl_msgs_append, out, err, &interrupted);
		if (ret < 0 || !interrupted)
			return ret;
		/* Changing all the time: what the last one saw, as ip gives
		 * it, said to be so. */
		if (ms_since(&start) >= RTNL_DUMP_PATIENCE_MS) {
			out->interrupted = true;
			return 0;
		}
		explain_dump_again();
		if (try >= 3)
			usleep(1000U << (try - 3 < 6 ? try - 3 : 6));
	}
}

const struct nlmsghdr *rtnl_msgs_next(const struct rtnl_msgs *msgs,
				      const struct nlmsghdr *prev)
{
	const char *next;

	if (!msgs->buf)
		return NULL;
	next = prev ? (const char *)prev + NLMSG_ALIGN(prev->nlmsg_len) : msgs->buf;
	if (next >= msgs->buf + msgs->len)
		return NULL;
	return (const struct nlmsghdr *)(const void *)next;
}

void rtnl_msgs_free(struct rtnl_msgs *msgs)
{
	free(msgs->buf);
	msgs->buf = NULL;
	msgs->len = msgs->cap = 0;
}

int rtnl_attr_copy(const struct nlattr *attr, void *to, size_t size)
{
	if (mnl_attr_get_payload_len(attr) != size)
		return 0;
	memcpy(to, mnl_attr_get_payload(attr), size);
	return 1;
}
