/*
 * lexicon.c: parse and validate a lexicon file, then compile it.
 *
 * Parsing goes in two passes: the first reads every line and records
 * names as written, the second resolves names (implies, members) so a
 * skill may refer to one defined further down.  Every problem is
 * reported with its line; loading fails if there was any.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "diag.h"
#include "patcache.h"
#include "lexicon.h"
#include "norm.h"
#include "phrase.h"
#include "rulekeys.h"
#include "sections.h"
#include "token.h"
#include "util.h"

#define MAXARGS		64
#define MAXERRORS	30
#define RE_OPTIONS	(PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS)
/* Largest lexicon file read; a lexicon is hand-written text. */
#define LEXICON_MAXSIZE	(16u << 20)

/* A name to resolve once every file is read. */
enum pending_kind {
	PEND_IMPLIES,		/* a skill's implies */
	PEND_MEMBERS,		/* a group's members */
	PEND_KIND,		/* a skill's kind */
	PEND_TAG,		/* a skill's tag */
	PEND_SOURCE,		/* a skill's source */
	PEND_MEMBERS_KIND,	/* a group's members-kind */
	PEND_MEMBERS_TAG,	/* a group's members-tag */
	PEND_QUIET_KIND,	/* the role's quiet-kind */
	PEND_PRACTICE_KIND,	/* the role's practice-kind */
	PEND_CATALOGUE_USE	/* the role's catalogue-use */
};

/* Whether a pending name belongs to a skill, a group, or the role. */
static int
owned_by_skill(enum pending_kind k)
{
	return k == PEND_IMPLIES || k == PEND_KIND || k == PEND_TAG ||
	    k == PEND_SOURCE;
}

static int
owned_by_group(enum pending_kind k)
{
	return k == PEND_MEMBERS || k == PEND_MEMBERS_KIND ||
	    k == PEND_MEMBERS_TAG;
}

struct pending {
	size_t		 owner;		/* skill or group index, or LEX_NONE */
	enum pending_kind kind;
	char		*name;
	const char	*file;		/* for messages */
	unsigned long	 line;
};

struct pattern_src {
	size_t	 skill;
	char	*re;
};

/*
 * A pattern whose compiling waits until the whole lexicon is read, so
 * that the compiled patterns may come from the cache instead.
 */
struct pending_re {
	char		*src;
	char		*what;		/* for messages */
	const char	*file;
	unsigned long	 line;
	int		 keep;		/* a rule's; else only checked */
	pcre2_code	*code;
};

struct parser {
	struct lexicon		*lx;
	struct diag		*diag;
	const char		*name;		/* the file being read */
	unsigned long		 line;
	int			 in_block;	/* 0, 's'kill or 'g'roup */
	size_t			 cur;		/* the skill of the block */
	int			 in_catalogue;	/* reading a catalogue file */
	int			 from_file;	/* may read catalogue files */
	char			**files;	/* catalogue paths, for messages */
	size_t			 nfiles;
	struct pending		*pend;
	size_t			 npend, pendcap;
	struct pattern_src	*pats;
	size_t			 npats, patcap;
	unsigned long		*skill_line;	/* for messages */
	const char		**skill_file;
	size_t			 skill_linecap;
	size_t			 skillcap, groupcap, aliascap;
	size_t			 guidecap, stagecap, catcap, skillfilecap;
	size_t			*role_pos;	/* per skill: role block order */
	size_t			 role_poscap, nrole;
	size_t			 sectioncap;
	int			 has_threshold;
	size_t			 titlecap;
	unsigned		 errors;
	int			 defer;		/* patterns wait: see pending_re */
	int			 quiet;		/* count errors, say nothing */
	struct pending_re	*res;
	size_t			 nres, recap;
};

static void
lerr(struct parser *p, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
lerr(struct parser *p, const char *fmt, ...)
{
	char	msg[512];
	va_list	ap;

	p->errors++;
	if (p->errors > MAXERRORS || p->quiet)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (p->errors == MAXERRORS)
		diag_error(p->diag, EXIT_LEXICON, p->name, p->line,
		    "%s (and more errors not shown)", msg);
	else
		diag_error(p->diag, EXIT_LEXICON, p->name, p->line, "%s", msg);
}

/*
 * Split line into arguments, in place.  Bare words end at blanks;
 * "quoted strings" may hold blanks, \" and \\.  Returns the count, or
 * -1 after reporting a syntax error.
 */
static int
split_args(struct parser *p, char *line, char **args)
{
	char	*s = line, *o;
	int	 n = 0;

	for (;;) {
		while (*s == ' ' || *s == '\t')
			s++;
		if (*s == '\0')
			return n;
		if (n == MAXARGS) {
			lerr(p, "too many arguments (at most %d)", MAXARGS);
			return -1;
		}
		if (*s == '"') {
			args[n++] = o = ++s;
			for (;;) {
				if (*s == '\0') {
					lerr(p, "unterminated quoted string");
					return -1;
				}
				if (*s == '"')
					break;
				if (*s == '\\' && (s[1] == '"' ||
				    s[1] == '\\'))
					s++;
				*o++ = *s++;
			}
			s++;
			*o = '\0';
			if (*s != '\0' && *s != ' ' && *s != '\t') {
				lerr(p, "missing blank after quoted string");
				return -1;
			}
			if (*s != '\0')
				s++;
		} else {
			args[n++] = s;
			while (*s != '\0' && *s != ' ' && *s != '\t')
				s++;
			if (*s != '\0')
				*s++ = '\0';
		}
	}
}

static size_t
find_id(const void *base, size_t n, size_t size, const char *id)
{
	const char	*b = base;
	size_t		 i;

	/* Every id-bearing struct starts with its char *id. */
	for (i = 0; i < n; i++)
		if (strcmp(*(char *const *)(const void *)(b + i * size),
		    id) == 0)
			return i;
	return LEX_NONE;
}

/*
 * Skill ids are looked up by hash: a catalogue of thousands would make
 * every block and every name to resolve a walk through all of them.
 */
static uint32_t
hash_id(const char *s)
{
	uint32_t	h = 2166136261u;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

/* Put skill s in the hash as it stands; the table has room. */
static void
reindex_skill(struct lexicon *lx, size_t s)
{
	size_t	mask = lx->skill_slotcap - 1, i;

	for (i = hash_id(lx->skills[s].id) & mask; lx->skill_slots[i] != 0;
	    i = (i + 1) & mask)
		;
	lx->skill_slots[i] = (uint32_t)s + 1;
}

static void
index_skill(struct lexicon *lx, size_t s)
{
	size_t	k;

	if ((lx->nskills + 1) * 2 > lx->skill_slotcap) {
		free(lx->skill_slots);
		lx->skill_slotcap = lx->skill_slotcap ? lx->skill_slotcap * 2 :
		    256;
		while (lx->skill_slotcap < (lx->nskills + 1) * 2)
			lx->skill_slotcap *= 2;
		lx->skill_slots = xcalloc(lx->skill_slotcap,
		    sizeof(*lx->skill_slots));
		for (k = 0; k < lx->nskills; k++)	/* s is not in yet */
			reindex_skill(lx, k);
	}
	reindex_skill(lx, s);
}

size_t
lexicon_skill_index(const struct lexicon *lx, const char *id)
{
	size_t		mask, i;
	uint32_t	v;

	if (lx->skill_slotcap == 0)
		return LEX_NONE;
	mask = lx->skill_slotcap - 1;
	for (i = hash_id(id) & mask; (v = lx->skill_slots[i]) != 0;
	    i = (i + 1) & mask)
		if (strcmp(lx->skills[v - 1].id, id) == 0)
			return v - 1;
	return LEX_NONE;
}

int
lexicon_in_role(const struct lexicon *lx, size_t skill)
{
	return lx->skills[skill].in_role ||
	    lx->skills[skill].group != LEX_NONE;
}

void
lexicon_stage_years(const struct lex_stage *st, char *buf, size_t size)
{
	if (st->to < 0)
		snprintf(buf, size, "%d+", st->from);
	else
		snprintf(buf, size, "%d-%d", st->from, st->to);
}

size_t
lexicon_stage_index(const struct lexicon *lx, const char *id)
{
	return find_id(lx->stages, lx->nstages, sizeof(*lx->stages), id);
}

static int
valid_id(const char *s)
{
	if (*s == '\0')
		return 0;
	for (; *s != '\0'; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') ||
		    *s == '-' || *s == '_' || *s == '.'))
			return 0;
	return 1;
}

static int
check_new_id(struct parser *p, const char *what, const char *id,
    size_t existing)
{
	if (!valid_id(id)) {
		lerr(p, "%s id \"%s\": use lower-case letters, digits, "
		    "'-', '_' and '.'", what, id);
		return 0;
	}
	if (existing != LEX_NONE) {
		lerr(p, "duplicate %s id \"%s\"", what, id);
		return 0;
	}
	return 1;
}

static int
parse_int(struct parser *p, const char *what, const char *s, int lo, int hi,
    int *out)
{
	char	*end;
	long	 v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || errno != 0 || v < lo || v > hi) {
		lerr(p, "%s \"%s\": expected a whole number from %d to %d",
		    what, s, lo, hi);
		return 0;
	}
	*out = (int)v;
	return 1;
}

static pcre2_code *
compile_re(struct parser *p, const char *src, const char *what)
{
	pcre2_code	*re;
	int		 err;
	PCRE2_SIZE	 off;
	PCRE2_UCHAR	 msg[256];

	re = pcre2_compile((PCRE2_SPTR)src, PCRE2_ZERO_TERMINATED,
	    RE_OPTIONS, &err, &off, NULL);
	if (re == NULL) {
		pcre2_get_error_message(err, msg, sizeof(msg));
		lerr(p, "%s: pattern error at offset %zu: %s", what,
		    (size_t)off, (char *)msg);
		return NULL;
	}
	return re;
}

/*
 * Record src to compile once the lexicon is read, with where it was
 * written for messages; its index.  keep: the code is a rule's, not
 * only checked.
 */
