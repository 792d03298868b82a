# nsmap: the whole topology at once, checked against ip -d -j in every
# namespace, after each guide; the picture renders; --since marks what
# each step of the bridge guide changed.
. "$(dirname "$0")/lib.sh"
LANG=C
export LANG

# settle: let the kernel finish its own part of a step: carrier and
# operstate reach a link's flags through linkwatch, which waits up to a
# second before it sends a change on. Until it has, a link that is up has
# LOWER_UP (carrier) and NO-CARRIER (not running) both, or neither; wait
# (at most 3 s) until no link anywhere is so.
settle() {
	tries=0
	while [ $tries -lt 60 ]; do
		for ns in "" $(ls /run/netns 2>/dev/null); do
			ip ${ns:+-n "$ns"} -o link show 2>/dev/null
		done | awk '{ f = $3; gsub(/[<>]/, ",", f) }
			f ~ /,UP,/ && ((f ~ /,LOWER_UP,/) == (f ~ /,NO-CARRIER,/)) { busy = 1 }
			END { exit !busy }' || return 0
		sleep 0.05
		tries=$((tries + 1))
	done
}

# mapped WHAT: nsmap -j agrees with ip, its text shows each link with
# its kind and state, and nsmap -g renders without a warning.
mapped() {
	settle
	nsmap -j >"$work/map.json" 2>"$err" || fail "$1: nsmap -j ran ($(cat "$err"))"
	if "$top/tests/e2e/mapcheck" "$work/map.json" >"$work/why" 2>&1; then pass "$1: nsmap -j = ip"
	else fail "$1: nsmap -j = ip: $(head -c 600 "$work/why")"; fi
	nsmap >"$work/map.txt"
	missing=$(jq -r '.namespaces[].links[] | "\(.ifname) \(.kind) \(.state)"' "$work/map.json" |
		while read -r name kind state; do
			grep -Eq "^  (\`- |\|- )?$name +$kind +$state( |\$)" "$work/map.txt" ||
				echo "$name ($kind, $state)"
		done)
	if [ -z "$missing" ]; then pass "$1: the text shows every link"; else
		fail "$1: the text lacks $missing"; sed 's/^/#   /' "$work/map.txt" | head -30; fi
	nsmap -g --title "$1" >"$work/map.dot"
	if dot -Tsvg -o "$work/map.svg" "$work/map.dot" 2>"$work/dot.err" && [ ! -s "$work/dot.err" ]; then
		pass "$1: nsmap -g renders with dot, no warning"
	else
		fail "$1: dot says: $(head -c 300 "$work/dot.err")"
	fi
}

expect 0 "nsmap with nothing but lo" nsmap
same "it shows this namespace, empty" "cat '$out'" \
	"printf '%s\n' 'host (nsmap runs here)' '  lo loopback UP' '  (only lo: nothing here yet)' 'cables (veth pairs)'"

# The veth guide, with a namespace of ip's own beside it.
ip netns add ipns
"$top/scripts/veth-guide.sh" >/dev/null
mapped "the veth guide"
has "veth_ns1 in ns1 is cabled to veth_ns2 in ns2" '^  veth_ns1 +veth +UP +10\.1\.1\.1/24 +=== veth_ns2 in ns2$' cat "$work/map.txt"
has "the cable, once" '^  ns1/veth_ns1 === ns2/veth_ns2$' cat "$work/map.txt"
same "one cable line for the one pair" "sed -n '/^cables/,\$p' '$work/map.txt' | grep -c ==="  "echo 1"
has "ip's own namespace is there, empty" '^ipns$' cat "$work/map.txt"
same "namespaces sorted, this one first" "grep -v '^ ' '$work/map.txt'" \
	"printf '%s\n' 'host (nsmap runs here)' ipns ns1 ns2 'cables (veth pairs)'"
"$top/scripts/veth-guide.sh" --teardown >/dev/null

