/*
 * dates.c: one PCRE2 pattern for a range, one for a claim.  A range is
 * a start date, a separator (a dash, "to", "until") and an end date or
 * a word for now; "since DATE" is a range open to today.  A date is a
 * month name and year, a season and year, MM/YYYY, YYYY.MM or a bare
 * year.  Month precision: "2016-2019" is 36 months, "Mar 2018 - Jun
 * 2020" counts March to June inclusive.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "dates.h"
#include "util.h"

#define MONTH	"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|" \
		"june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|" \
		"nov(?:ember)?|dec(?:ember)?)\\.?"
#define SEASON	"(?:spring|summer|fall|autumn|winter)"
#define YEAR	"(?:19[5-9]\\d|20\\d\\d)"
#define MM	"(?:0?[1-9]|1[0-2])"
/* Each form captures: name month, season, numeric month, year. */
#define DATE(n)	"(?:(?<mn" n ">" MONTH ")\\s*,?\\s*(?<y1" n ">" YEAR ")" \
		"|(?<se" n ">" SEASON ")\\s+(?<y2" n ">" YEAR ")" \
		"|(?<m1" n ">" MM ")\\s*/\\s*(?<y3" n ">" YEAR ")" \
		"|(?<y4" n ">" YEAR ")\\s*[./]\\s*(?<m2" n ">" MM ")(?!\\d)" \
		"|(?<y5" n ">" YEAR "))"
#define NOW	"(?<now>present|current(?:ly)?|now|today|to\\s+date|date|" \
		"ongoing|till\\s+date)"
/*
 * The start date stands once, so its group names stay unique; the code
 * then requires "since" or an end.
 */
#define RANGE	"(?<![\\w/.])(?:(?<since>since|from)\\s+)?" DATE("a") \
		"(?:\\s*(?:-|to|until|till|through|thru)\\s*" \
		"(?:" DATE("b") "|" NOW "))?(?![\\w/])"

/*
 * A range split over two rows of a table: the start and a dash end a
 * cell ("Apr 2023 -  | Vistula Bank |"), the end opens the next row's
 * first cell ("| present").
 */
#define SPLIT	"(?<![\\w/.])" DATE("a") "\\s*(?:-|to|until)" \
		"[ \\t]*(?:\\||\\t| {2,})[^\\n]*\\n[ \\t|]*" \
		"(?:" DATE("b") "|" NOW ")(?![\\w/])"
#define CLAIM	"(?<![\\w.])(?<n>\\d{1,2}(?:\\.\\d)?)\\s*\\+?\\s*" \
		"(?:years?|yrs?)\\s+(?:of\\s+)?(?:\\w+\\s+){0,3}?experience"

struct dates {
	pcre2_code		*range;
	pcre2_code		*split;
	pcre2_code		*claim;
	pcre2_match_data	*md;
	unsigned		 documents;	/* read so far */
};

static pcre2_code *
compile(const char *src)
{
	pcre2_code	*re;
	int		 err;
	PCRE2_SIZE	 off;

	/* Constant patterns: failing to compile is a bug, not an input. */
	re = pcre2_compile((PCRE2_SPTR)src, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS, &err,
	    &off, NULL);
	if (re == NULL)
		abort();
	return re;
}

/*
 * JIT-compiling the patterns costs more than one resume's matching, so
 * it waits for a second document: a single resume starts faster, and a
 * batch still runs compiled code.
 */
static void
count_document(struct dates *d)
{
	if (++d->documents != 2 || !jit_allowed())
		return;
	(void)pcre2_jit_compile(d->range, PCRE2_JIT_COMPLETE);
	(void)pcre2_jit_compile(d->split, PCRE2_JIT_COMPLETE);
	(void)pcre2_jit_compile(d->claim, PCRE2_JIT_COMPLETE);
}

struct dates *
dates_new(void)
{
	struct dates	*d = xcalloc(1, sizeof(*d));

	d->range = compile(RANGE);
	d->split = compile(SPLIT);
	d->claim = compile(CLAIM);
	/* Room for the captures of the largest pattern. */
	d->md = pcre2_match_data_create(64, NULL);
	if (d->md == NULL)
		xoom();
	return d;
}

void
dates_free(struct dates *d)
{
	if (d == NULL)
		return;
	pcre2_code_free(d->range);
	pcre2_code_free(d->split);
	pcre2_code_free(d->claim);
	pcre2_match_data_free(d->md);
	free(d);
}

