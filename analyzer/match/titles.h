/*
 * titles.h: the job titles a resume holds, and the stage the latest
 * says.  A title is a short clause that names a job ("Senior Backend
 * Engineer", "Tech Lead", "Ingénieur logiciel"): on a line of an
 * experience section that is not a bullet, or in the headline above the
 * first heading.  Its stage is the highest rank word in the clause
 * ("staff", "senior", "ii"), or the job's own.  Which phrase means what
 * is lexicon data (job-title, title-rank).  A title takes the date range
 * on its line or next to it, so the latest job's title is known; a
 * headline with a rank word ranks a latest title that has none.  Used
 * by analyze.c; read by place.c and the reports.
 */
#ifndef GAPCHECK_TITLES_H
#define GAPCHECK_TITLES_H

#include <stddef.h>
#include <stdint.h>

struct experience;
struct lexicon;
struct norm;
struct sections;

struct title {
	uint32_t	line;		/* 1-based */
	uint32_t	start, end;	/* the clause, normalized offsets */
	size_t		stage;
	size_t		range;		/* experience range, or LEX_NONE */
	int		headline;	/* above the first heading */
	int		ranked;		/* a rank word says its stage */
};

struct titles {
	struct title	*v;
	size_t		 n, cap;
	size_t		 latest;	/* index into v, or LEX_NONE */
	size_t		 stage;		/* the latest's, or LEX_NONE */
};

void	titles_init(struct titles *);
void	titles_free(struct titles *);

/* Find the titles of the normalized text n. */
void	titles_run(struct titles *, const struct lexicon *,
	    const struct norm *, const struct sections *,
	    const struct experience *);

#endif
