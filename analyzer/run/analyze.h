/*
 * analyze.h: run one document through normalize -> scan -> match ->
 * score, reusing one worker's buffers from document to document.
 * Used by main.c and the tests.
 */
#ifndef GAPCHECK_ANALYZE_H
#define GAPCHECK_ANALYZE_H

#include <stddef.h>

#include "experience.h"
#include "match.h"
#include "norm.h"
#include "place.h"
#include "posting.h"
#include "score.h"
#include "sections.h"
#include "titles.h"

struct diag;
struct doc;
struct lexicon;
struct scanner;

/* What the reports read: all borrowed, valid until the next run. */
struct analysis {
	const struct lexicon	*lx;
	const struct doc	*doc;
	const struct norm	*norm;
	const struct findings	*findings;
	const struct score	*score;
	const struct experience	*experience;
	const struct titles	*titles;
	const struct placement	*placement;
	const struct posting	*posting;	/* or NULL */
	const struct posting_match *match;	/* against it, or NULL */
};

struct analyzer {
	const struct lexicon	*lx;
	struct norm		 norm;
	struct scanner		*scanner;
	struct sections		 sections;
	struct findings		 findings;
	struct score		 score;
	struct experience	 experience;
	struct titles		 titles;
	struct placement	 placement;
	int			 today;		/* months; "Present" */
	const struct posting	*posting;	/* borrowed, or NULL */
	struct posting_match	 match;
	struct analysis		 result;
};

/*
 * One per thread; lex is borrowed and must outlive it.  "Present" in a
 * date range means today's month unless today is set to another.
 */
struct analyzer	*analyzer_new(const struct lexicon *lex);
void		 analyzer_free(struct analyzer *);

/* Compare every resume with p (borrowed; outlives the analyzer). */
void		 analyzer_set_posting(struct analyzer *, const struct posting *p);

/* target: a stage index, or LEX_NONE for the stage after the one reached. */
const struct analysis	*analyzer_run(struct analyzer *, const struct doc *,
			    size_t target, struct diag *);

#endif
