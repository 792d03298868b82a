/* What the kernel might send: rtnl_take_replies, then every reply read as
 * a link, an address and a route, and printed as text and JSON. */
#include <stdio.h>
#include <linux/netlink.h>

#include "addr.h"
#include "fuzz.h"
#include "link.h"
#include "print.h"
#include "route.h"
#include "rtnl.h"

static FILE *sink;

static int take(const struct nlmsghdr *nlh, void *data)
{
	return rtnl_msgs_append(nlh, data);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rtnl_msgs msgs = { 0 };
	struct print_ctx ctx = { .links = &msgs, .rt = NULL };
	const struct nlmsghdr *nlh = NULL;
	struct rtnl_err err;
	struct json json;
	int interrupted = 0;
	unsigned int seq = 0, portid = 0;
	/* Aligned, as a receive buffer is. */
	uint32_t *buf = malloc(size + 4);

	if (!buf)
		abort();
	memcpy(buf, data, size);
	if (size >= sizeof(struct nlmsghdr)) {
		seq = ((const struct nlmsghdr *)(const void *)buf)->nlmsg_seq;
		portid = ((const struct nlmsghdr *)(const void *)buf)->nlmsg_pid;
	}
	if (!sink)
		sink = fopen("/dev/null", "w");
	err.msg[0] = '\0';
	rtnl_take_replies(buf, size, seq, portid, take, &msgs, &err, &interrupted);
	json_init(&json, sink, false);
	while ((nlh = rtnl_msgs_next(&msgs, nlh))) {
		struct link_info link;
		struct addr_info addr;
		struct route_info route;

		if (link_parse(nlh, &link) == 0) {
			print_link(sink, &link, &ctx, true);
			print_link_json(&json, &link, &ctx, true);
		}
		if (addr_parse(nlh, &addr) == 0) {
			print_addr(sink, &addr);
			print_addr_json(&json, &addr);
		}
		if (route_parse(nlh, &route) == 0) {
			print_route(sink, &route, &ctx);
			print_route_json(&json, &route, &ctx);
		}
	}
	rtnl_msgs_free(&msgs);
	free(buf);
	return 0;
}
