/*
 * experience.h: years of professional experience, from the date ranges
 * in the experience sections (overlapping jobs merged, education and
 * volunteering left out), and the stage those years place a person at.
 * A claim such as "8+ years of experience" is kept as weaker evidence.
 * Used by analyze.c; read by the reports.
 */
#ifndef GAPCHECK_EXPERIENCE_H
#define GAPCHECK_EXPERIENCE_H

#include <stddef.h>
#include <stdint.h>

#include "dates.h"

struct lexicon;
struct norm;
struct sections;

struct experience {
	double			 years;		/* from dates; < 0 if none */
	double			 claimed;	/* claimed; < 0 if none */
	size_t			 stage;		/* by years, or LEX_NONE */
	int			 from_claim;	/* stage from the claim */
	struct date_range	*ranges;	/* the ranges counted */
	uint32_t		*lines;		/* their 1-based lines */
	uint32_t		*firsts;	/* each job's first line: the
						   title line just above a date
						   that stands alone, or the
						   date's own */
	size_t			 nranges;
	size_t			 cap;
	struct dates		*dates;
};

/*
 * Years as every report shows them: to one decimal, halves rounded up,
 * so 75 months is 6.3 in text, JSON and TSV alike.
 */
double	experience_tenths(double years);

void	experience_init(struct experience *);
void	experience_free(struct experience *);

/* today: months since year 0, for "Present". */
void	experience_run(struct experience *, const struct lexicon *,
	    const struct norm *, const struct sections *, int today);

/*
 * Years of the counted jobs that show something on one of lines[0..n)
 * (1-based): a job's lines run from its first line to the line before
 * the next job's, within its section.  Overlaps count once.  -1 if no
 * line lies in a counted job.
 */
double	experience_years_on(const struct experience *,
	    const struct sections *, const uint32_t *lines, size_t n);

#endif
