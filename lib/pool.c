#include <stdbool.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <libmnl/libmnl.h>

#include "explain.h"
#include "pool.h"
#include "rtnl.h"

/* The kept sockets, and the namespace each is in. */
#define POOL_SIZE 4
static struct {
	unsigned long clock;
	struct kept {
		struct mnl_socket *sock;
		unsigned int portid, seq;
		dev_t dev;
		ino_t ino;
		bool busy;
		unsigned long used;
	} kept[POOL_SIZE];
} pool;

/* A kept socket of this namespace, taken; else a new one, kept in a free
 * place or in that of the least recently used. */
static int take(struct rtnl *rt)
{
	struct stat here;
	struct kept *free_place = NULL;
	int ret;

	if (explain_on() || stat("/proc/self/ns/net", &here) < 0)
		return rtnl_open_socket(rt);
	for (int i = 0; i < POOL_SIZE; i++) {
		struct kept *k = &pool.kept[i];

		if (k->sock && !k->busy && k->dev == here.st_dev && k->ino == here.st_ino) {
			k->busy = true;
			k->used = ++pool.clock;
			*rt = (struct rtnl){ k->sock, k->portid, k->seq, i + 1 };
			return 0;
		}
		if (!k->busy && (!free_place || !k->sock ||
				 (free_place->sock && k->used < free_place->used)))
			free_place = k;
	}
	ret = rtnl_open_socket(rt);
	if (ret < 0 || !free_place)
		return ret;
	if (free_place->sock)
		mnl_socket_close(free_place->sock);
	*free_place = (struct kept){ rt->sock, rt->portid, rt->seq, here.st_dev,
				     here.st_ino, true, ++pool.clock };
	rt->slot = (int)(free_place - pool.kept) + 1;
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

/* Close the kept sockets of the namespace mounted on PATH. */
static void forget(const char *path)
{
	struct stat st;

	if (stat(path, &st) < 0)
		return;
	for (int i = 0; i < POOL_SIZE; i++) {
		struct kept *k = &pool.kept[i];

		if (k->sock && !k->busy && k->dev == st.st_dev && k->ino == st.st_ino) {
			mnl_socket_close(k->sock);
			k->sock = NULL;
		}
	}
}

void pool_end(void)
{
	rtnl_pool = NULL;
	for (int i = 0; i < POOL_SIZE; i++)
		if (pool.kept[i].sock && !pool.kept[i].busy)
			mnl_socket_close(pool.kept[i].sock);
	memset(&pool, 0, sizeof(pool));
}

void pool_start(void)
{
	static const struct rtnl_pool ops = { take, give_back, forget };

	rtnl_pool = &ops;
}
