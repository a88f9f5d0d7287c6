/*
 * options.c: the option table and what is generated from it.
 */
#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dates.h"
#include "diag.h"
#include "options.h"
#include "read.h"
#include "report.h"
#include "util.h"
#include "xmltext.h"

enum {
	OPT_COLOR = 256,
	OPT_EXPLAIN,
	OPT_EXTRACT,
	OPT_FILES_FROM,
	OPT_SUMMARY,
	OPT_LIST_ROLES,
	OPT_LIST_SKILLS,
	OPT_MAX_DEPTH,
	OPT_MAX_PART,
	OPT_MAX_RATIO,
	OPT_MAX_SIZE,
	OPT_RANK,
	OPT_TODAY,
	OPT_TOP
};

struct option_def {
	const char	*name;
	int		 val;		/* the letter, or an OPT_* */
	const char	*arg;		/* NULL: takes no argument */
	const char	*help;
};

static const struct option_def	defs[] = {
	{ "null", '0', NULL,
	    "names in --files-from end with NUL, as find -print0 writes" },
	{ "against", 'a', "posting",
	    "also compare with the skills this job posting asks for" },
	{ "color", OPT_COLOR, "when",
	    "colour the text report: auto (default), always or never" },
	{ "evidence", 'e', "n",
	    "text report: show up to n evidence lines per skill (2)" },
	{ "explain", OPT_EXPLAIN, NULL,
	    "show every evidence line and the mentions not counted" },
	{ "extract", OPT_EXTRACT, NULL,
	    "print the text of each input and exit (text, jsonl)" },
	{ "files-from", OPT_FILES_FROM, "list",
	    "also read the inputs named in list, one per line (- for stdin)" },
	{ "format", 'f', "format",
	    "text (default), json, jsonl, tsv or csv" },
	{ "help", 'h', NULL, "print this help and exit" },
	{ "jobs", 'j', "n", "analyze with n worker threads (one per core)" },
	{ "lexicon", 'L', "lexicon", "read the role lexicon from this file" },
	{ "list-roles", OPT_LIST_ROLES, NULL,
	    "list the roles in the lexicon path and exit" },
	{ "list-skills", OPT_LIST_SKILLS, NULL,
	    "list the skills whose id, name, spelling or kind\n"
	    "                           holds an operand, and exit" },
	{ "max-depth", OPT_MAX_DEPTH, "n",
	    "deepest nesting of a DOCX, ODT or RTF, up to 255 (200)" },
	{ "max-part", OPT_MAX_PART, "size",
	    "largest a DOCX or ODT part may inflate to (16 x max-size)" },
	{ "max-ratio", OPT_MAX_RATIO, "n",
	    "most a part may inflate, times its compressed size (200)" },
	{ "max-size", OPT_MAX_SIZE, "size",
	    "largest input read, in bytes or with K, M, G (64M)" },
	{ "rank", OPT_RANK, NULL,
	    "with -a: rank the resumes against the posting, best first" },
	{ "role", 'r', "role", "the role to compare against (backend)" },
	{ "stage", 's', "stage", "target stage (default: the next one)" },
	{ "summary", OPT_SUMMARY, NULL,
	    "print one cohort summary instead of a report per input" },
	{ "today", OPT_TODAY, "date",
	    "date ranges ending \"Present\" end at this YYYY-MM-DD" },
	{ "top", OPT_TOP, "n",
	    "text report: list the n most important missing (15; 0: all)" },
	{ "version", 'V', NULL, "print the version and exit" },
	{ NULL, 0, NULL, NULL }
};

void
options_usage(FILE *out)
{
	fputs("usage: gapcheck [-0hV] [-a posting] [-e n] [-f format] "
	    "[-j n] [-L lexicon]\n"
	    "                [-r role] [-s stage] [--color when] [--explain] "
	    "[--extract]\n"
	    "                [--files-from list] [--list-roles]\n"
	    "                [--list-skills [pattern ...]] [--max-depth n] "
	    "[--max-part size]\n"
	    "                [--max-ratio n] [--max-size size] [--rank] "
	    "[--summary]\n"
	    "                [--today date] [--top n] [file ...]\n", out);
}

