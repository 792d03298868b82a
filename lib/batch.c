#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "batch.h"
#include "report.h"
#include "pool.h"

/* The words are never longer than the line: room for it, its NULs, and
 * as many words as it could hold. */
static int make_room(struct batch_words *w, size_t len)
{
	size_t text = len + 1, words = len / 2 + 2;

	if (!w->text || w->text_size < text) {
		char *grown = realloc(w->text, text);

		if (!grown)
			return BATCH_NOMEM;
		w->text = grown;
		w->text_size = text;
	}
	if (!w->argv || w->argv_size < words) {
		char **grown = realloc(w->argv, words * sizeof(*grown));

		if (!grown)
			return BATCH_NOMEM;
		w->argv = grown;
		w->argv_size = words;
	}
	return 0;
}

/* BATCH_BAD, with the word from START to END (or to a blank) named. */
static int bad(struct batch_words *w, const char *start, const char *end,
	       const char *reason)
{
	size_t len = 0;

	while (start + len < end && !strchr(" \t\n", start[len]) &&
	       len < sizeof(w->bad_word) - 1)
		len++;
	memcpy(w->bad_word, start, len);
	w->bad_word[len] = '\0';
	w->bad_reason = reason;
	return BATCH_BAD;
}

/* Whether a shell would expand the $ at P (in "..." when QUOTED): a
 * name, a special parameter, ${, $(, and outside quotes $'...' and
 * $"...". Lines are joined first, as a shell joins them. */
