/*
 * read_rtf.h: the text of an RTF document as a word processor shows
 * it.  Paragraphs, line, page and section breaks end lines; table
 * cells are separated by tabs and rows end lines, as in a DOCX;
 * \'hh escapes are decoded through the document's or the font's code
 * page and \uN escapes as Unicode, their fallbacks skipped.  Headers
 * are read where they stand, before the body; footnotes and footers
 * after it.  Font, colour, style and list tables, document
 * information, pictures, objects, field instructions, hidden and
 * deleted text, and every destination marked \* that is not known to
 * hold text are left out.  Used by read.c.  Never prints or exits.
 */
#ifndef GAPCHECK_READ_RTF_H
#define GAPCHECK_READ_RTF_H

#include <stddef.h>

struct diag;
struct xt_sink;

/*
 * Append the text of the RTF in data[0..len) (borrowed) to sink, with
 * groups nested at most sink->max_depth deep (0: XT_MAX_DEPTH); name
 * is the input's name, for messages.  *pictures is set to whether the
 * document holds pictures, so that one with nothing else can be told
 * from one that is empty.  0, or -1 after reporting why.
 */
int	rtf_read(const void *data, size_t len, const char *name,
	    struct xt_sink *, int *pictures, struct diag *);

#endif
