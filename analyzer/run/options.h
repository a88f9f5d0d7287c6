/*
 * options.h: the command line.  One table in options.c gives each
 * option's long name, letter, argument and help line, and generates
 * both the getopt_long tables and --help, so they cannot disagree.
 * Used by main.c.
 */
#ifndef GAPCHECK_OPTIONS_H
#define GAPCHECK_OPTIONS_H

#include <stddef.h>
#include <stdio.h>

struct diag;

enum color_when { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };

struct options {
	const char	*role;		/* -r */
	const char	*stage;		/* -s, or NULL */
	const char	*format;	/* -f */
	const char	*lexicon;	/* -L, or NULL */
	const char	*against;	/* -a posting, or NULL */
	enum color_when	 color;
	size_t		 max_size;	/* bytes */
	size_t		 max_part;	/* bytes; 0: 16 times max_size */
	unsigned	 max_ratio;	/* 0: the default */
	int		 max_depth;	/* 0: the default */
	int		 evidence;	/* evidence lines per skill, text */
	int		 top;		/* missing listed, text; 0: all */
	int		 explain;	/* every evidence, rejected mentions */
	int		 extract;	/* print the text read, nothing else */
	int		 today;		/* months, for "Present"; -1: now */
	int		 jobs;		/* -j; 0: one per core */
	const char	*files_from;	/* --files-from, or NULL */
	int		 nul;		/* -0 */
	int		 summary;	/* --summary */
	int		 rank;		/* --rank */
	int		 help;
	int		 version;
	int		 list_roles;
	int		 list_skills;
	char		**inputs;	/* borrowed from argv */
	int		 ninputs;
};

/* Fill opts from argv; 0 on success, -1 after reporting a usage error. */
int	options_parse(struct options *opts, int argc, char **argv,
	    struct diag *);
void	options_usage(FILE *);
void	options_help(FILE *);

#endif
