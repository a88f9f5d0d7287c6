/* test_score.c: coverage, the stage reached, and what is missing. */
#include "unit.h"

/* Index in lx->reqs of the requirement named id (skill or group). */
static size_t
req_named(const struct lexicon *lx, const char *id)
{
	size_t	r;

	for (r = 0; r < lx->nreqs; r++)
		if (strcmp(lx->reqs[r].is_group ?
		    lx->groups[lx->reqs[r].index].id :
		    lx->skills[lx->reqs[r].index].id, id) == 0)
			return r;
	fail_msg("no requirement %s", id);
	return 0;
}

static int
is_missing(struct fixture *fx, const char *id)
{
	size_t	r = req_named(fx->lx, id), i;

	for (i = 0; i < fx->a->score->nmissing; i++)
		if (fx->a->score->missing[i] == r)
			return 1;
	return 0;
}

static void
test_any_member_meets_a_group(void **state)
{
	struct fixture	*fx = *state;

	analyze(fx, "Python developer\n");
	assert_false(is_missing(fx, "language"));
	analyze(fx, "Node.js developer\n");
	assert_false(is_missing(fx, "language"));
}

static void
test_coverage_is_the_weighted_share_per_stage(void **state)
{
	struct fixture		*fx = *state;
	const struct score	*sc;

	/*
	 * Junior asks: language 4, relational 3, sql 3 = 10.  Postgres
	 * meets relational and implies sql: 6 of 10.
	 */
	analyze(fx, "Postgres\n");
	sc = fx->a->score;
	assert_int_equal(sc->stages[0].total, 10);
	assert_int_equal(sc->stages[0].met, 6);
	assert_true(sc->stages[0].coverage > 0.599 &&
	    sc->stages[0].coverage < 0.601);
}

static void
test_reached_needs_each_stage_up_to_it_over_the_threshold(void **state)
{
	struct fixture		*fx = *state;
	const struct score	*sc;

	analyze(fx, "Mentoring and system design\n");
	sc = fx->a->score;
	/* Senior skills alone: junior is at 0, so nothing is reached. */
	assert_true(sc->reached == LEX_NONE);
	assert_int_equal(sc->target, 0);

	/*
	 * Junior and mid fully met, senior not at all: cumulative coverage
	 * at senior is 12 of 18, over the threshold, but senior itself
	 * shows nothing, so mid is the stage reached.
	 */
	analyze(fx, "Python, Postgres, CI/CD\n");
	sc = fx->a->score;
	assert_true(sc->stages[2].cumulative > 0.5);
	assert_int_equal(sc->reached, 1);		/* mid */
	assert_int_equal(sc->target, 2);		/* senior */

	analyze(fx, "Python, Postgres, CI/CD, system design\n");
	assert_int_equal(fx->a->score->reached, 2);	/* 4 of 6: senior */
}

static void
test_missing_is_heaviest_first_up_to_the_target(void **state)
{
	struct fixture		*fx = *state;
	const struct score	*sc;
	const struct lexicon	*lx = fx->lx;

	analyze(fx, "Python, Postgres, CI/CD\n");
	sc = fx->a->score;
	assert_int_equal(sc->nmissing, 2);
	assert_int_equal(sc->missing[0], req_named(lx, "system-design"));
	assert_int_equal(sc->missing[1], req_named(lx, "mentoring"));
}

static void
test_a_python_resume_is_not_missing_java(void **state)
{
	struct fixture	*fx = *state;
	size_t		 i;
	const struct lex_requirement	*req;

	analyze(fx, "Python, Django, Postgres\n");
	for (i = 0; i < fx->a->score->nmissing; i++) {
		req = &fx->lx->reqs[fx->a->score->missing[i]];
		assert_true(req->is_group ||
		    strcmp(fx->lx->skills[req->index].id, "java") != 0);
	}
	assert_false(is_missing(fx, "language"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_any_member_meets_a_group),
		cmocka_unit_test(test_coverage_is_the_weighted_share_per_stage),
		cmocka_unit_test(test_reached_needs_each_stage_up_to_it_over_the_threshold),
		cmocka_unit_test(test_missing_is_heaviest_first_up_to_the_target),
		cmocka_unit_test(test_a_python_resume_is_not_missing_java),
	};

	return cmocka_run_group_tests_name("score", tests,
	    setup_mini, teardown_fixture);
}
