/*
 * jsonw.c: JSON written as it goes.  A record of the JSON report once
 * built a jansson value for every key and number and dumped each; here
 * bytes go straight into a buffer that is handed to stdio a few
 * kilobytes at a time, and a string costs a table lookup per byte.  The
 * layout follows jansson's dumper so the output did not change; the
 * unit tests and the fuzz target compare the two.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonw.h"
#include "util.h"

#define JSONW_BUF	8192	/* bytes kept before stdio gets them */

struct level {
	size_t	 count;			/* members written so far */
	int	 bracket;		/* '}' or ']' */
	int	 flat;			/* on one line, JSONW_SPACED style */
};

struct jsonw {
	FILE		*out;
	int		 layout;	/* JSONW_COMPACT, _SPACED or indent */
	int		 keyed;		/* a key waits for its value */
	int		 inline_next;	/* jsonw_inline() was called */
	struct level	*lv;		/* lv[0] is the top, outside all */
	size_t		 depth, cap;
	size_t		 len;
	char		 buf[JSONW_BUF];
};

/*
 * What a byte of a string needs: 0 nothing, 1 an escape (control
 * characters, '"' and '\\'), 2 a look at the UTF-8 sequence it starts.
 */
static const unsigned char	special[256] = {
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2
};

static void
flush(struct jsonw *w)
{
	if (w->len > 0)
		fwrite(w->buf, 1, w->len, w->out);
	w->len = 0;
}

static void
put(struct jsonw *w, const char *p, size_t n)
{
	if (n > sizeof(w->buf) - w->len) {
		flush(w);
		if (n > sizeof(w->buf)) {
			fwrite(p, 1, n, w->out);
			return;
		}
	}
	memcpy(w->buf + w->len, p, n);
	w->len += n;
}

static void
putc1(struct jsonw *w, int c)
{
	if (w->len == sizeof(w->buf))
		flush(w);
	w->buf[w->len++] = (char)c;
}

static void
spaces(struct jsonw *w, size_t n)
{
	static const char	blank[] = "                                ";

	for (; n > sizeof(blank) - 1; n -= sizeof(blank) - 1)
		put(w, blank, sizeof(blank) - 1);
	put(w, blank, n);
}

struct jsonw *
jsonw_new(FILE *out, int layout)
{
	struct jsonw	*w = xmalloc(sizeof(*w));

	w->out = out;
	w->layout = layout;
	w->keyed = w->inline_next = 0;
	w->cap = 8;
	w->lv = xreallocarray(NULL, w->cap, sizeof(*w->lv));
	w->depth = 0;
	w->lv[0].count = 0;
	w->lv[0].bracket = 0;
	w->lv[0].flat = layout <= 0;
	w->len = 0;
	return w;
}

void
jsonw_free(struct jsonw *w)
{
	if (w == NULL)
		return;
	flush(w);
	free(w->lv);
	free(w);
}

void
jsonw_raw(struct jsonw *w, const char *p, size_t n)
{
	put(w, p, n);
}

/* Where the next member of the current container starts. */
static void
member(struct jsonw *w)
{
	struct level	*l = &w->lv[w->depth];

	if (w->depth == 0)
		return;			/* a top-level value */
	/* One line but not compact: ", " between members, as jansson. */
	if (l->count++ > 0) {
		if (l->flat && w->layout != JSONW_COMPACT)
			put(w, ", ", 2);
		else
			putc1(w, ',');
	}
	if (!l->flat) {
		putc1(w, '\n');
		spaces(w, (size_t)w->layout * w->depth);
	}
}

/* Before a value: after its key nothing, else a new member. */
static void
value(struct jsonw *w)
{
	if (w->keyed)
		w->keyed = 0;
	else
		member(w);
}

static void
begin(struct jsonw *w, int c, int close)
{
	int	flat = w->lv[w->depth].flat || w->inline_next;

	value(w);
	putc1(w, c);
	w->inline_next = 0;
	if (++w->depth == w->cap)
		xgrow(&w->lv, &w->cap, w->depth + 1, sizeof(*w->lv));
	w->lv[w->depth].count = 0;
	w->lv[w->depth].bracket = close;
	w->lv[w->depth].flat = flat;
}

void
jsonw_inline(struct jsonw *w)
{
	w->inline_next = 1;
}

void
jsonw_object(struct jsonw *w)
{
	begin(w, '{', '}');
}

void
jsonw_array(struct jsonw *w)
{
	begin(w, '[', ']');
}

void
jsonw_end(struct jsonw *w)
{
	struct level	*l = &w->lv[w->depth];

	if (w->depth == 0)
		return;			/* nothing open: a caller's bug */
	w->depth--;
	if (!l->flat && l->count > 0) {
		putc1(w, '\n');
		spaces(w, (size_t)w->layout * w->depth);
	}
	putc1(w, l->bracket);
}

