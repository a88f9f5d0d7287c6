/*
 * match.c: sections, negation, learning, technical context, evidence,
 * implications.
 */
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "lexicon.h"
#include "match.h"
#include "norm.h"
#include "phrase.h"
#include "rulekeys.h"
#include "scan.h"
#include "sections.h"
#include "token.h"
#include "util.h"

/* What the rules said of one mention. */
#define SAID_CUE	0x1
#define SAID_VETO	0x2
#define SAID_NEGATION	0x4
#define SAID_LEARNING	0x8

/* A hit's verdict: counted (how), rejected (why), or not yet known. */
enum verdict {
	V_NONE,			/* on a heading line: no claim */
	V_PENDING,		/* ambiguous, waiting for the line's others */
	V_VOUCHED,		/* pending, and another counted near it */
	V_NAMED,
	V_LEARNING,
	V_NEGATED,
	V_VETOED,
	V_NO_CONTEXT
};

/*
 * How far, in bytes, a counted mention vouches for an ambiguous one on
 * its line: a list or a long bullet, not a page.
 */
#define VOUCH_REACH	200

/* Line rules whose answers are kept for the line being matched. */
#define LINE_CACHE	32

/*
 * How far before and after a mention its before and after rules look.
 * Their phrases ("no experience with Java, Kotlin or", "learning") are
 * far shorter; without a bound every mention on a line rereads the line
 * up to it, and a 20 MB line takes hours.
 */
#define RULE_REACH	1024

/* What is known of the line being matched. */
struct line_info {
	uint32_t	 line;		/* 0-based */
	const char	*start;		/* in the normalized text */
	const char	*end;
	size_t		 section;	/* the section it lies in, or LEX_NONE */
	size_t		 label;		/* "Skills: ..." label's section, or LEX_NONE */
	int		 intent;	/* may hold a negation or learning */
	int		 context;	/* holds one of the context words */
	/*
	 * Line rules answer the same for every mention on the line, and
	 * rule sets put one rule in many skills: answers kept per line.
	 */
	const void	*asked[LINE_CACHE];
	unsigned char	 answer[LINE_CACHE];
	size_t		 nasked;
	struct rule_line keys;		/* the line as rule keys see it */
	int		 have_starts;	/* keys.starts found */
};

void
findings_init(struct findings *f, const struct lexicon *lx)
{
	memset(f, 0, sizeof(*f));
	f->lx = lx;
	f->state = xcalloc(lx->nskills, 1);
	f->implied_by = xcalloc(lx->nskills, sizeof(*f->implied_by));
	f->first = xcalloc(lx->nskills, sizeof(*f->first));
	f->count = xcalloc(lx->nskills, sizeof(*f->count));
	if ((f->md = pcre2_match_data_create(1, NULL)) == NULL)
		xoom();
	f->scans = xcalloc(lx->nrule_codes + 1, sizeof(*f->scans));
}

void
findings_free(struct findings *f)
{
	free(f->state);
	free(f->implied_by);
	free(f->first);
	free(f->count);
	free(f->ev);
	free(f->rej);
	free(f->verdict);
	pcre2_match_data_free(f->md);
	free(f->scans);
	free(f->starts);
	memset(f, 0, sizeof(*f));
}

const char *
match_kind_name(enum evidence_kind k)
{
	return k == EVIDENCE_LEARNING ? "learning" : "named";
}

const char *
match_reason_name(enum reject_reason r)
{
	switch (r) {
	case REJECT_NEGATED:
		return "negated";
	case REJECT_VETOED:
		return "vetoed";
	default:
		return "no technical context";
	}
}

static int
said_by(enum lex_rule_kind kind)
{
	switch (kind) {
	case RULE_CUE_BEFORE: case RULE_CUE_AFTER: case RULE_CUE_LINE:
		return SAID_CUE;
	case RULE_VETO_BEFORE: case RULE_VETO_AFTER: case RULE_VETO_LINE:
		return SAID_VETO;
	case RULE_NEGATION_BEFORE: case RULE_NEGATION_AFTER:
		return SAID_NEGATION;
	default:
		return SAID_LEARNING;
	}
}

