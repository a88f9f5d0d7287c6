/*
 * report_text.c: the report for people.  Colour only when asked for
 * (main.c decides: a terminal, and NO_COLOR unset).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "lexicon.h"
#include "read.h"
#include "report.h"
#include "util.h"

#define BAR_WIDTH	20
/* Members of a group shown in the missing list; the rest are counted. */
#define GROUP_SHOWN	6

struct paint {
	const char	*bold, *green, *yellow, *red, *dim, *off;
};

static const struct paint	colors = {
	"\033[1m", "\033[32m", "\033[33m", "\033[31m", "\033[2m", "\033[0m"
};
static const struct paint	plain = { "", "", "", "", "", "" };

static void
put_years(FILE *out, const struct lex_stage *st)
{
	char	years[32];

	lexicon_stage_years(st, years, sizeof(years));
	fprintf(out, "%-6s", years);
}

/* Evidence text on one line, at most 60 bytes, cut at a character. */
static void
put_quote(FILE *out, const char *s, size_t len)
{
	size_t	i, n = len;

	if (n > 60) {
		n = 60;
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
	}
	for (i = 0; i < n; i++)
		fputc(s[i] == '\t' ? ' ' : s[i], out);
	if (n < len)
		fputs("...", out);
}

/*
 * The width of the longest skill name this report shows, so its
 * columns line up, within reason.
 */
static int
name_width(const struct analysis *a)
{
	const struct findings	*f = a->findings;
	struct rejected		 r;
	size_t			 i, w = 12, n;

	for (i = 0; i < a->lx->nskills; i++)
		if (f->state[i] != SKILL_ABSENT && lexicon_in_role(a->lx, i) &&
		    (n = strlen(a->lx->skills[i].name)) > w)
			w = n;
	for (i = 0; i < f->nrej; i++)
		if ((n = strlen(a->lx->skills[
		    match_rejected(f, i, &r)->skill].name)) > w)
			w = n;
	return w > 40 ? 40 : (int)w;
}

/* "line 12", or "page 2, line 40" in a document with pages. */
static void
put_where(FILE *out, const struct doc *doc, unsigned long line)
{
	unsigned long	page = doc_page(doc, line);

	if (page > 0)
		fprintf(out, "page %lu, ", page);
	fprintf(out, "line %lu", line);
}

/*
 * The document line around start, trimmed, for --explain: [*bp, *ep).
 * Found once per line, not per evidence: a line may be megabytes long
 * and hold thousands of them.
 */
