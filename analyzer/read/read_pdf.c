/*
 * read_pdf.c: PDF text in reading order.
 *
 * Poppler's text for a page comes with one box per character.  The
 * characters are cut into segments: runs on one baseline with no gap
 * wider than a character is tall (a title and the dates set flush
 * right beside it are two segments).  Each page is then read in three
 * bands: a header (a few lines at the top, set apart by space), the
 * body, and a footer.  The body is ordered by a recursive cut: look for
 * a gutter, an upright strip of white space with text on both sides
 * that runs down a good part of the page; when there is one, read what
 * is above it, the text on its left, the text on its right, and what
 * is below it, each the same way; when there is none, read line by
 * line, top to bottom.  A strip beside isolated labels ("EXPERIENCE"
 * in a margin column) is no gutter: each label is read before the text
 * it heads; beside isolated notes on the right (dates), lines are read
 * across.  On a page that continues another, the column that goes on
 * from where the last page's body ended is read first, so a section
 * carries on past the page break.
 *
 * Header and footer lines whose text (digits aside) comes back at the
 * same height on every page from their first on are read once.  Lines
 * of one block that a paragraph wrapped are joined, as a word
 * processor's paragraph is one line; so is a word hyphenated at a line
 * end, without its hyphen unless the document writes the word with
 * one elsewhere.
 *
 * Thresholds are in character heights: a character's box is about a
 * line pitch tall (ascent and descent), some 1.2 times the font size.
 */
#include <dlfcn.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <poppler.h>
#include <utf8proc.h>

#include "diag.h"
#include "read.h"
#include "read_pdf.h"
#include "util.h"

/* A segment ends at a gap wider than this many character heights. */
#define SPLIT_GAP	0.5
/* A gutter is at least this many character heights wide ... */
#define GUTTER_MIN	0.45
/* ... and runs down this share of the page's text, or 3 lines. */
#define GUTTER_SHARE	0.3
/* Labels: this share of one side's segments stand alone. */
#define LABEL_SHARE	0.7
/*
 * Rows: this share of each side's segments have one of the other's on
 * their baseline, and of one side's are numbers of at most so many
 * bytes (dates).
 */
#define ROWS_SHARE	0.8
#define NUMBERS_LEN	24
/* Headers and footers lie in this share of the page's height ... */
#define BAND_SHARE	0.12
/* ... set apart by a blank line, in a few segments. */
#define BAND_GAP	0.5
#define BAND_MAX	6
/*
 * A blank line where lines are further apart than this: the boxes of
 * lines with no space between them touch or overlap.
 */
#define BLANK_GAP	0.5
/* Columns are looked for on pages of up to this many segments. */
#define COLUMN_MAX	2000
/* Distinct header and footer lines compared across pages. */
#define RUNNING_MAX	256
/* Hyphenated words looked up elsewhere in the document. */
#define HYPHEN_LOOKUPS	500

enum band { BAND_BODY, BAND_HEADER, BAND_FOOTER };

struct seg {
	double	x0, y0, x1, y1;
	size_t	off, len;		/* in the page's segment text */
};

/* A line of output: segments on one baseline, in order. */
struct pline {
	size_t		 off, len;	/* in reading.text */
	double		 x0, y0, x1, y1;
	double		 right;		/* the right edge of its block */
	int		 margin;	/* two lines or more reach it */
	int		 tabs;		/* wide gaps in it, read as tabs */
	unsigned	 block;		/* lines read together, by_lines() */
	unsigned	 page;
	enum band	 band;
	int		 gap;		/* a blank line before it */
	int		 drop;		/* a header or footer read before */
};

struct reading {
	struct buf	 text;		/* every line's text, one a line */
	struct pline	*lines;
	size_t		 nlines, caplines;
	/* The page being read. */
	struct seg	*segs;
	size_t		 nsegs, capsegs;
	struct buf	 segtext;
	double		 h;		/* median character height */
	double		 textheight;	/* of the body, for gutters */
	unsigned	 page;
	unsigned	 block;
	int		 gap_next;	/* the next line starts a region */
	/*
	 * Where the last page's body ended, while nothing of this page's
	 * body is read: the column that goes on from there is read first.
	 */
	double		 flow_x0;
	int		 continuing;
	size_t		 max;
	int		 full;
};

/* Poppler logs through GLib; what it says goes here, per thread. */
struct catch {
	char	last[200];
};

static _Thread_local struct catch	*catching;
static pthread_once_t			 pdf_once = PTHREAD_ONCE_INIT;
/* Opening documents serialized: poppler sets up its globals then. */
static pthread_mutex_t			 open_lock = PTHREAD_MUTEX_INITIALIZER;

#ifndef POPPLER_GLIB_SONAME
#define POPPLER_GLIB_SONAME	"libpoppler-glib.so.8"
#endif

/*
 * poppler-glib and the libraries it brings (some forty: cairo, NSS,
 * image codecs) are loaded when the first PDF is read, not when
 * gapcheck starts: linked, they cost every run about 20 ms, three
 * times what reading a text resume takes.  The pointers keep the
 * functions' own types.
 */
static struct {
	__typeof__(poppler_document_new_from_bytes)	*document_new;
	__typeof__(poppler_document_get_n_pages)	*get_n_pages;
	__typeof__(poppler_document_get_page)		*get_page;
	__typeof__(poppler_page_get_text)		*get_text;
	__typeof__(poppler_page_get_text_layout)	*get_text_layout;
	__typeof__(poppler_page_get_size)		*get_size;
	__typeof__(poppler_error_quark)			*error_quark;
	__typeof__(g_bytes_new_static)			*bytes_new_static;
	__typeof__(g_bytes_unref)			*bytes_unref;
	__typeof__(g_error_free)			*error_free;
	__typeof__(g_free)				*free;
	__typeof__(g_object_unref)			*object_unref;
	__typeof__(g_log_set_handler)			*log_set_handler;
} pop;
static char	pop_error[300];	/* why it could not be loaded, or "" */

