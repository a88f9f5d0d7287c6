/*
 * token.c: the tokenizer.  It runs over every byte of every document, so
 * ASCII is classified by table; only non-ASCII bytes ask utf8proc.
 */
#include <stddef.h>
#include <stdint.h>

#include <utf8proc.h>

#include "token.h"

enum cls {
	C_SEP,		/* separates tokens */
	C_WORD,		/* letter, digit, underscore */
	C_DOT,
	C_TAIL,		/* '+' or '#': may end a token (c++, c#) */
	C_ALONE,	/* '/' or '&': a token by itself */
	C_NL
};

/*
 * The class of each ASCII character, fixed at compile time so threads
 * share it without initialization: letters, digits and '_' are words,
 * '.' may join them, '+' and '#' may end them, '/' and '&' stand alone.
 */
#define S	C_SEP
#define W	C_WORD
#define D	C_DOT
#define T	C_TAIL
#define A	C_ALONE
#define N	C_NL
static const unsigned char	ascii_class[128] = {
	S, S, S, S, S, S, S, S, S, S, N, S, S, S, S, S,
	S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
	S, S, S, T, S, S, A, S, S, S, S, T, S, S, D, A,
	W, W, W, W, W, W, W, W, W, W, S, S, S, S, S, S,
	S, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W,
	W, W, W, W, W, W, W, W, W, W, W, S, S, S, S, W,
	S, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W,
	W, W, W, W, W, W, W, W, W, W, W, S, S, S, S, S,
};
#undef S
#undef W
#undef D
#undef T
#undef A
#undef N

/* Class of the character at i and its length in bytes. */
static enum cls
class_at(const char *text, size_t len, size_t i, size_t *clen)
{
	unsigned char		c = (unsigned char)text[i];
	utf8proc_int32_t	cp;
	utf8proc_ssize_t	n;

	if (c < 0x80) {
		*clen = 1;
		return (enum cls)ascii_class[c];
	}
	n = utf8proc_iterate((const utf8proc_uint8_t *)text + i,
	    (utf8proc_ssize_t)(len - i), &cp);
	if (n <= 0) {
		*clen = 1;
		return C_SEP;
	}
	*clen = (size_t)n;
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
	case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO:
		return C_WORD;
	default:
		return C_SEP;
	}
}

int
token_is_word_at(const char *text, size_t len, size_t i)
{
	size_t	clen;

	return i < len && class_at(text, len, i, &clen) == C_WORD;
}

/* The end of the run of non-blank characters from i. */
static size_t
run_end(const char *text, size_t len, size_t i)
{
	while (i < len && text[i] != ' ' && text[i] != '\t' &&
	    text[i] != '\n' && text[i] != '\r' && text[i] != '<' &&
	    text[i] != '>' && text[i] != '"')
		i++;
	return i;
}

/*
 * Whether the word from start to end begins an address: a URL
 * ("https://github.com/r/go", "www.indeed.com/r/...") or an e-mail
 * address ("java.dev@example.com").  Their words are no mentions: a
 * profile link names "r" and "https", not R and HTTPS.
 */
static int
starts_address(const char *text, size_t len, size_t start, size_t end)
{
	size_t	i;

	if (end + 2 < len && text[end] == ':' && text[end + 1] == '/' &&
	    text[end + 2] == '/')
		return 1;
	if (end - start > 4 && (text[start] == 'w' || text[start] == 'W') &&
	    (text[start + 1] == 'w' || text[start + 1] == 'W') &&
	    (text[start + 2] == 'w' || text[start + 2] == 'W') &&
	    text[start + 3] == '.')
		return 1;
	if (end + 1 < len && text[end] == '@') {
		for (i = end + 1; i < len && i < end + 256; i++) {
			if (text[i] == '.' && i + 1 < len &&
			    (unsigned char)text[i + 1] < 0x80 &&
			    ascii_class[(unsigned char)text[i + 1]] == C_WORD)
				return 1;
			if ((unsigned char)text[i] >= 0x80 ||
			    (ascii_class[(unsigned char)text[i]] != C_WORD &&
			    text[i] != '-'))
				break;
		}
	}
	return 0;
}

int
token_next(const char *text, size_t len, size_t *pos, uint32_t *line,
    struct token *t)
{
	size_t		i = *pos, clen, start, nlen;
	enum cls	c;

again:
	/* Skip separators, counting lines. */
	for (;;) {
		if (i >= len) {
			*pos = i;
			return 0;
		}
		/* Most separators are ASCII spaces and punctuation. */
		if ((unsigned char)text[i] < 0x80 &&
		    ascii_class[(unsigned char)text[i]] == C_SEP) {
			i++;
			continue;
		}
		c = class_at(text, len, i, &clen);
		if (c == C_WORD || c == C_ALONE)
			break;
		/* A '.' that starts a word: ".net", not "end. net". */
		if (c == C_DOT && i + 1 < len &&
		    class_at(text, len, i + 1, &nlen) == C_WORD &&
		    (i == 0 || class_at(text, len, i - 1, &nlen) != C_WORD))
			break;
		if (c == C_NL)
			(*line)++;
		i += clen;
	}

	start = i;
	if (c == C_ALONE) {
		i += clen;
	} else {
		i += clen;		/* the first word character or '.' */
		while (i < len) {
			/* Most word characters are ASCII letters and digits. */
			if ((unsigned char)text[i] < 0x80 &&
			    ascii_class[(unsigned char)text[i]] == C_WORD) {
				i++;
				continue;
			}
			c = class_at(text, len, i, &clen);
			if (c == C_WORD) {
				i += clen;
				continue;
			}
			if (c == C_DOT && i + 1 < len &&
			    class_at(text, len, i + 1, &nlen) == C_WORD) {
				i += clen;
				continue;
			}
			break;
		}
		while (i < len && (unsigned char)text[i] < 0x80 &&
		    ascii_class[(unsigned char)text[i]] == C_TAIL)
			i++;
		/* What starts_address() can tell, and only that. */
		if (i < len && (text[i] == ':' || text[i] == '@' ||
		    text[start] == 'w' || text[start] == 'W') &&
		    starts_address(text, len, start, i)) {
			i = run_end(text, len, i);
			goto again;
		}
	}
	t->start = (uint32_t)start;
	t->len = (uint32_t)(i - start);
	t->line = *line;
	*pos = i;
	return 1;
}
