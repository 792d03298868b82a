# Bad input is exit 2, a refusal exit 1, each one line naming the word,
# and neither changes anything.
. "$(dirname "$0")/lib.sh"

nsadd ns1 || fail "setup: nsadd ns1"
vethadd x1 x2 || fail "setup: vethadd x1 x2"
addradd 10.1.1.1/24 dev x1 || fail "setup: addradd"
long16=abcdefghijklmnop
long256=$(printf 'n%.0s' $(seq 256))

# Usage
expect_error 2 "usage: nsadd [-p] NAME..." nsadd
expect_error 2 "usage: nsdel [-f] [-w] NAME... | -a [-w]" nsdel
expect_error 2 "usage: nsexec NAME COMMAND [ARG...]" nsexec ns1
expect_error 2 "usage: linkset [-n NS] [dev] DEV {up|down|netns NS|master BR|nomaster|mtu N|name NEW|address MAC|alias TEXT|txqueuelen N|{promisc|arp|multicast|allmulticast} {on|off}}..." linkset x1
expect_error 2 "nslist: extra: unexpected word" nslist extra
expect_error 2 "linklist: -x: unknown option (usage: linklist [-n NS] [-d] [-j [-p]] [type KIND] [[dev] DEV])" linklist -x
expect_error 2 "linklist: -n: needs a namespace name" linklist -n
expect 0 "-h prints the synopsis" vethadd -h
has "on stdout" '^usage: vethadd ' cat "$out"
expect 0 "nsdel --help" nsdel --help
has "lists the options nsdel takes" '^  -a ' cat "$out"
lacks "and not those it does not" '^  -n ' cat "$out"
expect 0 "linklist --help" linklist --help
has "lists -j" '^  -j ' cat "$out"
has "and -d, --details" '^  -d, --details ' cat "$out"
expect 0 "linklist --details lo" linklist --details lo
has "--details is -d" 'addrgenmode ' cat "$out"
expect_error 2 "addrlist: -d: unknown option (usage: addrlist [-n NS] [-4|-6] [-j [-p]] [[dev] DEV])" addrlist -d
expect 0 "--version" nsexec --version
has "names the command and tinyip" '^nsexec \(tinyip\) [0-9]' cat "$out"

# Namespace names
unchanged "bad names change nothing" nsadd good1 '..'
expect_error 2 'nsadd: "": empty namespace name' nsadd ''
expect_error 2 "nsadd: ..: invalid namespace name" nsadd ..
expect_error 2 "nsadd: .: invalid namespace name" nsadd .
expect_error 2 "nsadd: a/b: namespace name contains '/'" nsadd a/b
expect_error 2 "nsadd: $long256: namespace name longer than 255 bytes" nsadd "$long256"
expect_error 2 "nsadd: a/b: namespace name contains '/'" nsadd good1 a/b
refuse "nsadd checks every name before making any" test -e /run/netns/good1
expect_error 2 "nsdel: ..: invalid namespace name" nsdel ..
expect_error 2 "nsexec: a/b: namespace name contains '/'" nsexec a/b true
expect_error 2 "linklist: ..: invalid namespace name" linklist -n ..
expect_error 1 "nsadd: ns1: namespace already exists" nsadd ns1
unchanged "nsadd of an existing name changes nothing" nsadd ns1
expect_error 1 "nsdel: nosuch: no such namespace" nsdel nosuch
check "nsadd several, one taken" true
expect_error_changing 1 "nsadd: ns1: namespace already exists" nsadd ns3 ns1 ns4
has "the others were made (like mkdir)" '^ns4' nslist
has "ns3 too" '^ns3' nslist
expect_error_changing 1 "nsdel: nosuch: no such namespace" nsdel ns3 nosuch ns4
lacks "the others were removed" '^ns[34]' nslist

# Interface names
expect_error 2 "vethadd: $long16: interface name longer than 15 bytes" vethadd "$long16" y
expect_error 2 "vethadd: a b: interface name contains whitespace" vethadd 'a b' y
expect_error 2 "vethadd: a/b: interface name contains '/'" vethadd y a/b
expect_error 2 "vethadd: ..: invalid interface name" vethadd .. y
expect_error 2 'vethadd: "": empty interface name' vethadd '' y
expect_error 2 "vethadd: y: both ends have the same name" vethadd y y
expect_error 2 "vethadd: extra: unexpected word" vethadd y peer name z extra
expect_error 2 "vethadd: netns: needs a namespace name" vethadd y netns
expect_error 2 "linkset: $long16: interface name longer than 15 bytes" linkset "$long16" up
expect_error 2 "linklist: a b: interface name contains whitespace" linklist 'a b'
expect_error 2 "addrlist: extra: unexpected word" addrlist x1 extra
expect_error 2 "bradd: br%d: interface name contains '%' (the kernel would read a pattern)" bradd 'br%d'

