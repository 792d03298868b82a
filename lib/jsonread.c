#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonread.h"

#define MAX_DEPTH 32

struct reader {
	const char *text, *at;
	bool failed;
};

static void skip_space(struct reader *r)
{
	while (*r->at == ' ' || *r->at == '\t' || *r->at == '\n' || *r->at == '\r')
		r->at++;
}

static bool fail(struct reader *r)
{
	r->failed = true;
	return false;
}

static int hex_digit(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
	     : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* A code point as UTF-8 into OUT; a \u00XX byte above 0x7f as itself. */
static size_t put_point(char *out, unsigned int point)
{
	if (point < 0x100 && point >= 0x80)
		return out[0] = (char)point, 1;
	if (point < 0x80)
		return out[0] = (char)point, 1;
	if (point < 0x800) {
		out[0] = (char)(0xc0 | point >> 6);
		out[1] = (char)(0x80 | (point & 0x3f));
		return 2;
	}
	out[0] = (char)(0xe0 | point >> 12);
	out[1] = (char)(0x80 | (point >> 6 & 0x3f));
	out[2] = (char)(0x80 | (point & 0x3f));
	return 3;
}

static bool read_string(struct reader *r, char **out)
{
	const char *start = ++r->at;
	size_t len = 0;
	char *s;

	/* At most as long as the text it is read from. */
	while (*r->at && *r->at != '"') {
		if (*r->at == '\\' && r->at[1])
			r->at++;
		r->at++;
	}
	if (*r->at != '"')
		return fail(r);
	s = malloc((size_t)(r->at - start) + 1);
	if (!s)
		return fail(r);
	for (r->at = start; *r->at != '"'; r->at++) {
		unsigned char c = (unsigned char)*r->at;

		if (c < 0x20) {
			free(s);
			return fail(r);
		}
		if (c != '\\') {
			s[len++] = (char)c;
			continue;
		}
		c = (unsigned char)*++r->at;
		switch (c) {
		case '"': case '\\': case '/': s[len++] = (char)c; break;
		case 'b': s[len++] = '\b'; break;
		case 'f': s[len++] = '\f'; break;
		case 'n': s[len++] = '\n'; break;
		case 'r': s[len++] = '\r'; break;
		case 't': s[len++] = '\t'; break;
		case 'u': {
			unsigned int point = 0;

			for (int i = 1; i <= 4; i++) {
				int d = hex_digit(r->at[i]);

				if (d < 0) {
					free(s);
					return fail(r);
				}
				point = point << 4 | (unsigned int)d;
			}
			r->at += 4;
			len += put_point(s + len, point);
			break;
		}
		default:
			free(s);
			return fail(r);
		}
	}
	r->at++;
	s[len] = '\0';
	*out = s;
	return true;
}

static bool read_value(struct reader *r, struct jv *v, int depth);

/* The items of an array or object, up to CLOSE. */
static bool read_items(struct reader *r, struct jv *v, char close, int depth)
{
	r->at++;
	skip_space(r);
	if (*r->at == close) {
		r->at++;
		return true;
	}
	for (;;) {
		struct jv *items = realloc(v->items, (v->count + 1) * sizeof(*items));
		char *key = NULL;

		if (!items)
			return fail(r);
		v->items = items;
		memset(&items[v->count], 0, sizeof(*items));
		if (close == '}') {
			char **keys = realloc(v->keys, (v->count + 1) * sizeof(*keys));

			if (!keys)
				return fail(r);
			v->keys = keys;
			keys[v->count] = NULL;
			skip_space(r);
			if (*r->at != '"' || !read_string(r, &key))
				return fail(r);
			keys[v->count] = key;
		}
		/* Counted now, so that jv_free frees its key whatever comes. */
		v->count++;
		if (close == '}') {
			skip_space(r);
			if (*r->at != ':')
				return fail(r);
			r->at++;
		}
		if (!read_value(r, &items[v->count - 1], depth + 1))
			return false;
		skip_space(r);
		if (*r->at == ',') {
			r->at++;
			continue;
		}
		if (*r->at != close)
			return fail(r);
		r->at++;
		return true;
	}
}

static bool read_value(struct reader *r, struct jv *v, int depth)
{
	char *end;

	memset(v, 0, sizeof(*v));
	skip_space(r);
	if (depth > MAX_DEPTH)
		return fail(r);
	switch (*r->at) {
	case '{':
		v->type = JV_OBJECT;
		return read_items(r, v, '}', depth);
	case '[':
		v->type = JV_ARRAY;
		return read_items(r, v, ']', depth);
	case '"':
		v->type = JV_STRING;
		return read_string(r, &v->string);
	case 't':
	case 'f':
	case 'n':
		if (strncmp(r->at, "true", 4) == 0 || strncmp(r->at, "null", 4) == 0) {
			v->type = r->at[0] == 't' ? JV_BOOL : JV_NULL;
			v->boolean = r->at[0] == 't';
			r->at += 4;
			return true;
		}
		if (strncmp(r->at, "false", 5) == 0) {
			v->type = JV_BOOL;
			r->at += 5;
			return true;
		}
		return fail(r);
	default:
		if (*r->at != '-' && (*r->at < '0' || *r->at > '9'))
			return fail(r);
		v->type = JV_NUMBER;
		v->number = strtod(r->at, &end);
		if (end == r->at)
			return fail(r);
		r->at = end;
		return true;
	}
}

int jv_read(const char *text, struct jv *out, size_t *where)
{
	struct reader r = { text, text, false };
	bool ok = read_value(&r, out, 0);

	skip_space(&r);
	if (ok && *r.at == '\0')
		return 0;
	*where = (size_t)(r.at - text);
	return -1;
}

void jv_free(struct jv *value)
{
	for (size_t i = 0; i < value->count; i++) {
		jv_free(&value->items[i]);
		if (value->keys)
			free(value->keys[i]);
	}
	free(value->items);
	free(value->keys);
	free(value->string);
	memset(value, 0, sizeof(*value));
}

const struct jv *jv_get(const struct jv *object, const char *key)
{
	if (!object || object->type != JV_OBJECT)
		return NULL;
	for (size_t i = 0; i < object->count; i++)
		if (object->keys[i] && strcmp(object->keys[i], key) == 0)
			return &object->items[i];
	return NULL;
}

const char *jv_string(const struct jv *object, const char *key)
{
	const struct jv *value = jv_get(object, key);

	return value && value->type == JV_STRING ? value->string : "";
}
