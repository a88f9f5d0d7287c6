/*
 * eval_rank.c: measure how gapcheck ranks resumes against a job
 * posting.  For every directory NN-name under the corpus with a
 * posting.txt, a resumes/ folder and a recruiter's ranking.tsv, score
 * each resume with the posting match rate (gapcheck -a), rank them by
 * it (ties by file name) and compare that order with the recruiter's:
 * Spearman's rho, NDCG@5, and every must-have violation (a resume the
 * recruiter marks as missing a must-have ranked above one marked all).
 * Then the means and the total, each against its target.
 *
 * Exit 1 when a target is not met (see corpora/ranking/README.md).
 * Exit 2 on bad input: a missing file, or a malformed ranking.tsv
 * (reported as FILE:LINE: message).  -t checks the rank statistics
 * against small hand-computed cases instead, exit 1 if one is off.
 *
 * usage: eval-rank [-q] [-L lexicon] dir
 *        eval-rank -t
 */
#include <sys/types.h>
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analyze.h"
#include "dates.h"
#include "diag.h"
#include "lexicon.h"
#include "posting.h"
#include "read.h"
#include "util.h"

/* "Present" in the corpus, as in corpora/annotated. */
#define RANK_TODAY		"2026-11-01"

#define NDCG_K			5
#define TARGET_RHO		0.80	/* mean Spearman's rho */
#define TARGET_NDCG		0.90	/* mean NDCG@5 */
#define TARGET_VIOLATIONS	0

#define USAGE	"usage: eval-rank [-q] [-L lexicon] dir\n" \
		"       eval-rank -t\n"

/* One resume of a posting: the recruiter's judgement and gapcheck's. */
struct cand {
	char	*file;		/* under resumes/ */
	char	*musts;		/* "all" or "missing: ..." */
	int	 all;		/* musts is "all" */
	size_t	 rrank;		/* the recruiter's, from 1 */
	size_t	 grank;		/* gapcheck's, from 1 */
	double	 rate;		/* the posting match rate */
	int	 line;		/* in ranking.tsv */
};

struct totals {
	double		 rho, ndcg;
	size_t		 postings, violations;
};

/*
 * Spearman's rho of two rankings of n items without ties (each a
 * permutation of 1..n): 1 - 6 sum d^2 / (n (n^2 - 1)).  1 for n < 2.
 */
static double
spearman(const size_t *a, const size_t *b, size_t n)
{
	double	d, sum = 0;
	size_t	i;

	if (n < 2)
		return 1.0;
	for (i = 0; i < n; i++) {
		d = (double)a[i] - (double)b[i];
		sum += d * d;
	}
	return 1.0 - 6.0 * sum / ((double)n * ((double)n * n - 1.0));
}

/*
 * NDCG@k of the order given by got[] (got[i]: the recruiter's rank of
 * the item placed at position i + 1), with linear gain rel = n - rank
 * + 1 and discount log2(position + 1).  The ideal order is the
 * recruiter's own, so the ideal DCG is over ranks 1..k.
 */
static double
ndcg(const size_t *got, size_t n, size_t k)
{
	double	dcg = 0, idcg = 0;
	size_t	i;

	if (k > n)
		k = n;
	for (i = 0; i < k; i++) {
		dcg += (double)(n - got[i] + 1) / log2((double)i + 2.0);
		idcg += (double)(n - i) / log2((double)i + 2.0);
	}
	return idcg > 0 ? dcg / idcg : 1.0;
}

static int
check(const char *what, double got, double want)
{
	int	ok = fabs(got - want) < 1e-4;

	printf("%s %s: %.5f, expected %.5f\n", ok ? "OK" : "FAIL", what, got,
	    want);
	return ok;
}

