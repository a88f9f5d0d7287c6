/*
 * rulekeys.c: derive the literal words a rule's regular expression
 * requires, and find them on a line.
 *
 * A context rule runs for each mention near it, so a rule that cannot
 * match should cost a glance, not a regex search over the text it can
 * reach.  The derivation reads a subset of PCRE2 syntax: literal
 * characters, groups, alternation, classes, the usual escapes and
 * quantifiers, lookarounds.  Whatever else it meets (option settings,
 * backreferences, \Q...\E, \K, verbs) makes it give up, and the rule
 * then always runs: a key is only ever a word every match contains.
 *
 * For a node of the pattern the derivation gives a set of keys such
 * that any text the node matches contains one of them: a run of literal
 * characters is its own key; a sequence takes the set of one of its
 * required items; an alternation the union of its branches' sets, or
 * none if one branch has none; an item that may repeat zero times
 * requires nothing.  Lookarounds match no text of their own and give
 * nothing.  A set is a start set when every match of the node begins
 * with one of its keys, after zero-width assertions only: then no match
 * begins anywhere else, and the caller may start the regex at the first
 * key.
 */
#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "rulekeys.h"
#include "util.h"

/* More keys than this and the test costs more than it saves. */
#define MAXKEYS		64
/* Deeper nesting than this is given up on. */
#define MAXDEPTH	32

struct key {
	const char	*s;		/* lower case, in the keys' bytes */
	size_t		 off;		/* where, while deriving */
	size_t		 len;
	int		 wb;		/* \b before it: it must begin a word */
	unsigned char	 first;
};

/*
 * Keys are sorted by their first byte, then by length: the keys that
 * may begin at a byte b of text are v[first[b]..first[b] + nfirst[b]),
 * shortest first, whatever the case of b.
 */
struct rule_keys {
	struct key	*v;
	size_t		 n;
	char		*bytes;
	size_t		 id;
	int		 start;
	unsigned char	 first[256];
	unsigned char	 nfirst[256];
	unsigned char	 inword[256];	/* some may begin inside a word */
	int		 in_words;	/* all must begin words */
};

/* A node's keys while deriving; ok is 0 when it requires nothing known. */
struct kset {
	struct key	*v;
	size_t		 n, cap;
	int		 ok;
	int		 start;
};

struct parse {
	const char	*p;
	struct buf	 bytes;		/* every key's, by offset */
	int		 fail;		/* syntax given up on */
	int		 depth;
};

static void
kset_free(struct kset *k)
{
	free(k->v);
	memset(k, 0, sizeof(*k));
}

/* ASCII only, and inline: these run for every byte a key may begin. */
static int
is_word(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c == '_';
}

static unsigned char
lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

static void
kset_add(struct parse *ps, struct kset *k, const char *s, size_t len, int wb)
{
	xgrow(&k->v, &k->cap, k->n + 1, sizeof(*k->v));
	k->v[k->n].s = NULL;
	k->v[k->n].off = ps->bytes.len;
	k->v[k->n].len = len;
	k->v[k->n].first = (unsigned char)s[0];
	k->v[k->n].wb = wb && is_word((unsigned char)s[0]);
	k->n++;
	buf_add(&ps->bytes, s, len);
}

/* Move b's keys into a (b is left empty). */
static void
kset_take(struct kset *a, struct kset *b)
{
	xgrow(&a->v, &a->cap, a->n + b->n, sizeof(*a->v));
	memcpy(a->v + a->n, b->v, b->n * sizeof(*b->v));
	a->n += b->n;
	kset_free(b);
}

/* The length of the shortest key: longer keys are rarer in text. */
static size_t
kset_minlen(const struct kset *k)
{
	size_t	i, m = (size_t)-1;

	for (i = 0; i < k->n; i++)
		if (k->v[i].len < m)
			m = k->v[i].len;
	return m;
}

static void	parse_alt(struct parse *, struct kset *);

/*
 * A quantifier after an atom: whether there is one, its minimum in *min
 * (1 when there is none).  A brace that is no quantifier is a literal to
 * PCRE2; it is given up on here.
 */
