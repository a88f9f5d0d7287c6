/*
 * zipread.c: libzip, with the counting and the caps libzip does not do.
 * The sizes in a zip's headers are whatever the file says, so the caps
 * count the bytes libzip.zip_fread() really returns.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <zip.h>

#include "diag.h"
#include "lazylib.h"
#include "util.h"
#include "zipread.h"

struct zipread {
	zip_t			*za;
	char			*name;		/* the input, for messages */
	struct diag		*diag;
	struct zip_limits	 lim;
	uint64_t		 archive_size;	/* bytes of the whole file */
	int			 failed;
};

struct zippart {
	struct zipread	*zr;
	zip_file_t	*zf;
	char		*part;
	uint64_t	 comp_size;	/* as the archive claims, capped */
	uint64_t	 inflated;	/* bytes returned so far */
};

/* What went wrong opening an archive, in the user's words. */
static const char *
open_error(int code)
{
	switch (code) {
	case ZIP_ER_NOZIP:
		return "damaged or truncated zip archive (no central "
		    "directory)";
	case ZIP_ER_INCONS:
		return "damaged zip archive (inconsistent directory)";
	case ZIP_ER_EOF:
	case ZIP_ER_READ:
	case ZIP_ER_SEEK:
		return "truncated zip archive";
	case ZIP_ER_MULTIDISK:
		return "split zip archive: not supported";
	case ZIP_ER_MEMORY:
		xoom();
		/* NOTREACHED */
	default:
		return NULL;
	}
}

static struct zipread *
zipread_new(const char *name, const struct zip_limits *lim,
    struct diag *diag)
{
	struct zipread	*zr = xcalloc(1, sizeof(*zr));

	zr->name = xstrdup(name);
	zr->diag = diag;
	zr->lim = *lim;
	return zr;
}

static struct zipread *
open_failed(struct zipread *zr, zip_error_t *err)
{
	const char	*what = open_error(libzip.zip_error_code_zip(err));

	if (what != NULL)
		diag_error(zr->diag, EXIT_INPUT, zr->name, 0, "%s", what);
	else
		diag_error(zr->diag, EXIT_INPUT, zr->name, 0, "damaged zip "
		    "archive: %s", libzip.zip_error_strerror(err));
	libzip.zip_error_fini(err);
	free(zr->name);
	free(zr);
	return NULL;
}

/* libzip, loaded with the first archive; 0 after reporting why not. */
static int
have_libzip(const char *name, struct diag *diag)
{
	const char	*why;

	if ((why = lazylib_zip()) == NULL)
		return 1;
	diag_error(diag, EXIT_SYSTEM, name, 0, "cannot read this document "
	    "without libzip: %s", why);
	return 0;
}

struct zipread *
zipread_fdopen(int fd, const char *name, const struct zip_limits *lim,
    struct diag *diag)
{
	struct zipread	*zr;
	zip_error_t	 err;
	off_t		 end;
	int		 code = 0;

	if (!have_libzip(name, diag))
		return NULL;
	zr = zipread_new(name, lim, diag);
	end = lseek(fd, 0, SEEK_END);
	zr->archive_size = end > 0 ? (uint64_t)end : UINT64_MAX;
	if (lseek(fd, 0, SEEK_SET) == -1 ||
	    (zr->za = libzip.zip_fdopen(fd, ZIP_RDONLY, &code)) == NULL) {
		libzip.zip_error_init_with_code(&err,
		    code ? code : ZIP_ER_SEEK);
		return open_failed(zr, &err);
	}
	return zr;
}

struct zipread *
zipread_memory(const void *data, size_t len, const char *name,
    const struct zip_limits *lim, struct diag *diag)
{
	struct zipread	*zr;
	zip_source_t	*src;
	zip_error_t	 err;

	if (!have_libzip(name, diag))
		return NULL;
	zr = zipread_new(name, lim, diag);
	libzip.zip_error_init(&err);
	zr->archive_size = len;
	if ((src = libzip.zip_source_buffer_create(data, len, 0, &err)) == NULL)
		return open_failed(zr, &err);
	if ((zr->za = libzip.zip_open_from_source(src, ZIP_RDONLY,
	    &err)) == NULL) {
		libzip.zip_source_free(src);
		return open_failed(zr, &err);
	}
	libzip.zip_error_fini(&err);
	return zr;
}

void
zipread_close(struct zipread *zr)
{
	if (zr == NULL)
		return;
	if (zr->za != NULL)
		libzip.zip_discard(zr->za);
	free(zr->name);
	free(zr);
}

int
zipread_has(struct zipread *zr, const char *part)
{
	return libzip.zip_name_locate(zr->za, part, ZIP_FL_NOCASE) >= 0;
}

int
zipread_failed(const struct zipread *zr)
{
	return zr->failed;
}

static void	part_error(struct zipread *, const char *, const char *, ...)
		    __attribute__((format(printf, 3, 4)));

