/*
 * phrase.c: trie edges in an open-addressing hash table keyed by
 * (parent node, token bytes).
 */
#include <stdlib.h>
#include <string.h>

#include "phrase.h"
#include "util.h"

struct edge {
	uint32_t	hash;
	uint32_t	parent;
	uint32_t	child;		/* PHRASE_NONE: empty slot */
	uint32_t	key;		/* offset in keys */
	uint32_t	keylen;
};

struct phrase_table {
	struct edge	*edges;
	size_t		 nedges;
	size_t		 mask;		/* slots - 1, a power of two less one */
	uint32_t	*values;	/* per node */
	size_t		 nnodes;
	size_t		 nodecap;
	struct buf	 keys;
};

/* FNV-1a: short keys, and it needs no tuning. */
static uint32_t
edge_hash(uint32_t parent, const char *tok, size_t len)
{
	uint32_t	h = 2166136261u ^ parent;
	size_t		i;

	h *= 16777619u;
	for (i = 0; i < len; i++) {
		h ^= (unsigned char)tok[i];
		h *= 16777619u;
	}
	return h;
}

static void
table_init(struct phrase_table *t, size_t slots)
{
	size_t	i;

	t->edges = xcalloc(slots, sizeof(*t->edges));
	for (i = 0; i < slots; i++)
		t->edges[i].child = PHRASE_NONE;
	t->mask = slots - 1;
}

struct phrase_table *
phrase_new(void)
{
	struct phrase_table	*t = xcalloc(1, sizeof(*t));

	table_init(t, 256);
	xgrow(&t->values, &t->nodecap, 1, sizeof(*t->values));
	t->values[PHRASE_ROOT] = PHRASE_NONE;
	t->nnodes = 1;
	return t;
}

void
phrase_free(struct phrase_table *t)
{
	if (t == NULL)
		return;
	free(t->edges);
	free(t->values);
	buf_free(&t->keys);
	free(t);
}

static size_t
find_slot(const struct phrase_table *t, uint32_t h, uint32_t parent,
    const char *tok, size_t len)
{
	size_t			 i = h & t->mask;
	const struct edge	*e;

	for (;;) {
		e = &t->edges[i];
		if (e->child == PHRASE_NONE)
			return i;
		if (e->hash == h && e->parent == parent && e->keylen == len &&
		    memcmp(t->keys.data + e->key, tok, len) == 0)
			return i;
		i = (i + 1) & t->mask;
	}
}

uint32_t
phrase_step(const struct phrase_table *t, uint32_t node, const char *tok,
    size_t len)
{
	uint32_t	h = edge_hash(node, tok, len);

	return t->edges[find_slot(t, h, node, tok, len)].child;
}

static void
rehash(struct phrase_table *t)
{
	struct edge	*old = t->edges;
	size_t		 oldslots = t->mask + 1, i, j;

	table_init(t, oldslots * 2);
	for (i = 0; i < oldslots; i++) {
		if (old[i].child == PHRASE_NONE)
			continue;
		j = old[i].hash & t->mask;
		while (t->edges[j].child != PHRASE_NONE)
			j = (j + 1) & t->mask;
		t->edges[j] = old[i];
	}
	free(old);
}

uint32_t
phrase_add(struct phrase_table *t, uint32_t node, const char *tok,
    size_t len)
{
	uint32_t	 h = edge_hash(node, tok, len);
	size_t		 slot = find_slot(t, h, node, tok, len);
	struct edge	*e = &t->edges[slot];

	if (e->child != PHRASE_NONE)
		return e->child;
	if ((t->nedges + 1) * 2 > t->mask + 1) {
		rehash(t);
		return phrase_add(t, node, tok, len);
	}
	e->hash = h;
	e->parent = node;
	e->key = (uint32_t)t->keys.len;
	e->keylen = (uint32_t)len;
	buf_add(&t->keys, tok, len);
	xgrow(&t->values, &t->nodecap, t->nnodes + 1, sizeof(*t->values));
	t->values[t->nnodes] = PHRASE_NONE;
	e->child = (uint32_t)t->nnodes++;
	t->nedges++;
	return e->child;
}

uint32_t
phrase_value(const struct phrase_table *t, uint32_t node)
{
	return t->values[node];
}

uint32_t
phrase_set_value(struct phrase_table *t, uint32_t node, uint32_t value)
{
	uint32_t	old = t->values[node];

	t->values[node] = value;
	return old;
}