/* The named group's text, or NULL when it did not take part. */
static const char *
group(struct dates *d, pcre2_code *re, const char *name, const char *text,
    size_t *len)
{
	PCRE2_SIZE	*ov = pcre2_get_ovector_pointer(d->md);
	int		 n = pcre2_substring_number_from_name(re,
			    (PCRE2_SPTR)name);

	if (n < 0 || (uint32_t)n >= pcre2_get_ovector_count(d->md) ||
	    ov[2 * n] == PCRE2_UNSET)
		return NULL;
	*len = ov[2 * n + 1] - ov[2 * n];
	return text + ov[2 * n];
}

static int
month_of_name(const char *s)
{
	static const char	names[] = "janfebmaraprmayjunjulaugsepoctnovdec";
	int			i;

	for (i = 0; i < 12; i++)
		if (strncmp(s, names + 3 * i, 3) == 0)
			return i;
	return 0;
}

/* A season's first month; its range ends three months later. */
static int
month_of_season(const char *s)
{
	switch (s[0]) {
	case 's':
		return s[1] == 'p' ? 2 : 5;	/* spring: Mar; summer: Jun */
	case 'f': case 'a':
		return 8;			/* fall, autumn: Sep */
	default:
		return 11;			/* winter: Dec */
	}
}

enum date_form { FORM_NAME, FORM_SEASON, FORM_NUMBER, FORM_YEAR };

/* The capture groups of each form of DATE(). */
static const struct {
	const char	*year;
	const char	*month;
	enum date_form	 form;
} forms[] = {
	{ "y1", "mn", FORM_NAME },
	{ "y2", "se", FORM_SEASON },
	{ "y3", "m1", FORM_NUMBER },
	{ "y4", "m2", FORM_NUMBER },
	{ "y5", NULL, FORM_YEAR },
};

/*
 * The date of group set n ("a" or "b") in months, or -1 if it did not
 * match.  An end date means the end of its month or season; a bare
 * year as an end means its first month, so "2016-2019" is three years,
 * as resumes mean it.
 */
static int
read_date(struct dates *d, pcre2_code *re, const char *text, const char *n,
    int is_end)
{
	const char	*y, *m;
	char		 name[8];
	size_t		 len, i;
	int		 month = 0, span = 1;

	for (i = 0; i < sizeof(forms) / sizeof(forms[0]); i++) {
		snprintf(name, sizeof(name), "%s%s", forms[i].year, n);
		if ((y = group(d, re, name, text, &len)) == NULL)
			continue;
		m = NULL;
		if (forms[i].month != NULL) {
			snprintf(name, sizeof(name), "%s%s", forms[i].month, n);
			m = group(d, re, name, text, &len);
		}
		switch (forms[i].form) {
		case FORM_NAME:
			month = month_of_name(m);
			break;
		case FORM_SEASON:
			month = month_of_season(m);
			span = 3;
			break;
		case FORM_NUMBER:
			month = atoi(m) - 1;
			break;
		case FORM_YEAR:
			span = 0;
			break;
		}
		return atoi(y) * 12 + month + (is_end ? span : 0);
	}
	return -1;
}

/* Whether s[0..len) holds a year from 1950 to 2099 as a 4-digit number. */
static int
has_year(const char *s, size_t len)
{
	size_t	i;

	for (i = 0; i + 4 <= len; i++) {
		if (s[i] != '1' && s[i] != '2')
			continue;
		if (((s[i] == '1' && s[i + 1] == '9') ||
		    (s[i] == '2' && s[i + 1] == '0')) &&
		    s[i + 2] >= '0' && s[i + 2] <= '9' &&
		    s[i + 3] >= '0' && s[i + 3] <= '9')
			return 1;
	}
	return 0;
}

/*
 * Read the match in d->md of re as a range into *r; 0 if it is a lone
 * date, not a range, or not a job that began by today.
 */
static int
take_range(struct dates *d, pcre2_code *re, const char *text, int today,
    struct date_range *r)
{
	PCRE2_SIZE	*ov = pcre2_get_ovector_pointer(d->md);
	size_t		 glen;

