/*
 * eval_external.c: measure how well gapcheck knows and finds
 * technologies on public annotated data that nobody here wrote (see
 * the README of each corpus):
 *
 *   skillspan/skillspan_tech_{train,dev}.conll  job ads; the Knowledge
 *	spans that name a technology (tests/external/
 *	skillspan-technology.tsv says which) are the gold;
 *   skillspan/skillspan_house_{train,dev}.conll  general job ads: how
 *	many technologies gapcheck finds where few are asked for;
 *   dotin-dev/N.xml  resumes; the Tech Tools spans are the gold.
 *
 * Per corpus it prints coverage (the share of gold mentions and of
 * distinct gold texts whose text alone scans to catalogue entries),
 * recall and precision of what gapcheck reports per document, every
 * false positive and negative, and the commonest technologies still
 * unknown; then a summary against the targets.  What is measured is
 * what analyzer_run() reports, as gapcheck would on the same text.
 *
 * Exit 0 whatever the figures (they are for reading), and with a note
 * when the corpora are absent; 2 on bad input or usage.
 *
 * usage: eval-external [-D dir] [-J judged.tsv] [-L lexicon]
 *	  [-T technology.tsv] corpora
 *
 * -D writes every document as measured to dir/CORPUS/DOCUMENT.txt, so
 * that a reviewer can read a false positive's line in its context.
 */
#include <sys/stat.h>
#include <sys/types.h>

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analyze.h"
#include "diag.h"
#include "lexicon.h"
#include "norm.h"
#include "read.h"
#include "scan.h"
#include "token.h"
#include "util.h"

#define TARGET_SKILLSPAN_COVERAGE	0.90
#define TARGET_DOTIN_COVERAGE		0.80
#define TARGET_SOFTWARE_COVERAGE	0.85
#define TARGET_RECALL			0.97
#define TARGET_PRECISION		0.95

#define TOP_UNKNOWN	30
#define TOP_HOUSE	15
/* A span naming more entries than this ("a/b/c/...") keeps the first. */
#define SPAN_MAXENTRIES	16

enum verdict { V_TECH, V_OTHER, V_UNJUDGED };

/* A gold span: document text offsets, and what the span names. */
struct span {
	size_t		start, end;
	enum verdict	verdict;
	int		mapped;
};

/* One document as built from a corpus: its text and its gold spans. */
struct gdoc {
	char		 corpus[64];	/* as judged.tsv names it */
	char		 name[64];
	int		 software;	/* dotin: a software resume */
	struct buf	 text;
	struct span	*spans;
	size_t		 nspans, spancap;
};

/* A gold mention, for coverage by distinct text and the unknown list. */
struct mention {
	char	*key;			/* normalized text, owned */
	int	 mapped;
	int	 software;
};

struct tsv_entry {
	char		*key;
	enum verdict	 verdict;
};

struct judged {
	char	*corpus, *doc, *skill, *verdict;
	int	 used;
};

/* Figures for one group of documents. */
struct tally {
	unsigned	 docs;
	unsigned	 spans, tech, other, unjudged;
	unsigned	 mentions, mapped;
	unsigned	 gold, tp, fp, fp_missed, reported;
	unsigned	 tagged;	/* reported in a span judged other */
	struct mention	*m;
	size_t		 nm, mcap;
	struct buf	 fps, fns;
};

struct ext {
	const struct lexicon	*lx;
	struct analyzer		*an;
	struct scanner		*scanner;	/* for span text alone */
	struct norm		 norm;
	struct tsv_entry	*tsv;		/* technology.tsv, sorted */
	size_t			 ntsv;
	struct judged		*judged;
	size_t			 njudged;
	unsigned char		*gold;		/* per skill, this document */
	unsigned		*house_found;	/* per skill, house chunks */
	int			 all_skills;	/* no catalogue technologies */
	const char		*dump;		/* -D: write documents here */
};


/*
 * Whether skill s is a technology of the catalogue: the only skills
 * this measures.  A role's own concepts (communication, system design)
 * have no kind, and practices (monitoring, testing) are what
 * technologies prove, not technologies: neither is a tool an annotator
 * would tag.
 */
static int
catalogue_technology(const struct lexicon *lx, size_t s)
{
	size_t	k = lx->skills[s].kind;

	return k != LEX_NONE && strcmp(lx->kinds[k].id, "practice") != 0;
}

/*
 * A lexicon whose catalogue holds no technologies yet is measured on
 * all its skills, so the figures still say something before the
 * catalogue is filled.
 */
static int
is_technology(const struct ext *x, size_t s)
{
	return x->all_skills || catalogue_technology(x->lx, s);
}

static double
ratio(unsigned a, unsigned b)
{
	return b == 0 ? 1.0 : (double)a / b;
}

static void
fatal(const char *what, const char *detail)
{
	fprintf(stderr, "eval-external: %s: %s\n", what, detail);
	exit(2);
}

/* The whole of path, NUL-terminated, in b. */
static int
slurp(const char *path, struct buf *b)
{
	char	 chunk[65536];
	size_t	 n;
	FILE	*f;

	if ((f = fopen(path, "r")) == NULL)
		return -1;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(b, chunk, n);
	if (ferror(f)) {
		fclose(f);
		return -1;
	}
	fclose(f);
	buf_add(b, "", 0);
	return 0;
}

/*
 * The key a span is known by: NFKC case folded (quotes made ASCII, as
 * norm.c does), white space collapsed and trimmed.  Owned by the caller.
 */
