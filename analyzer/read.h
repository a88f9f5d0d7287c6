/*
 * read.h: read one input (a path, or "-" for standard input) whole,
 * under a size cap, and turn it into valid UTF-8 text with '\n' line
 * ends: the document every later step works on.  Evidence line numbers
 * are lines of this text.  Used by main.c and analyze.c.
 */
#ifndef GAPCHECK_READ_H
#define GAPCHECK_READ_H

#include <stddef.h>

struct diag;

/* Inputs larger than this are refused unless --max-size says more. */
#define READ_DEFAULT_MAX	(64u << 20)

struct doc {
	char		*input;		/* as given: a path, or "-" */
	char		*name;		/* for messages: path or "standard input" */
	const char	*format;	/* "text" */
	char		*text;		/* valid UTF-8, NUL-terminated */
	size_t		 len;
};

struct read_options {
	size_t	max_size;		/* bytes */
};

/* New document owned by the caller, or NULL after reporting why. */
struct doc	*doc_read(const char *input, const struct read_options *,
		    struct diag *);
/* The same from bytes already in memory (borrowed). */
struct doc	*doc_from_memory(const char *input, const void *data,
		    size_t len, struct diag *);
void		 doc_free(struct doc *);	/* accepts NULL */

#endif
