/* nsdel: ip netns del NAME; nsdel -a: every name */
#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>

#include "cli.h"
#include "netns.h"
#include "parse.h"

struct deletion {
	bool failed;
};

static int delete_one(const char *name, void *data)
{
	struct deletion *deletion = data;
	int ret = netns_delete(name);

	/* -f: a name already gone is what was asked for. */
	if (ret == -ENOENT && cli.gone_ok)
		ret = 0;
	if (ret == -ENOENT)
		cli_report_text(name, "no such namespace");
	else if (ret < 0)
		cli_report(name, ret, NULL);
	if (ret < 0)
		deletion->failed = true;
	return 0;
}

int main(int argc, char **argv)
{
	int first;
	struct deletion deletion = { 0 };

	cli.privilege = "CAP_SYS_ADMIN";
	first = cli_start(argc, argv, "[-f] NAME... | -a", CLI_GONE_OK | CLI_ALL);
	if (cli.all) {
		if (first != argc)
			cli_usage();
		int ret = netns_for_each(delete_one, &deletion);
		if (ret < 0) {
			cli_report(NETNS_RUN_DIR, ret, NULL);
			return EXIT_REFUSED;
		}
		return deletion.failed ? EXIT_REFUSED : 0;
	}
	cli_check_each(argc, argv, first, parse_netns_name);
	for (int i = first; i < argc; i++)
		delete_one(argv[i], &deletion);
	return deletion.failed ? EXIT_REFUSED : 0;
}
