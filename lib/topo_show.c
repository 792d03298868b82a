#define _GNU_SOURCE
#include <arpa/inet.h>
#include <net/if.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <net/if_arp.h>
#include <linux/rtnetlink.h>

#include "json.h"
#include "topo_show.h"

enum mark { SAME, ADDED, CHANGED, REMOVED };

/* One link as nsmap shows it, decided once for every view. */
struct row {
	const char *ns;		/* its namespace's name, as shown */
	const char *key;	/* and as found: the name, or "/host" */
	size_t ns_index;
	const struct link_info *link;	/* NULL: removed since */
	char name[IF_NAMESIZE + 4], kind[16], state[16], master[IF_NAMESIZE];
	char peer_ns[256], peer_name[IF_NAMESIZE + 8];	/* "" when none */
	char peer_key[256];	/* the peer's namespace, as found */
	int peer_nsid;		/* peer not in view: its nsid; else -1 */
	char peer_master[IF_NAMESIZE];	/* the bridge its peer hangs under */
	char addrs[1024];	/* the addresses shown, ", " between */
	bool is_vxlan;
	struct vxlan_req vx;	/* a VXLAN device's settings */
	char vx_words[200];	/* and as ip -d words: "id 42 remote ... dstport 4789" */
	char vx_dev[IF_NAMESIZE];	/* its underlay's name, or "" */
	int depth;		/* 0; a port 1, a port of a port 2 */
	bool last_port, lo;
	enum mark mark;
	char was[1100];		/* CHANGED: what it was */
};

struct rows {
	struct row *row;
	size_t count;
};

/* Scope of an address as shown: link-local and loopback only with -a. */
static bool shown(const struct addr_info *addr, bool all)
{
	return all || (addr->scope != RT_SCOPE_LINK && addr->scope != RT_SCOPE_HOST);
}

static void addr_words(const struct snapshot *snap, int index, bool all, char *buf, size_t size)
{
	const size_t *first;
	size_t count = snapshot_addrs_of(snap, index, &first);
	size_t len = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < count && len < size; i++) {
		const struct addr_info *a = &snap->addrs[first[i]];
		char text[INET6_ADDRSTRLEN];

		if (!shown(a, all) ||
		    !inet_ntop(a->family, a->local, text, sizeof(text)))
			continue;
		len += (size_t)snprintf(buf + len, size - len, "%s%s/%u", len ? ", " : "",
					text, a->prefixlen);
	}
	if (len >= size && size > 4)
		memcpy(buf + size - 4, "...", 4);
}

/* A VXLAN row's settings in ip -d's words and order: "id 42 remote ADDR
 * local ADDR dev DEV dstport 4789" (group for a multicast remote). */
static void vxlan_words(struct row *r, const struct snapshot *snap)
{
	const struct vxlan_req *vx = &r->vx;
	char text[INET6_ADDRSTRLEN];
	size_t len;

	r->is_vxlan = true;
	len = (size_t)snprintf(r->vx_words, sizeof(r->vx_words), "id %u", vx->vni);
	if (vx->remote_family && inet_ntop(vx->remote_family, vx->remote, text, sizeof(text)))
		len += (size_t)snprintf(r->vx_words + len, sizeof(r->vx_words) - len, " %s %s",
					vx->group ? "group" : "remote", text);
	if (vx->local_family && inet_ntop(vx->local_family, vx->local, text, sizeof(text)) &&
	    len < sizeof(r->vx_words))
		len += (size_t)snprintf(r->vx_words + len, sizeof(r->vx_words) - len,
					" local %s", text);
	if (vx->dev_index) {
		const struct link_info *dev = snapshot_link(snap, (int)vx->dev_index);

		if (dev)
			snprintf(r->vx_dev, sizeof(r->vx_dev), "%s", dev->name);
		else
			snprintf(r->vx_dev, sizeof(r->vx_dev), "if%u", vx->dev_index);
		if (len < sizeof(r->vx_words))
			len += (size_t)snprintf(r->vx_words + len, sizeof(r->vx_words) - len,
						" dev %s", r->vx_dev);
	}
	if (len < sizeof(r->vx_words))
		snprintf(r->vx_words + len, sizeof(r->vx_words) - len, " dstport %u", vx->port);
}

static const struct link_info *master_of(const struct snapshot *snap, const struct link_info *link)
{
	return link->master ? snapshot_link(snap, (int)link->master) : NULL;
}