static size_t
defer_re(struct parser *p, const char *src, const char *what, int keep)
{
	struct pending_re	*r;

	xgrow(&p->res, &p->recap, p->nres + 1, sizeof(*p->res));
	r = &p->res[p->nres];
	r->src = xstrdup(src);
	r->what = xstrdup(what);
	r->file = p->name;
	r->line = p->line;
	r->keep = keep;
	r->code = NULL;
	return p->nres++;
}

static struct lex_skill *
cur_skill(struct parser *p)
{
	return &p->lx->skills[p->cur];
}

static struct lex_group *
cur_group(struct parser *p)
{
	return &p->lx->groups[p->lx->ngroups - 1];
}

/* Split a phrase into tokens and add it to table; the final node. */
static uint32_t
add_tokens(struct phrase_table *table, const char *key, int *ntok,
    uint32_t *lines)
{
	struct token	t;
	size_t		pos = 0, len = strlen(key);
	uint32_t	node = PHRASE_ROOT;

	*ntok = 0;
	*lines = 0;
	while (token_next(key, len, &pos, lines, &t)) {
		node = phrase_add(table, node, key + t.start, t.len);
		(*ntok)++;
	}
	return node;
}

static void
add_alias(struct parser *p, const char *written, int ambiguous)
{
	struct lexicon	*lx = p->lx;
	char		*key = norm_string(written);
	uint32_t	 node, lines, old;
	int		 ntok;

	node = add_tokens(lx->phrases, key, &ntok, &lines);
	if (ntok == 0 || lines > 0) {
		lerr(p, "alias \"%s\" has no word to match", written);
		free(key);
		return;
	}
	old = phrase_value(lx->phrases, node);
	if (old != PHRASE_NONE && lx->aliases[old].skill == p->cur) {
		/*
		 * A role repeating a spelling of an entry it adopts says
		 * how it reads it: ambiguous or not, the later word wins.
		 */
		lx->aliases[old].ambiguous = ambiguous;
		if (ambiguous)
			cur_skill(p)->ambiguous = 1;
		free(key);
		return;
	}
	if (old != PHRASE_NONE) {
		lerr(p, "alias \"%s\" already names skill \"%s\"", written,
		    lx->skills[lx->aliases[old].skill].id);
		free(key);
		return;
	}
	xgrow(&lx->aliases, &p->aliascap, lx->naliases + 1,
	    sizeof(*lx->aliases));
	lx->aliases[lx->naliases].skill = p->cur;
	lx->aliases[lx->naliases].ambiguous = ambiguous;
	lx->aliases[lx->naliases].text = key;
	phrase_set_value(lx->phrases, node, (uint32_t)lx->naliases);
	lx->naliases++;
	if (ambiguous)
		cur_skill(p)->ambiguous = 1;
}

static void
add_rule(struct parser *p, struct lex_rules *rules, enum lex_rule_kind kind,
    const char *src, const char *directive)
{
	pcre2_code	*re = NULL;
	size_t		 pending = 0;

	if (p->defer)
		pending = defer_re(p, src, directive, 1);
	else if ((re = compile_re(p, src, directive)) == NULL)
		return;
	rules->v = xreallocarray(rules->v, rules->n + 1, sizeof(*rules->v));
	rules->v[rules->n].kind = kind;
	rules->v[rules->n].re = re;
	xgrow(&p->lx->rule_src, &p->lx->rule_srccap, p->lx->nrule_codes + 1,
	    sizeof(*p->lx->rule_src));
	p->lx->rule_src[p->lx->nrule_codes] = xstrdup(src);
	rules->v[rules->n].code = p->lx->nrule_codes++;
	rules->v[rules->n].shared = 0;
	rules->v[rules->n].pending = pending;
	rules->n++;
}

static size_t
find_section(const struct lexicon *lx, const char *id)
{
	return find_id(lx->sections, lx->nsections, sizeof(*lx->sections),
	    id);
}

/* section ID "heading" ...: the section and the headings that start it. */
static void
add_section(struct parser *p, char **args, int nargs)
{
	struct lexicon	*lx = p->lx;
	size_t		 sec = find_section(lx, args[0]);
	uint32_t	 node, old, lines;
	char		*key;
	int		 i, ntok;

	if (sec == LEX_NONE) {
		if (!check_new_id(p, "section", args[0], LEX_NONE))
			return;
		if (lx->nsections == SECTIONS_MAX) {
			lerr(p, "more than %u sections", SECTIONS_MAX);
			return;
		}
		xgrow(&lx->sections, &p->sectioncap, lx->nsections + 1,
		    sizeof(*lx->sections));
		lx->sections[lx->nsections].id = xstrdup(args[0]);
		lx->sections[lx->nsections].technical = 0;
		lx->sections[lx->nsections].experience = 0;
		lx->sections[lx->nsections].use = 0;
		lx->sections[lx->nsections].titles = 0;
		lx->sections[lx->nsections].posting_weight = -1;
		sec = lx->nsections++;
	}
	for (i = 1; i < nargs; i++) {
		key = norm_string(args[i]);
		node = add_tokens(lx->headings, key, &ntok, &lines);
		free(key);
		if (ntok == 0 || lines > 0) {
			lerr(p, "heading \"%s\" has no word to match", args[i]);
			continue;
		}
		if (ntok >= SECTIONS_LINE_TOKENS) {
			lerr(p, "heading \"%s\" is longer than %d words",
			    args[i], SECTIONS_LINE_TOKENS - 1);
			continue;
		}
		old = phrase_value(lx->headings, node);
		if (old != PHRASE_NONE && old != sec) {
			lerr(p, "heading \"%s\" already starts section \"%s\"",
			    args[i], lx->sections[old].id);
			continue;
		}
		phrase_set_value(lx->headings, node, (uint32_t)sec);
	}
}

/*
 * context-section ID ...: sections whose lines are technical context;
 * experience-section ID ...: sections whose date ranges are jobs;
 * use-section ID ...: sections where a skill named is a skill used;
 * title-section ID ...: sections whose lines may hold job titles.
 * what: 0 to 3 for the four.
 */
static void
mark_sections(struct parser *p, char **args, int nargs, int what)
{
	size_t	sec;
	int	i;

	for (i = 0; i < nargs; i++) {
		sec = find_section(p->lx, args[i]);
		if (sec == LEX_NONE)
			lerr(p, "unknown section \"%s\"", args[i]);
		else if (what == 1)
			p->lx->sections[sec].experience = 1;
		else if (what == 2)
			p->lx->sections[sec].use = 1;
		else if (what == 3)
			p->lx->sections[sec].titles = 1;
		else
			p->lx->sections[sec].technical = 1;
	}
}

/*
 * The stage called id.  An unknown one is reported and stands as the
 * first stage, so "has no stage" is not said of it again; the lexicon
 * fails to load anyway.
 */
static size_t
need_stage(struct parser *p, const char *id)
{
	size_t	s = lexicon_stage_index(p->lx, id);

	if (s == LEX_NONE) {
		lerr(p, "unknown stage \"%s\"", id);
		return 0;
	}
	return s;
}

/*
 * job-title STAGE PHRASE ...: phrases that name a job, and the stage
 * the job alone says; title-rank STAGE PHRASE ...: words that rank a
 * job.  A phrase met again as the other kind keeps both.
 */
static void
add_titles(struct parser *p, char **args, int nargs, int job)
{
	struct lexicon		*lx = p->lx;
	struct lex_title	*t;
	size_t			 stage = need_stage(p, args[0]);
	uint32_t		 node, lines, v;
	char			*key;
	int			 i, ntok;

	for (i = 1; i < nargs; i++) {
		key = norm_string(args[i]);
		node = add_tokens(lx->title_phrases, key, &ntok, &lines);
		free(key);
		if (ntok == 0 || lines > 0) {
			lerr(p, "title \"%s\" has no word to match", args[i]);
			continue;
		}
		if ((v = phrase_value(lx->title_phrases, node)) == PHRASE_NONE) {
			xgrow(&lx->titles, &p->titlecap, lx->ntitles + 1,
			    sizeof(*lx->titles));
			v = (uint32_t)lx->ntitles++;
			memset(&lx->titles[v], 0, sizeof(lx->titles[v]));
			phrase_set_value(lx->title_phrases, node, v);
		}
		t = &lx->titles[v];
		if (job ? t->job : t->rank) {
			lerr(p, "title \"%s\" given twice", args[i]);
			continue;
		}
		if (job) {
			t->job = 1;
			t->job_stage = stage;
		} else {
			t->rank = 1;
			t->stage = stage;
		}
		if (!t->rank)
			t->stage = stage;
	}
}

static void
add_guides(struct parser *p, size_t **v, size_t *n, char **args, int nargs)
{
	size_t	g;
	int	i;

	for (i = 0; i < nargs; i++) {
		g = find_id(p->lx->guides, p->lx->nguides,
		    sizeof(*p->lx->guides), args[i]);
		if (g == LEX_NONE) {
			lerr(p, "unknown guide \"%s\"", args[i]);
			continue;
		}
		*v = xreallocarray(*v, *n + 1, sizeof(**v));
		(*v)[(*n)++] = g;
	}
}

static void
add_pending(struct parser *p, enum pending_kind kind, char **args, int nargs)
{
	int	i;

	for (i = 0; i < nargs; i++) {
		xgrow(&p->pend, &p->pendcap, p->npend + 1, sizeof(*p->pend));
		p->pend[p->npend].owner = owned_by_group(kind) ?
		    p->lx->ngroups - 1 : owned_by_skill(kind) ? p->cur :
		    LEX_NONE;
		p->pend[p->npend].kind = kind;
		p->pend[p->npend].name = xstrdup(args[i]);
		p->pend[p->npend].file = p->name;
		p->pend[p->npend].line = p->line;
		p->npend++;
	}
}

/*
 * Directives: where they may stand and how many arguments they take.
 * The ones a catalogue's thousands of lines use most come first, as
 * find_directive() walks the table; entries of one name keep their
 * order, which is what decides between them.
 */
enum where { W_TOP, W_SKILL, W_GROUP, W_BLOCK, W_RULE };

struct directive {
	const char	*name;
	enum where	 where;
	int		 minargs;
	int		 maxargs;	/* -1: any; 0 with raw: the rest */
	int		 raw;
};

