# Bash completion (completion/tinyip.bash): what each command line completes
# to, with namespaces, links and bridges made here and in a namespace.
. "$(dirname "$0")/lib.sh"

comp="$top/completion/tinyip.bash"
# The sandbox's own /sys, so that /sys/class/net lists its devices.
mount -t sysfs sysfs /sys || fail "setup: mount sysfs on /sys"

# completes WHAT WANT WORD...: completing the command line WORD... (the last
# WORD is the one being completed) with the function that complete -p names
# for the first WORD gives exactly the words WANT, in any order, and nothing
# on stderr. $pre is run in that bash first.
pre=
completes() {
	# shellcheck disable=SC2086 # WANT is a list of words
	what=$1 want=$(printf '%s\n' $2 | LC_ALL=C sort | tr '\n' ' '); shift 2
	got=$(pre=$pre bash -c '. "$1"; shift; eval "$pre"
		COMP_WORDS=("$@") COMP_CWORD=$(($# - 1)) COMP_LINE="$*"
		COMP_POINT=${#COMP_LINE}
		f=$(complete -p -- "$1") || exit; f=${f#* -F }; f=${f%% *}
		"$f" "$1" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
		printf "%s\n" "${COMPREPLY[@]}"' completion "$comp" "$@" 2>"$err" |
		LC_ALL=C sort | tr '\n' ' ')
	if [ "$got" = "$want" ] && [ ! -s "$err" ]; then pass "$what"; else
		fail "$what (got '$got', wanted '$want'; $(head -c 300 "$err"))"; fi
}

completes "nsdel, no run directory yet: nothing" "" nsdel ''
nsadd red blue || fail "setup: nsadd red blue"
vethadd va vb || fail "setup: vethadd va vb"
bradd br0 || fail "setup: bradd br0"
vethadd -n red ra rb || fail "setup: vethadd -n red ra rb"
bradd -n red rbr0 || fail "setup: bradd -n red rbr0"

same "every command has a _tinyip_ completion function" \
	"bash -c '. $comp; for c in nsadd nslist nsdel nsexec vethadd bradd vxlanadd linkset linkdel addradd addrdel routeadd routedel linklist addrlist routelist; do complete -p \$c; done' | grep -c ' -F _tinyip_[a-z_]* [a-z]*\$'" \
	"echo 16"

# Namespace names.
completes "nsdel: namespace names" "blue red" nsdel ''
completes "nsdel r: red" "red" nsdel r
completes "nsdel -f: still names" "blue red" nsdel -f ''
completes "nsdel -a: nothing more" "" nsdel -a ''
completes "nsadd: new names, nothing" "" nsadd ''
completes "-n NS: namespace names" "blue red" linkset -n ''
completes "nsexec: a namespace first" "blue red" nsexec ''

# Interfaces here (/sys/class/net), and bridges.
completes "linkset DEV: dev and interfaces" "dev lo va vb br0" linkset ''
completes "linkset v: va vb" "va vb" linkset v
completes "linkset dev v: va vb" "va vb" linkset dev v
keys="alias txqueuelen promisc arp multicast allmulticast"
completes "linkset DEV: keywords" "up down netns master nomaster mtu name address $keys" \
	linkset va ''
completes "linkset dev DEV m: master mtu multicast" "master mtu multicast" linkset dev va m
completes "linkset DEV up mtu 1400: keywords again, but not mtu (given once)" \
	"up down netns master nomaster name address $keys" linkset va up mtu 1400 ''
completes "linkset DEV netns NS name N: neither again" \
	"up down master nomaster mtu address $keys" linkset va netns ns1 name vc ''
completes "linkset DEV mtu: no completion for the number" "" linkset va mtu ''
completes "linkset DEV alias: no completion for the text" "" linkset va alias ''
completes "linkset DEV qlen: nor for the queue length" "" linkset va qlen ''
completes "linkset DEV promisc: on off" "on off" linkset va promisc ''
completes "linkset DEV allmulticast o: on off" "on off" linkset va allmulticast o
completes "linkset DEV qlen 5 arp off a: not arp again, nor txqueuelen" "address alias allmulticast" \
	linkset va qlen 5 arp off a
completes "linkset DEV master: bridges only" "br0" linkset va master ''
completes "linkset DEV netns: namespace names" "blue red" linkset va netns ''
completes "linkdel: interfaces" "lo va vb br0" linkdel ''
completes "bradd: new names, nothing" "" bradd ''

# Interfaces inside -n NS: linklist -n NS, else ip -n NS.
completes "linkset -n red: red's interfaces" "dev lo ra rb rbr0" linkset -n red ''
completes "linkset -nred r: red's (attached -n)" "ra rb rbr0" linkset -nred r
completes "linklist -jn red dev r: red's (-n after -j in one word)" "ra rb rbr0" \
	linklist -jn red dev r
pre='ip() { return 1; }'
completes "-n NS interfaces come from linklist when it is on PATH" \
	"ra rb rbr0" linkdel -n red r
pre='PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
completes "-n NS interfaces come from ip -n without tinyip on PATH" \
	"ra rb rbr0" linkdel -n red r
pre=
completes "linkset -n red DEV master: red's bridges" "rbr0" linkset -n red ra master ''
completes "linkset DEV netns red master: red's bridges (it moves first)" "rbr0" \
	linkset va netns red master ''

# vethadd's keywords.
completes "vethadd NAME: netns peer" "netns peer" vethadd x ''
completes "vethadd NAME netns: names" "blue red" vethadd x netns ''
completes "vethadd NAME netns NS: peer" "peer" vethadd x netns red ''
completes "vethadd NAME peer: name" "name" vethadd x peer ''
completes "vethadd NAME peer name: the new name, nothing" "" vethadd x peer name ''
completes "vethadd NAME PEER: netns" "netns" vethadd x y ''
completes "vethadd NAME peer name PEER: netns" "netns" vethadd x peer name y ''
completes "vethadd NAME: nothing for the name itself" "" vethadd ''
completes "vethadd netns (a device named netns): netns peer" "netns peer" vethadd netns ''

# vxlanadd's keywords: each once, remote or group, learning or nolearning.
vxkeys="id remote group local dev dstport ttl learning nolearning"
completes "vxlanadd: the new name, nothing" "" vxlanadd ''
completes "vxlanadd NAME: keywords" "$vxkeys" vxlanadd vx ''
completes "vxlanadd NAME id VNI: not id again" "remote group local dev dstport ttl learning nolearning" \
	vxlanadd vx id 5 ''
completes "vxlanadd NAME id: no completion for the number" "" vxlanadd vx id ''
completes "vxlanadd NAME ... remote ADDR nolearning: neither remote/group nor learning again" \
	"local dev dstport ttl" vxlanadd vx id 5 remote 10.0.0.2 nolearning ''
completes "vxlanadd NAME group ADDR l: local (learning is given)" "local" \
	vxlanadd vx group 239.1.1.1 learning l
completes "vxlanadd NAME dev: interfaces" "lo va vb br0" vxlanadd vx dev ''
completes "vxlanadd -n red NAME dev: red's" "lo ra rb rbr0" vxlanadd -n red vx dev ''
completes "vxlanadd NAME dstport: the IANA port and the kernel's" "4789 8472" vxlanadd vx dstport ''
completes "vxlanadd dev (a link named dev): keywords" "$vxkeys" vxlanadd dev ''

# Addresses and routes.
completes "addradd ADDR: dev and every keyword, every flag" \
	"dev peer label broadcast valid_lft preferred_lft metric scope nodad noprefixroute home mngtmpaddr autojoin" \
	addradd 10.0.0.1/24 ''
completes "addradd ADDR brd +: the rest (brd is broadcast)" \
	"dev peer label valid_lft preferred_lft metric scope nodad noprefixroute home mngtmpaddr autojoin" \
	addradd 10.0.0.1/24 brd + ''
completes "addradd ... brd: + -" "+ -" addradd 10.0.0.1/24 brd ''
completes "addradd ... valid_lft: forever" "forever" addradd 10.0.0.1/24 valid_lft ''
completes "addrdel ADDR: dev peer label" "dev peer label" addrdel 10.0.0.1/24 ''
completes "addradd ADDR dev: interfaces" "va vb" addradd 10.0.0.1/24 dev v
completes "addrdel -n red ADDR dev: red's interfaces" "lo ra rb rbr0" \
	addrdel -n red 10.0.0.1 dev ''
completes "addradd ADDR dev DEV nodad: the rest" \
	"peer label broadcast valid_lft preferred_lft metric scope noprefixroute home mngtmpaddr autojoin" \
	addradd 10.0.0.1 dev va nodad ''
completes "routeadd: default and the types" \
	"default unicast local broadcast anycast multicast blackhole unreachable prohibit throw nat" routeadd ''
completes "routeadd blackhole: default" "default" routeadd blackhole ''
completes "routeadd default: every keyword" "via dev metric table src proto scope onlink" routeadd default ''
completes "routeadd PREFIX via GW priority N: the rest (priority is metric)" \
	"dev table src proto scope onlink" routeadd 10.1.0.0/16 via 10.0.0.2 priority 5 ''
completes "routeadd ... table: the named tables" "main local default" routeadd 10.1.0.0/16 dev va table ''
completes "routeadd ... scope: the scopes" "global site link host nowhere" routeadd 10.1.0.0/16 dev va scope ''
completes "routedel blackhole PREFIX: no onlink" "via dev metric table src proto scope" \
	routedel blackhole 10.1.0.0/16 ''
completes "routeadd default via: no completion for GW" "" routeadd default via ''
completes "routedel -n red -4 default dev r: red's" "ra rb rbr0" \
	routedel -n red -4 default dev r

# List commands.
completes "linklist: dev, type and interfaces" "dev type lo va vb br0" linklist ''
completes "addrlist: dev and interfaces" "dev lo va vb br0" addrlist ''
completes "linklist type: kinds" "veth bridge vxlan macvlan vlan bond dummy vrf bridge_slave bond_slave vrf_slave" \
	linklist type ''
completes "linklist type b: kinds with b" "bridge bond bridge_slave bond_slave" linklist type b
completes "linklist type veth: dev and interfaces" "dev lo va vb br0" linklist type veth ''
completes "linklist type veth dev: interfaces" "lo va vb br0" linklist type veth dev ''
completes "linklist va: type" "type" linklist va ''
completes "linklist dev va type veth: nothing more" "" linklist dev va type veth ''
completes "addrlist dev: interfaces" "lo va vb br0" addrlist dev ''
completes "linklist -n red -j dev r: red's" "ra rb rbr0" linklist -n red -j dev r
completes "addrlist DEV: nothing more" "" addrlist va ''
completes "routelist: table" "table" routelist ''
completes "routelist table: all and the named tables" "all main local default" routelist table ''
completes "routelist table T: nothing more" "" routelist table 5 ''

# Options: only the ones each command accepts, and only before operands.
completes "nsadd -" "-p -v -h -V --help --version" nsadd -
completes "nsdel -" "-f -a -w -v -h -V --help --version" nsdel -
completes "nslist -" "-n -j -p -v -h -V --help --version" nslist -
completes "nsexec -" "-v -h -V --help --version" nsexec -
completes "vethadd -" "-n -p -v -h -V --help --version" vethadd -
completes "vxlanadd -" "-n -p -v -h -V --help --version" vxlanadd -
completes "linkset -" "-n -v -h -V --help --version" linkset -
completes "linkdel -" "-n -f -v -h -V --help --version" linkdel -
completes "addradd -n red -" "-n -p -v -h -V --help --version" addradd -n red -
completes "routedel -" "-n -4 -6 -f -v -h -V --help --version" routedel -
completes "routelist --" "--help --version" routelist --
completes "addrlist -: -4 -6 among them" "-n -4 -6 -j -p -v -h -V --help --version" addrlist -
completes "linklist -j -: -d among them" "-n -d -j -p -v -h -V --help --version" linklist -j -
completes "nsmap -" "-n -a -j -p -g --title --since -v -h -V --help --version" nsmap -
: >"$work/saved-map.json"
completes "nsmap --since FILE" "$work/saved-map.json" nsmap --since "$work/saved-map"
completes "no options after an operand" "" linkdel va -

# nsexec NS COMMAND: commands, then that command's completion inside NS.
completes "nsexec NS nsli: commands" "nslist" nsexec red nsli
completes "nsexec NS linkset: NS's interfaces" "dev lo ra rb rbr0" nsexec red linkset ''
completes "nsexec NS linkset DEV master: NS's bridges" "rbr0" nsexec red linkset ra master ''
completes "nsexec NS linkset -n blue: -n wins" "lo" nsexec red linkset -n blue l
pre='_command_offset() { COMPREPLY=("offset=$1,ns=$_tinyip_in,cword=$COMP_CWORD"); }'
completes "nsexec uses _command_offset 2 where bash-completion has it" \
	"offset=2,ns=red,cword=3" nsexec red ip ''
pre=

# The guide scripts, installed as tinyip-NAME-guide: their options.
completes "a guide: its options" "--step --explain --map --dot --check --teardown --batch --help" \
	tinyip-veth-guide ''
completes "the bridge guide: --host too" "--host --help" tinyip-bridge-guide --h
completes "a guide: --check" "--check" tinyip-overview-guide --ch
completes "the two-host guide: its options" \
	"--step --explain --map --dot --check --teardown --batch --help" tinyip-two-host-guide ''
mkdir -p "$work/slides"
completes "a guide: a directory after --dot" "$work/slides" tinyip-veth-guide --dot "$work/sl"
completes "the two-host guide: a directory after --dot" "$work/slides" tinyip-two-host-guide --dot "$work/sl"

# tinyip: its options and commands, then each command's own completion.
completes "tinyip: options and commands" "-b -f -h -V --help --version nsadd nslist nsdel \
	nsexec vethadd bradd vxlanadd linkset linkdel addradd addrdel routeadd routedel linklist addrlist \
	routelist nsmap" tinyip ''
completes "tinyip ns: the ns commands" "nsadd nslist nsdel nsexec nsmap" tinyip ns
completes "tinyip linkset DEV: as linkset does" "dev lo va vb br0" tinyip linkset ''
completes "tinyip nsdel: namespace names" "blue red" tinyip nsdel ''
completes "tinyip nsexec red linkset: red's interfaces" "dev lo ra rb rbr0" \
	tinyip nsexec red linkset ''
touch "$work/lab.tinyip"
completes "tinyip -b: a file" "$work/lab.tinyip" tinyip -b "$work/lab"
completes "tinyip -b FILE: nothing more" "" tinyip -b "$work/lab.tinyip" ''
