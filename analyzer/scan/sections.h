/*
 * sections.h: which resume section each line lies in (skills,
 * experience, education ...), from the lexicon's section headings
 * matched on the first words of each line.  A heading line starts its
 * section, which runs to the next heading; "Tech stack: Go" is a
 * labelled line; "Cloud." closing a sentence wrapped from the line
 * before is neither.
 * Used by analyze.c; read by match.c and experience.c.
 */
#ifndef GAPCHECK_SECTIONS_H
#define GAPCHECK_SECTIONS_H

#include <stddef.h>
#include <stdint.h>

struct lexicon;

/* A line's codes: a lexicon section index, or one of these. */
#define SECTION_NONE	0xffffu		/* no section, no label */
#define SECTION_HEADING	0xfffeu		/* label of a heading line */
/* The lexicon refuses more sections than the codes can hold. */
#define SECTIONS_MAX	0xfff0u
/* Tokens of a line read for its heading: headings are shorter. */
#define SECTIONS_LINE_TOKENS	32

struct section_line {
	uint16_t	section;	/* the section the line lies in */
	uint16_t	label;		/* its label's section, or a code */
};

struct sections {
	struct section_line	*line;	/* per line */
	size_t			 nlines;	/* lines up to the last with a token */
	size_t			 cap;
};

/*
 * Find the headings and labels of text[0..len) (normalized).  Zero-
 * initialize before first use; buffers are reused.
 */
void	sections_run(struct sections *, const struct lexicon *,
	    const char *text, size_t len);
void	sections_free(struct sections *);

/* Line line's (0-based) section and label section, or LEX_NONE. */
size_t	sections_section(const struct sections *, size_t line);
size_t	sections_label(const struct sections *, size_t line);
/* Whether line is a heading: it claims no skill. */
int	sections_heading(const struct sections *, size_t line);

#endif
