/*
 * progress.h: the progress line a batch draws on a terminal's standard
 * error: inputs done, and once their number is known, the total, the
 * rate and the time left.  The total is counted by a census thread
 * that walks the same inputs ahead of the workers (folders and a
 * --files-from file; a list on standard input is known only at its
 * end).  The line is erased at the end and when SIGINT or SIGTERM
 * stops the run.  Used by batch.c; draws nothing it was not asked to.
 */
#ifndef GAPCHECK_PROGRESS_H
#define GAPCHECK_PROGRESS_H

#include <stddef.h>

struct progress;

/*
 * Start counting the inputs given as to inputs_new(); args borrowed
 * until progress_end().  Never NULL.
 */
struct progress	*progress_start(char **args, int nargs,
		    const char *files_from, int nul);

/*
 * done of the inputs are through; taken were handed out, and all of
 * them once exhausted.  Redraws at most four times a second, and only
 * after the first second.
 */
void		 progress_update(struct progress *, size_t done, size_t taken,
		    int exhausted);

/* Erase the line before a message; the next update redraws it. */
void		 progress_erase(struct progress *);	/* accepts NULL */

/* Stop the census, erase the line, and free; accepts NULL. */
void		 progress_end(struct progress *);

#endif
