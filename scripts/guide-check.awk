# guide-check.awk: a guide's --check (see guide-lib.sh). Two files:
#   STATE  what tinyip lists: "N NAME" for each named namespace, then for
#          each namespace ("-" is the one the check runs in, "the host")
#          "ns NS" and addrlist's output, "routes NS" and routelist's,
#          "unreadable NS WHY"; "F 0|1" for the host's IPv4 forwarding
#   PLAN   the guide: "S HEADING" and "C WORD..." lines
# It reads each command of the plan as what that command leaves behind,
# and compares. Each step is done when nothing it leaves is missing; what
# is there but contradicts the guide is named with the command that fixes
# it. Prints the report; writes the next command to type to next_file;
# exits 0 when every step that can be checked is done, 1 otherwise.

function where_name(ns) { return ns == "-" ? "the host" : ns }
function in_ns(ns, words) { return ns == "-" ? words : "nsexec " ns " " words }

# add(LIST, WORD): LIST with WORD added, words separated by spaces.
function add(list, word) { return list == "" ? word : list " " word }
function has(list, word) { return index(" " list " ", " " word " ") > 0 }

# The state, as addrlist and routelist print it.
function state_line(   i, name, at) {
	if ($1 == "N") { named[$2] = 1; return }
	if ($1 == "F") { forward = $2; return }
	if ($1 == "ns") { cur = $2; part = "addr"; readable[cur] = 1; return }
	if ($1 == "unreadable") {
		part = ""
		delete readable[$2]
		why[$2] = substr($0, length($1 $2) + 3)
		sub(/^addrlist: [^:]*: /, "", why[$2])
		return
	}
	if ($1 == "routes") { cur = $2; part = "routes"; return }
	if (part == "routes") {
		route[cur, $1] = "-"
		for (i = 2; i < NF; i++)
			if ($i == "via") route[cur, $1] = $(i + 1)
		return
	}
	if (part != "addr") return
	if ($0 ~ /^[0-9]+: /) {
		name = $2
		sub(/:$/, "", name)
		link = name
		peer_word = ""
		if ((at = index(name, "@")) > 0) {
			link = substr(name, 1, at - 1)
			peer_word = substr(name, at + 1)
		}
		index_of[cur, link] = $1 + 0
		link_at[cur, $1 + 0] = link
		places[link] = add(places[link], cur)
		is_up[cur, link] = $3 ~ /[<,]UP[,>]/
		master[cur, link] = ""
		for (i = 4; i < NF; i++)
			if ($i == "master") master[cur, link] = $(i + 1)
		# A peer here is named; one in another namespace is "ifN" there,
		# which the next line names (link-netns NS) or numbers.
		if (peer_word != "" && peer_word != "NONE") peer_name[cur, link] = peer_word
		return
	}
	if ($1 ~ /^link\//) {
		for (i = 2; i < NF; i++) {
			if ($i == "link-netns" || $i == "link-netnsid") {
				delete peer_name[cur, link]
				peer_index[cur, link] = substr(peer_word, 3) + 0
				peer_ns[cur, link] = ($i == "link-netns" ? "" : "#") $(i + 1)
			}
		}
		return
	}
	if ($1 == "inet" || ($1 == "inet6" && has(substr($0, index($0, "scope")), "global"))) {
		addrs[cur, link] = add(addrs[cur, link], $2)
		bare = $2
		sub(/\/.*/, "", bare)
		addr_on[bare] = add(addr_on[bare], cur "|" link "|" $2)
	}
}

# Each veth end's peer as a namespace and name: peer_in[NS, LINK] and
# peer_is[NS, LINK]. A namespace with no name seen from NS is found by
# the peer that points back.
function resolve_peers(   key, k, ns, link, other, ons, olink) {
	for (key in peer_name) {
		peer_in[key] = substr(key, 1, index(key, SUBSEP) - 1)
		peer_is[key] = peer_name[key]
	}
	for (key in peer_ns) {
		split(key, k, SUBSEP)
		ns = k[1]
		link = k[2]
		if (peer_ns[key] !~ /^#/) {
			if ((peer_ns[key], peer_index[key]) in link_at) {
				peer_in[key] = peer_ns[key]
				peer_is[key] = link_at[peer_ns[key], peer_index[key]]
			}
			continue
		}
		for (other in peer_ns) {
			split(other, k, SUBSEP)
			ons = k[1]
			olink = k[2]
			if (peer_ns[other] == ns && peer_index[other] == index_of[ns, link] &&
			    index_of[ons, olink] == peer_index[key]) {
				peer_in[key] = ons
				peer_is[key] = olink
			}
		}
	}
}

