/* test_experience.c: years from the experience section, merged. */
#include "unit.h"

#define TODAY	(2026 * 12 + 10)	/* November 2026 */

static int
setup(void **state)
{
	struct fixture	*fx = fixture_new(MINI_LEXICON);

	fx->an->today = TODAY;
	*state = fx;
	return 0;
}

static int
teardown(void **state)
{
	fixture_free(*state);
	return 0;
}

static void
test_overlapping_jobs_are_merged_not_added(void **state)
{
	struct fixture	*fx = *state;

	/* 2016-2020 and 2019-2022 overlap: 6 years, not 7. */
	analyze(fx, "Experience\nAcme, 2016 - 2020\nGlobex, 2019 - 2022\n");
	assert_int_equal(fx->a->experience->nranges, 2);
	assert_true(fx->a->experience->years > 5.99 &&
	    fx->a->experience->years < 6.01);
}

static void
test_education_and_other_sections_are_left_out(void **state)
{
	struct fixture	*fx = *state;

	analyze(fx, "Experience\nAcme, Jan 2020 - Dec 2021\n\nEducation\n"
	    "BSc, 2015 - 2019\n\nInterests\nVolunteer, 2010 - 2020\n");
	assert_int_equal(fx->a->experience->nranges, 1);
	assert_int_equal(fx->a->experience->lines[0], 2);
	assert_true(fx->a->experience->years > 1.99 &&
	    fx->a->experience->years < 2.01);
}

static void
test_present_is_today(void **state)
{
	struct fixture	*fx = *state;

	analyze(fx, "Experience\nAcme, Nov 2023 - Present\n");
	assert_true(fx->a->experience->years > 2.99 &&
	    fx->a->experience->years < 3.01);
	/* Three years place a person at mid, the 2-5 stage. */
	assert_string_equal(fx->lx->stages[fx->a->experience->stage].id,
	    "mid");
}

static void
test_claim_is_weaker_evidence(void **state)
{
	struct fixture	*fx = *state;

	analyze(fx, "Summary\nBackend engineer with 8+ years of experience.\n");
	assert_true(fx->a->experience->years < 0);
	assert_true(fx->a->experience->claimed == 8.0);
	assert_true(fx->a->experience->from_claim);
	assert_string_equal(fx->lx->stages[fx->a->experience->stage].id,
	    "senior");
}

static void
test_without_headings_every_range_counts(void **state)
{
	struct fixture	*fx = *state;

	analyze(fx, "Jane Doe\nAcme 2018 - 2020\nGlobex 2020 - 2021\n");
	assert_true(fx->a->experience->years > 2.99 &&
	    fx->a->experience->years < 3.01);
}

static void
test_years_place_when_no_title_says(void **state)
{
	struct fixture	*fx = *state;

	/* Skills reach a stage, no title: nine years place at senior. */
	analyze(fx, "Skills: Python, Postgres\nExperience\nAcme, 2017 - 2026\n");
	assert_string_equal(fx->lx->stages[fx->a->score->reached].id,
	    "senior");
	assert_int_equal(fx->a->placement->decided, PLACE_YEARS);
	assert_string_equal(fx->lx->stages[fx->a->score->target].id,
	    "senior");
}

static void
test_years_in_another_career_keep_the_first_target(void **state)
{
	struct fixture	*fx = *state;

	analyze(fx, "Experience\nStaff nurse, 2017 - 2026\n");
	assert_true(fx->a->score->reached == LEX_NONE);
	assert_string_equal(fx->lx->stages[fx->a->experience->stage].id,
	    "senior");
	assert_string_equal(fx->lx->stages[fx->a->score->target].id,
	    "junior");
}

/*
 * "Technologies." closing a sentence wrapped from the line before is
 * no heading: the jobs after it still count.  Alone, or with a colon,
 * the word heads its section.
 */
