/*
 * read.h: read one input (a path, or "-" for standard input), tell what
 * it is from its content, and turn it into valid UTF-8 text with '\n'
 * line ends: the document every later step works on, and what
 * --extract prints.  Plain text (UTF-8, UTF-16, or Windows-1252 when it
 * is not UTF-8 and reads as that), DOCX, ODT, HTML, RTF and PDF are
 * read; other formats are refused with a message saying what they are.
 * Evidence line numbers are lines of this text.  Used by main.c
 * and analyze.c.
 */
#ifndef GAPCHECK_READ_H
#define GAPCHECK_READ_H

#include <stddef.h>
#include <stdint.h>

struct diag;

/* Inputs larger than this are refused unless --max-size says more. */
#define READ_DEFAULT_MAX	(64u << 20)
/*
 * A part of a DOCX or ODT archive may inflate to this many times the
 * input cap (unless --max-part says otherwise), and to no more than
 * READ_RATIO_MAX times its compressed size (--max-ratio) once past
 * READ_RATIO_FLOOR bytes: real documents stay under 100 to 1, zip bombs
 * reach 1000 to 1.
 */
#define READ_PART_FACTOR	16
#define READ_RATIO_MAX		200
#define READ_RATIO_FLOOR	(1u << 20)

struct doc {
	char		*input;		/* as given: a path, or "-" */
	char		*name;		/* for messages: path or "standard input" */
	const char	*format;	/* text, docx, odt, html, rtf, pdf */
	const char	*encoding;	/* "Windows-1252" if guessed, or NULL */
	char		*text;		/* valid UTF-8, NUL-terminated */
	size_t		 len;
	unsigned long	*pages;		/* PDF: the line each page starts on */
	size_t		 npages;	/* 0: a document without pages */
};

/* The limits on one input; 0 in any but max_size means the default. */
struct read_options {
	size_t		max_size;	/* bytes: the input, and its text */
	uint64_t	max_part;	/* bytes an archive part inflates to */
	unsigned	max_ratio;	/* a part's inflated / compressed */
	int		max_depth;	/* XML nesting, at most 255 */
};

/* New document owned by the caller, or NULL after reporting why. */
struct doc	*doc_read(const char *input, const struct read_options *,
		    struct diag *);
/* The same from bytes already in memory (borrowed). */
struct doc	*doc_from_memory(const char *input, const void *data,
		    size_t len, struct diag *);
struct doc	*doc_from_bytes(const char *input, const void *data,
		    size_t len, const struct read_options *, struct diag *);
void		 doc_free(struct doc *);	/* accepts NULL */

/* The page (from 1) that line is on, or 0 in a document without pages. */
unsigned long	 doc_page(const struct doc *, unsigned long line);

/*
 * Whether the file at path is plainly no document (a picture, binary
 * data): what a folder walk skips when it cannot be read.
 */
int		 doc_not_a_document(const char *path);

#endif
