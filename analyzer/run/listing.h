/*
 * listing.h: --list-skills, the lexicon as a table a person can grep and
 * a script can read: every skill with its kind, what the role makes of
 * it and every spelling.  Used by main.c.
 */
#ifndef GAPCHECK_LISTING_H
#define GAPCHECK_LISTING_H

#include <stddef.h>
#include <stdio.h>

struct lexicon;

/*
 * Print the skills that match any of the patterns (all of them when
 * there is none): a pattern matches, ignoring case, part of a skill's
 * id, name or a spelling, or the whole of its kind or category id.
 * Returns how many were printed.
 */
size_t	listing_skills(const struct lexicon *, char *const *patterns,
	    size_t npatterns, FILE *);

#endif
