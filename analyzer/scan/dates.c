/*
 * dates.c: one PCRE2 pattern for a range, one for a claim.  A range is
 * a start date, a separator (a dash, "to", "until", "bis", "hasta" ...)
 * and an end date or a word for now; "since DATE" ("seit", "depuis",
 * "desde" ...) is a range open to today.  A date is a month name and
 * year, a season and year, MM/YYYY, MM.YYYY, YYYY.MM, YYYY-MM or a bare
 * year.  Month precision: "2016-2019" is 36 months, "Mar 2018 - Jun
 * 2020" counts March to June inclusive.  Month names and words for now
 * come in English, French, German, Spanish, Portuguese, Italian and
 * Dutch; the text is case folded, so they are written in lower case.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "dates.h"
#include "patcache.h"
#include "util.h"

#define RE_OPTIONS	(PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS)

/*
 * The spellings of each month, full and abbreviated, with and without
 * accents; an abbreviation may take a dot in the text.  Words that are
 * also common words elsewhere ("marco", a first name) are left out:
 * a month needs a year after it, but a name line may have one too.
 */
static const char *const month_words[12] = {
	"january jan janvier janv januar j\xC3\xA4nner j\xC3\xA4n enero ene "
	    "janeiro gennaio gen januari",
	"february feb f\xC3\xA9vrier f\xC3\xA9vr f\xC3\xA9v fevrier fevr fev "
	    "februar febrero fevereiro febbraio februari",
	"march mar mars m\xC3\xA4rz m\xC3\xA4r maerz marz mrz marzo "
	    "mar\xC3\xA7o maart mrt",
	"april apr avril avr abril abr aprile",
	"may mai mayo maio maggio mag mei",
	"june jun juin juni junio junho giugno giu",
	"july jul juillet juil juli julio julho luglio lug",
	"august aug ao\xC3\xBBt aout agosto ago augustus",
	"september sept sep septembre septiembre setiembre set setembro "
	    "settembre",
	"october oct octobre oktober okt octubre outubro out ottobre ott",
	"november nov novembre noviembre novembro",
	"december dec d\xC3\xA9" "cembre d\xC3\xA9" "c decembre dezember dez "
	    "diciembre dic dezembro dicembre",
};

/*
 * MONTH stands for the alternation of month_words[], which dates_new()
 * puts in its place; the control byte cannot occur in a pattern.
 */
#define MONTH	"\x01"
#define MONTH_MARK	'\x01'
#define SEASON	"(?:spring|summer|fall|autumn|winter)"
#define YEAR	"(?:19[5-9]\\d|20\\d\\d)"
#define MM	"(?:0?[1-9]|1[0-2])"
/*
 * Each form captures: name month, season, numeric month, year.  A
 * month name may take "de" before its year ("enero de 2019") or a
 * slash ("jan/2019"); a numeric month a dot as well as a slash, after
 * an optional day ("01.03.2019"); a year a month after a dot or, two
 * digits, a hyphen ("2019-03", which "2016-2019" is not).
 */
#define DATE(n)	"(?:(?<mn" n ">" MONTH ")\\.?(?:\\s*[,/]|\\s+del?)?\\s*" \
		"(?<y1" n ">" YEAR ")" \
		"|(?<se" n ">" SEASON ")\\s+(?<y2" n ">" YEAR ")" \
		"|(?:[0-3]?\\d\\.)?(?<m1" n ">" MM ")\\s*[./]\\s*" \
		"(?<y3" n ">" YEAR ")" \
		"|(?<y4" n ">" YEAR ")\\s*[./]\\s*(?<m2" n ">" MM ")(?!\\d)" \
		"|(?<y6" n ">" YEAR ")-(?<m3" n ">0[1-9]|1[0-2])(?!\\d)" \
		"|(?<y5" n ">" YEAR "))"
/*
 * A word for now, perhaps after the word for "until" ("bis heute",
 * "hasta la fecha", "jusqu'a ce jour", "ad oggi", "tot heden").
 */
