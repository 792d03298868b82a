/* nslist: ip netns list */
#include <stdio.h>
#include <unistd.h>

#include "cli.h"
#include "netns.h"

static int print_name(const char *name, void *data)
{
	struct rtnl *rt = data;
	int nsid = -1;
	int fd = netns_open(name);

	/* A stale name is listed too, without an id. */
	if (fd >= 0) {
		if (netns_get_id(rt, fd, &nsid) < 0)
			nsid = -1;
		close(fd);
	}
	if (nsid >= 0)
		printf("%s (id: %d)\n", name, nsid);
	else
		printf("%s\n", name);
	return 0;
}

int main(int argc, char **argv)
{
	struct rtnl rt;
	int ret;

	if (cli_start(argc, argv, "[-n NS]", CLI_NETNS) != argc)
		cli_usage();
	cli_rtnl_open(&rt);
	ret = netns_for_each(print_name, &rt);
	rtnl_close(&rt);
	if (ret < 0) {
		cli_report(NETNS_RUN_DIR, ret, NULL);
		return EXIT_REFUSED;
	}
	return 0;
}
