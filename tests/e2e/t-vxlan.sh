# vxlanadd against ip link add ... type vxlan: each case made by ip, then
# by vxlanadd under the same name, and ip -d -j's info_data compared
# (one at a time: the kernel takes no two VXLANs of one VNI and port);
# the defaults, -p, bad input, and a ping across a VXLAN.
. "$(dirname "$0")/lib.sh"

# The underlay: a veth pair up, with IPv4 and IPv6 addresses.
ip link add u1 type veth peer name u2 || fail "setup: veth"
ip addr add 10.9.0.1/24 dev u1 && ip addr add fd00:9::1/64 dev u1 nodad &&
	ip link set u1 up && ip link set u2 up || fail "setup: underlay"

vx_data() { ip -d -j link show "$1" | jq -c '.[0].linkinfo.info_data'; }

# details WHAT DEV [NS]: linklist -d shows DEV as ip -d link does: the
# text byte for byte, the JSON as data.
details() {
	same "$1: linklist -d as ip -d link" "ip ${3:+-n $3} -d link show $2; echo end" \
		"linklist ${3:+-n $3} -d $2; echo end"
	json_same "$1: linklist -d -j as ip -d -j link" "ip ${3:+-n $3} -d -j link show $2" \
		"linklist ${3:+-n $3} -d -j $2"
}

# twin WHAT WORDS...: ip link add vx type vxlan WORDS, then vxlanadd vx
# WORDS: the same VXLAN attributes.
twin() {
	what=$1; shift
	ip link add vx type vxlan "$@" >"$out" 2>&1 || fail "$what: ip: $(cat "$out")"
	vx_data vx >"$work/ip.json"
	ip link del vx
	check "vxlanadd vx $*" vxlanadd vx "$@"
	vx_data vx >"$work/tinyip.json"
	details "$what" vx
	ip link del vx 2>/dev/null
	same "$what: ip and vxlanadd agree" "cat $work/ip.json" "cat $work/tinyip.json"
}

twin "unicast remote" id 42 remote 10.9.0.2 local 10.9.0.1 dev u1 dstport 4789
twin "multicast group with dev" id 43 group 239.1.1.1 dev u1 dstport 4789 ttl 5
twin "IPv6 underlay" id 44 remote fd00:9::2 local fd00:9::1 dev u1 dstport 4789 nolearning
twin "IPv6 group" id 45 group ff05::100 dev u1 dstport 4789
twin "another port, ttl, learning" id 0 remote 10.9.0.2 dstport 8472 ttl 255 learning
twin "the largest VNI" id 16777215 dstport 4789

# What only ip makes: linklist -d shows every VXLAN setting as ip -d does.
ip_made() {
	what=$1; shift
	ip link add vx type vxlan "$@" >"$out" 2>&1 || fail "$what: ip: $(cat "$out")"
	details "$what" vx
	ip link del vx
}
ip_made "IPv6 group, source ports, switches, tos and ttl inherit, df set, flowlabel, maxaddr, checksums" \
	id 45 group ff05::5 dev u1 dstport 4791 tos inherit ttl inherit df set flowlabel 0x123 \
	maxaddr 10 noudpcsum udp6zerocsumtx udp6zerocsumrx proxy rsc l2miss l3miss srcport 1000 2000
ip_made "external, gbp, remote checksums, tos, df inherit" \
	external dstport 4792 gbp remcsumtx remcsumrx tos 0x10 df inherit
ip_made "ageing none, ttl 1, df unset" id 46 ageing 0 ttl 1 df unset dstport 4793
ip_made "gpe" gpe external dstport 4794
ip_made "vnifilter" external vnifilter dstport 4795
ip link add vx type vxlan id 48 remote 10.9.0.2 local 10.9.0.1 dev u1 dstport 4789 &&
	ip link add vxbr type bridge && ip link set vx master vxbr || fail "setup: a port"
same "a port: linklist -d names the master's kind" \
	"linklist -d vx | awk 'NR == 4 { print \$1 }'" "echo bridge_slave"
same "a port: linklist -d -j names the master's kind" \
	"linklist -d -j vx | jq -r '.[0].linkinfo.info_slave_kind'" "echo bridge"
ip link del vxbr && ip link del vx
# Every link here, and the loopback and veths of a namespace.
details "every link here" ""
same "every link here: lo and the veths" "linklist -d -j | jq -c '[.[].ifname] | sort'" "echo '[\"lo\",\"u1\",\"u2\"]'"
check "setup: a namespace with a veth" sh -c 'nsadd vdns && vethadd -n vdns d1 peer d2'
details "every link in a namespace" "" vdns

# The defaults: port 4789 (ip says the kernel's 8472 without dstport),
# learning on.
check "vxlanadd vd id 7" vxlanadd vd id 7
same "port 4789, learning" "ip -d -j link show vd | jq -c '.[0].linkinfo.info_data | [.port, .learning]'" \
	"echo '[4789,true]'"
