/*
 * match.c: sections, negation, learning, technical context, evidence,
 * implications.
 */
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "lexicon.h"
#include "match.h"
#include "norm.h"
#include "scan.h"
#include "sections.h"
#include "util.h"

/* What the rules said of one mention. */
#define SAID_CUE	0x1
#define SAID_VETO	0x2
#define SAID_NEGATION	0x4
#define SAID_LEARNING	0x8

/* What is known of the line being matched. */
struct line_info {
	uint32_t	 line;		/* 0-based */
	const char	*start;		/* in the normalized text */
	const char	*end;
	size_t		 section;	/* the section it lies in, or LEX_NONE */
	size_t		 label;		/* "Skills: ..." label's section, or LEX_NONE */
};

void
findings_init(struct findings *f, const struct lexicon *lx)
{
	memset(f, 0, sizeof(*f));
	f->lx = lx;
	f->state = xcalloc(lx->nskills, 1);
	f->implied_by = xcalloc(lx->nskills, sizeof(*f->implied_by));
	f->first = xcalloc(lx->nskills, sizeof(*f->first));
	f->count = xcalloc(lx->nskills, sizeof(*f->count));
	if ((f->md = pcre2_match_data_create(1, NULL)) == NULL)
		xoom();
}

void
findings_free(struct findings *f)
{
	free(f->state);
	free(f->implied_by);
	free(f->first);
	free(f->count);
	free(f->ev);
	free(f->rej);
	free(f->pending);
	pcre2_match_data_free(f->md);
	memset(f, 0, sizeof(*f));
}

const char *
match_kind_name(enum evidence_kind k)
{
	return k == EVIDENCE_LEARNING ? "learning" : "named";
}

const char *
match_reason_name(enum reject_reason r)
{
	switch (r) {
	case REJECT_NEGATED:
		return "negated";
	case REJECT_VETOED:
		return "vetoed";
	default:
		return "no technical context";
	}
}

static int
apply_rules(struct findings *f, const struct lex_rules *r,
    const struct line_info *li, const struct scan_hit *h, const char *text)
{
	const char	*subj;
	size_t		 i, slen;
	int		 said = 0;

	for (i = 0; i < r->n; i++) {
		switch (r->v[i].kind) {
		case RULE_CUE_BEFORE: case RULE_VETO_BEFORE:
		case RULE_NEGATION_BEFORE: case RULE_LEARNING_BEFORE:
			subj = li->start;
			slen = (size_t)(text + h->start - li->start);
			break;
		default:
			subj = text + h->end;
			slen = (size_t)(li->end - subj);
			break;
		}
		if (pcre2_match(r->v[i].re, (PCRE2_SPTR)subj, slen, 0,
		    PCRE2_NO_UTF_CHECK, f->md, NULL) < 0)
			continue;
		switch (r->v[i].kind) {
		case RULE_CUE_BEFORE: case RULE_CUE_AFTER:
			said |= SAID_CUE;
			break;
		case RULE_VETO_BEFORE: case RULE_VETO_AFTER:
			said |= SAID_VETO;
			break;
		case RULE_NEGATION_BEFORE: case RULE_NEGATION_AFTER:
			said |= SAID_NEGATION;
			break;
		case RULE_LEARNING_BEFORE: case RULE_LEARNING_AFTER:
			said |= SAID_LEARNING;
			break;
		}
	}
	return said;
}

static int
technical(const struct lexicon *lx, size_t section)
{
	return section != LEX_NONE && lx->sections[section].technical;
}

static void
reject(struct findings *f, const struct norm *n, const struct scan_hit *h,
    enum reject_reason why)
{
	struct rejected	*r;

	xgrow(&f->rej, &f->rejcap, f->nrej + 1, sizeof(*f->rej));
	r = &f->rej[f->nrej++];
	r->skill = h->skill;
	r->line = h->line + 1;
	r->reason = why;
	norm_to_doc(n, h->start, h->end, &r->start, &r->end);
}

static void
add_evidence(struct findings *f, const struct norm *n,
    const struct line_info *li, const struct scan_hit *h, int learning)
{
	struct evidence	*e;

	xgrow(&f->ev, &f->evcap, f->nev + 1, sizeof(*f->ev));
	e = &f->ev[f->nev++];
	e->skill = h->skill;
	e->line = h->line + 1;
	e->kind = learning ? EVIDENCE_LEARNING : EVIDENCE_NAMED;
	/* "Tech stack:" in a job is still experience; at the top, skills. */
	e->section = li->section != LEX_NONE ? li->section : li->label;
	norm_to_doc(n, h->start, h->end, &e->start, &e->end);
}

/*
 * Judge the mentions hits[k..end) of one line.  Rules, sections and
 * labels decide first; an ambiguous mention still undecided then counts
 * if anything else on the line counted ("Go, Rust, Postgres"), so two
 * ambiguous words never vouch for each other alone.
 */