static void add_row(struct rows *rows, const struct topo *t, size_t x,
		    const struct link_info *link, int depth, const struct topo_view *view)
{
	const struct topo_ns *ns = &t->ns[x];
	const struct topo_peer *peer = &ns->peers[link - ns->snap.links];
	const struct link_info *master = master_of(&ns->snap, link);
	struct row *r = &rows->row[rows->count++];

	memset(r, 0, sizeof(*r));
	r->ns = ns->name;
	r->key = ns->key;
	r->ns_index = x;
	r->depth = depth;
	r->link = link;
	snprintf(r->name, sizeof(r->name), "%s", link->name);
	snprintf(r->kind, sizeof(r->kind), "%s", topo_kind(link));
	snprintf(r->state, sizeof(r->state), "%s", topo_state(link));
	if (master)
		snprintf(r->master, sizeof(r->master), "%s", master->name);
	r->lo = strcmp(r->kind, "loopback") == 0;
	r->peer_nsid = -1;
	if (peer->index && peer->ns >= 0) {
		snprintf(r->peer_ns, sizeof(r->peer_ns), "%s", t->ns[peer->ns].name);
		snprintf(r->peer_key, sizeof(r->peer_key), "%s", t->ns[peer->ns].key);
		if (peer->link)
			snprintf(r->peer_name, sizeof(r->peer_name), "%s", peer->link->name);
		else
			snprintf(r->peer_name, sizeof(r->peer_name), "if%d", peer->index);
		if (peer->link && peer->link->master) {
			const struct link_info *bridge =
				snapshot_link(&t->ns[peer->ns].snap, (int)peer->link->master);

			snprintf(r->peer_master, sizeof(r->peer_master), "%s",
				 bridge ? bridge->name : "?");
		}
	} else if (peer->index) {
		snprintf(r->peer_name, sizeof(r->peer_name), "if%d", peer->index);
		r->peer_nsid = peer->nsid;
	}
	addr_words(&ns->snap, link->index, view->all, r->addrs, sizeof(r->addrs));
	if (link_vxlan_settings(link, &r->vx))
		vxlan_words(r, &ns->snap);
}

/* LINK, then its ports under it, and theirs, the last of each marked. */
static void add_tree(struct rows *rows, const struct topo *t, size_t x,
		     const struct link_info *link, int depth, const struct topo_view *view)
{
	const struct snapshot *snap = &t->ns[x].snap;
	size_t last = 0;
	bool ports = false;

	add_row(rows, t, x, link, depth, view);
	for (size_t j = 0; depth < 8 && j < snap->link_count; j++) {
		const struct link_info *port = &snap->links[snap->by_index[j]];

		if (port->master != (uint32_t)link->index || port == link)
			continue;
		last = rows->count;
		ports = true;
		add_tree(rows, t, x, port, depth + 1, view);
	}
	if (ports)
		rows->row[last].last_port = true;
}

/* In each namespace: links in index order, each bridge's ports under
 * it, loopback last. */
static void make_rows(struct rows *rows, const struct topo *t, const struct topo_view *view)
{
	size_t total = 0;

	for (size_t x = 0; x < t->count; x++)
		total += t->ns[x].snap.link_count;
	rows->row = calloc(total + 1, sizeof(*rows->row));
	rows->count = 0;
	if (!rows->row)
		return;
	for (size_t x = 0; x < t->count; x++) {
		const struct snapshot *snap = &t->ns[x].snap;

		for (int lo = 0; lo < 2; lo++) {
			for (size_t i = 0; i < snap->link_count; i++) {
				const struct link_info *link = &snap->links[snap->by_index[i]];

				if ((link->type == ARPHRD_LOOPBACK) != lo || master_of(snap, link))
					continue;
				add_tree(rows, t, x, link, 0, view);
			}
		}
	}
}

/* A saved link's "vxlan" object as the words a row shows. */
static void saved_vxlan_words(const struct jv *vx, struct row *r)
{
	static const char *const peers[] = { "remote", "group", "remote6", "group6" };
	const struct jv *id = jv_get(vx, "id"), *port = jv_get(vx, "port");
	size_t len;

	if (!vx || vx->type != JV_OBJECT || !id || id->type != JV_NUMBER ||
	    !port || port->type != JV_NUMBER)
		return;
	r->is_vxlan = true;
	len = (size_t)snprintf(r->vx_words, sizeof(r->vx_words), "id %u", (unsigned int)id->number);
	for (size_t i = 0; i < sizeof(peers) / sizeof(peers[0]); i++)
		if (jv_get(vx, peers[i]) && len < sizeof(r->vx_words))
			len += (size_t)snprintf(r->vx_words + len, sizeof(r->vx_words) - len, " %s %s",
						i % 2 ? "group" : "remote", jv_string(vx, peers[i]));
	if ((jv_get(vx, "local") || jv_get(vx, "local6")) && len < sizeof(r->vx_words))
		len += (size_t)snprintf(r->vx_words + len, sizeof(r->vx_words) - len, " local %s",
					jv_get(vx, "local") ? jv_string(vx, "local")
							    : jv_string(vx, "local6"));
	if (jv_get(vx, "link") && len < sizeof(r->vx_words))
		len += (size_t)snprintf(r->vx_words + len, sizeof(r->vx_words) - len, " dev %s",
					jv_string(vx, "link"));
	if (len < sizeof(r->vx_words))
		snprintf(r->vx_words + len, sizeof(r->vx_words) - len, " dstport %u",
			 (unsigned int)port->number);
}

