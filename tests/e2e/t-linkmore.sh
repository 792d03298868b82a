# linkset alias, txqueuelen, promisc, arp, multicast, allmulticast, each
# checked against ip doing the same on a twin device; linklist type KIND;
# the listing's protodown, signed qlen and group; bad input refused whole.
. "$(dirname "$0")/lib.sh"

# Twin veth pairs with the same addresses: ip changes a1, linkset b1.
ip link add a1 address 02:00:00:00:00:01 type veth peer name a2 address 02:00:00:00:00:02 &&
ip link add b1 address 02:00:00:00:00:01 type veth peer name b2 address 02:00:00:00:00:02 ||
	fail "setup: two veth pairs"

# equal WHAT A B [WHAT A B]...: files A and B hold equal JSON, for each
# triple (one jq for them all, as jq is slow to start; jsoneq says how a
# pair differs). ip 6.1's {} for each link its own filter left out is
# taken away from B: linklist prints none.
equal() {
	n=0 args='' expr='[]'
	for i in $(seq 1 3 $#); do
		eval "a=\${$((i + 1))} b=\${$((i + 2))}"
		args="$args --slurpfile a$n $a --slurpfile b$n $b"
		expr="$expr + [\$a$n == (\$b$n | map(if type == \"array\" then map(select(. != {})) else . end))]"
		n=$((n + 1))
	done
	# shellcheck disable=SC2086 # a list of words
	set -- "$@" $(jq -nr $args "$expr | map(tostring) | join(\" \")" 2>&1)
	n=$((n * 3))
	for i in $(seq 1 3 "$n"); do
		eval "what=\${$i} a=\${$((i + 1))} b=\${$((i + 2))} got=\${$((n + (i + 2) / 3))}"
		if [ "$got" = true ]; then pass "$what"; else
			jq 'if type == "array" then map(select(. != {})) else . end' "$b" >"$b.clean"
			fail "$what: $("$top/tests/e2e/jsoneq" "$a" "$b.clean")"
		fi
	done
}

# lists WHAT [WORD...]: linklist WORDs prints what ip link list WORDs
# prints, as text byte for byte and as JSON.
lists() {
	case_=$1; shift
	same "linklist $* = ip link list $* ($case_)" "linklist $*; echo end" "ip link list $*; echo end"
	linklist -j "$@" >"$work/t.json" 2>&1
	ip -j link list "$@" >"$work/i.json"
	equal "linklist -j $* = ip -j link list $* ($case_)" "$work/t.json" "$work/i.json"
}

# twin WORD...: "ip link set a1 WORD..." and "linkset b1 WORD..." leave
# the two alike (ip -d -j, names and indexes aside), and the lists as ip's.
twin() {
	ip link set a1 "$@" || fail "setup: ip link set a1 $*"
	check "linkset b1 $*" linkset b1 "$@"
	ip -d -j link show a1 | sed 's/"ifindex":[0-9]*,"link":"a2","ifname":"a1"/"twin":1/' >"$work/a.json"
	ip -d -j link show b1 | sed 's/"ifindex":[0-9]*,"link":"b2","ifname":"b1"/"twin":1/' >"$work/b.json"
	same "linklist = ip link list (after $*)" "linklist; echo end" "ip link list; echo end"
	linklist -j >"$work/t.json" 2>&1
	ip -j link list >"$work/i.json"
	equal "b1 is as ip made a1 ($*)" "$work/b.json" "$work/a.json" \
		"linklist -j = ip -j link list (after $*)" "$work/t.json" "$work/i.json"
}

twin alias "the uplink: 1 of 2"
twin alias ""
twin txqueuelen 500
twin txqlen 0
twin qlen 77
twin promisc on
twin arp off
twin multicast off
twin allmulticast on
twin promisc off arp on multicast on allmulticast off
# With the keywords there were, in one message.
twin up mtu 1400 alias "all at once" txqlen 900 promisc on arp off multicast off allmulticast on
twin down nomaster alias "" qlen 1000 promisc off arp on multicast on allmulticast off
# linkset takes every number the kernel does; ip shows it signed.
ip link set a2 txqlen -1 || fail "setup: ip txqlen -1"
check "linkset b2 txqlen 4294967295" linkset b2 txqlen 4294967295
same "qlen -1, as ip prints it" "linklist b2 | sed 's/^[0-9]*: b2@b1//'" \
	"ip link list a2 | sed 's/^[0-9]*: a2@a1//'"

# The listing: a group by number, protodown and its reasons (ip 6.1
# shows those of the low byte only), kinds.
ip link set a2 group 7 && ip link set b2 group 7 || fail "setup: group 7"
bradd br0 && linkset b2 master br0 || fail "setup: br0 and its port b2"
ip link add mv0 link a1 type macvlan && ip link set mv0 protodown on protodown_reason 3 on ||
	fail "setup: macvlan mv0 protodown"
ip link add vx0 type vxlan id 5 dstport 4789 && ip link set vx0 protodown on protodown_reason 9 on ||
	fail "setup: vxlan vx0 protodown"
lists "protodown, groups"
same "addrlist = ip addr list (protodown)" "addrlist" "ip addr list"
addrlist -j >"$work/t.json"; ip -j addr list >"$work/i.json"
equal "addrlist -j = ip -j addr list (protodown)" "$work/t.json" "$work/i.json"
lists "the kernel's filter, a master fetched by name" type veth
lists "a lower device fetched by name" type macvlan
lists "bridges" type bridge
lists "a port's kind" type bridge_slave
lists "a kind of no device" type veth_slave
lists "a kind the kernel does not know" type nosuch
lists "one device of the kind" type veth dev a1
lists "one device not of the kind" a1 type bridge
lists "a port, by dev" dev b2 type bridge_slave
same "nothing of a kind: []" "linklist -j type nosuch" "echo []"
same "nor of one device not of it: []" "linklist -j type vxlan b1" "echo []"
expect_error 1 "linklist: nosuch: no such device" linklist type veth nosuch

# Bad input: exit 2, one line naming the word, nothing changed.
linkset b1 alias kept || fail "setup: alias kept"
long256=$(printf 'n%.0s' $(seq 256))
expect_error 2 "linkset: $long256: alias longer than 255 bytes" linkset b1 mtu 1300 alias "$long256"
check "alias of 255 bytes" linkset b2 alias "${long256%n}"
expect_error 2 "linkset: alias: needs a text (\"\" clears it)" linkset b1 alias
expect_error 2 "linkset: alias: given twice" linkset b1 alias x alias y
expect_error 2 "linkset: big: not a number" linkset b1 up txqueuelen big
expect_error 2 "linkset: 4294967296: number out of range" linkset b1 txqlen 4294967296
expect_error 2 "linkset: -1: not a number" linkset b1 qlen -1
expect_error 2 "linkset: qlen: needs a number" linkset b1 qlen
expect_error 2 "linkset: qlen: given twice" linkset b1 txqueuelen 5 qlen 6
for key in promisc arp multicast allmulticast; do
	expect_error 2 "linkset: maybe: not on or off" linkset b1 alias gone $key maybe
	expect_error 2 "linkset: $key: needs on or off" linkset b1 $key
	expect_error 2 "linkset: $key: given twice" linkset b1 $key on up $key off
done
same "no refusal touched the alias" "ip link show b1 | grep alias" "echo '    alias kept'"
expect_error 2 "linkset: 01:00:5e:00:00:01: a multicast address (first byte's lowest bit set) cannot be a device's address" \
	linkset b1 promisc on address 01:00:5e:00:00:01
expect_error 2 "linkset: ff:ff:ff:ff:ff:ff: a multicast address (first byte's lowest bit set) cannot be a device's address" \
	linkset b1 address ff:ff:ff:ff:ff:ff
expect_error 2 "linkset: 0:0:0:0:0:0: the all-zero address cannot be a device's address" \
	linkset b1 alias gone address 0:0:0:0:0:0
expect_error 2 "linklist: type: needs a kind (veth, bridge, bridge_slave, ...)" linklist type
expect_error 2 'linklist: "": empty kind' linklist type ''
expect_error 2 "linklist: type: given twice" linklist type veth type bridge
expect_error 2 "linklist: b2: unexpected word" linklist type veth b1 b2
expect_error 2 "linklist: dev: needs an interface name" linklist type veth dev

# A late refusal (a bridge into a bridge) after the alias, flags and mtu
# are done: all put back.
bradd br1 || fail "setup: br1"
look="ip link show br1; ip -d link show br1 | sed -n 2p"
sh -c "$look" >"$work/br1"
expect_error 1 "linkset: br1: Can not enslave a bridge to a bridge" \
	linkset br1 alias x promisc on arp off multicast off allmulticast on mtu 1400 master br0
same "br1's alias, flags, promiscuity and mtu put back" "$look" "cat '$work/br1'"
