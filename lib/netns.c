#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <sched.h>
#include <signal.h>
#include <stdbool.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/syscall.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include <libmnl/libmnl.h>
#include <linux/capability.h>
#include <linux/magic.h>
#include <linux/net_namespace.h>
#include <linux/rtnetlink.h>

#include "explain.h"
#include "netns.h"

/* The system call just made: its result, and why it is made. */
#define EXPLAIN(ret, why, ...) explain_call((long)(ret), errno, (why), __VA_ARGS__)

static int netns_path(const char *dir, const char *name, char *path, size_t size)
{
	int len = snprintf(path, size, "%s/%s", dir, name);

	return len < 0 || (size_t)len >= size ? -ENAMETOOLONG : 0;
}

/* Note STEP as the one that failed, and return -errno. */
static int failed(const char **step_out, const char *step)
{
	int ret = -errno;

	*step_out = step;
	return ret;
}

/* Whether FD is a namespace's: 0, -EINVAL when not (a plain file: a
 * stale name), or -errno. */
static int is_netns(int fd)
{
	struct statfs st;

	if (fstatfs(fd, &st) < 0)
		return -errno;
	return st.f_type == NSFS_MAGIC ? 0 : -EINVAL;
}

/* Mount the namespace open on NS on PATH again: a delete undone. 0 or
 * -1. */
static int bind_back(int ns, const char *path)
{
	char from[32];
	int ret;

	snprintf(from, sizeof(from), "/proc/self/fd/%d", ns);
	ret = mount(from, path, "none", MS_BIND, NULL);
	EXPLAIN(ret, "the file could not be removed: it holds the namespace again, as before",
		"mount(\"%s\", \"%s\", MS_BIND)", from, path);
	return ret;
}

/* "process PID (COMM)" into TEXT, or "process PID" when it has no name
 * to read. */
static void process_name(int pid, char *text, size_t size)
{
	char comm[64] = "";
	FILE *file;

	snprintf(text, size, "/proc/%d/comm", pid);
	if ((file = fopen(text, "re"))) {
		if (fgets(comm, sizeof(comm), file))
			comm[strcspn(comm, "\n")] = '\0';
		fclose(file);
	}
	snprintf(text, size, comm[0] ? "process %d (%s)" : "process %d", pid, comm);
}

/* Who holds the flock on the directory open on DIR, from /proc/locks,
 * into HOLDER: "process 123 (nsadd)", or "another process". */
static void lock_holder(int dir, char *holder, size_t size)
{
	char line[256];
	struct stat st;
	FILE *locks;
	int pid = 0;

	snprintf(holder, size, "another process");
	if (fstat(dir, &st) < 0 || !(locks = fopen("/proc/locks", "re")))
		return;
	while (!pid && fgets(line, sizeof(line), locks)) {
		unsigned int maj, min;
		unsigned long ino;
		int who;

		/* "1: FLOCK  ADVISORY  WRITE 123 00:1a:5 0 EOF"; a waiter
		 * has "->" after the number. */
		if (strstr(line, "->") ||
		    sscanf(line, "%*d: FLOCK %*s %*s %d %x:%x:%lu", &who, &maj, &min, &ino) != 4)
			continue;
		if (ino == st.st_ino && maj == major(st.st_dev) && min == minor(st.st_dev))
			pid = who;
	}
	fclose(locks);
	if (pid)
		process_name(pid, holder, size);
}

int netns_holder(const struct stat *ns, char *holder, size_t size)
{
	struct dirent *entry;
	int found = 0;
	DIR *proc = opendir("/proc");

	if (!proc)
		return 0;
	while (!found && (entry = readdir(proc))) {
		char path[64];
		struct stat st;
		int pid = atoi(entry->d_name);

		if (pid <= 0 || pid == getpid())
			continue;
		snprintf(path, sizeof(path), "/proc/%d/ns/net", pid);
		if (stat(path, &st) == 0 && st.st_ino == ns->st_ino && st.st_dev == ns->st_dev) {
			process_name(pid, holder, size);
			found = 1;
		}
	}
	closedir(proc);
	return found;
}