/* -t: the statistics on small cases worked out by hand. */
static int
self_test(void)
{
	static const size_t	id5[] = { 1, 2, 3, 4, 5 };
	static const size_t	rev5[] = { 5, 4, 3, 2, 1 };
	static const size_t	swap5[] = { 2, 1, 4, 3, 5 };
	static const size_t	rev3[] = { 3, 2, 1 };
	static const size_t	id7[] = { 1, 2, 3, 4, 5, 6, 7 };
	static const size_t	low7[] = { 6, 7, 1, 2, 3, 4, 5 };
	int			ok = 1;

	ok &= check("rho, same order", spearman(id5, id5, 5), 1.0);
	ok &= check("rho, reversed", spearman(id5, rev5, 5), -1.0);
	/* Two swaps: sum d^2 = 4, 1 - 24 / 120. */
	ok &= check("rho, two neighbours swapped", spearman(id5, swap5, 5),
	    0.8);
	ok &= check("ndcg, same order", ndcg(id5, 5, 5), 1.0);
	/* (1 + 2/log2 3 + 3/2) / (3 + 2/log2 3 + 1/2) = 3.76186 / 4.76186. */
	ok &= check("ndcg, three reversed", ndcg(rev3, 3, 5), 0.79000);
	ok &= check("ndcg@5 ignores order past 5", ndcg(id7, 7, 5), 1.0);
	/*
	 * Gains 2 1 7 6 5 against 7 6 5 4 3: 10.64925 / 16.16885.
	 */
	ok &= check("ndcg@5, the two worst first", ndcg(low7, 7, 5),
	    0.65863);
	return ok ? 0 : 1;
}

static void
cands_free(struct cand *c, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		free(c[i].file);
		free(c[i].musts);
	}
	free(c);
}

/*
 * Read ranking.tsv: "rank TAB file TAB must-haves TAB why" per line,
 * blank lines and lines starting with # skipped.  Every problem is
 * reported as path:line; -1 if there was one.
 */
static int
read_ranking(const char *path, struct cand **out, size_t *nout)
{
	struct cand	*c = NULL, *x;
	FILE		*f;
	char		*line = NULL, *field[4], *p, *end;
	size_t		 cap = 0, lcap = 0, n = 0, i, j, nf;
	ssize_t		 len;
	long		 rank;
	int		 lineno = 0, bad = 0;
	unsigned char	*seen;

	if ((f = fopen(path, "r")) == NULL) {
		fprintf(stderr, "eval-rank: %s: %s\n", path, strerror(errno));
		return -1;
	}
	while ((len = getline(&line, &lcap, f)) != -1) {
		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] == '\0' || line[0] == '#')
			continue;
		/* Split at every tab; a fifth field is an error too. */
		for (nf = 0, p = line; p != NULL; nf++) {
			if (nf < 4)
				field[nf] = p;
			if ((p = strchr(p, '\t')) != NULL)
				*p++ = '\0';
		}
		if (nf != 4) {
			fprintf(stderr, "eval-rank: %s:%d: %zu fields, "
			    "expected 4 (rank, resume, must-haves, why)\n",
			    path, lineno, nf);
			bad = 1;
			continue;
		}
		errno = 0;
		rank = strtol(field[0], &end, 10);
		if (errno != 0 || end == field[0] || *end != '\0' ||
		    rank < 1) {
			fprintf(stderr, "eval-rank: %s:%d: rank \"%s\" is not "
			    "a positive number\n", path, lineno, field[0]);
			bad = 1;
			continue;
		}
		if (field[1][0] == '\0' || strchr(field[1], '/') != NULL) {
			fprintf(stderr, "eval-rank: %s:%d: resume \"%s\" is "
			    "not a file name under resumes/\n", path, lineno,
			    field[1]);
			bad = 1;
			continue;
		}
		if (strcmp(field[2], "all") != 0 &&
		    (strncmp(field[2], "missing: ", 9) != 0 ||
		    field[2][9] == '\0')) {
			fprintf(stderr, "eval-rank: %s:%d: must-haves \"%s\": "
			    "expected all or missing: X, Y\n", path, lineno,
			    field[2]);
			bad = 1;
			continue;
		}
		if (field[3][0] == '\0') {
			fprintf(stderr, "eval-rank: %s:%d: no reason given\n",
			    path, lineno);
			bad = 1;
			continue;
		}
		for (i = 0; i < n; i++)
			if (strcmp(c[i].file, field[1]) == 0 ||
			    c[i].rrank == (size_t)rank)
				break;
		if (i < n) {
			fprintf(stderr, "eval-rank: %s:%d: %s %s already on "
			    "line %d\n", path, lineno,
			    strcmp(c[i].file, field[1]) == 0 ? "resume" :
			    "rank", strcmp(c[i].file, field[1]) == 0 ?
			    field[1] : field[0], c[i].line);
			bad = 1;
			continue;
		}
		xgrow(&c, &cap, n + 1, sizeof(*c));
		x = &c[n++];
		memset(x, 0, sizeof(*x));
		x->file = xstrdup(field[1]);
		x->musts = xstrdup(field[2]);
		x->all = strcmp(field[2], "all") == 0;
		x->rrank = (size_t)rank;
		x->line = lineno;
	}
	if (ferror(f)) {
		fprintf(stderr, "eval-rank: %s: %s\n", path, strerror(errno));
		bad = 1;
	}
	free(line);
	fclose(f);
	if (!bad && n == 0) {
		fprintf(stderr, "eval-rank: %s: no ranked resume\n", path);
		bad = 1;
	}
	/* The ranks must be 1..n, each once. */
	if (!bad) {
		seen = xcalloc(n + 1, 1);
		for (i = 0; i < n; i++)
			if (c[i].rrank > n) {
				fprintf(stderr, "eval-rank: %s:%d: rank %zu, "
				    "but only %zu resumes are ranked\n", path,
				    c[i].line, c[i].rrank, n);
				bad = 1;
			} else
				seen[c[i].rrank] = 1;
		for (j = 1; !bad && j <= n; j++)
			if (!seen[j]) {
				fprintf(stderr, "eval-rank: %s: no resume has "
				    "rank %zu\n", path, j);
				bad = 1;
			}
		free(seen);
	}
	if (bad) {
		cands_free(c, n);
		return -1;
	}
	*out = c;
	*nout = n;
	return 0;
}

