/*
 * report_json.c: one JSON object per input.  A record may describe a
 * document of hundreds of megabytes with millions of evidence lines, so
 * it is written as it goes, never held whole: jsonw.c writes each key
 * and value as it comes.  The layout is jansson's (JSON_INDENT(2) for
 * JSON, JSON_COMPACT for JSON Lines), as it was when jansson wrote it.
 * The fields are documented in gapcheck(1), "JSON output".
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "jsonw.h"
#include "lexicon.h"
#include "read.h"
#include "report.h"
#include "util.h"

/* Coverage to four decimals, so output is stable across machines. */
static void
jratio(struct jsonw *w, double x)
{
	jsonw_real(w, round(x * 10000.0) / 10000.0);
}

/* Years to one decimal, as people count them; null when unknown (< 0). */
static void
jyears(struct jsonw *w, double years)
{
	if (years < 0)
		jsonw_null(w);
	else
		jsonw_real(w, experience_tenths(years));
}

/* A line, and its page in a document with pages, under these keys. */
static void
put_line_as(struct jsonw *w, const struct doc *doc, unsigned long line,
    const char *line_key, const char *page_key)
{
	unsigned long	page = doc_page(doc, line);

	jsonw_key(w, line_key);
	jsonw_int(w, (long long)line);
	if (page > 0) {
		jsonw_key(w, page_key);
		jsonw_int(w, (long long)page);
	}
}

static void
put_line(struct jsonw *w, const struct doc *doc, unsigned long line)
{
	put_line_as(w, doc, line, "line", "page");
}

/* The date ranges counted as jobs, with their lines. */
static void
put_ranges(struct jsonw *w, const struct analysis *a)
{
	const struct experience	*x = a->experience;
	size_t			 i, ds, de;

	jsonw_key(w, "experience");
	jsonw_array(w);
	for (i = 0; i < x->nranges; i++) {
		jsonw_object(w);
		put_line(w, a->doc, x->lines[i]);
		norm_to_doc(a->norm, x->ranges[i].at,
		    x->ranges[i].at + x->ranges[i].len, &ds, &de);
		jsonw_key(w, "text");
		jsonw_stringn(w, a->doc->text + ds, de - ds);
		jsonw_key(w, "months");
		jsonw_int(w, x->ranges[i].end - x->ranges[i].start);
		jsonw_end(w);
	}
	jsonw_end(w);
}

static void
put_stage_years(struct jsonw *w, const struct lex_stage *st)
{
	char	years[32];

	lexicon_stage_years(st, years, sizeof(years));
	jsonw_string(w, years);
}

/* The section an evidence lies in, or null above the first heading. */
static void
put_section(struct jsonw *w, const struct lexicon *lx, size_t section)
{
	jsonw_key(w, "section");
	jsonw_string(w, section == LEX_NONE ? NULL : lx->sections[section].id);
}

/* A stage's id, or null for LEX_NONE. */
static const char *
stage_id(const struct lexicon *lx, size_t stage)
{
	return stage == LEX_NONE ? NULL : lx->stages[stage].id;
}

/* The latest job title: its words as written, line and first year. */
static void
put_title(struct jsonw *w, const struct analysis *a)
{
	const struct titles	*t = a->titles;
	const struct title	*tt;
	size_t			 ds, de;

	jsonw_key(w, "title");
	if (t->latest == LEX_NONE) {
		jsonw_null(w);
		return;
	}
	tt = &t->v[t->latest];
	norm_to_doc(a->norm, tt->start, tt->end, &ds, &de);
	jsonw_object(w);
	jsonw_key(w, "text");
	jsonw_stringn(w, a->doc->text + ds, de - ds);
	put_line(w, a->doc, tt->line);
	jsonw_key(w, "stage");
	jsonw_string(w, a->lx->stages[tt->stage].id);
	jsonw_key(w, "since");
	if (tt->range == LEX_NONE)
		jsonw_null(w);
	else
		jsonw_int(w, a->experience->ranges[tt->range].start / 12);
	jsonw_end(w);
}

