/*
 * titles.c: job titles, clause by clause.
 */
#include <stdlib.h>
#include <string.h>

#include "experience.h"
#include "lexicon.h"
#include "norm.h"
#include "phrase.h"
#include "sections.h"
#include "titles.h"
#include "token.h"
#include "util.h"

/* A title is a clause of at most this many words: not a sentence. */
#define TITLE_WORDS		7
/* A line that long is prose, not a job's heading line. */
#define TITLE_LINE_WORDS	24
/* Non-empty lines above the first heading that may hold a headline. */
#define HEADLINE_LINES		4
/* How far from its title a job's dates may stand, in lines. */
#define RANGE_BELOW		2
#define RANGE_ABOVE		1

void
titles_init(struct titles *t)
{
	memset(t, 0, sizeof(*t));
	t->latest = t->stage = LEX_NONE;
}

void
titles_free(struct titles *t)
{
	free(t->v);
	titles_init(t);
}

/*
 * Whether the text between two tokens ends a clause: a comma, a bar, a
 * dash between spaces, a bracket, a tab or a run of spaces (columns).
 */
static int
clause_break(const char *s, size_t from, size_t to)
{
	size_t	i;

	for (i = from; i < to; i++) {
		switch (s[i]) {
		case ',': case '|': case '(': case ')': case '[': case ']':
		case ';': case '\t': case ':':
			return 1;
		case '-':
			/* "Engineer - Acme", not "back-end" */
			if (i > from && s[i - 1] == ' ')
				return 1;
			break;
		case ' ':
			if (i + 1 < to && s[i + 1] == ' ')
				return 1;
			break;
		default:
			/* A middle dot or a bullet between words. */
			if ((unsigned char)s[i] >= 0x80)
				return 1;
			break;
		}
	}
	return 0;
}

/* Whether a line starts with a bullet: a job's details, not its title. */
static int
bulleted(const char *s, size_t len)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 i = 0;

	while (i < len && s[i] == ' ')
		i++;
	if (i == len)
		return 0;
	if (s[i] == '-' || s[i] == '*' || s[i] == '>')
		return 1;
	if (s[i] == 'o' && i + 1 < len && s[i + 1] == ' ')
		return 1;
	/*
	 * U+2000 to U+2FFF, where bullets, arrows, squares and check
	 * marks live (a line never starts a word there), and the middle
	 * dot U+00B7.
	 */
	return u[i] == 0xe2 || (u[i] == 0xc2 && i + 1 < len &&
	    u[i + 1] == 0xb7);
}

/*
 * The longest title phrase that toks[i..n) starts with: its index in
 * lx->titles, and in *next the token after it; PHRASE_NONE (and *next
 * i + 1) if none.
 */
static uint32_t
longest_title(const struct lexicon *lx, const char *text,
    const struct token *toks, size_t i, size_t n, size_t *next)
{
	uint32_t	node = PHRASE_ROOT, v = PHRASE_NONE, here;
	size_t		k;

	*next = i + 1;
	for (k = i; k < n; k++) {
		node = phrase_step(lx->title_phrases, node,
		    text + toks[k].start, toks[k].len);
		if (node == PHRASE_NONE)
			break;
		if ((here = phrase_value(lx->title_phrases, node)) !=
		    PHRASE_NONE) {
			v = here;
			*next = k + 1;
		}
	}
	return v;
}

/*
 * The stage of the title in the clause toks[0..n), or LEX_NONE when the
 * clause names no job or is too long to be a title.
 */
static size_t
clause_stage(const struct lexicon *lx, const char *text,
    const struct token *toks, size_t n, int *ranked)
{
	const struct lex_title	*t;
	uint32_t		 v;
	size_t			 i, job = LEX_NONE, rank = LEX_NONE, next;
	int			 framed = 0;

	if (n == 0 || n > TITLE_WORDS)
		return LEX_NONE;
	for (i = 0; i < n; i = next) {
		if ((v = longest_title(lx, text, toks, i, n, &next)) ==
		    PHRASE_NONE)
			continue;
		t = &lx->titles[v];
		/*
		 * A title ends with its job or rank ("Senior Engineer",
		 * "Engineer II") or starts with its job ("Ingeniero de
		 * software"); "a developer conference" is no title.
		 */
		if (next == n || (i == 0 && t->job))
			framed = 1;
		if (t->job && (job == LEX_NONE || t->job_stage > job))
			job = t->job_stage;
		/* Jobs that are levels are ranks too: "tech lead", "cto". */
		if (t->rank && (rank == LEX_NONE || t->stage > rank))
			rank = t->stage;
	}
	if (job == LEX_NONE || !framed)
		return LEX_NONE;
	*ranked = rank != LEX_NONE;
	return rank != LEX_NONE ? rank : job;
}

/* The experience range that dates the title on line (1-based). */
static size_t
range_near(const struct experience *x, uint32_t line)
{
	size_t	i, best = LEX_NONE;
	long	d, bestd = 0;

	for (i = 0; i < x->nranges; i++) {
		d = (long)x->lines[i] - (long)line;
		if (d > RANGE_BELOW || d < -RANGE_ABOVE)
			continue;
		/* The same line, then below, then above. */
		d = d >= 0 ? 2 * d : -2 * d + 1;
		if (best == LEX_NONE || d < bestd) {
			best = i;
			bestd = d;
		}
	}
	return best;
}

