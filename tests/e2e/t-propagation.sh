# With /run shared (as systemd has it), a mount namespace made before the
# first nsadd still sees the namespaces made after it, as with ip netns add.
. "$(dirname "$0")/lib.sh"

mount --make-shared /run
unshare --mount --propagation slave sh -c \
	'sleep 1; stat -f -c %T /run/netns/p1 /run/netns/p2' >"$work/seen" 2>&1 &
sleep 0.3
check "nsadd p1, the first in this sandbox" nsadd p1
check "nsadd p2" nsadd p2
wait
same "the older mount namespace sees both as namespaces" "cat '$work/seen'" \
	"printf 'nsfs\nnsfs\n'"
same "the run directory is mounted once here" \
	"awk '\$5 == \"/run/netns\"' /proc/self/mountinfo | wc -l" "echo 1"
