# Explain mode (-v): each request and answer in words on stderr, checked
# against what was really sent and made; stdout and exit statuses as
# without it.
. "$(dirname "$0")/lib.sh"
# This test says when to explain: not the e2e-explain run around it.
unset TINYIP_EXPLAIN TINYIP_EXPLAIN_FD

# ino NS: the inode of namespace NS, as explain mode writes net:[INODE].
ino() { stat -L -c %i "/run/netns/$1"; }

# nsadd -v on a fresh /run: every step of the first namespace.
expect 0 "nsadd -v ns1 on a fresh /run" nsadd -v ns1
cp "$err" "$work/nsadd"
for step in 'mkdir\("/run/netns", 0755\) = 0' \
	'mount\(NULL, "/run/netns", MS_SHARED\|MS_REC\) = -1 EINVAL \(Invalid argument\)' \
	'mount\("/run/netns", "/run/netns", MS_BIND\|MS_REC\) = 0' \
	'mount\(NULL, "/run/netns", MS_SHARED\|MS_REC\) = 0' \
	'lstat\("/run/netns/ns1"\) = -1 ENOENT \(No such file or directory\)' \
	'unshare\(CLONE_NEWNET\) = 0' \
	'open\("/run/netns/ns1", O_CREAT\|O_EXCL\) = [0-9]+' \
	'mount\("/proc/self/fd/[0-9]+" \(the new namespace\), "/proc/self/fd/[0-9]+" \(/run/netns/ns1\), MS_BIND\) = 0'; do
	has "nsadd -v says: $step" "^nsadd: $step\$" cat "$work/nsadd"
done
has "nsadd -v names the new namespace's inode" "the new namespace is net:\[$(ino ns1)\]\$" cat "$work/nsadd"
has "and says why for each step" '^   the file now holds the namespace' cat "$work/nsadd"
same "nsadd -v prints nothing on stdout" "cat '$out'; echo end" "echo end"
same "the steps come in the order they run" \
	"grep -o '^nsadd: [a-z0-9]*(' '$work/nsadd' | tr '\n' ' '" \
	"printf '%s' 'nsadd: mkdir( nsadd: open( nsadd: flock( nsadd: mount( nsadd: mount( nsadd: mount( nsadd: lstat( nsadd: open( nsadd: unshare( nsadd: open( nsadd: setns( nsadd: open( nsadd: mount( '"
nsadd ns2

# vethadd -v: the request as sent, the peer nested in it, its fd named.
expect 0 "vethadd -v veth_ns1 peer name veth_ns2 netns ns2" \
	vethadd -v veth_ns1 peer name veth_ns2 netns ns2
cp "$err" "$work/veth"
has "it shows the request" '^vethadd: >> request 1: RTM_NEWLINK \(16\) "create or change a link", [0-9]+ bytes$' cat "$work/veth"
has "with its flags in words" 'REQUEST\|ACK\|EXCL\|CREATE \(0x605\): a request; answer even on success' cat "$work/veth"
has "the kind" '^     IFLA_INFO_KIND \(1\) +"veth"' cat "$work/veth"
has "the peer, nested as a link" '^       VETH_INFO_PEER \(1\) +nested, [0-9]+ bytes +the other end, described as a link$' cat "$work/veth"
has "with its own ifinfomsg" '^         ifinfomsg  family AF_UNSPEC, index 0 \(new: the kernel picks one\)' cat "$work/veth"
has "the peer's name as sent" '^         IFLA_IFNAME \(3\) +"veth_ns2"' cat "$work/veth"
has "its namespace fd named: path, inode and name" \
	"^         IFLA_NET_NS_FD \(28\) +[0-9]+ = /run/netns/ns2, net:\[$(ino ns2)\] \(ns2\) " cat "$work/veth"
has "and the kernel's ack, timed" '^vethadd: << answer to request 1 in [0-9.]+ ms: NLMSG_ERROR \(2\), error 0 = ACK, done$' cat "$work/veth"
has "what it said was done: veth_ns2 is in ns2" '^[0-9]+: veth_ns2@' ip -n ns2 -o link show veth_ns2
linkset -n ns2 veth_ns2 up

# addradd -v -n twice: the setns, the ack, then the refusal in the
# kernel's words, and the error line last.
linkset veth_ns1 netns ns1
expect 0 "addradd -v -n ns1 (first)" addradd -v -n ns1 10.1.1.1/24 dev veth_ns1
cp "$err" "$work/add1"
has "it enters ns1, and says which namespace" \
	"^   it is net:\[$(ino ns1)\] \(ns1\)\$" cat "$work/add1"
