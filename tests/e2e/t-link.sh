# vethadd and linkset in their forms, checked with ip.
. "$(dirname "$0")/lib.sh"

nsadd ns1 ns2 || fail "setup: nsadd ns1 ns2"

check "vethadd v1a v1b (short form)" vethadd v1a v1b
has "v1a's peer is v1b" '^[0-9]+: v1a@v1b:' ip link show v1a
check "vethadd v2a peer v2b" vethadd v2a peer v2b
has "v2b's peer is v2a" '^[0-9]+: v2b@v2a:' ip link show v2b
check "vethadd v3a netns ns1 peer name v3b netns ns2" vethadd v3a netns ns1 peer name v3b netns ns2
has "v3a made directly in ns1" '^[0-9]+: v3a@if[0-9]+:' ip -n ns1 link show v3a
has "v3b made directly in ns2" '^[0-9]+: v3b@if[0-9]+:' ip -n ns2 link show v3b
refuse "neither end here" ip link show v3a
check "vethadd v4a v4b netns ns1 (peer only moved)" vethadd v4a v4b netns ns1
has "v4a here" '^[0-9]+: v4a@if' ip link show v4a
has "v4b in ns1" '^[0-9]+: v4b@if' ip -n ns1 link show v4b
check "vethadd eth0 netns ns1 eth0 netns ns2 (same name, two namespaces)" \
	vethadd eth0 netns ns1 eth0 netns ns2
has "eth0 in ns1" '^[0-9]+: eth0@if' ip -n ns1 link show eth0
has "eth0 in ns2" '^[0-9]+: eth0@if' ip -n ns2 link show eth0
check "vethadd -n ns1 v5a v5b (inside ns1)" vethadd -n ns1 v5a v5b
has "v5a in ns1, peer beside it" '^[0-9]+: v5a@v5b' ip -n ns1 link show v5a

check "linkset dev v1a up" linkset dev v1a up
has "v1a is UP" 'v1a@v1b: <[^>]*,UP' ip link show v1a
check "linkset v1a down" linkset v1a down
lacks "v1a is not UP" 'v1a@v1b: <[^>]*,UP' ip link show v1a
check "linkset v1a netns ns2 up (two keywords, one call)" linkset v1a netns ns2 up
has "v1a moved to ns2 and is up" '^[0-9]+: v1a@if[0-9]+: <[^>]*UP' ip -n ns2 link show v1a
check "linkset v1b up down up (last one wins)" linkset v1b up down up
has "v1b is UP" '<[^>]*UP' ip link show v1b

# netns by PID: a process in ns1 holds it.
ip netns exec ns1 sleep 30 &
holder=$!
sleep 0.3
check "linkset v2a netns PID" linkset v2a netns "$holder"
has "v2a went to the PID's namespace" '^[0-9]+: v2a@if' ip -n ns1 link show v2a
kill "$holder"
wait "$holder" 2>/dev/null

# Deleting a namespace takes its devices, and a veth's peer with them.
check "nsdel -w ns1" nsdel -w ns1
refuse "v4a went with its peer v4b" ip link show v4a
