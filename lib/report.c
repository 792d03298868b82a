#include <errno.h>
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

int report_usage(const struct report *report)
{
	fprintf(stderr, "%susage: %s %s\n", prefix, report->prog, report->synopsis);
	return EXIT_USAGE;
}

int report_bad_input(const struct report *report, const char *word,
		     const char *reason)
{
	fprintf(stderr, "%s%s: %s: %s\n", prefix, report->prog, word[0] ? word : "\"\"", reason);
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
	fprintf(stderr, "%s%s: %s: %s\n", prefix, report->prog, object, reason);
	return EXIT_REFUSED;
}

int report_refusal(const struct report *report, const char *object, int error,
		   const struct rtnl_err *err)
{
	int code = error < 0 ? -error : error;

	if (err && err->msg[0])
		return report_text(report, object, err->msg);
	if ((code == EPERM || code == EACCES) && report->privilege) {
		fprintf(stderr, "%s%s: %s: %s (needs %s; run as root)\n", prefix, report->prog,
			object, strerror(code), report->privilege);
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
