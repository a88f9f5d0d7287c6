/*
 * posting.c: a posting's requirements, and how far a resume meets them.
 */
#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "diag.h"
#include "lexicon.h"
#include "posting.h"
#include "read.h"
#include "util.h"

/*
 * The weight of the heaviest section a skill is named in, and in *at
 * the evidence that gave it.
 */
static int
skill_weight(const struct lexicon *lx, const struct findings *f, size_t s,
    size_t *at)
{
	const struct evidence	*e;
	struct evidence		 ev;
	size_t			 i;
	int			 w, best = 0;

	*at = f->first[s];
	for (i = 0; i < f->count[s]; i++) {
		e = match_evidence(f, f->first[s] + i, &ev);
		if (e->kind != EVIDENCE_NAMED)
			continue;
		w = e->section != LEX_NONE &&
		    lx->sections[e->section].posting_weight > 0 ?
		    lx->sections[e->section].posting_weight :
		    lx->posting_weight;
		if (w > best) {
			best = w;
			*at = f->first[s] + i;
		}
	}
	return best;
}

static int
req_cmp(const void *a, const void *b)
{
	const struct posting_req	*x = a, *y = b;

	if (x->weight != y->weight)
		return x->weight > y->weight ? -1 : 1;
	return x->skills[0] < y->skills[0] ? -1 : x->skills[0] > y->skills[0];
}

/* One requirement per skill named, or per group of skills named. */
static void
build_reqs(struct posting *p, const struct lexicon *lx)
{
	const struct findings	*f = p->analysis->findings;
	struct posting_req	*r;
	size_t			 s, i, cap = 0, at;
	int			 w;

	for (s = 0; s < lx->nskills; s++) {
		if (f->state[s] != SKILL_FOUND)
			continue;
		w = skill_weight(lx, f, s, &at);
		r = NULL;
		if (lx->skills[s].group != LEX_NONE)
			for (i = 0; i < p->nreqs; i++)
				if (p->reqs[i].group == lx->skills[s].group)
					r = &p->reqs[i];
		if (r == NULL) {
			xgrow(&p->reqs, &cap, p->nreqs + 1, sizeof(*p->reqs));
			r = &p->reqs[p->nreqs++];
			memset(r, 0, sizeof(*r));
			r->group = lx->skills[s].group;
		}
		r->skills = xreallocarray(r->skills, r->nskills + 1,
		    sizeof(*r->skills));
		r->skills[r->nskills++] = s;
		if (w > r->weight || r->nskills == 1) {
			r->weight = w > r->weight ? w : r->weight;
			r->first_ev = at;
		}
	}
	if (p->nreqs > 1)
		qsort(p->reqs, p->nreqs, sizeof(*p->reqs), req_cmp);
	for (i = 0; i < p->nreqs; i++)
		p->total += p->reqs[i].weight;
}

struct posting *
posting_load(const char *path, const struct lexicon *lx,
    const struct read_options *ro, int today, struct diag *diag)
{
	struct posting	*p;
	struct doc	*doc;

	if ((doc = doc_read(path, ro, diag)) == NULL)
		return NULL;
	p = xcalloc(1, sizeof(*p));
	p->doc = doc;
	p->an = analyzer_new(lx);
	p->an->today = today;
	p->analysis = analyzer_run(p->an, doc, LEX_NONE, diag);
	build_reqs(p, lx);
	if (p->nreqs == 0)
		diag_warning(diag, doc->name, 0, "the posting names no skill "
		    "of role %s", lx->role);
	return p;
}

void
posting_free(struct posting *p)
{
	size_t	i;

	if (p == NULL)
		return;
	for (i = 0; i < p->nreqs; i++)
		free(p->reqs[i].skills);
	free(p->reqs);
	analyzer_free(p->an);
	doc_free(p->doc);
	free(p);
}

void
posting_match_init(struct posting_match *m, const struct posting *p)
{
	memset(m, 0, sizeof(*m));
	m->met = xcalloc(p->nreqs, 1);
}

void
posting_match_free(struct posting_match *m)
{
	free(m->met);
	memset(m, 0, sizeof(*m));
}

void
posting_compare(const struct posting *p, const struct findings *resume,
    struct posting_match *m)
{
	const struct posting_req	*r;
	size_t				 i, j;
	int				 st;

	m->weight_met = 0;
	for (i = 0; i < p->nreqs; i++) {
		r = &p->reqs[i];
		m->met[i] = 0;
		for (j = 0; j < r->nskills && !m->met[i]; j++) {
			st = resume->state[r->skills[j]];
			m->met[i] = st == SKILL_FOUND || st == SKILL_IMPLIED;
		}
		if (m->met[i])
			m->weight_met += r->weight;
	}
	m->rate = p->total > 0 ? (double)m->weight_met / p->total : 1.0;
}
