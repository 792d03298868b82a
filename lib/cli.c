#define _GNU_SOURCE
#include <errno.h>
#include <getopt.h>
#include <net/if.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <string.h>

#include "cli.h"
#include "netns.h"
#include "parse.h"

struct cli cli;

static void print_synopsis(FILE *out)
{
	fprintf(out, "usage: %s %s\n", cli.prog, cli.synopsis);
}

/* --help: the synopsis, then a line for each option this command takes. */
static void print_help(unsigned int accepts)
{
	static const struct {
		unsigned int flag;
		const char *line;
	} options[] = {
		{ CLI_NETNS, "  -n NS          act inside network namespace NS (like ip -n)" },
		{ CLI_FAMILY, "  -4, -6         IPv4 or IPv6 only" },
		{ CLI_JSON, "  -j             print JSON, with iproute2's keys (like ip -j)" },
		{ CLI_JSON, "  -p             with -j: pretty-print" },
		{ CLI_EXIST_OK, "  -p             no error if it exists already, as asked" },
		{ CLI_GONE_OK, "  -f             no error if it is gone already" },
		{ CLI_ALL, "  -a             every namespace in " NETNS_RUN_DIR },
	};

	print_synopsis(stdout);
	for (size_t i = 0; i < sizeof(options) / sizeof(options[0]); i++)
		if (accepts & options[i].flag)
			puts(options[i].line);
	puts("  -h, --help     print this help");
	puts("  -V, --version  print the version");
	printf("See %s(8).\n", cli.prog);
}

__attribute__((noreturn)) void cli_usage(void)
{
	print_synopsis(stderr);
	exit(EXIT_USAGE);
}

__attribute__((noreturn)) void cli_bad_input(const char *word, const char *reason)
{
	fprintf(stderr, "%s: %s: %s\n", cli.prog, word[0] ? word : "\"\"", reason);
	exit(EXIT_USAGE);
}

void cli_report_text(const char *object, const char *reason)
{
	fprintf(stderr, "%s: %s: %s\n", cli.prog, object, reason);
}

void cli_report(const char *object, int error, const struct rtnl_err *err)
{
	int code = error < 0 ? -error : error;

	if (err && err->msg[0])
		cli_report_text(object, err->msg);
	else if ((code == EPERM || code == EACCES) && cli.privilege)
		fprintf(stderr, "%s: %s: %s (needs %s; run as root)\n", cli.prog,
			object, strerror(code), cli.privilege);
	else
		cli_report_text(object, strerror(code));
}

static __attribute__((noreturn)) void unknown_option(const char *word)
{
	fprintf(stderr, "%s: %s: unknown option (usage: %s %s)\n", cli.prog,
		word, cli.prog, cli.synopsis);
	exit(EXIT_USAGE);
}

