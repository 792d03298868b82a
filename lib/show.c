#include <stdarg.h>

#include "show.h"

void show_init(struct show *show, FILE *out, bool json, bool pretty)
{
	show->out = out;
	show->json = json;
	json_init(&show->writer, out, pretty);
	show->separator = NULL;
	show->items = false;
}

void show_list_open(struct show *show)
{
	if (show->json)
		json_open_array(&show->writer, NULL);
}

void show_list_close(struct show *show)
{
	if (!show->json)
		return;
	json_close_array(&show->writer);
	json_finish(&show->writer);
}

void show_object_open(struct show *show, const char *key)
{
	if (show->json)
		json_open_object(&show->writer, key);
}

void show_object_close(struct show *show)
{
	if (show->json)
		json_close_object(&show->writer);
}

void show_array_open(struct show *show, const char *key, const char *open,
		     const char *separator)
{
	if (show->json) {
		json_open_array(&show->writer, key);
		return;
	}
	if (open)
		fputs(open, show->out);
	show->separator = separator;
	show->items = false;
}

void show_array_close(struct show *show, const char *close)
{
	if (show->json) {
		json_close_array(&show->writer);
		return;
	}
	if (close)
		fputs(close, show->out);
	show->separator = NULL;
}

/* Text: the separator before every item of an array but the first. */
static void text_start(struct show *show)
{
	if (show->separator && show->items)
		fputs(show->separator, show->out);
	show->items = true;
}

/* clang-tidy 14 takes AP for uninitialized when it has read json.c
 * first, and not otherwise: hence the NOLINTs. */
void show_any(struct show *show, enum show_value value, const char *key,
	      const char *format, ...)
{
	va_list ap;

	if (show->json && value == SHOW_NONE)
		return;
	va_start(ap, format);
	if (!show->json) {
		text_start(show);
		vfprintf(show->out, format, ap); /* NOLINT(clang-analyzer-valist.Uninitialized) */
	} else if (value == SHOW_STRING) {
		json_string(&show->writer, key, va_arg(ap, const char *)); /* NOLINT(clang-analyzer-valist.Uninitialized) */
	} else if (value == SHOW_NUMBER) {
		json_number_text(&show->writer, key, va_arg(ap, const char *)); /* NOLINT(clang-analyzer-valist.Uninitialized) */
	} else if (value == SHOW_UINT) {
		json_uint(&show->writer, key, va_arg(ap, unsigned int)); /* NOLINT(clang-analyzer-valist.Uninitialized) */
	} else {
		json_int(&show->writer, key, va_arg(ap, int)); /* NOLINT(clang-analyzer-valist.Uninitialized) */
	}
	va_end(ap);
}

void show_flag(struct show *show, const char *key, const char *text)
{
	if (show->json) {
		json_bool(&show->writer, key, true);
		return;
	}
	text_start(show);
	fputs(text, show->out);
}

void show_null(struct show *show, const char *key, const char *text)
{
	if (show->json) {
		json_null(&show->writer, key);
		return;
	}
	text_start(show);
	fputs(text, show->out);
}

void show_json_string(struct show *show, const char *key, const char *value)
{
	if (show->json)
		json_string(&show->writer, key, value);
}

void show_json_uint(struct show *show, const char *key, unsigned long long value)
{
	if (show->json)
		json_uint(&show->writer, key, value);
}

void show_json_int(struct show *show, const char *key, long long value)
{
	if (show->json)
		json_int(&show->writer, key, value);
}

void show_json_bool(struct show *show, const char *key, bool value)
{
	if (show->json)
		json_bool(&show->writer, key, value);
}

void show_json_null(struct show *show, const char *key)
{
	if (show->json)
		json_null(&show->writer, key);
}
