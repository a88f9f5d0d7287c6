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

/*
 * Tokens stream through a window that grows only while an alias is
 * being followed: a 20-word alias, then its first word alone, and a
 * heading that long, all found past the window's first size.
 */
static void
test_long_aliases_outgrow_the_token_window(void **state)
{
	static const char	 lexicon[] =
	    "role r \"R\"\nstage junior 0 2\nstage mid 2 +\n"
	    "category lang \"Languages\"\nguide g1 a.txt \"A\"\n"
	    "section skills \"w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 "
	    "w14 w15 w16 w17 w18 w19 w20\"\n"
	    "skill long \"Long\"\n category lang\n stage junior\n from g1\n"
	    " alias \"w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 "
	    "w16 w17 w18 w19 w20\"\n"
	    "skill short \"Short\"\n category lang\n stage junior\n"
	    " from g1\n alias w1\n";
	static const char	 text[] =
	    "x w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16 w17 "
	    "w18 w19 w20 y\nw1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 "
	    "w15 w16 w17 w18 w19 w20\nw1 w2 w3\n";
	struct captured		 c;
	struct lexicon		*lx;
	struct analyzer		*an;
	struct doc		*doc;
	const struct analysis	*a;
	struct diag		 d;
	size_t			 slong, sshort;

	(void)state;
	capture_start(&c);
	lx = parse_lexicon(&c, lexicon);
	assert_non_null(lx);
	capture_end(&c);
	diag_init(&d, stderr);
	doc = doc_from_memory("long.txt", text, strlen(text), &d);
	an = analyzer_new(lx);
	a = analyzer_run(an, doc, LEX_NONE, &d);
	slong = lexicon_skill_index(lx, "long");
	sshort = lexicon_skill_index(lx, "short");
	/* Line 1 names it; line 2 is the heading and claims nothing. */
	assert_int_equal(a->findings->count[slong], 1);
	assert_int_equal(a->findings->count[sshort], 1);
	assert_int_equal(sections_section(&an->sections, 2), 0);
	assert_true(sections_heading(&an->sections, 1));
	analyzer_free(an);
	doc_free(doc);
	lexicon_free(lx);
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
		cmocka_unit_test(test_long_aliases_outgrow_the_token_window),
	};

	return cmocka_run_group_tests_name("scan", tests,
	    setup_mini, teardown_fixture);
}
