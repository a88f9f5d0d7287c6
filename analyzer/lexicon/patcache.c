/*
 * patcache.c: compiled lexicon patterns kept between runs.
 *
 * An entry is one file, $XDG_CACHE_HOME/gapcheck/patterns-HASH (or
 * ~/.cache/gapcheck/...), HASH of the name it is for (a lexicon's real
 * path), so an edited lexicon replaces its entry rather than piling up
 * new ones:
 *
 *	"gapcheck patterns 1 " PCRE2-VERSION "\n"
 *	keylen, bloblen, checksum	three uint64_t, native order
 *	key				what the patterns were made from
 *	blob				pcre2_serialize_encode's output
 *
 * PCRE2 checks little of serialized data before running it, so the
 * checksum covers key and blob: a torn or damaged file is a miss, not
 * a crash.  The format is native and tied to one PCRE2 version, as
 * PCRE2's own is; a cache is not meant to travel between machines.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "patcache.h"
#include "util.h"

#define MAGIC		"gapcheck patterns 1 "
/* Far above any lexicon's patterns; a larger file is not an entry. */
#define ENTRY_MAXSIZE	(256u << 20)

int
patcache_enabled(void)
{
	const char	*s = getenv("GAPCHECK_NO_CACHE");

	return s == NULL || *s == '\0';
}

/*
 * The cache directory, allocated, or NULL when there is none: the XDG
 * base directory rules, where a relative XDG_CACHE_HOME is ignored.
 */
static char *
cache_dir(void)
{
	const char	*xdg = getenv("XDG_CACHE_HOME");
	const char	*home = getenv("HOME");
	char		*dir;
	size_t		 len;

	if (xdg != NULL && xdg[0] == '/') {
		len = strlen(xdg) + sizeof("/gapcheck");
		dir = xmalloc(len);
		snprintf(dir, len, "%s/gapcheck", xdg);
	} else if (home != NULL && home[0] == '/') {
		len = strlen(home) + sizeof("/.cache/gapcheck");
		dir = xmalloc(len);
		snprintf(dir, len, "%s/.cache/gapcheck", home);
	} else
		return NULL;
	return dir;
}

/* FNV-1a: only names a file, whose content is checked on its own. */
static uint64_t
hash_name(const char *s)
{
	uint64_t	h = 0xcbf29ce484222325ULL;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
	return h;
}

/*
 * A checksum of a word at a time: an entry is some hundreds of KB and
 * is checked on every run, where a byte at a time would cost more than
 * decoding it.  It catches damage, not forgery; the directory is the
 * user's own.
 */
static uint64_t
checksum(uint64_t h, const void *data, size_t n)
{
	const unsigned char	*p = data;
	uint64_t		 w;

	for (; n >= 8; p += 8, n -= 8) {
		memcpy(&w, p, 8);
		h = (h ^ w) * 0x9e3779b97f4a7c15ULL;
		h ^= h >> 29;
	}
	for (; n > 0; p++, n--)
		h = (h ^ *p) * 0x100000001b3ULL;
	return h;
}

/* The entry's path for name, allocated, or NULL; its directory too. */
static char *
entry_path(const char *name, char **dirp)
{
	char	*dir, *entry;
	size_t	 len;

	if ((dir = cache_dir()) == NULL)
		return NULL;
	len = strlen(dir) + sizeof("/patterns-") + 16;
	entry = xmalloc(len);
	snprintf(entry, len, "%s/patterns-%016llx", dir,
	    (unsigned long long)hash_name(name));
	if (dirp != NULL)
		*dirp = dir;
	else
		free(dir);
	return entry;
}

/* The first line of an entry, for this PCRE2. */
static void
magic_line(char *buf, size_t size)
{
	char	ver[64];

	if (pcre2_config(PCRE2_CONFIG_VERSION, ver) < 0)
		ver[0] = '\0';
	snprintf(buf, size, "%s%s\n", MAGIC, ver);
}

/* The whole of a regular file no larger than ENTRY_MAXSIZE, or -1. */
static int
read_entry(const char *path, struct buf *b)
{
	struct stat	st;
	ssize_t		n;
	int		fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return -1;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) ||
	    st.st_size > (off_t)ENTRY_MAXSIZE) {
		close(fd);
		return -1;
	}
	buf_reserve(b, (size_t)st.st_size + 1);
	while (b->len < (size_t)st.st_size) {
		n = read(fd, b->data + b->len, (size_t)st.st_size - b->len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		b->len += (size_t)n;
	}
	close(fd);
	return b->len == (size_t)st.st_size ? 0 : -1;
}

