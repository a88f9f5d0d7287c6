/*
 * score.c: weighted coverage per stage.
 */
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "match.h"
#include "score.h"
#include "util.h"

void
score_init(struct score *sc, const struct lexicon *lx)
{
	memset(sc, 0, sizeof(*sc));
	sc->stages = xcalloc(lx->nstages, sizeof(*sc->stages));
	sc->req_met = xcalloc(lx->nreqs, 1);
	sc->missing = xcalloc(lx->nreqs, sizeof(*sc->missing));
	sc->keys = xcalloc(lx->nreqs, sizeof(*sc->keys));
}

void
score_free(struct score *sc)
{
	free(sc->stages);
	free(sc->req_met);
	free(sc->missing);
	free(sc->keys);
	memset(sc, 0, sizeof(*sc));
}

int
score_req_met(const struct lexicon *lx, const struct findings *f, size_t r)
{
	const struct lex_requirement	*req = &lx->reqs[r];
	const struct lex_group		*g;
	size_t				 i;

	if (!req->is_group)
		return f->state[req->index] != SKILL_ABSENT;
	g = &lx->groups[req->index];
	for (i = 0; i < g->nmembers; i++)
		if (f->state[g->members[i]] != SKILL_ABSENT)
			return 1;
	return 0;
}

/*
 * Missing requirements sort heaviest first, then by stage, then in
 * lexicon order: all three packed in one key, so the sort needs no
 * shared state and threads may score at once.
 */
static unsigned long long
missing_key(const struct lexicon *lx, size_t r)
{
	return (unsigned long long)(LEX_MAXWEIGHT - lx->reqs[r].weight) << 56 |
	    (unsigned long long)(lx->reqs[r].stage & 0xFF) << 48 |
	    (unsigned long long)r;
}

static int
key_cmp(const void *a, const void *b)
{
	unsigned long long	x = *(const unsigned long long *)a;
	unsigned long long	y = *(const unsigned long long *)b;

	return x < y ? -1 : x > y;
}

void
score_run(struct score *sc, const struct lexicon *lx,
    const struct findings *f, size_t target, size_t floor)
{
	struct stage_score	*st;
	size_t			 r, s;
	int			 cum_total = 0, cum_met = 0, ok = 1;

	memset(sc->stages, 0, lx->nstages * sizeof(*sc->stages));
	for (r = 0; r < lx->nreqs; r++) {
		st = &sc->stages[lx->reqs[r].stage];
		st->total += lx->reqs[r].weight;
		sc->req_met[r] = (unsigned char)score_req_met(lx, f, r);
		if (sc->req_met[r])
			st->met += lx->reqs[r].weight;
	}

	sc->reached = LEX_NONE;
	for (s = 0; s < lx->nstages; s++) {
		st = &sc->stages[s];
		cum_total += st->total;
		cum_met += st->met;
		st->cum_total = cum_total;
		st->cum_met = cum_met;
		st->coverage = st->total ? (double)st->met / st->total : 1.0;
		st->cumulative = cum_total ? (double)cum_met / cum_total : 1.0;
		/*
		 * A stage is reached when it and every stage below it meet
		 * the threshold on their own.  Cumulative coverage alone
		 * would let strong lower stages carry a resume into a stage
		 * it shows nothing of.
		 */
		if (ok && st->coverage + 1e-9 >= lx->threshold)
			sc->reached = s;
		else
			ok = 0;
	}

	if (target != LEX_NONE)
		sc->target = target;
	else if (sc->reached == LEX_NONE)
		sc->target = 0;
	else if (sc->reached + 1 < lx->nstages)
		sc->target = sc->reached + 1;
	else
		sc->target = sc->reached;
	/*
	 * Years raise the target only once the skills reach a stage: years
	 * in another career do not make a senior engineer, and someone
	 * starting out is best served by the first stage's list.
	 */
	if (target == LEX_NONE && floor != LEX_NONE &&
	    sc->reached != LEX_NONE && floor > sc->target)
		sc->target = floor;

	sc->nmissing = 0;
	for (r = 0; r < lx->nreqs; r++)
		if (!sc->req_met[r] && lx->reqs[r].stage <= sc->target)
			sc->keys[sc->nmissing++] = missing_key(lx, r);
	qsort(sc->keys, sc->nmissing, sizeof(*sc->keys), key_cmp);
	for (r = 0; r < sc->nmissing; r++)
		sc->missing[r] = (size_t)(sc->keys[r] & 0xFFFFFFFFFFFFull);
}
