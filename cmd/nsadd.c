/* nsadd: ip netns add NAME */
#include <errno.h>
#include <stdlib.h>

#include "cli.h"
#include "netns.h"
#include "parse.h"

int main(int argc, char **argv)
{
	int first, status = 0;

	cli.privilege = "CAP_SYS_ADMIN";
	first = cli_start(argc, argv, "[-p] NAME...", CLI_EXIST_OK);
	cli_check_each(argc, argv, first, parse_netns_name);
	for (int i = first; i < argc; i++) {
		int ret = netns_create(argv[i]);
		/* -p: a live namespace of that name is what was asked for. */
		if (ret == -EEXIST && cli.exist_ok)
			ret = netns_check(argv[i]) == -EINVAL ? -ESTALE : 0;
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