ip link add vi type vxlan id 8 2>/dev/null
same "ip 6.1 without dstport: 8472" "ip -d -j link show vi | jq -c '.[0].linkinfo.info_data.port'" \
	"echo 8472"

# -p: what exists as asked is no error.
check "vxlanadd -p vp id 9" vxlanadd -p vp id 9
check "vxlanadd -p vp id 9 again" vxlanadd -p vp id 9
expect_error 1 "vxlanadd: vp: a device with this name already exists" vxlanadd vp id 10
expect_error 1 "vxlanadd: u1: a device of this name exists and is not a VXLAN link" \
	vxlanadd -p u1 id 11
expect_error 1 "vxlanadd: vq: A VXLAN device with the specified VNI already exists" \
	vxlanadd -p vq id 9
check "vxlanadd -n red" sh -c 'nsadd red && vxlanadd -n red vr id 12'
has "it is in red" 'vxlan id 12 ' ip -n red -d link show vr

# -v reads the VXLAN's settings in words, the port as the port it is.
has "vxlanadd -v: the port in words" 'IFLA_VXLAN_PORT \(15\) +4789   the UDP port it sends to' \
	env -u TINYIP_EXPLAIN -u TINYIP_EXPLAIN_FD vxlanadd -v -n red vv id 13 remote 10.9.0.2
# The VXLAN settings of a dump, each in tinyip's table.
vx_words() {
	env -u TINYIP_EXPLAIN -u TINYIP_EXPLAIN_FD linklist -vv -n red vv 2>&1 |
		awk '/IFLA_INFO_DATA/ { on = 1; next }
		     on && !/IFLA_VXLAN_|^ +[0-9a-f][0-9a-f] / { on = 0 } on'
}
has "linklist -vv: the VXLAN's settings" 'IFLA_VXLAN_DF \(29\)' vx_words
lacks "each one in tinyip's table" "not in tinyip's table" vx_words

# Bad input: exit 2 naming the word, nothing made.
expect_error 2 "usage: vxlanadd [-n NS] [-p] NAME id VNI [remote ADDR | group ADDR dev DEV] [local ADDR] [dev DEV] [dstport PORT] [ttl N] [learning|nolearning]" vxlanadd
expect_error 2 "vxlanadd: vb: needs id VNI (0 to 16777215)" vxlanadd vb remote 10.9.0.2
expect_error 2 "vxlanadd: id: needs a VNI (0 to 16777215)" vxlanadd vb id
expect_error 2 "vxlanadd: 16777216: not a VNI (0 to 16777215)" vxlanadd vb id 16777216
expect_error 2 "vxlanadd: -1: not a VNI (0 to 16777215)" vxlanadd vb id -1
expect_error 2 "vxlanadd: 10.9.0.300: invalid address" vxlanadd vb id 1 remote 10.9.0.300
expect_error 2 "vxlanadd: 10.9.0.2/24: an address, without /LEN" vxlanadd vb id 1 remote 10.9.0.2/24
expect_error 2 "vxlanadd: fd00::zz: invalid address" vxlanadd vb id 1 local fd00::zz
expect_error 2 "vxlanadd: remote: needs an IPv4 or IPv6 address" vxlanadd vb id 1 remote
expect_error 2 "vxlanadd: group: remote and group do not go together (one or the other)" \
	vxlanadd vb id 1 remote 10.9.0.2 group 239.1.1.1 dev u1
expect_error 2 "vxlanadd: 10.9.0.2: not a multicast address (a group is 224.0.0.0/4 or ff00::/8)" \
	vxlanadd vb id 1 group 10.9.0.2 dev u1
expect_error 2 "vxlanadd: 239.1.1.1: a multicast address: a remote is one host (say group ADDR dev DEV)" \
	vxlanadd vb id 1 remote 239.1.1.1
expect_error 2 "vxlanadd: ff05::100: a multicast address: a remote is one host (say group ADDR dev DEV)" \
	vxlanadd vb id 1 remote ff05::100
expect_error 2 "vxlanadd: group: needs dev DEV, the device to join the group on" \
	vxlanadd vb id 1 group 239.1.1.1
expect_error 2 "vxlanadd: fd00:9::1: not of the remote's family (IPv4 and IPv6 do not mix)" \
	vxlanadd vb id 1 remote 10.9.0.2 local fd00:9::1
expect_error 2 "vxlanadd: 10.9.0.1: not of the group's family (IPv4 and IPv6 do not mix)" \
	vxlanadd vb id 1 local 10.9.0.1 group ff05::100 dev u1
