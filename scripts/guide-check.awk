# guide-check.awk: a guide's --check (see guide-lib.sh). Two files:
#   STATE  what tinyip lists: "N NAME" for each named namespace; "kinds"
#          and nsmap's text (for the kind of each link); then for each
#          namespace ("-" is the one the check runs in, "the host")
#          "ns NS" and addrlist's output, "routes NS" and routelist's,
#          "unreadable NS WHY"; "F 0|1" for the host's IPv4 forwarding
#   PLAN   the guide: "S HEADING" and "C WORD..." lines
# It reads each command of the plan as what that command leaves behind,
# and compares. Each step is done when nothing it leaves is missing; what
# is there but contradicts the guide is named with the command that fixes
# it. Prints the report; writes the next command to type to next_file;
# exits 0 when every step that can be checked is done, 1 otherwise.
#
# The guide's links are known by their names, but for a name the plan
# makes in more than one namespace (the two-host guide's eth0, br0 and
# vxlan0, one on each host): that link is NAME@NS, NS where it is made,
# and it is looked for there only. nm[KEY] is the name of each.

function where_name(ns) { return ns == "-" ? "the host" : ns }
function in_ns(ns, words) { return ns == "-" ? words : "nsexec " ns " " words }

# add(LIST, WORD): LIST with WORD added, words separated by spaces.
function add(list, word) { return list == "" ? word : list " " word }
function has(list, word) { return index(" " list " ", " " word " ") > 0 }

