# guide-lib.sh: what the guide scripts share. Sourced, not run.
#
# A guide script sets guide_name (as in "the veth guide"), and if it takes
# words of its own, guide_args and guide_help_args (for the usage line and
# --help); it defines:
#   guide_plan      the steps, in order: `step HEADING`, then a `cmd WORD...`
#                   for each command of that step (tinyip words, as typed);
#                   it reads $guide_teardown to give the teardown instead
#   guide_arg WORD  (if it has words) takes one (return 1: not its word)
# then calls `guide_main "$@"`, which runs the plan one of these ways:
#   (none)      each step's heading, then each command echoed and run
#   --step      each step's commands and the ip lines they mirror, then
#               wait: Enter runs the step, s skips it, q quits
#   --explain   each command in explain mode (TINYIP_EXPLAIN=1)
#   --map       nsmap after each step, marking what the step changed
#   --dot DIR   DIR/NN-step.dot for each step (and .svg where dot is)
#   --check     run nothing: which steps the current state shows done,
#               what contradicts the guide, and the next command to type
#   --batch     run nothing: print the plan as a file for tinyip -b
# The commands run in the order given, and the first that fails stops the
# guide with its exit status. --check is guide-check.awk's.

guide_prog=$(basename "$0")
guide_dir=$(dirname "$guide_lib")
# What a guide with no words of its own has; a guide sets its own after.
guide_args='' guide_help_args=''
guide_arg() { return 1; }

guide_help() {
	cat <<EOH
usage: $guide_prog [--step] [--explain] [--map] [--dot DIR] $guide_args
       $guide_prog --check $guide_args
       $guide_prog --teardown $guide_args
       $guide_prog --batch [--teardown] $guide_args
  --step       before each step, show its commands and the ip lines they
               mirror, and wait: Enter runs the step, s skips it, q quits
  --explain    each command explains its requests to the kernel, on stderr
  --map        after each step, nsmap, marking what the step changed
  --dot DIR    after each step, a slide: DIR/NN-step.dot (and .svg, where
               Graphviz dot is installed)
  --check      run nothing: which steps the current state shows done, what
               contradicts the guide and how to fix it, the next command
  --teardown   remove what the guide made
  --batch      run nothing: print the commands as a batch file, to run
               in one process with tinyip -b FILE (or -b -)
EOH
	[ -z "$guide_help_args" ] || printf '%s\n' "$guide_help_args"
	echo "See tinyip-guides(8)."
	exit 0
}

# guide_bad WORD WHY: bad usage, naming the word.
guide_bad() {
	echo "$guide_prog: $1: $2" >&2
	exit 2
}

# translate WORD...: the ip command(s) that the tinyip command WORD... is,
# one per line (the guides' rule: add ip, split object and verb).
translate() {
	tr_cmd=$1
	shift
	tr_ip=ip
	while :; do # -n NS, -4, -6, -d go right after ip
		case "${1:-}" in
		-n) tr_ip="$tr_ip -n $2"; shift 2 ;;
		-4|-6|-d) tr_ip="$tr_ip $1"; shift ;;
		*) break ;;
		esac
	done
	case "$tr_cmd" in
	nsadd|nsdel) # ip has no -f (gone is no error), -w (wait) or -p (made is no error)
		tr_verb=${tr_cmd#ns}
		for tr_name in "$@"; do
			case "$tr_name" in -*) continue ;; esac
			echo "$tr_ip netns $tr_verb $tr_name"
		done ;;
	nslist) echo "$tr_ip netns list $*" | sed 's/ *$//' ;;
	nsexec)
		tr_ns=$1
		shift
		translate "$@" | sed "s/^/ip netns exec $tr_ns /" ;;
	vethadd) # ip has no -p; NAME's netns NS goes before type veth
		[ "$1" = -p ] && shift
		tr_name=$1
		shift
		if [ "${1:-}" = netns ]; then
			tr_name="$tr_name netns $2"
			shift 2
		fi
		[ "$1" = peer ] && shift
		[ "$1" = name ] && shift
		echo "$tr_ip link add $tr_name type veth peer name $*" ;;
	bradd) for tr_name in "$@"; do echo "$tr_ip link add $tr_name type bridge"; done ;;
	vxlanadd) # ip has no -p; without dstport, ip takes the kernel's 8472
		[ "$1" = -p ] && shift
		tr_name=$1
		shift
		case " $* " in
		*" dstport "*) tr_port= ;;
		*) tr_port=" dstport 4789" ;;
		esac
		echo "$tr_ip link add $tr_name type vxlan $*$tr_port" ;;
	linkdel)
		for tr_name in "$@"; do
			case "$tr_name" in -*) continue ;; esac
			echo "$tr_ip link del $tr_name"
		done ;;
	link*|addr*|route*)
		tr_object=${tr_cmd%add} tr_object=${tr_object%del}
		tr_object=${tr_object%set} tr_object=${tr_object%list}
		echo "$tr_ip $tr_object ${tr_cmd#"$tr_object"} $*" | sed 's/ *$//' ;;
	*) echo "$tr_cmd $*" ;;
	esac
}