static void
on_log(const gchar *domain, GLogLevelFlags level, const gchar *message,
    gpointer unused)
{
	const char	*p;
	char		*q;

	(void)domain;
	(void)level;
	(void)unused;
	if (catching == NULL || message == NULL)
		return;
	/* "Syntax error at position 12: Couldn't read xref table" */
	if ((p = strstr(message, ": ")) != NULL &&
	    strncmp(message, "Syntax", 6) == 0)
		message = p + 2;
	snprintf(catching->last, sizeof(catching->last), "%s", message);
	/* It may quote the file: keep the message one printable line. */
	for (q = catching->last; *q != '\0'; q++)
		if ((unsigned char)*q < 0x20 || (unsigned char)*q > 0x7E)
			*q = '?';
}

static void
pdf_init_once(void)
{
	void		*h;
	const char	*e;

	if ((h = dlopen(POPPLER_GLIB_SONAME, RTLD_NOW | RTLD_LOCAL)) == NULL) {
		e = dlerror();
		snprintf(pop_error, sizeof(pop_error), "%s", e != NULL ? e :
		    POPPLER_GLIB_SONAME);
		return;
	}
#define LOAD(field, name)						\
	if ((*(void **)&pop.field = dlsym(h, name)) == NULL) {		\
		snprintf(pop_error, sizeof(pop_error), "%s: no %s",	\
		    POPPLER_GLIB_SONAME, name);				\
		return;							\
	}
	LOAD(document_new, "poppler_document_new_from_bytes")
	LOAD(get_n_pages, "poppler_document_get_n_pages")
	LOAD(get_page, "poppler_document_get_page")
	LOAD(get_text, "poppler_page_get_text")
	LOAD(get_text_layout, "poppler_page_get_text_layout")
	LOAD(get_size, "poppler_page_get_size")
	LOAD(error_quark, "poppler_error_quark")
	LOAD(bytes_new_static, "g_bytes_new_static")
	LOAD(bytes_unref, "g_bytes_unref")
	LOAD(error_free, "g_error_free")
	LOAD(free, "g_free")
	LOAD(object_unref, "g_object_unref")
	LOAD(log_set_handler, "g_log_set_handler")
#undef LOAD
	pop.log_set_handler("Poppler", G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL |
	    G_LOG_FLAG_RECURSION, on_log, NULL);
}

/* The code point at p, valid UTF-8, in *c; returns the next one. */
static const char *
next_cp(const char *p, utf8proc_int32_t *c)
{
	utf8proc_ssize_t	n;

	n = utf8proc_iterate((const utf8proc_uint8_t *)p, -1, c);
	return p + (n > 0 ? n : 1);
}

/* The number of characters in s, or -1 if it is not valid UTF-8. */
static long
utf8_chars(const char *s)
{
	utf8proc_int32_t	c;
	utf8proc_ssize_t	n;
	size_t			len = strlen(s), i = 0;
	long			k = 0;

	while (i < len) {
		n = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
		    (utf8proc_ssize_t)(len - i), &c);
		if (n <= 0)
			return -1;
		i += (size_t)n;
		k++;
	}
	return k;
}

static double
height(const struct seg *s)
{
	return s->y1 - s->y0;
}

static double
center(const struct seg *s)
{
	return (s->y0 + s->y1) / 2;
}

/* Segments are sorted through an array of indices; the page is global. */
static _Thread_local const struct seg	*sort_segs;

static int
by_center(const void *a, const void *b)
{
	const struct seg	*s = &sort_segs[*(const size_t *)a];
	const struct seg	*t = &sort_segs[*(const size_t *)b];
	double			 d = center(s) - center(t);

	if (d != 0)
		return d < 0 ? -1 : 1;
	return s->x0 < t->x0 ? -1 : s->x0 > t->x0;
}

static int
by_x(const void *a, const void *b)
{
	const struct seg	*s = &sort_segs[*(const size_t *)a];
	const struct seg	*t = &sort_segs[*(const size_t *)b];

	return s->x0 < t->x0 ? -1 : s->x0 > t->x0;
}