/* A found, implied or learning skill, with every evidence line. */
static void
put_skill(struct jsonw *w, const struct analysis *a, size_t s)
{
	const struct lexicon	*lx = a->lx;
	const struct findings	*f = a->findings;
	const struct lex_skill	*sk = &lx->skills[s];
	const struct evidence	*e;
	struct evidence		 ev;
	size_t			 i;

	jsonw_object(w);
	jsonw_key(w, "id");
	jsonw_string(w, sk->id);
	jsonw_key(w, "name");
	jsonw_string(w, sk->name);
	jsonw_key(w, "kind");
	jsonw_string(w, sk->kind == LEX_NONE ? NULL : lx->kinds[sk->kind].id);
	jsonw_key(w, "category");
	jsonw_string(w, sk->category == LEX_NONE ? NULL :
	    lx->categories[sk->category].id);
	jsonw_key(w, "stage");
	jsonw_string(w, stage_id(lx, sk->stage));
	if (f->state[s] != SKILL_LEARNING) {
		jsonw_key(w, "implied");
		jsonw_bool(w, f->state[s] == SKILL_IMPLIED);
	}
	if (f->state[s] == SKILL_IMPLIED) {
		jsonw_key(w, "implied_by");
		jsonw_string(w, lx->skills[f->implied_by[s]].id);
	}
	if (f->state[s] != SKILL_LEARNING) {
		jsonw_key(w, "in_use");
		jsonw_bool(w, a->score->used[s]);
	}
	jsonw_key(w, "evidence");
	jsonw_array(w);
	for (i = 0; i < f->count[s]; i++) {
		e = match_evidence(f, f->first[s] + i, &ev);
		jsonw_object(w);
		put_line(w, a->doc, e->line);
		jsonw_key(w, "text");
		jsonw_stringn(w, a->doc->text + e->start, e->end - e->start);
		put_section(w, lx, e->section);
		jsonw_key(w, "kind");
		jsonw_string(w, match_kind_name(e->kind));
		jsonw_end(w);
	}
	jsonw_end(w);
	jsonw_end(w);
}

/* Which skills a list of put_skills holds. */
enum which {
	ALL,		/* every skill */
	ROLE,		/* the role's */
	BEYOND,		/* the catalogue's that the role does not ask for */
	LEADERSHIP	/* the leadership skills */
};

/* The skills whose state is one of those in states. */
static void
put_skills(struct jsonw *w, const char *key, const struct analysis *a,
    int state1, int state2, enum which which)
{
	const struct lexicon	*lx = a->lx;
	size_t			 i;

	jsonw_key(w, key);
	jsonw_array(w);
	for (i = 0; i < lx->nskills; i++) {
		if (a->findings->state[i] != state1 &&
		    a->findings->state[i] != state2)
			continue;
		if ((which == ROLE && !lexicon_in_role(lx, i)) ||
		    (which == BEYOND && lexicon_in_role(lx, i)) ||
		    (which == LEADERSHIP && !lx->skills[i].leadership))
			continue;
		put_skill(w, a, i);
	}
	jsonw_end(w);
}

static void
put_missing(struct jsonw *w, const struct lexicon *lx, size_t r)
{
	const struct lex_requirement	*req = &lx->reqs[r];
	const struct lex_group		*g = NULL;
	size_t				 i;

	jsonw_object(w);
	jsonw_key(w, "id");
	if (req->is_group) {
		g = &lx->groups[req->index];
		jsonw_string(w, g->id);
		jsonw_key(w, "name");
		jsonw_string(w, g->name);
	} else {
		jsonw_string(w, lx->skills[req->index].id);
		jsonw_key(w, "name");
		jsonw_string(w, lx->skills[req->index].name);
	}
	jsonw_key(w, "stage");
	jsonw_string(w, lx->stages[req->stage].id);
	jsonw_key(w, "weight");
	jsonw_int(w, req->weight);
	if (g != NULL) {
		jsonw_key(w, "one_of");
		jsonw_array(w);
		for (i = 0; i < g->nmembers; i++)
			jsonw_string(w, lx->skills[g->members[i]].id);
		jsonw_end(w);
	}
	jsonw_end(w);
}

/*
 * One posting requirement, with the posting's lines that ask for it,
 * and how the resume meets it.
 */
