# Sourced by every e2e test. Runs inside scripts/sandbox, as root.
# Each check prints "ok - WHAT" or "not ok - WHAT"; tests/e2e/run counts them.
top=$(cd "$(dirname "$0")/../.." && pwd)
PATH="${TINYIP_BIN:-$top/bin}:$PATH"
export PATH
work=$(mktemp -d /run/e2e.XXXXXX)
out="$work/out"
err="$work/err"

pass() { echo "ok - $*"; }
fail() { echo "not ok - $*"; }

# check WHAT CMD...: CMD succeeds.
check() {
	what=$1; shift
	if "$@" >"$out" 2>"$err"; then pass "$what"; else
		fail "$what (exit $?: $(head -c 300 "$err"))"; fi
}

# refuse WHAT CMD...: CMD fails.
refuse() {
	what=$1; shift
	if "$@" >"$out" 2>"$err"; then fail "$what (it succeeded)"; else pass "$what"; fi
}

# expect STATUS WHAT CMD...: CMD exits with STATUS; stdout in $out, stderr in $err.
expect() {
	want=$1 what=$2; shift 2
	"$@" >"$out" 2>"$err"
	got=$?
	if [ "$got" = "$want" ]; then pass "$what"; else
		fail "$what (exit $got, wanted $want: $(head -c 300 "$err"))"; fi
}

# expect_error STATUS LINE CMD...: CMD exits STATUS with exactly one stderr
# line, LINE, nothing on stdout, and leaves state() as it found it.
expect_error() {
	state >"$work/before"
	expect_error_changing "$@"
	state >"$work/after"
	cmp -s "$work/before" "$work/after" || {
		fail "$3: changed the state"
		diff "$work/before" "$work/after" | sed 's/^/#   /' | head -10
	}
}

# expect_error_changing STATUS LINE CMD...: the same, for a CMD that does
# part of its work (several names, some failing).
expect_error_changing() {
	want=$1 line=$2; shift 2
	"$@" >"$out" 2>"$err"
	got=$?
	if [ "$got" = "$want" ] && [ "$(cat "$err")" = "$line" ] &&
	   [ "$(wc -l <"$err")" = 1 ] && [ ! -s "$out" ]; then
		pass "$* -> $want: $line"
	else
		fail "$* -> exit $got, stderr '$(cat "$err")' (wanted $want: '$line')"
	fi
}

# same WHAT CMD1 CMD2: the two shell commands print the same thing.
same() {
	what=$1
	sh -c "$2" >"$work/a" 2>&1
	sh -c "$3" >"$work/b" 2>&1
	if [ -s "$work/a" ] && cmp -s "$work/a" "$work/b"; then pass "$what"; else
		fail "$what"; diff "$work/a" "$work/b" | sed 's/^/#   /' | head -20; fi
}

# json_same WHAT CMD1 CMD2: the two shell commands print JSON, and it is
# the same, member by member (jsoneq).
json_same() {
	sh -c "$2" >"$work/a" 2>&1
	sh -c "$3" >"$work/b" 2>&1
	if "$top/tests/e2e/jsoneq" "$work/a" "$work/b" >"$work/why" 2>&1; then pass "$1"
	else fail "$1: $(cat "$work/why")"; fi
}

# has WHAT PATTERN CMD...: CMD's output matches the grep -E PATTERN.
has() {
	what=$1 pattern=$2; shift 2
	if "$@" 2>&1 | grep -Eq -- "$pattern"; then pass "$what"; else
		fail "$what (no /$pattern/ in: $("$@" 2>&1 | head -c 300))"; fi
}

# lacks WHAT PATTERN CMD...: CMD's output does not match.
lacks() {
	what=$1 pattern=$2; shift 2
	if "$@" 2>&1 | grep -Eq -- "$pattern"; then
		fail "$what (/$pattern/ found)"; else pass "$what"; fi
}

# pings WHAT NS ADDR: one ping from namespace NS to ADDR, an address the
# test assigned inside its sandbox.
pings() {
	if ip netns exec "$2" ping -c 1 -W 2 "$3" >"$out" 2>&1; then pass "$1"; else
		fail "$1 ($(tail -n 2 "$out"))"; fi
}

# The state a failed command must leave as it found: links, addresses and
# routes here and in every namespace, and the run directory. What the
# kernel changes on its own time (carrier, operstate, IPv6 link-local
# addresses and routes, duplicate address detection) is left out.
settle() {
	sed -E '/fe80::|ff00::/d; s/NO-CARRIER,//; s/,LOWER_UP//; s/,M-DOWN//; s/ state [A-Z]+ / /;
		s/ tentative / /; s/ (valid|preferred)_lft [0-9a-z]+//g'
}
state() {
	{
		ip -o link show | sed 's/ link\/.*//'
		ip -o addr show
		ip route show table all
		ls -A /run/netns 2>/dev/null
		for ns in $(ls /run/netns 2>/dev/null); do
			ip -n "$ns" -o link show 2>/dev/null | sed 's/ link\/.*//'
			ip -n "$ns" -o addr show 2>/dev/null
		done
	} | settle
}

# unchanged WHAT CMD...: CMD changes nothing that state() shows.
unchanged() {
	what=$1; shift
	state >"$work/before"
	"$@" >/dev/null 2>&1
	state >"$work/after"
	if cmp -s "$work/before" "$work/after"; then pass "$what"; else
		fail "$what"; diff "$work/before" "$work/after" | sed 's/^/#   /' | head -10; fi
}