static bool expands(const char *p, const char *end, bool quoted)
{
	p++;
	while (p + 1 < end && p[0] == '\\' && p[1] == '\n')
		p += 2;
	if (p >= end)
		return false;
	return strchr("{(?#@*!$-_", *p) || (*p >= '0' && *p <= '9') ||
	       (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
	       (!quoted && (*p == '\'' || *p == '"'));
}

static const char no_expansion[] =
	"a batch line expands nothing: put it in '...' to mean it as it is";
static const char one_command[] =
	"a batch line is one command: put ; | & < > ( ) in '...' to mean them";

/* One double-quoted part, from after its " at *AT; the bytes go to *TO. */
static int double_quoted(struct batch_words *w, const char *start, const char **at,
			 const char *end, char **to)
{
	const char *p = *at;

	for (; p < end && *p != '"' && *p != '\n'; p++) {
		if (*p == '\\' && p + 1 < end && strchr("$`\"\\\n", p[1])) {
			if (p[1] == '\n' && p + 2 == end)
				return BATCH_CONTINUED;
			if (p[1] != '\n')
				*(*to)++ = p[1];
			p++;
		} else if (*p == '`' || (*p == '$' && expands(p, end, true))) {
			return bad(w, start, end, no_expansion);
		} else {
			*(*to)++ = *p;
		}
	}
	if (p == end || *p == '\n')
		return bad(w, start, end, "no closing \" (a quoted word ends on its line)");
	*at = p + 1;
	return 0;
}

/* One word from *AT, to *TO. */
static int word(struct batch_words *w, const char **at, const char *end, char **to)
{
	const char *p = *at, *start = p;
	int ret;

	while (p < end && !strchr(" \t\n", *p)) {
		if (*p == '\\') {
			if (p + 1 == end || (p[1] == '\n' && p + 2 == end))
				return BATCH_CONTINUED;
			if (p[1] != '\n')
				*(*to)++ = p[1];
			p += 2;
		} else if (*p == '\'') {
			const char *close = memchr(p + 1, '\'', (size_t)(end - p - 1));
			const char *newline = memchr(p + 1, '\n', (size_t)(end - p - 1));

			if (!close || (newline && newline < close))
				return bad(w, start, end, "no closing ' (a quoted word ends on its line)");
			memcpy(*to, p + 1, (size_t)(close - p - 1));
			*to += close - p - 1;
			p = close + 1;
		} else if (*p == '"') {
			p++;
			ret = double_quoted(w, start, &p, end, to);
			if (ret)
				return ret;
		} else if (strchr(";|&<>()", *p)) {
			return bad(w, p, p + 1, one_command);
		} else if (*p == '`' || (*p == '$' && expands(p, end, false))) {
			return bad(w, start, end, no_expansion);
		} else {
			*(*to)++ = *p++;
		}
	}
	*at = p;
	return 0;
}

int batch_split(struct batch_words *w, const char *line, size_t len)
{
	const char *p = line, *end = line + len;
	char *to;
	int ret = make_room(w, len);

	w->argc = 0;
	w->bad_word[0] = '\0';
	w->bad_reason = NULL;
	if (ret)
		return ret;
	/* No byte below is a NUL, which the string functions would take
	 * for the end. */
	if (memchr(line, '\0', len)) {
		static const char whole[] = "line";

		return bad(w, whole, whole + sizeof(whole) - 1, "has a NUL byte");
	}
	to = w->text;
	for (;;) {
		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		/* \ newline between words joins lines too. */
		if (p + 1 < end && p[0] == '\\' && p[1] == '\n') {
			if (p + 2 == end)
				return BATCH_CONTINUED;
			p += 2;
			continue;
		}
		if (p == end || *p == '\n' || *p == '#')
			break;
		w->argv[w->argc++] = to;
		ret = word(w, &p, end, &to);
		if (ret)
			return ret;
		*to++ = '\0';
	}
	w->argv[w->argc] = NULL;
	return BATCH_LINE;
}

void batch_words_free(struct batch_words *w)
{
	free(w->text);
	free(w->argv);
	*w = (struct batch_words){ 0 };
}

const struct batch_command *batch_find(const struct batch_command *commands,
				       size_t count, const char *word)
{
	for (size_t i = 0; i < count; i++)
		if (strcmp(commands[i].name, word) == 0)
			return &commands[i];
	return NULL;
}

/* A line of a file, with the lines it continues onto. */
struct logical {
	char *text;
	size_t len, size;
	unsigned long first, last;	/* its lines' numbers */
};

/* What was read of the file and not yet taken. The batch reads with
 * read(), not stdio: a child (nsexec) may end without exec, and must be
 * able to free what the batch holds without moving the file's offset,
 * which it shares with the batch. */
struct input {
	int fd;
	char *buf;
	size_t at, end;
	bool eof;
};

#define INPUT_SIZE 65536

/* Room for ADD more bytes in LINE: 0 or -ENOMEM. */
static int line_room(struct logical *line, size_t add)
{
	size_t want = line->len + add + 1;
	char *grown;

	if (want <= line->size)
		return 0;
	if (want < 2 * line->size)
		want = 2 * line->size;
	grown = realloc(line->text, want);
	if (!grown)
		return -ENOMEM;
	line->text = grown;
	line->size = want;
	return 0;
}

/* Add the next line of IN to LINE: 1, 0 at the end, or -errno. */
static int read_more(struct input *in, struct logical *line)
{
	bool some = false;

	for (;;) {
		char *newline;
		size_t take;
		ssize_t got;

		if (in->at < in->end) {
			newline = memchr(in->buf + in->at, '\n', in->end - in->at);
			take = newline ? (size_t)(newline - in->buf) - in->at + 1 : in->end - in->at;
			if (line_room(line, take) < 0)
				return -ENOMEM;
			memcpy(line->text + line->len, in->buf + in->at, take);
			line->len += take;
			line->text[line->len] = '\0';
			in->at += take;
			some = true;
			if (newline)
				break;
		}
		if (in->eof)
			break;
		got = read(in->fd, in->buf, INPUT_SIZE);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0)
			return -errno;
		in->at = 0;
		in->end = (size_t)got;
		in->eof = got == 0;
	}
	if (!some)
		return 0;
	/* CR LF (a file from Windows) is a newline; so is a CR at the end. */
	if (line->len >= 2 && line->text[line->len - 1] == '\n' &&
	    line->text[line->len - 2] == '\r') {
		line->text[--line->len - 1] = '\n';
		line->text[line->len] = '\0';
	} else if (in->eof && in->at == in->end && line->len &&
		   line->text[line->len - 1] == '\r') {
		line->text[--line->len] = '\0';
	}
	line->last++;
	return 1;
}

