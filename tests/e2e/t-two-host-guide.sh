# scripts/two-host-guide.sh with 2 and 10 namespaces per host: pings
# across the VXLAN overlay both ways (and within each host), a full-size
# don't-fragment ping, the VXLAN link's settings as ip reads them, the
# modes of the guide library, and a teardown that leaves nothing.
. "$(dirname "$0")/lib.sh"
guide="$top/scripts/two-host-guide.sh"

# vx NS KEY: a shell command for a field of vxlan0's settings in NS, as
# ip -d -j shows them (same runs its commands in sh -c).
vx() { echo "ip -n $1 -d -j link show vxlan0 | jq -r '.[0].linkinfo.info_data.$2 // \"\"'"; }
jget="$top/tests/e2e/jget"
# tx NS DEV: the packets DEV in NS has sent.
tx() { ip -n "$1" -s -j link show "$2" | jq -r '.[0].stats64.tx.packets'; }

# peer_of NS DEV OTHER: the name in OTHER of the peer of the veth end DEV in NS.
peer_of() {
	ip -n "$3" -j link show | jq -r --argjson index \
		"$(ip -n "$1" -j link show "$2" | jq '.[0].link_index')" '.[] | select(.ifindex == $index) | .ifname'
}

# follow WHAT [N]: run each next command --check gives until it says the
# guide is done (at most 200); each must succeed.
follow() {
	what=$1; shift
	k=0
	while [ $k -lt 200 ]; do
		if "$guide" --check "$@" >"$work/said" 2>&1; then
			pass "$what: following --check's next commands ($k) completes the guide"
			return
		fi
		next=$(sed -n 's/^next: //p' "$work/said")
		[ -n "$next" ] || break
		set -f
		# shellcheck disable=SC2086
		$next >"$out" 2>&1 || { set +f; fail "$what: $next fails: $(head -c 300 "$out")"; return; }
		set +f
		k=$((k + 1))
	done
	fail "$what: following --check's next commands does not complete the guide"
	sed 's/^/#   /' "$work/said" | head -20
}

# cross N: every namespace on host A pings every one on host B and back,
# and every other one on its own host.
cross() {
	for i in $(seq 1 "$1"); do
		for j in $(seq 1 "$1"); do
			pings "a$i pings b$j across the overlay" "a$i" "10.2.2.$j"
			pings "b$j pings a$i across the overlay" "b$j" "10.2.1.$i"
			[ "$i" = "$j" ] && continue
			pings "a$i pings a$j on host A" "a$i" "10.2.1.$j"
			pings "b$i pings b$j on host B" "b$i" "10.2.2.$j"
		done
	done
}

nothing_left() {
	same "$1: ip netns list is empty" "ip netns list; echo end" "echo end"
	same "$1: only lo is left" "ip -br link | cut -d' ' -f1" "echo lo"
}

# The settings of each host's VXLAN link: id, remote, local, port, link.
vxlan_settings() {
	for h in A B; do
		if [ $h = A ]; then here=192.168.100.1 there=192.168.100.2 other=hostB; else
			here=192.168.100.2 there=192.168.100.1 other=hostA; fi
		same "host$h: vxlan0's VNI is 42" "$(vx host$h id)" "echo 42"
		same "host$h: vxlan0 sends to $there" "$(vx host$h remote)" "echo $there"
		same "host$h: vxlan0 sends from $here" "$(vx host$h local)" "echo $here"
		same "host$h: vxlan0's port is 4789" "$(vx host$h port)" "echo 4789"
		same "host$h: vxlan0 goes over eth0" "$(vx host$h link)" "echo eth0"
		same "host$h: vxlan0 is a port of br0" "$jget vxlan0 master host$h" "echo br0"
		same "host$h: vxlan0's MTU is 1450" "$jget vxlan0 mtu host$h" "echo 1450"
		has "host$h: eth0 has $here/24" "inet $here/24 " ip -n host$h addr show eth0
		has "host$h: eth0's peer is in $other" "link-netns $other( |\$)" ip -n host$h link show eth0
		peer=$(peer_of host$h eth0 $other)
		if [ "$peer" = eth0 ]; then pass "host$h: eth0's peer in $other is eth0"
		else fail "host$h: eth0's peer in $other is '$peer', not eth0"; fi
	done
}

