/* explain: the hooks, and the loading of tinyip-explain.so when asked. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "explain.h"
#include "report.h"

#ifndef TINYIP_EXPLAIN_LIB
#define TINYIP_EXPLAIN_LIB "/usr/local/lib/tinyip/tinyip-explain.so"
#endif
#define EXPLAIN_LIB_NAME "tinyip-explain.so"

/* One command call's: the library and what it gives; NULL: off. */
static struct {
	void *library;
	const struct explain_ops *ops;
	int level;
} loaded;

/* The library beside this program (a build tree), else where make
 * install puts it. */
/* The library beside this program (a build tree), else where make
 * install puts it; WHY says what went wrong with each, when neither. */
static void *load(char *why, size_t size)
{
	char self[PATH_MAX], path[PATH_MAX + 32];
	ssize_t len = readlink("/proc/self/exe", self, sizeof(self) - 1);
	char *slash;
	void *library = NULL;
	size_t at = 0;

	why[0] = '\0';
	if (len > 0) {
		self[len] = '\0';
		slash = strrchr(self, '/');
		if (slash) {
			snprintf(path, sizeof(path), "%.*s/" EXPLAIN_LIB_NAME, (int)(slash - self), self);
			library = dlopen(path, RTLD_NOW | RTLD_LOCAL);
			if (!library)
				at = (size_t)snprintf(why, size, "%s; ", dlerror());
		}
	}
	if (!library) {
		library = dlopen(TINYIP_EXPLAIN_LIB, RTLD_NOW | RTLD_LOCAL);
		if (!library && at < size)
			snprintf(why + at, size - at, "%s", dlerror());
	}
	return library;
}

/* Where a word about explain mode itself goes: TINYIP_EXPLAIN_FD when it
 * names a file open for writing that is not stdout's, else stderr. */
static int words_fd(void)
{
	const char *word = getenv("TINYIP_EXPLAIN_FD");
	int fd = word && *word ? atoi(word) : -1;
	int flags = fd > 2 ? fcntl(fd, F_GETFL) : -1;
	struct stat st, out;

	if (flags < 0 || (flags & O_ACCMODE) == O_RDONLY || fstat(fd, &st) < 0 ||
	    (fstat(1, &out) == 0 && st.st_dev == out.st_dev && st.st_ino == out.st_ino))
		return 2;
	return fd;
}

void explain_begin(const char *prog, int level)
{
	const char *env = getenv("TINYIP_EXPLAIN");
	int from_env = env && *env ? atoi(env) : 0;
	char tried[2 * PATH_MAX];

	memset(&loaded, 0, sizeof(loaded));
	level = level > from_env ? level : from_env;
	if (level <= 0)
		return;
	loaded.library = load(tried, sizeof(tried));
	if (loaded.library)
		loaded.ops = dlsym(loaded.library, "tinyip_explain_ops");
	if (!loaded.ops) {
		fflush(stderr);
		dprintf(words_fd(), "%s%s: warning: -v: no explanations: %s\n", report_prefix(), prog,
			loaded.library ? "tinyip-explain.so has no tinyip_explain_ops" : tried);
		if (loaded.library)
			dlclose(loaded.library);
		memset(&loaded, 0, sizeof(loaded));
		return;
	}
	loaded.level = level > 2 ? 2 : level;
	loaded.ops->begin(prog, loaded.level);
}

void explain_end(void)
{
	if (loaded.ops) {
		loaded.ops->end();
		dlclose(loaded.library);
	}
	memset(&loaded, 0, sizeof(loaded));
}

bool explain_on(void)
{
	return loaded.ops != NULL;
}

void explain_socket(int fd)
{
	if (loaded.ops)
		loaded.ops->socket(fd);
}

void explain_request(int sock, const struct nlmsghdr *nlh)
{
	if (loaded.ops)
		loaded.ops->request(sock, nlh);
}

void explain_answer(const struct nlmsghdr *nlh, size_t len)
{
	if (loaded.ops)
		loaded.ops->answer(nlh, len);
}

void explain_dump_again(void)
{
	if (loaded.ops)
		loaded.ops->dump_again();
}

void explain_call(long result, int error, const char *why, const char *call, ...)
{
	va_list ap;

	if (!loaded.ops)
		return;
	va_start(ap, call);
	loaded.ops->call(result, error, why, call, ap);
	va_end(ap);
	errno = error;
}

void explain_netns(int fd, const char *what)
{
	int saved = errno;

	if (loaded.ops)
		loaded.ops->netns(fd, what);
	errno = saved;
}

void explain_not_sent(const char *reason, ...)
{
	va_list ap;
	int saved = errno;

	if (!loaded.ops)
		return;
	va_start(ap, reason);
	loaded.ops->not_sent(reason, ap);
	va_end(ap);
	errno = saved;
}