# A link in the middle of a move, and "up, no carrier".
nsadd mid
vethadd m1 peer name m2
linkset m1 netns mid
linkset m2 up
mapped "a veth half moved"
has "up, no carrier, in words" '^  m2 +veth +UP, no carrier +=== m1 in mid$' cat "$work/map.txt"
has "the other end, in mid, down" '^  m1 +veth +DOWN +=== m2 in host$' cat "$work/map.txt"
# A peer in a namespace with no name.
unshare --net sleep 30 &
holder=$!
sleep 0.2
linkset -n mid m1 netns "$holder"
expect 0 "nsmap with a peer in an unnamed namespace" nsmap
has "it says so, with the nsid" '^  m2 +veth +UP, no carrier +=== if[0-9]+ in nsid [0-9]+ \(a namespace with no name\)$' cat "$out"
nsmap -g >"$work/unnamed.dot"
has "and draws it" 'a namespace with no name' cat "$work/unnamed.dot"
kill "$holder"; wait "$holder" 2>/dev/null
nsdel mid
# m2's peer was in the unnamed namespace, which nsdel -w does not look at.
for i in 1 2 3 4 5 6 7 8 9 10; do ip link show m2 >/dev/null 2>&1 || break; sleep 0.2; done

# The bridge guide with 2 and with 20 namespaces; the overview guide.
"$top/scripts/bridge-guide.sh" --host 2 >/dev/null
mapped "the bridge guide, 2 namespaces"
has "ports under their bridge" '^  br0 +bridge +UP +10\.1\.1\.4/24$' cat "$work/map.txt"
has "the last port drawn so" '^  `- veth_ns2_br0 +veth +UP +=== veth_ns2 in ns2$' cat "$work/map.txt"
has "a veth end names its peer's bridge" '^  veth_ns1 +veth +UP +10\.1\.1\.1/24 +=== veth_ns1_br0 in host \(port of br0\)$' cat "$work/map.txt"
has "cables start at the bridge" '^  br0 - host/veth_ns1_br0 === ns1/veth_ns1$' cat "$work/map.txt"
"$top/scripts/bridge-guide.sh" --teardown 2 >/dev/null
"$top/scripts/bridge-guide.sh" 20 >/dev/null
mapped "the bridge guide, 20 namespaces"
same "20 cables" "sed -n '/^cables/,\$p' '$work/map.txt' | grep -c '^  br0 - '" "echo 20"
"$top/scripts/bridge-guide.sh" --teardown 20 >/dev/null
"$top/scripts/overview-guide.sh" >/dev/null
mapped "the overview guide"
"$top/scripts/overview-guide.sh" --teardown >/dev/null

# -a: link-local and loopback addresses too; -n: from inside a namespace.
nsadd solo
linkset -n solo lo up
lacks "without -a, no loopback address" '127\.0\.0\.1' nsmap -n solo
has "with -a, lo's addresses" '^  lo +loopback +UP +127\.0\.0\.1/8, ::1/128$' nsmap -a -n solo
has "-n: the namespace it runs in is marked" '^solo \(nsmap runs here\)$' nsmap -n solo
nsdel solo

