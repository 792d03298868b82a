#include <stdint.h>

#include "json.h"

void json_init(struct json *json, FILE *out, bool pretty)
{
	json->out = out;
	json->pretty = pretty;
	json->depth = 0;
	json->has_items[0] = false;
}

static void newline(struct json *json)
{
	if (!json->pretty)
		return;
	fputc('\n', json->out);
	for (int i = 0; i < json->depth; i++)
		fputs("    ", json->out);
}

/* The length of the valid UTF-8 sequence at S, or 0. */
static int utf8_length(const unsigned char *s)
{
	int len;
	uint32_t point;

	if (s[0] < 0x80)
		return 1;
	if ((s[0] & 0xe0) == 0xc0) {
		len = 2;
		point = s[0] & 0x1f;
	} else if ((s[0] & 0xf0) == 0xe0) {
		len = 3;
		point = s[0] & 0x0f;
	} else if ((s[0] & 0xf8) == 0xf0) {
		len = 4;
		point = s[0] & 0x07;
	} else {
		return 0;
	}
	for (int i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		point = point << 6 | (s[i] & 0x3f);
	}
	/* No overlong forms, surrogates or points past U+10FFFF. */
	if ((len == 2 && point < 0x80) || (len == 3 && point < 0x800) ||
	    (len == 4 && point < 0x10000) || point > 0x10ffff ||
	    (point >= 0xd800 && point <= 0xdfff))
		return 0;
	return len;
}

void json_write_string(FILE *out, const char *value)
{
	const unsigned char *s = (const unsigned char *)value;

	fputc('"', out);
	while (*s) {
		const unsigned char *run = s;
		int len;

		/* What needs no escape goes out in one write. */
		while (*s >= 0x20 && *s < 0x7f && *s != '"' && *s != '\\')
			s++;
		while (*s >= 0x80 && (len = utf8_length(s)) > 0)
			s += len;
		if (s > run) {
			fwrite(run, 1, (size_t)(s - run), out);
			continue;
		}
		switch (*s) {
		case '"': fputs("\\\"", out); break;
		case '\\': fputs("\\\\", out); break;
		case '\b': fputs("\\b", out); break;
		case '\f': fputs("\\f", out); break;
		case '\n': fputs("\\n", out); break;
		case '\r': fputs("\\r", out); break;
		case '\t': fputs("\\t", out); break;
		/* Other control bytes, DEL, and bytes that are not UTF-8. */
		default: fprintf(out, "\\u%04x", *s); break;
		}
		s++;
	}
	fputc('"', out);
}

/* Separator, indent and key before a value. */
static void begin_value(struct json *json, const char *key)
{
	if (json->has_items[json->depth])
		fputc(',', json->out);
	if (json->depth > 0)
		newline(json);
	json->has_items[json->depth] = true;
	if (key) {
		json_write_string(json->out, key);
		fputs(json->pretty ? ": " : ":", json->out);
	}
}

static void open_container(struct json *json, const char *key, char bracket)
{
	begin_value(json, key);
	fputc(bracket, json->out);
	if (json->depth + 1 < JSON_MAX_DEPTH)
		json->depth++;
	json->has_items[json->depth] = false;
}

static void close_container(struct json *json, char bracket)
{
	bool had_items = json->has_items[json->depth];

	if (json->depth > 0)
		json->depth--;
	if (had_items)
		newline(json);
	fputc(bracket, json->out);
}

void json_open_array(struct json *json, const char *key)
{
	open_container(json, key, '[');
}

void json_close_array(struct json *json)
{
	close_container(json, ']');
}

void json_open_object(struct json *json, const char *key)
{
	open_container(json, key, '{');
}

void json_close_object(struct json *json)
{
	close_container(json, '}');
}

void json_string(struct json *json, const char *key, const char *value)
{
	begin_value(json, key);
	json_write_string(json->out, value);
}

void json_uint(struct json *json, const char *key, unsigned long long value)
{
	begin_value(json, key);
	fprintf(json->out, "%llu", value);
}

void json_int(struct json *json, const char *key, long long value)
{
	begin_value(json, key);
	fprintf(json->out, "%lld", value);
}

void json_bool(struct json *json, const char *key, bool value)
{
	begin_value(json, key);
	fputs(value ? "true" : "false", json->out);
}

void json_null(struct json *json, const char *key)
{
	begin_value(json, key);
	fputs("null", json->out);
}

void json_number_text(struct json *json, const char *key, const char *number)
{
	begin_value(json, key);
	fputs(number, json->out);
}

void json_finish(struct json *json)
{
	fputc('\n', json->out);
}
