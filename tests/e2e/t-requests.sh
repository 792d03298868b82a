# A list prints from one snapshot: the dumps, then one RTM_GETNSID per
# name in /run/netns (to name the peers' namespaces), whatever the number
# of links; the printer asks nothing. Counted with strace on 2,001 links
# whose peers are all in other namespaces.
. "$(dirname "$0")/lib.sh"

nsadd big p1 p2 p3 || fail "setup: nsadd"
for i in $(seq 1 2000); do
	echo "link add a$i type veth peer name z$i netns p$((i % 3 + 1))"
done >"$work/batch"
ip -n big -batch "$work/batch" || fail "setup: 2,000 veth pairs"
same "2,001 links, 2,000 with a peer elsewhere" \
	"ip -n big -o link | grep -c 'link-netns'" "echo 2000"
names=$(ls /run/netns | wc -l)

# requests CMD...: the netlink requests CMD sends inside big, counted by
# type, into $work/requests. (strace decodes them only from inside.)
requests() {
	# (LeakSanitizer cannot run under ptrace: in SANITIZE builds, no leak check.)
	nsexec big env ASAN_OPTIONS=detect_leaks=0 strace -f -qq -e trace=sendto,sendmsg -o "$work/trace" "$@" >"$work/printed" 2>&1 ||
		fail "$* ran ($(head -c 200 "$work/printed"))"
	grep -o 'nlmsg_type=[A-Z_]*' "$work/trace" | sed 's/nlmsg_type=//' | sort | uniq -c |
		awk '{ print $2, $1 }' >"$work/requests"
}
requests linklist
same "linklist: one link dump, one nsid per name" "cat '$work/requests'" \
	"printf 'RTM_GETLINK 1\nRTM_GETNSID %s\n' $names"
requests linklist -j
same "linklist -j: the same" "cat '$work/requests'" \
	"printf 'RTM_GETLINK 1\nRTM_GETNSID %s\n' $names"
requests addrlist
same "addrlist: two dumps, one nsid per name" "cat '$work/requests'" \
	"printf 'RTM_GETADDR 1\nRTM_GETLINK 1\nRTM_GETNSID %s\n' $names"
requests routelist
same "routelist: two dumps, no nsid" "cat '$work/requests'" \
	"printf 'RTM_GETLINK 1\nRTM_GETROUTE 1\n'"
has "the peers' namespaces are named" ' link-netns p[123]$' linklist -n big a7
same "and as ip names them" "linklist -n big a7" "ip -n big link show a7"
