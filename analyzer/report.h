/*
 * report.h: write analyses in one of the output formats.  Every format
 * is a back end with the same three steps (open, emit one input,
 * close), so a new format touches neither scoring nor main.c.
 */
#ifndef GAPCHECK_REPORT_H
#define GAPCHECK_REPORT_H

#include <stdio.h>

struct analysis;

struct report_options {
	int	color;		/* use terminal colours */
	int	evidence;	/* text: how many evidence lines per skill */
	int	explain;	/* every evidence line, and rejected mentions */
};

struct report;

struct report_backend {
	const char	*name;
	void		*(*open)(FILE *, const struct report_options *);
	/* 0 on success, -1 if the output could not be written. */
	int		 (*emit)(void *, FILE *, const struct analysis *);
	int		 (*close)(void *, FILE *);
};

extern const struct report_backend	report_text;
extern const struct report_backend	report_json;

/* The back end called name, or NULL. */
const struct report_backend	*report_find(const char *name);
/* Format names for messages: "text, json". */
const char			*report_names(void);

struct report	*report_open(const struct report_backend *, FILE *,
		    const struct report_options *);
int		 report_emit(struct report *, const struct analysis *);
int		 report_close(struct report *);	/* frees it */

#endif
