/*
 * norm.c: NFKC + case folding with utf8proc, only where it is needed.
 * Calling utf8proc on whole documents is some 30 times slower than
 * lowercasing ASCII by hand, and most resumes are almost all ASCII, so
 * utf8proc sees only the non-ASCII characters, one at a time with their
 * combining marks, which also gives the offset map for free.
 */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "norm.h"
#include "util.h"

#define NORM_OPTIONS	(UTF8PROC_STABLE | UTF8PROC_COMPAT | \
	UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_LUMP | \
	UTF8PROC_IGNORE)

/* Worst case: one code point decomposes into 18 (U+FDFA). */
#define NORM_MAXCP	64
/*
 * Where normalizing stops: below NORM_MAX by more than one segment can
 * write (NORM_MAXCP code points, each at most 18 once decomposed).
 */
#define NORM_LIMIT	(NORM_MAX - (1u << 20))

static int
is_mark(utf8proc_int32_t cp)
{
	const utf8proc_property_t	*p = utf8proc_get_property(cp);

	return p->combining_class != 0 ||
	    p->category == UTF8PROC_CATEGORY_MN ||
	    p->category == UTF8PROC_CATEGORY_MC ||
	    p->category == UTF8PROC_CATEGORY_ME;
}

/*
 * UTF8PROC_LUMP folds single smart quotes, dashes and spaces to ASCII,
 * but leaves double quotes and low quotes: fold those here.
 */
static utf8proc_int32_t
lump_quotes(utf8proc_int32_t cp, void *unused)
{
	(void)unused;
	switch (cp) {
	case 0x201C: case 0x201D: case 0x201E: case 0x201F:
	case 0x2033: case 0x00AB: case 0x00BB: case 0x301D: case 0x301E:
		return '"';
	case 0x201A: case 0x201B: case 0x2032:
		return '\'';
	default:
		return cp;
	}
}

static void
out_reserve(struct norm *n, size_t extra)
{
	xgrow(&n->text, &n->cap, n->len + extra + 1, 1);
}

/*
 * Normalize src[0..len) (one character and its marks) into n as a span.
 */
static void
norm_segment(struct norm *n, const char *src, size_t len, size_t dstart)
{
	utf8proc_int32_t	 cps[NORM_MAXCP];
	utf8proc_ssize_t	 ncp;
	utf8proc_uint8_t	*mapped = NULL;
	size_t			 nstart = n->len, i;
	struct norm_span	*s;

	ncp = utf8proc_decompose_custom((const utf8proc_uint8_t *)src,
	    (utf8proc_ssize_t)len, cps, NORM_MAXCP, NORM_OPTIONS,
	    lump_quotes, NULL);
	if (ncp >= 0 && ncp <= NORM_MAXCP) {
		ncp = utf8proc_normalize_utf32(cps, ncp, NORM_OPTIONS);
		out_reserve(n, (size_t)ncp * 4);
		for (i = 0; ncp > 0 && i < (size_t)ncp; i++)
			n->len += utf8_encode((unsigned long)cps[i],
			    n->text + n->len);
	} else if (utf8proc_map_custom((const utf8proc_uint8_t *)src,
	    (utf8proc_ssize_t)len, &mapped, NORM_OPTIONS, lump_quotes,
	    NULL) >= 0) {
		/* A long run of marks: let utf8proc allocate. */
		i = strlen((char *)mapped);
		out_reserve(n, i);
		memcpy(n->text + n->len, mapped, i);
		n->len += i;
		free(mapped);
	} else {
		/* Cannot happen on valid UTF-8; keep the text as it is. */
		out_reserve(n, len);
		memcpy(n->text + n->len, src, len);
		n->len += len;
	}

	xgrow(&n->spans, &n->spancap, n->nspans + 1, sizeof(*n->spans));
	s = &n->spans[n->nspans++];
	s->nstart = (uint32_t)nstart;
	s->nend = (uint32_t)n->len;
	s->dstart = (uint32_t)dstart;
	s->dend = (uint32_t)(dstart + len);
}

void
norm_run(struct norm *n, const char *text, size_t len)
{
	size_t			 i = 0, j, k;
	utf8proc_int32_t	 cp;
	utf8proc_ssize_t	 clen;
	unsigned char		 c;

	n->len = 0;
	n->nspans = 0;
	n->truncated = 0;
	if (len > NORM_LIMIT) {
		len = NORM_LIMIT;
		n->truncated = 1;
	}
	out_reserve(n, len);
	while (i < len) {
		if (n->len >= NORM_LIMIT) {
			n->truncated = 1;
			break;
		}
		c = (unsigned char)text[i];
		if (c < 0x80) {
			/* The common case: copy an ASCII run, lowercased. */
			j = i;
			while (j < len && j - i < NORM_LIMIT - n->len &&
			    (unsigned char)text[j] < 0x80)
				j++;
			out_reserve(n, j - i);
			for (k = i; k < j; k++) {
				c = (unsigned char)text[k];
				n->text[n->len++] = (char)(c >= 'A' &&
				    c <= 'Z' ? c + 32 : c);
			}
			i = j;
			continue;
		}
		clen = utf8proc_iterate((const utf8proc_uint8_t *)text + i,
		    (utf8proc_ssize_t)(len - i), &cp);
		if (clen <= 0)
			clen = 1;
		j = i;
		/*
		 * A mark after an ASCII letter ("e" + U+0301) composes with
		 * it, so take the letter back into this span.
		 */
		if (i > 0 && (unsigned char)text[i - 1] < 0x80 &&
		    clen > 0 && is_mark(cp) && n->len > 0 &&
		    (n->nspans == 0 ||
		    n->spans[n->nspans - 1].nend < n->len)) {
			j = i - 1;
			n->len--;
		}
		i += (size_t)clen;
		/* A run of marks is cut, so one segment stays small. */
		for (k = 1; k < NORM_MAXCP && i < len &&
		    (unsigned char)text[i] >= 0x80; k++) {
			clen = utf8proc_iterate(
			    (const utf8proc_uint8_t *)text + i,
			    (utf8proc_ssize_t)(len - i), &cp);
			if (clen <= 0 || !is_mark(cp))
				break;
			i += (size_t)clen;
		}
		norm_segment(n, text + j, i - j, j);
	}
	out_reserve(n, 0);
	n->text[n->len] = '\0';
}

void
norm_free(struct norm *n)
{
	free(n->text);
	free(n->spans);
	memset(n, 0, sizeof(*n));
}

/* The last span with nstart <= off (or < off when strict), or NULL. */
static const struct norm_span *
span_before(const struct norm *n, size_t off, int strict)
{
	size_t	lo = 0, hi = n->nspans, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (strict ? n->spans[mid].nstart < off :
		    n->spans[mid].nstart <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo == 0 ? NULL : &n->spans[lo - 1];
}

void
norm_to_doc(const struct norm *n, size_t nstart, size_t nend,
    size_t *dstart, size_t *dend)
{
	const struct norm_span	*s;

	s = span_before(n, nstart, 0);
	if (s == NULL)
		*dstart = nstart;
	else if (nstart < s->nend)
		*dstart = s->dstart;
	else
		*dstart = nstart - s->nend + s->dend;

	s = span_before(n, nend, 1);
	if (s == NULL)
		*dend = nend;
	else if (nend <= s->nend)
		*dend = s->dend;
	else
		*dend = nend - s->nend + s->dend;
}

char *
norm_string(const char *s)
{
	struct norm	n = { 0 };

	norm_run(&n, s, strlen(s));
	free(n.spans);
	return n.text;
}