/*
 * Which of the verdicts in want the rules of the lexicon and of the
 * mention's skill give.  Rules are regular expressions run on the line,
 * the costliest step of matching, so only the kinds asked for run, and
 * a kind stops at its first match.
 */
#define RULES_GLOBAL	0x1	/* the lexicon's own rules */
#define RULES_SKILL	0x2	/* the mention's skill's rules */

/*
 * The first place in li's line[lo..hi) where a key of rule r lies, or
 * RULEKEYS_NONE: without one there the rule cannot match.  A rule
 * whose keys are not known may match anywhere.  At an edge, lo starts
 * the rule's subject.
 */
static size_t
keys_at(struct findings *f, struct line_info *li, const struct rule_keys *k,
    size_t lo, size_t hi, int edge)
{
	if (k == NULL)
		return lo;
	/* Keys that begin words are looked for at word starts only. */
	if (!li->have_starts && rulekeys_in_words(k)) {
		li->keys.nstarts = rulekeys_word_starts(li->start,
		    li->keys.len, &f->starts, &f->startcap);
		li->keys.starts = f->starts;
		li->have_starts = 1;
	}
	return rulekeys_find(k, &f->scans[rulekeys_id(k)], &li->keys, lo, hi,
	    edge);
}

/* A line rule's answer on li's line, asked once per line. */
static int
line_rule_matches(struct findings *f, struct line_info *li,
    const struct lex_rule *r)
{
	size_t	i, len = (size_t)(li->end - li->start);
	int	m;

	for (i = 0; i < li->nasked; i++)
		if (li->asked[i] == r->re)
			return li->answer[i];
	m = keys_at(f, li, lexicon_rule_keys(f->lx, r), 0, len, 0) !=
	    RULEKEYS_NONE;
	if (m)
		lexicon_rule_jit(f->lx, r);
	m = m && pcre2_match(r->re, (PCRE2_SPTR)li->start, len, 0,
	    PCRE2_NO_UTF_CHECK, f->md, NULL) >= 0;
	if (li->nasked < LINE_CACHE) {
		li->asked[li->nasked] = r->re;
		li->answer[li->nasked++] = (unsigned char)m;
	}
	return m;
}

/*
 * Whether before rule r, whose every match begins at one of its keys,
 * matches subj[at..slen) up to its end, at being the first key there.
 * The regex is tried at each key, anchored, and not searched for from
 * every place up to the mention: on a line dense with mentions that
 * reread the whole reach for each.  The keys nearest the mention go
 * first, found walking back from it, as a match from one of them has
 * the least text to cover ("hiring Go engineers, Kafka" for Kafka, the
 * nearest hiring).
 */
static int
before_from_keys(struct findings *f, const struct lex_rule *r,
    const struct rule_keys *k, const char *subj, size_t slen, size_t at)
{
	const void	*re = NULL;
	uint32_t	 opts = 0;
	size_t		 p = slen;

	while ((p = rulekeys_prev(k, subj, at, p, slen)) !=
	    RULEKEYS_NONE) {
		if (re == NULL)
			re = lexicon_rule_anchored(f->lx, r, &opts);
		if (pcre2_match(re, (PCRE2_SPTR)subj, slen, p,
		    PCRE2_NO_UTF_CHECK | opts, f->md, NULL) >= 0)
			return 1;
	}
	return 0;
}