static int
by_double(const void *a, const void *b)
{
	double	x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static void
sort_ids(struct reading *r, size_t *ids, size_t n,
    int (*cmp)(const void *, const void *))
{
	sort_segs = r->segs;
	qsort(ids, n, sizeof(*ids), cmp);
}

/* Start a segment at the box of one character. */
static struct seg *
seg_new(struct reading *r, double x0, double y0, double x1, double y1)
{
	struct seg	*s;

	xgrow(&r->segs, &r->capsegs, r->nsegs + 1, sizeof(*r->segs));
	s = &r->segs[r->nsegs++];
	s->x0 = x0;
	s->y0 = y0;
	s->x1 = x1;
	s->y1 = y1;
	s->off = r->segtext.len;
	s->len = 0;
	return s;
}

static int
is_space(utf8proc_int32_t c)
{
	return c == ' ' || c == '\t' || c < 0x20 || c == 0x7F || c == 0xA0 ||
	    (c >= 0x2000 && c <= 0x200B) || c == 0x3000 || c == 0xFEFF;
}

/*
 * Without usable boxes, poppler's own lines in its own order, one
 * below the other.
 */
static void
segment_plain(struct reading *r, const char *text)
{
	struct seg	*s = NULL;
	const char	*p;
	utf8proc_int32_t c;
	double		 y = 0;
	char		 u[4];
	size_t		 n;
	int		 space = 0;

	for (p = text; *p != '\0'; ) {
		p = next_cp(p, &c);
		if (c == '\n') {
			s = NULL;
			continue;
		}
		if (is_space(c)) {
			space = s != NULL;
			continue;
		}
		if (s == NULL) {
			s = seg_new(r, 0, y, 1, y + 1);
			y += 1;
			space = 0;
		}
		if (space)
			buf_addc(&r->segtext, ' ');
		n = utf8_encode(c, u);
		buf_add(&r->segtext, u, n);
		s->len += n + (size_t)space;
		space = 0;
	}
}

/*
 * Turn the boxes of a page whose text runs down, up or right to left
 * (a page rotated for display) so that it runs left to right, and
 * return the page's height as read.  Consecutive characters of
 * poppler's lines vote on the direction.
 */
static double
upright(const char *text, PopplerRectangle *box, guint nboxes, double w,
    double h)
{
	const char		*p = text;
	PopplerRectangle	 b;
	size_t			 votes[4] = { 0, 0, 0, 0 };	/* right down up left */
	size_t			 lines_up = 0, lines_down = 0;
	utf8proc_int32_t	 c;
	double			 dx, dy, line_y = 0;
	guint			 i, last = 0;
	int			 have = 0, dir = 0, k, lines = 0;

	for (i = 0; i < nboxes && *p != '\0'; i++) {
		p = next_cp(p, &c);
		if (c == '\n') {
			have = 0;
			continue;
		}
		if (is_space(c))
			continue;
		if (!have) {
			/* Where lines go, to tell upside down from Hebrew. */
			if (lines++ > 0) {
				lines_up += box[i].y1 < line_y;
				lines_down += box[i].y1 > line_y;
			}
			line_y = box[i].y1;
		}
		if (have) {
			dx = (box[i].x1 + box[i].x2 - box[last].x1 -
			    box[last].x2) / 2;
			dy = (box[i].y1 + box[i].y2 - box[last].y1 -
			    box[last].y2) / 2;
			if (fabs(dx) >= fabs(dy))
				votes[dx >= 0 ? 0 : 3]++;
			else
				votes[dy > 0 ? 1 : 2]++;
		}
		last = i;
		have = 1;
	}
	for (k = 1; k < 4; k++)
		if (votes[k] > votes[dir])
			dir = k;
	if (dir == 0 || (dir == 3 && lines_up <= lines_down))
		return h;	/* upright, or written right to left */
	for (i = 0; i < nboxes; i++) {
		b = box[i];
		switch (dir) {
		case 1:		/* down: turned a quarter clockwise */
			box[i].x1 = b.y1;
			box[i].x2 = b.y2;
			box[i].y1 = w - b.x2;
			box[i].y2 = w - b.x1;
			break;
		case 2:		/* up: a quarter counter-clockwise */
			box[i].x1 = h - b.y2;
			box[i].x2 = h - b.y1;
			box[i].y1 = b.x1;
			box[i].y2 = b.x2;
			break;
		default:	/* upside down */
			box[i].x1 = w - b.x2;
			box[i].x2 = w - b.x1;
			box[i].y1 = h - b.y2;
			box[i].y2 = h - b.y1;
			break;
		}
	}
	return dir == 3 ? h : w;
}

/*
 * Cut the page's characters into segments.  Poppler's text has one box
 * per character, line ends included; spaces separate words, and their
 * boxes are not used, so a gap is measured between visible characters.
 */
static void
segment(struct reading *r, const char *text, const PopplerRectangle *box,
    guint nboxes)
{
	struct seg	*s = NULL;
	const char	*p = text;
	double		 lastx1 = 0, h, mid, sh;
	utf8proc_int32_t c;
	guint		 i;
	size_t		 n;
	long		 nchars = utf8_chars(text);
	char		 u[4];
	int		 space = 0;

	r->nsegs = 0;
	r->segtext.len = 0;
	if (nchars < 0)
		return;		/* poppler hands out UTF-8; if not, no text */
	if ((long)nboxes != nchars) {
		segment_plain(r, text);
		return;
	}
	for (i = 0; i < nboxes; i++) {
		p = next_cp(p, &c);
		if (c == '\n') {
			s = NULL;
			continue;
		}
		if (is_space(c)) {
			space = 1;
			continue;
		}
		if (!isfinite(box[i].x1) || !isfinite(box[i].y1) ||
		    !isfinite(box[i].x2) || !isfinite(box[i].y2) ||
		    box[i].x2 < box[i].x1 || box[i].y2 < box[i].y1)
			continue;	/* no place on the page */
		h = box[i].y2 - box[i].y1;
		if (s != NULL) {
			mid = (box[i].y1 + box[i].y2) / 2;
			sh = height(s) > h ? height(s) : h;
			if (mid < s->y0 || mid > s->y1 ||
			    box[i].x1 - lastx1 > SPLIT_GAP * sh ||
			    box[i].x1 < lastx1 - sh)
				s = NULL;
		}
		if (s == NULL) {
			s = seg_new(r, box[i].x1, box[i].y1, box[i].x2,
			    box[i].y2);
			space = 0;
		}
		if (space) {
			buf_addc(&r->segtext, ' ');
			s->len++;
			space = 0;
		}
		n = utf8_encode(c, u);
		buf_add(&r->segtext, u, n);
		s->len += n;
		s->x0 = fmin(s->x0, box[i].x1);
		s->x1 = fmax(s->x1, box[i].x2);
		s->y0 = fmin(s->y0, box[i].y1);
		s->y1 = fmax(s->y1, box[i].y2);
		lastx1 = box[i].x2;
	}
}

static struct pline *
new_line(struct reading *r, enum band band)
{
	struct pline	*l;

	xgrow(&r->lines, &r->caplines, r->nlines + 1, sizeof(*r->lines));
	l = &r->lines[r->nlines++];
	memset(l, 0, sizeof(*l));
	if (r->text.len > 0)
		buf_addc(&r->text, '\n');	/* words never run on */
	l->off = r->text.len;
	l->page = r->page;
	l->band = band;
	l->gap = r->gap_next;
	r->gap_next = 0;
	return l;
}

/* Add the text of segment s to line l, after a space or a tab. */
static void
line_add(struct reading *r, struct pline *l, const struct seg *s,
    double prevx1)
{
	double	gap = s->x0 - prevx1;

	if (r->text.len + s->len + 1 > r->max) {
		r->full = 1;
		return;
	}
	if (l->len > 0) {
		if (gap > 2 * r->h) {
			buf_addc(&r->text, '\t');
			l->tabs++;
		}
		else if (gap > 0.15 * r->h)
			buf_addc(&r->text, ' ');
	}
	buf_add(&r->text, r->segtext.data + s->off, s->len);
	l->len = r->text.len - l->off;
}

/*
 * Read ids[0..n) line by line: segments whose boxes share most of their
 * height are one line, read left to right; lines top to bottom.
 */
static void
by_lines(struct reading *r, size_t *ids, size_t n, enum band band)
{
	struct pline	*l = NULL;
	size_t		 i, j, k, first = r->nlines;
	double		 y0, y1, prev_y1 = 0, lo, hi, x1, right = 0;

	sort_ids(r, ids, n, by_center);
	r->block++;
	for (i = 0; i < n; i = j) {
		y0 = r->segs[ids[i]].y0;
		y1 = r->segs[ids[i]].y1;
		for (j = i + 1; j < n; j++) {
			const struct seg *s = &r->segs[ids[j]];

			lo = s->y0 > y0 ? s->y0 : y0;
			hi = s->y1 < y1 ? s->y1 : y1;
			if (hi - lo < 0.5 * fmin(height(s), y1 - y0))
				break;
			y0 = fmin(y0, s->y0);
			y1 = fmax(y1, s->y1);
		}
		sort_ids(r, ids + i, j - i, by_x);
		if (l != NULL && y0 - prev_y1 > BLANK_GAP * r->h)
			r->gap_next = 1;
		l = new_line(r, band);
		l->y0 = y0;
		l->y1 = y1;
		l->x0 = r->segs[ids[i]].x0;
		l->x1 = r->segs[ids[j - 1]].x1;
		l->block = r->block;
		x1 = l->x0;
		for (k = i; k < j; k++) {
			line_add(r, l, &r->segs[ids[k]], x1);
			x1 = r->segs[ids[k]].x1;
		}
		right = fmax(right, l->x1);
		prev_y1 = y1;
		if (band == BAND_BODY) {
			r->flow_x0 = l->x0;
			r->continuing = 0;
		}
	}
	for (i = first, j = 0; i < r->nlines; i++)
		j += r->lines[i].x1 >= right - 1.5 * r->h;
	for (k = first; k < r->nlines; k++) {
		r->lines[k].right = right;
		r->lines[k].margin = j >= 2;
	}
}

/*
 * Whether most segments of one side of a gutter stand alone: no other
 * segment of that side within a line's height above or below.  Labels
 * in a margin do; a sidebar's lines do not.
 */
static int
labels(struct reading *r, const size_t *ids, size_t n)
{
	size_t	i, j, alone = 0;

	for (i = 0; i < n; i++) {
		const struct seg *s = &r->segs[ids[i]];

		for (j = 0; j < n; j++) {
			const struct seg *t = &r->segs[ids[j]];

			if (j != i && t->y0 < s->y1 + r->h &&
			    t->y1 > s->y0 - r->h)
				break;
		}
		alone += j == n;
	}
	return alone >= LABEL_SHARE * n;
}

/*
 * Each label, then the text beside and below it up to the next label:
 * the two sides' lines merged by height, the label first.
 */
static void
by_labels(struct reading *r, size_t *left, size_t nl, size_t *right,
    size_t nr)
{
	size_t	i = 0, j = 0, k;

	sort_ids(r, left, nl, by_center);
	sort_ids(r, right, nr, by_center);
	while (i < nl || j < nr) {
		if (j == nr || (i < nl && r->segs[left[i]].y0 <=
		    r->segs[right[j]].y1 - 0.5 * r->h)) {
			r->gap_next = 1;
			by_lines(r, left + i, 1, BAND_BODY);
			i++;
			continue;
		}
		for (k = j + 1; k < nr && (i == nl || r->segs[right[k]].y1 -
		    0.5 * r->h < r->segs[left[i]].y0); k++)
			;
		by_lines(r, right + j, k - j, BAND_BODY);
		j = k;
	}
}

/* A gutter found: sorted ids[from..to) lie beside it, left of x. */
struct gutter {
	size_t	from, to;
	double	x, height;
};

/*
 * The tallest gutter among ids[0..n), sorted by center: for each
 * segment's right edge, the runs of segments that no segment crosses
 * a strip from there.
 */
static int
find_gutter(struct reading *r, const size_t *ids, size_t n,
    struct gutter *best)
{
	double	minw = GUTTER_MIN * r->h, need, gl, top = 0, bottom = 0;
	size_t	c, i, from = 0, nl = 0, nr = 0;
	int	found = 0;

	need = fmax(3 * r->h, GUTTER_SHARE * r->textheight);
	memset(best, 0, sizeof(*best));
	for (c = 0; c < n; c++) {
		gl = r->segs[ids[c]].x1;
		nl = nr = 0;
		for (i = 0; i <= n; i++) {
			const struct seg *s = i < n ? &r->segs[ids[i]] : NULL;

			if (s != NULL && (s->x1 <= gl || s->x0 >= gl + minw)) {
				if (nl + nr == 0) {
					from = i;
					top = s->y0;
					bottom = s->y1;
				}
				top = fmin(top, s->y0);
				bottom = fmax(bottom, s->y1);
				if (s->x1 <= gl)
					nl++;
				else
					nr++;
				continue;
			}
			/* A crossing segment, or the end: a run ends. */
			if (nl >= 2 && nr >= 2 && bottom - top >= need &&
			    bottom - top > best->height) {
				best->from = from;
				best->to = i;
				best->x = gl;
				best->height = bottom - top;
				found = 1;
			}
			nl = nr = 0;
		}
	}
	return found;
}

/* Whether most of a's segments have one of b's on their baseline. */
static int
partnered(const struct reading *r, const size_t *a, size_t na,
    const size_t *b, size_t nb)
{
	size_t	i, j, n = 0;
	double	lo, hi;

	for (i = 0; i < na; i++)
		for (j = 0; j < nb; j++) {
			const struct seg *s = &r->segs[a[i]], *t = &r->segs[b[j]];

			lo = fmax(s->y0, t->y0);
			hi = fmin(s->y1, t->y1);
			if (hi - lo >= 0.5 * fmin(height(s), height(t))) {
				n++;
				break;
			}
		}
	return n >= ROWS_SHARE * na;
}

/*
 * Whether most segments of ids[0..n) are short and hold a digit: a
 * column of dates or years, never a sidebar of text.
 */
static int
numbers(const struct reading *r, const size_t *ids, size_t n)
{
	const char	*t;
	size_t		 i, j, k = 0;

	for (i = 0; i < n; i++) {
		t = r->segtext.data + r->segs[ids[i]].off;
		if (r->segs[ids[i]].len > NUMBERS_LEN)
			continue;
		for (j = 0; j < r->segs[ids[i]].len; j++)
			if (t[j] >= '0' && t[j] <= '9')
				break;
		k += j < r->segs[ids[i]].len;
	}
	return k >= ROWS_SHARE * n;
}

/* Whether the column of ids[0..n) starts where the last page ended. */
static int
goes_on(const struct reading *r, const size_t *ids, size_t n)
{
	double	x0 = INFINITY;
	size_t	i;

	for (i = 0; i < n; i++)
		x0 = fmin(x0, r->segs[ids[i]].x0);
	return fabs(x0 - r->flow_x0) < r->h;
}

/* Order the body segments ids[0..n); see the comment at the top. */
static void
by_columns(struct reading *r, size_t *ids, size_t n, unsigned depth)
{
	struct gutter	 g;
	size_t		*left, *right, nl = 0, nr = 0, i;

	if (n == 0)
		return;
	sort_ids(r, ids, n, by_center);
	if (n < 4 || n > COLUMN_MAX || depth > 64 ||
	    !find_gutter(r, ids, n, &g)) {
		by_lines(r, ids, n, BAND_BODY);
		return;
	}
	left = xreallocarray(NULL, g.to - g.from, sizeof(*left));
	right = xreallocarray(NULL, g.to - g.from, sizeof(*right));
	for (i = g.from; i < g.to; i++)
		if (r->segs[ids[i]].x1 <= g.x)
			left[nl++] = ids[i];
		else
			right[nr++] = ids[i];
	by_columns(r, ids, g.from, depth + 1);
	if (r->continuing && goes_on(r, right, nr) && !goes_on(r, left, nl)) {
		/* The right column goes on from the page before. */
		r->continuing = 0;
		by_columns(r, right, nr, depth + 1);
		r->gap_next = 1;
		by_columns(r, left, nl, depth + 1);
	} else if (labels(r, left, nl) && !labels(r, right, nr))
		by_labels(r, left, nl, right, nr);
	else if ((labels(r, right, nr) && !labels(r, left, nl)) ||
	    ((numbers(r, left, nl) || numbers(r, right, nr)) &&
	    partnered(r, left, nl, right, nr) &&
	    partnered(r, right, nr, left, nl))) {
		/*
		 * Notes flush right, or rows of dates beside what they
		 * date, each on the baseline of the other: read across.
		 */
		r->gap_next |= g.from > 0;
		memcpy(left + nl, right, nr * sizeof(*right));
		by_lines(r, left, nl + nr, BAND_BODY);
	} else {
		r->gap_next |= g.from > 0;
		by_columns(r, left, nl, depth + 1);
		r->gap_next = 1;
		by_columns(r, right, nr, depth + 1);
	}
	free(left);
	free(right);
	r->gap_next = 1;
	by_columns(r, ids + g.to, n - g.to, depth + 1);
}

/* Lay out one page's segments as lines, in reading order. */
static void
read_page(struct reading *r, double pageh)
{
	size_t	*ids, *hs, n = r->nsegs, i, nh = 0, nf = 0;
	double	*hts, edge, top, bottom;

	if (n == 0)
		return;
	ids = xreallocarray(NULL, n, sizeof(*ids));
	hts = xreallocarray(NULL, n, sizeof(*hts));
	for (i = 0; i < n; i++) {
		ids[i] = i;
		hts[i] = height(&r->segs[i]);
	}
	qsort(hts, n, sizeof(*hts), by_double);
	r->h = hts[n / 2] > 1 ? hts[n / 2] : 1;
	free(hts);

	/* The header: the top few segments, set apart, near the top. */
	sort_ids(r, ids, n, by_center);
	bottom = r->segs[ids[0]].y1;
	for (i = 1; i < n && i <= BAND_MAX; i++) {
		if (bottom > BAND_SHARE * pageh)
			break;
		if (r->segs[ids[i]].y0 - bottom >= BAND_GAP * r->h) {
			nh = i;
			break;
		}
		bottom = fmax(bottom, r->segs[ids[i]].y1);
	}
	/* The footer, the same way from the bottom. */
	top = r->segs[ids[n - 1]].y0;
	for (i = 1; i < n - nh && i <= BAND_MAX; i++) {
		if (top < (1 - BAND_SHARE) * pageh)
			break;
		edge = r->segs[ids[n - 1 - i]].y1;
		if (top - edge >= BAND_GAP * r->h) {
			nf = i;
			break;
		}
		top = fmin(top, r->segs[ids[n - 1 - i]].y0);
	}
	r->continuing = r->page > 0 && r->nlines > 0;
	hs = ids + nh;
	if (n - nh - nf > 0)
		r->textheight = r->segs[hs[n - nh - nf - 1]].y1 -
		    r->segs[hs[0]].y0;
	by_lines(r, ids, nh, BAND_HEADER);
	r->gap_next = nh > 0;
	by_columns(r, hs, n - nh - nf, 0);
	r->gap_next = 1;
	by_lines(r, ids + n - nf, nf, BAND_FOOTER);
	free(ids);
}

/* A header or footer line's text with its digits as '#'. */
static int
same_running(const struct reading *r, const struct pline *a,
    const struct pline *b)
{
	const char	*s = r->text.data + a->off, *t = r->text.data + b->off;
	size_t		 i;

	if (a->band != b->band || a->len != b->len ||
	    fabs(a->y0 - b->y0) > 3)
		return 0;
	for (i = 0; i < a->len; i++)
		if (s[i] != t[i] && !(s[i] >= '0' && s[i] <= '9' &&
		    t[i] >= '0' && t[i] <= '9'))
			return 0;
	return 1;
}

/*
 * Headers and footers that come back on every page from the first they
 * appear on are read there only.
 */
static void
drop_running(struct reading *r, unsigned npages)
{
	size_t		 firsts[RUNNING_MAX], nfirsts = 0, i, j, k;
	unsigned	 seen, last;

	for (i = 0; i < r->nlines && nfirsts < RUNNING_MAX; i++) {
		if (r->lines[i].band == BAND_BODY)
			continue;
		for (j = 0; j < nfirsts; j++)
			if (same_running(r, &r->lines[firsts[j]], &r->lines[i]))
				break;
		if (j == nfirsts)
			firsts[nfirsts++] = i;
	}
	for (j = 0; j < nfirsts; j++) {
		/* Count the pages it is on, in order and without a hole. */
		seen = 0;
		last = r->lines[firsts[j]].page;
		for (k = firsts[j]; k < r->nlines; k++)
			if (r->lines[k].band != BAND_BODY &&
			    r->lines[k].page == last + (seen > 0) &&
			    same_running(r, &r->lines[firsts[j]], &r->lines[k])) {
				last = r->lines[k].page;
				seen++;
			}
		if (seen < 2 || last + 1 != npages ||
		    seen != npages - r->lines[firsts[j]].page)
			continue;
		for (k = firsts[j] + 1; k < r->nlines; k++)
			if (r->lines[k].page != r->lines[firsts[j]].page &&
			    same_running(r, &r->lines[firsts[j]], &r->lines[k]))
				r->lines[k].drop = 1;
	}
}

/* The code point before end in s, and its start; 0 at the start. */
static utf8proc_int32_t
prev_cp(const char *s, size_t end, size_t *start)
{
	utf8proc_int32_t	cp = 0;
	size_t			i = end;

	while (i > 0 && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
		i--;
	if (i > 0 && (unsigned char)s[i - 1] < 0x80)
		i--;
	else if (i > 0)
		while (i > 0 && ((unsigned char)s[--i] & 0xC0) == 0x80)
			;
	if (i < end)
		utf8proc_iterate((const utf8proc_uint8_t *)s + i,
		    (utf8proc_ssize_t)(end - i), &cp);
	*start = i;
	return cp;
}

static utf8proc_int32_t
first_cp(const char *s, size_t len)
{
	utf8proc_int32_t	cp = 0;

	if (len > 0)
		utf8proc_iterate((const utf8proc_uint8_t *)s,
		    (utf8proc_ssize_t)len, &cp);
	return cp;
}

static int
is_letter(utf8proc_int32_t cp)
{
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
		return 1;
	default:
		return 0;
	}
}

/*
 * Whether a line starts a list item: a dash, a bullet, a symbol (fonts
 * map their bullets to symbols or private use), or "1." and "2)".
 */
static int
starts_item(const char *s, size_t len)
{
	utf8proc_int32_t	cp = first_cp(s, len);
	size_t			i;

	switch (cp) {
	case '-': case '*': case '+': case 0xB7: case 0x2013: case 0x2014:
	case 0x2022: case 0x2023: case 0x2043: case 0x2219:
		return 1;
	}
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_SO: case UTF8PROC_CATEGORY_CO:
	case UTF8PROC_CATEGORY_SM:
		return 1;
	default:
		break;
	}
	for (i = 0; i < len && s[i] >= '0' && s[i] <= '9'; i++)
		;
	return i > 0 && i < len && (s[i] == '.' || s[i] == ')');
}

