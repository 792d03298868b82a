/* jsonread: a small JSON reader, for files tinyip wrote (nsmap --since
 * reads a saved nsmap -j). Strict: what is not JSON is refused, with
 * where. A \u00XX escape of a byte that is not UTF-8 (as json.c writes
 * one) reads back as that byte. */
#ifndef TINYIP_JSONREAD_H
#define TINYIP_JSONREAD_H

#include <stdbool.h>
#include <stddef.h>

enum jv_type { JV_NULL, JV_BOOL, JV_NUMBER, JV_STRING, JV_ARRAY, JV_OBJECT };

struct jv {
	enum jv_type type;
	bool boolean;
	double number;
	char *string;		/* JV_STRING */
	struct jv *items;	/* JV_ARRAY, JV_OBJECT */
	char **keys;		/* JV_OBJECT: the key of each item */
	size_t count;
};

/* Read TEXT (NUL-terminated) whole into OUT: 0, or -1 with *WHERE the
 * offset of the first byte that is wrong. Free OUT with jv_free either
 * way. */
int jv_read(const char *text, struct jv *out, size_t *where);
void jv_free(struct jv *value);

/* The member KEY of OBJECT, or NULL; the string it is, or "". */
const struct jv *jv_get(const struct jv *object, const char *key);
const char *jv_string(const struct jv *object, const char *key);

#endif