/* The saved view's links, for --since: each the way a row is. */
static void saved_rows(const struct jv *saved, struct rows *rows, bool all)
{
	const struct jv *namespaces = jv_get(saved, "namespaces");
	size_t total = 0;

	rows->count = 0;
	rows->row = NULL;
	if (!namespaces || namespaces->type != JV_ARRAY)
		return;
	for (size_t n = 0; n < namespaces->count; n++) {
		const struct jv *links = jv_get(&namespaces->items[n], "links");

		total += links && links->type == JV_ARRAY ? links->count : 0;
	}
	rows->row = calloc(total + 1, sizeof(*rows->row));
	if (!rows->row)
		return;
	for (size_t n = 0; n < namespaces->count; n++) {
		const struct jv *ns = &namespaces->items[n];
		const struct jv *links = jv_get(ns, "links");

		for (size_t i = 0; links && links->type == JV_ARRAY && i < links->count; i++) {
			const struct jv *link = &links->items[i];
			const struct jv *peer = jv_get(link, "peer");
			const struct jv *addrs = jv_get(link, "addresses");
			struct row *r = &rows->row[rows->count++];
			size_t len = 0;

			const struct jv *named = jv_get(ns, "named");

			r->ns = jv_string(ns, "name");
			r->key = named && named->type == JV_BOOL && !named->boolean ? "/host" : r->ns;
			snprintf(r->name, sizeof(r->name), "%s", jv_string(link, "ifname"));
			snprintf(r->kind, sizeof(r->kind), "%s", jv_string(link, "kind"));
			snprintf(r->state, sizeof(r->state), "%s", jv_string(link, "state"));
			snprintf(r->master, sizeof(r->master), "%s", jv_string(link, "master"));
			snprintf(r->peer_ns, sizeof(r->peer_ns), "%s", jv_string(peer, "namespace"));
			snprintf(r->peer_name, sizeof(r->peer_name), "%s", jv_string(peer, "ifname"));
			snprintf(r->peer_key, sizeof(r->peer_key), "%s",
				 strcmp(r->peer_ns, r->ns) == 0 ? r->key : r->peer_ns);
			r->peer_nsid = jv_get(peer, "nsid") ? (int)jv_get(peer, "nsid")->number : -1;
			snprintf(r->master, sizeof(r->master), "%s", jv_string(link, "master"));
			r->depth = r->master[0] != '\0';
			saved_vxlan_words(jv_get(link, "vxlan"), r);
			r->lo = strcmp(r->kind, "loopback") == 0;
			for (size_t a = 0; addrs && addrs->type == JV_ARRAY && a < addrs->count; a++) {
				const char *scope = jv_string(&addrs->items[a], "scope");

				if (!all && (strcmp(scope, "link") == 0 || strcmp(scope, "host") == 0))
					continue;
				len += (size_t)snprintf(r->addrs + len, sizeof(r->addrs) - len, "%s%s",
							len ? ", " : "",
							jv_string(&addrs->items[a], "address"));
				if (len >= sizeof(r->addrs))
					break;
			}
		}
	}
}

/* The row of NAME in the namespace found as KEY. */
static struct row *find_row(struct rows *rows, const char *key, const char *name)
{
	for (size_t i = 0; i < rows->count; i++)
		if (strcmp(rows->row[i].key, key) == 0 && strcmp(rows->row[i].name, name) == 0)
			return &rows->row[i];
	return NULL;
}

/* Whether ADDR of FAMILY is a loopback address (127/8, ::1): any
 * namespace's own, whatever addresses it lists. */
static bool loopback_address(int family, const uint8_t *addr)
{
	static const uint8_t one[16] = { [15] = 1 };

	return family == AF_INET ? addr[0] == 127 : memcmp(addr, one, sizeof(one)) == 0;
}

/* Whether namespace X has address ADDR of FAMILY. */
static bool has_address(const struct topo *t, size_t x, int family, const uint8_t *addr)
{
	const struct snapshot *snap = &t->ns[x].snap;
	size_t size = family == AF_INET ? 4 : 16;

	for (size_t i = 0; i < snap->addr_count; i++)
		if (snap->addrs[i].family == family && memcmp(snap->addrs[i].local, addr, size) == 0)
			return true;
	return false;
}

/* Whether VXLAN row R sends to one host in namespace X: its remote is an
 * address there (a loopback one: its own namespace). */
static bool sends_to(const struct topo *t, const struct row *r, size_t x)
{
	if (!r->is_vxlan || !r->vx.remote_family || r->vx.group)
		return false;
	if (loopback_address(r->vx.remote_family, r->vx.remote))
		return r->ns_index == x;
	return has_address(t, x, r->vx.remote_family, r->vx.remote);
}

