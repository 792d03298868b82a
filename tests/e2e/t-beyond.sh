# One step past the guides: routes and addresses built with every
# keyword ip takes, once by ip (in namespace ipb) and once by tinyip
# (here), by the translation rule (drop ip, join object and verb). The
# kernel's state (ip -d -j) must agree, and each listing tinyip prints
# here must be ip's, text byte for byte and JSON as parsed data.
. "$(dirname "$0")/lib.sh"

nsadd ipb || fail "setup: nsadd ipb"
# Both sides alike: a veth pair with fixed addresses, no duplicate
# address detection to race with.
for n in "" "-n ipb"; do
	ip $n link set lo up
	${n:+nsexec ipb} sh -c 'echo 0 >/proc/sys/net/ipv6/conf/default/accept_dad
		echo 0 >/proc/sys/net/ipv6/conf/all/accept_dad'
	ip $n link add v1 address 02:00:00:00:01:01 type veth peer name v2 address 02:00:00:00:01:02
	ip $n link set v1 up
	ip $n link set v2 up
	ip $n addr add 10.1.1.1/24 dev v1
	ip $n addr add fd01::1/64 dev v1
done

# Lifetimes and expiry count down: a number of seconds is compared as
# "N", and the numbers themselves within a second. Most JSON is the
# same bytes on both sides; only what is not goes to jsoneq (jq costs
# 40 ms a start), to be compared as parsed data.
# agree A B: 0 when the files agree so; 1 when only their seconds
# differ; 2 when the rest does (A.n and B.n: their text with "N").
agree() {
	awk -v a="$1" -v b="$2" '
	function norm(line, which,   out, tok, num) {
		out = ""
		while (match(line, /"(valid_life_time|preferred_life_time|expires)":[0-9]+|(expires |_lft )[0-9]+sec/)) {
			tok = substr(line, RSTART, RLENGTH)
			num = tok
			gsub(/[^0-9]/, "", num)
			if (num != "4294967295") {
				count[which]++
				secs[which, count[which]] = num
				sub(/[0-9]+/, "\"N\"", tok)
			}
			out = out substr(line, 1, RSTART - 1) tok
			line = substr(line, RSTART + RLENGTH)
		}
		return out line
	}
	{ which = FILENAME == a ? 1 : 2; text[which] = text[which] norm($0, which) "\n" }
	END {
		printf "%s", text[1] >(a ".n")
		printf "%s", text[2] >(b ".n")
		if (text[1] != text[2]) exit 2
		if (count[1] != count[2]) exit 1
		for (i = 1; i <= count[1]; i++)
			if (secs[1, i] - secs[2, i] > 1 || secs[2, i] - secs[1, i] > 1) exit 1
	}' "$1" "$2"
}

# pair WHAT A B: JSON files A and B agree.
pair() {
	agree "$2" "$3"
	case $? in
	0) pass "$1";;
	1) fail "$1: the seconds differ: $(grep -oE 'e":[0-9]+|s":[0-9]+' "$2" | tr '\n' ' ')against $(grep -oE 'e":[0-9]+|s":[0-9]+' "$3" | tr '\n' ' ')";;
	*) if "$top/tests/e2e/jsoneq" "$2.n" "$3.n" >"$work/why"; then pass "$1"; else
		fail "$1"; sed 's/^/#   /' "$work/why" | head -20; fi;;
	esac
}

# kstate NS FILE: the kernel's view in NS (ip -d -j of links, addresses
# and routes of every table), as one JSON array, into FILE.
kstate() {
	{
		echo "["
		ip ${1:+-n $1} -d -j link
		echo ","
		ip ${1:+-n $1} -d -j addr
		echo ","
		ip ${1:+-n $1} -d -j route show table all
		echo "]"
	} >"$2"
	[ "$(wc -l <"$2")" -ge 7 ] || fail "ip -d -j printed nothing"
}

