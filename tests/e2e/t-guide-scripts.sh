# The guide scripts run end to end, echo their steps, and tear down.
. "$(dirname "$0")/lib.sh"

check "scripts/veth-guide.sh runs" "$top/scripts/veth-guide.sh"
has "it echoes each step" '^\+ vethadd veth_ns1 peer name veth_ns2$' cat "$out"
has "its pings got answers" '3 packets transmitted, 3 received' cat "$out"
has "ns1 is there" '^ns1' ip netns list
check "scripts/veth-guide.sh --teardown runs" "$top/scripts/veth-guide.sh" --teardown
same "it left no namespace" "ip netns list; echo end" "echo end"

check "scripts/overview-guide.sh runs" "$top/scripts/overview-guide.sh"
has "veth-ns has 192.168.100.2/24 in mynamespace" 'inet 192\.168\.100\.2/24 .*veth-ns' \
	ip -n mynamespace addr show veth-ns
has "veth-ns is up" 'veth-ns@if[0-9]+: <BROADCAST,MULTICAST,UP,LOWER_UP>' ip -n mynamespace link show veth-ns
has "veth-host stayed here" '^[0-9]+: veth-host@if' ip link show veth-host
has "its ping got answers" '3 packets transmitted, 3 received' cat "$out"
check "scripts/overview-guide.sh --teardown runs" "$top/scripts/overview-guide.sh" --teardown
same "it left no namespace" "ip netns list; echo end" "echo end"
# Namespace teardown is asynchronous; the teardown's nsdel -w waits until
# veth-host has gone with its peer.
refuse "veth-host went with its peer, by the time the teardown ended" ip link show veth-host

# Every ip line of the veth and bridge guide (placeholders aside) is among
# the steps the guide scripts ran, as scripts/to-ip translates them. The
# lines are kept in guide-lines/, so that a clone tests itself.
lines="$top/tests/e2e/guide-lines"
ip_lines() { grep -v '^#' "$lines/$1"; }
normal_pings() { sed -E 's/ping (-c [0-9]+ )?(-i [0-9.]+ )?(-W [0-9]+ )?/ping /'; }
"$top/scripts/veth-guide.sh" | "$top/scripts/to-ip" | normal_pings >"$work/veth-ip"
"$top/scripts/veth-guide.sh" --teardown >/dev/null
"$top/scripts/bridge-guide.sh" --host | "$top/scripts/to-ip" | normal_pings >"$work/bridge-ip"
"$top/scripts/bridge-guide.sh" --teardown >/dev/null
same "the veth guide has ip lines to check" "grep -vc '^#' '$lines/veth'" "echo 19"
same "the bridge guide has ip lines to check" "grep -vc '^#' '$lines/bridge'" "echo 19"
for guide in veth bridge; do
	ip_lines $guide | while read -r line; do
		if grep -Fxq "$line" "$work/$guide-ip"; then pass "$guide-guide.sh does: $line"
		else fail "$guide-guide.sh does not do: $line"; fi
	done
done

# Where the guides themselves sit beside the checkout (shared/), the kept
# lines are still theirs.
guide="$top/../shared/guides/veth-and-bridge-guide.md"
if [ -r "$guide" ]; then
	guide_ip_lines() { # the ip lines of the guide between two headings
		sed -n "/^## $1/,/^## $2/p" "$guide" | sed -n '/^```bash/,/^```/p' |
			sed -n 's/^\$ //; /^ip /p' | grep -v '<'
	}
	guide_ip_lines "Step-by-Step Guide: Connecting" "Step-by-Step Guide: Connect Network" \
		>"$work/guide-veth"
	guide_ip_lines "Step-by-Step Guide: Connect Network" "Additional Notes" >"$work/guide-bridge"
	for guide in veth bridge; do
		ip_lines $guide >"$work/kept-$guide"
		if cmp -s "$work/kept-$guide" "$work/guide-$guide"; then
			pass "guide-lines/$guide are the guide's"
		else
			fail "guide-lines/$guide differ from the guide's"
			diff "$work/kept-$guide" "$work/guide-$guide" | sed 's/^/#   /' | head -20
		fi
	done
fi
