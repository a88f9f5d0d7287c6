/*
 * read_docx.c: WordprocessingML, streamed with libxml2's xmlTextReader.
 *
 * The main part is the one _rels/.rels names as the office document
 * (files in the wild rename it), else the one [Content_Types].xml types
 * as a word processing document, else word/document.xml.  Its own
 * relationships name the headers, footers and notes.  Elements are told
 * by local name within the WordprocessingML namespace, whatever its URI
 * (Transitional, Strict, or any prefix).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlreader.h>

#include "diag.h"
#include "lazylib.h"
#include "read_docx.h"
#include "util.h"
#include "xmltext.h"
#include "zipread.h"

/* Relationship and content-type parts are small; larger is hostile. */
#define DOCX_META_MAX	(4u << 20)

enum ns { NS_OTHER, NS_W, NS_MC, NS_M, NS_A, NS_V };

/* What an element means to the text. */
enum kind {
	K_OTHER,		/* look inside */
	K_SKIP,			/* never text: leave out, with its content */
	K_P, K_PPR, K_FRAMEPR, K_R, K_RPR, K_VANISH, K_T, K_TAB, K_BR,
	K_NBHYPHEN, K_FLDCHAR, K_TBL, K_TR, K_TC, K_TXBX, K_NOTE,
	K_ALT, K_CHOICE, K_FALLBACK,
	K_PICTURE		/* image data: counted */
};

struct wname {
	const char	*name;
	enum kind	 kind;
};

/* WordprocessingML elements, sorted for bsearch. */
static const struct wname wnames[] = {
	{ "br", K_BR },
	{ "comment", K_SKIP },
	{ "cr", K_BR },
	{ "del", K_SKIP },		/* tracked deletion */
	{ "delInstrText", K_SKIP },
	{ "delText", K_SKIP },
	{ "endnote", K_NOTE },
	{ "fldChar", K_FLDCHAR },
	{ "footnote", K_NOTE },
	{ "framePr", K_FRAMEPR },
	{ "instrText", K_SKIP },	/* field code, not its result */
	{ "moveFrom", K_SKIP },		/* the old place of moved text */
	{ "noBreakHyphen", K_NBHYPHEN },
	{ "p", K_P },
	{ "pPr", K_PPR },
	{ "pPrChange", K_SKIP },
	{ "ptab", K_TAB },
	{ "r", K_R },
	{ "rPr", K_RPR },
	{ "rPrChange", K_SKIP },
	{ "rt", K_SKIP },		/* ruby: the reading above the base */
	{ "rubyPr", K_SKIP },
	{ "sdtEndPr", K_SKIP },
	{ "sdtPr", K_SKIP },
	{ "sectPr", K_SKIP },
	{ "softHyphen", K_SKIP },	/* shows only where a line breaks */
	{ "t", K_T },
	{ "tab", K_TAB },
	{ "tbl", K_TBL },
	{ "tblGrid", K_SKIP },
	{ "tblPr", K_SKIP },
	{ "tblPrEx", K_SKIP },
	{ "tc", K_TC },
	{ "tcPr", K_SKIP },
	{ "tr", K_TR },
	{ "trPr", K_SKIP },
	{ "txbxContent", K_TXBX },
	{ "vanish", K_VANISH },
};

struct frame {
	unsigned char	kind;
	unsigned char	flag;		/* K_ALT: a Choice was read; K_P: a
					   drop cap, part of the next one */
	size_t		mark;		/* K_P, K_TC: text length at start */
};

struct docx {
	struct zipread	*zr;
	const char	*name;
	struct xt_sink	*sink;
	struct diag	*diag;
	struct frame	 stack[XT_DEPTH_CEILING + 1];
	char		*fields;	/* 'i' in a field's code, 'r' result */
	size_t		 nfields, fieldcap;
	size_t		 in_code;	/* fields in their code part */
	int		 hidden;	/* the current run is w:vanish */
	int		 cells;		/* open table cells */
};

struct rel {
	char	*type;			/* the last segment of the Type URI */
	char	*target;		/* resolved part name */
};

struct rels {
	struct rel	*v;
	size_t		 n, cap;
};

static int
wname_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const struct wname *)elem)->name);
}