# The kernel is the judge of a name: every byte, in a name of its own
# ("z" and the byte), is refused by tinyip (exit 2) exactly when the
# kernel refuses to rename a device to it.
vethadd zz0 zz1 || fail "setup: vethadd zz0 zz1"
differ=""
for i in $(seq 1 255); do
	b=$(printf "\\$(printf '%03o' "$i")_"); b=${b%_}
	if ip link set dev zz0 name "z$b" 2>/dev/null; then
		kernel=ok; ip link set dev "z$b" name zz0 || fail "rename z$i back"
	else
		kernel=refused
	fi
	# The rule, not memory: the plain binary, also under make valgrind.
	"$top/bin/linklist" "z$b" >/dev/null 2>&1
	case $kernel$? in ok1|refused2) ;; *) differ="$differ $i($kernel)" ;; esac
done
if [ -z "$differ" ]; then pass "names: tinyip refuses a byte exactly when the kernel does"
else fail "names: tinyip and the kernel differ on bytes:$differ"; fi
linkdel zz0 || fail "cleanup: linkdel zz0"

# Keywords
expect_error 2 "linkset: sideways: unknown keyword (up, down, netns, master, nomaster, mtu, name, address, alias, txqueuelen, promisc, arp, multicast, allmulticast)" linkset x1 up sideways
expect_error 2 "linkset: netns: needs a namespace name" linkset x1 netns
expect_error 2 "addradd: dev: needs an interface name" addradd 10.2.0.1/24 dev
expect_error 2 "addradd: 10.2.0.1/24: needs dev DEV" addradd 10.2.0.1/24
expect_error 2 "addradd: extra: unexpected word" addradd 10.2.0.1/24 dev x1 extra

# A keyword given twice is refused, as ip refuses it, never last-wins;
# of up/down and master/nomaster the last counts (the man page says so).
nsadd keep || fail "setup: nsadd keep"
nsadd keep2 || fail "setup: nsadd keep2"
vethadd dupa dupb || fail "setup: vethadd dupa dupb"
expect_error 2 "linkset: netns: given twice" linkset dupa netns keep2 netns keep
expect_error 2 "linkset: mtu: given twice" linkset dupa mtu 1400 mtu 1450
expect_error 2 "linkset: name: given twice" linkset dupa name x5 name x6
expect_error 2 "linkset: address: given twice" linkset dupa address 02:00:00:00:00:0a address 02:00:00:00:00:0b
expect_error 2 "routeadd: via: given twice" routeadd 10.9.0.0/16 via 10.1.1.2 via 10.1.1.3
expect_error 2 "routeadd: dev: given twice" routeadd 10.9.0.0/16 dev x1 dev dupa
expect_error 2 "routedel: via: given twice" routedel 10.9.0.0/16 via 10.1.1.2 via 10.1.1.3
expect_error 2 "addradd: dev: given twice" addradd 10.2.0.1/24 dev x1 dev dupa
expect_error 2 "addrdel: dev: given twice" addrdel 10.1.1.1/24 dev x1 dev x1
expect_error 2 "vethadd: netns: given twice" vethadd dupc netns keep netns keep2 dupd
expect_error 2 "vethadd: netns: given twice" vethadd dupc dupd netns keep netns keep2
check "linkset up down up: the last counts" linkset dupa up down up
has "so dupa is up" 'UP' linklist dupa
linkdel dupa || fail "cleanup: linkdel dupa"
nsdel keep keep2 || fail "cleanup: nsdel keep keep2"

# Addresses
expect_error 2 "addradd: 1.2.3.300/24: invalid address" addradd 1.2.3.300/24 dev x1
expect_error 2 "addradd: banana: invalid address" addradd banana dev x1
expect_error 2 "addradd: 10.2.0.1/33: prefix length above 32" addradd 10.2.0.1/33 dev x1
expect_error 2 "addradd: 2001:db8::1/129: prefix length above 128" addradd 2001:db8::1/129 dev x1
expect_error 2 "addradd: 10.2.0.1/x: invalid prefix length" addradd 10.2.0.1/x dev x1
expect_error 2 "addradd: 10.2.0.1/: invalid prefix length" addradd 10.2.0.1/ dev x1
expect_error 2 "addradd: x1: invalid address" addradd dev x1 x1