static const struct directive directives[] = {
	{ "alias",		W_SKILL, 1, -1, 0 },
	{ "skill",		W_BLOCK, 2, 2,  0 },
	{ "kind",		W_TOP,   2, 2,  0 },
	{ "kind",		W_SKILL, 1, 1,  0 },
	{ "source",		W_TOP,   2, 2,  0 },
	{ "source",		W_SKILL, 1, -1, 0 },
	{ "implies",		W_SKILL, 1, -1, 0 },
	{ "ambiguous",		W_SKILL, 1, -1, 0 },
	{ "veto-after",		W_RULE,  1, 1,  1 },
	{ "veto-before",	W_RULE,  1, 1,  1 },
	{ "veto-line",		W_RULE,  1, 1,  1 },
	{ "role",		W_TOP,   2, 2,  0 },
	{ "guide",		W_TOP,   3, 3,  0 },
	{ "stage",		W_TOP,   3, 4,  0 },
	{ "threshold",		W_TOP,   1, 1,  0 },
	{ "category",		W_TOP,   2, 2,  0 },
	{ "section",		W_TOP,   2, -1, 0 },
	{ "context-section",	W_TOP,   1, -1, 0 },
	{ "experience-section",	W_TOP,   1, -1, 0 },
	{ "use-section",	W_TOP,   1, -1, 0 },
	{ "title-section",	W_TOP,   1, -1, 0 },
	{ "listed-weight",	W_TOP,   1, 1,  0 },
	{ "job-title",		W_TOP,   2, -1, 0 },
	{ "title-rank",		W_TOP,   2, -1, 0 },
	{ "posting-weight",	W_TOP,   2, 2,  0 },
	{ "rule-words",		W_TOP,   1, -1, 0 },
	{ "cue-before",		W_RULE,  1, 1,  1 },
	{ "cue-after",		W_RULE,  1, 1,  1 },
	{ "negation-before",	W_RULE,  1, 1,  1 },
	{ "negation-after",	W_RULE,  1, 1,  1 },
	{ "learning-before",	W_RULE,  1, 1,  1 },
	{ "learning-after",	W_RULE,  1, 1,  1 },
	{ "cue-line",		W_RULE,  1, 1,  1 },
	{ "rule-set",		W_TOP,   3, 3,  0 },
	{ "use",		W_SKILL, 1, -1, 0 },
	{ "context-words",	W_TOP,   1, -1, 0 },
	{ "plain-words",	W_TOP,   1, -1, 0 },
	{ "group",		W_BLOCK, 2, 2,  0 },
	{ "pattern",		W_SKILL, 1, 1,  1 },
	{ "leadership",		W_SKILL, 0, 0,  0 },
	{ "members",		W_GROUP, 1, -1, 0 },
	{ "category",		W_SKILL, 1, 1,  0 },
	{ "stage",		W_BLOCK, 1, 1,  0 },
	{ "weight",		W_BLOCK, 1, 1,  0 },
	{ "from",		W_BLOCK, 1, -1, 0 },
	{ "catalogue",		W_TOP,   1, -1, 0 },
	{ "tag",		W_TOP,   2, 2,  0 },
	{ "tag",		W_SKILL, 1, -1, 0 },
	{ "members-kind",	W_GROUP, 1, -1, 0 },
	{ "members-tag",	W_GROUP, 1, -1, 0 },
	{ "quiet-kind",		W_TOP,   1, -1, 0 },
	{ "practice-kind",	W_TOP,   1, -1, 0 },
	{ "catalogue-use",	W_TOP,   1, -1, 0 },
	{ NULL,			W_TOP,   0, 0,  0 }
};

static const struct directive *
find_directive(struct parser *p, const char *name)
{
	const struct directive	*d, *any = NULL;

	for (d = directives; d->name != NULL; d++) {
		/* The first letter first: a catalogue has many lines. */
		if (d->name[0] != name[0] || strcmp(d->name, name) != 0)
			continue;
		any = d;
		switch (d->where) {
		case W_TOP:
			if (!p->in_block)
				return d;
			break;
		case W_SKILL:
			if (p->in_block == 's')
				return d;
			break;
		case W_GROUP:
			if (p->in_block == 'g')
				return d;
			break;
		case W_BLOCK:
			if (p->in_block || strcmp(name, "skill") == 0 ||
			    strcmp(name, "group") == 0)
				return d;
			break;
		case W_RULE:
			if (p->in_block != 'g')
				return d;
			break;
		}
	}
	if (any == NULL)
		lerr(p, "unknown directive \"%s\"", name);
	else if (any->where == W_TOP)
		lerr(p, "\"%s\" must come before the first skill or group",
		    name);
	else if (any->where == W_SKILL)
		lerr(p, "\"%s\" belongs in a skill block", name);
	else if (any->where == W_GROUP)
		lerr(p, "\"%s\" belongs in a group block", name);
	else
		lerr(p, "\"%s\" belongs in a skill or group block", name);
	return NULL;
}

/* The rule kind a directive names, or -1. */
static int
rule_kind(const char *name)
{
	static const struct {
		const char		*name;
		enum lex_rule_kind	 kind;
	} kinds[] = {
		{ "cue-before", RULE_CUE_BEFORE },
		{ "cue-after", RULE_CUE_AFTER },
		{ "cue-line", RULE_CUE_LINE },
		{ "veto-before", RULE_VETO_BEFORE },
		{ "veto-after", RULE_VETO_AFTER },
		{ "veto-line", RULE_VETO_LINE },
		{ "negation-before", RULE_NEGATION_BEFORE },
		{ "negation-after", RULE_NEGATION_AFTER },
		{ "learning-before", RULE_LEARNING_BEFORE },
		{ "learning-after", RULE_LEARNING_AFTER },
	};
	size_t	i;

	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (strcmp(kinds[i].name, name) == 0)
			return (int)kinds[i].kind;
	return -1;
}

/*
 * rule-set NAME KIND REGEX: a named rule, for the skills that "use" it,
 * so one rule serves many skills without being copied into each.
 */
static void
add_to_rule_set(struct parser *p, char **a)
{
	struct lexicon	*lx = p->lx;
	size_t		 i;
	int		 kind = rule_kind(a[1]);

	if (kind < 0) {
		lerr(p, "rule-set %s: \"%s\" is not a rule kind", a[0], a[1]);
		return;
	}
	if (!valid_id(a[0])) {
		lerr(p, "rule-set id \"%s\": use lower-case letters, digits, "
		    "'-', '_' and '.'", a[0]);
		return;
	}
	for (i = 0; i < lx->nrule_sets; i++)
		if (strcmp(lx->rule_sets[i].id, a[0]) == 0)
			break;
	if (i == lx->nrule_sets) {
		lx->rule_sets = xreallocarray(lx->rule_sets, i + 1,
		    sizeof(*lx->rule_sets));
		memset(&lx->rule_sets[i], 0, sizeof(lx->rule_sets[i]));
		lx->rule_sets[i].id = xstrdup(a[0]);
		lx->nrule_sets++;
	}
	add_rule(p, &lx->rule_sets[i].rules, (enum lex_rule_kind)kind, a[2],
	    "rule-set");
}

/* The rule set called id, or NULL after reporting it unknown. */
static const struct lex_rules *
find_rule_set(struct parser *p, const char *id)
{
	size_t	i;

	for (i = 0; i < p->lx->nrule_sets; i++)
		if (strcmp(p->lx->rule_sets[i].id, id) == 0)
			return &p->lx->rule_sets[i].rules;
	lerr(p, "unknown rule-set \"%s\"", id);
	return NULL;
}

static void
share_rules(struct lex_rules *to, const struct lex_rules *from)
{
	size_t	k;

	if (from->n == 0)
		return;
	/* Once per set, not per rule: a set goes to thousands of entries. */
	to->v = xreallocarray(to->v, to->n + from->n, sizeof(*to->v));
	for (k = 0; k < from->n; k++) {
		to->v[to->n] = from->v[k];
		to->v[to->n].shared = 1;
		to->n++;
	}
}

/* use NAME ...: the skill takes in the rules of those sets. */
static void
use_rule_sets(struct parser *p, char **a, int n)
{
	const struct lex_rules	*from;
	int			 j;

	for (j = 0; j < n; j++)
		if ((from = find_rule_set(p, a[j])) != NULL)
			share_rules(&cur_skill(p)->rules, from);
}

/*
 * catalogue-use NAME: every catalogue entry the role does not adopt
 * takes in the set's rules, as a skill would with "use NAME": a
 * recruiter's "hired Kotlin and React engineers" names the stacks of
 * others, whatever the technology.
 */
static void
take_rule_set(struct parser *p, const char *id)
{
	const struct lex_rules	*from = find_rule_set(p, id);
	size_t			 s;

	for (s = 0; from != NULL && s < p->lx->nskills; s++)
		if (p->lx->skills[s].catalogue && !p->lx->skills[s].in_role)
			share_rules(&p->lx->skills[s].rules, from);
}

/*
 * A list of single words: context-words (a line holding one is technical
 * context) or rule-words (negation and learning rules run only on lines
 * holding one, which spares most lines their regexes).
 */
static void
add_words(struct parser *p, struct phrase_table **table, const char *what,
    char **args, int nargs)
{
	uint32_t	node, lines;
	char		*key;
	int		 i, ntok;

	if (*table == NULL)
		*table = phrase_new();
	for (i = 0; i < nargs; i++) {
		key = norm_string(args[i]);
		node = add_tokens(*table, key, &ntok, &lines);
		free(key);
		if (ntok != 1)
			lerr(p, "%s \"%s\": expected one word", what, args[i]);
		else
			phrase_set_value(*table, node, 1);
	}
}

/* posting-weight SECTION N, or posting-weight default N. */
static void
set_posting_weight(struct parser *p, const char *section, const char *arg)
{
	size_t	sec;
	int	w;

	/* 0: what a section names asks for nothing ("About us"). */
	if (!parse_int(p, "weight", arg, strcmp(section, "default") == 0 ?
	    1 : 0, LEX_MAXWEIGHT, &w))
		return;
	if (strcmp(section, "default") == 0) {
		p->lx->posting_weight = w;
		return;
	}
	if ((sec = find_section(p->lx, section)) == LEX_NONE)
		lerr(p, "unknown section \"%s\"", section);
	else
		p->lx->sections[sec].posting_weight = w;
}

