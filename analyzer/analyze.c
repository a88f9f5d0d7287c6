/*
 * analyze.c: the pipeline for one document.
 */
#include <stdlib.h>

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

	a->lx = lx;
	a->scanner = scanner_new(lx);
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
	findings_free(&a->findings);
	score_free(&a->score);
	free(a);
}

const struct analysis *
analyzer_run(struct analyzer *a, const struct doc *doc, size_t target,
    struct diag *diag)
{
	const struct scan_hit	*hits;
	const struct token	*toks;
	size_t			 nhits, ntoks;
	int			 incomplete;

	norm_run(&a->norm, doc->text, doc->len);
	nhits = scan_run(a->scanner, a->norm.text, a->norm.len, &hits,
	    &incomplete);
	if (incomplete)
		diag_warning(diag, doc->name, 0, "skill patterns stopped at "
		    "their match limit; some mentions may be missing");
	ntoks = scan_tokens(a->scanner, &toks);
	match_run(&a->findings, &a->norm, toks, ntoks, hits, nhits);
	score_run(&a->score, a->lx, &a->findings, target);

	a->result.lx = a->lx;
	a->result.doc = doc;
	a->result.norm = &a->norm;
	a->result.findings = &a->findings;
	a->result.score = &a->score;
	return &a->result;
}
