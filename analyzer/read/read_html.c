/*
 * read_html.c: HTML through libxml2's SAX interface.  The parser closes
 * what the page leaves open, so every start has its end.
 *
 * Where text goes is decided as a browser lays it out, without a style
 * sheet: by the element's name, then by its style attribute.  Block
 * elements end lines; table cells are cells.  Text in inline elements
 * runs on, so <b>Java</b>Script stays one word.  An element laid out
 * apart from the text around it is parted from it by a space: an image
 * or form control, and whatever the style floats, positions absolutely
 * or makes an inline box of its own (inline-block and the like), as in
 * <span>Bangalore</span><span style="float:right">2023</span>.  A style
 * may part text, never join it: a block made inline keeps a space.
 *
 * Text a reader cannot see is left out: display:none, visibility:hidden,
 * a zero font size or opacity, and white text on no background of its
 * own (a page is white unless it says otherwise), whether the element's
 * style attribute says so or a rule of a <style> sheet read before it
 * does, for a class or an id (".keywords{display:none}").  Such rules
 * lay elements out too (".dates{float:right}").  Rules with other
 * selectors, and sheets in other files, are not read.
 */
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "diag.h"
#include "lazylib.h"
#include "read_html.h"
#include "util.h"
#include "xmltext.h"

/* Cells in cells deeper than this are read as if not in a table. */
#define HTML_MAX_CELLS	64

/*
 * Elements nested deeper than this are read by their names alone, their
 * style attributes unread: the kind of each open element is kept so its
 * end tag, which has no attributes, can do what its start decided.
 */
#define HTML_MAX_STYLED	1024

/* A style attribute's declarations longer than this are not read. */
#define HTML_MAX_DECL	64
/* The most of a page's <style> sheets that is read, and of its rules. */
#define HTML_MAX_SHEET	(256u << 10)
#define HTML_MAX_HIDERS	4096

enum kind {
	K_INLINE,		/* text runs on */
	K_SKIP,			/* left out, with its content */
	K_BLOCK,		/* a line of its own */
	K_PRE,			/* white space kept */
	K_BR,
	K_CELL,
	K_LINE,			/* <hr> */
	K_APART,		/* a space before and after */
	K_PICTURE		/* an image: apart, and counted */
};

struct hname {
	const char	*name;
	enum kind	 kind;
};

/* Sorted for bsearch; names come lowercased from the parser. */
static const struct hname hnames[] = {
	{ "address", K_BLOCK }, { "article", K_BLOCK }, { "aside", K_BLOCK },
	{ "blockquote", K_BLOCK }, { "body", K_BLOCK }, { "br", K_BR },
	{ "caption", K_BLOCK }, { "center", K_BLOCK }, { "dd", K_BLOCK },
	{ "details", K_BLOCK }, { "dialog", K_BLOCK }, { "dir", K_BLOCK },
	{ "div", K_BLOCK }, { "dl", K_BLOCK }, { "dt", K_BLOCK },
	{ "fieldset", K_BLOCK }, { "figcaption", K_BLOCK },
	{ "figure", K_BLOCK }, { "footer", K_BLOCK }, { "form", K_BLOCK },
	{ "h1", K_BLOCK }, { "h2", K_BLOCK }, { "h3", K_BLOCK },
	{ "h4", K_BLOCK }, { "h5", K_BLOCK }, { "h6", K_BLOCK },
	{ "head", K_SKIP }, { "header", K_BLOCK }, { "hgroup", K_BLOCK },
	{ "hr", K_LINE }, { "iframe", K_SKIP }, { "img", K_PICTURE },
	{ "input", K_APART }, { "legend", K_BLOCK }, { "li", K_BLOCK },
	{ "listing", K_PRE }, { "main", K_BLOCK }, { "menu", K_BLOCK },
	{ "nav", K_BLOCK }, { "noscript", K_SKIP }, { "ol", K_BLOCK },
	{ "option", K_BLOCK }, { "p", K_BLOCK }, { "plaintext", K_PRE },
	{ "pre", K_PRE }, { "script", K_SKIP }, { "section", K_BLOCK },
	{ "select", K_APART }, { "style", K_SKIP }, { "summary", K_BLOCK },
	{ "table", K_BLOCK }, { "td", K_CELL }, { "template", K_SKIP },
	{ "textarea", K_PRE }, { "th", K_CELL }, { "title", K_SKIP },
	{ "tr", K_BLOCK }, { "ul", K_BLOCK }, { "xmp", K_PRE },
};