/* -D: the document as measured, for a reviewer to read. */
static void
dump_doc(const struct ext *x, const struct gdoc *d)
{
	char	 path[4096];
	FILE	*f;

	snprintf(path, sizeof(path), "%s/%s", x->dump, d->corpus);
	if (mkdir(x->dump, 0777) < 0 && errno != EEXIST)
		fatal(x->dump, strerror(errno));
	if (mkdir(path, 0777) < 0 && errno != EEXIST)
		fatal(path, strerror(errno));
	snprintf(path, sizeof(path), "%s/%s/%s.txt", x->dump, d->corpus,
	    d->name);
	if ((f = fopen(path, "w")) == NULL)
		fatal(path, strerror(errno));
	fwrite(d->text.data, 1, d->text.len, f);
	if (fclose(f) != 0)
		fatal(path, strerror(errno));
}

static char *
span_key(const char *text, size_t len)
{
	char	*raw = xstrndup(text, len), *n, *p, *q;

	n = norm_string(raw);
	free(raw);
	for (p = q = n; *p != '\0'; p++) {
		if (isspace((unsigned char)*p)) {
			if (q > n && q[-1] != ' ')
				*q++ = ' ';
		} else
			*q++ = *p;
	}
	if (q > n && q[-1] == ' ')
		q--;
	*q = '\0';
	return n;
}

/* Split line in place at tabs into at most n fields; how many. */
static size_t
split_tabs(char *line, char **f, size_t n)
{
	size_t	i = 0;

	line[strcspn(line, "\r\n")] = '\0';
	while (i < n) {
		f[i++] = line;
		if ((line = strchr(line, '\t')) == NULL)
			break;
		*line++ = '\0';
	}
	return i;
}

static int
tsv_cmp(const void *x, const void *y)
{
	return strcmp(((const struct tsv_entry *)x)->key,
	    ((const struct tsv_entry *)y)->key);
}

/* skillspan-technology.tsv: span<TAB>tech|other, sorted for lookup. */
static void
load_technology(struct ext *x, const char *path)
{
	struct buf	 b = { 0 };
	char		*line, *save, *f[2];
	size_t		 cap = 0;

	if (slurp(path, &b) != 0)
		fatal(path, strerror(errno));
	for (line = strtok_r(b.data, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save)) {
		if (line[0] == '#' || line[0] == '\0')
			continue;
		if (split_tabs(line, f, 2) != 2 || (strcmp(f[1], "tech") != 0 &&
		    strcmp(f[1], "other") != 0))
			fatal(path, "a line is not span<TAB>tech|other");
		xgrow(&x->tsv, &cap, x->ntsv + 1, sizeof(*x->tsv));
		x->tsv[x->ntsv].key = xstrdup(f[0]);
		x->tsv[x->ntsv++].verdict = f[1][0] == 't' ? V_TECH : V_OTHER;
	}
	buf_free(&b);
	if (x->ntsv > 1)
		qsort(x->tsv, x->ntsv, sizeof(*x->tsv), tsv_cmp);
}

static enum verdict
technology_verdict(const struct ext *x, char *key)
{
	struct tsv_entry	 want = { key, V_UNJUDGED }, *hit;

	hit = bsearch(&want, x->tsv, x->ntsv, sizeof(*x->tsv), tsv_cmp);
	return hit == NULL ? V_UNJUDGED : hit->verdict;
}

/* judged.tsv: corpus, document, skill, verdict, reason. */
static void
load_judged(struct ext *x, const char *path)
{
	struct buf	 b = { 0 };
	char		*line, *save, *f[5];
	size_t		 cap = 0;
	struct judged	*j;

	if (slurp(path, &b) != 0)
		fatal(path, strerror(errno));
	for (line = strtok_r(b.data, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save)) {
		if (line[0] == '#' || line[0] == '\0')
			continue;
		if (split_tabs(line, f, 5) < 4 ||
		    (strcmp(f[3], "missed-by-annotators") != 0 &&
		    strcmp(f[3], "error") != 0))
			fatal(path, "a line is not corpus<TAB>document<TAB>"
			    "skill<TAB>missed-by-annotators|error<TAB>reason");
		if (lexicon_skill_index(x->lx, f[2]) == LEX_NONE)
			fprintf(stderr, "eval-external: %s: warning: unknown "
			    "skill \"%s\"\n", path, f[2]);
		xgrow(&x->judged, &cap, x->njudged + 1, sizeof(*x->judged));
		j = &x->judged[x->njudged++];
		j->corpus = xstrdup(f[0]);
		j->doc = xstrdup(f[1]);
		j->skill = xstrdup(f[2]);
		j->verdict = xstrdup(f[3]);
		j->used = 0;
	}
	buf_free(&b);
}

/* The verdict judged.tsv gives a false positive, or NULL. */
static const char *
judged_verdict(struct ext *x, const struct gdoc *d, const char *skill)
{
	size_t	i;

	for (i = 0; i < x->njudged; i++)
		if (strcmp(x->judged[i].corpus, d->corpus) == 0 &&
		    strcmp(x->judged[i].doc, d->name) == 0 &&
		    strcmp(x->judged[i].skill, skill) == 0) {
			x->judged[i].used = 1;
			return x->judged[i].verdict;
		}
	return NULL;
}

static void
gdoc_reset(struct gdoc *d)
{
	d->text.len = 0;
	if (d->text.data != NULL)
		d->text.data[0] = '\0';
	d->nspans = 0;
	d->software = 0;
}

static void
gdoc_free(struct gdoc *d)
{
	buf_free(&d->text);
	free(d->spans);
}

static void
gdoc_add_span(struct gdoc *d, size_t start, size_t end)
{
	xgrow(&d->spans, &d->spancap, d->nspans + 1, sizeof(*d->spans));
	d->spans[d->nspans].start = start;
	d->spans[d->nspans].end = end;
	d->spans[d->nspans].verdict = V_TECH;
	d->spans[d->nspans].mapped = 0;
	d->nspans++;
}

