/* nsdel: ip netns del NAME; nsdel -a: every name; -w: and wait until the
 * kernel has removed their veth peers, here and in the other namespaces */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "commands.h"
#include "link.h"
#include "netns.h"
#include "parse.h"

/* -w gives the kernel this long, in milliseconds, and looks for a process
 * that keeps a namespace alive after a second. */
enum { WAIT_MS = 30000, LOOK_MS = 1000 };

/* -w: a device whose other end is in the namespace of NAME (a veth
 * peer), to wait for, in the place (here, or a named namespace) whose
 * socket is PLACE; INDEX 0 once gone or given up. */
struct awaited {
	const char *name;
	int index;
	struct rtnl *place;
	struct stat ns;		/* NAME's namespace, to find who holds it */
};

struct waiting {
	struct rtnl *places;	/* sockets: here first, then named namespaces */
	size_t nplaces;
	struct awaited *devs;
	size_t count;
};

/* A socket in the named namespace NAME, which is not being deleted: 0,
 * or -errno (-EINVAL: stale, and no place to look). */
static int open_in(void *data)
{
	return rtnl_open_socket(data);
}

static int open_place(struct waiting *w, const char *name)
{
	struct rtnl *grown = realloc(w->places, (w->nplaces + 1) * sizeof(*grown));
	int ret, fd;

	if (!grown)
		return -ENOMEM;
	w->places = grown;
	fd = netns_open_live(name);
	if (fd < 0)
		return fd;
	grown[w->nplaces] = (struct rtnl){ .sock = NULL };
	ret = netns_run_in(fd, open_in, &grown[w->nplaces]);
	close(fd);
	if (ret == 0)
		w->nplaces++;
	return ret;
}

/* Before NAME is deleted: note the devices in PLACE that end in its
 * namespace, from LINKS, PLACE's dump. A name that is no namespace has
 * none. 0 or -errno. */
static int note_devices(struct waiting *w, struct rtnl *place, const struct rtnl_msgs *links,
			const char *name)
{
	int *indexes = NULL;
	size_t count = 0;
	struct stat st;
	int nsid = -1, ret, fd = netns_open_live(name);

	if (fd < 0)
		return 0;
	ret = fstat(fd, &st) < 0 ? -errno : netns_get_id(place, fd, &nsid);
	close(fd);
	if (ret == 0 && nsid >= 0)
		ret = link_peers_of(links, nsid, &indexes, &count);
	if (ret == 0 && count) {
		struct awaited *grown = realloc(w->devs, (w->count + count) * sizeof(*grown));

		if (!grown)
			ret = -ENOMEM;
		for (size_t i = 0; grown && i < count; i++)
			grown[w->count + i] = (struct awaited){ name, indexes[i], place, st };
		if (grown) {
			w->devs = grown;
			w->count += count;
		}
	}
	free(indexes);
	return ret;
}

/* Stop waiting for NAME's devices. */
static void give_up(struct waiting *w, const char *name)
{
	for (size_t i = 0; i < w->count; i++)
		if (w->devs[i].name == name)
			w->devs[i].index = 0;
}

static long elapsed_ms(const struct timespec *start)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (now.tv_sec - start->tv_sec) * 1000 + (now.tv_nsec - start->tv_nsec) / 1000000;
}

static bool same_file(const struct stat *a, const struct stat *b)
{
	return a->st_dev == b->st_dev && a->st_ino == b->st_ino;
}

/* Another name in the run directory for the namespace NS, into NAME: 1
 * when there is one, else 0. */
static int other_name(const struct stat *ns, char *name, size_t size)
{
	struct netns_entry *entries;
	size_t count;
	int found = 0;

	if (netns_list(&entries, &count) < 0)
		return 0;
	for (size_t i = 0; !found && i < count; i++) {
		char path[300];
		struct stat st;

		snprintf(path, sizeof(path), NETNS_RUN_DIR "/%s", entries[i].name);
		if (stat(path, &st) == 0 && same_file(&st, ns)) {
			snprintf(name, size, "%s", entries[i].name);
			found = 1;
		}
	}
	free(entries);
	return found;
}

