# Workshop mode of the guide scripts: --step driven through a terminal,
# --check after every prefix of each guide (done with tinyip, and again
# with ip) and in wrong states, --dot, --map and --explain. Each case runs
# in a sandbox of its own (scripts/sandbox inside this test's sandbox), so
# that it starts from nothing.
. "$(dirname "$0")/lib.sh"
g=$top/scripts
# Files the cases write and this test reads; the inner sandboxes have a
# /run of their own, so these live in /tmp.
scratch=$(mktemp -d /tmp/tinyip-workshop.XXXXXX)
trap 'rm -rf "$scratch"' EXIT

# fresh SCRIPT: the shell SCRIPT in an empty sandbox, its output in $out.
# Without procps, sysctl -w net.ipv4.ip_forward=1 is the same write.
fresh() {
	"$top/scripts/sandbox" sh -c "PATH='$PATH'
		command -v sysctl >/dev/null || sysctl() { echo 1 >/proc/sys/net/ipv4/ip_forward; }
		$1" >"$out" 2>&1
}

# line N FILE: line N of FILE.
line() { sed -n "$1p" "$2"; }

# --- --step, on a terminal (script(1) gives the guide a pseudo-terminal
# and types what is piped in) -------------------------------------------
typed() { # typed KEYS ARGS: the veth guide --step ARGS, KEYS typed
	fresh "printf '$1' | script -qec '$g/veth-guide.sh --step $2' /dev/null
		echo \"status \$?\"
		echo \"namespaces: \$(nslist | sort | tr '\n' ' ')\"
		ip link show veth_ns1 >/dev/null 2>&1 && echo 'the veth pair is made'
		$3"
}
typed '\ns\nq\n'
has "--step shows step 1's tinyip command" '^    tinyip  nsadd ns1' cat "$out"
has "--step shows the ip line it mirrors" '^    ip      ip netns add ns1' cat "$out"
has "--step asks before step 1" '^\[Enter\] run this step, s skip it, q quit: ' cat "$out"
has "Enter ran step 1" '^\+ nsadd ns2' cat "$out"
has "step 2 was shown before it was skipped" 'ip      ip link add veth_ns1 type veth peer name veth_ns2' cat "$out"
has "s skipped step 2" '\(step 2 skipped\)' cat "$out"
lacks "nothing of step 2 ran" '^\+ (vethadd|linklist)' cat "$out"
has "q quit before step 3" 'stopped before step 3; what was made is left' cat "$out"
lacks "nothing of step 3 ran" '^\+ linkset' cat "$out"
has "q exits 0" '^status 0$' cat "$out"
has "step 1's namespaces are left" '^namespaces: ns1 ns2 $' cat "$out"
lacks "step 2's pair was not made" 'the veth pair is made' cat "$out"

typed '\n\n\n\n\n\n' '' "$g/veth-guide.sh --check >/dev/null; echo \"check \$?\""
same "six Enters run the whole guide, both pings" "grep -c '3 packets transmitted, 3 received' '$out'" "echo 2"
has "it ends with status 0" '^status 0$' cat "$out"
has "and --check finds it done" '^check 0$' cat "$out"
lacks "no step was skipped" 'skipped' cat "$out"

typed 'x\n\n' '' ''
same "another answer asks again" "grep -o 'q quit: ' '$out' | wc -l" "echo 3"
has "then Enter runs the step" '\+ nsadd ns1' cat "$out"
has "end of input quits, as q does" 'stopped before step 2' cat "$out"

fresh "$g/bridge-guide.sh --step 3 </dev/null; echo \"status \$?\"; nslist; echo end"
has "--step without a terminal refuses" \
	'^bridge-guide.sh: --step waits for Enter before each step, and standard input is not a terminal$' cat "$out"
has "with exit 2" '^status 2$' cat "$out"
same "and makes nothing" "sed -n '/^status/,\$p' '$out'" "printf 'status 2\nend\n'"

