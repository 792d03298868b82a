/* addr: add and list IP addresses. */
#ifndef TINYIP_ADDR_H
#define TINYIP_ADDR_H

#include <stdbool.h>
#include <stdint.h>

#include "parse.h"
#include "rtnl.h"

/* What a dump says of one address. */
struct addr_info {
	int family;
	unsigned int prefixlen;
	uint32_t flags;		/* IFA_F_* */
	uint8_t scope;
	int index;
	int has_local, has_address, has_broadcast, has_anycast, has_cacheinfo;
	int has_metric;
	uint32_t metric;	/* IFA_RT_PRIORITY */
	uint8_t local[16], address[16], broadcast[16], anycast[16];
	char label[16];
	uint32_t valid_lft, preferred_lft;
};

/* An address to add or delete, as typed: ADDR[/PLEN] dev DEV, and what
 * else ip addr add takes. What is not given is left as ip leaves it. */
struct addr_req {
	const char *word;	/* ADDR[/PLEN] as typed */
	const char *dev;
	struct prefix addr;
	bool has_peer;
	struct prefix peer;	/* the other end of a point-to-point link */
	const char *label;	/* NULL: none (the kernel gives DEV's name) */
	char broadcast;		/* 0: none; 'a': BROADCAST; '+', '-': computed */
	struct prefix broadcast_addr;
	bool has_lifetimes;
	uint32_t valid_lft, preferred_lft;	/* seconds; ADDR_FOREVER */
	bool has_metric, has_scope;
	uint32_t metric;	/* of the prefix route */
	uint8_t scope;
	uint32_t flags;		/* IFA_F_NODAD, IFA_F_NOPREFIXROUTE, ... */
};

#define ADDR_FOREVER 0xFFFFFFFFU

/* "ADDR[/PLEN] dev DEV [peer PEER] [label L] [broadcast ADDR|+|-]
 * [valid_lft N|forever] [preferred_lft N|forever] [metric N] [scope S]
 * [nodad] [noprefixroute] [home] [mngtmpaddr] [autojoin]", in any order,
 * into OUT. ADD: to add, else to delete (which takes only dev, peer and
 * label). 0, or -1 with ERR naming the word at fault (NULL: the usage as
 * a whole) and why. */
int addr_read_words(int argc, char *const *argv, bool add, struct addr_req *out,
		    struct parse_error *err);

/* RT_SCOPE_HOST for 127.0.0.0/8, else RT_SCOPE_UNIVERSE, as iproute2. */
uint8_t addr_default_scope(const struct prefix *addr);

/* TYPE: RTM_NEWADDR or RTM_DELADDR; BUF: RTNL_REQUEST_SIZE bytes. An
 * IPv4 address deleted without /LEN goes whatever its prefix length;
 * IPv6 without /LEN means /128. */
struct nlmsghdr *addr_build(void *buf, uint16_t type, const struct addr_req *req,
			    int ifindex);
int addr_add(struct rtnl *rt, const struct addr_req *req, int ifindex,
	     struct rtnl_err *err);
int addr_del(struct rtnl *rt, const struct addr_req *req, int ifindex,
	     struct rtnl_err *err);
/* The same for ADDR alone. */
struct nlmsghdr *addr_build_add(void *buf, const struct prefix *addr, int ifindex);
struct nlmsghdr *addr_build_del(void *buf, const struct prefix *addr, int ifindex);

/* The prefix length REQ's address gets: its peer's, else its own. */
unsigned int addr_prefixlen_of(const struct addr_req *req);

/* 1 when IFINDEX has REQ's address with its prefix length, 0 when
 * not, or -errno. */
int addr_exists(struct rtnl *rt, const struct addr_req *req, int ifindex);

/* FAMILY: AF_UNSPEC for all. */
int addr_dump(struct rtnl *rt, int family, struct rtnl_msgs *addrs,
	      struct rtnl_err *err);

int addr_parse(const struct nlmsghdr *nlh, struct addr_info *info);

#endif