struct html {
	struct xt_sink	*sink;
	unsigned long	 skip;		/* depth inside a left-out element */
	unsigned long	 pre;		/* depth of <pre> elements */
	size_t		 cells[HTML_MAX_CELLS];
	size_t		 ncells;	/* may exceed HTML_MAX_CELLS */
	unsigned char	 kinds[HTML_MAX_STYLED];	/* of open elements */
	size_t		 depth;		/* may exceed HTML_MAX_STYLED */
	int		 in_style;	/* reading a <style> sheet */
	unsigned long	 style_level;	/* its depth in skip */
	struct buf	 sheet;		/* its text */
	char		**hiders;	/* rules kept: see sheet_look() */
	size_t		 nhiders, hidercap;
};

static int
hname_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const struct hname *)elem)->name);
}

static enum kind
lookup(const xmlChar *name)
{
	const struct hname	*h;

	h = bsearch(name, hnames, sizeof(hnames) / sizeof(hnames[0]),
	    sizeof(hnames[0]), hname_cmp);
	return h != NULL ? h->kind : K_INLINE;
}

/* What a style attribute says of an element's box. */
enum look {
	L_NAME,			/* nothing: its name decides */
	L_HIDDEN,		/* display:none, visibility:hidden */
	L_INLINE,		/* display:inline or contents */
	L_APART,		/* floated, positioned, an inline box */
	L_BLOCK,		/* display:block, flex, grid, list-item... */
	L_CELL			/* display:table-cell */
};

/* Whether word is one of the NULL-terminated words. */
static int
one_of(const char *word, const char *const *words)
{
	for (; *words != NULL; words++)
		if (strcmp(word, *words) == 0)
			return 1;
	return 0;
}

/*
 * A display value, one keyword ("inline-block") or two ("inline
 * flow-root"); what it does not name, such as "inherit", says nothing.
 */
static enum look
display_look(char *v)
{
	static const char *const inner[] = {
		"flow-root", "flex", "grid", "table", NULL
	};
	static const char *const blocks[] = {
		"block", "flex", "grid", "table", "list-item", "flow-root",
		"table-row", "table-row-group", "table-header-group",
		"table-footer-group", "table-caption", NULL
	};
	char	*w, *save = NULL;
	int	 inline_ = 0, box = 0, block = 0;

	for (w = strtok_r(v, " \t\n\r\f", &save); w != NULL;
	    w = strtok_r(NULL, " \t\n\r\f", &save)) {
		if (strcmp(w, "none") == 0)
			return L_HIDDEN;
		if (strcmp(w, "table-cell") == 0)
			return L_CELL;
		if (strncmp(w, "inline-", 7) == 0)
			box = 1;
		else if (strcmp(w, "inline") == 0)
			inline_ = 1;
		else if (strcmp(w, "contents") == 0)
			return L_INLINE;
		if (one_of(w, inner))
			box = 1;
		if (one_of(w, blocks))
			block = 1;
	}
	if (inline_)
		return box ? L_APART : L_INLINE;
	if (box && !block)
		return L_APART;		/* inline-block, inline-flex... */
	return block ? L_BLOCK : L_NAME;
}

