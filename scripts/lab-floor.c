/* lab-floor N: the lab of scripts/bench-lab done by one process with no
 * more than the kernel needs: the same namespaces, links, addresses and
 * requests (one a lab line, each waiting for its ack) on the bridge
 * labbr that bench-lab makes, with no checks, no listing, no words. Its time is the floor that tinyip -b is measured
 * against. It prints nothing; exit 1 and a line on the first failure.
 *
 *   lab-floor N        build the lab
 *   lab-floor -d N     tear it down
 *
 * Built by `make build/lab-floor`; run by scripts/bench-lab, in its
 * sandbox. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>
#include <libmnl/libmnl.h>
#include <linux/if_link.h>
#include <linux/rtnetlink.h>
#include <linux/veth.h>

static char buf[8192];
static unsigned int seq;

static void die(const char *what)
{
	fprintf(stderr, "lab-floor: %s: %s\n", what, strerror(errno));
	exit(1);
}

static struct mnl_socket *open_socket(void)
{
	struct mnl_socket *sock = mnl_socket_open2(NETLINK_ROUTE, SOCK_CLOEXEC);

	if (!sock || mnl_socket_bind(sock, 0, MNL_SOCKET_AUTOPID) < 0)
		die("netlink socket");
	return sock;
}

/* Send NLH, wait for its ack. */
static void talk(struct mnl_socket *sock, struct nlmsghdr *nlh, const char *what)
{
	unsigned int portid = mnl_socket_get_portid(sock);
	ssize_t len;

	nlh->nlmsg_flags |= NLM_F_REQUEST | NLM_F_ACK;
	nlh->nlmsg_seq = ++seq;
	if (mnl_socket_sendto(sock, nlh, nlh->nlmsg_len) < 0)
		die(what);
	len = mnl_socket_recvfrom(sock, buf, sizeof(buf));
	if (len < 0 || mnl_cb_run(buf, (size_t)len, seq, portid, NULL, NULL) < 0)
		die(what);
}

/* An RTM_NEWLINK (or DELLINK) of NAME, up or not, into BUF. */
static struct nlmsghdr *link_msg(char *out, uint16_t type, uint16_t flags, int index,
				 const char *name, unsigned int up)
{
	struct nlmsghdr *nlh;
	struct ifinfomsg *ifi;

	memset(out, 0, 1024);
	nlh = mnl_nlmsg_put_header(out);
	nlh->nlmsg_type = type;
	nlh->nlmsg_flags = flags;
	ifi = mnl_nlmsg_put_extra_header(nlh, sizeof(*ifi));
	ifi->ifi_family = AF_UNSPEC;
	ifi->ifi_index = index;
	ifi->ifi_change = up;
	ifi->ifi_flags = up;
	if (name)
		mnl_attr_put_strz(nlh, IFLA_IFNAME, name);
	return nlh;
}

/* Make /run/netns a shared mount point, as the tools do once. */
static void run_dir(void)
{
	if (mkdir("/run/netns", 0755) < 0 && errno != EEXIST)
		die("/run/netns");
	if (mount("", "/run/netns", "none", MS_SHARED | MS_REC, NULL) < 0) {
		if (errno != EINVAL ||
		    mount("/run/netns", "/run/netns", "none", MS_BIND | MS_REC, NULL) < 0 ||
		    mount("", "/run/netns", "none", MS_SHARED | MS_REC, NULL) < 0)
			die("share /run/netns");
	}
}

/* A new namespace on PATH; this process comes back to HOME. */
static void new_netns(const char *path, int home)
{
	int fd = open(path, O_RDONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0);

	if (fd < 0)
		die(path);
	close(fd);
	if (unshare(CLONE_NEWNET) < 0 ||
	    mount("/proc/self/ns/net", path, "none", MS_BIND, NULL) < 0 ||
	    setns(home, CLONE_NEWNET) < 0)
		die(path);
}