#define NOW	"(?<now>(?:(?:bis|hasta|at\xC3\xA9|ate|\xC3\xA0|a|ad|al|" \
		"fino\\s+ad?|tot|jusqu'(?:\xC3\xA0|a|au|en))\\s+)?" \
		"(?:present|current(?:ly)?|now|today|to\\s+date|date|" \
		"ongoing|till\\s+date|" \
		"aujourd'\\s*hui|ce\\s+jour|pr\xC3\xA9sent|actuel(?:le)?|" \
		"en\\s+cours|maintenant|" \
		"heute|jetzt|derzeit|laufend|dato|" \
		"(?:la\\s+)?actualidad|presente|la\\s+fecha|hoy|" \
		"actual(?:mente)?|atual(?:mente)?|(?:o\\s+)?momento|hoje|" \
		"oggi|in\\s+corso|attuale|heden|nu|huidig))"
/*
 * Words that open a range: those for "since" leave it open without an
 * end ("seit 2019"), those for "from" do not ("de", "von": "Master de
 * 2014" is no job).  Words for "to" other than a dash stand between
 * spaces.
 */
#define SINCE	"since|from|depuis|seit|desde|sinds|vanaf|dal|" \
		"[a\xC3\xA0]\\s+partir\\s+d(?:e|')"
#define FROM	"de|du|von|vom|van|da"
#define TO	"\\s*(?:-|to|until|till|through|thru)\\s*" \
		"|\\s+(?:\xC3\xA0|a|au|bis|hasta|at\xC3\xA9|ate|al|tot|" \
		"t/m|jusqu'(?:\xC3\xA0|a|au|en))\\s+"
/*
 * The start date stands once, so its group names stay unique; the code
 * then requires "since" or an end.
 */
#define RANGE	"(?<![\\w/.])(?:(?<since>" SINCE ")(?:\\s+|(?<='))" \
		"|(?:" FROM ")\\s+)?" DATE("a") \
		"(?:(?:" TO ")" \
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

enum date_form { FORM_NAME, FORM_SEASON, FORM_NUMBER, FORM_YEAR };

#define NFORMS	6

/* The capture groups of each form of DATE(). */
static const struct {
	const char	*year;
	const char	*month;
	enum date_form	 form;
} forms[NFORMS] = {
	{ "y1", "mn", FORM_NAME },
	{ "y2", "se", FORM_SEASON },
	{ "y3", "m1", FORM_NUMBER },
	{ "y4", "m2", FORM_NUMBER },
	{ "y6", "m3", FORM_NUMBER },
	{ "y5", NULL, FORM_YEAR },
};

/* The longest word a range opens with, and room for its NUL. */
#define OPENER_MAX	12

/* The capture numbers of one pattern's groups, looked up once. */
struct date_groups {
	int	year[2][NFORMS];	/* [0] start date "a", [1] end "b" */
	int	month[2][NFORMS];	/* -1: the form has no month */
	int	now;
	int	since;			/* -1 in the split pattern */
};

struct dates {
	pcre2_code		*range;
	pcre2_code		*split;
	pcre2_code		*claim;
	struct date_groups	 range_groups;
	struct date_groups	 split_groups;
	int			 claim_n;
	char			(*openers)[OPENER_MAX];	/* sorted */
	size_t			 nopeners;
	pcre2_match_data	*md;
	unsigned		 documents;	/* read so far */
};

