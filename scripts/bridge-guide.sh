#!/bin/sh
# The bridge guide ("Connect Network Namespaces Using a Linux Bridge" and
# "Connect Host to Network Namespaces") step by step with tinyip, for N
# namespaces. Each step is printed, then run.
#
#   bridge-guide.sh [N]              ns1..nsN (default 2, at most 250) on
#                                    br0, then pings between them
#   bridge-guide.sh --host [N]       the same, then the host on the bridge:
#                                    10.1.1.4/24 on br0, IP forwarding, a
#                                    default route in each namespace, and
#                                    pings from the host
#   bridge-guide.sh --teardown [N]   remove what it made (IP forwarding is
#                                    left as it is)
#
# Namespace nsI gets 10.1.1.I/24, skipping .4, which the guide gives the
# host: ns1 .1, ns2 .2, ns3 .3, ns4 .5, ..., ns250 .251.
#
# It changes this machine's network namespaces: run it as root, or in a
# throwaway sandbox with `scripts/sandbox scripts/bridge-guide.sh`.
set -eu
PATH="${TINYIP_BIN:-$(cd "$(dirname "$0")/.." && pwd)/bin}:$PATH"

usage() {
	echo "usage: $0 [--host|--teardown] [N]" >&2
	exit 2
}

step() {
	printf '+ %s\n' "$*"
	"$@"
}

address() { # address I: the address of namespace I
	if [ "$1" -lt 4 ]; then echo "10.1.1.$1"; else echo "10.1.1.$(($1 + 1))"; fi
}

names() { # names PATTERN: PATTERN with %s replaced by 1..N, as words
	for i in $(seq 1 "$count"); do printf "$1 " "$i"; done
}

mode=guide
case "${1:-}" in
--host) mode=host; shift ;;
--teardown) mode=teardown; shift ;;
-*) usage ;;
esac
count=${1:-2}
[ $# -le 1 ] || usage
case "$count" in ''|*[!0-9]*) usage ;; esac
[ "$count" -ge 1 ] && [ "$count" -le 250 ] || { echo "$0: N must be 1 to 250" >&2; exit 2; }

if [ "$mode" = teardown ]; then
	echo "# Delete the veth pairs, the namespaces and the bridge."
	step linkdel $(names 'veth_ns%s_br0')
	step nsdel $(names 'ns%s')
	step linkdel br0
	exit 0
fi

echo "# 1. Create network namespaces"
for i in $(seq 1 "$count"); do
	step nsadd "ns$i"
done
echo "# 2. Create a Linux bridge"
step bradd br0
echo "# 3. Bring the bridge up"
step linkset dev br0 up
echo "# 4. Create veth pairs"
for i in $(seq 1 "$count"); do
	step vethadd "veth_ns$i" peer name "veth_ns${i}_br0"
done
echo "# 5. Attach veth pairs to the corresponding network namespace and the bridge"
for i in $(seq 1 "$count"); do
	step linkset "veth_ns$i" netns "ns$i"
	step linkset "veth_ns${i}_br0" master br0
done
echo "# 6. Bring all interfaces up"
for i in $(seq 1 "$count"); do
	step nsexec "ns$i" linkset "veth_ns$i" up
	step linkset "veth_ns${i}_br0" up
done
echo "# 7. Configure IP for namespaces"
for i in $(seq 1 "$count"); do
	step nsexec "ns$i" addradd "$(address "$i")/24" dev "veth_ns$i"
done
echo "# 8. Test connectivity between the namespaces (each pings the next)"
if [ "$count" -ge 2 ]; then
	for i in $(seq 1 "$count"); do
		next=$((i % count + 1))
		step nsexec "ns$i" ping -c 1 -W 2 "$(address "$next")"
	done
fi
[ "$mode" = host ] || exit 0

echo "# Connect host: 1. Configure the bridge interface with an IP address"
step addradd 10.1.1.4/24 dev br0
echo "# 2. Enable IP forwarding on the host (this namespace's own setting)"
if command -v sysctl >/dev/null 2>&1; then
	step sysctl -w net.ipv4.ip_forward=1
else
	echo "+ echo 1 > /proc/sys/net/ipv4/ip_forward   (sysctl is not installed)"
	echo 1 >/proc/sys/net/ipv4/ip_forward
fi
echo "# Not in the guide: a default route in each namespace through the bridge"
for i in $(seq 1 "$count"); do
	step nsexec "ns$i" routeadd default via 10.1.1.4
done
echo "# 3. Test connectivity between host and namespaces"
for i in $(seq 1 "$count"); do
	step ping -c 1 -W 2 "$(address "$i")"
done
