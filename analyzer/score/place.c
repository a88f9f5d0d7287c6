/*
 * place.c: one stage from skills, title and years.
 */
#include <stddef.h>

#include "experience.h"
#include "lexicon.h"	/* LEX_NONE */
#include "place.h"
#include "titles.h"

const char *
place_signal_name(enum place_signal s)
{
	switch (s) {
	case PLACE_SKILLS:
		return "skills";
	case PLACE_TITLE:
		return "title";
	case PLACE_YEARS:
		return "years";
	default:
		return "none";
	}
}

void
place_run(struct placement *pl, size_t by_skills, const struct titles *t,
    const struct experience *x)
{
	pl->skills = by_skills;
	pl->title = t->stage;
	pl->years = x->stage;
	pl->held_back = 0;

	/*
	 * Neither a technical skill nor a technical title: years in
	 * another trade place no one on this path.
	 */
	if (pl->skills == LEX_NONE && pl->title == LEX_NONE) {
		pl->stage = LEX_NONE;
		pl->decided = PLACE_NONE;
		return;
	}
	if (pl->title != LEX_NONE) {
		pl->stage = pl->title;
		pl->decided = PLACE_TITLE;
		/*
		 * A title far ahead of the years behind it is generous, but
		 * a company's word for its own people still counts: held
		 * back to one stage above the years, never more than one
		 * stage below the title.
		 */
		if (pl->years != LEX_NONE && pl->title > pl->years + 1) {
			pl->stage = pl->years + 1 > pl->title - 1 ?
			    pl->years + 1 : pl->title - 1;
			pl->held_back = 1;
		}
		return;
	}
	if (pl->years != LEX_NONE) {
		pl->stage = pl->years;
		pl->decided = PLACE_YEARS;
		return;
	}
	/*
	 * Skills alone, with no job title and no dated job: a list of
	 * keywords shows what a person has met, not how senior they are.
	 */
	pl->stage = pl->skills > 0 ? 0 : pl->skills;
	pl->decided = PLACE_SKILLS;
}
