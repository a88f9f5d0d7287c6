/*
 * patcache.h: keep compiled PCRE2 patterns on disk between runs, so a
 * run over one resume does not compile hundreds of context rules it
 * will mostly not use.  Used by lexicon.c and dates.c.
 *
 * A cache entry holds the key it was made from (the exact text of
 * every pattern, in order, with the compile options) and the patterns
 * serialized by PCRE2.  It is used only when its key equals the one
 * asked for byte for byte, its checksum holds and PCRE2 (same version)
 * accepts it; anything else is a miss, and the caller compiles.  The
 * cache is an optimization only: it never prints, never fails a run,
 * and a directory that cannot be written is simply not written.
 */
#ifndef GAPCHECK_PATCACHE_H
#define GAPCHECK_PATCACHE_H

#include <stddef.h>

/* Whether the cache may be used: GAPCHECK_NO_CACHE unset or empty. */
int	patcache_enabled(void);

/*
 * Decode the ncodes patterns (pcre2_code *) cached as name under
 * key[0..keylen) into codes, owned by the caller: 0, or -1 when there
 * is no such entry or it is stale or damaged.  name says what the
 * entry is for, one entry per name: a lexicon's real path, or a
 * module's own name.
 */
int	patcache_load(const char *name, const char *key, size_t keylen,
	    void **codes, size_t ncodes);

/* Replace the entry for name, atomically; failures are ignored. */
void	patcache_store(const char *name, const char *key, size_t keylen,
	    void *const *codes, size_t ncodes);

#endif