expect_error 2 "vxlanadd: 0: not a port (1 to 65535)" vxlanadd vb id 1 dstport 0
expect_error 2 "vxlanadd: 65536: not a port (1 to 65535)" vxlanadd vb id 1 dstport 65536
expect_error 2 "vxlanadd: dstport: needs a port (1 to 65535)" vxlanadd vb id 1 dstport
expect_error 2 "vxlanadd: 256: not a ttl (0 to 255)" vxlanadd vb id 1 ttl 256
expect_error 2 "vxlanadd: abc: not a ttl (0 to 255)" vxlanadd vb id 1 ttl abc
expect_error 2 "vxlanadd: a/b: interface name contains '/'" vxlanadd a/b id 1
expect_error 2 "vxlanadd: abcdefghijklmnop: interface name longer than 15 bytes" \
	vxlanadd abcdefghijklmnop id 1
expect_error 2 "vxlanadd: a/b: interface name contains '/'" vxlanadd vb id 1 dev a/b
expect_error 2 "vxlanadd: id: given twice" vxlanadd vb id 1 id 2
expect_error 2 "vxlanadd: remote: given twice" vxlanadd vb id 1 remote 10.9.0.2 remote 10.9.0.3
expect_error 2 "vxlanadd: local: given twice" vxlanadd vb id 1 local 10.9.0.1 local 10.9.0.1
expect_error 2 "vxlanadd: dev: given twice" vxlanadd vb id 1 dev u1 dev u1
expect_error 2 "vxlanadd: dstport: given twice" vxlanadd vb id 1 dstport 1 dstport 2
expect_error 2 "vxlanadd: ttl: given twice" vxlanadd vb id 1 ttl 1 ttl 2
expect_error 2 "vxlanadd: learning: given twice" vxlanadd vb id 1 learning learning
expect_error 2 "vxlanadd: nolearning: learning and nolearning do not go together (one or the other)" \
	vxlanadd vb id 1 learning nolearning
expect_error 2 "vxlanadd: extra: unknown keyword (id, remote, group, local, dev, dstport, ttl, learning, nolearning)" \
	vxlanadd vb id 1 extra
# A refusal: exit 1, the kernel's words, nothing made.
expect_error 1 "vxlanadd: vb: A VXLAN device with the specified VNI already exists" \
	vxlanadd vb id 7
expect_error 1 "vxlanadd: nosuch: no such device" vxlanadd vb id 1 dev nosuch

# A ping across a unicast VXLAN between two namespaces this test made.
nsadd va && nsadd vbns && vethadd w1 netns va peer w2 netns vbns || fail "setup: ping"
for side in "va w1 10.8.0.1 10.8.0.2 192.168.50.1" "vbns w2 10.8.0.2 10.8.0.1 192.168.50.2"; do
	set -- $side
	addradd -n "$1" "$3/24" dev "$2" && linkset -n "$1" "$2" up &&
	vxlanadd -n "$1" vxl id 100 remote "$4" local "$3" dev "$2" &&
	addradd -n "$1" "$5/24" dev vxl && linkset -n "$1" vxl up || fail "setup: $1"
done
pings "va pings 192.168.50.2 across the VXLAN" va 192.168.50.2
pings "and vbns pings back" vbns 192.168.50.1
# The same across a multicast group, and across an IPv6 underlay.
for side in "va w1 fd00:8::1 fd00:8::2 1" "vbns w2 fd00:8::2 fd00:8::1 2"; do
	set -- $side
	addradd -n "$1" "$3/64" dev "$2" nodad &&
	vxlanadd -n "$1" vxg id 201 group 239.1.1.1 dev "$2" &&
	addradd -n "$1" "192.168.51.$5/24" dev vxg && linkset -n "$1" vxg up &&
	vxlanadd -n "$1" vx6 id 202 remote "$4" local "$3" dev "$2" &&
	addradd -n "$1" "192.168.52.$5/24" dev vx6 && linkset -n "$1" vx6 up || fail "setup: $1, group and IPv6"
done
pings "va pings 192.168.51.2 across the group" va 192.168.51.2
pings "and vbns pings back" vbns 192.168.51.1
pings "va pings 192.168.52.2 across the IPv6 underlay" va 192.168.52.2
pings "and vbns pings back" vbns 192.168.52.1

# The translation rule, with the port ip would not take on its own.
same "to-ip: vxlanadd is ip link add type vxlan, dstport 4789" \
	"printf '+ vxlanadd -n va -p vx id 1 remote 10.8.0.2\\n+ vxlanadd vy id 2 dstport 8472\\n' | '$top/scripts/to-ip'" \
	"printf 'ip -n va link add vx type vxlan id 1 remote 10.8.0.2 dstport 4789\\nip link add vy type vxlan id 2 dstport 8472\\n'"
same "to-ip: linklist -d is ip -d link list" \
	"printf '+ linklist -n va -d vx\\n' | '$top/scripts/to-ip'" "echo 'ip -n va -d link list vx'"
# In one process: tinyip -b.
printf 'vxlanadd -n va vb1 id 101\nvxlanadd -n va -p vb1 id 101\n' >"$work/batch"
check "tinyip -b: vxlanadd twice, -p" tinyip -b "$work/batch"
has "made in va" 'vxlan id 101 ' ip -n va -d link show vb1
