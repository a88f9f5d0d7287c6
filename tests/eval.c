/*
 * eval.c: measure extraction against the annotated corpus.  For every
 * NAME.EXT with a NAME.gold beside it (a .txt resume, or another format
 * gapcheck reads, such as .html), compare the skills gapcheck
 * names with the gold ones; print micro and macro precision, recall and
 * F1, a per-skill table and every false positive and false negative
 * with file, line and text.  Exit 1 below the targets, 2 on bad input.
 *
 * usage: eval [-L lexicon] [-q] dir
 */
#include <sys/types.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analyze.h"
#include "dates.h"
#include "diag.h"
#include "lexicon.h"
#include "read.h"
#include "util.h"

/* "Present" in the corpus: its README says so. */
#define EVAL_TODAY		"2026-11-01"

#define TARGET_PRECISION	0.97
#define TARGET_RECALL		0.95
#define TARGET_YEARS		0.95	/* share within half a year */
#define TARGET_STAGE		0.80	/* technical resumes placed right */
#define TARGET_STAGE_NEAR	1.00	/* ... or one stage off */
#define EVAL_MAXSTAGES		16

enum gold_mark { G_NONE, G_SKILL, G_LEARNING, G_NOT };

struct counts {
	unsigned	tp, fp, fn;
};

struct eval {
	const struct lexicon	*lx;
	struct analyzer		*an;
	struct counts		 all;
	struct counts		 part[2];	/* beyond the role, the role's */
	struct counts		*per_skill;
	struct counts		 learning;
	unsigned		 nontech_fp;
	unsigned		 files, traps, traps_hit;
	unsigned		 years_gold, years_close;
	unsigned		 stages_gold, stages_same, stages_near;
	unsigned		 stages_skills;	/* the skills alone right */
	unsigned		 by_gold[EVAL_MAXSTAGES];
	unsigned		 by_same[EVAL_MAXSTAGES];
	int			 quiet;
	struct buf		 errors;	/* the FP/FN lines, printed last */
};

static double
ratio(unsigned a, unsigned b)
{
	return b == 0 ? 1.0 : (double)a / b;
}

/*
 * The stage placed against the annotator's: exact, within one stage,
 * per gold stage, and what the skills alone would have said.
 */
static void
count_stage(struct eval *ev, const struct analysis *a, const char *gold,
    const char *txt)
{
	const struct lexicon	*lx = ev->lx;
	size_t			 want = lexicon_stage_index(lx, gold);
	size_t			 got = a->score->reached;
	char			 msg[600];

	if (want == LEX_NONE || want >= EVAL_MAXSTAGES)
		return;
	ev->stages_gold++;
	ev->by_gold[want]++;
	if (a->score->by_skills == want)
		ev->stages_skills++;
	if (got == want) {
		ev->stages_same++;
		ev->stages_near++;
		ev->by_same[want]++;
		return;
	}
	if (got != LEX_NONE && (got + 1 == want || want + 1 == got))
		ev->stages_near++;
	snprintf(msg, sizeof(msg), "STAGE %.400s: %s, gold %s (placed by "
	    "%s)\n", txt, got == LEX_NONE ? "none" : lx->stages[got].id,
	    gold, place_signal_name(a->placement->decided));
	buf_adds(&ev->errors, msg);
}

static double
f1(double p, double r)
{
	return p + r == 0 ? 0 : 2 * p * r / (p + r);
}

struct gold {
	int	nontech;
	double	years;		/* < 0: none given */
	char	stage[16];	/* "" if none given */
};

/* Read NAME.gold into marks[] (per skill) and g. */
static int
read_gold(const struct eval *ev, const char *path, unsigned char *marks,
    struct gold *g)
{
	char	 line[512], *word, *arg, *save;
	FILE	*f = fopen(path, "r");
	size_t	 s;
	int	 lineno = 0, bad = 0;

