/*
 * listing.c: the skills table of --list-skills.
 *
 * One line a skill, tab-separated, with a header: id, name, kind,
 * category, stage, weight, group, spellings, ambiguous spellings.  A
 * field that does not apply is "-"; lists are comma-separated.  Spellings
 * are shown normalized, as they are matched.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"
#include "listing.h"
#include "util.h"

/*
 * The aliases of each skill, in lexicon order: those of skill s are
 * order[first[s] .. first[s + 1]).  Built once, so a listing of
 * thousands of skills reads the aliases once, not once per skill.
 */
struct spellings {
	size_t	*first;
	size_t	*order;
};

static void
spellings_build(const struct lexicon *lx, struct spellings *sp)
{
	size_t	a, s, *next;

	sp->first = xcalloc(lx->nskills + 1, sizeof(*sp->first));
	sp->order = xreallocarray(NULL, lx->naliases + 1,
	    sizeof(*sp->order));
	for (a = 0; a < lx->naliases; a++)
		sp->first[lx->aliases[a].skill + 1]++;
	for (s = 0; s < lx->nskills; s++)
		sp->first[s + 1] += sp->first[s];
	next = xreallocarray(NULL, lx->nskills + 1, sizeof(*next));
	memcpy(next, sp->first, lx->nskills * sizeof(*next));
	for (a = 0; a < lx->naliases; a++)
		sp->order[next[lx->aliases[a].skill]++] = a;
	free(next);
}

/* needle anywhere in hay, ignoring ASCII case. */
static int
contains(const char *hay, const char *needle)
{
	size_t	n = strlen(needle);

	for (; *hay != '\0'; hay++)
		if (strncasecmp(hay, needle, n) == 0)
			return 1;
	return n == 0;
}

static int
matches(const struct lexicon *lx, const struct spellings *sp, size_t s,
    const char *pat)
{
	const struct lex_skill	*sk = &lx->skills[s];
	size_t			 i;

	if (contains(sk->id, pat) || contains(sk->name, pat))
		return 1;
	if (sk->kind != LEX_NONE && strcasecmp(lx->kinds[sk->kind].id,
	    pat) == 0)
		return 1;
	if (sk->category != LEX_NONE &&
	    strcasecmp(lx->categories[sk->category].id, pat) == 0)
		return 1;
	for (i = sp->first[s]; i < sp->first[s + 1]; i++)
		if (contains(lx->aliases[sp->order[i]].text, pat))
			return 1;
	return 0;
}

static void
print_spellings(const struct lexicon *lx, const struct spellings *sp,
    size_t s, int ambiguous, FILE *out)
{
	const struct lex_alias	*al;
	size_t			 i;
	int			 n = 0;

	for (i = sp->first[s]; i < sp->first[s + 1]; i++) {
		al = &lx->aliases[sp->order[i]];
		if (al->ambiguous == ambiguous)
			fprintf(out, "%s%s", n++ ? ", " : "", al->text);
	}
	if (n == 0)
		fputc('-', out);
}

static const char *
or_dash(const char *s)
{
	return s != NULL ? s : "-";
}

size_t
listing_skills(const struct lexicon *lx, char *const *patterns,
    size_t npatterns, FILE *out)
{
	const struct lex_skill	*sk;
	struct spellings	 sp;
	size_t			 s, p, shown = 0;

	spellings_build(lx, &sp);
	fputs("id\tname\tkind\tcategory\tstage\tweight\tgroup\tspellings\t"
	    "ambiguous\n", out);
	for (s = 0; s < lx->nskills; s++) {
		for (p = 0; p < npatterns; p++)
			if (matches(lx, &sp, s, patterns[p]))
				break;
		if (npatterns > 0 && p == npatterns)
			continue;
		sk = &lx->skills[s];
		fprintf(out, "%s\t%s\t%s\t%s\t%s\t", sk->id, sk->name,
		    sk->kind == LEX_NONE ? "-" : lx->kinds[sk->kind].id,
		    or_dash(sk->category == LEX_NONE ? NULL :
		    lx->categories[sk->category].id),
		    or_dash(sk->stage == LEX_NONE ? NULL :
		    lx->stages[sk->stage].id));
		if (sk->in_role)
			fprintf(out, "%d", sk->weight);
		else
			fputc('-', out);
		fprintf(out, "\t%s\t", sk->group == LEX_NONE ? "-" :
		    lx->groups[sk->group].id);
		print_spellings(lx, &sp, s, 0, out);
		fputc('\t', out);
		print_spellings(lx, &sp, s, 1, out);
		fputc('\n', out);
		shown++;
	}
	free(sp.first);
	free(sp.order);
	return shown;
}
