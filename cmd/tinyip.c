/* tinyip: every command in one program. `tinyip CMD [ARG...]` runs one;
 * `tinyip [-f] -b FILE` runs a file of command lines in one process,
 * which `ip -batch` does for ip. Called by a command's name (a link
 * named nsadd, say), it is that command. */
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "batch.h"
#include "cli.h"
#include "commands.h"
#include "report.h"

static const struct batch_command commands[] = {
	{ "nsadd", nsadd_main, false },
	{ "nslist", nslist_main, false },
	{ "nsdel", nsdel_main, false },
	{ "nsexec", nsexec_main, true },
	{ "vethadd", vethadd_main, false },
	{ "bradd", bradd_main, false },
	{ "vxlanadd", vxlanadd_main, false },
	{ "linkset", linkset_main, false },
	{ "linkdel", linkdel_main, false },
	{ "addradd", addradd_main, false },
	{ "addrdel", addrdel_main, false },
	{ "routeadd", routeadd_main, false },
	{ "routedel", routedel_main, false },
	{ "linklist", linklist_main, false },
	{ "addrlist", addrlist_main, false },
	{ "routelist", routelist_main, false },
	{ "nsmap", nsmap_main, false },
};
#define COUNT (sizeof(commands) / sizeof(commands[0]))

static const char synopsis[] = "COMMAND [ARG...] | [-f] -b FILE";

static void help(void)
{
	printf("usage: tinyip COMMAND [ARG...]\n"
	       "       tinyip [-f] -b FILE\n"
	       "  -b FILE        run the command lines in FILE (-: standard input), one\n"
	       "                 after another in this process; stop at the first that fails\n"
	       "  -f             with -b: go on past a line that fails; exit 1 if any did\n"
	       "  -h, --help     print this help\n"
	       "  -V, --version  print the version\n"
	       "COMMAND is one of:");
	for (size_t i = 0; i < COUNT; i++)
		printf("%s%s", i % 8 ? " " : "\n  ", commands[i].name);
	printf("\nSee tinyip(8).\n");
}

static int bad(const char *word, const char *reason)
{
	report_say("tinyip", word, "%s", reason);
	return EXIT_USAGE;
}

/* Whether FD is standard input, under another name (/dev/stdin). */
static bool is_stdin(int fd)
{
	struct stat a, b;

	return fstat(fd, &a) == 0 && fstat(STDIN_FILENO, &b) == 0 &&
	       a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/* -b FILE: its lines, from the file or standard input. */
static int run_batch(const char *file, bool force)
{
	bool dash = strcmp(file, "-") == 0;
	struct batch batch = {
		dash ? "stdin" : file, dash ? STDIN_FILENO : open(file, O_RDONLY | O_CLOEXEC),
		dash, force, commands, COUNT,
	};
	struct stat st;
	int status, error = batch.fd < 0 ? errno : 0;

	if (!error && fstat(batch.fd, &st) == 0 && S_ISDIR(st.st_mode))
		error = EISDIR;
	if (error) {
		report_say("tinyip", file, "%s", strerror(error));
		if (batch.fd >= 0 && !dash)
			close(batch.fd);
		return error == ENOENT || error == EISDIR || error == ENOTDIR ? EXIT_USAGE
									     : EXIT_REFUSED;
	}
	/* A program an nsexec line runs must not read the lines. */
	batch.from_stdin = dash || is_stdin(batch.fd);
	status = batch_run(&batch);
	if (!dash)
		close(batch.fd);
	return status;
}

int main(int argc, char **argv)
{
	const char *name = argc > 0 ? strrchr(argv[0], '/') : NULL;
	const struct batch_command *command;
	const char *file = NULL;
	bool force = false;
	int i = 1;

	name = name ? name + 1 : argc > 0 ? argv[0] : "tinyip";
	command = batch_find(commands, COUNT, name);
	if (command)
		return command->main(argc, argv);
	for (; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
			help();
			return 0;
		} else if (strcmp(argv[i], "-V") == 0 || strcmp(argv[i], "--version") == 0) {
			printf("tinyip %s\n", TINYIP_VERSION);
			return 0;
		} else if (strcmp(argv[i], "-f") == 0) {
			force = true;
		} else if (strcmp(argv[i], "-b") == 0) {
			if (++i == argc)
				return bad("-b", "needs a file (- for standard input)");
			file = argv[i];
		} else {
			report_say("tinyip", argv[i], "unknown option (usage: tinyip %s)", synopsis);
			return EXIT_USAGE;
		}
	}
	if (file && i < argc)
		return bad(argv[i], "unexpected word: -b reads the commands from its file");
	if (file)
		return run_batch(file, force);
	if (force)
		return bad("-f", "goes with -b FILE");
	if (i == argc) {
		fprintf(stderr, "usage: tinyip %s\n", synopsis);
		return EXIT_USAGE;
	}
	command = batch_find(commands, COUNT, argv[i]);
	if (!command)
		return bad(argv[i], "not a tinyip command (tinyip -h lists them)");
	return command->main(argc - i, argv + i);
}
