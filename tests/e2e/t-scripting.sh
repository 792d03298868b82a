# Safe re-runs: -p makes what exists as asked no error, -f what is already
# gone; several names per call; nsdel -a.
. "$(dirname "$0")/lib.sh"

# The bridge guide's setup for 3 namespaces, written to be re-run.
setup() {
	nsadd -p ns1 ns2 ns3 &&
	bradd -p br0 &&
	linkset br0 up &&
	for i in 1 2 3; do
		vethadd -p "veth_ns$i" netns "ns$i" peer name "veth_ns${i}_br0" &&
		linkset "veth_ns${i}_br0" master br0 up &&
		linkset -n "ns$i" "veth_ns$i" up &&
		addradd -p -n "ns$i" "10.1.1.$i/24" dev "veth_ns$i" || return 1
	done &&
	addradd -p 10.1.1.4/24 dev br0
}
teardown() {
	linkdel -f veth_ns1_br0 veth_ns2_br0 veth_ns3_br0 &&
	addrdel -f 10.1.1.4/24 dev br0 &&
	routedel -f 10.1.1.0/24 dev br0 &&
	nsdel -f ns1 ns2 ns3 &&
	linkdel -f br0
}

check "setup with -p runs" setup
state >"$work/first"
check "setup with -p runs again" setup
state >"$work/second"
same "and gives the same state" "cat '$work/first'" "cat '$work/second'"
check "and a third time" setup
pings "it works: ns1 pings ns3" ns1 10.1.1.3
check "teardown with -f runs" teardown
check "teardown with -f runs again" teardown
same "nothing is left" "ip netns list; ip -br link | cut -d' ' -f1" "echo lo"

# -p is no excuse for something else of that name.
vethadd v1 v2
expect_error 1 "bradd: v1: a device of this name exists and is not a bridge" bradd -p v1
expect_error 1 "vethadd: v1: a device with this name already exists" vethadd -p v1 v3
has "v1's peer is still v2" '^[0-9]+: v1@v2' ip link show v1
nsadd ns4
expect_error 1 "vethadd: v1: a device with this name already exists" vethadd -p v1 v2 netns ns4
touch /run/netns/stale
expect_error 1 "nsadd: stale: stale namespace (its mount is gone): nsdel removes the name" nsadd -p stale
expect_error 2 "nsdel: -p: unknown option (usage: nsdel [-f] [-w] NAME... | -a [-w])" nsdel -p ns4
expect_error 2 "linklist: -f: unknown option (usage: linklist [-n NS] [-d] [-j [-p]] [type KIND] [[dev] DEV])" linklist -f
expect_error 1 "addrdel: 10.1.9.9/24: ipv4: Address not found" addrdel 10.1.9.9/24 dev v1
check "addrdel -f of an address not there" addrdel -f 10.1.9.9/24 dev v1
check "addrdel -f on a device not there" addrdel -f 10.1.9.9/24 dev nosuch
check "routedel -f of a route not there" routedel -f 10.1.9.0/24 dev v1
expect_error 1 "routedel: nosuch: no such device" routedel 10.1.9.0/24 dev nosuch
check "routedel -f on a device not there" routedel -f 10.1.9.0/24 dev nosuch

# Several names: each in turn, each failure reported, exit 1 if any failed.
expect 1 "linkdel v1 nosuch1 nosuch2 fails" linkdel v1 nosuch1 nosuch2
same "each failure is reported" "cat '$err'" \
	"printf 'linkdel: nosuch1: no such device\nlinkdel: nosuch2: no such device\n'"
refuse "and v1 was deleted" ip link show v1

# nsdel -a: every name, stale ones too.
nsadd ns5 ns6
expect_error 2 "usage: nsdel [-f] [-w] NAME... | -a [-w]" nsdel -a ns5
check "nsdel -a" nsdel -a
same "the run directory is empty" "ls /run/netns; echo end" "echo end"
check "nsdel -a with nothing to delete" nsdel -a
nsadd ns7
expect 1 "nsdel -a without the privilege fails" setpriv --reuid=65534 --regid=65534 --clear-groups nsdel -a
same "and says so for each" "cat '$err'" \
	"echo 'nsdel: ns7: unmount its file: Operation not permitted (needs CAP_SYS_ADMIN; run as root)'"

# -p looks at what is there, not only at the kernel's EEXIST.
vethadd w1 w2
addradd 2001:db8:5::1/64 dev w1
check "addradd -p of the same IPv6 address and length" addradd -p 2001:db8:5::1/64 dev w1
expect_error 1 "addradd: 2001:db8:5::1/48: ipv6: address already assigned" addradd -p 2001:db8:5::1/48 dev w1
nsadd nsa nsb nsc
vethadd pa netns nsa pb netns nsb
bradd -n nsc pb
check "vethadd -p of the pair as made" vethadd -p pa netns nsa pb netns nsb
expect 1 "vethadd -p naming a namespace where PEER is another device fails" \
	vethadd -p pa netns nsa pb netns nsc
expect_error_changing 1 "nsadd: stale: stale namespace (its mount is gone): nsdel removes the name" sh -c 'touch /run/netns/stale; nsadd stale'
rm -f /run/netns/stale

# Failing list commands print nothing on stdout, not even [].
expect_error 1 "linklist: nosuch: no such device" linklist -j nosuch
expect_error 1 "addrlist: nosuch: no such device" addrlist -j nosuch
expect_error 2 "nslist: -p: pretty-prints JSON: give -j too" nslist -p
# An unreadable run directory is an error, not an empty list.
umount -l /run/netns && rm -rf /run/netns && touch /run/netns
expect_error 1 "nslist: /run/netns: Not a directory" nslist -j
expect_error 1 "nsdel: /run/netns: Not a directory" nsdel -a

# The README's worked example runs twice, and its undo twice.
sed -n '/^A worked example/,/^Developing/p' "$top/README" | sed -n 's/^    //p' >"$work/example"
sed '/^linkdel -f\|^nsdel -f/d' "$work/example" >"$work/setup"
grep '^linkdel -f\|^nsdel -f' "$work/example" >"$work/undo"
same "the example has its 15 setup lines" "grep -c . '$work/setup'" "echo 15"
rm -rf /run/netns   # the file left by the test above
check "the README's example runs" sh -e "$work/setup"
check "and again (-p)" sh -e "$work/setup"
expect_error 1 "routeadd: default: route already exists" routeadd -p -n red default via 10.1.1.9
check "its undo runs" sh -e "$work/undo"
check "and again (-f)" sh -e "$work/undo"
same "nothing is left of it" "ls /run/netns; ip -br link show br0 2>&1" \
	"echo 'Device \"br0\" does not exist.'"

# vethadd -p compares namespaces, not words: -n NS makes "here" NS.
nsadd -p nsd
vethadd -n nsd d1 peer name d2
check "vethadd -n nsd -p d1 netns nsd peer name d2" vethadd -n nsd -p d1 netns nsd peer name d2
check "vethadd -p d1 netns nsd peer name d2 netns nsd" vethadd -p d1 netns nsd peer name d2 netns nsd