/* Why the namespace NS, its name deleted, still lives, into WHY: this
 * nsdel runs in it, another name holds it, or a process runs in it. 1
 * when one is found, else 0 (an open handle, or the kernel still at it). */
static int why_alive(const struct stat *ns, char *why, size_t size)
{
	char holder[300];
	struct stat self;

	if (stat("/proc/self/ns/net", &self) == 0 && same_file(&self, ns))
		snprintf(why, size, "deleted, but this nsdel runs in its namespace: its "
			 "devices stay until it ends");
	else if (other_name(ns, holder, sizeof(holder)))
		snprintf(why, size, "deleted, but its namespace is also named %s: its devices "
			 "stay until that name goes", holder);
	else if (netns_holder(ns, holder, sizeof(holder)))
		snprintf(why, size, "deleted, but %s still runs in its namespace: its devices "
			 "stay until it ends", holder);
	else
		return 0;
	return 1;
}

/* After a second: a namespace that something keeps alive will not let go
 * of its devices; say so rather than wait. */
static int look_for_holders(struct cli *cli, struct waiting *w)
{
	int status = 0;

	for (size_t i = 0; i < w->count; i++) {
		char why[512];

		if (!w->devs[i].index || !why_alive(&w->devs[i].ns, why, sizeof(why)))
			continue;
		status = report_text(&cli->report, w->devs[i].name, why);
		give_up(w, w->devs[i].name);
	}
	return status;
}

/* Until every noted device is gone, or WAIT_MS. 0, or EXIT_REFUSED. */
static int wait_gone(struct cli *cli, struct waiting *w)
{
	struct timespec start;
	useconds_t nap = 1000;
	bool looked = false;
	int status = 0;

	clock_gettime(CLOCK_MONOTONIC, &start);
	for (;;) {
		size_t left = 0;
		long ms;

		for (size_t i = 0; i < w->count; i++) {
			int here = w->devs[i].index ? link_here(w->devs[i].place, w->devs[i].index) : 0;

			if (here < 0)
				return report_refusal(&cli->report, w->devs[i].name, here, NULL);
			if (here)
				left++;
			else
				w->devs[i].index = 0;
		}
		if (!left)
			return status;
		ms = elapsed_ms(&start);
		if (ms >= LOOK_MS && !looked) {
			looked = true;
			if (look_for_holders(cli, w))
				status = EXIT_REFUSED;
			continue;
		}
		if (ms >= WAIT_MS)
			break;
		usleep(nap);
		nap = nap < 50000 ? nap * 2 : nap;
	}
	for (size_t i = 0; i < w->count; i++) {
		if (!w->devs[i].index)
			continue;
		status = report_text(&cli->report, w->devs[i].name, "deleted, but after 30 s "
				     "the kernel has not removed its devices here");
		give_up(w, w->devs[i].name);
	}
	return status;
}

/* 0, or EXIT_REFUSED reported. */
static int delete_one(struct cli *cli, const char *name)
{
	struct netns_err err;
	int ret;

	cli_netns_err(cli, &err);
	ret = netns_delete(name, &err);
	/* -f: a name already gone is what was asked for. */
	if (ret == -ENOENT && cli->gone_ok)
		return 0;
	if (ret == -ENOENT)
		return report_text(&cli->report, name, "no such namespace");
	if (ret == -EMEDIUMTYPE) {
		char what[96];

		snprintf(what, sizeof(what), "%s in " NETNS_RUN_DIR ", not a namespace: left as it is",
			 err.step);
		return report_text(&cli->report, name, what);
	}
	/* Not for want of a capability: of write access to the directory. */
	if (ret == -EACCES)
		return report_text(&cli->report, name, "remove its file: Permission denied "
				   "(no write access to " NETNS_RUN_DIR "): left as it is");
	if (ret < 0)
		return report_refusal_at(&cli->report, name, err.step, ret);
	return 0;
}

static bool among(const char *name, char *const *names, size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (strcmp(name, names[i]) == 0)
			return true;
	return false;
}

/* -w: the places to look, here and every named namespace that stays;
 * their sockets. 0 or -errno. */