/*
 * Whether text[0..len) alone scans to catalogue technologies that
 * cover every word token of it (counted or not: an ambiguous spelling
 * maps as well as an alias); if so the entries are in out[0..*nout).
 */
static int
map_span(struct ext *x, const char *text, size_t len, size_t *out,
    size_t *nout, int partial)
{
	const struct scan_hit	*hits;
	struct token		 t;
	size_t			 nhits, i, k, pos = 0, words = 0;
	uint32_t		 line = 0;
	int			 incomplete, covered;

	*nout = 0;
	norm_run(&x->norm, text, len);
	nhits = scan_run(x->scanner, x->norm.text, x->norm.len, &hits,
	    &incomplete);
	while (token_next(x->norm.text, x->norm.len, &pos, &line, &t)) {
		/* ".net" is a word too: its letters follow the dot */
		if (!token_is_word_at(x->norm.text, x->norm.len, t.start) &&
		    !(x->norm.text[t.start] == '.' && token_is_word_at(
		    x->norm.text, x->norm.len, t.start + 1)))
			continue;
		words++;
		covered = 0;
		for (i = 0; i < nhits && !covered; i++)
			covered = is_technology(x, hits[i].skill) &&
			    hits[i].start <= t.start &&
			    t.start + t.len <= SCAN_HIT_END(&hits[i]);
		if (!covered && !partial)
			return 0;
	}
	if (words == 0)
		return 0;
	for (i = 0; i < nhits; i++) {
		if (!is_technology(x, hits[i].skill))
			continue;
		for (k = 0; k < *nout && out[k] != hits[i].skill; k++)
			continue;
		if (k == *nout && *nout < SPAN_MAXENTRIES)
			out[(*nout)++] = hits[i].skill;
	}
	return *nout > 0;
}

static void
tally_mention(struct tally *t, char *key, int mapped, int software)
{
	xgrow(&t->m, &t->mcap, t->nm + 1, sizeof(*t->m));
	t->m[t->nm].key = key;
	t->m[t->nm].mapped = mapped;
	t->m[t->nm].software = software;
	t->nm++;
	t->mentions++;
	if (mapped)
		t->mapped++;
}

/*
 * Judge and map every span of d; mark the document's gold entries.
 * SkillSpan spans count only when the technology list says "tech".
 */
static void
map_spans(struct ext *x, struct gdoc *d, struct tally *t, int judge)
{
	struct span	*sp;
	size_t		 i, k, entries[SPAN_MAXENTRIES], n;
	char		*key;

	memset(x->gold, 0, x->lx->nskills);
	for (i = 0; i < d->nspans; i++) {
		sp = &d->spans[i];
		key = span_key(d->text.data + sp->start, sp->end - sp->start);
		t->spans++;
		if (judge)
			sp->verdict = technology_verdict(x, key);
		if (sp->verdict != V_TECH) {
			if (sp->verdict == V_OTHER)
				t->other++;
			else
				t->unjudged++;
			/*
			 * An entry found in a Knowledge span judged no
			 * technology ("shell scripting", "IoT") was still
			 * tagged by the annotators: reporting it is no false
			 * positive, and missing it no false negative.
			 */
			if (map_span(x, d->text.data + sp->start,
			    sp->end - sp->start, entries, &n, 1))
				for (k = 0; k < n; k++)
					if (x->gold[entries[k]] == 0)
						x->gold[entries[k]] = 2;
			free(key);
			continue;
		}
		t->tech++;
		sp->mapped = map_span(x, d->text.data + sp->start,
		    sp->end - sp->start, entries, &n, 0);
		for (k = 0; sp->mapped && k < n; k++)
			x->gold[entries[k]] = 1;	/* over a 2 too */
		/*
		 * A technology span only part of which is known ("Cisco ASA
		 * & Nexus platforms") is no gold for recall, but what was
		 * found in it was tagged all the same.
		 */
		if (!sp->mapped && map_span(x, d->text.data + sp->start,
		    sp->end - sp->start, entries, &n, 1))
			for (k = 0; k < n; k++)
				if (x->gold[entries[k]] == 0)
					x->gold[entries[k]] = 2;
		tally_mention(t, key, sp->mapped, d->software);
	}
}

/* The gold span of d that holds [start, end), or NULL. */
static const struct span *
span_at(const struct gdoc *d, size_t start, size_t end)
{
	size_t	i;

	for (i = 0; i < d->nspans; i++)
		if (d->spans[i].start <= start && end <= d->spans[i].end)
			return &d->spans[i];
	return NULL;
}

/* Where skill s is in the analysis, and why it counts or not. */
static void
locate(const struct analysis *a, size_t s, unsigned *line, size_t *start,
    size_t *end, const char **why)
{
	const struct findings	*f = a->findings;
	struct evidence		 e;
	struct rejected		 r;
	size_t			 i;

	*line = 0;
	*start = *end = 0;
	*why = f->state[s] == SKILL_IMPLIED ? "implied only" :
	    "no spelling of it in the text";
	if (f->count[s] > 0) {
		match_evidence(f, f->first[s], &e);
		*line = e.line;
		*start = e.start;
		*end = e.end;
		*why = f->state[s] == SKILL_LEARNING ? "found as learning" :
		    "found";
		return;
	}
	for (i = 0; i < f->nrej; i++)
		if (match_rejected(f, i, &r)->skill == s) {
			*line = r.line;
			*start = r.start;
			*end = r.end;
			*why = match_reason_name(r.reason);
			return;
		}
}

static const char *
verdict_name(enum verdict v)
{
	return v == V_TECH ? "tech" : v == V_OTHER ? "other" : "unjudged";
}