int cli_start(int argc, char **argv, const char *synopsis, unsigned int accepts)
{
	static const struct option options[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	const char *slash = argc > 0 ? strrchr(argv[0], '/') : NULL;
	int opt;

	cli.prog = slash ? slash + 1 : argc > 0 ? argv[0] : "tinyip";
	cli.synopsis = synopsis;
	if (!cli.privilege)
		cli.privilege = "CAP_NET_ADMIN";
	opterr = 0;
	/* '+': stop at the first operand, so that nsexec's command keeps
	 * its own options. */
	while ((opt = getopt_long(argc, argv, "+hVn:46jpfa", options, NULL)) != -1) {
		switch (opt) {
		case 'h':
			print_help(accepts);
			exit(0);
		case 'V':
			printf("%s (tinyip) %s\n", cli.prog, TINYIP_VERSION);
			exit(0);
		case 'n':
			if (!(accepts & CLI_NETNS))
				unknown_option("-n");
			const char *bad = parse_netns_name(optarg);
			if (bad)
				cli_bad_input(optarg, bad);
			cli.netns = optarg;
			break;
		case '4':
		case '6':
			if (!(accepts & CLI_FAMILY))
				unknown_option(opt == '4' ? "-4" : "-6");
			cli.family = opt == '4' ? AF_INET : AF_INET6;
			break;
		case 'j':
			if (!(accepts & CLI_JSON))
				unknown_option("-j");
			cli.json = true;
			break;
		case 'p':
			if (accepts & CLI_JSON)
				cli.pretty = true;
			else if (accepts & CLI_EXIST_OK)
				cli.exist_ok = true;
			else
				unknown_option("-p");
			break;
		case 'f':
			if (!(accepts & CLI_GONE_OK))
				unknown_option("-f");
			cli.gone_ok = true;
			break;
		case 'a':
			if (!(accepts & CLI_ALL))
				unknown_option("-a");
			cli.all = true;
			break;
		default:
			if (optopt == 'n')
				cli_bad_input("-n", "needs a namespace name");
			char word[3] = { '-', (char)optopt, '\0' };
			unknown_option(optopt ? word : argv[optind - 1]);
		}
	}
	if (cli.pretty && !cli.json)
		cli_bad_input("-p", "pretty-prints JSON: give -j too");
	return optind;
}

void cli_check_each(int argc, char **argv, int first,
		    const char *(*check)(const char *word))
{
	if (first >= argc)
		cli_usage();
	for (int i = first; i < argc; i++) {
		const char *bad = check(argv[i]);
		if (bad)
			cli_bad_input(argv[i], bad);
	}
}

const char *cli_list_filter(int argc, char **argv, int first)
{
	const char *dev, *bad;
	int i = first;

	if (i < argc && strcmp(argv[i], "dev") == 0 && ++i == argc)
		cli_bad_input("dev", "needs an interface name");
	if (i == argc)
		return NULL;
	dev = argv[i++];
	if (i < argc)
		cli_bad_input(argv[i], "unexpected word");
	bad = parse_ifname(dev);
	if (bad)
		cli_bad_input(dev, bad);
	return dev;
}

void cli_fail_words(const struct parse_error *err)
{
	if (!err->word)
		cli_usage();
	cli_bad_input(err->word, err->reason);
}

void cli_addr_args(int argc, char **argv, int first, struct addr_words *words)
{
	struct parse_error err;

	if (parse_addr_words(argc - first, argv + first, words, &err) < 0)
		cli_fail_words(&err);
}

void cli_route_args(int argc, char **argv, int first, struct cli_route_args *args)
{
	struct route_words words;
	struct parse_error err;

	if (parse_route_words(argc - first, argv + first, cli.family, &words, &err) < 0)
		cli_fail_words(&err);
	memset(args, 0, sizeof(*args));
	args->word = words.word;
	args->dev = words.dev;
	args->req.dst = words.dst;
	args->req.has_gateway = words.has_gateway;
	args->req.gateway = words.gateway;
}

int cli_ifindex(const char *dev)
{
	unsigned int index;

	cli_enter_netns();
	index = if_nametoindex(dev);
	if (!index) {
		cli_report_text(dev, "no such device");
		exit(EXIT_REFUSED);
	}
	return (int)index;
}

void cli_enter_netns(void)
{
	int ret;

	if (cli.netns && !cli.netns_entered) {
		ret = netns_enter(cli.netns);
		if (ret == -ENOENT) {
			cli_report_text(cli.netns, "no such namespace");
			exit(EXIT_REFUSED);
		}
		if (ret == -EINVAL) {
			cli_report_text(cli.netns, "stale namespace (its mount is gone)");
			exit(EXIT_REFUSED);
		}
		if (ret < 0) {
			const char *saved = cli.privilege;
			cli.privilege = "CAP_SYS_ADMIN";
			cli_report(cli.netns, ret, NULL);
			cli.privilege = saved;
			exit(EXIT_REFUSED);
		}
		cli.netns_entered = true;
	}
}

void cli_rtnl_open(struct rtnl *rt)
{
	int ret;

	cli_enter_netns();
	ret = rtnl_open(rt);
	if (ret < 0) {
		cli_report("netlink socket", ret, NULL);
		exit(EXIT_REFUSED);
	}
}
