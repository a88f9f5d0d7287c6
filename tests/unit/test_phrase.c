/* test_phrase.c: the token-sequence trie. */
#include "unit.h"
#include "phrase.h"

static void
test_paths_are_shared_and_values_kept(void **state)
{
	struct phrase_table	*t = phrase_new();
	uint32_t		 spring, boot, again;

	(void)state;
	spring = phrase_add(t, PHRASE_ROOT, "spring", 6);
	boot = phrase_add(t, spring, "boot", 4);
	again = phrase_add(t, PHRASE_ROOT, "spring", 6);
	assert_int_equal(spring, again);
	assert_int_equal(phrase_value(t, spring), PHRASE_NONE);
	assert_int_equal(phrase_set_value(t, boot, 7), PHRASE_NONE);
	assert_int_equal(phrase_set_value(t, spring, 3), PHRASE_NONE);
	assert_int_equal(phrase_step(t, PHRASE_ROOT, "spring", 6), spring);
	assert_int_equal(phrase_step(t, spring, "boot", 4), boot);
	assert_int_equal(phrase_value(t, boot), 7);
	assert_int_equal(phrase_step(t, PHRASE_ROOT, "boot", 4), PHRASE_NONE);
	assert_int_equal(phrase_step(t, spring, "boo", 3), PHRASE_NONE);
	phrase_free(t);
}

/* Thousands of entries: the table grows and still finds each one. */
static void
test_growth_keeps_every_entry(void **state)
{
	struct phrase_table	*t = phrase_new();
	char			 tok[32];
	uint32_t		 node;
	int			 i, n;

	(void)state;
	for (i = 0; i < 5000; i++) {
		n = snprintf(tok, sizeof(tok), "skill%d", i);
		node = phrase_add(t, PHRASE_ROOT, tok, (size_t)n);
		node = phrase_add(t, node, "x", 1);
		phrase_set_value(t, node, (uint32_t)i);
	}
	for (i = 0; i < 5000; i++) {
		n = snprintf(tok, sizeof(tok), "skill%d", i);
		node = phrase_step(t, PHRASE_ROOT, tok, (size_t)n);
		assert_int_not_equal(node, PHRASE_NONE);
		node = phrase_step(t, node, "x", 1);
		assert_int_equal(phrase_value(t, node), i);
	}
	phrase_free(t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_paths_are_shared_and_values_kept),
		cmocka_unit_test(test_growth_keeps_every_entry),
	};

	return cmocka_run_group_tests_name("phrase", tests, NULL, NULL);
}