static void
judge_line(struct findings *f, const struct norm *n,
    const struct line_info *li, const struct scan_hit *hits, size_t k,
    size_t end, unsigned char *pending)
{
	const struct lexicon	*lx = f->lx;
	const struct scan_hit	*h;
	size_t			 i;
	int			 said, counted = 0;

	for (i = k; i < end; i++) {
		h = &hits[i];
		pending[i - k] = 0;
		said = apply_rules(f, &lx->rules, li, h, n->text) |
		    apply_rules(f, &lx->skills[h->skill].rules, li, h,
		    n->text);
		if (said & SAID_NEGATION) {
			reject(f, n, h, REJECT_NEGATED);
			continue;
		}
		/* "Learning Go" says what Go is: it needs no other context. */
		if (h->ambiguous && !(said & SAID_LEARNING)) {
			if (said & SAID_VETO) {
				reject(f, n, h, REJECT_VETOED);
				continue;
			}
			if (!(said & SAID_CUE) && !technical(lx, li->label) &&
			    !technical(lx, li->section)) {
				pending[i - k] = 1;
				continue;
			}
		}
		add_evidence(f, n, li, h, said & SAID_LEARNING);
		counted = 1;
	}
	for (i = k; i < end; i++) {
		if (!pending[i - k])
			continue;
		if (counted)
			add_evidence(f, n, li, &hits[i], 0);
		else
			reject(f, n, &hits[i], REJECT_NO_CONTEXT);
	}
}

static int
ev_cmp(const void *a, const void *b)
{
	const struct evidence	*x = a, *y = b;

	if (x->skill != y->skill)
		return x->skill < y->skill ? -1 : 1;
	return x->start < y->start ? -1 : x->start > y->start;
}

static void
add_implications(struct findings *f)
{
	const struct lexicon	*lx = f->lx;
	size_t			*stack, n = 0, i, s, t;

	stack = xreallocarray(NULL, lx->nskills, sizeof(*stack));
	for (i = 0; i < lx->nskills; i++)
		if (f->state[i] == SKILL_FOUND)
			stack[n++] = i;
	while (n > 0) {
		s = stack[--n];
		for (i = 0; i < lx->skills[s].nimplies; i++) {
			t = lx->skills[s].implies[i];
			if (f->state[t] == SKILL_FOUND ||
			    f->state[t] == SKILL_IMPLIED)
				continue;
			if (f->state[t] == SKILL_LEARNING)
				f->nlearning--;
			f->state[t] = SKILL_IMPLIED;
			f->implied_by[t] = s;
			f->nimplied++;
			stack[n++] = t;
		}
	}
	free(stack);
}

/* Evidence sorted by skill; each skill's state from its evidence. */
static void
settle(struct findings *f)
{
	const struct evidence	*e;
	size_t			 i;

	if (f->nev > 1)
		qsort(f->ev, f->nev, sizeof(*f->ev), ev_cmp);
	for (i = f->nev; i-- > 0; ) {
		e = &f->ev[i];
		f->first[e->skill] = i;
		f->count[e->skill]++;
		if (e->kind == EVIDENCE_NAMED)
			f->state[e->skill] = SKILL_FOUND;
		else if (f->state[e->skill] == SKILL_ABSENT)
			f->state[e->skill] = SKILL_LEARNING;
	}
	for (i = 0; i < f->lx->nskills; i++) {
		if (f->state[i] == SKILL_FOUND)
			f->nfound++;
		else if (f->state[i] == SKILL_LEARNING)
			f->nlearning++;
	}
	add_implications(f);
}

void
match_run(struct findings *f, const struct norm *n,
    const struct sections *sc, const struct scan_hit *hits, size_t nhits)
{
	const struct lexicon	*lx = f->lx;
	struct line_info	 li;
	size_t			 i, k, e;

	memset(f->state, 0, lx->nskills);
	memset(f->count, 0, lx->nskills * sizeof(*f->count));
	for (i = 0; i < lx->nskills; i++)
		f->implied_by[i] = LEX_NONE;
	f->nev = f->nrej = f->nfound = f->nimplied = f->nlearning = 0;

	/* Mentions come sorted by line: judge them a line at a time. */
	for (k = 0; k < nhits; k = e) {
		li.line = hits[k].line;
		for (e = k + 1; e < nhits && hits[e].line == li.line; e++)
			;
		if (sc->heading[li.line])
			continue;	/* "DevOps" as a heading claims nothing */
		li.section = sc->section[li.line];
		li.label = sc->label[li.line];
		li.start = n->text + hits[k].start;
		while (li.start > n->text && li.start[-1] != '\n')
			li.start--;
		li.end = memchr(n->text + hits[e - 1].end, '\n',
		    n->len - hits[e - 1].end);
		if (li.end == NULL)
			li.end = n->text + n->len;
		xgrow(&f->pending, &f->pendcap, e - k, 1);
		judge_line(f, n, &li, hits, k, e, f->pending);
	}
	settle(f);
}
