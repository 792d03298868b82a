/* batch: command lines read from a file and run one after another in one
 * process (tinyip -b). */
#ifndef TINYIP_BATCH_H
#define TINYIP_BATCH_H

#include <stdbool.h>
#include <stddef.h>

/* One line's words, split as a shell splits them, with nothing expanded:
 * blanks between words; '...' keeps everything, "..." all but \" \\ \$
 * \` (and \ newline, which joins lines); \ outside quotes keeps the next
 * byte; a # that starts a word starts a comment. Refused, as a shell
 * would do something else with them: an unquoted ; | & < > ( ), and $
 * or ` outside single quotes where a shell would expand them, and a
 * NUL byte. Globs and ~ are left as they are. A CR is a byte like any
 * other: the reader takes CR LF for a newline. The buffers grow to the
 * longest line and are reused. */
struct batch_words {
	char *text;		/* the words, each ended by a NUL */
	size_t text_size;
	char **argv;		/* argc pointers into text, then NULL */
	size_t argv_size;
	int argc;
	char bad_word[64];	/* after BATCH_BAD: the word at fault */
	const char *bad_reason;	/* and why */
};

enum {
	BATCH_NOMEM = -2,	/* out of memory */
	BATCH_BAD = -1,		/* not a line: bad_word and bad_reason say why */
	BATCH_LINE = 0,		/* argc words (0: a blank or comment line) */
	BATCH_CONTINUED = 1,	/* ends in \ newline: add the next line, again */
};

/* Split the LEN bytes at LINE, one line or several joined, with or
 * without its final newline. */
int batch_split(struct batch_words *words, const char *line, size_t len);
void batch_words_free(struct batch_words *words);

/* A command a batch line can name: its function, and whether it must run
 * in a child process of its own (nsexec, which becomes the program it
 * runs). */
struct batch_command {
	const char *name;
	int (*main)(int argc, char **argv);
	bool forks;
};

struct batch {
	const char *name;	/* as error lines name it: FILE, or "stdin" */
	int fd;			/* the lines, read from here */
	bool from_stdin;	/* a child reads /dev/null, not the lines */
	bool force;		/* -f: go on past a failing line */
	const struct batch_command *commands;
	size_t count;
};

/* The command named WORD among COMMANDS, or NULL. */
const struct batch_command *batch_find(const struct batch_command *commands,
				       size_t count, const char *word);

/* Run every line of BATCH. Each starts where the batch started (the same
 * network namespace, nothing left over from the line before), and an
 * error line it prints starts "tinyip: FILE:LINE: ". Returns 0; or the
 * first failing line's exit status, after which nothing more ran; or,
 * with force, 1 when any line failed. */
int batch_run(const struct batch *batch);

#endif