# Refusals: the kernel's words, exit 1, nothing changed.
expect_error 1 "addradd: 10.1.1.1/24: ipv4: Address already assigned" addradd 10.1.1.1/24 dev x1
unchanged "a duplicate address changes nothing" addradd 10.1.1.1/24 dev x1
expect_error 1 "addradd: nosuch: no such device" addradd 10.2.0.1/24 dev nosuch
expect_error 1 "linkset: nosuch: no such device" linkset nosuch up
expect_error 1 "linkset: nosuch: no such namespace" linkset x1 netns nosuch
unchanged "linkset to a missing namespace changes nothing" linkset x1 up netns nosuch
expect_error 1 "vethadd: nosuch: no such namespace" vethadd y netns nosuch z
expect_error 1 "vethadd: x2: a device with this name already exists" vethadd y peer name x2
refuse "vethadd left no half pair behind" ip link show y
unchanged "vethadd onto a taken name changes nothing" vethadd y peer name x2
expect_error 1 "vethadd: x1: a device with this name already exists" vethadd x1 z
expect_error 1 "linklist: nosuch: no such namespace" linklist -n nosuch

# A stale name: the file is there, its mount is gone.
umount /run/netns/ns1 && touch /run/netns/ns1
nsadd ns5
has "nslist lists the stale name, marked" '^ns1 \(stale: no namespace mounted\)$' nslist
has "nslist -j marks it stale" '"name":"ns1","stale":true' nslist -j
has "and the others" '^ns5' nslist
expect_error 125 "nsexec: ns1: stale namespace (its mount is gone)" nsexec ns1 true
expect_error 1 "linklist: ns1: stale namespace (its mount is gone)" linklist -n ns1
check "nsdel removes a stale name" nsdel ns1
refuse "it is gone" test -e /run/netns/ns1

# Without privileges: the message says which one is missing.
nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
expect_error 1 "nsadd: ns6: make /run/netns shared: Operation not permitted (needs CAP_SYS_ADMIN; run as root)" nobody nsadd ns6
expect_error 1 "nsdel: ns5: unmount its file: Operation not permitted (needs CAP_SYS_ADMIN; run as root)" nobody nsdel ns5
expect_error 1 "linkset: x1: Operation not permitted (needs CAP_NET_ADMIN; run as root)" nobody linkset x1 up
expect_error 1 "addradd: 10.2.0.1/24: Operation not permitted (needs CAP_NET_ADMIN; run as root)" nobody addradd 10.2.0.1/24 dev x1
expect_error 1 "vethadd: y: Operation not permitted (needs CAP_NET_ADMIN; run as root)" nobody vethadd y z
expect_error 125 "nsexec: ns5: setns: Operation not permitted (needs CAP_SYS_ADMIN; run as root)" nobody nsexec ns5 true
check "listing needs no privilege" nobody linklist

