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

struct text_state {
	struct report_options	 ro;
	int			 count;		/* inputs emitted */
};

struct paint {
	const char	*bold, *green, *yellow, *red, *dim, *off;
};

static const struct paint	colors = {
	"\033[1m", "\033[32m", "\033[33m", "\033[31m", "\033[2m", "\033[0m"
};
static const struct paint	plain = { "", "", "", "", "", "" };

static void *
text_open(FILE *out, const struct report_options *ro)
{
	struct text_state	*ts = xcalloc(1, sizeof(*ts));

	(void)out;
	ts->ro = *ro;
	return ts;
}

static void
put_years(FILE *out, const struct lex_stage *st)
{
	char	years[32];

	if (st->to < 0)
		snprintf(years, sizeof(years), "%d+", st->from);
	else
		snprintf(years, sizeof(years), "%d-%d", st->from, st->to);
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

static void
put_stages(FILE *out, const struct analysis *a, const struct paint *p)
{
	const struct lexicon	*lx = a->lx;
	const struct score	*sc = a->score;
	size_t			 i;
	int			 j, filled;

	fprintf(out, "\n%sCoverage by stage%s (cumulative)\n", p->bold, p->off);
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
    int nevidence)
{
	const struct lexicon	*lx = a->lx;
	const struct findings	*f = a->findings;
	const struct evidence	*e;
	size_t			 st, s, i, shown;

	fprintf(out, "\n%sSkills found%s (%zu named, %zu implied)\n", p->bold,
	    p->off, f->nfound, f->nimplied);
	if (f->nfound + f->nimplied == 0)
		fputs("  none\n", out);
	/* By stage, then in lexicon order. */
	for (st = 0; st < lx->nstages; st++)
		for (s = 0; s < lx->nskills; s++) {
			if (f->state[s] == SKILL_ABSENT ||
			    lx->skills[s].stage != st)
				continue;
			fprintf(out, "  %s%-28s%s %-10s ", p->green,
			    lx->skills[s].name, p->off, lx->stages[st].id);
			if (f->state[s] == SKILL_IMPLIED) {
				fprintf(out, "%simplied by %s%s\n", p->dim,
				    lx->skills[f->implied_by[s]].name, p->off);
				continue;
			}
			shown = f->count[s] < (size_t)nevidence ?
			    f->count[s] : (size_t)nevidence;
			for (i = 0; i < shown; i++) {
				e = &f->ev[f->first[s] + i];
				fprintf(out, "%sline %u: ", i ? "; " : "",
				    e->line);
				put_quote(out, a->doc->text + e->start,
				    e->end - e->start);
			}
			if (f->count[s] > shown)
				fprintf(out, " %s(+%zu more)%s", p->dim,
				    f->count[s] - shown, p->off);
			fputc('\n', out);
		}
}

static void
put_missing(FILE *out, const struct analysis *a, const struct paint *p)
{
	const struct lexicon		*lx = a->lx;
	const struct score		*sc = a->score;
	const struct lex_requirement	*req;
	const struct lex_group		*g;
	size_t				 i, m;

	fprintf(out, "\n%sMissing for %s%s, most important first\n", p->bold,
	    lx->stages[sc->target].id, p->off);
	if (sc->nmissing == 0)
		fputs("  nothing: every requirement up to this stage is met\n",
		    out);
	for (i = 0; i < sc->nmissing; i++) {
		req = &lx->reqs[sc->missing[i]];
		fprintf(out, "  %s%d%s  %-10s ", p->yellow, req->weight,
		    p->off, lx->stages[req->stage].id);
		if (!req->is_group) {
			fprintf(out, "%s\n", lx->skills[req->index].name);
			continue;
		}
		g = &lx->groups[req->index];
		fprintf(out, "%s: one of ", g->name);
		for (m = 0; m < g->nmembers; m++)
			fprintf(out, "%s%s", m ? ", " : "",
			    lx->skills[g->members[m]].name);
		fputc('\n', out);
	}
}

static int
text_emit(void *state, FILE *out, const struct analysis *a)
{
	struct text_state	*ts = state;
	const struct lexicon	*lx = a->lx;
	const struct score	*sc = a->score;
	const struct paint	*p = ts->ro.color ? &colors : &plain;

	if (ts->count++ > 0)
		fputc('\n', out);
	fprintf(out, "%s%s%s: %s\n", p->bold, a->doc->name, p->off,
	    lx->role_name);
	fprintf(out, "  stage reached: %s%s%s    target: %s\n",
	    sc->reached == LEX_NONE ? p->red : p->green,
	    sc->reached == LEX_NONE ? "none yet" :
	    lx->stages[sc->reached].id, p->off, lx->stages[sc->target].id);
	put_stages(out, a, p);
	put_found(out, a, p, ts->ro.evidence > 0 ? ts->ro.evidence : 2);
	put_missing(out, a, p);
	return ferror(out) ? -1 : 0;
}

static int
text_close(void *state, FILE *out)
{
	free(state);
	return ferror(out) ? -1 : 0;
}

const struct report_backend report_text = {
	"text", text_open, text_emit, text_close
};