	if (f == NULL) {
		fprintf(stderr, "eval: %s: cannot open\n", path);
		return -1;
	}
	g->nontech = 0;
	g->years = -1;
	g->stage[0] = '\0';
	while (fgets(line, sizeof(line), f) != NULL) {
		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		if ((word = strtok_r(line, " \t", &save)) == NULL ||
		    word[0] == '#')
			continue;
		arg = strtok_r(NULL, " \t", &save);
		if (strcmp(word, "role") == 0) {
			g->nontech = arg != NULL && strcmp(arg, "nontech") == 0;
			continue;
		}
		if (strcmp(word, "stage") == 0) {
			snprintf(g->stage, sizeof(g->stage), "%s",
			    arg ? arg : "");
			continue;
		}
		if (strcmp(word, "years") == 0) {
			g->years = arg ? atof(arg) : -1;
			continue;
		}
		if (arg == NULL || (s = lexicon_skill_index(ev->lx, arg)) ==
		    LEX_NONE) {
			fprintf(stderr, "eval: %s:%d: unknown skill \"%s\"\n",
			    path, lineno, arg ? arg : "");
			bad = 1;
			continue;
		}
		if (strcmp(word, "skill") == 0)
			marks[s] = G_SKILL;
		else if (strcmp(word, "learning") == 0)
			marks[s] = G_LEARNING;
		else if (strcmp(word, "not") == 0)
			marks[s] = G_NOT;
		else {
			fprintf(stderr, "eval: %s:%d: unknown line \"%s\"\n",
			    path, lineno, word);
			bad = 1;
		}
	}
	fclose(f);
	return bad ? -1 : 0;
}

/* One error line: "FP file:line: text (skill)" and so on. */
static void
note(struct eval *ev, const char *kind, const char *file,
    const struct analysis *a, size_t s)
{
	const struct findings	*f = a->findings;
	struct evidence		 e;
	struct rejected		 r;
	char			 msg[512];
	size_t			 i, n;
	const char		*why = "no spelling of it in the text";
	unsigned		 line = 0;
	size_t			 start = 0, end = 0;

	if (f->count[s] > 0) {
		match_evidence(f, f->first[s], &e);
		line = e.line;
		start = e.start;
		end = e.end;
		why = f->state[s] == SKILL_LEARNING ? "found as learning" :
		    "found";
	} else
		for (i = 0; i < f->nrej; i++)
			if (match_rejected(f, i, &r)->skill == s) {
				line = r.line;
				start = r.start;
				end = r.end;
				why = match_reason_name(r.reason);
				break;
			}
	n = end - start < 60 ? end - start : 60;
	snprintf(msg, sizeof(msg), "%s %s:%u: %-24s \"%.*s\" (%s)\n", kind,
	    file, line, ev->lx->skills[s].id, (int)n, a->doc->text + start,
	    why);
	buf_adds(&ev->errors, msg);
}

static int
eval_file(struct eval *ev, const char *dir, const char *name)
{
	struct read_options	 ro = { .max_size = READ_DEFAULT_MAX };
	const struct analysis	*a;
	struct diag		 d;
	struct doc		*doc;
	unsigned char		*marks;
	char			 txt[4096], gold[4096], msg[512];
	size_t			 s, len = strlen(name);
	struct gold		 g;
	struct counts		*part;
	double			 years;
	int			 got, nontech;

	snprintf(txt, sizeof(txt), "%s/%s", dir, name);
	len = strrchr(name, '.') != NULL ? (size_t)(strrchr(name, '.') -
	    name) : len;
	snprintf(gold, sizeof(gold), "%s/%.*s.gold", dir, (int)len, name);
	if (access(gold, R_OK) != 0)
		return 0;		/* not annotated */
	marks = xcalloc(ev->lx->nskills, 1);
	if (read_gold(ev, gold, marks, &g) != 0) {
		free(marks);
		return -1;
	}
	diag_init(&d, stderr);
	if ((doc = doc_read(txt, &ro, &d)) == NULL) {
		free(marks);
		return -1;
	}
	a = analyzer_run(ev->an, doc, LEX_NONE, &d);
	ev->files++;
	nontech = g.nontech;
	if (g.years >= 0) {
		ev->years_gold++;
		years = a->experience->years;
		if (years >= 0 && years - g.years <= 0.5 &&
		    g.years - years <= 0.5)
			ev->years_close++;
		else {
			snprintf(msg, sizeof(msg), "YEARS %.400s: %.1f, gold %.1f\n",
			    txt, years, g.years);
			buf_adds(&ev->errors, msg);
		}
	}
	if (g.stage[0] != '\0' && strcmp(g.stage, "none") != 0)
		count_stage(ev, a, g.stage, txt);
	for (s = 0; s < ev->lx->nskills; s++) {
		got = a->findings->state[s];
		if (marks[s] == G_NOT) {
			ev->traps++;
			if (got == SKILL_FOUND)
				ev->traps_hit++;
		}
		if (marks[s] == G_LEARNING || got == SKILL_LEARNING) {
			if (marks[s] == G_LEARNING && got == SKILL_LEARNING)
				ev->learning.tp++;
			else if (marks[s] == G_LEARNING)
				ev->learning.fn++;
			else
				ev->learning.fp++;
		}
		part = &ev->part[lexicon_in_role(ev->lx, s)];
		if (marks[s] == G_SKILL && got == SKILL_FOUND) {
			ev->all.tp++;
			part->tp++;
			ev->per_skill[s].tp++;
		} else if (got == SKILL_FOUND) {
			ev->all.fp++;
			part->fp++;
			ev->per_skill[s].fp++;
			if (nontech)
				ev->nontech_fp++;
			note(ev, "FP", txt, a, s);
		} else if (marks[s] == G_SKILL) {
			ev->all.fn++;
			part->fn++;
			ev->per_skill[s].fn++;
			note(ev, "FN", txt, a, s);
		}
	}
	doc_free(doc);
	free(marks);
	return 0;
}