# The plan, as guide_plan gives it: "S HEADING" and "C WORD..." lines.
step() { printf 'S %s\n' "$*" >>"$guide_tmp/plan"; }
cmd() { printf 'C %s\n' "$*" >>"$guide_tmp/plan"; }

guide_main() {
	guide_stepping='' guide_explain='' guide_map='' guide_dot='' guide_checking='' guide_batch=''
	guide_teardown='' guide_check_args=${guide_check_args:-}
	while [ $# -gt 0 ]; do
		case "$1" in
		--step) guide_stepping=1 ;;
		--explain) guide_explain=1 ;;
		--map) guide_map=1 ;;
		--dot)
			case "${2:--}" in -*) guide_bad --dot "needs a directory" ;; esac
			guide_dot=$2
			shift ;;
		--check) guide_checking=1 ;;
		--batch) guide_batch=1 ;;
		--teardown) guide_teardown=1 ;;
		-h|--help) guide_help ;;
		*) guide_arg "$1" || guide_bad "$1" "not a word this guide takes (see $guide_prog --help)" ;;
		esac
		shift
	done
	if [ -n "$guide_checking" ]; then
		for guide_word in ${guide_stepping:+--step} ${guide_explain:+--explain} \
			${guide_map:+--map} ${guide_dot:+--dot} ${guide_teardown:+--teardown} \
			${guide_batch:+--batch}; do
			guide_bad "$guide_word" "--check runs nothing, so it takes no $guide_word"
		done
	fi
	if [ -n "$guide_batch" ]; then
		for guide_word in ${guide_stepping:+--step} ${guide_explain:+--explain} \
			${guide_map:+--map} ${guide_dot:+--dot}; do
			guide_bad "$guide_word" "--batch runs nothing, so it takes no $guide_word"
		done
	fi
	if [ -n "$guide_stepping" ] && [ ! -t 0 ]; then
		echo "$guide_prog: --step waits for Enter before each step, and standard input is not a terminal" >&2
		exit 2
	fi
	if [ -n "$guide_dot" ]; then
		mkdir -p "$guide_dot" || exit 1
	fi
	guide_tmp=$(mktemp -d) || exit 1
	trap 'rm -rf "$guide_tmp"' EXIT
	trap 'exit 130' INT
	trap 'exit 143' TERM
	: >"$guide_tmp/plan"
	guide_plan
	if [ -n "$guide_checking" ]; then
		guide_check
	elif [ -n "$guide_batch" ]; then
		guide_print_batch
	else
		guide_run
	fi
}

# guide_print_batch: the plan as a batch file. A command that is not
# tinyip's (sysctl, a ping from the host) is left as a comment.
guide_print_batch() {
	echo "# $guide_name${guide_teardown:+ torn down}, for tinyip -b: $guide_prog --batch" \
		"${guide_teardown:+--teardown }$guide_check_args" | sed 's/ *$//'
	while IFS= read -r guide_entry; do
		guide_line=${guide_entry#? }
		case "$guide_entry" in
		S*) printf '\n# %s\n' "$guide_line"; continue ;;
		esac
		case "${guide_line%% *}" in
		nsadd|nslist|nsdel|nsexec|vethadd|bradd|vxlanadd|linkset|linkdel|addradd|addrdel|\
		routeadd|routedel|linklist|addrlist|routelist|nsmap)
			printf '%s\n' "$guide_line" ;;
		*) printf '# not a tinyip command, for a shell: %s\n' "$guide_line" ;;
		esac
	done <"$guide_tmp/plan"
}