# find(LINK, FIRST, THEN): a namespace LINK is in: FIRST or THEN if it is
# there, else any; "" if none.
function find(link, first, then,   n, p, i) {
	if (!(link in places)) return ""
	if ((first, link) in index_of) return first
	if ((then, link) in index_of) return then
	n = split(places[link], p, " ")
	for (i = 1; i <= n; i++) if (p[i] != "") return p[i]
	return ""
}

# parse(I): the words of command I in w[], from w[at]; the namespace it
# acts in in ctx, the command in verb.
function parse(i) {
	nw = split(text[i], w, " ")
	at = 1
	ctx = "-"
	while (w[at] == "nsexec") { ctx = w[at + 1]; at += 2 }
	verb = w[at++]
	while (w[at] == "-n") { ctx = w[at + 1]; at += 2 }
}

# item(I, KIND, TEXT, FIX): what command I's step lacks ("todo"), what
# contradicts it ("wrong"), or what waits for an earlier step ("wait").
function item(i, kind, what, fix,   s) {
	s = step_of[i]
	n_items[s]++
	kind_of[s, n_items[s]] = kind
	what_of[s, n_items[s]] = what
	fix_of[s, n_items[s]] = fix
}

# The model: where each link of the guide is made, where it ends up, its
# peer, the addresses each link gets.
function model(   i, j, a, b, l) {
	for (i = 1; i <= n_cmds; i++) {
		parse(i)
		if (verb == "vethadd") {
			a = w[at]
			j = at + 1
			if (w[j] == "peer") j++
			if (w[j] == "name") j++
			b = w[j]
			born[a] = born[b] = final[a] = final[b] = ctx
			wanted_peer[a] = b
			wanted_peer[b] = a
		} else if (verb == "bradd") {
			for (j = at; j <= nw; j++) born[w[j]] = final[w[j]] = ctx
		} else if (verb == "linkset") {
			l = w[at] == "dev" ? w[at + 1] : w[at]
			for (j = at; j < nw; j++)
				if (w[j] == "netns") { final[l] = w[j + 1]; moved[l] = 1 }
		} else if (verb == "addradd") {
			for (j = at; j < nw; j++) if (w[j] == "dev") l = w[j + 1]
			wanted[ctx, l] = add(wanted[ctx, l], w[at])
			last_addradd[ctx, l] = i
		}
		checked[step_of[i]] += verb ~ /^(nsadd|bradd|vethadd|linkset|addradd|routeadd|sysctl)$/
	}
}

# stays(I, LINK): LINK, made by command I and never moved, is where it was made.
function stays(i, l,   x) {
	if (moved[l] || (born[l], l) in index_of || (x = find(l, "", "")) == "") return
	if (born[l] == "-")
		item(i, "wrong", l " is in " where_name(x) ", not in the host: delete it (a veth" \
			" pair goes whole) and make it again", in_ns(x, "linkdel " l))
	else
		item(i, "wrong", l " is in " where_name(x) ", not in " born[l],
			in_ns(x, "linkset " l " netns " born[l]))
}

# rename(I, NS, FROM, TO, OF): FROM, the peer of OF, should be called TO.
function rename(i, ns, from, to, of) {
	if (is_up[ns, from])
		item(i, "wrong", of "'s peer is named " from ", not " to ": to rename it," \
			" first bring it down", in_ns(ns, "linkset " from " down"))
	else
		item(i, "wrong", of "'s peer is named " from ", not " to,
			in_ns(ns, "linkset " from " name " to))
}

