/*
 * scan.c: the tokenizer walks the alias trie; the pattern set reports
 * every match through a callout.  Both kinds of candidates then go
 * through one leftmost-longest selection, so "spring boot" beats
 * "spring" whichever mechanism found them.
 */
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "lexicon.h"
#include "phrase.h"
#include "rulekeys.h"
#include "scan.h"
#include "token.h"
#include "util.h"

/* Bounds the work a hostile document can cause in the pattern set. */
#define SCAN_MATCH_LIMIT	10000000u

/*
 * The tokens ahead of the alias walk: a ring that holds no more than
 * the longest alias the trie can follow, so memory does not grow with
 * the document.  base is the index of the oldest token held.
 */
struct lookahead {
	struct token		*t;
	size_t			 cap;		/* a power of two */
	size_t			 base, count;
	size_t			 pos;		/* tokenizer state */
	uint32_t		 line;
	int			 done;
};

struct scanner {
	const struct lexicon	*lx;
	struct lookahead	 ahead;
	struct scan_hit		*cands;		/* aliases, then all */
	size_t			 ncands, candcap;
	struct scan_hit		*pcands;	/* pattern matches */
	size_t			 npcands, pcandcap;
	pcre2_match_data	*md;
	pcre2_match_context	*mc;
	const char		*text;		/* during a callout */
};

static int
on_pattern_match(pcre2_callout_block *cb, void *arg)
{
	struct scanner	*s = arg;
	struct scan_hit	*h;
	size_t		 n;

	n = strtoul((const char *)cb->callout_string, NULL, 10);
	/* A mention lies on one line, like an alias. */
	if (n < s->lx->npatterns && cb->current_position > cb->start_match &&
	    cb->current_position - cb->start_match < SCAN_HIT_MAXLEN &&
	    memchr(s->text + cb->start_match, '\n',
	    cb->current_position - cb->start_match) == NULL) {
		xgrow(&s->pcands, &s->pcandcap, s->npcands + 1,
		    sizeof(*s->pcands));
		h = &s->pcands[s->npcands++];
		h->start = (uint32_t)cb->start_match;
		h->len = (uint16_t)(cb->current_position - cb->start_match);
		h->line = (uint32_t)n;	/* the pattern, until sorted */
		h->skill = (uint16_t)s->lx->pattern_skill[n];
		h->ambiguous = 0;
	}
	return 1;	/* fail here, so backtracking finds the others */
}

struct scanner *
scanner_new(const struct lexicon *lx)
{
	struct scanner	*s = xcalloc(1, sizeof(*s));

	s->lx = lx;
	if (lx->patterns != NULL || lx->patterns_at != NULL) {
		s->md = pcre2_match_data_create(1, NULL);
		s->mc = pcre2_match_context_create(NULL);
		if (s->md == NULL || s->mc == NULL)
			xoom();
		pcre2_set_callout(s->mc, on_pattern_match, s);
		pcre2_set_match_limit(s->mc, SCAN_MATCH_LIMIT);
	}
	return s;
}

void
scanner_free(struct scanner *s)
{
	if (s == NULL)
		return;
	free(s->ahead.t);
	free(s->cands);
	free(s->pcands);
	pcre2_match_data_free(s->md);
	pcre2_match_context_free(s->mc);
	free(s);
}

static int
cand_cmp(const void *a, const void *b)
{
	const struct scan_hit	*x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->len != y->len)
		return x->len > y->len ? -1 : 1;
	return 0;
}

