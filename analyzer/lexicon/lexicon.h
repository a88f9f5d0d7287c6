/*
 * lexicon.h: load a role lexicon (see gapcheck-lexicon(5)), validate it
 * and compile what scanning needs: the alias phrase table and one PCRE2
 * pattern set.  Used by analyze.c, scan.c, match.c, score.c, report*.c.
 * Never prints or exits: problems go to the struct diag passed in.
 *
 * A loaded lexicon is read only, so threads may share it.
 */
#ifndef GAPCHECK_LEXICON_H
#define GAPCHECK_LEXICON_H

#include <stddef.h>
#include <stdint.h>

struct diag;
struct phrase_table;
struct rule_state;
struct rule_keys;

#define LEX_NONE	((size_t)-1)
/* The most skills a lexicon may hold. */
#define LEX_MAX_SKILLS	65535u
#define LEX_MAXWEIGHT	5

enum lex_rule_kind {
	RULE_CUE_BEFORE,	/* text before a mention makes it technical */
	RULE_CUE_AFTER,
	RULE_VETO_BEFORE,	/* text before a mention rules it out */
	RULE_VETO_AFTER,
	RULE_NEGATION_BEFORE,	/* "no experience with": not evidence */
	RULE_NEGATION_AFTER,
	RULE_LEARNING_BEFORE,	/* "currently learning": weaker evidence */
	RULE_LEARNING_AFTER,
	RULE_CUE_LINE,		/* the whole line makes it technical */
	RULE_VETO_LINE		/* the whole line rules it out */
};

struct lex_rule {
	enum lex_rule_kind	 kind;
	void			*re;		/* pcre2_code */
	int			 shared;	/* owned by a rule set, not here */
	size_t			 pending;	/* lexicon.c's, while loading */
	size_t			 code;		/* its code's number, shared too */
};


struct lex_rules {
	struct lex_rule	*v;
	size_t		 n;
};

/* rule-set NAME ...: rules skills take in with "use NAME". */
struct lex_rule_set {
	char		*id;
	struct lex_rules rules;
};

struct lex_guide {
	char	*id;
	char	*file;
	char	*title;
};

struct lex_stage {
	char	*id;
	char	*name;
	int	 from;		/* years */
	int	 to;		/* years, or -1: open ended */
};

struct lex_category {
	char	*id;
	char	*name;
};

/*
 * The catalogue's vocabularies: a kind ("Programming languages"), a tag
 * a role may ask for ("server-side languages"), a source that attests
 * an entry ("GitHub Linguist").  All three are an id and a name.
 */
struct lex_term {
	char	*id;
	char	*name;
};

/* A resume section, known by its heading phrases. */
struct lex_section {
	char	*id;
	int	 technical;	/* its lines are technical context */
	int	 experience;	/* its date ranges are jobs */
	int	 use;		/* a skill shown here is shown in use */
	int	 titles;	/* its lines may hold job titles */
	int	 posting_weight; /* a posting skill's weight here; -1:
				    the default; 0: none */
};

/*
 * A skill is a catalogue entry, a role's own concept, or a catalogue
 * entry the role adopts (a skill block in the role with the entry's id):
 * the role gives it a category, a stage and a weight.  kind is set for
 * catalogue entries; category and stage for the role's skills.
 */
struct lex_skill {
	char		*id;
	char		*name;
	size_t		 category;	/* LEX_NONE unless the role's */
	size_t		 stage;		/* LEX_NONE unless the role's */
	int		 weight;	/* 0: reported, not required alone */
	size_t		 group;		/* LEX_NONE unless a group member */
	size_t		*guides;
	size_t		 nguides;
	size_t		*implies;	/* skill indexes */
	size_t		 nimplies;
	struct lex_rules rules;		/* this skill's own context rules */
	int		 ambiguous;	/* has an ambiguous spelling */
	int		 leadership;	/* evidence for the lead stages */
	int		 in_role;	/* the role defines or adopts it */
	int		 catalogue;	/* an entry of a catalogue file */
	int		 quiet;		/* its mentions vouch for no other */
	int		 practice;	/* of a practice-kind: no technology */
	size_t		 kind;		/* catalogue kind, or LEX_NONE */
	size_t		*tags;
	size_t		 ntags;
	size_t		*sources;
	size_t		 nsources;
};

struct lex_group {
	char	*id;
	char	*name;
	size_t	 stage;
	int	 weight;
	size_t	*guides;
	size_t	 nguides;
	size_t	*members;		/* skill indexes */
	size_t	 nmembers;
};

struct lex_alias {
	size_t	 skill;
	int	 ambiguous;
	char	*text;			/* normalized, as the phrase key */
};

/*
 * A phrase of a job title: a job ("software engineer", "tech lead",
 * "cto") or a rank that qualifies one ("senior", "staff", "ii"), with
 * the stage it says.  A phrase may be both.
 */
