/*
 * rank.c: rows, their order, and the ranking in each format.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "jsonw.h"
#include "lexicon.h"
#include "posting.h"
#include "rank.h"
#include "read.h"
#include "report.h"
#include "util.h"

struct ranking {
	const struct posting	*posting;
	const struct lexicon	*lx;
	struct rank_row		*rows;
	size_t			 nrows;
	size_t			 cap;
};

struct ranking *
rank_new(const struct posting *p, const struct lexicon *lx)
{
	struct ranking	*rk = xcalloc(1, sizeof(*rk));

	rk->posting = p;
	rk->lx = lx;
	return rk;
}

void
rank_row_free(struct rank_row *row)
{
	free(row->input);
	free(row->error);
	free(row->missing);
	memset(row, 0, sizeof(*row));
}

void
rank_free(struct ranking *rk)
{
	size_t	i;

	if (rk == NULL)
		return;
	for (i = 0; i < rk->nrows; i++)
		rank_row_free(&rk->rows[i]);
	free(rk->rows);
	free(rk);
}

void
rank_row_fill(struct rank_row *row, const struct analysis *a, size_t index)
{
	const struct posting		*p = a->posting;
	const struct posting_match	*m = a->match;
	struct rank_miss		*ms;
	size_t				 i;

	memset(row, 0, sizeof(*row));
	row->index = index;
	row->input = xstrdup(a->doc->input);
	row->rate = m->rate;
	row->share = m->share;
	row->weight_met = m->weight_met;
	row->musts_met = m->musts_met;
	row->years = m->years;
	row->stage = a->score->reached;
	row->years_short = p->years >= 0 && !(m->years >= p->years);
	row->missing = xcalloc(p->nreqs + 1, sizeof(*row->missing));
	for (i = 0; i < p->nreqs; i++) {
		if (!p->reqs[i].must || (m->in_use[i] && m->years_met[i]))
			continue;
		ms = &row->missing[row->nmissing++];
		ms->req = i;
		ms->years = m->skill_years[i];
		ms->how = m->in_use[i] ? RANK_YEARS : m->met[i] ? RANK_LISTED :
		    RANK_ABSENT;
	}
}

void
rank_row_error(struct rank_row *row, const char *input, const char *message,
    size_t index)
{
	memset(row, 0, sizeof(*row));
	row->index = index;
	row->input = xstrdup(input);
	row->error = xstrdup(message != NULL && *message != '\0' ? message :
	    "could not be read");
	row->years = -1;
	row->stage = LEX_NONE;
}

void
rank_add(struct ranking *rk, struct rank_row *row)
{
	xgrow(&rk->rows, &rk->cap, rk->nrows + 1, sizeof(*rk->rows));
	rk->rows[rk->nrows++] = *row;
	memset(row, 0, sizeof(*row));
}

/*
 * Best first: the match, then the must-haves met, then the weighted
 * share; equals keep input order.  Inputs that could not be read come
 * last, in input order.
 */
static int
row_cmp(const void *a, const void *b)
{
	const struct rank_row	*x = a, *y = b;

	if ((x->error != NULL) != (y->error != NULL))
		return x->error != NULL ? 1 : -1;
	if (x->error == NULL) {
		if (x->rate != y->rate)
			return x->rate > y->rate ? -1 : 1;
		if (x->musts_met != y->musts_met)
			return x->musts_met > y->musts_met ? -1 : 1;
		if (x->share != y->share)
			return x->share > y->share ? -1 : 1;
	}
	return x->index < y->index ? -1 : x->index > y->index;
}

/* A requirement's id: "go", "postgresql|mysql", "|kind:..." for similar. */
static void
put_req_id(FILE *out, const struct lexicon *lx, const struct posting_req *r)
{
	size_t	i;

	for (i = 0; i < r->nskills; i++)
		fprintf(out, "%s%s", i ? "|" : "", lx->skills[r->skills[i]].id);
	if (r->kind != LEX_NONE)
		fprintf(out, "|kind:%s", lx->kinds[r->kind].id);
}