/* The family of a VXLAN row's underlay: its remote's, else its local
 * address's; AF_UNSPEC when it has neither (it takes either). */
static int underlay_family(const struct row *r)
{
	return r->vx.remote_family ? r->vx.remote_family : r->vx.local_family;
}

/* The other end of R's tunnel: a VXLAN of R's VNI, port and underlay
 * family in a namespace that has R's remote address, one that sends
 * back to R's namespace first; NULL when there is none in view. */
static const struct row *vxlan_end(const struct rows *rows, const struct topo *t,
				   const struct row *r)
{
	const struct row *found = NULL;

	for (size_t i = 0; i < rows->count; i++) {
		const struct row *o = &rows->row[i];

		if (o == r || !o->is_vxlan || o->vx.vni != r->vx.vni || o->vx.port != r->vx.port ||
		    (underlay_family(o) && underlay_family(o) != r->vx.remote_family) ||
		    !sends_to(t, r, o->ns_index))
			continue;
		if (sends_to(t, o, r->ns_index))
			return o;
		if (!found)
			found = o;
	}
	return found;
}

/* The namespaces in view that have R's remote address, ", " between,
 * into BUF; "" when none has it. */
static void remote_holders(const struct topo *t, const struct row *r, char *buf, size_t size)
{
	size_t len = 0;

	buf[0] = '\0';
	for (size_t x = 0; x < t->count && len < size; x++)
		if (sends_to(t, r, x))
			len += (size_t)snprintf(buf + len, size - len, "%s%s", len ? ", " : "",
						t->ns[x].name);
}

/* What changed since SAVED: marks on NOW, and OLD's rows not matched
 * left as REMOVED. */
static void compare(struct rows *now, struct rows *old)
{
	for (size_t i = 0; i < now->count; i++) {
		struct row *r = &now->row[i];
		struct row *o = find_row(old, r->key, r->name);
		size_t len = 0;

		if (!o) {
			r->mark = ADDED;
			continue;
		}
		o->mark = SAME;
		o->link = r->link;	/* matched */
#define WAS(field, words) \
		if (strcmp(r->field, o->field) != 0 && len < sizeof(r->was)) \
			len += (size_t)snprintf(r->was + len, sizeof(r->was) - len, "%s" words " %s", \
						len ? "; " : "", o->field[0] ? o->field : "none");
		WAS(state, "was")
		WAS(kind, "kind was")
		WAS(master, "master was")
		WAS(peer_name, "peer was")
		WAS(peer_ns, "peer's namespace was")
		WAS(vx_words, "VXLAN was")
		WAS(addrs, "addresses were")
#undef WAS
		if (len)
			r->mark = CHANGED;
	}
	for (size_t i = 0; i < old->count; i++)
		if (!old->row[i].link)
			old->row[i].mark = REMOVED;
}

int topo_is_saved(const struct jv *saved)
{
	const struct jv *namespaces = jv_get(saved, "namespaces");

	return namespaces && namespaces->type == JV_ARRAY;
}

/* The rows of a view, with the marks of --since. */
static void rows_of(const struct topo *t, const struct topo_view *view,
		    struct rows *now, struct rows *old)
{
	make_rows(now, t, view);
	old->row = NULL;
	old->count = 0;
	if (view->since) {
		saved_rows(view->since, old, view->all);
		compare(now, old);
	}
}

static void rows_free(struct rows *now, struct rows *old)
{
	free(now->row);
	free(old->row);
}

/* Text */

static const char *const marks_text[] = { "  ", "+ ", "~ ", "- " };

static size_t width(const char *s, bool utf8)
{
	size_t n = 0;

	for (; *s; s++)
		n += !utf8 || ((unsigned char)*s & 0xc0) != 0x80;
	return n;
}

/* S, then blanks to TO columns, at *AT in LINE. */
static void pad(char *line, size_t size, size_t *at, const char *s, size_t to, bool utf8)
{
	size_t w = width(s, utf8);

	*at += (size_t)snprintf(line + *at, size - *at, "%s%*s", s, (int)(to > w ? to - w : 0), "");
	if (*at > size)
		*at = size;
}