struct lex_title {
	size_t	 stage;
	int	 job;		/* names a job */
	int	 rank;		/* ranks a job */
	size_t	 job_stage;	/* the stage as a job, when both */
};

/* What a resume must show: a skill of its own, or a group. */
struct lex_requirement {
	int	 is_group;
	size_t	 index;			/* into skills or groups */
	size_t	 stage;
	int	 weight;
};

struct lexicon {
	char			*path;
	char			*role;
	char			*role_name;
	double			 threshold;

	struct lex_guide	*guides;
	size_t			 nguides;
	struct lex_stage	*stages;
	size_t			 nstages;
	struct lex_category	*categories;
	size_t			 ncategories;
	struct lex_term		*kinds;
	size_t			 nkinds;
	struct lex_term		*tags;
	size_t			 ntags;
	struct lex_term		*sources;
	size_t			 nsources;
	size_t			 ncatalogue;	/* entries of catalogue files */
	struct lex_skill	*skills;
	size_t			 nskills;
	struct lex_group	*groups;
	size_t			 ngroups;
	uint32_t		*skill_slots;	/* id hash: skill index + 1 */
	size_t			 skill_slotcap;	/* a power of two */
	struct lex_alias	*aliases;
	size_t			 naliases;
	struct lex_requirement	*reqs;
	size_t			 nreqs;

	struct lex_rules	 rules;		/* for every skill */
	size_t			 nrule_codes;	/* rules compiled */
	char			**rule_src;	/* per rule code: its regex */
	size_t			 rule_srccap;
	struct rule_state	*rule_state;	/* what rules get on first use */
	struct lex_rule_set	*rule_sets;
	size_t			 nrule_sets;
	struct lex_section	*sections;
	size_t			 nsections;
	struct lex_title	*titles;	/* values of title_phrases */
	size_t			 ntitles;
	double			 listed_weight;	/* a skill shown only listed */
	int			 posting_weight; /* outside weighted sections */

	struct phrase_table	*phrases;	/* values: alias indexes */
	struct phrase_table	*headings;	/* values: section indexes */
	struct phrase_table	*title_phrases;	/* values: title indexes */
	struct phrase_table	*rule_words;	/* or NULL: see rule-words */
	struct phrase_table	*context_words;	/* or NULL: see context-words */
	struct phrase_table	*plain_words;	/* or NULL: see plain-words */
	void			*patterns;	/* pcre2_code, or NULL */
	void			*patterns_at;	/* the same, anchored: */
	struct rule_keys	*pattern_keys;	/* tried where these begin */
	size_t			*pattern_skill;	/* callout number -> skill */
	size_t			 npatterns;
};

/* New lexicon owned by the caller, or NULL after reporting why. */
struct lexicon	*lexicon_load(const char *path, struct diag *);
/* The same from memory; name is used in messages. */
struct lexicon	*lexicon_parse(const char *name, const char *text,
		    size_t len, struct diag *);
void		 lexicon_free(struct lexicon *);	/* accepts NULL */
/*
 * JIT-compile the patterns, for a run over many resumes; before threads.
 * A rule is compiled when lexicon_rule_jit() first asks for it.
 */
void		 lexicon_jit(struct lexicon *);
/*
 * Make sure rule r runs JIT code when lexicon_jit() was called: each
 * rule once, on its first use, by whichever thread comes first.  For a
 * rule run unanchored: JIT code runs only with the options it was
 * compiled for.
 */
void		 lexicon_rule_jit(const struct lexicon *, const struct lex_rule *r);
/*
 * The code to try rule r with at a given place, anchored, and the
 * options to match it with: in a batch a code compiled anchored (on
 * first use), else the rule's own with PCRE2_ANCHORED.
 */
const void	*lexicon_rule_anchored(const struct lexicon *,
		    const struct lex_rule *r, uint32_t *match_options);
/*
 * The words rule r needs (rulekeys.c), numbered by r->code, or NULL
 * when it may match without any: read from its regex on first use, once,
 * by whichever thread asks first.  Most rules of the catalogue are never
 * used in a run, and reading them all costs a resume's analysis.
 */
const struct rule_keys	*lexicon_rule_keys(const struct lexicon *,
			    const struct lex_rule *r);

size_t		 lexicon_skill_index(const struct lexicon *, const char *id);
/*
 * Does the role score the skill, alone, in a group or as a skill it
 * adopted?  The others are the catalogue's: technologies a resume shows
 * that the role does not ask for.
 */
int		 lexicon_in_role(const struct lexicon *, size_t skill);
size_t		 lexicon_stage_index(const struct lexicon *, const char *id);
/* A stage's years as people write them: "2-5", "12+". */
void		 lexicon_stage_years(const struct lex_stage *, char *, size_t);

#endif
