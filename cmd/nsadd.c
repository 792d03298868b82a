/* nsadd: ip netns add NAME */
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

#include "cli.h"
#include "netns.h"
#include "parse.h"

/* -p: a live namespace of that name is what was asked for. A name that
 * is not (yet) a namespace may be another nsadd's, half-way: give it a
 * second before calling it stale. */
static int wait_live(const char *name)
{
	int check = netns_check(name);

	for (int tries = 0; check == -EINVAL && tries < 20; tries++) {
		usleep(50000);
		check = netns_check(name);
	}
	return check == -EINVAL ? -ESTALE : check;
}

int main(int argc, char **argv)
{
	int first, status = 0;

	cli.privilege = "CAP_SYS_ADMIN";
	first = cli_start(argc, argv, "[-p] NAME...", CLI_EXIST_OK);
	cli_check_each(argc, argv, first, parse_netns_name);
	for (int i = first; i < argc; i++) {
		int ret = netns_create(argv[i]);
		if (ret == -EEXIST && cli.exist_ok)
			ret = wait_live(argv[i]);
		if (ret == -ESTALE)
			cli_report_text(argv[i], "stale namespace (its mount is gone)");
		else if (ret == -EEXIST)
			cli_report_text(argv[i], "namespace already exists");
		else if (ret < 0)
			cli_report(argv[i], ret, NULL);
		if (ret < 0)
			status = EXIT_REFUSED;
	}
	return status;
}