/* Whether the document writes "stem-tail" somewhere. */
static int
written_hyphenated(const struct reading *r, const char *stem, size_t slen,
    const char *tail, size_t tlen)
{
	const char	*p = r->text.data, *end = p + r->text.len;
	size_t		 n = slen + 1 + tlen;

	while (slen > 0 && (size_t)(end - p) >= n &&
	    (p = memchr(p, stem[0], (size_t)(end - p - n) + 1)) != NULL) {
		if (memcmp(p, stem, slen) == 0 && p[slen] == '-' &&
		    memcmp(p + slen + 1, tail, tlen) == 0)
			return 1;
		p++;
	}
	return 0;
}

/* Whether s[0..len) has letters, all of them capitals: a heading. */
static int
capitals(const char *s, size_t len)
{
	utf8proc_int32_t	cp;
	utf8proc_ssize_t	n;
	size_t			i = 0, upper = 0;

	while (i < len && (n = utf8proc_iterate((const utf8proc_uint8_t *)s +
	    i, (utf8proc_ssize_t)(len - i), &cp)) > 0) {
		if (utf8proc_category(cp) == UTF8PROC_CATEGORY_LL)
			return 0;
		upper += utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
		i += (size_t)n;
	}
	return upper >= 2;
}

/* Whether a line starts with a label: "Languages: Python, Go". */
static int
starts_label(const char *s, size_t len)
{
	size_t	i;

	for (i = 0; i < len && s[i] != ' ' && s[i] != '\t'; i++)
		;
	return i > 1 && i < len && s[i - 1] == ':';
}

