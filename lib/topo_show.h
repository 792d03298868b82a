/* topo_show: nsmap's three views of a topo, and what changed since a
 * saved one. The rows (what each link is, where its peer is, which
 * addresses show) are made once; text, JSON and dot only lay them out. */
#ifndef TINYIP_TOPO_SHOW_H
#define TINYIP_TOPO_SHOW_H

#include <stdbool.h>
#include <stdio.h>

#include "jsonread.h"
#include "topo.h"

struct topo_view {
	bool all;		/* -a: link-local and loopback addresses too */
	bool utf8;		/* line-drawing characters */
	const char *title;	/* -g --title */
	const struct jv *since;	/* a saved nsmap -j, or NULL */
};

void topo_show_text(FILE *out, const struct topo *t, const struct topo_view *view);
void topo_show_json(FILE *out, const struct topo *t, const struct topo_view *view,
		    bool pretty);
void topo_show_dot(FILE *out, const struct topo *t, const struct topo_view *view);

/* Whether SAVED is a saved nsmap -j: 1, or 0. */
int topo_is_saved(const struct jv *saved);

#endif
