# The guides as batch files (guide --batch, then tinyip -b) give the state
# their scripts give, checked with ip.
. "$(dirname "$0")/lib.sh"

# The guides as batch files give what the guide scripts give. The inner
# sandboxes have a /run of their own: the files are in /tmp.
tmp=$(mktemp -d /tmp/t-batch.XXXXXX)
guide_state() { # guide_state SETUP: SETUP in an empty sandbox, then state()
	"$top/scripts/sandbox" sh -c "PATH='$PATH'; . '$top/tests/e2e/lib.sh'; { $1; } >/dev/null 2>&1 || echo failed: \$?; state; rm -rf \"\$work\""
}
for guide in "veth-guide.sh" "bridge-guide.sh 20" "overview-guide.sh"; do
	guide_state "$top/scripts/$guide" >"$work/script-state"
	# shellcheck disable=SC2086
	"$top/scripts/"$guide --batch >"$tmp/guide.tinyip"
	guide_state "tinyip -b '$tmp/guide.tinyip'" >"$work/batch-state"
	if ! grep -q '^failed' "$work/script-state" "$work/batch-state" &&
	   [ "$(grep -c . "$work/batch-state")" -gt 5 ] &&
	   cmp -s "$work/script-state" "$work/batch-state"; then
		pass "$guide --batch | tinyip -b - gives the state the script gives"
	else
		fail "$guide as a batch file gives another state"
		diff "$work/script-state" "$work/batch-state" | sed 's/^/#   /' | head -20
	fi
	# shellcheck disable=SC2086
	"$top/scripts/"$guide --batch --teardown >"$tmp/teardown.tinyip"
	# The kernel ends a namespace's devices a little after nsdel.
	guide_state "tinyip -b '$tmp/guide.tinyip' && tinyip -b '$tmp/teardown.tinyip' &&
		for i in \$(seq 100); do [ \$(ip -o link show | wc -l) = 1 ] && break; sleep 0.05; done" \
		>"$work/torn-state"
	guide_state "true" >"$work/empty-state"
	same "and its --batch --teardown undoes it" "cat '$work/torn-state'" "cat '$work/empty-state'"
done
has "--batch with --host leaves what is not tinyip's as a comment" \
	'^# not a tinyip command, for a shell: sysctl -w net\.ipv4\.ip_forward=1$' \
	"$top/scripts/bridge-guide.sh" --batch --host
rm -rf "$tmp"
expect_error 2 "veth-guide.sh: --step: --batch runs nothing, so it takes no --step" \
	"$top/scripts/veth-guide.sh" --batch --step

