/* batch: a batch line's words, split as /bin/sh splits them (sh itself is
 * the judge of every line it would run the same way), and the lines that
 * are refused. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "batch.h"
#include "tests.h"

/* The words of LINE as sh splits them (no globbing), each followed by a
 * unit separator, into OUT. */
static void sh_words(const char *line, char *out, size_t size)
{
	char script[2048];
	FILE *sh;
	size_t got;

	snprintf(script, sizeof(script),
		 "sh -c 'set -f; set -- %s\nfor w; do printf \"%%s\\037\" \"$w\"; done' 2>&1",
		 line);
	sh = popen(script, "r");
	ck_assert_ptr_nonnull(sh);
	got = fread(out, 1, size - 1, sh);
	out[got] = '\0';
	ck_assert_int_eq(pclose(sh), 0);
}

/* The words of LINE as batch_split gives them, the same way. */
static void our_words(struct batch_words *w, const char *line, char *out, size_t size)
{
	size_t at = 0;

	ck_assert_int_eq(batch_split(w, line, strlen(line)), BATCH_LINE);
	out[0] = '\0';
	for (int i = 0; i < w->argc; i++)
		at += (size_t)snprintf(out + at, size - at, "%s\037", w->argv[i]);
	ck_assert_ptr_null(w->argv[w->argc]);
}

/* Lines a shell would run as one command, with nothing to expand. The
 * ones with a ' are not in sh's quotes below, so they are written for sh
 * as they would be in a file. */
static const char *const shell_lines[] = {
	"nsadd ns1",
	"  nsadd\tns1   ns2  ",
	"nsadd 'a b'",
	"nsadd \"a b\"",
	"nsadd a\\ b",
	"nsadd a\"b c\"d'e f'g",
	"nsadd \"\" ''",
	"nsadd \"a\\\"b\" \"c\\\\d\" \"e\\f\"",
	"nsadd \"\\$x\" \\$y '$z'",
	"nsadd a#b # a comment",
	"# only a comment",
	"",
	"   ",
	"nsadd x \\# y",
	"nsadd \\\\ \\'",
	"linkset v1 up\n",
	"nsadd a\\\nb",
	"nsadd a \\\n b",
	"nsadd \"a\\\nb\"",
	"nsadd $ a$ '$' \"$'x'\"",
	"nsexec ns1 ping -c 3 -i 0.2 10.1.1.2",
	"nsadd * ? [a] {a,b}",
};

START_TEST(batch_split_splits_as_sh_does)
{
	struct batch_words w = { 0 };
	char ours[1024], theirs[1024], quoted[1024];

	for (size_t i = 0; i < sizeof(shell_lines) / sizeof(shell_lines[0]); i++) {
		const char *line = shell_lines[i];
		size_t at = 0;

		/* For sh -c '...': each ' as '\'' */
		for (const char *p = line; *p; p++)
			at += (size_t)snprintf(quoted + at, sizeof(quoted) - at,
					       *p == '\'' ? "'\\''" : "%c", *p);
		sh_words(quoted, theirs, sizeof(theirs));
		our_words(&w, line, ours, sizeof(ours));
		ck_assert_msg(strcmp(ours, theirs) == 0, "line %zu '%s': '%s', sh '%s'", i,
			      line, ours, theirs);
	}
	batch_words_free(&w);
}
END_TEST

START_TEST(batch_split_reuses_its_buffers)
{
	struct batch_words w = { 0 };
	char *text, **argv;

	ck_assert_int_eq(batch_split(&w, "nsadd a b c d e f", 17), BATCH_LINE);
	ck_assert_int_eq(w.argc, 7);
	text = w.text;
	argv = w.argv;
	ck_assert_int_eq(batch_split(&w, "nslist", 6), BATCH_LINE);
	ck_assert_int_eq(w.argc, 1);
	ck_assert_str_eq(w.argv[0], "nslist");
	ck_assert_ptr_eq(w.text, text);
	ck_assert_ptr_eq(w.argv, argv);
	batch_words_free(&w);
	ck_assert_ptr_null(w.text);
}
END_TEST

/* LINE is refused, naming WORD, for a REASON that says ABOUT. */
static void refused(const char *line, const char *word, const char *about)
{
	struct batch_words w = { 0 };

	ck_assert_msg(batch_split(&w, line, strlen(line)) == BATCH_BAD, "'%s' was taken", line);
	ck_assert_str_eq(w.bad_word, word);
	ck_assert_ptr_nonnull(w.bad_reason);
	ck_assert_msg(strstr(w.bad_reason, about), "'%s': %s", line, w.bad_reason);
	batch_words_free(&w);
}

START_TEST(batch_split_refuses_an_open_quote)
{
	refused("nsadd 'ns1", "'ns1", "no closing '");
	refused("nsadd \"ns1\n", "\"ns1", "no closing \"");
	refused("nsadd a'b c", "a'b", "no closing '");
	/* Not even where a \ newline joins the next line to it. */
	refused("nsadd 'a\\\nb'", "'a\\", "no closing '");
	refused("nsadd \"a\nb\"", "\"a", "no closing \"");
}
END_TEST

