/*
 * read_rtf.c: RTF by hand, one pass over the bytes: groups push and
 * pop a small state (font, \uc count, what the group is), control
 * words act on it, and visible text goes to the sink.  Nothing is
 * recursive, so hostile nesting costs a refusal, never the stack.
 * Code pages are turned into tables of their upper halves through
 * iconv once per process.
 */
#include <errno.h>
#include <iconv.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "diag.h"
#include "read_rtf.h"
#include "util.h"
#include "xmltext.h"

/*
 * The RTF specification caps control words at 32 letters; a longer one
 * is read to its end and treated as unknown.  Numeric parameters are
 * 16 or 32 bits; a longer one is read to its end and saturates here, so
 * that no arithmetic on it can overflow.
 */
#define RTF_MAX_WORD	32
#define RTF_PARAM_MAX	1000000000L
/* Font table entries kept; fonts past these read in the document's. */
#define RTF_MAX_FONTS	256
/* The document's code page unless \ansicpg says another. */
#define RTF_DEFAULT_CP	1252

/* A font's code page: a number, or one of these. */
#define CP_DOC		0	/* the document's (\fcharset0 or 1) */
#define CP_SYMBOL	(-1)	/* \fcharset2: Symbol, Wingdings and kin */

/* What a group is, inherited by the groups inside it. */
#define G_SKIP		0x01	/* a destination whose text is left out */
#define G_FONTTBL	0x02	/* the font table: fonts are defined */
#define G_NOTE		0x04	/* footnote or footer: read after the body */
#define G_LABEL		0x08	/* a list item's number or bullet */
#define G_HIDDEN	0x10	/* \v */
#define G_DELETED	0x20	/* \deleted: a tracked deletion */
#define G_UPR		0x40	/* \upr: read only its \ud */
#define G_STAR		0x80	/* \* just seen; not inherited */

struct group {
	int		 font;		/* \fN in force; -1: \deff's */
	long		 uc;		/* \ucN: fallback characters */
	unsigned	 flags;
};

struct font {
	long		 num;
	int		 cp;		/* a code page, CP_DOC or CP_SYMBOL */
};

struct rtf {
	const unsigned char	*d;
	size_t			 len;
	size_t			 pos;
	const char		*name;
	struct diag		*diag;
	struct xt_sink		*sink;		/* borrowed: the body */
	struct xt_sink		 notes;		/* footnotes and footers */
	struct group		 stack[XT_DEPTH_CEILING + 1];
	int			 depth;		/* 0: outside every group */
	int			 max_depth;
	int			 started;	/* the first group opened */
	int			 doc_cp;
	long			 deff;
	struct font		 fonts[RTF_MAX_FONTS];
	size_t			 nfonts;
	struct font		*defining;	/* in the font table */
	long			 skip;		/* fallback left to skip */
	unsigned long		 hi;		/* a high surrogate, or 0 */
	size_t			 para[2];	/* main, notes: paragraph start */
	size_t			 cell;		/* where the cell started */
	int			 intbl;		/* the paragraph is in a table */
	int			 pictures;
	int			 bad_cp;	/* a code page not supported */
	int			 bin_cut;	/* \bin ran past the end */
	char			 run[256];	/* text not yet in a sink */
	size_t			 nrun;
};

enum kind {
	/* Destinations: they say what their group holds. */
	K_SKIP, K_PICT, K_FONTTBL, K_NOTE, K_LABEL, K_KEEP, K_UPR, K_UD,
	/* The rest. */
	K_PAR, K_BREAK, K_TAB, K_CELL, K_ROW, K_TROWD, K_INTBL, K_PARD,
	K_CHAR, K_U, K_UC, K_BIN, K_HIDDEN, K_DELETED, K_PLAIN, K_ANSICPG,
	K_DOCCP, K_F, K_DEFF, K_FCHARSET, K_CPG
};

struct word {
	const char	*name;
	enum kind	 kind;
	unsigned long	 arg;		/* K_CHAR: the character; K_DOCCP */
};

