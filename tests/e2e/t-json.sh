# -j on every list command agrees with ip -j, member by member, on varied
# states; -p output is the same JSON.
. "$(dirname "$0")/lib.sh"

nsadd ns1 ns2 empty 'ns-1.x_y@z' || fail "setup: nsadd"
vethadd x1 netns ns1 peer x2 netns ns2 || fail "setup: vethadd x1/x2"
vethadd h1 peer h2 || fail "setup: vethadd h1/h2"
vethadd 'a-b.c_d@e' peer 'p.q' netns 'ns-1.x_y@z' || fail "setup: odd names"
bradd br0 || fail "setup: bradd"
linkset h2 master br0 up || fail "setup: port"
linkset br0 up
linkset h1 up
linkset -n ns1 x1 up
linkset -n ns1 lo up
addradd -n ns1 10.1.1.1/24 dev x1
addradd -n ns1 2001:db8::1/64 dev x1
ip -n ns1 addr add 2001:db8:2::1/64 dev x1 nodad
ip -n ns1 addr add 10.1.2.1 peer 10.1.2.2 dev x1
ip -n ns1 addr add 10.1.3.1/24 brd + dev x1 label x1:three
routeadd -n ns1 default via 10.1.1.254
routeadd -n ns1 -6 default via 2001:db8::fe
addradd 10.9.0.1/24 dev br0
addradd 'fd00::1/64' dev 'a-b.c_d@e'
ip link set dev h1 mtu 1400
ip link set dev h1 alias "the host end"
ip link property add dev h1 altname host-end 2>/dev/null
sleep 2

for ns in "" ns1 ns2 empty 'ns-1.x_y@z'; do
	n=${ns:+-n \'$ns\'}
	where=${ns:-here}
	json_same "linklist -j $where" "linklist -j $n" "ip -j $n link list"
	json_same "addrlist -j $where" "addrlist -j $n" "ip -j $n addr list"
	json_same "routelist -j $where" "routelist -j $n" "ip -j $n route list"
	json_same "routelist -6 -j $where" "routelist -6 -j $n" "ip -6 -j $n route list"
	json_same "nslist -j $where" "nslist -j $n" "ip -j $n netns list"
	json_same "linklist -j -p $where is the same JSON" "linklist -j -p $n" "linklist -j $n"
done
json_same "linklist -j dev h2 (a bridge port)" "linklist -j dev h2" "ip -j link show dev h2"
json_same "addrlist -j 'a-b.c_d@e'" "addrlist -j 'a-b.c_d@e'" "ip -j addr show 'a-b.c_d@e'"
json_same "addrlist -j -p -n ns1 x1" "addrlist -j -p -n ns1 x1" "ip -j -n ns1 addr show x1"
same "an empty namespace's routes are []" "routelist -j -n empty" "echo '[]'"
same "nslist -j with no namespaces is []" \
	"mount -t tmpfs none /run/netns && nslist -j; umount /run/netns" "echo '[]'"

# The man pages' examples of -j in a script (with jq) work as shown.
same "addrlist(8): the IPv4 addresses of a device" \
	"addrlist -n ns1 -j x1 | jq -r '.[0].addr_info[] | select(.family == \"inet\") | \"\\(.local) \\(.prefixlen)\"'" \
	"printf '%s\n' '10.1.1.1 24' '10.1.2.1 32' '10.1.3.1 24'"
same "linklist(8): a device's operstate" "linklist -n ns1 -j x1 | jq -r '.[0].operstate'" \
	"ip -n ns1 -o link show x1 | sed -E 's/.* state ([A-Z]+) .*/\\1/'"
check "nslist(8): exit 0 if ns1 exists" sh -c 'nslist -j | jq -e "any(.[]; .name == \"ns1\")"'
refuse "nslist(8): exit 1 if it does not" sh -c 'nslist -j | jq -e "any(.[]; .name == \"ns9\")"'
check "routelist(8): exit 0 if ns1 has a default route" \
	sh -c 'routelist -n ns1 -j | jq -e "any(.[]; .dst == \"default\")"'
refuse "routelist(8): exit 1 if ns2 has none" \
	sh -c 'routelist -n ns2 -j | jq -e "any(.[]; .dst == \"default\")"'
