#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>
#include <linux/magic.h>
#include <net/if_arp.h>

#include "netns.h"
#include "topo.h"

const char *topo_state(const struct link_info *link)
{
	if (!(link->flags & IFF_UP))
		return "DOWN";
	return link->flags & IFF_RUNNING ? "UP" : "UP, no carrier";
}

const char *topo_kind(const struct link_info *link)
{
	if (link->kind[0])
		return link->kind;
	return link->type == ARPHRD_LOOPBACK ? "loopback" : "device";
}

static int by_name(const void *a, const void *b)
{
	return strcmp(((const struct netns_entry *)a)->name, ((const struct netns_entry *)b)->name);
}

static int open_socket(void *data)
{
	return rtnl_open(data);
}

/* One namespace: its socket (made inside it), its snapshot. */
static int take_ns(struct topo_ns *ns, struct rtnl_err *err)
{
	struct stat st;
	int ret;

	if (fstat(ns->fd, &st) < 0)
		return -errno;
	ns->inode = (unsigned long)st.st_ino;
	ret = netns_run_in(ns->here ? -1 : ns->fd, open_socket, &ns->rt);
	if (ret < 0)
		return ret;
	ret = snapshot_take(&ns->rt, SNAPSHOT_LINKS | SNAPSHOT_ADDRS, 0, &ns->snap, err);
	if (ret < 0)
		return ret;
	ns->peers = calloc(ns->snap.link_count + 1, sizeof(*ns->peers));
	return ns->peers ? 0 : -ENOMEM;
}

/* What namespace X calls namespace Y, asked once. */
static int nsid_of(struct topo *t, size_t x, size_t y)
{
	struct topo_ns *ns = &t->ns[x];

	if (ns->nsids[y] == -2 && netns_get_id(&ns->rt, t->ns[y].fd, &ns->nsids[y]) < 0)
		ns->nsids[y] = -1;
	return ns->nsids[y];
}

/* Each link's peer: here, or in the namespace whose id it gives. */
static void find_peers(struct topo *t, size_t x)
{
	struct topo_ns *ns = &t->ns[x];

	for (size_t i = 0; i < ns->snap.link_count; i++) {
		const struct link_info *link = &ns->snap.links[i];
		struct topo_peer *peer = &ns->peers[i];

		peer->ns = -1;
		peer->nsid = -1;
		/* A veth's peer; a vlan's or macvlan's lower device is no cable.
		 * In another namespace the peer may have this link's index. */
		if (!link->has_link || !link->link || strcmp(link->kind, "veth") != 0 ||
		    (!link->has_link_netnsid && link->index == (int)link->link))
			continue;
		peer->index = (int)link->link;
		if (!link->has_link_netnsid) {
			peer->ns = (int)x;
			peer->link = snapshot_link(&ns->snap, peer->index);
			continue;
		}
		peer->nsid = link->link_netnsid;
		for (size_t y = 0; y < t->count && link->link_netnsid >= 0; y++) {
			if (y == x || nsid_of(t, x, y) != link->link_netnsid)
				continue;
			peer->ns = (int)y;
			peer->link = snapshot_link(&t->ns[y].snap, peer->index);
			break;
		}
	}
}

/* The namespace nsmap runs in first, then the names, sorted; one entry
 * for a namespace that has a name and is where nsmap runs. */
static int list_namespaces(struct topo *t)
{
	struct netns_entry *names;
	size_t count;
	struct stat here, st;
	int ret = netns_list(&names, &count);

	if (ret < 0)
		return ret;
	if (count)
		qsort(names, count, sizeof(*names), by_name);
	t->ns = calloc(count + 1, sizeof(*t->ns));
	if (!t->ns) {
		free(names);
		return -ENOMEM;
	}
	for (size_t i = 0; i <= count; i++)
		t->ns[i].fd = -1;
	t->ns[0].fd = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
	t->count = 1;	/* so that topo_free closes it */
	if (t->ns[0].fd < 0 || fstat(t->ns[0].fd, &here) < 0) {
		free(names);
		return -errno;
	}
	snprintf(t->ns[0].name, sizeof(t->ns[0].name), "host");
	snprintf(t->ns[0].key, sizeof(t->ns[0].key), "/host");
	t->ns[0].here = true;
	t->count = 1;
	for (size_t i = 0; i < count; i++) {
		int fd = netns_open(names[i].name);
		struct statfs fs;

		/* A stale name (no namespace mounted on it), or one not ours
		 * to open, is not in view. */
		if (fd < 0)
			continue;
		if (fstatfs(fd, &fs) < 0 || fs.f_type != NSFS_MAGIC || fstat(fd, &st) < 0) {
			close(fd);
			continue;
		}
		if (st.st_ino == here.st_ino && st.st_dev == here.st_dev) {
			snprintf(t->ns[0].name, sizeof(t->ns[0].name), "%s", names[i].name);
			snprintf(t->ns[0].key, sizeof(t->ns[0].key), "%s", names[i].name);
			t->ns[0].named = true;
			close(fd);
			continue;
		}
		t->ns[t->count].fd = fd;
		t->ns[t->count].named = true;
		snprintf(t->ns[t->count].name, sizeof(t->ns[0].name), "%s", names[i].name);
		snprintf(t->ns[t->count].key, sizeof(t->ns[0].key), "%s", names[i].name);
		t->count++;
	}
	free(names);
	return 0;
}

int topo_take(struct topo *t, struct rtnl_err *err)
{
	int ret;

	memset(t, 0, sizeof(*t));
	err->msg[0] = '\0';
	err->object = NULL;
	/* Two fds a namespace (a handle, a socket) for the whole view: room
	 * for as many as the hard limit allows, given back by topo_free. */
	if (getrlimit(RLIMIT_NOFILE, &t->files) == 0) {
		struct rlimit more = { t->files.rlim_max, t->files.rlim_max };

		t->files_raised = setrlimit(RLIMIT_NOFILE, &more) == 0;
	}
	ret = list_namespaces(t);
	for (size_t x = 0; ret == 0 && x < t->count; x++) {
		t->ns[x].nsids = malloc(t->count * sizeof(int));
		if (!t->ns[x].nsids)
			return -ENOMEM;
		for (size_t y = 0; y < t->count; y++)
			t->ns[x].nsids[y] = -2;
		ret = take_ns(&t->ns[x], err);
		if (ret < 0)
			err->object = t->ns[x].name;
	}
	for (size_t x = 0; ret == 0 && x < t->count; x++)
		find_peers(t, x);
	return ret;
}

void topo_free(struct topo *t)
{
	for (size_t x = 0; x < t->count; x++) {
		struct topo_ns *ns = &t->ns[x];

		rtnl_close(&ns->rt);
		snapshot_free(&ns->snap);
		free(ns->peers);
		free(ns->nsids);
		if (ns->fd >= 0)
			close(ns->fd);
	}
	free(t->ns);
	if (t->files_raised)
		setrlimit(RLIMIT_NOFILE, &t->files);
	memset(t, 0, sizeof(*t));
}