/* "Go, 3+ years": a requirement as the ranking names it. */
static void
put_req(FILE *out, const struct lexicon *lx, const struct posting_req *r)
{
	posting_req_name(out, lx, r);
	if (r->years > 0)
		fprintf(out, ", %.0f+ years", r->years);
}

static const char *
stage_name(const struct lexicon *lx, size_t stage)
{
	return stage == LEX_NONE ? "none" : lx->stages[stage].id;
}

/* --- text -------------------------------------------------------------- */

static void
put_miss(FILE *out, const struct lexicon *lx, const struct posting *p,
    const struct rank_miss *ms)
{
	put_req(out, lx, &p->reqs[ms->req]);
	if (ms->how == RANK_LISTED)
		fputs(" (only listed)", out);
	else if (ms->how == RANK_YEARS && ms->years < 0)
		fputs(" (no dated job shows it)", out);
	else if (ms->how == RANK_YEARS)
		fprintf(out, " (%.1f shown)", experience_tenths(ms->years));
}

static void
text_write(const struct ranking *rk, FILE *out, int color)
{
	const struct posting	*p = rk->posting;
	const struct lexicon	*lx = rk->lx;
	const struct rank_row	*row;
	const char		*bold = color ? "\033[1m" : "";
	const char		*off = color ? "\033[0m" : "";
	size_t			 i, k, nread = 0, n = 0;

	for (i = 0; i < rk->nrows; i++)
		nread += rk->rows[i].error == NULL;
	fprintf(out, "%sRanking against %s%s: %zu resume%s, best first\n",
	    bold, p->doc->name, off, nread, nread == 1 ? "" : "s");
	if (p->nmust > 0) {
		fprintf(out, "must-haves (%zu): ", p->nmust);
		if (p->years >= 0)
			fprintf(out, "%.0f+ years", p->years);
		for (i = 0; i < p->nreqs; i++) {
			if (!p->reqs[i].must)
				continue;
			fputs(n++ > 0 || p->years >= 0 ? "; " : "", out);
			put_req(out, lx, &p->reqs[i]);
		}
		fputc('\n', out);
	} else
		fputs("must-haves: none (the posting marks no section as "
		    "required)\n", out);
	if (p->nunknown > 0) {
		fputs("not recognized in the posting, so not compared:", out);
		for (i = 0; i < p->nunknown; i++)
			fprintf(out, "%s %s", i ? "," : "", p->unknown[i].text);
		fputc('\n', out);
	}
	if (nread > 0)
		fprintf(out, "\n%srank  match  must-haves  years  stage      "
		    "resume%s\n", bold, off);
	for (i = 0; i < nread; i++) {
		row = &rk->rows[i];
		fprintf(out, "%4zu  %4.0f%%  %3zu of %-3zu  ", i + 1,
		    row->rate * 100, row->musts_met, p->nmust);
		if (row->years >= 0)
			fprintf(out, "%5.1f", experience_tenths(row->years));
		else
			fputs("    -", out);
		fprintf(out, "  %-9s  %s\n", stage_name(lx, row->stage),
		    row->input);
		if (row->nmissing == 0 && !row->years_short)
			continue;
		fprintf(out, "%43smissing: ", "");
		n = 0;
		if (row->years_short) {
			fprintf(out, "%.0f+ years", p->years);
			n++;
		}
		for (k = 0; k < row->nmissing; k++) {
			fputs(n++ > 0 ? "; " : "", out);
			put_miss(out, lx, p, &row->missing[k]);
		}
		fputc('\n', out);
	}
	if (nread < rk->nrows)
		fprintf(out, "\nnot ranked, could not be read (%zu):\n",
		    rk->nrows - nread);
	for (i = nread; i < rk->nrows; i++)
		fprintf(out, "  %s: %s\n", rk->rows[i].input,
		    rk->rows[i].error);
}

/* --- TSV and CSV ------------------------------------------------------- */