check "two-host-guide.sh (the guide: 2 namespaces per host)" "$guide"
has "it echoes the guide's steps" \
	'^\+ vxlanadd -n hostA vxlan0 id 42 remote 192\.168\.100\.2 local 192\.168\.100\.1 dev eth0 dstport 4789$' cat "$out"
has "it makes the hosts' cable" '^\+ vethadd eth0 netns hostA peer name eth0 netns hostB$' cat "$out"
has "its pings got answers" '1 received, 0% packet loss' cat "$out"
lacks "no ping lost a packet" ' [1-9][0-9]*% packet loss' cat "$out"
same "the guide pinged 6 times (the underlay both ways, and a1, b1, a2, b2)" \
	"grep -c '1 received, 0% packet loss' '$out'" "echo 6"
vxlan_settings
expect 1 "run again, the guide stops at its first step" "$guide"
has "and points to --check" \
	'^two-host-guide\.sh: step 1 stopped: nsadd hostA hostB: exit 1 \(see where you stand: two-host-guide\.sh --check\)$' \
	cat "$err"
check "--check: the guide is done" "$guide" --check
has "--check says so" '^the two-host guide is done\.$' cat "$out"
has "--check counts 12 steps done" '^the two-host guide: 12 of 12 steps done ' cat "$out"
same "hostA: br0 has vxlan0 and 2 veth ends" "ip -n hostA -br link show master br0 | cut -d@ -f1 | cut -d' ' -f1 | sort" \
	"printf '%s\n' veth_a1_br0 veth_a2_br0 vxlan0"
has "a1 has 10.2.1.1/16" 'inet 10\.2\.1\.1/16 ' ip -n a1 addr show veth_a1
has "b2 has 10.2.2.2/16" 'inet 10\.2\.2\.2/16 ' ip -n b2 addr show veth_b2
same "veth_a1's MTU is 1450" "$jget veth_a1 mtu a1" "echo 1450"
same "veth_b2_br0's MTU is 1450" "$jget veth_b2_br0 mtu hostB" "echo 1450"
cross 2
# What tinyip shows of it: the tunnel, and vxlan0's settings as ip -d.
has "nsmap: the tunnel goes both ways" '^  hostA/vxlan0 ~~~ hostB/vxlan0  \(id 42, dstport 4789\)$' nsmap
for h in A B; do
	same "linklist -d -j: host$h's vxlan0 settings as ip -d -j" \
		"ip -n host$h -d -j link show vxlan0 | jq -c '.[0].linkinfo.info_data'" \
		"linklist -n host$h -d -j vxlan0 | jq -c '.[0].linkinfo.info_data'"
done
same "linklist -d: hostA's vxlan0 line as ip -d" "ip -n hostA -d link show vxlan0 | sed -n 3p" \
	"linklist -n hostA -d vxlan0 | sed -n 3p"
# Every link of each host, bridge and ports too, as ip -d shows them; the
# bridge's running timers masked (they tick between the two listings).
mask_text="sed -E 's/(_timer) +[0-9]+\.[0-9]{2} /\1 T /g'"
mask_json="sed -E 's/(_timer\"):[0-9]+\.[0-9]{2}/\1:\"T\"/g'"
for h in A B; do
	same "linklist -d: every link of host$h as ip -d link" \
		"ip -n host$h -d link show | $mask_text" "linklist -n host$h -d | $mask_text"
	json_same "linklist -d -j: every link of host$h as ip -d -j link" \
		"ip -n host$h -d -j link show | $mask_json" "linklist -n host$h -d -j | $mask_json"