static int
name_cmp(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

/*
 * The entries of dir not starting with a dot, sorted; NULL after
 * reporting why.  want_dirs: directories only, else files only.
 */
static char **
list_dir(const char *dir, int want_dirs, size_t *nout)
{
	struct dirent	*de;
	struct stat	 st;
	DIR		*d;
	char		**names = NULL, path[4096];
	size_t		 n = 0, cap = 0;
	int		 isdir;

	if ((d = opendir(dir)) == NULL) {
		fprintf(stderr, "eval-rank: %s: %s\n", dir, strerror(errno));
		return NULL;
	}
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		if (stat(path, &st) != 0)
			continue;	/* a dangling link: not ours to read */
		isdir = S_ISDIR(st.st_mode) != 0;
		if (isdir != want_dirs || (!isdir && !S_ISREG(st.st_mode)))
			continue;
		xgrow(&names, &cap, n + 2, sizeof(*names));
		names[n++] = xstrdup(de->d_name);
	}
	closedir(d);
	if (n > 1)
		qsort(names, n, sizeof(*names), name_cmp);
	*nout = n;
	return names == NULL ? xcalloc(1, sizeof(*names)) : names;
}

/* Whether name is one of the n names (sorted). */
static int
listed(char **names, size_t n, const char *name)
{
	return bsearch(&name, names, n, sizeof(*names), name_cmp) != NULL;
}

static void
names_free(char **names, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
}

/*
 * Every resume under resumes/ is ranked, and every ranked resume is
 * there; -1 after reporting each one that is not.
 */
static int
check_files(const char *tsv, const char *rdir, const struct cand *c,
    size_t n)
{
	char	**names, **ranked;
	size_t	  nnames, i;
	int	  bad = 0;

	if ((names = list_dir(rdir, 0, &nnames)) == NULL)
		return -1;
	ranked = xcalloc(n + 1, sizeof(*ranked));
	for (i = 0; i < n; i++)
		ranked[i] = c[i].file;
	qsort(ranked, n, sizeof(*ranked), name_cmp);
	for (i = 0; i < n; i++)
		if (!listed(names, nnames, c[i].file)) {
			fprintf(stderr, "eval-rank: %s:%d: %s/%s: no such "
			    "file\n", tsv, c[i].line, rdir, c[i].file);
			bad = 1;
		}
	for (i = 0; i < nnames; i++)
		if (!listed(ranked, n, names[i])) {
			fprintf(stderr, "eval-rank: %s/%s: not ranked in %s\n",
			    rdir, names[i], tsv);
			bad = 1;
		}
	free(ranked);
	names_free(names, nnames);
	return bad ? -1 : 0;
}

