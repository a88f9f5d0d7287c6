/*
 * phrase.h: a table of token sequences (aliases), stored as a trie whose
 * edges live in one hash table, so a lookup costs the same whatever the
 * size of the lexicon.  Used by lexicon.c (which fills it) and scan.c
 * (which walks it along a document's tokens).
 */
#ifndef GAPCHECK_PHRASE_H
#define GAPCHECK_PHRASE_H

#include <stddef.h>
#include <stdint.h>

#define PHRASE_ROOT	0u
#define PHRASE_NONE	UINT32_MAX

struct phrase_table;

struct phrase_table	*phrase_new(void);
void			 phrase_free(struct phrase_table *);

/* The child of node along token tok[0..len), or PHRASE_NONE. */
uint32_t	phrase_step(const struct phrase_table *, uint32_t node,
		    const char *tok, size_t len);

/* The child of node along tok, created if missing. */
uint32_t	phrase_add(struct phrase_table *, uint32_t node,
		    const char *tok, size_t len);

/* The value stored at node (PHRASE_NONE if the node ends no phrase). */
uint32_t	phrase_value(const struct phrase_table *, uint32_t node);

/* Store value at node; returns the value it had. */
uint32_t	phrase_set_value(struct phrase_table *, uint32_t node,
		    uint32_t value);

#endif
