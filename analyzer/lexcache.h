/*
 * lexcache.h: keep a lexicon's compiled PCRE2 patterns on disk between
 * runs, so a run over one resume does not compile hundreds of context
 * rules it will mostly not use.  Used by lexicon.c only.
 *
 * A cache entry holds the key it was made from (the exact text of
 * every pattern, in order, with the compile options) and the patterns
 * serialized by PCRE2.  It is used only when its key equals the one
 * asked for byte for byte, its checksum holds and PCRE2 (same version)
 * accepts it; anything else is a miss, and the caller compiles.  The
 * cache is an optimization only: it never prints, never fails a run,
 * and a directory that cannot be written is simply not written.
 */
#ifndef GAPCHECK_LEXCACHE_H
#define GAPCHECK_LEXCACHE_H

#include <stddef.h>

/* Whether a cache may be used: GAPCHECK_NO_CACHE unset and a home. */
int	lexcache_enabled(void);

/*
 * Decode the ncodes patterns (pcre2_code *) cached for the lexicon at
 * path under key[0..keylen) into codes, owned by the caller: 0, or -1
 * when there is no such entry or it is stale or damaged.
 */
int	lexcache_load(const char *path, const char *key, size_t keylen,
	    void **codes, size_t ncodes);

/* Replace the entry for path, atomically; failures are ignored. */
void	lexcache_store(const char *path, const char *key, size_t keylen,
	    void *const *codes, size_t ncodes);

#endif
