/*
 * sections.h: which resume section each line lies in (skills,
 * experience, education ...), from the lexicon's section headings
 * matched on the scanner's tokens.  A heading line starts its section,
 * which runs to the next heading; "Tech stack: Go" is a labelled line.
 * Used by analyze.c; read by match.c and experience.c.
 */
#ifndef GAPCHECK_SECTIONS_H
#define GAPCHECK_SECTIONS_H

#include <stddef.h>

struct lexicon;
struct token;

struct sections {
	size_t		*section;	/* per line: lexicon section, or LEX_NONE */
	size_t		*label;		/* per line: its label's section, or LEX_NONE */
	unsigned char	*heading;	/* per line: 1 if a heading line */
	size_t		 nlines;	/* lines up to the last with a token */
	size_t		 cap;
};

/* Zero-initialize before first use; buffers are reused. */
void	sections_run(struct sections *, const struct lexicon *,
	    const char *text, const struct token *toks, size_t ntoks);
void	sections_free(struct sections *);

#endif
