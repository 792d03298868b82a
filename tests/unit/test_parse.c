/* parse: the words a user types. */
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <linux/rtnetlink.h>

#include "addr.h"
#include "link.h"
#include "names.h"
#include "parse.h"
#include "route.h"
#include "tests.h"

/* A word of LEN copies of C in BUF. */
static const char *repeat(char *buf, char c, size_t len)
{
	memset(buf, c, len);
	buf[len] = '\0';
	return buf;
}

/* parse_ifname */

START_TEST(parse_ifname_accepts_plain_names)
{
	ck_assert_ptr_null(parse_ifname("eth0"));
	ck_assert_ptr_null(parse_ifname("veth_ns1"));
	ck_assert_ptr_null(parse_ifname("a"));
}
END_TEST

START_TEST(parse_ifname_accepts_15_bytes)
{
	char word[32];

	ck_assert_ptr_null(parse_ifname(repeat(word, 'x', 15)));
}
END_TEST

START_TEST(parse_ifname_accepts_dash_dot_underscore_at)
{
	ck_assert_ptr_null(parse_ifname("veth-a"));
	ck_assert_ptr_null(parse_ifname("eth0.100"));
	ck_assert_ptr_null(parse_ifname("br_lan"));
	ck_assert_ptr_null(parse_ifname("a@b"));
	ck_assert_ptr_null(parse_ifname("x-y.z_w@v"));
}
END_TEST

START_TEST(parse_ifname_accepts_dots_that_are_not_dot_or_dotdot)
{
	ck_assert_ptr_null(parse_ifname("..."));
	ck_assert_ptr_null(parse_ifname(".a"));
	ck_assert_ptr_null(parse_ifname("a.."));
}
END_TEST

START_TEST(parse_ifname_rejects_empty)
{
	ck_assert_ptr_nonnull(parse_ifname(""));
}
END_TEST

START_TEST(parse_ifname_rejects_16_bytes)
{
	char word[32];

	ck_assert_ptr_nonnull(parse_ifname(repeat(word, 'x', 16)));
	ck_assert_ptr_nonnull(parse_ifname(repeat(word, 'x', 31)));
}
END_TEST

START_TEST(parse_ifname_rejects_slash)
{
	ck_assert_ptr_nonnull(parse_ifname("a/b"));
	ck_assert_ptr_nonnull(parse_ifname("/"));
	ck_assert_ptr_nonnull(parse_ifname("eth0/"));
}
END_TEST

START_TEST(parse_ifname_rejects_colon)
{
	ck_assert_ptr_nonnull(parse_ifname("eth0:1"));
	ck_assert_ptr_nonnull(parse_ifname(":"));
}
END_TEST

START_TEST(parse_ifname_rejects_space)
{
	ck_assert_ptr_nonnull(parse_ifname("a b"));
	ck_assert_ptr_nonnull(parse_ifname(" eth0"));
	ck_assert_ptr_nonnull(parse_ifname("eth0 "));
}
END_TEST

START_TEST(parse_ifname_rejects_tab)
{
	ck_assert_ptr_nonnull(parse_ifname("a\tb"));
}
END_TEST

START_TEST(parse_ifname_rejects_newline)
{
	ck_assert_ptr_nonnull(parse_ifname("a\nb"));
	ck_assert_ptr_nonnull(parse_ifname("eth0\n"));
}
END_TEST

START_TEST(parse_ifname_rejects_other_whitespace)
{
	ck_assert_ptr_nonnull(parse_ifname("a\rb"));
	ck_assert_ptr_nonnull(parse_ifname("a\vb"));
	ck_assert_ptr_nonnull(parse_ifname("a\fb"));
}
END_TEST

/* The kernel's isspace() has 0xA0 too; no other byte above 0x7f is
 * space to it, nor are the control bytes below 0x09. */
START_TEST(parse_ifname_whitespace_is_the_kernels)
{
	ck_assert_str_eq(parse_ifname("a\xa0" "b"), "interface name contains whitespace");
	ck_assert_ptr_null(parse_ifname("a\x85" "b"));
	ck_assert_ptr_null(parse_ifname("a\xc3\xa9"));
	ck_assert_ptr_null(parse_ifname("a\x1f" "b"));
}
END_TEST

START_TEST(parse_ifname_rejects_percent)
{
	ck_assert_ptr_nonnull(parse_ifname("br%d"));
	ck_assert_ptr_nonnull(parse_ifname("%"));
}
END_TEST

START_TEST(parse_ifname_rejects_dot)
{
	ck_assert_ptr_nonnull(parse_ifname("."));
}
END_TEST

START_TEST(parse_ifname_rejects_dotdot)
{
	ck_assert_ptr_nonnull(parse_ifname(".."));
}
END_TEST

/* parse_netns_name */

START_TEST(parse_netns_name_accepts_plain_names)
{
	ck_assert_ptr_null(parse_netns_name("ns1"));
	ck_assert_ptr_null(parse_netns_name("a"));
}
END_TEST

START_TEST(parse_netns_name_accepts_what_an_ifname_may_not)
{
	/* Only '/' and the dot names are out: it is a file name. */
	ck_assert_ptr_null(parse_netns_name("ns:1"));
	ck_assert_ptr_null(parse_netns_name("my ns"));
	ck_assert_ptr_null(parse_netns_name("..."));
	ck_assert_ptr_null(parse_netns_name(".hidden"));
}
END_TEST

START_TEST(parse_netns_name_accepts_255_bytes)
{
	char word[300];

	ck_assert_ptr_null(parse_netns_name(repeat(word, 'n', 255)));
}
END_TEST

START_TEST(parse_netns_name_rejects_256_bytes)
{
	char word[300];

	ck_assert_ptr_nonnull(parse_netns_name(repeat(word, 'n', 256)));
}
END_TEST

START_TEST(parse_netns_name_rejects_empty)
{
	ck_assert_ptr_nonnull(parse_netns_name(""));
}
END_TEST

START_TEST(parse_netns_name_rejects_slash)
{
	ck_assert_ptr_nonnull(parse_netns_name("a/b"));
	ck_assert_ptr_nonnull(parse_netns_name("/"));
	ck_assert_ptr_nonnull(parse_netns_name("../etc"));
}
END_TEST

START_TEST(parse_netns_name_rejects_dot)
{
	ck_assert_ptr_nonnull(parse_netns_name("."));
}
END_TEST

START_TEST(parse_netns_name_rejects_dotdot)
{
	ck_assert_ptr_nonnull(parse_netns_name(".."));
}
END_TEST

/* parse_uint */

