/*
 * xmltext.h: what the document readers share.  A text sink that turns
 * paragraphs, cells and breaks into lines, tabs and spaces without ever
 * merging two words; and a safe streaming XML reader for one part of a
 * document: no network, no entity expansion (an entity reference is
 * left out, never fetched or expanded), no "huge" mode, and at most
 * the sink's max_depth nested elements (XT_MAX_DEPTH unless set).
 * libxml2's errors go to the struct diag, one message per part.  Used
 * by read.c, read_docx.c, read_odt.c and read_html.c.  Never prints or
 * exits.
 */
#ifndef GAPCHECK_XMLTEXT_H
#define GAPCHECK_XMLTEXT_H

#include <stddef.h>

#include <libxml/xmlreader.h>

#include "util.h"

struct diag;
struct zippart;

/*
 * Deeper nesting is refused unless --max-depth says more.  Word
 * processors stay far below it (a table in a table adds four levels);
 * it stays under libxml2's own limit so the message is ours.
 * libxml2 stops at 256 levels unless in its "huge" mode, which lifts
 * its other limits too and which gapcheck never asks for; 255 is the
 * deepest whose refusal is still ours.  XT_DEPTH_CEILING is the most
 * --max-depth may raise the limit to, and what the readers' stacks are
 * sized for.
 */
#define XT_MAX_DEPTH		200
#define XT_DEPTH_CEILING	255

/* Separators, weakest first: a stronger one owed replaces a weaker. */
enum xt_sep {
	XT_NONE,
	XT_SPACE,
	XT_TAB,
	XT_LINE,		/* a line end */
	XT_BLANK		/* a line end and an empty line */
};

struct xt_sink {
	struct buf	 out;
	size_t		 max;		/* text cap, bytes */
	int		 pending;	/* enum xt_sep owed before more text */
	int		 full;		/* the text reached max */
	int		 in_space;	/* xt_collapse: last byte was space */
	int		 max_depth;	/* XML nesting read; 0: XT_MAX_DEPTH */
	unsigned long	 pictures;	/* images met: with no text, a scan */
};

void	 xt_init(struct xt_sink *, size_t max);
/* Text as written (a '\n' in it ends a line). */
void	 xt_text(struct xt_sink *, const char *, size_t);
/* Text whose runs of white space show as one space (HTML, ODF). */
void	 xt_collapse(struct xt_sink *, const char *, size_t);
/* At least sep before the next text; none at the start. */
void	 xt_sep(struct xt_sink *, int sep);
/*
 * Table cells: xt_cell_begin() gives a mark for xt_cell_end(), which
 * owes a tab after a cell that had text (replacing the line end of its
 * last paragraph), so a row of one-paragraph cells is one line.
 */
size_t	 xt_cell_begin(const struct xt_sink *);
void	 xt_cell_end(struct xt_sink *, size_t mark);
/*
 * The text, ending in '\n', owned by the caller (NULL if there is none);
 * the sink is left empty.
 */
char	*xt_finish(struct xt_sink *, size_t *len);
void	 xt_free(struct xt_sink *);

/*
 * Load and initialize libxml2 once, whichever thread comes first: the
 * batch reads documents in worker threads, and libxml2 must not
 * initialize in two at once.  0, or -1 after reporting that doc cannot
 * be read without it.  xt_xml_open() calls it; the readers that use
 * libxml2 otherwise call it first.
 */
int		 xt_libxml_init(struct diag *, const char *doc);

struct xt_xml;				/* opaque; one part being parsed */

/*
 * Parse the zip part zp (borrowed), with at most max_depth nested
 * elements (0: XT_MAX_DEPTH; never over XT_DEPTH_CEILING); doc is the
 * input's name.  NULL after reporting why.
 */
struct xt_xml	*xt_xml_open(struct zippart *zp, const char *doc,
		    int max_depth, struct diag *);
/*
 * Move to the next node (skip: past the current node's subtree).
 * 1: at a node; 0: the end; -1: an error, already reported.
 */
int		 xt_xml_next(struct xt_xml *, int skip);
xmlTextReaderPtr xt_xml_reader(struct xt_xml *);
/* Close; warns once if libxml2 complained without stopping. */
void		 xt_xml_close(struct xt_xml *);

/*
 * libxml2's complaints about one part, gathered so that a part gives
 * one message, not a flood: the first one, and how many followed.
 */
struct xt_errors {
	struct diag	*diag;
	const char	*doc;		/* borrowed: the input's name */
	const char	*part;		/* borrowed: the part, or NULL */
	unsigned	 count;
	int		 deep;		/* libxml2 stopped at its depth limit */
	int		 line;		/* of the first, in the part */
	char		 first[160];
};

/* Gather libxml2's errors into e until xt_errors_end(). */
void		 xt_errors_begin(struct xt_errors *e, struct diag *,
		    const char *doc, const char *part);
/*
 * Stop gathering and report: as an error if fatal (the part could not
 * be read), else as one warning if libxml2 complained at all.
 */
void		 xt_errors_end(struct xt_errors *e, int fatal);

#endif