/*
 * Sorted for bsearch (strcmp order).  Destinations marked \* that are
 * not here are left out without being named: that is what \* means.
 * Those named here are the ones written without \* (which a reader
 * must know to leave out) and the ones marked \* whose text is read.
 */
static const struct word words[] = {
	{ "aftncn", K_SKIP, 0 }, { "aftnsep", K_SKIP, 0 },
	{ "aftnsepc", K_SKIP, 0 }, { "annotation", K_SKIP, 0 },
	{ "ansi", K_DOCCP, 1252 }, { "ansicpg", K_ANSICPG, 0 },
	{ "atnauthor", K_SKIP, 0 }, { "atnid", K_SKIP, 0 },
	{ "background", K_SKIP, 0 }, { "bin", K_BIN, 0 },
	{ "bkmkend", K_SKIP, 0 }, { "bkmkstart", K_SKIP, 0 },
	{ "bullet", K_CHAR, 0x2022 }, { "cell", K_CELL, 0 },
	{ "colorschememapping", K_SKIP, 0 }, { "colortbl", K_SKIP, 0 },
	{ "column", K_BREAK, 0 }, { "cpg", K_CPG, 0 },
	{ "datastore", K_SKIP, 0 }, { "deff", K_DEFF, 0 },
	{ "deleted", K_DELETED, 0 }, { "do", K_SKIP, 0 },
	{ "docvar", K_SKIP, 0 }, { "emdash", K_CHAR, 0x2014 },
	{ "emspace", K_CHAR, 0x2003 }, { "endash", K_CHAR, 0x2013 },
	{ "enspace", K_CHAR, 0x2002 }, { "f", K_F, 0 },
	{ "fcharset", K_FCHARSET, 0 }, { "field", K_KEEP, 0 },
	{ "filetbl", K_SKIP, 0 }, { "fldinst", K_SKIP, 0 },
	{ "fldrslt", K_KEEP, 0 }, { "fonttbl", K_FONTTBL, 0 },
	{ "footer", K_NOTE, 0 }, { "footerf", K_NOTE, 0 },
	{ "footerl", K_NOTE, 0 }, { "footerr", K_NOTE, 0 },
	{ "footnote", K_NOTE, 0 }, { "ftncn", K_SKIP, 0 },
	{ "ftnsep", K_SKIP, 0 }, { "ftnsepc", K_SKIP, 0 },
	{ "generator", K_SKIP, 0 }, { "header", K_KEEP, 0 },
	{ "headerf", K_KEEP, 0 }, { "headerl", K_KEEP, 0 },
	{ "headerr", K_KEEP, 0 }, { "info", K_SKIP, 0 },
	{ "intbl", K_INTBL, 0 }, { "latentstyles", K_SKIP, 0 },
	{ "ldblquote", K_CHAR, 0x201C }, { "line", K_BREAK, 0 },
	{ "listoverridetable", K_SKIP, 0 }, { "listtable", K_SKIP, 0 },
	{ "listtext", K_LABEL, 0 }, { "lquote", K_CHAR, 0x2018 },
	{ "mac", K_DOCCP, 10000 }, { "mmathPr", K_SKIP, 0 },
	{ "nestcell", K_CELL, 0 }, { "nestrow", K_ROW, 0 },
	{ "nonesttables", K_SKIP, 0 }, { "nonshppict", K_SKIP, 0 },
	{ "object", K_SKIP, 0 }, { "page", K_BREAK, 0 },
	{ "par", K_PAR, 0 }, { "pard", K_PARD, 0 },
	{ "pc", K_DOCCP, 437 }, { "pca", K_DOCCP, 850 },
	{ "pgdsctbl", K_SKIP, 0 }, { "pict", K_PICT, 0 },
	{ "plain", K_PLAIN, 0 }, { "pn", K_SKIP, 0 },
	{ "pntext", K_LABEL, 0 }, { "pntxta", K_SKIP, 0 },
	{ "pntxtb", K_SKIP, 0 }, { "private", K_SKIP, 0 },
	{ "qmspace", K_CHAR, 0x2005 }, { "rdblquote", K_CHAR, 0x201D },
	{ "revtbl", K_SKIP, 0 }, { "row", K_ROW, 0 },
	{ "rquote", K_CHAR, 0x2019 }, { "rsidtbl", K_SKIP, 0 },
	{ "rxe", K_SKIP, 0 }, { "sect", K_BREAK, 0 },
	{ "shp", K_KEEP, 0 }, { "shpgrp", K_KEEP, 0 },
	{ "shpinst", K_KEEP, 0 }, { "shppict", K_KEEP, 0 },
	{ "shprslt", K_SKIP, 0 }, { "shptxt", K_KEEP, 0 },
	{ "sn", K_SKIP, 0 }, { "sp", K_SKIP, 0 },
	{ "stylesheet", K_SKIP, 0 }, { "sv", K_SKIP, 0 },
	{ "tab", K_TAB, 0 }, { "tc", K_SKIP, 0 },
	{ "tcn", K_SKIP, 0 }, { "template", K_SKIP, 0 },
	{ "themedata", K_SKIP, 0 }, { "trowd", K_TROWD, 0 },
	{ "txe", K_SKIP, 0 }, { "u", K_U, 0 },
	{ "uc", K_UC, 0 }, { "ud", K_UD, 0 },
	{ "upr", K_UPR, 0 }, { "userprops", K_SKIP, 0 },
	{ "v", K_HIDDEN, 0 }, { "xe", K_SKIP, 0 },
	{ "xmlnstbl", K_SKIP, 0 }, { "zwj", K_CHAR, 0x200D },
	{ "zwnj", K_CHAR, 0x200C },
};

