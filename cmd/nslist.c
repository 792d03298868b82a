/* nslist: ip netns list */
#include <stdbool.h>
#include <stdio.h>
#include <unistd.h>

#include "cli.h"
#include "json.h"
#include "netns.h"

struct listing {
	struct rtnl *rt;
	struct json json;
	bool started;		/* the JSON array is open */
};

static void start(struct listing *listing)
{
	if (cli.json && !listing->started)
		json_open_array(&listing->json, NULL);
	listing->started = true;
}

static int print_name(const char *name, void *data)
{
	struct listing *listing = data;
	struct rtnl *rt = listing->rt;
	int nsid = -1;
	int fd = netns_open(name);

	/* A stale name is listed too, without an id. */
	if (fd >= 0) {
		if (netns_get_id(rt, fd, &nsid) < 0)
			nsid = -1;
		close(fd);
	}
	start(listing);
	if (cli.json) {
		json_open_object(&listing->json, NULL);
		json_string(&listing->json, "name", name);
		if (nsid >= 0)
			json_int(&listing->json, "id", nsid);
		json_close_object(&listing->json);
	} else if (nsid >= 0) {
		printf("%s (id: %d)\n", name, nsid);
	} else {
		printf("%s\n", name);
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct rtnl rt;
	struct listing listing = { .rt = &rt };
	int ret;

	int first = cli_start(argc, argv, "[-n NS] [-j [-p]]", CLI_NETNS | CLI_JSON);

	if (first < argc)
		cli_bad_input(argv[first], "unexpected word");
	cli_rtnl_open(&rt);
	json_init(&listing.json, stdout, cli.pretty);
	ret = netns_for_each(print_name, &listing);
	/* Nothing, not even [], when the run directory cannot be read. */
	if (ret == 0)
		start(&listing);
	if (cli.json && listing.started) {
		json_close_array(&listing.json);
		json_finish(&listing.json);
	}
	rtnl_close(&rt);
	if (ret < 0) {
		cli_report(NETNS_RUN_DIR, ret, NULL);
		return EXIT_REFUSED;
	}
	return 0;
}