# lists WHAT NS OBJECT [OPTS [ARGS]]: tinyip's listing of OBJECT (route,
# addr, link) in NS is ip's, in text and in JSON.
files=0
lists() {
	n=${2:+-n $2} o=${4:-} a=${5:-}
	files=$((files + 1))
	f="$work/l$files"
	# shellcheck disable=SC2086
	"${3}list" $n $o $a >"$f.a" 2>&1
	# shellcheck disable=SC2086
	ip $n $o $3 list $a >"$f.b" 2>&1
	heading="$1: ${3}list${o:+ $o}${a:+ $a} = ip${o:+ $o} $3 list${a:+ $a}"
	if [ -s "$f.a" ] && agree "$f.a" "$f.b"; then pass "$heading"; else
		fail "$heading"; diff "$f.a" "$f.b" | sed 's/^/#   /' | head -20
	fi
	# shellcheck disable=SC2086
	"${3}list" $n -j $o $a >"$f.aj"
	# shellcheck disable=SC2086
	ip $n -j $o $3 list $a >"$f.bj"
	pair "$heading, in JSON" "$f.aj" "$f.bj"
}

# both IP-LINE: ip runs IP-LINE in ipb, tinyip its translation here; then
# the kernel's state of that object must agree on both sides, and the
# listings here be ip's.
both() {
	opts=
	while case $1 in -*) true;; *) false;; esac; do opts="$opts $1"; shift; done
	object=$1 verb=$2; shift 2
	line="$opts $*"
	if ! ip -n ipb $opts $object $verb "$@" >"$work/ip.out" 2>&1; then
		fail "ip$opts $object $verb $*: $(cat "$work/ip.out")"; return; fi
	# shellcheck disable=SC2086
	if ! "$object$verb" $line >"$work/ti.out" 2>&1; then
		fail "$object$verb$line: $(cat "$work/ti.out")"; return; fi
	case=$object$verb$line
	files=$((files + 1))
	kstate ipb "$work/s$files.ip"
	kstate "" "$work/s$files.ti"
	pair "$case: the kernel's state is ip's" "$work/s$files.ip" "$work/s$files.ti"
	case $object in
	route)
		lists "$case" "" route "$opts"
		lists "$case" "" route "$opts" "table all";;
	*) lists "$case" "" "$object" "$opts";;
	esac
}

# Routes: every keyword of ip route add, and del.
both route add 10.30.0.0/16 via 10.1.1.2 metric 7
both route add 10.31.0.0/16 dev v1 priority 9
both route add 10.29.0.0/16 dev v1 preference 11
both route add default via 10.1.1.2 metric 100
both route add 10.32.0.0/16 via 10.1.1.2 table 100
both route add 10.33.0.0/16 dev v1 table 1000
both route add 10.34.0.0/16 dev v1 table main metric 3
both route add local 10.34.0.1 dev v1
both route add 10.35.0.0/16 via 10.1.1.2 src 10.1.1.1
both route add 10.36.0.0/16 via 10.1.1.2 proto static
both route add 10.37.0.0/16 via 10.1.1.2 proto 42
both route add 10.38.0.0/16 dev v1 scope host
both route add 10.39.0.0/16 via 192.0.2.1 dev v1 onlink
both route add blackhole 10.40.0.0/16
both route add unreachable 10.41.0.0/16 metric 3
both route add prohibit 10.42.0.0/16 table 200
both route add throw 10.43.0.0/16 table 200
both -6 route add fd10::/64 dev v1 metric 5
both -6 route add blackhole fd11::/64
both -6 route add fd12::/64 via fd01::2 table 100
both -6 route add fd13::/64 via fd01::2 src fd01::1 proto static
both route add dev v1 local 10.34.0.2
both route add to unicast 10.45.0.0/16 via 10.1.1.2
both route add 10.50.0.0/16 via 10.1.1.2 metric 5
both route add 10.50.0.0/16 via 10.1.1.3 metric 10
# del with the prefix alone deletes the first match, as in ip.
both route del 10.50.0.0/16
both route del 10.32.0.0/16 table 100
both route del blackhole 10.40.0.0/16
both route del 10.30.0.0/16 metric 7
both -6 route del fd10::/64
lists "IPv6" "" route -6
lists "IPv6, the local table" "" route -6 "table local"
lists "IPv4, table 200" "" route -4 "table 200"

