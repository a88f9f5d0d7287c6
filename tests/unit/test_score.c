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
test_stage_by_skills_needs_own_and_cumulative_coverage(void **state)
{
	struct fixture		*fx = *state;
	const struct score	*sc;

	/*
	 * Senior skills alone: senior itself is met, but with nothing
	 * below, 6 of the 18 the stages up to senior ask is under half.
	 */
	analyze(fx, "Mentoring and system design\n");
	assert_true(fx->a->score->by_skills == LEX_NONE);
	assert_true(fx->a->score->reached == LEX_NONE);

	/*
	 * Junior and mid fully met, senior not at all: cumulative coverage
	 * at senior is 12 of 18, over the threshold, but senior itself
	 * shows nothing, so mid is the stage by skills.
	 */
	analyze(fx, "Python, Postgres, CI/CD\n");
	sc = fx->a->score;
	assert_true(sc->stages[2].cumulative > 0.5);
	assert_int_equal(sc->by_skills, 1);		/* mid */

	analyze(fx, "Python, Postgres, CI/CD, system design\n");
	assert_int_equal(fx->a->score->by_skills, 2);	/* 4 of 6: senior */
}

static void
test_a_gap_below_does_not_sink_the_stage(void **state)
{
	struct fixture	*fx = *state;

	/*
	 * Mid (CI/CD) not shown at all, but senior fully and junior too:
	 * 16 of 18 up to senior.  A ladder that stopped at the first stage
	 * below the threshold said junior.
	 */
	analyze(fx, "Python, Postgres, system design, mentoring\n");
	assert_true(fx->a->score->stages[1].coverage < 0.5);
	assert_int_equal(fx->a->score->by_skills, 2);
}

static void
test_skills_alone_place_no_one_above_the_first_stage(void **state)
{
	struct fixture	*fx = *state;

	analyze(fx, "Python, Postgres, CI/CD, system design, mentoring\n");
	assert_int_equal(fx->a->score->by_skills, 2);
	assert_int_equal(fx->a->score->reached, 0);
	assert_int_equal(fx->a->placement->decided, PLACE_SKILLS);
	assert_int_equal(fx->a->score->target, 1);
}

static void
test_missing_is_heaviest_first_up_to_the_target(void **state)
{
	struct fixture		*fx = *state;
	const struct score	*sc;
	const struct lexicon	*lx = fx->lx;

	/* A mid title places the person at mid: senior is the target. */
	analyze(fx, "Backend Engineer\nSkills: Python, Postgres, CI/CD\n");
	sc = fx->a->score;
	assert_int_equal(sc->reached, 1);
	assert_int_equal(sc->nmissing, 2);
	assert_int_equal(sc->missing[0], req_named(lx, "system-design"));
	assert_int_equal(sc->missing[1], req_named(lx, "mentoring"));
}

static void
test_a_skill_only_listed_counts_for_less(void **state)
{
	struct captured		 c;
	struct lexicon		*lx;
	struct analyzer		*an;
	struct doc		*doc;
	struct diag		 d;
	const struct analysis	*a;
	static const char	 lex[] =
	    "role r \"R\"\nstage junior 0 2\nstage mid 2 +\n"
	    "category lang \"Languages\"\n"
	    "threshold 0.5\nlisted-weight 0.25\n"
	    "section skills skills\nsection experience experience\n"
	    "use-section experience\n"
	    "skill go \"Go\"\n\tcategory lang\n\tstage mid\n\tweight 4\n\talias golang\n";
	static const char	 listed[] = "Skills\nGolang\n";
	static const char	 used[] = "Experience\nBuilt services in Golang\n";

	(void)state;
	capture_start(&c);
	lx = parse_lexicon(&c, lex);
	assert_non_null(lx);
	an = analyzer_new(lx);
	diag_init(&d, stderr);
	doc = doc_from_memory("t.txt", listed, strlen(listed), &d);
	a = analyzer_run(an, doc, LEX_NONE, &d);
	/* Above the first stage, listed: 4 x 0.25. */
	assert_true(a->score->stages[1].met > 0.99 &&
	    a->score->stages[1].met < 1.01);
	doc_free(doc);
	doc = doc_from_memory("t.txt", used, strlen(used), &d);
	a = analyzer_run(an, doc, LEX_NONE, &d);
	assert_true(a->score->stages[1].met > 3.99);
	doc_free(doc);
	analyzer_free(an);
	lexicon_free(lx);
	capture_end(&c);
}

static void
test_the_latest_title_places_and_years_hold_it_back(void **state)
{
	struct fixture	*fx = *state;

	/* The latest job is senior: older titles do not count. */
	analyze(fx, "Experience\n"
	    "Senior Engineer, Acme    2019 - 2026\n- Python, Postgres\n"
	    "Junior Developer, Initech    2013 - 2019\n- Java\n");
	assert_int_equal(fx->a->titles->stage, 2);
	assert_int_equal(fx->a->score->reached, 2);
	assert_int_equal(fx->a->placement->decided, PLACE_TITLE);

	/* "Staff" after one year is ahead of the years: one stage above. */
	analyze(fx, "Experience\nStaff Engineer, Acme    2025 - 2026\n"
	    "- Python\n");
	assert_int_equal(fx->a->titles->stage, 2);
	assert_int_equal(fx->a->score->reached, 1);
	assert_true(fx->a->placement->held_back);

	/* A sentence that names a job is no title. */
	analyze(fx, "Experience\nAcme    2019 - 2026\n"
	    "Spoke at a developer conference\n");
	assert_true(fx->a->titles->latest == LEX_NONE);
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
		cmocka_unit_test(test_stage_by_skills_needs_own_and_cumulative_coverage),
		cmocka_unit_test(test_a_gap_below_does_not_sink_the_stage),
		cmocka_unit_test(test_skills_alone_place_no_one_above_the_first_stage),
		cmocka_unit_test(test_missing_is_heaviest_first_up_to_the_target),
		cmocka_unit_test(test_a_skill_only_listed_counts_for_less),
		cmocka_unit_test(test_the_latest_title_places_and_years_hold_it_back),
		cmocka_unit_test(test_a_python_resume_is_not_missing_java),
	};

	return cmocka_run_group_tests_name("score", tests,
	    setup_mini, teardown_fixture);
}
