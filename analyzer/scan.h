/*
 * scan.h: find every lexicon alias and pattern in normalized text, in
 * one pass over its tokens and one pass of the PCRE2 pattern set, and
 * keep the leftmost-longest non-overlapping mentions.  Tokens stream
 * through a small window: memory grows with the mentions, not the text.
 * Used by analyze.c; the results feed match.c.
 */
#ifndef GAPCHECK_SCAN_H
#define GAPCHECK_SCAN_H

#include <stddef.h>
#include <stdint.h>

struct lexicon;

/* Packed: a skill-dense document holds one per few dozen bytes. */
struct scan_hit {
	uint32_t	start;		/* normalized text offsets */
	uint32_t	end;
	uint32_t	line;		/* 0-based */
	uint32_t	skill;
	uint8_t		ambiguous;	/* needs technical context */
};

struct scanner;

/* A scanner for lex (borrowed; must outlive it).  One per thread. */
struct scanner	*scanner_new(const struct lexicon *lex);
void		 scanner_free(struct scanner *);

/*
 * Scan text[0..len) (normalized, NUL-terminated).  Returns the number
 * of mentions, sorted by start, valid until the next call; *hits points
 * at them.  Sets *incomplete when the pattern set hit PCRE2's match
 * limit, so some pattern mentions may be missing.
 */
size_t		 scan_run(struct scanner *, const char *text, size_t len,
		    const struct scan_hit **hits, int *incomplete);

#endif