/* gapcheck's order: the match rate, highest first; ties by file name. */
static int
by_rate(const void *x, const void *y)
{
	const struct cand	*a = *(const struct cand *const *)x;
	const struct cand	*b = *(const struct cand *const *)y;

	if (a->rate != b->rate)
		return a->rate > b->rate ? -1 : 1;
	return strcmp(a->file, b->file);
}

static int
by_rrank(const void *x, const void *y)
{
	const struct cand	*a = x, *b = y;

	return (a->rrank > b->rrank) - (a->rrank < b->rrank);
}

/* Score each candidate against the posting; -1 if one was not read. */
static int
score_all(struct analyzer *an, const struct posting *p, const char *rdir,
    struct cand *c, size_t n)
{
	struct read_options	 ro = { .max_size = READ_DEFAULT_MAX };
	const struct analysis	*a;
	struct diag		 d;
	struct doc		*doc;
	char			 path[8192];
	size_t			 i;
	int			 bad = 0;

	diag_init(&d, stderr);
	analyzer_set_posting(an, p);
	for (i = 0; i < n; i++) {
		snprintf(path, sizeof(path), "%s/%s", rdir, c[i].file);
		if ((doc = doc_read(path, &ro, &d)) == NULL) {
			bad = 1;
			continue;
		}
		a = analyzer_run(an, doc, LEX_NONE, &d);
		c[i].rate = a->match != NULL ? a->match->rate : 0;
		doc_free(doc);
	}
	analyzer_set_posting(an, NULL);
	return bad ? -1 : 0;
}

/* The figures for one posting, printed; -1 on bad input. */
static int
eval_posting(struct analyzer *an, const char *corpus, const char *name,
    int quiet, struct totals *t)
{
	struct read_options	 ro = { .max_size = READ_DEFAULT_MAX };
	struct diag		 d;
	struct posting		*p = NULL;
	struct cand		*c = NULL, **order = NULL;
	char			 dir[4096], post[4200], tsv[4200], rdir[4200];
	size_t			*rr = NULL, *gr = NULL, *got = NULL;
	size_t			 n = 0, i, j, nviol = 0;
	double			 rho, nd;
	int			 rc = -1;

	snprintf(dir, sizeof(dir), "%s/%s", corpus, name);
	snprintf(post, sizeof(post), "%s/posting.txt", dir);
	snprintf(tsv, sizeof(tsv), "%s/ranking.tsv", dir);
	snprintf(rdir, sizeof(rdir), "%s/resumes", dir);
	if (access(post, R_OK) != 0) {
		fprintf(stderr, "eval-rank: %s: %s\n", post, strerror(errno));
		return -1;
	}
	if (read_ranking(tsv, &c, &n) != 0)
		return -1;
	if (check_files(tsv, rdir, c, n) != 0)
		goto out;
	diag_init(&d, stderr);
	if ((p = posting_load(post, an->lx, &ro, an->today, &d)) == NULL)
		goto out;
	if (score_all(an, p, rdir, c, n) != 0)
		goto out;

	/* Sorted by the recruiter's rank: c[i].rrank == i + 1. */
	qsort(c, n, sizeof(*c), by_rrank);
	order = xcalloc(n, sizeof(*order));
	for (i = 0; i < n; i++)
		order[i] = &c[i];
	qsort(order, n, sizeof(*order), by_rate);
	rr = xcalloc(n, sizeof(*rr));
	gr = xcalloc(n, sizeof(*gr));
	got = xcalloc(n, sizeof(*got));
	for (i = 0; i < n; i++) {
		order[i]->grank = i + 1;
		got[i] = order[i]->rrank;
	}
	for (i = 0; i < n; i++) {
		rr[i] = c[i].rrank;
		gr[i] = c[i].grank;
	}
	rho = spearman(rr, gr, n);
	nd = ndcg(got, n, NDCG_K);

	printf("posting %s: %zu resumes, %zu requirements\n", name, n,
	    p->nreqs);
	if (!quiet) {
		printf("  %4s %4s %7s  %-36s %s\n", "rec", "gap", "match",
		    "resume", "must-haves");
		for (i = 0; i < n; i++)
			printf("  %4zu %4zu %6.1f%%  %-36s %.22s%s\n",
			    c[i].rrank, c[i].grank, 100 * c[i].rate,
			    c[i].file, c[i].musts,
			    strlen(c[i].musts) > 22 ? "..." : "");
	}
	/* Each pair: a missing must-have above a resume with them all. */
	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++)
			if (!c[i].all && c[j].all &&
			    c[i].grank < c[j].grank) {
				nviol++;
				printf("  violation: %s (#%zu, recruiter "
				    "#%zu) above %s (#%zu, recruiter #%zu, "
				    "all)\n", c[i].file, c[i].grank,
				    c[i].rrank, c[j].file, c[j].grank,
				    c[j].rrank);
			}
	printf("  rho %.3f  NDCG@%d %.3f  must-have violations %zu\n\n",
	    rho, NDCG_K, nd, nviol);
	t->rho += rho;
	t->ndcg += nd;
	t->violations += nviol;
	t->postings++;
	rc = 0;