static void
line_bounds(const struct analysis *a, size_t start, const char **bp,
    const char **ep)
{
	const char	*text = a->doc->text, *b = text + start, *e;

	while (b > text && b[-1] != '\n')
		b--;
	e = memchr(text + start, '\n', a->doc->len - start);
	if (e == NULL)
		e = text + a->doc->len;
	while (b < e && (*b == ' ' || *b == '\t'))
		b++;
	while (e > b && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		e--;
	*bp = b;
	*ep = e;
}

static const char *
section_name(const struct lexicon *lx, size_t section)
{
	return section == LEX_NONE ? "top" : lx->sections[section].id;
}

/* --explain: each evidence on its own line, with its section. */
static void
put_explained(FILE *out, const struct analysis *a, size_t s,
    const struct paint *p)
{
	const struct findings	*f = a->findings;
	const struct evidence	*e;
	struct evidence		 ev;
	const char		*b = NULL, *end = NULL;
	size_t			 i;
	unsigned		 line = 0;

	for (i = 0; i < f->count[s]; i++) {
		e = match_evidence(f, f->first[s] + i, &ev);
		fprintf(out, "      %s", p->dim);
		put_where(out, a->doc, e->line);
		fprintf(out, ", %s%s%s:%s ", section_name(a->lx, e->section),
		    e->kind == EVIDENCE_LEARNING ? ", " : "",
		    e->kind == EVIDENCE_LEARNING ? "learning" : "", p->off);
		if (b == NULL || e->line != line) {
			line_bounds(a, e->start, &b, &end);
			line = e->line;
		}
		put_quote(out, b, (size_t)(end - b));
		fputc('\n', out);
	}
}

static void
put_rejected(FILE *out, const struct analysis *a, const struct paint *p)
{
	const struct findings	*f = a->findings;
	const struct rejected	*r;
	struct rejected		 rej;
	size_t			 i;
	int			 width = name_width(a);

	fprintf(out, "\n%sNot counted%s (%zu mentions)\n", p->bold, p->off,
	    f->nrej);
	for (i = 0; i < f->nrej; i++) {
		r = match_rejected(f, i, &rej);
		fprintf(out, "  %-*s ", width, a->lx->skills[r->skill].name);
		put_where(out, a->doc, r->line);
		fputs(": ", out);
		put_quote(out, a->doc->text + r->start, r->end - r->start);
		fprintf(out, " %s(%s)%s\n", p->dim,
		    match_reason_name(r->reason), p->off);
	}
}

/* "Leadership evidence: Mentoring (line 12), Postmortems (line 20)". */
static void
put_leadership(FILE *out, const struct analysis *a)
{
	const struct lexicon	*lx = a->lx;
	const struct findings	*f = a->findings;
	struct evidence		 ev;
	size_t			 s;
	int			 n = 0;

	for (s = 0; s < lx->nskills; s++) {
		if (!lx->skills[s].leadership || f->state[s] != SKILL_FOUND)
			continue;
		fprintf(out, "%s%s (", n++ ? ", " : "  leadership: ",
		    lx->skills[s].name);
		put_where(out, a->doc,
		    match_evidence(f, f->first[s], &ev)->line);
		fputc(')', out);
	}
	if (n > 0)
		fputc('\n', out);
}

static void
put_learning(FILE *out, const struct analysis *a, const struct paint *p)
{
	const struct lexicon	*lx = a->lx;
	const struct findings	*f = a->findings;
	const struct evidence	*e;
	struct evidence		 ev;
	size_t			 s;
	int			 width = name_width(a);

	if (f->nlearning == 0)
		return;
	fprintf(out, "\n%sLearning%s (not counted as skills yet)\n", p->bold,
	    p->off);
	for (s = 0; s < lx->nskills; s++) {
		if (f->state[s] != SKILL_LEARNING)
			continue;
		e = match_evidence(f, f->first[s], &ev);
		fprintf(out, "  %-*s ", width, lx->skills[s].name);
		put_where(out, a->doc, e->line);
		fputs(": ", out);
		put_quote(out, a->doc->text + e->start, e->end - e->start);
		fputc('\n', out);
	}
}

/*
 * The two signals besides years: the latest job title and the skills,
 * each with the stage it says.  With the years line, a reader sees
 * which signal placed the person and where the others disagree.
 */
static void
put_signals(FILE *out, const struct analysis *a)
{
	const struct lexicon	*lx = a->lx;
	const struct titles	*t = a->titles;
	const struct placement	*pl = a->placement;
	const struct title	*tt;
	size_t			 ds, de;

	if (t->latest != LEX_NONE) {
		tt = &t->v[t->latest];
		norm_to_doc(a->norm, tt->start, tt->end, &ds, &de);
		fputs("  title: ", out);
		put_quote(out, a->doc->text + ds, de - ds);
		if (tt->range != LEX_NONE)
			fprintf(out, " since %d",
			    a->experience->ranges[tt->range].start / 12);
		fputs(" (", out);
		put_where(out, a->doc, tt->line);
		fprintf(out, "), stage %s", lx->stages[tt->stage].id);
		if (pl->held_back)
			fprintf(out, "; held to %s by the years",
			    lx->stages[pl->stage].id);
		fputc('\n', out);
	} else
		fputs("  title: no job title found\n", out);
	if (a->score->by_skills == LEX_NONE)
		fputs("  skills: no stage reached\n", out);
	else
		fprintf(out, "  skills: stage %s%s\n",
		    lx->stages[a->score->by_skills].id,
		    pl->decided == PLACE_SKILLS && pl->stage !=
		    a->score->by_skills ? " (alone, they place no one above "
		    "the first stage)" : "");
}

/* "experience: 6.5 years, which places you at senior" at a glance. */
static void
put_experience(FILE *out, const struct analysis *a)
{
	const struct experience	*x = a->experience;
	const struct lexicon	*lx = a->lx;
	const struct score	*sc = a->score;

	if (x->stage == LEX_NONE) {
		fputs("  experience: no dated jobs found\n", out);
		return;
	}
	if (x->from_claim)
		fprintf(out, "  experience: %.0f+ years claimed (no dated "
		    "jobs), stage %s", x->claimed, lx->stages[x->stage].id);
	else
		fprintf(out, "  experience: %.1f years in %zu dated job%s, "
		    "stage %s", experience_tenths(x->years), x->nranges,
		    x->nranges == 1 ? "" : "s", lx->stages[x->stage].id);
	/*
	 * The missing list runs up to the target: it closes the gap to
	 * the experience's stage only when the target reaches that far.
	 */
	if (sc->reached != LEX_NONE && x->stage > sc->reached) {
		if (sc->target >= x->stage)
			fputs("; the skills below close the gap", out);
		else
			fprintf(out, "; the skills below are for the target, "
			    "%s, not for %s", lx->stages[sc->target].id,
			    lx->stages[x->stage].id);
	}
	fputc('\n', out);
}

static void
put_stages(FILE *out, const struct analysis *a, const struct paint *p)
{
	const struct lexicon	*lx = a->lx;
	const struct score	*sc = a->score;
	size_t			 i;
	int			 j, filled;

	fprintf(out, "\n%sCoverage by stage%s (cumulative)", p->bold, p->off);
	/* The evidence rule, where it applies: see gapcheck(1), Scoring. */
	if (lx->listed_weight < 1 && lx->nstages > 1)
		fprintf(out, "; above %s, a skill only listed counts %.0f%%",
		    lx->stages[0].id, lx->listed_weight * 100);
	fputc('\n', out);
	for (i = 0; i < lx->nstages; i++) {
		filled = (int)(sc->stages[i].coverage * BAR_WIDTH + 0.5);
		fprintf(out, "  %-10s ", lx->stages[i].id);
		put_years(out, &lx->stages[i]);
		fputs(i == sc->reached ? p->green : "", out);
		fputc('[', out);
		for (j = 0; j < BAR_WIDTH; j++)
			fputc(j < filled ? '#' : '.', out);
		fprintf(out, "] %3.0f%%%s  (%3.0f%%)%s\n",
		    sc->stages[i].coverage * 100, p->off,
		    sc->stages[i].cumulative * 100,
		    i == sc->reached ? "  <- reached" :
		    i == sc->target ? "  <- target" : "");
	}
}

static void
put_found(FILE *out, const struct analysis *a, const struct paint *p,
    int nevidence, int explain)
{
	const struct lexicon	*lx = a->lx;
	const struct findings	*f = a->findings;
	const struct evidence	*e;
	struct evidence		 ev;
	size_t			 st, s, i, shown, named = 0, implied = 0;
	int			 width = name_width(a);

	for (s = 0; s < lx->nskills; s++)
		if (lexicon_in_role(lx, s)) {
			named += f->state[s] == SKILL_FOUND;
			implied += f->state[s] == SKILL_IMPLIED;
		}
	fprintf(out, "\n%sSkills found%s (%zu named, %zu implied)\n", p->bold,
	    p->off, named, implied);
	if (named + implied == 0)
		fputs("  none\n", out);
	/* By stage, then in lexicon order. */
	for (st = 0; st < lx->nstages; st++)
		for (s = 0; s < lx->nskills; s++) {
			if ((f->state[s] != SKILL_FOUND &&
			    f->state[s] != SKILL_IMPLIED) ||
			    lx->skills[s].stage != st)
				continue;
			fprintf(out, "  %s%-*s%s %-10s ", p->green, width,
			    lx->skills[s].name, p->off, lx->stages[st].id);
			if (f->state[s] == SKILL_IMPLIED) {
				fprintf(out, "%simplied by %s%s\n", p->dim,
				    lx->skills[f->implied_by[s]].name, p->off);
				continue;
			}
			if (explain) {
				fprintf(out, "%zu mention%s\n", f->count[s],
				    f->count[s] == 1 ? "" : "s");
				put_explained(out, a, s, p);
				continue;
			}
			shown = f->count[s] < (size_t)nevidence ?
			    f->count[s] : (size_t)nevidence;
			for (i = 0; i < shown; i++) {
				e = match_evidence(f, f->first[s] + i, &ev);
				fputs(i ? "; " : "", out);
				put_where(out, a->doc, e->line);
				fputs(": ", out);
				put_quote(out, a->doc->text + e->start,
				    e->end - e->start);
			}
			if (f->count[s] > shown)
				fprintf(out, " %s(+%zu more)%s", p->dim,
				    f->count[s] - shown, p->off);
			fputc('\n', out);
		}
}

/*
 * Also shows: the technologies the resume names that the role does not
 * ask for, by kind, each with the line of its first mention.  The rest
 * of a person's stack is part of the picture even when it does not
 * count for the role.
 */
static void
put_also(FILE *out, const struct analysis *a, const struct paint *p)
{
	const struct lexicon	*lx = a->lx;
	const struct findings	*f = a->findings;
	const struct evidence	*e;
	struct evidence		 ev;
	size_t			*beyond = NULL, n = 0, cap = 0, k, i, inkind;
	int			 width = 0, w;

	/* One pass over the skills; a resume shows a few such. */
	for (i = 0; i < lx->nskills; i++) {
		if (f->state[i] != SKILL_FOUND || lexicon_in_role(lx, i))
			continue;
		xgrow(&beyond, &cap, n + 1, sizeof(*beyond));
		beyond[n++] = i;
		w = (int)strlen(lx->kinds[lx->skills[i].kind].name);
		if (w > width)
			width = w;
	}
	if (n == 0)
		return;
	fprintf(out, "\n%sAlso shows%s (%zu technolog%s the role does not "
	    "ask for)\n", p->bold, p->off, n, n == 1 ? "y" : "ies");
	for (k = 0; k < lx->nkinds; k++) {
		inkind = 0;
		for (i = 0; i < n; i++) {
			if (lx->skills[beyond[i]].kind != k)
				continue;
			if (inkind++ == 0)
				fprintf(out, "  %-*s  ", width,
				    lx->kinds[k].name);
			else
				fputs(", ", out);
			e = match_evidence(f, f->first[beyond[i]], &ev);
			fprintf(out, "%s %s(", lx->skills[beyond[i]].name,
			    p->dim);
			put_where(out, a->doc, e->line);
			fprintf(out, ")%s", p->off);
		}
		if (inkind > 0)
			fputc('\n', out);
	}
	free(beyond);
}

/*
 * The missing requirements, heaviest first, then by stage: what moves a
 * person most toward the target.  The first top of them (all with 0),
 * and how many more there are.
 */
static void
put_missing(FILE *out, const struct analysis *a, const struct paint *p,
    int top)
{
	const struct lexicon		*lx = a->lx;
	const struct score		*sc = a->score;
	const struct lex_requirement	*req;
	const struct lex_group		*g;
	size_t				 i, m, shown;

	fprintf(out, "\n%sMissing for %s%s, most important first\n", p->bold,
	    lx->stages[sc->target].id, p->off);
	if (sc->nmissing == 0)
		fputs("  nothing: every requirement up to this stage is met\n",
		    out);
	shown = top > 0 && (size_t)top < sc->nmissing ? (size_t)top :
	    sc->nmissing;
	for (i = 0; i < shown; i++) {
		req = &lx->reqs[sc->missing[i]];
		fprintf(out, "  %s%d%s  %-10s ", p->yellow, req->weight,
		    p->off, lx->stages[req->stage].id);
		if (!req->is_group) {
			fprintf(out, "%s\n", lx->skills[req->index].name);
			continue;
		}
		/*
		 * A group that takes in a kind of the catalogue has dozens
		 * of members: the first few, which the role names, stand
		 * for the rest (JSON lists them all).
		 */
		g = &lx->groups[req->index];
		fprintf(out, "%s: one of ", g->name);
		for (m = 0; m < g->nmembers && m < GROUP_SHOWN; m++)
			fprintf(out, "%s%s", m ? ", " : "",
			    lx->skills[g->members[m]].name);
		if (g->nmembers > GROUP_SHOWN)
			fprintf(out, " or %zu others", g->nmembers -
			    GROUP_SHOWN);
		fputc('\n', out);
	}
	if (shown < sc->nmissing)
		fprintf(out, "  %sand %zu more (--top 0 lists them all)%s\n",
		    p->dim, sc->nmissing - shown, p->off);
}

/* "3+ asked, 1.5 shown: short by 1.5", for years overall or of a skill. */
static void
put_years_asked(FILE *out, double asked, double shown, const char *unknown)
{
	fprintf(out, "%.0f+ years asked, ", asked);
	if (shown < 0)
		fprintf(out, "unknown (%s)", unknown);
	else if (shown >= asked)
		fprintf(out, "%.1f shown: met", experience_tenths(shown));
	else
		fprintf(out, "%.1f shown: short by %.1f",
		    experience_tenths(shown),
		    experience_tenths(asked - shown));
}

static void
put_against(FILE *out, const struct analysis *a, const struct paint *p)
{
	const struct posting		*post = a->posting;
	const struct posting_match	*m = a->match;
	const struct posting_req	*r;
	const struct evidence		*e;
	struct evidence			 ev;
	size_t				 i;
	int				 met, n;

	if (post->total == 0) {
		fprintf(out, "\n%sAgainst %s%s: the posting asks for no skill "
		    "of this role\n", p->bold, post->doc->name, p->off);
		return;
	}
	fprintf(out, "\n%sAgainst %s%s: %.0f%% match (weight %d of %d",
	    p->bold, post->doc->name, p->off, m->rate * 100, m->weight_met,
	    post->total);
	if (post->nmust > 0)
		fprintf(out, "; must-haves %zu of %zu", m->musts_met,
		    post->nmust);
	fputs(")\n", out);
	if (post->years >= 0) {
		fputs("  years: ", out);
		put_years_asked(out, post->years, m->years, "no dated jobs");
		fprintf(out, "  %s(must-have; posting ", p->dim);
		put_where(out, post->doc, post->years_line);
		fprintf(out, ")%s\n", p->off);
	}
	for (met = 1; met >= 0; met--) {
		n = 0;
		for (i = 0; i < post->nreqs; i++)
			n += m->met[i] == met;
		fprintf(out, "  %s (%d):%s", met ? "matched" : "missing", n,
		    n ? "" : " none");
		fputc('\n', out);
		for (i = 0; i < post->nreqs; i++) {
			if (m->met[i] != met)
				continue;
			r = &post->reqs[i];
			e = match_evidence(post->analysis->findings,
			    r->first_ev, &ev);
			fprintf(out, "    %s%d%s  ", met && m->years_met[i] ?
			    p->green : p->yellow, r->weight, p->off);
			posting_req_name(out, a->lx, r);
			fprintf(out, "  %s(%s%sposting ", p->dim,
			    r->must ? "must-have; " : "",
			    met && !m->in_use[i] ? "only listed; " : "");
			put_where(out, post->doc, e->line);
			if (m->line[i] > 0) {
				fputs("; resume ", out);
				put_where(out, a->doc, m->line[i]);
			}
			if (r->years > 0 && met) {
				fputs("; ", out);
				put_years_asked(out, r->years, m->skill_years[i],
				    "no dated job shows it");
			} else if (r->years > 0)
				fprintf(out, "; %.0f+ years asked", r->years);
			fprintf(out, ")%s\n", p->off);
		}
	}
	if (post->nunknown > 0) {
		fputs("  not recognized in the posting, so not compared:\n   ",
		    out);
		for (i = 0; i < post->nunknown; i++)
			fprintf(out, "%s %s (line %lu)", i ? "," : "",
			    post->unknown[i].text,
			    (unsigned long)post->unknown[i].line);
		fputc('\n', out);
	}
}

static void
text_emit(FILE *out, const struct analysis *a,
    const struct report_options *ro, size_t index)
{
	const struct lexicon	*lx = a->lx;
	const struct score	*sc = a->score;
	const struct paint	*p = ro->color ? &colors : &plain;

	if (index > 0)
		fputc('\n', out);
	fprintf(out, "%s%s%s: %s\n", p->bold, a->doc->name, p->off,
	    lx->role_name);
	fprintf(out, "  stage reached: %s%s%s", sc->reached == LEX_NONE ?
	    p->red : p->green, sc->reached == LEX_NONE ? "none yet" :
	    lx->stages[sc->reached].id, p->off);
	if (sc->reached != LEX_NONE)
		fprintf(out, " (by %s)",
		    place_signal_name(a->placement->decided));
	fprintf(out, "    target: %s\n", lx->stages[sc->target].id);
	if (ro->explain && a->doc->encoding != NULL)
		fprintf(out, "  read as %s (not valid UTF-8)\n",
		    a->doc->encoding);
	put_signals(out, a);
	put_experience(out, a);
	put_leadership(out, a);
	put_stages(out, a, p);
	put_found(out, a, p, ro->evidence > 0 ? ro->evidence : 2,
	    ro->explain);
	put_also(out, a, p);
	put_learning(out, a, p);
	put_missing(out, a, p, ro->top);
	if (a->posting != NULL)
		put_against(out, a, p);
	if (ro->explain)
		put_rejected(out, a, p);
}

const struct report_backend report_text = {
	"text", NULL, text_emit, NULL, NULL
};
