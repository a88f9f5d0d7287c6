/*
 * posting.c: a posting's requirements, and how far a resume meets them.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyze.h"
#include "diag.h"
#include "lexicon.h"
#include "phrase.h"
#include "posting.h"
#include "read.h"
#include "sections.h"
#include "token.h"
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
		    lx->sections[e->section].posting_weight >= 0 ?
		    lx->sections[e->section].posting_weight :
		    lx->posting_weight;
		if (w > best) {
			best = w;
			*at = f->first[s] + i;
		}
	}
	return best;
}

/* A technology, which a resume names, not a practice ("debugging"). */
static int
technology(const struct lexicon *lx, size_t s)
{
	return lx->skills[s].kind != LEX_NONE && !lx->skills[s].practice;
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
		/* Named only where the posting asks for nothing. */
		if ((v[n].weight = skill_weight(lx, f, s, &v[n].at)) == 0)
			continue;
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
		/* "Python, Java, Go": one of the lexicon's groups, on a line. */
		if (k == i + 1 && lx->skills[v[i].skill].group != LEX_NONE)
			for (s = 0; s < p->nreqs; s++)
				if (p->reqs[s].group ==
				    lx->skills[v[i].skill].group &&
				    !p->reqs[s].alternatives &&
				    p->reqs[s].line == v[i].line)
					r = &p->reqs[s];
		if (r == NULL) {
			r = new_req(p, &cap);
			r->group = k == i + 1 ?
			    lx->skills[v[i].skill].group : LEX_NONE;
			r->alternatives = k > i + 1;
			r->line = v[i].line;
		}
		for (s = i; s < k; s++)
			req_add(r, &v[s]);
		/*
		 * "Kafka or another event streaming platform": after the
		 * last technology of the run, the posting takes its kind.
		 */
		for (s = k; s-- > i && !technology(lx, v[s].skill); )
			continue;
		if (s != (size_t)-1 && s >= i &&
		    or_similar(text, p->doc->len, v[s].end))
			r->kind = lx->skills[v[s].skill].kind;
	}
	free(v);
	if (p->nreqs > 1)
		qsort(p->reqs, p->nreqs, sizeof(*p->reqs), req_cmp);
	for (i = 0; i < p->nreqs; i++) {
		/*
		 * Knock-outs are technologies, which a resume names; a
		 * practice of the section ("debugging") weighs as much but
		 * is seldom written down.
		 */
		for (k = 0; k < p->reqs[i].nskills &&
		    !technology(lx, p->reqs[i].skills[k]); k++)
			continue;
		p->reqs[i].must = p->reqs[i].weight >= heaviest &&
		    heaviest > lx->posting_weight &&
		    (k < p->reqs[i].nskills || p->reqs[i].kind != LEX_NONE);
		p->nmust += p->reqs[i].must;
		p->total += p->reqs[i].weight;
	}
}

/* A count of years the posting asks for, as written. */
enum years_form {
	YEARS_OF,		/* "5+ years", "3-5 yrs", "five years" */
	YEARS_OF_THEM		/* "at least 3 of them with Go" */
};

struct years_expr {
	enum years_form	form;
	double		n;
	size_t		start, end;	/* document offsets */
	uint32_t	line;		/* 0-based */
};

static const char *const number_words[] = {
	"one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
	NULL
};

/* Whether text[i..) starts with the word w, any case, then no letter. */
static int
word_at(const char *t, size_t len, size_t i, const char *w)
{
	size_t	n = strlen(w), k;

	if (i + n > len)
		return 0;
	for (k = 0; k < n; k++)
		if ((t[i + k] | 0x20) != w[k])
			return 0;
	return i + n == len || !isalpha((unsigned char)t[i + n]);
}

static size_t
skip_blanks(const char *t, size_t len, size_t i)
{
	while (i < len && (t[i] == ' ' || t[i] == '\t'))
		i++;
	return i;
}

/* A number at t[i]: digits or a word; its value, or 0, and *end. */
static double
number_at(const char *t, size_t len, size_t i, size_t *end)
{
	double	n = 0;
	size_t	k;

	if (i < len && isdigit((unsigned char)t[i])) {
		for (k = i; k < len && isdigit((unsigned char)t[k]) &&
		    k - i < 3; k++)
			n = n * 10 + (t[k] - '0');
		if (k < len && isalnum((unsigned char)t[k]))
			return 0;
		*end = k;
		return n;
	}
	for (k = 0; number_words[k] != NULL; k++)
		if (word_at(t, len, i, number_words[k])) {
			*end = i + strlen(number_words[k]);
			return (double)(k + 1);
		}
	return 0;
}

