# linklist, addrlist, routelist print exactly what ip prints, in varied states.
. "$(dirname "$0")/lib.sh"

nsadd ns1 ns2 empty || fail "setup: nsadd"
vethadd x1 netns ns1 peer x2 netns ns2 || fail "setup: vethadd x1/x2"
# Here, no duplicate address detection: h1 and h2 get their IPv6
# link-local addresses at once (addrlist -6 lists h2 with no master).
echo 0 >/proc/sys/net/ipv6/conf/default/accept_dad
vethadd h1 peer h2 || fail "setup: vethadd h1/h2"
vethadd dn1 peer dn2 || fail "setup: vethadd dn1/dn2"
ip link add br-t type bridge
ip link set h2 master br-t
ip link set h1 up
ip link set h2 up
ip link set dn1 up
ip link set br-t up
ip -n ns1 link set x1 up
ip -n ns1 link set lo up
ip -n ns1 addr add 10.1.1.1/24 dev x1
ip -n ns1 addr add 10.1.2.1/24 dev x1
ip -n ns1 addr add 10.1.1.9/24 dev x1
ip -n ns1 addr add 2001:db8::1/64 dev x1 nodad
ip -n ns1 addr add 2001:db8:1::1/64 dev x1
ip -n ns1 route add default via 10.1.1.254
ip -n ns1 route add 192.0.2.0/24 via 10.1.2.2 metric 7
ip -n ns1 -6 route add default via 2001:db8::fe
ip addr add 127.0.0.2/8 dev lo
ip addr add 10.9.0.1 peer 10.9.0.2 dev h1
ip addr add 10.9.1.1/24 brd + dev h1 label h1:one
ip link set dev h1 mtu 1400
ip link set dev h1 alias "the host end"
ip link property add dev h1 altname host-end 2>/dev/null
ip link add vl.7 link h1 type vlan id 7 2>/dev/null
sleep 2

for ns in "" ns1 ns2 empty; do
	n=${ns:+-n $ns}
	where=${ns:-here}
	same "linklist $where" "linklist $n" "ip $n link list"
	same "addrlist $where" "addrlist $n" "ip $n addr list"
	same "routelist $where" "routelist $n; echo end" "ip $n route list; echo end"
	same "routelist -6 $where" "routelist -6 $n; echo end" "ip -6 $n route list; echo end"
done
same "linklist dev h1" "linklist dev h1" "ip link list dev h1"
same "linklist h2 (a bridge port)" "linklist h2" "ip link list h2"
same "addrlist dev h1" "addrlist dev h1" "ip addr list dev h1"
same "addrlist -n ns1 x1" "addrlist -n ns1 x1" "ip -n ns1 addr list x1"
# One family: only the links with such an address, no link/ line; with
# -6 what the kernel's IPv6 link dump has (no qdisc, master, group,
# netns), unless one device is asked for.
for ns in "" ns1 ns2; do
	n=${ns:+-n $ns}
	where=${ns:-here}
	for f in -4 -6; do
		same "addrlist $f $where" "addrlist $f $n; echo end" "ip $f $n addr list; echo end"
		same "addrlist $f -j $where" "addrlist $f -j $n" "ip $f -j $n addr list"
	done
done
same "addrlist -6 dev x1: the whole head" "addrlist -6 -n ns1 dev x1" "ip -6 -n ns1 addr list dev x1"
same "addrlist -4 dev h1: the whole head" "addrlist -4 -j dev h1" "ip -4 -j addr list dev h1"
same "addrlist -6 dev br-t: no IPv6 address, nothing" "addrlist -6 dev br-t; echo end" "ip -6 addr list dev br-t; echo end"
has "addrlist -6 leaves out the qdisc and the group" "^1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 state UNKNOWN qlen 1000$" addrlist -6
expect_error 2 "addrlist: -9: unknown option (usage: addrlist [-n NS] [-4|-6] [-j [-p]] [[dev] DEV])" addrlist -9
expect_error 1 "linklist: nosuch: no such device" linklist nosuch
expect_error 1 "addrlist: nosuch: no such device" addrlist dev nosuch

# A dump that spans many netlink messages (multi-part) comes back whole.
nsadd many
for i in $(seq 1 200); do echo "link add m$i type veth peer name p$i"; done >"$work/batch"
ip -n many -batch "$work/batch"
same "linklist of 401 links = ip link" "linklist -n many" "ip -n many link"
same "addrlist of 401 links = ip addr" "addrlist -n many" "ip -n many addr"
same "all 401 are there" "linklist -n many | grep -c '^[0-9]'" "echo 401"
