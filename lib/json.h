/* json: a small streaming JSON writer, compact or pretty. */
#ifndef TINYIP_JSON_H
#define TINYIP_JSON_H

#include <stdbool.h>
#include <stdio.h>

#define JSON_MAX_DEPTH 16

struct json {
	FILE *out;
	bool pretty;
	int depth;
	bool has_items[JSON_MAX_DEPTH];	/* a comma goes before the next one */
};

void json_init(struct json *json, FILE *out, bool pretty);

/* KEY is the member name inside an object, NULL inside an array or at
 * the top. */
void json_open_array(struct json *json, const char *key);
void json_close_array(struct json *json);
void json_open_object(struct json *json, const char *key);
void json_close_object(struct json *json);
void json_string(struct json *json, const char *key, const char *value);
void json_uint(struct json *json, const char *key, unsigned long long value);
void json_int(struct json *json, const char *key, long long value);
void json_bool(struct json *json, const char *key, bool value);
void json_null(struct json *json, const char *key);
/* NUMBER, already written ("0.00", as ip writes a timer), as it is. */
void json_number_text(struct json *json, const char *key, const char *number);

/* After the last value: the closing newline. */
void json_finish(struct json *json);

/* VALUE as a JSON string, quotes included: '"', '\' and control bytes
 * escaped, valid UTF-8 kept, any other byte as \u00XX. */
void json_write_string(FILE *out, const char *value);

#endif
