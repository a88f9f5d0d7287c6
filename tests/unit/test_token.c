/* test_token.c: technical tokens come out whole. */
#include "unit.h"
#include "token.h"

/* The tokens of s joined by '|'. */
static void
check_tokens(const char *s, const char *want)
{
	char		out[256];
	size_t		pos = 0, o = 0;
	uint32_t	line = 0;
	struct token	t;

	while (token_next(s, strlen(s), &pos, &line, &t)) {
		if (o > 0)
			out[o++] = '|';
		memcpy(out + o, s + t.start, t.len);
		o += t.len;
	}
	out[o] = '\0';
	assert_string_equal(out, want);
}

static void
test_languages_with_symbols_stay_whole(void **state)
{
	(void)state;
	check_tokens("c++, c#, f# and c", "c++|c#|f#|and|c");
}

static void
test_dotted_names_stay_whole(void **state)
{
	(void)state;
	check_tokens(".net, asp.net, node.js; python 3.11.",
	    ".net|asp.net|node.js|python|3.11");
	check_tokens("ended. net", "ended|net");
}

static void
test_slash_and_ampersand_are_tokens(void **state)
{
	(void)state;
	check_tokens("ci/cd, rest/graphql, r&d", "ci|/|cd|rest|/|graphql|r|&|d");
}

static void
test_hyphen_splits_words(void **state)
{
	(void)state;
	check_tokens("spring-boot go-getter k8s s3", "spring|boot|go|getter|k8s|s3");
}

static void
test_lines_are_counted(void **state)
{
	const char	*s = "a\n\nb c\nd";
	size_t		 pos = 0;
	uint32_t	 line = 0, lines[4];
	struct token	 t;
	int		 n = 0;

	(void)state;
	while (token_next(s, strlen(s), &pos, &line, &t))
		lines[n++] = t.line;
	assert_int_equal(n, 4);
	assert_int_equal(lines[0], 0);
	assert_int_equal(lines[1], 2);
	assert_int_equal(lines[2], 2);
	assert_int_equal(lines[3], 3);
}

static void
test_unicode_letters_are_word_characters(void **state)
{
	(void)state;
	check_tokens("caf\xC3\xA9 \xE2\x80\xA2 java", "caf\xC3\xA9|java");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_languages_with_symbols_stay_whole),
		cmocka_unit_test(test_dotted_names_stay_whole),
		cmocka_unit_test(test_slash_and_ampersand_are_tokens),
		cmocka_unit_test(test_hyphen_splits_words),
		cmocka_unit_test(test_lines_are_counted),
		cmocka_unit_test(test_unicode_letters_are_word_characters),
	};

	return cmocka_run_group_tests_name("token", tests, NULL, NULL);
}
