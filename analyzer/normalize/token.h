/*
 * token.h: split normalized text into the tokens skills are matched on.
 * Used by lexicon.c (to split aliases) and scan.c (to split documents),
 * so an alias and the text it names always split the same way.
 *
 * A token is a run of letters, digits and marks; a '.' between word
 * characters stays inside (node.js, asp.net, 3.11), a '.' that starts a
 * word stays (.net), trailing '+' and '#' stay (c++, c#).  '/' and '&'
 * are tokens of their own.  A hyphen inside a word splits it without a
 * token, so spring-boot reads as spring boot.  Anything else separates.
 */
#ifndef GAPCHECK_TOKEN_H
#define GAPCHECK_TOKEN_H

#include <stddef.h>
#include <stdint.h>

struct token {
	uint32_t	start;		/* byte offset in the text */
	uint32_t	len;		/* bytes */
	uint32_t	line;		/* 0-based line of the token */
};

/*
 * Find the next token at or after *pos in text[0..len); on success fill
 * *t, advance *pos past it and return 1; at the end return 0.  *line
 * counts the newlines crossed, and must start at 0.
 */
int	token_next(const char *text, size_t len, size_t *pos, uint32_t *line,
	    struct token *t);

/* Whether the code point at text[i] (valid UTF-8) is a word character. */
int	token_is_word_at(const char *text, size_t len, size_t i);

#endif