# The bridge commands: bridge, linkset keywords, deletes, routes.
bradd brx || fail "setup: bradd brx"
expect_error 2 "usage: bradd [-n NS] [-p] BRIDGE..." bradd
expect_error 2 "bradd: $long16: interface name longer than 15 bytes" bradd "$long16"
expect_error 1 "bradd: brx: a device with this name already exists" bradd brx
expect_error_changing 1 "bradd: x1: a device with this name already exists" bradd bry x1
has "bradd made the other one (like mkdir)" '^[0-9]+: bry:' ip link show bry
expect_error 2 "linkset: mtu: needs a number" linkset x1 mtu
expect_error 2 "linkset: big: not a number" linkset x1 mtu big
expect_error 2 "linkset: -1: not a number" linkset x1 mtu -1
expect_error 2 "linkset: 99999999999: number out of range" linkset x1 mtu 99999999999
expect_error 2 "linkset: master: needs a bridge name" linkset x1 master
expect_error 2 "linkset: name: needs an interface name" linkset x1 name
expect_error 2 "linkset: $long16: interface name longer than 15 bytes" linkset x1 name "$long16"
expect_error 2 "linkset: address: needs a link-layer address" linkset x1 address
expect_error 2 "linkset: 02:00:5e:zz:00:01: invalid link-layer address" linkset x1 address 02:00:5e:zz:00:01
expect_error 2 "linkset: 02:00:5e:100:00:01: invalid link-layer address" linkset x1 address 02:00:5e:100:00:01
expect_error 2 "linkset: 02::5e:10:00:01: invalid link-layer address" linkset x1 address 02::5e:10:00:01
expect_error 2 "linkset: 02:00:5e:10:00:01:: invalid link-layer address" linkset x1 address 02:00:5e:10:00:01:
expect_error 1 "linkset: x1: mtu greater than device maximum" linkset x1 mtu 99999
unchanged "a refused mtu changes nothing" linkset x1 up mtu 99999
expect_error 2 "linkset: 01:00:5e:10:00:01: a multicast address (first byte's lowest bit set) cannot be a device's address" linkset x1 address 01:00:5e:10:00:01
expect_error 1 "linkset: nosuch: no such device" linkset x1 master nosuch
expect_error 1 "linkset: nosuch: no such device" linkset nosuch name other
expect_error 1 "linkset: x2: a device with this name already exists" linkset x1 name x2
unchanged "a refused rename changes nothing" linkset x1 name x2
expect_error 1 "linkdel: nosuch: no such device" linkdel nosuch
expect_error 2 "usage: linkdel [-n NS] [-f] DEV..." linkdel
expect_error 1 "addrdel: 10.9.9.9/24: ipv4: Address not found" addrdel 10.9.9.9/24 dev x1
expect_error 2 "addrdel: 10.9.9.9/33: prefix length above 32" addrdel 10.9.9.9/33 dev x1
expect_error 2 "addrdel: 10.9.9.9: needs dev DEV" addrdel 10.9.9.9
expect_error 2 "routeadd: 10.5.0.0/24: needs via GW or dev DEV" routeadd 10.5.0.0/24
expect_error 2 "routeadd: via: needs a gateway address" routeadd default via
expect_error 2 "routeadd: banana: invalid address" routeadd banana dev x1
expect_error 2 "routeadd: 10.5.0.0/40: prefix length above 32" routeadd 10.5.0.0/40 dev x1
expect_error 2 "routeadd: 2001:db8::1: an IPv6 address, but the route is IPv4: its gateway must be IPv4 too" routeadd 10.5.0.0/24 via 2001:db8::1
expect_error 2 "routeadd: 10.1.1.9/24: a gateway is an address, not a prefix" routeadd default via 10.1.1.9/24
expect_error 2 "routedel: extra: unexpected word" routedel default via 10.1.1.9 extra
expect_error 1 "routeadd: nosuch: no such device" routeadd 10.5.0.0/24 dev nosuch
expect_error 1 "routeadd: 10.5.0.1/24: Invalid prefix for given prefix length" routeadd 10.5.0.1/24 dev x1
unchanged "a refused route changes nothing" routeadd 10.5.0.1/24 dev x1
expect_error 1 "routedel: 10.5.0.0/24: no such route" routedel 10.5.0.0/24 dev x1
expect_error 2 "routeadd: 10.5.0.0/24: an IPv4 prefix, but -6 asks for IPv6" routeadd -6 10.5.0.0/24 dev x1
expect_error 2 "routedel: 2001:db8::/64: an IPv6 prefix, but -4 asks for IPv4" routedel -4 2001:db8::/64 dev x1

# What the kernel would refuse only after moving a device is refused first.
expect_error 1 "linkset: x1: mtu greater than device maximum" linkset x1 netns ns5 mtu 99999
has "x1 stayed here" '^[0-9]+: x1@x2' ip link show x1
unchanged "a move with a refused mtu changes nothing" linkset x1 netns ns5 up mtu 99999
expect_error 1 "linkset: x1: mtu less than device minimum" linkset x1 netns ns5 mtu 10
expect_error 2 "linkset: 01:00:5e:00:00:01: a multicast address (first byte's lowest bit set) cannot be a device's address" linkset x1 netns ns5 address 01:00:5e:00:00:01
expect_error 2 "linkset: 00:00:00:00:00:00: the all-zero address cannot be a device's address" linkset x1 netns ns5 address 00:00:00:00:00:00
expect_error 1 "linkset: x1: this device's address has 6 bytes" linkset x1 netns ns5 address 02:00:5e:00:01
unchanged "a move with a refused address changes nothing" linkset x1 netns ns5 name moved address 01:00:5e:00:00:01
has "x1 is still here" '^[0-9]+: x1@x2' ip link show x1