START_TEST(parse_byte_name_takes_a_name_or_a_number_to_255)
{
	uint8_t value = 0;

	ck_assert_ptr_null(parse_byte_name(&names_scopes, "link", &value));
	ck_assert_uint_eq(value, RT_SCOPE_LINK);
	ck_assert_ptr_null(parse_byte_name(&names_protocols, "42", &value));
	ck_assert_uint_eq(value, 42);
	ck_assert_ptr_nonnull(parse_byte_name(&names_scopes, "256", &value));
	ck_assert_ptr_nonnull(parse_byte_name(&names_scopes, "wide", &value));
	ck_assert_ptr_nonnull(parse_byte_name(&names_scopes, "", &value));
	ck_assert_uint_eq(value, 42);	/* untouched when refused */
}
END_TEST

START_TEST(parse_uint_reads_a_decimal_number)
{
	unsigned long value = 0;

	ck_assert_ptr_null(parse_uint("1500", 65535, &value));
	ck_assert_uint_eq(value, 1500);
}
END_TEST

START_TEST(parse_uint_accepts_zero)
{
	unsigned long value = 99;

	ck_assert_ptr_null(parse_uint("0", 10, &value));
	ck_assert_uint_eq(value, 0);
}
END_TEST

START_TEST(parse_uint_accepts_max)
{
	unsigned long value = 0;

	ck_assert_ptr_null(parse_uint("255", 255, &value));
	ck_assert_uint_eq(value, 255);
}
END_TEST

START_TEST(parse_uint_rejects_above_max)
{
	unsigned long value = 7;

	ck_assert_ptr_nonnull(parse_uint("256", 255, &value));
	ck_assert_uint_eq(value, 7);
}
END_TEST

START_TEST(parse_uint_accepts_ulong_max)
{
	char word[32];
	unsigned long value = 0;

	snprintf(word, sizeof(word), "%lu", ULONG_MAX);
	ck_assert_ptr_null(parse_uint(word, ULONG_MAX, &value));
	ck_assert_uint_eq(value, ULONG_MAX);
}
END_TEST

START_TEST(parse_uint_rejects_overflow)
{
	char word[32];
	unsigned long value = 7;

	/* Ten times ULONG_MAX: strtoul saturates, that must not pass. */
	snprintf(word, sizeof(word), "%lu0", ULONG_MAX);
	ck_assert_ptr_nonnull(parse_uint(word, ULONG_MAX, &value));
	ck_assert_ptr_nonnull(parse_uint("99999999999999999999999999", ULONG_MAX,
					 &value));
	ck_assert_uint_eq(value, 7);
}
END_TEST

START_TEST(parse_uint_rejects_empty)
{
	unsigned long value = 7;

	ck_assert_ptr_nonnull(parse_uint("", 100, &value));
	ck_assert_uint_eq(value, 7);
}
END_TEST

START_TEST(parse_uint_rejects_non_numbers)
{
	unsigned long value = 7;

	ck_assert_ptr_nonnull(parse_uint("abc", 100, &value));
	ck_assert_ptr_nonnull(parse_uint("x1", 100, &value));
	ck_assert_ptr_nonnull(parse_uint("0x10", 100, &value));
	ck_assert_ptr_nonnull(parse_uint("1.5", 100, &value));
	ck_assert_uint_eq(value, 7);
}
END_TEST

START_TEST(parse_uint_rejects_signs)
{
	unsigned long value = 7;

	/* strtoul would take "-1" as ULONG_MAX. */
	ck_assert_ptr_nonnull(parse_uint("-1", ULONG_MAX, &value));
	ck_assert_ptr_nonnull(parse_uint("+1", 100, &value));
	ck_assert_ptr_nonnull(parse_uint("-0", 100, &value));
	ck_assert_uint_eq(value, 7);
}
END_TEST

START_TEST(parse_uint_rejects_trailing_junk)
{
	unsigned long value = 7;

	ck_assert_ptr_nonnull(parse_uint("12a", 100, &value));
	ck_assert_ptr_nonnull(parse_uint("12 ", 100, &value));
	ck_assert_ptr_nonnull(parse_uint("12\n", 100, &value));
	ck_assert_uint_eq(value, 7);
}
END_TEST

START_TEST(parse_uint_rejects_leading_space)
{
	unsigned long value = 7;

	ck_assert_ptr_nonnull(parse_uint(" 12", 100, &value));
	ck_assert_ptr_nonnull(parse_uint("\t12", 100, &value));
	ck_assert_uint_eq(value, 7);
}
END_TEST

/* parse_prefix */

START_TEST(parse_prefix_reads_ipv4_without_len)
{
	struct prefix prefix;
	const uint8_t bytes[4] = { 10, 1, 1, 2 };

	ck_assert_ptr_null(parse_prefix("10.1.1.2", &prefix));
	ck_assert_int_eq(prefix.family, AF_INET);
	ck_assert_uint_eq(prefix.len, 32);
	ck_assert(!prefix.has_len);
	ck_assert_mem_eq(prefix.addr, bytes, sizeof(bytes));
}
END_TEST

START_TEST(parse_prefix_reads_ipv4_with_len)
{
	struct prefix prefix;
	const uint8_t bytes[4] = { 192, 168, 200, 17 };

	ck_assert_ptr_null(parse_prefix("192.168.200.17/24", &prefix));
	ck_assert_int_eq(prefix.family, AF_INET);
	ck_assert_uint_eq(prefix.len, 24);
	ck_assert(prefix.has_len);
	ck_assert_mem_eq(prefix.addr, bytes, sizeof(bytes));
}
END_TEST

START_TEST(parse_prefix_accepts_ipv4_zero_len)
{
	struct prefix prefix;

	ck_assert_ptr_null(parse_prefix("0.0.0.0/0", &prefix));
	ck_assert_uint_eq(prefix.len, 0);
	ck_assert(prefix.has_len);
}
END_TEST

START_TEST(parse_prefix_accepts_32_bits)
{
	struct prefix prefix;

	ck_assert_ptr_null(parse_prefix("1.2.3.4/32", &prefix));
	ck_assert_uint_eq(prefix.len, 32);
	ck_assert(prefix.has_len);
}
END_TEST

START_TEST(parse_prefix_rejects_33_bits)
{
	struct prefix prefix;

	ck_assert_ptr_nonnull(parse_prefix("1.2.3.4/33", &prefix));
}
END_TEST

START_TEST(parse_prefix_reads_ipv6_without_len)
{
	struct prefix prefix;
	const uint8_t bytes[16] = { 0xfd, 0x00, 0, 0, 0, 0, 0, 0,
				    0, 0, 0, 0, 0, 0, 0x12, 0x34 };

	ck_assert_ptr_null(parse_prefix("fd00::1234", &prefix));
	ck_assert_int_eq(prefix.family, AF_INET6);
	ck_assert_uint_eq(prefix.len, 128);
	ck_assert(!prefix.has_len);
	ck_assert_mem_eq(prefix.addr, bytes, sizeof(bytes));
}
END_TEST

