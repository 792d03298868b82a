#define _GNU_SOURCE
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netns.h"
#include "snapshot.h"

static size_t count_msgs(const struct rtnl_msgs *msgs)
{
	const struct nlmsghdr *nlh = NULL;
	size_t count = 0;

	while ((nlh = rtnl_msgs_next(msgs, nlh)))
		count++;
	return count;
}

/* Positions in the links LINKS, by their index. */
static int by_index(const void *a, const void *b, void *links)
{
	const struct link_info *link = links;
	int x = link[*(const size_t *)a].index;
	int y = link[*(const size_t *)b].index;

	return (x > y) - (x < y);
}

int snapshot_read_links(struct snapshot *snap, const struct rtnl_msgs *msgs)
{
	const struct nlmsghdr *nlh = NULL;
	size_t count = count_msgs(msgs);

	free(snap->links);
	free(snap->by_index);
	snap->link_count = 0;
	snap->links = calloc(count ? count : 1, sizeof(*snap->links));
	snap->by_index = calloc(count ? count : 1, sizeof(*snap->by_index));
	if (!snap->links || !snap->by_index)
		return -ENOMEM;
	while ((nlh = rtnl_msgs_next(msgs, nlh))) {
		if (link_parse(nlh, &snap->links[snap->link_count]) < 0)
			continue;
		snap->by_index[snap->link_count] = snap->link_count;
		snap->link_count++;
	}
	qsort_r(snap->by_index, snap->link_count, sizeof(*snap->by_index), by_index,
		snap->links);
	return 0;
}

/* Positions in the addresses ADDRS, by their link's index, then by
 * position: each link's addresses stay in dump order. */
static int by_link(const void *a, const void *b, void *addrs)
{
	const struct addr_info *addr = addrs;
	size_t i = *(const size_t *)a, j = *(const size_t *)b;
	int x = addr[i].index, y = addr[j].index;

	if (x != y)
		return (x > y) - (x < y);
	return (i > j) - (i < j);
}

int snapshot_read_addrs(struct snapshot *snap, const struct rtnl_msgs *msgs)
{
	const struct nlmsghdr *nlh = NULL;
	size_t count = count_msgs(msgs) + 1;

	snap->addrs = calloc(count, sizeof(*snap->addrs));
	snap->addrs_by_link = calloc(count, sizeof(*snap->addrs_by_link));
	if (!snap->addrs || !snap->addrs_by_link)
		return -ENOMEM;
	while ((nlh = rtnl_msgs_next(msgs, nlh))) {
		if (addr_parse(nlh, &snap->addrs[snap->addr_count]) < 0)
			continue;
		snap->addrs_by_link[snap->addr_count] = snap->addr_count;
		snap->addr_count++;
	}
	qsort_r(snap->addrs_by_link, snap->addr_count, sizeof(*snap->addrs_by_link), by_link,
		snap->addrs);
	return 0;
}

size_t snapshot_addrs_of(const struct snapshot *snap, int index, const size_t **first)
{
	size_t low = 0, high = snap->addr_count, end;

	/* The first of INDEX's, or where it would be. */
	while (low < high) {
		size_t middle = low + (high - low) / 2;

		if (snap->addrs[snap->addrs_by_link[middle]].index < index)
			low = middle + 1;
		else
			high = middle;
	}
	for (end = low; end < snap->addr_count &&
	     snap->addrs[snap->addrs_by_link[end]].index == index; end++)
		;
	*first = snap->addrs_by_link ? snap->addrs_by_link + low : NULL;
	return end - low;
}

static int read_routes(struct snapshot *snap)
{
	const struct nlmsghdr *nlh = NULL;

	snap->routes = calloc(count_msgs(&snap->route_msgs) + 1, sizeof(*snap->routes));
	if (!snap->routes)
		return -ENOMEM;
	while ((nlh = rtnl_msgs_next(&snap->route_msgs, nlh)))
		if (route_parse(nlh, &snap->routes[snap->route_count]) == 0)
			snap->route_count++;
	return 0;
}

int snapshot_add_nsid(struct snapshot *snap, int nsid, const char *name)
{
	struct netns_entry *grown = realloc(snap->nsids,
					      (snap->nsid_count + 1) * sizeof(*grown));

	if (!grown)
		return -ENOMEM;
	snap->nsids = grown;
	grown[snap->nsid_count].nsid = nsid;
	snprintf(grown[snap->nsid_count].name, sizeof(grown->name), "%s", name);
	snap->nsid_count++;
	return 0;
}

/* The names of the namespaces, with the ids RT's namespace has for them. */
static int read_nsid_names(struct rtnl *rt, struct snapshot *snap)
{
	int ret = netns_list(&snap->nsids, &snap->nsid_count);

	/* Names are a help: without the run directory, peers keep their
	 * numbers. */
	if (ret < 0)
		return ret == -ENOMEM ? ret : 0;
	netns_list_ids(rt, snap->nsids, snap->nsid_count);
	return 0;
}

