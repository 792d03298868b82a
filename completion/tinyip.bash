# bash completion for tinyip's commands                    -*- shell-script -*-
# Install it under each command's name in bash-completion's directory (it
# loads completions by command name), or source it from ~/.bashrc.

# _tinyip_reply WORD...: add the WORDs that start with $cur to COMPREPLY.
_tinyip_reply()
{
    local w
    for w; do [[ $w == "$cur"* ]] && COMPREPLY+=("$w"); done
}

# Namespace names, from the run directory.
_tinyip_netns()
{
    local f
    for f in /run/netns/*; do
        [[ -e $f ]] && _tinyip_reply "${f##*/}"
    done
}

# _tinyip_devs [bridge]: interface names (only bridges, given an argument):
# here from /sys/class/net, or inside namespace $ns from linklist or ip.
_tinyip_devs()
{
    local f n name rest
    if [[ -z $ns ]]; then
        for f in /sys/class/net/*; do
            [[ -e $f && ( -z $1 || -d $f/bridge ) ]] && _tinyip_reply "${f##*/}"
        done
        return
    fi
    # Lines "7: NAME[@PEER]: <...>"; the others (link/ether ...) are skipped.
    while read -r n name rest; do
        [[ $n == [0-9]*: ]] || continue
        name=${name%:}
        _tinyip_reply "${name%%@*}"
    done < <(if [[ -z $1 ]] && type -P linklist >/dev/null; then
                 linklist -n "$ns"
             else
                 ip -n "$ns" -o link show ${1:+type bridge}
             fi 2>/dev/null)
}

# The options $cmd accepts.
_tinyip_opts()
{
    local o
    case $cmd in
    nsadd) o='-p' ;;
    nsdel) o='-f -a -w' ;;
    bradd | vethadd | vxlanadd | addradd) o='-n -p' ;;
    linkset) o='-n' ;;
    linkdel | addrdel) o='-n -f' ;;
    routeadd) o='-n -4 -6' ;;
    routedel) o='-n -4 -6 -f' ;;
    nslist) o='-n -j -p' ;;
    linklist) o='-n -d -j -p' ;;
    addrlist) o='-n -4 -6 -j -p' ;;
    routelist) o='-n -4 -6 -j -p' ;;
    nsmap) o='-n -a -j -p -g --title --since' ;;
    esac
    # shellcheck disable=SC2086 # a list of words
    _tinyip_reply $o -v -h -V --help --version
}

# Every function starts here. It sets the caller's cur, prev, cmd, ns (from
# -n NS, or the namespace nsexec runs the command in) and args (the operands
# before cur: options stop at the first one), and returns 1 when it has
# completed the word itself: an option, or -n's namespace.
_tinyip_start()
{
    local i w o=1
    cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
    cmd=${COMP_WORDS[0]##*/} ns=${_tinyip_in-} args=()
    COMPREPLY=()
    for ((i = 1; i < COMP_CWORD; i++)); do
        w=${COMP_WORDS[i]}
        if ((o)) && [[ $w == -- ]]; then
            o=0
        elif ((o)) && [[ $w == -[!-]* && $w == *n* ]]; then # -n NS, -nNS, -jn NS
            ns=${w#*n}
            if [[ -z $ns ]]; then
                ((++i < COMP_CWORD)) || { _tinyip_netns; return 1; }
                ns=${COMP_WORDS[i]}
            fi
        elif ! ((o)) || [[ $w != -?* ]]; then
            o=0 args+=("$w")
        fi
    done
    ((o)) && [[ $cur == -* ]] && { _tinyip_opts; return 1; }
    return 0
}

# nsadd NAME... (new names), nsdel NAME... | -a
_tinyip_ns()
{
    local cur prev cmd ns args
    _tinyip_start || return 0
    [[ $cmd == nsdel && " ${COMP_WORDS[*]:1:COMP_CWORD-1} " != *" -a "* ]] &&
        _tinyip_netns
    return 0
}

# nsexec NAME COMMAND [ARG...]: COMMAND is completed as if run inside NAME.
_tinyip_nsexec()
{
    local cur prev cmd ns args
    _tinyip_start || return 0
    ((${#args[@]})) || { _tinyip_netns; return 0; }
    local _tinyip_in=${args[0]} at=$((COMP_CWORD - ${#args[@]} + 1)) f
    if declare -F _command_offset >/dev/null; then
        _command_offset "$at"
    elif ((COMP_CWORD == at)); then
        mapfile -t COMPREPLY < <(compgen -c -- "$cur")
    else # without bash-completion: tinyip's own commands only
        _tinyip_from "$at"
    fi
    return 0
}

# _tinyip_from AT: complete the words from COMP_WORDS[AT] on as that
# command's own line, if it is one of tinyip's.
_tinyip_from()
{
    local f
    f=$(complete -p -- "${COMP_WORDS[$1]##*/}" 2>/dev/null)
    [[ $f == *" -F _tinyip_"* ]] || return 0
    f=${f#* -F } f=${f%% *}
    COMP_WORDS=("${COMP_WORDS[@]:$1}") COMP_CWORD=$((COMP_CWORD - $1))
    "$f"
}

# vethadd NAME [netns NS] [peer [name]] PEER [netns NS], bradd BRIDGE...,
# linkset [dev] DEV KEYWORD..., linkdel DEV...
_tinyip_link()
{
    local cur prev cmd ns args
    _tinyip_start || return 0
    local n=${#args[@]} i=1
    case $cmd in
    linkdel) _tinyip_devs ;;
    vethadd)
        [[ ${args[1]-} == netns ]] && i=3
        if [[ $prev == netns ]] && ((n > 1)); then
            _tinyip_netns
        elif [[ $prev == peer ]] && ((n == i + 1)); then
            _tinyip_reply name
        elif ((n == 1)); then
            _tinyip_reply netns peer
        elif ((n == i)); then
            _tinyip_reply peer
        else
            [[ ${args[i]} == peer ]] && ((i++)) && [[ ${args[i]-} == name ]] && ((i++))
            ((n == i + 1)) && _tinyip_reply netns
        fi
        ;;
    linkset)
        [[ ${args[0]-} == dev ]] && i=2
        if ((n < i)); then
            ((n == 0)) && _tinyip_reply dev
            _tinyip_devs
            return 0
        fi
        case $prev in
        netns) _tinyip_netns ;;
        master) # bridges where the link will be: a netns NS moves it first
            for ((; i < n - 1; i++)); do
                [[ ${args[i]} == netns ]] && ns=${args[i + 1]}
            done
            _tinyip_devs bridge
            ;;
        promisc | arp | multicast | allmulticast) _tinyip_reply on off ;;
        mtu | name | address | alias | txqueuelen | txqlen | qlen) ;;
        *) # a keyword with a value is given once; up/down, master/nomaster: the last counts
            local key given=" ${args[*]:i:n-i} " keys=()
            for key in up down netns master nomaster mtu name address alias txqueuelen \
                promisc arp multicast allmulticast; do
                case $key in
                up | down | master | nomaster) ;;
                txqueuelen) # or txqlen, or qlen
                    [[ $given == *" txqueuelen "* || $given == *" txqlen "* ||
                        $given == *" qlen "* ]] && continue ;;
                *) [[ $given == *" $key "* ]] && continue ;;
                esac
                keys+=("$key")
            done
            _tinyip_reply "${keys[@]}"
            ;;
        esac
        ;;
    esac
    return 0
}