/* The run directory, made first when CREATE, open and locked: the lock is
 * held through a whole create or delete, so that no other nsadd or nsdel
 * comes between its steps (ip netns add takes it too, to make the
 * directory shared). ERR->waiting hears once of a wait over a second.
 * Returns the fd, to close when done. */
static int run_dir_lock(bool create, struct netns_err *err)
{
	int dir, ret;

	if (create) {
		ret = mkdir(NETNS_RUN_DIR, 0755);
		EXPLAIN(ret, "the directory where named namespaces live, as for ip netns",
			"mkdir(\"" NETNS_RUN_DIR "\", 0755)");
		if (ret < 0 && errno != EEXIST)
			return failed(&err->step, "make " NETNS_RUN_DIR);
	}
	dir = open(NETNS_RUN_DIR, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	EXPLAIN(dir, "to lock it", "open(\"" NETNS_RUN_DIR "\", O_DIRECTORY)");
	if (dir < 0)
		return errno == ENOENT && !create ? -ENOENT
						  : failed(&err->step, "open " NETNS_RUN_DIR);
	for (int tries = 0; (ret = flock(dir, LOCK_EX | LOCK_NB)) < 0; tries++) {
		if (errno == EWOULDBLOCK && tries < 100) {
			usleep(10000);
			continue;
		}
		if (errno == EWOULDBLOCK) {
			char holder[96];

			lock_holder(dir, holder, sizeof(holder));
			if (err->waiting)
				err->waiting(err->data, holder);
			ret = flock(dir, LOCK_EX);
		}
		break;
	}
	EXPLAIN(ret, "one at a time: another nsadd, nsdel or ip netns add waits here until "
		"this one is done", "flock(%d, LOCK_EX)", dir);
	if (ret < 0) {
		ret = failed(&err->step, "lock " NETNS_RUN_DIR);
		close(dir);
		return ret;
	}
	return dir;
}

/* The run directory must be a shared mount point, so that a namespace
 * mounted there later is seen from every mount namespace. Under the
 * lock, so that two first-time creators do not stack mounts. */
static int run_dir_share(const char **step)
{
	int ret, made_mount = 0;

	while ((ret = mount("", NETNS_RUN_DIR, "none", MS_SHARED | MS_REC, NULL)),
	       EXPLAIN(ret, "shared: a namespace mounted here is seen from every mount namespace",
		       "mount(NULL, \"" NETNS_RUN_DIR "\", MS_SHARED|MS_REC)"), ret < 0) {
		/* EINVAL: not a mount point yet. Make it one, as iproute2
		 * 6.1 does: a bind mount of itself, left in the peer group
		 * of a shared /run, so that mount namespaces made before
		 * still see the names made after. */
		if (errno != EINVAL || made_mount)
			return failed(step, "make " NETNS_RUN_DIR " shared");
		ret = mount(NETNS_RUN_DIR, NETNS_RUN_DIR, "none", MS_BIND | MS_REC, NULL);
		EXPLAIN(ret, "not a mount point yet (EINVAL): bind it onto itself to make one",
			"mount(\"" NETNS_RUN_DIR "\", \"" NETNS_RUN_DIR "\", MS_BIND|MS_REC)");
		if (ret < 0)
			return failed(step, "bind " NETNS_RUN_DIR " on itself");
		made_mount = 1;
	}
	return 0;
}

/* A new network namespace, open: made by unshare, then left. Returns the
 * fd, or -errno. */
static int new_netns(const char **step)
{
	int home, ns = -1, ret;

	home = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
	EXPLAIN(home, "a handle on this namespace, to come back to",
		"open(\"/proc/self/ns/net\")");
	if (home < 0)
		return failed(step, "open /proc/self/ns/net");
	ret = unshare(CLONE_NEWNET);
	EXPLAIN(ret, "this process now runs in a new, empty namespace: only lo, down",
		"unshare(CLONE_NEWNET)");
	if (ret < 0) {
		ret = failed(step, "make a network namespace (unshare)");
		goto out;
	}
	explain_netns(-1, "the new namespace is");
	ns = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
	EXPLAIN(ns, "a handle on the new namespace, which keeps it while the name is made",
		"open(\"/proc/self/ns/net\")");
	if (ns < 0)
		ret = failed(step, "open the new namespace");
	if (setns(home, CLONE_NEWNET) < 0) {
		EXPLAIN(-1, "", "setns(%d, CLONE_NEWNET)", home);
		if (ret == 0)
			ret = failed(step, "come back (setns)");
	} else {
		EXPLAIN(0, "back in the namespace this command started in",
			"setns(%d, CLONE_NEWNET)", home);
	}
	if (ret < 0 && ns >= 0)
		close(ns);
out:
	close(home);
	return ret < 0 ? ret : ns;
}

/* Catchable signals wait while the name is half-made, so that Ctrl-C or a
 * kill leaves all of it or none: only SIGKILL can come between. */
static void signals_hold(sigset_t *old)
{
	sigset_t all;

	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, old);
}

