/*
 * read_html.c: HTML through libxml2's SAX interface.  The parser closes
 * what the page leaves open, so every start has its end.
 */
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "diag.h"
#include "read_html.h"
#include "util.h"
#include "xmltext.h"

/* Cells in cells deeper than this are read as if not in a table. */
#define HTML_MAX_CELLS	64

enum kind { K_INLINE, K_SKIP, K_BLOCK, K_PRE, K_BR, K_CELL, K_LINE };

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
	{ "hr", K_LINE }, { "iframe", K_SKIP }, { "legend", K_BLOCK },
	{ "li", K_BLOCK }, { "listing", K_PRE }, { "main", K_BLOCK },
	{ "menu", K_BLOCK }, { "nav", K_BLOCK }, { "noscript", K_SKIP },
	{ "ol", K_BLOCK }, { "option", K_BLOCK }, { "p", K_BLOCK },
	{ "plaintext", K_PRE }, { "pre", K_PRE }, { "script", K_SKIP },
	{ "section", K_BLOCK }, { "style", K_SKIP }, { "summary", K_BLOCK },
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

/* hidden, or a style of display:none or visibility:hidden. */
static int
is_hidden(const xmlChar **atts)
{
	char		 style[256];
	const char	*v;
	size_t		 i, n;

	for (; atts != NULL && atts[0] != NULL; atts += 2) {
		if (strcmp((const char *)atts[0], "hidden") == 0)
			return 1;
		if (strcmp((const char *)atts[0], "style") != 0 ||
		    atts[1] == NULL)
			continue;
		v = (const char *)atts[1];
		for (i = n = 0; v[i] != '\0' && n + 1 < sizeof(style); i++)
			if (!isspace((unsigned char)v[i]))
				style[n++] = (char)tolower((unsigned char)v[i]);
		style[n] = '\0';
		if (strstr(style, "display:none") != NULL ||
		    strstr(style, "visibility:hidden") != NULL)
			return 1;
	}
	return 0;
}

static void
on_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
	struct html	*h = ctx;
	enum kind	 k;

	if (h->skip > 0) {
		h->skip++;
		return;
	}
	k = lookup(name);
	if (k == K_SKIP || is_hidden(atts)) {
		h->skip = 1;
		return;
	}
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
		if (h->ncells < HTML_MAX_CELLS)
			h->cells[h->ncells] = xt_cell_begin(h->sink);
		h->ncells++;
		break;
	default:
		break;
	}
}

static void
on_end(void *ctx, const xmlChar *name)
{
	struct html	*h = ctx;

	if (h->skip > 0) {
		h->skip--;
		return;
	}
	switch (lookup(name)) {
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
	default:
		break;
	}
}

static void
on_text(void *ctx, const xmlChar *s, int len)
{
	struct html	*h = ctx;

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

	/* libxml2 makes no parser for nothing, which is no text. */
	if (len == 0)
		return 0;
	if (len > INT_MAX) {
		diag_error(diag, EXIT_INPUT, name, 0, "HTML document too "
		    "large to parse");
		return -1;
	}
	xt_libxml_init();
	memset(&h, 0, sizeof(h));
	h.sink = sink;
	/*
	 * Malformed markup is the normal case for HTML and the parser
	 * recovers from it in silence (HTML_PARSE_NOERROR); what it cannot
	 * recover from, such as undecodable bytes, still reaches diag.
	 */
	xt_errors_begin(&errs, diag, name, NULL);
	xmlSetStructuredErrorFunc(NULL, NULL);
	if ((ctxt = htmlCreateMemoryParserCtxt(data, (int)len)) == NULL)
		xoom();
	/*
	 * Unless told otherwise, libxml2 reads a page that names no
	 * charset as Latin-1; read.c hands such pages over as UTF-8.
	 */
	if (!html_names_charset(data, len))
		(void)xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
	sax = (htmlSAXHandlerPtr)ctxt->sax;
	memset(sax, 0, sizeof(*sax));
	sax->startElement = on_start;
	sax->endElement = on_end;
	sax->characters = on_text;
	sax->ignorableWhitespace = on_text;
	sax->cdataBlock = on_text;
	ctxt->userData = &h;
	htmlCtxtUseOptions(ctxt, HTML_PARSE_NONET | HTML_PARSE_NOERROR |
	    HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER | HTML_PARSE_NOIMPLIED);
	htmlParseDocument(ctxt);
	htmlFreeParserCtxt(ctxt);
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
