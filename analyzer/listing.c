/*
 * listing.c: the skills table of --list-skills.
 *
 * One line a skill, tab-separated, with a header: id, name, kind,
 * category, stage, weight, group, spellings, ambiguous spellings.  A
 * field that does not apply is "-"; lists are comma-separated.  Spellings
 * are shown normalized, as they are matched.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"
#include "listing.h"

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
matches(const struct lexicon *lx, size_t s, const char *pat)
{
	const struct lex_skill	*sk = &lx->skills[s];
	size_t			 a;

	if (contains(sk->id, pat) || contains(sk->name, pat))
		return 1;
	if (sk->kind != LEX_NONE && strcasecmp(lx->kinds[sk->kind].id,
	    pat) == 0)
		return 1;
	if (sk->category != LEX_NONE &&
	    strcasecmp(lx->categories[sk->category].id, pat) == 0)
		return 1;
	for (a = 0; a < lx->naliases; a++)
		if (lx->aliases[a].skill == s &&
		    contains(lx->aliases[a].text, pat))
			return 1;
	return 0;
}

static void
print_spellings(const struct lexicon *lx, size_t s, int ambiguous,
    FILE *out)
{
	size_t	a;
	int	n = 0;

	for (a = 0; a < lx->naliases; a++) {
		if (lx->aliases[a].skill != s ||
		    lx->aliases[a].ambiguous != ambiguous)
			continue;
		fprintf(out, "%s%s", n++ ? ", " : "", lx->aliases[a].text);
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
	size_t			 s, p, shown = 0;

	fputs("id\tname\tkind\tcategory\tstage\tweight\tgroup\tspellings\t"
	    "ambiguous\n", out);
	for (s = 0; s < lx->nskills; s++) {
		for (p = 0; p < npatterns; p++)
			if (matches(lx, s, patterns[p]))
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
		print_spellings(lx, s, 0, out);
		fputc('\t', out);
		print_spellings(lx, s, 1, out);
		fputc('\n', out);
		shown++;
	}
	return shown;
}
