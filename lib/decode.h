/* decode: rtnetlink messages in words, for explain mode. Names come from
 * a table compiled in for what tinyip sends and receives; every field
 * and attribute gets a few words of meaning. Reads any bytes safely: what
 * does not fit is said, never read past. No I/O but writing to OUT; what
 * needs a look at the system (the namespace behind an fd, the name of an
 * index) is asked of NAMES. */
#ifndef TINYIP_DECODE_H
#define TINYIP_DECODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <linux/netlink.h>

struct decode_names {
	/* In words, the namespace open on FD ("/run/netns/ns1 (ns1),
	 * net:[4026532316]"), or "" when unknown. */
	void (*fd)(int fd, char *buf, size_t size);
	/* The name of device INDEX here, or "". */
	void (*ifindex)(int index, char *buf, size_t size);
};

struct decode {
	FILE *out;
	int level;		/* 1: -v; 2: -vv, with offsets, lengths and hex */
	const struct decode_names *names;	/* NULL: numbers only */
};

/* What a request of TYPE is called and does: "RTM_NEWLINK" and "create
 * or change a link"; NULL for a type not in the table. */
const char *decode_type_name(unsigned int type);
const char *decode_type_meaning(unsigned int type);

/* The request NLH (LEN bytes): the rest of its first line (type, length),
 * then a line for its flags, its family header and each attribute. */
void decode_request(const struct decode *d, const struct nlmsghdr *nlh, size_t len);

/* An answer NLH (LEN bytes, as received) to REQUEST (NULL: unknown): the
 * rest of its first line, then its details. SUMMARY: one object of a
 * dump in a few words ("RTM_NEWLINK: 3 veth_ns1"), nothing more. */
void decode_answer(const struct decode *d, const struct nlmsghdr *nlh, size_t len,
		   const struct nlmsghdr *request, size_t request_len, bool summary);

/* The name of errno value ERROR (17: "EEXIST"), or NULL. */
const char *decode_errno_name(int error);

#endif
