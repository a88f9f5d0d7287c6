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
 * Tokens toks[i..j) are one line.  If its words are a heading phrase,
 * maybe after one or two qualifying words, the line is a heading
 * (returns the section, *heading set); if its first words are one and
 * a colon follows, a label (returns the section).
 */
static size_t
line_heading(const struct lexicon *lx, const char *text,
    const struct token *toks, size_t i, size_t j, int *heading)
{
	const char	*p;
	size_t		 best, end = i, skip;

	*heading = 0;
	if ((best = phrase_at(lx, text, toks, i, j, &end)) == LEX_NONE) {
		if (!qualified_heading_shape(lx, text, toks, i, j))
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

void
sections_run(struct sections *sc, const struct lexicon *lx, const char *text,
    const struct token *toks, size_t ntoks)
{
	size_t	i, j, line, current = LEX_NONE, s, need;
	int	heading;

	need = ntoks > 0 ? (size_t)toks[ntoks - 1].line + 1 : 0;
	if (need > sc->cap) {
		sc->section = xreallocarray(sc->section, need,
		    sizeof(*sc->section));
		sc->label = xreallocarray(sc->label, need, sizeof(*sc->label));
		sc->heading = xreallocarray(sc->heading, need, 1);
		sc->cap = need;
	}
	sc->nlines = need;
	line = 0;
	for (i = 0; i < ntoks; i = j) {
		for (j = i + 1; j < ntoks && toks[j].line == toks[i].line; j++)
			;
		/* Lines without tokens stay in the section around them. */
		for (; line < toks[i].line; line++) {
			sc->section[line] = current;
			sc->label[line] = LEX_NONE;
			sc->heading[line] = 0;
		}
		s = line_heading(lx, text, toks, i, j, &heading);
		if (heading)
			current = s;
		sc->section[line] = current;
		sc->label[line] = heading ? LEX_NONE : s;
		sc->heading[line] = (unsigned char)heading;
		line++;
	}
}

void
sections_free(struct sections *sc)
{
	free(sc->section);
	free(sc->label);
	free(sc->heading);
	memset(sc, 0, sizeof(*sc));
}