static int
parse_quant(struct parse *ps, unsigned long *min)
{
	char	*end;

	*min = 1;
	switch (*ps->p) {
	case '?': case '*':
		*min = 0;
		ps->p++;
		break;
	case '+':
		ps->p++;
		break;
	case '{':
		if (!isdigit((unsigned char)ps->p[1])) {
			ps->fail = 1;
			return 0;
		}
		*min = strtoul(ps->p + 1, &end, 10);
		if (*end == ',') {
			end++;
			while (isdigit((unsigned char)*end))
				end++;
		}
		if (*end != '}') {
			ps->fail = 1;
			return 0;
		}
		ps->p = end + 1;
		break;
	default:
		return 0;
	}
	if (*ps->p == '?' || *ps->p == '+')	/* lazy, possessive */
		ps->p++;
	return 1;
}

/* Skip a character class; ps->p is past its '['. */
static void
skip_class(struct parse *ps)
{
	const char	*p = ps->p;

	if (*p == '^')
		p++;
	if (*p == ']')
		p++;			/* a ']' first is a member */
	for (; *p != '\0' && *p != ']'; p++) {
		if (*p == '\\') {
			if (p[1] == '\0' || p[1] == 'Q' || p[1] == 'E') {
				ps->fail = 1;
				return;
			}
			p++;
		} else if (*p == '[' && p[1] == ':') {
			const char	*e = strstr(p + 2, ":]");

			if (e == NULL) {
				ps->fail = 1;
				return;
			}
			p = e + 1;
		}
	}
	if (*p != ']') {
		ps->fail = 1;
		return;
	}
	ps->p = p + 1;
}

/* What one atom is to the sequence holding it. */
enum atom {
	A_CHAR,			/* a literal character, in *c */
	A_BOUNDARY,		/* \b */
	A_ZERO,			/* another zero-width assertion */
	A_GROUP,		/* a group, its keys in the kset */
	A_OTHER			/* consumes text, requires no key known */
};

/* One atom at ps->p; a group's keys go to *k. */
static enum atom
parse_atom(struct parse *ps, char *c, struct kset *k)
{
	unsigned char	ch = (unsigned char)*ps->p;
	int		look = 0;

	switch (ch) {
	case '(':
		ps->p++;
		if (*ps->p == '*') {
			ps->fail = 1;	/* (*VERB) */
			return A_OTHER;
		}
		if (*ps->p == '?') {
			if (ps->p[1] == ':' || ps->p[1] == '>')
				ps->p += 2;
			else if (ps->p[1] == '=' || ps->p[1] == '!') {
				ps->p += 2;
				look = 1;
			} else if (ps->p[1] == '<' && (ps->p[2] == '=' ||
			    ps->p[2] == '!')) {
				ps->p += 3;
				look = 1;
			} else {
				ps->fail = 1;	/* options, names, ... */
				return A_OTHER;
			}
		}
		if (++ps->depth > MAXDEPTH) {
			ps->fail = 1;
			return A_OTHER;
		}
		parse_alt(ps, k);
		ps->depth--;
		if (ps->fail || *ps->p != ')') {
			ps->fail = 1;
			return A_OTHER;
		}
		ps->p++;
		if (look) {
			kset_free(k);
			return A_ZERO;
		}
		return A_GROUP;
	case '[':
		ps->p++;
		skip_class(ps);
		return A_OTHER;
	case '.':
		ps->p++;
		return A_OTHER;
	case '^': case '$':
		ps->p++;
		return A_ZERO;
	case '\\':
		ch = (unsigned char)ps->p[1];
		ps->p += 2;
		switch (ch) {
		case 'b':
			return A_BOUNDARY;
		case 'B': case 'A': case 'z': case 'Z': case 'G':
			return A_ZERO;
		case 's': case 'S': case 'w': case 'W': case 'd': case 'D':
		case 'h': case 'H': case 'v': case 'V': case 'R': case 'N':
		case 'X':
			return A_OTHER;
		}
		if (ch >= 0x21 && ch < 0x7F && !is_word(ch)) {
			*c = (char)ch;
			return A_CHAR;
		}
		ps->fail = 1;
		return A_OTHER;
	default:
		if (ch >= 0x80) {
			/* One whole character; its case variants are not ours. */
			ps->p++;
			while (((unsigned char)*ps->p & 0xC0) == 0x80)
				ps->p++;
			return A_OTHER;
		}
		if (ch < 0x20 || ch == 0x7F || ch == ']' || ch == '{' ||
		    ch == '}' || ch == '?' || ch == '*' || ch == '+') {
			ps->fail = 1;
			return A_OTHER;
		}
		ps->p++;
		*c = (char)lower(ch);
		return A_CHAR;
	}
}

