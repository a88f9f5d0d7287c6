/*
 * analyze.c: the pipeline for one document.
 */
#include <stdlib.h>
#include <time.h>

#include "analyze.h"
#include "diag.h"
#include "lexicon.h"
#include "read.h"
#include "scan.h"
#include "util.h"

struct analyzer *
analyzer_new(const struct lexicon *lx)
{
	struct analyzer	*a = xcalloc(1, sizeof(*a));
	time_t		 now = time(NULL);
	struct tm	 tm;

	a->lx = lx;
	gmtime_r(&now, &tm);
	a->today = (tm.tm_year + 1900) * 12 + tm.tm_mon;
	a->scanner = scanner_new(lx);
	experience_init(&a->experience);
	titles_init(&a->titles);
	findings_init(&a->findings, lx);
	score_init(&a->score, lx);
	return a;
}

void
analyzer_free(struct analyzer *a)
{
	if (a == NULL)
		return;
	norm_free(&a->norm);
	scanner_free(a->scanner);
	sections_free(&a->sections);
	experience_free(&a->experience);
	titles_free(&a->titles);
	posting_match_free(&a->match);
	findings_free(&a->findings);
	score_free(&a->score);
	free(a);
}

void
analyzer_set_posting(struct analyzer *a, const struct posting *p)
{
	posting_match_free(&a->match);
	a->posting = p;
	if (p != NULL)
		posting_match_init(&a->match, p);
}

const struct analysis *
analyzer_run(struct analyzer *a, const struct doc *doc, size_t target,
    struct diag *diag)
{
	const struct scan_hit	*hits;
	size_t			 nhits;
	int			 incomplete;

	norm_run(&a->norm, doc->text, doc->len);
	if (a->norm.truncated)
		diag_warning(diag, doc->name, 0, "text over 4 GiB once "
		    "normalized; only its first 4 GiB were analyzed");
	nhits = scan_run(a->scanner, a->norm.text, a->norm.len, &hits,
	    &incomplete);
	if (incomplete)
		diag_warning(diag, doc->name, 0, "skill patterns stopped at "
		    "their match limit; some mentions may be missing");
	sections_run(&a->sections, a->lx, a->norm.text, a->norm.len);
	match_run(&a->findings, &a->norm, &a->sections, hits, nhits);
	experience_run(&a->experience, a->lx, &a->norm, &a->sections,
	    a->today);
	titles_run(&a->titles, a->lx, &a->norm, &a->sections,
	    &a->experience);
	score_run(&a->score, a->lx, &a->findings);
	place_run(&a->placement, a->score.by_skills, &a->titles,
	    &a->experience);
	score_target(&a->score, a->lx, a->placement.stage, target);

	a->result.lx = a->lx;
	a->result.doc = doc;
	a->result.norm = &a->norm;
	a->result.findings = &a->findings;
	a->result.score = &a->score;
	a->result.experience = &a->experience;
	a->result.titles = &a->titles;
	a->result.placement = &a->placement;
	a->result.posting = a->posting;
	a->result.match = NULL;
	if (a->posting != NULL) {
		posting_compare(a->posting, &a->findings, a->score.used,
		    &a->experience, &a->sections, &a->match);
		a->result.match = &a->match;
	}
	return &a->result;
}