# Addresses: every keyword of ip addr add, and del.
both addr add 10.2.3.1 peer 10.2.3.2/24 dev v1
both addr add 10.2.13.1/24 peer 10.2.13.2 dev v1
both addr add 10.2.4.1/24 dev v1 label v1:one
both addr add 10.2.14.1/24 dev v1 label other
both addr add 10.2.5.1/24 broadcast + dev v1
both addr add 10.2.6.1/24 brd 10.2.6.7 dev v1
both addr add 10.2.7.1/22 brd - dev v1
both addr add 10.2.8.1/31 brd + dev v1
both addr add 10.2.9.1/24 dev v1 valid_lft 300 preferred_lft 200
both addr add 10.2.10.1/24 dev v1 preferred_lft 100
both addr add 10.2.15.1/24 dev v1 valid_lft forever preferred_lft forever
both addr add 10.2.11.1/24 dev v1 metric 5
both addr add 10.2.12.1/24 dev v1 scope link
both addr add fd06::1/64 dev v1 nodad noprefixroute valid_lft 100 preferred_lft 0
both addr add fd07::1/64 dev v1 mngtmpaddr
both addr add fd08::1/64 dev v1 metric 9 home
both addr del 10.2.3.1 peer 10.2.3.2/24 dev v1
both addr del 10.2.4.1/24 dev v1 label v1:one
lists "one family" "" addr -4
lists "one family" "" addr -6
lists "one family, one device" "" addr -6 "dev v1"

# valid_lft alone: ip refuses it (its preferred_lft stays forever);
# addradd makes the address preferred as long as it is valid.
check "addradd valid_lft alone" addradd 10.2.16.1/24 dev v1 valid_lft 300
has "valid_lft alone: preferred as long" "valid_lft 300sec preferred_lft 300sec" addrlist dev v1
refuse "ip refuses valid_lft alone" ip addr add 10.2.16.1/24 dev v1 valid_lft 300

# Bad words: exit 2, one line, nothing changed.
expect_error 2 "addradd: fd01::2: an IPv6 address, but the address is IPv4: its peer must be IPv4 too" \
	addradd 10.2.20.1/24 dev v1 peer fd01::2
expect_error 2 "addradd: label: IPv6 addresses have no label" addradd fd20::1/64 dev v1 label v1:x
expect_error 2 "addradd: 0123456789abcdef: a label is 1 to 15 bytes" \
	addradd 10.2.20.1/24 dev v1 label 0123456789abcdef
expect_error 2 "addradd: brd: IPv6 has no broadcast" addradd fd20::1/64 dev v1 brd +
expect_error 2 "addradd: x: invalid address" addradd 10.2.20.1/24 dev v1 brd x
expect_error 2 "addradd: 10.2.20.0/24: an address, not a prefix" addradd 10.2.20.1/24 dev v1 brd 10.2.20.0/24
expect_error 2 "addradd: broadcast: given twice: broadcast and brd are one" \
	addradd 10.2.20.1/24 dev v1 brd + broadcast -
expect_error 2 "addradd: 0: a valid_lft of 0 would remove it at once" addradd 10.2.20.1/24 dev v1 valid_lft 0
expect_error 2 "addradd: 400: longer than valid_lft: an address is preferred only while valid" \
	addradd 10.2.20.1/24 dev v1 valid_lft 300 preferred_lft 400
expect_error 2 "addradd: soon: not a lifetime: a number of seconds, or forever" \
	addradd 10.2.20.1/24 dev v1 valid_lft soon
expect_error 2 "addradd: valid_lft: needs a number of seconds, or forever" addradd 10.2.20.1/24 dev v1 valid_lft
expect_error 2 "addradd: x: not a number" addradd 10.2.20.1/24 dev v1 metric x
expect_error 2 "addradd: wide: not a scope: global, site, link, host, nowhere, or 0 to 255" \
	addradd 10.2.20.1/24 dev v1 scope wide
expect_error 2 "addradd: nodad: only IPv6 addresses have duplicate address detection" \
	addradd 10.2.20.1/24 dev v1 nodad