static void text_row(FILE *out, const struct row *r, const size_t *widths,
		     const struct topo_view *view)
{
	char name[IF_NAMESIZE + 64], peer[600] = "", line[2600];
	const char *cable = view->utf8 ? "═══" : "===";
	size_t at = 0;

	/* A port under its master: "├─ " or "└─ ", deeper ones indented. */
	snprintf(name, sizeof(name), "%*s%s%s", r->depth > 1 ? 3 * (r->depth - 1) : 0, "",
		 !r->depth ? "" : r->last_port ? (view->utf8 ? "└─ " : "`- ")
		 : (view->utf8 ? "├─ " : "|- "), r->name);
	if (r->peer_name[0] && r->peer_ns[0] && strcmp(r->peer_key, r->key) == 0)
		snprintf(peer, sizeof(peer), "%s %s here", cable, r->peer_name);
	else if (r->peer_name[0] && r->peer_ns[0])
		snprintf(peer, sizeof(peer), "%s %s in %s%s%s%s", cable, r->peer_name, r->peer_ns,
			 r->peer_master[0] ? " (port of " : "", r->peer_master,
			 r->peer_master[0] ? ")" : "");
	else if (r->peer_name[0])
		snprintf(peer, sizeof(peer), "%s %s in nsid %d (a namespace with no name)",
			 cable, r->peer_name, r->peer_nsid);
	else if (r->is_vxlan)
		snprintf(peer, sizeof(peer), "~~~ %s", r->vx_words);
	pad(line, sizeof(line), &at, view->since ? marks_text[r->mark] : "  ", 0, false);
	pad(line, sizeof(line), &at, name, widths[0] + 1, view->utf8);
	pad(line, sizeof(line), &at, r->kind, widths[1] + 1, false);
	pad(line, sizeof(line), &at, r->state, widths[2] + 1, false);
	pad(line, sizeof(line), &at, r->addrs, widths[3] + 1, false);
	pad(line, sizeof(line), &at, peer, 0, false);
	if (r->mark == CHANGED)
		at += (size_t)snprintf(line + at, sizeof(line) - at, "  (%s)", r->was);
	if (r->mark == REMOVED)
		at += (size_t)snprintf(line + at, sizeof(line) - at, "  (removed)");
	if (at > sizeof(line) - 1)
		at = sizeof(line) - 1;
	/* No trailing blanks. */
	while (at > 0 && line[at - 1] == ' ')
		at--;
	fprintf(out, "%.*s\n", (int)at, line);
}

/* "tunnels (VXLAN)": each VXLAN device in view and where it reaches,
 * "~~~" both ways, "~~>" one way; nothing when there are none. */
static void text_tunnels(FILE *out, const struct topo *t, const struct rows *now)
{
	bool any = false;

	for (size_t i = 0; i < now->count; i++) {
		const struct row *r = &now->row[i], *o = vxlan_end(now, t, r);
		bool both = o && vxlan_end(now, t, o) == r;
		char remote[INET6_ADDRSTRLEN] = "?", holders[600];

		if (!r->is_vxlan || (both && o < r))
			continue;
		if (!any)
			fputs("tunnels (VXLAN)\n", out);
		any = true;
		if (r->vx.remote_family)
			inet_ntop(r->vx.remote_family, r->vx.remote, remote, sizeof(remote));
		remote_holders(t, r, holders, sizeof(holders));
		fprintf(out, "  %s/%s ", r->ns, r->name);
		if (o) {
			fprintf(out, "%s %s/%s  (id %u, dstport %u%s)\n", both ? "~~~" : "~~>",
				o->ns, o->name, r->vx.vni, r->vx.port,
				both ? "" : "; it does not send back here");
		} else if (sends_to(t, r, r->ns_index)) {
			fprintf(out, "~~> %s  (id %u, dstport %u; an address of its own namespace: "
				"it sends to itself)\n", remote, r->vx.vni, r->vx.port);
		} else if (holders[0]) {
			fprintf(out, "~~> %s in %s  (no VXLAN of id %u, dstport %u there)\n",
				remote, holders, r->vx.vni, r->vx.port);
		} else if (r->vx.remote_family && !r->vx.group) {
			fprintf(out, "~~> %s  (id %u, dstport %u; not in view: another machine, "
				"or not there yet)\n", remote, r->vx.vni, r->vx.port);
		} else if (r->vx.group) {
			size_t members = 0;

			fprintf(out, "~~> group %s  (id %u, dstport %u; ", remote, r->vx.vni,
				r->vx.port);
			for (size_t j = 0; j < now->count; j++) {
				const struct row *m = &now->row[j];

				if (m == r || !m->is_vxlan || !m->vx.group || m->vx.vni != r->vx.vni ||
				    m->vx.port != r->vx.port || m->vx.remote_family != r->vx.remote_family ||
				    memcmp(m->vx.remote, r->vx.remote, 16) != 0)
					continue;
				fprintf(out, "%s%s/%s", members++ ? ", " : "members in view: ",
					m->ns, m->name);
			}
			fputs(members ? ")\n" : "no other member in view)\n", out);
		} else {
			fprintf(out, " (id %u, dstport %u; no remote or group: it sends only where "
				"its forwarding table says)\n", r->vx.vni, r->vx.port);
		}
	}
}

