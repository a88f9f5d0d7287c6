/*
 * read_odt.h: the text of an OpenDocument text document (ODT), from its
 * content.xml, streamed: paragraphs and headings are lines, list items
 * lines, table cells separated by tabs or line ends, frames and text
 * boxes read where they are anchored, notes where they are cited.
 * Tracked deletions, comments and ruby readings are left out.  A
 * document saved with a password is refused.  Used by read.c.  Never
 * prints or exits.
 */
#ifndef GAPCHECK_READ_ODT_H
#define GAPCHECK_READ_ODT_H

struct diag;
struct xt_sink;
struct zipread;

/*
 * What the archive's mimetype part says: 1 for an OpenDocument text,
 * 0 for no mimetype part, -1 for another OpenDocument kind (reported,
 * with name the input's name).
 */
int	odt_is_text(struct zipread *zr, const char *name, struct diag *);

/* Append the text of the document in zr to sink; 0, or -1 after reporting. */
int	odt_read(struct zipread *zr, const char *name, struct xt_sink *,
	    struct diag *);

#endif