START_TEST(parse_prefix_reads_ipv6_with_len)
{
	struct prefix prefix;
	const uint8_t bytes[16] = { 0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0,
				    0, 0, 0, 0, 0, 0, 0, 1 };

	ck_assert_ptr_null(parse_prefix("2001:db8::1/64", &prefix));
	ck_assert_int_eq(prefix.family, AF_INET6);
	ck_assert_uint_eq(prefix.len, 64);
	ck_assert(prefix.has_len);
	ck_assert_mem_eq(prefix.addr, bytes, sizeof(bytes));
}
END_TEST

START_TEST(parse_prefix_accepts_128_bits)
{
	struct prefix prefix;

	ck_assert_ptr_null(parse_prefix("::1/128", &prefix));
	ck_assert_int_eq(prefix.family, AF_INET6);
	ck_assert_uint_eq(prefix.len, 128);
}
END_TEST

START_TEST(parse_prefix_rejects_129_bits)
{
	struct prefix prefix;

	ck_assert_ptr_nonnull(parse_prefix("::1/129", &prefix));
}
END_TEST

START_TEST(parse_prefix_accepts_longest_ipv6_text)
{
	struct prefix prefix;
	const char *word = "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255/128";
	uint8_t bytes[16];

	memset(bytes, 0xff, sizeof(bytes));
	ck_assert_ptr_null(parse_prefix(word, &prefix));
	ck_assert_int_eq(prefix.family, AF_INET6);
	ck_assert_mem_eq(prefix.addr, bytes, sizeof(bytes));
}
END_TEST

START_TEST(parse_prefix_limits_len_by_family)
{
	struct prefix prefix;

	/* 64 is fine for IPv6 but not for IPv4. */
	ck_assert_ptr_nonnull(parse_prefix("10.0.0.1/64", &prefix));
	ck_assert_ptr_null(parse_prefix("fd00::1/64", &prefix));
}
END_TEST

START_TEST(parse_prefix_rejects_octet_above_255)
{
	struct prefix prefix;

	ck_assert_ptr_nonnull(parse_prefix("1.2.3.300", &prefix));
	ck_assert_ptr_nonnull(parse_prefix("1.2.3.300/24", &prefix));
}
END_TEST

START_TEST(parse_prefix_rejects_banana)
{
	struct prefix prefix;

	ck_assert_ptr_nonnull(parse_prefix("banana", &prefix));
	ck_assert_ptr_nonnull(parse_prefix("banana/24", &prefix));
}
END_TEST

START_TEST(parse_prefix_rejects_incomplete_addresses)
{
	struct prefix prefix;

	ck_assert_ptr_nonnull(parse_prefix("1.2.3", &prefix));
	ck_assert_ptr_nonnull(parse_prefix("1.2.3.4.5", &prefix));
	ck_assert_ptr_nonnull(parse_prefix("fd00:::1", &prefix));
}
END_TEST

START_TEST(parse_prefix_rejects_empty)
{
	struct prefix prefix;

	ck_assert_ptr_nonnull(parse_prefix("", &prefix));
}
END_TEST

START_TEST(parse_prefix_rejects_len_without_address)
{
	struct prefix prefix;

	ck_assert_ptr_nonnull(parse_prefix("/24", &prefix));
	ck_assert_ptr_nonnull(parse_prefix("/", &prefix));
}
END_TEST

START_TEST(parse_prefix_rejects_slash_without_len)
{
	struct prefix prefix;

	ck_assert_ptr_nonnull(parse_prefix("1.2.3.4/", &prefix));
}
END_TEST

START_TEST(parse_prefix_rejects_len_that_is_not_a_number)
{
	struct prefix prefix;

	ck_assert_ptr_nonnull(parse_prefix("1.2.3.4/x", &prefix));
	ck_assert_ptr_nonnull(parse_prefix("1.2.3.4/24x", &prefix));
	ck_assert_ptr_nonnull(parse_prefix("1.2.3.4/ 24", &prefix));
	ck_assert_ptr_nonnull(parse_prefix("1.2.3.4/24/8", &prefix));
}
END_TEST

START_TEST(parse_prefix_rejects_signed_len)
{
	struct prefix prefix;

	ck_assert_ptr_nonnull(parse_prefix("1.2.3.4/-1", &prefix));
	ck_assert_ptr_nonnull(parse_prefix("1.2.3.4/+24", &prefix));
}
END_TEST

START_TEST(parse_prefix_rejects_huge_len)
{
	struct prefix prefix;

	ck_assert_ptr_nonnull(parse_prefix("1.2.3.4/256", &prefix));
	ck_assert_ptr_nonnull(parse_prefix("1.2.3.4/4294967328", &prefix));
	ck_assert_ptr_nonnull(parse_prefix("1.2.3.4/99999999999999999999999",
					   &prefix));
}
END_TEST

START_TEST(parse_prefix_rejects_too_long_text)
{
	struct prefix prefix;
	char word[1100];

	repeat(word, '1', 1000);
	ck_assert_ptr_nonnull(parse_prefix(word, &prefix));
	strcat(word, "/24");
	ck_assert_ptr_nonnull(parse_prefix(word, &prefix));
}
END_TEST

/* parse_mac */

static const char mac_invalid[] = "invalid link-layer address";

START_TEST(parse_mac_reads_six_bytes)
{
	uint8_t addr[6];
	const uint8_t bytes[6] = { 0x02, 0x00, 0x5e, 0x10, 0x00, 0x01 };
	unsigned int len = 0;

	ck_assert_ptr_null(parse_mac("02:00:5e:10:00:01", addr, sizeof(addr),
				     &len));
	ck_assert_uint_eq(len, 6);
	ck_assert_mem_eq(addr, bytes, sizeof(bytes));
}
END_TEST

START_TEST(parse_mac_accepts_one_digit_groups)
{
	uint8_t addr[6];
	const uint8_t bytes[6] = { 0x02, 0x00, 0x5e, 0x01, 0x00, 0x01 };
	unsigned int len = 0;

	ck_assert_ptr_null(parse_mac("2:0:5e:1:0:1", addr, sizeof(addr), &len));
	ck_assert_uint_eq(len, 6);
	ck_assert_mem_eq(addr, bytes, sizeof(bytes));
}
END_TEST

START_TEST(parse_mac_accepts_upper_case)
{
	uint8_t addr[6];
	const uint8_t bytes[6] = { 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff };
	unsigned int len = 0;

	ck_assert_ptr_null(parse_mac("AA:BB:cC:Dd:EE:FF", addr, sizeof(addr),
				     &len));
	ck_assert_uint_eq(len, 6);
	ck_assert_mem_eq(addr, bytes, sizeof(bytes));
}
END_TEST

START_TEST(parse_mac_reads_one_byte)
{
	uint8_t addr[6];
	unsigned int len = 0;

	ck_assert_ptr_null(parse_mac("9f", addr, sizeof(addr), &len));
	ck_assert_uint_eq(len, 1);
	ck_assert_uint_eq(addr[0], 0x9f);
}
END_TEST

