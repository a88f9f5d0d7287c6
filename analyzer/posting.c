/*
 * posting.c: a posting's requirements, and how far a resume meets them.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "diag.h"
#include "lexicon.h"
#include "posting.h"
#include "read.h"
#include "sections.h"
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

/* A skill the posting names, where its heaviest mention stands. */
struct named {
	size_t	skill;
	size_t	at;		/* its evidence index */
	size_t	start, end;	/* that evidence, document offsets */
	uint32_t line;
	int	weight;
};

static int
named_cmp(const void *a, const void *b)
{
	const struct named	*x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

/* Whether text[from..to) holds the word w (ASCII, any case). */
static int
has_word(const char *text, size_t from, size_t to, const char *w)
{
	size_t	n = strlen(w), i, k;

	for (i = from; i + n <= to; i++) {
		for (k = 0; k < n && (text[i + k] | 0x20) == w[k]; k++)
			continue;
		if (k == n && (i == from || !isalnum((unsigned char)
		    text[i - 1])) && (i + n == to || !isalnum((unsigned char)
		    text[i + n])))
			return 1;
	}
	return 0;
}

/*
 * Whether two mentions next to each other on a line are alternatives:
 * "PostgreSQL or MySQL", "GitLab CI/GitHub Actions", or "AWS, GCP or
 * Azure" (a comma, when an "or" ends the list before any "and").
 */
static int
alternatives(const char *text, const struct named *v, size_t i, size_t n)
{
	size_t	from = v[i].end, to = v[i + 1].start, k;

	if (to < from || to - from > 40)
		return 0;
	if (has_word(text, from, to, "or") || memchr(text + from, '/',
	    to - from) != NULL)
		return !has_word(text, from, to, "and");
	if (memchr(text + from, ',', to - from) == NULL ||
	    has_word(text, from, to, "and"))
		return 0;
	for (k = i + 1; k + 1 < n && v[k + 1].line == v[i].line; k++) {
		if (v[k + 1].start < v[k].end)
			return 0;
		if (has_word(text, v[k].end, v[k + 1].start, "and"))
			return 0;
		if (has_word(text, v[k].end, v[k + 1].start, "or"))
			return 1;
	}
	return 0;
}

/*
 * "AWS, GCP or a similar cloud", "C# or an equivalent language": after
 * the last of a list of alternatives, the posting takes any entry of
 * its kind.
 */
static int
or_similar(const char *text, size_t len, size_t end)
{
	size_t	to = end + 40 < len ? end + 40 : len;
	const char *nl = memchr(text + end, '\n', to - end);

	if (nl != NULL)
		to = (size_t)(nl - text);
	return has_word(text, end, to, "or") &&
	    (has_word(text, end, to, "similar") ||
	    has_word(text, end, to, "equivalent") ||
	    has_word(text, end, to, "comparable") ||
	    has_word(text, end, to, "another"));
}

static struct posting_req *
new_req(struct posting *p, size_t *cap)
{
	struct posting_req	*r;

	xgrow(&p->reqs, cap, p->nreqs + 1, sizeof(*p->reqs));
	r = &p->reqs[p->nreqs++];
	memset(r, 0, sizeof(*r));
	r->group = LEX_NONE;
	r->kind = LEX_NONE;
	return r;
}

static void
req_add(struct posting_req *r, const struct named *m)
{
	r->skills = xreallocarray(r->skills, r->nskills + 1,
	    sizeof(*r->skills));
	r->skills[r->nskills++] = m->skill;
	if (m->weight > r->weight || r->nskills == 1) {
		r->weight = m->weight > r->weight ? m->weight : r->weight;
		r->first_ev = m->at;
	}
}

/*
 * One requirement per skill named, per any-of group of the lexicon
 * named together, or per list of alternatives the posting writes ("A
 * or B").  Must-haves are the requirements of the heaviest section.
 */
static void
build_reqs(struct posting *p, const struct lexicon *lx)
{
	const struct findings	*f = p->analysis->findings;
	const char		*text = p->doc->text;
	struct posting_req	*r;
	struct named		*v = NULL;
	struct evidence		 ev;
	size_t			 s, i, k, n = 0, cap = 0, vcap = 0;
	int			 heaviest = lx->posting_weight;

	for (s = 0; s < lx->nsections; s++)
		if (lx->sections[s].posting_weight > heaviest)
			heaviest = lx->sections[s].posting_weight;
	for (s = 0; s < lx->nskills; s++) {
		if (f->state[s] != SKILL_FOUND)
			continue;
		xgrow(&v, &vcap, n + 1, sizeof(*v));
		v[n].skill = s;
		v[n].weight = skill_weight(lx, f, s, &v[n].at);
		match_evidence(f, v[n].at, &ev);
		v[n].start = ev.start;
		v[n].end = ev.end;
		v[n].line = ev.line;
		n++;
	}
	if (n > 1)
		qsort(v, n, sizeof(*v), named_cmp);
	for (i = 0; i < n; i = k) {
		/* A run of alternatives on one line is one requirement. */
		for (k = i + 1; k < n && v[k].line == v[i].line &&
		    alternatives(text, v, k - 1, n); k++)
			continue;
		r = NULL;
		if (k == i + 1 && lx->skills[v[i].skill].group != LEX_NONE)
			for (s = 0; s < p->nreqs; s++)
				if (p->reqs[s].group ==
				    lx->skills[v[i].skill].group &&
				    !p->reqs[s].alternatives)
					r = &p->reqs[s];
		if (r == NULL) {
			r = new_req(p, &cap);
			r->group = k == i + 1 ?
			    lx->skills[v[i].skill].group : LEX_NONE;
			r->alternatives = k > i + 1;
		}
		for (s = i; s < k; s++)
			req_add(r, &v[s]);
		if (or_similar(text, p->doc->len, v[k - 1].end))
			r->kind = lx->skills[v[k - 1].skill].kind;
	}
	free(v);
	if (p->nreqs > 1)
		qsort(p->reqs, p->nreqs, sizeof(*p->reqs), req_cmp);
	for (i = 0; i < p->nreqs; i++) {
		p->reqs[i].must = p->reqs[i].weight >= heaviest &&
		    heaviest > lx->posting_weight;
		p->nmust += p->reqs[i].must;
		p->total += p->reqs[i].weight;
	}
}

/*
 * "5+ years of professional experience", "at least 7 years": the most
 * years a line of the must-have section asks for, or -1.
 */
static double
years_asked(const struct posting *p, const struct lexicon *lx,
    int heaviest)
{
	const char	*t = p->analysis->norm->text, *q;
	size_t		 len = p->analysis->norm->len, i, sec;
	uint32_t	 line = 0;
	double		 most = -1, n;
	char		*end;

	for (i = 0; i < len; i++) {
		if (t[i] == '\n') {
			line++;
			continue;
		}
		if (!isdigit((unsigned char)t[i]) || (i > 0 &&
		    isalnum((unsigned char)t[i - 1])))
			continue;
		sec = sections_section(&p->an->sections, line);
		if (sec == LEX_NONE || lx->sections[sec].posting_weight !=
		    heaviest)
			continue;
		n = strtod(t + i, &end);
		q = end;
		while (*q == ' ' || *q == '+')
			q++;
		if (n >= 1 && n <= 30 && (strncmp(q, "years", 5) == 0 ||
		    strncmp(q, "yrs", 3) == 0) && n > most)
			most = n;
		i = (size_t)(end - t) - 1;
	}
	return most;
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
	p->years = -1;
	p->doc = doc;
	p->an = analyzer_new(lx);
	p->an->today = today;
	p->analysis = analyzer_run(p->an, doc, LEX_NONE, diag);
	build_reqs(p, lx);
	if (p->nmust > 0 && (p->years = years_asked(p, lx,
	    p->reqs[0].weight)) >= 0)
		p->nmust++;	/* the years are a must-have too */
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
	m->met = xcalloc(p->nreqs + 1, 1);
	m->in_use = xcalloc(p->nreqs + 1, 1);
}

void
posting_match_free(struct posting_match *m)
{
	free(m->met);
	free(m->in_use);
	memset(m, 0, sizeof(*m));
}

/*
 * How far the resume meets requirement r: 1 shown in use, listed-weight
 * only listed (see score.h), 0 not at all.
 */
static double
req_share(const struct posting *p, const struct posting_req *r,
    const struct findings *f, const unsigned char *used)
{
	const struct lexicon	*lx = p->analysis->lx;
	double			 best = 0;
	size_t			 j, s;
	int			 st;

	for (j = 0; j < r->nskills && best < 1; j++) {
		st = f->state[r->skills[j]];
		if (st == SKILL_FOUND || st == SKILL_IMPLIED)
			best = used[r->skills[j]] ? 1 : lx->listed_weight >
			    best ? lx->listed_weight : best;
	}
	/* "or a similar cloud": any entry of the kind. */
	for (s = 0; r->kind != LEX_NONE && best < 1 && s < lx->nskills; s++)
		if (lx->skills[s].kind == r->kind &&
		    (f->state[s] == SKILL_FOUND ||
		    f->state[s] == SKILL_IMPLIED))
			best = used[s] ? 1 : lx->listed_weight > best ?
			    lx->listed_weight : best;
	return best;
}

void
posting_compare(const struct posting *p, const struct findings *resume,
    const unsigned char *used, double years, struct posting_match *m)
{
	const struct posting_req	*r;
	double				 met = 0, share;
	size_t				 i, musts = 0;

	m->weight_met = 0;
	for (i = 0; i < p->nreqs; i++) {
		r = &p->reqs[i];
		share = req_share(p, r, resume, used);
		m->met[i] = share > 0;
		m->in_use[i] = share >= 1;
		if (m->met[i])
			m->weight_met += r->weight;
		met += share * r->weight;
		/* A must-have is met by a skill shown in use, not a list. */
		if (r->must && share >= 1)
			musts++;
	}
	/* Years unknown are years not shown. */
	m->years = years;
	if (p->years >= 0 && years >= p->years)
		musts++;
	m->musts_met = musts;
	m->share = p->total > 0 ? met / p->total : 1.0;
	/*
	 * Must-haves dominate: every resume that meets them all scores
	 * above every one that misses one; the rest orders within each.
	 */
	m->rate = p->nmust == 0 ? m->share :
	    (musts == p->nmust ? 0.5 : 0) + 0.5 * m->share;
}