/* dir/name, allocated; dir is the first dirlen bytes. */
static char *
join_path(const char *dir, size_t dirlen, const char *name)
{
	size_t	 len = dirlen + 1 + strlen(name) + 1;
	char	*path = xmalloc(len);

	snprintf(path, len, "%.*s/%s", (int)dirlen, dir, name);
	return path;
}

/*
 * The whole of a lexicon file into b; -1 with the reason in err.  A
 * lexicon is hand-written text: one larger than LEXICON_MAXSIZE is not.
 */
static int
read_text(const char *path, struct buf *b, char *err, size_t errsize)
{
	char	 chunk[65536];
	size_t	 n;
	FILE	*f;

	if ((f = fopen(path, "r")) == NULL) {
		snprintf(err, errsize, "%s", strerror(errno));
		return -1;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		buf_add(b, chunk, n);
		if (b->len > LEXICON_MAXSIZE) {
			snprintf(err, errsize, "larger than %u MiB: not a "
			    "lexicon", LEXICON_MAXSIZE >> 20);
			fclose(f);
			buf_free(b);
			return -1;
		}
	}
	if (ferror(f)) {
		snprintf(err, errsize, "%s", strerror(errno));
		fclose(f);
		buf_free(b);
		return -1;
	}
	fclose(f);
	return 0;
}

/* kind, tag or source ID NAME: a term of the catalogue's vocabularies. */
static void
add_term(struct parser *p, const char *what, struct lex_term **v, size_t *n,
    char **a)
{
	if (!check_new_id(p, what, a[0], find_id(*v, *n, sizeof(**v), a[0])))
		return;
	*v = xreallocarray(*v, *n + 1, sizeof(**v));
	(*v)[*n].id = xstrdup(a[0]);
	(*v)[*n].name = xstrdup(a[1]);
	(*n)++;
}

static int	parse_text(struct parser *, const char *, size_t);
static void	rule_state_new(struct lexicon *);

static int
compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * Read one catalogue file as part of this lexicon.  Its messages name
 * it, so the parser keeps its path until the lexicon is loaded.
 */
static void
read_catalogue_file(struct parser *p, char *path)
{
	struct buf	 text = { 0 };
	const char	*name = p->name;
	unsigned long	 line = p->line;
	char		 err[256];

	if (read_text(path, &text, err, sizeof(err)) < 0) {
		lerr(p, "catalogue %s: %s", path, err);
		free(path);
		return;
	}
	p->files = xreallocarray(p->files, p->nfiles + 1, sizeof(*p->files));
	p->files[p->nfiles++] = path;
	p->name = path;
	p->line = 0;
	p->in_catalogue = 1;
	p->in_block = 0;
	parse_text(p, text.data ? text.data : "", text.len);
	p->in_catalogue = 0;
	p->in_block = 0;
	p->name = name;
	p->line = line;
	buf_free(&text);
}

/*
 * catalogue PATH ...: technology entries shared by every role, in a file
 * or in every FILE.lex of a folder, in name order; a relative PATH is
 * taken from the folder of the lexicon that names it.
 */
static void
load_catalogue(struct parser *p, const char *arg)
{
	const char	*slash = strrchr(p->name, '/');
	struct stat	 st;
	struct dirent	*de;
	DIR		*dir;
	char		*path, **names = NULL;
	size_t		 n = 0, i, len;

	if (!p->from_file) {
		lerr(p, "catalogue %s: a lexicon read from memory names no "
		    "files", arg);
		return;
	}
	if (arg[0] == '/' || slash == NULL)
		path = xstrdup(arg);
	else
		path = join_path(p->name, (size_t)(slash - p->name), arg);
	if (stat(path, &st) < 0) {
		lerr(p, "catalogue %s: %s", path, strerror(errno));
		free(path);
		return;
	}
	if (S_ISREG(st.st_mode)) {
		read_catalogue_file(p, path);
		return;
	}
	if (!S_ISDIR(st.st_mode)) {
		lerr(p, "catalogue %s: neither a file nor a folder", path);
		free(path);
		return;
	}
	if ((dir = opendir(path)) == NULL) {
		lerr(p, "catalogue %s: %s", path, strerror(errno));
		free(path);
		return;
	}
	while ((de = readdir(dir)) != NULL) {
		len = strlen(de->d_name);
		if (de->d_name[0] == '.' || len < 5 ||
		    strcmp(de->d_name + len - 4, ".lex") != 0)
			continue;
		names = xreallocarray(names, n + 1, sizeof(*names));
		names[n++] = join_path(path, strlen(path), de->d_name);
	}
	closedir(dir);
	if (n == 0)
		lerr(p, "catalogue %s: no .lex file in the folder", path);
	qsort(names, n, sizeof(*names), compare_names);
	for (i = 0; i < n; i++) {
		/* a pipe or a device named x.lex would never end */
		if (stat(names[i], &st) < 0 || !S_ISREG(st.st_mode)) {
			lerr(p, "catalogue %s: not a regular file", names[i]);
			free(names[i]);
			continue;
		}
		read_catalogue_file(p, names[i]);
	}
	free(names);
	free(path);
}

static void
do_top(struct parser *p, const char *dname, char **a, int n)
{
	struct lexicon	*lx = p->lx;
	char		*end;
	int		 from, to, i;

	if (strcmp(dname, "role") == 0) {
		if (lx->role != NULL) {
			lerr(p, "second \"role\" line");
			return;
		}
		if (!valid_id(a[0]))
			lerr(p, "role id \"%s\": use lower-case letters, "
			    "digits, '-', '_' and '.'", a[0]);
		lx->role = xstrdup(a[0]);
		lx->role_name = xstrdup(a[1]);
	} else if (strcmp(dname, "guide") == 0) {
		if (!check_new_id(p, "guide", a[0], find_id(lx->guides,
		    lx->nguides, sizeof(*lx->guides), a[0])))
			return;
		xgrow(&lx->guides, &p->guidecap, lx->nguides + 1,
		    sizeof(*lx->guides));
		lx->guides[lx->nguides].id = xstrdup(a[0]);
		lx->guides[lx->nguides].file = xstrdup(a[1]);
		lx->guides[lx->nguides].title = xstrdup(a[2]);
		lx->nguides++;
	} else if (strcmp(dname, "stage") == 0) {
		if (!check_new_id(p, "stage", a[0],
		    lexicon_stage_index(lx, a[0])))
			return;
		if (!parse_int(p, "years", a[1], 0, 99, &from))
			return;
		if (strcmp(a[2], "+") == 0)
			to = -1;
		else if (!parse_int(p, "years", a[2], 0, 99, &to))
			return;
		if (to != -1 && to < from) {
			lerr(p, "stage \"%s\": years end before they start",
			    a[0]);
			return;
		}
		xgrow(&lx->stages, &p->stagecap, lx->nstages + 1,
		    sizeof(*lx->stages));
		lx->stages[lx->nstages].id = xstrdup(a[0]);
		lx->stages[lx->nstages].name = xstrdup(n > 3 ? a[3] : a[0]);
		lx->stages[lx->nstages].from = from;
		lx->stages[lx->nstages].to = to;
		lx->nstages++;
	} else if (strcmp(dname, "threshold") == 0) {
		errno = 0;
		lx->threshold = strtod(a[0], &end);
		if (*end != '\0' || errno != 0 || !(lx->threshold > 0) ||
		    lx->threshold > 1)
			lerr(p, "threshold \"%s\": expected a number above "
			    "0 and at most 1", a[0]);
		p->has_threshold = 1;
	} else if (strcmp(dname, "category") == 0) {
		if (!check_new_id(p, "category", a[0], find_id(lx->categories,
		    lx->ncategories, sizeof(*lx->categories), a[0])))
			return;
		xgrow(&lx->categories, &p->catcap, lx->ncategories + 1,
		    sizeof(*lx->categories));
		lx->categories[lx->ncategories].id = xstrdup(a[0]);
		lx->categories[lx->ncategories].name = xstrdup(a[1]);
		lx->ncategories++;
	} else if (strcmp(dname, "section") == 0)
		add_section(p, a, n);
	else if (strcmp(dname, "context-section") == 0)
		mark_sections(p, a, n, 0);
	else if (strcmp(dname, "experience-section") == 0)
		mark_sections(p, a, n, 1);
	else if (strcmp(dname, "use-section") == 0)
		mark_sections(p, a, n, 2);
	else if (strcmp(dname, "title-section") == 0)
		mark_sections(p, a, n, 3);
	else if (strcmp(dname, "listed-weight") == 0) {
		errno = 0;
		lx->listed_weight = strtod(a[0], &end);
		if (*end != '\0' || errno != 0 || !(lx->listed_weight >= 0) ||
		    lx->listed_weight > 1)
			lerr(p, "listed-weight \"%s\": expected a number from "
			    "0 to 1", a[0]);
	} else if (strcmp(dname, "job-title") == 0)
		add_titles(p, a, n, 1);
	else if (strcmp(dname, "title-rank") == 0)
		add_titles(p, a, n, 0);
	else if (strcmp(dname, "posting-weight") == 0)
		set_posting_weight(p, a[0], a[1]);
	else if (strcmp(dname, "rule-words") == 0)
		add_words(p, &p->lx->rule_words, "rule word", a, n);
	else if (strcmp(dname, "context-words") == 0)
		add_words(p, &p->lx->context_words, "context word", a, n);
	else if (strcmp(dname, "plain-words") == 0)
		add_words(p, &p->lx->plain_words, "plain word", a, n);
	else if (strcmp(dname, "rule-set") == 0)
		add_to_rule_set(p, a);
	else if (strcmp(dname, "quiet-kind") == 0)
		add_pending(p, PEND_QUIET_KIND, a, n);
	else if (strcmp(dname, "practice-kind") == 0)
		add_pending(p, PEND_PRACTICE_KIND, a, n);
	else if (strcmp(dname, "catalogue-use") == 0)
		add_pending(p, PEND_CATALOGUE_USE, a, n);
	else if (strcmp(dname, "kind") == 0)
		add_term(p, "kind", &lx->kinds, &lx->nkinds, a);
	else if (strcmp(dname, "tag") == 0)
		add_term(p, "tag", &lx->tags, &lx->ntags, a);
	else if (strcmp(dname, "source") == 0)
		add_term(p, "source", &lx->sources, &lx->nsources, a);
	else if (strcmp(dname, "catalogue") == 0) {
		if (lx->nskills > lx->ncatalogue) {
			lerr(p, "\"catalogue\" must come before the role's "
			    "skills");
			return;
		}
		for (i = 0; i < n; i++)
			load_catalogue(p, a[i]);
		lx->ncatalogue = lx->nskills;
	}
}