/* "the last two years", "within 3 years": a time, not experience. */
static int
after_time_word(const char *t, size_t i)
{
	static const char *const words[] = {
		"last", "past", "next", "first", "within", "over", "every",
		NULL
	};
	size_t	k, e = i, b;

	while (e > 0 && t[e - 1] == ' ')
		e--;
	for (b = e; b > 0 && isalpha((unsigned char)t[b - 1]); b--)
		continue;
	for (k = 0; words[k] != NULL; k++)
		if (e - b == strlen(words[k]) &&
		    strncasecmp(t + b, words[k], e - b) == 0)
			return 1;
	return 0;
}

/*
 * A count of years at t[i], where a word starts: "5+ years", "3-5
 * years" (the lower bound), "five years", "3 of them".
 */
static int
years_at(const char *t, size_t len, size_t i, struct years_expr *y)
{
	size_t	k, e;
	double	n;

	if (i > 0 && isalnum((unsigned char)t[i - 1]))
		return 0;
	if ((n = number_at(t, len, i, &k)) < 1 || n > 40 ||
	    after_time_word(t, i))
		return 0;
	if (k < len && t[k] == '+')
		k++;
	k = skip_blanks(t, len, k);
	/* "3-5", "3 to 5", "3–5": the range's upper bound. */
	e = k;
	if (e < len && t[e] == '-')
		e++;
	else if (e + 3 <= len && memcmp(t + e, "\xe2\x80\x93", 3) == 0)
		e += 3;
	else if (word_at(t, len, e, "to"))
		e += 2;
	if (e > k) {
		e = skip_blanks(t, len, e);
		if (number_at(t, len, e, &e) >= 1) {
			if (e < len && t[e] == '+')
				e++;
			k = skip_blanks(t, len, e);
		}
	}
	y->n = n;
	y->start = i;
	if (word_at(t, len, k, "years") || word_at(t, len, k, "year") ||
	    word_at(t, len, k, "yrs") || word_at(t, len, k, "yr")) {
		y->form = YEARS_OF;
		while (k < len && isalpha((unsigned char)t[k]))
			k++;
		if (k < len && t[k] == '\'')
			k++;
		y->end = k;
		return 1;
	}
	if (word_at(t, len, k, "of")) {
		e = skip_blanks(t, len, k + 2);
		if (word_at(t, len, e, "them") || word_at(t, len, e, "which") ||
		    word_at(t, len, e, "these") || word_at(t, len, e, "those")) {
			y->form = YEARS_OF_THEM;
			while (e < len && isalpha((unsigned char)t[e]))
				e++;
			y->end = e;
			return 1;
		}
	}
	return 0;
}

/*
 * Where the clause holding offset i ends: at the end of a sentence, a
 * ';', or the end of the requirement (a blank line, or a line that
 * starts a new bullet).
 */
static size_t
clause_end(const char *t, size_t len, size_t i)
{
	size_t	k;

	for (; i < len; i++) {
		if (t[i] == ';' || ((t[i] == '.' || t[i] == '!' ||
		    t[i] == '?') && (i + 1 == len || isspace((unsigned char)
		    t[i + 1]))))
			return i;
		if (t[i] != '\n')
			continue;
		k = skip_blanks(t, len, i + 1);
		if (k == len || t[k] == '\n' || t[k] == '-' || t[k] == '*' ||
		    (k + 3 <= len && memcmp(t + k, "\xe2\x80\xa2", 3) == 0))
			return i;
	}
	return len;
}

/* Where the clause holding offset i starts: the same marks, backwards. */
static size_t
clause_start(const char *t, size_t i)
{
	size_t	k;

	while (i > 0) {
		i--;
		if (t[i] == ';' || t[i] == '.' || t[i] == '!' || t[i] == '?')
			return i + 1;
		if (t[i] != '\n')
			continue;
		for (k = i + 1; t[k] == ' ' || t[k] == '\t'; k++)
			continue;
		if (t[k] == '-' || t[k] == '*' || t[k] == '\n' ||
		    memcmp(t + k, "\xe2\x80\xa2", 3) == 0)
			return k;
		if (i > 0 && t[i - 1] == '\n')
			return i + 1;
	}
	return 0;
}