/*
 * Whether line b goes on with the paragraph that line a (its text
 * ending at end) wrapped.  a had no room left for b's first word before
 * the right edge of its block, which other lines reach too, and holds
 * more than one word (a list of single words is no paragraph); b
 * starts below a's start, and not with a list item or a label; a is no
 * heading in capitals; and a ends with a comma, or b starts in lower
 * case, or the paragraph is a list item or a label's (item), which
 * only a new item or label ends.  A list of names in title case, one
 * a line, stays a list.
 */
static int
wrapped(const struct reading *r, const struct pline *a, const char *end,
    const struct pline *b, int item)
{
	const char		*t = r->text.data + b->off;
	double			 h = a->y1 - a->y0, per;
	size_t			 nchars = 0, word = 0, i, at;
	utf8proc_int32_t	 last, next;

	if (!a->margin || a->tabs > 0 || b->tabs > 0 ||
	    memchr(r->text.data + a->off, ' ', a->len) == NULL ||
	    b->x0 < a->x0 - h / 2 || b->x0 > a->x0 + 3 * h ||
	    starts_item(t, b->len) || starts_label(t, b->len) ||
	    capitals(r->text.data + a->off, a->len))
		return 0;
	for (i = 0; i < b->len; i++) {
		if (word == 0 && (t[i] == ' ' || t[i] == '\t'))
			word = nchars + 1;
		nchars += ((unsigned char)t[i] & 0xC0) != 0x80;
	}
	if (word == 0)
		word = nchars + 1;
	per = (b->x1 - b->x0) / (double)(nchars > 0 ? nchars : 1);
	if (a->right - a->x1 > word * per + h / 2)
		return 0;
	last = prev_cp(end - (a->len < 8 ? a->len : 8), a->len < 8 ?
	    a->len : 8, &at);
	next = first_cp(t, b->len);
	return last == ',' || last == ';' || item ||
	    utf8proc_category(next) == UTF8PROC_CATEGORY_LL;
}

