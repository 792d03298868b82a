# Races and scale: parallel nsadd and nsdel, and a dump of 2,000 links.
. "$(dirname "$0")/lib.sh"

# 32 parallel nsadd of distinct names, the first ones in this sandbox, so
# that they race for the run directory's mount setup too.
for i in $(seq 1 32); do nsadd "r$i" 2>"$work/err.$i" & done
wait
same "32 parallel nsadd: all 32 made" "ls /run/netns | grep -c '^r'" "echo 32"
same "no error from any" "cat $work/err.*; echo end" "echo end"
same "the run directory is mounted once" \
	"awk '\$5 == \"/run/netns\"' /proc/self/mountinfo | wc -l" "echo 1"
same "every name is a namespace" \
	"for i in \$(seq 1 32); do nsexec r\$i true && echo ok; done | grep -c ok" "echo 32"

# 8 parallel nsadd of one name: one wins, seven say it exists.
for i in $(seq 1 8); do (nsadd same 2>"$work/same.$i"; echo $? >"$work/status.$i") & done
wait
same "8 parallel nsadd of one name: one succeeds" "cat $work/status.* | grep -c '^0$'" "echo 1"
same "seven exit 1" "cat $work/status.* | grep -c '^1$'" "echo 7"
same "each with one clean line" "cat $work/same.* | sort | uniq -c | sed 's/^ *//'" \
	"echo '7 nsadd: same: namespace already exists'"
check "the winner made a namespace" nsexec same true

# 8 parallel nsadd -p of one name: all succeed, none sees it half-made.
for i in $(seq 1 8); do (nsadd -p samep 2>"$work/samep.$i"; echo $? >"$work/pstatus.$i") & done
wait
same "8 parallel nsadd -p of one name: all succeed" "cat $work/pstatus.* | grep -c '^0$'" "echo 8"
same "with no error line" "cat $work/samep.*; echo end" "echo end"
nsdel samep

# 8 parallel nsdel of one name: one wins, seven say there is none.
for i in $(seq 1 8); do (nsdel same 2>"$work/del.$i"; echo $? >"$work/dstatus.$i") & done
wait
same "8 parallel nsdel of one name: one succeeds" "cat $work/dstatus.* | grep -c '^0$'" "echo 1"
same "seven exit 1 with one clean line each" "cat $work/del.* | sort | uniq -c | sed 's/^ *//'" \
	"echo '7 nsdel: same: no such namespace'"
refuse "same is gone" test -e /run/netns/same

# 32 parallel nsdel of distinct names.
for i in $(seq 1 32); do nsdel "r$i" 2>"$work/rdel.$i" & done
wait
same "32 parallel nsdel: all gone" "ls /run/netns | grep -c '^r'" "echo 0"
same "no error from any nsdel" "cat $work/rdel.*; echo end" "echo end"

# A dump of 2,000 links in one namespace spans many messages.
nsadd big
for i in $(seq 1 1000); do echo "link add b$i type veth peer name c$i"; done >"$work/batch"
ip -n big -batch "$work/batch"
same "2,001 links listed" "linklist -n big | grep -c '^[0-9]'" "echo 2001"
same "linklist of 2,001 links = ip link" "linklist -n big" "ip -n big link"
same "addrlist of 2,001 links = ip addr" "addrlist -n big" "ip -n big addr"
json_ok() { "$top/tests/e2e/jsoneq" "$1" "$2" >/dev/null; }
linklist -j -n big >"$work/tj"; ip -j -n big link >"$work/ij"
check "linklist -j of 2,001 links = ip -j link" json_ok "$work/tj" "$work/ij"