static bool has_peer_elsewhere(const struct snapshot *snap)
{
	for (size_t i = 0; i < snap->link_count; i++)
		if (snap->links[i].has_link_netnsid && snap->links[i].link_netnsid >= 0)
			return true;
	return false;
}

int snapshot_fetch_links(struct rtnl *rt, struct snapshot *snap, struct rtnl_err *err)
{
	int ret = link_dump(rt, &snap->link_msgs, err);

	return ret < 0 ? ret : snapshot_read_links(snap, &snap->link_msgs);
}

/* The devices the links name as master or lower device that a dump of
 * one kind left out, fetched one by one (as ip fetches a name it has not
 * seen), so that they print by name. Names are a help: a device gone
 * meanwhile, or a lost answer, leaves its number. */
static int fetch_named(struct rtnl *rt, struct snapshot *snap)
{
	uint32_t *asked = NULL;	/* the indexes fetched, or tried */
	size_t count = 0;
	int ret = 0;

	for (size_t i = 0; ret == 0 && i < snap->link_count * 2; i++) {
		const struct link_info *link = &snap->links[i / 2];
		uint32_t index = i % 2 ? link->master : link->has_link_netnsid ? 0 : link->link;
		uint32_t *grown;
		size_t k;

		for (k = 0; k < count && asked[k] != index; k++)
			;
		if (!index || k < count || snapshot_link(snap, (int)index))
			continue;
		grown = realloc(asked, (count + 1) * sizeof(*asked));
		if (!grown) {
			ret = -ENOMEM;
			break;
		}
		asked = grown;
		asked[count++] = index;
		ret = link_fetch_index(rt, (int)index, &snap->link_msgs);
		ret = ret == -ENOMEM ? ret : 0;
	}
	free(asked);
	/* Read again: the messages moved as they grew. */
	return ret == 0 && count ? snapshot_read_links(snap, &snap->link_msgs) : ret;
}

int snapshot_take_kind(struct rtnl *rt, const char *kind, struct snapshot *snap,
		       struct rtnl_err *err)
{
	int ret;

	memset(snap, 0, sizeof(*snap));
	ret = link_dump_kind(rt, kind, &snap->link_msgs, err);
	if (ret == 0)
		ret = snapshot_read_links(snap, &snap->link_msgs);
	if (ret == 0)
		ret = fetch_named(rt, snap);
	if (ret == 0)
		ret = snapshot_fetch_nsid_names(rt, snap);
	return ret;
}

int snapshot_fetch_addrs(struct rtnl *rt, struct snapshot *snap, struct rtnl_err *err)
{
	int ret = addr_dump(rt, AF_UNSPEC, &snap->addr_msgs, err);

	return ret < 0 ? ret : snapshot_read_addrs(snap, &snap->addr_msgs);
}

int snapshot_fetch_routes(struct rtnl *rt, int family, struct snapshot *snap,
			  struct rtnl_err *err)
{
	int ret = route_dump(rt, family, &snap->route_msgs, err);

	return ret < 0 ? ret : read_routes(snap);
}

int snapshot_fetch_nsid_names(struct rtnl *rt, struct snapshot *snap)
{
	return has_peer_elsewhere(snap) ? read_nsid_names(rt, snap) : 0;
}

const struct link_info *snapshot_link(const struct snapshot *snap, int index)
{
	size_t low = 0, high = snap->link_count;

	while (low < high) {
		size_t middle = low + (high - low) / 2;
		const struct link_info *link = &snap->links[snap->by_index[middle]];

		if (link->index == index)
			return link;
		if (link->index < index)
			low = middle + 1;
		else
			high = middle;
	}
	return NULL;
}

const struct link_info *snapshot_link_named(const struct snapshot *snap,
					    const char *name)
{
	for (size_t i = 0; i < snap->link_count; i++)
		if (strcmp(snap->links[i].name, name) == 0)
			return &snap->links[i];
	return NULL;
}

const char *snapshot_nsid_name(const struct snapshot *snap, int nsid)
{
	for (size_t i = 0; nsid >= 0 && i < snap->nsid_count; i++)
		if (snap->nsids[i].nsid == nsid)
			return snap->nsids[i].name;
	return NULL;
}

const char *snapshot_interrupted(const struct snapshot *snap)
{
	return snap->link_msgs.interrupted    ? "links"
	       : snap->addr_msgs.interrupted  ? "addresses"
	       : snap->route_msgs.interrupted ? "routes"
					      : NULL;
}

void snapshot_free(struct snapshot *snap)
{
	rtnl_msgs_free(&snap->link_msgs);
	rtnl_msgs_free(&snap->addr_msgs);
	rtnl_msgs_free(&snap->route_msgs);
	free(snap->links);
	free(snap->by_index);
	free(snap->addrs);
	free(snap->addrs_by_link);
	free(snap->routes);
	free(snap->nsids);
	memset(snap, 0, sizeof(*snap));
}
