/* nsexec: ip netns exec NAME COMMAND [ARG...] */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "commands.h"
#include "netns.h"
#include "parse.h"

/* The exit statuses of env, chroot and timeout. */
enum { EXIT_SETUP = 125, EXIT_CANNOT_RUN = 126, EXIT_NOT_FOUND = 127 };

static void warn_bind(const char *path, int error)
{
	report_say("nsexec: warning", path, "cannot bind: %s", strerror(-error));
}

static int nsexec(struct cli *cli, int argc, char **argv)
{
	struct netns_err err;
	const char *name = argc > 0 ? argv[0] : NULL;
	const char *bad;
	int ret;

	if (argc < 2)
		return report_usage(&cli->report);
	bad = parse_netns_name(name);
	if (bad)
		return report_bad_input(&cli->report, name, bad);

	ret = netns_prepare_exec(name, &err, warn_bind);
	if (ret == -ENOENT && strcmp(err.step, "open") == 0) {
		report_text(&cli->report, name, "no such namespace");
		return EXIT_SETUP;
	}
	if (ret == -EINVAL && strcmp(err.step, "setns") == 0) {
		report_text(&cli->report, name, "stale namespace (its mount is gone)");
		return EXIT_SETUP;
	}
	if (ret < 0) {
		report_refusal_at(&cli->report, name, err.step, ret);
		return EXIT_SETUP;
	}
	execvp(argv[1], argv + 1);
	ret = errno;
	report_text(&cli->report, argv[1], strerror(ret));
	return ret == ENOENT ? EXIT_NOT_FOUND : EXIT_CANNOT_RUN;
}

int nsexec_main(int argc, char **argv)
{
	static const struct cli_command command = {
		"NAME COMMAND [ARG...]", 0, "CAP_SYS_ADMIN", nsexec,
	};

	return cli_run(&command, argc, argv);
}

CLI_MAIN(nsexec)