# vxlanadd NAME id VNI [remote ADDR | group ADDR dev DEV] [local ADDR]
# [dev DEV] [dstport PORT] [ttl N] [learning|nolearning]: each keyword
# once, remote or group, learning or nolearning.
_tinyip_vxlan()
{
    local cur prev cmd ns args
    _tinyip_start || return 0
    local i n=${#args[@]} kw=' id remote group local dev dstport ttl learning nolearning '
    ((n)) || return 0 # the new link's name
    if ((n > 1)); then # past NAME: a keyword's value
        case $prev in
        dev) _tinyip_devs; return 0 ;;
        dstport) _tinyip_reply 4789 8472; return 0 ;;
        id | remote | group | local | ttl) return 0 ;;
        esac
    fi
    for ((i = 1; i < n; i++)); do
        case ${args[i]} in
        remote | group) kw=${kw/ remote / } kw=${kw/ group / } && ((i++)) ;;
        learning | nolearning) kw=${kw/ learning / } kw=${kw/ nolearning / } ;;
        id | local | dev | dstport | ttl) kw=${kw/ ${args[i]} / } && ((i++)) ;;
        esac
    done
    # shellcheck disable=SC2086 # a list of words
    _tinyip_reply $kw
    return 0
}

# addradd|addrdel ADDR[/PLEN] dev DEV [peer P] [label L] [broadcast B] ...,
# routeadd|routedel [TYPE] PREFIX|default [via GW] [dev DEV] [metric N] ...:
# each keyword once (metric/priority/preference, proto/protocol and
# broadcast/brd are one), a flag once.
_tinyip_addr_route()
{
    local cur prev cmd ns args
    _tinyip_start || return 0
    local i word='' kw flags=''
    case $cmd in
    addradd) kw=' dev peer label broadcast valid_lft preferred_lft metric scope '
        flags=' nodad noprefixroute home mngtmpaddr autojoin ' ;;
    addrdel) kw=' dev peer label ' ;;
    routeadd) kw=' via dev metric table src proto scope ' flags=' onlink ' ;;
    *) kw=' via dev metric table src proto scope ' ;;
    esac
    case $prev in
    dev) _tinyip_devs; return 0 ;;
    table) _tinyip_reply main local default; return 0 ;;
    proto | protocol) _tinyip_reply static boot dhcp kernel; return 0 ;;
    scope) _tinyip_reply global site link host nowhere; return 0 ;;
    broadcast | brd) _tinyip_reply + -; return 0 ;;
    valid_lft | preferred_lft) _tinyip_reply forever; return 0 ;;
    via | peer | label | metric | priority | preference | src) return 0 ;;
    esac
    for ((i = 0; i < ${#args[@]}; i++)); do
        case ${args[i]} in
        priority | preference) args[i]=metric ;;
        protocol) args[i]=proto ;;
        brd) args[i]=broadcast ;;
        esac
        if [[ $kw == *" ${args[i]} "* ]]; then
            kw=${kw/ ${args[i]} / } && ((i++))
        elif [[ $flags == *" ${args[i]} "* ]]; then
            flags=${flags/ ${args[i]} / }
        elif [[ $cmd == route* ]] && ((i == 0)) &&
            [[ " unicast local broadcast anycast multicast blackhole unreachable prohibit throw nat " == *" ${args[i]} "* ]]; then
            :
        else
            word=1
        fi
    done
    if [[ -n $word ]]; then
        # shellcheck disable=SC2086 # a list of words
        _tinyip_reply $kw $flags
    elif [[ $cmd == route* ]]; then
        if ((${#args[@]} == 0)); then
            _tinyip_reply default unicast local broadcast anycast multicast blackhole unreachable prohibit throw nat
        else
            _tinyip_reply default
        fi
    fi
    return 0
}

# nslist, routelist [table T], addrlist [[dev] DEV],
# linklist [type KIND] [[dev] DEV] (either first)
_tinyip_list()
{
    local cur prev cmd ns args
    _tinyip_start || return 0
    if [[ $cmd == routelist ]]; then
        case ${#args[@]} in
        0) _tinyip_reply table ;;
        1) [[ ${args[0]} == table ]] && _tinyip_reply all main local default ;;
        esac
        return 0
    fi
    case $cmd in linklist | addrlist) ;; *) return 0 ;; esac
    local i n=${#args[@]} dev=0 type=0
    if [[ $cmd == linklist && $prev == type ]]; then
        _tinyip_reply veth bridge vxlan macvlan vlan bond dummy vrf \
            bridge_slave bond_slave vrf_slave
        return 0
    fi
    [[ $prev == dev ]] && { _tinyip_devs; return 0; }
    for ((i = 0; i < n; i++)); do
        if [[ $cmd == linklist && ${args[i]} == type ]]; then
            type=1 && ((i++))
        else
            dev=1 && [[ ${args[i]} == dev ]] && ((i++))
        fi
    done
    if ((dev)); then
        [[ $cmd == linklist ]] && ! ((type)) && _tinyip_reply type
        return 0
    fi
    _tinyip_reply dev
    [[ $cmd == linklist ]] && ! ((type)) && _tinyip_reply type
    _tinyip_devs
    return 0
}