# --since: after each step of the bridge guide, exactly what it changed.
# step WORDS MARKS: run the step, then nsmap --since the map before it
# must mark exactly MARKS ("+:name", "~:name", "-:name", "new:ns").
step() {
	nsmap -j >"$work/before.json"
	sh -c "$1" || fail "step $1"
	case $1 in *" up"|*master*) settle ;; esac	# what moves a carrier
	nsmap --since "$work/before.json" >"$work/since"
	marks=$(sed -n 's/^\([+~-]\) \(`- \||- \)\{0,1\}\([^ ]*\) .*/\1 \3/p; s/^\([^ ]*\)  (new)$/new \1/p' \
		"$work/since" | sort | tr '\n' ',')
	want=$(printf '%s\n' $2 | tr ':' ' ' | sort | tr '\n' ',')
	if [ "$marks" = "$want" ]; then pass "--since after '$1' marks: $2"; else
		fail "--since after '$1' marks '$marks', wanted '$want'"; sed 's/^/#   /' "$work/since" | head -20; fi
}
settle
step "nsadd ns1" "new:ns1 +:lo"
step "nsadd ns2" "new:ns2 +:lo"
step "bradd br0" "+:br0"
step "linkset dev br0 up" "~:br0"
step "vethadd veth_ns1 peer name veth_ns1_br0" "+:veth_ns1 +:veth_ns1_br0"
step "vethadd veth_ns2 peer name veth_ns2_br0" "+:veth_ns2 +:veth_ns2_br0"
step "linkset veth_ns1 netns ns1" "-:veth_ns1 +:veth_ns1 ~:veth_ns1_br0"
step "linkset veth_ns1_br0 master br0" "~:br0 ~:veth_ns1_br0"
step "linkset veth_ns2 netns ns2" "-:veth_ns2 +:veth_ns2 ~:veth_ns2_br0"
step "linkset veth_ns2_br0 master br0" "~:veth_ns2_br0"
step "nsexec ns1 linkset veth_ns1 up" "~:veth_ns1"
step "linkset veth_ns1_br0 up" "~:br0 ~:veth_ns1 ~:veth_ns1_br0"
step "nsexec ns2 linkset veth_ns2 up" "~:veth_ns2"
step "linkset veth_ns2_br0 up" "~:veth_ns2 ~:veth_ns2_br0"
step "nsexec ns1 addradd 10.1.1.1/24 dev veth_ns1" "~:veth_ns1"
step "nsexec ns2 addradd 10.1.1.2/24 dev veth_ns2" "~:veth_ns2"
step "addradd 10.1.1.4/24 dev br0" "~:br0"
has "a change says what it was" '^~ br0 +bridge +UP +10\.1\.1\.4/24 +\(addresses were none\)$' cat "$work/since"
nsmap -j >"$work/before.json"
nsmap -g --since "$work/before.json" >"$work/same.dot"
lacks "nothing changed: nothing marked in the picture" '<i>|penwidth=3, color=steel|dashed' sh -c "grep -v 'veth pair' '$work/same.dot'"
linkdel veth_ns2_br0
sleep 0.2
nsmap -g --since "$work/before.json" >"$work/gone.dot"
has "the picture marks a removed link" 'veth_ns2_br0</b>.*removed' cat "$work/gone.dot"
if dot -Tsvg -o /dev/null "$work/gone.dot" 2>"$work/dot.err" && [ ! -s "$work/dot.err" ]; then
	pass "a marked picture renders too"; else fail "dot says $(cat "$work/dot.err")"; fi

# Bad input, and a refusal.
expect_error 2 "nsmap: extra: unexpected word" nsmap extra
expect_error 2 "nsmap: -g: a picture, not JSON: give -j or -g" nsmap -j -g
expect_error 2 "nsmap: --since: marks the text or the picture, not JSON" nsmap -j --since "$work/before.json"
expect_error 2 "nsmap: --title: titles the picture: give -g too" nsmap --title T
expect_error 1 "nsmap: /nonexistent: No such file or directory" nsmap --since /nonexistent
echo '{"links": [' >"$work/bad.json"
expect_error 2 "nsmap: $work/bad.json: not a saved nsmap -j (no JSON at byte 12)" nsmap --since "$work/bad.json"
echo '[1, 2]' >"$work/other.json"
expect_error 2 "nsmap: $work/other.json: not a saved nsmap -j (no namespaces in it)" nsmap --since "$work/other.json"