static enum ns
classify_ns(const char *uri)
{
	size_t	n;

	if (uri == NULL)
		return NS_OTHER;
	n = strlen(uri);
	if ((n >= 27 && strcmp(uri + n - 27,
	    "/wordprocessingml/2006/main") == 0) ||
	    strcmp(uri, "http://purl.oclc.org/ooxml/wordprocessingml/main") ==
	    0)
		return NS_W;
	if (strcmp(uri,
	    "http://schemas.openxmlformats.org/markup-compatibility/2006") ==
	    0)
		return NS_MC;
	if ((n >= 5 && strcmp(uri + n - 5, "/math") == 0 &&
	    strstr(uri, "officeDocument") != NULL))
		return NS_M;
	if (strcmp(uri,
	    "http://schemas.openxmlformats.org/drawingml/2006/main") == 0 ||
	    strcmp(uri, "http://purl.oclc.org/ooxml/drawingml/main") == 0)
		return NS_A;
	if (strcmp(uri, "urn:schemas-microsoft-com:vml") == 0)
		return NS_V;
	return NS_OTHER;
}

static enum kind
classify(xmlTextReaderPtr r)
{
	const char		*local, *uri;
	const struct wname	*w;

	local = (const char *)libxml.xmlTextReaderConstLocalName(r);
	uri = (const char *)libxml.xmlTextReaderConstNamespaceUri(r);
	if (local == NULL)
		return K_OTHER;
	switch (classify_ns(uri)) {
	case NS_W:
		w = bsearch(local, wnames, sizeof(wnames) / sizeof(wnames[0]),
		    sizeof(wnames[0]), wname_cmp);
		return w != NULL ? w->kind : K_OTHER;
	case NS_MC:
		if (strcmp(local, "AlternateContent") == 0)
			return K_ALT;
		if (strcmp(local, "Choice") == 0)
			return K_CHOICE;
		if (strcmp(local, "Fallback") == 0)
			return K_FALLBACK;
		return K_OTHER;
	case NS_M:
		/* Office Math: m:r holds a w:rPr and m:t its text. */
		if (strcmp(local, "t") == 0)
			return K_T;
		if (strcmp(local, "r") == 0)
			return K_R;
		return K_OTHER;
	/*
	 * A picture is a shape in a w:drawing (DrawingML) or a w:pict
	 * (VML, as older Word wrote them) that holds image data: a:blip or
	 * v:imagedata.  Shapes without it, such as text boxes and lines,
	 * are no pictures.
	 */
	case NS_A:
		return strcmp(local, "blip") == 0 ? K_PICTURE : K_OTHER;
	case NS_V:
		return strcmp(local, "imagedata") == 0 ? K_PICTURE : K_OTHER;
	default:
		return K_OTHER;
	}
}

/* The value of the current element's attribute of that local name. */
static char *
attr(xmlTextReaderPtr r, const char *local)
{
	char	*v = NULL;

	if (libxml.xmlTextReaderMoveToFirstAttribute(r) != 1)
		return NULL;
	do {
		if (strcmp((const char *)libxml.xmlTextReaderConstLocalName(r),
		    local) == 0) {
			v = (char *)libxml.xmlTextReaderValue(r);
			break;
		}
	} while (libxml.xmlTextReaderMoveToNextAttribute(r) == 1);
	libxml.xmlTextReaderMoveToElement(r);
	return v;
}

/* OOXML booleans: absent or anything but false/0/off is true. */
static int
attr_true(xmlTextReaderPtr r, const char *local)
{
	char	*v = attr(r, local);
	int	 t;

	t = v == NULL || (strcmp(v, "false") != 0 && strcmp(v, "0") != 0 &&
	    strcmp(v, "off") != 0);
	lazylib_xml_free(v);
	return t;
}

static int
note_is_text(xmlTextReaderPtr r)
{
	char	*v = attr(r, "type");
	int	 text = v == NULL || strcmp(v, "normal") == 0;

	lazylib_xml_free(v);
	return text;
}

static int
drop_cap(xmlTextReaderPtr r)
{
	char	*v = attr(r, "dropCap");
	int	 drop = v != NULL && strcmp(v, "none") != 0;

	lazylib_xml_free(v);
	return drop;
}

