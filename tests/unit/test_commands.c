/* Commands as functions: several in one process, twice each, print what
 * their programs print, start afresh each time (options, getopt), and
 * leave no file descriptor open. Only what changes nothing: lists, bad
 * input, -h, -V. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "commands.h"
#include "tests.h"

struct outcome {
	int status;
	char *out, *err;	/* what it printed; free them */
};

static char *read_all(FILE *file)
{
	long size;
	char *text;

	ck_assert_int_eq(fseek(file, 0, SEEK_END), 0);
	size = ftell(file);
	ck_assert_int_ge(size, 0);
	rewind(file);
	text = calloc(1, (size_t)size + 1);
	ck_assert_ptr_nonnull(text);
	ck_assert_uint_eq(fread(text, 1, (size_t)size, file), (size_t)size);
	fclose(file);
	return text;
}

/* Run MAIN on the words of ARGS (NULL-terminated), with stdout and stderr
 * caught in files. */
static struct outcome run(int (*main_fn)(int, char **), const char *const *args)
{
	FILE *out = tmpfile(), *err = tmpfile();
	char *argv[16] = { 0 };
	struct outcome outcome;
	int saved_out, saved_err, argc = 0;

	ck_assert_ptr_nonnull(out);
	ck_assert_ptr_nonnull(err);
	for (; args[argc]; argc++)
		argv[argc] = (char *)args[argc];
	fflush(stdout);
	fflush(stderr);
	saved_out = dup(STDOUT_FILENO);
	saved_err = dup(STDERR_FILENO);
	dup2(fileno(out), STDOUT_FILENO);
	dup2(fileno(err), STDERR_FILENO);
	outcome.status = main_fn(argc, argv);
	fflush(stdout);
	fflush(stderr);
	dup2(saved_out, STDOUT_FILENO);
	dup2(saved_err, STDERR_FILENO);
	close(saved_out);
	close(saved_err);
	outcome.out = read_all(out);
	outcome.err = read_all(err);
	return outcome;
}

static int open_fds(void)
{
	DIR *dir = opendir("/proc/self/fd");
	int count = 0;

	if (!dir)
		return -1;
	while (readdir(dir))
		count++;
	closedir(dir);
	return count;
}

/* COMMAND exits STATUS, printing OUT (a prefix of what it printed, or
 * NULL: anything) and exactly ERR on stderr. */
#define EXPECT(main_fn, status_, out_prefix, err_, ...) do { \
		const char *const words[] = { __VA_ARGS__, NULL }; \
		struct outcome got = run(main_fn, words); \
		ck_assert_int_eq(got.status, (status_)); \
		if (out_prefix) \
			ck_assert_msg(strncmp(got.out, (out_prefix), strlen(out_prefix)) == 0, \
				      "%s printed '%s'", words[0], got.out); \
		ck_assert_str_eq(got.err, (err_)); \
		free(got.out); \
		free(got.err); \
	} while (0)

static void every_command_once(void)
{
	EXPECT(linklist_main, 0, "[{\"ifindex\":1,\"ifname\":\"lo\",", "",
	       "linklist", "-j", "lo");
	/* No -j left over from the call before. */
	EXPECT(linklist_main, 0, "1: lo: <LOOPBACK", "", "linklist", "dev", "lo");
	EXPECT(addrlist_main, 0, "1: lo: <LOOPBACK", "", "addrlist", "lo");
	EXPECT(routelist_main, 0, "[", "", "routelist", "-4", "-j");
	EXPECT(linklist_main, 2, "", "linklist: a/b: interface name contains '/'\n",
	       "linklist", "a/b");
	EXPECT(nslist_main, 1, "", "nslist: tinyip-unit-no-such-ns: no such namespace\n",
	       "nslist", "-n", "tinyip-unit-no-such-ns");
	EXPECT(nsadd_main, 2, "", "nsadd: ..: invalid namespace name\n", "nsadd", "..");
	EXPECT(nsdel_main, 0, "nsdel (tinyip) " TINYIP_VERSION "\n", "", "nsdel", "-V");
	EXPECT(nsexec_main, 2, "", "usage: nsexec NAME COMMAND [ARG...]\n", "nsexec", "ns1");
	EXPECT(vethadd_main, 2, "", "vethadd: -x: unknown option (usage: vethadd "
	       "[-n NS] [-p] NAME [netns NS] [peer [name]] PEER [netns NS])\n",
	       "vethadd", "-x", "a", "b");
	EXPECT(bradd_main, 0, "usage: bradd [-n NS] [-p] BRIDGE...\n", "", "bradd", "--help");
	EXPECT(vxlanadd_main, 2, "", "vxlanadd: 16777216: not a VNI (0 to 16777215)\n",
	       "vxlanadd", "vx0", "id", "16777216");
	EXPECT(linkset_main, 2, "", "linkset: big: not a number\n",
	       "linkset", "lo", "mtu", "big");
	EXPECT(linkdel_main, 2, "", "usage: linkdel [-n NS] [-f] DEV...\n", "linkdel");
	EXPECT(addradd_main, 2, "", "addradd: 10.0.0.1/33: prefix length above 32\n",
	       "addradd", "10.0.0.1/33", "dev", "lo");
	EXPECT(addrdel_main, 2, "", "addrdel: 10.0.0.1: needs dev DEV\n", "addrdel", "10.0.0.1");
	EXPECT(routelist_main, 2, "", "routelist: -p: pretty-prints JSON: give -j too\n",
	       "routelist", "-p");
	EXPECT(routeadd_main, 2, "", "routeadd: -j: unknown option (usage: routeadd "
	       "[-n NS] [-4|-6] [-p] [TYPE] PREFIX|default [via GW] [dev DEV] [metric N]"
		" [table T] [src ADDR] [proto P] [scope S] [onlink])\n",
	       "routeadd", "-j", "default", "dev", "lo");
	EXPECT(routedel_main, 2, "", "routedel: fd00::/8: an IPv6 prefix, but -4 asks for IPv4\n",
	       "routedel", "-4", "fd00::/8", "dev", "lo");
	EXPECT(nsmap_main, 2, "", "nsmap: ..: invalid namespace name\n", "nsmap", "-n", "..");
	EXPECT(nsmap_main, 2, "", "nsmap: extra: unexpected word\n", "nsmap", "extra");
	EXPECT(nsmap_main, 2, "", "nsmap: --title: titles the picture: give -g too\n",
	       "nsmap", "--title", "T");
}

START_TEST(commands_run_twice_in_one_process_and_leave_no_fd)
{
	int fds = open_fds();

	every_command_once();
	every_command_once();
	ck_assert_int_eq(open_fds(), fds);
}
END_TEST

Suite *commands_suite(void)
{
	Suite *suite = suite_create("commands");
	TCase *in_process = tcase_create("in_process");

	tcase_add_test(in_process, commands_run_twice_in_one_process_and_leave_no_fd);
	suite_add_tcase(suite, in_process);
	return suite;
}
