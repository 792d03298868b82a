/* addr: add and list IP addresses. */
#ifndef TINYIP_ADDR_H
#define TINYIP_ADDR_H

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
	uint8_t local[16], address[16], broadcast[16], anycast[16];
	char label[16];
	uint32_t valid_lft, preferred_lft;
};

/* An address to add or delete, as typed: ADDR[/PLEN] dev DEV. */
struct addr_req {
	const char *word;	/* ADDR[/PLEN] as typed */
	const char *dev;
	struct prefix addr;
};

/* "ADDR[/PLEN] dev DEV", in either order, into OUT: 0, or -1 with ERR
 * naming the word at fault (NULL: the usage as a whole) and why. */
int addr_read_words(int argc, char *const *argv, struct addr_req *out,
		    struct parse_error *err);

/* RT_SCOPE_HOST for 127.0.0.0/8, else RT_SCOPE_UNIVERSE, as iproute2. */
uint8_t addr_default_scope(const struct prefix *addr);

/* BUF: RTNL_REQUEST_SIZE bytes. */
struct nlmsghdr *addr_build_add(void *buf, const struct prefix *addr, int ifindex);
int addr_add(struct rtnl *rt, const struct prefix *addr, int ifindex,
	     struct rtnl_err *err);

/* Delete ADDR from IFINDEX. An IPv4 address written without /LEN is
 * deleted whatever its prefix length; IPv6 without /LEN means /128. */
struct nlmsghdr *addr_build_del(void *buf, const struct prefix *addr, int ifindex);
int addr_del(struct rtnl *rt, const struct prefix *addr, int ifindex,
	     struct rtnl_err *err);

/* 1 when IFINDEX has ADDR with its prefix length, 0 when not, or -errno. */
int addr_exists(struct rtnl *rt, const struct prefix *addr, int ifindex);

/* FAMILY: AF_UNSPEC for all. */
int addr_dump(struct rtnl *rt, int family, struct rtnl_msgs *addrs,
	      struct rtnl_err *err);

int addr_parse(const struct nlmsghdr *nlh, struct addr_info *info);

#endif
