#define _GNU_SOURCE
#include <errno.h>
#include <getopt.h>
#include <net/if.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "cli.h"
#include "explain.h"
#include "netns.h"
#include "parse.h"

/* Options read, the operands start here; else the call ends with this
 * status. */
enum { CLI_DONE = -1 };

/* --help: the synopsis, then a line for each option this command takes. */
static void print_help(const struct cli *cli, unsigned int accepts)
{
	static const struct {
		unsigned int flag;
		const char *line;
	} options[] = {
		{ CLI_NETNS, "  -n NS          act inside network namespace NS (like ip -n)" },
		{ CLI_FAMILY, "  -4, -6         IPv4 or IPv6 only" },
		{ CLI_DETAILS, "  -d, --details  each link's kind and settings, and more (like ip -d)" },
		{ CLI_JSON, "  -j             print JSON, with iproute2's keys (like ip -j)" },
		{ CLI_JSON, "  -p             with -j: pretty-print" },
		{ CLI_EXIST_OK, "  -p             no error if it exists already, as asked" },
		{ CLI_GONE_OK, "  -f             no error if it is gone already" },
		{ CLI_ALL, "  -a             every namespace in " NETNS_RUN_DIR },
		{ CLI_WAIT, "  -w             wait until the kernel has removed its devices here" },
		{ CLI_MAP, "  -a             every address: link-local ones, and loopback's" },
		{ CLI_MAP, "  -g             a Graphviz dot picture (dot -Tsvg makes a slide)" },
		{ CLI_MAP, "  --title T      with -g: the picture's title" },
		{ CLI_MAP, "  --since FILE   mark what changed since FILE, a saved nsmap -j" },
	};

	printf("usage: %s %s\n", cli->report.prog, cli->report.synopsis);
	for (size_t i = 0; i < sizeof(options) / sizeof(options[0]); i++)
		if (accepts & options[i].flag)
			puts(options[i].line);
	puts("  -v             explain: each request to the kernel and its answer, in");
	puts("                 words, on stderr; -vv adds offsets, lengths and hex");
	puts("  -h, --help     print this help");
	puts("  -V, --version  print the version");
	printf("See %s(8).\n", cli->report.prog);
}

/* Which options each accept flag allows. */
static unsigned int option_flag(int opt)
{
	switch (opt) {
	case 'n': return CLI_NETNS;
	case '4': case '6': return CLI_FAMILY;
	case 'j': return CLI_JSON;
	case 'p': return CLI_JSON | CLI_EXIST_OK;
	case 'f': return CLI_GONE_OK;
	case 'w': return CLI_WAIT;
	case 'd': return CLI_DETAILS;
	case 'a': return CLI_ALL | CLI_MAP;
	case 'g': case 'T': case 'S': return CLI_MAP;
	default: return 0;
	}
}

/* One option OPT (WORD as typed), with its argument ARG, that the
 * command accepts. */
static int take_option(struct cli *cli, int opt, const char *arg)
{
	const char *bad;

	switch (opt) {
	case 'n':
		bad = parse_netns_name(arg);
		if (bad)
			return report_bad_input(&cli->report, arg, bad);
		cli->netns = arg;
		break;
	case '4':
	case '6':
		cli->family = opt == '4' ? AF_INET : AF_INET6;
		break;
	case 'j':
		cli->json = true;
		break;
	case 'p':
		/* Pretty where there is JSON, else "exists is fine". */
		if (cli->json_accepted)
			cli->pretty = true;
		else
			cli->exist_ok = true;
		break;
	case 'f':
		cli->gone_ok = true;
		break;
	case 'w':
		cli->wait = true;
		break;
	case 'd':
		cli->details = true;
		break;
	case 'g':
		cli->graph = true;
		break;
	case 'T':
		cli->title = arg;
		break;
	case 'S':
		cli->since = arg;
		break;
	default:
		cli->all = true;
		break;
	}
	return 0;
}

/* The options; the index of the first operand, or CLI_DONE with the
 * status in *STATUS. */
