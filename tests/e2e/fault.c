/* fault.so: faults the kernel can give but a test cannot make it give,
 * injected into a command's netlink answers with LD_PRELOAD. Only for
 * the tests; nothing of it is installed. TINYIP_FAULT says which:
 *
 *   dump_intr     every dump comes back marked NLM_F_DUMP_INTR, as when
 *                 the kernel's table changes all the time
 *   dump_intr=N   only the first N dumps
 *   lose_answer   the answer (its ack, or its error) to the first request
 *                 that makes or deletes something (RTM_NEW*, RTM_DEL*) is
 *                 lost: recvmsg fails with ENOBUFS instead, as when the
 *                 socket's buffer overflows
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>

ssize_t recvmsg(int fd, struct msghdr *msg, int flags);
ssize_t sendto(int fd, const void *buf, size_t len, int flags,
	       const struct sockaddr *to, socklen_t tolen);

/* A request that makes or deletes something went out: its answer is the
 * one lose_answer loses. */
static bool change_sent;

static bool is_netlink(int fd)
{
	int domain = 0;
	socklen_t len = sizeof(domain);

	return getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &domain, &len) == 0 &&
	       domain == AF_NETLINK;
}

/* Mark the first N dumps (-1: every one) interrupted. */
static void mark_dumps(char *buf, int len, long n)
{
	static long done;
	struct nlmsghdr *nlh = (struct nlmsghdr *)buf;

	for (; NLMSG_OK(nlh, len); nlh = NLMSG_NEXT(nlh, len)) {
		if (!(nlh->nlmsg_flags & NLM_F_MULTI))
			continue;
		if (n < 0 || done < n)
			nlh->nlmsg_flags |= NLM_F_DUMP_INTR;
		if (nlh->nlmsg_type == NLMSG_DONE)
			done++;
	}
}

/* Whether BUF starts with an answer to a request: an ack or an error. */
static bool is_answer(const char *buf, int len)
{
	const struct nlmsghdr *nlh = (const struct nlmsghdr *)buf;

	return NLMSG_OK(nlh, len) && nlh->nlmsg_type == NLMSG_ERROR;
}

ssize_t sendto(int fd, const void *buf, size_t len, int flags,
	       const struct sockaddr *to, socklen_t tolen)
{
	static ssize_t (*real)(int, const void *, size_t, int, const struct sockaddr *,
			       socklen_t);
	const struct nlmsghdr *nlh = buf;

	if (!real)
		real = (ssize_t (*)(int, const void *, size_t, int, const struct sockaddr *,
				    socklen_t))dlsym(RTLD_NEXT, "sendto");
	/* RTM_NEWLINK 16, RTM_DELLINK 17, RTM_GETLINK 18, RTM_SETLINK 19,
	 * and so on by fours. */
	if (len >= sizeof(*nlh) && is_netlink(fd) && nlh->nlmsg_type >= RTM_BASE &&
	    (nlh->nlmsg_type - RTM_BASE) % 4 < 2)
		change_sent = true;
	return real(fd, buf, len, flags, to, tolen);
}

ssize_t recvmsg(int fd, struct msghdr *msg, int flags)
{
	static ssize_t (*real)(int, struct msghdr *, int);
	static bool lost;
	const char *fault = getenv("TINYIP_FAULT");
	ssize_t got;

	if (!real)
		real = (ssize_t (*)(int, struct msghdr *, int))dlsym(RTLD_NEXT, "recvmsg");
	got = real(fd, msg, flags);
	if (got <= 0 || !fault || msg->msg_iovlen < 1 || (flags & MSG_PEEK) || !is_netlink(fd))
		return got;
	if (strncmp(fault, "dump_intr", 9) == 0) {
		long n = fault[9] == '=' ? strtol(fault + 10, NULL, 10) : -1;

		mark_dumps(msg->msg_iov[0].iov_base, (int)got, n);
	} else if (strcmp(fault, "lose_answer") == 0 && !lost && change_sent &&
		   is_answer(msg->msg_iov[0].iov_base, (int)got)) {
		lost = true;
		errno = ENOBUFS;
		return -1;
	}
	return got;
}
