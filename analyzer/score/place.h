/*
 * place.h: the stage a resume is placed at, from three signals: the
 * stage its skills reach, the stage its latest job title says and the
 * stage its years of experience reach.  Each is kept, so the reports
 * show where they disagree; the rule that combines them is in
 * gapcheck(1), "Placement".  Used by analyze.c; read by the reports.
 */
#ifndef GAPCHECK_PLACE_H
#define GAPCHECK_PLACE_H

#include <stddef.h>

struct experience;
struct titles;

enum place_signal {
	PLACE_NONE,		/* nothing technical: no stage */
	PLACE_SKILLS,
	PLACE_TITLE,
	PLACE_YEARS
};

struct placement {
	size_t			skills;		/* by skills, or LEX_NONE */
	size_t			title;		/* by the latest title */
	size_t			years;		/* by years (or a claim) */
	size_t			stage;		/* reached, or LEX_NONE */
	enum place_signal	decided;	/* the signal that set it */
	int			held_back;	/* title above what years allow */
};

void	place_run(struct placement *, size_t by_skills,
	    const struct titles *, const struct experience *);

/* "skills", "title", "years" or "none". */
const char	*place_signal_name(enum place_signal);

#endif
