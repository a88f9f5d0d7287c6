/*
 * read_html.h: the text of an HTML document as a browser shows it,
 * parsed by libxml2's forgiving HTML parser through SAX (no tree, no
 * network): block elements and <br> end lines, table cells are
 * separated by tabs or line ends, runs of white space are one space
 * (but not in <pre>), entities are decoded, and the document's <meta
 * charset> is honoured (a page that names none is read as UTF-8: read.c
 * hands such pages over so).  The head, scripts, styles, templates,
 * noscript content and elements marked hidden are left out.  Used by
 * read.c.  Never prints or exits.
 */
#ifndef GAPCHECK_READ_HTML_H
#define GAPCHECK_READ_HTML_H

#include <stddef.h>

struct diag;
struct xt_sink;

/* Append the text of data[0..len) to sink; 0, or -1 after reporting. */
int	html_read(const void *data, size_t len, const char *name,
	    struct xt_sink *, struct diag *);

/*
 * Whether data[0..len) names its encoding (a charset in a <meta> or an
 * XML declaration's encoding), which libxml2 then honours.
 */
int	html_names_charset(const void *data, size_t len);

#endif
