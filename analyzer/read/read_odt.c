/*
 * read_odt.c: OpenDocument text.  White space in ODF text collapses as
 * in HTML; text:s, text:tab and text:line-break write it out.
 */
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlreader.h>

#include "diag.h"
#include "lazylib.h"
#include "read_odt.h"
#include "util.h"
#include "xmltext.h"
#include "zipread.h"

/* A text:s may ask for any count of spaces; more than this is abuse. */
#define ODT_MAX_SPACES	1000

/* A manifest lists a few dozen parts; a larger one is not looked into. */
#define ODT_MANIFEST_MAX	(1u << 20)

enum kind {
	K_OTHER,		/* look inside */
	K_SKIP,			/* leave out, with its content */
	K_P,			/* text:p, text:h */
	K_S, K_TAB, K_BR, K_ITEM, K_TABLE, K_ROW, K_CELL, K_BOX,
	K_IMAGE			/* draw:image: counted, then looked inside */
};

struct oname {
	const char	*ns;		/* namespace URI's last segment */
	const char	*name;
	enum kind	 kind;
};

static const struct oname onames[] = {
	{ "text", "p", K_P },
	{ "text", "h", K_P },
	{ "text", "s", K_S },
	{ "text", "tab", K_TAB },
	{ "text", "line-break", K_BR },
	{ "text", "list-item", K_ITEM },
	{ "text", "list-header", K_ITEM },
	{ "text", "note-citation", K_SKIP },	/* the note's number */
	{ "text", "note-body", K_BOX },
	{ "text", "tracked-changes", K_SKIP },	/* deleted text lives here */
	{ "text", "ruby-text", K_SKIP },
	{ "text", "sequence-decls", K_SKIP },
	{ "text", "variable-decls", K_SKIP },
	{ "text", "user-field-decls", K_SKIP },
	{ "text", "table-of-content-source", K_SKIP },
	{ "text", "illustration-index-source", K_SKIP },
	{ "text", "alphabetical-index-source", K_SKIP },
	{ "text", "bibliography-source", K_SKIP },
	{ "text", "table-index-source", K_SKIP },
	{ "text", "object-index-source", K_SKIP },
	{ "text", "user-index-source", K_SKIP },
	{ "office", "annotation", K_SKIP },	/* comments */
	{ "office", "annotation-end", K_SKIP },
	{ "office", "automatic-styles", K_SKIP },
	{ "office", "font-face-decls", K_SKIP },
	{ "office", "scripts", K_SKIP },
	{ "office", "forms", K_SKIP },
	{ "office", "binary-data", K_SKIP },
	{ "table", "table", K_TABLE },
	{ "table", "table-row", K_ROW },
	{ "table", "table-cell", K_CELL },
	{ "table", "covered-table-cell", K_SKIP },
	{ "table", "table-columns", K_SKIP },
	{ "table", "table-column", K_SKIP },
	{ "drawing", "text-box", K_BOX },
	{ "drawing", "image", K_IMAGE },
	{ "svg-compatible", "title", K_SKIP },	/* an image's description */
	{ "svg-compatible", "desc", K_SKIP },
	{ NULL, NULL, K_OTHER }
};

struct odt {
	struct xt_sink	*sink;
	size_t		 mark[XT_DEPTH_CEILING + 1];
	unsigned char	 kind[XT_DEPTH_CEILING + 1];
	int		 cells;
};

/* "urn:oasis:names:tc:opendocument:xmlns:text:1.0" -> "text" */
static const char *
odf_ns(const char *uri, size_t *len)
{
	static const char	prefix[] =
	    "urn:oasis:names:tc:opendocument:xmlns:";
	const char		*s, *colon;

	if (uri == NULL || strncmp(uri, prefix, sizeof(prefix) - 1) != 0)
		return NULL;
	s = uri + sizeof(prefix) - 1;
	if ((colon = strchr(s, ':')) == NULL)
		return NULL;
	*len = (size_t)(colon - s);
	return s;
}

