/* test_jsonw.c: the streaming JSON writer, against jansson's bytes. */
#include <limits.h>
#include <math.h>

#include <jansson.h>

#include "unit.h"
#include "jsonw.h"

/* A writer into memory. */
struct mem {
	char		*text;
	size_t		 len;
	FILE		*f;
	struct jsonw	*w;
};

static struct jsonw *
mem_open(struct mem *m, int layout)
{
	m->text = NULL;
	m->len = 0;
	m->f = open_memstream(&m->text, &m->len);
	assert_non_null(m->f);
	m->w = jsonw_new(m->f, layout);
	return m->w;
}

/* What was written; the caller frees it. */
static char *
mem_close(struct mem *m)
{
	jsonw_free(m->w);
	assert_false(ferror(m->f));
	fclose(m->f);
	return m->text;
}

/* s written as a string value, with the quotes. */
static char *
string_of(const char *s, size_t n)
{
	struct mem	 m;

	jsonw_stringn(mem_open(&m, JSONW_COMPACT), s, n);
	return mem_close(&m);
}

static char *
real_of(double x)
{
	struct mem	 m;

	jsonw_real(mem_open(&m, JSONW_COMPACT), x);
	return mem_close(&m);
}

/* What jansson writes for v (its reference taken), as report_json did. */
static char *
jansson_of(json_t *v)
{
	char	*s;

	assert_non_null(v);
	s = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY |
	    JSON_REAL_PRECISION(6));
	json_decref(v);
	assert_non_null(s);
	return s;
}

static void
assert_string_written(const char *in, size_t n, const char *want)
{
	char	*got = string_of(in, n);

	assert_string_equal(got, want);
	free(got);
}

/* The same bytes as jansson's json_stringn for valid UTF-8. */
static void
assert_string_as_jansson(const char *in, size_t n)
{
	char	*got = string_of(in, n), *want = jansson_of(json_stringn(in, n));

	assert_string_equal(got, want);
	free(got);
	free(want);
}

static void
test_control_characters_are_escaped_as_jansson_does(void **state)
{
	(void)state;
	assert_string_written("\b\f\n\r\t", 5, "\"\\b\\f\\n\\r\\t\"");
	assert_string_written("\x01\x1f", 2, "\"\\u0001\\u001F\"");
	assert_string_written("a\0b", 3, "\"a\\u0000b\"");
	/* DEL is no control character to JSON. */
	assert_string_written("\x7f", 1, "\"\x7f\"");
	assert_string_as_jansson("\x01\x02\x0b\x0e\x1b\x1f\b\f\n\r\t", 11);
	assert_string_as_jansson("x\0y", 3);
}

static void
test_quotes_and_backslashes_are_escaped_slashes_are_not(void **state)
{
	(void)state;
	assert_string_written("say \"hi\"", 8, "\"say \\\"hi\\\"\"");
	assert_string_written("C:\\dir", 6, "\"C:\\\\dir\"");
	assert_string_written("a/b", 3, "\"a/b\"");
	assert_string_as_jansson("\"\\/\"", 4);
}

static void
test_utf8_passes_through_unescaped(void **state)
{
	static const char	s[] = "caf\xc3\xa9 \xe2\x80\x93 \xe2\x9c\x93 "
				    "\xf0\x9f\x98\x80 \xef\xbf\xbd";
	/* The edges: U+0080, U+07FF, U+0800, U+FFFF, U+10000, U+10FFFF. */
	static const char	edges[] = "\xc2\x80\xdf\xbf\xe0\xa0\x80"
				    "\xef\xbf\xbf\xf0\x90\x80\x80\xf4\x8f\xbf\xbf";

	(void)state;
	assert_string_written(s, sizeof(s) - 1,
	    "\"caf\xc3\xa9 \xe2\x80\x93 \xe2\x9c\x93 \xf0\x9f\x98\x80 "
	    "\xef\xbf\xbd\"");
	assert_string_as_jansson(s, sizeof(s) - 1);
	assert_string_as_jansson(edges, sizeof(edges) - 1);
	assert_string_written(edges, sizeof(edges) - 1, "\"\xc2\x80\xdf\xbf"
	    "\xe0\xa0\x80\xef\xbf\xbf\xf0\x90\x80\x80\xf4\x8f\xbf\xbf\"");
}

