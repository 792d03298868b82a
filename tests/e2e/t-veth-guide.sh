# The veth guide, step by step with tinyip, each step checked with ip.
. "$(dirname "$0")/lib.sh"

# 1. Create network namespaces
check "nsadd ns1" nsadd ns1
check "nsadd ns2" nsadd ns2
has "ip netns list shows ns1" '^ns1( |$)' ip netns list
has "ip netns list shows ns2" '^ns2( |$)' ip netns list
same "nslist prints what ip netns list prints" "nslist" "ip netns list"
has "a new namespace's lo is DOWN" 'lo: <LOOPBACK> .*state DOWN' ip -n ns1 link show lo

# 2. Create a veth pair
check "vethadd veth_ns1 peer name veth_ns2" vethadd veth_ns1 peer name veth_ns2
has "ip sees veth_ns1 with its peer" '^[0-9]+: veth_ns1@veth_ns2:' ip link show veth_ns1
has "ip sees veth_ns2 with its peer" '^[0-9]+: veth_ns2@veth_ns1:' ip link show veth_ns2
has "the pair is of kind veth" 'veth' ip -d link show veth_ns1
same "linklist prints what ip link list prints" "linklist" "ip link list"

# 3. Assign veth interfaces to namespaces
check "linkset veth_ns1 netns ns1" linkset veth_ns1 netns ns1
check "linkset veth_ns2 netns ns2" linkset veth_ns2 netns ns2
refuse "veth_ns1 has left this namespace" ip link show veth_ns1
has "veth_ns1 is in ns1" '^[0-9]+: veth_ns1@if[0-9]+:' ip -n ns1 link show veth_ns1
has "veth_ns1's peer is in ns2" 'link-netns ns2$' ip -n ns1 link show veth_ns1
has "veth_ns2 is in ns2" '^[0-9]+: veth_ns2@if[0-9]+:' ip -n ns2 link show veth_ns2
has "veth_ns2's peer is in ns1" 'link-netns ns1$' ip -n ns2 link show veth_ns2
same "nslist shows the ids the move gave" "nslist" "ip netns list"

# 4. Bring up the interfaces
check "nsexec ns1 linkset veth_ns1 up" nsexec ns1 linkset veth_ns1 up
check "nsexec ns2 linkset veth_ns2 up" nsexec ns2 linkset veth_ns2 up
has "veth_ns1 is UP" '<BROADCAST,MULTICAST,UP,LOWER_UP>' ip -n ns1 link show veth_ns1
has "veth_ns2 is UP" '<BROADCAST,MULTICAST,UP,LOWER_UP>' ip -n ns2 link show veth_ns2
same "nsexec ns1 linklist = ip netns exec ns1 ip link list" \
	"nsexec ns1 linklist" "ip netns exec ns1 ip link list"
same "nsexec ns2 linklist = ip netns exec ns2 ip link list" \
	"nsexec ns2 linklist" "ip netns exec ns2 ip link list"

# 5. Assign IP addresses
check "nsexec ns1 addradd 10.1.1.1/24 dev veth_ns1" nsexec ns1 addradd 10.1.1.1/24 dev veth_ns1
check "nsexec ns2 addradd 10.1.1.2/24 dev veth_ns2" nsexec ns2 addradd 10.1.1.2/24 dev veth_ns2
has "ip sees 10.1.1.1/24 on veth_ns1" 'inet 10\.1\.1\.1/24 scope global veth_ns1' ip -n ns1 addr show veth_ns1
has "ip sees 10.1.1.2/24 on veth_ns2" 'inet 10\.1\.1\.2/24 scope global veth_ns2' ip -n ns2 addr show veth_ns2
# Wait for IPv6 duplicate address detection so that both reads agree.
sleep 2
same "nsexec ns1 addrlist = ip addr list" "nsexec ns1 addrlist" "ip netns exec ns1 ip addr list"
same "nsexec ns2 addrlist = ip addr list" "nsexec ns2 addrlist" "ip netns exec ns2 ip addr list"
same "nsexec ns1 routelist = ip route list" "nsexec ns1 routelist" "ip netns exec ns1 ip route list"
same "nsexec ns2 routelist = ip route list" "nsexec ns2 routelist" "ip netns exec ns2 ip route list"
has "the connected route is there" '^10\.1\.1\.0/24 dev veth_ns1 proto kernel scope link src 10\.1\.1\.1' \
	nsexec ns1 routelist

# 6. Test connectivity
pings "ns1 pings 10.1.1.2" ns1 10.1.1.2
pings "ns2 pings 10.1.1.1" ns2 10.1.1.1
check "nsexec ns1 ping 10.1.1.2 (ping run by nsexec)" nsexec ns1 ping -c 1 -W 2 10.1.1.2

# Teardown
check "nsdel ns1 ns2" nsdel ns1 ns2
same "no namespace is left" "nslist; echo end" "echo end"
same "ip netns list is empty" "ip netns list; echo end" "echo end"
