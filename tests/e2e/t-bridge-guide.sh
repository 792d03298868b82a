# scripts/bridge-guide.sh with 2, 3 and 20 namespaces, the host part,
# pings across the bridge, and a teardown that leaves nothing.
. "$(dirname "$0")/lib.sh"
guide="$top/scripts/bridge-guide.sh"

addr() { if [ "$1" -lt 4 ]; then echo "10.1.1.$1"; else echo "10.1.1.$(($1 + 1))"; fi; }

# all_pairs N: every namespace pings every other one.
all_pairs() {
	for i in $(seq 1 "$1"); do
		for j in $(seq 1 "$1"); do
			[ "$i" = "$j" ] || pings "ns$i pings ns$j" "ns$i" "$(addr "$j")"
		done
	done
}

nothing_left() {
	same "$1: ip netns list is empty" "ip netns list; echo end" "echo end"
	same "$1: no bridge is left" "ip -br link show type bridge; echo end" "echo end"
	same "$1: only lo is left" "ip -br link | cut -d' ' -f1" "echo lo"
}

check "bridge-guide.sh (the guide: 2 namespaces)" "$guide"
has "it echoes the guide's steps" '^\+ linkset veth_ns1_br0 master br0$' cat "$out"
lacks "no ping lost a packet" ' [1-9][0-9]*% packet loss' cat "$out"
has "its pings got answers" '1 received, 0% packet loss' cat "$out"
has "veth_ns1 has 10.1.1.1/24 in ns1" 'inet 10\.1\.1\.1/24 ' ip -n ns1 addr show veth_ns1
has "veth_ns2 has 10.1.1.2/24 in ns2" 'inet 10\.1\.1\.2/24 ' ip -n ns2 addr show veth_ns2
all_pairs 2
check "bridge-guide.sh --teardown" "$guide" --teardown
nothing_left "2 namespaces"

check "bridge-guide.sh --host 3" "$guide" --host 3
has "the host has 10.1.1.4/24 on br0" 'inet 10\.1\.1\.4/24 scope global br0' ip addr show br0
same "forwarding is on" "cat /proc/sys/net/ipv4/ip_forward" "echo 1"
has "ns3 has its default route through the bridge" '^default via 10\.1\.1\.4 dev veth_ns3' ip -n ns3 route
all_pairs 3
for i in 1 2 3; do
	if ping -c 1 -W 2 "$(addr "$i")" >/dev/null 2>&1; then pass "host pings ns$i"
	else fail "host pings ns$i"; fi
done
check "bridge-guide.sh --teardown 3" "$guide" --teardown 3
nothing_left "3 namespaces"

check "bridge-guide.sh --host 20" "$guide" --host 20
same "20 ports on br0" "ip -br link show master br0 | wc -l" "echo 20"
has "ns20 has 10.1.1.21/24" 'inet 10\.1\.1\.21/24 ' ip -n ns20 addr show veth_ns20
for j in $(seq 2 20); do pings "ns1 pings ns$j" ns1 "$(addr "$j")"; done
for pair in "20 1" "7 13" "13 7" "4 5" "19 3"; do
	set -- $pair
	pings "ns$1 pings ns$2" "ns$1" "$(addr "$2")"
done
for i in 1 10 20; do
	if ping -c 1 -W 2 "$(addr "$i")" >/dev/null 2>&1; then pass "host pings ns$i"
	else fail "host pings ns$i"; fi
done
check "bridge-guide.sh --teardown 20" "$guide" --teardown 20
nothing_left "20 namespaces"

expect_error 2 "bridge-guide.sh: 251: N must be 1 to 250" "$guide" 251
