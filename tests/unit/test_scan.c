/* test_scan.c: whole tokens, right boundaries, leftmost-longest. */
#include "unit.h"

static void
test_java_does_not_fire_inside_javascript(void **state)
{
	struct fixture	*fx = *state;

	analyze(fx, "Skills: JavaScript, TypeScript");
	assert_false(found(fx, "java"));
	assert_true(found(fx, "javascript"));
}

static void
test_go_does_not_fire_inside_other_words(void **state)
{
	struct fixture	*fx = *state;

	analyze(fx, "Skills: Google Cloud, MongoDB, good Django, Gopher");
	assert_false(found(fx, "go"));
	assert_true(found(fx, "django"));
}

static void
test_symbol_tokens_come_out_whole(void **state)
{
	struct fixture	*fx = *state;

	analyze(fx, "Skills: C++, C#, .NET, ASP.NET, Node.js, CI/CD");
	assert_named_only(fx, "cpp,csharp,dotnet,aspnet,nodejs,ci-cd");
	/* "C" stands inside none of them. */
	assert_false(found(fx, "c"));
}

static void
test_longest_alias_wins(void **state)
{
	struct fixture	*fx = *state;

	analyze(fx, "Built services with Spring Boot and Java");
	assert_true(found(fx, "spring-boot"));
	assert_false(found(fx, "spring"));
	/* Spring is implied by Spring Boot, not named. */
	assert_int_equal(state_of(fx, "spring"), SKILL_IMPLIED);
}

static void
test_pattern_and_alias_compete_for_the_longest_match(void **state)
{
	struct fixture	*fx = *state;
	char		 buf[64];

	analyze(fx, "Python 3.11 and PostgreSQL");
	assert_string_equal(evidence_text(fx, "python", buf, sizeof(buf),
	    NULL), "Python 3.11");
}

static void
test_spellings_are_found_whatever_the_case(void **state)
{
	struct fixture	*fx = *state;

	analyze(fx, "POSTGRES, psql and Node JS; ci-cd");
	assert_named_only(fx, "postgresql,nodejs,ci-cd");
}

static void
test_a_phrase_does_not_span_lines(void **state)
{
	struct fixture	*fx = *state;

	analyze(fx, "We discussed system\ndesign at length");
	assert_false(found(fx, "system-design"));
	analyze(fx, "Led system design reviews");
	assert_true(found(fx, "system-design"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_java_does_not_fire_inside_javascript),
		cmocka_unit_test(test_go_does_not_fire_inside_other_words),
		cmocka_unit_test(test_symbol_tokens_come_out_whole),
		cmocka_unit_test(test_longest_alias_wins),
		cmocka_unit_test(test_pattern_and_alias_compete_for_the_longest_match),
		cmocka_unit_test(test_spellings_are_found_whatever_the_case),
		cmocka_unit_test(test_a_phrase_does_not_span_lines),
	};

	return cmocka_run_group_tests_name("scan", tests,
	    setup_mini, teardown_fixture);
}