static void signals_release(const sigset_t *old)
{
	sigprocmask(SIG_SETMASK, old, NULL);
}

/* A child's work: FN(DATA, &step), and the pipe its outcome goes back
 * through. */
struct uncut_call {
	int (*fn)(void *data, const char **step);
	void *data;
	int pipe;
};

/* What the child did: FN's result, and the step that failed, a string of
 * this program's, at the same address in both processes. */
struct outcome {
	int ret;
	const char *step;
};

/* The child returns rather than calling _exit(), so that it leaves by
 * clone's own exit and never calls a function that does not return
 * while on its own stack (the sanitizers' stack checks object). */
static int uncut_child(void *arg)
{
	const struct uncut_call *call = arg;
	struct outcome done;

	memset(&done, 0, sizeof(done));	/* the padding too: it is written */

	/* A group of its own: a kill sent to the command's whole process
	 * group (timeout, a shell's job control) does not reach it. Killed
	 * before this, it has done nothing. */
	if (setpgid(0, 0) < 0)
		done.ret = failed(&done.step, "start its helper process (setpgid)");
	else
		done.ret = call->fn(call->data, &done.step);
	fflush(NULL);
	return write(call->pipe, &done, sizeof(done)) == (ssize_t)sizeof(done) ? 0 : 1;
}

/* Run FN(DATA, &step) in a child process, with the signals held as they
 * are here: steps that must not be cut in half. A kill of this process,
 * even SIGKILL, which nothing can hold, lets the child finish them; the
 * child also keeps the run directory's lock (a flock belongs to the open
 * file, which it shares) until it is done. Only a kill of every process
 * (a cgroup's) can still cut it, in the few microseconds between the
 * file's creation and the mount. The child shares this process's memory
 * and runs while it waits, as vfork's does, so it costs no copy; its
 * outcome comes back through a pipe all the same, which also holds where
 * the clone is made a fork (valgrind). */
static int uncut(int (*fn)(void *data, const char **step), void *data, const char **step)
{
	static char stack[256 * 1024] __attribute__((aligned(16)));
	struct outcome out = { -EIO, "finish (its helper process died)" };
	struct uncut_call call = { fn, data, -1 };
	ssize_t got;
	int fds[2];
	pid_t pid;

	if (pipe2(fds, O_CLOEXEC) < 0)
		return failed(step, "start its helper process (pipe)");
	call.pipe = fds[1];
	/* What explain mode buffered is written once. */
	fflush(NULL);
	pid = clone(uncut_child, stack + sizeof(stack), CLONE_VM | CLONE_VFORK | SIGCHLD, &call);
	if (pid < 0) {
		out.ret = failed(&out.step, "start its helper process (clone)");
	} else {
		close(fds[1]);
		fds[1] = -1;
		while ((got = read(fds[0], &out, sizeof(out))) < 0 && errno == EINTR)
			;
		if (got != (ssize_t)sizeof(out))
			out = (struct outcome){ -EIO, "finish (its helper process died)" };
		while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
			;
	}
	close(fds[0]);
	if (fds[1] >= 0)
		close(fds[1]);
	*step = out.step;
	return out.ret;
}

