/*
 * wordcmp: compare the words of a reference text with those of a text
 * gapcheck extracted, as multisets, for make conformance.
 *
 *	wordcmp [-v] REFERENCE EXTRACTED
 *
 * prints "REFWORDS EXTWORDS COMMON": the word counts of each side and
 * the size of their multiset intersection, so recall is COMMON/REFWORDS
 * and precision COMMON/EXTWORDS.  With -v it then lists the words one
 * side has more of, as "-N word" (missing) and "+N word" (extra).
 *
 * A word is a run of letters, digits and combining marks, compared in
 * NFKC case-folded form; soft hyphens and other invisible format
 * characters inside a word, and pandoc's strikeout marks ("~~"), do not
 * end it.  Left out on both sides, because pandoc's
 * plain text adds them and they are not the document's words: note
 * markers such as "[1]", and list markers at the start of a line
 * ("1.", "a)", "iv.", "(2)").
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

struct entry {
	char	*word;
	long	 n[2];
};

struct table {
	struct entry	*v;
	size_t		 cap, len;
	long		 total[2];
};

static void *
emalloc(size_t n)
{
	void	*p = calloc(1, n);

	if (p == NULL) {
		perror("wordcmp");
		exit(2);
	}
	return p;
}

static unsigned long
hash(const char *s)
{
	unsigned long	h = 5381;

	while (*s)
		h = h * 33 ^ (unsigned char)*s++;
	return h;
}

static void
grow(struct table *t)
{
	struct entry	*old = t->v;
	size_t		 i, j, oldcap = t->cap;

	t->cap = oldcap ? oldcap * 2 : 1024;
	t->v = emalloc(t->cap * sizeof(*t->v));
	for (i = 0; i < oldcap; i++) {
		if (old[i].word == NULL)
			continue;
		for (j = hash(old[i].word) & (t->cap - 1); t->v[j].word;
		    j = (j + 1) & (t->cap - 1))
			;
		t->v[j] = old[i];
	}
	free(old);
}

static void
add(struct table *t, const char *w, int side)
{
	size_t	j;

	if (t->len * 2 >= t->cap)
		grow(t);
	for (j = hash(w) & (t->cap - 1); t->v[j].word != NULL;
	    j = (j + 1) & (t->cap - 1))
		if (strcmp(t->v[j].word, w) == 0)
			break;
	if (t->v[j].word == NULL) {
		t->v[j].word = strdup(w);
		if (t->v[j].word == NULL)
			exit(2);
		t->len++;
	}
	t->v[j].n[side]++;
	t->total[side]++;
}

static int
is_word_cp(utf8proc_int32_t cp)
{
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
	case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO:
		return 1;
	default:
		return 0;
	}
}

/* Length of a list marker at s (after indentation), or 0. */
static size_t
list_marker(const char *s)
{
	size_t	i = 0, j;
	int	paren = 0;

	if (s[i] == '(') {
		paren = 1;
		i++;
	}
	j = i;
	if (s[i] >= '0' && s[i] <= '9')
		while (s[i] >= '0' && s[i] <= '9')
			i++;
	else if (strchr("ivxlcdmIVXLCDM", s[i]) != NULL && s[i] != '\0')
		while (s[i] != '\0' && strchr("ivxlcdmIVXLCDM", s[i]) != NULL)
			i++;
	else if ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z'))
		i++;
	if (i == j || i - j > 4)
		return 0;
	if (paren ? s[i] != ')' : (s[i] != '.' && s[i] != ')'))
		return 0;
	i++;
	return s[i] == ' ' || s[i] == '\t' ? i : 0;
}

/* Note markers: "[12]". */
static size_t
note_marker(const char *s)
{
	size_t	i = 1;

	if (s[0] != '[')
		return 0;
	while (s[i] >= '0' && s[i] <= '9')
		i++;
	return i > 1 && s[i] == ']' ? i + 1 : 0;
}