static int open_places(struct cli *cli, struct waiting *w, char *const *names, size_t count)
{
	struct netns_entry *entries;
	size_t n;
	int ret;

	w->places = calloc(1, sizeof(*w->places));
	if (!w->places)
		return -ENOMEM;
	ret = cli_open(cli, &w->places[0]);
	if (ret)
		return ret;
	w->nplaces = 1;
	ret = netns_list(&entries, &n);
	for (size_t i = 0; ret == 0 && i < n; i++) {
		if (among(entries[i].name, names, count))
			continue;
		ret = open_place(w, entries[i].name);
		/* Stale, gone meanwhile, or not to be entered: nothing to look
		 * at there, and no reason to keep the names from going. */
		if (ret != -ENOMEM)
			ret = 0;
	}
	free(entries);
	return ret;
}

static void close_places(struct waiting *w)
{
	for (size_t i = 0; i < w->nplaces; i++)
		rtnl_close(&w->places[i]);
	free(w->places);
	free(w->devs);
	*w = (struct waiting){ .places = NULL, .nplaces = 0, .devs = NULL, .count = 0 };
}

/* -w: in each place, the devices that end in each of the COUNT NAMES'
 * namespaces, noted before any is deleted. 0, or EXIT_REFUSED reported. */
static int prepare_wait(struct cli *cli, struct waiting *w, char *const *names, size_t count)
{
	int ret = open_places(cli, w, names, count);

	for (size_t p = 0; ret == 0 && p < w->nplaces; p++) {
		struct rtnl_msgs links = { NULL, 0, 0 };
		struct rtnl_err err;

		ret = link_dump(&w->places[p], &links, &err);
		for (size_t i = 0; ret == 0 && i < count; i++)
			ret = note_devices(w, &w->places[p], &links, names[i]);
		rtnl_msgs_free(&links);
	}
	if (ret == 0)
		return 0;
	close_places(w);
	if (ret != EXIT_REFUSED)
		report_refusal(&cli->report, "-w", ret, NULL);
	return EXIT_REFUSED;
}

/* Delete the COUNT NAMES in turn, like rm; with -w, then wait for their
 * devices. */
static int delete_names(struct cli *cli, char *const *names, size_t count)
{
	struct waiting w = { .places = NULL, .nplaces = 0, .devs = NULL, .count = 0 };
	const bool wait = cli->wait;
	int status = wait ? prepare_wait(cli, &w, names, count) : 0;

	if (status)
		return status;
	for (size_t i = 0; i < count; i++) {
		if (delete_one(cli, names[i])) {
			status = EXIT_REFUSED;
			give_up(&w, names[i]);
		}
	}
	if (wait) {
		if (wait_gone(cli, &w))
			status = EXIT_REFUSED;
		close_places(&w);
	}
	return status;
}

/* -a: every name in the run directory. */
static int delete_all(struct cli *cli)
{
	struct netns_entry *entries;
	char **names;
	size_t count;
	int status;
	int ret = netns_list(&entries, &count);

	if (ret < 0)
		return report_refusal(&cli->report, NETNS_RUN_DIR, ret, NULL);
	names = calloc(count ? count : 1, sizeof(*names));
	if (!names) {
		free(entries);
		return report_refusal(&cli->report, NETNS_RUN_DIR, -ENOMEM, NULL);
	}
	for (size_t i = 0; i < count; i++)
		names[i] = entries[i].name;
	status = delete_names(cli, names, count);
	free(names);
	free(entries);
	return status;
}

static int nsdel(struct cli *cli, int argc, char **argv)
{
	int status;

	if (cli->all)
		return argc ? report_usage(&cli->report) : delete_all(cli);
	status = cli_check_each(cli, argc, argv, parse_netns_name);
	return status ? status : delete_names(cli, argv, (size_t)argc);
}

int nsdel_main(int argc, char **argv)
{
	static const struct cli_command command = {
		"[-f] [-w] NAME... | -a [-w]", CLI_GONE_OK | CLI_ALL | CLI_WAIT, "CAP_SYS_ADMIN",
		nsdel,
	};

	return cli_run(&command, argc, argv);
}

CLI_MAIN(nsdel)