/* Code pages. */

/*
 * The single-byte code pages RTF documents name, and iconv's names for
 * them.  Double-byte ones (932, 936, 949, 950) are not here: the word
 * processors that write them give every such character as \uN too.
 */
struct codepage {
	int		 cp;
	const char	*iconv_name;
	int		 state;		/* 0: not built; 1: built; -1: failed */
	unsigned long	 map[128];	/* bytes 0x80 to 0xFF */
};

static struct codepage	codepages[] = {
	{ 437, "CP437", 0, { 0 } }, { 850, "CP850", 0, { 0 } },
	{ 852, "CP852", 0, { 0 } }, { 855, "CP855", 0, { 0 } },
	{ 857, "CP857", 0, { 0 } }, { 860, "CP860", 0, { 0 } },
	{ 861, "CP861", 0, { 0 } }, { 862, "CP862", 0, { 0 } },
	{ 863, "CP863", 0, { 0 } }, { 864, "CP864", 0, { 0 } },
	{ 865, "CP865", 0, { 0 } }, { 866, "CP866", 0, { 0 } },
	{ 869, "CP869", 0, { 0 } }, { 874, "CP874", 0, { 0 } },
	{ 1250, "CP1250", 0, { 0 } }, { 1251, "CP1251", 0, { 0 } },
	{ 1252, "CP1252", 0, { 0 } }, { 1253, "CP1253", 0, { 0 } },
	{ 1254, "CP1254", 0, { 0 } }, { 1255, "CP1255", 0, { 0 } },
	{ 1256, "CP1256", 0, { 0 } }, { 1257, "CP1257", 0, { 0 } },
	{ 1258, "CP1258", 0, { 0 } }, { 10000, "MACINTOSH", 0, { 0 } },
	{ 10007, "MAC-CYRILLIC", 0, { 0 } },
	{ 10029, "MAC-CENTRALEUROPE", 0, { 0 } },
};

/* Batch workers read documents at once; the tables are built once. */
static pthread_mutex_t	codepage_lock = PTHREAD_MUTEX_INITIALIZER;

