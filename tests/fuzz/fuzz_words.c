/* The keyword lists (addradd, routeadd, linkset, vethadd, vxlanadd,
 * linklist): whatever the words, a failure names one of them (or none,
 * for usage) and a success holds only checked names. The input is split
 * into words at newlines. */
#include <sys/socket.h>

#include "fuzz.h"
#include "addr.h"
#include "link.h"
#include "parse.h"
#include "route.h"

#define MAX_WORDS 16

static void check_error(int argc, char **argv, const struct parse_error *err)
{
	if (!err->word)
		return;
	if (!err->reason)
		abort();
	for (int i = 0; i < argc; i++)
		if (strcmp(err->word, argv[i]) == 0)
			return;
	abort();	/* the error names a word nobody typed */
}

static void check_name(const char *name)
{
	if (name && parse_ifname(name))
		abort();
}

static void check_netns(const char *name)
{
	if (name && parse_netns_name(name))
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_string(data, size);
	char *argv[MAX_WORDS], *word = text;
	int argc = 0;
	struct parse_error err;
	struct addr_req addr;
	struct route_req route;
	struct link_change link;
	struct link_filter filter;
	struct veth_req veth;
	struct vxlan_req vxlan;

	while (argc < MAX_WORDS && word) {
		argv[argc++] = word;
		word = strchr(word, '\n');
		if (word)
			*word++ = '\0';
	}
	for (int add = 0; add < 2; add++) {
		if (addr_read_words(argc, argv, add, &addr, &err) == 0)
			check_name(addr.dev);
		else
			check_error(argc, argv, &err);
	}
	static const int families[] = { 0, AF_INET, AF_INET6 };	/* none, -4, -6 */
	for (size_t i = 0; i < sizeof(families) / sizeof(families[0]); i++) {
		if (route_read_words(argc, argv, families[i], i % 2 == 0, &route, &err) == 0) {
			check_name(route.dev);
			if (route.has_gateway && route.gateway.family != route.dst.family)
				abort();
		} else {
			check_error(argc, argv, &err);
		}
	}
	if (link_read_change_words(argc, argv, &link, &err) == 0) {
		check_name(link.dev);
		check_name(link.master);
		check_name(link.new_name);
		check_netns(link.netns);
		if (link.address_len > sizeof(link.address))
			abort();
		if ((link.alias && strlen(link.alias) > 255) ||
		    (link.flag_values & ~link.flag_mask))
			abort();
	} else {
		check_error(argc, argv, &err);
	}
	if (link_read_list_words(argc, argv, &filter, &err) == 0) {
		check_name(filter.dev);
		if (filter.has_kind && !filter.slave && !filter.kind[0])
			abort();
	} else {
		check_error(argc, argv, &err);
	}
	if (link_read_veth_words(argc, argv, &veth, &err) == 0) {
		check_name(veth.name);
		check_name(veth.peer_name);
		check_netns(veth.netns);
		check_netns(veth.peer_netns);
	} else {
		check_error(argc, argv, &err);
	}
	if (link_read_vxlan_words(argc, argv, &vxlan, &err) == 0) {
		check_name(vxlan.name);
		check_name(vxlan.dev);
		if (vxlan.vni > 0xffffff || vxlan.port == 0 || (vxlan.group && !vxlan.dev) ||
		    (vxlan.remote_family && vxlan.local_family &&
		     vxlan.remote_family != vxlan.local_family))
			abort();
	} else {
		check_error(argc, argv, &err);
	}
	free(text);
	return 0;
}
