/*
 * report_table.c: TSV and CSV, one row per input under a header row, for
 * spreadsheets and cut/awk.  Columns: input, error, role, stage_reached,
 * target_stage, stage_by_experience, experience_years, one coverage
 * column per stage, skills (the role's found, space-separated ids),
 * implied, missing (the five heaviest), match_rate (with --against),
 * also_shows (technologies found that the role does not ask for).  A row for
 * an input that could not be read has its error and nothing else.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "analyze.h"
#include "lexicon.h"
#include "read.h"
#include "report.h"
#include "util.h"

#define TABLE_MISSING	5	/* missing ids per row */

struct dialect {
	char	sep;
	void	(*field)(FILE *, const char *, size_t);
};

/* TSV: tabs and line ends cannot be escaped, so they become spaces. */
static void
tsv_field(FILE *out, const char *s, size_t len)
{
	size_t	i;

	for (i = 0; i < len; i++)
		fputc(s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' :
		    s[i], out);
}

/* CSV (RFC 4180): quote a field holding a separator, quote or line end. */
static void
csv_field(FILE *out, const char *s, size_t len)
{
	size_t	i;

	if (strcspn(s, ",\"\r\n") >= len) {
		fwrite(s, 1, len, out);
		return;
	}
	fputc('"', out);
	for (i = 0; i < len; i++) {
		if (s[i] == '"')
			fputc('"', out);
		fputc(s[i], out);
	}
	fputc('"', out);
}

void
report_field(FILE *out, int csv, const char *s, size_t len)
{
	if (csv)
		csv_field(out, s, len);
	else
		tsv_field(out, s, len);
}

static const struct dialect	tsv = { '\t', tsv_field };
static const struct dialect	csv = { ',', csv_field };

static void
put(FILE *out, const struct dialect *d, const char *s, int last)
{
	d->field(out, s, strlen(s));
	fputc(last ? '\n' : d->sep, out);
}

static void
header(FILE *out, const struct lexicon *lx, const struct dialect *d)
{
	char	name[128];
	size_t	i;

	put(out, d, "input", 0);
	put(out, d, "error", 0);
	put(out, d, "role", 0);
	put(out, d, "stage_reached", 0);
	put(out, d, "target_stage", 0);
	put(out, d, "stage_by_experience", 0);
	put(out, d, "experience_years", 0);
	for (i = 0; i < lx->nstages; i++) {
		snprintf(name, sizeof(name), "coverage_%s", lx->stages[i].id);
		put(out, d, name, 0);
	}
	put(out, d, "skills", 0);
	put(out, d, "implied", 0);
	put(out, d, "missing", 0);
	put(out, d, "match_rate", 0);
	put(out, d, "also_shows", 1);
}

/*
 * The ids of the skills in state, space-separated, into one field: the
 * role's skills, or (in_role 0) the technologies it does not ask for.
 */
static void
put_ids(FILE *out, const struct dialect *d, const struct analysis *a,
    int state, int in_role, int last)
{
	struct buf	ids = { 0 };
	size_t		i;

	for (i = 0; i < a->lx->nskills; i++)
		if (a->findings->state[i] == state &&
		    lexicon_in_role(a->lx, i) == in_role) {
			if (ids.len > 0)
				buf_addc(&ids, ' ');
			buf_adds(&ids, a->lx->skills[i].id);
		}
	d->field(out, ids.data != NULL ? ids.data : "", ids.len);
	fputc(last ? '\n' : d->sep, out);
	buf_free(&ids);
}

static void
put_missing_ids(FILE *out, const struct dialect *d, const struct analysis *a)
{
	const struct lexicon		*lx = a->lx;
	const struct lex_requirement	*req;
	char				 ids[1024];
	size_t				 i, n = 0;

	ids[0] = '\0';
	for (i = 0; i < a->score->nmissing && i < TABLE_MISSING; i++) {
		req = &lx->reqs[a->score->missing[i]];
		n += (size_t)snprintf(ids + n, sizeof(ids) - n, "%s%s",
		    n ? " " : "", req->is_group ? lx->groups[req->index].id :
		    lx->skills[req->index].id);
		if (n >= sizeof(ids))
			break;
	}
	put(out, d, ids, 0);
}

static void
row(FILE *out, const struct analysis *a, const struct dialect *d)
{
	const struct lexicon	*lx = a->lx;
	const struct score	*sc = a->score;
	char			 num[32];
	size_t			 i;

	put(out, d, a->doc->input, 0);
	put(out, d, "", 0);
	put(out, d, lx->role, 0);
	put(out, d, sc->reached == LEX_NONE ? "" :
	    lx->stages[sc->reached].id, 0);
	put(out, d, lx->stages[sc->target].id, 0);
	put(out, d, a->experience->stage == LEX_NONE ? "" :
	    lx->stages[a->experience->stage].id, 0);
	if (a->experience->years >= 0)
		snprintf(num, sizeof(num), "%.1f",
		    experience_tenths(a->experience->years));
	else
		num[0] = '\0';
	put(out, d, num, 0);
	for (i = 0; i < lx->nstages; i++) {
		snprintf(num, sizeof(num), "%.4f",
		    round(sc->stages[i].coverage * 10000) / 10000);
		put(out, d, num, 0);
	}
	put_ids(out, d, a, SKILL_FOUND, 1, 0);
	put_ids(out, d, a, SKILL_IMPLIED, 1, 0);
	put_missing_ids(out, d, a);
	if (a->match != NULL && a->posting->total > 0)
		snprintf(num, sizeof(num), "%.4f",
		    round(a->match->rate * 10000) / 10000);
	else
		num[0] = '\0';
	put(out, d, num, 0);
	put_ids(out, d, a, SKILL_FOUND, 0, 1);
}

static void
error_row(FILE *out, const struct lexicon *lx, const char *input,
    const char *message, const struct dialect *d)
{
	size_t	i, ncols = 11 + lx->nstages;

	put(out, d, input, 0);
	put(out, d, message, 0);
	for (i = 2; i < ncols; i++)
		put(out, d, "", i + 1 == ncols);
}

static void
tsv_header(FILE *out, const struct lexicon *lx)
{
	header(out, lx, &tsv);
}

static void
tsv_emit(FILE *out, const struct analysis *a,
    const struct report_options *ro, size_t index)
{
	(void)ro;
	(void)index;
	row(out, a, &tsv);
}

static void
tsv_error(FILE *out, const struct lexicon *lx, const char *input,
    const char *message, size_t index)
{
	(void)index;
	error_row(out, lx, input, message, &tsv);
}

static void
csv_header(FILE *out, const struct lexicon *lx)
{
	header(out, lx, &csv);
}

static void
csv_emit(FILE *out, const struct analysis *a,
    const struct report_options *ro, size_t index)
{
	(void)ro;
	(void)index;
	row(out, a, &csv);
}

static void
csv_error(FILE *out, const struct lexicon *lx, const char *input,
    const char *message, size_t index)
{
	(void)index;
	error_row(out, lx, input, message, &csv);
}

const struct report_backend report_tsv = {
	"tsv", tsv_header, tsv_emit, tsv_error, NULL
};

const struct report_backend report_csv = {
	"csv", csv_header, csv_emit, csv_error, NULL
};