START_TEST(parse_mac_accepts_exactly_size_bytes)
{
	uint8_t addr[8];
	const uint8_t bytes[8] = { 0x01, 0x02, 0x03, 0xfe,
				   0x5a, 0x5a, 0x5a, 0x5a };
	unsigned int len = 0;

	/* Room for 4 and no more: the bytes after stay as they were. */
	memset(addr, 0x5a, sizeof(addr));
	ck_assert_ptr_null(parse_mac("01:02:03:fe", addr, 4, &len));
	ck_assert_uint_eq(len, 4);
	ck_assert_mem_eq(addr, bytes, sizeof(bytes));
}
END_TEST

START_TEST(parse_mac_rejects_empty)
{
	uint8_t addr[6];
	unsigned int len = 7;

	ck_assert_str_eq(parse_mac("", addr, sizeof(addr), &len), mac_invalid);
	ck_assert_uint_eq(len, 7);
}
END_TEST

START_TEST(parse_mac_rejects_non_hex)
{
	uint8_t addr[6];
	unsigned int len = 7;

	ck_assert_str_eq(parse_mac("zz", addr, sizeof(addr), &len), mac_invalid);
	ck_assert_str_eq(parse_mac("02:zz:5e:10:00:01", addr, sizeof(addr), &len),
			 mac_invalid);
	ck_assert_uint_eq(len, 7);
}
END_TEST

START_TEST(parse_mac_rejects_three_digit_groups)
{
	uint8_t addr[6];
	unsigned int len = 7;

	ck_assert_str_eq(parse_mac("020:00:5e", addr, sizeof(addr), &len),
			 mac_invalid);
	ck_assert_str_eq(parse_mac("02:00:5e:10:00:001", addr, sizeof(addr), &len),
			 mac_invalid);
	ck_assert_str_eq(parse_mac("0200", addr, sizeof(addr), &len), mac_invalid);
	ck_assert_uint_eq(len, 7);
}
END_TEST

START_TEST(parse_mac_rejects_empty_group)
{
	uint8_t addr[6];
	unsigned int len = 7;

	ck_assert_str_eq(parse_mac("02::5e", addr, sizeof(addr), &len),
			 mac_invalid);
	ck_assert_uint_eq(len, 7);
}
END_TEST

START_TEST(parse_mac_rejects_trailing_colon)
{
	uint8_t addr[6];
	unsigned int len = 7;

	ck_assert_str_eq(parse_mac("02:00:5e:", addr, sizeof(addr), &len),
			 mac_invalid);
	ck_assert_uint_eq(len, 7);
}
END_TEST

START_TEST(parse_mac_rejects_leading_colon)
{
	uint8_t addr[6];
	unsigned int len = 7;

	ck_assert_str_eq(parse_mac(":02:00:5e", addr, sizeof(addr), &len),
			 mac_invalid);
	ck_assert_uint_eq(len, 7);
}
END_TEST

START_TEST(parse_mac_rejects_other_separators)
{
	uint8_t addr[6];
	unsigned int len = 7;

	ck_assert_str_eq(parse_mac("02-00-5e-10-00-01", addr, sizeof(addr), &len),
			 mac_invalid);
	ck_assert_str_eq(parse_mac("02.00.5e", addr, sizeof(addr), &len),
			 mac_invalid);
	ck_assert_str_eq(parse_mac("02:00 ", addr, sizeof(addr), &len),
			 mac_invalid);
	ck_assert_uint_eq(len, 7);
}
END_TEST

START_TEST(parse_mac_rejects_more_bytes_than_size)
{
	uint8_t addr[8];
	unsigned int len = 7;

	memset(addr, 0x5a, sizeof(addr));
	ck_assert_str_eq(parse_mac("02:00:5e:10:00:01:02", addr, 6, &len),
			 "link-layer address too long");
	ck_assert_str_eq(parse_mac("01:02", addr, 1, &len),
			 "link-layer address too long");
	ck_assert_uint_eq(len, 7);
	/* Nothing past SIZE is written. */
	ck_assert_uint_eq(addr[6], 0x5a);
	ck_assert_uint_eq(addr[7], 0x5a);
}
END_TEST

/* The keyword lists */

#define WORDS(...) (char *[]){ __VA_ARGS__ }
#define COUNT(...) ((int)(sizeof((char *[]){ __VA_ARGS__ }) / sizeof(char *)))
#define ARGS(...) COUNT(__VA_ARGS__), WORDS(__VA_ARGS__)

START_TEST(addr_words_take_dev_before_or_after)
{
	struct addr_req words;
	struct parse_error err;

	ck_assert_int_eq(addr_read_words(ARGS("dev", "x1", "10.1.1.1/24"), true, &words, &err), 0);
	ck_assert_str_eq(words.dev, "x1");
	ck_assert_str_eq(words.word, "10.1.1.1/24");
	ck_assert_uint_eq(words.addr.len, 24);
	ck_assert_int_eq(addr_read_words(ARGS("10.1.1.1/24", "dev", "x1"), true, &words, &err), 0);
	ck_assert_str_eq(words.dev, "x1");
}
END_TEST

START_TEST(addr_words_name_what_is_wrong)
{
	struct addr_req words;
	struct parse_error err;

	ck_assert_int_eq(addr_read_words(ARGS("10.1.1.1/24"), true, &words, &err), -1);
	ck_assert_str_eq(err.word, "10.1.1.1/24");
	ck_assert_str_eq(err.reason, "needs dev DEV");
	ck_assert_int_eq(addr_read_words(ARGS("10.1.1.1/24", "dev"), true, &words, &err), -1);
	ck_assert_str_eq(err.word, "dev");
	ck_assert_int_eq(addr_read_words(ARGS("a", "b", "dev", "x"), true, &words, &err), -1);
	ck_assert_str_eq(err.word, "b");
	ck_assert_str_eq(err.reason, "unexpected word");
	ck_assert_int_eq(addr_read_words(0, NULL, true, &words, &err), -1);
	ck_assert_ptr_null(err.word);
}
END_TEST

START_TEST(route_words_default_follows_the_gateway)
{
	struct route_req words;
	struct parse_error err;

	ck_assert_int_eq(route_read_words(ARGS("default", "via", "2001:db8::1"), 0, true,
					   &words, &err), 0);
	ck_assert_int_eq(words.dst.family, AF_INET6);
	ck_assert_uint_eq(words.dst.len, 0);
	ck_assert(words.has_gateway);
	ck_assert_int_eq(route_read_words(ARGS("default", "dev", "x1"), AF_INET6, true,
					   &words, &err), 0);
	ck_assert_int_eq(words.dst.family, AF_INET6);
	ck_assert_int_eq(route_read_words(ARGS("default", "dev", "x1"), 0, true, &words, &err), 0);
	ck_assert_int_eq(words.dst.family, AF_INET);
}
END_TEST