int main(int argc, char **argv)
{
	int down = argc == 3 && strcmp(argv[1], "-d") == 0;
	int n = argc >= 2 ? atoi(argv[argc - 1]) : 0;
	char msg[1024], path[64], peer[IFNAMSIZ];
	struct mnl_socket *host;
	struct nlmsghdr *nlh;
	struct nlattr *info;
	int home, bridge;

	if (n < 1 || n > 65000 || argc != 2 + down) {
		fprintf(stderr, "usage: lab-floor [-d] N\n");
		return 2;
	}
	host = open_socket();
	if (down) {
		for (int i = 1; i <= n; i++) {
			snprintf(path, sizeof(path), "/run/netns/lab%d", i);
			if (umount2(path, MNT_DETACH) < 0 || unlink(path) < 0)
				die(path);
		}
		return 0;
	}
	home = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
	if (home < 0)
		die("/proc/self/ns/net");
	run_dir();
	/* The bridge is bench-lab's. */
	bridge = (int)if_nametoindex("labbr");
	if (!bridge)
		die("labbr");
	for (int i = 1; i <= n; i++) {
		struct mnl_socket *inside;
		struct ifaddrmsg *ifa;
		struct nlattr *data, *end;
		uint32_t addr = htonl(0x0ac80000u + (uint32_t)i);	/* 10.200.0.0/16 */
		int fd, index;

		/* nsadd labI */
		snprintf(path, sizeof(path), "/run/netns/lab%d", i);
		new_netns(path, home);
		fd = open(path, O_RDONLY | O_CLOEXEC);
		if (fd < 0)
			die(path);
		/* vethadd eth0 netns labI peer labIb */
		snprintf(peer, sizeof(peer), "lab%db", i);
		nlh = link_msg(msg, RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, 0, "eth0", 0);
		mnl_attr_put_u32(nlh, IFLA_NET_NS_FD, (uint32_t)fd);
		info = mnl_attr_nest_start(nlh, IFLA_LINKINFO);
		mnl_attr_put_strz(nlh, IFLA_INFO_KIND, "veth");
		data = mnl_attr_nest_start(nlh, IFLA_INFO_DATA);
		end = mnl_attr_nest_start(nlh, VETH_INFO_PEER);
		mnl_nlmsg_put_extra_header(nlh, sizeof(struct ifinfomsg));
		mnl_attr_put_strz(nlh, IFLA_IFNAME, peer);
		mnl_attr_nest_end(nlh, end);
		mnl_attr_nest_end(nlh, data);
		mnl_attr_nest_end(nlh, info);
		talk(host, nlh, "veth");
		/* linkset labIb master labbr up */
		nlh = link_msg(msg, RTM_NEWLINK, 0, 0, peer, IFF_UP);
		mnl_attr_put_u32(nlh, IFLA_MASTER, (uint32_t)bridge);
		talk(host, nlh, peer);
		/* -n labI: a socket there, and eth0's index */
		if (setns(fd, CLONE_NEWNET) < 0)
			die(path);
		inside = open_socket();
		index = (int)if_nametoindex("eth0");
		if (setns(home, CLONE_NEWNET) < 0 || !index)
			die("eth0");
		close(fd);
		/* linkset -n labI eth0 up */
		talk(inside, link_msg(msg, RTM_NEWLINK, 0, index, NULL, IFF_UP), "eth0 up");
		/* addradd -n labI 10.200.X.Y/16 dev eth0 */
		memset(msg, 0, sizeof(msg));
		nlh = mnl_nlmsg_put_header(msg);
		nlh->nlmsg_type = RTM_NEWADDR;
		nlh->nlmsg_flags = NLM_F_CREATE | NLM_F_EXCL;
		ifa = mnl_nlmsg_put_extra_header(nlh, sizeof(*ifa));
		ifa->ifa_family = AF_INET;
		ifa->ifa_prefixlen = 16;
		ifa->ifa_index = (uint32_t)index;
		mnl_attr_put(nlh, IFA_LOCAL, sizeof(addr), &addr);
		mnl_attr_put(nlh, IFA_ADDRESS, sizeof(addr), &addr);
		talk(inside, nlh, "address");
		mnl_socket_close(inside);
	}
	close(home);
	mnl_socket_close(host);
	return 0;
}
