/* netns: named network namespaces under /run/netns, as iproute2 keeps them. */
#ifndef TINYIP_NETNS_H
#define TINYIP_NETNS_H

#include <stdbool.h>
#include <stddef.h>

#include "rtnl.h"

#define NETNS_RUN_DIR "/run/netns"
#define NETNS_ETC_DIR "/etc/netns"

/* All return 0 (or an fd) on success, else -errno. */

/* Which step of a sequence of system calls failed, in words: e.g.
 * "make /run/netns shared". NULL when the error needs none (-EEXIST,
 * -ENOENT: the name is there, or is not). */
struct netns_err {
	const char *step;
	/* The caller's (NULL: none): told once, when a create or delete has
	 * waited a second for the lock on the run directory, who holds it:
	 * "process 123 (nsadd)", or "another process". */
	void (*waiting)(const void *data, const char *holder);
	const void *data;	/* for WAITING */
};

/* Create namespace NAME: the run directory, its shared mount, a new
 * namespace, then the file and the bind mount of the namespace on it,
 * with the run directory locked throughout and catchable signals held
 * while the file is empty. Undone on failure. -EEXIST: the name is
 * taken by a namespace; -ESTALE: by a file with none mounted. */
int netns_create(const char *name, struct netns_err *err);

/* Remove the name: unmount and unlink, with the run directory locked and
 * catchable signals held; that the file can be removed is checked before
 * the unmount, and a failed unlink mounts the namespace back. The
 * namespace itself lives on while anything holds it. -ENOENT when there is no such name;
 * -EMEDIUMTYPE when it is not a file (err->step says what it is: "a
 * symbolic link", say), which is left as it is. */
int netns_delete(const char *name, struct netns_err *err);

/* 0 when NAME is a live namespace; -EINVAL when the name is stale (its
 * mount is gone), -ENOENT when there is no such name. */
int netns_check(const char *name);

/* Run FN(DATA) inside the namespace open on NETNS_FD (-1: here), then
 * come back; returns what FN returned, or -errno. */
int netns_run_in(int netns_fd, int (*fn)(void *data), void *data);

/* Open NAME for setns(). -ENOENT: no such name. */
int netns_open(const char *name);

/* netns_open, and the file must hold a namespace: -EINVAL when it does
 * not (a stale name). */
int netns_open_live(const char *name);

/* NS as ip link set netns takes it: a name in the run directory, else a
 * number is a process id, and *PID is set to it (else 0). Returns an fd
 * of the namespace, or -errno (-ENOENT: neither exists; -EINVAL: the
 * name is stale). */
int netns_open_target(const char *ns, int *pid);

/* 1 when the namespaces open on FD_A and FD_B (-1: this one) are the
 * same namespace, 0 when not, or -errno. */
int netns_same(int fd_a, int fd_b);

/* A process that runs in the namespace NS is the fstat of, into HOLDER:
 * "process 123 (sleep)". 1 when one is found, else 0. */
struct stat;
int netns_holder(const struct stat *ns, char *holder, size_t size);

/* Open the network namespace of process PID. -ENOENT: no such process. */
int netns_open_pid(int pid);

/* Move this process into namespace NAME (for -n), keeping the way back
 * open on *HOME_FD. -EINVAL: stale. */
int netns_enter(const char *name, int *home_fd);

/* Come back to the namespace open on HOME_FD, and close it. */
int netns_leave(int home_fd);

/* The index of device NAME in the namespace open on NETNS_FD, or -errno
 * (-ENODEV: none there). Comes back to this namespace before returning. */
int netns_ifindex(int netns_fd, const char *name);

/* Everything `ip netns exec` does before exec: enter NAME, unshare the
 * mount namespace, remount /sys, bind /etc/netns/NAME/ files over /etc.
 * A file that cannot be bound is a warning passed to WARN. */
int netns_prepare_exec(const char *name, struct netns_err *err,
		       void (*warn)(const char *path, int err));

/* The kernel's id for the namespace open on FD, as seen from RT's
 * namespace: >= 0, -1 when it has none, or -errno. */
int netns_get_id(struct rtnl *rt, int fd, int *nsid);

/* The RTM_GETNSID request for FD, built in BUF (RTNL_REQUEST_SIZE bytes). */
struct nlmsghdr *netns_build_get_id(void *buf, int fd);

/* A name in the run directory, and its namespace's id: -1 when it has
 * none, or the name is stale. */
struct netns_entry {
	char name[256];
	int nsid;
	bool stale;	/* a file with no namespace mounted on it */
};

/* Every name in the run directory, in directory order, into a new array
 * that the caller frees (NULL when there are none), with no ids yet. A
 * missing directory is an empty list. 0 or -errno. */
int netns_list(struct netns_entry **entries, size_t *count);

/* The id of each entry's namespace as seen from RT's namespace, and
 * whether the name is stale. */
void netns_list_ids(struct rtnl *rt, struct netns_entry *entries, size_t count);

#endif