static void
start_block(struct parser *p, const char *dname, char **a)
{
	struct lexicon	*lx = p->lx;
	size_t		 old;

	if (strcmp(dname, "skill") == 0) {
		p->in_block = 's';
		old = lexicon_skill_index(lx, a[0]);
		if (!p->in_catalogue && old != LEX_NONE &&
		    lx->skills[old].catalogue && !lx->skills[old].in_role) {
			/* The role adopts a catalogue entry. */
			p->cur = old;
			free(lx->skills[old].name);
			lx->skills[old].name = xstrdup(a[1]);
			lx->skills[old].in_role = 1;
			p->role_pos[old] = p->nrole++;
			p->skill_line[old] = p->line;
			p->skill_file[old] = p->name;
			return;
		}
		xgrow(&lx->skills, &p->skillcap, lx->nskills + 1,
		    sizeof(*lx->skills));
		xgrow(&p->skill_line, &p->skill_linecap, lx->nskills + 1,
		    sizeof(*p->skill_line));
		xgrow(&p->skill_file, &p->skillfilecap, lx->nskills + 1,
		    sizeof(*p->skill_file));
		xgrow(&p->role_pos, &p->role_poscap, lx->nskills + 1,
		    sizeof(*p->role_pos));
		p->role_pos[lx->nskills] = p->in_catalogue ? LEX_NONE :
		    p->nrole++;
		memset(&lx->skills[lx->nskills], 0, sizeof(*lx->skills));
		check_new_id(p, "skill", a[0], old);
		lx->skills[lx->nskills].id = xstrdup(a[0]);
		lx->skills[lx->nskills].name = xstrdup(a[1]);
		lx->skills[lx->nskills].category = LEX_NONE;
		lx->skills[lx->nskills].stage = LEX_NONE;
		lx->skills[lx->nskills].group = LEX_NONE;
		lx->skills[lx->nskills].kind = LEX_NONE;
		lx->skills[lx->nskills].in_role = !p->in_catalogue;
		lx->skills[lx->nskills].catalogue = p->in_catalogue;
		p->skill_line[lx->nskills] = p->line;
		p->skill_file[lx->nskills] = p->name;
		p->cur = lx->nskills;
		if (old == LEX_NONE)
			index_skill(lx, lx->nskills);
		lx->nskills++;
	} else {
		p->in_block = 'g';
		xgrow(&lx->groups, &p->groupcap, lx->ngroups + 1,
		    sizeof(*lx->groups));
		memset(&lx->groups[lx->ngroups], 0, sizeof(*lx->groups));
		if (find_id(lx->skills, lx->nskills, sizeof(*lx->skills),
		    a[0]) != LEX_NONE)
			lerr(p, "group id \"%s\" is already a skill id", a[0]);
		else
			check_new_id(p, "group", a[0], find_id(lx->groups,
			    lx->ngroups, sizeof(*lx->groups), a[0]));
		lx->groups[lx->ngroups].id = xstrdup(a[0]);
		lx->groups[lx->ngroups].name = xstrdup(a[1]);
		lx->groups[lx->ngroups].stage = LEX_NONE;
		lx->groups[lx->ngroups].weight = -1;
		lx->ngroups++;
	}
}

static void
do_block(struct parser *p, const char *dname, char **a, int n)
{
	struct lexicon		*lx = p->lx;
	struct lex_skill	*sk = p->in_block == 's' ? cur_skill(p) : NULL;
	struct lex_group	*gr = p->in_block == 'g' ? cur_group(p) : NULL;
	int			 i, w;

	if (strcmp(dname, "alias") == 0 || strcmp(dname, "ambiguous") == 0) {
		for (i = 0; i < n; i++)
			add_alias(p, a[i], dname[1] == 'm');
	} else if (strcmp(dname, "pattern") == 0) {
		char	what[300];

		snprintf(what, sizeof(what), "skill \"%s\"", sk->id);
		if (p->defer)
			(void)defer_re(p, a[0], what, 0);
		else
			pcre2_code_free(compile_re(p, a[0], what));
		xgrow(&p->pats, &p->patcap, p->npats + 1, sizeof(*p->pats));
		p->pats[p->npats].skill = p->cur;
		p->pats[p->npats].re = xstrdup(a[0]);
		p->npats++;
	} else if (strcmp(dname, "implies") == 0) {
		add_pending(p, PEND_IMPLIES, a, n);
	} else if (strcmp(dname, "kind") == 0) {
		add_pending(p, PEND_KIND, a, n);
	} else if (strcmp(dname, "tag") == 0) {
		add_pending(p, PEND_TAG, a, n);
	} else if (strcmp(dname, "source") == 0) {
		add_pending(p, PEND_SOURCE, a, n);
	} else if (strcmp(dname, "members-kind") == 0) {
		add_pending(p, PEND_MEMBERS_KIND, a, n);
	} else if (strcmp(dname, "members-tag") == 0) {
		add_pending(p, PEND_MEMBERS_TAG, a, n);
	} else if (strcmp(dname, "leadership") == 0) {
		sk->leadership = 1;
	} else if (strcmp(dname, "use") == 0) {
		use_rule_sets(p, a, n);
	} else if (strcmp(dname, "members") == 0) {
		add_pending(p, PEND_MEMBERS, a, n);
	} else if (strcmp(dname, "category") == 0) {
		sk->category = find_id(lx->categories, lx->ncategories,
		    sizeof(*lx->categories), a[0]);
		if (sk->category == LEX_NONE) {
			lerr(p, "unknown category \"%s\"", a[0]);
			sk->category = 0;	/* reported once is enough */
		}
	} else if (strcmp(dname, "stage") == 0) {
		if (sk != NULL)
			sk->stage = need_stage(p, a[0]);
		else
			gr->stage = need_stage(p, a[0]);
	} else if (strcmp(dname, "weight") == 0) {
		if (!parse_int(p, "weight", a[0], 0, LEX_MAXWEIGHT, &w))
			return;
		if (sk != NULL)
			sk->weight = w;
		else
			gr->weight = w;
	} else if (strcmp(dname, "from") == 0) {
		if (sk != NULL)
			add_guides(p, &sk->guides, &sk->nguides, a, n);
		else
			add_guides(p, &gr->guides, &gr->nguides, a, n);
	}
}

/*
 * What a catalogue file may say: technologies, their spellings, kinds,
 * tags, sources, implications and context rules.  Stages, weights,
 * sections and the rules for every skill are a role's.
 */
static int
catalogue_directive(const char *word, enum where where, int in_skill)
{
	static const char *const top[] = {
		"kind", "tag", "source", "rule-set", NULL
	};
	static const char *const block[] = {
		"skill", "kind", "tag", "source", "alias", "ambiguous",
		"pattern", "implies", "use", NULL
	};
	const char *const	*w;

	if (where == W_RULE)
		return in_skill;	/* a skill's own rules */
	for (w = where == W_TOP ? top : block; *w != NULL; w++)
		if (strcmp(*w, word) == 0)
			return 1;
	return 0;
}

static void
parse_line(struct parser *p, char *line)
{
	const struct directive	*d;
	char			*args[MAXARGS + 1], *s, *word, *rest;
	int			 n;

	s = line;
	while (*s == ' ' || *s == '\t')
		s++;
	if (*s == '\0' || *s == '#')
		return;
	word = s;
	while (*s != '\0' && *s != ' ' && *s != '\t')
		s++;
	if (*s != '\0')
		*s++ = '\0';
	if ((d = find_directive(p, word)) == NULL)
		return;

	if (d->raw) {
		while (*s == ' ' || *s == '\t')
			s++;
		rest = s + strlen(s);
		while (rest > s && (rest[-1] == ' ' || rest[-1] == '\t'))
			*--rest = '\0';
		if (*s == '\0') {
			lerr(p, "\"%s\" needs a regular expression", word);
			return;
		}
		args[0] = s;
		n = 1;
	} else {
		if ((n = split_args(p, s, args)) < 0)
			return;
		if (n < d->minargs || (d->maxargs >= 0 && n > d->maxargs)) {
			if (d->minargs == d->maxargs)
				lerr(p, "\"%s\" takes %d argument%s, not %d",
				    word, d->minargs,
				    d->minargs == 1 ? "" : "s", n);
			else
				lerr(p, "\"%s\" takes at least %d "
				    "argument%s", word, d->minargs,
				    d->minargs == 1 ? "" : "s");
			return;
		}
	}
	if (p->in_catalogue && !catalogue_directive(word, d->where,
	    p->in_block == 's')) {
		lerr(p, "\"%s\" does not belong in a catalogue file: a "
		    "role's lexicon says it", word);
		return;
	}
	if (!p->in_catalogue && p->lx->role == NULL &&
	    strcmp(word, "role") != 0) {
		lerr(p, "the first directive must be \"role\"");
		p->lx->role = xstrdup("?");
		p->lx->role_name = xstrdup("?");
	}

	switch (d->where) {
	case W_TOP:
		do_top(p, word, args, n);
		break;
	case W_RULE:
		add_rule(p, p->in_block == 's' ? &cur_skill(p)->rules :
		    &p->lx->rules, (enum lex_rule_kind)rule_kind(word), args[0],
		    word);
		break;
	case W_BLOCK:
		if (strcmp(word, "skill") == 0 || strcmp(word, "group") == 0) {
			start_block(p, word, args);
			break;
		}
		/* FALLTHROUGH */
	case W_SKILL:
	case W_GROUP:
		do_block(p, word, args, n);
		break;
	}
}