# guide_run: the plan, step by step.
guide_run() {
	[ -z "$guide_explain" ] || { TINYIP_EXPLAIN=1; export TINYIP_EXPLAIN; }
	if [ -n "$guide_map" ] || [ -n "$guide_dot" ]; then
		nsmap -j >"$guide_tmp/before" || exit 1
	fi
	guide_n=0 guide_heading='' guide_cmds=''
	# The plan's lines as this function's arguments: no file stays open
	# while the commands run, so that every fd is still the caller's (a
	# TINYIP_EXPLAIN_FD=3 with 3>log, say).
	guide_ifs=$IFS
	IFS='
'
	set -f
	# shellcheck disable=SC2046
	set -- $(cat "$guide_tmp/plan")
	set +f
	IFS=$guide_ifs
	for guide_entry; do
		guide_line=${guide_entry#? }
		if [ "${guide_entry%% *}" = S ]; then
			[ -z "$guide_heading" ] || guide_do_step
			guide_heading=$guide_line guide_cmds=''
		else
			guide_cmds="$guide_cmds$guide_line
"
		fi
	done
	[ -z "$guide_heading" ] || guide_do_step
}

# guide_do_step: the step in $guide_heading, its commands in $guide_cmds.
guide_do_step() {
	guide_n=$((guide_n + 1))
	echo "# $guide_heading"
	if [ -n "$guide_stepping" ]; then
		printf '%s' "$guide_cmds" | while read -r guide_show_line; do
			# shellcheck disable=SC2086
			printf '    %-8s%s\n' tinyip "$guide_show_line" ip "$(translate $guide_show_line | head -1)"
			# shellcheck disable=SC2086
			translate $guide_show_line | sed '1d; s/^/            /'
		done
		while :; do
			printf '[Enter] run this step, s skip it, q quit: '
			if ! read -r guide_answer; then
				echo
				guide_answer=q
			fi
			case "$guide_answer" in
			"") break ;;
			s|S) echo "(step $guide_n skipped)"; return 0 ;;
			q|Q) echo "(stopped before step $guide_n; what was made is left)"; exit 0 ;;
			esac
		done
	fi
	guide_rest=$guide_cmds
	while [ -n "$guide_rest" ]; do
		guide_run_line=${guide_rest%%"
"*}
		guide_rest=${guide_rest#*"
"}
		printf '+ %s\n' "$guide_run_line"
		set -f
		# shellcheck disable=SC2086
		set -- $guide_run_line
		set +f
		"$@" || {
			guide_status=$?
			echo "$guide_prog: step $guide_n stopped: $guide_run_line: exit $guide_status" \
				"(see where you stand: $guide_prog --check${guide_check_args:+ $guide_check_args})" >&2
			exit "$guide_status"
		}
	done
	if [ -n "$guide_map" ]; then
		echo "# nsmap: what step $guide_n changed (+ made, ~ changed, - gone)"
		nsmap --since "$guide_tmp/before" || exit 1
	fi
	if [ -n "$guide_dot" ]; then
		# 01-create-network-namespaces: the heading, its words cut at 40 characters
		guide_slug=$(echo "$guide_heading" | tr 'A-Z' 'a-z' |
			sed 's/^[0-9. ]*//; s/[^a-z0-9]\{1,\}/-/g; s/^-//; s/-$//')
		[ ${#guide_slug} -le 40 ] ||
			guide_slug=$(echo "$guide_slug" | cut -c1-41 | sed 's/-[^-]*$//')
		guide_file=$(printf '%s/%02d-%s.dot' "$guide_dot" "$guide_n" "$guide_slug")
		nsmap -g --since "$guide_tmp/before" --title "$guide_name: $guide_heading" >"$guide_file" ||
			exit 1
		if command -v dot >/dev/null 2>&1; then
			dot -Tsvg -o "${guide_file%.dot}.svg" "$guide_file" || exit 1
		fi
	fi
	if [ -n "$guide_map" ] || [ -n "$guide_dot" ]; then
		nsmap -j >"$guide_tmp/before" || exit 1
	fi
}

# guide_check: what the state shows of the plan; exit 0 when all is done.
guide_check() {
	guide_names=$(nslist) || exit 1
	guide_names=$(printf '%s\n' "$guide_names" | awk '{ print $1 }')
	{
		for guide_ns in $guide_names; do echo "N $guide_ns"; done
		# nsmap for the kind of each link, which addrlist does not print.
		echo kinds
		LC_ALL=C nsmap 2>/dev/null || :
		guide_state_of ''
		for guide_ns in $guide_names; do
			guide_state_of "$guide_ns"
		done
		if grep -q '^C sysctl ' "$guide_tmp/plan"; then
			echo "F $(cat /proc/sys/net/ipv4/ip_forward)"
		fi
	} >"$guide_tmp/state.raw" || exit 1
	guide_status=0
	# A learner's shell has sysctl only if procps is there (the script's
	# own stand-in, a function, does not count).
	guide_sysctl=0
	! (unset -f sysctl; command -v sysctl) >/dev/null 2>&1 || guide_sysctl=1
	awk -v guide="$guide_name" -v next_file="$guide_tmp/next" -v have_sysctl="$guide_sysctl" \
		-f "$guide_dir/guide-check.awk" "$guide_tmp/state.raw" "$guide_tmp/plan" || guide_status=$?
	[ $guide_status -le 1 ] || exit "$guide_status"
	if [ -s "$guide_tmp/next" ]; then
		guide_line=$(cat "$guide_tmp/next")
		echo "next: $guide_line"
		# shellcheck disable=SC2086
		guide_ip=$(translate $guide_line)
		[ "$guide_ip" = "$guide_line" ] || printf '%s\n' "$guide_ip" | sed 's/^/  (ip: /; s/$/)/'
	fi
	exit $guide_status
}

# guide_state_of NS: NS's links and addresses (and routes, when the plan
# adds one), as tinyip lists them; '' is the namespace the guide runs in.
guide_state_of() {
	echo "ns ${1:--}"
	if ! addrlist ${1:+-n "$1"} 2>"$guide_tmp/err"; then
		# A name with no namespace behind it is the guide's to report;
		# anything else (not root, say) stops the check.
		if grep -q ': stale namespace' "$guide_tmp/err"; then
			echo "unreadable ${1:--} $(head -1 "$guide_tmp/err")"
			return 0
		fi
		echo "$guide_prog: --check cannot look inside ${1:-this namespace}: $(head -1 "$guide_tmp/err")" >&2
		exit 1
	fi
	if grep -q '^C .*routeadd ' "$guide_tmp/plan"; then
		echo "routes ${1:--}"
		routelist ${1:+-n "$1"} 2>/dev/null
	fi
}