/*
 * Whether the output line out[ls..) ends with a word broken by a
 * hyphen that line b goes on with in lower case; *hyph is where the
 * hyphen starts, *soft whether it is a soft hyphen (always a break).
 */
static int
hyphenated(const struct buf *out, size_t ls, const struct reading *r,
    const struct pline *b, size_t *hyph, int *soft)
{
	utf8proc_int32_t	cp;
	size_t			before;

	cp = prev_cp(out->data + ls, out->len - ls, hyph);
	if (cp != '-' && cp != 0x2010 && cp != 0xAD)
		return 0;
	*soft = cp == 0xAD;
	*hyph += ls;
	if (!is_letter(prev_cp(out->data, *hyph, &before)) || before < ls)
		return 0;
	return utf8proc_category(first_cp(r->text.data + b->off, b->len)) ==
	    UTF8PROC_CATEGORY_LL;
}

/*
 * The document's text: pages apart by a blank line, running headers
 * and footers once, a paragraph's wrapped lines and hyphenated words
 * joined; and the line each page starts on.
 */
static void
emit(struct reading *r, struct buf *out, unsigned long *pages,
    unsigned npages)
{
	struct pline	*l, *prev = NULL;
	const char	*t;
	size_t		 i, ls = 0, hyph, stem, word, lookups = 0;
	unsigned long	 line = 1;
	unsigned	 page = 0;
	int		 soft, item = 0;

	for (i = 0; i < r->nlines; i++) {
		l = &r->lines[i];
		if (l->drop || l->len == 0)
			continue;
		t = r->text.data + l->off;
		if (prev != NULL && prev->block == l->block && !l->gap &&
		    prev->page == l->page) {
			if (hyphenated(out, ls, r, l, &hyph, &soft)) {
				for (stem = hyph; stem > ls &&
				    out->data[stem - 1] != ' ' &&
				    out->data[stem - 1] != '\t'; stem--)
					;
				for (word = 0; word < l->len && t[word] != ' ' &&
				    t[word] != '\t'; word++)
					;
				if (soft || lookups++ >= HYPHEN_LOOKUPS ||
				    !written_hyphenated(r, out->data + stem,
				    hyph - stem, t, word))
					out->len = hyph;
				buf_add(out, t, l->len);
				prev = l;
				continue;
			}
			if (wrapped(r, prev, out->data + out->len, l, item)) {
				buf_addc(out, ' ');
				buf_add(out, t, l->len);
				prev = l;
				continue;
			}
		}
		if (prev != NULL) {
			buf_addc(out, '\n');
			line++;
		}
		if (l->page >= page) {
			/* A new page, after any with no text. */
			while (page <= l->page)
				pages[page++] = line + (prev != NULL);
			if (prev != NULL) {
				buf_addc(out, '\n');
				line++;
			}
		} else if (l->gap && prev != NULL) {
			buf_addc(out, '\n');
			line++;
		}
		ls = out->len;
		buf_add(out, t, l->len);
		item = starts_item(t, l->len) || starts_label(t, l->len);
		prev = l;
	}
	if (prev != NULL) {
		buf_addc(out, '\n');
		line++;
	}
	while (page < npages)
		pages[page++] = line;
}