done
# The overlay carries the pings: vxlan0 sends them, and with it down they
# do not arrive.
before=$(tx hostA vxlan0)
pings "a1 pings b2 once more" a1 10.2.2.2
after=$(tx hostA vxlan0)
if [ "$after" -gt "$before" ]; then pass "hostA's vxlan0 sent it ($before then $after packets)"
else fail "hostA's vxlan0 did not send it ($before then $after packets)"; fi
ip -n hostB link set vxlan0 down
if ip netns exec a1 ping -c 1 -W 1 10.2.2.1 >/dev/null 2>&1; then
	fail "with hostB's vxlan0 down, a1 still reaches b1"
else pass "with hostB's vxlan0 down, a1 does not reach b1"; fi
ip -n hostB link set vxlan0 up
pings "with it up again, a1 reaches b1" a1 10.2.2.1
# A full-size frame: 1422 bytes of data, 8 of ICMP and 20 of IP fill the
# MTU of 1450, don't fragment; one byte more the namespace refuses.
for pair in "a1 10.2.2.1" "b2 10.2.1.2" "a2 10.2.2.1"; do
	set -- $pair
	if ip netns exec "$1" ping -M do -s 1422 -c 1 -W 2 "$2" >"$out" 2>&1; then
		pass "$1 sends $2 a full-size don't-fragment ping across the overlay"
	else fail "$1: a full-size don't-fragment ping to $2 ($(tail -n 2 "$out"))"; fi
done
refuse "a1: one byte more does not go out" ip netns exec a1 ping -M do -s 1423 -c 1 -W 1 10.2.2.1
has "a1: it is too long for the MTU of 1450" 'message too long, mtu=1450' cat "$err"
# --check in wrong states: what it says first, and the fix it gives.
# checks WHAT PATTERN NEXT: --check exits 1, says PATTERN and gives NEXT.
checks() {
	expect 1 "$1: --check finds it" "$guide" --check
	has "$1: --check says: $2" "$2" cat "$out"
	has "$1: its next command: $3" "^next: $3\$" cat "$out"
}
ip -n hostA link set vxlan0 nomaster
checks "vxlan0 off br0" 'to do: vxlan0 in hostA is not a port of br0' 'linkset -n hostA vxlan0 master br0'
ip -n hostA link set vxlan0 master br0
ip netns exec a2 ip link set veth_a2 mtu 1500
checks "veth_a2's MTU" 'to do: veth_a2 in a2 has MTU 1500, not 1450' 'nsexec a2 linkset veth_a2 mtu 1450'
ip netns exec a2 ip link set veth_a2 mtu 1450
ip -n hostB link del vxlan0
ip -n hostB link add vxlan0 type vxlan id 43 remote 192.168.100.1 dstport 4789
checks "vxlan0 on hostB of another VNI" \
	'wrong: vxlan0 in hostB has id 43 remote 192\.168\.100\.1 dstport 4789, not the guide.s id 42 remote 192\.168\.100\.1 local 192\.168\.100\.2 dev eth0 dstport 4789' \
	'nsexec hostB linkdel vxlan0'
ip -n hostB link del vxlan0
ip -n hostB link add vxlan0 type bridge
checks "a bridge named vxlan0" 'wrong: vxlan0 in hostB is a bridge, not a VXLAN link' 'nsexec hostB linkdel vxlan0'
ip -n hostB link del vxlan0
checks "no vxlan0 on hostB" 'to do: there is no VXLAN link vxlan0 in hostB' \
	'vxlanadd -n hostB vxlan0 id 42 remote 192\.168\.100\.1 local 192\.168\.100\.2 dev eth0 dstport 4789'
has "it gives the ip line too" \
	'^  \(ip: ip -n hostB link add vxlan0 type vxlan id 42 remote 192\.168\.100\.1 local 192\.168\.100\.2 dev eth0 dstport 4789\)$' \
	cat "$out"
follow "from there"
pings "and a2 pings b1 again" a2 10.2.2.1
check "two-host-guide.sh --teardown" "$guide" --teardown
nothing_left "2 namespaces per host"

