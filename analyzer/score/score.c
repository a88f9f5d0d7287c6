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
	sc->used = xcalloc(lx->nskills + 1, 1);
	sc->missing = xcalloc(lx->nreqs, sizeof(*sc->missing));
	sc->keys = xcalloc(lx->nreqs, sizeof(*sc->keys));
}

void
score_free(struct score *sc)
{
	free(sc->stages);
	free(sc->req_met);
	free(sc->used);
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

/* Which skills are shown in use: named in a use-section, or implied. */
static void
mark_used(struct score *sc, const struct lexicon *lx,
    const struct findings *f)
{
	struct evidence	 ev;
	size_t		 k, s, by, hops;

	memset(sc->used, 0, lx->nskills);
	for (k = 0; k < f->nev; k++) {
		match_evidence(f, k, &ev);
		if (ev.kind == EVIDENCE_NAMED && ev.section != LEX_NONE &&
		    lx->sections[ev.section].use)
			sc->used[ev.skill] = 1;
	}
	/*
	 * What a skill used implies is used too, named or not: EKS in a
	 * job is AWS in use, though AWS is named only in the skills list.
	 * Two rounds reach what the implied imply (Helm, Kubernetes,
	 * containers).
	 */
	for (hops = 0; hops < 2; hops++)
		for (s = 0; s < lx->nskills; s++)
			if (sc->used[s])
				for (k = 0; k < lx->skills[s].nimplies; k++)
					sc->used[lx->skills[s].implies[k]] = 1;
	/* An implied skill is used as the skill that implies it is. */
	for (s = 0; s < lx->nskills; s++) {
		if (f->state[s] != SKILL_IMPLIED)
			continue;
		for (by = f->implied_by[s], hops = 0; by != LEX_NONE &&
		    hops < 8; by = f->implied_by[by], hops++)
			if (sc->used[by] || f->state[by] == SKILL_FOUND) {
				sc->used[s] = sc->used[by];
				break;
			}
	}
}

/* How much of requirement r counts: 1 used, listed-weight listed, 0. */
static double
req_share(const struct score *sc, const struct lexicon *lx,
    const struct findings *f, size_t r)
{
	const struct lex_requirement	*req = &lx->reqs[r];
	const struct lex_group		*g;
	size_t				 i;

	if (!sc->req_met[r])
		return 0;
	if (!req->is_group)
		return sc->used[req->index] ? 1 : lx->listed_weight;
	g = &lx->groups[req->index];
	for (i = 0; i < g->nmembers; i++)
		if (f->state[g->members[i]] != SKILL_ABSENT &&
		    sc->used[g->members[i]])
			return 1;
	return lx->listed_weight;
}

void
score_run(struct score *sc, const struct lexicon *lx,
    const struct findings *f)
{
	struct stage_score	*st;
	size_t			 r, s;
	double			 cum_met = 0;
	int			 cum_total = 0;

	mark_used(sc, lx, f);
	memset(sc->stages, 0, lx->nstages * sizeof(*sc->stages));
	for (r = 0; r < lx->nreqs; r++) {
		st = &sc->stages[lx->reqs[r].stage];
		st->total += lx->reqs[r].weight;
		sc->req_met[r] = (unsigned char)score_req_met(lx, f, r);
		/*
		 * The first stage asks for basics a list shows well enough;
		 * above it, a skill only listed counts for less.
		 */
		st->met += lx->reqs[r].weight * (lx->reqs[r].stage == 0 ?
		    sc->req_met[r] : req_share(sc, lx, f, r));
	}

	sc->by_skills = LEX_NONE;
	for (s = 0; s < lx->nstages; s++) {
		st = &sc->stages[s];
		cum_total += st->total;
		cum_met += st->met;
		st->cum_total = cum_total;
		st->cum_met = cum_met;
		st->coverage = st->total ? st->met / st->total : 1.0;
		st->cumulative = cum_total ? cum_met / cum_total : 1.0;
		/*
		 * A stage is reached when it meets the threshold on its
		 * own, so strong lower stages cannot carry a resume into
		 * one it shows nothing of, and with the stages below, so a
		 * gap below (the mid stage's tools of someone who now
		 * designs systems) cannot sink it.
		 */
		if (st->coverage + 1e-9 >= lx->threshold &&
		    st->cumulative + 1e-9 >= lx->threshold)
			sc->by_skills = s;
	}
}

void
score_target(struct score *sc, const struct lexicon *lx, size_t reached,
    size_t target)
{
	size_t	r;

	sc->reached = reached;
	if (target != LEX_NONE)
		sc->target = target;
	else if (reached == LEX_NONE)
		sc->target = 0;
	else if (reached + 1 < lx->nstages)
		sc->target = reached + 1;
	else
		sc->target = reached;

	sc->nmissing = 0;
	for (r = 0; r < lx->nreqs; r++)
		if (!sc->req_met[r] && lx->reqs[r].stage <= sc->target)
			sc->keys[sc->nmissing++] = missing_key(lx, r);
	qsort(sc->keys, sc->nmissing, sizeof(*sc->keys), key_cmp);
	for (r = 0; r < sc->nmissing; r++)
		sc->missing[r] = (size_t)(sc->keys[r] & 0xFFFFFFFFFFFFull);
}