/*
 * One byte at a time, flushing after each: a code page such as 1258
 * that composes a letter with the accent after it would otherwise hold
 * the letter back.  A byte the code page leaves undefined is U+FFFD.
 */
static int
codepage_build(struct codepage *c)
{
	iconv_t		 cd;
	unsigned char	 out[16];
	char		 in, *ip, *op;
	size_t		 inl, outl;
	int		 b;

	if ((cd = iconv_open("UTF-32LE", c->iconv_name)) == (iconv_t)-1)
		return -1;
	for (b = 0x80; b <= 0xFF; b++) {
		in = (char)b;
		ip = &in;
		inl = 1;
		op = (char *)out;
		outl = sizeof(out);
		c->map[b - 0x80] = 0xFFFD;
		if (iconv(cd, &ip, &inl, &op, &outl) != (size_t)-1)
			iconv(cd, NULL, NULL, &op, &outl);
		if (sizeof(out) - outl >= 4)
			c->map[b - 0x80] = (unsigned long)out[0] |
			    (unsigned long)out[1] << 8 |
			    (unsigned long)out[2] << 16 |
			    (unsigned long)out[3] << 24;
		iconv(cd, NULL, NULL, NULL, NULL);
	}
	iconv_close(cd);
	return 1;
}

/* The upper half of code page cp, or NULL if it is not supported. */
static const unsigned long *
codepage_map(int cp)
{
	struct codepage	*c;
	size_t		 i;
	int		 state;

	for (i = 0; i < sizeof(codepages) / sizeof(codepages[0]); i++)
		if (codepages[i].cp == cp)
			break;
	if (i == sizeof(codepages) / sizeof(codepages[0]))
		return NULL;
	c = &codepages[i];
	pthread_mutex_lock(&codepage_lock);
	if (c->state == 0)
		c->state = codepage_build(c);
	state = c->state;
	pthread_mutex_unlock(&codepage_lock);
	return state == 1 ? c->map : NULL;
}

/* The code page of a Windows character set (\fcharsetN). */
static int
charset_cp(long charset)
{
	switch (charset) {
	case 2:		return CP_SYMBOL;
	case 77:	return 10000;
	case 128:	return 932;
	case 129:	return 949;
	case 134:	return 936;
	case 136:	return 950;
	case 161:	return 1253;
	case 162:	return 1254;
	case 163:	return 1258;
	case 177:	return 1255;
	case 178:	return 1256;
	case 186:	return 1257;
	case 204:	return 1251;
	case 222:	return 874;
	case 238:	return 1250;
	case 254:	return 437;
	case 255:	return 850;
	default:	return CP_DOC;
	}
}

/* Output. */

static struct group *
top(struct rtf *r)
{
	return &r->stack[r->depth];
}

static int
visible(struct rtf *r)
{
	return (top(r)->flags & (G_SKIP | G_HIDDEN | G_DELETED)) == 0;
}

static struct xt_sink *
sink(struct rtf *r)
{
	return (top(r)->flags & G_NOTE) ? &r->notes : r->sink;
}

/* Hand the text gathered so far to the group's sink. */
static void
flush(struct rtf *r)
{
	if (r->nrun > 0)
		xt_text(sink(r), r->run, r->nrun);
	r->nrun = 0;
}

static void put(struct rtf *, unsigned long);

/* A high surrogate with no low one after it is U+FFFD. */
static void
lone_surrogate(struct rtf *r)
{
	if (r->hi != 0) {
		r->hi = 0;
		put(r, 0xFFFD);
	}
}

static void
put(struct rtf *r, unsigned long cp)
{
	lone_surrogate(r);
	if (r->nrun + 4 > sizeof(r->run))
		flush(r);
	r->nrun += utf8_encode(cp, r->run + r->nrun);
}