void
options_help(FILE *out)
{
	const struct option_def	*d;
	char			 left[64];

	options_usage(out);
	fputs("\nCompare a resume with a role's skill lexicon: the skills it "
	    "shows, the\ncareer stage they reach, and what is missing. "
	    "Reads standard input\nwhen no file or - is given.\n\n", out);
	for (d = defs; d->name != NULL; d++) {
		if (d->val < 256)
			snprintf(left, sizeof(left), "-%c, --%s%s%s", d->val,
			    d->name, d->arg ? " " : "", d->arg ? d->arg : "");
		else
			snprintf(left, sizeof(left), "    --%s%s%s", d->name,
			    d->arg ? " " : "", d->arg ? d->arg : "");
		fprintf(out, "  %-24s %s\n", left, d->help);
	}
	fputs("\nExit status: 0 all inputs reported, 1 some input unreadable, "
	    "2 usage error,\n3 lexicon error, 4 system error, 5 every "
	    "unreadable input a scan\n(a PDF, DOCX, ODT or HTML page of "
	    "images without text: run OCR).\nSee gapcheck(1).\n", out);
}

/* "64M" and the like; 0 on success. */
static int
parse_size(const char *s, size_t *out)
{
	char			*end;
	unsigned long long	 v, mult = 1;

	errno = 0;
	if (*s < '0' || *s > '9')
		return -1;
	v = strtoull(s, &end, 10);
	if (errno != 0)
		return -1;
	switch (*end) {
	case 'k': case 'K':
		mult = 1ull << 10;
		end++;
		break;
	case 'm': case 'M':
		mult = 1ull << 20;
		end++;
		break;
	case 'g': case 'G':
		mult = 1ull << 30;
		end++;
		break;
	}
	if (*end != '\0' || v == 0 || v > SIZE_MAX / mult)
		return -1;
	*out = (size_t)(v * mult);
	return 0;
}

