/* show: one call emits one field, as text or as JSON as asked, so that
 * the two outputs never drift apart (iproute2's print_*(PRINT_ANY, ...)
 * idea). KEY names the JSON member (NULL: an array element); FORMAT is
 * the text, printf-style, with one conversion for the value. */
#ifndef TINYIP_SHOW_H
#define TINYIP_SHOW_H

#include <stdbool.h>
#include <stdio.h>

#include "json.h"

struct show {
	FILE *out;
	bool json;
	struct json writer;
	/* Text inside an array: the separator, and whether an item came. */
	const char *separator;
	bool items;
};

/* JSON (pretty or compact) or text, on OUT. */
void show_init(struct show *show, FILE *out, bool json, bool pretty);

/* The list a command prints: a JSON array; nothing in text. */
void show_list_open(struct show *show);
void show_list_close(struct show *show);

/* A JSON object (one link, address or route); nothing in text. */
void show_object_open(struct show *show, const char *key);
void show_object_close(struct show *show);

/* A JSON array; in text OPEN, the items split by SEPARATOR, then CLOSE
 * (each may be NULL). */
void show_array_open(struct show *show, const char *key, const char *open,
		     const char *separator);
void show_array_close(struct show *show, const char *close);

__attribute__((format(printf, 3, 4)))
void show_string(struct show *show, const char *key, const char *format, ...);
__attribute__((format(printf, 3, 4)))
void show_uint(struct show *show, const char *key, const char *format, ...);
__attribute__((format(printf, 3, 4)))
void show_int(struct show *show, const char *key, const char *format, ...);
/* A flag that is set: KEY: true in JSON, TEXT in text. */
void show_flag(struct show *show, const char *key, const char *text);

/* Text only: what JSON says in another form, or not at all. */
__attribute__((format(printf, 2, 3)))
void show_text(struct show *show, const char *format, ...);

/* JSON only: what text says in another form, or not at all. */
void show_json_string(struct show *show, const char *key, const char *value);
void show_json_uint(struct show *show, const char *key, unsigned long long value);
void show_json_int(struct show *show, const char *key, long long value);
void show_json_bool(struct show *show, const char *key, bool value);

#endif