expect_error 2 "addradd: nodad: given twice" addradd fd20::1/64 dev v1 nodad nodad
expect_error 2 "addradd: peer: given twice" addradd 10.2.20.1 dev v1 peer 10.2.20.2 peer 10.2.20.3
expect_error 2 "addrdel: valid_lft: only for addradd" addrdel 10.2.9.1/24 dev v1 valid_lft 5
expect_error 2 "addrdel: nodad: only for addradd" addrdel fd06::1/64 dev v1 nodad

expect_error 2 "routeadd: x: not a number" routeadd 10.60.0.0/16 dev v1 metric x
expect_error 2 "routeadd: 4294967296: number out of range" routeadd 10.60.0.0/16 dev v1 metric 4294967296
expect_error 2 "routeadd: metric: needs a number" routeadd 10.60.0.0/16 dev v1 metric
expect_error 2 "routeadd: metric: given twice" routeadd 10.60.0.0/16 dev v1 metric 1 metric 2
expect_error 2 "routeadd: priority: given twice: metric, priority and preference are one" \
	routeadd 10.60.0.0/16 dev v1 metric 1 priority 2
expect_error 2 "routeadd: nosuch: not a table: main, local, default or a number" \
	routeadd 10.60.0.0/16 dev v1 table nosuch
expect_error 2 "routeadd: table: given twice" routeadd 10.60.0.0/16 dev v1 table 5 table 6
expect_error 2 "routeadd: 10.1.1.0/24: a source is an address, not a prefix" \
	routeadd 10.60.0.0/16 dev v1 src 10.1.1.0/24
expect_error 2 "routeadd: fd01::1: an IPv6 address, but the route is IPv4: its source must be IPv4 too" \
	routeadd 10.60.0.0/16 dev v1 src fd01::1
expect_error 2 "routeadd: fd01::2: an IPv6 address, but the route is IPv4: its gateway must be IPv4 too" \
	routeadd 10.60.0.0/16 via fd01::2
expect_error 2 "routeadd: 10.1.1.2: an IPv4 address, but the route is IPv6: its gateway must be IPv6 too" \
	routeadd fd60::/64 via 10.1.1.2
expect_error 2 "routeadd: 10.60.0.0/16: an IPv4 prefix, but -6 asks for IPv6" \
	routeadd -6 10.60.0.0/16 dev v1
expect_error 2 "routeadd: bogus: not a protocol: a name such as static or boot, or 0 to 255" \
	routeadd 10.60.0.0/16 dev v1 proto bogus
expect_error 2 "routeadd: 256: not a protocol: a name such as static or boot, or 0 to 255" \
	routeadd 10.60.0.0/16 dev v1 protocol 256
expect_error 2 "routeadd: protocol: given twice: proto and protocol are one" \
	routeadd 10.60.0.0/16 dev v1 proto static protocol boot
expect_error 2 "routeadd: wide: not a scope: global, site, link, host, nowhere, or 0 to 255" \
	routeadd 10.60.0.0/16 dev v1 scope wide
expect_error 2 "routeadd: onlink: given twice" routeadd 10.60.0.0/16 via 10.1.1.2 dev v1 onlink onlink
expect_error 2 "routeadd: blackhole: a route type needs a PREFIX after it" routeadd blackhole
expect_error 2 "routeadd: 10.60.0.0/16: needs via GW or dev DEV" routeadd 10.60.0.0/16 metric 5
expect_error 2 "routedel: x: not a number" routedel 10.30.0.0/16 metric x
expect_error 2 "routelist: nosuch: not a table: all, main, local, default or a number" \
	routelist table nosuch
expect_error 2 "routelist: table: needs a table: all, main, local, default or a number" routelist table
expect_error 2 "routelist: dev: unexpected word" routelist dev v1
expect_error 2 "routeadd: blakhole: not a prefix, default or route type" routeadd blakhole 10.60.0.0/16
expect_error 2 "routedel: onlink: only for routeadd" routedel 10.39.0.0/16 via 192.0.2.1 dev v1 onlink
expect_error 2 "addradd: home: only IPv6 addresses are home addresses" addradd 10.2.20.1/24 dev v1 home
expect_error 2 "addradd: mngtmpaddr: only IPv6 addresses make temporary addresses" \
	addradd 10.2.20.1/24 dev v1 mngtmpaddr
