/* cli: what every command shares: options, error lines, exit codes. */
#ifndef TINYIP_CLI_H
#define TINYIP_CLI_H

#include <stdbool.h>

#include "parse.h"
#include "route.h"
#include "rtnl.h"

#define TINYIP_VERSION "0.1.0"

enum {
	EXIT_REFUSED = 1,	/* the system said no */
	EXIT_USAGE = 2,		/* bad input, nothing changed */
};

/* What a command accepts besides -h and -V. */
enum {
	CLI_NETNS = 1 << 0,	/* -n NS */
	CLI_FAMILY = 1 << 1,	/* -4, -6 */
	CLI_JSON = 1 << 2,	/* -j, and -p to pretty-print it */
	CLI_EXIST_OK = 1 << 3,	/* -p: what exists as asked is no error */
	CLI_GONE_OK = 1 << 4,	/* -f: what is already gone is no error */
	CLI_ALL = 1 << 5,	/* -a: every one */
};

/* The one piece of global state: who we are and what we were told. */
struct cli {
	const char *prog;
	const char *synopsis;
	const char *privilege;	/* named when the kernel says EPERM */
	const char *netns;	/* -n NS, or NULL */
	bool netns_entered;
	int family;		/* AF_INET, AF_INET6, or AF_UNSPEC */
	bool json, pretty;	/* -j, -p */
	bool exist_ok;		/* -p */
	bool gone_ok;		/* -f */
	bool all;		/* -a */
};

extern struct cli cli;

/* Read the options; returns the index of the first operand. Handles
 * -h/--help and -V/--version itself and exits on a bad option. */
int cli_start(int argc, char **argv, const char *synopsis, unsigned int accepts);

/* The synopsis on stderr, exit 2. */
__attribute__((noreturn)) void cli_usage(void);

/* "PROG: WORD: REASON" on stderr, exit 2: the input is bad. */
__attribute__((noreturn)) void cli_bad_input(const char *word, const char *reason);

/* "PROG: OBJECT: REASON" on stderr for a refusal: the kernel's extended
 * ack text if ERR has one, else the errno text (and the missing privilege
 * for EPERM). */
void cli_report(const char *object, int error, const struct rtnl_err *err);
/* The same with a reason of the command's own choosing. */
void cli_report_text(const char *object, const char *reason);

/* Check every operand from FIRST on with CHECK, a parse_* function, and
 * exit 2 at the first bad one; usage when there is none. */
void cli_check_each(int argc, char **argv, int first,
		    const char *(*check)(const char *word));

/* The operands of a list command, "[[dev] DEV]": the device or NULL.
 * Anything else is bad input. */
const char *cli_list_filter(int argc, char **argv, int first);

/* Exit for a failed parse_*_words(): usage, or the word and why. */
__attribute__((noreturn)) void cli_fail_words(const struct parse_error *err);

/* "ADDR[/PLEN] dev DEV", in either order; exits on bad words. */
void cli_addr_args(int argc, char **argv, int first, struct addr_words *words);

/* "PREFIX|default [via GW] [dev DEV]", at least one of via and dev. The
 * device's index is left for the caller to fill in. */
struct cli_route_args {
	const char *word;	/* PREFIX or "default" as typed */
	const char *dev;	/* NULL: none */
	struct route_req req;
};
void cli_route_args(int argc, char **argv, int first, struct cli_route_args *args);

/* Enter -n NS if given (once); on failure report and exit 1. */
void cli_enter_netns(void);

/* The index of device DEV here; reports and exits 1 if there is none. */
int cli_ifindex(const char *dev);

/* Enter -n NS if given, then open the socket; on failure report and
 * exit 1. */
void cli_rtnl_open(struct rtnl *rt);

#endif