static void
field_char(struct docx *dx, xmlTextReaderPtr r)
{
	char	*type = attr(r, "fldCharType");

	if (type == NULL)
		return;
	if (strcmp(type, "begin") == 0) {
		xgrow(&dx->fields, &dx->fieldcap, dx->nfields + 1, 1);
		dx->fields[dx->nfields++] = 'i';
		dx->in_code++;
	} else if (strcmp(type, "separate") == 0) {
		if (dx->nfields > 0 && dx->fields[dx->nfields - 1] == 'i') {
			dx->fields[dx->nfields - 1] = 'r';
			dx->in_code--;
		}
	} else if (strcmp(type, "end") == 0) {
		if (dx->nfields > 0 && dx->fields[--dx->nfields] == 'i')
			dx->in_code--;
	}
	lazylib_xml_free(type);
}

static int
visible(const struct docx *dx)
{
	return dx->in_code == 0 && !dx->hidden;
}

/* An element starts; whether to skip it and its content. */
static int
start(struct docx *dx, xmlTextReaderPtr r, enum kind k, int depth)
{
	struct frame	*parent = depth > 0 ? &dx->stack[depth - 1] : NULL;
	struct frame	*f = &dx->stack[depth];

	f->kind = (unsigned char)k;
	f->flag = 0;
	f->mark = dx->sink->out.len;
	if (parent != NULL && parent->kind == K_PPR) {
		/* Of a paragraph's properties, only a drop cap matters. */
		if (k == K_FRAMEPR && depth >= 2 &&
		    dx->stack[depth - 2].kind == K_P)
			dx->stack[depth - 2].flag = drop_cap(r);
		return 1;
	}
	switch (k) {
	case K_SKIP:
		return 1;
	case K_R:
		dx->hidden = 0;
		break;
	case K_RPR:
		/* Only a run's own properties say whether it is hidden. */
		return parent == NULL || parent->kind != K_R;
	case K_VANISH:
		if (parent != NULL && parent->kind == K_RPR)
			dx->hidden = attr_true(r, "val");
		break;
	case K_TAB:
		if (visible(dx))
			xt_text(dx->sink, "\t", 1);
		break;
	case K_BR:
		if (visible(dx))
			xt_sep(dx->sink, XT_LINE);
		break;
	case K_NBHYPHEN:
		if (visible(dx))
			xt_text(dx->sink, "-", 1);
		break;
	case K_FLDCHAR:
		field_char(dx, r);
		break;
	case K_TBL:
	case K_TXBX:
		xt_sep(dx->sink, XT_LINE);
		break;
	case K_NOTE:
		/* The separator lines above the notes are not notes. */
		return !note_is_text(r);
	case K_TC:
		dx->cells++;
		f->mark = xt_cell_begin(dx->sink);
		break;
	case K_CHOICE:
		/* Alternatives hold the same content: read one. */
		if (parent == NULL || parent->kind != K_ALT)
			break;
		if (parent->flag)
			return 1;
		parent->flag = 1;
		break;
	case K_FALLBACK:
		return parent != NULL && parent->kind == K_ALT &&
		    parent->flag;
	case K_PICTURE:
		dx->sink->pictures++;
		break;
	default:
		break;
	}
	return 0;
}

static void
end(struct docx *dx, int depth)
{
	struct frame	*f = &dx->stack[depth];

	switch (f->kind) {
	case K_R:
		dx->hidden = 0;
		break;
	case K_P:
		/*
		 * A drop cap is a paragraph of its own holding the first
		 * letter of the next.  An empty paragraph shows as an empty
		 * line, but not in a table cell.
		 */
		if (f->flag)
			break;
		if (dx->sink->out.len > f->mark)
			xt_sep(dx->sink, XT_LINE);
		else if (dx->cells == 0)
			xt_sep(dx->sink, XT_BLANK);
		break;
	case K_TC:
		if (dx->cells > 0)
			dx->cells--;
		xt_cell_end(dx->sink, f->mark);
		break;
	case K_TR:
	case K_TBL:
	case K_TXBX:
	case K_NOTE:
		xt_sep(dx->sink, XT_LINE);
		break;
	default:
		break;
	}
	f->kind = K_OTHER;
}

/* The root element of the main part must be a w:document. */
/* A part of the archive and the XML reader over it, or NULL (said why). */
static struct xt_xml *
part_open(struct docx *dx, const char *part, struct zippart **zp)
{
	struct xt_xml	*x;

	if ((*zp = zippart_open(dx->zr, part)) == NULL)
		return NULL;
	if ((x = xt_xml_open(*zp, dx->name, dx->sink->max_depth,
	    dx->diag)) == NULL)
		zippart_close(*zp);
	return x;
}