	r->at = ov[0];
	r->len = ov[1] - ov[0];
	r->start = read_date(d, re, text, "a", 0);
	r->end = read_date(d, re, text, "b", 1);
	r->open = group(d, re, "now", text, &glen) != NULL ||
	    (r->end < 0 && re == d->range &&
	    group(d, re, "since", text, &glen) != NULL);
	if (r->open)
		r->end = today;
	else if (r->end < 0)
		return 0;
	/* "2019 - 2019" is a year's job, not none. */
	if (r->end == r->start && !r->open)
		r->end = r->start + 12;
	return r->start >= 0 && r->end > r->start && r->start <= today;
}

static int
by_offset(const void *a, const void *b)
{
	const struct date_range	*x = a, *y = b;

	return x->at < y->at ? -1 : x->at > y->at;
}

/*
 * Every range holds a year, so the patterns run only from lines that
 * have one, over that line and the next (a range may be split over
 * two lines or two rows of a table).
 */
size_t
dates_ranges(struct dates *d, const char *text, size_t len, int today,
    struct date_range *out, size_t max)
{
	const char	*line = text, *eol, *next;
	size_t		 n = 0, off = 0, stop;
	PCRE2_SIZE	*ov;

	count_document(d);
	while (n < max && line < text + len) {
		eol = memchr(line, '\n', (size_t)(text + len - line));
		next = eol != NULL ? eol + 1 : text + len;
		if ((size_t)(next - text) <= off || !has_year(line,
		    (size_t)(next - line))) {
			line = next;
			continue;
		}
		if ((size_t)(line - text) > off)
			off = (size_t)(line - text);
		eol = next < text + len ? memchr(next, '\n',
		    (size_t)(text + len - next)) : NULL;
		stop = eol != NULL ? (size_t)(eol - text) : len;
		/*
		 * A table row's range first.  The plain pattern then sees
		 * only its start, a lone date, which it passes over.
		 */
		if (pcre2_match(d->split, (PCRE2_SPTR)text, stop, off,
		    PCRE2_NO_UTF_CHECK, d->md, NULL) >= 0 &&
		    pcre2_get_ovector_pointer(d->md)[0] <
		    (size_t)(next - text) &&
		    take_range(d, d->split, text, today, &out[n]))
			n++;
		while (n < max && off < stop && pcre2_match(d->range,
		    (PCRE2_SPTR)text, stop, off, PCRE2_NO_UTF_CHECK, d->md,
		    NULL) >= 0) {
			ov = pcre2_get_ovector_pointer(d->md);
			/* What starts on the next line is its own to read. */
			if (ov[0] >= (size_t)(next - text))
				break;
			off = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
			if (take_range(d, d->range, text, today, &out[n]))
				n++;
		}
		/* What was read of the next line is not read again. */
		if (off < (size_t)(next - text))
			off = (size_t)(next - text);
		line = next;
	}
	if (n > 1)
		qsort(out, n, sizeof(*out), by_offset);
	return n;
}

/* Whether s[0..len) holds the word w (lower case ASCII). */
static int
contains(const char *s, size_t len, const char *w)
{
	const char	*p = s, *end = s + len;
	size_t		 wl = strlen(w);

	while ((p = memchr(p, w[0], (size_t)(end - p))) != NULL) {
		if ((size_t)(end - p) >= wl && memcmp(p, w, wl) == 0)
			return 1;
		p++;
	}
	return 0;
}

double
dates_claimed_years(struct dates *d, const char *text, size_t len)
{
	const char	*g;
	size_t		 glen;
	double		 best = -1, v;
	size_t		 off = 0;
	PCRE2_SIZE	*ov;

	/* A claim names years: no "year" or "yr", no claim. */
	if (!contains(text, len, "year") && !contains(text, len, "yr"))
		return -1;
	while (off < len && pcre2_match(d->claim, (PCRE2_SPTR)text, len, off,
	    PCRE2_NO_UTF_CHECK, d->md, NULL) >= 0) {
		ov = pcre2_get_ovector_pointer(d->md);
		off = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
		if ((g = group(d, d->claim, "n", text, &glen)) == NULL)
			continue;
		v = atof(g);
		if (v > best && v <= 60)
			best = v;
	}
	return best;
}

int
dates_parse_iso(const char *s, int *day)
{
	int	y, m, dd;
	char	tail;

	if (sscanf(s, "%4d-%2d-%2d%c", &y, &m, &dd, &tail) != 3 ||
	    y < 1950 || y > 2100 || m < 1 || m > 12 || dd < 1 || dd > 31)
		return -1;
	if (day != NULL)
		*day = dd;
	return y * 12 + m - 1;
}