/* One FP or FN line, in the columns judged.tsv takes. */
static void
note(struct ext *x, struct buf *out, const char *kind,
    const struct gdoc *d, const struct analysis *a, size_t s,
    const char *judgement)
{
	const struct span	*sp;
	const char		*why;
	char			 msg[768], where[256] = "";
	unsigned		 line;
	size_t			 start, end, n;

	locate(a, s, &line, &start, &end, &why);
	if (strcmp(kind, "FP") == 0 && (sp = span_at(d, start, end)) != NULL)
		snprintf(where, sizeof(where), " in span \"%.*s\" (%s%s)",
		    (int)(sp->end - sp->start < 60 ? sp->end - sp->start : 60),
		    d->text.data + sp->start, verdict_name(sp->verdict),
		    sp->verdict == V_TECH && !sp->mapped ? ", unmapped" : "");
	n = end - start < 60 ? end - start : 60;
	snprintf(msg, sizeof(msg), "  %s %s %s %s line %u: \"%.*s\" (%s)%s%s%s\n",
	    kind, d->corpus, d->name, x->lx->skills[s].id, line, (int)n,
	    a->doc->text + start, why, where, judgement ? ": judged " : "",
	    judgement ? judgement : "");
	buf_adds(out, msg);
}

/* Run gapcheck on d; compare what it reports with the gold entries. */
static void
compare(struct ext *x, struct gdoc *d, struct tally *t)
{
	const struct analysis	*a;
	const char		*j;
	struct diag		 dg;
	struct doc		*doc;
	char			 name[160];
	size_t			 s;
	int			 found;

	snprintf(name, sizeof(name), "%s/%s", d->corpus, d->name);
	diag_init(&dg, stderr);
	if ((doc = doc_from_memory(name, d->text.data, d->text.len, &dg)) ==
	    NULL)
		fatal(name, "could not be read");
	if (doc->len != d->text.len)
		fatal(name, "read back with another length: offsets differ");
	a = analyzer_run(x->an, doc, LEX_NONE, &dg);
	t->docs++;
	if (x->dump != NULL)
		dump_doc(x, d);
	for (s = 0; s < x->lx->nskills; s++) {
		if (!is_technology(x, s))
			continue;
		found = a->findings->state[s] == SKILL_FOUND;
		if (x->gold[s] == 2) {
			t->reported += found;
			t->tagged += found;
			continue;
		}
		t->gold += x->gold[s];
		t->reported += found;
		if (found && x->gold[s])
			t->tp++;
		else if (found) {
			t->fp++;
			j = judged_verdict(x, d, x->lx->skills[s].id);
			if (j != NULL && strcmp(j, "missed-by-annotators") == 0)
				t->fp_missed++;
			note(x, &t->fps, "FP", d, a, s, j);
		} else if (x->gold[s])
			note(x, &t->fns, "FN", d, a, s, NULL);
	}
	doc_free(doc);
}

/* ---------------------------------------------------------------- */
/* SkillSpan: CoNLL files of token, skill tag, knowledge tag. */

struct ctok {
	const char	*text;		/* into the file buffer */
	char		 tag;		/* 'B', 'I' or 'O' of Knowledge */
};

struct sentence {
	size_t	first, n;		/* tokens */
};

struct conll {
	struct buf	 file;
	struct ctok	*tok;
	size_t		 ntok, tokcap;
	struct sentence	*sent;
	size_t		 nsent, sentcap;
};

static void
conll_free(struct conll *c)
{
	buf_free(&c->file);
	free(c->tok);
	free(c->sent);
}

/* Read path into c: 0, or -1 when it is missing. */
static int
conll_read(struct conll *c, const char *path)
{
	char	*line, *next, *f[3];
	int	 in = 0;

	memset(c, 0, sizeof(*c));
	if (slurp(path, &c->file) != 0)
		return -1;
	for (line = c->file.data; line != NULL && *line != '\0'; line = next) {
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		if (split_tabs(line, f, 3) < 3 || f[0][0] == '\0') {
			in = 0;		/* a blank line ends a sentence */
			continue;
		}
		if (!in) {
			xgrow(&c->sent, &c->sentcap, c->nsent + 1,
			    sizeof(*c->sent));
			c->sent[c->nsent].first = c->ntok;
			c->sent[c->nsent++].n = 0;
			in = 1;
		}
		xgrow(&c->tok, &c->tokcap, c->ntok + 1, sizeof(*c->tok));
		c->tok[c->ntok].text = f[0];
		c->tok[c->ntok++].tag = f[2][0] == 'B' || f[2][0] == 'I' ?
		    f[2][0] : 'O';
		c->sent[c->nsent - 1].n++;
	}
	return 0;
}

static int
is_placeholder(const char *s)
{
	size_t	n = strlen(s);

	return n > 2 && s[0] == '<' && s[n - 1] == '>';
}

/*
 * A line of a posting's header other than its title: the anonymized
 * company and address (<ORGANIZATION> <ADDRESS> <LOCATION> - GB), or a
 * lone word (a company name the anonymizer missed).
 */
static int
header_line(const struct conll *c, const struct sentence *s)
{
	const char	*w;
	size_t		 i, k;
	int		 letters, upper;

	if (s->n == 1)
		return 1;
	for (i = 0; i < s->n; i++) {
		w = c->tok[s->first + i].text;
		if (is_placeholder(w))
			continue;
		letters = upper = 0;
		for (k = 0; w[k] != '\0'; k++) {
			letters += isalpha((unsigned char)w[k]) != 0;
			upper += isupper((unsigned char)w[k]) != 0;
		}
		if (letters == 0 || (k <= 3 && upper == letters))
			continue;	/* "-", "02000", "GB" */
		return 0;
	}
	return 1;
}