void topo_show_text(FILE *out, const struct topo *t, const struct topo_view *view)
{
	struct rows now, old;
	size_t widths[4] = { 0 };

	rows_of(t, view, &now, &old);
	for (size_t i = 0; i < now.count + old.count; i++) {
		const struct row *r = i < now.count ? &now.row[i] : &old.row[i - now.count];
		size_t w[4] = { width(r->name, true) + 3 * (size_t)r->depth, strlen(r->kind),
				strlen(r->state), strlen(r->addrs) };

		if (i >= now.count && r->mark != REMOVED)
			continue;
		for (int c = 0; c < 4; c++)
			widths[c] = w[c] > widths[c] ? w[c] : widths[c];
	}
	for (size_t x = 0; x < t->count; x++) {
		const struct topo_ns *ns = &t->ns[x];
		size_t links = 0;

		bool was_there = false;

		for (size_t i = 0; i < old.count; i++)
			was_there |= strcmp(old.row[i].key, ns->key) == 0;
		fprintf(out, "%s%s%s\n", ns->name, ns->here ? " (nsmap runs here)" : "",
			view->since && !was_there ? "  (new)" : "");
		for (size_t i = 0; i < now.count; i++)
			if (now.row[i].ns_index == x) {
				text_row(out, &now.row[i], widths, view);
				links += !now.row[i].lo;
			}
		for (size_t i = 0; i < old.count; i++)
			if (old.row[i].mark == REMOVED && strcmp(old.row[i].key, ns->key) == 0)
				text_row(out, &old.row[i], widths, view);
		if (!links)
			fputs("  (only lo: nothing here yet)\n", out);
	}
	for (size_t i = 0; i < old.count; i++) {
		bool in_view = false;

		for (size_t x = 0; x < t->count; x++)
			in_view |= strcmp(old.row[i].key, t->ns[x].key) == 0;
		if (old.row[i].mark != REMOVED || in_view)
			continue;
		if (i == 0 || strcmp(old.row[i - 1].key, old.row[i].key) != 0)
			fprintf(out, "%s  (removed)\n", old.row[i].ns);
		text_row(out, &old.row[i], widths, view);
	}
	text_tunnels(out, t, &now);
	fputs("cables (veth pairs)\n", out);
	for (size_t i = 0; i < now.count; i++) {
		const struct row *r = &now.row[i];
		const char *line = view->utf8 ? "─" : "-", *cable = view->utf8 ? "═══" : "===";

		/* Once a pair: from the end first in view, or the one in view. */
		if (!r->peer_name[0] || strcmp(r->kind, "veth") != 0)
			continue;
		if (r->peer_ns[0]) {
			const struct row *p = find_row(&now, r->peer_key, r->peer_name);

			/* The bridge's side first; else the end that comes first. */
			if (p && ((p->depth && !r->depth) || (!p->depth == !r->depth && p < r)))
				continue;
		}
		fputs("  ", out);
		if (r->depth)
			fprintf(out, "%s %s ", r->master, line);
		fprintf(out, "%s/%s %s ", r->ns, r->name, cable);
		if (r->peer_ns[0])
			fprintf(out, "%s/%s", r->peer_ns, r->peer_name);
		else
			fprintf(out, "nsid %d/%s", r->peer_nsid, r->peer_name);
		if (r->peer_master[0])
			fprintf(out, " %s %s", line, r->peer_master);
		fputc('\n', out);
	}
	rows_free(&now, &old);
}

/* JSON: the model, for scripts and --since. */

/* A VXLAN device's settings, with ip -d -j's keys, and the other end. */
static void json_vxlan(struct json *json, const struct topo *t, const struct rows *rows,
		       const struct row *r)
{
	const struct row *o = vxlan_end(rows, t, r);
	char text[INET6_ADDRSTRLEN];
	bool v6 = r->vx.remote_family == AF_INET6;

	json_open_object(json, "vxlan");
	json_uint(json, "id", r->vx.vni);
	if (r->vx.remote_family && inet_ntop(r->vx.remote_family, r->vx.remote, text, sizeof(text)))
		json_string(json, r->vx.group ? (v6 ? "group6" : "group") : (v6 ? "remote6" : "remote"),
			    text);
	if (r->vx.local_family && inet_ntop(r->vx.local_family, r->vx.local, text, sizeof(text)))
		json_string(json, r->vx.local_family == AF_INET6 ? "local6" : "local", text);
	if (r->vx_dev[0])
		json_string(json, "link", r->vx_dev);
	json_uint(json, "port", r->vx.port);
	if (o) {
		json_open_object(json, "other_end");
		json_string(json, "namespace", o->ns);
		json_string(json, "ifname", o->name);
		json_bool(json, "sends_back", vxlan_end(rows, t, o) == r);
		json_close_object(json);
	}
	json_close_object(json);
}

