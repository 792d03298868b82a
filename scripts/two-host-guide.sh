#!/bin/sh
# The bridge guide across two hosts, joined by a VXLAN overlay, step by
# step with tinyip. The two "hosts" are namespaces, hostA and hostB,
# cabled by a veth pair whose ends are both eth0 (the underlay,
# 192.168.100.1/24 and 192.168.100.2/24); each host has a bridge br0 with
# a VXLAN port vxlan0 (VNI 42, UDP port 4789, to the other host's eth0)
# and N namespaces (default 2, at most 250) on it: a1..aN on host A, b1..bN
# on host B, one overlay segment 10.2.0.0/16 across both. Then aI and bI
# ping each other, both ways.
#
#   two-host-guide.sh [--step] [--explain] [--map] [--dot DIR] [N]
#                                    run the guide, each step printed, then run
#   two-host-guide.sh --check [N]    run nothing: which steps are done, what
#                                    is wrong, the next command to type
#   two-host-guide.sh --teardown [N] remove what it made
#
# Namespace aI gets 10.2.1.I/16 and bI 10.2.2.I/16. Each command on a host
# is given with -n hostA or -n hostB (ip -n): on two real machines, leave
# it out and type the command on that machine (see README, "Two real
# machines").
#
# See tinyip-guides(8). It changes this machine's network namespaces: run
# it as root, or in a throwaway sandbox with
# `scripts/sandbox scripts/two-host-guide.sh`.
set -eu
# Where the commands and the guide library are (make install rewrites these).
PATH="${TINYIP_BIN:-$(cd "$(dirname "$0")/.." && pwd)/bin}:$PATH"
guide_lib=$(cd "$(dirname "$0")" && pwd)/guide-lib.sh
. "$guide_lib"

guide_name="the two-host guide"
guide_args="[N]"
guide_help_args="  N            a1 to aN on host A and b1 to bN on host B (default 2, at
               most 250)"
count=''
guide_arg() {
	case "$1" in
	''|*[!0-9]*) return 1 ;;
	*)
		[ -z "$count" ] || return 1
		[ "$1" -ge 1 ] && [ "$1" -le 250 ] || guide_bad "$1" "N must be 1 to 250"
		count=$1 ;;
	esac
	guide_check_args=$count
}

# The hosts: letter (a or b), its underlay address, the other's, the
# third byte of its namespaces' overlay addresses.
host_of() {
	case "$1" in
	A) letter=a here=192.168.100.1 there=192.168.100.2 net=1 ;;
	B) letter=b here=192.168.100.2 there=192.168.100.1 net=2 ;;
	esac
}

guide_plan() {
	count=${count:-2}
	if [ -n "$guide_teardown" ]; then
		step "Delete the namespaces and the hosts; their links go with them."
		cmd nsdel -f -w $(for i in $(seq 1 "$count"); do printf 'a%s b%s ' "$i" "$i"; done) hostA hostB
		return
	fi
	step "Not on two real machines: the two hosts, as namespaces"
	cmd nsadd hostA hostB
	step "Not on two real machines: the cable between them, eth0 in each"
	cmd vethadd eth0 netns hostA peer name eth0 netns hostB
	step "1. Address the underlay and bring it up"
	for h in A B; do
		host_of $h
		cmd addradd -n host$h "$here/24" dev eth0
		cmd linkset -n host$h eth0 up
	done
	step "2. Test the underlay (each host pings the other)"
	cmd nsexec hostA ping -c 1 -W 2 192.168.100.2
	cmd nsexec hostB ping -c 1 -W 2 192.168.100.1
	step "3. Create a Linux bridge on each host and bring it up"
	for h in A B; do
		cmd bradd -n host$h br0
		cmd linkset -n host$h br0 up
	done
	step "4. Create a VXLAN link on each host, to the other host"
	for h in A B; do
		host_of $h
		cmd vxlanadd -n host$h vxlan0 id 42 remote "$there" local "$here" dev eth0 dstport 4789
	done
	step "5. Attach the VXLAN link to the bridge and bring it up"
	for h in A B; do
		cmd linkset -n host$h vxlan0 master br0
		cmd linkset -n host$h vxlan0 up
	done
	step "6. Create network namespaces (a1, a2, ... on host A; b1, b2, ... on host B)"
	for h in A B; do
		host_of $h
		for i in $(seq 1 "$count"); do cmd nsadd "$letter$i"; done
	done
	step "7. Create veth pairs on each host"
	for h in A B; do
		host_of $h
		for i in $(seq 1 "$count"); do
			cmd vethadd -n host$h "veth_$letter$i" peer name "veth_$letter${i}_br0"
		done
	done
	step "8. Attach veth pairs to the corresponding network namespace and the bridge"
	for h in A B; do
		host_of $h
		for i in $(seq 1 "$count"); do
			cmd linkset -n host$h "veth_$letter$i" netns "$letter$i"
			cmd linkset -n host$h "veth_$letter${i}_br0" master br0
		done
	done
	step "Not in the guides: MTU 1450 on the veth pairs, the VXLAN link's (50 bytes go to its headers)"
	for h in A B; do
		host_of $h
		for i in $(seq 1 "$count"); do
			cmd nsexec "$letter$i" linkset "veth_$letter$i" mtu 1450
			cmd linkset -n host$h "veth_$letter${i}_br0" mtu 1450
		done
	done
	step "9. Bring all interfaces up"
	for h in A B; do
		host_of $h
		for i in $(seq 1 "$count"); do
			cmd nsexec "$letter$i" linkset "veth_$letter$i" up
			cmd linkset -n host$h "veth_$letter${i}_br0" up
		done
	done
	step "10. Configure IP for namespaces (one segment, 10.2.0.0/16, across both hosts)"
	for h in A B; do
		host_of $h
		for i in $(seq 1 "$count"); do
			cmd nsexec "$letter$i" addradd "10.2.$net.$i/16" dev "veth_$letter$i"
		done
	done
	step "11. Test connectivity across the overlay (each aI pings bI, and bI pings aI)"
	for i in $(seq 1 "$count"); do
		cmd nsexec "a$i" ping -c 1 -W 2 "10.2.2.$i"
		cmd nsexec "b$i" ping -c 1 -W 2 "10.2.1.$i"
	done
}

guide_main "$@"
