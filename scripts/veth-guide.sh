#!/bin/sh
# The veth guide ("Connecting Network Namespaces with a Virtual Ethernet
# Pair") step by step with tinyip: make ns1 and ns2, join them with a veth
# pair, address them and ping both ways.
#
#   veth-guide.sh [--step] [--explain] [--map] [--dot DIR]
#                             run the guide, each step printed, then run
#   veth-guide.sh --check     run nothing: which steps are done, what is
#                             wrong, the next command to type
#   veth-guide.sh --teardown  remove what it made
#
# See tinyip-guides(8). It changes this machine's network namespaces: run
# it as root, or in a throwaway sandbox with
# `scripts/sandbox scripts/veth-guide.sh`.
set -eu
# Where the commands and the guide library are (make install rewrites these).
PATH="${TINYIP_BIN:-$(cd "$(dirname "$0")/.." && pwd)/bin}:$PATH"
guide_lib=$(cd "$(dirname "$0")" && pwd)/guide-lib.sh
. "$guide_lib"

guide_name="the veth guide"

guide_plan() {
	if [ -n "$guide_teardown" ]; then
		step "Delete the namespaces; the veth pair goes with them."
		cmd nsdel -f -w ns1 ns2
		return
	fi
	step "1. Create network namespaces"
	cmd nsadd ns1
	cmd nsadd ns2
	cmd nslist
	step "2. Create a virtual Ethernet (veth) pair"
	cmd vethadd veth_ns1 peer name veth_ns2
	cmd linklist
	step "3. Assign veth interfaces to namespaces"
	cmd linkset veth_ns1 netns ns1
	cmd linkset veth_ns2 netns ns2
	step "4. Bring up the interfaces"
	cmd nsexec ns1 linkset veth_ns1 up
	cmd nsexec ns2 linkset veth_ns2 up
	cmd nsexec ns1 linklist
	cmd nsexec ns2 linklist
	step "5. Assign IP addresses"
	cmd nsexec ns1 addradd 10.1.1.1/24 dev veth_ns1
	cmd nsexec ns2 addradd 10.1.1.2/24 dev veth_ns2
	cmd nsexec ns1 addrlist
	cmd nsexec ns2 addrlist
	cmd nsexec ns1 routelist
	cmd nsexec ns2 routelist
	step "6. Test connectivity"
	cmd nsexec ns1 ping -c 3 -i 0.2 10.1.1.2
	cmd nsexec ns2 ping -c 3 -i 0.2 10.1.1.1
}

guide_main "$@"
