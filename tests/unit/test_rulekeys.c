/* test_rulekeys.c: a rule is skipped only where it cannot match. */
#include "unit.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "rulekeys.h"

/* Where the keys of src first lie in text[lo..hi), from a fresh scan. */
static size_t
find(const char *src, const char *text, size_t lo, size_t hi, int edge)
{
	struct rule_keys	*k = rulekeys_new(src, 0);
	struct rule_scan	 s;
	struct rule_line	 l;
	size_t			 at, cap = 0;
	uint32_t		*starts = NULL;

	assert_non_null(k);
	memset(&s, 0, sizeof(s));
	memset(&l, 0, sizeof(l));
	l.text = text;
	l.len = strlen(text);
	l.stamp = 1;
	at = rulekeys_find(k, &s, &l, lo, hi, edge);
	/* The same looking at word starts only. */
	l.nstarts = rulekeys_word_starts(text, l.len, &starts, &cap);
	l.starts = starts;
	l.stamp = 2;
	assert_int_equal(rulekeys_find(k, &s, &l, lo, hi, edge), at);
	free(starts);
	rulekeys_free(k);
	return at;
}

static void
test_words_of_an_alternation_are_keys(void **state)
{
	const char	*re = "\\b(?:hir(?:e|ed|ing)|recruit(?:s|ed)?)\\s+$";
	const char	*t = "python, go; we are hiring ";

	(void)state;
	assert_int_equal(find(re, t, 0, strlen(t), 0), 19);
	assert_int_equal(find(re, "python, go, kafka ", 0, 18, 0),
	    RULEKEYS_NONE);
}

static void
test_a_key_after_a_word_boundary_must_begin_a_word(void **state)
{
	(void)state;
	assert_int_equal(find("\\b(?:in|on)\\s+$", "python, go", 0, 10, 0),
	    RULEKEYS_NONE);
	assert_int_equal(find("\\b(?:in|on)\\s+$", "built on go", 0, 11, 0),
	    6);
	/* At the start of a rule's subject, \b has nothing before it. */
	assert_int_equal(find("^\\s*\\bteam", "goteam", 2, 6, 1), 2);
	assert_int_equal(find("\\bteam", "goteam", 0, 6, 0), RULEKEYS_NONE);
}

static void
test_a_key_must_end_in_reach(void **state)
{
	(void)state;
	assert_int_equal(find("hiring", "we are hiring", 0, 10, 0),
	    RULEKEYS_NONE);
	assert_int_equal(find("hiring", "we are hiring", 7, 13, 0), 7);
	assert_int_equal(find("hiring", "hiring and hiring", 1, 17, 0), 11);
}

static void
test_keys_are_found_walking_back(void **state)
{
	struct rule_keys	*k = rulekeys_new("\\bhir(?:e|ing)\\b", 0);
	const char		*t = "hiring go, hire rust, rehire";

	(void)state;
	assert_non_null(k);
	assert_int_equal(rulekeys_prev(k, t, 0, strlen(t), strlen(t)), 11);
	assert_int_equal(rulekeys_prev(k, t, 0, 11, strlen(t)), 0);
	assert_int_equal(rulekeys_prev(k, t, 1, 11, strlen(t)),
	    RULEKEYS_NONE);
	assert_int_equal(rulekeys_prev(k, t, 0, strlen(t), 13), 0);
	rulekeys_free(k);
}

static void
test_rules_without_safe_keys_always_run(void **state)
{
	(void)state;
	assert_null(rulekeys_new("\\d\\s*$", 0));
	assert_null(rulekeys_new("(?i)hiring", 0));
	assert_null(rulekeys_new("\\Qhiring\\E", 0));
	assert_null(rulekeys_new("(hir)\\1", 0));
	assert_null(rulekeys_new("hiring|\\w+", 0));
	assert_null(rulekeys_new("(?:hiring)?\\s+$", 0));
	assert_null(rulekeys_new("(?=hiring)\\w+", 0));
}