/* Copy s[0..n) lowercased, blanks trimmed, into d[HTML_MAX_DECL]. */
static int
trimmed(char *d, const char *s, size_t n)
{
	while (n > 0 && isspace((unsigned char)*s)) {
		s++;
		n--;
	}
	while (n > 0 && isspace((unsigned char)s[n - 1]))
		n--;
	if (n >= HTML_MAX_DECL)
		return -1;
	d[n] = '\0';
	while (n-- > 0)
		d[n] = (char)tolower((unsigned char)s[n]);
	return 0;
}

/* Whether a length or number is zero: "0", "0px", "0.0em", "0%". */
static int
zero(const char *v)
{
	char	*end;
	double	 x = strtod(v, &end);

	if (end == v || x != 0)
		return 0;
	while (isalpha((unsigned char)*end) || *end == '%')
		end++;
	return *end == '\0';
}

/*
 * The declarations of a style attribute, the last of each property
 * winning as in CSS.  A float (float:right beside a title) and an
 * absolute or fixed position take the box out of the line's flow.
 */
static enum look
style_look(const char *style)
{
	static const char *const floats[] = {
		"left", "right", "inline-start", "inline-end", NULL
	};
	static const char *const outside[] = { "absolute", "fixed", NULL };
	static const char *const whites[] = {
		"white", "#fff", "#ffffff", "#ffff", "#ffffffff",
		"rgb(255,255,255)", "rgb(255, 255, 255)", "transparent", NULL
	};
	char		 name[HTML_MAX_DECL], value[HTML_MAX_DECL], *bang;
	const char	*p = style, *semi, *colon;
	enum look	 display = L_NAME;
	int		 hidden = 0, apart = 0, white = 0, ground = 0;

	for (; *p != '\0'; p = *semi != '\0' ? semi + 1 : semi) {
		semi = p + strcspn(p, ";");
		colon = memchr(p, ':', (size_t)(semi - p));
		if (colon == NULL ||
		    trimmed(name, p, (size_t)(colon - p)) != 0 ||
		    trimmed(value, colon + 1, (size_t)(semi - colon - 1)) != 0)
			continue;
		if ((bang = strchr(value, '!')) != NULL) {
			while (bang > value && isspace((unsigned char)bang[-1]))
				bang--;
			*bang = '\0';	/* !important */
		}
		if (strcmp(name, "display") == 0)
			display = display_look(value);
		else if (strcmp(name, "visibility") == 0)
			hidden = strstr(value, "hidden") != NULL ||
			    strstr(value, "collapse") != NULL;
		else if (strcmp(name, "float") == 0)
			apart = (apart & 2) | one_of(value, floats);
		else if (strcmp(name, "position") == 0)
			apart = (apart & 1) | one_of(value, outside) << 1;
		else if (strcmp(name, "font-size") == 0 ||
		    strcmp(name, "opacity") == 0)
			hidden |= zero(value);
		else if (strcmp(name, "color") == 0)
			white = one_of(value, whites);
		else if (strcmp(name, "background") == 0 ||
		    strcmp(name, "background-color") == 0)
			ground = !one_of(value, whites);
	}
	/* White on the page's white: there, but not to be seen. */
	if (hidden || display == L_HIDDEN || (white && !ground))
		return L_HIDDEN;
	return apart ? L_APART : display;
}

/*
 * What the sheets say of ".name" or "#name" (mark is '.' or '#'): a
 * kept rule is its look's letter, the mark, then the name.
 */
static enum look
sheet_look(const struct html *h, char mark, const char *name, size_t len)
{
	size_t	i;

	for (i = 0; i < h->nhiders; i++)
		if (h->hiders[i][1] == mark &&
		    strncmp(h->hiders[i] + 2, name, len) == 0 &&
		    h->hiders[i][len + 2] == '\0')
			return (enum look)(h->hiders[i][0] - 'a');
	return L_NAME;
}

