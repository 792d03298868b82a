#!/bin/sh
# The bridge guide ("Connect Network Namespaces Using a Linux Bridge" and
# "Connect Host to Network Namespaces") step by step with tinyip, for N
# namespaces (default 2, at most 250): ns1..nsN on br0, then pings between
# them; with --host, then the host on the bridge: 10.1.1.4/24 on br0, IP
# forwarding, a default route in each namespace, and pings from the host.
#
#   bridge-guide.sh [--step] [--explain] [--map] [--dot DIR] [--host] [N]
#                                    run the guide, each step printed, then run
#   bridge-guide.sh --check [--host] [N]
#                                    run nothing: which steps are done, what
#                                    is wrong, the next command to type
#   bridge-guide.sh --teardown [--host] [N]
#                                    remove what it made (IP forwarding is
#                                    left as it is)
#
# Namespace nsI gets 10.1.1.I/24, skipping .4, which the guide gives the
# host: ns1 .1, ns2 .2, ns3 .3, ns4 .5, ..., ns250 .251.
#
# See tinyip-guides(8). It changes this machine's network namespaces: run
# it as root, or in a throwaway sandbox with
# `scripts/sandbox scripts/bridge-guide.sh`.
set -eu
# Where the commands and the guide library are (make install rewrites these).
PATH="${TINYIP_BIN:-$(cd "$(dirname "$0")/.." && pwd)/bin}:$PATH"
guide_lib=$(cd "$(dirname "$0")" && pwd)/guide-lib.sh
. "$guide_lib"

guide_name="the bridge guide"
guide_args="[--host] [N]"
guide_help_args="  --host       then the host on the bridge: its address, IP forwarding, a
               default route in each namespace, and pings from the host
  N            ns1 to nsN on the bridge (default 2, at most 250)"
host='' count=''
guide_arg() {
	case "$1" in
	--host) host=1 ;;
	''|*[!0-9]*) return 1 ;;
	*)
		[ -z "$count" ] || return 1
		[ "$1" -ge 1 ] && [ "$1" -le 250 ] || guide_bad "$1" "N must be 1 to 250"
		count=$1 ;;
	esac
	guide_check_args="${host:+--host }${count:-}"
}

# Without sysctl (procps), the same setting, written where sysctl writes it.
command -v sysctl >/dev/null 2>&1 || sysctl() {
	[ "$*" = "-w net.ipv4.ip_forward=1" ] || { echo "sysctl: not installed" >&2; return 127; }
	echo 1 >/proc/sys/net/ipv4/ip_forward
}

address() { # address I: the address of namespace I
	if [ "$1" -lt 4 ]; then echo "10.1.1.$1"; else echo "10.1.1.$(($1 + 1))"; fi
}

guide_plan() {
	count=${count:-2}
	if [ -n "$guide_teardown" ]; then
		step "Delete the veth pairs, the namespaces and the bridge."
		cmd linkdel -f $(for i in $(seq 1 "$count"); do printf 'veth_ns%s_br0 ' "$i"; done)
		cmd nsdel -f -w $(for i in $(seq 1 "$count"); do printf 'ns%s ' "$i"; done)
		cmd linkdel -f br0
		return
	fi
	step "1. Create network namespaces"
	for i in $(seq 1 "$count"); do cmd nsadd "ns$i"; done
	step "2. Create a Linux bridge"
	cmd bradd br0
	step "3. Bring the bridge up"
	cmd linkset dev br0 up
	step "4. Create veth pairs"
	for i in $(seq 1 "$count"); do cmd vethadd "veth_ns$i" peer name "veth_ns${i}_br0"; done
	step "5. Attach veth pairs to the corresponding network namespace and the bridge"
	for i in $(seq 1 "$count"); do
		cmd linkset "veth_ns$i" netns "ns$i"
		cmd linkset "veth_ns${i}_br0" master br0
	done
	step "6. Bring all interfaces up"
	for i in $(seq 1 "$count"); do
		cmd nsexec "ns$i" linkset "veth_ns$i" up
		cmd linkset "veth_ns${i}_br0" up
	done
	step "7. Configure IP for namespaces"
	for i in $(seq 1 "$count"); do cmd nsexec "ns$i" addradd "$(address "$i")/24" dev "veth_ns$i"; done
	if [ "$count" -ge 2 ]; then
		step "8. Test connectivity between the namespaces (each pings the next)"
		for i in $(seq 1 "$count"); do
			cmd nsexec "ns$i" ping -c 1 -W 2 "$(address $((i % count + 1)))"
		done
	fi
	[ -n "$host" ] || return 0
	step "Connect host: 1. Configure the bridge interface with an IP address"
	cmd addradd 10.1.1.4/24 dev br0
	step "Connect host: 2. Enable IP forwarding on the host (this namespace's own setting)"
	cmd sysctl -w net.ipv4.ip_forward=1
	step "Not in the guide: a default route in each namespace through the bridge"
	for i in $(seq 1 "$count"); do cmd nsexec "ns$i" routeadd default via 10.1.1.4; done
	step "Connect host: 3. Test connectivity between host and namespaces"
	for i in $(seq 1 "$count"); do cmd ping -c 1 -W 2 "$(address "$i")"; done
}

guide_main "$@"