static void
words(struct table *t, const char *path, int side)
{
	FILE			*f;
	char			*text = NULL, *w;
	size_t			 cap = 0, len, i, start, n;
	utf8proc_int32_t	 cp;
	utf8proc_ssize_t	 k;
	utf8proc_uint8_t	*folded;
	int			 line_start = 1;

	if ((f = fopen(path, "rb")) == NULL) {
		perror(path);
		exit(2);
	}
	len = 0;
	for (;;) {
		if (len + 65536 + 1 > cap) {
			cap = (cap + 65536) * 2;
			if ((text = realloc(text, cap)) == NULL)
				exit(2);
		}
		n = fread(text + len, 1, 65536, f);
		len += n;
		if (n == 0)
			break;
	}
	fclose(f);
	text[len] = '\0';
	for (i = 0; i < len;) {
		if (text[i] == '\n') {
			line_start = 1;
			i++;
			continue;
		}
		if (text[i] == ' ' || text[i] == '\t') {
			i++;
			continue;
		}
		if (line_start && (n = list_marker(text + i)) > 0) {
			line_start = 0;
			i += n;
			continue;
		}
		line_start = 0;
		if ((n = note_marker(text + i)) > 0) {
			i += n;
			continue;
		}
		if (text[i] == '|') {
			/* A grid table's cell starts like a line. */
			line_start = 1;
			i++;
			continue;
		}
		start = i;
		w = emalloc(len - i + 1);
		n = 0;
		for (;;) {
			k = utf8proc_iterate((const utf8proc_uint8_t *)text + i,
			    (utf8proc_ssize_t)(len - i), &cp);
			if (k <= 0)
				break;
			/*
			 * Inside a word, pandoc's strikeout marks
			 * ("ita~~li~~c") and invisible format characters
			 * such as the soft hyphen do not end it.
			 */
			if (n > 0 && (cp == '~' || utf8proc_category(cp) ==
			    UTF8PROC_CATEGORY_CF)) {
				i += (size_t)k;
				continue;
			}
			if (!is_word_cp(cp))
				break;
			memcpy(w + n, text + i, (size_t)k);
			n += (size_t)k;
			i += (size_t)k;
		}
		w[n] = '\0';
		if (n == 0) {
			free(w);
			if (i == start) {
				k = utf8proc_iterate(
				    (const utf8proc_uint8_t *)text + i,
				    (utf8proc_ssize_t)(len - i), &cp);
				i += k > 0 ? (size_t)k : 1;
			}
			continue;
		}
		if (utf8proc_map((const utf8proc_uint8_t *)w, 0, &folded,
		    UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE |
		    UTF8PROC_COMPAT | UTF8PROC_CASEFOLD) < 0)
			folded = (utf8proc_uint8_t *)strdup(w);
		add(t, (const char *)folded, side);
		free(folded);
		free(w);
	}
	free(text);
}

int
main(int argc, char *argv[])
{
	struct table	 t;
	size_t		 i;
	long		 common = 0, m;
	int		 verbose = 0;

	if (argc > 1 && strcmp(argv[1], "-v") == 0) {
		verbose = 1;
		argc--;
		argv++;
	}
	if (argc != 3) {
		fputs("usage: wordcmp [-v] REFERENCE EXTRACTED\n", stderr);
		return 2;
	}
	memset(&t, 0, sizeof(t));
	words(&t, argv[1], 0);
	words(&t, argv[2], 1);
	for (i = 0; i < t.cap; i++)
		if (t.v[i].word != NULL)
			common += t.v[i].n[0] < t.v[i].n[1] ? t.v[i].n[0] :
			    t.v[i].n[1];
	printf("%ld %ld %ld\n", t.total[0], t.total[1], common);
	for (i = 0; verbose && i < t.cap; i++) {
		if (t.v[i].word == NULL || t.v[i].n[0] == t.v[i].n[1])
			continue;
		m = t.v[i].n[0] - t.v[i].n[1];
		printf("%c%ld %s\n", m > 0 ? '-' : '+', m > 0 ? m : -m,
		    t.v[i].word);
	}
	for (i = 0; i < t.cap; i++)
		free(t.v[i].word);
	free(t.v);
	return 0;
}
