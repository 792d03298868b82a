/* pool: a batch's netlink sockets, kept from one command to the next.
 *
 * From pool_start to pool_end, rtnl_close keeps the socket for the next
 * rtnl_open in the same network namespace: a few namespaces' worth, the
 * least recently used closed first, emptied of anything left unread
 * before each is given again. Only the sockets of the batch's own
 * namespace, and of one entered by name (-n NS), are kept; a command
 * that explains (-v) opens its own, to explain just as it does alone.
 * A socket keeps its namespace alive: a namespace's are closed before
 * netns_delete takes its name, and pool_check closes those of a name
 * that is gone or names another namespace now (deleted by another
 * process, say). */
#ifndef TINYIP_POOL_H
#define TINYIP_POOL_H

/* 0, or -1 with errno set (the pool is then off). */
int pool_start(void);
/* Before each command: drop the sockets of names that are gone. */
void pool_check(void);
void pool_end(void);

#endif
