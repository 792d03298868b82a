# Namespaces: nsadd/nsdel/nslist/nsexec, -n, and interop with ip netns.
. "$(dirname "$0")/lib.sh"

# nsadd sets up the run directory as iproute2 does.
check "nsadd red blue green (several names)" nsadd red blue green
has "/run/netns is a mount point" ' /run/netns ' cat /proc/self/mountinfo
has "/run/netns is a shared mount" ' /run/netns .*shared:' cat /proc/self/mountinfo
same "the run directory is mounted once" \
	"grep -c ' /run/netns ' /proc/self/mountinfo" "echo 1"
has "red is a bind mount of a namespace" ' /run/netns/red .*nsfs' cat /proc/self/mountinfo
same "ip netns list sees them all" "ip netns list | sort" "printf 'blue\ngreen\nred\n'"
same "nslist prints what ip netns list prints" "nslist" "ip netns list"

# nslist's ids follow the kernel's: none until something links two namespaces.
check "vethadd across red and blue" vethadd a netns red peer b netns blue
same "nslist shows ids where ip does" "nslist" "ip netns list"
same "nslist -n red shows ids as red sees them" "nslist -n red" "ip -n red netns list"

# -n acts inside the namespace.
check "linkset -n red a up" linkset -n red a up
has "a is up in red" 'a@if[0-9]+: <[^>]*UP' ip -n red link show a
check "addradd -n red 10.7.0.1/24 dev a" addradd -n red 10.7.0.1/24 dev a
has "ip -n red sees the address" 'inet 10\.7\.0\.1/24' ip -n red addr show a
refuse "the address is not here" sh -c "ip addr | grep -q 10.7.0.1"
same "linklist -n red = ip -n red link" "linklist -n red" "ip -n red link"
same "addrlist -n red = ip -n red addr" "addrlist -n red" "ip -n red addr"
same "routelist -n red = ip -n red route" "routelist -n red" "ip -n red route"
expect_error 1 "linklist: nosuch: no such namespace" linklist -n nosuch

# nsexec: exit statuses, /sys, /etc/netns.
expect 0 "nsexec red true exits 0" nsexec red true
expect 42 "nsexec passes the command's status through" nsexec red sh -c 'exit 42'
expect 3 "nsexec passes status 3 through" nsexec red sh -c 'exit 3'
expect_error 125 "nsexec: nosuch: no such namespace" nsexec nosuch true
expect 127 "nsexec: command not found is 127" nsexec red /nonexistent/cmd
has "and says which command" '^nsexec: /nonexistent/cmd: No such file or directory$' cat "$err"
printf '#!/bin/sh\n' >"$work/noexec"
chmod 644 "$work/noexec"
expect 126 "nsexec: a command that cannot run is 126" nsexec red "$work/noexec"
has "nsexec passes arguments and options through" '^-x y$' nsexec red echo -x y
same "nsexec red sees only red's devices in /sys/class/net" \
	"nsexec red ls /sys/class/net" "printf 'a\nlo\n'"
same "ip netns exec agrees" "nsexec red ls /sys/class/net" "ip netns exec red ls /sys/class/net"
same "nsexec's /sys change stays inside" "ls /sys/class/net" "ls /sys/class/net"
has "the sandbox still sees its own devices in /sys" '^lo$' ls /sys/class/net
mkdir -p /etc/netns/red
echo "nameserver 10.7.0.53" >/etc/netns/red/resolv.conf
same "nsexec red sees /etc/netns/red/resolv.conf as /etc/resolv.conf" \
	"nsexec red cat /etc/resolv.conf" "echo 'nameserver 10.7.0.53'"
lacks "other namespaces keep the real one" '10\.7\.0\.53' nsexec blue cat /etc/resolv.conf
lacks "the caller keeps the real one" '10\.7\.0\.53' cat /etc/resolv.conf
has "nsexec red ip addr sees red's address" '10\.7\.0\.1/24' nsexec red ip addr

# Interop: what ip makes, tinyip uses, and the other way round.
check "ip netns add ipmade" ip netns add ipmade
has "nslist lists ipmade" '^ipmade$' nslist
check "nsexec into a namespace ip made" nsexec ipmade true
check "vethadd into ipmade" vethadd c netns ipmade peer d
has "c is in ipmade" '^[0-9]+: c@' ip -n ipmade link show c
check "linkset d netns ipmade" linkset d netns ipmade
has "d is in ipmade, beside c" '^[0-9]+: d@c' ip -n ipmade link show d
check "nsdel ipmade" nsdel ipmade
lacks "ip no longer lists ipmade" '^ipmade' ip netns list
check "nsadd tinymade" nsadd tinymade
check "ip netns exec into a namespace nsadd made" ip netns exec tinymade ip link set lo up
has "ip -n tinymade sees lo up" 'lo: <LOOPBACK,UP' ip -n tinymade link show lo
check "ip netns del tinymade" ip netns del tinymade
lacks "nslist no longer lists tinymade" '^tinymade' nslist

# nsdel removes names, even several.
check "nsdel red blue green" nsdel red blue green
same "all gone" "nslist; ls /run/netns; echo end" "echo end"
expect_error 1 "nsdel: red: no such namespace" nsdel red

# Only a file in /run/netns is a name: nsdel never follows a link out of
# it (to unmount what the link points at), and leaves what is not a file.
mkdir "$work/mnt"
mount -t tmpfs t-netns-evil "$work/mnt" || fail "setup: mount a tmpfs"
nsadd real1
ln -s "$work/mnt" /run/netns/evil
mkdir /run/netns/adir
expect_error 1 "nsdel: evil: a symbolic link in /run/netns, not a namespace: left as it is" \
	nsdel evil
check "the mount it points at is still mounted" mountpoint -q "$work/mnt"
check "and the link is still there" test -L /run/netns/evil
expect_error 1 "nsdel: adir: a directory in /run/netns, not a namespace: left as it is" \
	nsdel adir
expect 1 "nsdel -a deletes the names, and refuses the rest" nsdel -a
same "naming each it left" "sort '$err'" "printf '%s\n' \
	'nsdel: adir: a directory in /run/netns, not a namespace: left as it is' \
	'nsdel: evil: a symbolic link in /run/netns, not a namespace: left as it is'"
check "the mount is still mounted after nsdel -a" mountpoint -q "$work/mnt"
lacks "real1 was deleted" '^real1' ls /run/netns
rm /run/netns/evil
rmdir /run/netns/adir
umount "$work/mnt"
