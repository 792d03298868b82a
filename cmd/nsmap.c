/* nsmap: every namespace, link, cable and bridge at once (no ip twin) */
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "jsonread.h"
#include "topo_show.h"

/* FILE, a saved nsmap -j, into SAVED: 0, or the exit status reported. */
static int read_saved(struct cli *cli, const char *file, struct jv *saved)
{
	FILE *in = fopen(file, "r");
	char *text = NULL, reason[80] = "";
	size_t size = 0, where = 0;
	ssize_t len;

	if (!in)
		return report_refusal(&cli->report, file, errno, NULL);
	len = getdelim(&text, &size, '\0', in);
	if (len < 0 && ferror(in)) {
		int error = errno;

		fclose(in);
		free(text);
		return report_refusal(&cli->report, file, error, NULL);
	}
	fclose(in);
	if (len <= 0 || strlen(text) != (size_t)len)
		snprintf(reason, sizeof(reason), "not a saved nsmap -j (%s)",
			 len <= 0 ? "it is empty" : "a NUL byte in it");
	else if (jv_read(text, saved, &where) < 0)
		snprintf(reason, sizeof(reason), "not a saved nsmap -j (no JSON at byte %zu)", where);
	else if (!topo_is_saved(saved))
		snprintf(reason, sizeof(reason), "not a saved nsmap -j (no namespaces in it)");
	free(text);
	return reason[0] ? report_bad_input(&cli->report, file, reason) : 0;
}

static int nsmap(struct cli *cli, int argc, char **argv)
{
	struct jv saved = { 0 };
	struct topo_view view = { .all = cli->all, .title = cli->title };
	struct rtnl_err err;
	struct topo t;
	char *locale;
	int ret;

	if (argc > 0)
		return report_bad_input(&cli->report, argv[0], "unexpected word");
	if (cli->json && (cli->graph || cli->since))
		return report_bad_input(&cli->report, cli->graph ? "-g" : "--since",
					cli->graph ? "a picture, not JSON: give -j or -g"
						   : "marks the text or the picture, not JSON");
	if (cli->since && (ret = read_saved(cli, cli->since, &saved))) {
		jv_free(&saved);
		return ret;
	}
	view.since = cli->since ? &saved : NULL;
	if ((ret = cli_enter_netns(cli)) == 0) {
		ret = topo_take(&t, &err);
		if (ret < 0)
			ret = report_refusal(&cli->report, err.object ? err.object : "namespaces",
					     ret, &err);
		else if (cli->json)
			topo_show_json(stdout, &t, &view, cli->pretty);
		else if (cli->graph)
			topo_show_dot(stdout, &t, &view);
		else {
			/* Line drawing only where the terminal's locale takes it. */
			locale = strdup(setlocale(LC_CTYPE, NULL));
			setlocale(LC_CTYPE, "");
			view.utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
			setlocale(LC_CTYPE, locale ? locale : "C");
			free(locale);
			topo_show_text(stdout, &t, &view);
		}
		for (size_t i = 0; ret == 0 && i < t.count; i++)
			if (snapshot_interrupted(&t.ns[i].snap))
				report_interrupted(&cli->report, t.ns[i].name);
		topo_free(&t);
	}
	jv_free(&saved);
	return ret;
}

int nsmap_main(int argc, char **argv)
{
	static const struct cli_command command = {
		"[-n NS] [-a] [-j [-p] | [-g [--title T]] [--since FILE]]",
		CLI_NETNS | CLI_JSON | CLI_MAP, "CAP_SYS_ADMIN", nsmap,
	};

	return cli_run(&command, argc, argv);
}

CLI_MAIN(nsmap)
