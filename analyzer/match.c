/*
 * match.c: context rules, evidence, implications.
 */
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "lexicon.h"
#include "match.h"
#include "norm.h"
#include "scan.h"
#include "util.h"

/* A heading longer than this is a sentence, not a heading. */
#define HEADING_MAXLEN	80

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
	free(f->heads);
	pcre2_match_data_free(f->md);
	memset(f, 0, sizeof(*f));
}

static int
in_keys(char *const *keys, size_t n, const char *key)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (strcmp(keys[i], key) == 0)
			return 1;
	return 0;
}

/*
 * Find the lines that are section headings: a short line whose words
 * are a context label ("Technical Skills") or another heading
 * ("Experience").  heads[] holds line << 1 | is_technical.
 */
static void
find_headings(struct findings *f, const char *text, size_t len)
{
	const struct lexicon	*lx = f->lx;
	const char		*line = text, *end, *stop;
	char			 key[HEADING_MAXLEN + 1];
	uint32_t		 lineno = 0;
	int			 tech;

	f->nheads = 0;
	while (line < text + len) {
		end = memchr(line, '\n', (size_t)(text + len - line));
		if (end == NULL)
			end = text + len;
		if ((size_t)(end - line) <= HEADING_MAXLEN) {
			/* "Skills:" heads a section; "Skills: Go" does not. */
			stop = end;
			while (stop > line && (stop[-1] == ' ' ||
			    stop[-1] == '\t' || stop[-1] == '\r' ||
			    stop[-1] == ':'))
				stop--;
			if (memchr(line, ':', (size_t)(stop - line)) == NULL &&
			    lexicon_key(line, (size_t)(stop - line), key,
			    sizeof(key)) &&
			    ((tech = in_keys(lx->labels, lx->nlabels, key)) ||
			    in_keys(lx->headings, lx->nheadings, key))) {
				xgrow(&f->heads, &f->headcap, f->nheads + 1,
				    sizeof(*f->heads));
				f->heads[f->nheads++] = lineno << 1 |
				    (uint32_t)tech;
			}
		}
		lineno++;
		line = end + 1;
	}
}

/* Whether line lies in a section headed by a context label. */
static int
in_technical_section(const struct findings *f, uint32_t line)
{
	size_t	lo = 0, hi = f->nheads, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if ((f->heads[mid] >> 1) < line)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo > 0 && (f->heads[lo - 1] & 1);
}

/* "Skills: Go, Rust": a context label before a colon. */
static int
labelled_line(const struct findings *f, const char *line, const char *eol)
{
	const char	*colon = memchr(line, ':', (size_t)(eol - line));
	char		 key[HEADING_MAXLEN + 1];

	if (colon == NULL || colon - line > HEADING_MAXLEN)
		return 0;
	return lexicon_key(line, (size_t)(colon - line), key, sizeof(key)) &&
	    in_keys(f->lx->labels, f->lx->nlabels, key);
}

/* -1: a veto matched; 1: a cue matched; 0: neither. */
static int
apply_rules(struct findings *f, const struct lex_rules *r, const char *line,
    const char *eol, const struct scan_hit *h, const char *text)
{
	const char	*subj;
	size_t		 i, slen;
	int		 cue = 0, rc;

	for (i = 0; i < r->n; i++) {
		if (r->v[i].kind == RULE_CUE_BEFORE ||
		    r->v[i].kind == RULE_VETO_BEFORE) {
			subj = line;
			slen = (size_t)(text + h->start - line);
		} else {
			subj = text + h->end;
			slen = (size_t)(eol - subj);
		}
		rc = pcre2_match(r->v[i].re, (PCRE2_SPTR)subj, slen, 0,
		    PCRE2_NO_UTF_CHECK, f->md, NULL);
		if (rc < 0)
			continue;
		if (r->v[i].kind == RULE_VETO_BEFORE ||
		    r->v[i].kind == RULE_VETO_AFTER)
			return -1;
		cue = 1;
	}
	return cue;
}

static int
technical_context(struct findings *f, const char *text, size_t len,
    const struct scan_hit *hits, size_t nhits, size_t k)
{
	const struct scan_hit	*h = &hits[k];
	const struct lex_skill	*sk = &f->lx->skills[h->skill];
	const char		*line, *eol;
	size_t			 j;
	int			 g, s;

	line = text + h->start;
	while (line > text && line[-1] != '\n')
		line--;
	eol = memchr(text + h->end, '\n', len - h->end);
	if (eol == NULL)
		eol = text + len;

	g = apply_rules(f, &f->lx->rules, line, eol, h, text);
	s = apply_rules(f, &sk->rules, line, eol, h, text);
	if (g < 0 || s < 0)
		return 0;
	if (g > 0 || s > 0)
		return 1;
	/* Next to another technology on the same line. */
	for (j = k; j-- > 0 && hits[j].line == h->line; )
		if (!hits[j].ambiguous)
			return 1;
	for (j = k + 1; j < nhits && hits[j].line == h->line; j++)
		if (!hits[j].ambiguous)
			return 1;
	return labelled_line(f, line, eol) ||
	    in_technical_section(f, h->line);
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
			if (f->state[t] != SKILL_ABSENT)
				continue;
			f->state[t] = SKILL_IMPLIED;
			f->implied_by[t] = s;
			f->nimplied++;
			stack[n++] = t;
		}
	}
	free(stack);
}

void
match_run(struct findings *f, const struct norm *n,
    const struct scan_hit *hits, size_t nhits)
{
	const struct lexicon	*lx = f->lx;
	struct evidence		*e;
	size_t			 i, headings_done = 0;

	memset(f->state, 0, lx->nskills);
	memset(f->count, 0, lx->nskills * sizeof(*f->count));
	for (i = 0; i < lx->nskills; i++)
		f->implied_by[i] = LEX_NONE;
	f->nev = f->nfound = f->nimplied = 0;

	for (i = 0; i < nhits; i++) {
		if (hits[i].ambiguous) {
			if (!headings_done) {
				find_headings(f, n->text, n->len);
				headings_done = 1;
			}
			if (!technical_context(f, n->text, n->len, hits,
			    nhits, i))
				continue;
		}
		xgrow(&f->ev, &f->evcap, f->nev + 1, sizeof(*f->ev));
		e = &f->ev[f->nev++];
		e->skill = hits[i].skill;
		e->line = hits[i].line + 1;
		norm_to_doc(n, hits[i].start, hits[i].end, &e->start, &e->end);
		if (f->state[e->skill] == SKILL_ABSENT) {
			f->state[e->skill] = SKILL_FOUND;
			f->nfound++;
		}
	}
	if (f->nev > 1)
		qsort(f->ev, f->nev, sizeof(*f->ev), ev_cmp);
	for (i = f->nev; i-- > 0; ) {
		f->first[f->ev[i].skill] = i;
		f->count[f->ev[i].skill]++;
	}
	add_implications(f);
}
