/*
 * batch.h: run every input of a command line through worker threads and
 * write the records in input order, so the output is byte for byte the
 * same whatever the number of workers.  Memory stays bounded: at most a
 * fixed window of inputs is in flight.  Also the cohort summary, the
 * ranking against a posting (rank.h) and the progress line.  Used by
 * main.c.
 */
#ifndef GAPCHECK_BATCH_H
#define GAPCHECK_BATCH_H

#include <stddef.h>
#include <stdio.h>

#include "read.h"
#include "report.h"

struct diag;
struct lexicon;
struct posting;

struct batch_options {
	const struct report_backend	*backend;
	struct report_options		 report;
	struct read_options		 read;
	int				 jobs;		/* worker threads */
	size_t				 target;	/* stage, or LEX_NONE */
	int				 today;		/* months */
	const struct posting		*posting;	/* or NULL */
	const char			*files_from;	/* or NULL */
	int				 nul;		/* -0 */
	int				 summary;	/* --summary */
	int				 rank;		/* --rank: needs posting */
	int				 progress;	/* on stderr */
	char				**inputs;
	int				 ninputs;
};

struct batch_counts {
	size_t	inputs;		/* records out */
	size_t	failed;		/* of them, errors */
	size_t	skipped;	/* non-documents met in folders */
};

/*
 * Run the batch, writing to out; diagnostics go to diag in input
 * order.  Returns 0, or -1 if out could not be written.
 */
int	batch_run(const struct batch_options *, const struct lexicon *,
	    FILE *out, struct diag *, struct batch_counts *);

#endif
