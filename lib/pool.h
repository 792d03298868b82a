/* pool: a batch's netlink sockets, kept from one command to the next.
 *
 * From pool_start to pool_end, rtnl_close keeps the socket for the next
 * rtnl_open in the same network namespace: a few namespaces' worth, the
 * least recently used closed first. A kept socket is emptied of anything
 * left unread before it is given again. A socket keeps its namespace
 * alive, so the sockets of a namespace are closed before its name is
 * deleted (netns_delete), and a command that explains (-v) opens one of
 * its own, to explain just as it does alone. */
#ifndef TINYIP_POOL_H
#define TINYIP_POOL_H

void pool_start(void);
void pool_end(void);

#endif