/* Mount the namespace open on NS onto the file open on FILE: the very
 * file made, never another of the same name that took its place. */
static int bind_netns(int ns, int file, const char *path, const char **step)
{
	char from[32], to[32];
	int ret;

	snprintf(from, sizeof(from), "/proc/self/fd/%d", ns);
	snprintf(to, sizeof(to), "/proc/self/fd/%d", file);
	ret = mount(from, to, "none", MS_BIND, NULL);
	EXPLAIN(ret, "the file now holds the namespace: it outlives this command, under its "
		"name; by fd, so that it is the file just made",
		"mount(\"%s\" (the new namespace), \"%s\" (%s), MS_BIND)", from, to, path);
	return ret < 0 ? failed(step, "bind the namespace on its file") : 0;
}

struct naming {
	const char *path;
	int ns;
};

/* Create the file and mount the namespace on it: in a child (uncut). */
static int name_netns(void *data, const char **step)
{
	const struct naming *naming = data;
	int fd, ret;

	fd = open(naming->path, O_RDONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0);
	EXPLAIN(fd, "an empty file to hold the namespace; it fails if the name is taken",
		"open(\"%s\", O_CREAT|O_EXCL)", naming->path);
	if (fd < 0)
		return errno == EEXIST ? -EEXIST : failed(step, "create its file");
	ret = bind_netns(naming->ns, fd, naming->path, step);
	close(fd);
	if (ret < 0)
		unlink(naming->path);
	return ret;
}

int netns_create(const char *name, struct netns_err *err)
{
	char path[PATH_MAX];
	struct stat st;
	sigset_t old;
	int dir, ns, ret;

	err->step = NULL;
	ret = netns_path(NETNS_RUN_DIR, name, path, sizeof(path));
	if (ret < 0)
		return ret;
	dir = run_dir_lock(true, err);
	if (dir < 0)
		return dir;
	ret = run_dir_share(&err->step);
	if (ret < 0)
		goto unlock;
	/* Taken: no namespace made for nothing. */
	ret = lstat(path, &st);
	EXPLAIN(ret, "is the name free?", "lstat(\"%s\")", path);
	if (ret == 0 || errno != ENOENT) {
		ret = ret == 0 ? -EEXIST : failed(&err->step, "look at its file");
		/* Stale or not, said under the lock: an nsdel holding it
		 * between its unmount and its unlink is not seen. */
		if (ret == -EEXIST && netns_check(name) == -EINVAL)
			ret = -ESTALE;
		goto unlock;
	}
	/* The slow step first, before there is a file to leave behind. */
	ns = new_netns(&err->step);
	if (ns < 0) {
		ret = ns;
		goto unlock;
	}
	signals_hold(&old);
	ret = uncut(name_netns, &(struct naming){ path, ns }, &err->step);
	signals_release(&old);
	close(ns);
unlock:
	close(dir);
	return ret;
}

/* Whether this process may mount and unmount: CAP_SYS_ADMIN in effect. */
static bool may_mount(void)
{
	struct __user_cap_header_struct head = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct data[2] = { { 0, 0, 0 }, { 0, 0, 0 } };

	if (syscall(SYS_capget, &head, data) < 0)
		return true;	/* not known: let umount say */
	return data[CAP_SYS_ADMIN / 32].effective & (1U << (CAP_SYS_ADMIN % 32));
}

/* What nsdel can know before it unmounts: that the file can then be
 * removed. 0, or -errno with *STEP set: -EPERM at the unmount when the
 * process may not unmount anyway, as that is the step it lacks. */