int
patcache_load(const char *name, const char *key, size_t keylen,
    void **codes, size_t ncodes)
{
	struct buf	 b = { 0 };
	char		 magic[128];
	char		*entry;
	const char	*p;
	uint64_t	 h[3];
	size_t		 mlen, rest;
	int32_t		 n;
	int		 ok = -1;

	if ((entry = entry_path(name, NULL)) == NULL)
		return -1;
	magic_line(magic, sizeof(magic));
	mlen = strlen(magic);
	if (read_entry(entry, &b) < 0 || b.len < mlen + sizeof(h) ||
	    memcmp(b.data, magic, mlen) != 0)
		goto out;
	memcpy(h, b.data + mlen, sizeof(h));
	p = b.data + mlen + sizeof(h);
	rest = b.len - mlen - sizeof(h);
	/* The sizes first, so that no sum of them can wrap. */
	if (h[0] != keylen || h[1] > rest || rest - h[1] != keylen ||
	    memcmp(p, key, keylen) != 0 ||
	    checksum(checksum(0, p, keylen), p + keylen, h[1]) != h[2])
		goto out;
	p += keylen;
	if (pcre2_serialize_get_number_of_codes((const uint8_t *)p) !=
	    (int32_t)ncodes)
		goto out;
	n = pcre2_serialize_decode((pcre2_code **)codes, (int32_t)ncodes,
	    (const uint8_t *)p, NULL);
	if (n == (int32_t)ncodes)
		ok = 0;
	else
		while (n > 0)
			pcre2_code_free(codes[--n]);
out:
	buf_free(&b);
	free(entry);
	return ok;
}

/* Write all of data to fd, or -1. */
static int
write_all(int fd, const void *data, size_t len)
{
	const char	*p = data;
	ssize_t		 n;

	while (len > 0) {
		if ((n = write(fd, p, len)) < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

/*
 * Written to a temporary file beside the entry and renamed over it, so
 * another gapcheck reading at the same time sees the old entry or the
 * new one, never half of one.
 */
void
patcache_store(const char *name, const char *key, size_t keylen,
    void *const *codes, size_t ncodes)
{
	char		 magic[128];
	char		*dir = NULL, *entry, *tmp = NULL, *parent;
	uint8_t		*blob = NULL;
	PCRE2_SIZE	 bloblen;
	uint64_t	 h[3];
	size_t		 len;
	int		 fd, ok;

	if ((entry = entry_path(name, &dir)) == NULL)
		return;
	if (pcre2_serialize_encode((const pcre2_code **)(uintptr_t)codes,
	    (int32_t)ncodes, &blob, &bloblen, NULL) < 0)
		goto out;
	/* ~/.cache may not exist yet; its parent, the home, does. */
	if ((parent = strrchr(dir, '/')) != NULL && parent != dir) {
		*parent = '\0';
		(void)mkdir(dir, 0700);
		*parent = '/';
	}
	if (mkdir(dir, 0700) < 0 && errno != EEXIST)
		goto out;
	len = strlen(dir) + sizeof("/.patterns-XXXXXX");
	tmp = xmalloc(len);
	snprintf(tmp, len, "%s/.patterns-XXXXXX", dir);
	if ((fd = mkstemp(tmp)) < 0)
		goto out;
	magic_line(magic, sizeof(magic));
	h[0] = keylen;
	h[1] = bloblen;
	h[2] = checksum(checksum(0, key, keylen), blob, bloblen);
	ok = write_all(fd, magic, strlen(magic)) == 0 &&
	    write_all(fd, h, sizeof(h)) == 0 &&
	    write_all(fd, key, keylen) == 0 &&
	    write_all(fd, blob, bloblen) == 0;
	if (close(fd) < 0 || !ok || rename(tmp, entry) < 0)
		(void)unlink(tmp);
out:
	if (blob != NULL)
		pcre2_serialize_free(blob);
	free(tmp);
	free(entry);
	free(dir);
}
