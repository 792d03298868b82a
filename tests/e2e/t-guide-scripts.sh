# The guide scripts run end to end, echo their steps, and tear down.
. "$(dirname "$0")/lib.sh"

check "scripts/veth-guide.sh runs" "$top/scripts/veth-guide.sh"
has "it echoes each step" '^\+ vethadd veth_ns1 peer name veth_ns2$' cat "$out"
has "its pings got answers" '3 packets transmitted, 3 received' cat "$out"
has "ns1 is there" '^ns1' ip netns list
check "scripts/veth-guide.sh --teardown runs" "$top/scripts/veth-guide.sh" --teardown
same "it left no namespace" "ip netns list; echo end" "echo end"

check "scripts/overview-guide.sh runs" "$top/scripts/overview-guide.sh"
has "veth-ns has 192.168.100.2/24 in mynamespace" 'inet 192\.168\.100\.2/24 .*veth-ns' \
	ip -n mynamespace addr show veth-ns
has "veth-ns is up" 'veth-ns@if[0-9]+: <BROADCAST,MULTICAST,UP,LOWER_UP>' ip -n mynamespace link show veth-ns
has "veth-host stayed here" '^[0-9]+: veth-host@if' ip link show veth-host
has "its ping got answers" '3 packets transmitted, 3 received' cat "$out"
check "scripts/overview-guide.sh --teardown runs" "$top/scripts/overview-guide.sh" --teardown
same "it left no namespace" "ip netns list; echo end" "echo end"
# Namespace teardown is asynchronous; veth-host goes with its peer soon.
for i in 1 2 3 4 5 6 7 8 9 10; do ip link show veth-host >/dev/null 2>&1 || break; sleep 0.2; done
refuse "veth-host went with its peer" ip link show veth-host
