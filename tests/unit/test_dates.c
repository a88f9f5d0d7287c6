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

/* Every spelling of a month, in the languages resumes come in. */
static void
test_month_names_in_other_languages(void **state)
{
	static const struct {
		const char	*name;
		int		 month;
	} names[] = {
		{ "janvier", 1 }, { "janv.", 1 }, { "Januar", 1 },
		{ "J\xC3\xA4nner", 1 }, { "enero", 1 }, { "ene.", 1 },
		{ "janeiro", 1 }, { "gennaio", 1 }, { "gen.", 1 },
		{ "januari", 1 },
		{ "f\xC3\xA9vrier", 2 }, { "f\xC3\xA9vr.", 2 },
		{ "f\xC3\xA9v.", 2 }, { "fevr.", 2 }, { "Feb.", 2 },
		{ "Februar", 2 }, { "febrero", 2 }, { "fevereiro", 2 },
		{ "fev.", 2 }, { "febbraio", 2 }, { "februari", 2 },
		{ "mars", 3 }, { "M\xC3\xA4rz", 3 }, { "Maerz", 3 },
		{ "marzo", 3 }, { "mar.", 3 }, { "mar\xC3\xA7o", 3 },
		{ "maart", 3 }, { "mrt.", 3 },
		{ "avril", 4 }, { "avr.", 4 }, { "abril", 4 }, { "abr.", 4 },
		{ "aprile", 4 },
		{ "mai", 5 }, { "Mai", 5 }, { "mayo", 5 }, { "maio", 5 },
		{ "maggio", 5 }, { "mag.", 5 }, { "mei", 5 },
		{ "juin", 6 }, { "Juni", 6 }, { "junio", 6 }, { "jun.", 6 },
		{ "junho", 6 }, { "giugno", 6 }, { "giu.", 6 },
		{ "juillet", 7 }, { "juil.", 7 }, { "Juli", 7 },
		{ "julio", 7 }, { "jul.", 7 }, { "julho", 7 },
		{ "luglio", 7 }, { "lug.", 7 },
		{ "ao\xC3\xBBt", 8 }, { "aout", 8 }, { "agosto", 8 },
		{ "ago.", 8 }, { "augustus", 8 },
		{ "sept.", 9 }, { "septembre", 9 }, { "septiembre", 9 },
		{ "set.", 9 }, { "setembro", 9 }, { "settembre", 9 },
		{ "octobre", 10 }, { "Oktober", 10 }, { "Okt.", 10 },
		{ "octubre", 10 }, { "outubro", 10 }, { "out.", 10 },
		{ "ottobre", 10 }, { "ott.", 10 }, { "oct.", 10 },
		{ "novembre", 11 }, { "noviembre", 11 }, { "novembro", 11 },
		{ "nov.", 11 },
		{ "d\xC3\xA9" "c.", 12 }, { "d\xC3\xA9" "cembre", 12 },
		{ "Dezember", 12 }, { "Dez.", 12 }, { "diciembre", 12 },
		{ "dic.", 12 }, { "dezembro", 12 }, { "dicembre", 12 },
	};
	char	text[64];
	size_t	i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		snprintf(text, sizeof(text), "%s 2019 - 2021", names[i].name);
		check_range(*state, text, M(2019, names[i].month),
		    M(2021, 1), 0);
	}
	check_range(*state, "enero de 2019 - marzo de 2020", M(2019, 1),
	    M(2020, 4), 0);
	check_range(*state, "jan/2019 - dez/2020", M(2019, 1), M(2021, 1),
	    0);
}

/* The words for now, each after a dash and a start. */
static void
test_present_in_other_languages(void **state)
{
	static const char *const words[] = {
		"aujourd'hui", "aujourd\xE2\x80\x99hui", "\xC3\xA0 ce jour",
		"pr\xC3\xA9sent", "actuel", "en cours",
		"jusqu'\xC3\xA0 aujourd'hui",
		"heute", "bis heute", "jetzt", "derzeit", "laufend",
		"actualidad", "la actualidad", "hasta la fecha", "presente",
		"la fecha", "actual", "atual", "o momento",
		"at\xC3\xA9 o momento", "hoje", "oggi", "ad oggi", "in corso",
		"attuale", "heden", "nu", "huidig",
	};
	char	text[64];
	size_t	i;

	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		snprintf(text, sizeof(text), "Mai 2019 \xE2\x80\x93 %s",
		    words[i]);
		check_range(*state, text, M(2019, 5), TODAY, 1);
	}
	/* The word for "until" alone, no dash. */
	check_range(*state, "2019 bis heute", M(2019, 1), TODAY, 1);
	check_range(*state, "2019 \xC3\xA0 ce jour", M(2019, 1), TODAY, 1);
	check_range(*state, "2019 hasta la actualidad", M(2019, 1), TODAY, 1);
	check_range(*state, "2019 tot heden", M(2019, 1), TODAY, 1);
}