# nsadd failing after it made its file removes the file: here /proc is
# hidden, so the new namespace cannot be bound on it.
# (The real binary: valgrind itself cannot run without /proc.)
expect 1 "nsadd with no /proc/self/ns/net fails" unshare --mount sh -c "mount -t tmpfs none /proc; '$top/bin/nsadd' halfway"
has "it names the step that failed" '^nsadd: halfway: open /proc/self/ns/net: No such file or directory$' cat "$err"
# A run directory that cannot be written: the step is named, nothing made.
expect 1 "nsadd on a read-only /run/netns fails" unshare --mount sh -c \
	"mount -t tmpfs -o ro none /run/netns && '$top/bin/nsadd' rofs"
has "naming the step" '^nsadd: rofs: create its file: Read-only file system$' cat "$err"
refuse "and leaves no file behind" test -e /run/netns/halfway
expect_error 2 "routelist: extra: unexpected word" routelist extra
expect_error 1 "routelist: nosuch: no such namespace" routelist -n nosuch
expect_error 2 "nslist: -f: unknown option (usage: nslist [-n NS] [-j [-p]])" nslist -f

# What the kernel refuses late (a taken name, a master that takes no
# ports) is refused before anything changes.
vethadd q1 q2 || fail "setup: vethadd q1 q2"
expect_error 1 "linkset: q2: a device with this name already exists" linkset q1 mtu 1400 name q2
expect_error 1 "linkset: lo: not a bridge (nor a bond, team or vrf)" linkset q1 netns ns5 master lo
has "q1 stayed here" '^[0-9]+: q1@q2' ip link show q1
expect_error 1 "linkset: q2: not a bridge (nor a bond, team or vrf)" linkset q1 address 02:00:00:00:00:09 master q2
bradd -n ns5 brq || fail "setup: bradd -n ns5 brq"
check "linkset q1 netns ns5 master brq (a bridge there)" linkset q1 netns ns5 master brq
has "q1 is on ns5's bridge" 'master brq' ip -n ns5 link show q1

# An error line is one line: a control byte in the word it names is
# shown as \n, \t, \r or \xHH, an empty word as "".
expect_error 1 'nsdel: no\nsuch: no such namespace' nsdel "$(printf 'no\nsuch')"
expect_error 1 'nsdel: a\tb\rc: no such namespace' nsdel "$(printf 'a\tb\rc')"
expect_error 1 'nsdel: a\x01b\x7f: no such namespace' nsdel "$(printf 'a\001b\177')"
expect_error 2 'bradd: br\n9: interface name contains whitespace' bradd "$(printf 'br\n9')"
# A batch file's name, in the prefix of its error lines, is escaped too.
nl_file="$work/$(printf 'bat\nch')"
echo 'nsdel nosuch' >"$nl_file"
expect_error 1 "tinyip: $work/bat\\nch:1: nsdel: nosuch: no such namespace" tinyip -b "$nl_file"
expect_error 2 'linkset: -\x02: unknown option (usage: linkset [-n NS] [dev] DEV {up|down|netns NS|master BR|nomaster|mtu N|name NEW|address MAC|alias TEXT|txqueuelen N|{promisc|arp|multicast|allmulticast} {on|off}}...)' \
	linkset "$(printf -- '-\002')" up
nsadd e7ns || fail "setup: nsadd e7ns"
expect_error 127 'nsexec: "": No such file or directory' nsexec e7ns ""
expect_error 2 'tinyip: a\nb: not a tinyip command (tinyip -h lists them)' tinyip "$(printf 'a\nb')"
printf 'nsdel "x\001y"\n' >"$work/ctl.tinyip"
expect_error 1 "tinyip: $work/ctl.tinyip:1: nsdel: x\\x01y: no such namespace" tinyip -b "$work/ctl.tinyip"
nsdel e7ns

# The netns keyword blames a stale name as -n does, not the device.
nsadd e8ns || fail "setup: nsadd e8ns"
touch /run/netns/stale8
vethadd e8a e8b || fail "setup: vethadd e8a e8b"
expect_error 1 "vethadd: stale8: stale namespace (its mount is gone)" vethadd e8c peer e8d netns stale8
expect_error 1 "vethadd: stale8: stale namespace (its mount is gone)" vethadd e8c netns stale8 e8d
expect_error 1 "linkset: stale8: stale namespace (its mount is gone)" linkset e8a netns stale8
expect_error 1 "linkset: stale8: stale namespace (its mount is gone)" linkset e8a up netns stale8
expect_error 1 "linklist: stale8: stale namespace (its mount is gone)" linklist -n stale8
check "nsdel removes the stale name" nsdel stale8
linkdel e8a
nsdel e8ns