static int
has_date_posted(const struct conll *c, const struct sentence *s)
{
	size_t	i;

	for (i = 0; i + 1 < s->n; i++)
		if (strcmp(c->tok[s->first + i].text, "Date") == 0 &&
		    strcmp(c->tok[s->first + i + 1].text, "posted:") == 0)
			return 1;
	return 0;
}

/*
 * Postings are not marked in the files, but every Stack Overflow ad
 * has one "Date posted:" after its header: title, company, address.
 * A posting starts at that sentence when the title is in it; else at
 * the title, the sentence before the company and address lines.  The
 * first starts at the top.  Returns the start sentences, in *n.
 */
static size_t *
posting_starts(const struct conll *c, size_t *n)
{
	size_t	*starts = NULL, cap = 0, i, j, lo;
	const char *first;

	*n = 0;
	for (i = 0; i < c->nsent; i++) {
		if (!has_date_posted(c, &c->sent[i]))
			continue;
		lo = *n > 0 ? starts[*n - 1] + 1 : 0;
		j = i;
		first = c->tok[c->sent[i].first].text;
		if (strcmp(first, "Date") == 0 || is_placeholder(first)) {
			while (j > lo && header_line(c, &c->sent[j - 1]))
				j--;
			if (j > lo)
				j--;
		}
		xgrow(&starts, &cap, *n + 1, sizeof(*starts));
		starts[*n] = *n == 0 ? 0 : j;
		(*n)++;
	}
	return starts;
}

/* Sentences [from, to) of c as d's text, a sentence a line. */
static void
build_posting(const struct conll *c, size_t from, size_t to,
    struct gdoc *d)
{
	const struct ctok	*t;
	size_t			 i, k, start = 0;
	int			 open;

	for (i = from; i < to; i++) {
		open = 0;
		for (k = 0; k < c->sent[i].n; k++) {
			t = &c->tok[c->sent[i].first + k];
			if (open && t->tag != 'I') {
				gdoc_add_span(d, start, d->text.len);
				open = 0;
			}
			if (k > 0)
				buf_addc(&d->text, ' ');
			if (t->tag == 'B' || (t->tag == 'I' && !open)) {
				start = d->text.len;
				open = 1;
			}
			buf_adds(&d->text, t->text);
		}
		if (open)
			gdoc_add_span(d, start, d->text.len);
		buf_addc(&d->text, '\n');
	}
}

static size_t
count_tokens(const struct conll *c, size_t from, size_t to)
{
	size_t	n = 0;

	while (from < to)
		n += c->sent[from++].n;
	return n;
}

/* Every posting of one TECH file; the mean posting length in *tokens. */
static int
run_tech(struct ext *x, const char *dir, const char *stem, struct tally *t,
    size_t *tokens, size_t *postings)
{
	struct conll	 c;
	struct gdoc	 d;
	char		 path[4096];
	size_t		*starts, n, i, end;

	snprintf(path, sizeof(path), "%s/skillspan/%s.conll", dir, stem);
	if (conll_read(&c, path) != 0) {
		fprintf(stderr, "eval-external: %s: %s\n", path,
		    strerror(errno));
		return -1;
	}
	memset(&d, 0, sizeof(d));
	starts = posting_starts(&c, &n);
	for (i = 0; i < n; i++) {
		end = i + 1 < n ? starts[i + 1] : c.nsent;
		gdoc_reset(&d);
		snprintf(d.corpus, sizeof(d.corpus), "%s", stem);
		snprintf(d.name, sizeof(d.name), "%zu", i + 1);
		build_posting(&c, starts[i], end, &d);
		map_spans(x, &d, t, 1);
		compare(x, &d, t);
		*tokens += count_tokens(&c, starts[i], end);
	}
	*postings += n;
	free(starts);
	gdoc_free(&d);
	conll_free(&c);
	return 0;
}

struct house {
	unsigned	chunks, found;
	size_t		tokens;
};

/*
 * HOUSE ads are not marked in the files and carry no header to find
 * them by, so they are read in chunks of whole sentences the mean size
 * of a TECH posting: the figure is technologies found per ad-sized
 * text.
 */
static int
run_house(struct ext *x, const char *dir, const char *stem, size_t chunk,
    struct house *h)
{
	const struct analysis	*a;
	struct conll		 c;
	struct gdoc		 d;
	struct diag		 dg;
	struct doc		*doc;
	char			 path[4096];
	size_t			 i, from, s;

	snprintf(path, sizeof(path), "%s/skillspan/%s.conll", dir, stem);
	if (conll_read(&c, path) != 0) {
		fprintf(stderr, "eval-external: %s: %s\n", path,
		    strerror(errno));
		return -1;
	}
	memset(&d, 0, sizeof(d));
	for (from = 0; from < c.nsent; from = i) {
		for (i = from; i < c.nsent &&
		    count_tokens(&c, from, i) < chunk; i++)
			continue;
		gdoc_reset(&d);
		build_posting(&c, from, i, &d);
		diag_init(&dg, stderr);
		if ((doc = doc_from_memory(stem, d.text.data, d.text.len,
		    &dg)) == NULL)
			fatal(stem, "could not be read");
		a = analyzer_run(x->an, doc, LEX_NONE, &dg);
		for (s = 0; s < x->lx->nskills; s++)
			if (is_technology(x, s) &&
			    a->findings->state[s] == SKILL_FOUND) {
				h->found++;
				x->house_found[s]++;
			}
		h->chunks++;
		h->tokens += count_tokens(&c, from, i);
		doc_free(doc);
	}
	gdoc_free(&d);
	conll_free(&c);
	return 0;
}

/* ---------------------------------------------------------------- */
/* dotin: resumes with inline <label type="...">...</label>. */

