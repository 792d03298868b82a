#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "report.h"

/* Put before every line: where a batch line came from, or nothing. */
static const char *prefix = "";

void report_set_prefix(const char *text)
{
	prefix = text ? text : "";
}

const char *report_prefix(void)
{
	return prefix;
}

/* One error line, built whole so that it leaves in one write. */
struct line {
	char text[2048];
	size_t len;
};

static void put(struct line *l, const char *text, size_t len)
{
	while (len) {
		size_t room = sizeof(l->text) - 1 - l->len;
		size_t take = len < room ? len : room;

		memcpy(l->text + l->len, text, take);
		l->len += take;
		text += take;
		len -= take;
		if (len) {	/* a very long word: out in parts */
			fwrite(l->text, 1, l->len, stderr);
			l->len = 0;
		}
	}
}

static void put_str(struct line *l, const char *text)
{
	put(l, text, strlen(text));
}

/* Byte C as the user can read it on one line, into ESC: itself, or a
 * control byte as \n, \t, \r or \xHH. */
static void escape_byte(unsigned char c, char esc[5])
{
	if (c >= 0x20 && c != 0x7f)
		snprintf(esc, 5, "%c", c);
	else if (c == '\n' || c == '\t' || c == '\r')
		snprintf(esc, 5, "\\%c", c == '\n' ? 'n' : c == '\t' ? 't' : 'r');
	else
		snprintf(esc, 5, "\\x%02x", c);
}

/* WORD as the user can read it on one line: "" when empty, and each byte
 * as escape_byte has it. */
static void put_word(struct line *l, const char *word)
{
	if (!word[0]) {
		put_str(l, "\"\"");
		return;
	}
	for (const unsigned char *p = (const unsigned char *)word; *p; p++) {
		char esc[5];

		escape_byte(*p, esc);
		put_str(l, esc);
	}
}

size_t report_escape(char *out, const char *word)
{
	size_t len = 0;

	if (!word[0])
		return (size_t)sprintf(out, "\"\"");
	for (const unsigned char *p = (const unsigned char *)word; *p; p++) {
		escape_byte(*p, out + len);
		len += strlen(out + len);
	}
	return len;
}

/* "PREFIX PROG: WORD: REASON MORE" (PROG or WORD NULL: left out) on
 * stderr. */
static void say(const char *prog, const char *word, const char *reason, const char *more)
{
	struct line l = { .len = 0 };

	put_str(&l, prefix);
	if (prog) {
		put_str(&l, prog);
		put_str(&l, ": ");
	}
	if (word) {
		put_word(&l, word);
		put_str(&l, ": ");
	}
	put_str(&l, reason);
	put_str(&l, more);
	put_str(&l, "\n");
	fwrite(l.text, 1, l.len, stderr);
}

void report_say(const char *prog, const char *word, const char *format, ...)
{
	char reason[512];
	va_list ap;

	va_start(ap, format);
	/* clang-tidy 14 loses the va_start just above when it analyzes the
	 * whole tree; not when it analyzes this file alone. */
	vsnprintf(reason, sizeof(reason), format, ap); // NOLINT(clang-analyzer-valist.Uninitialized)
	va_end(ap);
	say(prog, word, reason, "");
}


void report_word(FILE *out, const char *word)
{
	struct line l = { .len = 0 };

	put_word(&l, word);
	fwrite(l.text, 1, l.len, out);
}

void report_interrupted(const struct report *report, const char *what)
{
	say(report->prog, what, "they kept changing while the kernel listed them "
	    "(dump interrupted, asked again for half a second): this list may miss or "
	    "repeat some", "");
}

int report_lost(const struct report *report, const char *object, int done)
{
	say(report->prog, object, done > 0 ? "the kernel's answer was lost (No buffer space "
	    "available); looked: it is done, as asked"
	    : done == 0 ? "the kernel's answer was lost (No buffer space available); looked: "
	    "it was not done"
	    : "the kernel's answer was lost (No buffer space available), and so was a look: "
	    "whether it was done is not known", "");
	return done > 0 ? 0 : EXIT_REFUSED;
}

int report_usage(const struct report *report)
{
	fprintf(stderr, "%susage: %s %s\n", prefix, report->prog, report->synopsis);
	return EXIT_USAGE;
}

int report_bad_input(const struct report *report, const char *word,
		     const char *reason)
{
	say(report->prog, word, reason, "");
	return EXIT_USAGE;
}

int report_bad_words(const struct report *report, const struct parse_error *err)
{
	if (!err->word)
		return report_usage(report);
	return report_bad_input(report, err->word, err->reason);
}

int report_text(const struct report *report, const char *object,
		const char *reason)
{
	say(report->prog, object, reason, "");
	return EXIT_REFUSED;
}

int report_refusal(const struct report *report, const char *object, int error,
		   const struct rtnl_err *err)
{
	int code = error < 0 ? -error : error;

	if (err && err->msg[0])
		return report_text(report, object, err->msg);
	if ((code == EPERM || code == EACCES) && report->privilege) {
		char more[64];

		snprintf(more, sizeof(more), " (needs %s; run as root)", report->privilege);
		say(report->prog, object, strerror(code), more);
		return EXIT_REFUSED;
	}
	return report_text(report, object, strerror(code));
}

int report_refusal_at(const struct report *report, const char *object,
		      const char *step, int error)
{
	char where[512];

	if (!step)
		return report_refusal(report, object, error, NULL);
	snprintf(where, sizeof(where), "%s: %s", object, step);
	return report_refusal(report, where, error, NULL);
}