# Odd states nsmap must still get right.
touch /run/netns/stale
expect 0 "a stale name in /run/netns does not stop nsmap" nsmap
lacks "and is not shown" '^stale' cat "$out"
rm /run/netns/stale
: >"$work/empty.json"
expect_error 2 "nsmap: $work/empty.json: not a saved nsmap -j (it is empty)" nsmap --since "$work/empty.json"
expect_error 1 "nsmap: /tmp: Is a directory" nsmap --since /tmp
# A namespace named host is not the unnamed one.
nsadd host
vethadd h1 peer name h2
linkset h2 netns host
expect 0 "nsmap with a namespace named host" nsmap
has "the veth into it is a cable between two namespaces" '^  host/h1 === host/h2$' cat "$out"
lacks "not a pair in one namespace" 'h1 here|h2 here' cat "$out"
nsmap -g >"$work/host.dot"
if dot -Tsvg -o /dev/null "$work/host.dot" 2>"$work/dot.err" && [ ! -s "$work/dot.err" ]; then
	pass "and its picture renders"; else fail "dot says $(head -c 300 "$work/dot.err")"; fi
nsdel host
# A lower device is no cable: only a veth has a peer.
vethadd lw1 peer name lw2
if ip link add mv0 link lw1 type macvlan 2>/dev/null; then
	expect 0 "nsmap with a macvlan" nsmap
	has "the macvlan is listed" '^  mv0 +macvlan ' cat "$out"
	lacks "with no cable" '^  mv0 .*===' cat "$out"
else
	echo "# no macvlan in this kernel: the lower-device case is not checked here"
fi

# A veth's peer in another namespace may have the veth's own index (each
# fresh namespace counts from lo = 1): still its cable.
nsadd eqx eqy && vethadd e1 netns eqx peer e2 netns eqy || fail "setup: eqx eqy"
same "e1 and e2 have one index" "ip -n eqx -j link show e1 | jq .[0].ifindex" \
	"ip -n eqy -j link show e2 | jq .[0].ifindex"
expect 0 "nsmap -j" nsmap -j
cp "$out" "$work/eq.json"
same "nsmap names e1's peer" "jq -c '.namespaces[] | select(.name == \"eqx\") | .links[] | select(.ifname == \"e1\") | .peer' '$work/eq.json'" \
	"echo '{\"namespace\":\"eqy\",\"ifname\":\"e2\"}'"
check "and mapcheck agrees" "$top/tests/e2e/mapcheck" "$work/eq.json"

# VXLAN: each device's settings in ip -d's words, and where each tunnel
# reaches: both ways, one way, a group, an address here with no VXLAN, one
# not in view, none; IPv4 and IPv6 underlays.
check "setup: two hosts joined by a veth" sh -c 'nsadd vxa && nsadd vxb &&
	vethadd eth0 netns vxa peer name eth0 netns vxb &&
	addradd -n vxa 192.168.61.1/24 dev eth0 && addradd -n vxb 192.168.61.2/24 dev eth0 &&
	addradd -n vxa fd00:61::1/64 dev eth0 nodad && addradd -n vxb fd00:61::2/64 dev eth0 nodad'
check "setup: VXLAN devices" sh -c '
	vxlanadd -n vxa vxlan0 id 42 remote 192.168.61.2 local 192.168.61.1 dev eth0 &&
	vxlanadd -n vxb vxlan0 id 42 remote 192.168.61.1 local 192.168.61.2 dev eth0 &&
	vxlanadd -n vxa one id 7 remote 192.168.61.2 && vxlanadd -n vxb one id 7 remote 192.168.61.9 &&
	vxlanadd -n vxa grp id 43 group 239.1.1.1 dev eth0 && vxlanadd -n vxb grp id 43 group 239.1.1.1 dev eth0 &&
	vxlanadd -n vxa far id 44 remote 10.61.0.9 && vxlanadd -n vxa none id 45 dstport 4790 &&
	vxlanadd -n vxa six id 46 remote fd00:61::2 local fd00:61::1 &&
	vxlanadd -n vxb six id 46 remote fd00:61::1 local fd00:61::2 &&
	vxlanadd -n vxb other id 8 remote 192.168.61.1'
mapped "VXLAN devices"
has "a VXLAN device's settings in ip -d's words" \
	'^  vxlan0 +vxlan +DOWN +~~~ id 42 remote 192\.168\.61\.2 local 192\.168\.61\.1 dev eth0 dstport 4789$' \
	cat "$work/map.txt"
