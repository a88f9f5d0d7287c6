/* test_dates.c: every date form resumes use, on normalized text. */
#include "unit.h"
#include "dates.h"
#include "norm.h"

#define M(y, m)	((y) * 12 + (m) - 1)	/* month m (1-12) of year y */
#define TODAY	M(2026, 11)

static int
setup(void **state)
{
	*state = dates_new();
	return 0;
}

static int
teardown(void **state)
{
	dates_free(*state);
	return 0;
}

/* The one range in text: its start and end months. */
static void
check_range(struct dates *d, const char *text, int start, int end, int open)
{
	char			*n = norm_string(text);
	struct date_range	 r[4];
	size_t			 got = dates_ranges(d, n, strlen(n), TODAY, r, 4);

	if (got != 1)
		fail_msg("\"%s\": %zu ranges", text, got);
	if (r[0].start != start || r[0].end != end || r[0].open != open)
		fail_msg("\"%s\": months %d-%d open %d, want %d-%d open %d",
		    text, r[0].start, r[0].end, r[0].open, start, end, open);
	free(n);
}

static void
test_month_name_to_present(void **state)
{
	check_range(*state, "Jan 2019 - Present", M(2019, 1), TODAY, 1);
	check_range(*state, "Backend Engineer, Acme (Sept. 2021 – Present)",
	    M(2021, 9), TODAY, 1);
}

static void
test_full_month_to_date(void **state)
{
	check_range(*state, "January 2019 to date", M(2019, 1), TODAY, 1);
}

static void
test_year_to_year_counts_whole_years(void **state)
{
	check_range(*state, "2016-2019", M(2016, 1), M(2019, 1), 0);
	check_range(*state, "2016 \xE2\x80\x94 2019", M(2016, 1), M(2019, 1),
	    0);						/* em dash */
}

static void
test_numeric_months(void **state)
{
	/* March to June inclusive: end is the month after June. */
	check_range(*state, "03/2018 - 06/2020", M(2018, 3), M(2020, 7), 0);
	check_range(*state, "2018.03 - 2020.06", M(2018, 3), M(2020, 7), 0);
}

static void
test_since_and_now(void **state)
{
	check_range(*state, "Since 2020", M(2020, 1), TODAY, 1);
	check_range(*state, "2019 - now", M(2019, 1), TODAY, 1);
}

static void
test_seasons(void **state)
{
	check_range(*state, "Summer 2018 - Spring 2019", M(2018, 6),
	    M(2019, 6), 0);
}

static void
test_en_dash_and_month_names(void **state)
{
	check_range(*state, "Mar 2018 \xE2\x80\x93 Jun 2020", M(2018, 3),
	    M(2020, 7), 0);
}

static void
test_range_split_over_lines(void **state)
{
	check_range(*state, "Jan 2019 -\nMar 2020", M(2019, 1), M(2020, 4), 0);
}

static void
test_range_split_over_table_rows(void **state)
{
	check_range(*state, "| Apr 2023 \xE2\x80\x93     | Vistula Bank    | "
	    "Java services |\n| present        | Engineer        |",
	    M(2023, 4), TODAY, 1);
	check_range(*state, "2007 \xE2\x80\x93\tNorthwind\tEngineer\tBilling\n"
	    "2011\n", M(2007, 1), M(2011, 1), 0);
}

static void
test_same_year_is_a_year(void **state)
{
	check_range(*state, "2019 - 2019", M(2019, 1), M(2020, 1), 0);
}

static void
test_not_ranges(void **state)
{
	struct date_range	 r[4];
	const char		*texts[] = {
		"graduated in 2019", "call 555-2019", "version 2019.1",
		"20190-20201", "future: 2031 - 2032"
	};
	size_t			 i;

	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		char *n = norm_string(texts[i]);
		if (dates_ranges(*state, n, strlen(n), TODAY, r, 4) != 0)
			fail_msg("\"%s\" read as a range", texts[i]);
		free(n);
	}
}

static void
test_claimed_years(void **state)
{
	struct dates	*d = *state;
	const char	*a = "8+ years of experience building apis";
	const char	*b = "over 10 years of professional backend experience";
	const char	*c = "a 3-year degree";

	assert_true(dates_claimed_years(d, a, strlen(a)) == 8.0);
	assert_true(dates_claimed_years(d, b, strlen(b)) == 10.0);
	assert_true(dates_claimed_years(d, c, strlen(c)) < 0);
}

static void
test_iso_dates(void **state)
{
	int	day;

	(void)state;
	assert_int_equal(dates_parse_iso("2026-11-22", &day), M(2026, 11));
	assert_int_equal(day, 22);
	assert_int_equal(dates_parse_iso("2026-13-01", &day), -1);
	assert_int_equal(dates_parse_iso("22/11/2026", &day), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_month_name_to_present),
		cmocka_unit_test(test_full_month_to_date),
		cmocka_unit_test(test_year_to_year_counts_whole_years),
		cmocka_unit_test(test_numeric_months),
		cmocka_unit_test(test_since_and_now),
		cmocka_unit_test(test_seasons),
		cmocka_unit_test(test_en_dash_and_month_names),
		cmocka_unit_test(test_range_split_over_lines),
		cmocka_unit_test(test_range_split_over_table_rows),
		cmocka_unit_test(test_same_year_is_a_year),
		cmocka_unit_test(test_not_ranges),
		cmocka_unit_test(test_claimed_years),
		cmocka_unit_test(test_iso_dates),
	};

	return cmocka_run_group_tests_name("dates", tests, setup, teardown);
}
