/* names: the words iproute2 6.1 uses for the kernel's numbers, one table
 * per kind, in the order iproute2 shows them where order matters. */
#ifndef TINYIP_NAMES_H
#define TINYIP_NAMES_H

#include <stddef.h>

#include <stdint.h>

/* VALUES[i] is called by the i-th of the NUL-separated NAMES. */
struct name_table {
	const uint32_t *values;
	const char *names;
	size_t count;
};

extern const struct name_table names_operstates;	/* IF_OPER_* */
extern const struct name_table names_linkmodes;		/* IF_LINK_MODE_* */
extern const struct name_table names_link_types;	/* ARPHRD_* */
extern const struct name_table names_scopes;		/* RT_SCOPE_* */
extern const struct name_table names_protocols;		/* RTPROT_* */
extern const struct name_table names_route_types;	/* RTN_* */
extern const struct name_table names_link_flags;	/* IFF_*, as ip orders them */
extern const struct name_table names_addr_flags;	/* IFA_F_* */
extern const struct name_table names_route_flags;	/* RTNH_F_*, RTM_F_* */
extern const struct name_table names_route_metrics;	/* RTAX_* */
extern const struct name_table names_route_tables;	/* RT_TABLE_* */

/* The name of VALUE in TABLE, or NULL when it has none. */
const char *name_of(const struct name_table *table, unsigned int value);
/* The I-th name of TABLE, I < count. */
const char *name_at(const struct name_table *table, size_t i);

/* A route's preference (ICMPV6_ROUTER_PREF_*): medium, high, low. */
const char *names_route_pref(unsigned int pref);

#endif