/*
 * Whether t[from..to) says no more than "of experience", "in
 * production" and the like, up to a closing bracket.
 */
static int
only_filler(const char *t, size_t from, size_t to)
{
	static const char *const filler[] = {
		"of", "experience", "professional", "commercial", "hands",
		"on", "in", "production", "or", "more", "minimum", "at",
		"least", "plus", "required", "preferred", "experienced", NULL
	};
	size_t	i, k, n;

	for (i = from; i < to && t[i] != ')'; i++) {
		if (!isalpha((unsigned char)t[i]))
			continue;
		for (k = 0; filler[k] != NULL && !word_at(t, to, i,
		    filler[k]); k++)
			continue;
		if (filler[k] == NULL)
			return 0;
		n = strlen(filler[k]);
		i += n - 1;
	}
	return 1;
}

/* A technology the posting names, where. */
struct tech {
	size_t		skill;
	size_t		start, end;	/* document offsets */
};

static int
tech_cmp(const void *a, const void *b)
{
	const struct tech	*x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

/* Per skill, the most years a count asks of it, and which count. */
struct asked {
	double		years;		/* or -1 */
	uint32_t	line;		/* 1-based */
	size_t		count;		/* index of the count, + 1; 0 none */
};

static void
ask(struct asked *a, size_t s, const struct years_expr *y, size_t i)
{
	if (y->n > a[s].years) {
		a[s].years = y->n;
		a[s].line = y->line + 1;
		a[s].count = i + 1;
	}
}

/*
 * Years the posting asks for.  "3+ years of Go", "at least 3 of them
 * with Go", "Kubernetes (3+ years)": years for the technologies named
 * right after the count, or just before it in the same clause, in
 * y_asked[] per skill.  A count of years that names no technology ("5+
 * years of professional experience") asks for years overall; the most
 * a line of the must-have section asks is kept in p->years.
 */
static void
read_years(struct posting *p, const struct lexicon *lx, int heaviest,
    struct asked *y_asked)
{
	const struct findings	*f = p->analysis->findings;
	const char		*t = p->doc->text;
	size_t			 len = p->doc->len, i, k, s, n = 0, cap = 0;
	size_t			 ny = 0, ycap = 0, lim, from, sec, hit, at;
	struct years_expr	*ys = NULL, y;
	struct tech		*v = NULL;
	struct evidence		 ev;
	uint32_t		 line = 0;

	for (i = 0; i < len; i++) {
		if (t[i] == '\n')
			line++;
		else if (years_at(t, len, i, &y)) {
			y.line = line;
			xgrow(&ys, &ycap, ny + 1, sizeof(*ys));
			ys[ny++] = y;
			i = y.end - 1;
		}
	}
	if (ny == 0)
		return;
	for (s = 0; s < lx->nskills; s++) {
		if (f->state[s] != SKILL_FOUND || !technology(lx, s))
			continue;
		for (k = 0; k < f->count[s]; k++) {
			match_evidence(f, f->first[s] + k, &ev);
			xgrow(&v, &cap, n + 1, sizeof(*v));
			v[n].skill = s;
			v[n].start = ev.start;
			v[n].end = ev.end;
			n++;
		}
	}
	if (n > 1)
		qsort(v, n, sizeof(*v), tech_cmp);
	for (i = 0; i < ny; i++) {
		lim = clause_end(t, len, ys[i].end);
		if (i + 1 < ny && ys[i + 1].start < lim)
			lim = ys[i + 1].start;
		hit = 0;
		/* After: "3+ years of Go and Kubernetes". */
		for (k = 0; k < n; k++) {
			if (v[k].start < ys[i].end || v[k].start >= lim)
				continue;
			if (!hit && v[k].start - ys[i].end > 60)
				break;
			hit = 1;
			ask(y_asked, v[k].skill, &ys[i], i);
		}
		/*
		 * Before: "Kubernetes (3+ years)", "Go: 5 years of
		 * experience", when nothing but such words follows.
		 */
		if (!hit && ys[i].form == YEARS_OF && only_filler(t, ys[i].end,
		    lim)) {
			from = clause_start(t, ys[i].start);
			at = ys[i].start;
			for (k = n; k-- > 0; ) {
				if (v[k].end > at)
					continue;
				if (v[k].start < from || at - v[k].end > 25)
					break;
				hit = 1;
				ask(y_asked, v[k].skill, &ys[i], i);
				at = v[k].start;
			}
		}
		sec = sections_section(&p->an->sections, ys[i].line);
		if (!hit && ys[i].form == YEARS_OF && sec != LEX_NONE &&
		    lx->sections[sec].posting_weight == heaviest &&
		    ys[i].n > p->years) {
			p->years = ys[i].n;
			p->years_line = ys[i].line + 1;
		}
	}
	free(v);
	free(ys);
}

/*
 * Whether the token t of the posting reads as a name: "ClickHouse",
 * "NATS", "K8s", "F#", or a capital inside a sentence ("with Pulsar").
 */
static int
looks_like_name(const char *text, const struct token *t, int initial)
{
	const char	*w = text + t->start;
	size_t		 i, upper = 0, lower = 0, digit = 0, other = 0;

	for (i = 0; i < t->len; i++) {
		if (isupper((unsigned char)w[i]))
			upper++;
		else if (islower((unsigned char)w[i]))
			lower++;
		else if (isdigit((unsigned char)w[i]))
			digit++;
		else
			other++;
	}
	if (upper + lower == 0 || (other > 0 && (unsigned char)w[0] >= 0x80))
		return 0;
	if (upper > 1 && (lower > 0 || t->len > 1))
		return 1;	/* ClickHouse, NATS */
	if (upper == 1 && !isupper((unsigned char)w[0]))
		return 1;	/* eBPF is two; iOS-like */
	if (digit > 0 || (other > 0 && w[t->len - 1] != '.'))
		return upper + lower > 0 && (upper > 0 || digit > 0);
	return upper == 1 && isupper((unsigned char)w[0]) && !initial;
}

/*
 * Whether the token at offset at starts a sentence or an item: only a
 * bullet or blanks before it on its line, after a line that ends one;
 * or a '.', ':', '!' or '?' before it.
 */
static int
starts_sentence(const char *t, size_t at)
{
	size_t	i = at;

	while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t'))
		i--;
	if (i == 0)
		return 1;
	if (strchr(".:!?;(\"", t[i - 1]) != NULL)
		return 1;
	if (t[i - 1] == '-' || t[i - 1] == '*' || (i >= 3 &&
	    memcmp(t + i - 3, "\xe2\x80\xa2", 3) == 0)) {
		/* A bullet: at the start of its line? */
		i--;
		if (i >= 2 && (unsigned char)t[i] == 0xa2)
			i -= 2;
		while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t'))
			i--;
		return i == 0 || t[i - 1] == '\n';
	}
	if (t[i - 1] != '\n')
		return 0;
	/* A line that goes on from the one above it. */
	i--;
	while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t' ||
	    t[i - 1] == '\r'))
		i--;
	return i == 0 || strchr("\n.:!?", t[i - 1]) != NULL;
}

