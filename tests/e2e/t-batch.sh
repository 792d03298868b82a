# tinyip, every command in one program, and tinyip -b: command lines
# run in one process, each from where the batch started.
. "$(dirname "$0")/lib.sh"

b="$work/lines"
lines() { printf '%s\n' "$@" >"$b"; }

# The front end.
expect 2 "tinyip alone is a usage error" tinyip
same "naming its usage" "cat '$err'" "echo 'usage: tinyip COMMAND [ARG...] | [-f] -b FILE'"
check "tinyip -h" tinyip -h
for cmd in nsadd nslist nsdel nsexec vethadd bradd vxlanadd linkset linkdel addradd addrdel \
	routeadd routedel linklist addrlist routelist nsmap; do
	if grep -qw "$cmd" "$out"; then pass "tinyip -h lists $cmd"; else fail "tinyip -h lacks $cmd"; fi
done
has "tinyip -V" '^tinyip [0-9]+\.[0-9]+\.[0-9]+$' tinyip -V
expect_error 2 "tinyip: frob: not a tinyip command (tinyip -h lists them)" tinyip frob
expect_error 2 "tinyip: -x: unknown option (usage: tinyip COMMAND [ARG...] | [-f] -b FILE)" tinyip -x
expect_error 2 "tinyip: -b: needs a file (- for standard input)" tinyip -b
expect_error 2 "tinyip: -f: goes with -b FILE" tinyip -f nsadd x
lines "nsadd x"
expect_error 2 "tinyip: more: unexpected word: -b reads the commands from its file" tinyip -b "$b" more
expect_error 2 "tinyip: $work/none: No such file or directory" tinyip -b "$work/none"
mkdir "$work/dir"
expect_error 2 "tinyip: $work/dir: Is a directory" tinyip -b "$work/dir"

# tinyip CMD is CMD.
check "tinyip nsadd a1" tinyip nsadd a1
has "made a1" '^a1$' ip netns list
same "tinyip nslist is nslist" "tinyip nslist" "nslist"
same "tinyip linklist -j is linklist -j" "tinyip linklist -j" "linklist -j"
expect_error 1 "nsadd: a1: namespace already exists" tinyip nsadd a1
expect_error 2 "nsadd: a/b: namespace name contains '/'" tinyip nsadd a/b
has "tinyip nsadd -V names nsadd" '^nsadd \(tinyip\) ' tinyip nsadd -V
same "tinyip nsexec runs the program" "tinyip nsexec a1 readlink /proc/self/ns/net" \
	"ip netns exec a1 readlink /proc/self/ns/net"
# Called by a command's name, it is that command.
# (Under make valgrind, tinyip is a script that runs it: link the program.)
real=$(command -v tinyip)
valgrind=''
[ "$(head -c 2 "$real")" != "#!" ] || { real="$top/bin/tinyip" valgrind=1; }
ln -s "$real" "$work/nsadd"
check "a link named nsadd to tinyip is nsadd" "$work/nsadd" a2
has "made a2" '^a2$' ip netns list
has "and speaks as nsadd" '^nsadd \(tinyip\) ' "$work/nsadd" -V

# Lines: comments, blank lines, quotes, a line continued.
cat >"$b" <<'EOF'
# a comment, then a blank line

nsadd 'q 1'   # a comment after the words
nsadd "q2" q\3
	nsadd \
    q4
EOF
check "a batch with comments, quotes and a continued line" tinyip -b "$b"
for ns in "q 1" q2 q3 q4; do
	if [ -e "/run/netns/$ns" ]; then pass "it made '$ns'"; else fail "it did not make '$ns'"; fi
done
same "and nothing else" "ls /run/netns | sort" "printf '%s\n' a1 a2 'q 1' q2 q3 q4"
expect 0 "an empty batch does nothing" tinyip -b /dev/null

# A line's words are those sh would give a program; nsexec shows them.
for words in "a 'b c' \"d e\"" "a\\ b \"c\\\"d\" 'e\\f'" "'' \"\" x" "a#b c # d" \
	"\"\\\$x\" '\$y' \\\$z" "* ? [x]" "a\"b\"'c'd"; do
	printf "nsexec q2 printf '<%%s>' %s\n" "$words" >"$b"
	tinyip -b "$b" >"$work/ours" 2>&1
	(set -f; eval "printf '<%s>' $words") >"$work/sh" 2>&1
	if cmp -s "$work/ours" "$work/sh"; then pass "split as sh does: $words"; else
		fail "split unlike sh: $words: $(cat "$work/ours") (sh: $(cat "$work/sh"))"; fi
done

