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

/* What show_any reads as the JSON value: the text's one conversion.
 * SHOW_NUMBER: a string that JSON has bare, a number already written
 * (a u64, or a timer's "0.00"). */
enum show_value { SHOW_NONE, SHOW_STRING, SHOW_UINT, SHOW_INT, SHOW_NUMBER };

/* Text: FORMAT with its value. JSON: KEY and the value, read as VALUE
 * (SHOW_NONE: nothing). One function, so that each field costs a call. */
__attribute__((format(printf, 4, 5)))
void show_any(struct show *show, enum show_value value, const char *key,
	      const char *format, ...);

#define show_string(show, key, format, value) \
	show_any((show), SHOW_STRING, (key), format, (value))
#define show_uint(show, key, format, value) \
	show_any((show), SHOW_UINT, (key), format, (unsigned int)(value))
#define show_int(show, key, format, value) \
	show_any((show), SHOW_INT, (key), format, (int)(value))
#define show_number(show, key, format, text) \
	show_any((show), SHOW_NUMBER, (key), format, (const char *)(text))

/* A flag that is set: KEY: true in JSON, TEXT in text. */
void show_flag(struct show *show, const char *key, const char *text);
/* A word with no value: KEY: null in JSON, TEXT in text (ip's print_null). */
void show_null(struct show *show, const char *key, const char *text);

/* Text only: what JSON says in another form, or not at all. */
#define show_text(show, ...) show_any((show), SHOW_NONE, NULL, __VA_ARGS__)

/* JSON only: what text says in another form, or not at all. */
void show_json_string(struct show *show, const char *key, const char *value);
void show_json_uint(struct show *show, const char *key, unsigned long long value);
void show_json_int(struct show *show, const char *key, long long value);
void show_json_bool(struct show *show, const char *key, bool value);
void show_json_null(struct show *show, const char *key);

#endif