/* Whether token tok opens the first line after a heading. */
static int
after_heading(const struct posting *p, const char *t, const struct token *tok)
{
	size_t	i = tok->start;

	while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t'))
		i--;
	return tok->line > 0 && (i == 0 || t[i - 1] == '\n') &&
	    sections_heading(&p->an->sections, tok->line - 1);
}

static int
plain_word(const struct lexicon *lx, const char *w, size_t len)
{
	char		 low[64];
	size_t		 i;
	uint32_t	 node;

	if (lx->plain_words == NULL || len >= sizeof(low))
		return 0;
	for (i = 0; i < len; i++)
		low[i] = (char)tolower((unsigned char)w[i]);
	return (node = phrase_step(lx->plain_words, PHRASE_ROOT, low,
	    len)) != PHRASE_NONE && phrase_value(lx->plain_words, node) !=
	    PHRASE_NONE;
}

/* A byte range of the posting that a lexicon entry names. */
struct span {
	size_t	start, end;
};

static int
span_cmp(const void *a, const void *b)
{
	const struct span	*x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

static void
add_term(struct posting *p, size_t *cap, const char *w, size_t len,
    uint32_t line)
{
	size_t	i;

	for (i = 0; i < p->nunknown; i++)
		if (strlen(p->unknown[i].text) == len &&
		    strncasecmp(p->unknown[i].text, w, len) == 0)
			return;
	xgrow(&p->unknown, cap, p->nunknown + 1, sizeof(*p->unknown));
	p->unknown[p->nunknown].text = xstrndup(w, len);
	p->unknown[p->nunknown].line = line;
	p->nunknown++;
}

/*
 * Terms of the requirement sections that read as names of technologies
 * but that no entry names, so a user knows what was not compared: "Pulsar",
 * "ClickHouse".  Adjacent names make one term ("Apache Pulsar").  Words
 * of the lexicon's plain-words (English, Bachelor, ...) are no terms.
 */
static void
read_unknown(struct posting *p, const struct lexicon *lx)
{
	const struct findings	*f = p->analysis->findings;
	const char		*t = p->doc->text;
	size_t			 len = p->doc->len, pos = 0, i, k, n = 0;
	size_t			 cap = 0, tcap = 0, sec, term = 0, term_end = 0;
	struct span		*v = NULL;
	struct evidence		 ev;
	struct rejected		 rj;
	struct token		 tok;
	uint32_t		 line = 0, term_line = 0;
	int			 any = 0, named;

	/* Without requirement headings, the whole posting is requirements. */
	for (k = 0; k < p->an->sections.nlines && !any; k++)
		any = (sec = sections_section(&p->an->sections, k)) !=
		    LEX_NONE && lx->sections[sec].posting_weight > 0;
	for (i = 0; i < f->nev + f->nrej; i++) {
		xgrow(&v, &cap, n + 1, sizeof(*v));
		if (i < f->nev) {
			match_evidence(f, i, &ev);
			v[n].start = ev.start;
			v[n].end = ev.end;
		} else {
			match_rejected(f, i - f->nev, &rj);
			v[n].start = rj.start;
			v[n].end = rj.end;
		}
		n++;
	}
	if (n > 1)
		qsort(v, n, sizeof(*v), span_cmp);
	k = 0;
	while (token_next(t, len, &pos, &line, &tok)) {
		sec = sections_section(&p->an->sections, tok.line);
		while (k < n && v[k].end <= tok.start)
			k++;
		named = k < n && v[k].start < tok.start + tok.len;
		if (named || (any && (sec == LEX_NONE ||
		    lx->sections[sec].posting_weight <= 0)) ||
		    sections_heading(&p->an->sections, tok.line) ||
		    plain_word(lx, t + tok.start, tok.len) ||
		    !looks_like_name(t, &tok, starts_sentence(t, tok.start) ||
		    after_heading(p, t, &tok))) {
			if (term_end > term)
				add_term(p, &tcap, t + term, term_end - term,
				    term_line + 1);
			term = term_end = 0;
			continue;
		}
		/* "Apache Pulsar": one space between names joins them. */
		if (term_end > term && tok.start == term_end + 1 &&
		    t[term_end] == ' ')
			term_end = tok.start + tok.len;
		else {
			if (term_end > term)
				add_term(p, &tcap, t + term, term_end - term,
				    term_line + 1);
			term = tok.start;
			term_end = tok.start + tok.len;
			term_line = tok.line;
		}
	}
	if (term_end > term)
		add_term(p, &tcap, t + term, term_end - term, term_line + 1);
	free(v);
}

/*
 * The years a requirement asks, and the skills asked with it: "5+ years
 * with C# and .NET" is met by jobs that show either.
 */
static void
years_of_req(struct posting_req *r, const struct asked *asked, size_t nskills)
{
	size_t	j, s, k;

	r->years = -1;
	for (j = 0; j < r->nskills; j++)
		if (asked[r->skills[j]].years > r->years) {
			r->years = asked[r->skills[j]].years;
			r->years_line = asked[r->skills[j]].line;
		}
	if (r->years < 0)
		return;
	for (s = 0; s < nskills; s++) {
		if (asked[s].count == 0)
			continue;
		for (j = 0; j < r->nskills && asked[r->skills[j]].count !=
		    asked[s].count; j++)
			continue;
		for (k = 0; k < r->nskills && r->skills[k] != s; k++)
			continue;
		if (j < r->nskills && k == r->nskills) {
			r->with = xreallocarray(r->with, r->nwith + 1,
			    sizeof(*r->with));
			r->with[r->nwith++] = s;
		}
	}
}

struct posting *
posting_load(const char *path, const struct lexicon *lx,
    const struct read_options *ro, int today, struct diag *diag)
{
	struct posting	*p;
	struct doc	*doc;
	struct asked	*asked;
	size_t		 i;

	if ((doc = doc_read(path, ro, diag)) == NULL)
		return NULL;
	p = xcalloc(1, sizeof(*p));
	p->years = -1;
	p->doc = doc;
	p->an = analyzer_new(lx);
	p->an->today = today;
	p->analysis = analyzer_run(p->an, doc, LEX_NONE, diag);
	build_reqs(p, lx);
	asked = xcalloc(lx->nskills + 1, sizeof(*asked));
	for (i = 0; i < lx->nskills; i++)
		asked[i].years = -1;
	read_years(p, lx, p->nmust > 0 ? p->reqs[0].weight : -1, asked);
	if (p->years >= 0)
		p->nmust++;	/* the years are a must-have too */
	for (i = 0; i < p->nreqs; i++)
		years_of_req(&p->reqs[i], asked, lx->nskills);
	free(asked);
	read_unknown(p, lx);
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
	for (i = 0; i < p->nreqs; i++) {
		free(p->reqs[i].skills);
		free(p->reqs[i].with);
	}
	free(p->reqs);
	for (i = 0; i < p->nunknown; i++)
		free(p->unknown[i].text);
	free(p->unknown);
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
	m->years_met = xcalloc(p->nreqs + 1, 1);
	m->skill_years = xcalloc(p->nreqs + 1, sizeof(*m->skill_years));
	m->line = xcalloc(p->nreqs + 1, sizeof(*m->line));
}

void
posting_match_free(struct posting_match *m)
{
	free(m->met);
	free(m->in_use);
	free(m->years_met);
	free(m->skill_years);
	free(m->line);
	memset(m, 0, sizeof(*m));
}

void
posting_req_name(FILE *out, const struct lexicon *lx,
    const struct posting_req *r)
{
	size_t	i;

	if (r->nskills == 1)
		fputs(lx->skills[r->skills[0]].name, out);
	else {
		fputs("one of ", out);
		for (i = 0; i < r->nskills; i++)
			fprintf(out, "%s%s", i ? ", " : "",
			    lx->skills[r->skills[i]].name);
	}
	if (r->kind != LEX_NONE)
		fputs(" or similar", out);
}

/* The found skill a skill stands for: itself, or what implies it. */
static size_t
named_as(const struct findings *f, size_t s)
{
	size_t	hops;

	for (hops = 0; f->state[s] == SKILL_IMPLIED && hops < 8; hops++)
		if ((s = f->implied_by[s]) == LEX_NONE)
			return LEX_NONE;
	return f->state[s] == SKILL_FOUND ? s : LEX_NONE;
}

/*
 * What one skill of a requirement shows: 1 in use, listed-weight only
 * listed (see score.h), 0 nothing; the resume's line that shows it best
 * (in use first) in *line.
 */
static double
skill_share(const struct lexicon *lx, const struct findings *f,
    const unsigned char *used, size_t s, uint32_t *line)
{
	const struct evidence	*e;
	struct evidence		 ev;
	size_t			 by, i;

	*line = 0;
	if (f->state[s] != SKILL_FOUND && f->state[s] != SKILL_IMPLIED)
		return 0;
	if ((by = named_as(f, s)) != LEX_NONE)
		for (i = 0; i < f->count[by]; i++) {
			e = match_evidence(f, f->first[by] + i, &ev);
			if (e->kind != EVIDENCE_NAMED)
				continue;
			if (*line == 0)
				*line = e->line;
			if (e->section != LEX_NONE &&
			    lx->sections[e->section].use) {
				*line = e->line;
				break;
			}
		}
	return used[s] ? 1 : lx->listed_weight;
}

/* Whether skill s is one of v[0..n). */
static int
one_of(const size_t *v, size_t n, size_t s)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (v[i] == s)
			return 1;
	return 0;
}

