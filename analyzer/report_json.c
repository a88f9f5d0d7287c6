/*
 * report_json.c: one JSON object per input.  A record may describe a
 * document of hundreds of megabytes with millions of evidence lines, so
 * it is written as it goes, never held whole: the writer below lays out
 * objects and arrays, and jansson encodes every key and value in it, so
 * escaping and number formatting are never hand-rolled.  The layout is
 * jansson's own (JSON_INDENT(2) or JSON_COMPACT).  The fields are
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

#define JW_DEPTH	8	/* deeper than any record goes */

/* A JSON text being written to out, one value at a time. */
struct jw {
	FILE	*out;
	size_t	 flags;			/* for jansson's encoder */
	int	 indent;		/* spaces per level, 0 when compact */
	int	 depth;
	size_t	 count[JW_DEPTH];	/* members written at each level */
	char	*buf;			/* scratch for encoded values */
	size_t	 cap;
};

static void
jw_init(struct jw *w, FILE *out, int indent)
{
	memset(w, 0, sizeof(*w));
	w->out = out;
	w->indent = indent;
	w->flags = (indent ? JSON_INDENT(indent) : JSON_COMPACT) |
	    JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6) | JSON_ENCODE_ANY;
}

/* Write v encoded, indented to the current level; takes v's reference. */
static void
jw_put(struct jw *w, json_t *v)
{
	size_t	n, i, start;

	if (v == NULL)
		xoom();
	while ((n = json_dumpb(v, w->buf, w->cap, w->flags)) > w->cap) {
		free(w->buf);
		w->cap = n;
		w->buf = xmalloc(n);
	}
	json_decref(v);
	if (n == 0)
		xoom();
	/* Strings are escaped, so a newline is always layout. */
	for (i = start = 0; w->indent && i < n; i++)
		if (w->buf[i] == '\n') {
			fwrite(w->buf + start, 1, i + 1 - start, w->out);
			fprintf(w->out, "%*s", w->indent * w->depth, "");
			start = i + 1;
		}
	fwrite(w->buf + start, 1, n - start, w->out);
}

/* Before a member: the separator, the layout, and the key if any. */
static void
jw_member(struct jw *w, const char *key)
{
	if (w->count[w->depth]++ > 0)
		fputc(',', w->out);
	if (w->indent)
		fprintf(w->out, "\n%*s", w->indent * w->depth, "");
	if (key != NULL) {
		jw_put(w, json_string(key));
		fputs(w->indent ? ": " : ":", w->out);
	}
}

/* A member with value v (its reference taken). */
static void
jw_value(struct jw *w, const char *key, json_t *v)
{
	jw_member(w, key);
	jw_put(w, v);
}

/* Open an object ('{') or array ('['), a member unless at the top. */
static void
jw_open(struct jw *w, const char *key, int bracket)
{
	if (w->depth > 0 || w->count[0] > 0)
		jw_member(w, key);
	fputc(bracket, w->out);
	w->count[++w->depth] = 0;
}

static void
jw_close(struct jw *w, int bracket)
{
	if (w->count[w->depth] > 0 && w->indent)
		fprintf(w->out, "\n%*s", w->indent * (w->depth - 1), "");
	w->depth--;
	fputc(bracket, w->out);
}

/* End the record: one per line in JSON Lines, one per text in JSON. */
static void
jw_finish(struct jw *w)
{
	fputc('\n', w->out);
	free(w->buf);
	w->buf = NULL;
}

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
	return json_real(experience_tenths(years));
}

/* "line", and "page" in a document with pages. */
static void
set_line(json_t *o, const struct doc *doc, unsigned long line)
{
	unsigned long	page = doc_page(doc, line);

	json_object_set_new(o, "line", json_integer((json_int_t)line));
	if (page > 0)
		json_object_set_new(o, "page", json_integer((json_int_t)page));
}

