/* jsonread: JSON as json.c writes it reads back; anything else is
 * refused, with where. */
#include <stdlib.h>
#include <string.h>

#include "jsonread.h"
#include "tests.h"

START_TEST(jsonread_reads_a_saved_map)
{
	struct jv v;
	size_t where = 0;
	const char *text = "{\"namespaces\": [{\"name\": \"ns1\", \"here\": false, \"inode\": 4026532316,"
			   " \"links\": [{\"ifname\": \"veth_ns1\", \"state\": \"UP, no carrier\","
			   " \"addresses\": []}]}], \"x\": null, \"y\": -1.5e2}";
	const struct jv *namespaces, *link;

	ck_assert_int_eq(jv_read(text, &v, &where), 0);
	namespaces = jv_get(&v, "namespaces");
	ck_assert_ptr_nonnull(namespaces);
	ck_assert_int_eq(namespaces->type, JV_ARRAY);
	ck_assert_uint_eq(namespaces->count, 1);
	ck_assert_str_eq(jv_string(&namespaces->items[0], "name"), "ns1");
	ck_assert(!jv_get(&namespaces->items[0], "here")->boolean);
	ck_assert(jv_get(&namespaces->items[0], "inode")->number == 4026532316.0);
	link = &jv_get(&namespaces->items[0], "links")->items[0];
	ck_assert_str_eq(jv_string(link, "state"), "UP, no carrier");
	ck_assert_int_eq(jv_get(&v, "x")->type, JV_NULL);
	ck_assert(jv_get(&v, "y")->number == -150.0);
	ck_assert_str_eq(jv_string(&v, "missing"), "");
	ck_assert_str_eq(jv_string(&v, "y"), "");
	jv_free(&v);
}
END_TEST

START_TEST(jsonread_reads_escapes_and_bytes_back)
{
	struct jv v;
	size_t where;

	ck_assert_int_eq(jv_read("\"a\\\"b\\\\c\\n\\u00e9\\u00ff\\u0041\"", &v, &where), 0);
	/* \u00XX above 0x7f is the byte json.c wrote it for. */
	ck_assert_str_eq(v.string, "a\"b\\c\n\xe9\xff" "A");
	jv_free(&v);
	ck_assert_int_eq(jv_read("\"\\u20ac\"", &v, &where), 0);
	ck_assert_str_eq(v.string, "\xe2\x82\xac");
	jv_free(&v);
}
END_TEST

START_TEST(jsonread_refuses_what_is_not_json_and_says_where)
{
	static const struct {
		const char *text;
		size_t where;
	} bad[] = {
		{ "", 0 }, { "{", 1 }, { "{\"a\" 1}", 5 }, { "[1,]", 3 }, { "[1 2]", 3 },
		{ "tru", 0 }, { "\"a", 2 }, { "\"\\x\"", 2 }, { "{} x", 3 }, { "\"\x01\"", 1 },
		{ "{\"a\": [1, {\"b\": }]}", 16 },
	};

	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct jv v;
		size_t where = 99;

		ck_assert_msg(jv_read(bad[i].text, &v, &where) == -1, "read '%s'", bad[i].text);
		ck_assert_msg(where == bad[i].where, "'%s' at %zu, not %zu", bad[i].text,
			      where, bad[i].where);
		jv_free(&v);
	}
}
END_TEST

START_TEST(jsonread_stops_at_a_depth)
{
	char text[200];
	struct jv v;
	size_t where;

	memset(text, '[', 100);
	memset(text + 100, ']', 99);
	text[199] = '\0';
	ck_assert_int_eq(jv_read(text, &v, &where), -1);
	jv_free(&v);
}
END_TEST

Suite *jsonread_suite(void)
{
	Suite *suite = suite_create("jsonread");
	TCase *read = tcase_create("read");

	tcase_add_test(read, jsonread_reads_a_saved_map);
	tcase_add_test(read, jsonread_reads_escapes_and_bytes_back);
	tcase_add_test(read, jsonread_refuses_what_is_not_json_and_says_where);
	tcase_add_test(read, jsonread_stops_at_a_depth);
	suite_add_tcase(suite, read);
	return suite;
}
