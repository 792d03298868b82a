#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <libmnl/libmnl.h>

#include "explain.h"
#include "netns.h"
#include "pool.h"
#include "rtnl.h"

/* Room for NETNS_RUN_DIR "/" and a name of up to 255 bytes. */
#define POOL_PATH_SIZE 272
#define POOL_SIZE 4

/* The kept sockets: each with its namespace, and the name it was entered
 * by ("" for the batch's own namespace, which cannot go). */
static struct {
	unsigned long clock;
	dev_t home_dev;
	ino_t home_ino;
	char entered[POOL_PATH_SIZE];	/* -n's, while in it; else "" */
	struct kept {
		struct mnl_socket *sock;
		unsigned int portid, seq;
		dev_t dev;
		ino_t ino;
		char path[POOL_PATH_SIZE];
		bool busy;
		unsigned long used;
	} kept[POOL_SIZE];
} pool;

static bool same_file(const struct stat *st, dev_t dev, ino_t ino)
{
	return st->st_dev == dev && st->st_ino == ino;
}

/* A kept socket of this namespace, taken; else a new one, kept in a free
 * place or in that of the least recently used. Only this namespace's and
 * that of a name entered with -n are kept: a namespace entered by other
 * means (a command's own look into another) has no name to check. */
static int take(struct rtnl *rt)
{
	struct stat here, named;
	struct kept *place = NULL;
	const char *path = "";
	int ret;

	if (explain_on() || stat("/proc/self/ns/net", &here) < 0)
		return rtnl_open_socket(rt);
	if (!same_file(&here, pool.home_dev, pool.home_ino)) {
		if (!pool.entered[0] || stat(pool.entered, &named) < 0 ||
		    !same_file(&named, here.st_dev, here.st_ino))
			return rtnl_open_socket(rt);
		path = pool.entered;
	}
	for (int i = 0; i < POOL_SIZE; i++) {
		struct kept *k = &pool.kept[i];

		if (k->sock && !k->busy && same_file(&here, k->dev, k->ino)) {
			k->busy = true;
			k->used = ++pool.clock;
			*rt = (struct rtnl){ k->sock, k->portid, k->seq, i + 1 };
			return 0;
		}
		if (!k->busy && (!place || !k->sock || (place->sock && k->used < place->used)))
			place = k;
	}
	ret = rtnl_open_socket(rt);
	if (ret < 0 || !place)
		return ret;
	if (place->sock)
		mnl_socket_close(place->sock);
	*place = (struct kept){ rt->sock, rt->portid, rt->seq, here.st_dev, here.st_ino,
				"", true, ++pool.clock };
	snprintf(place->path, sizeof(place->path), "%s", path);
	rt->slot = (int)(place - pool.kept) + 1;
	return 0;
}

/* RT's socket, kept again. */
static void give_back(struct rtnl *rt)
{
	struct kept *k = &pool.kept[rt->slot - 1];
	char buf[4096];

	/* What a command left unread is not the next one's. */
	while (recv(mnl_socket_get_fd(rt->sock), buf, sizeof(buf), MSG_DONTWAIT) >= 0)
		;
	k->seq = rt->seq;
	k->busy = false;
}

static void drop(struct kept *k)
{
	mnl_socket_close(k->sock);
	k->sock = NULL;
}

/* Close the kept sockets of the namespace mounted on PATH. */
static void forget(const char *path)
{
	struct stat st;

	if (stat(path, &st) < 0)
		return;
	for (int i = 0; i < POOL_SIZE; i++)
		if (pool.kept[i].sock && !pool.kept[i].busy &&
		    same_file(&st, pool.kept[i].dev, pool.kept[i].ino))
			drop(&pool.kept[i]);
}

static void entered(const char *name)
{
	if (!name || snprintf(pool.entered, sizeof(pool.entered), "%s/%s", NETNS_RUN_DIR,
			      name) >= (int)sizeof(pool.entered))
		pool.entered[0] = '\0';
}

void pool_check(void)
{
	for (int i = 0; i < POOL_SIZE; i++) {
		struct kept *k = &pool.kept[i];
		struct stat st;

		if (k->sock && !k->busy && k->path[0] &&
		    (stat(k->path, &st) < 0 || !same_file(&st, k->dev, k->ino)))
			drop(k);
	}
}

int pool_start(void)
{
	static const struct rtnl_pool ops = { take, give_back, forget, entered };
	struct stat home;

	if (stat("/proc/self/ns/net", &home) < 0)
		return -1;
	memset(&pool, 0, sizeof(pool));
	pool.home_dev = home.st_dev;
	pool.home_ino = home.st_ino;
	rtnl_pool = &ops;
	return 0;
}

void pool_end(void)
{
	rtnl_pool = NULL;
	for (int i = 0; i < POOL_SIZE; i++)
		if (pool.kept[i].sock && !pool.kept[i].busy)
			mnl_socket_close(pool.kept[i].sock);
	memset(&pool, 0, sizeof(pool));
}
