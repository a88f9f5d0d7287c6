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

/*
 * Packed into 12 bytes: a skill-dense document holds one every few
 * dozen bytes.  A mention is shorter than SCAN_HIT_MAXLEN bytes, and a
 * lexicon has fewer than 65536 skills.
 */
#define SCAN_HIT_MAXLEN	0x8000u

struct scan_hit {
	uint32_t	start;		/* normalized text offset */
	uint32_t	line;		/* 0-based */
	uint16_t	skill;
	uint16_t	len : 15;	/* bytes */
	uint16_t	ambiguous : 1;	/* needs technical context */
};

/* Where a mention ends in the normalized text. */
#define SCAN_HIT_END(h)	((size_t)(h)->start + (h)->len)

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
