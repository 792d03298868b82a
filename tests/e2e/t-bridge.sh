# The bridge guide literally, the host on the bridge, and linkset's
# bridge, mtu, name and address keywords, checked with ip.
. "$(dirname "$0")/lib.sh"

PATH="$top/tests/e2e:$PATH"

# 1. Create network namespaces
check "nsadd ns1" nsadd ns1
check "nsadd ns2" nsadd ns2
# 2. Create a Linux bridge
check "bradd br0" bradd br0
has "ip sees br0 as a bridge" 'bridge' ip -d link show br0
# 3. Bring the bridge up
check "linkset dev br0 up" linkset dev br0 up
has "br0 is UP" 'br0: <[^>]*UP' ip link show br0
# 4. Create veth pairs
check "vethadd veth_ns1 peer name veth_ns1_br0" vethadd veth_ns1 peer name veth_ns1_br0
check "vethadd veth_ns2 peer name veth_ns2_br0" vethadd veth_ns2 peer name veth_ns2_br0
# 5. Attach veth pairs to the namespaces and the bridge
check "linkset veth_ns1 netns ns1" linkset veth_ns1 netns ns1
check "linkset veth_ns1_br0 master br0" linkset veth_ns1_br0 master br0
check "linkset veth_ns2 netns ns2" linkset veth_ns2 netns ns2
check "linkset veth_ns2_br0 master br0" linkset veth_ns2_br0 master br0
has "ip link show: veth_ns1_br0 is on br0" 'veth_ns1_br0@if[0-9]+: .* master br0 ' ip link show veth_ns1_br0
has "ip link show master br0 lists veth_ns2_br0" 'veth_ns2_br0@' ip link show master br0
same "linklist = ip link with bridge ports" "linklist" "ip link"
# 6. Bring all interfaces up
check "nsexec ns1 linkset veth_ns1 up" nsexec ns1 linkset veth_ns1 up
check "linkset veth_ns1_br0 up" linkset veth_ns1_br0 up
check "nsexec ns2 linkset veth_ns2 up" nsexec ns2 linkset veth_ns2 up
check "linkset veth_ns2_br0 up" linkset veth_ns2_br0 up
# 7. Configure IP for namespaces
check "nsexec ns1 addradd 10.1.1.1/24 dev veth_ns1" nsexec ns1 addradd 10.1.1.1/24 dev veth_ns1
check "nsexec ns2 addradd 10.1.1.2/24 dev veth_ns2" nsexec ns2 addradd 10.1.1.2/24 dev veth_ns2
# 8. Test connectivity between the namespaces
pings "ns1 pings 10.1.1.2 across br0" ns1 10.1.1.2
pings "ns2 pings 10.1.1.1 across br0" ns2 10.1.1.1

# Connect host: 1. bridge address
check "addradd 10.1.1.4/24 dev br0" addradd 10.1.1.4/24 dev br0
has "ip sees 10.1.1.4/24 on br0" 'inet 10\.1\.1\.4/24 scope global br0' ip addr show br0
# 2. forwarding (this sandbox's own setting)
echo 1 >/proc/sys/net/ipv4/ip_forward
# 3. host to namespaces
if ping -c 1 -W 2 10.1.1.1 >"$out" 2>&1; then pass "host pings 10.1.1.1"; else fail "host pings 10.1.1.1"; fi
if ping -c 1 -W 2 10.1.1.2 >"$out" 2>&1; then pass "host pings 10.1.1.2"; else fail "host pings 10.1.1.2"; fi

# Routes: a default route through the bridge address, and back.
check "routeadd -n ns1 default via 10.1.1.4" routeadd -n ns1 default via 10.1.1.4
same "ip route shows it" "ip -n ns1 route show default" "echo 'default via 10.1.1.4 dev veth_ns1 '"
check "routeadd -n ns1 192.0.2.0/24 dev veth_ns1" routeadd -n ns1 192.0.2.0/24 dev veth_ns1
has "an on-link route" '^192\.0\.2\.0/24 dev veth_ns1 scope link' ip -n ns1 route
check "routeadd -n ns1 198.51.100.0/24 via 10.1.1.2 dev veth_ns1" \
	routeadd -n ns1 198.51.100.0/24 via 10.1.1.2 dev veth_ns1
has "a route via a gateway" '^198\.51\.100\.0/24 via 10\.1\.1\.2 dev veth_ns1' ip -n ns1 route
same "routelist = ip route" "routelist -n ns1" "ip -n ns1 route"
expect_error 1 "routeadd: default: route already exists" routeadd -n ns1 default via 10.1.1.4
check "routedel -n ns1 198.51.100.0/24 via 10.1.1.2" routedel -n ns1 198.51.100.0/24 via 10.1.1.2
lacks "it is gone" '198\.51\.100' ip -n ns1 route
check "routedel -n ns1 192.0.2.0/24 dev veth_ns1" routedel -n ns1 192.0.2.0/24 dev veth_ns1
check "routedel -n ns1 default" routedel -n ns1 default via 10.1.1.4
same "only the connected route is left" "ip -n ns1 route" \
	"echo '10.1.1.0/24 dev veth_ns1 proto kernel scope link src 10.1.1.1 '"
