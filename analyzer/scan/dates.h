/*
 * dates.h: find employment date ranges in normalized text, in the forms
 * resumes use: "Jan 2019 - Present", "January 2019 to date", "2016-2019",
 * "03/2018 - 06/2020", "2018.03 - 2020.06", "Since 2020", "2019 - now",
 * "Summer 2018 - Spring 2019", the same in French, German, Spanish,
 * Portuguese, Italian and Dutch ("janv. 2022 - aujourd'hui", "seit
 * 03.2019", "desde 2015 hasta 2018"), and claims such as "8+ years of
 * experience".  Dashes of every kind arrive as '-' (norm.c lumps them).
 * Used by experience.c.  One struct dates per thread.
 */
#ifndef GAPCHECK_DATES_H
#define GAPCHECK_DATES_H

#include <stddef.h>

/* Months since year 0: 2019-01 is 2019 * 12 + 0. */
struct date_range {
	int	start;		/* first month worked */
	int	end;		/* first month after the range */
	int	open;		/* ended in "present", "now", ... */
	size_t	at;		/* offset of the range in the text */
	size_t	len;
};

struct dates;

struct dates	*dates_new(void);
void		 dates_free(struct dates *);

/*
 * The date ranges in text[0..len), in order, with today (in months) for
 * open ends; returns how many were stored, at most max.
 */
size_t	dates_ranges(struct dates *, const char *text, size_t len,
	    int today, struct date_range *out, size_t max);

/* Years claimed in text ("8+ years of experience"), or -1. */
double	dates_claimed_years(struct dates *, const char *text, size_t len);

/* "2026-11-22" into months (and *day); -1 if malformed. */
int	dates_parse_iso(const char *, int *day);

#endif