/* \uN: a UTF-16 code unit, signed. */
static void
unicode(struct rtf *r, long v)
{
	unsigned long	hi = r->hi;

	if (v < 0)
		v += 65536;
	if (v >= 0xDC00 && v <= 0xDFFF && hi != 0) {
		r->hi = 0;
		put(r, 0x10000 + ((hi - 0xD800) << 10) +
		    ((unsigned long)v - 0xDC00));
	} else if (v >= 0xD800 && v <= 0xDBFF) {
		lone_surrogate(r);
		r->hi = (unsigned long)v;
	} else if (v <= 0 || v > 0x10FFFF || (v >= 0xDC00 && v <= 0xDFFF))
		put(r, 0xFFFD);
	else
		put(r, (unsigned long)v);
}

/* The code page of the text in the group's font. */
static int
font_cp(struct rtf *r)
{
	long	f = top(r)->font >= 0 ? top(r)->font : r->deff;
	size_t	i;

	for (i = 0; i < r->nfonts; i++)
		if (r->fonts[i].num == f)
			return r->fonts[i].cp == CP_DOC ? r->doc_cp :
			    r->fonts[i].cp;
	return r->doc_cp;
}

/* A byte of text in the font's code page. */
static void
byte(struct rtf *r, unsigned char b)
{
	const unsigned long	*map;
	int			 cp;

	if (b < 0x80) {
		if (b != 0)
			put(r, b);
		return;
	}
	/*
	 * The upper half of a symbol font holds glyphs, not letters; in a
	 * resume they are bullets, and read as one.
	 */
	if ((cp = font_cp(r)) == CP_SYMBOL) {
		put(r, 0x2022);
		return;
	}
	if ((map = codepage_map(cp)) == NULL) {
		if (r->bad_cp == 0)
			r->bad_cp = cp;
		put(r, 0xFFFD);
		return;
	}
	put(r, map[b - 0x80]);
}

static void
paragraph(struct rtf *r)
{
	struct xt_sink	*s = sink(r);
	size_t		*mark = &r->para[s == &r->notes];

	/* An empty paragraph shows as an empty line, but not in a cell. */
	if (s->out.len > *mark)
		xt_sep(s, XT_LINE);
	else if (!r->intbl)
		xt_sep(s, XT_BLANK);
	*mark = s->out.len;
	if (!r->intbl)
		r->cell = s->out.len;
}

/* Groups. */

static int
too_deep(struct rtf *r)
{
	unsigned long	line = 1;
	size_t		i;

	for (i = 0; i < r->pos; i++)
		if (r->d[i] == '\n')
			line++;
	diag_error(r->diag, EXIT_INPUT, r->name, line, "RTF nested deeper "
	    "than %d groups%s", r->max_depth, r->max_depth <
	    XT_DEPTH_CEILING ? " (raise it with --max-depth)" : "");
	return -1;
}

static int
open_group(struct rtf *r)
{
	if (r->depth >= r->max_depth)
		return too_deep(r);
	r->stack[r->depth + 1] = r->stack[r->depth];
	r->depth++;
	top(r)->flags &= ~G_STAR;
	r->started = 1;
	r->skip = 0;			/* a fallback holds no groups */
	return 0;
}

static void
close_group(struct rtf *r)
{
	if (r->depth > 0)
		r->depth--;
	r->skip = 0;
}

/* A destination word: what its group holds. */
static void
destination(struct rtf *r, enum kind k)
{
	struct group	*g = top(r);

	switch (k) {
	case K_SKIP:
		g->flags |= G_SKIP;
		break;
	case K_PICT:
		r->pictures = 1;
		g->flags |= G_SKIP;
		break;
	case K_FONTTBL:
		g->flags |= G_SKIP | G_FONTTBL;
		break;
	case K_NOTE:
		if ((g->flags & G_SKIP) == 0) {
			g->flags |= G_NOTE;
			xt_sep(&r->notes, XT_LINE);
			r->para[1] = r->notes.out.len;
		}
		break;
	case K_LABEL:
		g->flags |= G_LABEL;
		break;
	case K_UPR:
		g->flags |= G_SKIP | G_UPR;
		break;
	case K_UD:
		/* \upr's Unicode half: read as the group around \upr. */
		if (r->depth >= 2 && (r->stack[r->depth - 1].flags & G_UPR))
			g->flags = r->stack[r->depth - 2].flags & ~G_STAR;
		break;
	default:
		break;
	}
}

