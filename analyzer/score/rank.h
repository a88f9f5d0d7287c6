/*
 * rank.h: many resumes against one posting, ranked best first (--rank).
 * Each analysis leaves a small row (the match, the must-haves met and
 * missing, years, stage); the rows are sorted once every input is in
 * and written in any output format.  Equal matches keep input order,
 * so the ranking is the same whatever the number of workers.  Used by
 * batch.c.
 */
#ifndef GAPCHECK_RANK_H
#define GAPCHECK_RANK_H

#include <stddef.h>
#include <stdio.h>

struct analysis;
struct lexicon;
struct posting;

/* A must-have a resume does not meet, and how near it comes. */
enum rank_short { RANK_ABSENT, RANK_LISTED, RANK_YEARS };

struct rank_miss {
	size_t		 req;		/* the posting's requirement */
	enum rank_short	 how;
	double		 years;		/* RANK_YEARS: shown, or -1 */
};

struct rank_row {
	size_t	 index;		/* input order */
	char	*input;
	char	*error;		/* could not be read: why; or NULL */
	double	 rate;		/* the match, 0 to 1 */
	double	 share;		/* the weighted share */
	int	 weight_met;
	size_t	 musts_met;
	struct rank_miss *missing;	/* must-haves not met */
	size_t	 nmissing;
	int	 years_short;	/* the years overall not shown */
	double	 years;		/* the resume's, or -1 */
	size_t	 stage;		/* reached, or LEX_NONE */
};

struct ranking;

struct ranking	*rank_new(const struct posting *, const struct lexicon *);
void		 rank_free(struct ranking *);

/* Fill row from an analysis against the posting; row owns its arrays. */
void	rank_row_fill(struct rank_row *, const struct analysis *,
	    size_t index);
/* Fill row for an input that could not be read. */
void	rank_row_error(struct rank_row *, const char *input,
	    const char *message, size_t index);
void	rank_row_free(struct rank_row *);

/* Take row (its arrays too) into the ranking. */
void	rank_add(struct ranking *, struct rank_row *);

/*
 * Sort and write every row in format (text, json, jsonl, tsv or csv),
 * read and unreadable inputs alike; color: terminal colours in text.
 */
void	rank_write(struct ranking *, FILE *, const char *format, int color);

#endif