/* What a sequence has found so far: its candidate sets and its state. */
struct seq {
	struct kset	 best;		/* the most selective required set */
	struct kset	 lead;		/* the set its matches begin with */
	size_t		 nrun;
	int		 run_lead;	/* the run begins every match */
	int		 run_wb;	/* and follows \b */
	int		 consumed;	/* something before may take text */
	int		 after_b;	/* \b since the last consuming item */
	char		 run[256];	/* literal characters in a row, last */
};

/* Offer a required set to the sequence; it keeps the better. */
static void
seq_offer(struct seq *q, struct kset *k, int lead)
{
	if (lead && k->ok) {
		kset_free(&q->lead);
		q->lead = *k;
		q->lead.start = 1;
		memset(k, 0, sizeof(*k));
		return;
	}
	if (k->ok && (!q->best.ok || kset_minlen(k) >
	    kset_minlen(&q->best))) {
		kset_free(&q->best);
		q->best = *k;
		q->best.start = 0;
		memset(k, 0, sizeof(*k));
		return;
	}
	kset_free(k);
}

static void
seq_flush(struct parse *ps, struct seq *q)
{
	struct kset	k;

	if (q->nrun == 0)
		return;
	memset(&k, 0, sizeof(k));
	kset_add(ps, &k, q->run, q->nrun, q->run_wb);
	k.ok = 1;
	seq_offer(q, &k, q->run_lead);
	q->nrun = 0;
}

/* A sequence of items up to '|', ')' or the end, its keys in *out. */
static void
parse_seq(struct parse *ps, struct kset *out)
{
	struct seq	q;
	struct kset	k;
	enum atom	a;
	unsigned long	min;
	size_t		i;
	char		c = 0;
	int		quant;

	memset(&q, 0, offsetof(struct seq, run));
	while (!ps->fail && *ps->p != '\0' && *ps->p != '|' &&
	    *ps->p != ')') {
		memset(&k, 0, sizeof(k));
		a = parse_atom(ps, &c, &k);
		if (ps->fail) {
			kset_free(&k);
			break;
		}
		quant = parse_quant(ps, &min);
		if (ps->fail) {
			kset_free(&k);
			break;
		}
		switch (a) {
		case A_BOUNDARY:
			q.after_b = min > 0;
			break;
		case A_ZERO:
			break;
		case A_CHAR:
			if (min == 0 || q.nrun == sizeof(q.run)) {
				seq_flush(ps, &q);
				q.consumed = 1;
				q.after_b = 0;
				if (min == 0)
					break;
			}
			if (q.nrun == 0) {
				q.run_lead = !q.consumed;
				q.run_wb = q.after_b;
			}
			q.run[q.nrun++] = c;
			q.consumed = 1;
			q.after_b = 0;
			/* Repeats follow: the run cannot go on past them. */
			if (quant)
				seq_flush(ps, &q);
			break;
		case A_GROUP:
			seq_flush(ps, &q);
			if (min > 0 && k.ok) {
				if (q.after_b && k.start)
					for (i = 0; i < k.n; i++)
						k.v[i].wb = is_word(k.v[i].first);
				seq_offer(&q, &k, k.start && !q.consumed);
			}
			kset_free(&k);
			q.consumed = 1;
			q.after_b = 0;
			break;
		default:
			seq_flush(ps, &q);
			q.consumed = 1;
			q.after_b = 0;
			break;
		}
	}
	seq_flush(ps, &q);
	memset(out, 0, sizeof(*out));
	if (ps->fail) {
		kset_free(&q.lead);
		kset_free(&q.best);
		return;
	}
	/*
	 * A set the matches begin with lets the regex start late, so it is
	 * taken unless it is a single character and another is longer.
	 */
	if (q.lead.ok && (kset_minlen(&q.lead) >= 2 || !q.best.ok ||
	    kset_minlen(&q.best) <= kset_minlen(&q.lead))) {
		*out = q.lead;
		kset_free(&q.best);
	} else {
		*out = q.best;
		kset_free(&q.lead);
	}
}

