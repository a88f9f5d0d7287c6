/*
 * test_intent.c: negated mentions are not evidence, learning ones are
 * weaker evidence, and every evidence knows its section; on the backend
 * lexicon, one test per phrasing.
 */
#include "unit.h"

/* The skill must be neither found nor learning in text. */
static void
assert_not_evidence(struct fixture *fx, const char *text, const char *id)
{
	analyze(fx, text);
	if (state_of(fx, id) != SKILL_ABSENT)
		fail_msg("\"%s\": %s has state %d", text, id, state_of(fx, id));
}

static void
assert_learning(struct fixture *fx, const char *text, const char *id)
{
	analyze(fx, text);
	if (state_of(fx, id) != SKILL_LEARNING)
		fail_msg("\"%s\": %s has state %d, not learning", text, id,
		    state_of(fx, id));
}

static void
test_no_experience_with(void **state)
{
	assert_not_evidence(*state, "No experience with Kafka yet.\n",
	    "kafka");
}

static void
test_no_experience_reaches_a_list(void **state)
{
	struct fixture	*fx = *state;

	assert_not_evidence(fx, "Python developer; no professional experience "
	    "with Kafka or RabbitMQ.\n", "kafka");
	assert_true(found(fx, "python"));
}

static void
test_not_yet_used(void **state)
{
	assert_not_evidence(*state, "I have not yet used Kubernetes in "
	    "production.\n", "kubernetes");
}

static void
test_never_worked_with(void **state)
{
	assert_not_evidence(*state, "Never worked with Java or Go.\n", "java");
	assert_not_evidence(*state, "Never worked with Java or Go.\n", "go");
}

static void
test_without(void **state)
{
	assert_not_evidence(*state, "Deployed the service without Docker.\n",
	    "docker");
}

static void
test_unfamiliar_with(void **state)
{
	assert_not_evidence(*state, "Unfamiliar with GraphQL.\n", "graphql");
}

static void
test_negation_is_recorded_with_its_reason(void **state)
{
	struct fixture	*fx = *state;
	struct rejected	 r;

	analyze(fx, "No experience with Kafka.\n");
	assert_int_equal(fx->a->findings->nrej, 1);
	match_rejected(fx->a->findings, 0, &r);
	assert_int_equal(r.reason, REJECT_NEGATED);
	assert_int_equal(r.line, 1);
}

static void
test_negation_does_not_cross_a_sentence(void **state)
{
	struct fixture	*fx = *state;

	analyze(fx, "No experience with Kafka. Built APIs in Django.\n");
	assert_true(found(fx, "django"));
}

static void
test_currently_learning(void **state)
{
	assert_learning(*state, "Currently learning Rust.\n", "rust");
}

static void
test_studying_for_a_certification(void **state)
{
	assert_learning(*state, "Studying for the AWS certification.\n", "aws");
}

static void
test_want_to_learn(void **state)
{
	assert_learning(*state, "I want to learn Go next year.\n", "go");
}

static void
test_interested_in(void **state)
{
	assert_learning(*state, "Interested in Terraform.\n", "terraform");
}

static void
test_machine_learning_is_not_learning(void **state)
{
	struct fixture	*fx = *state;

	analyze(fx, "Built machine learning pipelines in Python.\n");
	assert_true(found(fx, "python"));
}

static void
test_learning_does_not_count_for_scoring(void **state)
{
	struct fixture	*fx = *state;
	size_t		 r;
	int		 listed = 0;

	analyze(fx, "Currently learning Kubernetes.\n");
	assert_int_equal(fx->a->findings->nfound, 0);
	for (r = 0; r < fx->a->score->nmissing; r++) {
		const struct lex_requirement *req =
		    &fx->lx->reqs[fx->a->score->missing[r]];
		if (req->stage > fx->a->score->target)
			continue;
		listed = 1;
	}
	assert_true(listed);
	assert_true(fx->a->score->reached == LEX_NONE);
}

/* Each evidence records the section its line lies in. */
static void
test_evidence_records_its_section(void **state)
{
	struct fixture		*fx = *state;
	const struct findings	*f;
	size_t			 s, i;
	const char		*sections[3];

	analyze(fx, "Python developer\n\nTECHNICAL SKILLS\nPython, Go\n\n"
	    "Work Experience:\nBuilt Python services\n");
	f = fx->a->findings;
	s = lexicon_skill_index(fx->lx, "python");
	assert_int_equal(f->count[s], 3);
	for (i = 0; i < 3; i++) {
		struct evidence e;
		size_t sec = match_evidence(f, f->first[s] + i, &e)->section;
		sections[i] = sec == LEX_NONE ? "none" :
		    fx->lx->sections[sec].id;
	}
	assert_string_equal(sections[0], "none");
	assert_string_equal(sections[1], "skills");
	assert_string_equal(sections[2], "experience");
	/* Go is ambiguous: it counts because the section is technical. */
	assert_true(found(fx, "go"));
}

/* A wrapped bullet is one line for the rules. */
static void
test_rules_see_a_wrapped_bullet_whole(void **state)
{
	struct fixture	*fx = *state;

	analyze(fx, "- Hired 52 engineers in 2024: backend (Go, Kotlin),\n"
	    "  data (Python, dbt) and platform (Kubernetes, AWS).\n");
	assert_false(found(fx, "python"));
	assert_false(found(fx, "kubernetes"));
}

/* An engineer's grouped skills are the engineer's. */
static void
test_grouped_skills_line_counts(void **state)
{
	struct fixture	*fx = *state;

	analyze(fx, "Skills: Backend (Go, Python), Data (Spark, PostgreSQL)\n");
	assert_true(found(fx, "go"));
	assert_true(found(fx, "python"));
	assert_true(found(fx, "postgresql"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_no_experience_with),
		cmocka_unit_test(test_no_experience_reaches_a_list),
		cmocka_unit_test(test_not_yet_used),
		cmocka_unit_test(test_never_worked_with),
		cmocka_unit_test(test_without),
		cmocka_unit_test(test_unfamiliar_with),
		cmocka_unit_test(test_negation_is_recorded_with_its_reason),
		cmocka_unit_test(test_negation_does_not_cross_a_sentence),
		cmocka_unit_test(test_currently_learning),
		cmocka_unit_test(test_studying_for_a_certification),
		cmocka_unit_test(test_want_to_learn),
		cmocka_unit_test(test_interested_in),
		cmocka_unit_test(test_machine_learning_is_not_learning),
		cmocka_unit_test(test_learning_does_not_count_for_scoring),
		cmocka_unit_test(test_evidence_records_its_section),
		cmocka_unit_test(test_rules_see_a_wrapped_bullet_whole),
		cmocka_unit_test(test_grouped_skills_line_counts),
	};

	return cmocka_run_group_tests_name("intent", tests,
	    setup_backend, teardown_fixture);
}
