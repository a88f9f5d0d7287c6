/*
 * report_json.c: one JSON object per input, built with jansson so
 * escaping and number formatting are never hand-rolled.  The fields are
 * documented in gapcheck(1), "JSON output".
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "analyze.h"
#include "lexicon.h"
#include "read.h"
#include "report.h"
#include "util.h"

static json_t *
jstr(const char *s)
{
	json_t	*j = json_string(s);

	/* Document text is valid UTF-8, so this only fails on memory. */
	return j != NULL ? j : json_null();
}

/* Coverage to four decimals, so output is stable across machines. */
static json_t *
jratio(double x)
{
	return json_real(round(x * 10000.0) / 10000.0);
}

/* Years to one decimal, as people count them. */
static json_t *
jyears(double years)
{
	return json_real(round(years * 10.0) / 10.0);
}

/* The date ranges counted as jobs, with their lines. */
static json_t *
ranges_array(const struct analysis *a)
{
	const struct experience	*x = a->experience;
	json_t			*arr = json_array(), *o;
	size_t			 i, ds, de;

	for (i = 0; i < x->nranges; i++) {
		o = json_object();
		json_object_set_new(o, "line", json_integer(x->lines[i]));
		norm_to_doc(a->norm, x->ranges[i].at,
		    x->ranges[i].at + x->ranges[i].len, &ds, &de);
		json_object_set_new(o, "text",
		    json_stringn(a->doc->text + ds, de - ds));
		json_object_set_new(o, "months",
		    json_integer(x->ranges[i].end - x->ranges[i].start));
		json_array_append_new(arr, o);
	}
	return arr;
}

static json_t *
json_stage_years(const struct lex_stage *st)
{
	char	years[32];

	lexicon_stage_years(st, years, sizeof(years));
	return jstr(years);
}

/* The section an evidence lies in, or null above the first heading. */
static json_t *
jsection(const struct lexicon *lx, size_t section)
{
	return section == LEX_NONE ? json_null() :
	    jstr(lx->sections[section].id);
}

static json_t *
skill_object(const struct analysis *a, size_t s)
{
	const struct lexicon	*lx = a->lx;
	const struct findings	*f = a->findings;
	const struct lex_skill	*sk = &lx->skills[s];
	const struct evidence	*e;
	struct evidence		 evbuf;
	json_t			*o = json_object(), *ev = json_array(), *je;
	size_t			 i;

	json_object_set_new(o, "id", jstr(sk->id));
	json_object_set_new(o, "name", jstr(sk->name));
	json_object_set_new(o, "category", jstr(lx->categories[sk->category].id));
	json_object_set_new(o, "stage", jstr(lx->stages[sk->stage].id));
	if (f->state[s] != SKILL_LEARNING)
		json_object_set_new(o, "implied",
		    json_boolean(f->state[s] == SKILL_IMPLIED));
	if (f->state[s] == SKILL_IMPLIED)
		json_object_set_new(o, "implied_by",
		    jstr(lx->skills[f->implied_by[s]].id));
	for (i = 0; i < f->count[s]; i++) {
		e = match_evidence(f, f->first[s] + i, &evbuf);
		je = json_object();
		json_object_set_new(je, "line", json_integer(e->line));
		json_object_set_new(je, "text", json_stringn(
		    a->doc->text + e->start, e->end - e->start));
		json_object_set_new(je, "section", jsection(lx, e->section));
		json_object_set_new(je, "kind", jstr(match_kind_name(e->kind)));
		json_array_append_new(ev, je);
	}
	json_object_set_new(o, "evidence", ev);
	return o;
}

static json_t *
missing_object(const struct lexicon *lx, size_t r)
{
	const struct lex_requirement	*req = &lx->reqs[r];
	json_t				*o = json_object(), *one;
	const struct lex_group		*g = NULL;
	size_t				 i;

	if (req->is_group) {
		g = &lx->groups[req->index];
		json_object_set_new(o, "id", jstr(g->id));
		json_object_set_new(o, "name", jstr(g->name));
	} else {
		json_object_set_new(o, "id", jstr(lx->skills[req->index].id));
		json_object_set_new(o, "name",
		    jstr(lx->skills[req->index].name));
	}
	json_object_set_new(o, "stage", jstr(lx->stages[req->stage].id));
	json_object_set_new(o, "weight", json_integer(req->weight));
	if (g != NULL) {
		one = json_array();
		for (i = 0; i < g->nmembers; i++)
			json_array_append_new(one,
			    jstr(lx->skills[g->members[i]].id));
		json_object_set_new(o, "one_of", one);
	}
	return o;
}

