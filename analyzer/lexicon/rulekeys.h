/*
 * rulekeys.h: the literal words a context rule cannot match without,
 * and where on a line they occur.  A rule's keys are derived from its
 * regular expression when that can be done safely ("\b(?:hir(?:e|ing)|
 * recruit...)\s+...$" needs "hir" or "recruit" in the text it matches);
 * when it cannot, the rule has no keys and always runs.  Used by
 * lexicon.c, which derives the keys of each rule it compiles and of
 * its skill patterns, by match.c, which asks whether a rule's keys
 * occur in the text the rule can reach before it runs the rule's regex,
 * and by scan.c, which tries skill patterns only where their keys
 * begin.  Never prints or exits.
 *
 * Keys are compared with ASCII letters folded, which is exact on
 * normalized text: case folding leaves no character there (the Kelvin
 * sign, the long s) that a caseless ASCII letter of a pattern matches
 * besides the letter itself.
 */
#ifndef GAPCHECK_RULEKEYS_H
#define GAPCHECK_RULEKEYS_H

#include <stddef.h>
#include <stdint.h>

struct rule_keys;			/* opaque; lives in rulekeys.c */

/*
 * Where a rule's keys were last looked for on a line: kept by the
 * caller, one per rule, zeroed to start.  Lines are told apart by a
 * stamp the caller changes for each line.
 */
struct rule_scan {
	uint64_t	stamp;		/* the line this answers for */
	size_t		from;		/* looked from here ... */
	size_t		at;		/* ... and found a key here, or none */
	size_t		end;		/* the key's end */
};

#define RULEKEYS_NONE	((size_t)-1)

/*
 * A line to look for keys on, as the caller has it: its text, a stamp
 * of its own, and the places where ASCII words begin on it (or NULL),
 * which is where most keys may begin.
 */
struct rule_line {
	const char	*text;
	size_t		 len;
	uint64_t	 stamp;
	const uint32_t	*starts;	/* ascending */
	size_t		 nstarts;
};

/*
 * The places where ASCII words begin in line[0..len) (a letter, digit
 * or '_' after anything else), into *v, of *cap elements, grown as
 * needed; returns how many.  Lines are at most 4 GiB.
 */
size_t	rulekeys_word_starts(const char *line, size_t len, uint32_t **v,
	    size_t *cap);

/*
 * Keys of the pattern src, numbered id, owned by the caller; NULL when
 * none can be derived safely, and the rule must always run.
 */
struct rule_keys	*rulekeys_new(const char *src, size_t id);
void			 rulekeys_free(struct rule_keys *); /* accepts NULL */
/* The number given to rulekeys_new(): an index for the caller's scans. */
size_t			 rulekeys_id(const struct rule_keys *);
/* Whether every match begins at a key, after zero-width assertions. */
int			 rulekeys_start(const struct rule_keys *);

/*
 * The first place at or after lo where one of k's keys lies wholly in
 * the line's text[lo..hi), or RULEKEYS_NONE.  Keys the pattern puts
 * after \b must begin a word, judged by the byte before them; at lo
 * itself only when lo_is_edge is 0 (at the start of a subject, \b has
 * no character before it to look at).  Scans forward from where the
 * last search in s ended when lo does not go back, so the searches of
 * a line's mentions, in order, read it about once.
 */
size_t	rulekeys_find(const struct rule_keys *k, struct rule_scan *s,
	    const struct rule_line *l, size_t lo, size_t hi, int lo_is_edge);
/* Whether every key of k must begin a word: then only word starts. */
int	rulekeys_in_words(const struct rule_keys *k);

/*
 * Whether one of k's keys begins at line[p] and lies wholly in
 * line[..hi); a key after \b only if no word character is before it.
 */
int	rulekeys_at(const struct rule_keys *k, const char *line, size_t p,
	    size_t hi);

/*
 * The last place in line[lo..p) where one of k's keys lies wholly in
 * line[..hi), or RULEKEYS_NONE; it reads the text each time.
 */
size_t	rulekeys_prev(const struct rule_keys *k, const char *line, size_t lo,
	    size_t p, size_t hi);

#endif