# The state, as addrlist and routelist print it.
function state_line(   i, name, at, gw, bare) {
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
	if ($0 == "kinds") { part = "kinds"; return }
	if (part == "kinds") {
		# nsmap's text: a line per namespace ("host (nsmap runs here)"),
		# under it a line per link (a port after "|- " or "`- "): NAME KIND,
		# a VXLAN link's settings after "~~~ ".
		if ($0 == "tunnels (VXLAN)" || $0 == "cables (veth pairs)") part = ""
		else if ($0 !~ /^ /) cur = ($2 == "(nsmap") ? "-" : $1
		else if ($1 !~ /^\(/) {
			name = ($1 == "|-" || $1 == "`-") ? $2 : $1
			link_kind[cur, name] = ($1 == "|-" || $1 == "`-") ? $3 : $2
			if (index($0, " ~~~ id ")) link_vx[cur, name] = substr($0, index($0, " ~~~ id ") + 5)
		}
		return
	}
	if (part == "routes") {
		# Every route to a destination: its gateway, or "dev DEV".
		gw = ""
		for (i = 2; i < NF; i++) {
			if ($i == "via") gw = $(i + 1)
			if ($i == "dev" && gw == "") gw = "dev " $(i + 1)
		}
		sub(/ /, "=", gw)
		route[cur, $1] = add(route[cur, $1], gw)
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
		for (i = 4; i < NF; i++) {
			if ($i == "master") master[cur, link] = $(i + 1)
			if ($i == "mtu") link_mtu[cur, link] = $(i + 1)
		}
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
	if (kind == "wrong" && fix in fixed) return
	if (kind == "wrong") fixed[fix] = 1
	s = step_of[i]
	n_items[s]++
	kind_of[s, n_items[s]] = kind
	what_of[s, n_items[s]] = what
	fix_of[s, n_items[s]] = fix
}

# veth_words(): command I's veth pair, after parse: its ends' names in
# va and vb, the namespaces they are made in (a netns word, else ctx) in
# na and nb.
function veth_words(   j) {
	j = at
	if (w[j] == "-p") j++
	va = w[j++]
	na = nb = ctx
	if (w[j] == "netns") { na = w[j + 1]; j += 2 }
	if (w[j] == "peer") j++
	if (w[j] == "name") j++
	vb = w[j++]
	if (w[j] == "netns") nb = w[j + 1]
}

# made(NAME, NS): note that the plan makes NAME in NS (for shared[]).
function made(name, ns) {
	if ((name, ns) in made_in) return
	made_in[name, ns] = 1
	if (++n_made[name] > 1) shared[name] = 1
}

# key(NAME, NS): the guide's link NAME made in NS (see the top).
function key(name, ns,   k) {
	k = (name in shared) ? name "@" ns : name
	nm[k] = name
	return k
}

# ref(NS, NAME): the guide's link that NAME in NS is, as the plan goes
# (now_key[] follows it from namespace to namespace).
function ref(ns, name) { return ((ns, name) in now_key) ? now_key[ns, name] : key(name, ns) }

# The model: where each link of the guide is made, where it ends up, its
# peer, the addresses each link gets; the link each command acts on, in
# ka[I] (and kb[I], a veth pair's other end).
function model(   i, j, a, b, l, bare, name) {
	for (i = 1; i <= n_cmds; i++) {
		parse(i)
		if (verb == "vethadd") {
			veth_words()
			made(va, na)
			made(vb, nb)
		} else if (verb == "bradd") {
			for (j = at; j <= nw; j++) made(w[j], ctx)
		} else if (verb == "vxlanadd")
			made(w[at] == "-p" ? w[at + 1] : w[at], ctx)
	}
	for (i = 1; i <= n_cmds; i++) {
		parse(i)
		if (verb == "vethadd") {
			veth_words()
			ka[i] = a = key(va, na)
			kb[i] = b = key(vb, nb)
			now_key[na, va] = a
			now_key[nb, vb] = b
			born[a] = final[a] = na
			born[b] = final[b] = nb
			wanted_peer[a] = b
			wanted_peer[b] = a
			last_of[a] = last_of[b] = i
		} else if (verb == "bradd" || verb == "vxlanadd") {
			for (j = at; j <= nw; j++) {
				if (w[j] == "-p") continue
				ka[i, j] = l = key(w[j], ctx)
				now_key[ctx, w[j]] = l
				born[l] = final[l] = ctx
				last_of[l] = i
				if (verb == "vxlanadd") break # one name, then its words
			}
		} else if (verb == "linkset") {
			name = w[at] == "dev" ? w[at + 1] : w[at]
			ka[i] = l = ref(ctx, name)
			for (j = at; j < nw; j++) {
				if (w[j] == "netns") {
					final[l] = w[j + 1]
					moved[l] = 1
					delete now_key[ctx, name]
					now_key[w[j + 1], name] = l
				}
				if (w[j] == "master") mastered[l] = 1
			}
			last_of[l] = i
		} else if (verb == "addradd") {
			for (j = at; j < nw; j++) if (w[j] == "dev") name = w[j + 1]
			ka[i] = l = ref(ctx, name)
			wanted[ctx, name] = add(wanted[ctx, name], w[at])
			last_addradd[ctx, name] = i
			addressed[l] = 1
			bare = w[at]
			sub(/\/.*/, "", bare)
			given[bare] = i
			given_to[bare] = name " in " where_name(ctx)
			subnets[ctx] = add(subnets[ctx], w[at])
			if (!(ctx in first_addradd)) first_addradd[ctx] = i
			last_of[l] = i
		}
		guide_ns[ctx] = 1
		checked[step_of[i]] += verb ~ /^(nsadd|bradd|vethadd|vxlanadd|linkset|addradd|routeadd|sysctl)$/
	}
	for (l in born) guide_link[nm[l]] = 1
}

# state_key(NS, NAME): the guide's link that NAME in NS would be; "" if
# none of the guide's could be.
function state_key(ns, name) {
	if (!(name in guide_link)) return ""
	if (!(name in shared)) return name
	return ((name "@" ns) in nm) ? name "@" ns : ""
}

# place_pairs(): where each veth pair of the guide is, as a pair: pair_at[A]
# and pair_at[B], for the A in some namespace whose peer is B. A name alone
# proves nothing: another guide's leftovers may have the same names.
function place_pairs(   a, n, p, k, ns) {
	for (a in wanted_peer) {
		if (a in pair_at) continue
		n = split(places[nm[a]], p, " ")
		# A shared name is looked for where it is made, and there only.
		for (k = (nm[a] in shared) ? 0 : 1; k <= ((nm[a] in shared) ? 0 : n); k++) {
			ns = k ? p[k] : final[a]
			if (!((ns, nm[a]) in peer_is) || peer_is[ns, nm[a]] != nm[wanted_peer[a]]) continue
			if ((nm[wanted_peer[a]] in shared) && peer_in[ns, nm[a]] != final[wanted_peer[a]]) continue
			pair_at[a] = ns
			pair_at[wanted_peer[a]] = peer_in[ns, nm[a]]
			break
		}
	}
}

# locate(LINK): the namespace the guide's LINK is in: a veth end where its
# pair is, another link (a bridge) where it is made or moved to, else
# anywhere; "" if it is nowhere.
function locate(l) {
	if (l in wanted_peer) return (l in pair_at) ? pair_at[l] : ""
	return where_is(l)
}

# where_is(LINK): the namespace the guide's LINK is in, by its name: where
# it is moved or made, else (for a name the plan makes once) anywhere.
function where_is(l) {
	if (!(nm[l] in shared)) return find(nm[l], final[l], born[l])
	if ((final[l], nm[l]) in index_of) return final[l]
	if ((born[l], nm[l]) in index_of) return born[l]
	return ""
}

# stays(I, LINK): LINK, made by command I and never moved, is where it was made.
function stays(i, l,   x) {
	if (moved[l] || (x = locate(l)) == born[l] || x == "") return
	if (born[l] == "-")
		item(i, "wrong", nm[l] " is in " where_name(x) ", not in the host: delete it (a veth" \
			" pair goes whole) and make it again", in_ns(x, "linkdel " nm[l]))
	else
		item(i, "wrong", nm[l] " is in " where_name(x) ", not in " born[l],
			in_ns(x, "linkset " nm[l] " netns " born[l]))
}

# rename(I, NS, FROM, TO, OF): FROM in NS, the peer of OF, should be TO.
# Where TO cannot be (taken, or not a namespace TO belongs in), the pair
# is deleted, to be made again.
function rename(i, ns, from, to, of) {
	if ((ns, nm[to]) in index_of || (ns != born[to] && ns != final[to]))
		item(i, "wrong", nm[of] "'s peer is " from " in " where_name(ns) ", not " nm[to] \
			": delete the pair and make it again", in_ns(ns, "linkdel " from))
	else if (is_up[ns, from])
		item(i, "wrong", nm[of] "'s peer is named " from ", not " nm[to] ": to rename it," \
			" first bring it down", in_ns(ns, "linkset " from " down"))
	else
		item(i, "wrong", nm[of] "'s peer is named " from ", not " nm[to],
			in_ns(ns, "linkset " from " name " nm[to]))
}

# pair(I, A, B): the veth pair A and B that command I makes.
function pair(i, a, b,   x, y) {
	if (a in pair_at) {
		stays(i, a)
		stays(i, b)
		return
	}
	x = where_is(a)
	y = where_is(b)
	if (x != "" && !((x, nm[a]) in peer_is) && !((x, nm[a]) in peer_ns))
		item(i, "wrong", nm[a] " in " where_name(x) " is not a veth end", in_ns(x, "linkdel " nm[a]))
	else if (x != "" && !((x, nm[a]) in peer_is))
		item(i, "wrong", nm[a] "'s peer is in a namespace with no name (one deleted?)",
			in_ns(x, "linkdel " nm[a]))
	else if (x != "")
		rename(i, peer_in[x, nm[a]], peer_is[x, nm[a]], b, a)
	else if (y != "" && !((y, nm[b]) in peer_is))
		item(i, "wrong", nm[b] " in " where_name(y) " is not the peer of " nm[a],
			in_ns(y, "linkdel " nm[b]))
	else if (y != "")
		rename(i, peer_in[y, nm[b]], peer_is[y, nm[b]], a, b)
	else
		item(i, "todo", "there is no veth pair " nm[a] " and " nm[b], text[i])
}

function check_linkset(i,   l, j, where, x, m, k) {
	l = w[at] == "dev" ? w[at + 1] : w[at]
	k = ka[i]
	where = ctx
	for (j = at; j < nw; j++) {
		if (w[j] != "netns") continue
		where = w[j + 1]
		x = locate(k)
		if (x == where) continue
		if (!(where in named) || x == "") item(i, "wait")
		else if ((where, l) in index_of)
			item(i, "wrong", "another " l " is in " where " already" \
				((k in wanted_peer) ? " (not the peer of " nm[wanted_peer[k]] ")" : "") \
				": delete it", in_ns(where, "linkdel " l))
		else if (x == ctx)
			item(i, "todo", l " is in " where_name(ctx) ", not yet in " where, text[i])
		else
			item(i, "wrong", l " is in " where_name(x) ", not in " where,
				in_ns(x, "linkset " l " netns " where))
	}
	for (j = at; j <= nw; j++) {
		if (w[j] != "up" && w[j] != "master" && w[j] != "mtu") continue
		if (locate(k) != where) { item(i, "wait"); continue }
		if (w[j] == "mtu") {
			if (link_mtu[where, l] != w[j + 1])
				item(i, "todo", l " in " where_name(where) " has MTU " link_mtu[where, l] \
					", not " w[j + 1], text[i])
			continue
		}
		if (w[j] == "up" && !is_up[where, l])
			item(i, "todo", l " in " where_name(where) " is down", text[i])
		if (w[j] != "master" || (m = master[where, l]) == w[j + 1]) continue
		# The namespace named, where it is not the host (the two-host
		# guide's ports are in hostA and hostB).
		if (m == "")
			item(i, "todo", l (where == "-" ? "" : " in " where) " is not a port of " \
				w[j + 1] " yet", text[i])
		else
			item(i, "wrong", l (where == "-" ? "" : " in " where) " is a port of " m \
				", not of " w[j + 1], text[i])
	}
}

# check_addradd(I): the address command I gives, and, at the last
# command that addresses that device, any address the guide does not give it.
function check_addradd(i,   j, dev, want, bare, n, list, k, f, other, mine) {
	for (j = at; j < nw; j++) if (w[j] == "dev") dev = w[j + 1]
	want = w[at]
	if (locate(ka[i]) != ctx) { item(i, "wait"); return }
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
			} else if (other == "" && state_key(f[1], f[2]) != "" &&
				   locate(state_key(f[1], f[2])) == f[1]) {
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

# check_routeadd(I): the route command I adds, and no other to the same
# place: the kernel would use whichever it likes best.
function check_routeadd(i,   dest, via, j, what, n, list, k, gw) {
	dest = w[at]
	for (j = at; j < nw; j++) if (w[j] == "via") via = w[j + 1]
	if (!(ctx in readable)) { item(i, "wait"); return }
	what = (dest == "default" ? "the default route" : "the route to " dest) " in " where_name(ctx)
	n = split(route[ctx, dest], list, " ")
	for (k = 1; k <= n; k++) {
		if (list[k] == via) continue
		gw = list[k]
		sub(/=/, " ", gw)
		gw = (gw ~ /^dev / ? "out of " substr(gw, 5) " with no gateway" : "via " gw)
		item(i, "wrong", what (has(route[ctx, dest], via) ? " also goes " gw \
			" (the guide's goes via " via ")" : " goes " gw ", not via " via),
			in_ns(ctx, "routedel " dest (list[k] ~ /^dev=/ ? " dev " substr(list[k], 5) : " via " list[k])))
	}
	if (!has(route[ctx, dest], via))
		item(i, "todo", where_name(ctx) " has no " \
			(dest == "default" ? "default route" : "route to " dest) " via " via, text[i])
}

# vxlan_words(J): the settings of the vxlanadd whose name is word J, in
# nsmap's words: "id 42 remote ADDR local ADDR dev DEV dstport 4789".
function vxlan_words(j,   k, id, peer, local, dev, port) {
	port = 4789
	for (k = j + 1; k < nw; k++) {
		if (w[k] == "id") id = w[k + 1]
		else if (w[k] == "remote" || w[k] == "group") peer = " " w[k] " " w[k + 1]
		else if (w[k] == "local") local = " local " w[k + 1]
		else if (w[k] == "dev") dev = " dev " w[k + 1]
		else if (w[k] == "dstport") port = w[k + 1]
	}
	return "id " id peer local dev " dstport " port
}

# vxlan_dev(): the underlay device of a vxlanadd, after parse; "" if none.
function vxlan_dev(   j) {
	for (j = at; j < nw; j++) if (w[j] == "dev") return w[j + 1]
	return ""
}

function check(i,   j, a, b, kind) {
	parse(i)
	if (ctx != "-" && !(ctx in readable) && verb != "nsadd") { item(i, "wait"); return }
	if (verb == "nsadd") {
		for (j = at; j <= nw; j++)
			if (!(w[j] in named))
				item(i, "todo", "there is no namespace " w[j], "nsadd " w[j])
			else if (!(w[j] in readable))
				item(i, "wrong", w[j] " cannot be entered: " why[w[j]], "nsdel " w[j])
	} else if (verb == "bradd" || verb == "vxlanadd") {
		kind = verb == "bradd" ? "bridge" : "vxlan"
		for (j = at; j <= nw; j++) {
			if (w[j] == "-p") continue
			if ((ctx, w[j]) in link_kind && link_kind[ctx, w[j]] != kind)
				item(i, "wrong", w[j] " in " where_name(ctx) " is a " link_kind[ctx, w[j]] \
					", not a " (kind == "vxlan" ? "VXLAN link" : kind), in_ns(ctx, "linkdel " w[j]))
			if ((ctx, w[j]) in index_of) {
				if (kind != "vxlan") continue
				# Its settings: the kernel changes none of them after, so
				# another VNI, remote or port is made again.
				if ((ctx, w[j]) in link_vx && link_vx[ctx, w[j]] != vxlan_words(j))
					item(i, "wrong", w[j] " in " where_name(ctx) " has " link_vx[ctx, w[j]] \
						", not the guide's " vxlan_words(j), in_ns(ctx, "linkdel " w[j]))
				break
			}
			if (w[j] in places && locate(ka[i, j]) != "") stays(i, ka[i, j])
			else if (kind == "bridge") # one bradd of several names, or the command
				item(i, "todo", "there is no bridge " w[j] (ctx == "-" ? "" : " in " ctx),
					nw > at ? in_ns(ctx, "bradd " w[j]) : text[i])
			else if (vxlan_dev() != "" && !((ctx, vxlan_dev()) in index_of))
				item(i, "wait")
			else
				item(i, "todo", "there is no VXLAN link " w[j] " in " where_name(ctx), text[i])
			if (kind == "vxlan") break
		}
	} else if (verb == "vethadd") {
		veth_words()
		if ((na != "-" && !(na in readable)) || (nb != "-" && !(nb in readable))) item(i, "wait")
		else pair(i, ka[i], kb[i])
	} else if (verb == "linkset")
		check_linkset(i)
	else if (verb == "addradd")
		check_addradd(i)
	else if (verb == "routeadd")
		check_routeadd(i)
	else if (verb == "sysctl" && forward != "1")
		item(i, "todo", "IP forwarding is off in the host",
			have_sysctl ? text[i] : "echo 1 >/proc/sys/net/ipv4/ip_forward")
}

# ipv4(A): address A (no /PLEN) as a number; -1 if it is not IPv4.
function ipv4(a,   q) {
	if (split(a, q, ".") != 4 || a ~ /:/) return -1
	return ((q[1] * 256 + q[2]) * 256 + q[3]) * 256 + q[4]
}

# in_subnet(A, LIST): the IPv4 address A (no /PLEN) is in a subnet of LIST
# (ADDR/PLEN words).
function in_subnet(a, list,   n, p, k, f, size) {
	if (ipv4(a) < 0) return 0
	n = split(list, p, " ")
	for (k = 1; k <= n; k++) {
		if (split(p[k], f, "/") != 2 || ipv4(f[1]) < 0) continue
		size = 2 ^ (32 - f[2])
		if (int(ipv4(a) / size) == int(ipv4(f[1]) / size)) return 1
	}
	return 0
}

# unasked(): what no command of the plan names, and yet breaks it: a
# master on a guide link the guide puts on no bridge; an address on a veth
# end the guide gives none; an address of the guide, or one in its subnet,
# on a link the guide does not use, in a namespace of the guide (or on a
# loopback). The host's own links are left alone.
function unasked(   l, ns, n, list, k, f, bare) {
	for (l in born) {
		if ((ns = locate(l)) == "") continue
		if (!(l in mastered) && master[ns, nm[l]] != "")
			item(last_of[l], "wrong", nm[l] " is a port of " master[ns, nm[l]] \
				", and the guide puts it on no bridge", in_ns(ns, "linkset " nm[l] " nomaster"))
		if (!(l in wanted_peer) || (l in addressed)) continue
		n = split(addrs[ns, nm[l]], list, " ")
		for (k = 1; k <= n; k++)
			item(last_of[l], "wrong", nm[l] " in " where_name(ns) " has " list[k] \
				", and the guide gives it no address", in_ns(ns, "addrdel " list[k] " dev " nm[l]))
	}
	for (bare in addr_on) {
		n = split(addr_on[bare], list, " ")
		for (k = 1; k <= n; k++) {
			split(list[k], f, "|")
			if (f[2] in guide_link || !(f[1] in guide_ns) || (f[1] == "-" && f[2] != "lo"))
				continue
			if (bare in given)
				item(given[bare], "wrong", f[2] " in " where_name(f[1]) " has " f[3] \
					", the address the guide gives " given_to[bare],
					in_ns(f[1], "addrdel " f[3] " dev " f[2]))
			else if (in_subnet(bare, subnets[f[1]]))
				item(first_addradd[f[1]], "wrong", f[2] " in " where_name(f[1]) " has " f[3] \
					", in the guide's subnet: it would take the guide's traffic",
					in_ns(f[1], "addrdel " f[3] " dev " f[2]))
		}
	}
}

FNR == NR { state_line(); next }
$1 == "S" { heading[++n_steps] = substr($0, 3); next }
$1 == "C" { text[++n_cmds] = substr($0, 3); step_of[n_cmds] = n_steps; next }

END {
	resolve_peers()
	model()
	place_pairs()
	for (i = 1; i <= n_cmds; i++) check(i)
	unasked()
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