static int
rules_say(struct findings *f, int want, int from, struct line_info *li,
    const struct scan_hit *h, const char *text)
{
	const struct lex_rules	*sets[2];
	const struct lex_rule	*r;
	const struct rule_keys	*rk;
	const char		*subj;
	size_t			 i, k, slen, off, lo, at;
	int			 said = 0, bit;
	uint32_t		 opts;

	sets[0] = &f->lx->rules;
	sets[1] = &f->lx->skills[h->skill].rules;
	for (k = 0; k < 2; k++) {
		if (!(from & (k == 0 ? RULES_GLOBAL : RULES_SKILL)))
			continue;
		for (i = 0; i < sets[k]->n; i++) {
			r = &sets[k]->v[i];
			bit = said_by(r->kind);
			if (!(want & bit) || (said & bit))
				continue;
			off = 0;
			opts = PCRE2_NO_UTF_CHECK;
			switch (r->kind) {
			case RULE_CUE_BEFORE: case RULE_VETO_BEFORE:
			case RULE_NEGATION_BEFORE: case RULE_LEARNING_BEFORE:
				/*
				 * Start late, at a character, but in the whole
				 * line, so \b and lookbehinds still see before.
				 */
				subj = li->start;
				slen = (size_t)(text + h->start - li->start);
				if (slen > RULE_REACH) {
					off = slen - RULE_REACH;
					while (off < slen &&
					    ((unsigned char)subj[off] & 0xC0) ==
					    0x80)
						off++;
				}
				/* Not without a key in reach. */
				rk = lexicon_rule_keys(f->lx, r);
				at = keys_at(f, li, rk, off, slen, 0);
				if (at == RULEKEYS_NONE)
					continue;
				if (rk == NULL || !rulekeys_start(rk))
					break;
				if (before_from_keys(f, r, rk, subj, slen, at))
					said |= bit;
				continue;
			case RULE_CUE_LINE: case RULE_VETO_LINE:
				if (line_rule_matches(f, li, r))
					said |= bit;
				continue;
			default:
				/* What is cut off is not the line's end. */
				subj = text + SCAN_HIT_END(h);
				slen = (size_t)(li->end - subj);
				if (slen > RULE_REACH) {
					slen = RULE_REACH;
					while (slen > 0 &&
					    ((unsigned char)subj[slen] &
					    0xC0) == 0x80)
						slen--;
					opts |= PCRE2_NOTEOL;
				}
				lo = (size_t)(subj - li->start);
				rk = lexicon_rule_keys(f->lx, r);
				at = keys_at(f, li, rk, lo, lo + slen, 1);
				if (at == RULEKEYS_NONE)
					continue;
				if (rk != NULL && rulekeys_start(rk))
					off = at - lo;
				break;
			}
			lexicon_rule_jit(f->lx, r);
			if (pcre2_match(r->re, (PCRE2_SPTR)subj, slen, off,
			    opts, f->md, NULL) >= 0)
				said |= bit;
		}
	}
	return said;
}

static int
technical(const struct lexicon *lx, size_t section)
{
	return section != LEX_NONE && lx->sections[section].technical;
}

/* Whether the word list table (or NULL) holds the token t of text. */
static int
holds_word(const struct phrase_table *table, const char *text,
    const struct token *t)
{
	uint32_t	node;

	return table != NULL && (node = phrase_step(table, PHRASE_ROOT,
	    text + t->start, t->len)) != PHRASE_NONE &&
	    phrase_value(table, node) != PHRASE_NONE;
}

/*
 * One pass over the line's words: whether it holds a rule word (or the
 * lexicon names none, so every line may), and a context word.
 */
static void
line_words(const struct lexicon *lx, struct line_info *li)
{
	struct token	t;
	size_t		pos = 0, len = (size_t)(li->end - li->start);
	uint32_t	line = 0;

	li->intent = lx->rule_words == NULL;
	li->context = 0;
	if (lx->rule_words == NULL && lx->context_words == NULL)
		return;
	while ((!li->intent || !li->context) &&
	    token_next(li->start, len, &pos, &line, &t)) {
		if (!li->intent && holds_word(lx->rule_words, li->start, &t))
			li->intent = 1;
		if (!li->context && holds_word(lx->context_words, li->start,
		    &t))
			li->context = 1;
	}
}