static void
test_invalid_utf8_becomes_a_replacement_character_per_byte(void **state)
{
	(void)state;
	/* A stray continuation byte, and a byte no character starts. */
	assert_string_written("a\x80z\xff", 4,
	    "\"a\xef\xbf\xbdz\xef\xbf\xbd\"");
	/* Overlong '/', a surrogate, past U+10FFFF: each byte replaced. */
	assert_string_written("\xc0\xaf", 2, "\"\xef\xbf\xbd\xef\xbf\xbd\"");
	assert_string_written("\xed\xa0\x80", 3,
	    "\"\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\"");
	assert_string_written("\xf4\x90\x80\x80", 4, "\"\xef\xbf\xbd"
	    "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\"");
	/* Cut short, at the end and before ASCII. */
	assert_string_written("\xe2\x82", 2, "\"\xef\xbf\xbd\xef\xbf\xbd\"");
	assert_string_written("\xe2\x82x", 3,
	    "\"\xef\xbf\xbd\xef\xbf\xbdx\"");
}

static void
test_a_string_longer_than_the_buffer_is_whole(void **state)
{
	size_t	 n = 100000, i;
	char	*s = malloc(n), *got;

	(void)state;
	assert_non_null(s);
	for (i = 0; i < n; i++)
		s[i] = i % 1000 == 999 ? '\n' : 'a' + (char)(i % 26);
	got = string_of(s, n);
	assert_int_equal(strlen(got), n + n / 1000 + 2);
	assert_string_as_jansson(s, n);
	free(got);
	free(s);
}

static void
test_integers_are_written_in_full(void **state)
{
	static const long long	v[] = { 0, 7, -1, 42, 2026, -90000,
				    LLONG_MAX, LLONG_MIN };
	struct mem		m;
	char			*got, *want;
	size_t			i;

	(void)state;
	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		jsonw_int(mem_open(&m, JSONW_COMPACT), v[i]);
		got = mem_close(&m);
		want = jansson_of(json_integer(v[i]));
		assert_string_equal(got, want);
		free(got);
		free(want);
	}
}

static void
test_reals_are_formatted_as_jansson_formats_them(void **state)
{
	static const struct {
		double		 x;
		const char	*want;
	} t[] = {
		{ 0.9375, "0.9375" }, { 8.3, "8.3" }, { 1.0, "1.0" },
		{ 5, "5.0" }, { 0, "0.0" }, { -0.0, "-0.0" },
		{ 123.4567, "123.457" }, { 1e6, "1e6" },
		{ 1234567, "1.23457e6" }, { 1e-5, "1e-5" },
		{ 0.0001, "0.0001" }, { -2.5e-7, "-2.5e-7" },
		{ 1e300, "1e300" }, { 4.9e-324, "4.94066e-324" }
	};
	char	*got, *want;
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		got = real_of(t[i].x);
		want = jansson_of(json_real(t[i].x));
		assert_string_equal(got, t[i].want);
		assert_string_equal(got, want);
		free(got);
		free(want);
	}
}

static void
test_a_real_that_is_not_finite_is_null(void **state)
{
	char	*got;

	(void)state;
	got = real_of(NAN);
	assert_string_equal(got, "null");
	free(got);
	got = real_of(-INFINITY);
	assert_string_equal(got, "null");
	free(got);
}

/* {"a": [1, true, {}], "b": {"c": null}, "d": []} in a layout. */
static char *
nested(int layout)
{
	struct mem	 m;
	struct jsonw	*w = mem_open(&m, layout);

	jsonw_object(w);
	jsonw_key(w, "a");
	jsonw_array(w);
	jsonw_int(w, 1);
	jsonw_bool(w, 1);
	jsonw_object(w);
	jsonw_end(w);
	jsonw_end(w);
	jsonw_key(w, "b");
	jsonw_object(w);
	jsonw_key(w, "c");
	jsonw_string(w, NULL);
	jsonw_end(w);
	jsonw_key(w, "d");
	jsonw_array(w);
	jsonw_end(w);
	jsonw_end(w);
	return mem_close(&m);
}

