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

struct evidence {
	size_t			skill;
	uint32_t		line;		/* 1-based line of the document */
	size_t			start;		/* document text offsets */
	size_t			end;
	size_t			section;	/* lexicon section, or LEX_NONE */
	enum evidence_kind	kind;
};

struct rejected {
	size_t			skill;
	uint32_t		line;
	size_t			start;
	size_t			end;
	enum reject_reason	reason;
};

struct findings {
	const struct lexicon	*lx;
	unsigned char		*state;		/* enum skill_state, per skill */
	size_t			*implied_by;	/* per skill, or LEX_NONE */
	size_t			*first;		/* per skill: first evidence */
	size_t			*count;		/* per skill: how many */
	struct evidence		*ev;		/* grouped by skill */
	size_t			 nev, evcap;
	struct rejected		*rej;		/* in text order */
	size_t			 nrej, rejcap;
	size_t			 nfound, nimplied, nlearning;
	void			*md;		/* pcre2_match_data, scratch */
	unsigned char		*pending;	/* scratch, per mention of a line */
	size_t			 pendcap;
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

const char	*match_kind_name(enum evidence_kind);
const char	*match_reason_name(enum reject_reason);

#endif
