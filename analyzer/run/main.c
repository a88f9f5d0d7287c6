/*
 * main.c: gapcheck's command line.  Parses options, loads the lexicon,
 * then for each input: read -> analyze -> report.  An input that cannot
 * be read is reported and counted, and the others still run.  The only
 * place that exits, besides util.c on exhaustion.
 */
#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "batch.h"
#include "diag.h"
#include "extract.h"
#include "lexicon.h"
#include "listing.h"
#include "options.h"
#include "posting.h"
#include "read.h"
#include "report.h"
#include "roles.h"
#include "util.h"

#ifndef VERSION
#define VERSION	"unknown"
#endif

static int
use_color(enum color_when when)
{
	const char	*nc;

	if (when != COLOR_AUTO)
		return when == COLOR_ALWAYS;
	nc = getenv("NO_COLOR");
	return (nc == NULL || *nc == '\0') && isatty(STDOUT_FILENO);
}

/* Whether the run may analyze more than one resume. */
static int
many_inputs(const struct options *o)
{
	struct stat	st;

	if (o->files_from != NULL || o->ninputs > 1)
		return 1;
	return o->ninputs == 1 && stat(o->inputs[0], &st) == 0 &&
	    S_ISDIR(st.st_mode);
}

static int
cores(void)
{
	long	n = sysconf(_SC_NPROCESSORS_ONLN);

	return n < 1 ? 1 : n > 64 ? 64 : (int)n;
}

static int
current_month(void)
{
	time_t		now = time(NULL);
	struct tm	tm;

	gmtime_r(&now, &tm);
	return (tm.tm_year + 1900) * 12 + tm.tm_mon;
}

/* Every stage id, for "unknown stage" messages. */
static void
stage_ids(const struct lexicon *lx, char *out, size_t cap)
{
	size_t	i, n = 0;

	out[0] = '\0';
	for (i = 0; i < lx->nstages && n + 2 < cap; i++)
		n += (size_t)snprintf(out + n, cap - n, "%s%s", i ? ", " : "",
		    lx->stages[i].id);
}

/* The limits on each input the options give. */
static void
read_limits(const struct options *o, struct read_options *ro)
{
	memset(ro, 0, sizeof(*ro));
	ro->max_size = o->max_size;
	ro->max_part = o->max_part;
	ro->max_ratio = o->max_ratio;
	ro->max_depth = o->max_depth;
}

/*
 * The last word on a batch: how many inputs could not be read, and how
 * many files met in folders were no documents.  A run that found no
 * document at all fails: an empty report must not pass for a clean one.
 */
static void
batch_outcome(const struct options *o, const struct batch_counts *c,
    struct diag *diag)
{
	char	skipped[96] = "";

	if (c->skipped > 0)
		snprintf(skipped, sizeof(skipped), "%zu file%s skipped: not "
		    "%sdocument%s", c->skipped, c->skipped == 1 ? "" : "s",
		    c->skipped == 1 ? "a " : "", c->skipped == 1 ? "" : "s");
	if (c->inputs == 0 && (c->skipped > 0 || o->ninputs > 0))
		diag_error(diag, EXIT_INPUT, o->ninputs == 1 ?
		    o->inputs[0] : NULL, 0, "no document found%s%s%s",
		    *skipped ? " (" : "", skipped, *skipped ? ")" : "");
	else if (c->failed > 0 && c->inputs > 1)
		/* Scans alone keep their own status; see diag.h. */
		diag_error(diag, diag->status == EXIT_NOTEXT ? EXIT_NOTEXT :
		    EXIT_INPUT, NULL, 0, "%zu of %zu inputs could not be "
		    "read%s%s", c->failed, c->inputs, *skipped ? "; " : "",
		    skipped);
	else if (c->skipped > 0)
		diag_warning(diag, NULL, 0, "%zu input%s read; %s", c->inputs,
		    c->inputs == 1 ? "" : "s", skipped);
}

/* --extract: the text of each input, as the analysis would read it. */
static void
extract(const struct options *o, char **stdin_only, struct diag *diag)
{
	struct extract_options	eo;
	struct batch_counts	counts;

	memset(&eo, 0, sizeof(eo));
	if (strcmp(o->format, "text") == 0)
		eo.jsonl = 0;
	else if (strcmp(o->format, "jsonl") == 0)
		eo.jsonl = 1;
	else {
		diag_error(diag, EXIT_USAGE, NULL, 0, "--extract writes text "
		    "or jsonl, not %s", o->format);
		return;
	}
	read_limits(o, &eo.read);
	eo.headers = many_inputs(o);
	eo.files_from = o->files_from;
	eo.nul = o->nul;
	eo.inputs = o->ninputs > 0 || o->files_from != NULL ?
	    o->inputs : stdin_only;
	eo.ninputs = o->ninputs > 0 || o->files_from != NULL ?
	    o->ninputs : 1;
	if (extract_run(&eo, stdout, diag, &counts) == 0)
		batch_outcome(o, &counts, diag);
}

