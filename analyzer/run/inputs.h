/*
 * inputs.h: the inputs of a run, one at a time, in a fixed order: the
 * command line's files, folders walked recursively (names sorted,
 * hidden entries skipped, symbolic link loops detected), "-" for
 * standard input, and the paths of --files-from, one per line or
 * NUL-separated.  Used by batch.c, from one thread at a time.
 */
#ifndef GAPCHECK_INPUTS_H
#define GAPCHECK_INPUTS_H

#include <stddef.h>

struct diag;

struct input {
	char	*path;		/* owned by the caller */
	int	 walked;	/* found in a folder: skip non-documents */
	char	*error;		/* set if it cannot be an input: the message */
};

struct inputs;

/*
 * args: the command line's inputs (borrowed); files_from: a path, "-"
 * or NULL; nul: the list is NUL-separated.  NULL after reporting.
 */
struct inputs	*inputs_new(char **args, int nargs, const char *files_from,
		    int nul, struct diag *);
void		 inputs_free(struct inputs *);

/* The next input; 0 at the end.  Skipped loops are warned about. */
int		 inputs_next(struct inputs *, struct input *, struct diag *);

#endif
