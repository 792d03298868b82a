/* cli: a command's options, and what they set up for one call of it. A
 * command is a function run by cli_run(), which reads the options, calls
 * it with the operands, and undoes what the options did, so that
 * commands can run many times in one process. */
#ifndef TINYIP_CLI_H
#define TINYIP_CLI_H

#include <stdbool.h>

#include "netns.h"
#include "report.h"
#include "rtnl.h"

#define TINYIP_VERSION "0.1.0"

/* What a command accepts besides -h and -V. */
enum {
	CLI_NETNS = 1 << 0,	/* -n NS */
	CLI_FAMILY = 1 << 1,	/* -4, -6 */
	CLI_JSON = 1 << 2,	/* -j, and -p to pretty-print it */
	CLI_EXIST_OK = 1 << 3,	/* -p: what exists as asked is no error */
	CLI_GONE_OK = 1 << 4,	/* -f: what is already gone is no error */
	CLI_ALL = 1 << 5,	/* -a: every one */
	CLI_MAP = 1 << 6,	/* nsmap's: -a every address, -g [--title T], --since FILE */
	CLI_WAIT = 1 << 7,	/* -w: wait until the kernel is done */
	CLI_DETAILS = 1 << 8,	/* -d: details, as ip -d shows them */
};

/* One call's options. -p is "pretty" for a command that takes -j and
 * "exists is fine" for one that takes CLI_EXIST_OK; none takes both. */
struct cli {
	struct report report;
	const char *netns;	/* -n NS, or NULL */
	int home_fd;		/* the namespace before -n NS; -1: not left */
	int family;		/* AF_INET, AF_INET6, or AF_UNSPEC */
	bool json, pretty;	/* -j, -p */
	bool json_accepted;	/* so -p is "pretty" */
	bool exist_ok;		/* -p */
	bool gone_ok;		/* -f */
	bool all;		/* -a */
	bool wait;		/* -w */
	bool details;		/* -d */
	int explain;		/* -v: 1, -vv: 2 */
	bool graph;		/* -g */
	const char *title;	/* --title T */
	const char *since;	/* --since FILE */
};

struct cli_command {
	const char *synopsis;
	unsigned int accepts;
	const char *privilege;	/* named for EPERM; NULL: CAP_NET_ADMIN */
	/* The command, given the operands; returns the exit status. */
	int (*run)(struct cli *cli, int argc, char **argv);
};

/* Read the options in ARGV (-h and -V answered here), run COMMAND on the
 * operands, come back from -n NS. Returns the exit status. */
int cli_run(const struct cli_command *command, int argc, char **argv);

/* Enter -n NS, if given and not yet entered: the one explicit namespace
 * step of a command. 0, or EXIT_REFUSED reported. */
int cli_enter_netns(struct cli *cli);

/* cli_enter_netns, then open the socket. 0, or EXIT_REFUSED reported. */
int cli_open(struct cli *cli, struct rtnl *rt);

/* For netns_create and netns_delete: ERR with nothing failed yet, and a
 * line "PROG: /run/netns: waiting for the lock, held by ..." when a wait
 * for the lock has lasted a second. */
void cli_netns_err(struct cli *cli, struct netns_err *err);

/* The index of device DEV where the command is; 0, or EXIT_REFUSED
 * reported as "no such device". */
int cli_ifindex(struct cli *cli, const char *dev, int *index);

/* Every operand checked with CHECK, a parse_* function: 0, or the usage
 * when there is none, or EXIT_USAGE naming the first bad one. */
int cli_check_each(struct cli *cli, int argc, char **argv,
		   const char *(*check)(const char *word));

/* The operands of a list command, "[[dev] DEV]": the device or NULL into
 * *DEV. 0, or EXIT_USAGE naming the bad word. */
int cli_list_filter(struct cli *cli, int argc, char **argv, const char **dev);

/* The program's main: only calls NAME_main. Left out where the commands
 * are linked together (the unit tests). */
#ifdef TINYIP_NO_MAIN
#define CLI_MAIN(name)
#else
#define CLI_MAIN(name) \
	int main(int argc, char **argv) { return name##_main(argc, argv); }
#endif

#endif