/*
 * A software resume is one whose Designation labels name a software
 * job: the data marks no field, and the job titles are what a reader
 * would go by.  A resume without Designation labels is not one.
 */
static int
software_title(const char *title)
{
	static const char *const words[] = {
		"software", "developer", "programmer", "sdet", "devops",
		"abap", "firmware", "test automation", "qa engineer",
		"system engineer", "systems engineer", "technical architect",
		"site reliability", "web develop", "application develop",
		NULL
	};
	char	*low = xstrdup(title), *p;
	size_t	 i;
	int	 yes = 0;

	for (p = low; *p != '\0'; p++)
		*p = tolower((unsigned char)*p);
	for (i = 0; words[i] != NULL && !yes; i++)
		yes = strstr(low, words[i]) != NULL;
	free(low);
	return yes;
}

/* Decode the entity at s (after '&') into b; the bytes it took. */
static size_t
entity(const char *s, struct buf *b)
{
	static const struct { const char *name; char c; } named[] = {
		{ "amp;", '&' }, { "lt;", '<' }, { "gt;", '>' },
		{ "quot;", '"' }, { "apos;", '\'' }
	};
	char		 u[4];
	char		*end;
	unsigned long	 cp;
	size_t		 i;

	for (i = 0; i < sizeof(named) / sizeof(named[0]); i++)
		if (strncmp(s, named[i].name, strlen(named[i].name)) == 0) {
			buf_addc(b, named[i].c);
			return strlen(named[i].name);
		}
	if (s[0] == '#') {
		cp = s[1] == 'x' ? strtoul(s + 2, &end, 16) :
		    strtoul(s + 1, &end, 10);
		if (*end == ';' && cp > 0 && cp < 0x110000) {
			buf_add(b, u, utf8_encode(cp, u));
			return end + 1 - s;
		}
	}
	buf_addc(b, '&');
	return 0;
}

/* The plain text of one resume in d, its Tech Tools spans as gold. */
static void
build_resume(const char *xml, struct gdoc *d)
{
	const char	*p = xml, *q;
	size_t		 start = 0;
	int		 tech = 0, title = 0;
	struct buf	 des = { 0 };

	while (*p != '\0') {
		if (*p == '&') {
			p += 1 + entity(p + 1, &d->text);
			continue;
		}
		if (*p != '<') {
			buf_addc(&d->text, *p++);
			continue;
		}
		if ((q = strchr(p, '>')) == NULL)
			break;
		if (strncmp(p, "<label type=\"Tech Tools\"", 24) == 0) {
			tech = 1;
			start = d->text.len;
		} else if (strncmp(p, "<label type=\"Job Specific Skills\"",
		    33) == 0) {
			/* tagged, but not as a tool: see map_spans() */
			tech = 2;
			start = d->text.len;
		} else if (strncmp(p, "<label type=\"Designation\"", 25) == 0) {
			title = 1;
			start = d->text.len;
		} else if (strncmp(p, "</label", 7) == 0) {
			if (tech) {
				gdoc_add_span(d, start, d->text.len);
				if (tech == 2)
					d->spans[d->nspans - 1].verdict =
					    V_OTHER;
			}
			if (title) {
				buf_add(&des, d->text.data + start,
				    d->text.len - start);
				buf_add(&des, "", 0);
				d->software |= software_title(des.data);
				des.len = 0;
			}
			tech = title = 0;
		}
		p = q + 1;
	}
	buf_add(&d->text, "", 0);
	buf_free(&des);
}

static int
num_cmp(const void *x, const void *y)
{
	return atoi(*(char *const *)x) - atoi(*(char *const *)y);
}

static int
run_dotin(struct ext *x, const char *dir, struct tally *all,
    struct tally *sw, unsigned *software)
{
	struct buf	 xml = { 0 };
	struct gdoc	 d;
	struct dirent	*de;
	DIR		*dp;
	char		 path[4096], **names = NULL;
	size_t		 n = 0, cap = 0, i, len;

	snprintf(path, sizeof(path), "%s/dotin-dev", dir);
	if ((dp = opendir(path)) == NULL) {
		fprintf(stderr, "eval-external: %s: %s\n", path,
		    strerror(errno));
		return -1;
	}
	while ((de = readdir(dp)) != NULL)
		if ((len = strlen(de->d_name)) > 4 &&
		    strcmp(de->d_name + len - 4, ".xml") == 0) {
			xgrow(&names, &cap, n + 1, sizeof(*names));
			names[n++] = xstrdup(de->d_name);
		}
	closedir(dp);
	if (n > 1)
		qsort(names, n, sizeof(*names), num_cmp);
	memset(&d, 0, sizeof(d));
	for (i = 0; i < n; i++) {
		snprintf(path, sizeof(path), "%s/dotin-dev/%s", dir, names[i]);
		xml.len = 0;
		if (slurp(path, &xml) != 0)
			fatal(path, strerror(errno));
		gdoc_reset(&d);
		snprintf(d.corpus, sizeof(d.corpus), "dotin");
		snprintf(d.name, sizeof(d.name), "%s", names[i]);
		build_resume(xml.data, &d);
		d.text.len--;		/* the NUL build_resume added */
		map_spans(x, &d, all, 0);
		compare(x, &d, all);
		if (d.software) {
			(*software)++;
			map_spans(x, &d, sw, 0);
			compare(x, &d, sw);
		}
		free(names[i]);
	}
	free(names);
	buf_free(&xml);
	gdoc_free(&d);
	return 0;
}

/* ---------------------------------------------------------------- */
/* Reports. */

struct distinct {
	const char	*key;
	unsigned	 count;
	int		 mapped;
};