# --- --check after each prefix of a guide --------------------------------
# A guide's state-changing lines, in order: the step (counting only steps
# there is something to check in), the tinyip line, the ip line.
cat >"$work/veth" <<'EOF'
1|nsadd ns1|ip netns add ns1
1|nsadd ns2|ip netns add ns2
2|vethadd veth_ns1 peer name veth_ns2|ip link add veth_ns1 type veth peer name veth_ns2
3|linkset veth_ns1 netns ns1|ip link set veth_ns1 netns ns1
3|linkset veth_ns2 netns ns2|ip link set veth_ns2 netns ns2
4|nsexec ns1 linkset veth_ns1 up|ip netns exec ns1 ip link set veth_ns1 up
4|nsexec ns2 linkset veth_ns2 up|ip netns exec ns2 ip link set veth_ns2 up
5|nsexec ns1 addradd 10.1.1.1/24 dev veth_ns1|ip netns exec ns1 ip addr add 10.1.1.1/24 dev veth_ns1
5|nsexec ns2 addradd 10.1.1.2/24 dev veth_ns2|ip netns exec ns2 ip addr add 10.1.1.2/24 dev veth_ns2
EOF
cat >"$work/bridge" <<'EOF'
1|nsadd ns1|ip netns add ns1
1|nsadd ns2|ip netns add ns2
2|bradd br0|ip link add br0 type bridge
3|linkset dev br0 up|ip link set dev br0 up
4|vethadd veth_ns1 peer name veth_ns1_br0|ip link add veth_ns1 type veth peer name veth_ns1_br0
4|vethadd veth_ns2 peer name veth_ns2_br0|ip link add veth_ns2 type veth peer name veth_ns2_br0
5|linkset veth_ns1 netns ns1|ip link set veth_ns1 netns ns1
5|linkset veth_ns1_br0 master br0|ip link set veth_ns1_br0 master br0
5|linkset veth_ns2 netns ns2|ip link set veth_ns2 netns ns2
5|linkset veth_ns2_br0 master br0|ip link set veth_ns2_br0 master br0
6|nsexec ns1 linkset veth_ns1 up|ip netns exec ns1 ip link set veth_ns1 up
6|linkset veth_ns1_br0 up|ip link set veth_ns1_br0 up
6|nsexec ns2 linkset veth_ns2 up|ip netns exec ns2 ip link set veth_ns2 up
6|linkset veth_ns2_br0 up|ip link set veth_ns2_br0 up
7|nsexec ns1 addradd 10.1.1.1/24 dev veth_ns1|ip netns exec ns1 ip addr add 10.1.1.1/24 dev veth_ns1
7|nsexec ns2 addradd 10.1.1.2/24 dev veth_ns2|ip netns exec ns2 ip addr add 10.1.1.2/24 dev veth_ns2
8|addradd 10.1.1.4/24 dev br0|ip addr add 10.1.1.4/24 dev br0
9|sysctl -w net.ipv4.ip_forward=1|sysctl -w net.ipv4.ip_forward=1
10|nsexec ns1 routeadd default via 10.1.1.4|ip netns exec ns1 ip route add default via 10.1.1.4
10|nsexec ns2 routeadd default via 10.1.1.4|ip netns exec ns2 ip route add default via 10.1.1.4
EOF
cat >"$work/overview" <<'EOF'
1|nsadd mynamespace|ip netns add mynamespace
2|vethadd veth-host peer name veth-ns|ip link add veth-host type veth peer name veth-ns
2|linkset veth-ns netns mynamespace|ip link set veth-ns netns mynamespace
3|nsexec mynamespace addradd 192.168.100.2/24 dev veth-ns|ip netns exec mynamespace ip addr add 192.168.100.2/24 dev veth-ns
3|nsexec mynamespace linkset dev veth-ns up|ip netns exec mynamespace ip link set dev veth-ns up
4|addradd 192.168.100.1/24 dev veth-host|ip addr add 192.168.100.1/24 dev veth-host
4|linkset veth-host up|ip link set veth-host up
EOF