static void
test_nesting_and_commas_in_each_layout(void **state)
{
	static const struct {
		int		 layout;
		size_t		 flags;
		const char	*want;
	} t[] = {
		{ JSONW_COMPACT, JSON_COMPACT,
		    "{\"a\":[1,true,{}],\"b\":{\"c\":null},\"d\":[]}" },
		{ JSONW_SPACED, 0,
		    "{\"a\": [1, true, {}], \"b\": {\"c\": null}, \"d\": []}" },
		{ 2, JSON_INDENT(2),
		    "{\n  \"a\": [\n    1,\n    true,\n    {}\n  ],\n"
		    "  \"b\": {\n    \"c\": null\n  },\n  \"d\": []\n}" },
		{ 4, JSON_INDENT(4),
		    "{\n    \"a\": [\n        1,\n        true,\n        {}\n"
		    "    ],\n    \"b\": {\n        \"c\": null\n    },\n"
		    "    \"d\": []\n}" }
	};
	json_t	*v;
	char	*got, *want;
	size_t	 i;

	(void)state;
	v = json_pack("{s:[i,b,{}],s:{s:n},s:[]}", "a", 1, 1, "b", "c", "d");
	assert_non_null(v);
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		got = nested(t[i].layout);
		want = json_dumps(v, t[i].flags | JSON_PRESERVE_ORDER);
		assert_string_equal(got, t[i].want);
		assert_string_equal(got, want);
		free(got);
		free(want);
	}
	json_decref(v);
}

static void
test_an_inline_container_stays_on_one_line_when_indented(void **state)
{
	struct mem	 m;
	struct jsonw	*w = mem_open(&m, 2);
	char		*got;

	(void)state;
	jsonw_object(w);
	jsonw_key(w, "top");
	jsonw_inline(w);
	jsonw_array(w);
	jsonw_object(w);
	jsonw_key(w, "id");
	jsonw_string(w, "go");
	jsonw_key(w, "years");
	jsonw_real(w, 3);
	jsonw_end(w);
	jsonw_int(w, 2);
	jsonw_end(w);
	jsonw_key(w, "rows");
	jsonw_array(w);
	jsonw_inline(w);
	jsonw_object(w);
	jsonw_key(w, "rank");
	jsonw_int(w, 1);
	jsonw_end(w);
	jsonw_end(w);
	jsonw_end(w);
	got = mem_close(&m);
	assert_string_equal(got, "{\n  \"top\": [{\"id\": \"go\", \"years\": 3.0},"
	    " 2],\n  \"rows\": [\n    {\"rank\": 1}\n  ]\n}");
	free(got);
}

static void
test_keys_are_escaped_like_strings(void **state)
{
	struct mem	 m;
	struct jsonw	*w = mem_open(&m, JSONW_COMPACT);
	char		*got;

	(void)state;
	jsonw_object(w);
	jsonw_key(w, "a\"b\n");
	jsonw_bool(w, 0);
	jsonw_end(w);
	jsonw_raw(w, "\n", 1);
	got = mem_close(&m);
	assert_string_equal(got, "{\"a\\\"b\\n\":false}\n");
	free(got);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    test_control_characters_are_escaped_as_jansson_does),
		cmocka_unit_test(
		    test_quotes_and_backslashes_are_escaped_slashes_are_not),
		cmocka_unit_test(test_utf8_passes_through_unescaped),
		cmocka_unit_test(
		    test_invalid_utf8_becomes_a_replacement_character_per_byte),
		cmocka_unit_test(test_a_string_longer_than_the_buffer_is_whole),
		cmocka_unit_test(test_integers_are_written_in_full),
		cmocka_unit_test(
		    test_reals_are_formatted_as_jansson_formats_them),
		cmocka_unit_test(test_a_real_that_is_not_finite_is_null),
		cmocka_unit_test(test_nesting_and_commas_in_each_layout),
		cmocka_unit_test(
		    test_an_inline_container_stays_on_one_line_when_indented),
		cmocka_unit_test(test_keys_are_escaped_like_strings),
	};

	return cmocka_run_group_tests_name("jsonw", tests, NULL, NULL);
}