out:
	free(rr);
	free(gr);
	free(got);
	free(order);
	posting_free(p);
	cands_free(c, n);
	return rc;
}

int
main(int argc, char *argv[])
{
	struct totals	 t;
	struct diag	 d;
	struct lexicon	*lx;
	struct analyzer	*an;
	const char	*lexpath = "lexicon/backend.lex";
	char		**names;
	size_t		 n, i;
	int		 c, quiet = 0, test = 0, bad = 0;
	double		 rho, nd;

	while ((c = getopt(argc, argv, "L:qt")) != -1)
		switch (c) {
		case 'L':
			lexpath = optarg;
			break;
		case 'q':
			quiet = 1;
			break;
		case 't':
			test = 1;
			break;
		default:
			fputs(USAGE, stderr);
			return 2;
		}
	if (test) {
		if (optind != argc) {
			fputs(USAGE, stderr);
			return 2;
		}
		return self_test();
	}
	if (optind + 1 != argc) {
		fputs(USAGE, stderr);
		return 2;
	}
	if ((names = list_dir(argv[optind], 1, &n)) == NULL)
		return 2;
	if (n == 0) {
		fprintf(stderr, "eval-rank: %s: no posting directories\n",
		    argv[optind]);
		free(names);
		return 2;
	}
	diag_init(&d, stderr);
	if ((lx = lexicon_load(lexpath, &d)) == NULL) {
		names_free(names, n);
		return 2;
	}
	lexicon_jit(lx);
	an = analyzer_new(lx);
	an->today = dates_parse_iso(RANK_TODAY, NULL);
	memset(&t, 0, sizeof(t));
	for (i = 0; i < n; i++)
		if (eval_posting(an, argv[optind], names[i], quiet, &t) != 0)
			bad = 1;
	names_free(names, n);
	analyzer_free(an);
	lexicon_free(lx);
	if (bad)
		return 2;

	rho = t.rho / (double)t.postings;
	nd = t.ndcg / (double)t.postings;
	printf("postings %zu\n", t.postings);
	printf("mean rho %.3f (target >= %.2f: %s)\n", rho, TARGET_RHO,
	    rho >= TARGET_RHO ? "met" : "not met");
	printf("mean NDCG@%d %.3f (target >= %.2f: %s)\n", NDCG_K, nd,
	    TARGET_NDCG, nd >= TARGET_NDCG ? "met" : "not met");
	printf("must-have violations %zu (target %d: %s)\n", t.violations,
	    TARGET_VIOLATIONS, t.violations <= TARGET_VIOLATIONS ? "met" :
	    "not met");
	return rho >= TARGET_RHO && nd >= TARGET_NDCG &&
	    t.violations <= TARGET_VIOLATIONS ? 0 : 1;
}
