/*
 * report.h: write analyses in one of the output formats.  Every format
 * is a back end with the same steps: a header before the first record,
 * one record per input (a report, or an error for an input that could
 * not be read), a footer.  Back ends keep no state between records, so
 * worker threads can render records in any order and the writer puts
 * them out in input order.  Adding a format touches neither scoring
 * nor main.c.
 */
#ifndef GAPCHECK_REPORT_H
#define GAPCHECK_REPORT_H

#include <stddef.h>
#include <stdio.h>

struct analysis;
struct lexicon;

/*
 * Missing requirements the text report lists by default: the heaviest,
 * which move a person most toward the target; JSON lists them all.
 */
#define REPORT_TOP	15

struct report_options {
	int	color;		/* use terminal colours */
	int	evidence;	/* text: how many evidence lines per skill */
	int	top;		/* text: missing requirements listed; 0: all */
	int	explain;	/* every evidence line, and rejected mentions */
};

struct report_backend {
	const char	*name;
	/* Before the first record, or NULL. */
	void	(*header)(FILE *, const struct lexicon *);
	/* One record; index counts records from 0. */
	void	(*emit)(FILE *, const struct analysis *,
		    const struct report_options *, size_t index);
	/* An input that could not be read, or NULL: stderr says it. */
	void	(*error)(FILE *, const struct lexicon *, const char *input,
		    const char *message, size_t index);
	/* After the last record, or NULL. */
	void	(*footer)(FILE *);
};

extern const struct report_backend	report_text;
extern const struct report_backend	report_json;
extern const struct report_backend	report_jsonl;
extern const struct report_backend	report_tsv;
extern const struct report_backend	report_csv;

/* One TSV field (tabs and line ends become spaces), or a CSV one (quoted). */
void	report_field(FILE *, int csv, const char *, size_t);

/* The back end called name, or NULL. */
const struct report_backend	*report_find(const char *name);
/* Format names for messages: "text, json, ...". */
const char			*report_names(void);

#endif