static void
test_where_matches_begin_is_known(void **state)
{
	struct rule_keys	*k;

	(void)state;
	k = rulekeys_new("\\b(?:the|our|a)\\s+migration\\s+to\\s+$", 0);
	assert_non_null(k);
	assert_false(rulekeys_start(k));	/* keyed on "migration" */
	rulekeys_free(k);
	k = rulekeys_new("(?<!machine )\\bstart(?:ed|ing)?\\s+$", 0);
	assert_non_null(k);
	assert_true(rulekeys_start(k));
	rulekeys_free(k);
}

/*
 * Over many windows of a text, a rule whose regex matches inside the
 * window always has a key there, and no match begins before the first
 * key when matches begin at keys.
 */
static void
test_keys_never_hide_a_match(void **state)
{
	static const char *const res[] = {
		"\\b(?:hir(?:e|es|ed|ing)|(?<!event\\s)sourc(?:e|ing))\\s+"
		    "(?:[\\w.+#/-]+\\s*(?:,|/|\\band\\b)\\s*){0,6}$",
		"\\b(?:hire|hiring)\\b[^.;]*?\\b(?:engineers|roles)\\b",
		"\\b(?:in|using|with)\\s+$",
		"\\w-$",
		"^\\s*(?:19|20)\\d\\d\\b",
		"^-(?!(?:based|native)\\b)[^\\W\\d]",
		"(?:\\b(?:that|who)\\s+|^\\W*)(?:cares?|values?)\\s+about\\s+",
		"^\\s*\\((?:learning|in\\s+progress)\\)",
		"\\b(?:no\\s*-?\\s*(?:heat|cool)|nurses?)\\b",
	};
	const char	*text = "Hiring Go engineers, sourcing python/Kafka and "
	    "rust-based tools; in 2021 we used Go-getter in progress) "
	    "a team that cares about tests. Written in Go. (learning) "
	    "no-heat nurse event sourcing ";
	pcre2_code		*re;
	pcre2_match_data	*md = pcre2_match_data_create(1, NULL);
	struct rule_keys	*k;
	struct rule_scan	 s, sw;
	struct rule_line	 l, lw;
	uint32_t		*starts = NULL;
	size_t			 i, lo, hi, at, len = strlen(text), cap = 0;
	int			 err, m;
	PCRE2_SIZE		 off;

	(void)state;
	for (i = 0; i < sizeof(res) / sizeof(res[0]); i++) {
		re = pcre2_compile((PCRE2_SPTR)res[i], PCRE2_ZERO_TERMINATED,
		    PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS, &err, &off, NULL);
		assert_non_null(re);
		k = rulekeys_new(res[i], 0);
		assert_non_null(k);
		memset(&s, 0, sizeof(s));
		memset(&sw, 0, sizeof(sw));
		memset(&l, 0, sizeof(l));
		l.text = text;
		l.len = len;
		l.stamp = 1;
		lw = l;
		lw.nstarts = rulekeys_word_starts(text, len, &starts, &cap);
		lw.starts = starts;
		for (hi = 1; hi <= len; hi++)
			for (lo = 0; lo < hi; lo += 3) {
				at = rulekeys_find(k, &s, &l, lo, hi, 0);
				assert_int_equal(rulekeys_find(k, &sw, &lw, lo,
				    hi, 0), at);
				m = pcre2_match(re, (PCRE2_SPTR)text, hi, lo,
				    0, md, NULL);
				if (m >= 0)
					assert_int_not_equal(at, RULEKEYS_NONE);
				if (m >= 0 && rulekeys_start(k))
					assert_true(pcre2_get_ovector_pointer(
					    md)[0] >= at);
			}
		rulekeys_free(k);
		pcre2_code_free(re);
	}
	free(starts);
	pcre2_match_data_free(md);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_words_of_an_alternation_are_keys),
		cmocka_unit_test(test_a_key_after_a_word_boundary_must_begin_a_word),
		cmocka_unit_test(test_a_key_must_end_in_reach),
		cmocka_unit_test(test_keys_are_found_walking_back),
		cmocka_unit_test(test_rules_without_safe_keys_always_run),
		cmocka_unit_test(test_where_matches_begin_is_known),
		cmocka_unit_test(test_keys_never_hide_a_match),
	};

	return cmocka_run_group_tests_name("rulekeys", tests, NULL, NULL);
}