static enum kind
classify(xmlTextReaderPtr r)
{
	const char		*local, *ns;
	const struct oname	*o;
	size_t			 n;

	local = (const char *)libxml.xmlTextReaderConstLocalName(r);
	ns = odf_ns((const char *)libxml.xmlTextReaderConstNamespaceUri(r), &n);
	if (local == NULL || ns == NULL)
		return K_OTHER;
	for (o = onames; o->ns != NULL; o++)
		if (strlen(o->ns) == n && strncmp(o->ns, ns, n) == 0 &&
		    strcmp(o->name, local) == 0)
			return o->kind;
	return K_OTHER;
}

static void
spaces(struct odt *od, xmlTextReaderPtr r)
{
	char	*c = NULL, *end;
	long	 n = 1;

	if (libxml.xmlTextReaderMoveToFirstAttribute(r) == 1) {
		do {
			if (strcmp((const char *)
			    libxml.xmlTextReaderConstLocalName(r), "c") == 0) {
				c = (char *)libxml.xmlTextReaderValue(r);
				break;
			}
		} while (libxml.xmlTextReaderMoveToNextAttribute(r) == 1);
		libxml.xmlTextReaderMoveToElement(r);
	}
	if (c != NULL) {
		n = strtol(c, &end, 10);
		if (*end != '\0' || n < 1)
			n = 1;
		if (n > ODT_MAX_SPACES)
			n = ODT_MAX_SPACES;
		lazylib_xml_free(c);
	}
	while (n-- > 0)
		xt_text(od->sink, " ", 1);
}

static int
start(struct odt *od, xmlTextReaderPtr r, enum kind k, int depth)
{
	od->kind[depth] = (unsigned char)k;
	od->mark[depth] = od->sink->out.len;
	switch (k) {
	case K_SKIP:
		return 1;
	case K_S:
		spaces(od, r);
		break;
	case K_TAB:
		xt_text(od->sink, "\t", 1);
		break;
	case K_BR:
		xt_sep(od->sink, XT_LINE);
		break;
	case K_ITEM:
	case K_TABLE:
	case K_BOX:
		xt_sep(od->sink, XT_LINE);
		break;
	case K_CELL:
		od->cells++;
		od->mark[depth] = xt_cell_begin(od->sink);
		break;
	case K_IMAGE:
		od->sink->pictures++;
		break;
	default:
		break;
	}
	return 0;
}

static void
end(struct odt *od, int depth)
{
	switch (od->kind[depth]) {
	case K_P:
		if (od->sink->out.len > od->mark[depth])
			xt_sep(od->sink, XT_LINE);
		else if (od->cells == 0)
			xt_sep(od->sink, XT_BLANK);
		break;
	case K_CELL:
		if (od->cells > 0)
			od->cells--;
		xt_cell_end(od->sink, od->mark[depth]);
		break;
	case K_ITEM:
	case K_TABLE:
	case K_ROW:
	case K_BOX:
		xt_sep(od->sink, XT_LINE);
		break;
	default:
		break;
	}
	od->kind[depth] = K_OTHER;
}

int
odt_is_text(struct zipread *zr, const char *name, struct diag *diag)
{
	static const char	odf[] = "application/vnd.oasis.opendocument.";
	char			*mt;
	size_t			 len;
	int			 ret;

	if ((mt = zipread_slurp(zr, "mimetype", 256, &len)) == NULL)
		return 0;
	if (strncmp(mt, odf, sizeof(odf) - 1) != 0)
		ret = 0;
	else if (strncmp(mt + sizeof(odf) - 1, "text", 4) == 0)
		ret = 1;
	else {
		diag_error(diag, EXIT_INPUT, name, 0, "an OpenDocument file "
		    "of type %s, not a text document", mt + sizeof(odf) - 1);
		ret = -1;
	}
	free(mt);
	return ret;
}

