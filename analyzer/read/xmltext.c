/*
 * xmltext.c: the text sink and the guarded XML reader.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>

#include "diag.h"
#include "lazylib.h"
#include "util.h"
#include "xmltext.h"
#include "zipread.h"

/*
 * No network, ever; CDATA as plain text.  Never XML_PARSE_NOENT (that
 * would substitute entities, external ones included), XML_PARSE_DTDLOAD
 * or XML_PARSE_DTDATTR (they load a DTD), nor XML_PARSE_HUGE (it lifts
 * libxml2's own limits on depth, text size and entity amplification).
 */
#define XT_XML_OPTIONS	(XML_PARSE_NONET | XML_PARSE_NOCDATA)

void
xt_init(struct xt_sink *s, size_t max)
{
	memset(s, 0, sizeof(*s));
	s->max = max;
}

/* Pay the separator owed, as little as what is already there needs. */
static void
flush_sep(struct xt_sink *s)
{
	const char	*d = s->out.data;
	size_t		 n = s->out.len;
	int		 sep = s->pending;

	s->pending = XT_NONE;
	if (n == 0)
		return;			/* nothing before: no separator */
	switch (sep) {
	case XT_SPACE:
		if (d[n - 1] != ' ' && d[n - 1] != '\t' && d[n - 1] != '\n')
			buf_addc(&s->out, ' ');
		break;
	case XT_TAB:
		if (d[n - 1] != '\t')
			buf_addc(&s->out, '\t');
		break;
	case XT_LINE:
		if (d[n - 1] != '\n')
			buf_addc(&s->out, '\n');
		break;
	case XT_BLANK:
		if (d[n - 1] != '\n')
			buf_addc(&s->out, '\n');
		d = s->out.data;
		n = s->out.len;
		if (n < 2 || d[n - 2] != '\n')
			buf_addc(&s->out, '\n');
		break;
	}
}

void
xt_text(struct xt_sink *s, const char *p, size_t n)
{
	size_t	i, start;

	if (n == 0 || s->full)
		return;
	if (s->pending != XT_NONE)
		flush_sep(s);
	if (s->out.len + n > s->max) {
		s->full = 1;
		return;
	}
	buf_reserve(&s->out, n);
	/* Control characters XML lets through (&#13; and the like). */
	for (i = start = 0; i < n; i++) {
		if ((unsigned char)p[i] >= 0x20 || p[i] == '\t' ||
		    p[i] == '\n')
			continue;
		buf_add(&s->out, p + start, i - start);
		if (p[i] == '\r') {
			if (i + 1 >= n || p[i + 1] != '\n')
				buf_addc(&s->out, '\n');
		} else
			buf_addc(&s->out, ' ');
		start = i + 1;
	}
	buf_add(&s->out, p + start, n - start);
	s->in_space = 0;
}

void
xt_collapse(struct xt_sink *s, const char *p, size_t n)
{
	size_t	i = 0, j;

	while (i < n) {
		if (p[i] == ' ' || p[i] == '\t' || p[i] == '\n' ||
		    p[i] == '\r' || p[i] == '\f') {
			xt_sep(s, XT_SPACE);
			i++;
			continue;
		}
		for (j = i; j < n && p[j] != ' ' && p[j] != '\t' &&
		    p[j] != '\n' && p[j] != '\r' && p[j] != '\f'; j++)
			;
		xt_text(s, p + i, j - i);
		i = j;
	}
}

void
xt_sep(struct xt_sink *s, int sep)
{
	if (sep > s->pending)
		s->pending = sep;
}

size_t
xt_cell_begin(const struct xt_sink *s)
{
	return s->out.len;
}

void
xt_cell_end(struct xt_sink *s, size_t mark)
{
	if (s->out.len > mark)
		s->pending = XT_TAB;
	else
		xt_sep(s, XT_TAB);
}

char *
xt_finish(struct xt_sink *s, size_t *len)
{
	char	*text;

	if (s->out.len == 0) {
		xt_free(s);
		*len = 0;
		return NULL;
	}
	if (s->out.data[s->out.len - 1] != '\n')
		buf_addc(&s->out, '\n');
	/* Give back what doubling left over. */
	text = xreallocarray(s->out.data, s->out.len + 1, 1);
	*len = s->out.len;
	s->out.data = NULL;
	xt_free(s);
	return text;
}

void
xt_free(struct xt_sink *s)
{
	buf_free(&s->out);
	s->pending = XT_NONE;
	s->full = 0;
}

/* Errors. */

static void
gather(void *arg, xmlErrorPtr err)
{
	struct xt_errors	*e = arg;
	size_t			 n;

	if (e == NULL || err == NULL)
		return;
	/*
	 * libxml2 parses ahead of the reader, so on short tags it can meet
	 * its own depth limit before xt_xml_next() sees ours is passed.
	 */
	if (err->message != NULL &&
	    strncmp(err->message, "Excessive depth", 15) == 0)
		e->deep = 1;
	if (e->count++ > 0)
		return;
	e->line = err->line;
	snprintf(e->first, sizeof(e->first), "%s",
	    err->message != NULL ? err->message : "unknown error");
	n = strlen(e->first);
	while (n > 0 && (e->first[n - 1] == '\n' || e->first[n - 1] == ' '))
		e->first[--n] = '\0';
}

static void gather_generic(void *, const char *, ...)
    __attribute__((format(printf, 2, 3)));