# pair(I, A, B): the veth pair A and B that command I makes.
function pair(i, a, b,   x, y) {
	x = find(a, final[a], born[a])
	y = find(b, final[b], born[b])
	if (x != "" && !((x, a) in peer_is) && !((x, a) in peer_ns))
		item(i, "wrong", a " in " where_name(x) " is not a veth end", in_ns(x, "linkdel " a))
	else if (x != "" && !((x, a) in peer_is))
		item(i, "wrong", a "'s peer is in a namespace with no name (one deleted?)",
			in_ns(x, "linkdel " a))
	else if (x != "" && peer_is[x, a] != b)
		rename(i, peer_in[x, a], peer_is[x, a], b, a)
	else if (x == "" && y != "" && !((y, b) in peer_is))
		item(i, "wrong", b " in " where_name(y) " is not the peer of " a, in_ns(y, "linkdel " b))
	else if (x == "" && y != "")
		rename(i, peer_in[y, b], peer_is[y, b], a, b)
	else if (x == "")
		item(i, "todo", "there is no veth pair " a " and " b, text[i])
	else {
		stays(i, a)
		stays(i, b)
	}
}

function check_linkset(i,   l, j, where, x, m) {
	l = w[at] == "dev" ? w[at + 1] : w[at]
	where = ctx
	for (j = at; j < nw; j++) {
		if (w[j] != "netns") continue
		where = w[j + 1]
		if ((where, l) in index_of) continue
		if (!(where in named) || !(l in places)) item(i, "wait")
		else if ((ctx, l) in index_of)
			item(i, "todo", l " is in " where_name(ctx) ", not yet in " where, text[i])
		else {
			x = find(l, "", "")
			item(i, "wrong", l " is in " where_name(x) ", not in " where,
				in_ns(x, "linkset " l " netns " where))
		}
	}
	for (j = at; j <= nw; j++) {
		if (w[j] != "up" && w[j] != "master") continue
		if (!((where, l) in index_of)) { item(i, "wait"); continue }
		if (w[j] == "up" && !is_up[where, l])
			item(i, "todo", l " in " where_name(where) " is down", text[i])
		if (w[j] != "master" || (m = master[where, l]) == w[j + 1]) continue
		if (m == "")
			item(i, "todo", l " is not a port of " w[j + 1] " yet", text[i])
		else
			item(i, "wrong", l " is a port of " m ", not of " w[j + 1], text[i])
	}
}

# check_addradd(I): the address command I gives, and, at the last
# command that addresses that device, any address the guide does not give it.
function check_addradd(i,   j, dev, want, bare, n, list, k, f, other, mine) {
	for (j = at; j < nw; j++) if (w[j] == "dev") dev = w[j + 1]
	want = w[at]
	if (!((ctx, dev) in index_of)) { item(i, "wait"); return }
	mine = addrs[ctx, dev]
	if (!has(mine, want)) {
		bare = want
		sub(/\/.*/, "", bare)
		other = ""
		n = split(addr_on[bare], list, " ")
		for (k = 1; k <= n; k++) {
			split(list[k], f, "|")
			if (f[1] == ctx && f[2] == dev) {
				item(i, "wrong", dev " in " where_name(ctx) " has " f[3] \
					": the guide gives it " want, in_ns(ctx, "addrdel " f[3] " dev " dev))
				told[ctx, dev, f[3]] = 1
				other = "same"
			} else if (other == "") {
				item(i, "wrong", bare " is on " f[2] " in " where_name(f[1]) \
					"; the guide puts it on " dev " in " where_name(ctx),
					in_ns(f[1], "addrdel " f[3] " dev " f[2]))
				told[f[1], f[2], f[3]] = 1
				other = "elsewhere"
			}
		}
		if (other == "") {
			n = split(mine, list, " ")
			for (k = 1; k <= n; k++) {
				if (has(wanted[ctx, dev], list[k]) || (ctx, dev, list[k]) in told ||
				    (list[k] ~ /:/) != (want ~ /:/))
					continue
				item(i, "wrong", dev " in " where_name(ctx) " has " list[k] ", not " want,
					in_ns(ctx, "addrdel " list[k] " dev " dev))
				told[ctx, dev, list[k]] = 1
				other = "instead"
				break
			}
		}
		if (other == "")
			item(i, "todo", dev " in " where_name(ctx) " has no address " want, text[i])
	}
	if (last_addradd[ctx, dev] != i) return
	n = split(mine, list, " ")
	for (k = 1; k <= n; k++)
		if (!has(wanted[ctx, dev], list[k]) && !((ctx, dev, list[k]) in told))
			item(i, "wrong", dev " in " where_name(ctx) " also has " list[k] \
				", which the guide does not give it", in_ns(ctx, "addrdel " list[k] " dev " dev))
}