check "two-host-guide.sh 10" "$guide" 10
lacks "no ping lost a packet" ' [1-9][0-9]*% packet loss' cat "$out"
same "the guide pinged 22 times" "grep -c '1 received, 0% packet loss' '$out'" "echo 22"
vxlan_settings
same "hostA: br0 has vxlan0 and 10 veth ends" "ip -n hostA -br link show master br0 | wc -l" "echo 11"
same "hostB: br0 has vxlan0 and 10 veth ends" "ip -n hostB -br link show master br0 | wc -l" "echo 11"
has "a10 has 10.2.1.10/16" 'inet 10\.2\.1\.10/16 ' ip -n a10 addr show veth_a10
has "b10 has 10.2.2.10/16" 'inet 10\.2\.2\.10/16 ' ip -n b10 addr show veth_b10
for i in $(seq 1 10); do
	pings "a$i pings b$i" "a$i" "10.2.2.$i"
	pings "b$i pings a$i" "b$i" "10.2.1.$i"
done
for pair in "a1 b10" "a10 b1" "a7 b3" "b4 a9" "b10 a2" "a5 a6" "b8 b2"; do
	set -- $pair
	case $2 in a*) net=1 ;; *) net=2 ;; esac
	pings "$1 pings $2" "$1" "10.2.$net.${2#?}"
done
if ip netns exec a10 ping -M do -s 1422 -c 1 -W 2 10.2.2.10 >"$out" 2>&1; then
	pass "a10 sends b10 a full-size don't-fragment ping"
else fail "a10: a full-size don't-fragment ping to b10 ($(tail -n 2 "$out"))"; fi
check "two-host-guide.sh --teardown 10" "$guide" --teardown 10
nothing_left "10 namespaces per host"

# The guide as a batch file, run with tinyip -b; its teardown too.
"$guide" --batch 3 >"$work/guide.tinyip"
"$guide" --batch --teardown 3 >"$work/teardown.tinyip"
has "the batch file makes the VXLAN link on hostB" \
	'^vxlanadd -n hostB vxlan0 id 42 remote 192\.168\.100\.1 local 192\.168\.100\.2 dev eth0 dstport 4789$' \
	cat "$work/guide.tinyip"
check "tinyip -b runs the guide's batch file" tinyip -b "$work/guide.tinyip"
same "its pings got answers" "grep -c '1 received, 0% packet loss' '$out'" "echo 8"
vxlan_settings
pings "a3 pings b1 (after the batch)" a3 10.2.2.1
pings "b2 pings a3 (after the batch)" b2 10.2.1.3
check "tinyip -b runs its teardown" tinyip -b "$work/teardown.tinyip"
nothing_left "the batch file's"

# --check from nothing: it says the first step, and following its next
# commands builds the guide.
expect 1 "--check with nothing there" "$guide" --check
has "--check: 0 of 12 steps done" '^the two-host guide: 0 of 12 steps done ' cat "$out"
has "--check: first, hostA" '^next: nsadd hostA$' cat "$out"
follow "from nothing"
cross 2
check "two-host-guide.sh --teardown, after following" "$guide" --teardown
nothing_left "after following --check"
# --check after each prefix of the guide (N = 1), typed line by line: it
# reports done exactly the steps all of whose lines ran, and gives the
# next line as the next command (nsadd one name at a time); at the end,
# the guide is done and the first ping is next. Pings change nothing: they
# are left out.
"$guide" --batch 1 | awk '/^# / && NR > 1 { s++ } /^[a-z]/ && !/ ping / { print s "|" $0 }' |
	awk -F'|' '{ if (!($1 in n)) n[$1] = ++steps; print n[$1] "|" $2 }' >"$work/prefix-lines"
