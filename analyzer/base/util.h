/*
 * util.h: allocation that cannot fail and a growable byte buffer.
 * Used by every module.  On exhaustion the x* functions print
 * "gapcheck: out of memory" and exit 4: the only exit outside main.c.
 */
#ifndef GAPCHECK_UTIL_H
#define GAPCHECK_UTIL_H

#include <stddef.h>

void	 xoom(void) __attribute__((noreturn));	/* report, exit 4 */
void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xreallocarray(void *, size_t, size_t);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);

/* Grow *array (of *cap elements of size elsize) to hold at least need. */
void	 xgrow(void *array, size_t *cap, size_t need, size_t elsize);

/* A byte buffer, always NUL-terminated once anything was added. */
struct buf {
	char	*data;
	size_t	 len;
	size_t	 cap;
};

void	 buf_add(struct buf *, const void *, size_t);
void	 buf_addc(struct buf *, int);
void	 buf_adds(struct buf *, const char *);
void	 buf_reserve(struct buf *, size_t extra);
void	 buf_free(struct buf *);	/* leaves an empty buffer */

/* Encode code point cp as UTF-8 into out (4 bytes room); returns length. */
size_t	 utf8_encode(unsigned long cp, char *out);

/*
 * Whether PCRE2 patterns may be JIT-compiled: unless GAPCHECK_NO_JIT is
 * set.  Valgrind cannot tell what JIT code has initialised and reports
 * its every read, so make valgrind sets it; matches are the same.
 */
int	 jit_allowed(void);

#endif