/* Report a problem with one part; only the first counts. */
static void
part_error(struct zipread *zr, const char *part, const char *fmt, ...)
{
	char	msg[256];
	va_list	ap;

	if (zr->failed)
		return;
	zr->failed = 1;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	diag_error(zr->diag, EXIT_INPUT, zr->name, 0, "%s: %s", part, msg);
}

/* What went wrong inflating a part. */
static void
read_error(struct zipread *zr, const char *part, zip_error_t *err)
{
	switch (libzip.zip_error_code_zip(err)) {
	case ZIP_ER_CRC:
		part_error(zr, part, "damaged (CRC error)");
		break;
	case ZIP_ER_ZLIB:
	case ZIP_ER_COMPRESSED_DATA:
		part_error(zr, part, "corrupt compressed data (%s)",
		    libzip.zip_error_strerror(err));
		break;
	case ZIP_ER_COMPNOTSUPP:
		part_error(zr, part, "compression method not supported");
		break;
	case ZIP_ER_ENCRNOTSUPP:
	case ZIP_ER_NOPASSWD:
	case ZIP_ER_WRONGPASSWD:
		part_error(zr, part, "encrypted: remove the password and "
		    "try again");
		break;
	case ZIP_ER_EOF:
	case ZIP_ER_READ:
	case ZIP_ER_SEEK:
	case ZIP_ER_INCONS:
		part_error(zr, part, "truncated or damaged (%s)",
		    libzip.zip_error_strerror(err));
		break;
	case ZIP_ER_MEMORY:
		xoom();
		/* NOTREACHED */
	default:
		part_error(zr, part, "cannot be read (%s)",
		    libzip.zip_error_strerror(err));
		break;
	}
}

struct zippart *
zippart_open(struct zipread *zr, const char *part)
{
	struct zippart	*zp;
	zip_stat_t	 st;
	zip_int64_t	 idx;
	zip_file_t	*zf;

	if ((idx = libzip.zip_name_locate(zr->za, part, ZIP_FL_NOCASE)) < 0) {
		part_error(zr, part, "missing from the archive");
		return NULL;
	}
	libzip.zip_stat_init(&st);
	if (libzip.zip_stat_index(zr->za, (zip_uint64_t)idx, 0, &st) != 0) {
		read_error(zr, part, libzip.zip_get_error(zr->za));
		return NULL;
	}
	if ((zf = libzip.zip_fopen_index(zr->za, (zip_uint64_t)idx,
	    0)) == NULL) {
		read_error(zr, part, libzip.zip_get_error(zr->za));
		return NULL;
	}
	zp = xcalloc(1, sizeof(*zp));
	zp->zr = zr;
	zp->zf = zf;
	zp->part = xstrdup(part);
	/* A header may claim any size; the file's is an upper bound. */
	zp->comp_size = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size :
	    zr->archive_size;
	if (zp->comp_size > zr->archive_size)
		zp->comp_size = zr->archive_size;
	return zp;
}

long
zippart_read(struct zippart *zp, void *buf, size_t len)
{
	struct zipread		*zr = zp->zr;
	const struct zip_limits	*lim = &zr->lim;
	zip_int64_t		 n;

	if (zr->failed)
		return -1;
	if ((n = libzip.zip_fread(zp->zf, buf, len)) < 0) {
		read_error(zr, zp->part, libzip.zip_file_get_error(zp->zf));
		return -1;
	}
	zp->inflated += (uint64_t)n;
	if (zp->inflated > lim->part_max) {
		part_error(zr, zp->part, "inflates to more than %llu bytes "
		    "(zip bomb? if not, raise --max-part)",
		    (unsigned long long)lim->part_max);
		return -1;
	}
	if (zp->inflated > lim->ratio_floor &&
	    zp->inflated / lim->ratio_max > zp->comp_size) {
		part_error(zr, zp->part, "inflates to more than %u times its "
		    "compressed size (zip bomb? if not, raise --max-ratio)",
		    lim->ratio_max);
		return -1;
	}
	return (long)n;
}

void
zippart_close(struct zippart *zp)
{
	if (zp == NULL)
		return;
	libzip.zip_fclose(zp->zf);
	free(zp->part);
	free(zp);
}

const char *
zippart_name(const struct zippart *zp)
{
	return zp->part;
}

int
zippart_failed(const struct zippart *zp)
{
	return zp->zr->failed;
}

char *
zipread_slurp(struct zipread *zr, const char *part, size_t max, size_t *len)
{
	struct zippart	*zp;
	struct buf	 b = { 0 };
	long		 n;

	*len = 0;
	if (!zipread_has(zr, part) || (zp = zippart_open(zr, part)) == NULL)
		return NULL;
	for (;;) {
		buf_reserve(&b, 4096);
		if ((n = zippart_read(zp, b.data + b.len, 4096)) <= 0)
			break;
		b.len += (size_t)n;
		if (b.len > max) {
			n = -1;
			break;
		}
	}
	zippart_close(zp);
	if (n < 0) {
		buf_free(&b);
		return NULL;
	}
	b.data[b.len] = '\0';
	*len = b.len;
	return b.data;
}