static void
part_close(struct xt_xml *x, struct zippart *zp)
{
	xt_xml_close(x);
	zippart_close(zp);
}

static int
check_root(struct docx *dx, xmlTextReaderPtr r, const char *part)
{
	const char	*local, *uri;

	local = (const char *)libxml.xmlTextReaderConstLocalName(r);
	uri = (const char *)libxml.xmlTextReaderConstNamespaceUri(r);

	if (classify_ns(uri) == NS_W && strcmp(local, "document") == 0)
		return 0;
	if (strcmp(local, "workbook") == 0)
		diag_error(dx->diag, EXIT_INPUT, dx->name, 0, "an Excel "
		    "workbook, not a word processing document");
	else if (strcmp(local, "presentation") == 0)
		diag_error(dx->diag, EXIT_INPUT, dx->name, 0, "a PowerPoint "
		    "presentation, not a word processing document");
	else
		diag_error(dx->diag, EXIT_INPUT, dx->name, 0, "not a word "
		    "processing document: its main part, %s, is a <%s>", part,
		    local);
	return -1;
}

static int
read_part(struct docx *dx, const char *part, int is_main)
{
	struct zippart	*zp;
	struct xt_xml	*x;
	xmlTextReaderPtr r;
	const char	*v;
	int		 ret, skip = 0, depth, type, seen_root = 0;
	enum kind	 k;

	if ((x = part_open(dx, part, &zp)) == NULL)
		return -1;
	r = xt_xml_reader(x);
	dx->nfields = dx->in_code = 0;
	dx->hidden = dx->cells = 0;
	xt_sep(dx->sink, XT_LINE);
	while ((ret = xt_xml_next(x, skip)) == 1 && !dx->sink->full) {
		skip = 0;
		depth = libxml.xmlTextReaderDepth(r);
		type = libxml.xmlTextReaderNodeType(r);
		switch (type) {
		case XML_READER_TYPE_ELEMENT:
			if (!seen_root) {
				seen_root = 1;
				if (is_main && check_root(dx, r, part) != 0) {
					ret = -1;
					goto done;
				}
			}
			k = classify(r);
			skip = start(dx, r, k, depth);
			if (!skip && libxml.xmlTextReaderIsEmptyElement(r))
				end(dx, depth);
			break;
		case XML_READER_TYPE_END_ELEMENT:
			end(dx, depth);
			break;
		case XML_READER_TYPE_TEXT:
		case XML_READER_TYPE_CDATA:
		case XML_READER_TYPE_WHITESPACE:
		case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
			if (depth > 0 && dx->stack[depth - 1].kind == K_T &&
			    visible(dx) &&
			    (v = (const char *)
			    libxml.xmlTextReaderConstValue(r)) != NULL)
				xt_text(dx->sink, v, strlen(v));
			break;
		default:
			break;		/* entity references are left out */
		}
	}
done:
	part_close(x, zp);
	xt_sep(dx->sink, XT_LINE);
	return ret < 0 ? -1 : 0;
}

