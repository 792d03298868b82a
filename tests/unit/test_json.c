/* json.c: the writer's escaping, nesting, commas and empty containers. */
#include <stdlib.h>

#include "json.h"
#include "tests.h"

struct out {
	char *text;
	size_t size;
	FILE *file;
};

static FILE *out_start(struct out *out)
{
	out->text = NULL;
	out->file = open_memstream(&out->text, &out->size);
	ck_assert_ptr_nonnull(out->file);
	return out->file;
}

static void assert_out(struct out *out, const char *expected)
{
	fclose(out->file);
	ck_assert_str_eq(out->text, expected);
	free(out->text);
}

static void assert_string(const char *value, const char *expected)
{
	struct out out;

	json_write_string(out_start(&out), value);
	assert_out(&out, expected);
}

START_TEST(json_empty_array_is_brackets)
{
	struct json json;
	struct out out;

	json_init(&json, out_start(&out), false);
	json_open_array(&json, NULL);
	json_close_array(&json);
	json_finish(&json);
	assert_out(&out, "[]\n");
}
END_TEST

START_TEST(json_empty_array_pretty_is_brackets)
{
	struct json json;
	struct out out;

	json_init(&json, out_start(&out), true);
	json_open_array(&json, NULL);
	json_close_array(&json);
	json_finish(&json);
	assert_out(&out, "[]\n");
}
END_TEST

START_TEST(json_members_have_commas_between_not_after)
{
	struct json json;
	struct out out;

	json_init(&json, out_start(&out), false);
	json_open_array(&json, NULL);
	json_open_object(&json, NULL);
	json_string(&json, "name", "ns1");
	json_int(&json, "id", -1);
	json_uint(&json, "mtu", 4294967295U);
	json_bool(&json, "up", true);
	json_bool(&json, "down", false);
	json_close_object(&json);
	json_open_object(&json, NULL);
	json_close_object(&json);
	json_close_array(&json);
	json_finish(&json);
	assert_out(&out, "[{\"name\":\"ns1\",\"id\":-1,\"mtu\":4294967295,"
			 "\"up\":true,\"down\":false},{}]\n");
}
END_TEST

START_TEST(json_nests_arrays_in_objects)
{
	struct json json;
	struct out out;

	json_init(&json, out_start(&out), false);
	json_open_object(&json, NULL);
	json_open_array(&json, "flags");
	json_string(&json, NULL, "UP");
	json_string(&json, NULL, "LOWER_UP");
	json_close_array(&json);
	json_open_array(&json, "addr_info");
	json_close_array(&json);
	json_uint(&json, "mtu", 1500);
	json_close_object(&json);
	json_finish(&json);
	assert_out(&out, "{\"flags\":[\"UP\",\"LOWER_UP\"],\"addr_info\":[],\"mtu\":1500}\n");
}
END_TEST

START_TEST(json_pretty_indents_four_spaces)
{
	struct json json;
	struct out out;

	json_init(&json, out_start(&out), true);
	json_open_array(&json, NULL);
	json_open_object(&json, NULL);
	json_string(&json, "name", "a");
	json_open_array(&json, "flags");
	json_string(&json, NULL, "UP");
	json_close_array(&json);
	json_close_object(&json);
	json_close_array(&json);
	json_finish(&json);
	assert_out(&out, "[\n    {\n        \"name\": \"a\",\n        \"flags\": [\n"
			 "            \"UP\"\n        ]\n    }\n]\n");
}
END_TEST

START_TEST(json_number_text_goes_out_bare_after_its_key)
{
	struct json json;
	struct out out;

	json_init(&json, out_start(&out), false);
	json_open_object(&json, NULL);
	json_number_text(&json, "hold_timer", "0.00");
	json_number_text(&json, "intvl", "18446744073709551615");
	json_close_object(&json);
	json_finish(&json);
	assert_out(&out, "{\"hold_timer\":0.00,\"intvl\":18446744073709551615}\n");
}
END_TEST

START_TEST(json_escapes_quote_and_backslash)
{
	assert_string("a\"b\\c", "\"a\\\"b\\\\c\"");
}
END_TEST

START_TEST(json_escapes_control_bytes)
{
	assert_string("\b\f\n\r\t", "\"\\b\\f\\n\\r\\t\"");
	assert_string("\x01\x1f\x7f", "\"\\u0001\\u001f\\u007f\"");
}
END_TEST

START_TEST(json_keeps_names_a_kernel_allows)
{
	assert_string("a-b.c_d@e", "\"a-b.c_d@e\"");
	assert_string("", "\"\"");
}
END_TEST

START_TEST(json_keeps_valid_utf8)
{
	assert_string("n\xc3\xa9t", "\"n\xc3\xa9t\"");		/* é */
	assert_string("\xe2\x82\xac", "\"\xe2\x82\xac\"");		/* € */
	assert_string("\xf0\x9f\x90\xa7", "\"\xf0\x9f\x90\xa7\"");	/* U+1F427 */
}
END_TEST

START_TEST(json_escapes_bytes_that_are_not_utf8)
{
	assert_string("a\xff" "b", "\"a\\u00ffb\"");
	assert_string("\xc3", "\"\\u00c3\"");				/* cut short */
	assert_string("\xc0\xaf", "\"\\u00c0\\u00af\"");		/* overlong */
	assert_string("\xed\xa0\x80", "\"\\u00ed\\u00a0\\u0080\"");	/* surrogate */
	assert_string("\xf4\x90\x80\x80", "\"\\u00f4\\u0090\\u0080\\u0080\""); /* > U+10FFFF */
	assert_string("\x80", "\"\\u0080\"");				/* lone continuation */
}
END_TEST

START_TEST(json_escapes_keys_too)
{
	struct json json;
	struct out out;

	json_init(&json, out_start(&out), false);
	json_open_object(&json, NULL);
	json_string(&json, "a\"b", "c");
	json_close_object(&json);
	json_finish(&json);
	assert_out(&out, "{\"a\\\"b\":\"c\"}\n");
}
END_TEST

Suite *json_suite(void)
{
	Suite *suite = suite_create("json");
	TCase *writer = tcase_create("writer");
	TCase *escape = tcase_create("escape");

	tcase_add_test(writer, json_empty_array_is_brackets);
	tcase_add_test(writer, json_empty_array_pretty_is_brackets);
	tcase_add_test(writer, json_members_have_commas_between_not_after);
	tcase_add_test(writer, json_nests_arrays_in_objects);
	tcase_add_test(writer, json_pretty_indents_four_spaces);
	tcase_add_test(writer, json_escapes_keys_too);
	tcase_add_test(writer, json_number_text_goes_out_bare_after_its_key);
	suite_add_tcase(suite, writer);

	tcase_add_test(escape, json_escapes_quote_and_backslash);
	tcase_add_test(escape, json_escapes_control_bytes);
	tcase_add_test(escape, json_keeps_names_a_kernel_allows);
	tcase_add_test(escape, json_keeps_valid_utf8);
	tcase_add_test(escape, json_escapes_bytes_that_are_not_utf8);
	suite_add_tcase(suite, escape);
	return suite;
}
