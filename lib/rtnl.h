/* rtnl: one rtnetlink socket, requests with acks, and dumps. */
#ifndef TINYIP_RTNL_H
#define TINYIP_RTNL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <linux/netlink.h>

/* Room for any request tinyip builds. */
#define RTNL_REQUEST_SIZE 4096

/* The kernel's explanation of a failed request (extended ack), if any;
 * or a lib function's own, when it refused before asking. OBJECT names
 * the word the refusal is about when that is not the request's subject
 * (a namespace, a bridge, a new name); else NULL. */
struct rtnl_err {
	char msg[256];
	const char *object;
	/* The request went out, and its answer never came back (the socket
	 * overflowed: ENOBUFS): whether it was done is not known. */
	bool lost;
	/* After a lost answer, what link_apply_change saw when it looked: 1
	 * done as asked, 0 not, or -errno. */
	int done;
};

struct rtnl {
	struct mnl_socket *sock;
	unsigned int portid;
	unsigned int seq;
	int slot;		/* its place in the pool, plus one; 0: its own */
};

/* Copies of the messages of a dump, back to back, owned by the caller. */
struct rtnl_msgs {
	char *buf;
	size_t len;
	size_t cap;
	/* The kernel marked the dump interrupted (NLM_F_DUMP_INTR: it changed
	 * while read) each time it was asked, for half a second: these are
	 * the messages of the last one, which may miss or repeat some. */
	bool interrupted;
};

/* Called for each reply message of a request; returns 0 or -errno. */
typedef int (*rtnl_reply_fn)(const struct nlmsghdr *nlh, void *data);

/* Start a request of TYPE in BUF, RTNL_REQUEST_SIZE bytes, all zeroed
 * first: libmnl leaves attribute padding as it finds it, and the kernel
 * should see no stale bytes. NLM_F_REQUEST is added to FLAGS. */
struct nlmsghdr *rtnl_put_request(void *buf, uint16_t type, uint16_t flags);

int rtnl_open(struct rtnl *rt);
void rtnl_close(struct rtnl *rt);

/* A socket opened afresh, whatever the pool: rtnl_open's own way. */
int rtnl_open_socket(struct rtnl *rt);

/* Where rtnl_open and rtnl_close get and give back sockets while a batch
 * runs (pool.h); NULL: each command opens and closes its own. */
struct rtnl_pool {
	int (*open)(struct rtnl *rt);
	void (*close)(struct rtnl *rt);
	/* The namespace mounted on PATH is losing its name. */
	void (*forget)(const char *path);
	/* This process entered the namespace of NAME (-n); NULL: it left. */
	void (*entered)(const char *name);
};
extern const struct rtnl_pool *rtnl_pool;

/* The one place every request leaves through. */
int rtnl_send(struct rtnl *rt, struct nlmsghdr *req);

/* Send REQ with NLM_F_ACK and wait for the ack. Replies before it go to
 * REPLY (may be NULL). Returns 0 or -errno, with the kernel's text in ERR. */
int rtnl_talk(struct rtnl *rt, struct nlmsghdr *req, rtnl_reply_fn reply,
	      void *data, struct rtnl_err *err);

/* Send dump request REQ and copy every answer into OUT. A dump the kernel
 * marks inconsistent (NLM_F_DUMP_INTR) is started again, with a growing
 * pause, for half a second; then the last is kept, with OUT->interrupted
 * set, as ip keeps it. */
int rtnl_dump(struct rtnl *rt, struct nlmsghdr *req, struct rtnl_msgs *out,
	      struct rtnl_err *err);

void rtnl_msgs_free(struct rtnl_msgs *msgs);

/* An rtnl_reply_fn that copies each reply into the rtnl_msgs at DATA. */
int rtnl_msgs_append(const struct nlmsghdr *nlh, void *data);

/* Copy the payload of ATTR into TO if it is exactly SIZE bytes: 1 if
 * copied, else 0. */
int rtnl_attr_copy(const struct nlattr *attr, void *to, size_t size);

/* Walk the copies: PREV NULL gives the first; NULL after the last. */
const struct nlmsghdr *rtnl_msgs_next(const struct rtnl_msgs *msgs,
				      const struct nlmsghdr *prev);

/* Take in one buffer of netlink messages as received from the kernel:
 * skip what is not an answer to SEQ for PORTID, hand the rest to REPLY.
 * Returns 1 when more is to come, 0 when done, or -errno. Exposed for the
 * unit tests, which feed it crafted replies. */
int rtnl_take_replies(const void *buf, size_t len, unsigned int seq,
		      unsigned int portid, rtnl_reply_fn reply, void *data,
		      struct rtnl_err *err, int *interrupted);

#endif
