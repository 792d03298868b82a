/* nsadd: ip netns add NAME */
#include <errno.h>
#include <unistd.h>

#include "cli.h"
#include "commands.h"
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

static int nsadd(struct cli *cli, int argc, char **argv)
{
	int status = cli_check_each(cli, argc, argv, parse_netns_name);

	for (int i = 0; status != EXIT_USAGE && i < argc; i++) {
		struct netns_err err;
		int ret;

		cli_netns_err(cli, &err);
		ret = netns_create(argv[i], &err);
		/* -p: a name deleted between the two looks is made after all. */
		for (int tries = 0; ret == -EEXIST && cli->exist_ok && tries < 10; tries++)
			if ((ret = wait_live(argv[i])) == -ENOENT)
				ret = netns_create(argv[i], &err);
		if (ret == -ESTALE)
			status = report_text(&cli->report, argv[i], "stale namespace (its mount "
					     "is gone): nsdel removes the name");
		else if (ret == -EEXIST)
			status = report_text(&cli->report, argv[i], "namespace already exists");
		else if (ret < 0)
			status = report_refusal_at(&cli->report, argv[i], err.step, ret);
	}
	return status;
}

int nsadd_main(int argc, char **argv)
{
	static const struct cli_command command = {
		"[-p] NAME...", CLI_EXIST_OK, "CAP_SYS_ADMIN", nsadd,
	};

	return cli_run(&command, argc, argv);
}

CLI_MAIN(nsadd)
