#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <signal.h>
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
	int sink;		/* where the words go: 2, or TINYIP_EXPLAIN_FD's copy */
	FILE *out;		/* one hook's words, gathered, then written */
	char *text;
	size_t size;
	bool foreign;		/* the socket is in another namespace than we are */
	struct open_socket {
		int fd;
		unsigned long inode;	/* of the namespace it was opened in */
	} *sockets;
	size_t socket_count;
	unsigned int requests;	/* sent so far */
	struct timespec sent;	/* when the last one left */
	unsigned int objects;	/* answered in the dump under way */
	size_t request_len;	/* the last request, for what an error blames */
	_Alignas(4) unsigned char request[RTNL_REQUEST_SIZE];
} state;

/* FD, if it may take the words: open, not stdout's file. */
static bool writable_not_stdout(int fd)
{
	struct stat st, out;

	if (fd <= 2 || fcntl(fd, F_GETFL) < 0 || (fcntl(fd, F_GETFL) & O_ACCMODE) == O_RDONLY)
		return false;
	return fstat(fd, &st) == 0 && !(fstat(1, &out) == 0 && st.st_dev == out.st_dev &&
					st.st_ino == out.st_ino);
}

static void begin(const char *prog, int level)
{
	const char *fd_word = getenv("TINYIP_EXPLAIN_FD");
	int fd = fd_word && *fd_word ? atoi(fd_word) : -1;

	memset(&state, 0, sizeof(state));
	state.level = level;
	state.prog = prog;
	state.sink = 2;
	/* Never stdout: that is the list's. */
	if (writable_not_stdout(fd)) {
		int copy = fcntl(fd, F_DUPFD_CLOEXEC, 3);

		if (copy >= 0)
			state.sink = copy;
	}
}

static void end(void)
{
	if (state.sink > 2)
		close(state.sink);
	free(state.sockets);
	memset(&state, 0, sizeof(state));
}

/* All of BUF to the sink, with SIGPIPE held off: a reader gone away
 * ends the explaining, not the command. */