static int can_unlink(const char **step)
{
	int ret = faccessat(AT_FDCWD, NETNS_RUN_DIR, W_OK | X_OK, AT_EACCESS);

	EXPLAIN(ret, "can its file be removed? Asked first, so that a refusal changes nothing",
		"faccessat(\"" NETNS_RUN_DIR "\", W_OK|X_OK, AT_EACCESS)");
	if (ret == 0)
		return 0;
	if (errno == EACCES && !may_mount()) {
		*step = "unmount its file";
		return -EPERM;
	}
	return failed(step, "remove its file");
}

/* Unmount the file and remove it: in a child (uncut). NAMING->ns (-1:
 * none, a stale name) is mounted back if the file cannot be removed. */
static int unname_netns(void *data, const char **step)
{
	const struct naming *naming = data;
	int ret;

	/* A stale name (EINVAL: nothing mounted) is still removed. */
	ret = umount2(naming->path, MNT_DETACH | UMOUNT_NOFOLLOW);
	EXPLAIN(ret, "the file lets go of the namespace, which ends once nothing holds it",
		"umount2(\"%s\", MNT_DETACH|UMOUNT_NOFOLLOW)", naming->path);
	if (ret < 0 && errno != EINVAL)
		return errno == ENOENT ? -ENOENT : failed(step, "unmount its file");
	ret = unlink(naming->path);
	EXPLAIN(ret, "the name is gone", "unlink(\"%s\")", naming->path);
	if (ret == 0)
		return 0;
	ret = errno == ENOENT ? -ENOENT : failed(step, "remove its file");
	/* Not removed after all: the name holds its namespace again. */
	if (naming->ns >= 0 && ret != -ENOENT && bind_back(naming->ns, naming->path) < 0)
		*step = "remove its file (and the namespace could not be mounted back: "
			"the name is stale)";
	return ret;
}

int netns_delete(const char *name, struct netns_err *err)
{
	struct stat st;
	char path[PATH_MAX];
	sigset_t old;
	int dir, ns = -1, ret = netns_path(NETNS_RUN_DIR, name, path, sizeof(path));

	err->step = NULL;
	if (ret < 0)
		return ret;
	dir = run_dir_lock(false, err);
	if (dir < 0)
		return dir;
	/* Only a file is a name: never follow a link out of the directory,
	 * to unmount what it points at. */
	ret = lstat(path, &st);
	EXPLAIN(ret, "what the name is: only a namespace's file is deleted", "lstat(\"%s\")", path);
	if (ret < 0) {
		ret = errno == ENOENT ? -ENOENT : failed(&err->step, "look at its file");
		goto unlock;
	}
	if (!S_ISREG(st.st_mode)) {
		err->step = S_ISLNK(st.st_mode)	  ? "a symbolic link"
			    : S_ISDIR(st.st_mode) ? "a directory"
						  : "not a file";
		ret = -EMEDIUMTYPE;
		goto unlock;
	}
	ret = can_unlink(&err->step);
	if (ret < 0)
		goto unlock;
	/* A handle on the namespace, to mount it back if the file cannot be
	 * removed after all. */
	ns = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	if (ns < 0) {
		struct statfs mounted;
		int error = errno;

		/* A live namespace with no handle could not be put back. */
		if (statfs(path, &mounted) == 0 && mounted.f_type == NSFS_MAGIC) {
			errno = error;
			ret = failed(&err->step, "open its namespace");
			goto unlock;
		}
	} else if (is_netns(ns) < 0) {
		close(ns);
		ns = -1;
	}
	/* A batch's socket there would keep the namespace alive. */
	if (rtnl_pool)
		rtnl_pool->forget(path);
	signals_hold(&old);
	ret = uncut(unname_netns, &(struct naming){ path, ns }, &err->step);
	signals_release(&old);
	if (ns >= 0)
		close(ns);
unlock:
	close(dir);
	return ret;
}

