/* nslist: ip netns list */
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "commands.h"
#include "netns.h"
#include "show.h"

static int nslist(struct cli *cli, int argc, char **argv)
{
	struct netns_entry *entries;
	struct show show;
	struct rtnl rt;
	size_t count;
	int ret;

	if (argc > 0)
		return report_bad_input(&cli->report, argv[0], "unexpected word");
	ret = cli_open(cli, &rt);
	if (ret)
		return ret;
	ret = netns_list(&entries, &count);
	if (ret == 0)
		netns_list_ids(&rt, entries, count);
	rtnl_close(&rt);
	/* Nothing, not even [], when the run directory cannot be read. */
	if (ret < 0)
		return report_refusal(&cli->report, NETNS_RUN_DIR, ret, NULL);
	show_init(&show, stdout, cli->json, cli->pretty);
	show_list_open(&show);
	for (size_t i = 0; i < count; i++) {
		show_object_open(&show, NULL);
		show_string(&show, "name", "%s", entries[i].name);
		if (entries[i].nsid >= 0)
			show_int(&show, "id", " (id: %d)", entries[i].nsid);
		/* Not ip's: a name left by a killed command, for nsdel. */
		if (entries[i].stale)
			show_flag(&show, "stale", " (stale: no namespace mounted)");
		show_text(&show, "\n");
		show_object_close(&show);
	}
	show_list_close(&show);
	free(entries);
	return 0;
}

int nslist_main(int argc, char **argv)
{
	static const struct cli_command command = {
		"[-n NS] [-j [-p]]", CLI_NETNS | CLI_JSON, NULL, nslist,
	};

	return cli_run(&command, argc, argv);
}

CLI_MAIN(nslist)