START_TEST(route_words_refuse_mixed_families)
{
	struct route_req words;
	struct parse_error err;

	ck_assert_int_eq(route_read_words(ARGS("10.0.0.0/8", "via", "2001:db8::1"), 0, true,
					   &words, &err), -1);
	ck_assert_str_eq(err.word, "2001:db8::1");
	ck_assert_int_eq(route_read_words(ARGS("10.0.0.0/8", "dev", "x"), AF_INET6, true,
					   &words, &err), -1);
	ck_assert_str_eq(err.reason, "an IPv4 prefix, but -6 asks for IPv6");
	ck_assert_int_eq(route_read_words(ARGS("10.0.0.0/8"), 0, true, &words, &err), -1);
	ck_assert_str_eq(err.reason, "needs via GW or dev DEV");
}
END_TEST

START_TEST(route_words_read_every_keyword_ip_takes)
{
	struct route_req words;
	struct parse_error err;

	ck_assert_int_eq(route_read_words(ARGS("unreachable", "10.9.0.0/16", "metric", "7",
					       "table", "1000", "proto", "static", "scope", "link"),
					  0, true, &words, &err), 0);
	ck_assert(words.has_type);
	ck_assert_uint_eq(words.type, RTN_UNREACHABLE);
	ck_assert(words.has_metric);
	ck_assert_uint_eq(words.metric, 7);
	ck_assert_uint_eq(words.table, 1000);
	ck_assert_uint_eq(words.protocol, RTPROT_STATIC);
	ck_assert_uint_eq(words.scope, RT_SCOPE_LINK);
	ck_assert_int_eq(route_read_words(ARGS("10.9.0.0/16", "via", "10.4.4.1", "src", "10.4.4.9",
					       "onlink", "table", "local", "protocol", "42"),
					  0, true, &words, &err), 0);
	ck_assert(words.has_src);
	ck_assert(words.onlink);
	ck_assert_uint_eq(words.table, RT_TABLE_LOCAL);
	ck_assert_uint_eq(words.protocol, 42);
}
END_TEST

START_TEST(route_words_delete_takes_a_prefix_alone)
{
	struct route_req words;
	struct parse_error err;

	ck_assert_int_eq(route_read_words(ARGS("10.9.0.0/16"), 0, false, &words, &err), 0);
	ck_assert_int_eq(route_read_words(ARGS("10.9.0.0/16"), 0, true, &words, &err), -1);
	ck_assert_int_eq(route_read_words(ARGS("blackhole", "10.9.0.0/16"), 0, true,
					  &words, &err), 0);
	ck_assert_int_eq(route_read_words(ARGS("blackhole"), 0, true, &words, &err), -1);
	ck_assert_str_eq(err.reason, "a route type needs a PREFIX after it");
	ck_assert_int_eq(route_read_words(ARGS("none", "10.9.0.0/16"), 0, false, &words, &err), -1);
	ck_assert_str_eq(err.word, "none");
	ck_assert_str_eq(err.reason, "not a prefix, default or route type");
	/* As in ip, the type may come after keywords, and after "to". */
	ck_assert_int_eq(route_read_words(ARGS("dev", "v1", "to", "local", "10.9.0.1"), 0, true,
					  &words, &err), 0);
	ck_assert_uint_eq(words.type, RTN_LOCAL);
	ck_assert_str_eq(words.word, "10.9.0.1");
	ck_assert_int_eq(route_read_words(ARGS("brd", "10.9.0.255", "dev", "v1"), 0, true,
					  &words, &err), 0);
	ck_assert_uint_eq(words.type, RTN_BROADCAST);
	ck_assert_int_eq(route_read_words(ARGS("10.9.0.0/16", "via", "10.4.4.1", "onlink"), 0, false,
					  &words, &err), -1);
	ck_assert_str_eq(err.reason, "only for routeadd");
}
END_TEST

START_TEST(route_words_refuse_bad_values)
{
	struct route_req words;
	struct parse_error err;

	ck_assert_int_eq(route_read_words(ARGS("10.9.0.0/16", "dev", "a", "metric", "4294967296"),
					  0, true, &words, &err), -1);
	ck_assert_str_eq(err.reason, "number out of range");
	ck_assert_int_eq(route_read_words(ARGS("10.9.0.0/16", "dev", "a", "proto", "256"),
					  0, true, &words, &err), -1);
	ck_assert_str_eq(err.word, "256");
	ck_assert_int_eq(route_read_words(ARGS("10.9.0.0/16", "dev", "a", "scope", "wide"),
					  0, true, &words, &err), -1);
	ck_assert_str_eq(err.word, "wide");
	ck_assert_int_eq(route_read_words(ARGS("10.9.0.0/16", "dev", "a", "src", "2001:db8::1"),
					  0, true, &words, &err), -1);
	ck_assert_str_eq(err.reason, "an IPv6 address, but the route is IPv4: its source must be IPv4 too");
	ck_assert_int_eq(route_read_words(ARGS("10.9.0.0/16", "dev", "a", "metric", "1",
					       "preference", "2"), 0, true, &words, &err), -1);
	ck_assert_str_eq(err.reason, "given twice: metric, priority and preference are one");
}
END_TEST

START_TEST(route_words_refuse_a_keyword_twice)
{
	struct route_req words;
	struct parse_error err;

	ck_assert_int_eq(route_read_words(ARGS("10.9.0.0/16", "via", "10.4.4.1", "via",
					       "10.4.4.2"), 0, true, &words, &err), -1);
	ck_assert_str_eq(err.word, "via");
	ck_assert_str_eq(err.reason, "given twice");
	ck_assert_int_eq(route_read_words(ARGS("10.9.0.0/16", "dev", "a", "dev", "b"), 0, true,
					  &words, &err), -1);
	ck_assert_str_eq(err.word, "dev");
}
END_TEST

START_TEST(addr_words_refuse_dev_twice)
{
	struct addr_req words;
	struct parse_error err;

	ck_assert_int_eq(addr_read_words(ARGS("10.1.1.1/24", "dev", "a", "dev", "b"), true, &words,
					 &err), -1);
	ck_assert_str_eq(err.word, "dev");
	ck_assert_str_eq(err.reason, "given twice");
}
END_TEST

START_TEST(veth_words_refuse_netns_twice)
{
	struct veth_req words;
	struct parse_error err;

	ck_assert_int_eq(link_read_veth_words(ARGS("a", "netns", "x", "netns", "y", "b"),
					      &words, &err), -1);
	ck_assert_str_eq(err.word, "netns");
	ck_assert_str_eq(err.reason, "given twice");
	ck_assert_int_eq(link_read_veth_words(ARGS("a", "b", "netns", "x", "netns", "y"),
					      &words, &err), -1);
	ck_assert_str_eq(err.word, "netns");
}
END_TEST

