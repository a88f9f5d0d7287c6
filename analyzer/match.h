/*
 * match.h: turn scanned mentions into findings.  Ambiguous mentions
 * count only in technical context (the lexicon's rules); every counted
 * mention becomes evidence (line, text as written); implications add
 * the skills a found skill stands for.  Used by analyze.c; read by
 * score.c and the reports.
 */
#ifndef GAPCHECK_MATCH_H
#define GAPCHECK_MATCH_H

#include <stddef.h>
#include <stdint.h>

struct lexicon;
struct norm;
struct scan_hit;

enum skill_state {
	SKILL_ABSENT = 0,
	SKILL_FOUND,		/* named in the text */
	SKILL_IMPLIED		/* not named, implied by a found skill */
};

struct evidence {
	size_t		skill;
	uint32_t	line;		/* 1-based line of the document */
	size_t		start;		/* document text offsets */
	size_t		end;
};

struct findings {
	const struct lexicon	*lx;
	unsigned char		*state;		/* enum skill_state, per skill */
	size_t			*implied_by;	/* per skill, or LEX_NONE */
	size_t			*first;		/* per skill: first evidence */
	size_t			*count;		/* per skill: how many */
	struct evidence		*ev;		/* grouped by skill */
	size_t			 nev, evcap;
	size_t			 nfound, nimplied;
	/* Scratch for context rules. */
	void			*md;		/* pcre2_match_data */
	uint32_t		*heads;		/* heading lines, and kind */
	size_t			 nheads, headcap;
};

/* Zeroed findings for lex (borrowed); reuse across documents. */
void	findings_init(struct findings *, const struct lexicon *lex);
void	findings_free(struct findings *);

/*
 * Decide which of hits[0..nhits) count, given the normalized text and
 * its map n back to the document.
 */
void	match_run(struct findings *, const struct norm *n,
	    const struct scan_hit *hits, size_t nhits);

#endif
