#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "decode.h"
#include "explain.h"
#include "netns.h"
#include "rtnl.h"

/* explainer: explain mode itself, built as a library of its own that
 * the commands load only for -v (see explain.c): rtnl's messages decoded
 * (decode.c), namespaces named, system calls said in words. */

/* One command call's explaining. Reset by end(). */
static struct {
	int level;
	const char *prog;
	FILE *out;
	bool own_out;		/* OUT was opened on TINYIP_EXPLAIN_FD */
	unsigned int requests;	/* sent so far */
	struct timespec sent;	/* when the last one left */
	unsigned int objects;	/* answered in the dump under way */
	size_t request_len;	/* the last request, for what an error blames */
	_Alignas(4) unsigned char request[RTNL_REQUEST_SIZE];
} state;

static void begin(const char *prog, int level)
{
	const char *fd_word = getenv("TINYIP_EXPLAIN_FD");

	memset(&state, 0, sizeof(state));
	state.level = level;
	state.prog = prog;
	state.out = stderr;
	if (!state.level || !fd_word || !*fd_word)
		return;
	/* Never stdout: that is the list's. */
	int fd = atoi(fd_word);
	if (fd > 2 && fcntl(fd, F_GETFD) >= 0) {
		int copy = fcntl(fd, F_DUPFD_CLOEXEC, 3);
		FILE *out = copy >= 0 ? fdopen(copy, "a") : NULL;

		if (out) {
			state.out = out;
			state.own_out = true;
		} else if (copy >= 0) {
			close(copy);
		}
	}
}

static void end(void)
{
	if (state.own_out)
		fclose(state.out);
	else if (state.out)
		fflush(state.out);
	memset(&state, 0, sizeof(state));
}

static void say(const char *format, ...) __attribute__((format(printf, 1, 2)));
static void say(const char *format, ...)
{
	va_list ap;

	fprintf(state.out, "%s: ", state.prog);
	va_start(ap, format);
	/* clang-tidy 14 takes AP for uninitialized, depending on the order
	 * it reads files in. */
	vfprintf(state.out, format, ap); /* NOLINT(clang-analyzer-valist.Uninitialized) */
	va_end(ap);
}

/* The name in /run/netns of the namespace with inode INO, into BUF. */
static void netns_name_of(ino_t ino, char *buf, size_t size)
{
	DIR *dir = opendir(NETNS_RUN_DIR);
	struct dirent *entry;

	buf[0] = '\0';
	if (!dir)
		return;
	while ((entry = readdir(dir))) {
		char path[300];
		struct stat st;

		if (entry->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), NETNS_RUN_DIR "/%s", entry->d_name);
		if (stat(path, &st) == 0 && st.st_ino == ino) {
			snprintf(buf, size, "%s", entry->d_name);
			break;
		}
	}
	closedir(dir);
}

static void explain_netns_words(int fd, char *buf, size_t size)
{
	char name[256];
	struct stat st;
	int ret = fd >= 0 ? fstat(fd, &st) : stat("/proc/self/ns/net", &st);

	if (ret < 0) {
		snprintf(buf, size, "net:[?]");
		return;
	}
	netns_name_of(st.st_ino, name, sizeof(name));
	snprintf(buf, size, "net:[%lu]%s%s%s", (unsigned long)st.st_ino,
		 name[0] ? " (" : "", name, name[0] ? ")" : "");
}

static void name_fd(int fd, char *buf, size_t size)
{
	char link[64], path[256] = "", words[300];
	ssize_t len;

	snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
	len = readlink(link, path, sizeof(path) - 1);
	if (len > 0)
		path[len] = '\0';
	explain_netns_words(fd, words, sizeof(words));
	snprintf(buf, size, "%s%s%s", path, path[0] ? ", " : "", words);
}

static void name_ifindex(int index, char *buf, size_t size)
{
	char name[IF_NAMESIZE];

	buf[0] = '\0';
	if (index > 0 && if_indextoname((unsigned int)index, name))
		snprintf(buf, size, "%s", name);
}