static void write_all(const char *buf, size_t len)
{
	sigset_t pipe_signal, old, pending;
	bool was_pending;

	sigemptyset(&pipe_signal);
	sigaddset(&pipe_signal, SIGPIPE);
	sigprocmask(SIG_BLOCK, &pipe_signal, &old);
	was_pending = sigpending(&pending) == 0 && sigismember(&pending, SIGPIPE);
	while (len) {
		ssize_t n = write(state.sink, buf, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			state.level = 0;
			break;
		}
		buf += n;
		len -= (size_t)n;
	}
	if (!was_pending && sigpending(&pending) == 0 && sigismember(&pending, SIGPIPE)) {
		struct timespec now = { 0, 0 };

		sigtimedwait(&pipe_signal, NULL, &now);
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
}

/* A hook's words go to memory first, then out in one write. */
static bool hook_start(void)
{
	if (!state.level)
		return false;
	state.out = open_memstream(&state.text, &state.size);
	return state.out != NULL;
}

static void hook_end(void)
{
	if (fclose(state.out) == 0 && state.text)
		write_all(state.text, state.size);
	free(state.text);
	state.text = NULL;
	state.out = NULL;
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
	/* An index names a device of the socket's namespace. */
	if (!state.foreign && index > 0 && if_indextoname((unsigned int)index, name))
		snprintf(buf, size, "%s", name);
}

static const struct decode_names names = { name_fd, name_ifindex };

/* The namespace this process is in: its inode, or 0. */
static unsigned long here_inode(void)
{
	struct stat st;

	return stat("/proc/self/ns/net", &st) == 0 ? (unsigned long)st.st_ino : 0;
}

static void socket_opened(int fd)
{
	char words[300];
	struct open_socket *grown;

	if (!hook_start())
		return;
	grown = realloc(state.sockets, (state.socket_count + 1) * sizeof(*grown));
	if (grown) {
		state.sockets = grown;
		grown[state.socket_count].fd = fd;
		grown[state.socket_count++].inode = here_inode();
	}
	explain_netns_words(-1, words, sizeof(words));
	say("socket(AF_NETLINK, NETLINK_ROUTE) = fd %d, in this namespace, %s\n", fd, words);
	fprintf(state.out, "   options NETLINK_EXT_ACK (refusals come with the kernel's "
		"sentence), NETLINK_CAP_ACK (acks do not echo our request)\n");
	hook_end();
}

/* Whether socket SOCK is in another namespace than this process is now:
 * a socket stays in the namespace it was opened in. */
static bool socket_elsewhere(int sock)
{
	unsigned long here = here_inode();

	for (size_t i = 0; i < state.socket_count; i++)
		if (state.sockets[i].fd == sock)
			return here && state.sockets[i].inode && here != state.sockets[i].inode;
	return false;
}

static void request(int sock, const struct nlmsghdr *nlh)
{
	struct decode d;

	if (!hook_start())
		return;
	d = (struct decode){ state.out, state.level, &names };
	state.foreign = socket_elsewhere(sock);
	state.requests++;
	state.objects = 0;
	state.request_len = nlh->nlmsg_len <= sizeof(state.request) ? nlh->nlmsg_len : 0;
	memcpy(state.request, nlh, state.request_len);
	say(">> request %u: ", state.requests);
	decode_request(&d, nlh, nlh->nlmsg_len);
	hook_end();
	clock_gettime(CLOCK_MONOTONIC, &state.sent);
}

static void answer(const struct nlmsghdr *nlh, size_t len)
{
	bool last = len >= NLMSG_HDRLEN &&
		    (nlh->nlmsg_type == NLMSG_ERROR || nlh->nlmsg_type == NLMSG_DONE);
	struct timespec now;
	struct decode d;
	double ms;
	int status = 0;

	if (!hook_start())
		return;
	d = (struct decode){ state.out, state.level, &names };
	if (!last) {
		state.objects++;
		say("<< ");
		decode_answer(&d, nlh, len, NULL, 0, state.level < 2);
		hook_end();
		return;
	}
	clock_gettime(CLOCK_MONOTONIC, &now);
	ms = (double)(now.tv_sec - state.sent.tv_sec) * 1e3 +
	     (double)(now.tv_nsec - state.sent.tv_nsec) / 1e6;
	say("<< answer to request %u in %.*f ms: ", state.requests, ms < 1 ? 2 : 1, ms);
	/* A dump's end carries its status: 0, or -errno of a dump that failed. */
	if (nlh->nlmsg_type == NLMSG_DONE && len >= NLMSG_HDRLEN + sizeof(status))
		memcpy(&status, (const char *)nlh + NLMSG_HDRLEN, sizeof(status));
	if (nlh->nlmsg_type == NLMSG_DONE && status < 0 && status > -4096)
		fprintf(state.out, "NLMSG_DONE (%u): the dump failed, error %d = %s \"%s\", "
			"after %u %s\n", NLMSG_DONE, status,
			decode_errno_name(-status) ? decode_errno_name(-status) : "?",
			strerror(-status), state.objects, state.objects == 1 ? "object" : "objects");
	else if (nlh->nlmsg_type == NLMSG_DONE)
		fprintf(state.out, "NLMSG_DONE (%u): the dump is complete, %u %s\n", NLMSG_DONE,
			state.objects, state.objects == 1 ? "object" : "objects");
	else
		decode_answer(&d, nlh, len, (const struct nlmsghdr *)(const void *)state.request,
			      state.request_len, false);
	hook_end();
}

static void dump_again(void)
{
	if (!hook_start())
		return;
	say("the dump changed while it was read (NLM_F_DUMP_INTR): asking again\n");
	hook_end();
}

__attribute__((format(printf, 4, 0)))
static void call(long result, int error, const char *why, const char *what, va_list ap)
{
	if (!hook_start())
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
	hook_end();
}

static void netns(int fd, const char *what)
{
	char words[300];

	if (!hook_start())
		return;
	explain_netns_words(fd, words, sizeof(words));
	fprintf(state.out, "   %s %s\n", what, words);
	hook_end();
}

__attribute__((format(printf, 1, 0)))
static void not_sent(const char *reason, va_list ap)
{
	if (!hook_start())
		return;
	say("not sent: ");
	vfprintf(state.out, reason, ap);
	fputc('\n', state.out);
	hook_end();
}

/* What the commands find by name when they load this library. */
__attribute__((visibility("default")))
const struct explain_ops tinyip_explain_ops = {
	begin, end, socket_opened, request, answer, dump_again, call, not_sent, netns,
};