# A file from Windows: CR LF is a newline, a continued line too.
printf 'nsadd c1\r\nnsadd c2 \\\r\n  c3\r\n' >"$b"
check "a batch of CR LF lines" tinyip -b "$b"
same "makes what its lines say, no name with a CR" "ls /run/netns | grep '^c' | od -c" \
	"printf '%s\n' c1 c2 c3 | od -c"

# Each line starts where the batch started: -n is the line's own, and so
# is every option.
lines "addradd -n q2 10.7.0.1/24 dev lo" "addradd 10.7.0.2/24 dev lo" "linklist -j lo" "linklist lo"
check "a batch with -n on one line" tinyip -b "$b"
has "-n q2 acted in q2" 'inet 10\.7\.0\.1/24' ip -n q2 addr show dev lo
lacks "and only there" 'inet 10\.7\.0\.2/24' ip -n q2 addr show dev lo
has "the next line acted here" 'inet 10\.7\.0\.2/24' ip addr show dev lo
lacks "where -n q2 did not" 'inet 10\.7\.0\.1/24' ip addr show dev lo
same "-j was one line's: the next lists text" "sed -n '2,\$p' '$out'" "linklist lo"
has "and the line before it JSON" '^\[\{"ifindex":1,' head -1 "$out"

# Errors: the first failing line stops the batch, with its status, and
# its error line says where it is.
lines "nsadd e1" "linkset nosuch up" "nsadd e2"
expect_error_changing 1 "tinyip: $b:2: linkset: nosuch: no such device" tinyip -b "$b"
has "the line before it ran" '^e1' ip netns list
lacks "the line after it did not" '^e2' ip netns list
lines "nsadd e3" "" "nsadd 'e/4'" "nsadd e5"
expect_error_changing 2 "tinyip: $b:3: nsadd: e/4: namespace name contains '/'" tinyip -b "$b"
lacks "a bad line is reported before anything after it" '^e5' ip netns list
# A bad line changes nothing: its second word is bad, its first is left.
lines "vethadd e6 peer e7 netns nosuchns"
expect_error 1 "tinyip: $b:1: vethadd: nosuchns: no such namespace" tinyip -b "$b"
lines "nsadd 'e8" "nsadd e9"
expect_error 2 "tinyip: $b:1: 'e8: no closing ' (a quoted word ends on its line)" tinyip -b "$b"
lines 'nsadd $NS'
expect_error 2 "tinyip: $b:1: \$NS: a batch line expands nothing: put it in '...' to mean it as it is" \
	tinyip -b "$b"
lines "nsadd e10; nsadd e11"
expect_error 2 "tinyip: $b:1: ;: a batch line is one command: put ; | & < > ( ) in '...' to mean them" \
	tinyip -b "$b"
lines "" "ip netns add e12"
expect_error 2 "tinyip: $b:2: ip: not a tinyip command (tinyip -h lists them)" tinyip -b "$b"
lines "nsadd e13 \\"
expect_error 2 "tinyip: $b:1: \\: the last line ends in \\, which continues it, and there is no more" \
	tinyip -b "$b"
printf 'nsadd e14\nnsadd e\00015\n' >"$b"
expect_error_changing 2 "tinyip: $b:2: line: has a NUL byte" tinyip -b "$b"
lines "nsadd -x e16"
expect_error 2 "tinyip: $b:1: nsadd: -x: unknown option (usage: nsadd [-p] NAME...)" tinyip -b "$b"
lines "nsadd"
expect_error 2 "tinyip: $b:1: usage: nsadd [-p] NAME..." tinyip -b "$b"
# The line numbers count every line, continued ones too.
printf 'nsadd \\\n  e17\n# c\n\nlinkdel nosuch\n' >"$b"
expect_error_changing 1 "tinyip: $b:5: linkdel: nosuch: no such device" tinyip -b "$b"
lines "nsadd e18" "linkdel nosuch"
expect_error_changing 1 "tinyip: stdin:2: linkdel: nosuch: no such device" sh -c "tinyip -b - <'$b'"

# A refused line is refused with the lines it continues onto, even
# with -f: no part of it runs as a line of its own.
printf 'nslist $X \\\n  nsadd k1\nnsadd k2\n' >"$b"
expect_error_changing 1 "tinyip: $b:1: \$X: a batch line expands nothing: put it in '...' to mean it as it is" \
	tinyip -f -b "$b"
lacks "the line it continues onto did not run" '^k1' ip netns list
has "the next line did" '^k2' ip netns list