static void
parse_alt(struct parse *ps, struct kset *out)
{
	struct kset	k;
	int		first = 1;

	memset(out, 0, sizeof(*out));
	for (;;) {
		parse_seq(ps, &k);
		if (ps->fail) {
			kset_free(&k);
			kset_free(out);
			return;
		}
		if (first) {
			*out = k;
			first = 0;
		} else if (out->ok && k.ok && out->n + k.n <= MAXKEYS) {
			out->start = out->start && k.start;
			kset_take(out, &k);
		} else {
			kset_free(&k);
			kset_free(out);
		}
		if (*ps->p != '|')
			return;
		ps->p++;
	}
}

static int
by_first_and_length(const void *a, const void *b)
{
	const struct key	*x = a, *y = b;

	if (x->first != y->first)
		return x->first < y->first ? -1 : 1;
	return x->len < y->len ? -1 : x->len > y->len;
}

struct rule_keys *
rulekeys_new(const char *src, size_t id)
{
	struct parse		 ps;
	struct kset		 k;
	struct rule_keys	*rk;
	size_t			 i;
	unsigned char		 c;

	memset(&ps, 0, sizeof(ps));
	ps.p = src;
	parse_alt(&ps, &k);
	if (ps.fail || *ps.p != '\0' || !k.ok || k.n == 0 ||
	    k.n > MAXKEYS) {
		kset_free(&k);
		buf_free(&ps.bytes);
		return NULL;
	}
	rk = xcalloc(1, sizeof(*rk));
	rk->v = k.v;
	rk->n = k.n;
	rk->bytes = ps.bytes.data;	/* the buffer is handed over */
	for (i = 0; i < rk->n; i++)
		rk->v[i].s = rk->bytes + rk->v[i].off;
	rk->id = id;
	rk->start = k.start;
	qsort(rk->v, rk->n, sizeof(*rk->v), by_first_and_length);
	rk->in_words = 1;
	for (i = rk->n; i-- > 0; ) {
		c = rk->v[i].first;
		rk->first[c] = rk->first[toupper(c)] = (unsigned char)i;
		rk->nfirst[c]++;
		if (toupper(c) != c)
			rk->nfirst[toupper(c)]++;
		if (!rk->v[i].wb) {
			rk->inword[c] = rk->inword[toupper(c)] = 1;
			rk->in_words = 0;
		}
	}
	return rk;
}

void
rulekeys_free(struct rule_keys *rk)
{
	if (rk == NULL)
		return;
	free(rk->bytes);
	free(rk->v);
	free(rk);
}

size_t
rulekeys_id(const struct rule_keys *rk)
{
	return rk->id;
}

int
rulekeys_start(const struct rule_keys *rk)
{
	return rk->start;
}

/*
 * Whether a key may begin at line[p]: most keys begin words, and most
 * places in text are inside one.
 */
static int
may_begin(const struct rule_keys *rk, const char *line, size_t p)
{
	unsigned char	c = (unsigned char)line[p];

	return rk->nfirst[c] && (rk->inword[c] || p == 0 ||
	    !is_word((unsigned char)line[p - 1]));
}

/*
 * The end of the shortest key at line[p] ending by hi, or 0.  At an
 * edge, \b before a key holds whatever the byte before it.  A byte of
 * a non-ASCII character before a key may be a letter or not: the key
 * is taken, so the regex decides.
 */
static size_t
key_at(const struct rule_keys *rk, const char *line, size_t p, size_t hi,
    int edge)
{
	const struct key	*k;
	size_t			 i, j, b = (unsigned char)line[p];

	for (i = rk->first[b]; i < (size_t)rk->first[b] + rk->nfirst[b]; i++) {
		k = &rk->v[i];
		if (p + k->len > hi)
			break;			/* shortest first */
		if (k->wb && !edge && p > 0 &&
		    is_word((unsigned char)line[p - 1]))
			continue;
		for (j = 1; j < k->len; j++)
			if (lower((unsigned char)line[p + j]) !=
			    (unsigned char)k->s[j])
				break;
		if (j == k->len)
			return p + k->len;
	}
	return 0;
}