has "a group, with its device" '^  grp +vxlan +DOWN +~~~ id 43 group 239\.1\.1\.1 dev eth0 dstport 4789$' cat "$work/map.txt"
has "an IPv6 underlay" '^  six +vxlan +DOWN +~~~ id 46 remote fd00:61::2 local fd00:61::1 dstport 4789$' cat "$work/map.txt"
has "a tunnel both ways, once" '^  vxa/vxlan0 ~~~ vxb/vxlan0  \(id 42, dstport 4789\)$' cat "$work/map.txt"
lacks "not from the other end too" '^  vxb/vxlan0 ~~~' cat "$work/map.txt"
has "one way, said so" '^  vxa/one ~~> vxb/one  \(id 7, dstport 4789; it does not send back here\)$' cat "$work/map.txt"
has "the other way: an address with no VXLAN" \
	'^  vxb/one ~~> 192\.168\.61\.9  \(id 7, dstport 4789; not in view: another machine, or not there yet\)$' cat "$work/map.txt"
has "a group names its members in view" \
	'^  vxa/grp ~~> group 239\.1\.1\.1  \(id 43, dstport 4789; members in view: vxb/grp\)$' cat "$work/map.txt"
has "no remote or group" '^  vxa/none  \(id 45, dstport 4790; no remote or group' cat "$work/map.txt"
has "IPv6 both ways" '^  vxa/six ~~~ vxb/six  \(id 46, dstport 4789\)$' cat "$work/map.txt"
has "an address in view with no VXLAN of the id" \
	'^  vxb/other ~~> 192\.168\.61\.1 in vxa  \(no VXLAN of id 8, dstport 4789 there\)$' cat "$work/map.txt"
same "the JSON names the other end" \
	"jq -c '.namespaces[] | select(.name == \"vxa\") | .links[] | select(.ifname == \"vxlan0\") | .vxlan' '$work/map.json'" \
	"echo '{\"id\":42,\"remote\":\"192.168.61.2\",\"local\":\"192.168.61.1\",\"link\":\"eth0\",\"port\":4789,\"other_end\":{\"namespace\":\"vxb\",\"ifname\":\"vxlan0\",\"sends_back\":true}}'"
same "and one way as one way" \
	"jq -c '.namespaces[] | select(.name == \"vxa\") | .links[] | select(.ifname == \"one\") | .vxlan.other_end' '$work/map.json'" \
	"echo '{\"namespace\":\"vxb\",\"ifname\":\"one\",\"sends_back\":false}'"
expect 0 "nsmap -g" nsmap -g
has "the picture draws the tunnel" '^  "vxa/vxlan0" -- "vxb/vxlan0" \[label=" VXLAN id 42", style=dashed' cat "$out"
has "one way with an arrow" '^  "vxa/one" -- "vxb/one" .*dir=forward' cat "$out"
has "and labels the device with its settings" 'vxlan0</b><br/>vxlan · DOWN<br/>id 42 remote 192.168.61.2' cat "$out"
# mapcheck itself: a wrong remote or a wrong other end is caught.
jq '(.namespaces[] | select(.name == "vxa") | .links[] | select(.ifname == "vxlan0") | .vxlan.remote) = "192.168.61.3"' \
	"$work/map.json" >"$work/bad.json"
expect 1 "mapcheck: a wrong remote is caught" "$top/tests/e2e/mapcheck" "$work/bad.json"
has "and named" 'vxa/vxlan0: nsmap says VXLAN' cat "$out"
jq '(.namespaces[] | select(.name == "vxa") | .links[] | select(.ifname == "vxlan0") | .vxlan.other_end.ifname) = "grp"' \
	"$work/map.json" >"$work/bad.json"
