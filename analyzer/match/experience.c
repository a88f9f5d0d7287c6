/*
 * experience.c: count the months the ranges cover, once each.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "experience.h"
#include "lexicon.h"
#include "norm.h"
#include "sections.h"
#include "util.h"

/* More ranges than a resume has; the rest are not counted. */
#define EXPERIENCE_MAXRANGES	256

double
experience_tenths(double years)
{
	return round(years * 10.0) / 10.0;
}

void
experience_init(struct experience *x)
{
	memset(x, 0, sizeof(*x));
	x->dates = dates_new();
	x->ranges = xcalloc(EXPERIENCE_MAXRANGES, sizeof(*x->ranges));
	x->lines = xcalloc(EXPERIENCE_MAXRANGES, sizeof(*x->lines));
	x->firsts = xcalloc(EXPERIENCE_MAXRANGES, sizeof(*x->firsts));
}

void
experience_free(struct experience *x)
{
	dates_free(x->dates);
	free(x->ranges);
	free(x->lines);
	free(x->firsts);
	memset(x, 0, sizeof(*x));
}

static int
by_start(const void *a, const void *b)
{
	const struct date_range	*x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

/* Months covered by the ranges, overlaps counted once. */
static int
merged_months(const struct date_range *r, size_t n)
{
	struct date_range	*v;
	size_t			 i;
	int			 months = 0, start, end;

	if (n == 0)
		return 0;
	v = xreallocarray(NULL, n, sizeof(*v));
	memcpy(v, r, n * sizeof(*v));
	qsort(v, n, sizeof(*v), by_start);
	start = v[0].start;
	end = v[0].end;
	for (i = 1; i < n; i++) {
		if (v[i].start > end) {
			months += end - start;
			start = v[i].start;
		}
		if (v[i].end > end)
			end = v[i].end;
	}
	months += end - start;
	free(v);
	return months;
}

/* Whether any line lies in an experience section. */
static int
has_experience_section(const struct lexicon *lx, const struct sections *sc)
{
	size_t	i, section;

	for (i = 0; i < sc->nlines; i++)
		if ((section = sections_section(sc, i)) != LEX_NONE &&
		    lx->sections[section].experience)
			return 1;
	return 0;
}

static size_t
stage_for_years(const struct lexicon *lx, double years)
{
	size_t	s;

	for (s = lx->nstages; s-- > 0; )
		if (years >= lx->stages[s].from)
			return s;
	return 0;
}

/*
 * Whether the line text[from..to) can be a job's title line above its
 * date: not blank, and not a bullet of the job before.
 */
static int
title_line(const char *text, size_t from, size_t to)
{
	while (from < to && (text[from] == ' ' || text[from] == '\t'))
		from++;
	if (from == to)
		return 0;
	if (text[from] == '-' || text[from] == '*' || (to - from >= 3 &&
	    memcmp(text + from, "\xe2\x80\xa2", 3) == 0))
		return 0;
	return 1;
}

/* Whether text[from..to) outside the range r holds a letter. */
static int
more_than_dates(const char *text, size_t from, size_t to,
    const struct date_range *r)
{
	size_t	i;

	for (i = from; i < to; i++) {
		if (i >= r->at && i < r->at + r->len)
			continue;
		if ((text[i] | 0x20) >= 'a' && (text[i] | 0x20) <= 'z')
			return 1;
	}
	return 0;
}

void
experience_run(struct experience *x, const struct lexicon *lx,
    const struct norm *n, const struct sections *sc, int today)
{
	struct date_range	 found[EXPERIENCE_MAXRANGES];
	size_t			 nfound, i, sec, label, off = 0;
	size_t			 cur = 0, prev = 0, eol;
	uint32_t		 line = 0;
	int			 any_section;

	nfound = dates_ranges(x->dates, n->text, n->len, today, found,
	    EXPERIENCE_MAXRANGES);
	any_section = has_experience_section(lx, sc);
	x->nranges = 0;
	for (i = 0; i < nfound; i++) {
		/* The line of the range's start, counting forward. */
		for (; off < found[i].at; off++)
			if (n->text[off] == '\n') {
				line++;
				prev = cur;
				cur = off + 1;
			}
		sec = sections_section(sc, line);
		/*
		 * Without an experience heading, every date range outside
		 * a known other section counts: a resume with no headings
		 * is mostly its jobs.
		 */
		if (any_section ? sec == LEX_NONE ||
		    !lx->sections[sec].experience : sec != LEX_NONE)
			continue;
		/* "Education: courses (2014 - 2016)" among the jobs. */
		label = sections_label(sc, line);
		if (label != LEX_NONE && !lx->sections[label].experience)
			continue;
		x->ranges[x->nranges] = found[i];
		x->lines[x->nranges] = line + 1;
		/*
		 * "Senior Go Engineer" above "Acme, 2019 - 2022": the
		 * title belongs to the job, unless the date's line says
		 * more than dates or the line above is a bullet.
		 */
		eol = found[i].at;
		while (eol < n->len && n->text[eol] != '\n')
			eol++;
		x->firsts[x->nranges] = line + 1;
		if (line > 0 && !more_than_dates(n->text, cur, eol, &found[i]) &&
		    title_line(n->text, prev, cur - 1) &&
		    sections_section(sc, line - 1) == sec)
			x->firsts[x->nranges] = line;
		x->nranges++;
	}
	x->years = x->nranges > 0 ?
	    merged_months(x->ranges, x->nranges) / 12.0 : -1;
	x->claimed = dates_claimed_years(x->dates, n->text, n->len);
	x->from_claim = x->years < 0 && x->claimed >= 0;
	if (x->years >= 0)
		x->stage = stage_for_years(lx, x->years);
	else if (x->claimed >= 0)
		x->stage = stage_for_years(lx, x->claimed);
	else
		x->stage = LEX_NONE;
}

double
experience_years_on(const struct experience *x, const struct sections *sc,
    const uint32_t *lines, size_t n)
{
	struct date_range	*pick;
	unsigned char		*job;
	size_t			 i, j, k, npick = 0;
	double			 years;

	if (x->nranges == 0 || n == 0)
		return -1;
	job = xcalloc(x->nranges, 1);
	for (i = 0; i < n; i++) {
		/* The last job that starts at or above the line. */
		for (j = x->nranges; j-- > 0 && x->firsts[j] > lines[i]; )
			continue;
		if (j == (size_t)-1 || sections_section(sc, lines[i] - 1) !=
		    sections_section(sc, x->lines[j] - 1))
			continue;
		/* Two ranges on one line are one job's. */
		for (k = j + 1; k-- > 0 && x->firsts[k] == x->firsts[j]; )
			job[k] = 1;
	}
	pick = xcalloc(x->nranges, sizeof(*pick));
	for (j = 0; j < x->nranges; j++)
		if (job[j])
			pick[npick++] = x->ranges[j];
	years = npick > 0 ? merged_months(pick, npick) / 12.0 : -1;
	free(pick);
	free(job);
	return years;
}