/*
 * Put the role's skills first, in the order of its blocks, then the
 * catalogue's other entries: requirements and reports follow the role's
 * file, whatever the catalogue's order.  Runs before names are
 * resolved, so only what the first pass recorded by index moves.
 */
static void
order_skills(struct parser *p)
{
	struct lexicon		*lx = p->lx;
	struct lex_skill	*skills;
	unsigned long		*line;
	const char		**file;
	size_t			*to, i, next = p->nrole;

	if (lx->ncatalogue == 0 || lx->nskills == 0)
		return;
	to = xreallocarray(NULL, lx->nskills, sizeof(*to));
	for (i = 0; i < lx->nskills; i++)
		to[i] = p->role_pos[i] != LEX_NONE ? p->role_pos[i] : next++;
	skills = xreallocarray(NULL, lx->nskills, sizeof(*skills));
	line = xreallocarray(NULL, lx->nskills, sizeof(*line));
	file = xreallocarray(NULL, lx->nskills, sizeof(*file));
	for (i = 0; i < lx->nskills; i++) {
		skills[to[i]] = lx->skills[i];
		line[to[i]] = p->skill_line[i];
		file[to[i]] = p->skill_file[i];
	}
	memcpy(lx->skills, skills, lx->nskills * sizeof(*skills));
	memset(lx->skill_slots, 0, lx->skill_slotcap *
	    sizeof(*lx->skill_slots));
	for (i = 0; i < lx->nskills; i++)
		reindex_skill(lx, i);
	memcpy(p->skill_line, line, lx->nskills * sizeof(*line));
	memcpy(p->skill_file, file, lx->nskills * sizeof(*file));
	for (i = 0; i < lx->naliases; i++)
		lx->aliases[i].skill = to[lx->aliases[i].skill];
	for (i = 0; i < p->npats; i++)
		p->pats[i].skill = to[p->pats[i].skill];
	for (i = 0; i < p->npend; i++)
		if (owned_by_skill(p->pend[i].kind))
			p->pend[i].owner = to[p->pend[i].owner];
	free(skills);
	free(line);
	free(file);
	free(to);
}

/* id among n terms (kinds, tags, sources), or report it unknown. */
static size_t
need_term(struct parser *p, const char *what, const struct lex_term *v,
    size_t n, const char *id)
{
	size_t	t = find_id(v, n, sizeof(*v), id);

	if (t == LEX_NONE)
		lerr(p, "unknown %s \"%s\"", what, id);
	return t;
}

static void
add_index(size_t **v, size_t *n, size_t x)
{
	*v = xreallocarray(*v, *n + 1, sizeof(**v));
	(*v)[(*n)++] = x;
}

/* Skill s joins group g: the one place membership is recorded. */
static void
join_group(struct lexicon *lx, size_t g, size_t s)
{
	lx->skills[s].group = g;
	add_index(&lx->groups[g].members, &lx->groups[g].nmembers, s);
}

static void
add_member(struct parser *p, size_t g, size_t s)
{
	struct lexicon	*lx = p->lx;

	if (lx->skills[s].group != LEX_NONE) {
		lerr(p, "skill \"%s\" is already a member of group \"%s\"",
		    lx->skills[s].id, lx->groups[lx->skills[s].group].id);
		return;
	}
	join_group(lx, g, s);
}

/*
 * members-kind and members-tag: every catalogue entry of the kind or
 * with the tag, but those a group already has or the role weighs on
 * their own: what is named explicitly wins.
 */
static void
add_members_of(struct parser *p, const struct pending *pe)
{
	struct lexicon		*lx = p->lx;
	struct lex_skill	*sk;
	size_t			 t, s, k;
	int			 any = 0;

	if (pe->kind == PEND_MEMBERS_KIND)
		t = need_term(p, "kind", lx->kinds, lx->nkinds, pe->name);
	else
		t = need_term(p, "tag", lx->tags, lx->ntags, pe->name);
	if (t == LEX_NONE)
		return;
	for (s = 0; s < lx->nskills; s++) {
		sk = &lx->skills[s];
		if (pe->kind == PEND_MEMBERS_KIND) {
			if (sk->kind != t)
				continue;
		} else {
			for (k = 0; k < sk->ntags && sk->tags[k] != t; k++)
				;
			if (k == sk->ntags)
				continue;
		}
		any = 1;
		if (sk->group == LEX_NONE && sk->weight == 0)
			join_group(lx, pe->owner, s);
	}
	if (!any)
		lerr(p, "no skill has %s \"%s\"", pe->kind ==
		    PEND_MEMBERS_KIND ? "kind" : "tag", pe->name);
}

/* One name of the first pass, now that every file is read. */
static void
resolve_pending(struct parser *p, const struct pending *pe)
{
	struct lexicon		*lx = p->lx;
	struct lex_skill	*sk;
	size_t			 s, k;

	sk = owned_by_skill(pe->kind) ? &lx->skills[pe->owner] : NULL;
	switch (pe->kind) {
	case PEND_KIND:
		s = need_term(p, "kind", lx->kinds, lx->nkinds, pe->name);
		if (s != LEX_NONE && sk->kind != LEX_NONE && sk->kind != s)
			lerr(p, "skill \"%s\" has a second kind", sk->id);
		else if (s != LEX_NONE)
			sk->kind = s;
		else if (lx->nkinds > 0)
			sk->kind = 0;	/* reported once is enough */
		return;
	case PEND_TAG:
		s = need_term(p, "tag", lx->tags, lx->ntags, pe->name);
		if (s != LEX_NONE)
			add_index(&sk->tags, &sk->ntags, s);
		return;
	case PEND_SOURCE:
		s = need_term(p, "source", lx->sources, lx->nsources,
		    pe->name);
		if (s != LEX_NONE)
			add_index(&sk->sources, &sk->nsources, s);
		return;
	case PEND_QUIET_KIND:
	case PEND_PRACTICE_KIND:
		s = need_term(p, "kind", lx->kinds, lx->nkinds, pe->name);
		for (k = 0; s != LEX_NONE && k < lx->nskills; k++) {
			if (lx->skills[k].kind != s)
				continue;
			if (pe->kind == PEND_QUIET_KIND)
				lx->skills[k].quiet = 1;
			else
				lx->skills[k].practice = 1;
		}
		return;
	case PEND_CATALOGUE_USE:
		take_rule_set(p, pe->name);
		return;
	case PEND_MEMBERS_KIND:
	case PEND_MEMBERS_TAG:
		return;		/* once every explicit member is known */
	case PEND_IMPLIES:
	case PEND_MEMBERS:
		break;
	}
	s = lexicon_skill_index(lx, pe->name);
	if (s == LEX_NONE) {
		lerr(p, "%s names unknown skill \"%s\"", pe->kind ==
		    PEND_MEMBERS ? "members" : "implies", pe->name);
		return;
	}
	if (pe->kind == PEND_MEMBERS) {
		add_member(p, pe->owner, s);
		return;
	}
	if (s == pe->owner) {
		lerr(p, "skill \"%s\" implies itself", sk->id);
		return;
	}
	add_index(&sk->implies, &sk->nimplies, s);
}

/* Second pass: names, completeness, requirements. */
static void
resolve(struct parser *p)
{
	struct lexicon		*lx = p->lx;
	struct lex_skill	*sk;
	struct lex_group	*gr;
	struct pending		*pe;
	const char		*name = p->name;
	size_t			 i;

	order_skills(p);
	for (i = 0; i < p->npend; i++) {
		pe = &p->pend[i];
		p->name = pe->file;
		p->line = pe->line;
		resolve_pending(p, pe);
	}
	for (i = 0; i < p->npend; i++) {
		pe = &p->pend[i];
		if (pe->kind != PEND_MEMBERS_KIND &&
		    pe->kind != PEND_MEMBERS_TAG)
			continue;
		p->name = pe->file;
		p->line = pe->line;
		add_members_of(p, pe);
	}

	for (i = 0; i < lx->nskills; i++) {
		sk = &lx->skills[i];
		p->name = p->skill_file[i];
		p->line = p->skill_line[i];
		if (sk->catalogue && sk->kind == LEX_NONE)
			lerr(p, "skill \"%s\" has no kind", sk->id);
		if (sk->catalogue && sk->nsources == 0)
			lerr(p, "skill \"%s\" has no source", sk->id);
		if (sk->in_role && sk->category == LEX_NONE)
			lerr(p, "skill \"%s\" has no category", sk->id);
		if (sk->in_role && sk->stage == LEX_NONE)
			lerr(p, "skill \"%s\" has no stage", sk->id);
		if (sk->group != LEX_NONE && sk->weight > 0)
			lerr(p, "skill \"%s\" has weight %d but is a member "
			    "of group \"%s\": the group carries the weight",
			    sk->id, sk->weight, lx->groups[sk->group].id);
		/* A catalogue entry a group takes in stands at its stage. */
		if (!sk->in_role && sk->group != LEX_NONE)
			sk->stage = lx->groups[sk->group].stage;
	}
	p->name = name;
	p->line = 0;
	for (i = 0; i < lx->ngroups; i++) {
		gr = &lx->groups[i];
		if (gr->stage == LEX_NONE)
			lerr(p, "group \"%s\" has no stage", gr->id);
		if (gr->weight < 1)
			lerr(p, "group \"%s\" needs a weight from 1 to %d",
			    gr->id, LEX_MAXWEIGHT);
		if (gr->nmembers == 0)
			lerr(p, "group \"%s\" has no members", gr->id);
	}
	if (lx->role == NULL)
		lerr(p, "no \"role\" line");
	if (lx->nstages == 0)
		lerr(p, "no \"stage\" lines");
	if (!p->has_threshold)
		lx->threshold = 0.6;
	if (lx->posting_weight == 0)
		lx->posting_weight = 2;

	/* Requirements, in file order: groups first, then lone skills. */
	for (i = 0; i < lx->ngroups; i++) {
		lx->reqs = xreallocarray(lx->reqs, lx->nreqs + 1,
		    sizeof(*lx->reqs));
		lx->reqs[lx->nreqs].is_group = 1;
		lx->reqs[lx->nreqs].index = i;
		lx->reqs[lx->nreqs].stage = lx->groups[i].stage;
		lx->reqs[lx->nreqs].weight = lx->groups[i].weight;
		lx->nreqs++;
	}
	for (i = 0; i < lx->nskills; i++) {
		sk = &lx->skills[i];
		if (sk->group != LEX_NONE || sk->weight == 0)
			continue;
		lx->reqs = xreallocarray(lx->reqs, lx->nreqs + 1,
		    sizeof(*lx->reqs));
		lx->reqs[lx->nreqs].is_group = 0;
		lx->reqs[lx->nreqs].index = i;
		lx->reqs[lx->nreqs].stage = sk->stage;
		lx->reqs[lx->nreqs].weight = sk->weight;
		lx->nreqs++;
	}
}