static int
name_cmp(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

static void
print_report(struct eval *ev)
{
	const struct lexicon	*lx = ev->lx;
	const struct counts	*c;
	double			 p, r, mp = 0, mr = 0;
	unsigned		 np = 0, nr = 0;
	size_t			 s;

	if (!ev->quiet) {
		printf("%-28s %4s %4s %4s %6s %6s\n", "skill", "tp", "fp",
		    "fn", "prec", "recall");
		for (s = 0; s < lx->nskills; s++) {
			c = &ev->per_skill[s];
			if (c->tp + c->fp + c->fn == 0)
				continue;
			printf("%-28s %4u %4u %4u %6.3f %6.3f\n",
			    lx->skills[s].id, c->tp, c->fp, c->fn,
			    ratio(c->tp, c->tp + c->fp),
			    ratio(c->tp, c->tp + c->fn));
		}
		printf("\n%s\n", ev->errors.len ? ev->errors.data :
		    "no false positives or negatives\n");
	}
	for (s = 0; s < lx->nskills; s++) {
		c = &ev->per_skill[s];
		if (c->tp + c->fp > 0) {
			mp += ratio(c->tp, c->tp + c->fp);
			np++;
		}
		if (c->tp + c->fn > 0) {
			mr += ratio(c->tp, c->tp + c->fn);
			nr++;
		}
	}
	mp = np ? mp / np : 1;
	mr = nr ? mr / nr : 1;
	p = ratio(ev->all.tp, ev->all.tp + ev->all.fp);
	r = ratio(ev->all.tp, ev->all.tp + ev->all.fn);
	printf("files %u; skills: %u true positives, %u false positives, "
	    "%u false negatives\n", ev->files, ev->all.tp, ev->all.fp,
	    ev->all.fn);
	printf("micro: precision %.4f  recall %.4f  F1 %.4f\n", p, r,
	    f1(p, r));
	printf("macro: precision %.4f  recall %.4f  F1 %.4f  (per skill)\n",
	    mp, mr, f1(mp, mr));
	for (s = 2; s-- > 0; ) {
		c = &ev->part[s];
		p = ratio(c->tp, c->tp + c->fp);
		r = ratio(c->tp, c->tp + c->fn);
		printf("%s: precision %.4f  recall %.4f  (%u tp, %u fp, "
		    "%u fn)\n", s ? "the role's skills" : "beyond the role",
		    p, r, c->tp, c->fp, c->fn);
	}
	printf("learning: %u right, %u missed, %u wrong\n", ev->learning.tp,
	    ev->learning.fn, ev->learning.fp);
	printf("traps: %u of %u reported\n", ev->traps_hit, ev->traps);
	printf("false positives on non-technical resumes: %u\n",
	    ev->nontech_fp);
	printf("years: %u of %u within half a year of the gold (%.1f%%)\n",
	    ev->years_close, ev->years_gold,
	    100 * ratio(ev->years_close, ev->years_gold));
	printf("stage: %u of %u technical resumes placed at the annotator's "
	    "stage (%.1f%%), %u within one stage (%.1f%%)\n", ev->stages_same,
	    ev->stages_gold, 100 * ratio(ev->stages_same, ev->stages_gold),
	    ev->stages_near, 100 * ratio(ev->stages_near, ev->stages_gold));
	printf("  by stage:");
	for (s = 0; s < ev->lx->nstages && s < EVAL_MAXSTAGES; s++)
		printf(" %s %u/%u", ev->lx->stages[s].id, ev->by_same[s],
		    ev->by_gold[s]);
	printf("\n  the stage by skills alone: %u of %u (for comparison)\n",
	    ev->stages_skills, ev->stages_gold);
	printf("targets: precision >= %.2f, recall >= %.2f, none on "
	    "non-technical resumes, years %.0f%% within half a year, stage "
	    "%.0f%% exact and %.0f%% within one\n", TARGET_PRECISION,
	    TARGET_RECALL, 100 * TARGET_YEARS, 100 * TARGET_STAGE,
	    100 * TARGET_STAGE_NEAR);
}

int
main(int argc, char *argv[])
{
	struct eval	 ev;
	struct diag	 d;
	struct lexicon	*lx;
	const char	*lexpath = "lexicon/backend.lex";
	char		**names = NULL;
	size_t		 n = 0, cap = 0, i, len;
	struct dirent	*de;
	DIR		*dir;
	int		 c, bad = 0, today;
	double		 p, r;

	memset(&ev, 0, sizeof(ev));
	while ((c = getopt(argc, argv, "L:q")) != -1)
		switch (c) {
		case 'L':
			lexpath = optarg;
			break;
		case 'q':
			ev.quiet = 1;
			break;
		default:
			fputs("usage: eval [-q] [-L lexicon] dir\n", stderr);
			return 2;
		}
	if (optind + 1 != argc) {
		fputs("usage: eval [-q] [-L lexicon] dir\n", stderr);
		return 2;
	}
	diag_init(&d, stderr);
	if ((lx = lexicon_load(lexpath, &d)) == NULL)
		return 2;
	today = dates_parse_iso(EVAL_TODAY, NULL);
	if ((dir = opendir(argv[optind])) == NULL) {
		perror(argv[optind]);
		return 2;
	}
	while ((de = readdir(dir)) != NULL) {
		len = strlen(de->d_name);
		if (de->d_name[0] != '.' && strchr(de->d_name, '.') != NULL &&
		    (len < 5 || strcmp(de->d_name + len - 5, ".gold") != 0)) {
			xgrow(&names, &cap, n + 1, sizeof(*names));
			names[n++] = xstrdup(de->d_name);
		}
	}
	closedir(dir);
	if (n > 1)
		qsort(names, n, sizeof(*names), name_cmp);

	lexicon_jit(lx);
	ev.lx = lx;
	ev.an = analyzer_new(lx);
	ev.an->today = today;
	ev.per_skill = xcalloc(lx->nskills, sizeof(*ev.per_skill));
	for (i = 0; i < n; i++) {
		if (eval_file(&ev, argv[optind], names[i]) != 0)
			bad = 1;
		free(names[i]);
	}
	free(names);
	if (bad)
		return 2;
	print_report(&ev);
	p = ratio(ev.all.tp, ev.all.tp + ev.all.fp);
	r = ratio(ev.all.tp, ev.all.tp + ev.all.fn);
	buf_free(&ev.errors);
	free(ev.per_skill);
	analyzer_free(ev.an);
	lexicon_free(lx);
	if (ev.files == 0) {
		fprintf(stderr, "eval: no annotated resumes in %s\n",
		    argv[optind]);
		return 2;
	}
	return p >= TARGET_PRECISION && r >= TARGET_RECALL &&
	    ev.nontech_fp == 0 &&
	    ratio(ev.years_close, ev.years_gold) >= TARGET_YEARS &&
	    ratio(ev.stages_same, ev.stages_gold) >= TARGET_STAGE &&
	    ratio(ev.stages_near, ev.stages_gold) >= TARGET_STAGE_NEAR ?
	    0 : 1;
}