/*
 * The years of the jobs that show a skill the requirement's count asks
 * for, or one that implies it (Django work is Python work), or -1.
 */
static double
req_years(const struct lexicon *lx, const struct posting_req *r,
    const struct findings *f, const struct experience *x,
    const struct sections *sc)
{
	const struct evidence	*e;
	struct evidence		 ev;
	uint32_t		 lines[256];
	size_t			 s, i, k, n = 0, max = sizeof(lines) /
				    sizeof(*lines);
	int			 shows;

	for (s = 0; s < lx->nskills && n < max; s++) {
		if (f->state[s] != SKILL_FOUND)
			continue;
		shows = one_of(r->skills, r->nskills, s) ||
		    one_of(r->with, r->nwith, s) ||
		    (r->kind != LEX_NONE && lx->skills[s].kind == r->kind);
		for (k = 0; !shows && k < lx->skills[s].nimplies; k++)
			shows = one_of(r->skills, r->nskills,
			    lx->skills[s].implies[k]) || one_of(r->with,
			    r->nwith, lx->skills[s].implies[k]);
		for (i = 0; shows && i < f->count[s] && n < max; i++) {
			e = match_evidence(f, f->first[s] + i, &ev);
			if (e->kind == EVIDENCE_NAMED)
				lines[n++] = e->line;
		}
	}
	return experience_years_on(x, sc, lines, n);
}