/*
 * The skill patterns, combined: each alternative ends in a callout
 * naming its pattern, and the whole ends in (*FAIL), so PCRE2
 * backtracks through every alternative and the callout sees every
 * match; scan.c then keeps the leftmost-longest ones.  A plain
 * alternation would stop at the first alternative that matches, not
 * the longest.
 *
 * Patterns whose every match begins at one of their literal words
 * (rulekeys.c) go into one combined pattern compiled anchored, which
 * scan.c tries only where such a word begins (lx->pattern_keys): a few
 * places in a resume, where one unanchored pass tries every byte.  The
 * others, and all of them when their words are too many to look for
 * at once, go into one run over the whole text.  Their sources go to
 * any and at.
 */
static void
combine_patterns(struct parser *p, struct buf *any, struct buf *at)
{
	struct lexicon		*lx = p->lx;
	struct rule_keys	*k;
	struct buf		 words = { 0 }, *to;
	unsigned char		*keyed;
	char			 num[64];
	size_t			 i;

	keyed = xcalloc(p->npats + 1, 1);
	for (i = 0; i < p->npats; i++) {
		if ((k = rulekeys_new(p->pats[i].re, 0)) == NULL)
			continue;
		if (rulekeys_start(k)) {
			keyed[i] = 1;
			if (words.len > 0)
				buf_addc(&words, '|');
			buf_adds(&words, "(?:");
			buf_adds(&words, p->pats[i].re);
			buf_adds(&words, ")");
		}
		rulekeys_free(k);
	}
	buf_addc(&words, '\0');
	k = rulekeys_new(words.data, 0);
	if (k != NULL && !rulekeys_start(k)) {
		rulekeys_free(k);
		k = NULL;
	}
	lx->pattern_keys = k;
	buf_free(&words);

	lx->pattern_skill = xreallocarray(NULL, p->npats,
	    sizeof(*lx->pattern_skill));
	for (i = 0; i < p->npats; i++) {
		to = keyed[i] && k != NULL ? at : any;
		buf_adds(to, to->len == 0 ? "(?<![\\p{L}\\p{N}])(?:" : "|");
		buf_adds(to, "(?:");
		buf_adds(to, p->pats[i].re);
		snprintf(num, sizeof(num), ")(?![\\p{L}\\p{N}])(?C{%zu})", i);
		buf_adds(to, num);
		lx->pattern_skill[i] = p->pats[i].skill;
	}
	if (any->len > 0)
		buf_adds(any, ")(*FAIL)");
	if (at->len > 0)
		buf_adds(at, ")(*FAIL)");
	lx->npatterns = p->npats;
	free(keyed);
}

/* A combined pattern's code, or NULL after saying why (or for none). */
static pcre2_code *
compile_combined(struct parser *p, const struct buf *b, uint32_t options)
{
	pcre2_code	*re;
	int		 err;
	PCRE2_SIZE	 off;
	PCRE2_UCHAR	 msg[256];

	if (b->len == 0)
		return NULL;
	re = pcre2_compile((PCRE2_SPTR)b->data, b->len, RE_OPTIONS | options,
	    &err, &off, NULL);
	if (re == NULL) {
		pcre2_get_error_message(err, msg, sizeof(msg));
		p->line = 0;
		lerr(p, "the skill patterns do not combine: %s", (char *)msg);
	}
	return re;
}

static void
compile_patterns(struct parser *p)
{
	struct buf	 any = { 0 }, at = { 0 };

	if (p->npats == 0)
		return;
	combine_patterns(p, &any, &at);
	p->lx->patterns = compile_combined(p, &any, 0);
	p->lx->patterns_at = compile_combined(p, &at, PCRE2_ANCHORED);
	buf_free(&any);
	buf_free(&at);
}

/* Give each rule, shared or not, the code of the pattern it put off. */
static void
attach_codes(struct parser *p, struct lex_rules *r)
{
	size_t	k;

	for (k = 0; k < r->n; k++)
		r->v[k].re = p->res[r->v[k].pending].code;
}

/*
 * What the cache is asked for: the compile options, then each pattern
 * put off, in order, and the combined ones (the second anchored).  Two
 * lexicons with the same key compile to the same codes, whatever their
 * files say otherwise.
 */
static void
cache_key(struct parser *p, const struct buf *any, const struct buf *at,
    struct buf *key)
{
	char	opts[64];
	size_t	i;

	snprintf(opts, sizeof(opts), "options %u", (unsigned)RE_OPTIONS);
	buf_add(key, opts, strlen(opts) + 1);
	for (i = 0; i < p->nres; i++) {
		buf_addc(key, p->res[i].keep ? 'r' : 'p');
		buf_add(key, p->res[i].src, strlen(p->res[i].src) + 1);
	}
	buf_addc(key, 'c');
	buf_add(key, any->data, any->len);
	buf_addc(key, '\0');
	buf_addc(key, 'a');
	buf_add(key, at->data, at->len);
}

/*
 * The patterns the parse put off: decoded from the cache when it holds
 * exactly these, else compiled here in the order they were written (no
 * other error was found, so their messages come as they would have
 * inline) and cached for the next run.  path names the cache entry.
 */
static void
compile_pending(struct parser *p, const char *path)
{
	struct lexicon	 *lx = p->lx;
	struct buf	  any = { 0 }, at = { 0 }, key = { 0 };
	pcre2_code	**codes;
	pcre2_code	 *re;
	const char	 *name = p->name;
	char		  real[PATH_MAX];
	size_t		  i, n = 0, ncodes = 0;

	if (p->npats > 0)
		combine_patterns(p, &any, &at);
	cache_key(p, &any, &at, &key);
	for (i = 0; i < p->nres; i++)
		ncodes += p->res[i].keep;
	ncodes += (any.len > 0) + (at.len > 0);
	codes = xcalloc(ncodes + 1, sizeof(*codes));
	/* The entry is the file's, whatever path reached it. */
	if (realpath(path, real) == NULL)
		snprintf(real, sizeof(real), "%s", path);
	if (ncodes > 0 && patcache_load(real, key.data, key.len,
	    (void **)codes, ncodes) == 0) {
		for (i = 0; i < p->nres; i++)
			if (p->res[i].keep)
				p->res[i].code = codes[n++];
		if (any.len > 0)
			lx->patterns = codes[n++];
		if (at.len > 0)
			lx->patterns_at = codes[n++];
	} else {
		for (i = 0; i < p->nres; i++) {
			p->name = p->res[i].file;
			p->line = p->res[i].line;
			re = compile_re(p, p->res[i].src, p->res[i].what);
			if (p->res[i].keep)
				p->res[i].code = codes[n++] = re;
			else
				pcre2_code_free(re);
		}
		p->name = name;
		p->line = 0;
		if (p->errors == 0 && any.len > 0)
			codes[n++] = lx->patterns = compile_combined(p, &any, 0);
		if (p->errors == 0 && at.len > 0)
			codes[n++] = lx->patterns_at = compile_combined(p, &at,
			    PCRE2_ANCHORED);
		if (p->errors == 0 && ncodes > 0)
			patcache_store(real, key.data, key.len,
			    (void *const *)codes, ncodes);
	}
	attach_codes(p, &lx->rules);
	for (i = 0; i < lx->nrule_sets; i++)
		attach_codes(p, &lx->rule_sets[i].rules);
	for (i = 0; i < lx->nskills; i++)
		attach_codes(p, &lx->skills[i].rules);
	free(codes);
	buf_free(&key);
	buf_free(&any);
	buf_free(&at);
}

/*
 * Every line of one file, role or catalogue, named p->name; -1 when it
 * is no text file at all.
 */
static int
parse_text(struct parser *p, const char *text, size_t len)
{
	char	*copy, *line, *nl;

	copy = xstrndup(text, len);
	if (strlen(copy) != len) {
		lerr(p, "NUL byte in lexicon: not a text file");
		free(copy);
		return -1;
	}
	for (line = copy; line != NULL && *line != '\0'; line = nl) {
		p->line++;
		if ((nl = strchr(line, '\n')) != NULL)
			*nl++ = '\0';
		if (nl != NULL && nl - line >= 2 && nl[-2] == '\r')
			nl[-2] = '\0';
		parse_line(p, line);
	}
	free(copy);
	return 0;
}

/*
 * Parse a lexicon; from_file says whether name is a file whose folder
 * its catalogue lines may be read from.
 */