/*
 * The length of the valid UTF-8 character at s[0..n), which starts
 * with a byte >= 0x80, or 0 when there is none: as RFC 3629 (and
 * jansson) say, no overlong forms, surrogates or code points past
 * U+10FFFF.
 */
static size_t
utf8_len(const unsigned char *s, size_t n)
{
	unsigned long	cp;
	size_t		len, i;

	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		len = 2;
		cp = s[0] & 0x1f;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		len = 3;
		cp = s[0] & 0x0f;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		len = 4;
		cp = s[0] & 0x07;
	} else
		return 0;
	if (len > n)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
	    (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
		return 0;
	return len;
}

static void
string(struct jsonw *w, const char *str, size_t n)
{
	static const char	hex[] = "0123456789ABCDEF";
	const unsigned char	*s = (const unsigned char *)str;
	size_t			 i = 0, run, k;
	char			 esc[6], *d;

	/* Most strings fit and need no escape: copy as they are checked. */
	if (n + 2 <= sizeof(w->buf) - w->len) {
		d = w->buf + w->len;
		*d++ = '"';
		for (i = 0; i < n && special[s[i]] == 0; i++)
			d[i] = str[i];
		if (i == n) {
			d[n] = '"';
			w->len += n + 2;
			return;
		}
		i = 0;		/* start again, the careful way */
	}
	putc1(w, '"');
	while (i < n) {
		for (run = i; run < n && special[s[run]] == 0; run++)
			continue;
		put(w, str + i, run - i);
		if ((i = run) == n)
			break;
		if (special[s[i]] == 2) {
			if ((k = utf8_len(s + i, n - i)) > 0)
				put(w, str + i, k);
			else {
				put(w, "\xef\xbf\xbd", 3);	/* U+FFFD */
				k = 1;
			}
			i += k;
			continue;
		}
		esc[0] = '\\';
		switch (s[i]) {
		case '"':
		case '\\':
			esc[1] = (char)s[i];
			break;
		case '\b':
			esc[1] = 'b';
			break;
		case '\f':
			esc[1] = 'f';
			break;
		case '\n':
			esc[1] = 'n';
			break;
		case '\r':
			esc[1] = 'r';
			break;
		case '\t':
			esc[1] = 't';
			break;
		default:
			memcpy(esc + 1, "u00", 3);
			esc[4] = hex[s[i] >> 4];
			esc[5] = hex[s[i] & 0xf];
			put(w, esc, 6);
			i++;
			continue;
		}
		put(w, esc, 2);
		i++;
	}
	putc1(w, '"');
}

void
jsonw_key(struct jsonw *w, const char *key)
{
	member(w);
	string(w, key, strlen(key));
	if (w->layout == JSONW_COMPACT)
		putc1(w, ':');
	else
		put(w, ": ", 2);
	w->keyed = 1;
}

void
jsonw_string(struct jsonw *w, const char *s)
{
	if (s == NULL) {
		jsonw_null(w);
		return;
	}
	value(w);
	string(w, s, strlen(s));
}

void
jsonw_stringn(struct jsonw *w, const char *s, size_t n)
{
	value(w);
	string(w, s, n);
}

void
jsonw_int(struct jsonw *w, long long v)
{
	char			 d[24];
	size_t			 i = sizeof(d);
	unsigned long long	 u = v < 0 ? 0ull - (unsigned long long)v :
				    (unsigned long long)v;

	value(w);
	do
		d[--i] = (char)('0' + u % 10);
	while ((u /= 10) > 0);
	if (v < 0)
		d[--i] = '-';
	put(w, d + i, sizeof(d) - i);
}

/*
 * Six significant digits with %g, then jansson's touches: ".0" when
 * the result would read back as an integer, and no '+' or leading
 * zeros in an exponent (1e6, 1e-5).  The C locale's '.' is the decimal
 * point: gapcheck never calls setlocale().
 */
void
jsonw_real(struct jsonw *w, double x)
{
	char	b[40], *e, *from;
	int	n;

	if (!isfinite(x)) {
		jsonw_null(w);
		return;
	}
	value(w);
	n = snprintf(b, sizeof(b) - 2, "%.6g", x);
	if ((e = strchr(b, 'e')) == NULL) {
		if (strchr(b, '.') == NULL) {
			memcpy(b + n, ".0", 2);
			n += 2;
		}
	} else {
		from = ++e;		/* the exponent's sign */
		if (*e == '-')
			e++;
		while (*++from == '0')
			continue;
		memmove(e, from, (size_t)(b + n - from));
		n -= (int)(from - e);
	}
	put(w, b, (size_t)n);
}

void
jsonw_bool(struct jsonw *w, int v)
{
	value(w);
	if (v)
		put(w, "true", 4);
	else
		put(w, "false", 5);
}

void
jsonw_null(struct jsonw *w)
{
	value(w);
	put(w, "null", 4);
}
