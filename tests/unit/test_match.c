/* test_match.c: technical context, evidence and implications. */
#include "unit.h"

static void
test_ambiguous_words_alone_do_not_count(void **state)
{
	struct fixture	*fx = *state;

	analyze(fx, "A go-getter who graduated in Spring 2021.\n"
	    "Go team! We won the C-suite award for R&D.\n"
	    "Ran the spring fair. Read Kafka's novels.\n");
	assert_int_equal(nfound(fx), 0);
}

static void
test_ambiguous_words_count_in_a_labelled_list(void **state)
{
	struct fixture	*fx = *state;

	analyze(fx, "Technical skills: Go, C\n");
	assert_named_only(fx, "go,c");
}

static void
test_ambiguous_words_count_under_a_skills_heading(void **state)
{
	struct fixture	*fx = *state;

	analyze(fx, "SKILLS\nGo\nSpring\n\nEXPERIENCE\nGo team lead\n");
	assert_named_only(fx, "go,spring");
	/* Only the lines under the skills heading are evidence. */
	assert_int_equal(fx->a->findings->count[
	    lexicon_skill_index(fx->lx, "go")], 1);
}

static void
test_ambiguous_words_count_next_to_other_technology(void **state)
{
	struct fixture	*fx = *state;

	analyze(fx, "Rewrote the Java services in Go\n");
	assert_true(found(fx, "go"));
	analyze(fx, "Django, Spring and MySQL\n");
	assert_true(found(fx, "spring"));
}

static void
test_two_ambiguous_words_never_vouch_for_each_other(void **state)
{
	struct fixture	*fx = *state;

	analyze(fx, "Go and Spring\n");
	assert_int_equal(nfound(fx), 0);
	/* One of them counted by a cue, and the other stands next to it. */
	analyze(fx, "Go 1.21 and Spring\n");
	assert_named_only(fx, "go,spring");
}

static void
test_context_words_make_a_line_technical(void **state)
{
	struct fixture	*fx = *state;

	analyze(fx, "Built Grafana dashboards for the Go services\n");
	assert_true(found(fx, "go"));
}

static void
test_a_skill_veto_rules_out_its_plain_spellings(void **state)
{
	struct fixture	*fx = *state;
	struct rejected	 r;

	analyze(fx, "Mentored new nurses caring for patients\n");
	assert_false(found(fx, "mentoring"));
	assert_int_equal(match_rejected(fx->a->findings, 0, &r)->reason,
	    REJECT_VETOED);
	analyze(fx, "Mentored two engineers\n");
	assert_true(found(fx, "mentoring"));
}

static void
test_a_used_rule_set_applies_to_the_skill(void **state)
{
	struct fixture	*fx = *state;

	analyze(fx, "Kept the kitchen menu in Postgres\n");
	assert_false(found(fx, "postgresql"));
	analyze(fx, "Tuned Postgres queries\n");
	assert_true(found(fx, "postgresql"));
}

static void
test_cues_make_a_word_technical(void **state)
{
	struct fixture	*fx = *state;

	analyze(fx, "Wrote the scheduler in Go.\n");
	assert_true(found(fx, "go"));
	analyze(fx, "Upgraded to Go 1.21 last year.\n");
	assert_true(found(fx, "go"));
	analyze(fx, "Experienced Go developer.\n");
	assert_true(found(fx, "go"));
}

static void
test_vetoes_win_over_cues(void **state)
{
	struct fixture	*fx = *state;

	analyze(fx, "Graduated in Spring 2021 with honours.\n");
	assert_false(found(fx, "spring"));
	analyze(fx, "Skills: go-getter attitude\n");
	assert_false(found(fx, "go"));
}

static void
test_evidence_quotes_the_text_as_written(void **state)
{
	struct fixture	*fx = *state;
	char		 buf[64];
	unsigned	 line;

	/* Fullwidth "Ｄｊａｎｇｏ" on line 3. */
	analyze(fx, "Summary\n\nBuilt APIs in \xEF\xBC\xA4\xEF\xBD\x8A\xEF\xBD"
	    "\x81\xEF\xBD\x8E\xEF\xBD\x87\xEF\xBD\x8F.\n");
	assert_string_equal(evidence_text(fx, "django", buf, sizeof(buf),
	    &line), "\xEF\xBC\xA4\xEF\xBD\x8A\xEF\xBD\x81\xEF\xBD\x8E\xEF"
	    "\xBD\x87\xEF\xBD\x8F");
	assert_int_equal(line, 3);
}

static void
test_implications_are_transitive_and_marked(void **state)
{
	struct fixture	*fx = *state;

	analyze(fx, "Django and Postgres\n");
	assert_int_equal(state_of(fx, "python"), SKILL_IMPLIED);
	assert_int_equal(state_of(fx, "sql"), SKILL_IMPLIED);
	analyze(fx, "Spring Boot\n");
	assert_int_equal(state_of(fx, "spring"), SKILL_IMPLIED);
	assert_int_equal(state_of(fx, "java"), SKILL_IMPLIED);
	assert_int_equal(fx->a->findings->implied_by[
	    lexicon_skill_index(fx->lx, "java")],
	    lexicon_skill_index(fx->lx, "spring"));
}

static void
test_named_skill_is_not_also_implied(void **state)
{
	struct fixture	*fx = *state;

	analyze(fx, "Python and Django\n");
	assert_int_equal(state_of(fx, "python"), SKILL_FOUND);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ambiguous_words_alone_do_not_count),
		cmocka_unit_test(test_ambiguous_words_count_in_a_labelled_list),
		cmocka_unit_test(test_ambiguous_words_count_under_a_skills_heading),
		cmocka_unit_test(test_ambiguous_words_count_next_to_other_technology),
		cmocka_unit_test(test_two_ambiguous_words_never_vouch_for_each_other),
		cmocka_unit_test(test_context_words_make_a_line_technical),
		cmocka_unit_test(test_a_skill_veto_rules_out_its_plain_spellings),
		cmocka_unit_test(test_a_used_rule_set_applies_to_the_skill),
		cmocka_unit_test(test_cues_make_a_word_technical),
		cmocka_unit_test(test_vetoes_win_over_cues),
		cmocka_unit_test(test_evidence_quotes_the_text_as_written),
		cmocka_unit_test(test_implications_are_transitive_and_marked),
		cmocka_unit_test(test_named_skill_is_not_also_implied),
	};

	return cmocka_run_group_tests_name("match", tests,
	    setup_mini, teardown_fixture);
}