/* What the sheets say of the classes of a class attribute. */
static enum look
class_look(const struct html *h, const char *classes)
{
	const char	*p = classes;
	enum look	 look = L_NAME, one;
	size_t		 n;

	while (*p != '\0') {
		p += strspn(p, " \t\n\r\f");
		n = strcspn(p, " \t\n\r\f");
		if (n > 0 && (one = sheet_look(h, '.', p, n)) != L_NAME)
			look = one == L_HIDDEN ? L_HIDDEN :
			    look == L_HIDDEN ? look : one;
		p += n;
	}
	return look;
}

/*
 * The hidden attribute, then the style attribute over what the sheets
 * say of the element's classes and id, as a style attribute wins in CSS.
 */
static enum look
element_look(const struct html *h, const xmlChar **atts)
{
	const char	*style = NULL, *name, *value;
	enum look	 look = L_NAME, one;

	for (; atts != NULL && atts[0] != NULL; atts += 2) {
		name = (const char *)atts[0];
		value = (const char *)atts[1];
		if (strcmp(name, "hidden") == 0)
			return L_HIDDEN;
		if (value == NULL)
			continue;
		one = L_NAME;
		if (strcmp(name, "style") == 0)
			style = value;
		else if (h->nhiders > 0 && strcmp(name, "class") == 0)
			one = class_look(h, value);
		else if (h->nhiders > 0 && strcmp(name, "id") == 0)
			one = sheet_look(h, '#', value, strlen(value));
		if (one != L_NAME && look != L_HIDDEN)
			look = one;
	}
	if (look == L_HIDDEN)
		return L_HIDDEN;
	if (style != NULL && (one = style_look(style)) != L_NAME)
		return one;
	return look;
}

/*
 * Keep a rule's selectors that name one class or id ("div.skills",
 * "#kw") when its declarations hide what they select or lay it out
 * apart (".dates{float:right}").
 */
