/* nslist: ip netns list */
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "netns.h"
#include "show.h"

int main(int argc, char **argv)
{
	struct netns_entry *entries;
	struct show show;
	struct rtnl rt;
	size_t count;
	int ret;

	int first = cli_start(argc, argv, "[-n NS] [-j [-p]]", CLI_NETNS | CLI_JSON);

	if (first < argc)
		cli_bad_input(argv[first], "unexpected word");
	cli_rtnl_open(&rt);
	ret = netns_list(&rt, &entries, &count);
	rtnl_close(&rt);
	/* Nothing, not even [], when the run directory cannot be read. */
	if (ret < 0) {
		cli_report(NETNS_RUN_DIR, ret, NULL);
		return EXIT_REFUSED;
	}
	show_init(&show, stdout, cli.json, cli.pretty);
	show_list_open(&show);
	for (size_t i = 0; i < count; i++) {
		show_object_open(&show, NULL);
		show_string(&show, "name", "%s", entries[i].name);
		if (entries[i].nsid >= 0)
			show_int(&show, "id", " (id: %d)", entries[i].nsid);
		show_text(&show, "\n");
		show_object_close(&show);
	}
	show_list_close(&show);
	free(entries);
	return 0;
}