/*
 * Where the rules' view of a line begins: a bullet wrapped onto an
 * indented line ("- Hired 52 engineers: backend (Go,\n  Kotlin), ...")
 * is read from the bullet's start, so a rule about the phrase sees all
 * of it.  A line continues the one above when it is indented and the
 * one above is not blank and did not end a sentence.
 */
static const char *
logical_line_start(const char *text, const char *line)
{
	const char	*prev, *end;
	int		 depth = 0;

	while (line > text && (*line == ' ' || *line == '\t') &&
	    depth++ < 4) {
		end = line - 1;			/* the '\n' before */
		while (end > text && (end[-1] == ' ' || end[-1] == '\t' ||
		    end[-1] == '\r'))
			end--;
		if (end == text || end[-1] == '\n' || end[-1] == '.' ||
		    end[-1] == '!' || end[-1] == '?')
			break;
		prev = end;
		while (prev > text && prev[-1] != '\n')
			prev--;
		line = prev;
	}
	return line;
}

/*
 * Whether a mention counted near enough to the pending hit h vouches
 * for it: on its line, within VOUCH_REACH bytes.  A resume saved as one
 * long line ("... Skills: Java, C ... Grade: C ...") is a page of text,
 * not a list: the far end of it says nothing of a word here.
 */
static int
near(const struct scan_hit *h, uint32_t at)
{
	return at == UINT32_MAX ? 0 : h->start > at ?
	    h->start - at <= VOUCH_REACH : at - h->start <= VOUCH_REACH;
}

/*
 * One sweep over the mentions hits[k..end) of a line, forward or
 * backward: a pending mention near the last counted one before it in
 * the sweep is vouched for.
 */
static void
vouch(const struct lexicon *lx, const struct scan_hit *hits,
    unsigned char *v, size_t k, size_t end, int backward)
{
	uint32_t	any = UINT32_MAX, loud = UINT32_MAX;	/* none yet */
	size_t		i, n;

	for (n = 0; n < end - k; n++) {
		i = backward ? end - 1 - n : k + n;
		if (v[i] == V_NAMED || v[i] == V_LEARNING) {
			any = hits[i].start;
			if (!lx->skills[hits[i].skill].quiet)
				loud = hits[i].start;
		} else if (v[i] == V_PENDING &&
		    near(&hits[i], lx->skills[hits[i].skill].quiet ? any : loud))
			v[i] = V_VOUCHED;
	}
}

/*
 * Judge the mentions hits[k..end) of one line.  Rules, sections and
 * labels decide first; an ambiguous mention still undecided then counts
 * if anything else near it on the line counted ("Go, Rust, Postgres"),
 * so two ambiguous words never vouch for each other alone.
 */
