#!/bin/sh
# Sections 3.1 to 3.6 of the overview guide ("Network Namespaces on
# Linux: A Comprehensive Guide") with tinyip: mynamespace and a veth pair
# into it. To show the link working, it also gives the host end an address
# (192.168.100.1/24, not in the guide) and pings across.
#
#   overview-guide.sh [--step] [--explain] [--map] [--dot DIR]
#                             run the guide, each step printed, then run
#   overview-guide.sh --check     run nothing: which steps are done, what
#                                 is wrong, the next command to type
#   overview-guide.sh --teardown  remove what it made (3.3)
#
# See tinyip-guides(8). It changes this machine's network namespaces: run
# it as root, or in a throwaway sandbox with
# `scripts/sandbox scripts/overview-guide.sh`.
set -eu
# Where the commands and the guide library are (make install rewrites these).
PATH="${TINYIP_BIN:-$(cd "$(dirname "$0")/.." && pwd)/bin}:$PATH"
guide_lib=$(cd "$(dirname "$0")" && pwd)/guide-lib.sh
. "$guide_lib"

guide_name="the overview guide"

guide_plan() {
	if [ -n "$guide_teardown" ]; then
		step "3.3 Delete a network namespace; veth-ns goes with it, and so its peer."
		cmd nsdel -f -w mynamespace
		return
	fi
	step "3.2 Create a new network namespace"
	cmd nsadd mynamespace
	step "3.1 List existing network namespaces"
	cmd nslist
	step "3.4 Run a command in the namespace"
	cmd nsexec mynamespace addrlist
	# 3.5.1, moving an existing interface, is this same linkset step.
	step "3.5.2 Create a veth pair and move one end into the namespace"
	cmd vethadd veth-host peer name veth-ns
	cmd linkset veth-ns netns mynamespace
	step "3.6 Configure the interface inside the namespace"
	cmd nsexec mynamespace addradd 192.168.100.2/24 dev veth-ns
	cmd nsexec mynamespace linkset dev veth-ns up
	cmd nsexec mynamespace addrlist
	step "Not in the guide: address the host end and ping across"
	cmd addradd 192.168.100.1/24 dev veth-host
	cmd linkset veth-host up
	cmd nsexec mynamespace ping -c 3 -i 0.2 192.168.100.1
}

guide_main "$@"