static int read_options(struct cli *cli, unsigned int accepts, int argc,
			char **argv, int *status)
{
	static const struct option options[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ "details", no_argument, NULL, 'd' },
		{ "title", required_argument, NULL, 'T' },
		{ "since", required_argument, NULL, 'S' },
		{ NULL, 0, NULL, 0 },
	};
	int opt;

	opterr = 0;
	/* 0: getopt starts afresh, for a second command in one process.
	 * '+': stop at the first operand, so that nsexec's command keeps
	 * its own options. */
	optind = 0;
	cli->json_accepted = accepts & CLI_JSON;
	*status = 0;
	while ((opt = getopt_long(argc, argv, "+hVvn:46jpfagwd", options, NULL)) != -1) {
		int letter = opt == '?' ? optopt : opt;
		char word[3] = { '-', (char)letter, '\0' };
		const char *typed = letter == 'T' ? "--title" : letter == 'S' ? "--since"
				  : word[1] ? word : argv[optind - 1];

		if (opt == 'v') {
			cli->explain++;
			continue;
		}
		if (opt == 'h') {
			print_help(cli, accepts);
		} else if (opt == 'V') {
			printf("%s (tinyip) %s\n", cli->report.prog, TINYIP_VERSION);
		} else if (opt == '?' && optopt == 'n') {
			*status = report_bad_input(&cli->report, "-n", "needs a namespace name");
		} else if (opt == '?' && (optopt == 'T' || optopt == 'S') && (accepts & CLI_MAP)) {
			*status = report_bad_input(&cli->report, optopt == 'T' ? "--title" : "--since",
						   optopt == 'T' ? "needs a title" : "needs a file");
		} else if (!(accepts & option_flag(opt == '?' ? optopt : opt)) || opt == '?') {
			report_say(cli->report.prog, typed, "unknown option (usage: %s %s)",
				   cli->report.prog, cli->report.synopsis);
			*status = EXIT_USAGE;
		} else if ((*status = take_option(cli, opt, optarg)) == 0) {
			continue;
		}
		return CLI_DONE;
	}
	if (cli->title && !cli->graph) {
		*status = report_bad_input(&cli->report, "--title", "titles the picture: give -g too");
		return CLI_DONE;
	}
	if (cli->pretty && !cli->json) {
		*status = report_bad_input(&cli->report, "-p", "pretty-prints JSON: give -j too");
		return CLI_DONE;
	}
	return optind;
}

int cli_run(const struct cli_command *command, int argc, char **argv)
{
	const char *slash = argc > 0 ? strrchr(argv[0], '/') : NULL;
	struct cli cli = {
		.report = {
			.prog = slash ? slash + 1 : argc > 0 ? argv[0] : "tinyip",
			.synopsis = command->synopsis,
			.privilege = command->privilege ? command->privilege
							: "CAP_NET_ADMIN",
		},
		.home_fd = -1,
	};
	int status;
	int first = read_options(&cli, command->accepts, argc, argv, &status);

	if (first != CLI_DONE) {
		explain_begin(cli.report.prog, cli.explain);
		status = command->run(&cli, argc - first, argv + first);
	}
	fflush(stdout);
	/* The way back from -n is the command's own tidying, not a step: no
	 * words after the command's last line. */
	explain_end();
	if (cli.home_fd >= 0) {
		int ret = netns_leave(cli.home_fd);

		if (ret < 0 && status == 0)
			status = report_refusal(&cli.report, cli.netns, ret, NULL);
	}
	return status;
}

int cli_enter_netns(struct cli *cli)
{
	int ret;

	if (!cli->netns || cli->home_fd >= 0)
		return 0;
	ret = netns_enter(cli->netns, &cli->home_fd);
	if (ret == -ENOENT)
		return report_text(&cli->report, cli->netns, "no such namespace");
	if (ret == -EINVAL)
		return report_text(&cli->report, cli->netns,
				   "stale namespace (its mount is gone)");
	if (ret < 0) {
		struct report report = cli->report;

		report.privilege = "CAP_SYS_ADMIN";
		return report_refusal(&report, cli->netns, ret, NULL);
	}
	return 0;
}

int cli_open(struct cli *cli, struct rtnl *rt)
{
	int ret = cli_enter_netns(cli);

	if (ret)
		return ret;
	ret = rtnl_open(rt);
	if (ret < 0)
		return report_refusal(&cli->report, "netlink socket", ret, NULL);
	return 0;
}

int cli_ifindex(struct cli *cli, const char *dev, int *index)
{
	int ret = cli_enter_netns(cli);

	if (ret)
		return ret;
	*index = (int)if_nametoindex(dev);
	explain_call(*index ? *index : -1, errno, "the device's index, which the request names it by",
		     "if_nametoindex(\"%s\")", dev);
	if (!*index) {
		explain_not_sent("no device %s here", dev);
		return report_text(&cli->report, dev, "no such device");
	}
	return 0;
}

static void say_waiting(const void *data, const char *holder)
{
	const struct report *report = data;

	report_say(report->prog, NETNS_RUN_DIR, "waiting for the lock, held by %s", holder);
}

void cli_netns_err(struct cli *cli, struct netns_err *err)
{
	err->step = NULL;
	err->waiting = say_waiting;
	err->data = &cli->report;
}

int cli_check_each(struct cli *cli, int argc, char **argv,
		   const char *(*check)(const char *word))
{
	if (argc == 0)
		return report_usage(&cli->report);
	for (int i = 0; i < argc; i++) {
		const char *bad = check(argv[i]);

		if (bad)
			return report_bad_input(&cli->report, argv[i], bad);
	}
	return 0;
}

int cli_list_filter(struct cli *cli, int argc, char **argv, const char **dev)
{
	const char *bad;
	int i = 0;

	*dev = NULL;
	if (i < argc && strcmp(argv[i], "dev") == 0 && ++i == argc)
		return report_bad_input(&cli->report, "dev", "needs an interface name");
	if (i == argc)
		return 0;
	*dev = argv[i++];
	if (i < argc)
		return report_bad_input(&cli->report, argv[i], "unexpected word");
	bad = parse_ifname(*dev);
	if (bad)
		return report_bad_input(&cli->report, *dev, bad);
	return 0;
}
