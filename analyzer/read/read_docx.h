/*
 * read_docx.h: the text of a DOCX document (Office Open XML word
 * processing, Transitional or Strict), as a careful reader would read
 * it, in this order: the headers, the body, the footnotes, the
 * endnotes, then the footers.  Paragraphs are lines; table cells are
 * separated by tabs or line ends; text boxes are read once; fields show
 * their result; tracked changes read as accepted; hidden text, comments
 * and ruby readings are left out.  Every XML part is streamed, never
 * held whole.  Used by read.c.  Never prints or exits.
 */
#ifndef GAPCHECK_READ_DOCX_H
#define GAPCHECK_READ_DOCX_H

struct diag;
struct xt_sink;
struct zipread;

/*
 * Whether zr looks like an Office Open XML package (it has a
 * [Content_Types].xml or a _rels/.rels part).
 */
int	docx_is_package(struct zipread *zr);

/*
 * Append the text of the document in zr to sink; 0, or -1 after
 * reporting why.  name is the input's name, for messages.
 */
int	docx_read(struct zipread *zr, const char *name, struct xt_sink *,
	    struct diag *);

#endif
