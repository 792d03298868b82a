#define _GNU_SOURCE
#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <net/if.h>
#include <stdlib.h>
#include <string.h>

#include "names.h"
#include "parse.h"

/* White space as the kernel's isspace() has it, which dev_valid_name()
 * refuses in a name: the C locale's six, and 0xA0, a no-break space in
 * Latin-1. */
static bool kernel_space(unsigned char c)
{
	return (c >= '\t' && c <= '\r') || c == ' ' || c == 0xa0;
}

const char *parse_ifname(const char *word)
{
	size_t len = strlen(word);

	if (len == 0)
		return "empty interface name";
	if (len >= IFNAMSIZ)
		return "interface name longer than 15 bytes";
	if (strcmp(word, ".") == 0 || strcmp(word, "..") == 0)
		return "invalid interface name";
	for (const char *c = word; *c; c++) {
		if (*c == '/')
			return "interface name contains '/'";
		if (kernel_space((unsigned char)*c))
			return "interface name contains whitespace";
		if (*c == ':')
			return "interface name contains ':'";
		/* The kernel reads a new name with '%' as a pattern, "br%d"
		 * making br0: never the name typed. */
		if (*c == '%')
			return "interface name contains '%' (the kernel would read a pattern)";
	}
	return NULL;
}

const char *parse_netns_name(const char *word)
{
	size_t len = strlen(word);

	if (len == 0)
		return "empty namespace name";
	if (len > 255)
		return "namespace name longer than 255 bytes";
	if (strcmp(word, ".") == 0 || strcmp(word, "..") == 0)
		return "invalid namespace name";
	if (strchr(word, '/'))
		return "namespace name contains '/'";
	return NULL;
}

const char *parse_uint(const char *word, unsigned long max, unsigned long *value)
{
	char *end;
	unsigned long number;

	if (!isdigit((unsigned char)word[0]))
		return "not a number";
	errno = 0;
	number = strtoul(word, &end, 10);
	if (*end != '\0')
		return "not a number";
	if (errno == ERANGE || number > max)
		return "number out of range";
	*value = number;
	return NULL;
}

const char *parse_byte_name(const struct name_table *table, const char *word,
			    uint8_t *value)
{
	unsigned long number;

	for (size_t i = 0; i < table->count; i++)
		if (strcmp(word, name_at(table, i)) == 0) {
			*value = (uint8_t)table->values[i];
			return NULL;
		}
	if (parse_uint(word, 255, &number))
		return "not a name or a number from 0 to 255";
	*value = (uint8_t)number;
	return NULL;
}

const char *parse_prefix(const char *word, struct prefix *prefix)
{
	char text[INET6_ADDRSTRLEN];
	const char *slash = strchr(word, '/');
	size_t addr_len = slash ? (size_t)(slash - word) : strlen(word);
	unsigned int max;

	memset(prefix, 0, sizeof(*prefix));
	if (addr_len == 0 || addr_len >= sizeof(text))
		return "invalid address";
	memcpy(text, word, addr_len);
	text[addr_len] = '\0';
	if (inet_pton(AF_INET, text, prefix->addr) == 1) {
		prefix->family = AF_INET;
		max = 32;
	} else if (inet_pton(AF_INET6, text, prefix->addr) == 1) {
		prefix->family = AF_INET6;
		max = 128;
	} else {
		return "invalid address";
	}
	prefix->len = max;
	if (slash) {
		unsigned long len;
		if (parse_uint(slash + 1, 255, &len))
			return "invalid prefix length";
		if (len > max)
			return max == 32 ? "prefix length above 32"
					 : "prefix length above 128";
		prefix->len = (unsigned int)len;
		prefix->has_len = true;
	}
	return NULL;
}

const char *parse_mac(const char *word, uint8_t *addr, unsigned int size,
		      unsigned int *len)
{
	const char *c = word;
	unsigned int count = 0;

	for (;;) {
		unsigned int digits = 0, value = 0;

		while (isxdigit((unsigned char)*c) && digits < 3) {
			value = value * 16 + (unsigned int)(isdigit((unsigned char)*c)
				? *c - '0' : tolower((unsigned char)*c) - 'a' + 10);
			digits++;
			c++;
		}
		if (digits == 0 || digits > 2)
			return "invalid link-layer address";
		if (count == size)
			return "link-layer address too long";
		addr[count++] = (uint8_t)value;
		if (*c == '\0')
			break;
		if (*c++ != ':')
			return "invalid link-layer address";
	}
	*len = count;
	return NULL;
}

int parse_fail(struct parse_error *err, const char *word, const char *reason)
{
	err->word = word;
	err->reason = reason;
	return -1;
}

int parse_twice(struct parse_error *err, const char *keyword)
{
	return parse_fail(err, keyword, "given twice");
}

const char *parse_next(int argc, char *const *argv, int *i)
{
	return ++*i < argc ? argv[*i] : NULL;
}

int parse_check_ifname(const char *word, struct parse_error *err)
{
	const char *bad = parse_ifname(word);

	return bad ? parse_fail(err, word, bad) : 0;
}

int parse_check_netns(const char *word, struct parse_error *err)
{
	const char *bad = parse_netns_name(word);

	return bad ? parse_fail(err, word, bad) : 0;
}