static void
judge_line(struct findings *f, const struct norm *n, struct line_info *li,
    const struct scan_hit *hits, size_t k, size_t end)
{
	const struct lexicon	*lx = f->lx;
	const struct scan_hit	*h;
	unsigned char		*v = f->verdict;
	size_t			 i;
	int			 said;

	for (i = k; i < end; i++) {
		h = &hits[i];
		if (li->intent && rules_say(f, SAID_NEGATION,
		    RULES_GLOBAL | RULES_SKILL, li, h, n->text)) {
			v[i] = V_NEGATED;
			continue;
		}
		said = li->intent ? rules_say(f, SAID_LEARNING,
		    RULES_GLOBAL | RULES_SKILL, li, h, n->text) : 0;
		/*
		 * A skill's own vetoes rule out any of its spellings ("the
		 * incident review panel" of a ward); the lexicon's vetoes
		 * only the ambiguous ones.
		 */
		if (!h->ambiguous && rules_say(f, SAID_VETO, RULES_SKILL, li,
		    h, n->text)) {
			v[i] = V_VETOED;
			continue;
		}
		/* "Learning Go" says what Go is: it needs no other context. */
		if (h->ambiguous && !(said & SAID_LEARNING)) {
			if (rules_say(f, SAID_VETO, RULES_GLOBAL | RULES_SKILL,
			    li, h, n->text)) {
				v[i] = V_VETOED;
				continue;
			}
			if (!li->context && !technical(lx, li->label) &&
			    !technical(lx, li->section) &&
			    !rules_say(f, SAID_CUE, RULES_GLOBAL | RULES_SKILL,
			    li, h, n->text)) {
				v[i] = V_PENDING;
				continue;
			}
		}
		v[i] = said & SAID_LEARNING ? V_LEARNING : V_NAMED;
	}
	/*
	 * Pending mentions take the nearest counted ones on either side,
	 * in two sweeps.  A quiet skill (office software, say) vouches only
	 * for others as quiet: "testing schedules in Microsoft Excel" is no
	 * software testing, but "Word, Excel and PowerPoint" are all office
	 * tools.
	 */
	vouch(lx, hits, v, k, end, 0);
	vouch(lx, hits, v, k, end, 1);
	for (i = k; i < end; i++)
		if (v[i] == V_VOUCHED)
			v[i] = V_NAMED;
		else if (v[i] == V_PENDING)
			v[i] = V_NO_CONTEXT;
}

static void
add_implications(struct findings *f)
{
	const struct lexicon	*lx = f->lx;
	size_t			*stack, n = 0, i, s, t;

	stack = xreallocarray(NULL, lx->nskills, sizeof(*stack));
	for (i = 0; i < lx->nskills; i++)
		if (f->state[i] == SKILL_FOUND)
			stack[n++] = i;
	while (n > 0) {
		s = stack[--n];
		for (i = 0; i < lx->skills[s].nimplies; i++) {
			t = lx->skills[s].implies[i];
			if (f->state[t] == SKILL_FOUND ||
			    f->state[t] == SKILL_IMPLIED)
				continue;
			if (f->state[t] == SKILL_LEARNING)
				f->nlearning--;
			f->state[t] = SKILL_IMPLIED;
			f->implied_by[t] = s;
			f->nimplied++;
			stack[n++] = t;
		}
	}
	free(stack);
}

/*
 * Evidence grouped by skill, each skill's in text order, and rejected
 * mentions in text order: counted first, then placed, so the arrays are
 * exactly as large as they need to be and nothing is sorted.  Each
 * skill's state follows from its evidence.
 */
static void
settle(struct findings *f, size_t nhits)
{
	const struct lexicon	*lx = f->lx;
	const unsigned char	*v = f->verdict;
	size_t			 i, s, at;

	for (i = 0; i < nhits; i++) {
		s = f->hits[i].skill;
		if (v[i] == V_NAMED || v[i] == V_LEARNING) {
			f->count[s]++;
			f->nev++;
			if (v[i] == V_NAMED)
				f->state[s] = SKILL_FOUND;
			else if (f->state[s] == SKILL_ABSENT)
				f->state[s] = SKILL_LEARNING;
		} else if (v[i] != V_NONE)
			f->nrej++;
	}
	xgrow(&f->ev, &f->evcap, f->nev + 1, sizeof(*f->ev));
	xgrow(&f->rej, &f->rejcap, f->nrej + 1, sizeof(*f->rej));
	for (s = 0, at = 0; s < lx->nskills; s++) {
		f->first[s] = at;
		at += f->count[s];
	}
	/* first[] runs ahead while placing, then is put back. */
	for (i = 0, at = 0; i < nhits; i++) {
		if (v[i] == V_NAMED || v[i] == V_LEARNING)
			f->ev[f->first[f->hits[i].skill]++] = (uint32_t)i;
		else if (v[i] != V_NONE)
			f->rej[at++] = (uint32_t)i;
	}
	for (s = 0; s < lx->nskills; s++) {
		f->first[s] -= f->count[s];
		if (f->state[s] == SKILL_FOUND)
			f->nfound++;
		else if (f->state[s] == SKILL_LEARNING)
			f->nlearning++;
	}
	add_implications(f);
}

