/* nsdel: ip netns del NAME; nsdel -a: every name */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "commands.h"
#include "netns.h"
#include "parse.h"

/* 0, or EXIT_REFUSED reported. */
static int delete_one(struct cli *cli, const char *name)
{
	struct netns_err err;
	int ret = netns_delete(name, &err);

	/* -f: a name already gone is what was asked for. */
	if (ret == -ENOENT && cli->gone_ok)
		return 0;
	if (ret == -ENOENT)
		return report_text(&cli->report, name, "no such namespace");
	if (ret == -EMEDIUMTYPE) {
		char what[96];

		snprintf(what, sizeof(what), "%s in " NETNS_RUN_DIR ", not a namespace: left as it is",
			 err.step);
		return report_text(&cli->report, name, what);
	}
	if (ret < 0)
		return report_refusal_at(&cli->report, name, err.step, ret);
	return 0;
}

/* -a: every name in the run directory. */
static int delete_all(struct cli *cli)
{
	struct netns_entry *entries;
	size_t count;
	int status = 0;
	int ret = netns_list(&entries, &count);

	if (ret < 0)
		return report_refusal(&cli->report, NETNS_RUN_DIR, ret, NULL);
	for (size_t i = 0; i < count; i++)
		if (delete_one(cli, entries[i].name))
			status = EXIT_REFUSED;
	free(entries);
	return status;
}

static int nsdel(struct cli *cli, int argc, char **argv)
{
	int status;

	if (cli->all)
		return argc ? report_usage(&cli->report) : delete_all(cli);
	status = cli_check_each(cli, argc, argv, parse_netns_name);
	for (int i = 0; status != EXIT_USAGE && i < argc; i++)
		if (delete_one(cli, argv[i]))
			status = EXIT_REFUSED;
	return status;
}

int nsdel_main(int argc, char **argv)
{
	static const struct cli_command command = {
		"[-f] NAME... | -a", CLI_GONE_OK | CLI_ALL, "CAP_SYS_ADMIN", nsdel,
	};

	return cli_run(&command, argc, argv);
}

CLI_MAIN(nsdel)
