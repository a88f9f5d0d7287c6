/*
 * extract.h: --extract, the text of each input as the analysis reads
 * it, with no lexicon.  Takes the same inputs as an analysis (files,
 * folders walked, --files-from), skips the same non-documents, and
 * writes the texts in input order, in one of two forms a script can
 * split: text, each document after a "==> NAME <==" line when there
 * may be several, or JSON Lines, one object per input.  Used by main.c.
 */
#ifndef GAPCHECK_EXTRACT_H
#define GAPCHECK_EXTRACT_H

#include <stddef.h>
#include <stdio.h>

#include "read.h"

struct batch_counts;
struct diag;

struct extract_options {
	struct read_options	 read;
	int			 jsonl;		/* else text */
	int			 headers;	/* text: name each document */
	const char		*files_from;	/* or NULL */
	int			 nul;		/* -0 */
	char			**inputs;	/* borrowed */
	int			 ninputs;
};

/*
 * Write every input's text to out; counts as a batch does.  Returns 0,
 * or -1 if out could not be written.
 */
int	extract_run(const struct extract_options *, FILE *out, struct diag *,
	    struct batch_counts *);

#endif
