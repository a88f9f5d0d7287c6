/*
 * zipread.h: read the parts of a zip archive (a DOCX or ODT document)
 * one at a time, never trusting the archive: each part is inflated as
 * a stream, counting the bytes that actually come out, and stopped at
 * a size cap and at a compression-ratio cap (zip bombs).  Damaged,
 * truncated or encrypted archives and corrupt compressed data are
 * reported, once, to the struct diag passed in.  Used by read.c,
 * read_docx.c and read_odt.c.  Never prints or exits.
 */
#ifndef GAPCHECK_ZIPREAD_H
#define GAPCHECK_ZIPREAD_H

#include <stddef.h>
#include <stdint.h>

struct diag;
struct zipread;				/* opaque; an open archive */
struct zippart;				/* opaque; one part being inflated */

struct zip_limits {
	uint64_t	part_max;	/* bytes a part may inflate to */
	unsigned	ratio_max;	/* inflated / compressed, past... */
	uint64_t	ratio_floor;	/* ...this many bytes inflated */
};

/*
 * Open the archive in the regular file fd (taken over on success, left
 * open on failure), or in data[0..len) (borrowed; must outlive the
 * archive).  name is the input's name for messages.  NULL after
 * reporting why.
 */
struct zipread	*zipread_fdopen(int fd, const char *name,
		    const struct zip_limits *, struct diag *);
struct zipread	*zipread_memory(const void *data, size_t len,
		    const char *name, const struct zip_limits *,
		    struct diag *);
void		 zipread_close(struct zipread *);	/* accepts NULL */

/* Whether the archive holds a part of that name (ASCII case ignored). */
int		 zipread_has(struct zipread *, const char *part);

/* Whether an error was reported for this archive. */
int		 zipread_failed(const struct zipread *);

/* Start inflating a part; NULL after reporting why. */
struct zippart	*zippart_open(struct zipread *, const char *part);
/*
 * Up to len inflated bytes into buf: their number, 0 at the end, -1
 * after reporting an error (damage, or a cap reached).
 */
long		 zippart_read(struct zippart *, void *buf, size_t len);
void		 zippart_close(struct zippart *);	/* accepts NULL */
const char	*zippart_name(const struct zippart *);
/* Whether an error was reported for the part's archive. */
int		 zippart_failed(const struct zippart *);

/*
 * A small part read whole (at most max bytes, NUL-terminated), owned by
 * the caller; NULL if it is missing or larger than max (silently), or
 * unreadable (reported).
 */
char		*zipread_slurp(struct zipread *, const char *part, size_t max,
		    size_t *len);

#endif
