/* explain: what each step says to the kernel, and what the kernel
 * answers, in words (-v, -vv, TINYIP_EXPLAIN=1 or 2). Written to stderr,
 * or to the file descriptor TINYIP_EXPLAIN_FD names; never to stdout.
 *
 * The decoder and its tables live in a library of their own,
 * tinyip-explain.so, which explain_begin loads only when asked: the
 * commands stay small, and without -v every call here returns at once.
 * The state lasts one command call: explain_begin to explain_end. */
#ifndef TINYIP_EXPLAIN_H
#define TINYIP_EXPLAIN_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <linux/netlink.h>

/* Start explaining for PROG at LEVEL (-v: 1, -vv: 2), or at what
 * TINYIP_EXPLAIN says if more; 0 and nothing said: off. */
void explain_begin(const char *prog, int level);
void explain_end(void);
/* Whether this command call is explaining. */
bool explain_on(void);

/* The netlink socket FD just opened. */
void explain_socket(int fd);
/* Each request as it leaves on socket SOCK, each answer as it arrives
 * (LEN bytes). */
void explain_request(int sock, const struct nlmsghdr *nlh);
void explain_answer(const struct nlmsghdr *nlh, size_t len);
/* A dump started again because it changed while it was read. */
void explain_dump_again(void);

/* A system call of a namespace step, just made: RESULT (-1: failed
 * with ERROR, an errno), what it was (printf-style), and WHY, in words.
 * errno is left as ERROR. */
__attribute__((format(printf, 4, 5)))
void explain_call(long result, int error, const char *why, const char *call, ...);

/* A line saying WHAT the namespace open on FD (-1: this one) is:
 * "net:[4026532316] (ns1)". */
void explain_netns(int fd, const char *what);

/* A refusal decided before anything is sent. */
__attribute__((format(printf, 1, 2)))
void explain_not_sent(const char *reason, ...);

/* What tinyip-explain.so gives, as tinyip_explain_ops. */
struct explain_ops {
	void (*begin)(const char *prog, int level);
	void (*end)(void);
	void (*socket)(int fd);
	void (*request)(int sock, const struct nlmsghdr *nlh);
	void (*answer)(const struct nlmsghdr *nlh, size_t len);
	void (*dump_again)(void);
	void (*call)(long result, int error, const char *why, const char *call, va_list ap);
	void (*not_sent)(const char *reason, va_list ap);
	void (*netns)(int fd, const char *what);
};

#endif