int
rulekeys_in_words(const struct rule_keys *rk)
{
	return rk->in_words;
}

size_t
rulekeys_word_starts(const char *line, size_t len, uint32_t **v,
    size_t *cap)
{
	size_t	p, n = 0;
	int	prev = 0;		/* the byte before is a word's */

	for (p = 0; p < len; p++) {
		if (is_word((unsigned char)line[p])) {
			if (!prev) {
				xgrow(v, cap, n + 1, sizeof(**v));
				(*v)[n++] = (uint32_t)p;
			}
			prev = 1;
		} else
			prev = 0;
	}
	return n;
}

/* The first place at or after lo on l where a key begins, or none. */
static size_t
scan_from(const struct rule_keys *rk, const struct rule_line *l, size_t lo,
    size_t *end)
{
	const char	*line = l->text;
	size_t		 p, e, a, b, m;

	if (rk->in_words && l->starts != NULL) {
		/* The first word start at or after lo, then word starts. */
		for (a = 0, b = l->nstarts; a < b; ) {
			m = a + (b - a) / 2;
			if (l->starts[m] < lo)
				a = m + 1;
			else
				b = m;
		}
		for (; a < l->nstarts; a++) {
			p = l->starts[a];
			if (rk->nfirst[(unsigned char)line[p]] &&
			    (e = key_at(rk, line, p, l->len, 0)) != 0) {
				*end = e;
				return p;
			}
		}
		return RULEKEYS_NONE;
	}
	for (p = lo; p < l->len; p++)
		if (may_begin(rk, line, p) &&
		    (e = key_at(rk, line, p, l->len, 0)) != 0) {
			*end = e;
			return p;
		}
	return RULEKEYS_NONE;
}

/*
 * The next place after p where one of rk's keys lies wholly in
 * line[p + 1..hi), or RULEKEYS_NONE; it reads the text each time.
 */
static size_t
next_key(const struct rule_keys *rk, const char *line, size_t p, size_t hi)
{
	for (p++; p < hi; p++)
		if (may_begin(rk, line, p) &&
		    key_at(rk, line, p, hi, 0) != 0)
			return p;
	return RULEKEYS_NONE;
}

size_t
rulekeys_find(const struct rule_keys *rk, struct rule_scan *s,
    const struct rule_line *l, size_t lo, size_t hi, int lo_is_edge)
{
	const char	*line = l->text;

	if (hi > l->len)
		hi = l->len;
	if (lo >= hi)
		return RULEKEYS_NONE;
	if (lo_is_edge && rk->nfirst[(unsigned char)line[lo]] &&
	    key_at(rk, line, lo, hi, 1) != 0)
		return lo;
	if (lo_is_edge)
		lo++;
	/*
	 * The first key at or after lo anywhere on the line: the last
	 * search's answer if it looked from no later than lo and found
	 * nothing before it.
	 */
	if (s->stamp != l->stamp || s->from > lo ||
	    (s->at != RULEKEYS_NONE && s->at < lo)) {
		s->stamp = l->stamp;
		s->at = scan_from(rk, l, lo, &s->end);
	}
	s->from = lo;
	if (s->at == RULEKEYS_NONE || s->at >= hi)
		return RULEKEYS_NONE;
	if (s->end <= hi)
		return s->at;
	/*
	 * The key found runs past hi; a shorter one after it may not.
	 * They are all within the longest key's length of hi.
	 */
	return next_key(rk, line, s->at, hi);
}

int
rulekeys_at(const struct rule_keys *rk, const char *line, size_t p,
    size_t hi)
{
	return p < hi && rk->nfirst[(unsigned char)line[p]] &&
	    key_at(rk, line, p, hi, 0) != 0;
}


size_t
rulekeys_prev(const struct rule_keys *rk, const char *line, size_t lo,
    size_t p, size_t hi)
{
	while (p-- > lo)
		if (may_begin(rk, line, p) && key_at(rk, line, p, hi, 0) != 0)
			return p;
	return RULEKEYS_NONE;
}
