# scripts/deps and make: a build only checks its packages and names what
# is missing; --install (the goals that test) installs it, updating the
# package lists first where they lack a package. apt-get and apt-cache
# are stand-ins here that log what they were asked.
. "$(dirname "$0")/lib.sh"

fake="$work/fake"
mkdir -p "$fake" "$work/no-pc" "$work/tree"
cat >"$fake/apt-get" <<'FAKE'
#!/bin/sh
echo "apt-get $*" >>"$APT_LOG"
FAKE
cat >"$fake/apt-cache" <<'FAKE'
#!/bin/sh
# Empty lists: a candidate for nothing.
for package in $(echo "$*" | sed 's/^policy //'); do
	printf '%s:\n  Installed: (none)\n  Candidate: (none)\n' "$package"
done
FAKE
chmod +x "$fake/apt-get" "$fake/apt-cache"
APT_LOG="$work/apt.log"
export APT_LOG
: >"$APT_LOG"
# No pkg-config module is found: libmnl-dev (and check) look missing.
missing() { PKG_CONFIG_LIBDIR="$work/no-pc" PATH="$fake:$PATH" "$@"; }

cp -r "$top/Makefile" "$top/lib" "$top/cmd" "$top/scripts" "$work/tree"
expect 2 "make without libmnl-dev stops" missing make -s -C "$work/tree"
has "it names the package and the command that installs it" \
	'^tinyip: missing libmnl-dev; install with: apt-get install --no-install-recommends libmnl-dev$' \
	cat "$err"
same "it installs nothing" "cat '$APT_LOG'; echo end" "echo end"
same "it builds nothing" "ls '$work/tree/bin' 2>/dev/null | wc -l" "echo 0"

expect 1 "deps build says what is missing" missing "$top/scripts/deps" build
same "and nothing else" "cat '$err'" \
	"echo 'tinyip: missing libmnl-dev; install with: apt-get install --no-install-recommends libmnl-dev'"
expect 0 "deps --install test installs" missing "$top/scripts/deps" --install build test
has "it says what it installs" '^tinyip: installing what is missing: libmnl-dev check$' cat "$out"
has "it says why it updates the lists" '^tinyip: the package lists lack some of them: apt-get update$' cat "$out"
same "it updates, then installs without recommends" "cat '$APT_LOG'" \
	"printf '%s\n' 'apt-get update -q' 'apt-get install -y -q --no-install-recommends libmnl-dev check'"
: >"$APT_LOG"
expect 0 "nothing missing: deps is silent" "$top/scripts/deps" --install build test
same "and installs nothing" "cat '$out' '$err' '$APT_LOG'; echo end" "echo end"
expect 2 "deps refuses an unknown set" "$top/scripts/deps" bogus
has "naming it" '^deps: bogus: not a set' cat "$err"
# Not root: --install cannot, and says who can.
cp "$top/scripts/deps" "$work/deps" && chmod 755 "$work" "$work/deps" "$work/no-pc"
expect 1 "--install as a user refuses" missing setpriv --reuid=65534 --regid=65534 --clear-groups \
	"$work/deps" --install build
same "naming the command, with sudo" "cat '$err'" \
	"echo 'tinyip: missing libmnl-dev; install with: sudo apt-get install --no-install-recommends libmnl-dev'"
