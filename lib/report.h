/* report: a command's error lines, and the exit statuses they go with.
 * Every line is "PROG: OBJECT: REASON" on stderr. */
#ifndef TINYIP_REPORT_H
#define TINYIP_REPORT_H

#include <stdio.h>

#include "parse.h"
#include "rtnl.h"

enum {
	EXIT_REFUSED = 1,	/* the system said no */
	EXIT_USAGE = 2,		/* bad input, nothing changed */
};

/* Who is speaking, and which privilege to name when the kernel says
 * EPERM. */
struct report {
	const char *prog;
	const char *synopsis;
	const char *privilege;
};

/* TEXT (NULL: none) goes before every line from now on: a batch's
 * "tinyip: FILE:LINE: ". The text is the caller's, kept while set. */
void report_set_prefix(const char *text);
const char *report_prefix(void);

/* WORD as every error line shows it: "" when empty, a control byte as
 * \n, \t, \r or \xHH, so that the line stays one line. */
void report_word(FILE *out, const char *word);

/* WORD as report_word shows it, into OUT, which has room for four bytes
 * for each of WORD's and three more; returns the length. */
size_t report_escape(char *out, const char *word);

/* A line of its own: "PROG: WORD: REASON" after the prefix, WORD shown
 * as report_word shows it; PROG or WORD NULL: left out. */
__attribute__((format(printf, 3, 4)))
void report_say(const char *prog, const char *word, const char *format, ...);

/* A warning line: WHAT ("links") came from a dump the kernel marked
 * interrupted each time, as they kept changing: what is listed may miss
 * or repeat some. Nothing is returned: the list stands, as ip's does. */
void report_interrupted(const struct report *report, const char *what);

/* A request went out and its answer was lost (rtnl_err.lost): say so,
 * and what a look afterwards found. DONE 1: the change is there, as
 * asked (returns 0); 0: it is not (EXIT_REFUSED); below 0: the look
 * failed too, and the outcome is not known (EXIT_REFUSED). */
int report_lost(const struct report *report, const char *object, int done);

/* The synopsis on stderr; returns EXIT_USAGE. */
int report_usage(const struct report *report);

/* "PROG: WORD: REASON": the input is bad; returns EXIT_USAGE. */
int report_bad_input(const struct report *report, const char *word,
		     const char *reason);

/* For a failed parse_*_words(): the usage, or the word and why. */
int report_bad_words(const struct report *report, const struct parse_error *err);

/* A refusal: the kernel's extended-ack text if ERR has one, else the
 * errno text (with the missing privilege for EPERM). Returns
 * EXIT_REFUSED. */
int report_refusal(const struct report *report, const char *object, int error,
		   const struct rtnl_err *err);

/* A refusal at a named STEP (NULL: none) of what was done to OBJECT:
 * "PROG: OBJECT: STEP: REASON". */
int report_refusal_at(const struct report *report, const char *object,
		      const char *step, int error);

/* The same with a reason of the command's own choosing. */
int report_text(const struct report *report, const char *object,
		const char *reason);

#endif