static void json_link(struct json *json, const struct topo *t, const struct rows *rows,
		      const struct row *r)
{
	const struct snapshot *snap = &t->ns[r->ns_index].snap;
	const size_t *first;
	size_t count;

	json_open_object(json, NULL);
	json_string(json, "ifname", r->name);
	json_uint(json, "ifindex", (unsigned int)r->link->index);
	json_string(json, "kind", r->kind);
	json_string(json, "state", r->state);
	json_uint(json, "mtu", r->link->mtu);
	if (r->master[0])
		json_string(json, "master", r->master);
	if (r->peer_name[0]) {
		json_open_object(json, "peer");
		if (r->peer_ns[0])
			json_string(json, "namespace", r->peer_ns);
		else
			json_int(json, "nsid", r->peer_nsid);
		json_string(json, "ifname", r->peer_name);
		json_close_object(json);
	}
	if (r->is_vxlan)
		json_vxlan(json, t, rows, r);
	json_open_array(json, "addresses");
	count = snapshot_addrs_of(snap, r->link->index, &first);
	for (size_t i = 0; i < count; i++) {
		const struct addr_info *a = &snap->addrs[first[i]];
		char text[INET6_ADDRSTRLEN + 8];

		if (!inet_ntop(a->family, a->local, text, INET6_ADDRSTRLEN))
			continue;
		snprintf(text + strlen(text), 8, "/%u", a->prefixlen);
		json_open_object(json, NULL);
		json_string(json, "address", text);
		json_string(json, "scope", a->scope == RT_SCOPE_LINK ? "link"
			    : a->scope == RT_SCOPE_HOST ? "host" : "global");
		json_close_object(json);
	}
	json_close_array(json);
	json_close_object(json);
}

void topo_show_json(FILE *out, const struct topo *t, const struct topo_view *view,
		    bool pretty)
{
	struct rows now, old;
	struct json json;
	struct topo_view all = *view;

	all.all = true;
	all.since = NULL;
	rows_of(t, &all, &now, &old);
	json_init(&json, out, pretty);
	json_open_object(&json, NULL);
	json_open_array(&json, "namespaces");
	for (size_t x = 0; x < t->count; x++) {
		json_open_object(&json, NULL);
		json_string(&json, "name", t->ns[x].name);
		json_bool(&json, "here", t->ns[x].here);
		json_bool(&json, "named", t->ns[x].named);
		json_uint(&json, "inode", t->ns[x].inode);
		json_open_array(&json, "links");
		for (size_t i = 0; i < now.count; i++)
			if (now.row[i].ns_index == x)
				json_link(&json, t, &now, &now.row[i]);
		json_close_array(&json);
		json_close_object(&json);
	}
	json_close_array(&json);
	json_close_object(&json);
	json_finish(&json);
	rows_free(&now, &old);
}

/* Dot */

/* S in a dot ID or HTML label: escaped. */
static void dot_text(FILE *out, const char *s, bool html)
{
	for (; *s; s++) {
		if (html && (*s == '&' || *s == '<' || *s == '>' || *s == '"'))
			fprintf(out, "&#%d;", *s);
		else if (!html && (*s == '"' || *s == '\\'))
			fprintf(out, "\\%c", *s);
		else
			fputc(*s, out);
	}
}

static void dot_id(FILE *out, const char *ns, const char *name)
{
	fputc('"', out);
	dot_text(out, ns, false);
	fputc('/', out);
	dot_text(out, name, false);
	fputc('"', out);
}

static void dot_node(FILE *out, const struct row *r)
{
	const char *fill = r->mark == REMOVED ? "white" : strcmp(r->state, "UP") == 0 ? "palegreen"
			 : strcmp(r->state, "DOWN") == 0 ? "lightgrey" : "lightyellow";

	fputs("    ", out);
	dot_id(out, r->key, r->name);
	fputs(" [label=<<b>", out);
	dot_text(out, r->name, true);
	fputs("</b><br/>", out);
	dot_text(out, r->kind, true);
	fputs(" · ", out);
	dot_text(out, r->state, true);
	if (r->addrs[0]) {
		fputs("<br/>", out);
		dot_text(out, r->addrs, true);
	}
	if (r->is_vxlan) {
		fputs("<br/>", out);
		dot_text(out, r->vx_words, true);
	}
	if (r->mark == ADDED)
		fputs("<br/><i>new</i>", out);
	if (r->mark == REMOVED)
		fputs("<br/><i>removed</i>", out);
	if (r->mark == CHANGED) {
		fputs("<br/><i>", out);
		dot_text(out, r->was, true);
		fputs("</i>", out);
	}
	fprintf(out, ">, fillcolor=%s, shape=%s%s];\n", fill,
		strcmp(r->kind, "bridge") == 0 ? "box3d" : "box",
		r->mark == REMOVED ? ", style=\"rounded,dashed\""
		: r->mark != SAME ? ", penwidth=3" : "");
}