int netns_open(const char *name)
{
	char path[PATH_MAX];
	int fd, ret = netns_path(NETNS_RUN_DIR, name, path, sizeof(path));

	if (ret < 0)
		return ret;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	EXPLAIN(fd, "a handle on the namespace of that name", "open(\"%s\")", path);
	if (fd < 0)
		return -errno;
	explain_netns(fd, "it is");
	return fd;
}

int netns_open_live(const char *name)
{
	int fd = netns_open(name);
	int ret = fd < 0 ? fd : is_netns(fd);

	if (ret < 0 && fd >= 0)
		close(fd);
	return ret < 0 ? ret : fd;
}

int netns_open_target(const char *ns, int *pid)
{
	char *end;
	long number;
	int fd = netns_open_live(ns);

	*pid = 0;
	if (fd != -ENOENT)
		return fd;
	errno = 0;
	number = strtol(ns, &end, 10);
	if (ns[0] < '1' || ns[0] > '9' || *end || errno || number > INT_MAX)
		return -ENOENT;
	*pid = (int)number;
	return netns_open_pid(*pid);
}

int netns_check(const char *name)
{
	int fd = netns_open_live(name);

	if (fd < 0)
		return fd;
	close(fd);
	return 0;
}

int netns_run_in(int netns_fd, int (*fn)(void *data), void *data)
{
	int home, ret, back;

	if (netns_fd < 0)
		return fn(data);
	home = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
	if (home < 0)
		return -errno;
	ret = setns(netns_fd, CLONE_NEWNET);
	EXPLAIN(ret, "to ask there, for a while", "setns(%d, CLONE_NEWNET)", netns_fd);
	if (ret < 0) {
		ret = -errno;
		close(home);
		return ret;
	}
	ret = fn(data);
	back = setns(home, CLONE_NEWNET);
	EXPLAIN(back, "back", "setns(%d, CLONE_NEWNET)", home);
	if (back < 0)
		ret = -errno;
	close(home);
	return ret;
}

static int netns_stat(int fd, struct stat *st)
{
	int ret = fd >= 0 ? fstat(fd, st) : stat("/proc/self/ns/net", st);

	return ret < 0 ? -errno : 0;
}