static struct lexicon *
parse(const char *name, const char *text, size_t len, struct diag *diag,
    int from_file, int cache)
{
	struct parser	 p;
	size_t		 i;
	int		 retry;

	memset(&p, 0, sizeof(p));
	p.from_file = from_file;
	p.lx = xcalloc(1, sizeof(*p.lx));
	p.lx->path = xstrdup(name);
	p.lx->phrases = phrase_new();
	p.lx->headings = phrase_new();
	p.lx->title_phrases = phrase_new();
	p.lx->listed_weight = 1;
	p.diag = diag;
	p.name = name;
	/*
	 * With a cache, patterns wait for the end, and the parse says
	 * nothing: a lexicon with errors is parsed again without it, so
	 * that its messages come in the order of its lines, as always.
	 */
	p.defer = p.quiet = cache;

	if (parse_text(&p, text, len) < 0)
		goto done;
	p.line = 0;
	/* Mentions keep a skill in 16 bits. */
	if (p.lx->nskills > LEX_MAX_SKILLS)
		lerr(&p, "%zu skills: at most %u", p.lx->nskills,
		    LEX_MAX_SKILLS);
	resolve(&p);
	if (p.errors == 0 && p.defer) {
		p.quiet = 0;
		compile_pending(&p, name);
	} else if (p.errors == 0)
		compile_patterns(&p);
done:
	retry = p.quiet && p.errors > 0;
	for (i = 0; i < p.nres; i++) {
		free(p.res[i].src);
		free(p.res[i].what);
	}
	free(p.res);
	for (i = 0; i < p.npend; i++)
		free(p.pend[i].name);
	free(p.pend);
	for (i = 0; i < p.npats; i++)
		free(p.pats[i].re);
	free(p.pats);
	free(p.skill_line);
	free(p.skill_file);
	free(p.role_pos);
	for (i = 0; i < p.nfiles; i++)
		free(p.files[i]);
	free(p.files);
	if (p.errors > 0) {
		lexicon_free(p.lx);
		return retry ? parse(name, text, len, diag, from_file, 0) :
		    NULL;
	}
	rule_state_new(p.lx);
	return p.lx;
}

struct lexicon *
lexicon_parse(const char *name, const char *text, size_t len,
    struct diag *diag)
{
	return parse(name, text, len, diag, 0, 0);
}

struct lexicon *
lexicon_load(const char *path, struct diag *diag)
{
	struct lexicon	*lx;
	struct buf	 b = { 0 };
	char		 err[256];

	if (read_text(path, &b, err, sizeof(err)) < 0) {
		diag_error(diag, EXIT_LEXICON, path, 0, "%s", err);
		return NULL;
	}
	lx = parse(path, b.data ? b.data : "", b.len, diag, 1,
	    patcache_enabled());
	buf_free(&b);
	return lx;
}

/*
 * What each rule gets on its first use, per rule code: its keys (read
 * from its regex), its JIT code, and in a batch a second code compiled
 * anchored.  A batch uses a few dozen of the catalogue's thousand rules,
 * and reading or compiling each costs more than many matches.  Workers
 * share the lexicon: a flag per item, read with acquire order, and one
 * lock make each happen once.
 */
struct rule_state {
	struct rule_keys	**keys;
	pcre2_code		**anchored;	/* or NULL */
	atomic_uchar		 *keys_done;
	atomic_uchar		 *jit_done;
	atomic_uchar		 *anchored_done;
	pthread_mutex_t		  lock;
	int			  jit;		/* lexicon_jit() was called */
};

static void
rule_state_new(struct lexicon *lx)
{
	struct rule_state	*z = xcalloc(1, sizeof(*z));
	size_t			 n = lx->nrule_codes + 1;

	z->keys = xcalloc(n, sizeof(*z->keys));
	z->anchored = xcalloc(n, sizeof(*z->anchored));
	z->keys_done = xcalloc(n, sizeof(*z->keys_done));
	z->jit_done = xcalloc(n, sizeof(*z->jit_done));
	z->anchored_done = xcalloc(n, sizeof(*z->anchored_done));
	pthread_mutex_init(&z->lock, NULL);
	lx->rule_state = z;
}

static void
rule_state_free(struct lexicon *lx)
{
	struct rule_state	*z = lx->rule_state;
	size_t			 i;

	for (i = 0; i < lx->nrule_codes; i++)
		free(lx->rule_src[i]);
	free(lx->rule_src);
	if (z == NULL)
		return;
	for (i = 0; i < lx->nrule_codes; i++) {
		rulekeys_free(z->keys[i]);
		pcre2_code_free(z->anchored[i]);
	}
	free(z->keys);
	free(z->anchored);
	free(z->keys_done);
	free(z->jit_done);
	free(z->anchored_done);
	pthread_mutex_destroy(&z->lock);
	free(z);
}

/*
 * Whether the caller is first to do what *done stands for: then it
 * holds the lock, does it, and calls done_once().
 */
static int
first_once(struct rule_state *z, atomic_uchar *done)
{
	if (atomic_load_explicit(done, memory_order_acquire))
		return 0;
	pthread_mutex_lock(&z->lock);
	if (!atomic_load_explicit(done, memory_order_relaxed))
		return 1;
	pthread_mutex_unlock(&z->lock);
	return 0;
}

static void
done_once(struct rule_state *z, atomic_uchar *done)
{
	atomic_store_explicit(done, 1, memory_order_release);
	pthread_mutex_unlock(&z->lock);
}

const struct rule_keys *
lexicon_rule_keys(const struct lexicon *lx, const struct lex_rule *r)
{
	struct rule_state	*z = lx->rule_state;

	if (first_once(z, &z->keys_done[r->code])) {
		z->keys[r->code] = rulekeys_new(lx->rule_src[r->code],
		    r->code);
		done_once(z, &z->keys_done[r->code]);
	}
	return z->keys[r->code];
}

/*
 * JIT compiling every pattern costs several times what a resume's
 * analysis does, so it is done only when many are to follow, and for
 * rules only as they are used.  A pattern JIT fails on still works,
 * interpreted.
 */
void
lexicon_jit(struct lexicon *lx)
{
	if (!jit_allowed() || lx->rule_state->jit)
		return;
	if (lx->patterns != NULL)
		(void)pcre2_jit_compile(lx->patterns, PCRE2_JIT_COMPLETE);
	if (lx->patterns_at != NULL)
		(void)pcre2_jit_compile(lx->patterns_at, PCRE2_JIT_COMPLETE);
	lx->rule_state->jit = 1;
}

void
lexicon_rule_jit(const struct lexicon *lx, const struct lex_rule *r)
{
	struct rule_state	*z = lx->rule_state;

	if (z->jit && first_once(z, &z->jit_done[r->code])) {
		(void)pcre2_jit_compile(r->re, PCRE2_JIT_COMPLETE);
		done_once(z, &z->jit_done[r->code]);
	}
}

/*
 * JIT code runs only with the options it was compiled for, so a rule
 * tried anchored at its keys ran interpreted, at several times the
 * cost.  In a batch it gets a second code, compiled anchored and JIT
 * compiled on its first use; a single resume does not pay for that.
 */
const void *
lexicon_rule_anchored(const struct lexicon *lx, const struct lex_rule *r,
    uint32_t *match_options)
{
	struct rule_state	*z = lx->rule_state;
	pcre2_code		*re;
	int			 err;
	PCRE2_SIZE		 off;

	if (z->jit && first_once(z, &z->anchored_done[r->code])) {
		re = pcre2_compile((PCRE2_SPTR)lx->rule_src[r->code],
		    PCRE2_ZERO_TERMINATED, RE_OPTIONS | PCRE2_ANCHORED, &err,
		    &off, NULL);
		if (re != NULL)
			(void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
		z->anchored[r->code] = re;
		done_once(z, &z->anchored_done[r->code]);
	}
	if (z->jit && z->anchored[r->code] != NULL) {
		*match_options = 0;
		return z->anchored[r->code];
	}
	*match_options = PCRE2_ANCHORED;
	return r->re;
}

static void
free_rules(struct lex_rules *r)
{
	size_t	i;

	for (i = 0; i < r->n; i++)
		if (!r->v[i].shared)
			pcre2_code_free(r->v[i].re);
	free(r->v);
}

static void
free_terms(struct lex_term *v, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		free(v[i].id);
		free(v[i].name);
	}
	free(v);
}

void
lexicon_free(struct lexicon *lx)
{
	size_t	i;

	if (lx == NULL)
		return;
	for (i = 0; i < lx->nguides; i++) {
		free(lx->guides[i].id);
		free(lx->guides[i].file);
		free(lx->guides[i].title);
	}
	for (i = 0; i < lx->nstages; i++) {
		free(lx->stages[i].id);
		free(lx->stages[i].name);
	}
	for (i = 0; i < lx->ncategories; i++) {
		free(lx->categories[i].id);
		free(lx->categories[i].name);
	}
	for (i = 0; i < lx->nskills; i++) {
		free(lx->skills[i].id);
		free(lx->skills[i].name);
		free(lx->skills[i].guides);
		free(lx->skills[i].implies);
		free(lx->skills[i].tags);
		free(lx->skills[i].sources);
		free_rules(&lx->skills[i].rules);
	}
	free_terms(lx->kinds, lx->nkinds);
	free_terms(lx->tags, lx->ntags);
	free_terms(lx->sources, lx->nsources);
	for (i = 0; i < lx->ngroups; i++) {
		free(lx->groups[i].id);
		free(lx->groups[i].name);
		free(lx->groups[i].guides);
		free(lx->groups[i].members);
	}
	for (i = 0; i < lx->naliases; i++)
		free(lx->aliases[i].text);
	for (i = 0; i < lx->nsections; i++)
		free(lx->sections[i].id);
	free_rules(&lx->rules);
	free(lx->guides);
	free(lx->stages);
	free(lx->categories);
	free(lx->skills);
	free(lx->skill_slots);
	free(lx->groups);
	free(lx->aliases);
	free(lx->reqs);
	free(lx->sections);
	phrase_free(lx->phrases);
	phrase_free(lx->headings);
	phrase_free(lx->title_phrases);
	free(lx->titles);
	phrase_free(lx->rule_words);
	phrase_free(lx->context_words);
	phrase_free(lx->plain_words);
	for (i = 0; i < lx->nrule_sets; i++) {
		free(lx->rule_sets[i].id);
		free_rules(&lx->rule_sets[i].rules);
	}
	free(lx->rule_sets);
	pcre2_code_free(lx->patterns);
	pcre2_code_free(lx->patterns_at);
	rulekeys_free(lx->pattern_keys);
	rule_state_free(lx);
	free(lx->pattern_skill);
	free(lx->path);
	free(lx->role);
	free(lx->role_name);
	free(lx);
}
