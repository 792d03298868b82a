#!/bin/sh
# The veth guide ("Connecting Network Namespaces with a Virtual Ethernet
# Pair") step by step with tinyip. Each step is printed, then run.
#
#   veth-guide.sh             make ns1 and ns2, join them with a veth pair,
#                             address them and ping both ways
#   veth-guide.sh --teardown  remove what it made
#
# It changes this machine's network namespaces: run it as root, or in a
# throwaway sandbox with `scripts/sandbox scripts/veth-guide.sh`.
set -eu
PATH="${TINYIP_BIN:-$(cd "$(dirname "$0")/.." && pwd)/bin}:$PATH"

step() {
	printf '+ %s\n' "$*"
	"$@"
}

if [ "${1:-}" = --teardown ]; then
	echo "# Delete the namespaces; the veth pair goes with them."
	step nsdel ns1 ns2
	exit 0
fi
[ $# -eq 0 ] || { echo "usage: $0 [--teardown]" >&2; exit 2; }

echo "# 1. Create network namespaces"
step nsadd ns1
step nsadd ns2
step nslist

echo "# 2. Create a virtual Ethernet (veth) pair"
step vethadd veth_ns1 peer name veth_ns2
step linklist

echo "# 3. Assign veth interfaces to namespaces"
step linkset veth_ns1 netns ns1
step linkset veth_ns2 netns ns2

echo "# 4. Bring up the interfaces"
step nsexec ns1 linkset veth_ns1 up
step nsexec ns2 linkset veth_ns2 up
step nsexec ns1 linklist
step nsexec ns2 linklist

echo "# 5. Assign IP addresses"
step nsexec ns1 addradd 10.1.1.1/24 dev veth_ns1
step nsexec ns2 addradd 10.1.1.2/24 dev veth_ns2
step nsexec ns1 addrlist
step nsexec ns2 addrlist
step nsexec ns1 routelist
step nsexec ns2 routelist

echo "# 6. Test connectivity"
step nsexec ns1 ping -c 3 -i 0.2 10.1.1.2
step nsexec ns2 ping -c 3 -i 0.2 10.1.1.1
