#!/bin/sh
# Sections 3.1 to 3.6 of the overview guide ("Network Namespaces on
# Linux: A Comprehensive Guide") with tinyip. Each step is printed, then
# run. To show the link working, it also gives the host end an address
# (192.168.100.1/24, not in the guide) and pings across.
#
#   overview-guide.sh             make mynamespace and the veth pair
#   overview-guide.sh --teardown  remove what it made (3.3)
#
# It changes this machine's network namespaces: run it as root, or in a
# throwaway sandbox with `scripts/sandbox scripts/overview-guide.sh`.
set -eu
PATH="${TINYIP_BIN:-$(cd "$(dirname "$0")/.." && pwd)/bin}:$PATH"

step() {
	printf '+ %s\n' "$*"
	"$@"
}

if [ "${1:-}" = --teardown ]; then
	echo "# 3.3 Delete a network namespace; veth-ns goes with it, and so its peer."
	step nsdel mynamespace
	exit 0
fi
[ $# -eq 0 ] || { echo "usage: $0 [--teardown]" >&2; exit 2; }

echo "# 3.2 Create a new network namespace"
step nsadd mynamespace
echo "# 3.1 List existing network namespaces"
step nslist

echo "# 3.4 Run a command in the namespace"
step nsexec mynamespace addrlist

echo "# 3.5.2 Create a veth pair and move one end into the namespace"
echo "#       (3.5.1, moving an existing interface, is this same linkset step)"
step vethadd veth-host peer name veth-ns
step linkset veth-ns netns mynamespace

echo "# 3.6 Configure the interface inside the namespace"
step nsexec mynamespace addradd 192.168.100.2/24 dev veth-ns
step nsexec mynamespace linkset dev veth-ns up
step nsexec mynamespace addrlist

echo "# Not in the guide: address the host end and ping across"
step addradd 192.168.100.1/24 dev veth-host
step linkset veth-host up
step nsexec mynamespace ping -c 3 -i 0.2 192.168.100.1