static void
table_write(const struct ranking *rk, FILE *out, int csv)
{
	static const char *const cols[] = {
		"rank", "input", "error", "match_rate", "must_haves_met",
		"must_haves", "must_haves_missing", "weighted_share",
		"experience_years", "stage_reached", NULL
	};
	const struct posting	*p = rk->posting;
	const struct rank_row	*row;
	char			*ids = NULL;
	size_t			 i, k, idslen = 0;
	char			 sep = csv ? ',' : '\t';
	FILE			*f;

	for (i = 0; cols[i] != NULL; i++)
		fprintf(out, "%s%c", cols[i], cols[i + 1] ? sep : '\n');
	for (i = 0; i < rk->nrows; i++) {
		row = &rk->rows[i];
		if (row->error == NULL)
			fprintf(out, "%zu%c", i + 1, sep);
		else
			fputc(sep, out);
		report_field(out, csv, row->input, strlen(row->input));
		fputc(sep, out);
		if (row->error != NULL) {
			report_field(out, csv, row->error, strlen(row->error));
			for (k = 2; cols[k + 1] != NULL; k++)
				fputc(sep, out);
			fputc('\n', out);
			continue;
		}
		fprintf(out, "%c%.4f%c%zu%c%zu%c", sep, row->rate, sep,
		    row->musts_met, sep, p->nmust, sep);
		/* Space-separated ids; alternatives joined by '|'. */
		if ((f = open_memstream(&ids, &idslen)) == NULL)
			xoom();
		if (row->years_short)
			fprintf(f, "years:%.0f", p->years);
		for (k = 0; k < row->nmissing; k++) {
			if (k > 0 || row->years_short)
				fputc(' ', f);
			put_req_id(f, rk->lx, &p->reqs[row->missing[k].req]);
		}
		fclose(f);
		report_field(out, csv, ids, idslen);
		free(ids);
		ids = NULL;
		fprintf(out, "%c%.4f%c", sep, row->share, sep);
		if (row->years >= 0)
			fprintf(out, "%.1f", experience_tenths(row->years));
		fprintf(out, "%c%s\n", sep, row->stage == LEX_NONE ? "" :
		    rk->lx->stages[row->stage].id);
	}
}

/* --- JSON and JSONL ---------------------------------------------------- */

/* Years to one decimal, or null when unknown (< 0). */
static void
json_years(struct jsonw *w, double years)
{
	if (years >= 0)
		jsonw_real(w, experience_tenths(years));
	else
		jsonw_null(w);
}

/* What put writes of requirement r, as a JSON string. */
static void
json_put_str(struct jsonw *w, void (*put)(FILE *, const struct lexicon *,
    const struct posting_req *), const struct lexicon *lx,
    const struct posting_req *r)
{
	char	*s = NULL;
	size_t	 len = 0;
	FILE	*f;

	if ((f = open_memstream(&s, &len)) == NULL)
		xoom();
	put(f, lx, r);
	fclose(f);
	jsonw_stringn(w, s, len);
	free(s);
}

/* A requirement's object, left open for more members. */
static void
json_req(struct jsonw *w, const struct lexicon *lx,
    const struct posting_req *r)
{
	jsonw_object(w);
	jsonw_key(w, "id");
	json_put_str(w, put_req_id, lx, r);
	jsonw_key(w, "name");
	json_put_str(w, posting_req_name, lx, r);
	if (r->years > 0) {
		jsonw_key(w, "years_asked");
		jsonw_real(w, r->years);
	}
}