/* ASCII letters and digits: no pattern begins after one. */
static const unsigned char	word_byte[256] = {
	['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1,
	['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
	['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1,
	['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1,
	['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1,
	['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
	['Y'] = 1, ['Z'] = 1,
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1,
	['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1,
	['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
	['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
	['y'] = 1, ['z'] = 1,
};

/*
 * Pattern matches in cand_cmp order, and among equals in the order of
 * their patterns, kept in line until then: the order one pass of all
 * patterns at each place would find them in, which the anchored and
 * the unanchored pass do not keep between them.
 */
static int
pattern_cmp(const void *a, const void *b)
{
	const struct scan_hit	*x = a, *y = b;
	int			 c = cand_cmp(a, b);

	if (c != 0 || x->line == y->line)
		return c;
	return x->line < y->line ? -1 : 1;
}

/* Grow the ring; token k stays at k modulo the capacity. */
static void
ahead_grow(struct lookahead *a)
{
	struct token	*t;
	size_t		 k, ncap = a->cap ? a->cap * 2 : 16;

	t = xreallocarray(NULL, ncap, sizeof(*t));
	for (k = a->base; k < a->base + a->count; k++)
		t[k & (ncap - 1)] = a->t[k & (a->cap - 1)];
	free(a->t);
	a->t = t;
	a->cap = ncap;
}

/* Token number k (absolute), tokenizing as far as needed; NULL at end. */
static const struct token *
ahead_get(struct lookahead *a, const char *text, size_t len, size_t k)
{
	while (k >= a->base + a->count) {
		if (a->done)
			return NULL;
		if (a->count == a->cap)
			ahead_grow(a);
		if (!token_next(text, len, &a->pos, &a->line,
		    &a->t[(a->base + a->count) & (a->cap - 1)])) {
			a->done = 1;
			return NULL;
		}
		a->count++;
	}
	return &a->t[k & (a->cap - 1)];
}

/* Start over at the beginning of a text, keeping the ring. */
static void
ahead_reset(struct lookahead *a)
{
	a->base = a->count = a->pos = 0;
	a->line = 0;
	a->done = 0;
}

/* Forget the tokens before number k. */
static void
ahead_drop(struct lookahead *a, size_t k)
{
	a->count -= k - a->base;
	a->base = k;
}

/*
 * Whether the text between two tokens of a line lets a spelling run on:
 * blanks and hyphens do ("Spring  Boot", "spring-boot"), but punctuation
 * that separates items does not: "AWS (EC2, S3)" names AWS and then EC2,
 * never "AWS EC2"; "Azure, DevOps" is not Azure DevOps.
 */
static int
joins(const char *text, uint32_t from, uint32_t to)
{
	for (; from < to; from++)
		switch (text[from]) {
		case ',': case ';': case ':': case '(': case ')': case '[':
		case ']': case '{': case '}': case '|':
			return 0;
		}
	return 1;
}

/*
 * The longest alias starting at token i, added to the candidates; the
 * number of tokens it spans, or 0.
 */
static size_t
longest_alias_at(struct scanner *s, const char *text, size_t len, size_t i)
{
	const struct lexicon	*lx = s->lx;
	const struct token	*t;
	uint32_t		 node = PHRASE_ROOT, v, best = PHRASE_NONE;
	uint32_t		 start, line, end = 0, last;
	size_t			 j, bestj = i;
	struct scan_hit		*h;

	/* Values, not pointers: fetching further may move the ring. */
	t = ahead_get(&s->ahead, text, len, i);
	start = last = t->start;
	line = t->line;
	for (j = i; (t = ahead_get(&s->ahead, text, len, j)) != NULL &&
	    t->line == line; j++) {
		if (j > i && !joins(text, last, t->start))
			break;
		last = t->start + t->len;
		node = phrase_step(lx->phrases, node, text + t->start, t->len);
		if (node == PHRASE_NONE)
			break;
		if ((v = phrase_value(lx->phrases, node)) != PHRASE_NONE) {
			best = v;
			bestj = j;
			end = t->start + t->len;
		}
	}
	if (best == PHRASE_NONE || end - start >= SCAN_HIT_MAXLEN)
		return 0;
	xgrow(&s->cands, &s->candcap, s->ncands + 1, sizeof(*s->cands));
	h = &s->cands[s->ncands++];
	h->start = start;
	h->len = (uint16_t)(end - start);
	h->line = line;
	h->skill = (uint16_t)lx->aliases[best].skill;
	h->ambiguous = lx->aliases[best].ambiguous != 0;
	return bestj - i + 1;
}

/*
 * Merge the pattern matches into the alias candidates, both in
 * cand_cmp order, from the back, so no second array as large as the
 * candidates is needed.  Aliases come first among equals.
 */
static void
merge_patterns(struct scanner *s)
{
	size_t	a = s->ncands, p = s->npcands, out;

	if (p == 0)
		return;
	if (p > 1)
		qsort(s->pcands, p, sizeof(*s->pcands), pattern_cmp);
	for (out = 0; out < p; out++)
		s->pcands[out].line = 0;	/* set after selection */
	xgrow(&s->cands, &s->candcap, a + p, sizeof(*s->cands));
	for (out = a + p; p > 0; ) {
		if (a > 0 && cand_cmp(&s->cands[a - 1], &s->pcands[p - 1]) > 0)
			s->cands[--out] = s->cands[--a];
		else
			s->cands[--out] = s->pcands[--p];
	}
	s->ncands += s->npcands;
}

size_t
scan_run(struct scanner *s, const char *text, size_t len,
    const struct scan_hit **hits, int *incomplete)
{
	size_t		 i, n, at;
	uint32_t	 last_end, nl_line;
	const char	*p;
	int		 rc;

	s->ncands = s->npcands = 0;
	*incomplete = 0;
	ahead_reset(&s->ahead);

	/* Aliases: already leftmost-longest along the tokens. */
	for (i = 0; ahead_get(&s->ahead, text, len, i) != NULL;
	    i += n ? n : 1) {
		n = longest_alias_at(s, text, len, i);
		ahead_drop(&s->ahead, i + (n ? n : 1));
	}

	s->text = text;
	if (s->lx->patterns != NULL) {
		rc = pcre2_match(s->lx->patterns, (PCRE2_SPTR)text, len, 0,
		    PCRE2_NO_UTF_CHECK, s->md, s->mc);
		if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT)
			*incomplete = 1;
	}
	/*
	 * The others begin at one of their words, after no letter or
	 * digit: tried there only.  A byte beyond ASCII before a word may
	 * be a letter or not, so the pattern decides.
	 */
	for (at = 0; s->lx->patterns_at != NULL && at < len; at++) {
		if (at > 0 && word_byte[(unsigned char)text[at - 1]])
			continue;
		if (!rulekeys_at(s->lx->pattern_keys, text, at, len))
			continue;
		rc = pcre2_match(s->lx->patterns_at, (PCRE2_SPTR)text, len,
		    at, PCRE2_NO_UTF_CHECK, s->md, s->mc);
		if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT)
			*incomplete = 1;
	}
	merge_patterns(s);

	/*
	 * Leftmost-longest, non-overlapping, selected in place: the hits
	 * are a prefix of the candidates, written no faster than read.
	 */
	last_end = 0;
	nl_line = 0;
	p = text;
	for (i = 0, n = 0; i < s->ncands; i++) {
		if (n > 0 && s->cands[i].start < last_end)
			continue;
		s->cands[n] = s->cands[i];
		/* Pattern hits learn their line here, counting forward. */
		while ((p = memchr(p, '\n', text + s->cands[n].start - p))
		    != NULL) {
			p++;
			nl_line++;
		}
		p = text + s->cands[n].start;
		s->cands[n].line = nl_line;
		last_end = (uint32_t)SCAN_HIT_END(&s->cands[n]);
		n++;
	}
	*hits = s->cands;
	return n;
}