/* Whether LINE ends in \ newline: the next line is joined to it, as a
 * shell joins it, even to a line that is refused. */
static bool continued(const struct logical *line)
{
	size_t n = 0;

	if (line->len < 2 || line->text[line->len - 1] != '\n')
		return false;
	while (n + 1 < line->len && line->text[line->len - 2 - n] == '\\')
		n++;
	return n % 2 == 1;
}

/* What a batch holds while it runs. */
struct run {
	struct batch_words *words;
	struct logical line;
	struct input in;
	char *prefix;
	int home_fd;
};

/* R's buffers, and the way back to the namespace HOME describes. 0, or
 * -1 with errno set. */
static int run_start(struct run *r, const char *name, struct stat *home)
{
	r->home_fd = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
	if (r->home_fd < 0 || fstat(r->home_fd, home) < 0)
		return -1;
	/* The name as an error line shows it: each byte may take four. */
	r->prefix = malloc(strlen(name) * 4 + 48);
	r->in.buf = malloc(INPUT_SIZE);
	if (!r->prefix || !r->in.buf || line_room(&r->line, 255) < 0) {
		errno = ENOMEM;
		return -1;
	}
	return 0;
}

static void run_free(struct run *r)
{
	batch_words_free(r->words);
	free(r->line.text);
	free(r->in.buf);
	free(r->prefix);
	if (r->home_fd >= 0)
		close(r->home_fd);
}

/* The wait status of child PID, or -1. */
static int wait_child(pid_t pid)
{
	int status;

	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	return status;
}

/* The program an nsexec line runs: the word after its options and the
 * namespace. */
static const char *program(int argc, char **argv)
{
	int i = 1;

	while (i < argc && argv[i][0] == '-' && strcmp(argv[i], "--") != 0)
		i++;
	i += i < argc && strcmp(argv[i], "--") == 0;
	return i + 1 < argc ? argv[i + 1] : argv[0];
}

static int cannot_start(const char *prog)
{
	int error = errno;

	report_say(prog, NULL, "cannot start a process: %s", strerror(error));
	return EXIT_REFUSED;
}

/* COMMAND in a child, which reads /dev/null when the lines come from
 * standard input; what it exits with, as a shell gives it. A byte on a
 * pipe closed on exec says that the program was never run: the command
 * has said why, with its own status. Else the status is the program's,
 * and a line says so when it is not 0. */
static int run_child(const struct batch *b, struct run *r,
		     const struct batch_command *command, int argc, char **argv)
{
	int status, not_run[2];
	ssize_t got;
	char byte;
	pid_t pid;

	fflush(NULL);
	if (pipe2(not_run, O_CLOEXEC) < 0)
		return cannot_start(argv[0]);
	pid = fork();
	if (pid < 0) {
		status = cannot_start(argv[0]);
		close(not_run[0]);
		close(not_run[1]);
		return status;
	}
	if (pid == 0) {
		int null = b->from_stdin ? open("/dev/null", O_RDONLY) : -1;

		close(not_run[0]);
		if (null >= 0) {
			dup2(null, STDIN_FILENO);
			close(null);
		}
		/* Back only if the program could not be run. */
		status = command->main(argc, argv);
		fflush(NULL);
		while (write(not_run[1], "!", 1) < 0 && errno == EINTR)
			;
		pool_end();
		run_free(r);
		_exit(status);
	}
	close(not_run[1]);
	do
		got = read(not_run[0], &byte, 1);
	while (got < 0 && errno == EINTR);
	close(not_run[0]);
	status = wait_child(pid);
	if (status < 0)
		return EXIT_REFUSED;
	if (WIFSIGNALED(status)) {
		report_say(argv[0], program(argc, argv), "killed by signal %d (%s)",
			   WTERMSIG(status), strsignal(WTERMSIG(status)));
		return 128 + WTERMSIG(status);
	}
	status = WEXITSTATUS(status);
	if (status && got == 0)
		report_say(argv[0], program(argc, argv), "exited with status %d", status);
	return status;
}