static int
distinct_cmp(const void *x, const void *y)
{
	const struct distinct	*a = x, *b = y;

	if (a->count != b->count)
		return a->count < b->count ? 1 : -1;
	return strcmp(a->key, b->key);
}

static int
mention_cmp(const void *x, const void *y)
{
	return strcmp(((const struct mention *)x)->key,
	    ((const struct mention *)y)->key);
}

/* The distinct texts of t's mentions, commonest first; *n of them. */
static struct distinct *
distinct_texts(struct tally *t, size_t *n)
{
	struct distinct	*v;
	size_t		 i;

	if (t->nm > 1)
		qsort(t->m, t->nm, sizeof(*t->m), mention_cmp);
	v = xcalloc(t->nm + 1, sizeof(*v));
	*n = 0;
	for (i = 0; i < t->nm; i++) {
		if (*n == 0 || strcmp(v[*n - 1].key, t->m[i].key) != 0) {
			v[*n].key = t->m[i].key;
			v[*n].mapped = t->m[i].mapped;
			(*n)++;
		}
		v[*n - 1].count++;
	}
	if (*n > 1)
		qsort(v, *n, sizeof(*v), distinct_cmp);
	return v;
}

static void
print_coverage(struct tally *t)
{
	struct distinct	*v;
	size_t		 i, n;
	unsigned	 mapped = 0;

	v = distinct_texts(t, &n);
	for (i = 0; i < n; i++)
		mapped += v[i].mapped != 0;
	printf("  coverage: %u of %u mentions map to the catalogue (%.3f); "
	    "%u of %zu distinct texts (%.3f)\n", t->mapped, t->mentions,
	    ratio(t->mapped, t->mentions), mapped, n, ratio(mapped, n));
	free(v);
}

static void
print_unknown(struct tally *t)
{
	struct distinct	*v;
	size_t		 i, n;
	unsigned	 shown = 0;

	v = distinct_texts(t, &n);
	printf("  most frequent unknown technologies (top %d):\n",
	    TOP_UNKNOWN);
	for (i = 0; i < n && shown < TOP_UNKNOWN; i++)
		if (!v[i].mapped) {
			printf("    %4u  %s\n", v[i].count, v[i].key);
			shown++;
		}
	if (shown == 0)
		printf("    none\n");
	free(v);
}

static double
judged_precision(const struct tally *t)
{
	return ratio(t->tp + t->tagged + t->fp_missed, t->reported);
}

static void
print_scores(const struct tally *t, const char *what)
{
	printf("  %s: %u documents; %u gold entries, %u reported\n", what,
	    t->docs, t->gold, t->reported);
	printf("    recall within the catalogue %.3f (%u of %u)\n",
	    ratio(t->tp, t->gold), t->tp, t->gold);
	printf("    precision %.3f (%u of %u, %u more in spans judged no "
	    "technology); judged precision %.3f (%u false positives judged "
	    "missed by the annotators)\n", ratio(t->tp + t->tagged,
	    t->reported), t->tp, t->reported, t->tagged, judged_precision(t),
	    t->fp_missed);
}

static void
print_errors(const struct tally *t)
{
	printf("  false positives (%u):\n%s", t->fp,
	    t->fps.len ? t->fps.data : "    none\n");
	printf("  false negatives (%u):\n%s", t->gold - t->tp,
	    t->fns.len ? t->fns.data : "    none\n");
}

static void
tally_free(struct tally *t)
{
	size_t	i;

	for (i = 0; i < t->nm; i++)
		free(t->m[i].key);
	free(t->m);
	buf_free(&t->fps);
	buf_free(&t->fns);
}

/* One line of the summary; nothing to measure is not a target met. */
static void
target(const char *what, unsigned num, unsigned den, double goal)
{
	double	value = ratio(num, den);

	if (den == 0)
		printf("  %-52s   n/a  target >= %.2f  NOT MET (nothing "
		    "measured)\n", what, goal);
	else
		printf("  %-52s %.3f  target >= %.2f  %s\n", what, value,
		    goal, value >= goal ? "met" : "NOT MET");
}

struct count {
	size_t		skill;
	unsigned	n;
};

static int
count_cmp(const void *x, const void *y)
{
	const struct count	*a = x, *b = y;

	if (a->n != b->n)
		return a->n < b->n ? 1 : -1;
	return (a->skill > b->skill) - (a->skill < b->skill);
}

static void
print_house(struct ext *x, const struct house *h)
{
	struct count	*v;
	size_t		 i, n = x->lx->nskills;

	printf("  %u ad-sized chunks, %zu tokens: %u technologies found, "
	    "%.2f a chunk, %.2f per 1000 tokens\n", h->chunks, h->tokens,
	    h->found, h->chunks ? (double)h->found / h->chunks : 0.0,
	    h->tokens ? 1000.0 * h->found / h->tokens : 0.0);
	v = xcalloc(n + 1, sizeof(*v));
	for (i = 0; i < n; i++) {
		v[i].skill = i;
		v[i].n = x->house_found[i];
	}
	qsort(v, n, sizeof(*v), count_cmp);
	printf("  found most often:");
	for (i = 0; i < n && i < TOP_HOUSE && v[i].n > 0; i++)
		printf("%s %s %u", i ? "," : "", x->lx->skills[v[i].skill].id,
		    v[i].n);
	printf("\n");
	free(v);
}

static void
usage(void)
{
	fputs("usage: eval-external [-D dir] [-J judged.tsv] [-L lexicon] "
	    "[-T technology.tsv] corpora\n", stderr);
	exit(2);
}

