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
 * Tokens toks[i..j) are one line.  If its first words are a heading
 * phrase: the whole line is a heading (returns the section, *heading
 * set), or the phrase ends in a colon, a label (returns the section).
 */
static size_t
line_heading(const struct lexicon *lx, const char *text,
    const struct token *toks, size_t i, size_t j, int *heading)
{
	uint32_t	node = PHRASE_ROOT, v, best = PHRASE_NONE;
	size_t		k, bestk = i;
	const char	*p;

	*heading = 0;
	for (k = i; k < j; k++) {
		node = phrase_step(lx->headings, node, text + toks[k].start,
		    toks[k].len);
		if (node == PHRASE_NONE)
			break;
		if ((v = phrase_value(lx->headings, node)) != PHRASE_NONE) {
			best = v;
			bestk = k + 1;
		}
	}
	if (best == PHRASE_NONE)
		return LEX_NONE;
	if (bestk == j) {
		*heading = 1;
		return best;
	}
	/* A label: only blanks between the phrase and a colon. */
	for (p = text + toks[bestk - 1].start + toks[bestk - 1].len;
	    p < text + toks[bestk].start; p++)
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