static void
reading_free(struct reading *r)
{
	buf_free(&r->text);
	buf_free(&r->segtext);
	free(r->lines);
	free(r->segs);
}

/* Whether s[0..len) holds nothing but white space. */
static int
blank(const char *s, size_t len)
{
	size_t	i;

	for (i = 0; i < len; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n')
			return 0;
	return 1;
}

int
pdf_read(const void *data, size_t len, size_t max, struct doc *doc,
    struct diag *diag)
{
	struct catch		 c;
	struct reading		 r;
	struct buf		 out = { 0 };
	PopplerDocument		*pd;
	PopplerPage		*pp;
	PopplerRectangle	*boxes;
	GBytes			*bytes;
	GError			*err = NULL;
	char			*text;
	guint			 nboxes;
	double			 w, h;
	int			 n, i, ret = -1;

	pthread_once(&pdf_once, pdf_init_once);
	if (pop_error[0] != '\0') {
		diag_error(diag, EXIT_SYSTEM, doc->name, 0, "cannot read PDF "
		    "without poppler: %s", pop_error);
		return -1;
	}
	memset(&c, 0, sizeof(c));
	catching = &c;
	bytes = pop.bytes_new_static(data, len);
	pthread_mutex_lock(&open_lock);
	pd = pop.document_new(bytes, NULL, &err);
	pthread_mutex_unlock(&open_lock);
	if (pd == NULL) {
		if (err != NULL && err->domain == pop.error_quark() &&
		    err->code == POPPLER_ERROR_ENCRYPTED)
			diag_error(diag, EXIT_INPUT, doc->name, 0, "encrypted "
			    "PDF: it opens only with its password; save or "
			    "print a copy without one and try again");
		else
			diag_error(diag, EXIT_INPUT, doc->name, 0, "damaged or "
			    "truncated PDF%s%s", c.last[0] ? ": " : "",
			    c.last);
		if (err != NULL)
			pop.error_free(err);
		pop.bytes_unref(bytes);
		catching = NULL;
		return -1;
	}

	memset(&r, 0, sizeof(r));
	r.max = max;
	n = pop.get_n_pages(pd);
	for (i = 0; i < n && !r.full; i++) {
		if ((pp = pop.get_page(pd, i)) == NULL)
			continue;
		r.page = (unsigned)i;
		text = pop.get_text(pp);
		boxes = NULL;
		nboxes = 0;
		if (text != NULL && *text != '\0') {
			if (!pop.get_text_layout(pp, &boxes, &nboxes))
				nboxes = 0;
			pop.get_size(pp, &w, &h);
			if (nboxes > 0 && utf8_chars(text) == (long)nboxes)
				h = upright(text, boxes, nboxes, w, h);
			segment(&r, text, boxes, nboxes);
			read_page(&r, h);
		}
		pop.free(boxes);
		pop.free(text);
		pop.object_unref(pp);
	}
	pop.object_unref(pd);
	pop.bytes_unref(bytes);
	catching = NULL;

	if (r.full) {
		diag_error(diag, EXIT_INPUT, doc->name, 0, "text larger than "
		    "the %zu-byte limit (raise it with --max-size)", max);
		goto done;
	}
	if (n > 0 && blank(r.text.data, r.text.len)) {
		diag_error(diag, EXIT_NOTEXT, doc->name, 0, "no text layer "
		    "(scanned image?); run OCR first");
		goto done;
	}
	drop_running(&r, (unsigned)n);
	doc->pages = xcalloc((size_t)n + 1, sizeof(*doc->pages));
	doc->npages = (size_t)n;
	emit(&r, &out, doc->pages, (unsigned)n);
	if (out.data == NULL || blank(out.data, out.len)) {
		diag_error(diag, EXIT_INPUT, doc->name, 0,
		    "no text: nothing to analyze");
		buf_free(&out);
		goto done;
	}
	doc->text = out.data;
	doc->len = out.len;
	ret = 0;
done:
	reading_free(&r);
	return ret;
}