expect 1 "mapcheck: a wrong other end is caught" "$top/tests/e2e/mapcheck" "$work/bad.json"
has "and named" 'vxa/vxlan0: its other end {"namespace":"vxb","ifname":"grp","sends_back":true} is not one of' cat "$out"
jq 'del(.namespaces[].links[].vxlan.other_end?)' "$work/map.json" >"$work/bad.json"
expect 1 "mapcheck: a missing other end is caught" "$top/tests/e2e/mapcheck" "$work/bad.json"
has "and named" 'vxa/vxlan0: nsmap names no other end, but vxb/vxlan0 is one' cat "$out"
jq '(.namespaces[] | select(.name == "vxa") | .links[] | select(.ifname == "vxlan0") | .vxlan.other_end.sends_back) = false' \
	"$work/map.json" >"$work/bad.json"
expect 1 "mapcheck: a two-way tunnel said to be one way is caught" "$top/tests/e2e/mapcheck" "$work/bad.json"
has "and named" 'vxa/vxlan0: its other end .* is not one of' cat "$out"
# IPv4 and IPv6 tunnels of one VNI and port pair by family; an address
# held twice goes to the namespace with the VXLAN; a loopback remote and
# one of its own namespace send to themselves.
check "setup: IPv4 and IPv6 tunnels of one VNI" sh -c '
	vxlanadd -n vxa t4 id 60 remote 192.168.61.2 local 192.168.61.1 &&
	vxlanadd -n vxa t6 id 60 remote fd00:61::2 local fd00:61::1 &&
	vxlanadd -n vxb t4 id 60 remote 192.168.61.1 local 192.168.61.2 &&
	vxlanadd -n vxb t6 id 60 remote fd00:61::1 local fd00:61::2 &&
	vxlanadd -n vxa lo1 id 61 remote 127.0.0.1 && vxlanadd -n vxa self id 62 remote 192.168.61.1 &&
	nsadd vxc && vethadd -n vxc d1 peer d2 && addradd -n vxc 192.168.61.2/24 dev d1'
mapped "VXLAN: families, a held-twice address, loopback"
has "IPv4 with IPv4" '^  vxa/t4 ~~~ vxb/t4  \(id 60, dstport 4789\)$' cat "$work/map.txt"
has "IPv6 with IPv6" '^  vxa/t6 ~~~ vxb/t6  \(id 60, dstport 4789\)$' cat "$work/map.txt"
has "an address held twice: the namespace with the VXLAN" '^  vxa/vxlan0 ~~~ vxb/vxlan0 ' cat "$work/map.txt"
has "and where neither has one, both are named" \
	'^  vxa/one ~~> vxb/one ' cat "$work/map.txt"
has "a loopback remote sends to itself" \
	'^  vxa/lo1 ~~> 127\.0\.0\.1  \(id 61, dstport 4789; an address of its own namespace: it sends to itself\)$' cat "$work/map.txt"
has "so does its own namespace's address" '^  vxa/self ~~> 192\.168\.61\.1  \(id 62, dstport 4789; an address of its own' \
	cat "$work/map.txt"
check "setup: vxb's one goes" linkdel -n vxb one
has "an address held twice, no VXLAN: both namespaces named" \
	'^  vxa/one ~~> 192\.168\.61\.2 in vxb, vxc  \(no VXLAN of id 7, dstport 4789 there\)$' nsmap
# --since: a VXLAN made again with other settings is a change, said.
nsmap -j >"$work/vx-before.json"
check "setup: vxb's t4 made again, another remote" sh -c 'linkdel -n vxb t4 &&
	vxlanadd -n vxb t4 id 60 remote 192.168.61.9 local 192.168.61.2'
has "--since marks it, with what it was" \
	'^~ t4 +vxlan +DOWN +~~~ id 60 remote 192\.168\.61\.9 local 192\.168\.61\.2 dstport 4789  \(VXLAN was id 60 remote 192\.168\.61\.1 local 192\.168\.61\.2 dstport 4789\)$' \
	nsmap --since "$work/vx-before.json"
check "setup: vxa's t6 goes" linkdel -n vxa t6
has "--since: a removed VXLAN keeps its settings" '^- t6 +vxlan +DOWN +~~~ id 60 remote fd00:61::2 local fd00:61::1 dstport 4789  \(removed\)$' \
	nsmap --since "$work/vx-before.json"