# -f goes on, and exits 1 when any line failed.
lines "nsadd f1" "linkset nosuch up" "nsadd f2" "nsadd 'f/3'" "nsadd f4"
expect 1 "-f goes on past failures and exits 1" tinyip -f -b "$b"
same "reporting each" "cat '$err'" "printf '%s\n' \"tinyip: $b:2: linkset: nosuch: no such device\" \
	\"tinyip: $b:4: nsadd: f/3: namespace name contains '/'\""
for ns in f1 f2 f4; do has "-f: $ns was made" "^$ns\$" ip netns list; done
lines "nsadd f5" "nsadd f6"
expect 0 "-f with nothing failing exits 0" tinyip -f -b "$b"

# nsexec lines run in a process of their own, and the batch goes on.
lines "linklist lo" "nsexec q2 sh -c 'echo in \$(readlink /proc/self/ns/net)'" "linklist lo"
check "a batch with an nsexec line" tinyip -b "$b"
same "its output comes in the order of the lines" "cat '$out'" \
	"linklist lo; echo in \$(ip netns exec q2 readlink /proc/self/ns/net); linklist lo"
lines "nsexec q2 false" "nsadd g1"
expect_error_changing 1 "tinyip: $b:1: nsexec: false: exited with status 1" tinyip -b "$b"
lacks "and stops there" '^g1' ip netns list
lines "nsexec q2 nosuchprog"
expect_error_changing 127 "tinyip: $b:1: nsexec: nosuchprog: No such file or directory" tinyip -b "$b"
lines "nsexec nosuchns true"
expect_error_changing 125 "tinyip: $b:1: nsexec: nosuchns: no such namespace" tinyip -b "$b"
lines "nsexec q2 sh -c 'exit 127'"
expect_error_changing 127 "tinyip: $b:1: nsexec: sh: exited with status 127" tinyip -b "$b"
lines "nsexec q2 sh -c 'exit 130'"
expect_error_changing 130 "tinyip: $b:1: nsexec: sh: exited with status 130" tinyip -b "$b"
lines "nsexec -x q2 true"
expect_error_changing 2 "tinyip: $b:1: nsexec: -x: unknown option (usage: nsexec NAME COMMAND [ARG...])" \
	tinyip -b "$b"
lines "nsexec q2 sh -c 'kill -TERM \$\$'"
expect_error_changing 143 "tinyip: $b:1: nsexec: sh: killed by signal 15 (Terminated)" tinyip -b "$b"
# Lines from standard input: the program reads /dev/null, not the lines
# (the second comes while cat runs).
check "an nsexec line in a batch from standard input" \
	sh -c '{ echo "nsexec q2 cat"; sleep 0.5; echo "nsadd g2"; } | tinyip -b -'
has "the lines after it are the batch's" '^g2' ip netns list
check "and from /dev/stdin" \
	sh -c '{ echo "nsexec q2 cat"; sleep 0.5; echo "nsadd g3"; } | tinyip -b /dev/stdin'
has "the lines after it are the batch's" '^g3' ip netns list
lines "nsexec q2 cat"
same "from a file, it reads the batch's standard input" "echo hello | tinyip -b '$b'" "echo hello"

# A socket kept for the next line is never a namespace's that has gone:
# a namespace whose name is deleted ends while the batch goes on.
# fifo_batch NAME: a batch in the background ($batch) that reads the
# fifo $work/NAME, fed through fd 7, and writes $work/NAME.out.
fifo_batch() {
	mkfifo "$work/$1"
	tinyip -b - <"$work/$1" >"$work/$1.out" 2>"$err" &
	batch=$!
	exec 7>"$work/$1"
}
# goes LINK: LINK leaves this namespace within 20 s (valgrind is slow).
goes() {
	for i in $(seq 1 400); do
		ip link show "$1" >/dev/null 2>&1 || return 0
		sleep 0.05
	done
	return 1
}
lines "nsadd h1" "vethadd h1a netns h1 peer h1b" "linkset -n h1 h1a up" "addrlist -n h1" "nsdel h1"
fifo_batch fifo
cat "$b" >&7
if goes h1b; then pass "after nsdel in a batch, the namespace ends while the batch runs"
else fail "h1 lives on while the batch runs (its peer h1b is still here)"; fi
echo "nsadd h2" >&7
exec 7>&-
wait "$batch"
check "and the batch ends well" test $? = 0
# Nor when another process deletes the name: the next line finds it gone.
fifo_batch fifo2
printf '%s\n' "nsadd h5" "vethadd h5a netns h5 peer h5b" "linklist -n h5 h5a" >&7
# Once the line in h5 has run (and left its socket kept):
for i in $(seq 1 400); do
	grep -q 'h5a@' "$work/fifo2.out" && break
	sleep 0.05
