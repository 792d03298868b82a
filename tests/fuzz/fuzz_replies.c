/* What the kernel might send: rtnl_take_replies, then every reply read as
 * a link, an address and a route, and printed as text and JSON from a
 * snapshot of those replies. */
#include <stdio.h>
#include <linux/netlink.h>

#include "addr.h"
#include "fuzz.h"
#include "link.h"
#include "print.h"
#include "route.h"
#include "rtnl.h"
#include "snapshot.h"

static FILE *sink;

static int take(const struct nlmsghdr *nlh, void *data)
{
	return rtnl_msgs_append(nlh, data);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rtnl_msgs msgs = { 0 };
	struct snapshot snap = { 0 };
	const struct nlmsghdr *nlh = NULL;
	struct rtnl_err err;
	struct show text, json;
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
	if (snapshot_read_links(&snap, &msgs) < 0)
		abort();
	show_init(&text, sink, false, false);
	show_init(&json, sink, true, false);
	show_list_open(&json);
	while ((nlh = rtnl_msgs_next(&msgs, nlh))) {
		struct link_info link;
		struct addr_info addr;
		struct route_info route;

		if (link_parse(nlh, &link) == 0) {
			for (int view = LINK_VIEW_LINK; view <= LINK_VIEW_INET6; view++) {
				print_link(&text, &snap, &link, (enum link_view)view);
				show_object_open(&json, NULL);
				print_link(&json, &snap, &link, (enum link_view)view);
				show_object_close(&json);
			}
		}
		if (addr_parse(nlh, &addr) == 0) {
			print_addr(&text, &addr);
			print_addr(&json, &addr);
		}
		if (route_parse(nlh, &route) == 0) {
			print_route(&text, &snap, &route, true);
			print_route(&json, &snap, &route, false);
		}
	}
	show_list_close(&json);
	snapshot_free(&snap);
	rtnl_msgs_free(&msgs);
	free(buf);
	return 0;
}