/* One candidate, on one line whatever w's layout. */
static void
json_row(const struct ranking *rk, struct jsonw *w, const struct rank_row *row,
    size_t rank)
{
	static const char *const how[] = { "absent", "only listed", "years" };
	const struct posting	*p = rk->posting;
	const struct rank_miss	*ms;
	size_t			 k;

	jsonw_inline(w);
	jsonw_object(w);
	jsonw_key(w, "rank");
	if (row->error != NULL) {
		jsonw_null(w);
		jsonw_key(w, "input");
		jsonw_string(w, row->input);
		jsonw_key(w, "error");
		jsonw_string(w, row->error);
		jsonw_end(w);
		return;
	}
	jsonw_int(w, (long long)rank);
	jsonw_key(w, "input");
	jsonw_string(w, row->input);
	jsonw_key(w, "match_rate");
	jsonw_real(w, round(row->rate * 10000.0) / 10000.0);
	jsonw_key(w, "weighted_share");
	jsonw_real(w, round(row->share * 10000.0) / 10000.0);
	jsonw_key(w, "must_haves");
	jsonw_int(w, (long long)p->nmust);
	jsonw_key(w, "must_haves_met");
	jsonw_int(w, (long long)row->musts_met);
	jsonw_key(w, "missing_must_haves");
	jsonw_array(w);
	if (row->years_short) {
		jsonw_object(w);
		jsonw_key(w, "id");
		jsonw_string(w, "years");
		jsonw_key(w, "name");
		jsonw_string(w, "years of experience");
		jsonw_key(w, "years_asked");
		jsonw_real(w, p->years);
		jsonw_key(w, "short");
		jsonw_string(w, "years");
		jsonw_key(w, "years_shown");
		json_years(w, row->years);
		jsonw_end(w);
	}
	for (k = 0; k < row->nmissing; k++) {
		ms = &row->missing[k];
		json_req(w, rk->lx, &p->reqs[ms->req]);
		jsonw_key(w, "short");
		jsonw_string(w, how[ms->how]);
		if (ms->how == RANK_YEARS) {
			jsonw_key(w, "years_shown");
			json_years(w, ms->years);
		}
		jsonw_end(w);
	}
	jsonw_end(w);
	jsonw_key(w, "experience_years");
	json_years(w, row->years);
	jsonw_key(w, "stage_reached");
	jsonw_string(w, row->stage == LEX_NONE ? NULL :
	    rk->lx->stages[row->stage].id);
	jsonw_end(w);
}

/*
 * JSON Lines: a candidate per line.  JSON: the posting's must-haves on
 * one line, then a candidate per line, so a long ranking reads down.
 */
static void
json_write(const struct ranking *rk, FILE *out, int lines)
{
	const struct posting	*p = rk->posting;
	struct jsonw		*w = jsonw_new(out, lines ? JSONW_SPACED : 2);
	size_t			 i;

	if (lines) {
		for (i = 0; i < rk->nrows; i++) {
			json_row(rk, w, &rk->rows[i], i + 1);
			jsonw_raw(w, "\n", 1);
		}
		jsonw_free(w);
		return;
	}
	jsonw_object(w);
	jsonw_key(w, "posting");
	jsonw_string(w, p->doc->input);
	jsonw_key(w, "years_asked");
	if (p->years >= 0)
		jsonw_real(w, p->years);
	else
		jsonw_null(w);
	jsonw_key(w, "must_haves");
	jsonw_inline(w);
	jsonw_array(w);
	for (i = 0; i < p->nreqs; i++) {
		if (!p->reqs[i].must)
			continue;
		json_req(w, rk->lx, &p->reqs[i]);
		jsonw_end(w);
	}
	jsonw_end(w);
	jsonw_key(w, "not_recognized");
	jsonw_inline(w);
	jsonw_array(w);
	for (i = 0; i < p->nunknown; i++)
		jsonw_string(w, p->unknown[i].text);
	jsonw_end(w);
	jsonw_key(w, "candidates");
	jsonw_array(w);
	for (i = 0; i < rk->nrows; i++)
		json_row(rk, w, &rk->rows[i], i + 1);
	jsonw_end(w);
	jsonw_end(w);
	jsonw_raw(w, "\n", 1);
	jsonw_free(w);
}

void
rank_write(struct ranking *rk, FILE *out, const char *format, int color)
{
	if (rk->nrows > 1)
		qsort(rk->rows, rk->nrows, sizeof(*rk->rows), row_cmp);
	if (strcmp(format, "json") == 0 || strcmp(format, "jsonl") == 0)
		json_write(rk, out, strcmp(format, "jsonl") == 0);
	else if (strcmp(format, "tsv") == 0 || strcmp(format, "csv") == 0)
		table_write(rk, out, strcmp(format, "csv") == 0);
	else
		text_write(rk, out, color);
}