expect_error 2 "addradd: autojoin: joins the group of a multicast address; this is none" \
	addradd 10.2.20.1/24 dev v1 autojoin

# -p: the route asked for, already there, is no error; another one is.
check "routeadd -p: a route with its metric, again" routeadd -p 10.30.0.0/16 via 10.1.1.2 metric 8
check "routeadd -p: again" routeadd -p 10.30.0.0/16 via 10.1.1.2 metric 8
check "routeadd -p: in table 100, again" routeadd -p 10.32.0.0/16 via 10.1.1.2 table 100
check "routeadd -p: in table 100, again" routeadd -p 10.32.0.0/16 via 10.1.1.2 table 100
check "routeadd -p: a blackhole, again" routeadd -p blackhole 10.40.0.0/16
expect_error 1 "routeadd: 10.30.0.0/16: route already exists" routeadd -p 10.30.0.0/16 via 10.1.1.3 metric 8
check "routeadd -p: without the metric, another route (metric 0)" routeadd -p 10.30.0.0/16 via 10.1.1.2
check "routeadd -p: via another gateway, metric 9" routeadd -p 10.30.0.0/16 via 10.1.1.3 metric 9
# The one of metric 0 is via 10.1.1.2: via 10.1.1.3, metric 0, is not there.
expect_error 1 "routeadd: 10.30.0.0/16: route already exists" routeadd -p 10.30.0.0/16 via 10.1.1.3
expect_error 1 "routeadd: 10.41.0.0/16: route already exists" routeadd -p blackhole 10.41.0.0/16 metric 3
check "routedel -f: no such blackhole, no error" routedel -f blackhole 10.44.0.0/16
check "routedel -f: no such route in table 100, no error" routedel -f 10.99.0.0/16 table 100

# A refusal by the kernel: exit 1, its words, nothing left.
expect_error 1 "routeadd: 10.60.0.0/16: Gateway, device and multipath can not be specified for this route type" \
	routeadd blackhole 10.60.0.0/16 via 10.1.1.2
expect_error 1 "routeadd: 10.60.0.0/16: Gateway, device and multipath can not be specified for this route type" \
	routeadd blackhole 10.60.0.0/16 dev v1
expect_error 1 "routedel: 10.61.0.0/16: no such route" routedel 10.61.0.0/16

# What only ip can make, and routelist must show as ip does: several
# next hops, metrics, expiry, next-hop objects, realms, a source prefix.
ip -n ipb route add 10.15.0.0/16 nexthop via 10.1.1.2 weight 1 nexthop via 10.1.1.3 weight 2
ip -n ipb -6 route add fd15::/64 nexthop via fd01::2 weight 1 nexthop via fd01::3 weight 2
ip -n ipb route add 10.16.0.0/16 via 10.1.1.2 mtu lock 1400 advmss 1300 rtt 2s rttvar 500ms initcwnd 10 congctl cubic features ecn hoplimit 9
ip -n ipb -6 route add fd02::/64 dev v1 expires 300
ip -n ipb nexthop add id 10 via 10.1.1.2 dev v1
ip -n ipb route add 10.17.0.0/16 nhid 10
ip -n ipb route add 10.18.0.0/16 via 10.1.1.2 realm 5
ip -n ipb route add 10.19.0.0/16 via 10.1.1.2 realms 3/5
ip -n ipb -6 route add fd03::/64 from fd09::/64 dev v1
lists "what ip made" ipb route
lists "what ip made" ipb route "" "table all"
lists "what ip made" ipb route -6
has "a multipath route shows its next hops" "nexthop via 10.1.1.3 dev v1 weight 2" routelist -n ipb
has "an expiring route shows it" "fd02::/64 dev v1 metric 1024 expires 29[0-9]sec" routelist -n ipb -6