/* "resume_line", and "resume_page": where a posting requirement is met. */
static void
set_resume_line(json_t *o, const struct doc *doc, unsigned long line)
{
	unsigned long	page = doc_page(doc, line);

	json_object_set_new(o, "resume_line", json_integer((json_int_t)line));
	if (page > 0)
		json_object_set_new(o, "resume_page",
		    json_integer((json_int_t)page));
}

/* The date ranges counted as jobs, with their lines. */
static void
put_ranges(struct jw *w, const struct analysis *a)
{
	const struct experience	*x = a->experience;
	json_t			*o;
	size_t			 i, ds, de;

	jw_open(w, "experience", '[');
	for (i = 0; i < x->nranges; i++) {
		o = json_object();
		set_line(o, a->doc, x->lines[i]);
		norm_to_doc(a->norm, x->ranges[i].at,
		    x->ranges[i].at + x->ranges[i].len, &ds, &de);
		json_object_set_new(o, "text",
		    json_stringn(a->doc->text + ds, de - ds));
		json_object_set_new(o, "months",
		    json_integer(x->ranges[i].end - x->ranges[i].start));
		jw_value(w, NULL, o);
	}
	jw_close(w, ']');
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

/* A found, implied or learning skill, with every evidence line. */
/* The latest job title: its words as written, line and first year. */
static json_t *
title_object(const struct analysis *a)
{
	const struct titles	*t = a->titles;
	const struct title	*tt;
	size_t			 ds, de;
	json_t			*o;

	if (t->latest == LEX_NONE)
		return json_null();
	tt = &t->v[t->latest];
	norm_to_doc(a->norm, tt->start, tt->end, &ds, &de);
	o = json_object();
	json_object_set_new(o, "text", json_stringn(a->doc->text + ds,
	    de - ds));
	set_line(o, a->doc, tt->line);
	json_object_set_new(o, "stage", jstr(a->lx->stages[tt->stage].id));
	json_object_set_new(o, "since", tt->range == LEX_NONE ? json_null() :
	    json_integer(a->experience->ranges[tt->range].start / 12));
	return o;
}

static void
put_skill(struct jw *w, const struct analysis *a, size_t s)
{
	const struct lexicon	*lx = a->lx;
	const struct findings	*f = a->findings;
	const struct lex_skill	*sk = &lx->skills[s];
	const struct evidence	*e;
	struct evidence		 ev;
	json_t			*je;
	size_t			 i;

	jw_open(w, NULL, '{');
	jw_value(w, "id", jstr(sk->id));
	jw_value(w, "name", jstr(sk->name));
	jw_value(w, "kind", sk->kind == LEX_NONE ? json_null() :
	    jstr(lx->kinds[sk->kind].id));
	jw_value(w, "category", sk->category == LEX_NONE ? json_null() :
	    jstr(lx->categories[sk->category].id));
	jw_value(w, "stage", sk->stage == LEX_NONE ? json_null() :
	    jstr(lx->stages[sk->stage].id));
	if (f->state[s] != SKILL_LEARNING)
		jw_value(w, "implied",
		    json_boolean(f->state[s] == SKILL_IMPLIED));
	if (f->state[s] == SKILL_IMPLIED)
		jw_value(w, "implied_by",
		    jstr(lx->skills[f->implied_by[s]].id));
	if (f->state[s] != SKILL_LEARNING)
		jw_value(w, "in_use", json_boolean(a->score->used[s]));
	jw_open(w, "evidence", '[');
	for (i = 0; i < f->count[s]; i++) {
		e = match_evidence(f, f->first[s] + i, &ev);
		je = json_object();
		set_line(je, a->doc, e->line);
		json_object_set_new(je, "text", json_stringn(
		    a->doc->text + e->start, e->end - e->start));
		json_object_set_new(je, "section", jsection(lx, e->section));
		json_object_set_new(je, "kind", jstr(match_kind_name(e->kind)));
		jw_value(w, NULL, je);
	}
	jw_close(w, ']');
	jw_close(w, '}');
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
put_skills(struct jw *w, const char *key, const struct analysis *a,
    int state1, int state2, enum which which)
{
	const struct lexicon	*lx = a->lx;
	size_t			 i;

	jw_open(w, key, '[');
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
	jw_close(w, ']');
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

	if (req->nskills > 1 && req->group != LEX_NONE) {
		json_object_set_new(o, "id", jstr(lx->groups[req->group].id));
		json_object_set_new(o, "name",
		    jstr(lx->groups[req->group].name));
		arr = json_array();
		for (i = 0; i < req->nskills; i++)
			json_array_append_new(arr,
			    jstr(lx->skills[req->skills[i]].id));
		json_object_set_new(o, "one_of", arr);
	} else if (req->nskills > 1) {
		/* Alternatives the posting wrote: "A or B". */
		json_object_set_new(o, "id", json_null());
		json_object_set_new(o, "name", json_null());
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
	json_object_set_new(o, "must", json_boolean(req->must));
	json_object_set_new(o, "or_similar", req->kind == LEX_NONE ?
	    json_null() : jstr(lx->kinds[req->kind].id));
	arr = json_array();
	for (i = 0; i < req->nskills; i++)
		for (j = 0; j < f->count[req->skills[i]]; j++) {
			json_t *je = json_object();

			e = match_evidence(f, f->first[req->skills[i]] + j,
			    &ev);
			set_line(je, p->doc, e->line);
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
	json_t				*req;
	size_t				 r;

	json_object_set_new(o, "input", jstr(p->doc->input));
	json_object_set_new(o, "match_rate", p->total > 0 ? jratio(m->rate) :
	    json_null());
	json_object_set_new(o, "weight_met", json_integer(m->weight_met));
	json_object_set_new(o, "weight_total", json_integer(p->total));
	json_object_set_new(o, "weighted_share", jratio(m->share));
	json_object_set_new(o, "must_haves", json_integer((json_int_t)p->nmust));
	json_object_set_new(o, "must_haves_met",
	    json_integer((json_int_t)m->musts_met));
	json_object_set_new(o, "years_asked", p->years < 0 ? json_null() :
	    json_real(p->years));
	json_object_set_new(o, "years", m->years < 0 ? json_null() :
	    jyears(m->years));
	met = json_array();
	missing = json_array();
	for (r = 0; r < p->nreqs; r++) {
		req = posting_req_object(p, r, a->lx);
		if (m->met[r])
			json_object_set_new(req, "in_use",
			    json_boolean(m->in_use[r]));
		if (m->line[r] > 0)
			set_resume_line(req, a->doc, m->line[r]);
		if (p->reqs[r].years > 0) {
			json_object_set_new(req, "years_asked",
			    json_real(p->reqs[r].years));
			json_object_set_new(req, "years_shown",
			    m->skill_years[r] < 0 ? json_null() :
			    jyears(m->skill_years[r]));
			json_object_set_new(req, "years_met",
			    json_boolean(m->years_met[r]));
		}
		json_array_append_new(m->met[r] ? met : missing, req);
	}
	json_object_set_new(o, "matched", met);
	json_object_set_new(o, "missing", missing);
	/* Terms of the posting that no entry names: not compared. */
	missing = json_array();
	for (r = 0; r < p->nunknown; r++) {
		req = json_object();
		json_object_set_new(req, "text", jstr(p->unknown[r].text));
		set_line(req, p->doc, p->unknown[r].line);
		json_array_append_new(missing, req);
	}
	json_object_set_new(o, "not_recognized", missing);
	return o;
}

/* Mentions that did not count, and why (with --explain). */
static void
put_rejected(struct jw *w, const struct analysis *a)
{
	const struct findings	*f = a->findings;
	const struct rejected	*r;
	struct rejected		 rej;
	json_t			*o;
	size_t			 i;

	jw_open(w, "rejected", '[');
	for (i = 0; i < f->nrej; i++) {
		r = match_rejected(f, i, &rej);
		o = json_object();
		json_object_set_new(o, "id", jstr(a->lx->skills[r->skill].id));
		set_line(o, a->doc, r->line);
		json_object_set_new(o, "text", json_stringn(
		    a->doc->text + r->start, r->end - r->start));
		json_object_set_new(o, "reason",
		    jstr(match_reason_name(r->reason)));
		jw_value(w, NULL, o);
	}
	jw_close(w, ']');
}

/* The whole record for one analysis. */
static void
put_record(FILE *out, const struct analysis *a, int explain, int indent)
{
	const struct lexicon	*lx = a->lx;
	const struct score	*sc = a->score;
	struct jw		 w;
	json_t			*st;
	size_t			 i;

	jw_init(&w, out, indent);
	jw_open(&w, NULL, '{');
	jw_value(&w, "input", jstr(a->doc->input));
	jw_value(&w, "role", jstr(lx->role));
	jw_value(&w, "stage_reached", sc->reached == LEX_NONE ?
	    json_null() : jstr(lx->stages[sc->reached].id));
	jw_value(&w, "target_stage", jstr(lx->stages[sc->target].id));
	jw_value(&w, "placed_by",
	    jstr(place_signal_name(a->placement->decided)));
	jw_value(&w, "stage_by_skills", sc->by_skills == LEX_NONE ?
	    json_null() : jstr(lx->stages[sc->by_skills].id));
	jw_value(&w, "stage_by_title", a->titles->stage == LEX_NONE ?
	    json_null() : jstr(lx->stages[a->titles->stage].id));
	jw_value(&w, "title", title_object(a));
	jw_value(&w, "stage_by_experience",
	    a->experience->stage == LEX_NONE ? json_null() :
	    jstr(lx->stages[a->experience->stage].id));
	jw_value(&w, "experience_years", a->experience->years < 0 ?
	    json_null() : jyears(a->experience->years));
	jw_value(&w, "claimed_years", a->experience->claimed < 0 ?
	    json_null() : jyears(a->experience->claimed));
	put_ranges(&w, a);

	jw_open(&w, "stages", '[');
	for (i = 0; i < lx->nstages; i++) {
		st = json_object();
		json_object_set_new(st, "stage", jstr(lx->stages[i].id));
		json_object_set_new(st, "years",
		    json_stage_years(&lx->stages[i]));
		json_object_set_new(st, "coverage",
		    jratio(sc->stages[i].coverage));
		json_object_set_new(st, "cumulative",
		    jratio(sc->stages[i].cumulative));
		jw_value(&w, NULL, st);
	}
	jw_close(&w, ']');

	put_skills(&w, "skills", a, SKILL_FOUND, SKILL_IMPLIED, ROLE);
	put_skills(&w, "learning", a, SKILL_LEARNING, SKILL_LEARNING, ALL);
	/* Mentoring, hiring, reviews, postmortems: what lead stages ask. */
	put_skills(&w, "leadership", a, SKILL_FOUND, SKILL_FOUND, LEADERSHIP);
	/* The rest of the stack: what the resume shows beyond the role. */
	put_skills(&w, "also_shows", a, SKILL_FOUND, SKILL_FOUND, BEYOND);

	jw_open(&w, "missing", '[');
	for (i = 0; i < sc->nmissing; i++)
		jw_value(&w, NULL, missing_object(lx, sc->missing[i]));
	jw_close(&w, ']');
	if (a->posting != NULL)
		jw_value(&w, "against", against_object(a));
	if (explain)
		put_rejected(&w, a);
	jw_close(&w, '}');
	jw_finish(&w);
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
	put_record(out, a, ro->explain, 0);
}

static void
jsonl_error(FILE *out, const struct lexicon *lx, const char *input,
    const char *message, size_t index)
{
	struct jw	w;

	(void)lx;
	(void)index;
	jw_init(&w, out, 0);
	jw_open(&w, NULL, '{');
	jw_value(&w, "input", jstr(input));
	jw_value(&w, "error", jstr(message));
	jw_close(&w, '}');
	jw_finish(&w);
}

const struct report_backend report_json = {
	"json", NULL, json_emit, NULL, NULL
};

const struct report_backend report_jsonl = {
	"jsonl", NULL, jsonl_emit, jsonl_error, NULL
};
