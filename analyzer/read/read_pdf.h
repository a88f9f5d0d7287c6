/*
 * read_pdf.h: the text of a PDF document in reading order, with
 * poppler-glib.  Poppler gives each character and its box; this module
 * groups them into lines, finds columns (a sidebar beside the main
 * text is read whole, then the main text, never line by line across),
 * reads page headers and footers that repeat on every page once, and
 * joins words hyphenated at a line end.  Pages are separated by a
 * blank line, and the line each page starts on is kept for the
 * reports.  Used by read.c.  Never prints or exits: poppler's own
 * messages are caught and at most become the detail of an error.
 */
#ifndef GAPCHECK_READ_PDF_H
#define GAPCHECK_READ_PDF_H

#include <stddef.h>

struct diag;
struct doc;

/*
 * Fill doc's text and page starts from the PDF in data[0..len)
 * (borrowed), in at most max bytes of text; 0, or -1 after reporting
 * why: encrypted with a user password, damaged, no text layer (exit
 * status EXIT_NOTEXT), or text over the cap.
 */
int	pdf_read(const void *data, size_t len, size_t max, struct doc *,
	    struct diag *);

#endif
