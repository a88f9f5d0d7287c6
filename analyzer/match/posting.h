/*
 * posting.h: compare resumes with one job posting.  The posting is read
 * and analyzed once, with the same extractor as resumes; each skill it
 * names is a requirement weighing what the lexicon gives its section
 * (posting-weight: "Requirements" above "Nice to have"; 0, "About us",
 * asks for nothing).  Alternatives written on a line ("PostgreSQL or
 * MySQL", "Kafka or another ...") are one requirement.  The technologies
 * of the heaviest section are must-haves, with the years asked, overall
 * ("5+ years") or per technology ("3+ years of Go"); a resume meets them
 * only in use.  Capitalized terms of the requirements that no entry
 * names are kept, to say what was not compared.  The formula is in
 * gapcheck(1).  Used by main.c; read by the reports and rank.c.
 */
#ifndef GAPCHECK_POSTING_H
#define GAPCHECK_POSTING_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct analysis;
struct analyzer;
struct diag;
struct doc;
struct experience;
struct findings;
struct lexicon;
struct read_options;
struct sections;

struct posting_req {
	size_t		*skills;	/* the skills the posting names */
	size_t		 nskills;
	size_t		 group;		/* their any-of group, or LEX_NONE */
	size_t		 kind;		/* "or similar": any of this kind */
	int		 alternatives;	/* "A or B" in the posting */
	int		 must;		/* a must-have */
	int		 weight;
	size_t		 first_ev;	/* the posting's evidence that weighs most */
	uint32_t	 line;		/* where its first skill is named */
	double		 years;		/* "3+ years of Go": asked, or -1 */
	uint32_t	 years_line;	/* where, 1-based */
	size_t		*with;		/* skills the same count asks for */
	size_t		 nwith;
};

/* A term of a requirement line that no lexicon entry names. */
struct posting_term {
	char		*text;
	uint32_t	 line;		/* 1-based */
};

struct posting {
	struct doc		*doc;
	struct analyzer		*an;
	const struct analysis	*analysis;	/* of the posting, kept */
	struct posting_req	*reqs;		/* heaviest first */
	size_t			 nreqs;
	int			 total;		/* sum of weights */
	size_t			 nmust;		/* must-haves, years included */
	double			 years;		/* asked by the must-haves, or -1 */
	uint32_t		 years_line;	/* where, 1-based */
	struct posting_term	*unknown;	/* in posting order */
	size_t			 nunknown;
};

/* The outcome for one resume; arrays sized by posting_match_init. */
struct posting_match {
	unsigned char	*met;		/* per requirement */
	unsigned char	*in_use;	/* per requirement: met in use */
	unsigned char	*years_met;	/* per requirement: its years shown */
	double		*skill_years;	/* per requirement: years of the jobs
					   that show it, or -1 */
	uint32_t	*line;		/* per requirement: the resume's line
					   that meets it, in use first; 0 */
	int		 weight_met;
	size_t		 musts_met;	/* shown in use, years included */
	double		 years;		/* the resume's, or -1 */
	double		 share;		/* weight met / total, a requirement
					   only listed counting less */
	double		 rate;		/* the match: see gapcheck(1) */
};

/* New posting owned by the caller, or NULL after reporting why. */
struct posting	*posting_load(const char *path, const struct lexicon *,
		    const struct read_options *, int today, struct diag *);
void		 posting_free(struct posting *);

void	posting_match_init(struct posting_match *, const struct posting *);
void	posting_match_free(struct posting_match *);
/*
 * used: per skill, shown in use in the resume (score.h); x and sc: its
 * experience and sections, for the years of each skill.
 */
void	posting_compare(const struct posting *, const struct findings *resume,
	    const unsigned char *used, const struct experience *x,
	    const struct sections *sc, struct posting_match *);

/*
 * A requirement's names: "Go", "one of PostgreSQL, MySQL", with " or
 * similar" when any entry of the kind meets it.
 */
void	posting_req_name(FILE *, const struct lexicon *,
	    const struct posting_req *);

#endif