/* The font table: \fN starts a font, \fcharsetN or \cpgN says its code. */
static void
define_font(struct rtf *r, enum kind k, long param)
{
	size_t	i;

	switch (k) {
	case K_F:
		r->defining = NULL;
		for (i = 0; i < r->nfonts; i++)
			if (r->fonts[i].num == param)
				r->defining = &r->fonts[i];
		if (r->defining == NULL && r->nfonts < RTF_MAX_FONTS) {
			r->defining = &r->fonts[r->nfonts++];
			r->defining->num = param;
			r->defining->cp = CP_DOC;
		}
		break;
	case K_FCHARSET:
		if (r->defining != NULL)
			r->defining->cp = charset_cp(param);
		break;
	case K_CPG:
		if (r->defining != NULL && param > 0 && param < 65536)
			r->defining->cp = (int)param;
		break;
	default:
		break;
	}
}

static int
word_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const struct word *)elem)->name);
}

/* \binN: N bytes of binary data, never text. */
static void
binary(struct rtf *r, long n)
{
	if (n < 0)
		n = 0;
	if ((unsigned long)n > r->len - r->pos) {
		r->pos = r->len;
		r->bin_cut = 1;
	} else
		r->pos += (size_t)n;
}

/* A control word that is no destination, in a group that is read. */
static void
act(struct rtf *r, const struct word *w, int has_param, long param)
{
	struct group	*g = top(r);
	struct xt_sink	*s = sink(r);

	switch (w->kind) {
	case K_PAR:
		paragraph(r);
		break;
	case K_BREAK:
		xt_sep(s, XT_LINE);
		break;
	case K_TAB:
		/* A list label's tab only parts it from the item. */
		if (visible(r))
			put(r, (g->flags & G_LABEL) ? ' ' : '\t');
		break;
	case K_CELL:
		xt_cell_end(s, r->cell);
		r->cell = r->para[s == &r->notes] = s->out.len;
		break;
	case K_ROW:
		xt_sep(s, XT_LINE);
		r->cell = r->para[s == &r->notes] = s->out.len;
		break;
	case K_TROWD:
		r->cell = s->out.len;
		break;
	case K_INTBL:
		r->intbl = 1;
		break;
	case K_PARD:
		r->intbl = 0;
		break;
	case K_CHAR:
		if (visible(r))
			put(r, w->arg);
		break;
	case K_U:
		if (has_param && visible(r))
			unicode(r, param);
		r->skip = g->uc;
		break;
	case K_HIDDEN:
		g->flags = (!has_param || param != 0) ? g->flags | G_HIDDEN :
		    g->flags & ~G_HIDDEN;
		break;
	case K_DELETED:
		g->flags = (!has_param || param != 0) ? g->flags | G_DELETED :
		    g->flags & ~G_DELETED;
		break;
	case K_PLAIN:
		g->font = -1;
		g->flags &= ~(G_HIDDEN | G_DELETED);
		break;
	case K_ANSICPG:
		if (has_param && param > 0 && param < 65536)
			r->doc_cp = (int)param;
		break;
	case K_DOCCP:
		r->doc_cp = (int)w->arg;
		break;
	case K_F:
		if (has_param && param >= 0 && param <= 65535)
			g->font = (int)param;
		break;
	case K_DEFF:
		if (has_param)
			r->deff = param;
		break;
	default:
		break;
	}
}