static void
put_posting_req(struct jsonw *w, const struct analysis *a, size_t r)
{
	const struct lexicon		*lx = a->lx;
	const struct posting		*p = a->posting;
	const struct posting_match	*m = a->match;
	const struct posting_req	*req = &p->reqs[r];
	const struct findings		*f = p->analysis->findings;
	const struct evidence		*e;
	struct evidence			 ev;
	size_t				 i, j;

	jsonw_object(w);
	jsonw_key(w, "id");
	if (req->nskills > 1) {
		/* A group, or alternatives the posting wrote: "A or B". */
		if (req->group != LEX_NONE) {
			jsonw_string(w, lx->groups[req->group].id);
			jsonw_key(w, "name");
			jsonw_string(w, lx->groups[req->group].name);
		} else {
			jsonw_null(w);
			jsonw_key(w, "name");
			jsonw_null(w);
		}
		jsonw_key(w, "one_of");
		jsonw_array(w);
		for (i = 0; i < req->nskills; i++)
			jsonw_string(w, lx->skills[req->skills[i]].id);
		jsonw_end(w);
	} else {
		jsonw_string(w, lx->skills[req->skills[0]].id);
		jsonw_key(w, "name");
		jsonw_string(w, lx->skills[req->skills[0]].name);
	}
	jsonw_key(w, "weight");
	jsonw_int(w, req->weight);
	jsonw_key(w, "must");
	jsonw_bool(w, req->must);
	jsonw_key(w, "or_similar");
	jsonw_string(w, req->kind == LEX_NONE ? NULL : lx->kinds[req->kind].id);
	jsonw_key(w, "posting_evidence");
	jsonw_array(w);
	for (i = 0; i < req->nskills; i++)
		for (j = 0; j < f->count[req->skills[i]]; j++) {
			e = match_evidence(f, f->first[req->skills[i]] + j,
			    &ev);
			jsonw_object(w);
			put_line(w, p->doc, e->line);
			jsonw_key(w, "text");
			jsonw_stringn(w, p->doc->text + e->start,
			    e->end - e->start);
			put_section(w, lx, e->section);
			jsonw_end(w);
		}
	jsonw_end(w);
	if (m->met[r]) {
		jsonw_key(w, "in_use");
		jsonw_bool(w, m->in_use[r]);
	}
	if (m->line[r] > 0)
		put_line_as(w, a->doc, m->line[r], "resume_line",
		    "resume_page");
	if (req->years > 0) {
		jsonw_key(w, "years_asked");
		jsonw_real(w, req->years);
		jsonw_key(w, "years_shown");
		jyears(w, m->skill_years[r]);
		jsonw_key(w, "years_met");
		jsonw_bool(w, m->years_met[r]);
	}
	jsonw_end(w);
}

/* The comparison with --against's posting. */
static void
put_against(struct jsonw *w, const struct analysis *a)
{
	const struct posting		*p = a->posting;
	const struct posting_match	*m = a->match;
	size_t				 r;
	int				 met;

	jsonw_key(w, "against");
	jsonw_object(w);
	jsonw_key(w, "input");
	jsonw_string(w, p->doc->input);
	jsonw_key(w, "match_rate");
	if (p->total > 0)
		jratio(w, m->rate);
	else
		jsonw_null(w);
	jsonw_key(w, "weight_met");
	jsonw_int(w, m->weight_met);
	jsonw_key(w, "weight_total");
	jsonw_int(w, p->total);
	jsonw_key(w, "weighted_share");
	jratio(w, m->share);
	jsonw_key(w, "must_haves");
	jsonw_int(w, (long long)p->nmust);
	jsonw_key(w, "must_haves_met");
	jsonw_int(w, (long long)m->musts_met);
	jsonw_key(w, "years_asked");
	if (p->years < 0)
		jsonw_null(w);
	else
		jsonw_real(w, p->years);
	jsonw_key(w, "years");
	jyears(w, m->years);
	for (met = 1; met >= 0; met--) {
		jsonw_key(w, met ? "matched" : "missing");
		jsonw_array(w);
		for (r = 0; r < p->nreqs; r++)
			if (!m->met[r] == !met)
				put_posting_req(w, a, r);
		jsonw_end(w);
	}
	/* Terms of the posting that no entry names: not compared. */
	jsonw_key(w, "not_recognized");
	jsonw_array(w);
	for (r = 0; r < p->nunknown; r++) {
		jsonw_object(w);
		jsonw_key(w, "text");
		jsonw_string(w, p->unknown[r].text);
		put_line(w, p->doc, p->unknown[r].line);
		jsonw_end(w);
	}
	jsonw_end(w);
	jsonw_end(w);
}

/* Mentions that did not count, and why (with --explain). */
static void
put_rejected(struct jsonw *w, const struct analysis *a)
{
	const struct findings	*f = a->findings;
	const struct rejected	*r;
	struct rejected		 rej;
	size_t			 i;

	jsonw_key(w, "rejected");
	jsonw_array(w);
	for (i = 0; i < f->nrej; i++) {
		r = match_rejected(f, i, &rej);
		jsonw_object(w);
		jsonw_key(w, "id");
		jsonw_string(w, a->lx->skills[r->skill].id);
		put_line(w, a->doc, r->line);
		jsonw_key(w, "text");
		jsonw_stringn(w, a->doc->text + r->start, r->end - r->start);
		jsonw_key(w, "reason");
		jsonw_string(w, match_reason_name(r->reason));
		jsonw_end(w);
	}
	jsonw_end(w);
}