static void
add_title(struct titles *t, uint32_t line, uint32_t start, uint32_t end,
    size_t stage, int headline, int ranked)
{
	xgrow(&t->v, &t->cap, t->n + 1, sizeof(*t->v));
	t->v[t->n].line = line;
	t->v[t->n].start = start;
	t->v[t->n].end = end;
	t->v[t->n].stage = stage;
	t->v[t->n].range = LEX_NONE;
	t->v[t->n].headline = headline;
	t->v[t->n].ranked = ranked;
	t->n++;
}

/* Whether a token joins two clauses without being part of either. */
static int
joiner(const char *text, const struct token *t)
{
	return (t->len == 1 && (text[t->start] == '/' ||
	    text[t->start] == '&')) ||
	    (t->len == 2 && memcmp(text + t->start, "at", 2) == 0);
}

/*
 * The stage of the clause at toks[from..n) when it holds rank words
 * and nothing else, or LEX_NONE.
 */
static size_t
rank_clause(const struct lexicon *lx, const char *text,
    const struct token *toks, size_t from, size_t n)
{
	uint32_t	v;
	size_t		i, next, rank = LEX_NONE;

	for (i = from; i < n; i = next) {
		if (i > from && clause_break(text, toks[i - 1].start +
		    toks[i - 1].len, toks[i].start))
			break;
		v = longest_title(lx, text, toks, i, n, &next);
		if (v == PHRASE_NONE || !lx->titles[v].rank)
			return LEX_NONE;
		if (rank == LEX_NONE || lx->titles[v].stage > rank)
			rank = lx->titles[v].stage;
	}
	return rank;
}

/* The first title clause of the line text[from..to), if any. */
static void
scan_line(struct titles *t, const struct lexicon *lx, const char *text,
    size_t from, size_t to, uint32_t line, int headline)
{
	struct token	toks[TITLE_LINE_WORDS + 1], tok;
	size_t		pos = from, n = 0, first, end, stage, rank;
	int		ranked = 0;
	uint32_t	nl = 0;

	while (n <= TITLE_LINE_WORDS && token_next(text, to, &pos, &nl, &tok))
		toks[n++] = tok;
	if (n == 0 || n > TITLE_LINE_WORDS)
		return;
	for (first = 0; first < n; ) {
		/* The clause toks[first..end) runs to a break or a joiner. */
		end = first;
		while (end < n && !joiner(text, &toks[end])) {
			end++;
			if (end < n && clause_break(text, toks[end - 1].start +
			    toks[end - 1].len, toks[end].start))
				break;
		}
		stage = clause_stage(lx, text, toks + first, end - first,
		    &ranked);
		if (stage != LEX_NONE) {
			/* "Java Developer (Junior)": a rank set apart. */
			if ((rank = rank_clause(lx, text, toks, end, n)) !=
			    LEX_NONE) {
				stage = rank;
				ranked = 1;
			}
			add_title(t, line, toks[first].start,
			    toks[end - 1].start + toks[end - 1].len, stage,
			    headline, ranked);
			return;
		}
		first = end;
		if (first < n && joiner(text, &toks[first]))
			first++;
	}
}

void
titles_run(struct titles *t, const struct lexicon *lx, const struct norm *n,
    const struct sections *sc, const struct experience *x)
{
	const char	*s = n->text, *nl;
	size_t		 from = 0, to, sec, i, headlines = 0, best;
	uint32_t	 line = 0;
	int		 headed = 0, usable;

	t->n = 0;
	t->latest = t->stage = LEX_NONE;
	if (lx->ntitles == 0)
		return;
	for (from = 0; from < n->len; from = to + 1, line++) {
		nl = memchr(s + from, '\n', n->len - from);
		to = nl != NULL ? (size_t)(nl - s) : n->len;
		if (sections_heading(sc, line))
			headed = 1;
		if (to == from)
			continue;
		sec = sections_section(sc, line);
		if (!headed) {
			/* The headline: a title under the name. */
			if (++headlines > HEADLINE_LINES)
				continue;
			usable = 1;
		} else
			usable = sec != LEX_NONE && lx->sections[sec].titles;
		if (usable && !bulleted(s + from, to - from))
			scan_line(t, lx, s, from, to, line + 1, !headed);
	}

	/* The latest job's title: the one whose dates end last. */
	best = LEX_NONE;
	for (i = 0; i < t->n; i++) {
		if (t->v[i].headline)
			continue;
		t->v[i].range = range_near(x, t->v[i].line);
		if (t->v[i].range == LEX_NONE)
			continue;
		if (best == LEX_NONE ||
		    x->ranges[t->v[i].range].end >
		    x->ranges[t->v[best].range].end ||
		    (x->ranges[t->v[i].range].end ==
		    x->ranges[t->v[best].range].end &&
		    x->ranges[t->v[i].range].start >
		    x->ranges[t->v[best].range].start))
			best = i;
	}
	/* Undated: the first job listed, resumes put the latest first. */
	for (i = 0; best == LEX_NONE && i < t->n; i++)
		if (!t->v[i].headline)
			best = i;
	for (i = 0; best == LEX_NONE && i < t->n; i++)
		best = i;
	/*
	 * A headline that ranks the job the latest title leaves unranked
	 * ("Junior Backend Engineer" above "Backend Engineer, Kiezkasse")
	 * says more: many employers give every level the same title.
	 */
	if (best != LEX_NONE && !t->v[best].ranked)
		for (i = 0; i < t->n; i++)
			if (t->v[i].headline && t->v[i].ranked) {
				best = i;
				break;
			}
	t->latest = best;
	t->stage = best == LEX_NONE ? LEX_NONE : t->v[best].stage;
}
