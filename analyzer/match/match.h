/*
 * match.h: turn scanned mentions into findings.  Each mention is placed
 * in its resume section; a negated one ("no experience with Kafka") is
 * not evidence; a learning one ("currently learning Rust") is weaker
 * evidence; an ambiguous one counts only in technical context.  All of
 * this follows rules in the lexicon.  Counted mentions become evidence
 * (line, text as written, section, kind); implications add the skills a
 * found skill stands for; rejected mentions are kept, with the reason,
 * for --explain.  Used by analyze.c; read by score.c and the reports.
 */
#ifndef GAPCHECK_MATCH_H
#define GAPCHECK_MATCH_H

#include <stddef.h>
#include <stdint.h>

struct lexicon;
struct norm;
struct rule_scan;
struct scan_hit;
struct sections;

enum skill_state {
	SKILL_ABSENT = 0,
	SKILL_FOUND,		/* named in the text */
	SKILL_IMPLIED,		/* not named, implied by a found skill */
	SKILL_LEARNING		/* named only as being learned */
};

enum evidence_kind {
	EVIDENCE_NAMED,		/* the resume says it has the skill */
	EVIDENCE_LEARNING	/* the resume says it is learning it */
};

enum reject_reason {
	REJECT_NEGATED,		/* "no experience with ..." */
	REJECT_VETOED,		/* a veto rule: "Spring 2021" */
	REJECT_NO_CONTEXT	/* an ambiguous word outside technical context */
};

/* One counted mention, as match_evidence() describes it. */
struct evidence {
	size_t			skill;
	uint32_t		line;		/* 1-based line of the document */
	size_t			start;		/* document text offsets */
	size_t			end;
	size_t			section;	/* lexicon section, or LEX_NONE */
	enum evidence_kind	kind;
};

/* One mention that did not count, as match_rejected() describes it. */
struct rejected {
	size_t			skill;
	uint32_t		line;
	size_t			start;
	size_t			end;
	enum reject_reason	reason;
};

/*
 * A skill-dense document holds a mention every few dozen bytes, so
 * findings keep no copy of them: evidence and rejected mentions are
 * indexes of the scanner's hits, described on demand from the hits, the
 * normalized text and the sections, which findings borrow until the
 * next match_run().
 */
struct findings {
	const struct lexicon	*lx;
	unsigned char		*state;		/* enum skill_state, per skill */
	size_t			*implied_by;	/* per skill, or LEX_NONE */
	size_t			*first;		/* per skill: first evidence */
	size_t			*count;		/* per skill: how many */
	uint32_t		*ev;		/* hits counted, grouped by skill */
	size_t			 nev, evcap;
	uint32_t		*rej;		/* hits not counted, in text order */
	size_t			 nrej, rejcap;
	size_t			 nfound, nimplied, nlearning;
	unsigned char		*verdict;	/* per hit, private */
	size_t			 verdictcap;
	const struct scan_hit	*hits;		/* borrowed */
	const struct norm	*norm;
	const struct sections	*sections;
	void			*md;		/* pcre2_match_data, scratch */
	struct rule_scan	*scans;		/* per rule code, private */
	uint64_t		 stamp;		/* the line being matched */
	uint32_t		*starts;	/* its word starts, private */
	size_t			 startcap;
};

/* Zeroed findings for lex (borrowed); reuse across documents. */
void	findings_init(struct findings *, const struct lexicon *lex);
void	findings_free(struct findings *);

/*
 * Decide which of hits[0..nhits) count, given the normalized text, its
 * map n back to the document, and the section of each line.
 */
void	match_run(struct findings *, const struct norm *n,
	    const struct sections *, const struct scan_hit *hits,
	    size_t nhits);

/*
 * Evidence k (0 <= k < nev) described in *out, which is returned:
 * f->first[s] + i is skill s's i-th, in text order.
 */
const struct evidence	*match_evidence(const struct findings *, size_t k,
			    struct evidence *out);
/* Rejected mention k (0 <= k < nrej), in text order, in *out. */
const struct rejected	*match_rejected(const struct findings *, size_t k,
			    struct rejected *out);

const char	*match_kind_name(enum evidence_kind);
const char	*match_reason_name(enum reject_reason);

#endif