# nsmap [-n NS] [-a] [-j [-p] | -g [--title T]] [--since FILE]: options,
# and a file after --since.
_tinyip_map()
{
    local cur prev cmd ns args
    if [[ ${COMP_WORDS[COMP_CWORD - 1]} == --since ]]; then
        mapfile -t COMPREPLY < <(compgen -f -- "${COMP_WORDS[COMP_CWORD]}")
        return 0
    fi
    _tinyip_start || return 0
    return 0
}

# tinyip-NAME-guide (and scripts/NAME-guide.sh): the options, a directory
# after --dot.
_tinyip_guide()
{
    local cur=${COMP_WORDS[COMP_CWORD]} words="--step --explain --map --dot --check --teardown --batch --help"
    if [[ ${COMP_WORDS[COMP_CWORD - 1]} == --dot ]]; then
        mapfile -t COMPREPLY < <(compgen -d -- "$cur")
        return 0
    fi
    [[ ${COMP_WORDS[0]##*/} == *bridge-guide* ]] && words+=" --host"
    mapfile -t COMPREPLY < <(compgen -W "$words" -- "$cur")
    return 0
}

# tinyip COMMAND [ARG...] (COMMAND's own completion), tinyip [-f] -b FILE.
_tinyip_main()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]} i
    COMPREPLY=()
    if [[ $prev == -b ]]; then
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        return 0
    fi
    for ((i = 1; i < COMP_CWORD; i++)); do
        [[ ${COMP_WORDS[i]} == -b ]] && return 0 # FILE given: nothing more
        [[ ${COMP_WORDS[i]} == -* ]] && continue
        _tinyip_from "$i"
        return 0
    done
    _tinyip_reply -b -f -h -V --help --version nsadd nslist nsdel nsexec vethadd bradd vxlanadd \
        linkset linkdel addradd addrdel routeadd routedel linklist addrlist routelist nsmap
    return 0
}

complete -F _tinyip_main -o filenames tinyip
complete -F _tinyip_guide -o filenames tinyip-veth-guide tinyip-bridge-guide tinyip-overview-guide \
    tinyip-two-host-guide
complete -F _tinyip_ns nsadd nsdel
complete -F _tinyip_map -o filenames nsmap
complete -F _tinyip_nsexec -o bashdefault -o default nsexec
complete -F _tinyip_link vethadd bradd linkset linkdel
complete -F _tinyip_vxlan vxlanadd
complete -F _tinyip_addr_route addradd addrdel routeadd routedel
complete -F _tinyip_list nslist linklist addrlist routelist