/* One posting requirement, with the posting's lines that ask for it. */
static json_t *
posting_req_object(const struct posting *p, size_t r, const struct lexicon *lx)
{
	const struct posting_req	*req = &p->reqs[r];
	const struct findings		*f = p->analysis->findings;
	const struct evidence		*e;
	struct evidence			 ev;
	json_t				*o = json_object(), *arr;
	size_t				 i, j;

	if (req->nskills > 1) {
		json_object_set_new(o, "id", jstr(lx->groups[req->group].id));
		json_object_set_new(o, "name",
		    jstr(lx->groups[req->group].name));
		arr = json_array();
		for (i = 0; i < req->nskills; i++)
			json_array_append_new(arr,
			    jstr(lx->skills[req->skills[i]].id));
		json_object_set_new(o, "one_of", arr);
	} else {
		json_object_set_new(o, "id", jstr(lx->skills[req->skills[0]].id));
		json_object_set_new(o, "name",
		    jstr(lx->skills[req->skills[0]].name));
	}
	json_object_set_new(o, "weight", json_integer(req->weight));
	arr = json_array();
	for (i = 0; i < req->nskills; i++)
		for (j = 0; j < f->count[req->skills[i]]; j++) {
			json_t *je = json_object();

			e = match_evidence(f, f->first[req->skills[i]] + j,
			    &ev);
			json_object_set_new(je, "line", json_integer(e->line));
			json_object_set_new(je, "text", json_stringn(
			    p->doc->text + e->start, e->end - e->start));
			json_object_set_new(je, "section",
			    jsection(lx, e->section));
			json_array_append_new(arr, je);
		}
	json_object_set_new(o, "posting_evidence", arr);
	return o;
}

/* The comparison with --against's posting. */
static json_t *
against_object(const struct analysis *a)
{
	const struct posting		*p = a->posting;
	const struct posting_match	*m = a->match;
	json_t				*o = json_object(), *met, *missing;
	size_t				 r;

	json_object_set_new(o, "input", jstr(p->doc->input));
	json_object_set_new(o, "match_rate", p->total > 0 ? jratio(m->rate) :
	    json_null());
	json_object_set_new(o, "weight_met", json_integer(m->weight_met));
	json_object_set_new(o, "weight_total", json_integer(p->total));
	met = json_array();
	missing = json_array();
	for (r = 0; r < p->nreqs; r++)
		json_array_append_new(m->met[r] ? met : missing,
		    posting_req_object(p, r, a->lx));
	json_object_set_new(o, "matched", met);
	json_object_set_new(o, "missing", missing);
	return o;
}

/* Mentions that did not count, and why (with --explain). */
static json_t *
rejected_array(const struct analysis *a)
{
	const struct findings	*f = a->findings;
	const struct rejected	*r;
	struct rejected		 rej;
	json_t			*arr = json_array(), *o;
	size_t			 i;

	for (i = 0; i < f->nrej; i++) {
		r = match_rejected(f, i, &rej);
		o = json_object();
		json_object_set_new(o, "id", jstr(a->lx->skills[r->skill].id));
		json_object_set_new(o, "line", json_integer(r->line));
		json_object_set_new(o, "text", json_stringn(
		    a->doc->text + r->start, r->end - r->start));
		json_object_set_new(o, "reason",
		    jstr(match_reason_name(r->reason)));
		json_array_append_new(arr, o);
	}
	return arr;
}