total=$(wc -l <"$work/prefix-lines")
steps=$(tail -1 "$work/prefix-lines" | cut -d'|' -f1)
same "the prefixes: 12 steps to check" "echo $steps" "echo 12"
k=0 bad=0
while [ $k -le "$total" ]; do
	"$guide" --check 1 >"$out" 2>&1
	status=$?
	want_done=$(awk -F'|' -v k=$k -v steps="$steps" '
		NR > k { undone[$1] = 1 }
		END { for (s = 1; s <= steps; s++) if (!(s in undone)) printf "%d ", s }' "$work/prefix-lines")
	got_done=$(grep -E '^  \[[x ]\] ' "$out" | awk '{ n++ } /^  \[x\]/ { printf "%d ", n }')
	if [ $k -lt "$total" ]; then
		want_next=$(sed -n "$((k + 1))p" "$work/prefix-lines" | cut -d'|' -f2)
		[ "$want_next" != "nsadd hostA hostB" ] || want_next="nsadd hostA"
		want_status=1
	else
		want_next="nsexec hostA ping -c 1 -W 2 192.168.100.2"
		want_status=0
	fi
	got_next=$(sed -n 's/^next: //p' "$out")
	if [ "$want_done" != "$got_done" ] || [ "$got_next" != "$want_next" ] || [ $status != $want_status ]; then
		fail "after $k lines: steps done '$got_done', next '$got_next', exit $status" \
			"(wanted '$want_done', '$want_next', $want_status)"
		sed 's/^/#   /' "$out" | head -20
		bad=$((bad + 1))
	fi
	[ $k -lt "$total" ] || break
	k=$((k + 1))
	line=$(sed -n "${k}p" "$work/prefix-lines" | cut -d'|' -f2)
	set -f
	# shellcheck disable=SC2086
	$line >/dev/null 2>&1 || { fail "line $k fails: $line"; bad=$((bad + 1)); }
	set +f
done
[ $bad != 0 ] || pass "--check after each of the $total prefixes: the steps done and the next line"
check "two-host-guide.sh --teardown 1, after the prefixes" "$guide" --teardown 1
nothing_left "after the prefixes"

# The cable with its end in hostB misnamed: it is renamed, and then the
# rest follows.
ip netns add hostA
ip netns add hostB
ip link add eth0 netns hostA type veth peer name eth1 netns hostB
checks "eth1 in hostB" "wrong: eth0's peer is named eth1, not eth0" 'nsexec hostB linkset eth1 name eth0'
follow "from the misnamed cable" 3
pings "a3 pings b3" a3 10.2.2.3
check "two-host-guide.sh --teardown 3, after following" "$guide" --teardown 3
nothing_left "after the misnamed cable"

# The same steps as ip lines (scripts/to-ip, as --step shows them), run
# with ip itself: the lines that README gives for two real machines.
"$guide" --batch 2 | sed -n 's/^[a-z]/+ &/p' | "$top/scripts/to-ip" >"$work/ip-lines"
has "the ip lines cable the hosts" '^ip link add eth0 netns hostA type veth peer name eth0 netns hostB$' \
	cat "$work/ip-lines"
has "the ip lines make hostA's VXLAN link" \
	'^ip -n hostA link add vxlan0 type vxlan id 42 remote 192\.168\.100\.2 local 192\.168\.100\.1 dev eth0 dstport 4789$' \
	cat "$work/ip-lines"
has "the ip lines set the MTU in a1" '^ip netns exec a1 ip link set veth_a1 mtu 1450$' cat "$work/ip-lines"
check "ip runs the ip lines, pings and all" sh -e "$work/ip-lines"
same "their pings got answers" "grep -c '1 received, 0% packet loss' '$out'" "echo 6"
vxlan_settings
pings "a2 pings b1 (after ip)" a2 10.2.2.1
check "--check: the guide typed with ip is done" "$guide" --check
check "two-host-guide.sh --teardown removes what ip made" "$guide" --teardown
nothing_left "after ip"

# README's "Two real machines": the guide's steps of each host, with no
# -n, ns1 for a1 and b1, and not the two steps that make the hosts; in
# tinyip's words, then in ip's.
"$guide" --batch 1 | grep -v -e '^#' -e '^$' -e '^nsadd hostA hostB$' -e '^vethadd eth0 ' >"$work/plan1"
sed -n '/^Two real machines$/,/^Teaching with tinyip$/p' "$top/README" >"$work/real"
for h in A B; do
	l=$(echo $h | tr AB ab)
	grep -E "host$h|(^| )${l}1( |$)|_${l}1" "$work/plan1" |
		sed "s/ -n host$h//; s/^nsexec host$h //; s/ ${l}1\( \|$\)/ ns1\1/g; s/veth_${l}1/veth_ns1/g" \
		>"$work/real-$h"
	sed 's/^/+ /' "$work/real-$h" | "$top/scripts/to-ip" >"$work/real-ip-$h"
	# The README's blocks "# on machine A": the first in tinyip's words,
	# the second in ip's.
	awk -v want="    # on machine $h" -v n=0 '$0 == want { n++; on = 1; next }
		on && /^$/ { on = 0 } on { sub(/^    /, ""); print > (FILENAME ".block" n) }' "$work/real"
	same "README: machine $h's tinyip lines are the guide's steps on host$h" \
		"cat '$work/real.block1'" "cat '$work/real-$h'"
	same "README: machine $h's ip lines are the guide's steps on host$h" \
		"cat '$work/real.block2'" "cat '$work/real-ip-$h'"
	rm -f "$work/real.block1" "$work/real.block2"
done
has "README: the firewall note names UDP port 4789" 'UDP to port 4789' cat "$work/real"
has "README: the MTU note gives 1450" 'full-size ping .*-M do -s 1422' tr '\n' ' ' <"$work/real"

# The modes of the guide library: --map, --dot, --explain; --step needs a
# terminal.
# In the C locale, whatever the machine's: nsmap draws in ASCII there.
check "two-host-guide.sh --map 1" env LC_ALL=C "$guide" --map 1
has "--map marks vxlan0 put on br0" '^~ +`- vxlan0 +vxlan +UP .*was DOWN; master was none' cat "$out"
has "--map shows the cable between the hosts" '^  hostA/eth0 === hostB/eth0$' cat "$out"
has "--map shows the tunnel" '^  hostA/vxlan0 ~~~ hostB/vxlan0  \(id 42, dstport 4789\)$' cat "$out"
check "two-host-guide.sh --teardown 1" "$guide" --teardown 1
check "two-host-guide.sh --dot DIR 1" "$guide" --dot "$work/slides" 1
same "--dot writes a slide per step" "ls '$work/slides' | grep -c '\.dot$'" "echo 14"
has "the VXLAN step's slide has vxlan0" 'vxlan0' cat "$work/slides/06-create-a-vxlan-link-on-each-host-to-the.dot"
check "two-host-guide.sh --teardown 1, again" "$guide" --teardown 1
check "two-host-guide.sh --explain 1" env -u TINYIP_EXPLAIN_FD "$guide" --explain 1
has "--explain decodes the VXLAN's port" 'IFLA_VXLAN_PORT \(15\) +4789 ' cat "$err"
has "--explain decodes the VXLAN's underlay device" 'IFLA_VXLAN_LINK \(3\) +[0-9]+ = eth0 ' cat "$err"
check "two-host-guide.sh --teardown 1, once more" "$guide" --teardown 1
nothing_left "after the modes"
expect_error 2 "two-host-guide.sh: --step waits for Enter before each step, and standard input is not a terminal" \
	"$guide" --step </dev/null

# Bad N: exit 2, one line naming the word, nothing changed.
expect_error 2 "two-host-guide.sh: 0: N must be 1 to 250" "$guide" 0
expect_error 2 "two-host-guide.sh: 251: N must be 1 to 250" "$guide" 251
expect_error 2 "two-host-guide.sh: 3: not a word this guide takes (see two-host-guide.sh --help)" "$guide" 2 3
expect_error 2 "two-host-guide.sh: two: not a word this guide takes (see two-host-guide.sh --help)" "$guide" two
expect_error 2 "two-host-guide.sh: --host: not a word this guide takes (see two-host-guide.sh --help)" "$guide" --host