START_TEST(link_words_read_every_keyword)
{
	struct link_change words;
	struct parse_error err;

	ck_assert_int_eq(link_read_change_words(ARGS("dev", "x1", "down", "netns", "ns1",
		"master", "br0", "mtu", "1400", "name", "y1", "address",
		"02:00:00:00:00:01", "up"), &words, &err), 0);
	ck_assert_str_eq(words.dev, "x1");
	ck_assert_int_eq(words.updown, LINK_UP);
	ck_assert_str_eq(words.netns, "ns1");
	ck_assert(words.has_master);
	ck_assert_str_eq(words.master, "br0");
	ck_assert(words.has_mtu);
	ck_assert_uint_eq(words.mtu, 1400);
	ck_assert_str_eq(words.new_name, "y1");
	ck_assert_uint_eq(words.address_len, 6);
	ck_assert_uint_eq(words.address[5], 1);
}
END_TEST

START_TEST(link_words_nomaster_clears_master)
{
	struct link_change words;
	struct parse_error err;

	ck_assert_int_eq(link_read_change_words(ARGS("x1", "master", "br0", "nomaster"),
					  &words, &err), 0);
	ck_assert(words.has_master);
	ck_assert_ptr_null(words.master);
}
END_TEST

START_TEST(link_words_name_what_is_wrong)
{
	struct link_change words;
	struct parse_error err;

	ck_assert_int_eq(link_read_change_words(ARGS("x1", "mtu"), &words, &err), -1);
	ck_assert_str_eq(err.word, "mtu");
	ck_assert_str_eq(err.reason, "needs a number");
	ck_assert_int_eq(link_read_change_words(ARGS("x1", "sideways"), &words, &err), -1);
	ck_assert_str_eq(err.word, "sideways");
	ck_assert_int_eq(link_read_change_words(ARGS("x1"), &words, &err), -1);
	ck_assert_ptr_null(err.word);
	ck_assert_int_eq(link_read_change_words(ARGS("x1", "address", "zz"), &words, &err), -1);
	ck_assert_str_eq(err.word, "zz");
}
END_TEST

/* ip refuses these too; of up/down and master/nomaster the last counts. */
START_TEST(link_words_refuse_a_keyword_twice)
{
	static char *keywords[][2] = {
		{ "mtu", "1400" }, { "name", "y1" }, { "netns", "ns1" },
		{ "address", "02:00:00:00:00:01" }, { "alias", "x" }, { "txqueuelen", "5" },
		{ "promisc", "on" }, { "arp", "off" }, { "multicast", "on" },
		{ "allmulticast", "off" },
	};
	struct link_change words;
	struct parse_error err;

	for (size_t k = 0; k < sizeof(keywords) / sizeof(keywords[0]); k++) {
		char *key = keywords[k][0], *value = keywords[k][1];

		ck_assert_int_eq(link_read_change_words(ARGS("x1", key, value, "up", key,
			value), &words, &err), -1);
		ck_assert_str_eq(err.word, key);
		ck_assert_str_eq(err.reason, "given twice");
	}
	ck_assert_int_eq(link_read_change_words(ARGS("x1", "up", "down", "up"), &words,
					  &err), 0);
	ck_assert_int_eq(words.updown, LINK_UP);
}
END_TEST

START_TEST(link_words_read_alias_txqlen_and_flags)
{
	struct link_change words;
	struct parse_error err;

	ck_assert_int_eq(link_read_change_words(ARGS("x1", "alias", "the uplink", "txqueuelen",
		"500", "promisc", "on", "arp", "off", "multicast", "off", "allmulticast", "on",
		"up", "mtu", "1400"), &words, &err), 0);
	ck_assert_str_eq(words.alias, "the uplink");
	ck_assert(words.has_txqlen);
	ck_assert_uint_eq(words.txqlen, 500);
	ck_assert_uint_eq(words.flag_mask, IFF_PROMISC | IFF_NOARP | IFF_MULTICAST | IFF_ALLMULTI);
	/* arp off sets IFF_NOARP; multicast off clears its bit. */
	ck_assert_uint_eq(words.flag_values, IFF_PROMISC | IFF_NOARP | IFF_ALLMULTI);
	ck_assert_int_eq(words.updown, LINK_UP);
	ck_assert_uint_eq(words.mtu, 1400);
	ck_assert_int_eq(link_read_change_words(ARGS("x1", "arp", "on", "promisc", "off"),
						&words, &err), 0);
	ck_assert_uint_eq(words.flag_mask, IFF_NOARP | IFF_PROMISC);
	ck_assert_uint_eq(words.flag_values, 0);
	ck_assert_ptr_null(words.alias);
	ck_assert(!words.has_txqlen);
}
END_TEST

START_TEST(link_words_empty_alias_clears_it)
{
	struct link_change words;
	struct parse_error err;

	ck_assert_int_eq(link_read_change_words(ARGS("x1", "alias", ""), &words, &err), 0);
	ck_assert_str_eq(words.alias, "");
}
END_TEST

START_TEST(link_words_alias_up_to_255_bytes)
{
	struct link_change words;
	struct parse_error err;
	char text[257];

	memset(text, 'a', 255);
	text[255] = '\0';
	ck_assert_int_eq(link_read_change_words(ARGS("x1", "alias", text), &words, &err), 0);
	text[255] = 'a';
	text[256] = '\0';
	ck_assert_int_eq(link_read_change_words(ARGS("x1", "alias", text), &words, &err), -1);
	ck_assert_ptr_eq(err.word, text);
	ck_assert_str_eq(err.reason, "alias longer than 255 bytes");
	ck_assert_int_eq(link_read_change_words(ARGS("x1", "alias"), &words, &err), -1);
	ck_assert_str_eq(err.word, "alias");
}
END_TEST

START_TEST(link_words_txqlen_has_ips_three_spellings)
{
	static char *spellings[] = { "txqueuelen", "txqlen", "qlen" };
	struct link_change words;
	struct parse_error err;

	for (size_t k = 0; k < 3; k++) {
		ck_assert_int_eq(link_read_change_words(ARGS("x1", spellings[k], "4294967295"),
							&words, &err), 0);
		ck_assert_uint_eq(words.txqlen, 4294967295U);
		ck_assert_int_eq(link_read_change_words(ARGS("x1", spellings[k], "1", "qlen",
							"2"), &words, &err), -1);
		ck_assert_str_eq(err.word, "qlen");
		ck_assert_str_eq(err.reason, "given twice");
	}
	ck_assert_int_eq(link_read_change_words(ARGS("x1", "txqlen", "4294967296"), &words,
						&err), -1);
	ck_assert_str_eq(err.word, "4294967296");
	ck_assert_int_eq(link_read_change_words(ARGS("x1", "qlen", "-1"), &words, &err), -1);
	ck_assert_str_eq(err.word, "-1");
	ck_assert_int_eq(link_read_change_words(ARGS("x1", "txqueuelen"), &words, &err), -1);
	ck_assert_str_eq(err.reason, "needs a number");
}
END_TEST