expect_error 1 "routedel: default: no such route" routedel -n ns1 default via 10.1.1.4
check "addradd -n ns1 2001:db8:1::1/64 dev veth_ns1" addradd -n ns1 2001:db8:1::1/64 dev veth_ns1
check "routeadd -n ns1 default via 2001:db8:1::fe (IPv6)" routeadd -n ns1 default via 2001:db8:1::fe
has "ip -6 route shows it" '^default via 2001:db8:1::fe dev veth_ns1' ip -n ns1 -6 route
check "routeadd -n ns1 2001:db8:9::/48 dev veth_ns1" routeadd -n ns1 2001:db8:9::/48 dev veth_ns1
same "routelist -6 = ip -6 route" "routelist -n ns1 -6" "ip -n ns1 -6 route"
check "routedel -n ns1 2001:db8:9::/48 dev veth_ns1" routedel -n ns1 2001:db8:9::/48 dev veth_ns1
lacks "the IPv6 route is gone" '2001:db8:9::' ip -n ns1 -6 route

# addrdel
check "addrdel -n ns1 2001:db8:1::1/64 dev veth_ns1" addrdel -n ns1 2001:db8:1::1/64 dev veth_ns1
lacks "the IPv6 address is gone" '2001:db8:1::1' ip -n ns1 addr
check "addradd 10.1.1.40/24 dev br0" addradd 10.1.1.40/24 dev br0
check "addrdel 10.1.1.40 dev br0 (no /PLEN: any prefix length)" addrdel 10.1.1.40 dev br0
lacks "10.1.1.40 is gone" '10\.1\.1\.40' ip addr show br0
has "10.1.1.4 stayed" '10\.1\.1\.4/24' ip addr show br0
expect_error 1 "addrdel: 10.1.1.40/24: ipv4: Address not found" addrdel 10.1.1.40/24 dev br0

# master / nomaster
check "linkset veth_ns1_br0 nomaster" linkset veth_ns1_br0 nomaster
lacks "ip link show: no master" 'master br0' ip link show veth_ns1_br0
check "linkset veth_ns1_br0 master br0 again" linkset veth_ns1_br0 master br0
has "back on br0" 'master br0' ip link show veth_ns1_br0

# mtu, name, address, checked with ip -j
check "linkset veth_ns2_br0 mtu 1400" linkset veth_ns2_br0 mtu 1400
same "ip -j: mtu 1400" "jget veth_ns2_br0 mtu" "echo 1400"
check "linkset veth_ns2_br0 address 02:00:5e:10:00:01" linkset veth_ns2_br0 address 02:00:5e:10:00:01
same "ip -j: the address" "jget veth_ns2_br0 address" "echo 02:00:5e:10:00:01"
check "linkset veth_ns2_br0 name port2" linkset veth_ns2_br0 name port2
same "ip -j: renamed" "jget port2 ifname" "echo port2"
refuse "the old name is gone" ip link show veth_ns2_br0
check "linkset port2 down mtu 1300 address 02:00:5e:10:00:02 name veth_ns2_br0 nomaster up (one call)" \
	linkset port2 down mtu 1300 address 02:00:5e:10:00:02 name veth_ns2_br0 nomaster up
same "ip -j: all at once: name" "jget veth_ns2_br0 ifname" "echo veth_ns2_br0"
same "ip -j: all at once: mtu" "jget veth_ns2_br0 mtu" "echo 1300"
same "ip -j: all at once: address" "jget veth_ns2_br0 address" "echo 02:00:5e:10:00:02"
same "ip -j: all at once: no master" "jget veth_ns2_br0 master; echo end" "echo; echo end"
has "ip -j: all at once: up" 'UP' jget veth_ns2_br0 flags
check "linkset veth_ns2_br0 master br0" linkset veth_ns2_br0 master br0

# A move and the rest in one message: the kernel moves first.
vethadd mv1 mv2 || fail "setup: vethadd mv1 mv2"
check "bradd -n ns2 br9 (a bridge inside ns2)" bradd -n ns2 br9
check "linkset mv1 netns ns2 name moved mtu 1280 master br9 up" \
	linkset mv1 netns ns2 name moved mtu 1280 master br9 up
same "ip -j: moved into ns2 under its new name" "jget moved ifname ns2" "echo moved"
same "ip -j: with its mtu" "jget moved mtu ns2" "echo 1280"
same "ip -j: on ns2's bridge" "jget moved master ns2" "echo br9"
expect_error 1 "linkset: nosuch0: no such device" linkset mv2 master nosuch0
expect_error 1 "linkset: br0: no such device" linkset mv2 netns ns1 master br0
has "mv2 stayed here" '^[0-9]+: mv2@' ip link show mv2
expect_error 1 "linkdel: br9: no such device" linkdel br9
check "linkdel -n ns2 moved br9 (several names)" linkdel -n ns2 moved br9
refuse "br9 is gone" ip -n ns2 link show br9
refuse "mv2 went with its peer" ip link show mv2

# Teardown: nothing is left.
check "linkdel veth_ns1_br0 veth_ns2_br0" linkdel veth_ns1_br0 veth_ns2_br0
refuse "the peers went too" ip -n ns1 link show veth_ns1
check "nsdel ns1 ns2" nsdel ns1 ns2
check "linkdel br0" linkdel br0
same "ip netns list is empty" "ip netns list; echo end" "echo end"
same "no bridge is left" "ip -br link show type bridge; echo end" "echo end"
same "only lo is left" "ip -br link | cut -d' ' -f1" "echo lo"