void topo_show_dot(FILE *out, const struct topo *t, const struct topo_view *view)
{
	struct rows now, old;

	rows_of(t, view, &now, &old);
	fputs("// nsmap -g: render with  dot -Tsvg -o map.svg\ngraph nsmap {\n", out);
	if (view->title) {
		fputs("  label=\"", out);
		dot_text(out, view->title, false);
		fputs("\"; labelloc=t; fontsize=16;\n", out);
	}
	fputs("  fontname=\"Helvetica\"; newrank=true; nodesep=0.5; ranksep=0.6;\n"
	      "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=12];\n"
	      "  edge [fontname=\"Helvetica\", fontsize=10];\n", out);
	for (size_t x = 0; x < t->count; x++) {
		const struct topo_ns *ns = &t->ns[x];
		size_t drawn = 0;

		fprintf(out, "  subgraph \"cluster_%zu\" {\n    label=\"%s", x,
			ns->here && !ns->named ? "" : "namespace ");
		dot_text(out, ns->name, false);
		fprintf(out, "%s\"; style=rounded; color=gray40;\n",
			ns->here ? " (nsmap runs here)" : "");
		for (size_t i = 0; i < now.count + old.count; i++) {
			const struct row *r = i < now.count ? &now.row[i] : &old.row[i - now.count];

			if (strcmp(r->key, ns->key) != 0 || (i >= now.count && r->mark != REMOVED) ||
			    (r->lo && !view->all))
				continue;
			dot_node(out, r);
			drawn++;
		}
		if (!drawn) {
			fputs("    ", out);
			dot_id(out, ns->key, "(empty)");
			fputs(" [label=\"only lo (nothing here yet)\", shape=plaintext, style=\"\"];\n", out);
		}
		fputs("  }\n", out);
	}
	/* Namespaces gone since: their links, dashed, in a dashed cluster. */
	for (size_t i = 0; i < old.count; i++) {
		const struct row *r = &old.row[i];
		bool in_view = false;

		for (size_t x = 0; x < t->count; x++)
			in_view |= strcmp(r->key, t->ns[x].key) == 0;
		if (in_view || r->mark != REMOVED)
			continue;
		if (i == 0 || strcmp(old.row[i - 1].key, r->key) != 0) {
			fprintf(out, "  subgraph \"cluster_gone_%zu\" {\n    label=\"namespace ", i);
			dot_text(out, r->ns, false);
			fputs(" (removed)\"; style=\"rounded,dashed\"; color=gray40;\n", out);
		}
		dot_node(out, r);
		if (i + 1 == old.count || strcmp(old.row[i + 1].key, r->key) != 0)
			fputs("  }\n", out);
	}
	for (size_t i = 0; i < now.count; i++) {
		const struct row *r = &now.row[i];

		if (r->lo && !view->all)
			continue;
		if (r->master[0]) {
			fputs("  ", out);
			dot_id(out, r->key, r->master);
			fputs(" -- ", out);
			dot_id(out, r->key, r->name);
			fputs(" [label=\" port\", color=gray30];\n", out);
		}
		if (r->is_vxlan) {
			const struct row *o = vxlan_end(&now, t, r);
			bool both = o && vxlan_end(&now, t, o) == r;

			/* Each tunnel once; one way with an arrow. */
			if (o && !(both && o < r)) {
				fputs("  ", out);
				dot_id(out, r->key, r->name);
				fputs(" -- ", out);
				dot_id(out, o->key, o->name);
				fprintf(out, " [label=\" VXLAN id %u\", style=dashed, penwidth=2, "
					"color=darkorange%s];\n", r->vx.vni, both ? "" : ", dir=forward");
			}
		}
		if (!r->peer_name[0])
			continue;
		if (!r->peer_ns[0]) {
			char where[300];

			/* An nsid means something only where it is given. */
			snprintf(where, sizeof(where), "%.200s: nsid %d", r->key, r->peer_nsid);
			fputs("  ", out);
			dot_id(out, where, r->peer_name);
			fputs(" [label=\"", out);
			dot_text(out, r->peer_name, false);
			fprintf(out, " in nsid %d\\n(a namespace with no name)\", style=dashed];\n",
				r->peer_nsid);
			fputs("  ", out);
			dot_id(out, r->key, r->name);
			fputs(" -- ", out);
			dot_id(out, where, r->peer_name);
			fputs(" [label=\" veth pair\", penwidth=3, color=steelblue];\n", out);
			continue;
		}
		/* Each pair once: from its end first in the rows. */
		const struct row *p = find_row(&now, r->peer_key, r->peer_name);

		if (!p || p < r)
			continue;
		fputs("  ", out);
		dot_id(out, r->key, r->name);
		fputs(" -- ", out);
		dot_id(out, p->key, p->name);
		fputs(" [label=\" veth pair\", penwidth=3, color=steelblue];\n", out);
	}
	fputs("}\n", out);
	rows_free(&now, &old);
}