/*
 * Whether the manifest says the parts are encrypted.  A document saved
 * with a password keeps its parts encrypted, each with a
 * manifest:encryption-data element in its entry of the manifest (since
 * LibreOffice 24.2 the whole package may be one such part,
 * encrypted-package, with no content.xml beside it).  The manifest is
 * read for this alone: libxml2's complaints about it are a warning.
 */
static int
encrypted(struct zipread *zr, const char *name, struct diag *diag)
{
	static const char	part[] = "META-INF/manifest.xml";
	struct xt_errors	errs;
	xmlTextReaderPtr	r;
	const char		*local;
	char			*m;
	size_t			 len;
	int			 found = 0;

	if ((m = zipread_slurp(zr, part, ODT_MANIFEST_MAX, &len)) == NULL)
		return 0;
	/* Without libxml2, reading the content says so, once. */
	if (lazylib_xml() != NULL) {
		free(m);
		return 0;
	}
	xt_errors_begin(&errs, diag, name, part);
	r = libxml.xmlReaderForMemory(m, (int)len, part, NULL, XML_PARSE_NONET);
	while (r != NULL && !found && libxml.xmlTextReaderRead(r) == 1) {
		if (libxml.xmlTextReaderNodeType(r) !=
		    XML_READER_TYPE_ELEMENT || (local = (const char *)
		    libxml.xmlTextReaderConstLocalName(r)) == NULL)
			continue;
		found = strcmp(local, "encryption-data") == 0;
	}
	libxml.xmlFreeTextReader(r);
	xt_errors_end(&errs, 0);
	free(m);
	return found;
}

int
odt_read(struct zipread *zr, const char *name, struct xt_sink *sink,
    struct diag *diag)
{
	struct odt	 od;
	struct zippart	*zp;
	struct xt_xml	*x;
	xmlTextReaderPtr r;
	const char	*v;
	int		 ret, skip = 0, depth;

	if (encrypted(zr, name, diag)) {
		diag_error(diag, EXIT_INPUT, name, 0, "encrypted "
		    "OpenDocument text: remove the password (File > Save As, "
		    "untick Save with password), save it and try again");
		return -1;
	}
	if (zipread_failed(zr))
		return -1;
	if (!zipread_has(zr, "content.xml")) {
		diag_error(diag, EXIT_INPUT, name, 0, "OpenDocument archive "
		    "without content.xml");
		return -1;
	}
	if ((zp = zippart_open(zr, "content.xml")) == NULL)
		return -1;
	if ((x = xt_xml_open(zp, name, sink->max_depth, diag)) == NULL) {
		zippart_close(zp);
		return -1;
	}
	memset(&od, 0, sizeof(od));
	od.sink = sink;
	r = xt_xml_reader(x);
	while ((ret = xt_xml_next(x, skip)) == 1 && !sink->full) {
		skip = 0;
		depth = libxml.xmlTextReaderDepth(r);
		switch (libxml.xmlTextReaderNodeType(r)) {
		case XML_READER_TYPE_ELEMENT:
			skip = start(&od, r, classify(r), depth);
			if (!skip && libxml.xmlTextReaderIsEmptyElement(r))
				end(&od, depth);
			break;
		case XML_READER_TYPE_END_ELEMENT:
			end(&od, depth);
			break;
		case XML_READER_TYPE_TEXT:
		case XML_READER_TYPE_CDATA:
		case XML_READER_TYPE_WHITESPACE:
		case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
			/* Text counts inside paragraphs only. */
			if ((v = (const char *)
			    libxml.xmlTextReaderConstValue(r)) == NULL)
				break;
			for (; depth > 0; depth--)
				if (od.kind[depth - 1] == K_P)
					break;
			if (depth > 0)
				xt_collapse(sink, v, strlen(v));
			break;
		default:
			break;
		}
	}
	xt_xml_close(x);
	zippart_close(zp);
	return ret < 0 ? -1 : 0;
}