has "setns is shown" '^addradd: setns\([0-9]+, CLONE_NEWNET\) = 0$' cat "$work/add1"
has "the socket is in ns1" "^addradd: socket\(AF_NETLINK, NETLINK_ROUTE\) = fd [0-9]+, in this namespace, net:\[$(ino ns1)\] \(ns1\)\$" cat "$work/add1"
has "the address header names the device" \
	"ifaddrmsg  family AF_INET, prefixlen 24, flags 0x0, scope global, index $(ip -n ns1 -o link show veth_ns1 | cut -d: -f1) = veth_ns1" cat "$work/add1"
has "IFA_LOCAL as sent" '^   IFA_LOCAL \(2\) +10\.1\.1\.1 ' cat "$work/add1"
has "first: ACK" 'error 0 = ACK, done$' cat "$work/add1"
expect 1 "addradd -v -n ns1 (again)" addradd -v -n ns1 10.1.1.1/24 dev veth_ns1
cp "$err" "$work/add2"
has "then EEXIST" '^addradd: << answer to request 1 in [0-9.]+ ms: NLMSG_ERROR \(2\), error -17 = EEXIST "File exists": refused$' cat "$work/add2"
has "with the kernel's sentence" '^   NLMSGERR_ATTR_MSG \(1\) +"ipv4: Address already assigned" +the kernel.s own sentence$' cat "$work/add2"
same "the error line stays the last line on stderr" "tail -n 1 '$work/add2'" \
	"echo 'addradd: 10.1.1.1/24: ipv4: Address already assigned'"

# A dump: one line per object, then the end with their number.
links=$(ip -n ns1 -o link | wc -l)
expect 0 "linklist -v -n ns1" linklist -v -n ns1
cp "$err" "$work/dump"
same "one line per link" "grep -c '^linklist: << RTM_NEWLINK (16): ' '$work/dump'" "echo $links"
has "each with its index and name" '^linklist: << RTM_NEWLINK \(16\): [0-9]+ veth_ns1$' cat "$work/dump"
has "then the end, counted" "NLMSG_DONE \(3\): the dump is complete, $links objects\$" cat "$work/dump"
same "stdout is the listing, as without -v" "linklist -v -n ns1 2>/dev/null" "linklist -n ns1"
same "-j -v still pipes to jq" "linklist -j -v -n ns1 2>/dev/null | jq -r '.[].ifname'" \
	"linklist -j -n ns1 | jq -r '.[].ifname'"

# -vv: offsets, lengths, hex, and every attribute of every dump reply.
expect 0 "linklist -vv -n ns1" linklist -vv -n ns1
cp "$err" "$work/dump2"
has "-vv gives offsets and lengths" '^   @16   16 +ifinfomsg ' cat "$work/dump2"
has "and hex" '^   ([0-9a-f]{2} ){15}[0-9a-f]{2}$' cat "$work/dump2"
same "and decodes every reply: an mtu per link" "grep -c 'IFLA_MTU (4) ' '$work/dump2'" "echo $links"
has "an attribute newer than the table says so" "not in tinyip's table|IFLA_CARRIER" cat "$work/dump2"

# Refused before sending: said, and nothing sent but the look-up.
expect 1 "linkset -v -n ns1 veth_ns1 mtu 70000" linkset -v -n ns1 veth_ns1 mtu 70000
cp "$err" "$work/mtu"
has "not sent, and why" '^linkset: not sent: mtu greater than device maximum$' cat "$work/mtu"
lacks "no RTM_NEWLINK request left" '>> request [0-9]+: RTM_NEWLINK' cat "$work/mtu"

# A move between namespaces waits on the kernel: timed like any answer.
expect 0 "linkset -v veth_ns1 netns ns2 (from ns1)" linkset -v -n ns1 veth_ns1 netns ns2
has "the move names the target namespace" \
	"IFLA_NET_NS_FD \(28\) +[0-9]+ = /run/netns/ns2, net:\[$(ino ns2)\] \(ns2\)" cat "$err"
has "and the answer is timed" 'answered|answer to request 1 in [0-9.]+ ms: NLMSG_ERROR \(2\), error 0 = ACK' cat "$err"

