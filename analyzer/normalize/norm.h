/*
 * norm.h: normalize document text for matching, keeping a map back to
 * the document so evidence can quote the text as written.
 * Used by analyze.c and lexicon.c (aliases are normalized the same way).
 *
 * The result is NFKC, case folded, with default-ignorable characters
 * (soft hyphen, zero-width space) removed and typographic variants
 * lumped to ASCII: Unicode spaces to ' ', dashes to '-', smart quotes
 * to ' and ".  ASCII is only lowercased, so it maps one to one; each
 * non-ASCII character with its combining marks is a "span" that maps
 * as a whole.
 */
#ifndef GAPCHECK_NORM_H
#define GAPCHECK_NORM_H

#include <stddef.h>
#include <stdint.h>

/*
 * Offsets are 32-bit, as in every later step: normalized text stops
 * short of NORM_MAX bytes (and *truncated says so).
 */
#define NORM_MAX	0xfff00000u

struct norm_span {
	uint32_t	nstart, nend;	/* in the normalized text */
	uint32_t	dstart, dend;	/* in the document text */
};

struct norm {
	char			*text;	/* NUL-terminated */
	size_t			 len;
	size_t			 cap;
	struct norm_span	*spans;	/* sorted, non-overlapping */
	size_t			 nspans;
	size_t			 spancap;
	int			 truncated;	/* the text was cut at NORM_MAX */
};

/*
 * Normalize text[0..len) (valid UTF-8) into n, reusing its buffers.
 * Zero-initialize n before the first use.
 */
void	norm_run(struct norm *n, const char *text, size_t len);
void	norm_free(struct norm *);	/* leaves n empty */

/* Document offsets of the normalized range [nstart, nend). */
void	norm_to_doc(const struct norm *, size_t nstart, size_t nend,
	    size_t *dstart, size_t *dend);

/* Normalize a NUL-terminated string; the caller frees the result. */
char	*norm_string(const char *);

#endif