static pcre2_code *
compile(const char *src, uint32_t options)
{
	pcre2_code	*re;
	int		 err;
	PCRE2_SIZE	 off;

	/* Constant patterns: failing to compile is a bug, not an input. */
	re = pcre2_compile((PCRE2_SPTR)src, PCRE2_ZERO_TERMINATED,
	    RE_OPTIONS | options, &err, &off, NULL);
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

/* Whether word[0..len) is one of the words of list, a spaced list. */
static int
in_list(const char *list, const char *word, size_t len)
{
	const char	*p = list, *end;

	for (;;) {
		end = strchr(p, ' ');
		if (end == NULL)
			end = p + strlen(p);
		if ((size_t)(end - p) == len && memcmp(p, word, len) == 0)
			return 1;
		if (*end == '\0')
			return 0;
		p = end + 1;
	}
}

/*
 * The pattern src with each MONTH_MARK replaced by the month names as
 * alternatives (the caller frees it).  Names hold only letters.
 */
static char *
expand(const char *src)
{
	struct buf	 b = { 0 };
	const char	*p, *w, *end;
	size_t		 m;

	for (p = src; *p != '\0'; p++) {
		if (*p != MONTH_MARK) {
			buf_add(&b, p, 1);
			continue;
		}
		buf_adds(&b, "(?:");
		for (m = 0; m < 12; m++) {
			for (w = month_words[m]; ; w = end + 1) {
				end = strchr(w, ' ');
				if (end == NULL)
					end = w + strlen(w);
				if (m > 0 || w != month_words[m])
					buf_adds(&b, "|");
				buf_add(&b, w, (size_t)(end - w));
				if (*end == '\0')
					break;
			}
		}
		buf_adds(&b, ")");
	}
	buf_add(&b, "", 1);
	return b.data;
}

/* Words of ASCII letters a range can open with, besides month names. */
static const char start_words[] =
    "since from depuis seit desde sinds vanaf dal a "	/* SINCE */
    "de du von vom van da "				/* FROM */
    "spring summer fall autumn winter";			/* SEASON */

static int
ascii_letter(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static int
by_word(const void *a, const void *b)
{
	return strcmp(a, b);
}

/* Each space-separated word of list made of ASCII letters, added. */
static void
add_openers(struct dates *d, const char *list)
{
	const char	*w, *end;
	size_t		 len, i;

	for (w = list; *w != '\0'; w = *end == '\0' ? end : end + 1) {
		end = strchr(w, ' ');
		if (end == NULL)
			end = w + strlen(w);
		len = (size_t)(end - w);
		for (i = 0; i < len && ascii_letter((unsigned char)w[i]); i++)
			;
		if (i < len || len >= OPENER_MAX)
			continue;	/* found by may_open_range anyway */
		d->openers = xreallocarray(d->openers, d->nopeners + 1,
		    sizeof(*d->openers));
		memcpy(d->openers[d->nopeners], w, len);
		d->openers[d->nopeners++][len] = '\0';
	}
}

static void
list_openers(struct dates *d)
{
	int	m;

	add_openers(d, start_words);
	for (m = 0; m < 12; m++)
		add_openers(d, month_words[m]);
	qsort(d->openers, d->nopeners, sizeof(*d->openers), by_word);
}

/* Whether the ASCII word w[0..len) is one a range can open with. */
static int
opening_word(const struct dates *d, const char *w, size_t len)
{
	char	low[OPENER_MAX];
	size_t	i;

	if (len >= OPENER_MAX)
		return 0;
	for (i = 0; i < len; i++)
		low[i] = (char)(w[i] | 0x20);
	low[len] = '\0';
	return bsearch(low, d->openers, d->nopeners, sizeof(*d->openers),
	    by_word) != NULL;
}

/* A group's number in re, or -1 if re has no group of that name. */
static int
group_number(pcre2_code *re, const char *prefix, const char *set)
{
	char	name[8];
	int	n;

	snprintf(name, sizeof(name), "%s%s", prefix, set);
	n = pcre2_substring_number_from_name(re, (PCRE2_SPTR)name);
	return n < 0 ? -1 : n;
}

static void
number_groups(pcre2_code *re, struct date_groups *g)
{
	size_t	i, set;

	for (set = 0; set < 2; set++)
		for (i = 0; i < NFORMS; i++) {
			g->year[set][i] = group_number(re, forms[i].year,
			    set == 0 ? "a" : "b");
			g->month[set][i] = forms[i].month == NULL ? -1 :
			    group_number(re, forms[i].month,
			    set == 0 ? "a" : "b");
		}
	g->now = group_number(re, "now", "");
	g->since = group_number(re, "since", "");
}

/*
 * The three patterns, from the pattern cache when it holds them: the
 * expanded ones take as long to compile as a resume takes to analyze.
 * Ranges are tried only where one may start (match_from), so their
 * patterns are anchored when compiled: JIT code runs only with the
 * options it was compiled for.
 */
struct dates *
dates_new(void)
{
	static const uint32_t	 extra[3] = { PCRE2_ANCHORED, PCRE2_ANCHORED, 0 };
	struct dates		*d = xcalloc(1, sizeof(*d));
	char			*src[3], opts[64];
	pcre2_code		*codes[3];
	struct buf		 key = { 0 };
	int			 i, cache = patcache_enabled();

	src[0] = expand(RANGE);
	src[1] = expand(SPLIT);
	src[2] = xstrdup(CLAIM);
	for (i = 0; i < 3; i++) {
		snprintf(opts, sizeof(opts), "options %u",
		    (unsigned)(RE_OPTIONS | extra[i]));
		buf_add(&key, opts, strlen(opts) + 1);
		buf_add(&key, src[i], strlen(src[i]) + 1);
	}
	if (!cache || patcache_load("dates", key.data, key.len,
	    (void **)codes, 3) < 0) {
		for (i = 0; i < 3; i++)
			codes[i] = compile(src[i], extra[i]);
		if (cache)
			patcache_store("dates", key.data, key.len,
			    (void *const *)codes, 3);
	}
	d->range = codes[0];
	d->split = codes[1];
	d->claim = codes[2];
	for (i = 0; i < 3; i++)
		free(src[i]);
	buf_free(&key);
	list_openers(d);
	number_groups(d->range, &d->range_groups);
	number_groups(d->split, &d->split_groups);
	d->claim_n = pcre2_substring_number_from_name(d->claim,
	    (PCRE2_SPTR)"n");
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
	free(d->openers);
	free(d);
}

/* Group n's text, or NULL when it did not take part or does not exist. */
static const char *
group(struct dates *d, int n, const char *text, size_t *len)
{
	PCRE2_SIZE	*ov = pcre2_get_ovector_pointer(d->md);

	if (n < 0 || (uint32_t)n >= pcre2_get_ovector_count(d->md) ||
	    ov[2 * n] == PCRE2_UNSET)
		return NULL;
	*len = ov[2 * n + 1] - ov[2 * n];
	return text + ov[2 * n];
}

/* The month (0-11) of a name in month_words[], a dot after it or not. */
static int
month_of_name(const char *s, size_t len)
{
	int	i;

	if (len > 0 && s[len - 1] == '.')
		len--;
	for (i = 0; i < 12; i++)
		if (in_list(month_words[i], s, len))
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


/*
 * The date of group set set (0 the start "a", 1 the end "b") in
 * months, or -1 if it did not match.  An end date means the end of its
 * month or season; a bare year as an end means its first month, so
 * "2016-2019" is three years, as resumes mean it.
 */
static int
read_date(struct dates *d, const struct date_groups *g, const char *text,
    int set, int is_end)
{
	const char	*y, *m;
	size_t		 len, mlen = 0, i;
	int		 month = 0, span = 1;

	for (i = 0; i < NFORMS; i++) {
		if ((y = group(d, g->year[set][i], text, &len)) == NULL)
			continue;
		m = group(d, g->month[set][i], text, &mlen);
		switch (forms[i].form) {
		case FORM_NAME:
			month = month_of_name(m, mlen);
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
take_range(struct dates *d, const struct date_groups *g, const char *text,
    int today, struct date_range *r)
{
	PCRE2_SIZE	*ov = pcre2_get_ovector_pointer(d->md);
	size_t		 glen;

	r->at = ov[0];
	r->len = ov[1] - ov[0];
	r->start = read_date(d, g, text, 0, 0);
	r->end = read_date(d, g, text, 1, 1);
	r->open = group(d, g->now, text, &glen) != NULL ||
	    (r->end < 0 && group(d, g->since, text, &glen) != NULL);
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
 * Whether a range or a split range may start at text[at]: the patterns
 * start after no word character, slash or dot, with a digit, a month,
 * a season or a word for "since" or "from".  Where a character beyond
 * ASCII is next to the word it may be a letter, a space or a case
 * variant of one (PCRE2 folds U+017F to "s"), so the pattern decides.
 */
static int
may_open_range(const struct dates *d, const char *text, size_t at,
    size_t end)
{
	unsigned char	c = (unsigned char)text[at], prev;
	size_t		i;

	if (at > 0) {
		prev = (unsigned char)text[at - 1];
		if (prev < 0x80 && (ascii_letter(prev) || prev == '_' ||
		    prev == '/' || prev == '.' || (prev >= '0' && prev <= '9')))
			return 0;
	}
	if (c >= '0' && c <= '9')
		return 1;
	if (c >= 0x80)
		return c >= 0xC0;	/* a character's first byte */
	if (!ascii_letter(c))
		return 0;
	for (i = at; i < end && ascii_letter((unsigned char)text[i]); i++)
		;
	if (i < end && (unsigned char)text[i] >= 0x80)
		return 1;
	return opening_word(d, text + at, i - at);
}

/*
 * Whether text[from..to) can hold a split range: its separator ("-",
 * "to", "until") is followed by blanks holding a tab or two spaces, or
 * by a bar.
 */
static int
may_split(const char *text, size_t from, size_t to)
{
	size_t	i, k, spaces;
	int	sep;

	for (i = from; i < to; i++) {
		sep = 0;
		if (text[i] == '-')
			sep = 1;
		else if (i + 2 <= to && (text[i] | 0x20) == 't' &&
		    (text[i + 1] | 0x20) == 'o')
			sep = 2;
		else if (i + 5 <= to && strncasecmp(text + i, "until", 5) == 0)
			sep = 5;
		if (!sep)
			continue;
		spaces = 0;
		for (k = i + (size_t)sep; k < to &&
		    (text[k] == ' ' || text[k] == '\t'); k++) {
			if (text[k] == '\t' || ++spaces == 2)
				return 1;
		}
		if (k < to && text[k] == '|')
			return 1;
	}
	return 0;
}

/*
 * The first match of re in text[0..stop) that starts in [off, before),
 * tried only where a range may start; 0 if none.  The same match as an
 * unanchored search from off, which restarts at every byte.
 */
static int
match_from(struct dates *d, pcre2_code *re, const char *text, size_t stop,
    size_t off, size_t before)
{
	size_t	at;

	for (at = off; at < before && at < stop; at++) {
		if (!may_open_range(d, text, at, stop))
			continue;
		if (pcre2_match(re, (PCRE2_SPTR)text, stop, at,
		    PCRE2_NO_UTF_CHECK, d->md, NULL) >= 0)
			return 1;
	}
	return 0;
}

/*
 * Every range holds a year, so the patterns run only from lines that
 * have one, over that line and the next (a range may be split over
 * two lines or two rows of a table), and only where a date can start.
 */
size_t
dates_ranges(struct dates *d, const char *text, size_t len, int today,
    struct date_range *out, size_t max)
{
	const char	*line = text, *eol, *next;
	size_t		 n = 0, off = 0, stop, next_at;
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
		next_at = (size_t)(next - text);
		eol = next < text + len ? memchr(next, '\n',
		    (size_t)(text + len - next)) : NULL;
		stop = eol != NULL ? (size_t)(eol - text) : len;
		/*
		 * A table row's range first.  The plain pattern then sees
		 * only its start, a lone date, which it passes over.
		 */
		if (may_split(text, off, stop) &&
		    match_from(d, d->split, text, stop, off, next_at) &&
		    take_range(d, &d->split_groups, text, today, &out[n]))
			n++;
		/* What starts on the next line is its own to read. */
		while (n < max && off < stop &&
		    match_from(d, d->range, text, stop, off, next_at)) {
			ov = pcre2_get_ovector_pointer(d->md);
			off = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
			if (take_range(d, &d->range_groups, text, today,
			    &out[n]))
				n++;
		}
		/* What was read of the next line is not read again. */
		if (off < next_at)
			off = next_at;
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
		if ((g = group(d, d->claim_n, text, &glen)) == NULL)
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