static void
keep_hiders(struct html *h, const char *sel, size_t sellen,
    const char *decl, size_t decllen)
{
	char		*body = xstrndup(decl, decllen), *list, *one, *save;
	char		*kept;
	const char	*mark;
	enum look	 look = style_look(body);
	size_t		 n;

	free(body);
	if (look == L_NAME)
		return;
	list = xstrndup(sel, sellen);
	for (one = strtok_r(list, ",", &save); one != NULL;
	    one = strtok_r(NULL, ",", &save)) {
		one += strspn(one, " \t\n\r\f");
		n = strcspn(one, " \t\n\r\f");
		if (one[n + strspn(one + n, " \t\n\r\f")] != '\0')
			continue;	/* descendants, and the like */
		one[n] = '\0';
		mark = one + strspn(one, "abcdefghijklmnopqrstuvwxyz"
		    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
		if ((*mark != '.' && *mark != '#') || mark[1] == '\0' ||
		    mark[1 + strspn(mark + 1, "abcdefghijklmnopqrstuvwxyz"
		    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")] != '\0' ||
		    h->nhiders == HTML_MAX_HIDERS)
			continue;
		xgrow(&h->hiders, &h->hidercap, h->nhiders + 1,
		    sizeof(*h->hiders));
		kept = xmalloc(strlen(mark) + 2);
		kept[0] = (char)('a' + look);
		strcpy(kept + 1, mark);
		h->hiders[h->nhiders++] = kept;
	}
	free(list);
}

/*
 * Read a <style> sheet's rules: comments and at-rules (@media print,
 * @font-face) are passed over, the others go to keep_hiders.
 */
static void
read_sheet(struct html *h, const char *css, size_t len)
{
	const char	*p = css, *end, *open, *close, *c;
	int		 depth;

	if (css == NULL || len == 0)
		return;
	end = css + len;
	while (p < end) {
		while (p < end && (isspace((unsigned char)*p) || *p == '}'))
			p++;
		if (p + 1 < end && p[0] == '/' && p[1] == '*') {
			c = p + 2;
			while (c + 1 < end && !(c[0] == '*' && c[1] == '/'))
				c++;
			if (c + 1 >= end)
				break;		/* a comment to the end */
			p = c + 2;
			continue;
		}
		if (p >= end)
			break;
		if ((open = memchr(p, '{', (size_t)(end - p))) == NULL)
			break;
		if (*p == '@') {
			if ((c = memchr(p, ';', (size_t)(end - p))) != NULL &&
			    c < open) {
				p = c + 1;	/* @import ...; */
				continue;
			}
			for (depth = 0, c = open; c < end; c++)
				if (*c == '{')
					depth++;
				else if (*c == '}' && --depth == 0)
					break;
			if (c >= end)
				break;		/* open to the end */
			p = c + 1;
			continue;
		}
		if ((close = memchr(open, '}', (size_t)(end - open))) == NULL)
			close = end;
		keep_hiders(h, p, (size_t)(open - p), open + 1,
		    (size_t)(close - open - 1));
		if (close >= end)
			break;
		p = close + 1;
	}
}

/*
 * What the style makes of an element the name made k.  Images, form
 * controls, preformatted and left-out elements keep their kind.
 */
static enum kind
restyle(enum kind k, enum look look)
{
	if (k != K_INLINE && k != K_BLOCK && k != K_CELL)
		return k;
	switch (look) {
	case L_INLINE:
		/* Inline text runs on; a block made inline is apart. */
		return k == K_INLINE ? K_INLINE : K_APART;
	case L_APART:
		return K_APART;
	case L_BLOCK:
		return K_BLOCK;
	case L_CELL:
		return K_CELL;
	default:
		return k;
	}
}

static void
on_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
	struct html	*h = ctx;
	enum look	 look;
	enum kind	 k;

	if (h->skip > 0 || (k = lookup(name)) == K_SKIP) {
		h->skip++;
		/* A sheet is read for the classes it hides. */
		if (strcmp((const char *)name, "style") == 0 && !h->in_style) {
			h->in_style = 1;
			h->style_level = h->skip;
		}
		return;
	}
	if ((look = element_look(h, atts)) == L_HIDDEN) {
		h->skip = 1;
		return;
	}
	if (h->depth < HTML_MAX_STYLED)
		h->kinds[h->depth] = (unsigned char)(k = restyle(k, look));
	h->depth++;
	switch (k) {
	case K_PRE:
		h->pre++;
		/* FALLTHROUGH */
	case K_BLOCK:
	case K_BR:
	case K_LINE:
		xt_sep(h->sink, XT_LINE);
		break;
	case K_CELL:
		/* A cell styled in a line of text is apart from it. */
		xt_sep(h->sink, XT_SPACE);
		if (h->ncells < HTML_MAX_CELLS)
			h->cells[h->ncells] = xt_cell_begin(h->sink);
		h->ncells++;
		break;
	case K_PICTURE:
		h->sink->pictures++;
		/* FALLTHROUGH */
	case K_APART:
		xt_sep(h->sink, XT_SPACE);
		break;
	default:
		break;
	}
}

static void
on_end(void *ctx, const xmlChar *name)
{
	struct html	*h = ctx;
	enum kind	 k;

	if (h->skip > 0) {
		if (h->in_style && h->skip == h->style_level) {
			read_sheet(h, h->sheet.data, h->sheet.len);
			h->sheet.len = 0;
			h->in_style = 0;
		}
		h->skip--;
		return;
	}
	if (h->depth > 0 && h->depth <= HTML_MAX_STYLED)
		k = h->kinds[h->depth - 1];
	else
		k = lookup(name);
	if (h->depth > 0)
		h->depth--;
	switch (k) {
	case K_PRE:
		if (h->pre > 0)
			h->pre--;
		/* FALLTHROUGH */
	case K_BLOCK:
	case K_LINE:
		xt_sep(h->sink, XT_LINE);
		break;
	case K_CELL:
		if (h->ncells > 0 && --h->ncells < HTML_MAX_CELLS)
			xt_cell_end(h->sink, h->cells[h->ncells]);
		break;
	case K_APART:
	case K_PICTURE:
		xt_sep(h->sink, XT_SPACE);
		break;
	default:
		break;
	}
}

static void
on_text(void *ctx, const xmlChar *s, int len)
{
	struct html	*h = ctx;

	if (h->in_style && h->skip == h->style_level && len > 0 &&
	    h->sheet.len + (size_t)len <= HTML_MAX_SHEET)
		buf_add(&h->sheet, (const char *)s, (size_t)len);
	if (h->skip > 0 || len <= 0)
		return;
	if (h->pre > 0)
		xt_text(h->sink, (const char *)s, (size_t)len);
	else
		xt_collapse(h->sink, (const char *)s, (size_t)len);
}

int
html_read(const void *data, size_t len, const char *name,
    struct xt_sink *sink, struct diag *diag)
{
	struct html		 h;
	struct xt_errors	 errs;
	htmlParserCtxtPtr	 ctxt;
	htmlSAXHandlerPtr	 sax;
	size_t			 i;

	/* libxml2 makes no parser for nothing, which is no text. */
	if (len == 0)
		return 0;
	if (len > INT_MAX) {
		diag_error(diag, EXIT_INPUT, name, 0, "HTML document too "
		    "large to parse");
		return -1;
	}
	if (xt_libxml_init(diag, name) < 0)
		return -1;
	memset(&h, 0, sizeof(h));
	h.sink = sink;
	/*
	 * Malformed markup is the normal case for HTML and the parser
	 * recovers from it in silence (HTML_PARSE_NOERROR); what it cannot
	 * recover from, such as undecodable bytes, still reaches diag.
	 */
	xt_errors_begin(&errs, diag, name, NULL);
	libxml.xmlSetStructuredErrorFunc(NULL, NULL);
	if ((ctxt = libxml.htmlCreateMemoryParserCtxt(data, (int)len)) == NULL)
		xoom();
	/*
	 * Unless told otherwise, libxml2 reads a page that names no
	 * charset as Latin-1; read.c hands such pages over as UTF-8.
	 */
	if (!html_names_charset(data, len))
		(void)libxml.xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
	sax = (htmlSAXHandlerPtr)ctxt->sax;
	memset(sax, 0, sizeof(*sax));
	sax->startElement = on_start;
	sax->endElement = on_end;
	sax->characters = on_text;
	sax->ignorableWhitespace = on_text;
	sax->cdataBlock = on_text;
	ctxt->userData = &h;
	libxml.htmlCtxtUseOptions(ctxt, HTML_PARSE_NONET | HTML_PARSE_NOERROR |
	    HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER | HTML_PARSE_NOIMPLIED);
	libxml.htmlParseDocument(ctxt);
	libxml.htmlFreeParserCtxt(ctxt);
	buf_free(&h.sheet);
	for (i = 0; i < h.nhiders; i++)
		free(h.hiders[i]);
	free(h.hiders);
	xt_errors_end(&errs, 0);
	return 0;
}

/* Whether s[0..len) holds word (lower case ASCII), in any case. */
static int
has_word(const char *s, size_t len, const char *word)
{
	size_t	n = strlen(word), i, k;

	for (i = 0; i + n <= len; i++) {
		for (k = 0; k < n; k++)
			if (tolower((unsigned char)s[i + k]) != word[k])
				break;
		if (k == n)
			return 1;
	}
	return 0;
}

int
html_names_charset(const void *data, size_t len)
{
	const char	*s = data, *end;

	if (len >= 5 && memcmp(s, "<?xml", 5) == 0 &&
	    (end = memchr(s, '>', len)) != NULL &&
	    has_word(s, (size_t)(end - s), "encoding"))
		return 1;
	return has_word(s, len, "charset");
}