static const struct decode_names names = { name_fd, name_ifindex };

static void socket_opened(int fd)
{
	char words[300];

	if (!state.level)
		return;
	explain_netns_words(-1, words, sizeof(words));
	say("socket(AF_NETLINK, NETLINK_ROUTE) = fd %d, in this namespace, %s\n", fd, words);
	fprintf(state.out, "   options NETLINK_EXT_ACK (refusals come with the kernel's "
		"sentence), NETLINK_CAP_ACK (acks do not echo our request)\n");
}

static void request(const struct nlmsghdr *nlh)
{
	struct decode d = { state.out, state.level, &names };

	if (!state.level)
		return;
	state.requests++;
	state.objects = 0;
	state.request_len = nlh->nlmsg_len <= sizeof(state.request) ? nlh->nlmsg_len : 0;
	memcpy(state.request, nlh, state.request_len);
	say(">> request %u: ", state.requests);
	decode_request(&d, nlh, nlh->nlmsg_len);
	fflush(state.out);
	clock_gettime(CLOCK_MONOTONIC, &state.sent);
}

static void answer(const struct nlmsghdr *nlh, size_t len)
{
	struct decode d = { state.out, state.level, &names };
	bool last = len >= NLMSG_HDRLEN &&
		    (nlh->nlmsg_type == NLMSG_ERROR || nlh->nlmsg_type == NLMSG_DONE);
	struct timespec now;
	double ms;

	if (!state.level)
		return;
	if (!last) {
		state.objects++;
		say("<< ");
		decode_answer(&d, nlh, len, NULL, 0, state.level < 2);
		return;
	}
	clock_gettime(CLOCK_MONOTONIC, &now);
	ms = (double)(now.tv_sec - state.sent.tv_sec) * 1e3 +
	     (double)(now.tv_nsec - state.sent.tv_nsec) / 1e6;
	say("<< answer to request %u in %.*f ms: ", state.requests, ms < 1 ? 2 : 1, ms);
	if (nlh->nlmsg_type == NLMSG_DONE)
		fprintf(state.out, "NLMSG_DONE (%u): the dump is complete, %u %s\n", NLMSG_DONE,
			state.objects, state.objects == 1 ? "object" : "objects");
	else
		decode_answer(&d, nlh, len, (const struct nlmsghdr *)(const void *)state.request,
			      state.request_len, false);
	fflush(state.out);
}

static void dump_again(void)
{
	if (state.level)
		say("the dump changed while it was read (NLM_F_DUMP_INTR): asking again\n");
}

__attribute__((format(printf, 4, 0)))
static void call(long result, int error, const char *why, const char *what, va_list ap)
{
	if (!state.level)
		return;
	say("%s", "");
	vfprintf(state.out, what, ap);
	if (result < 0)
		fprintf(state.out, " = -1 %s (%s)\n", decode_errno_name(error)
			? decode_errno_name(error) : "?", strerror(error));
	else
		fprintf(state.out, " = %ld\n", result);
	if (why && *why)
		fprintf(state.out, "   %s\n", why);
	fflush(state.out);
}

static void netns(int fd, const char *what)
{
	char words[300];

	if (!state.level)
		return;
	explain_netns_words(fd, words, sizeof(words));
	fprintf(state.out, "   %s %s\n", what, words);
}

__attribute__((format(printf, 1, 0)))
static void not_sent(const char *reason, va_list ap)
{
	if (!state.level)
		return;
	say("not sent: ");
	vfprintf(state.out, reason, ap);
	fputc('\n', state.out);
	fflush(state.out);
}

/* What the commands find by name when they load this library. */
__attribute__((visibility("default")))
const struct explain_ops tinyip_explain_ops = {
	begin, end, socket_opened, request, answer, dump_again, call, not_sent, netns,
};