/* r->pos is at the backslash of a control word. */
static void
control_word(struct rtf *r)
{
	const struct word	*w;
	struct group		*g = top(r);
	char			 name[RTF_MAX_WORD + 1];
	size_t			 n = 0, p = r->pos + 1;
	long			 param = 0;
	int			 has_param = 0, neg = 0, star;

	for (; p < r->len && ((r->d[p] >= 'a' && r->d[p] <= 'z') ||
	    (r->d[p] >= 'A' && r->d[p] <= 'Z')); p++) {
		if (n < RTF_MAX_WORD)
			name[n] = (char)r->d[p];
		n++;
	}
	if (n > RTF_MAX_WORD)
		n = 0;			/* too long to be a word: unknown */
	name[n] = '\0';
	if (p + 1 < r->len && r->d[p] == '-' && r->d[p + 1] >= '0' &&
	    r->d[p + 1] <= '9') {
		neg = 1;
		p++;
	}
	for (; p < r->len && r->d[p] >= '0' && r->d[p] <= '9'; p++) {
		has_param = 1;
		param = param < RTF_PARAM_MAX / 10 ?
		    param * 10 + (r->d[p] - '0') : RTF_PARAM_MAX;
	}
	if (neg)
		param = -param;
	if (p < r->len && r->d[p] == ' ')
		p++;			/* the delimiter is part of the word */
	r->pos = p;

	star = (g->flags & G_STAR) != 0;
	g->flags &= ~G_STAR;
	w = bsearch(name, words, sizeof(words) / sizeof(words[0]),
	    sizeof(words[0]), word_cmp);
	if (w != NULL && w->kind == K_BIN)
		binary(r, has_param ? param : 0);
	/* A fallback counts a control word as one character. */
	if (r->skip > 0) {
		r->skip--;
		return;
	}
	if (star && (w == NULL || w->kind > K_UD)) {
		g->flags |= G_SKIP;	/* an optional destination unknown */
		return;
	}
	if (w == NULL)
		return;
	if (w->kind <= K_UD) {
		destination(r, w->kind);
		return;
	}
	if (w->kind == K_UC) {
		g->uc = has_param && param > 0 ? param : 0;
		return;
	}
	if (g->flags & G_FONTTBL)
		define_font(r, w->kind, param);
	if ((g->flags & G_SKIP) == 0)
		act(r, w, has_param, param);
}

static int
hex(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* r->pos is at a backslash. */
static void
control(struct rtf *r)
{
	struct group	*g = top(r);
	unsigned char	 c;
	int		 h, l;

	flush(r);
	if (r->pos + 1 >= r->len) {
		r->pos = r->len;
		return;
	}
	c = r->d[r->pos + 1];
	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
		control_word(r);
		return;
	}
	r->pos += 2;
	if (c == '*') {
		g->flags |= G_STAR;
		return;
	}
	g->flags &= ~G_STAR;
	if (c == '\'') {
		/* A broken escape gives nothing, and what follows is text. */
		h = r->pos < r->len ? hex(r->d[r->pos]) : -1;
		l = h >= 0 && r->pos + 1 < r->len ? hex(r->d[r->pos + 1]) : -1;
		if (h < 0 || l < 0)
			return;
		r->pos += 2;
		if (r->skip > 0)
			r->skip--;
		else if (visible(r))
			byte(r, (unsigned char)(h << 4 | l));
		return;
	}
	if (r->skip > 0) {
		r->skip--;
		return;
	}
	if (g->flags & G_SKIP)
		return;
	switch (c) {
	case '\\': case '{': case '}':
		if (visible(r))
			put(r, c);
		break;
	case '~':
		if (visible(r))
			put(r, 0xA0);	/* no-break space */
		break;
	case '_':
		if (visible(r))
			put(r, '-');	/* non-breaking hyphen */
		break;
	case '\t':
		if (visible(r))
			put(r, (g->flags & G_LABEL) ? ' ' : '\t');
		break;
	case '\n': case '\r':
		paragraph(r);		/* \ and a line end: \par */
		break;
	default:
		break;			/* \- optional hyphen, \| \: */
	}
}