function check_routeadd(i,   dest, via, j, now) {
	dest = w[at]
	for (j = at; j < nw; j++) if (w[j] == "via") via = w[j + 1]
	if (!(ctx in readable)) { item(i, "wait"); return }
	if (!((ctx, dest) in route)) {
		item(i, "todo", where_name(ctx) " has no " (dest == "default" ? "default route" : "route to " dest) " via " via, text[i])
		return
	}
	now = route[ctx, dest]
	if (now != via)
		item(i, "wrong", (dest == "default" ? "the default route" : "the route to " dest) " in " where_name(ctx) " goes " \
			(now == "-" ? "via no gateway" : "via " now) ", not via " via,
			in_ns(ctx, "routedel " dest (now == "-" ? "" : " via " now)))
}

function check(i,   j, a, b) {
	parse(i)
	if (ctx != "-" && !(ctx in readable) && verb != "nsadd") { item(i, "wait"); return }
	if (verb == "nsadd") {
		for (j = at; j <= nw; j++)
			if (!(w[j] in named))
				item(i, "todo", "there is no namespace " w[j], "nsadd " w[j])
			else if (!(w[j] in readable))
				item(i, "wrong", w[j] " cannot be entered: " why[w[j]], "nsdel " w[j])
	} else if (verb == "bradd") {
		for (j = at; j <= nw; j++) {
			if ((ctx, w[j]) in index_of) continue
			if (w[j] in places) stays(i, w[j])
			else item(i, "todo", "there is no bridge " w[j], in_ns(ctx, "bradd " w[j]))
		}
	} else if (verb == "vethadd") {
		a = w[at]
		j = at + 1
		if (w[j] == "peer") j++
		if (w[j] == "name") j++
		pair(i, a, w[j])
	} else if (verb == "linkset")
		check_linkset(i)
	else if (verb == "addradd")
		check_addradd(i)
	else if (verb == "routeadd")
		check_routeadd(i)
	else if (verb == "sysctl" && forward != "1")
		item(i, "todo", "IP forwarding is off in the host", text[i])
}

FNR == NR { state_line(); next }
$1 == "S" { heading[++n_steps] = substr($0, 3); next }
$1 == "C" { text[++n_cmds] = substr($0, 3); step_of[n_cmds] = n_steps; next }

END {
	resolve_peers()
	model()
	for (i = 1; i <= n_cmds; i++) check(i)
	steps = done = 0
	first = 0
	for (s = 1; s <= n_steps; s++) {
		if (!checked[s]) continue
		steps++
		if (n_items[s] == 0) done++
		else if (!first) first = s
	}
	printf "%s: %d of %d steps done ([-]: only shows or tests, nothing to check)\n", guide, done, steps
	next_cmd = ""
	for (s = 1; s <= n_steps; s++) {
		if (!checked[s]) {
			printf "  [-] %s\n", heading[s]
			continue
		}
		printf "  [%s] %s\n", n_items[s] ? " " : "x", heading[s]
		for (k = 1; k <= n_items[s]; k++) {
			kind = kind_of[s, k]
			if (kind == "wait") continue
			if (next_cmd == "") next_cmd = fix_of[s, k]
			if (kind == "todo" && s != first) continue
			printf "        %s %s\n", kind == "wrong" ? "wrong:" : "to do:", what_of[s, k]
			printf "               %s\n", fix_of[s, k]
		}
	}
	if (first == 0) {
		printf "%s is done.\n", guide
		for (i = 1; i <= n_cmds; i++) {
			parse(i)
			if (verb == "ping") { next_cmd = text[i]; break }
		}
	} else if (next_cmd == "") {
		for (i = 1; i <= n_cmds && step_of[i] != first; i++) ;
		next_cmd = text[i]
	}
	if (next_cmd != "") print next_cmd > next_file
	exit (first != 0)
}