int
options_parse(struct options *o, int argc, char **argv, struct diag *diag)
{
	struct option		 longopts[sizeof(defs) / sizeof(defs[0])];
	char			 shortopts[64], *end;
	const struct option_def	*d;
	size_t			 n = 0, k = 0;
	long			 v;
	int			 c;

	memset(o, 0, sizeof(*o));
	o->role = "backend";
	o->format = "text";
	o->max_size = READ_DEFAULT_MAX;
	o->evidence = 2;
	o->top = REPORT_TOP;
	o->today = -1;

	shortopts[k++] = ':';	/* report missing arguments ourselves */
	for (d = defs; d->name != NULL; d++, n++) {
		longopts[n].name = d->name;
		longopts[n].has_arg = d->arg ? required_argument : no_argument;
		longopts[n].flag = NULL;
		longopts[n].val = d->val;
		if (d->val < 256) {
			shortopts[k++] = (char)d->val;
			if (d->arg)
				shortopts[k++] = ':';
		}
	}
	memset(&longopts[n], 0, sizeof(longopts[n]));
	shortopts[k] = '\0';

	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1) {
		switch (c) {
		case '0':
			o->nul = 1;
			break;
		case 'a':
			o->against = optarg;
			break;
		case 'j':
			errno = 0;
			v = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || errno != 0 ||
			    v < 1 || v > 256) {
				diag_error(diag, EXIT_USAGE, NULL, 0,
				    "-j %s: expected a number of workers from "
				    "1 to 256", optarg);
				return -1;
			}
			o->jobs = (int)v;
			break;
		case 'e':
			errno = 0;
			v = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || errno != 0 ||
			    v < 1 || v > 1000) {
				diag_error(diag, EXIT_USAGE, NULL, 0,
				    "--evidence %s: expected a number from 1 "
				    "to 1000", optarg);
				return -1;
			}
			o->evidence = (int)v;
			break;
		case 'f':
			o->format = optarg;
			break;
		case 'h':
			o->help = 1;
			break;
		case 'L':
			o->lexicon = optarg;
			break;
		case 'r':
			o->role = optarg;
			break;
		case 's':
			o->stage = optarg;
			break;
		case 'V':
			o->version = 1;
			break;
		case OPT_COLOR:
			if (strcmp(optarg, "auto") == 0)
				o->color = COLOR_AUTO;
			else if (strcmp(optarg, "always") == 0)
				o->color = COLOR_ALWAYS;
			else if (strcmp(optarg, "never") == 0)
				o->color = COLOR_NEVER;
			else {
				diag_error(diag, EXIT_USAGE, NULL, 0,
				    "--color %s: expected auto, always or "
				    "never", optarg);
				return -1;
			}
			break;
		case OPT_EXPLAIN:
			o->explain = 1;
			break;
		case OPT_EXTRACT:
			o->extract = 1;
			break;
		case OPT_FILES_FROM:
			o->files_from = optarg;
			break;
		case OPT_TOP:
			errno = 0;
			v = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || errno != 0 ||
			    v < 0 || v > 100000) {
				diag_error(diag, EXIT_USAGE, NULL, 0,
				    "--top %s: expected a number from 0 (all) "
				    "to 100000", optarg);
				return -1;
			}
			o->top = (int)v;
			break;
		case OPT_SUMMARY:
			o->summary = 1;
			break;
		case OPT_RANK:
			o->rank = 1;
			break;
		case OPT_LIST_ROLES:
			o->list_roles = 1;
			break;
		case OPT_LIST_SKILLS:
			o->list_skills = 1;
			break;
		case OPT_MAX_DEPTH:
			errno = 0;
			v = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || errno != 0 ||
			    v < 1 || v > XT_DEPTH_CEILING) {
				diag_error(diag, EXIT_USAGE, NULL, 0,
				    "--max-depth %s: expected a number from 1 "
				    "to %d", optarg, XT_DEPTH_CEILING);
				return -1;
			}
			o->max_depth = (int)v;
			break;
		case OPT_MAX_PART:
			if (parse_size(optarg, &o->max_part) != 0) {
				diag_error(diag, EXIT_USAGE, NULL, 0,
				    "--max-part %s: expected a size such as "
				    "1048576, 64M or 2G", optarg);
				return -1;
			}
			break;
		case OPT_MAX_RATIO:
			errno = 0;
			v = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || errno != 0 ||
			    v < 1 || v > 1000000) {
				diag_error(diag, EXIT_USAGE, NULL, 0,
				    "--max-ratio %s: expected a number from 1 "
				    "to 1000000", optarg);
				return -1;
			}
			o->max_ratio = (unsigned)v;
			break;
		case OPT_MAX_SIZE:
			if (parse_size(optarg, &o->max_size) != 0) {
				diag_error(diag, EXIT_USAGE, NULL, 0,
				    "--max-size %s: expected a size such as "
				    "65536, 512K or 64M", optarg);
				return -1;
			}
			break;
		case OPT_TODAY:
			if ((o->today = dates_parse_iso(optarg, NULL)) < 0) {
				diag_error(diag, EXIT_USAGE, NULL, 0,
				    "--today %s: expected a date such as "
				    "2026-11-01", optarg);
				return -1;
			}
			break;
		case ':':
			diag_error(diag, EXIT_USAGE, NULL, 0,
			    "%s: needs an argument", argv[optind - 1]);
			return -1;
		default:
			if (optopt != 0 && optopt < 256)
				diag_error(diag, EXIT_USAGE, NULL, 0,
				    "-%c: unknown option", optopt);
			else
				diag_error(diag, EXIT_USAGE, NULL, 0,
				    "%s: unknown option", argv[optind - 1]);
			return -1;
		}
	}
	if (o->rank && o->against == NULL) {
		diag_error(diag, EXIT_USAGE, NULL, 0, "--rank: name the posting "
		    "to rank against with -a");
		return -1;
	}
	if (o->rank && o->summary) {
		diag_error(diag, EXIT_USAGE, NULL, 0, "--rank and --summary: "
		    "choose one");
		return -1;
	}
	o->inputs = argv + optind;
	o->ninputs = argc - optind;
	return 0;
}