START_TEST(link_words_on_off_names_a_bad_value)
{
	struct link_change words;
	struct parse_error err;

	ck_assert_int_eq(link_read_change_words(ARGS("x1", "promisc", "yes"), &words, &err), -1);
	ck_assert_str_eq(err.word, "yes");
	ck_assert_str_eq(err.reason, "not on or off");
	ck_assert_int_eq(link_read_change_words(ARGS("x1", "arp", "ON"), &words, &err), -1);
	ck_assert_str_eq(err.word, "ON");
	ck_assert_int_eq(link_read_change_words(ARGS("x1", "allmulticast"), &words, &err), -1);
	ck_assert_str_eq(err.word, "allmulticast");
	ck_assert_str_eq(err.reason, "needs on or off");
}
END_TEST

START_TEST(link_words_refuse_multicast_and_zero_addresses)
{
	struct link_change words;
	struct parse_error err;

	ck_assert_int_eq(link_read_change_words(ARGS("x1", "address", "01:00:5e:00:00:01"),
						&words, &err), -1);
	ck_assert_str_eq(err.word, "01:00:5e:00:00:01");
	ck_assert_str_eq(err.reason, "a multicast address (first byte's lowest bit set) "
			 "cannot be a device's address");
	ck_assert_int_eq(link_read_change_words(ARGS("x1", "address", "ff:ff:ff:ff:ff:ff"),
						&words, &err), -1);
	ck_assert_int_eq(link_read_change_words(ARGS("x1", "address", "0:0:0:0:0:0"),
						&words, &err), -1);
	ck_assert_str_eq(err.reason, "the all-zero address cannot be a device's address");
	/* Only a 6-byte (IEEE 802) address says multicast so. */
	ck_assert_int_eq(link_read_change_words(ARGS("x1", "address", "01:00:5e:00:01"),
						&words, &err), 0);
	ck_assert_int_eq(link_read_change_words(ARGS("x1", "address", "02:00:00:00:00:00"),
						&words, &err), 0);
}
END_TEST

START_TEST(list_words_take_type_and_dev_in_either_order)
{
	struct link_filter words;
	struct parse_error err;

	ck_assert_int_eq(link_read_list_words(ARGS("type", "veth", "dev", "v1"), &words, &err), 0);
	ck_assert(words.has_kind);
	ck_assert(!words.slave);
	ck_assert_str_eq(words.kind, "veth");
	ck_assert_str_eq(words.dev, "v1");
	ck_assert_int_eq(link_read_list_words(ARGS("v1", "type", "veth"), &words, &err), 0);
	ck_assert_str_eq(words.dev, "v1");
	ck_assert_str_eq(words.kind, "veth");
	ck_assert_int_eq(link_read_list_words(ARGS("dev", "type"), &words, &err), 0);
	ck_assert_str_eq(words.dev, "type");
	ck_assert(!words.has_kind);
	ck_assert_int_eq(link_read_list_words(0, NULL, &words, &err), 0);
	ck_assert_ptr_null(words.dev);
	ck_assert(!words.has_kind);
}
END_TEST

START_TEST(list_words_kind_slave_is_the_masters_kind)
{
	struct link_filter words;
	struct parse_error err;

	ck_assert_int_eq(link_read_list_words(ARGS("type", "bridge_slave"), &words, &err), 0);
	ck_assert(words.slave);
	ck_assert_str_eq(words.kind, "bridge");
	ck_assert_int_eq(link_read_list_words(ARGS("type", "_slave"), &words, &err), 0);
	ck_assert(words.slave);
	ck_assert_str_eq(words.kind, "");
	ck_assert_int_eq(link_read_list_words(ARGS("type", "slave"), &words, &err), 0);
	ck_assert(!words.slave);
	ck_assert_str_eq(words.kind, "slave");
}
END_TEST

START_TEST(list_words_name_what_is_wrong)
{
	struct link_filter words;
	struct parse_error err;
	char long_kind[33];

	ck_assert_int_eq(link_read_list_words(ARGS("type"), &words, &err), -1);
	ck_assert_str_eq(err.word, "type");
	ck_assert_int_eq(link_read_list_words(ARGS("type", ""), &words, &err), -1);
	ck_assert_str_eq(err.reason, "empty kind");
	memset(long_kind, 'k', 32);
	long_kind[32] = '\0';
	ck_assert_int_eq(link_read_list_words(ARGS("type", long_kind), &words, &err), -1);
	ck_assert_str_eq(err.reason, "kind longer than 31 bytes");
	long_kind[31] = '\0';
	ck_assert_int_eq(link_read_list_words(ARGS("type", long_kind), &words, &err), 0);
	ck_assert_int_eq(link_read_list_words(ARGS("type", "veth", "type", "veth"), &words,
					      &err), -1);
	ck_assert_str_eq(err.word, "type");
	ck_assert_str_eq(err.reason, "given twice");
	ck_assert_int_eq(link_read_list_words(ARGS("v1", "v2"), &words, &err), -1);
	ck_assert_str_eq(err.word, "v2");
	ck_assert_str_eq(err.reason, "unexpected word");
	ck_assert_int_eq(link_read_list_words(ARGS("type", "veth", "dev"), &words, &err), -1);
	ck_assert_str_eq(err.word, "dev");
	ck_assert_str_eq(err.reason, "needs an interface name");
	ck_assert_int_eq(link_read_list_words(ARGS("a b"), &words, &err), -1);
	ck_assert_str_eq(err.reason, "interface name contains whitespace");
}
END_TEST

START_TEST(veth_words_same_name_only_in_two_namespaces)
{
	struct veth_req words;
	struct parse_error err;

	ck_assert_int_eq(link_read_veth_words(ARGS("eth0", "netns", "a", "eth0", "netns", "b"),
					  &words, &err), 0);
	ck_assert_str_eq(words.peer_netns, "b");
	ck_assert_int_eq(link_read_veth_words(ARGS("eth0", "netns", "a", "peer", "name", "eth0",
						"netns", "a"), &words, &err), -1);
	ck_assert_str_eq(err.reason, "both ends have the same name");
	ck_assert_int_eq(link_read_veth_words(ARGS("y", "y"), &words, &err), -1);
	ck_assert_int_eq(link_read_veth_words(ARGS("y", "peer", "z"), &words, &err), 0);
	ck_assert_str_eq(words.peer_name, "z");
	ck_assert_ptr_null(words.netns);
}
END_TEST