done
ip netns del h5
echo "nslist" >&7
if goes h5b; then pass "a namespace ip netns del deletes ends by the batch's next line"
else fail "h5 lives on in the batch (its peer h5b is still here)"; fi
exec 7>&-
wait "$batch"
check "and the batch ends well" test $? = 0
# A name made again is a new namespace, seen afresh.
lines "nsadd h3" "vethadd h3a netns h3 peer h3b" "linklist -n h3 h3a" "nsdel h3" "nsadd h3" \
	"linklist -n h3 h3a"
expect 1 "a line in a namespace made again under the same name" tinyip -b "$b"
has "sees the old one's link before" '^[0-9]+: h3a@' cat "$out"
same "and the new one, without it, after" "cat '$err'" "echo 'tinyip: $b:6: linklist: h3a: no such device'"

# Explain mode, a line's own (-v): it opens a socket of its own, as alone.
lines "linklist lo" "linklist -v lo"
env -u TINYIP_EXPLAIN_FD TINYIP_EXPLAIN=0 tinyip -b "$b" >"$out" 2>"$err"
same "-v on a line explains it, in a socket of its own, and only it" \
	"grep -c 'socket(AF_NETLINK, NETLINK_ROUTE)' '$err'" "echo 1"
same "and both list" "grep -c '^1: lo:' '$out'" "echo 2"

# 10,000 lines: no leak (the ASan build checks at exit), and neither the
# memory nor the open files of the process grow with the lines. A cycle
# of ten lines, a probe instead of its last at lines 2,002 and 10,002.
# Under valgrind, which checks for leaks itself, 1,002 lines: 100 cycles.
cycles=1000
[ -z "$valgrind" ] || cycles=100
probe="nsexec q2 sh -c 'grep VmRSS /proc/\$PPID/status; ls /proc/\$PPID/fd | wc -l'"
{
	echo "nsadd m"
	echo "vethadd ma netns m peer mb"
	cycle=0
	while [ "$cycle" -lt "$cycles" ]; do
		echo "linkset mb up mtu 1400"
		echo "linkset -n m ma up"
		echo "addradd -n m 10.66.0.1/24 dev ma"
		echo "routeadd -n m 10.67.0.0/16 via 10.66.0.2"
		echo "routelist -n m -j"
		echo "addrlist -n m ma"
		echo "nsmap -j"
		echo "routedel -n m 10.67.0.0/16 via 10.66.0.2"
		echo "addrdel -n m 10.66.0.1/24 dev ma"
		[ "$cycle" = $((cycles / 5 - 1)) ] || [ "$cycle" = $((cycles - 1)) ] &&
			echo "$probe" || echo "linklist -n m"
		cycle=$((cycle + 1))
	done
} >"$work/big"
same "the big batch has $((cycles * 10 + 2)) lines" "grep -c . '$work/big'" \
	"echo $((cycles * 10 + 2))"
# Not explaining (the e2e-explain run would write millions of lines), and
# with no ASan quarantine, which keeps freed memory (up to 256 MB) to
# catch a use after free: that is ASan's memory, not the batch's.
env -u TINYIP_EXPLAIN -u TINYIP_EXPLAIN_FD \
	ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=0" \
	tinyip -b "$work/big" >"$work/big.out" 2>"$work/big.err"
check "it runs, to its end" test $? = 0
lacks "with nothing on stderr (no leak report)" . cat "$work/big.err"
grep VmRSS "$work/big.out" | awk '{ print $2 }' >"$work/rss"
grep -x '[0-9]*' "$work/big.out" >"$work/fds"
if [ "$(grep -c . "$work/rss")" = 2 ] && [ "$(grep -c . "$work/fds")" = 2 ]; then
	pass "the memory and open files were read twice, a fifth of the way and at the end"
else
	fail "the probes gave: $(grep -v '^\[' "$work/big.out" | tail -4 | tr '\n' ' ')"
fi
same "the open files did not grow" "sed -n 1p '$work/fds'" "sed -n 2p '$work/fds'"
awk 'NR == 1 { first = $1 } NR == 2 { grown = $1 - first }
	END { if (grown > 256) { print "grew by " grown " kB"; exit 1 } }' "$work/rss" >"$work/grew"
if [ -n "$valgrind" ]; then
	# valgrind's wrapper (make valgrind): valgrind keeps freed blocks
	# too, and checks for leaks itself.
	echo "# not counted: the memory check, under valgrind"
else
	check "the memory did not grow (at most 256 kB more after 8,000 more lines)" \
		test ! -s "$work/grew"
fi