START_TEST(batch_split_refuses_what_a_shell_would_expand)
{
	refused("nsadd $NS", "$NS", "expands nothing");
	refused("nsadd ${NS}", "${NS}", "expands nothing");
	refused("nsadd a$1", "a$1", "expands nothing");
	refused("nsadd \"$NS\"", "\"$NS\"", "expands nothing");
	refused("nsadd `id`", "`id`", "expands nothing");
	refused("nsadd $(id)", "$(id)", "expands nothing");
	refused("nsadd $'x'", "$'x'", "expands nothing");
	refused("nsadd $\"x\"", "$\"x\"", "expands nothing");
	refused("nsadd $\\\nx", "$\\", "expands nothing");
}
END_TEST

START_TEST(batch_split_refuses_a_second_command)
{
	refused("nsadd a; nsadd b", ";", "one command");
	refused("nsadd a | cat", "|", "one command");
	refused("nsadd a && nsadd b", "&", "one command");
	refused("nslist >out", ">", "one command");
	refused("nsadd a<b", "<", "one command");
	refused("nsadd (a)", "(", "one command");
}
END_TEST

START_TEST(batch_split_names_a_long_word_in_part)
{
	struct batch_words w = { 0 };
	char line[300] = "nsadd '";

	memset(line + 7, 'x', 200);
	ck_assert_int_eq(batch_split(&w, line, strlen(line)), BATCH_BAD);
	ck_assert_uint_eq(strlen(w.bad_word), sizeof(w.bad_word) - 1);
	ck_assert_int_eq(w.bad_word[0], '\'');
	batch_words_free(&w);
}
END_TEST

START_TEST(batch_split_asks_for_the_next_line)
{
	struct batch_words w = { 0 };

	ck_assert_int_eq(batch_split(&w, "nsadd a \\\n", 10), BATCH_CONTINUED);
	ck_assert_int_eq(batch_split(&w, "nsadd a\\\n", 9), BATCH_CONTINUED);
	ck_assert_int_eq(batch_split(&w, "nsadd \"a\\\n", 10), BATCH_CONTINUED);
	ck_assert_int_eq(batch_split(&w, "nsadd a\\", 8), BATCH_CONTINUED);
	/* A \ in '...' is itself; the quote is what is open. */
	ck_assert_int_eq(batch_split(&w, "nsadd 'a\\\n", 10), BATCH_BAD);
	batch_words_free(&w);
}
END_TEST

/* A CR is a byte of a word, as in sh (the reader takes CR LF for a
 * newline before the words are split). */
START_TEST(batch_split_keeps_a_cr)
{
	struct batch_words w = { 0 };

	ck_assert_int_eq(batch_split(&w, "nsadd a \rb\r", 11), BATCH_LINE);
	ck_assert_int_eq(w.argc, 3);
	ck_assert_str_eq(w.argv[1], "a");
	ck_assert_str_eq(w.argv[2], "\rb\r");
	batch_words_free(&w);
}
END_TEST

START_TEST(batch_split_refuses_a_nul_byte)
{
	struct batch_words w = { 0 };

	ck_assert_int_eq(batch_split(&w, "nsadd a\0b", 9), BATCH_BAD);
	ck_assert_str_eq(w.bad_word, "line");
	ck_assert_str_eq(w.bad_reason, "has a NUL byte");
	batch_words_free(&w);
}
END_TEST

static int fake_main(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return 0;
}

START_TEST(batch_find_names_only_its_commands)
{
	static const struct batch_command commands[] = {
		{ "nsadd", fake_main, false }, { "nsexec", fake_main, true },
	};

	ck_assert_ptr_eq(batch_find(commands, 2, "nsexec"), &commands[1]);
	ck_assert_ptr_null(batch_find(commands, 2, "nsad"));
	ck_assert_ptr_null(batch_find(commands, 2, ""));
	ck_assert_ptr_null(batch_find(commands, 2, "ip"));
}
END_TEST

Suite *batch_suite(void)
{
	Suite *s = suite_create("batch");
	TCase *tc = tcase_create("split");

	tcase_add_test(tc, batch_split_splits_as_sh_does);
	tcase_add_test(tc, batch_split_reuses_its_buffers);
	tcase_add_test(tc, batch_split_refuses_an_open_quote);
	tcase_add_test(tc, batch_split_refuses_what_a_shell_would_expand);
	tcase_add_test(tc, batch_split_refuses_a_second_command);
	tcase_add_test(tc, batch_split_names_a_long_word_in_part);
	tcase_add_test(tc, batch_split_asks_for_the_next_line);
	tcase_add_test(tc, batch_split_keeps_a_cr);
	tcase_add_test(tc, batch_split_refuses_a_nul_byte);
	tcase_add_test(tc, batch_find_names_only_its_commands);
	suite_add_tcase(s, tc);
	return s;
}