/* libxml2 may also complain through its generic channel. */
static void
gather_generic(void *arg, const char *fmt, ...)
{
	struct xt_errors	*e = arg;
	struct _xmlError	 err;
	char			 msg[160];
	va_list			 ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	memset(&err, 0, sizeof(err));
	err.message = msg;
	gather(e, &err);
}

void
xt_errors_begin(struct xt_errors *e, struct diag *diag, const char *doc,
    const char *part)
{
	memset(e, 0, sizeof(*e));
	e->diag = diag;
	e->doc = doc;
	e->part = part;
	libxml.xmlSetStructuredErrorFunc(e, gather);
	libxml.xmlSetGenericErrorFunc(e, gather_generic);
}

void
xt_errors_end(struct xt_errors *e, int fatal)
{
	char	where[256], more[48];

	libxml.xmlSetStructuredErrorFunc(NULL, NULL);
	libxml.xmlSetGenericErrorFunc(NULL, NULL);
	if (!fatal && e->count == 0)
		return;
	if (e->part != NULL && e->line > 0)
		snprintf(where, sizeof(where), "%s:%d: ", e->part, e->line);
	else if (e->part != NULL)
		snprintf(where, sizeof(where), "%s: ", e->part);
	else
		where[0] = '\0';
	more[0] = '\0';
	if (e->count > 1)
		snprintf(more, sizeof(more), " (and %u more)", e->count - 1);
	if (fatal)
		diag_error(e->diag, EXIT_INPUT, e->doc, 0, "%smalformed XML: "
		    "%s", where, e->count ? e->first : "unknown error");
	else
		diag_warning(e->diag, e->doc, 0, "%s%s%s", where, e->first,
		    more);
}

/* The reader. */

int
xt_libxml_init(struct diag *diag, const char *doc)
{
	const char	*why;

	if ((why = lazylib_xml()) == NULL)
		return 0;
	diag_error(diag, EXIT_SYSTEM, doc, 0, "cannot read this document "
	    "without libxml2: %s", why);
	return -1;
}

struct xt_xml {
	xmlTextReaderPtr	 r;
	struct zippart		*zp;
	struct diag		*diag;
	const char		*doc;
	struct xt_errors	 errs;
	int			 max_depth;
	int			 failed;
};

static int
io_read(void *arg, char *buf, int len)
{
	struct xt_xml	*x = arg;
	long		 n;

	if (len <= 0)
		return 0;
	n = zippart_read(x->zp, buf, (size_t)len);
	return n < 0 ? -1 : (int)n;
}

static int
io_close(void *arg)
{
	(void)arg;
	return 0;
}

struct xt_xml *
xt_xml_open(struct zippart *zp, const char *doc, int max_depth,
    struct diag *diag)
{
	struct xt_xml	*x;

	if (xt_libxml_init(diag, doc) < 0)
		return NULL;
	x = xcalloc(1, sizeof(*x));
	x->max_depth = max_depth <= 0 ? XT_MAX_DEPTH :
	    max_depth > XT_DEPTH_CEILING ? XT_DEPTH_CEILING : max_depth;
	x->zp = zp;
	x->diag = diag;
	x->doc = doc;
	xt_errors_begin(&x->errs, diag, doc, zippart_name(zp));
	/* The URL names the part in libxml2's messages; nothing is fetched. */
	x->r = libxml.xmlReaderForIO(io_read, io_close, x, zippart_name(zp),
	    NULL, XT_XML_OPTIONS);
	if (x->r == NULL) {
		xt_errors_end(&x->errs, 1);
		free(x);
		return NULL;
	}
	libxml.xmlTextReaderSetStructuredErrorHandler(x->r, gather, &x->errs);
	return x;
}

/* The part is nested too deep: the part's one message. */
static int
too_deep(struct xt_xml *x)
{
	x->failed = 1;
	diag_error(x->diag, EXIT_INPUT, x->doc, 0, "%s:%d: XML nested deeper "
	    "than %d elements%s", zippart_name(x->zp),
	    libxml.xmlTextReaderGetParserLineNumber(x->r), x->max_depth,
	    x->max_depth < XT_DEPTH_CEILING ? " (raise it with --max-depth)" :
	    "");
	x->errs.count = 0;
	x->errs.part = NULL;
	return -1;
}

int
xt_xml_next(struct xt_xml *x, int skip)
{
	int	ret;

	if (x->failed)
		return -1;
	ret = skip ? libxml.xmlTextReaderNext(x->r) :
	    libxml.xmlTextReaderRead(x->r);
	if (ret == 1 && libxml.xmlTextReaderDepth(x->r) >= x->max_depth)
		return too_deep(x);
	if (ret < 0 && x->errs.deep && !zippart_failed(x->zp))
		return too_deep(x);
	if (ret < 0) {
		x->failed = 1;
		/* A zip error was reported already, and caused this one. */
		if (zippart_failed(x->zp))
			x->errs.count = 0;
		else {
			xt_errors_end(&x->errs, 1);
			x->errs.count = 0;
			x->errs.part = NULL;
		}
	}
	return ret;
}

xmlTextReaderPtr
xt_xml_reader(struct xt_xml *x)
{
	return x->r;
}

void
xt_xml_close(struct xt_xml *x)
{
	if (x == NULL)
		return;
	libxml.xmlFreeTextReader(x->r);
	if (x->errs.part != NULL)
		xt_errors_end(&x->errs, 0);
	else {
		libxml.xmlSetStructuredErrorFunc(NULL, NULL);
		libxml.xmlSetGenericErrorFunc(NULL, NULL);
	}
	free(x);
}