/* The whole object for one analysis; the caller owns it. */
static json_t *
report_json_object(const struct analysis *a, int explain)
{
	const struct lexicon	*lx = a->lx;
	const struct score	*sc = a->score;
	json_t			*o = json_object(), *arr, *st;
	size_t			 i;

	json_object_set_new(o, "input", jstr(a->doc->input));
	json_object_set_new(o, "role", jstr(lx->role));
	json_object_set_new(o, "stage_reached", sc->reached == LEX_NONE ?
	    json_null() : jstr(lx->stages[sc->reached].id));
	json_object_set_new(o, "target_stage",
	    jstr(lx->stages[sc->target].id));
	json_object_set_new(o, "stage_by_skills", sc->reached == LEX_NONE ?
	    json_null() : jstr(lx->stages[sc->reached].id));
	json_object_set_new(o, "stage_by_experience",
	    a->experience->stage == LEX_NONE ? json_null() :
	    jstr(lx->stages[a->experience->stage].id));
	json_object_set_new(o, "experience_years", a->experience->years < 0 ?
	    json_null() : jyears(a->experience->years));
	json_object_set_new(o, "claimed_years", a->experience->claimed < 0 ?
	    json_null() : jyears(a->experience->claimed));
	json_object_set_new(o, "experience", ranges_array(a));

	arr = json_array();
	for (i = 0; i < lx->nstages; i++) {
		st = json_object();
		json_object_set_new(st, "stage", jstr(lx->stages[i].id));
		json_object_set_new(st, "years",
		    json_stage_years(&lx->stages[i]));
		json_object_set_new(st, "coverage",
		    jratio(sc->stages[i].coverage));
		json_object_set_new(st, "cumulative",
		    jratio(sc->stages[i].cumulative));
		json_array_append_new(arr, st);
	}
	json_object_set_new(o, "stages", arr);

	arr = json_array();
	for (i = 0; i < lx->nskills; i++)
		if (a->findings->state[i] == SKILL_FOUND ||
		    a->findings->state[i] == SKILL_IMPLIED)
			json_array_append_new(arr, skill_object(a, i));
	json_object_set_new(o, "skills", arr);

	arr = json_array();
	for (i = 0; i < lx->nskills; i++)
		if (a->findings->state[i] == SKILL_LEARNING)
			json_array_append_new(arr, skill_object(a, i));
	json_object_set_new(o, "learning", arr);

	/* Mentoring, hiring, reviews, postmortems: what lead stages ask. */
	arr = json_array();
	for (i = 0; i < lx->nskills; i++)
		if (lx->skills[i].leadership &&
		    a->findings->state[i] == SKILL_FOUND)
			json_array_append_new(arr, skill_object(a, i));
	json_object_set_new(o, "leadership", arr);

	arr = json_array();
	for (i = 0; i < sc->nmissing; i++)
		json_array_append_new(arr, missing_object(lx, sc->missing[i]));
	json_object_set_new(o, "missing", arr);
	if (a->posting != NULL)
		json_object_set_new(o, "against", against_object(a));
	if (explain)
		json_object_set_new(o, "rejected", rejected_array(a));
	return o;
}

/*
 * Serialize o whole, then write it at once: json_dumpf writes token by
 * token, which costs more than building the object.
 */
static void
dump(FILE *out, json_t *o, size_t flags)
{
	char	*text = json_dumps(o, flags);

	if (text == NULL)
		xoom();
	fputs(text, out);
	fputc('\n', out);
	free(text);
	json_decref(o);
}

static void
json_emit(FILE *out, const struct analysis *a,
    const struct report_options *ro, size_t index)
{
	(void)index;
	dump(out, report_json_object(a, ro->explain), JSON_INDENT(2) |
	    JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6));
}

/* JSON Lines: one compact object per input, errors included. */
static void
jsonl_emit(FILE *out, const struct analysis *a,
    const struct report_options *ro, size_t index)
{
	(void)index;
	dump(out, report_json_object(a, ro->explain), JSON_COMPACT |
	    JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6));
}

static void
jsonl_error(FILE *out, const struct lexicon *lx, const char *input,
    const char *message, size_t index)
{
	json_t	*o = json_object();

	(void)lx;
	(void)index;
	json_object_set_new(o, "input", jstr(input));
	json_object_set_new(o, "error", jstr(message));
	dump(out, o, JSON_COMPACT | JSON_PRESERVE_ORDER);
}

const struct report_backend report_json = {
	"json", NULL, json_emit, NULL, NULL
};

const struct report_backend report_jsonl = {
	"jsonl", NULL, jsonl_emit, jsonl_error, NULL
};