int netns_same(int fd_a, int fd_b)
{
	struct stat a, b;
	int ret = netns_stat(fd_a, &a);

	if (ret < 0)
		return ret;
	ret = netns_stat(fd_b, &b);
	if (ret < 0)
		return ret;
	return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

int netns_open_pid(int pid)
{
	char path[64];
	int fd;

	snprintf(path, sizeof(path), "/proc/%d/ns/net", pid);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	EXPLAIN(fd, "a handle on that process's namespace", "open(\"%s\")", path);
	return fd < 0 ? -errno : fd;
}

int netns_enter(const char *name, int *home_fd)
{
	int fd = netns_open(name);
	int ret = 0;

	if (fd < 0)
		return fd;
	*home_fd = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
	EXPLAIN(*home_fd, "a handle on this namespace, to come back to",
		"open(\"/proc/self/ns/net\")");
	if (*home_fd < 0) {
		ret = -errno;
	} else if ((ret = setns(fd, CLONE_NEWNET)), EXPLAIN(ret, "-n: from here on, this "
			"process acts inside that namespace", "setns(%d, CLONE_NEWNET)", fd), ret < 0) {
		ret = -errno;
		close(*home_fd);
		*home_fd = -1;
	} else if (rtnl_pool) {
		rtnl_pool->entered(name);
	}
	close(fd);
	return ret;
}

int netns_leave(int home_fd)
{
	int ret = setns(home_fd, CLONE_NEWNET) < 0 ? -errno : 0;

	if (rtnl_pool)
		rtnl_pool->entered(NULL);
	EXPLAIN(ret < 0 ? -1 : 0, "back in the namespace this command started in",
		"setns(%d, CLONE_NEWNET)", home_fd);
	close(home_fd);
	return ret;
}

struct ifindex_query {
	const char *name;
	int index;
};

static int query_ifindex(void *data)
{
	struct ifindex_query *query = data;

	query->index = (int)if_nametoindex(query->name);
	return 0;
}

int netns_ifindex(int netns_fd, const char *name)
{
	struct ifindex_query query = { name, 0 };
	int ret = netns_run_in(netns_fd, query_ifindex, &query);

	if (ret < 0)
		return ret;
	return query.index ? query.index : -ENODEV;
}

/* A fresh sysfs shows this namespace's devices in /sys/class/net. */
static int remount_sys(const char *name)
{
	unsigned long flags = 0;
	struct statvfs st;

	if (statvfs("/sys", &st) == 0 && (st.f_flag & ST_RDONLY))
		flags = MS_RDONLY;
	if (umount2("/sys", MNT_DETACH) < 0) {
		EXPLAIN(-1, "the old /sys shows the devices of the namespace we came from",
			"umount2(\"/sys\", MNT_DETACH)");
		if (errno != EINVAL)
			return -errno;
	} else {
		EXPLAIN(0, "the old /sys showed the devices of the namespace we came from",
			"umount2(\"/sys\", MNT_DETACH)");
	}
	if (mount(name, "/sys", "sysfs", flags, NULL) < 0) {
		EXPLAIN(-1, "", "mount(\"%s\", \"/sys\", \"sysfs\")", name);
		return -errno;
	}
	EXPLAIN(0, "a fresh /sys, showing this namespace's devices",
		"mount(\"%s\", \"/sys\", \"sysfs\"%s)", name, flags ? ", MS_RDONLY" : "");
	return 0;
}

static void bind_etc_files(const char *name, void (*warn)(const char *, int))
{
	char dir_path[PATH_MAX], from[PATH_MAX], to[PATH_MAX];
	struct dirent *entry;
	DIR *dir;

	if (netns_path(NETNS_ETC_DIR, name, dir_path, sizeof(dir_path)) < 0)
		return;
	dir = opendir(dir_path);
	if (!dir)
		return;
	while ((entry = readdir(dir))) {
		if (strcmp(entry->d_name, ".") == 0 ||
		    strcmp(entry->d_name, "..") == 0)
			continue;
		if (netns_path(dir_path, entry->d_name, from, sizeof(from)) < 0 ||
		    netns_path("/etc", entry->d_name, to, sizeof(to)) < 0)
			continue;
		if (mount(from, to, "none", MS_BIND, NULL) < 0) {
			EXPLAIN(-1, "", "mount(\"%s\", \"%s\", MS_BIND)", from, to);
			if (warn)
				warn(to, -errno);
		} else {
			EXPLAIN(0, "this namespace's own copy of the file, as ip netns exec gives",
				"mount(\"%s\", \"%s\", MS_BIND)", from, to);
		}
	}
	closedir(dir);
}

int netns_prepare_exec(const char *name, struct netns_err *err,
		       void (*warn)(const char *path, int err))
{
	int fd = netns_open(name);

	err->step = "open";
	if (fd < 0)
		return fd;
	err->step = "setns";
	if (setns(fd, CLONE_NEWNET) < 0) {
		int ret = -errno;

		EXPLAIN(-1, "", "setns(%d, CLONE_NEWNET)", fd);
		close(fd);
		return ret;
	}
	EXPLAIN(0, "this process, and the command it becomes, now run inside it",
		"setns(%d, CLONE_NEWNET)", fd);
	close(fd);
	err->step = "unshare mount namespace";
	if (unshare(CLONE_NEWNS) < 0) {
		EXPLAIN(-1, "", "unshare(CLONE_NEWNS)");
		return -errno;
	}
	EXPLAIN(0, "mounts of its own, so that the ones below stay with this command",
		"unshare(CLONE_NEWNS)");
	/* Our mounts below must not reach the parent's mount namespace. */
	err->step = "make / a slave mount";
	if (mount("", "/", "none", MS_SLAVE | MS_REC, NULL) < 0) {
		EXPLAIN(-1, "", "mount(NULL, \"/\", MS_SLAVE|MS_REC)");
		return -errno;
	}
	EXPLAIN(0, "a slave: mounts made here do not reach the rest of the system",
		"mount(NULL, \"/\", MS_SLAVE|MS_REC)");
	err->step = "mount /sys";
	int ret = remount_sys(name);
	if (ret < 0)
		return ret;
	bind_etc_files(name, warn);
	err->step = NULL;
	return 0;
}

struct nlmsghdr *netns_build_get_id(void *buf, int fd)
{
	struct nlmsghdr *nlh = rtnl_put_request(buf, RTM_GETNSID, 0);
	struct rtgenmsg *gen;

	gen = mnl_nlmsg_put_extra_header(nlh, NLMSG_ALIGN(sizeof(*gen)));
	gen->rtgen_family = AF_UNSPEC;
	mnl_attr_put_u32(nlh, NETNSA_FD, (uint32_t)fd);
	return nlh;
}

static int nsid_attr(const struct nlattr *attr, void *data)
{
	if (mnl_attr_get_type(attr) == NETNSA_NSID &&
	    mnl_attr_validate(attr, MNL_TYPE_U32) == 0)
		*(int *)data = (int)mnl_attr_get_u32(attr);
	return MNL_CB_OK;
}

static int nsid_reply(const struct nlmsghdr *nlh, void *data)
{
	if (nlh->nlmsg_type != RTM_NEWNSID)
		return 0;
	if (mnl_attr_parse(nlh, NLMSG_ALIGN(sizeof(struct rtgenmsg)),
			   nsid_attr, data) < 0)
		return -EBADMSG;
	return 0;
}

int netns_get_id(struct rtnl *rt, int fd, int *nsid)
{
	char buf[RTNL_REQUEST_SIZE];

	*nsid = -1;
	return rtnl_talk(rt, netns_build_get_id(buf, fd), nsid_reply, nsid, NULL);
}

/* FN for each name in the run directory, in directory order, until one
 * returns nonzero. A missing directory has no names. */
static int netns_for_each(int (*fn)(const char *name, void *data), void *data)
{
	struct dirent *entry;
	int ret = 0;
	DIR *dir = opendir(NETNS_RUN_DIR);

	if (!dir)
		return errno == ENOENT ? 0 : -errno;
	while (ret == 0 && (entry = readdir(dir))) {
		if (strcmp(entry->d_name, ".") == 0 ||
		    strcmp(entry->d_name, "..") == 0)
			continue;
		ret = fn(entry->d_name, data);
	}
	closedir(dir);
	return ret;
}

struct listing {
	struct netns_entry *entries;
	size_t count;
};

static int list_one(const char *name, void *data)
{
	struct listing *listing = data;
	struct netns_entry *grown;

	grown = realloc(listing->entries, (listing->count + 1) * sizeof(*grown));
	if (!grown)
		return -ENOMEM;
	listing->entries = grown;
	snprintf(grown[listing->count].name, sizeof(grown->name), "%s", name);
	grown[listing->count].nsid = -1;
	grown[listing->count].stale = false;
	listing->count++;
	return 0;
}

void netns_list_ids(struct rtnl *rt, struct netns_entry *entries, size_t count)
{
	for (size_t i = 0; i < count; i++) {
		int fd = netns_open(entries[i].name);

		/* A stale name is listed too, without an id. */
		entries[i].nsid = -1;
		entries[i].stale = false;
		if (fd < 0)
			continue;
		if (is_netns(fd) < 0)
			entries[i].stale = true;
		else if (netns_get_id(rt, fd, &entries[i].nsid) < 0)
			entries[i].nsid = -1;
		close(fd);
	}
}

int netns_list(struct netns_entry **entries, size_t *count)
{
	struct listing listing = { NULL, 0 };
	int ret = netns_for_each(list_one, &listing);

	if (ret < 0) {
		free(listing.entries);
		listing.entries = NULL;
		listing.count = 0;
	}
	*entries = listing.entries;
	*count = listing.count;
	return ret;
}
