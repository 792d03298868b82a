/* nsexec: ip netns exec NAME COMMAND [ARG...] */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "netns.h"
#include "parse.h"

/* The exit statuses of env, chroot and timeout. */
enum { EXIT_SETUP = 125, EXIT_CANNOT_RUN = 126, EXIT_NOT_FOUND = 127 };

static void warn_bind(const char *path, int error)
{
	fprintf(stderr, "%s: warning: %s: cannot bind: %s\n", cli.prog, path,
		strerror(-error));
}

int main(int argc, char **argv)
{
	struct netns_exec_err err;
	const char *name, *bad;
	int first, ret;

	cli.privilege = "CAP_SYS_ADMIN";
	first = cli_start(argc, argv, "NAME COMMAND [ARG...]", 0);
	if (argc - first < 2)
		cli_usage();
	name = argv[first];
	bad = parse_netns_name(name);
	if (bad)
		cli_bad_input(name, bad);

	ret = netns_prepare_exec(name, &err, warn_bind);
	if (ret == -ENOENT && strcmp(err.step, "open") == 0) {
		cli_report_text(name, "no such namespace");
		return EXIT_SETUP;
	}
	if (ret == -EINVAL && strcmp(err.step, "setns") == 0) {
		cli_report_text(name, "stale namespace (its mount is gone)");
		return EXIT_SETUP;
	}
	if (ret < 0) {
		char object[300];
		snprintf(object, sizeof(object), "%s: %s", name, err.step);
		cli_report(object, ret, NULL);
		return EXIT_SETUP;
	}
	execvp(argv[first + 1], argv + first + 1);
	ret = errno;
	cli_report_text(argv[first + 1], strerror(ret));
	return ret == ENOENT ? EXIT_NOT_FOUND : EXIT_CANNOT_RUN;
}
