/*
 * score.h: coverage per career stage, the stage reached, the target
 * stage and the missing requirements, heaviest first.  The formula is
 * in gapcheck(1), "Scoring".  Used by analyze.c and the reports.
 */
#ifndef GAPCHECK_SCORE_H
#define GAPCHECK_SCORE_H

#include <stddef.h>

struct findings;
struct lexicon;

struct stage_score {
	int	total;		/* weight this stage requires */
	double	met;		/* weight of it the resume meets, a skill
				   only listed counting listed-weight */
	int	cum_total;	/* the same for this stage and below */
	double	cum_met;
	double	coverage;	/* met / total (1 when nothing is required) */
	double	cumulative;	/* cum_met / cum_total */
};

struct score {
	struct stage_score	*stages;	/* per lexicon stage */
	unsigned char		*req_met;	/* per requirement */
	unsigned char		*used;		/* per skill: shown in use */
	size_t			 by_skills;	/* stage, or LEX_NONE */
	size_t			 reached;	/* stage placed at, or LEX_NONE */
	size_t			 target;	/* stage */
	size_t			*missing;	/* requirement indexes */
	size_t			 nmissing;
	unsigned long long	*keys;		/* scratch for sorting */
};

void	score_init(struct score *, const struct lexicon *);
void	score_free(struct score *);

/*
 * Coverage per stage and the stage by skills: the highest stage whose
 * own coverage and cumulative coverage both reach the threshold.
 */
void	score_run(struct score *, const struct lexicon *,
	    const struct findings *);

/*
 * With the stage reached (by place.h): the target, a stage index or
 * LEX_NONE for the stage after reached, and what it misses.
 */
void	score_target(struct score *, const struct lexicon *, size_t reached,
	    size_t target);

/* Whether the requirement's skill or one of its group's members is met. */
int	score_req_met(const struct lexicon *, const struct findings *,
	    size_t req);

#endif