# prefixes GUIDE ARGS TEST: for K = 0 to all, the first K lines of the guide's
# table (column 2, tinyip; column 3, ip), then --check: it reports done
# exactly the steps all of whose lines ran, and line K+1 as the next
# command; after all of them, that the guide is done, and its first test
# (TEST) is the next command. One sandbox for each way of typing: the
# check runs after each line.
prefixes() {
	table=$work/$1
	total=$(wc -l <"$table")
	steps=$(tail -1 "$table" | cut -d'|' -f1)
	for column in 2 3; do
		by=$([ $column = 2 ] && echo tinyip || echo ip)
		cut -d'|' -f$column "$table" >"$scratch/lines"
		fresh "k=0
			while :; do
				echo \"== prefix \$k\"
				$g/$1-guide.sh --check $2; echo \"status \$?\"
				k=\$((k + 1))
				line=\$(sed -n \"\${k}p\" '$scratch/lines')
				[ -n \"\$line\" ] || break
				eval \"\$line\" >/dev/null || echo \"== failed: \$line\"
			done"
		cp "$out" "$work/prefixes"
		has "$1 guide by $by: every line ran" '^== prefix' cat "$work/prefixes"
		lacks "$1 guide by $by: no line failed" '^== failed' cat "$work/prefixes"
		k=0
		while [ $k -le "$total" ]; do
			awk -v k=$k '$0 == "== prefix " k { on = 1; next } /^== prefix / { on = 0 } on' \
				"$work/prefixes" >"$out"
			# The steps done: the first step each line after K is in is not.
			want_done=$(awk -F'|' -v k=$k -v steps="$steps" '
				NR > k { undone[$1] = 1 }
				END { for (s = 1; s <= steps; s++) if (!(s in undone)) printf "%d ", s }' "$table")
			got_done=$(grep -E '^  \[[x ]\] ' "$out" |
				awk '{ n++ } /^  \[x\]/ { printf "%d ", n }')
			what="$1 guide, $k lines by $by:"
			if [ "$want_done" = "$got_done" ]; then pass "$what steps done: ${got_done:-none}"
			else fail "$what steps done: '$got_done', wanted '$want_done'"; sed 's/^/#   /' "$out"; fi
			if [ $k -lt "$total" ]; then
				want_next=$(line $((k + 1)) "$table" | cut -d'|' -f2)
				# Without procps, the same write, as the guide does it.
				[ "$want_next" != "sysctl -w net.ipv4.ip_forward=1" ] || command -v sysctl >/dev/null ||
					want_next="echo 1 >/proc/sys/net/ipv4/ip_forward"
				want_status=1
			else
				want_next=$3
				want_status=0
			fi
			got_next=$(sed -n 's/^next: //p' "$out")
			if [ "$got_next" = "$want_next" ] && grep -qx "status $want_status" "$out"; then
				pass "$what next: $got_next"
			else
				fail "$what next: '$got_next', wanted '$want_next' (status $want_status)"
				sed 's/^/#   /' "$out"
			fi
			k=$((k + 1))
		done
	done
}
prefixes veth '' 'nsexec ns1 ping -c 3 -i 0.2 10.1.1.2'
prefixes bridge --host 'nsexec ns1 ping -c 1 -W 2 10.1.1.2'
prefixes overview '' 'nsexec mynamespace ping -c 3 -i 0.2 192.168.100.1'
# The last case above: the overview guide, all of it typed with ip.
has "a done guide says so" '^the overview guide is done\.$' cat "$out"
has "and shows the ip form of its next command" \
	'^  \(ip: ip netns exec mynamespace ping -c 3 -i 0\.2 192\.168\.100\.1\)$' cat "$out"

# --- --check in wrong states --------------------------------------------
# wrong WHAT GUIDE-ARGS SETUP PROBLEM FIX [THEN]: after the shell SETUP,
# --check names PROBLEM (a grep -E pattern) and gives FIX as the next
# command; run, FIX makes PROBLEM go; following each next command from
# there (each must succeed) ends with the guide done, and then the shell
# THEN (a ping, say) succeeds.
wrong() {
	fresh "set -e; $3; set +e
		k=0
		while [ \$k -lt 30 ]; do
			echo \"== check \$k\"
			said=\$($g/$2 --check 2>&1)
			status=\$?
			printf '%s\\n' \"\$said\"
			echo \"== status \$k \$status\"
			[ \$status = 0 ] && break
			next=\$(printf '%s\\n' \"\$said\" | sed -n 's/^next: //p')
			[ -n \"\$next\" ] || break
			set -f; \$next; ran=\$?; set +f
			echo \"== ran \$k \$ran: \$next\"
			k=\$((k + 1))
		done
		{ ${6:-:}; } >/dev/null 2>&1; echo \"== then \$?\""
	awk '/^== check 0$/, /^== status 0 /' "$out" >"$work/first"
	awk '/^== check 1$/, /^== status 1 /' "$out" >"$work/second"
	if grep -Eq -- "$4" "$work/first"; then pass "$1: --check says: $4"
	else fail "$1: --check does not say /$4/"; sed 's/^/#   /' "$work/first"; fi
	if grep -Fqx "next: $5" "$work/first"; then pass "$1: the fix it gives is: $5"
	else fail "$1: the fix is not '$5'"; sed 's/^/#   /' "$work/first"; fi
	if [ -s "$work/second" ] && ! grep -Eq -- "$4" "$work/second"; then pass "$1: the fix, run, moved the check on"
	else fail "$1: after the fix, --check still says /$4/"; sed 's/^/#   /' "$work/second"; fi
	if grep -Eq '^== status [0-9]+ 0$' "$out" && ! grep -Eq '^== ran [0-9]+ [1-9]' "$out"; then
		pass "$1: following the next commands completes the guide"
	else
		fail "$1: following the next commands does not complete the guide"
		sed 's/^/#   /' "$out" | tail -30
	fi
	if grep -qx '== then 0' "$out"; then pass "$1: and then ${6:-nothing more} works"
	else fail "$1: at the end, ${6:-:} fails"; fi
}
# lines GUIDE COLUMN [N]: the first N lines (all) of GUIDE's table, as tinyip
# (COLUMN 2) or ip (3) writes them, as one shell line.
lines() { head -n "${3:-999}" "$work/$1" | cut -d'|' -f"$2" | paste -sd';'; }
veth_lines() { echo "$(lines veth 2 "$1");"; }
veth_ip() { echo "$(lines veth 3 "$1");"; }
wrong "wrong namespace" veth-guide.sh "$(veth_lines 4) linkset veth_ns2 netns ns1" \
	'wrong: veth_ns2 is in ns1, not in ns2' 'nsexec ns1 linkset veth_ns2 netns ns2'
wrong "wrong address" veth-guide.sh \
	"$(veth_ip 8) ip -n ns2 addr add 10.1.1.3/24 dev veth_ns2" \
	'wrong: veth_ns2 in ns2 has 10\.1\.1\.3/24, not 10\.1\.1\.2/24' \
	'nsexec ns2 addrdel 10.1.1.3/24 dev veth_ns2'
wrong "wrong prefix length" veth-guide.sh \
	"$(veth_lines 7) nsexec ns1 addradd 10.1.1.1/16 dev veth_ns1; $(line 9 "$work/veth" | cut -d'|' -f2)" \
	'wrong: veth_ns1 in ns1 has 10\.1\.1\.1/16: the guide gives it 10\.1\.1\.1/24' \
	'nsexec ns1 addrdel 10.1.1.1/16 dev veth_ns1'
wrong "link down" veth-guide.sh "$(veth_ip 9) ip -n ns2 link set veth_ns2 down" \
	'to do: veth_ns2 in ns2 is down' 'nsexec ns2 linkset veth_ns2 up'
wrong "missing bridge port" "bridge-guide.sh --host" \
	"$(lines bridge 3); ip link set veth_ns2_br0 nomaster" \
	'to do: veth_ns2_br0 is not a port of br0' 'linkset veth_ns2_br0 master br0'
# The kernel ends ns2's veth end, and with it its peer in ns1, a moment
# after nsdel; nsdel -w waits for that: the case is the namespace missing
# (a check in between would race the kernel).
wrong "missing namespace" veth-guide.sh "$(veth_lines 9) nsdel -w ns2" \
	'to do: there is no namespace ns2' 'nsadd ns2'
wrong "extra address" veth-guide.sh \
	"$(veth_lines 9) ip -n ns1 addr add 10.1.1.9/24 dev veth_ns1" \
	'wrong: veth_ns1 in ns1 also has 10\.1\.1\.9/24, which the guide does not give it' \
	'nsexec ns1 addrdel 10.1.1.9/24 dev veth_ns1'
wrong "peer renamed" veth-guide.sh "$(veth_ip 3) ip link set veth_ns2 name veth_x" \
	"wrong: veth_ns1's peer is named veth_x, not veth_ns2" 'linkset veth_x name veth_ns2'
wrong "peer renamed, and up" veth-guide.sh \
	"$(veth_lines 9) ip -n ns2 link set veth_ns2 down; ip -n ns2 link set veth_ns2 name peer0;
	 ip -n ns2 link set peer0 up" \
	"wrong: veth_ns1's peer is named peer0, not veth_ns2: to rename it, first bring it down" \
	'nsexec ns2 linkset peer0 down'
wrong "address on the other device" veth-guide.sh \
	"$(veth_lines 7) nsexec ns1 addradd 10.1.1.2/24 dev veth_ns1; nsexec ns2 addradd 10.1.1.1/24 dev veth_ns2" \
	'wrong: 10\.1\.1\.1 is on veth_ns2 in ns2; the guide puts it on veth_ns1 in ns1' \
	'nsexec ns2 addrdel 10.1.1.1/24 dev veth_ns2'
wrong "a host end moved away" overview-guide.sh \
	"$(lines overview 2); linkset veth-host netns mynamespace" \
	'wrong: veth-host is in mynamespace, not in the host' 'nsexec mynamespace linkdel veth-host'
wrong "a bridge port moved into a namespace" "bridge-guide.sh" \
	"$(lines bridge 2 16); linkset veth_ns2_br0 netns ns1" \
	'wrong: veth_ns2_br0 is in ns1, not in the host' 'nsexec ns1 linkdel veth_ns2_br0'
wrong "the wrong default route" "bridge-guide.sh --host" \
	"$(lines bridge 3 19); ip -n ns2 route add default via 10.1.1.1" \
	'wrong: the default route in ns2 goes via 10\.1\.1\.1, not via 10\.1\.1\.4' \
	'nsexec ns2 routedel default via 10.1.1.1'
wrong "a stale namespace name" veth-guide.sh "nsadd ns1; mkdir -p /run/netns; touch /run/netns/ns2" \
	'wrong: ns2 cannot be entered: stale namespace \(its mount is gone\)' 'nsdel ns2'
# What another guide left: the same namespace and link names, other pairs.
ping_both="nsexec ns1 ping -c 1 -W 2 10.1.1.2 && nsexec ns2 ping -c 1 -W 2 10.1.1.1"
wrong "the bridge guide's leftovers, then the veth guide" veth-guide.sh \
	"$(lines bridge 2 16)" \
	"wrong: veth_ns1's peer is named veth_ns1_br0, not veth_ns2: to rename it, first bring it down" \
	'linkset veth_ns1_br0 down' "$ping_both"
wrong "the veth guide's leftovers, then the bridge guide" bridge-guide.sh \
	"$(lines veth 2); bradd br0; linkset dev br0 up" \
	"wrong: veth_ns1's peer is veth_ns2 in ns2, not veth_ns1_br0: delete the pair and make it again" \
	'nsexec ns2 linkdel veth_ns2' "$ping_both"
wrong "pairs wired across" bridge-guide.sh \
	"nsadd ns1; nsadd ns2; bradd br0; linkset dev br0 up;
	 vethadd veth_ns1 peer name veth_ns2_br0; vethadd veth_ns2 peer name veth_ns1_br0" \
	"wrong: veth_ns1's peer is veth_ns2_br0 in the host, not veth_ns1_br0: delete the pair" \
	'linkdel veth_ns2_br0' "$ping_both"
wrong "a second default route" "bridge-guide.sh --host" \
	"$(lines bridge 3); ip -n ns2 route add default via 10.1.1.1 metric 100" \
	"wrong: the default route in ns2 also goes via 10\.1\.1\.1 \(the guide's goes via 10\.1\.1\.4\)" \
	'nsexec ns2 routedel default via 10.1.1.1'
# What the plan names nowhere and yet breaks the guide.
ping_over="nsexec mynamespace ping -c 1 -W 2 192.168.100.1"
wrong "a bridge that is a veth" bridge-guide.sh "nsadd ns1; nsadd ns2; vethadd br0 peer name zz" \
	'wrong: br0 in the host is a veth, not a bridge' 'linkdel br0' "$ping_both"
wrong "a guide's veth name on a bridge" veth-guide.sh "bradd veth_ns1; nsadd ns1; nsadd ns2" \
	'wrong: veth_ns1 in the host is not a veth end' 'linkdel veth_ns1' "$ping_both"
wrong "the guide's address on lo" overview-guide.sh \
	"$(lines overview 2); addradd 192.168.100.2/24 dev lo" \
	'wrong: lo in the host has 192\.168\.100\.2/24, the address the guide gives veth-ns in mynamespace' \
	'addrdel 192.168.100.2/24 dev lo' "$ping_over"
wrong "an address in the guide's subnet on lo" veth-guide.sh \
	"$(veth_lines 9) ip -n ns1 addr add 10.1.1.77/24 dev lo" \
	"wrong: lo in ns1 has 10\.1\.1\.77/24, in the guide's subnet" \
	'nsexec ns1 addrdel 10.1.1.77/24 dev lo' "$ping_both"
wrong "an address on a bridge port" "bridge-guide.sh --host" \
	"$(lines bridge 3); ip addr add 10.1.1.9/24 dev veth_ns1_br0" \
	'wrong: veth_ns1_br0 in the host has 10\.1\.1\.9/24, and the guide gives it no address' \
	'addrdel 10.1.1.9/24 dev veth_ns1_br0' "ping -c 1 -W 2 10.1.1.1"
wrong "a port of a bridge the guide has not" overview-guide.sh \
	"$(lines overview 2); bradd br1; linkset veth-host master br1" \
	'wrong: veth-host is a port of br1, and the guide puts it on no bridge' \
	'linkset veth-host nomaster' "$ping_over"

# An address the guide does not make, on a link it does not use, is left
# alone, even the one the guide wants elsewhere.
fresh "vethadd eth0 peer name eth0p; addradd 10.1.1.2/24 dev eth0; $(veth_lines 8)
	$g/veth-guide.sh --check; echo \"status \$?\"; addrlist dev eth0"
has "an address on a link outside the guide is no problem" \
	'^next: nsexec ns2 addradd 10\.1\.1\.2/24 dev veth_ns2$' cat "$out"
lacks "and is not named" 'wrong:' cat "$out"

# Without the right to enter a namespace, --check says so and stops; it
# does not take the namespace for a stale one.
fresh "$(veth_lines 9) setpriv --inh-caps=-sys_admin --bounding-set=-sys_admin \
	$g/veth-guide.sh --check; echo \"status \$?\""
has "--check unable to enter a namespace says so" \
	'^veth-guide.sh: --check cannot look inside ns[12]: .*Operation not permitted' cat "$out"
has "and fails" '^status 1$' cat "$out"
lacks "suggesting nothing" 'nsdel|next:' cat "$out"

# --- --dot, --map, --explain ---------------------------------------------
fresh "$g/bridge-guide.sh --dot $scratch/slides; echo \"status \$?\""
has "--dot runs the guide" '^status 0$' cat "$out"
same "--dot writes one file per step of the bridge guide" \
	"ls $scratch/slides | grep '\.dot\$'" \
	"printf '%s\n' 01-create-network-namespaces.dot 02-create-a-linux-bridge.dot \
		03-bring-the-bridge-up.dot 04-create-veth-pairs.dot \
		05-attach-veth-pairs-to-the-corresponding.dot 06-bring-all-interfaces-up.dot \
		07-configure-ip-for-namespaces.dot 08-test-connectivity-between-the-namespaces.dot"
has "each is titled with its step" \
	'label="the bridge guide: 5\. Attach veth pairs to the corresponding network namespace and the bridge"' \
	cat "$scratch/slides/05-attach-veth-pairs-to-the-corresponding.dot"
has "a step's slide marks what it made" 'veth_ns1_br0</b>.*<i>new</i>' \
	cat "$scratch/slides/04-create-veth-pairs.dot"
for f in "$scratch"/slides/*.dot; do
	dot -Tsvg -o /dev/null "$f" >"$work/dot" 2>&1
	if [ $? = 0 ] && [ ! -s "$work/dot" ]; then pass "dot -Tsvg takes $(basename "$f") without a word"
	else fail "dot -Tsvg on $(basename "$f"): $(head -3 "$work/dot")"; fi
	[ -s "${f%.dot}.svg" ] && pass "an SVG is next to $(basename "$f")" ||
		fail "no SVG next to $(basename "$f")"
done

fresh "LC_ALL=C $g/veth-guide.sh --map"
has "--map shows nsmap after a step" '^# nsmap: what step 2 changed' cat "$out"
has "marking what the step made" '^\+ veth_ns1 +veth +DOWN' cat "$out"
has "and what it moved away" '^- veth_ns1 +veth .*\(removed\)' cat "$out"

fresh "env -u TINYIP_EXPLAIN_FD $g/overview-guide.sh --explain 2>$scratch/explain; echo \"status \$?\""
has "--explain runs the guide" '^status 0$' cat "$out"
has "--explain explains a command's requests" 'vethadd: >> request [0-9]+: RTM_NEWLINK' cat "$scratch/explain"
has "and those of a command nsexec runs" 'addradd: >> request [0-9]+: RTM_NEWADDR' cat "$scratch/explain"
fresh "TINYIP_EXPLAIN_FD=3 $g/veth-guide.sh --explain 3>$scratch/explain3 2>$scratch/stderr3"
has "with TINYIP_EXPLAIN_FD=3, --explain writes to fd 3" 'linkset: >> request [0-9]+: RTM_NEWLINK' \
	cat "$scratch/explain3"
lacks "and not to stderr" '>> request' cat "$scratch/stderr3"

# --- usage and failures ---------------------------------------------------
expect_error 2 "veth-guide.sh: --step: --check runs nothing, so it takes no --step" \
	"$g/veth-guide.sh" --check --step
expect_error 2 "bridge-guide.sh: 0: N must be 1 to 250" "$g/bridge-guide.sh" --check 0
expect_error 2 "veth-guide.sh: --dot: needs a directory" "$g/veth-guide.sh" --dot
expect_error 2 "veth-guide.sh: --dot: needs a directory" "$g/veth-guide.sh" --dot --map
expect_error 2 "overview-guide.sh: --steps: not a word this guide takes (see overview-guide.sh --help)" \
	"$g/overview-guide.sh" --steps
expect 0 "--help is not an error" "$g/overview-guide.sh" --help
has "--help gives the usage" '^usage: overview-guide.sh \[--step\]' cat "$out"
has "and every option" '^  --check +run nothing' cat "$out"
has "the bridge guide's own too" '^  N +ns1 to nsN' "$g/bridge-guide.sh" --help
fresh "nsadd ns2; $g/veth-guide.sh; echo \"status \$?\"; nslist"
has "a step that fails stops the guide, saying where" \
	'^veth-guide.sh: step 1 stopped: nsadd ns2: exit 1 \(see where you stand: veth-guide.sh --check\)$' cat "$out"
has "with the command's status" '^status 1$' cat "$out"
lacks "and runs nothing after it" '^\+ (nslist|vethadd)' cat "$out"

# The teardowns' -f and -w are tinyip's (gone is no error; wait for the
# kernel); their ip lines have none.
same "to-ip leaves out nsdel's -f -w and linkdel's -f" \
	"printf '+ nsdel -f -w ns1 ns2\n+ nsexec ns1 linkdel -f veth_ns1\n' | '$g/to-ip'" \
	"printf 'ip netns del ns1\nip netns del ns2\nip netns exec ns1 ip link del veth_ns1\n'"