static void
test_wrapped_heading_word_does_not_end_experience(void **state)
{
	struct fixture	*fx = *state;

	analyze(fx, "Experience\nAcme, 2020 - 2024\n- Moved the team to new\n"
	    "Technologies.\nGlobex, 2016 - 2020\n");
	assert_int_equal(fx->a->experience->nranges, 2);
	assert_true(fx->a->experience->years > 7.99 &&
	    fx->a->experience->years < 8.01);

	analyze(fx, "Experience\nAcme, 2020 - 2024\n\nTechnologies\n"
	    "Globex, 2016 - 2020\n");
	assert_int_equal(fx->a->experience->nranges, 1);

	analyze(fx, "Experience\nAcme, 2020 - 2024\nTechnologies:\n"
	    "Globex, 2016 - 2020\n");
	assert_int_equal(fx->a->experience->nranges, 1);
}

/* The lexicon's headings in other languages: a diploma is no job. */
static void
test_education_in_other_languages_is_left_out(void **state)
{
	struct fixture	*fx = fixture_new(BACKEND_LEXICON);

	(void)state;
	fx->an->today = TODAY;
	analyze(fx, "Berufserfahrung\nAcme GmbH\n03.2021 \xE2\x80\x93 heute\n\n"
	    "Ausbildung\nM.Sc. Informatik\n10/2015 \xE2\x80\x93 09/2017\n");
	assert_int_equal(fx->a->experience->nranges, 1);
	assert_int_equal(fx->a->experience->lines[0], 3);
	analyze(fx, "Experiencia laboral\nAcme S.L.\nenero de 2020 - "
	    "actualidad\n\nFormaci\xC3\xB3n\nGrado, 2015 - 2019\n");
	assert_int_equal(fx->a->experience->nranges, 1);
	analyze(fx, "Exp\xC3\xA9rience professionnelle\nAcme SAS\n"
	    "janv. 2022 - aujourd'hui\n\nFormation\nMaster, 2014 - 2016\n");
	assert_int_equal(fx->a->experience->nranges, 1);
	fixture_free(fx);
}

static void
test_years_on_lines_come_from_their_jobs(void **state)
{
	struct fixture	*fx = *state;
	uint32_t	 title = 2, bullet = 4, older = 6, skills = 9;
	double		 y;

	/* A title above a date alone is the job's first line. */
	analyze(fx, "Experience\nGo Developer, Acme\nJan 2024 - Dec 2025\n"
	    "- Services\n\nInitech   Jan 2018 - Dec 2019\n- Scripts\n\n"
	    "Skills\nGo\n");
	assert_int_equal(fx->a->experience->nranges, 2);
	assert_int_equal(fx->a->experience->firsts[0], 2);
	assert_int_equal(fx->a->experience->firsts[1], 6);
	y = experience_years_on(fx->a->experience, &fx->an->sections,
	    &title, 1);
	assert_true(y > 1.99 && y < 2.01);
	y = experience_years_on(fx->a->experience, &fx->an->sections,
	    &bullet, 1);
	assert_true(y > 1.99 && y < 2.01);
	/* Both jobs: four years; the skills list: none. */
	assert_true(experience_years_on(fx->a->experience, &fx->an->sections,
	    (uint32_t[]){ bullet, older }, 2) > 3.99);
	assert_true(experience_years_on(fx->a->experience, &fx->an->sections,
	    &skills, 1) < 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_overlapping_jobs_are_merged_not_added),
		cmocka_unit_test(test_education_and_other_sections_are_left_out),
		cmocka_unit_test(test_present_is_today),
		cmocka_unit_test(test_claim_is_weaker_evidence),
		cmocka_unit_test(test_without_headings_every_range_counts),
		cmocka_unit_test(test_years_place_when_no_title_says),
		cmocka_unit_test(test_years_in_another_career_keep_the_first_target),
		cmocka_unit_test(test_wrapped_heading_word_does_not_end_experience),
		cmocka_unit_test(test_education_in_other_languages_is_left_out),
		cmocka_unit_test(test_years_on_lines_come_from_their_jobs),
	};

	return cmocka_run_group_tests_name("experience", tests, setup, teardown);
}