Suite *parse_suite(void)
{
	Suite *suite = suite_create("parse");
	TCase *words = tcase_create("words");

	tcase_add_test(words, addr_words_take_dev_before_or_after);
	tcase_add_test(words, addr_words_name_what_is_wrong);
	tcase_add_test(words, route_words_default_follows_the_gateway);
	tcase_add_test(words, route_words_refuse_mixed_families);
	tcase_add_test(words, link_words_read_every_keyword);
	tcase_add_test(words, link_words_nomaster_clears_master);
	tcase_add_test(words, link_words_name_what_is_wrong);
	tcase_add_test(words, link_words_refuse_a_keyword_twice);
	tcase_add_test(words, link_words_read_alias_txqlen_and_flags);
	tcase_add_test(words, link_words_empty_alias_clears_it);
	tcase_add_test(words, link_words_alias_up_to_255_bytes);
	tcase_add_test(words, link_words_txqlen_has_ips_three_spellings);
	tcase_add_test(words, link_words_on_off_names_a_bad_value);
	tcase_add_test(words, link_words_refuse_multicast_and_zero_addresses);
	tcase_add_test(words, list_words_take_type_and_dev_in_either_order);
	tcase_add_test(words, list_words_kind_slave_is_the_masters_kind);
	tcase_add_test(words, list_words_name_what_is_wrong);
	tcase_add_test(words, route_words_refuse_a_keyword_twice);
	tcase_add_test(words, route_words_read_every_keyword_ip_takes);
	tcase_add_test(words, route_words_delete_takes_a_prefix_alone);
	tcase_add_test(words, route_words_refuse_bad_values);
	tcase_add_test(words, addr_words_refuse_dev_twice);
	tcase_add_test(words, veth_words_refuse_netns_twice);
	tcase_add_test(words, veth_words_same_name_only_in_two_namespaces);
	suite_add_tcase(suite, words);
	TCase *ifname = tcase_create("ifname");
	TCase *netns = tcase_create("netns_name");
	TCase *uint = tcase_create("uint");
	TCase *prefix = tcase_create("prefix");
	TCase *mac = tcase_create("mac");

	tcase_add_test(ifname, parse_ifname_accepts_plain_names);
	tcase_add_test(ifname, parse_ifname_accepts_15_bytes);
	tcase_add_test(ifname, parse_ifname_accepts_dash_dot_underscore_at);
	tcase_add_test(ifname, parse_ifname_accepts_dots_that_are_not_dot_or_dotdot);
	tcase_add_test(ifname, parse_ifname_rejects_empty);
	tcase_add_test(ifname, parse_ifname_rejects_16_bytes);
	tcase_add_test(ifname, parse_ifname_rejects_slash);
	tcase_add_test(ifname, parse_ifname_rejects_colon);
	tcase_add_test(ifname, parse_ifname_rejects_space);
	tcase_add_test(ifname, parse_ifname_rejects_tab);
	tcase_add_test(ifname, parse_ifname_rejects_newline);
	tcase_add_test(ifname, parse_ifname_rejects_other_whitespace);
	tcase_add_test(ifname, parse_ifname_whitespace_is_the_kernels);
	tcase_add_test(ifname, parse_ifname_rejects_percent);
	tcase_add_test(ifname, parse_ifname_rejects_dot);
	tcase_add_test(ifname, parse_ifname_rejects_dotdot);
	suite_add_tcase(suite, ifname);

	tcase_add_test(netns, parse_netns_name_accepts_plain_names);
	tcase_add_test(netns, parse_netns_name_accepts_what_an_ifname_may_not);
	tcase_add_test(netns, parse_netns_name_accepts_255_bytes);
	tcase_add_test(netns, parse_netns_name_rejects_256_bytes);
	tcase_add_test(netns, parse_netns_name_rejects_empty);
	tcase_add_test(netns, parse_netns_name_rejects_slash);
	tcase_add_test(netns, parse_netns_name_rejects_dot);
	tcase_add_test(netns, parse_netns_name_rejects_dotdot);
	suite_add_tcase(suite, netns);

	tcase_add_test(uint, parse_uint_reads_a_decimal_number);
	tcase_add_test(uint, parse_byte_name_takes_a_name_or_a_number_to_255);
	tcase_add_test(uint, parse_uint_accepts_zero);
	tcase_add_test(uint, parse_uint_accepts_max);
	tcase_add_test(uint, parse_uint_rejects_above_max);
	tcase_add_test(uint, parse_uint_accepts_ulong_max);
	tcase_add_test(uint, parse_uint_rejects_overflow);
	tcase_add_test(uint, parse_uint_rejects_empty);
	tcase_add_test(uint, parse_uint_rejects_non_numbers);
	tcase_add_test(uint, parse_uint_rejects_signs);
	tcase_add_test(uint, parse_uint_rejects_trailing_junk);
	tcase_add_test(uint, parse_uint_rejects_leading_space);
	suite_add_tcase(suite, uint);

	tcase_add_test(prefix, parse_prefix_reads_ipv4_without_len);
	tcase_add_test(prefix, parse_prefix_reads_ipv4_with_len);
	tcase_add_test(prefix, parse_prefix_accepts_ipv4_zero_len);
	tcase_add_test(prefix, parse_prefix_accepts_32_bits);
	tcase_add_test(prefix, parse_prefix_rejects_33_bits);
	tcase_add_test(prefix, parse_prefix_reads_ipv6_without_len);
	tcase_add_test(prefix, parse_prefix_reads_ipv6_with_len);
	tcase_add_test(prefix, parse_prefix_accepts_128_bits);
	tcase_add_test(prefix, parse_prefix_rejects_129_bits);
	tcase_add_test(prefix, parse_prefix_accepts_longest_ipv6_text);
	tcase_add_test(prefix, parse_prefix_limits_len_by_family);
	tcase_add_test(prefix, parse_prefix_rejects_octet_above_255);
	tcase_add_test(prefix, parse_prefix_rejects_banana);
	tcase_add_test(prefix, parse_prefix_rejects_incomplete_addresses);
	tcase_add_test(prefix, parse_prefix_rejects_empty);
	tcase_add_test(prefix, parse_prefix_rejects_len_without_address);
	tcase_add_test(prefix, parse_prefix_rejects_slash_without_len);
	tcase_add_test(prefix, parse_prefix_rejects_len_that_is_not_a_number);
	tcase_add_test(prefix, parse_prefix_rejects_signed_len);
	tcase_add_test(prefix, parse_prefix_rejects_huge_len);
	tcase_add_test(prefix, parse_prefix_rejects_too_long_text);
	suite_add_tcase(suite, prefix);

	tcase_add_test(mac, parse_mac_reads_six_bytes);
	tcase_add_test(mac, parse_mac_accepts_one_digit_groups);
	tcase_add_test(mac, parse_mac_accepts_upper_case);
	tcase_add_test(mac, parse_mac_reads_one_byte);
	tcase_add_test(mac, parse_mac_accepts_exactly_size_bytes);
	tcase_add_test(mac, parse_mac_rejects_empty);
	tcase_add_test(mac, parse_mac_rejects_non_hex);
	tcase_add_test(mac, parse_mac_rejects_three_digit_groups);
	tcase_add_test(mac, parse_mac_rejects_empty_group);
	tcase_add_test(mac, parse_mac_rejects_trailing_colon);
	tcase_add_test(mac, parse_mac_rejects_leading_colon);
	tcase_add_test(mac, parse_mac_rejects_other_separators);
	tcase_add_test(mac, parse_mac_rejects_more_bytes_than_size);
	suite_add_tcase(suite, mac);
	return suite;
}
