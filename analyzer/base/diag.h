/*
 * diag.h: format every message gapcheck prints on stderr, and remember
 * the worst outcome as the exit status.  Used by every module that can
 * meet a problem; only diag.c writes messages.
 *
 *	gapcheck: WHERE[:LINE]: [warning: ]what happened[: detail]
 */
#ifndef GAPCHECK_DIAG_H
#define GAPCHECK_DIAG_H

#include <stdio.h>

/*
 * Exit statuses; the worse outcome wins.  A larger number is worse,
 * but for EXIT_NOTEXT, which ranks between EXIT_OK and EXIT_INPUT: it
 * says that every input that could not be read was a scan.
 */
#define EXIT_OK		0	/* every input read and reported */
#define EXIT_INPUT	1	/* some input could not be read */
#define EXIT_USAGE	2	/* bad option or argument */
#define EXIT_LEXICON	3	/* the lexicon did not load */
#define EXIT_SYSTEM	4	/* out of memory, output not written */
#define EXIT_NOTEXT	5	/* a scan, pictures without text: OCR it */

struct diag {
	FILE		*out;		/* borrowed; stderr in gapcheck */
	int		 status;	/* worst EXIT_* seen so far */
	unsigned	 nerrors;
	unsigned	 nwarnings;
	char		 last[512];	/* the last error's message alone */
};

void	diag_init(struct diag *, FILE *out);

/* Raise d's exit status to status if that is worse. */
void	diag_raise(struct diag *, int status);

/*
 * Report an error at where (a file name or NULL) and line (0: none),
 * raising the exit status to at least status.
 */
void	diag_error(struct diag *, int status, const char *where,
	    unsigned long line, const char *fmt, ...)
	    __attribute__((format(printf, 5, 6)));
void	diag_warning(struct diag *, const char *where, unsigned long line,
	    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

#endif