/* The whole record for one analysis. */
static void
put_record(FILE *out, const struct analysis *a, int explain, int layout)
{
	const struct lexicon	*lx = a->lx;
	const struct score	*sc = a->score;
	struct jsonw		*w = jsonw_new(out, layout);
	size_t			 i;

	jsonw_object(w);
	jsonw_key(w, "input");
	jsonw_string(w, a->doc->input);
	jsonw_key(w, "role");
	jsonw_string(w, lx->role);
	jsonw_key(w, "stage_reached");
	jsonw_string(w, stage_id(lx, sc->reached));
	jsonw_key(w, "target_stage");
	jsonw_string(w, lx->stages[sc->target].id);
	jsonw_key(w, "placed_by");
	jsonw_string(w, place_signal_name(a->placement->decided));
	jsonw_key(w, "stage_by_skills");
	jsonw_string(w, stage_id(lx, sc->by_skills));
	jsonw_key(w, "stage_by_title");
	jsonw_string(w, stage_id(lx, a->titles->stage));
	put_title(w, a);
	jsonw_key(w, "stage_by_experience");
	jsonw_string(w, stage_id(lx, a->experience->stage));
	jsonw_key(w, "experience_years");
	jyears(w, a->experience->years);
	jsonw_key(w, "claimed_years");
	jyears(w, a->experience->claimed);
	put_ranges(w, a);

	jsonw_key(w, "stages");
	jsonw_array(w);
	for (i = 0; i < lx->nstages; i++) {
		jsonw_object(w);
		jsonw_key(w, "stage");
		jsonw_string(w, lx->stages[i].id);
		jsonw_key(w, "years");
		put_stage_years(w, &lx->stages[i]);
		jsonw_key(w, "coverage");
		jratio(w, sc->stages[i].coverage);
		jsonw_key(w, "cumulative");
		jratio(w, sc->stages[i].cumulative);
		jsonw_end(w);
	}
	jsonw_end(w);

	put_skills(w, "skills", a, SKILL_FOUND, SKILL_IMPLIED, ROLE);
	put_skills(w, "learning", a, SKILL_LEARNING, SKILL_LEARNING, ALL);
	/* Mentoring, hiring, reviews, postmortems: what lead stages ask. */
	put_skills(w, "leadership", a, SKILL_FOUND, SKILL_FOUND, LEADERSHIP);
	/* The rest of the stack: what the resume shows beyond the role. */
	put_skills(w, "also_shows", a, SKILL_FOUND, SKILL_FOUND, BEYOND);

	jsonw_key(w, "missing");
	jsonw_array(w);
	for (i = 0; i < sc->nmissing; i++)
		put_missing(w, lx, sc->missing[i]);
	jsonw_end(w);
	if (a->posting != NULL)
		put_against(w, a);
	if (explain)
		put_rejected(w, a);
	jsonw_end(w);
	/* One record per line in JSON Lines, one per text in JSON. */
	jsonw_raw(w, "\n", 1);
	jsonw_free(w);
}

static void
json_emit(FILE *out, const struct analysis *a,
    const struct report_options *ro, size_t index)
{
	(void)index;
	put_record(out, a, ro->explain, 2);
}

/* JSON Lines: one compact object per input, errors included. */
static void
jsonl_emit(FILE *out, const struct analysis *a,
    const struct report_options *ro, size_t index)
{
	(void)index;
	put_record(out, a, ro->explain, JSONW_COMPACT);
}

static void
jsonl_error(FILE *out, const struct lexicon *lx, const char *input,
    const char *message, size_t index)
{
	struct jsonw	*w = jsonw_new(out, JSONW_COMPACT);

	(void)lx;
	(void)index;
	jsonw_object(w);
	jsonw_key(w, "input");
	jsonw_string(w, input);
	jsonw_key(w, "error");
	jsonw_string(w, message);
	jsonw_end(w);
	jsonw_raw(w, "\n", 1);
	jsonw_free(w);
}

const struct report_backend report_json = {
	"json", NULL, json_emit, NULL, NULL
};

const struct report_backend report_jsonl = {
	"jsonl", NULL, jsonl_emit, jsonl_error, NULL
};