/* Flush and close standard output; a lost report is an error. */
static void
close_stdout(struct diag *diag)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		diag_error(diag, EXIT_SYSTEM, "standard output", 0, "%s",
		    strerror(errno ? errno : EIO));
		fclose(stdout);
		return;
	}
	if (fclose(stdout) != 0)
		diag_error(diag, EXIT_SYSTEM, "standard output", 0, "%s",
		    strerror(errno));
}

int
main(int argc, char *argv[])
{
	static char			 dash[] = "-";
	static char			*stdin_only[] = { dash };
	struct diag			 diag;
	struct options			 opts;
	struct batch_options		 bo;
	struct batch_counts		 counts;
	const struct report_backend	*be;
	struct lexicon			*lx = NULL;
	struct posting			*posting = NULL;
	char				*path = NULL, ids[256];
	size_t				 target = LEX_NONE;

	diag_init(&diag, stderr);
	if (options_parse(&opts, argc, argv, &diag) != 0) {
		options_usage(stderr);
		return EXIT_USAGE;
	}
	if (opts.help) {
		options_help(stdout);
		close_stdout(&diag);
		return diag.status;
	}
	if (opts.version) {
		printf("gapcheck %s\n", VERSION);
		close_stdout(&diag);
		return diag.status;
	}
	if (opts.list_roles) {
		if (roles_list(stdout) == 0)
			diag_error(&diag, EXIT_LEXICON, NULL, 0, "no roles "
			    "found in the lexicon path");
		close_stdout(&diag);
		return diag.status;
	}
	if ((be = report_find(opts.format)) == NULL) {
		diag_error(&diag, EXIT_USAGE, NULL, 0, "--format %s: unknown "
		    "format (%s)", opts.format, report_names());
		return EXIT_USAGE;
	}
	if (opts.ninputs == 0 && opts.files_from == NULL && !opts.list_skills &&
	    isatty(STDIN_FILENO)) {
		diag_error(&diag, EXIT_USAGE, NULL, 0, "no input: name a "
		    "resume file, or - to read standard input");
		options_usage(stderr);
		return EXIT_USAGE;
	}

	if (opts.extract) {
		extract(&opts, stdin_only, &diag);
		close_stdout(&diag);
		return diag.status;
	}

	if (opts.lexicon != NULL)
		lx = lexicon_load(opts.lexicon, &diag);
	else if ((path = roles_find(opts.role, &diag)) != NULL)
		lx = lexicon_load(path, &diag);
	free(path);
	if (lx == NULL)
		return diag.status;

	if (opts.list_skills) {
		if (listing_skills(lx, opts.inputs, opts.ninputs, stdout) == 0)
			diag_error(&diag, EXIT_INPUT, NULL, 0, "no skill "
			    "matches %s%s", opts.inputs[0],
			    opts.ninputs > 1 ? " or the other patterns" : "");
		goto out;
	}
	if (opts.stage != NULL &&
	    (target = lexicon_stage_index(lx, opts.stage)) == LEX_NONE) {
		stage_ids(lx, ids, sizeof(ids));
		diag_error(&diag, EXIT_USAGE, NULL, 0,
		    "--stage %s: unknown stage (%s)", opts.stage, ids);
		goto out;
	}

	memset(&bo, 0, sizeof(bo));
	bo.backend = be;
	read_limits(&opts, &bo.read);
	bo.report.color = use_color(opts.color);
	bo.report.evidence = opts.evidence;
	bo.report.top = opts.top;
	bo.report.explain = opts.explain;
	bo.jobs = opts.jobs > 0 ? opts.jobs : cores();
	bo.target = target;
	bo.today = opts.today >= 0 ? opts.today : current_month();
	bo.files_from = opts.files_from;
	bo.nul = opts.nul;
	bo.summary = opts.summary;
	bo.rank = opts.rank;
	bo.progress = isatty(STDERR_FILENO);
	bo.inputs = opts.ninputs > 0 || opts.files_from != NULL ?
	    opts.inputs : stdin_only;
	bo.ninputs = opts.ninputs > 0 || opts.files_from != NULL ?
	    opts.ninputs : 1;
	if (opts.against != NULL) {
		posting = posting_load(opts.against, lx, &bo.read, bo.today,
		    &diag);
		if (posting == NULL)
			goto out;	/* said why; no resume is compared */
		bo.posting = posting;
	}

	if (many_inputs(&opts))
		lexicon_jit(lx);
	if (batch_run(&bo, lx, stdout, &diag, &counts) != 0)
		goto out;	/* close_stdout says why */
	batch_outcome(&opts, &counts, &diag);
out:
	close_stdout(&diag);
	posting_free(posting);
	lexicon_free(lx);
	return diag.status;
}