void
match_run(struct findings *f, const struct norm *n,
    const struct sections *sc, const struct scan_hit *hits, size_t nhits)
{
	const struct lexicon	*lx = f->lx;
	struct line_info	 li;
	size_t			 i, k, e;

	memset(f->state, 0, lx->nskills);
	memset(f->count, 0, lx->nskills * sizeof(*f->count));
	for (i = 0; i < lx->nskills; i++)
		f->implied_by[i] = LEX_NONE;
	f->nev = f->nrej = f->nfound = f->nimplied = f->nlearning = 0;
	f->hits = hits;
	f->norm = n;
	f->sections = sc;
	xgrow(&f->verdict, &f->verdictcap, nhits + 1, 1);
	memset(f->verdict, V_NONE, nhits);

	/* Mentions come sorted by line: judge them a line at a time. */
	for (k = 0; k < nhits; k = e) {
		li.line = hits[k].line;
		for (e = k + 1; e < nhits && hits[e].line == li.line; e++)
			;
		if (sections_heading(sc, li.line))
			continue;	/* "DevOps" as a heading claims nothing */
		li.section = sections_section(sc, li.line);
		li.label = sections_label(sc, li.line);
		li.start = n->text + hits[k].start;
		while (li.start > n->text && li.start[-1] != '\n')
			li.start--;
		li.start = logical_line_start(n->text, li.start);
		li.end = memchr(n->text + SCAN_HIT_END(&hits[e - 1]), '\n',
		    n->len - SCAN_HIT_END(&hits[e - 1]));
		if (li.end == NULL)
			li.end = n->text + n->len;
		line_words(lx, &li);
		li.nasked = 0;
		li.keys.text = li.start;
		li.keys.len = (size_t)(li.end - li.start);
		li.keys.stamp = ++f->stamp;
		li.keys.starts = NULL;
		li.keys.nstarts = 0;
		li.have_starts = 0;
		judge_line(f, n, &li, hits, k, e);
	}
	settle(f, nhits);
}

/* The section evidence on line (0-based) belongs to. */
static size_t
evidence_section(const struct sections *sc, uint32_t line)
{
	size_t	section = sections_section(sc, line);

	/* "Tech stack:" in a job is still experience; at the top, skills. */
	return section != LEX_NONE ? section : sections_label(sc, line);
}

const struct evidence *
match_evidence(const struct findings *f, size_t k, struct evidence *e)
{
	const struct scan_hit	*h = &f->hits[f->ev[k]];

	e->skill = h->skill;
	e->line = h->line + 1;
	e->kind = f->verdict[f->ev[k]] == V_LEARNING ? EVIDENCE_LEARNING :
	    EVIDENCE_NAMED;
	e->section = evidence_section(f->sections, h->line);
	norm_to_doc(f->norm, h->start, SCAN_HIT_END(h), &e->start, &e->end);
	return e;
}

const struct rejected *
match_rejected(const struct findings *f, size_t k, struct rejected *r)
{
	const struct scan_hit	*h = &f->hits[f->rej[k]];

	r->skill = h->skill;
	r->line = h->line + 1;
	switch (f->verdict[f->rej[k]]) {
	case V_NEGATED:
		r->reason = REJECT_NEGATED;
		break;
	case V_VETOED:
		r->reason = REJECT_VETOED;
		break;
	default:
		r->reason = REJECT_NO_CONTEXT;
		break;
	}
	norm_to_doc(f->norm, h->start, SCAN_HIT_END(h), &r->start, &r->end);
	return r;
}