static void
test_range_words_in_other_languages(void **state)
{
	check_range(*state, "De sept. 2017 \xC3\xA0 f\xC3\xA9vr. 2019",
	    M(2017, 9), M(2019, 3), 0);
	check_range(*state, "du 01/2019 au 06/2021", M(2019, 1),
	    M(2021, 7), 0);
	check_range(*state, "von 2015 bis 2018", M(2015, 1), M(2018, 1), 0);
	check_range(*state, "desde 2015 hasta 2018", M(2015, 1), M(2018, 1),
	    0);
	check_range(*state, "de 2015 a 2018", M(2015, 1), M(2018, 1), 0);
	check_range(*state, "dal 2015 al 2018", M(2015, 1), M(2018, 1), 0);
	check_range(*state, "van 2015 tot 2018", M(2015, 1), M(2018, 1), 0);
	check_range(*state, "da gennaio 2020 a oggi", M(2020, 1), TODAY, 1);
}

/* "seit 2019" is since 2019, to today; "von 2019" alone is no range. */
static void
test_since_in_other_languages(void **state)
{
	struct date_range	 r[4];
	char			*n;

	check_range(*state, "seit 2019", M(2019, 1), TODAY, 1);
	check_range(*state, "seit M\xC3\xA4rz 2020", M(2020, 3), TODAY, 1);
	check_range(*state, "depuis janvier 2021", M(2021, 1), TODAY, 1);
	check_range(*state, "desde 2018", M(2018, 1), TODAY, 1);
	check_range(*state, "sinds 2017", M(2017, 1), TODAY, 1);
	check_range(*state, "\xC3\xA0 partir d'avril 2016", M(2016, 4),
	    TODAY, 1);
	n = norm_string("von 2019, Master de 2014, M.Sc. 2016");
	assert_int_equal(dates_ranges(*state, n, strlen(n), TODAY, r, 4), 0);
	free(n);
}

static void
test_numeric_months_in_other_forms(void **state)
{
	check_range(*state, "03.2019 - 06.2021", M(2019, 3), M(2021, 7), 0);
	check_range(*state, "3.2019 - 6.2021", M(2019, 3), M(2021, 7), 0);
	check_range(*state, "2019-03 - 2021-06", M(2019, 3), M(2021, 7), 0);
	check_range(*state, "01.03.2019 - 30.06.2021", M(2019, 3),
	    M(2021, 7), 0);
	check_range(*state, "2019 \xE2\x80\x93 heute", M(2019, 1), TODAY, 1);
	check_range(*state, "03/2019 \xE2\x80\x93 heute", M(2019, 3), TODAY,
	    1);
	/* A year and a hyphen before a year is a range of years still. */
	check_range(*state, "2010-2012", M(2010, 1), M(2012, 1), 0);
}

/*
 * Ranges are tried only where a date may start: after no letter, digit,
 * slash or dot, at a digit, a month, a season or a word for "since" or
 * "from", or next to a character beyond ASCII, which may be a space
 * or a letter.  Each of these must still be found.
 */
static void
test_where_ranges_start(void **state)
{
	check_range(*state, "(jan2019 - present)", M(2019, 1), TODAY, 1);
	check_range(*state, "Jan\xC2\xA0" "2019 - Mar\xC2\xA0" "2020",
	    M(2019, 1), M(2020, 4), 0);			/* no-break spaces */
	check_range(*state, "\xC5\xBFince 2019", M(2019, 1), TODAY, 1);
	check_range(*state, "Engineer \xC2\xB7 M\xC3\xA4rz 2019 bis heute",
	    M(2019, 3), TODAY, 1);
	check_range(*state, "Engineer|Fall 2018 - Spring 2019", M(2018, 9),
	    M(2019, 6), 0);
	check_range(*state, "a partir de 2019", M(2019, 1), TODAY, 1);
	check_range(*state, "1998 until   | Acme\njan 2001", M(1998, 1),
	    M(2001, 2), 0);				/* split over rows */
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
		cmocka_unit_test(test_month_names_in_other_languages),
		cmocka_unit_test(test_present_in_other_languages),
		cmocka_unit_test(test_range_words_in_other_languages),
		cmocka_unit_test(test_since_in_other_languages),
		cmocka_unit_test(test_numeric_months_in_other_forms),
		cmocka_unit_test(test_where_ranges_start),
		cmocka_unit_test(test_same_year_is_a_year),
		cmocka_unit_test(test_not_ranges),
		cmocka_unit_test(test_claimed_years),
		cmocka_unit_test(test_iso_dates),
	};

	return cmocka_run_group_tests_name("dates", tests, setup, teardown);
}