int
main(int argc, char *argv[])
{
	struct ext	 x;
	struct diag	 dg;
	struct lexicon	*lx;
	struct tally	 tech, dotin, sw;
	struct house	 house;
	const char	*lexpath = "lexicon/backend.lex";
	const char	*tsvpath = "tests/external/skillspan-technology.tsv";
	const char	*judgedpath = "tests/external/judged.tsv";
	const char	*dir, *dump = NULL;
	char		 probe[4096];
	size_t		 tokens = 0, postings = 0, chunk, i;
	unsigned	 software = 0;
	int		 c, bad = 0;

	while ((c = getopt(argc, argv, "D:J:L:T:")) != -1)
		switch (c) {
		case 'D':
			dump = optarg;
			break;
		case 'J':
			judgedpath = optarg;
			break;
		case 'L':
			lexpath = optarg;
			break;
		case 'T':
			tsvpath = optarg;
			break;
		default:
			usage();
		}
	if (optind + 1 != argc)
		usage();
	dir = argv[optind];
	snprintf(probe, sizeof(probe), "%s/skillspan", dir);
	if (access(probe, R_OK) != 0) {
		printf("eval-external: skipped: %s not found\n", dir);
		return 0;
	}

	memset(&x, 0, sizeof(x));
	x.dump = dump;
	diag_init(&dg, stderr);
	if ((lx = lexicon_load(lexpath, &dg)) == NULL)
		return 2;
	lexicon_jit(lx);
	x.lx = lx;
	x.an = analyzer_new(lx);
	x.scanner = scanner_new(lx);
	x.gold = xcalloc(lx->nskills, 1);
	x.house_found = xcalloc(lx->nskills, sizeof(*x.house_found));
	x.all_skills = 1;
	for (i = 0; i < lx->nskills && x.all_skills; i++)
		x.all_skills = !catalogue_technology(lx, i);
	load_technology(&x, tsvpath);
	load_judged(&x, judgedpath);
	memset(&tech, 0, sizeof(tech));
	memset(&dotin, 0, sizeof(dotin));
	memset(&sw, 0, sizeof(sw));
	memset(&house, 0, sizeof(house));

	bad |= run_tech(&x, dir, "skillspan_tech_train", &tech, &tokens,
	    &postings);
	bad |= run_tech(&x, dir, "skillspan_tech_dev", &tech, &tokens,
	    &postings);
	chunk = postings ? tokens / postings : 500;
	bad |= run_house(&x, dir, "skillspan_house_train", chunk, &house);
	bad |= run_house(&x, dir, "skillspan_house_dev", chunk, &house);
	bad |= run_dotin(&x, dir, &dotin, &sw, &software);
	if (bad)
		return 2;

	if (x.all_skills)
		printf("note: %s has no catalogue technologies yet: every "
		    "skill counts as one\n\n", lexpath);
	printf("== SkillSpan TECH (skillspan_tech_train, skillspan_tech_dev): "
	    "%zu postings, %zu tokens a posting\n", postings, chunk);
	printf("  Knowledge spans %u: technology %u, other %u, not in %s %u "
	    "(left out)\n", tech.spans, tech.tech, tech.other, tsvpath,
	    tech.unjudged);
	print_coverage(&tech);
	print_unknown(&tech);
	print_scores(&tech, "documents");
	print_errors(&tech);

	printf("\n== SkillSpan HOUSE (skillspan_house_train, "
	    "skillspan_house_dev): false-positive check\n");
	print_house(&x, &house);
	printf("  (TECH, for comparison: %.2f technologies reported a "
	    "posting)\n", ratio(tech.reported, tech.docs));

	printf("\n== dotin resumes (dotin-dev): %u resumes, %u software "
	    "resumes by their Designation labels\n", dotin.docs, software);
	printf("  all resumes:\n");
	print_coverage(&dotin);
	printf("  software resumes:\n");
	print_coverage(&sw);
	print_scores(&dotin, "all resumes");
	print_scores(&sw, "software resumes");
	print_errors(&dotin);
	print_unknown(&dotin);

	for (i = 0; i < x.njudged; i++)
		if (!x.judged[i].used)
			fprintf(stderr, "eval-external: %s: warning: %s %s %s "
			    "is no longer a false positive\n", judgedpath,
			    x.judged[i].corpus, x.judged[i].doc,
			    x.judged[i].skill);

	printf("\n== Summary\n");
	target("SkillSpan TECH technology-span coverage (mentions)",
	    tech.mapped, tech.mentions, TARGET_SKILLSPAN_COVERAGE);
	target("dotin Tech Tools mention coverage", dotin.mapped,
	    dotin.mentions, TARGET_DOTIN_COVERAGE);
	target("dotin Tech Tools mention coverage, software resumes",
	    sw.mapped, sw.mentions, TARGET_SOFTWARE_COVERAGE);
	target("SkillSpan TECH recall within the catalogue", tech.tp,
	    tech.gold, TARGET_RECALL);
	target("dotin recall within the catalogue", dotin.tp, dotin.gold,
	    TARGET_RECALL);
	target("SkillSpan TECH judged precision", tech.tp + tech.tagged +
	    tech.fp_missed,
	    tech.reported, TARGET_PRECISION);
	target("dotin judged precision", dotin.tp + dotin.tagged +
	    dotin.fp_missed,
	    dotin.reported, TARGET_PRECISION);

	tally_free(&tech);
	tally_free(&dotin);
	tally_free(&sw);
	for (i = 0; i < x.ntsv; i++)
		free(x.tsv[i].key);
	free(x.tsv);
	for (i = 0; i < x.njudged; i++) {
		free(x.judged[i].corpus);
		free(x.judged[i].doc);
		free(x.judged[i].skill);
		free(x.judged[i].verdict);
	}
	free(x.judged);
	free(x.gold);
	free(x.house_found);
	norm_free(&x.norm);
	scanner_free(x.scanner);
	analyzer_free(x.an);
	lexicon_free(lx);
	return 0;
}
