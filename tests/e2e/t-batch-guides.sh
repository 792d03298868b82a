# The guides as batch files (guide --batch, then tinyip -b) give the state
# their scripts give, checked with ip.
. "$(dirname "$0")/lib.sh"

# The guides as batch files give what the guide scripts give. The inner
# sandboxes have a /run of their own: the files are in /tmp.
tmp=$(mktemp -d /tmp/t-batch.XXXXXX)
# in_sandbox SETUP: SETUP in an empty sandbox; "failed: N" if it fails.
in_sandbox() {
	"$top/scripts/sandbox" sh -c "PATH='$PATH'; . '$top/tests/e2e/lib.sh'; $1; rm -rf \"\$work\""
}
in_sandbox "state" >"$work/empty-state"
for guide in "veth-guide.sh" "bridge-guide.sh 20" "overview-guide.sh" "two-host-guide.sh 3"; do
	in_sandbox "{ $top/scripts/$guide; } >/dev/null 2>&1 || echo failed: \$?; state" \
		>"$work/script-state"
	# shellcheck disable=SC2086
	"$top/scripts/"$guide --batch >"$tmp/guide.tinyip"
	# shellcheck disable=SC2086
	"$top/scripts/"$guide --batch --teardown >"$tmp/teardown.tinyip"
	# The batch, the state; its teardown, the state at once: its nsdel -w
	# waits until the kernel has ended the namespaces' devices.
	in_sandbox "tinyip -b '$tmp/guide.tinyip' >/dev/null 2>&1 || echo failed: \$?; state
		echo '== torn down'
		tinyip -b '$tmp/teardown.tinyip' || echo failed: \$?
		state" >"$work/both"
	sed '/^== torn down$/,$d' "$work/both" >"$work/batch-state"
	sed '1,/^== torn down$/d' "$work/both" >"$work/torn-state"
	if ! grep -q '^failed' "$work/script-state" "$work/batch-state" &&
	   [ "$(grep -c . "$work/batch-state")" -gt 5 ] &&
	   cmp -s "$work/script-state" "$work/batch-state"; then
		pass "$guide --batch | tinyip -b - gives the state the script gives"
	else
		fail "$guide as a batch file gives another state"
		diff "$work/script-state" "$work/batch-state" | sed 's/^/#   /' | head -20
	fi
	same "and its --batch --teardown undoes it" "cat '$work/torn-state'" "cat '$work/empty-state'"
done
has "--batch with --host leaves what is not tinyip's as a comment" \
	'^# not a tinyip command, for a shell: sysctl -w net\.ipv4\.ip_forward=1$' \
	"$top/scripts/bridge-guide.sh" --batch --host
rm -rf "$tmp"
expect_error 2 "veth-guide.sh: --step: --batch runs nothing, so it takes no --step" \
	"$top/scripts/veth-guide.sh" --batch --step