/* Part names. */

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = tolower(c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/*
 * The part a relationship's target names, from the directory of the
 * part that holds the relationship (base, ending in '/' or empty):
 * percent escapes decoded, "." and ".." resolved.
 */
static char *
resolve(const char *base, const char *target)
{
	struct buf	 b = { 0 };
	char		*out, *seg, *save = NULL;
	size_t		 i, n = 0;

	if (target[0] != '/')
		buf_adds(&b, base);
	for (i = 0; target[i] != '\0'; i++) {
		if (target[i] == '%' && hexval(target[i + 1]) >= 0 &&
		    hexval(target[i + 2]) >= 0) {
			buf_addc(&b, hexval(target[i + 1]) * 16 +
			    hexval(target[i + 2]));
			i += 2;
		} else if (target[i] == '\\')
			buf_addc(&b, '/');
		else
			buf_addc(&b, target[i]);
	}
	if (b.data == NULL)
		return xstrdup("");
	out = xmalloc(b.len + 1);
	out[0] = '\0';
	for (seg = strtok_r(b.data, "/", &save); seg != NULL;
	    seg = strtok_r(NULL, "/", &save)) {
		if (strcmp(seg, ".") == 0)
			continue;
		if (strcmp(seg, "..") == 0) {
			while (n > 0 && out[n - 1] != '/')
				n--;
			if (n > 0)
				n--;
			out[n] = '\0';
			continue;
		}
		if (n > 0)
			out[n++] = '/';
		memcpy(out + n, seg, strlen(seg) + 1);
		n += strlen(seg);
	}
	buf_free(&b);
	return out;
}

static void
rels_free(struct rels *rs)
{
	size_t	i;

	for (i = 0; i < rs->n; i++) {
		free(rs->v[i].type);
		free(rs->v[i].target);
	}
	free(rs->v);
	memset(rs, 0, sizeof(*rs));
}

/*
 * The internal relationships of a part, from its .rels part if there is
 * one; base is the directory its targets are relative to.
 */
static int
read_rels(struct docx *dx, const char *relpart, const char *base,
    struct rels *rs)
{
	struct zippart	*zp;
	struct xt_xml	*x;
	xmlTextReaderPtr r;
	char		*type, *target, *mode;
	const char	*seg;
	int		 ret;

	if (!zipread_has(dx->zr, relpart))
		return 0;
	if ((x = part_open(dx, relpart, &zp)) == NULL)
		return -1;
	r = xt_xml_reader(x);
	while ((ret = xt_xml_next(x, 0)) == 1) {
		if (libxml.xmlTextReaderNodeType(r) !=
		    XML_READER_TYPE_ELEMENT ||
		    strcmp((const char *)libxml.xmlTextReaderConstLocalName(r),
		    "Relationship") != 0)
			continue;
		type = attr(r, "Type");
		target = attr(r, "Target");
		mode = attr(r, "TargetMode");
		if (type != NULL && target != NULL && (mode == NULL ||
		    strcmp(mode, "External") != 0)) {
			seg = strrchr(type, '/');
			xgrow(&rs->v, &rs->cap, rs->n + 1, sizeof(*rs->v));
			rs->v[rs->n].type = xstrdup(seg ? seg + 1 : type);
			rs->v[rs->n].target = resolve(base, target);
			rs->n++;
		}
		lazylib_xml_free(type);
		lazylib_xml_free(target);
		lazylib_xml_free(mode);
	}
	part_close(x, zp);
	return ret < 0 ? -1 : 0;
}

/* The main part as [Content_Types].xml types it, or NULL. */
static char *
typed_main(struct docx *dx)
{
	static const char *const types[] = {
		"application/vnd.openxmlformats-officedocument."
		    "wordprocessingml.document.main+xml",
		"application/vnd.openxmlformats-officedocument."
		    "wordprocessingml.template.main+xml",
		"application/vnd.ms-word.document.macroEnabled.main+xml",
		"application/vnd.ms-word.template.macroEnabledTemplate."
		    "main+xml",
		NULL
	};
	struct zippart	*zp;
	struct xt_xml	*x;
	xmlTextReaderPtr r;
	char		*name, *ctype, *found = NULL;
	size_t		 i;

	if (!zipread_has(dx->zr, "[Content_Types].xml") ||
	    (x = part_open(dx, "[Content_Types].xml", &zp)) == NULL)
		return NULL;
	r = xt_xml_reader(x);
	while (found == NULL && xt_xml_next(x, 0) == 1) {
		if (libxml.xmlTextReaderNodeType(r) !=
		    XML_READER_TYPE_ELEMENT ||
		    strcmp((const char *)libxml.xmlTextReaderConstLocalName(r),
		    "Override") != 0)
			continue;
		name = attr(r, "PartName");
		ctype = attr(r, "ContentType");
		for (i = 0; name != NULL && ctype != NULL && types[i]; i++)
			if (strcmp(ctype, types[i]) == 0) {
				found = resolve("", name);
				break;
			}
		lazylib_xml_free(name);
		lazylib_xml_free(ctype);
	}
	part_close(x, zp);
	return found;
}

/* Compare part names with their numbers as numbers: header2 < header10. */
static int
natural_cmp(const void *a, const void *b)
{
	const char	*s = *(const char *const *)a;
	const char	*t = *(const char *const *)b;
	size_t		 ns, nt;

	while (*s != '\0' && *t != '\0') {
		if (isdigit((unsigned char)*s) && isdigit((unsigned char)*t)) {
			while (*s == '0')
				s++;
			while (*t == '0')
				t++;
			for (ns = 0; isdigit((unsigned char)s[ns]); ns++)
				;
			for (nt = 0; isdigit((unsigned char)t[nt]); nt++)
				;
			if (ns != nt)
				return ns < nt ? -1 : 1;
			if (strncmp(s, t, ns) != 0)
				return strncmp(s, t, ns);
			s += ns;
			t += nt;
			continue;
		}
		if (*s != *t)
			return (unsigned char)*s < (unsigned char)*t ? -1 : 1;
		s++;
		t++;
	}
	return (unsigned char)*s - (unsigned char)*t;
}

/* Read the parts of one relationship type, each once, in name order. */
static int
read_related(struct docx *dx, const struct rels *rs, const char *type)
{
	const char	**names;
	size_t		 i, n = 0;
	int		 ret = 0;

	names = xcalloc(rs->n + 1, sizeof(*names));
	for (i = 0; i < rs->n; i++)
		if (strcmp(rs->v[i].type, type) == 0)
			names[n++] = rs->v[i].target;
	qsort(names, n, sizeof(*names), natural_cmp);
	for (i = 0; i < n && ret == 0 && !dx->sink->full; i++) {
		if (i > 0 && strcmp(names[i], names[i - 1]) == 0)
			continue;
		/* A dangling relationship is the writer's slip: no text. */
		if (zipread_has(dx->zr, names[i]))
			ret = read_part(dx, names[i], 0);
	}
	free(names);
	return ret;
}

int
docx_is_package(struct zipread *zr)
{
	return zipread_has(zr, "[Content_Types].xml") ||
	    zipread_has(zr, "_rels/.rels");
}

int
docx_read(struct zipread *zr, const char *name, struct xt_sink *sink,
    struct diag *diag)
{
	struct docx	 dx;
	struct rels	 top = { 0 }, rs = { 0 };
	char		*mainpart = NULL, *dir = NULL, *relpart = NULL;
	const char	*slash;
	size_t		 i;
	int		 ret = -1;

	memset(&dx, 0, sizeof(dx));
	dx.zr = zr;
	dx.name = name;
	dx.sink = sink;
	dx.diag = diag;

	if (read_rels(&dx, "_rels/.rels", "", &top) != 0)
		goto out;
	for (i = 0; i < top.n && mainpart == NULL; i++)
		if (strcmp(top.v[i].type, "officeDocument") == 0 &&
		    zipread_has(zr, top.v[i].target))
			mainpart = xstrdup(top.v[i].target);
	if (mainpart == NULL && !zipread_failed(zr) &&
	    (mainpart = typed_main(&dx)) != NULL &&
	    !zipread_has(zr, mainpart)) {
		free(mainpart);
		mainpart = NULL;
	}
	if (zipread_failed(zr))
		goto out;
	if (mainpart == NULL && zipread_has(zr, "word/document.xml"))
		mainpart = xstrdup("word/document.xml");
	if (mainpart == NULL) {
		diag_error(diag, EXIT_INPUT, name, 0, "zip archive without a "
		    "word processing document (no word/document.xml)");
		goto out;
	}

	/* word/document.xml's relationships are word/_rels/document.xml.rels */
	slash = strrchr(mainpart, '/');
	dir = xstrndup(mainpart, slash ? (size_t)(slash - mainpart) + 1 : 0);
	relpart = xmalloc(strlen(mainpart) + sizeof("_rels/.rels"));
	strcpy(relpart, dir);
	strcat(relpart, "_rels/");
	strcat(relpart, slash ? slash + 1 : mainpart);
	strcat(relpart, ".rels");
	if (read_rels(&dx, relpart, dir, &rs) != 0)
		goto out;

	if (read_related(&dx, &rs, "header") != 0 ||
	    read_part(&dx, mainpart, 1) != 0 ||
	    read_related(&dx, &rs, "footnotes") != 0 ||
	    read_related(&dx, &rs, "endnotes") != 0 ||
	    read_related(&dx, &rs, "footer") != 0)
		goto out;
	ret = 0;
out:
	rels_free(&top);
	rels_free(&rs);
	free(mainpart);
	free(dir);
	free(relpart);
	free(dx.fields);
	return ret;
}