# TINYIP_EXPLAIN=1 does what -v does, in nsexec's children too; with
# TINYIP_EXPLAIN_FD the words go there and stderr stays clean.
TINYIP_EXPLAIN=1 nsexec ns2 routelist >"$out" 2>"$err"
has "TINYIP_EXPLAIN=1: nsexec explains its steps" '^nsexec: setns\([0-9]+, CLONE_NEWNET\) = 0$' cat "$err"
has "and its mount steps" '^nsexec: mount\(NULL, "/", MS_SLAVE\|MS_REC\) = 0$' cat "$err"
has "and the command it runs explains too" '^routelist: >> request 1: RTM_GETLINK' cat "$err"
TINYIP_EXPLAIN=1 TINYIP_EXPLAIN_FD=7 linklist -n ns2 >"$out" 2>"$err" 7>"$work/fd7"
same "TINYIP_EXPLAIN_FD=7: stderr stays empty" "cat '$err'; echo end" "echo end"
has "and fd 7 has the words" '^linklist: >> request 1: RTM_GETLINK' cat "$work/fd7"
TINYIP_EXPLAIN=1 TINYIP_EXPLAIN_FD=1 linklist -n ns2 >"$out" 2>"$err"
same "never on stdout, even asked" "cat '$out'" "linklist -n ns2"
has "(it goes to stderr then)" '^linklist: >> request 1' cat "$err"
same "-v does not change what a failure prints last" "linkdel -v nosuch 2>&1 >/dev/null | tail -n 1" \
	"echo 'linkdel: nosuch: no such device'"
expect 1 "-v does not change the exit status of a refusal" linkdel -v nosuch

# The words' reader gone away: the command goes on, its status as ever.
(sleep 0.3; linkset -v lo mtu 9000 2>&1 >/dev/null; echo "$?" >"$work/status") | true
sleep 0.5
same "a closed stderr pipe does not kill the command" "cat '$work/status'" "echo 0"
has "and its change is made" 'mtu 9000 ' ip -o link show lo
linkset lo mtu 65536
# TINYIP_EXPLAIN_FD: the caller's file is left as it was, and stdout's
# file is never written even when named.
exec 8>"$work/fd8"
TINYIP_EXPLAIN=1 TINYIP_EXPLAIN_FD=8 linklist >/dev/null
same "the caller's fd gets no O_APPEND" \
	"awk '/^flags/ { print (int(substr(\$2, length(\$2) - 3, 1)) >= 2) ? \"append\" : \"as it was\" }' /proc/\$\$/fdinfo/8 2>/dev/null || echo 'as it was'" \
	"echo 'as it was'"
exec 8>&-
TINYIP_EXPLAIN=1 TINYIP_EXPLAIN_FD=3 linklist 3>&1 2>/dev/null >"$work/both"
same "an fd that is stdout's file gets nothing" "cat '$work/both'" "linklist"
# A move's indexes are named where the device goes, not here.
bradd -n ns1 br9
vethadd mv1 peer name mv2
expect 0 "linkset -v mv1 netns ns1 master br9" linkset -v mv1 netns ns1 master br9
has "the master's index is said to be in the target" \
	'IFLA_MASTER \(10\) +[0-9]+ = in the namespace it moves to ' cat "$err"
# Without the explainer: one warning, the rest as ever.
mkdir "$work/alone" "$work/broken"
cp "$top/bin/linklist" "$work/alone/"
cp "$top/bin/linklist" "$work/broken/"
echo "not a library" >"$work/broken/tinyip-explain.so"
"$work/alone/linklist" -v >"$out" 2>"$err"
same "no tinyip-explain.so: stdout as without -v" "cat '$out'" "linklist"
has "and one line of warning" '^linklist: warning: -v: no explanations: ' cat "$err"
same "only that line" "wc -l <'$err'" "echo 1"
"$work/broken/linklist" -v >"$out" 2>"$err"
has "a broken one is named with what is wrong with it" \
	"no explanations: $work/broken/tinyip-explain.so: " cat "$err"
TINYIP_EXPLAIN=1 TINYIP_EXPLAIN_FD=7 "$work/alone/linklist" >"$out" 2>"$err" 7>"$work/fd7"
same "with TINYIP_EXPLAIN_FD, the warning goes there, not to stderr" "cat '$err'; echo end" "echo end"
has "(there it is)" '^linklist: warning: -v: no explanations: ' cat "$work/fd7"