/* One line's words: its exit status. */
static int run_words(const struct batch *b, struct run *r, int argc, char **argv)
{
	const struct batch_command *command = batch_find(b->commands, b->count, argv[0]);

	if (!command) {
		report_say(NULL, argv[0], "not a tinyip command (tinyip -h lists them)");
		return EXIT_USAGE;
	}
	if (command->forks)
		return run_child(b, r, command, argc, argv);
	return command->main(argc, argv);
}

/* Whether this process is in the namespace HOME describes; if not, try
 * to go back to HOME_FD. 0, or -errno when it cannot. */
static int come_home(const struct stat *home, int home_fd)
{
	struct stat here;

	if (stat("/proc/self/ns/net", &here) == 0 && here.st_dev == home->st_dev &&
	    here.st_ino == home->st_ino)
		return 0;
	return setns(home_fd, CLONE_NEWNET) < 0 ? -errno : 0;
}

int batch_run(const struct batch *b)
{
	struct batch_words words = { 0 };
	struct run r = { .words = &words, .in = { .fd = b->fd }, .home_fd = -1 };
	struct stat home;
	int status = 0, ret = 0;
	bool failed = false;

	if (run_start(&r, b->name, &home) < 0) {
		fprintf(stderr, "tinyip: %s: cannot start: %s\n", b->name, strerror(errno));
		run_free(&r);
		return EXIT_REFUSED;
	}
	/* Without it (no /proc), each command opens its own socket. */
	(void)pool_start();
	for (;;) {
		int split, back;

		r.line.len = 0;
		r.line.first = r.line.last + 1;
		ret = read_more(&r.in, &r.line);
		if (ret <= 0)
			break;
		while (((split = batch_split(&words, r.line.text, r.line.len)) == BATCH_CONTINUED ||
			(split == BATCH_BAD && continued(&r.line))) &&
		       (ret = read_more(&r.in, &r.line)) > 0)
			;
		if (ret < 0)
			break;
		size_t len = (size_t)sprintf(r.prefix, "tinyip: ");

		len += report_escape(r.prefix + len, b->name);
		sprintf(r.prefix + len, ":%lu: ", r.line.first);
		report_set_prefix(r.prefix);
		if (split == BATCH_CONTINUED) {
			report_say(NULL, "\\", "the last line ends in \\, which continues it, "
				   "and there is no more");
			status = EXIT_USAGE;
		} else if (split == BATCH_NOMEM) {
			report_say(NULL, "line", "%s", strerror(ENOMEM));
			status = EXIT_REFUSED;
		} else if (split == BATCH_BAD) {
			report_say(NULL, words.bad_word, "%s", words.bad_reason);
			status = EXIT_USAGE;
		} else if (words.argc == 0) {
			continue;
		} else {
			pool_check();
			status = run_words(b, &r, words.argc, words.argv);
		}
		fflush(stdout);
		back = come_home(&home, r.home_fd);
		if (back < 0) {
			report_say(NULL, words.argc ? words.argv[0] : "line",
				   "cannot come back to the batch's namespace: %s", strerror(-back));
			status = EXIT_REFUSED;
			failed = true;
			break;
		}
		if (status == 0)
			continue;
		failed = true;
		if (!b->force)
			break;
		status = 0;
	}
	report_set_prefix(NULL);
	if (ret < 0) {
		fprintf(stderr, "tinyip: %s:%lu: cannot read: %s\n", b->name, r.line.last + 1,
			strerror(-ret));
		status = EXIT_REFUSED;
		failed = true;
	}
	pool_end();
	run_free(&r);
	if (b->force && failed)
		return EXIT_REFUSED;
	return status;
}