/* Skill s as the requirement's best so far, if it shows more. */
static double
consider(const struct posting *p, size_t ri, const struct findings *f,
    const unsigned char *used, struct posting_match *m, size_t s,
    double best)
{
	const struct posting_req	*r = &p->reqs[ri];
	const struct lexicon		*lx = p->analysis->lx;
	double				 share, part, years = m->skill_years[ri];
	uint32_t			 line;

	if ((share = skill_share(lx, f, used, s, &line)) <= 0)
		return best;
	part = share;
	if (r->years > 0 && share >= 1 && !(years >= r->years))
		part = years / r->years > lx->listed_weight ?
		    years / r->years : lx->listed_weight;
	if (part > best) {
		best = part;
		m->line[ri] = line;
		m->in_use[ri] = share >= 1;
	}
	return best;
}

/*
 * How far the resume meets requirement ri: 1 shown in use, listed-weight
 * only listed, 0 not at all.  With years asked ("3+ years of Go"), a
 * skill in use whose jobs show fewer years counts in proportion, never
 * less than a skill listed.
 */
static double
req_share(const struct posting *p, size_t ri, const struct findings *f,
    const unsigned char *used, const struct experience *x,
    const struct sections *sc, struct posting_match *m)
{
	const struct posting_req	*r = &p->reqs[ri];
	const struct lexicon		*lx = p->analysis->lx;
	double				 best = 0;
	size_t				 j, s;

	m->line[ri] = 0;
	m->in_use[ri] = 0;
	m->skill_years[ri] = r->years > 0 ? req_years(lx, r, f, x, sc) : -1;
	for (j = 0; j < r->nskills; j++)
		best = consider(p, ri, f, used, m, r->skills[j], best);
	/* "or a similar cloud": any entry of the kind. */
	for (s = 0; r->kind != LEX_NONE && s < lx->nskills; s++)
		if (lx->skills[s].kind == r->kind && (f->state[s] ==
		    SKILL_FOUND || f->state[s] == SKILL_IMPLIED))
			best = consider(p, ri, f, used, m, s, best);
	m->years_met[ri] = r->years <= 0 || (m->in_use[ri] &&
	    m->skill_years[ri] >= r->years);
	return best;
}

void
posting_compare(const struct posting *p, const struct findings *resume,
    const unsigned char *used, const struct experience *x,
    const struct sections *sc, struct posting_match *m)
{
	const struct posting_req	*r;
	double				 met = 0, share, years;
	size_t				 i, musts = 0;

	years = x->years >= 0 ? x->years : x->claimed;
	m->weight_met = 0;
	for (i = 0; i < p->nreqs; i++) {
		r = &p->reqs[i];
		share = req_share(p, i, resume, used, x, sc, m);
		m->met[i] = share > 0;
		if (m->met[i])
			m->weight_met += r->weight;
		met += share * r->weight;
		/*
		 * A must-have is met by a skill shown in use, for the years
		 * asked, not by a list.
		 */
		if (r->must && m->in_use[i] && m->years_met[i])
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
	    (musts == p->nmust ? 0.5 : 0) + 0.25 * musts / p->nmust +
	    0.25 * m->share;
}