/* r->pos is at a byte of text. */
static void
text(struct rtf *r)
{
	const unsigned char	*d = r->d;
	utf8proc_int32_t	 cp;
	utf8proc_ssize_t	 n;
	size_t			 start;

	top(r)->flags &= ~G_STAR;
	if (r->skip > 0) {
		r->skip--;
		r->pos++;
		return;
	}
	if (!visible(r)) {
		while (r->pos < r->len && d[r->pos] != '\\' &&
		    d[r->pos] != '{' && d[r->pos] != '}')
			r->pos++;
		return;
	}
	if (d[r->pos] == '\t') {
		put(r, (top(r)->flags & G_LABEL) ? ' ' : '\t');
		r->pos++;
		return;
	}
	if (d[r->pos] < 0x20) {
		r->pos++;		/* line ends and controls are no text */
		return;
	}
	if (d[r->pos] >= 0x80) {
		/*
		 * RTF is 7-bit, but some writers put 8-bit text in it: in
		 * the code page, or UTF-8 by mistake.  Valid UTF-8 is all
		 * but never what a code page's text makes by chance.
		 */
		n = utf8proc_iterate(d + r->pos, (utf8proc_ssize_t)(r->len -
		    r->pos), &cp);
		if (n > 1) {
			put(r, (unsigned long)cp);
			r->pos += (size_t)n;
		} else
			byte(r, d[r->pos++]);
		return;
	}
	start = r->pos;
	while (r->pos < r->len && d[r->pos] >= 0x20 && d[r->pos] < 0x80 &&
	    d[r->pos] != '\\' && d[r->pos] != '{' && d[r->pos] != '}')
		r->pos++;
	lone_surrogate(r);
	while (start < r->pos) {
		if (r->nrun == sizeof(r->run))
			flush(r);
		r->run[r->nrun++] = (char)d[start++];
	}
}

int
rtf_read(const void *data, size_t len, const char *name,
    struct xt_sink *out, int *pictures, struct diag *diag)
{
	struct rtf	*r = xcalloc(1, sizeof(*r));
	int		 ret = 0;

	r->d = data;
	r->len = len;
	r->name = name;
	r->diag = diag;
	r->sink = out;
	xt_init(&r->notes, out->max);
	r->max_depth = out->max_depth <= 0 ? XT_MAX_DEPTH :
	    out->max_depth > XT_DEPTH_CEILING ? XT_DEPTH_CEILING :
	    out->max_depth;
	r->doc_cp = RTF_DEFAULT_CP;
	r->stack[0].font = -1;
	r->stack[0].uc = 1;
	while (r->pos < r->len && !out->full && !r->notes.full) {
		if (r->started && r->depth == 0)
			break;		/* what follows the document is not */
		switch (r->d[r->pos]) {
		case '{':
			flush(r);
			if (open_group(r) != 0) {
				ret = -1;
				goto done;
			}
			r->pos++;
			break;
		case '}':
			flush(r);
			close_group(r);
			r->pos++;
			break;
		case '\\':
			if (r->started)
				control(r);
			else
				r->pos++;
			break;
		default:
			if (r->started)
				text(r);
			else
				r->pos++;
			break;
		}
	}
	lone_surrogate(r);
	flush(r);
	if (r->bin_cut)
		diag_warning(diag, name, 0, "RTF ends inside binary data "
		    "(truncated?)");
	else if (r->depth > 0 && !out->full && !r->notes.full)
		diag_warning(diag, name, 0, "RTF ends before its last "
		    "group closes (truncated?)");
	if (r->bad_cp != 0)
		diag_warning(diag, name, 0, "code page %d not supported: its "
		    "characters read as U+FFFD", r->bad_cp);
	if (r->notes.full)
		out->full = 1;
	else if (r->notes.out.len > 0) {
		xt_sep(out, XT_LINE);
		xt_text(out, r->notes.out.data, r->notes.out.len);
	}
done:
	*pictures = r->pictures;
	xt_free(&r->notes);
	free(r);
	return ret;
}
