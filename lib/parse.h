/* parse: check and convert the words a user types. Each parser returns
 * NULL when the word is good, else a short reason for the error line. */
#ifndef TINYIP_PARSE_H
#define TINYIP_PARSE_H

#include <stdbool.h>
#include <stdint.h>

struct prefix {
	int family;		/* AF_INET or AF_INET6 */
	uint8_t addr[16];
	unsigned int len;	/* prefix length in bits */
	bool has_len;		/* the user wrote /LEN */
};

const char *parse_ifname(const char *word);
const char *parse_netns_name(const char *word);
/* ADDR[/LEN], IPv4 or IPv6; without /LEN the length is the full address. */
const char *parse_prefix(const char *word, struct prefix *prefix);
/* A link-layer address: 1 to SIZE bytes as hex pairs split by ':',
 * e.g. 02:00:5e:10:00:01. */
const char *parse_mac(const char *word, uint8_t *addr, unsigned int size,
		      unsigned int *len);
/* A whole decimal number from 0 to MAX. */
const char *parse_uint(const char *word, unsigned long max, unsigned long *value);
/* One of TABLE's names, or a number from 0 to 255: its value. */
struct name_table;
const char *parse_byte_name(const struct name_table *table, const char *word,
			    uint8_t *value);

/* The keyword lists of the commands, checked without touching anything.
 * Each takes the operands (ARGC words at ARGV) and returns 0, or -1 with
 * ERR naming the word at fault (NULL: the usage as a whole) and why. */
struct parse_error {
	const char *word;
	const char *reason;
};

/* For the grammars, which live with their subjects (addr.c, route.c,
 * link.c): PARSE_ERROR filled, -1 returned. */
int parse_fail(struct parse_error *err, const char *word, const char *reason);
/* PARSE_ERROR naming KEYWORD, seen a second time: -1. */
int parse_twice(struct parse_error *err, const char *keyword);
/* The word after keyword ARGV[*I], or NULL when there is none. */
const char *parse_next(int argc, char *const *argv, int *i);
/* 0, or -1 with ERR naming WORD and why it is no interface name (no
 * namespace name). */
int parse_check_ifname(const char *word, struct parse_error *err);
int parse_check_netns(const char *word, struct parse_error *err);

#endif
