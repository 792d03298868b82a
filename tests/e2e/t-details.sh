# linklist -d against ip -d link: a bridge's settings and a bridge port's,
# made by ip with several settings, in text byte for byte and in JSON
# member by member. Links are down where the bytes are compared: a
# running bridge's timers tick between the two listings; where they run
# (STP on, links up) the timers' values are masked, their form is not.
. "$(dirname "$0")/lib.sh"

# twins DEV WHAT: linklist -d dev DEV prints what ip -d link does, in text
# and in JSON (jq: pretty JSON too).
twins() {
	same "$2: text" "ip -d link show dev $1" "linklist -d dev $1"
	json_same "$2: JSON" "linklist -d -j dev $1" "ip -d -j link show dev $1"
}

# Timers' values, as text and as JSON, masked.
mask_text="sed -E 's/(_timer) +[0-9]+\.[0-9]{2} /\1 T /g'"
mask_json="sed -E 's/(_timer\"):[0-9]+\.[0-9]{2}/\1:\"T\"/g'"

# ticking DEV WHAT: twins, the timers' values masked.
ticking() {
	same "$2: text, timers aside" "ip -d link show dev $1 | $mask_text" \
		"linklist -d dev $1 | $mask_text"
	json_same "$2: JSON, timers aside" "linklist -d -j dev $1 | $mask_json" \
		"ip -d -j link show dev $1 | $mask_json"
}

# A bridge as ip makes it, and a port with the defaults.
ip link add br0 type bridge || fail "setup: br0"
ip link add v1 type veth peer name v2 || fail "setup: v1"
ip link set v1 master br0 || fail "setup: v1 into br0"
twins br0 "a bridge's defaults"
twins v1 "a port's defaults"
has "the bridge's settings, after its kind" \
	'^    bridge forward_delay 1500 hello_time 200 .* hello_timer    0\.00 ' linklist -d dev br0
has "the port's, after bridge_slave" \
	'^    bridge_slave state disabled .* port_id 0x8001 port_no 0x1 .* hold_timer    0\.00 ' \
	linklist -d dev v1
has "timers are numbers with two decimals in JSON" '"hold_timer":0\.00,' linklist -d -j dev v1
has "hex strings in JSON" '"id":"0x8001","no":"0x1"' linklist -d -j dev v1

# Settings other than the defaults; an address with zeros, which ip's
# bridge ids write without them (8000.2:0:a:0:0:1).
ip link add br1 type bridge forward_delay 500 hello_time 150 max_age 1000 ageing_time 600 \
	priority 7 group_fwd_mask 0x4008 group_address 01:80:c2:00:00:0e mcast_snooping 0 \
	no_linklocal_learn 1 mcast_router 2 mcast_query_use_ifaddr 1 mcast_querier 1 \
	mcast_hash_elasticity 4 mcast_hash_max 512 mcast_last_member_count 3 \
	mcast_startup_query_count 4 mcast_last_member_interval 77 mcast_membership_interval 20000 \
	mcast_querier_interval 20500 mcast_query_interval 10000 mcast_query_response_interval 900 \
	mcast_startup_query_interval 2500 mcast_stats_enabled 1 mcast_igmp_version 3 \
	mcast_mld_version 2 nf_call_iptables 1 nf_call_ip6tables 1 nf_call_arptables 1 ||
	fail "setup: br1"
ip link set br1 address 02:00:0a:00:00:01 || fail "setup: br1's address"
# (Its gc_timer runs, down as it is, with so short an ageing_time.)
ticking br1 "a bridge's settings"
has "the bridge id without leading zeros, as ip" 'bridge_id 0007\.2:0:a:0:0:1 ' linklist -d dev br1
has "group_fwd_mask in hex" 'group_fwd_mask 0x4008 group_address 01:80:c2:00:00:0e ' \
	linklist -d dev br1

# A port's settings, each of them, and its backup port.
ip link add v3 type veth peer name v4 || fail "setup: v3"
ip link set v3 master br1 && ip link set v4 master br1 || fail "setup: v3, v4 into br1"
ip link set v3 type bridge_slave cost 5 priority 7 group_fwd_mask 0x4005 hairpin on guard on \
	root_block on fastleave on learning off flood off mcast_router 2 mcast_flood off \
	bcast_flood off mcast_to_unicast on neigh_suppress on vlan_tunnel on isolated on ||
	fail "setup: v3's settings"
ip link set v3 type bridge_slave backup_port v4 || fail "setup: v3's backup port"
ip link set v3 type bridge_slave locked on || fail "setup: v3 locked"
twins v3 "a port's settings"
twins v4 "another port"
has "the mask's bits by name" 'group_fwd_mask 0x4005 group_fwd_mask_str stp,lacp,lldp ' \
	linklist -d dev v3
has "fastleave twice in text" 'fastleave on .* mcast_fast_leave on ' linklist -d dev v3
same "fastleave once in JSON" \
	"linklist -d -j dev v3 | jq -c '.[0].linkinfo.info_slave_data | [.fastleave, .mcast_fast_leave]'" \
	"echo '[true,null]'"
has "the backup port by name" 'backup_port v4 ' linklist -d dev v3

# Every link at once, pretty JSON too (br1's timer aside).
same "the whole listing" "ip -d link | $mask_text" "linklist -d | $mask_text"
json_same "the whole listing, JSON" "linklist -d -j | $mask_json" "ip -d -j link | $mask_json"
json_same "the whole listing, pretty JSON" "linklist -d -j -p | sed -E 's/(_timer\": )[0-9.]+/\1\"T\"/'" \
	"ip -d -j -p link | sed -E 's/(_timer\": )[0-9.]+/\1\"T\"/'"

# Running: STP on and the links up, timers ticking.
ip link add br2 type bridge stp_state 1 forward_delay 400 || fail "setup: br2"
ip link add v5 type veth peer name v6 || fail "setup: v5"
ip link set v5 master br2 && ip link set v5 up && ip link set v6 up && ip link set br2 up ||
	fail "setup: br2 up with v5"
sleep 1
ticking br2 "a bridge with STP"
ticking v5 "a port of a bridge with STP"
has "a running timer as ip writes it" 'forward_delay_timer +[0-9]+\.[0-9]{2} ' \
	linklist -d dev v5
