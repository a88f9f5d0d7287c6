/*
 * jsonw.h: write JSON as a stream, one key or value at a time, with no
 * tree in memory.  Used by report_json.c, extract.c and rank.c.  The
 * bytes are those jansson's json_dumpb() gives for the same values with
 * JSON_REAL_PRECISION(6) and either JSON_COMPACT, no layout flag, or
 * JSON_INDENT(n): UTF-8 passes through, '"' '\\' \b \f \n \r \t are
 * escaped by name and other control characters as \u00XX.  Unlike
 * jansson, which refuses such a string, invalid UTF-8 is written with
 * U+FFFD for each byte that starts no character, so the output is
 * always JSON.  Never prints anything but the JSON, and never fails but
 * on memory (util.c exits); write errors show in ferror() of the stream.
 */
#ifndef GAPCHECK_JSONW_H
#define GAPCHECK_JSONW_H

#include <stddef.h>
#include <stdio.h>

struct jsonw;				/* opaque; lives in jsonw.c */

/* Layouts: as JSON_COMPACT; as no flag ({"a": 1, "b": [1, 2]}); or n > 0
 * spaces per level, one member per line, as JSON_INDENT(n). */
#define JSONW_COMPACT	0
#define JSONW_SPACED	(-1)

/* A writer to out, owned by the caller; out must outlive it. */
struct jsonw	*jsonw_new(FILE *out, int layout);
/* Write what is buffered and free w; accepts NULL. */
void		 jsonw_free(struct jsonw *w);

/*
 * The next container opened, and everything in it, goes on one line
 * as in JSONW_SPACED, whatever w's layout.  rank.c's JSON report keeps
 * each candidate to a line this way.
 */
void	jsonw_inline(struct jsonw *);

/* Containers: every open is matched by jsonw_end. */
void	jsonw_object(struct jsonw *);
void	jsonw_array(struct jsonw *);
void	jsonw_end(struct jsonw *);

/* In an object, the key of the member whose value comes next. */
void	jsonw_key(struct jsonw *, const char *);

/* Values: an array element, a member's value after jsonw_key, or a
 * top-level value. */
void	jsonw_string(struct jsonw *, const char *);	/* NULL: null */
void	jsonw_stringn(struct jsonw *, const char *, size_t);
void	jsonw_int(struct jsonw *, long long);
void	jsonw_real(struct jsonw *, double);	/* not finite: null */
void	jsonw_bool(struct jsonw *, int);
void	jsonw_null(struct jsonw *);

/* Bytes as they are, outside any value: the newline after a record. */
void	jsonw_raw(struct jsonw *, const char *, size_t);

#endif
