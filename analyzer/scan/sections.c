/*
 * sections.c: headings and labels, line by line.
 */
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "phrase.h"
#include "sections.h"
#include "token.h"
#include "util.h"

/*
 * The heading phrase the tokens toks[i..j) begin with: its section, and
 * in *end the token after it; LEX_NONE if none.
 */
static size_t
phrase_at(const struct lexicon *lx, const char *text,
    const struct token *toks, size_t i, size_t j, size_t *end)
{
	uint32_t	node = PHRASE_ROOT, v, best = PHRASE_NONE;
	size_t		k;

	for (k = i; k < j; k++) {
		node = phrase_step(lx->headings, node, text + toks[k].start,
		    toks[k].len);
		if (node == PHRASE_NONE)
			break;
		if ((v = phrase_value(lx->headings, node)) != PHRASE_NONE) {
			best = v;
			*end = k + 1;
		}
	}
	return best == PHRASE_NONE ? LEX_NONE : best;
}

/* Qualifying words a heading may start with: "Teaching Experience". */
#define HEADING_QUALIFIERS	2

/*
 * Whether a line may be a qualified heading: a few words, no sentence
 * punctuation, and no qualifier that names a skill ("Communication
 * Skills" is a claim; "Teaching Experience" is a heading).
 */
static int
qualified_heading_shape(const struct lexicon *lx, const char *text,
    const struct token *toks, size_t i, size_t j)
{
	const char	*p;
	size_t		 k;

	if (j - i < 2 || j - i > HEADING_QUALIFIERS + 2)
		return 0;
	for (p = text + toks[i].start; p < text + toks[j - 1].start; p++)
		if (*p == '.' || *p == ',' || *p == ';')
			return 0;
	p = text + toks[j - 1].start + toks[j - 1].len;
	if (*p == '.' || *p == ',' || *p == ';')
		return 0;
	for (k = i; k < i + HEADING_QUALIFIERS && k + 1 < j; k++)
		if (phrase_step(lx->phrases, PHRASE_ROOT, text + toks[k].start,
		    toks[k].len) != PHRASE_NONE)
			return 0;
	return 1;
}

/*
 * Whether the line ends in sentence punctuation right after the token
 * t: "Cloud." or "DevOps," closing a sentence wrapped from the line
 * before, where "Cloud" or "DevOps:" alone would be a heading.
 */
static int
ends_sentence(const char *text, const struct token *t)
{
	const char	*p = text + t->start + t->len;

	if (*p != '.' && *p != ',' && *p != ';')
		return 0;
	for (p++; *p == ' ' || *p == '\t'; p++)
		continue;
	return *p == '\n' || *p == '\0';
}

/*
 * Tokens toks[i..j) are one line (or its start, if more).  If its
 * words are a heading phrase, maybe after one or two qualifying words,
 * the line is a heading (returns the section, *heading set); if its
 * first words are one and a colon follows, a label (returns the
 * section).  A phrase that ends a sentence the line before began
 * (after_text: that line has words) is no heading.
 */
static size_t
line_heading(const struct lexicon *lx, const char *text,
    const struct token *toks, size_t i, size_t j, int more, int after_text,
    int *heading)
{
	const char	*p;
	size_t		 best, end = i, skip;

	*heading = 0;
	if ((best = phrase_at(lx, text, toks, i, j, &end)) == LEX_NONE) {
		if (more || !qualified_heading_shape(lx, text, toks, i, j))
			return LEX_NONE;
		for (skip = 1; skip <= HEADING_QUALIFIERS && i + skip < j;
		    skip++)
			if ((best = phrase_at(lx, text, toks, i + skip, j,
			    &end)) != LEX_NONE && end == j) {
				*heading = 1;
				return best;
			}
		return LEX_NONE;
	}
	if (end == j) {
		/* Unless the line goes on past the tokens read. */
		if (more || (after_text && ends_sentence(text, &toks[j - 1])))
			return LEX_NONE;
		*heading = 1;
		return best;
	}
	/* A label: only blanks between the phrase and a colon. */
	for (p = text + toks[end - 1].start + toks[end - 1].len;
	    p < text + toks[end].start; p++)
		if (*p == ':')
			return best;
		else if (*p != ' ' && *p != '\t')
			break;
	return LEX_NONE;
}

static uint16_t
section_code(size_t section)
{
	return section == LEX_NONE ? SECTION_NONE : (uint16_t)section;
}

static size_t
section_index(uint16_t code)
{
	return code >= SECTION_HEADING ? LEX_NONE : code;
}

/*
 * A line's first SECTIONS_LINE_TOKENS tokens are all a heading or a
 * label can use; a line with more is read no further (*more says so).
 */

/* The tokens at the start of the line *pos is in; 0 at the end. */
static size_t
line_tokens(const char *text, size_t len, size_t *pos, uint32_t *line,
    struct token *toks, int *more)
{
	struct token	 t;
	const char	*nl;
	size_t		 n = 0;
	uint32_t	 at;

	*more = 0;
	if (!token_next(text, len, pos, line, &t))
		return 0;
	at = t.line;
	toks[n++] = t;
	for (;;) {
		if (n == SECTIONS_LINE_TOKENS) {
			/* Skip the rest: the next token is on a later line. */
			nl = memchr(text + *pos, '\n', len - *pos);
			*pos = nl != NULL ? (size_t)(nl - text) : len;
			*more = 1;
			return n;
		}
		nl = memchr(text + *pos, '\n', len - *pos);
		if (!token_next(text, nl != NULL ? (size_t)(nl - text) : len,
		    pos, line, &t))
			return n;
		t.line = at;
		toks[n++] = t;
	}
}

void
sections_run(struct sections *sc, const struct lexicon *lx, const char *text,
    size_t len)
{
	struct token	toks[SECTIONS_LINE_TOKENS];
	size_t		pos = 0, n, line = 0, current = LEX_NONE, s;
	uint32_t	tline = 0;
	int		heading, more, after_text;

	sc->nlines = 0;
	while ((n = line_tokens(text, len, &pos, &tline, toks, &more)) > 0) {
		xgrow(&sc->line, &sc->cap, (size_t)toks[0].line + 1,
		    sizeof(*sc->line));
		/* Whether the line before has words. */
		after_text = line > 0 && line == toks[0].line;
		/* Lines without tokens stay in the section around them. */
		for (; line < toks[0].line; line++) {
			sc->line[line].section = section_code(current);
			sc->line[line].label = SECTION_NONE;
		}
		s = line_heading(lx, text, toks, 0, n, more, after_text,
		    &heading);
		if (heading)
			current = s;
		sc->line[line].section = section_code(current);
		sc->line[line].label = heading ? SECTION_HEADING :
		    section_code(s);
		line++;
	}
	sc->nlines = line;
}

size_t
sections_section(const struct sections *sc, size_t line)
{
	return line < sc->nlines ? section_index(sc->line[line].section) :
	    LEX_NONE;
}

size_t
sections_label(const struct sections *sc, size_t line)
{
	return line < sc->nlines ? section_index(sc->line[line].label) :
	    LEX_NONE;
}

int
sections_heading(const struct sections *sc, size_t line)
{
	return line < sc->nlines && sc->line[line].label == SECTION_HEADING;
}

void
sections_free(struct sections *sc)
{
	free(sc->line);
	memset(sc, 0, sizeof(*sc));
}
