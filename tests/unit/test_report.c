/* test_report.c: the JSON and text reports. */
#include <jansson.h>

#include "unit.h"
#include "report.h"

/* Render the last analysis with a back end; the caller frees it. */
static char *
render(struct fixture *fx, const char *format, int color)
{
	struct report_options		 ro = { .color = color, .evidence = 2 };
	const struct report_backend	*be = report_find(format);
	char				*text = NULL;
	size_t				 len = 0;
	FILE				*f = open_memstream(&text, &len);

	assert_non_null(f);
	assert_non_null(be);
	if (be->header != NULL)
		be->header(f, fx->lx);
	be->emit(f, fx->a, &ro, 0);
	if (be->footer != NULL)
		be->footer(f);
	assert_false(ferror(f));
	fclose(f);
	return text;
}

static json_t *
render_json(struct fixture *fx)
{
	char		*text = render(fx, "json", 0);
	json_error_t	 err;
	json_t		*o = json_loads(text, 0, &err);

	if (o == NULL)
		fail_msg("invalid JSON: %s at line %d", err.text, err.line);
	free(text);
	return o;
}

static json_t *
find_by_id(json_t *array, const char *id)
{
	size_t	 i;
	json_t	*v;

	json_array_foreach(array, i, v)
		if (strcmp(json_string_value(json_object_get(v, "id")), id) == 0)
			return v;
	return NULL;
}

static void
test_json_has_the_documented_fields(void **state)
{
	struct fixture	*fx = *state;
	json_t		*o, *stages, *st;

	analyze(fx, "Skills: Python, Postgres, CI/CD\n");
	o = render_json(fx);
	assert_string_equal(json_string_value(json_object_get(o, "input")),
	    "test.txt");
	assert_string_equal(json_string_value(json_object_get(o, "role")),
	    "mini");
	assert_string_equal(json_string_value(
	    json_object_get(o, "stage_reached")), "mid");
	assert_string_equal(json_string_value(
	    json_object_get(o, "target_stage")), "senior");
	stages = json_object_get(o, "stages");
	assert_int_equal(json_array_size(stages), 3);
	st = json_array_get(stages, 2);
	assert_string_equal(json_string_value(json_object_get(st, "stage")),
	    "senior");
	assert_string_equal(json_string_value(json_object_get(st, "years")),
	    "5+");
	assert_true(json_is_number(json_object_get(st, "coverage")));
	assert_true(json_is_number(json_object_get(st, "cumulative")));
	assert_true(json_is_array(json_object_get(o, "skills")));
	assert_true(json_is_array(json_object_get(o, "missing")));
	json_decref(o);
}

static void
test_json_skill_carries_evidence_and_implication(void **state)
{
	struct fixture	*fx = *state;
	json_t		*o, *skills, *pg, *sql, *ev;

	analyze(fx, "Summary\nI use Postgres daily\n");
	o = render_json(fx);
	skills = json_object_get(o, "skills");
	pg = find_by_id(skills, "postgresql");
	assert_non_null(pg);
	assert_string_equal(json_string_value(json_object_get(pg, "name")),
	    "PostgreSQL");
	assert_string_equal(json_string_value(
	    json_object_get(pg, "category")), "database");
	assert_false(json_is_true(json_object_get(pg, "implied")));
	ev = json_array_get(json_object_get(pg, "evidence"), 0);
	assert_int_equal(json_integer_value(json_object_get(ev, "line")), 2);
	assert_string_equal(json_string_value(json_object_get(ev, "text")),
	    "Postgres");
	sql = find_by_id(skills, "sql");
	assert_non_null(sql);
	assert_true(json_is_true(json_object_get(sql, "implied")));
	assert_string_equal(json_string_value(
	    json_object_get(sql, "implied_by")), "postgresql");
	assert_int_equal(json_array_size(json_object_get(sql, "evidence")), 0);
	json_decref(o);
}

static void
test_json_missing_group_lists_its_members(void **state)
{
	struct fixture	*fx = *state;
	json_t		*o, *lang, *one;

	analyze(fx, "Postgres\n");
	o = render_json(fx);
	lang = find_by_id(json_object_get(o, "missing"), "language");
	assert_non_null(lang);
	assert_int_equal(json_integer_value(json_object_get(lang, "weight")),
	    4);
	one = json_object_get(lang, "one_of");
	assert_int_equal(json_array_size(one), 4);
	assert_string_equal(json_string_value(json_array_get(one, 0)),
	    "python");
	/* A skill requirement has no one_of. */
	assert_null(json_object_get(find_by_id(json_object_get(o, "missing"),
	    "sql"), "one_of"));
	json_decref(o);
}

static void
test_json_null_stage_when_none_reached(void **state)
{
	struct fixture	*fx = *state;
	json_t		*o;

	analyze(fx, "Mentoring\n");
	o = render_json(fx);
	assert_true(json_is_null(json_object_get(o, "stage_reached")));
	json_decref(o);
}

static void
test_json_lists_leadership_evidence(void **state)
{
	struct fixture	*fx = *state;
	json_t		*o, *lead, *ev;

	analyze(fx, "Experience\nMentored 4 engineers through promotions.\n");
	o = render_json(fx);
	lead = json_object_get(o, "leadership");
	assert_int_equal(json_array_size(lead), 1);
	assert_string_equal(json_string_value(json_object_get(
	    json_array_get(lead, 0), "id")), "mentoring");
	ev = json_array_get(json_object_get(json_array_get(lead, 0),
	    "evidence"), 0);
	assert_int_equal(json_integer_value(json_object_get(ev, "line")), 2);
	assert_string_equal(json_string_value(json_object_get(ev,
	    "section")), "experience");
	json_decref(o);
}

static void
test_text_report_has_no_escapes_without_color(void **state)
{
	struct fixture	*fx = *state;
	char		*plain, *colored;

	analyze(fx, "Skills: Python, Postgres\n");
	plain = render(fx, "text", 0);
	colored = render(fx, "text", 1);
	assert_null(strchr(plain, '\033'));
	assert_non_null(strchr(colored, '\033'));
	assert_non_null(strstr(plain, "PostgreSQL"));
	assert_non_null(strstr(plain, "line 1: Postgres"));
	assert_non_null(strstr(plain, "implied by PostgreSQL"));
	free(plain);
	free(colored);
}

static void
test_unknown_format_is_not_found(void **state)
{
	(void)state;
	assert_null(report_find("xml"));
	assert_string_equal(report_names(), "text, json, jsonl, tsv, csv");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_json_has_the_documented_fields),
		cmocka_unit_test(test_json_skill_carries_evidence_and_implication),
		cmocka_unit_test(test_json_missing_group_lists_its_members),
		cmocka_unit_test(test_json_null_stage_when_none_reached),
		cmocka_unit_test(test_json_lists_leadership_evidence),
		cmocka_unit_test(test_text_report_has_no_escapes_without_color),
		cmocka_unit_test(test_unknown_format_is_not_found),
	};

	return cmocka_run_group_tests_name("report", tests,
	    setup_mini, teardown_fixture);
}
