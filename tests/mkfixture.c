/*
 * mkfixture: build the binary test inputs at test time from parts kept
 * as readable text, so the repository holds no opaque archives.
 *
 *	mkfixture zip OUT DIR [--cut N] [--corrupt PART] [--bomb PART SIZE]
 *	    [--nest PART DEPTH]
 *	    [--noise PART SIZE]
 *	mkfixture ole OUT [--agile DESCRIPTOR SIZE] [STREAM[=FILE] ...]
 *
 * zip: a zip archive of the files under DIR, named by their path below
 * it, in name order, deflated; a "mimetype" file goes first and stored,
 * as OpenDocument wants.  --cut N drops the archive's last N bytes (a
 * truncated download).  --corrupt PART overwrites the first byte of
 * PART's compressed data with 0xFF, an invalid deflate block type.
 * --bomb PART SIZE adds a WordprocessingML part of SIZE bytes (K and M
 * suffixes) that is nothing but empty paragraphs: about a thousand
 * times smaller deflated, as zip bombs are.  --nest PART DEPTH adds a
 * WordprocessingML part whose body holds DEPTH elements, each inside
 * the one before (K suffix allowed).  --noise PART SIZE adds PART
 * holding SIZE bytes that look like ciphertext, stored, as the parts of
 * a password-protected OpenDocument file are (may be repeated).
 *
 * ole: an OLE compound file holding the named streams, each empty or
 * with the bytes of FILE: a Word 97-2003 document (WordDocument) or an
 * encrypted Office document (EncryptionInfo, EncryptedPackage).
 * --agile DESCRIPTOR SIZE adds the two streams of an Office document
 * encrypted with a password as Word does it: EncryptionInfo with the
 * XML encryption descriptor in the file DESCRIPTOR, EncryptedPackage
 * standing for a package of SIZE bytes (K and M suffixes).
 */
#include <sys/stat.h>
#include <sys/types.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <zip.h>

static void
die(const char *what, const char *detail)
{
	fprintf(stderr, "mkfixture: %s%s%s\n", what, detail ? ": " : "",
	    detail ? detail : "");
	exit(2);
}

static char	**names;
static size_t	  nnames, capnames;

static void
walk(const char *root, const char *rel)
{
	char		 path[8192], sub[4096];
	struct dirent	*de;
	struct stat	 st;
	DIR		*d;

	snprintf(path, sizeof(path), "%s%s%s", root, *rel ? "/" : "", rel);
	if ((d = opendir(path)) == NULL)
		die(path, strerror(errno));
	while ((de = readdir(d)) != NULL) {
		if (strcmp(de->d_name, ".") == 0 ||
		    strcmp(de->d_name, "..") == 0)
			continue;
		snprintf(sub, sizeof(sub), "%s%s%s", rel, *rel ? "/" : "",
		    de->d_name);
		snprintf(path, sizeof(path), "%s/%s", root, sub);
		if (stat(path, &st) != 0)
			die(path, strerror(errno));
		if (S_ISDIR(st.st_mode)) {
			walk(root, sub);
			continue;
		}
		if (nnames == capnames) {
			capnames = capnames ? capnames * 2 : 64;
			names = realloc(names, capnames * sizeof(*names));
			if (names == NULL)
				die("out of memory", NULL);
		}
		if ((names[nnames++] = strdup(sub)) == NULL)
			die("out of memory", NULL);
	}
	closedir(d);
}

static int
name_cmp(const void *a, const void *b)
{
	const char	*s = *(const char *const *)a;
	const char	*t = *(const char *const *)b;

	/* mimetype first, then byte order. */
	if (strcmp(s, "mimetype") == 0)
		return -1;
	if (strcmp(t, "mimetype") == 0)
		return 1;
	return strcmp(s, t);
}

static size_t
parse_size(const char *s)
{
	char	*end;
	size_t	 n = strtoul(s, &end, 10);

	if (*end == 'K')
		n <<= 10;
	else if (*end == 'M')
		n <<= 20;
	return n;
}

/* Empty paragraphs, SIZE bytes of them, in a w:document. */
static char *
bomb(size_t size, size_t *len)
{
	static const char	head[] = "<?xml version=\"1.0\"?>\n<w:document "
	    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
	    "2006/main\"><w:body>";
	static const char	tail[] = "</w:body></w:document>\n";
	char			*p;
	size_t			 i, n = sizeof(head) - 1;

	if ((p = malloc(size + sizeof(head) + sizeof(tail))) == NULL)
		die("out of memory", NULL);
	memcpy(p, head, n);
	for (i = 0; i + 6 <= size; i += 6, n += 6)
		memcpy(p + n, "<w:p/>", 6);
	memcpy(p + n, tail, sizeof(tail) - 1);
	*len = n + sizeof(tail) - 1;
	return p;
}

/* A w:document whose body nests depth w:sdtContent elements. */
static char *
nest(size_t depth, size_t *len)
{
	static const char	head[] = "<?xml version=\"1.0\"?>\n<w:document "
	    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
	    "2006/main\"><w:body>";
	static const char	tail[] = "</w:body></w:document>\n";
	static const char	open[] = "<w:sdtContent>";
	static const char	close[] = "</w:sdtContent>";
	static const char	text[] = "<w:p><w:r><w:t>Python</w:t></w:r></w:p>";
	char			*p;
	size_t			 i, n;

	*len = sizeof(head) - 1 + depth * (sizeof(open) - 1) +
	    sizeof(text) - 1 + depth * (sizeof(close) - 1) + sizeof(tail) - 1;
	if ((p = malloc(*len)) == NULL)
		die("out of memory", NULL);
	memcpy(p, head, n = sizeof(head) - 1);
	for (i = 0; i < depth; i++, n += sizeof(open) - 1)
		memcpy(p + n, open, sizeof(open) - 1);
	memcpy(p + n, text, sizeof(text) - 1);
	n += sizeof(text) - 1;
	for (i = 0; i < depth; i++, n += sizeof(close) - 1)
		memcpy(p + n, close, sizeof(close) - 1);
	memcpy(p + n, tail, sizeof(tail) - 1);
	return p;
}

/* Overwrite the first byte of PART's data in the archive file OUT. */
static void
corrupt(const char *out, const char *part)
{
	unsigned char	*d;
	size_t		 len, i, n = strlen(part), nlen, xlen;
	FILE		*f;

	if ((f = fopen(out, "r+b")) == NULL)
		die(out, strerror(errno));
	fseek(f, 0, SEEK_END);
	len = (size_t)ftell(f);
	rewind(f);
	if ((d = malloc(len)) == NULL || fread(d, 1, len, f) != len)
		die(out, "cannot read");
	for (i = 0; i + 30 + n <= len; i++) {
		if (memcmp(d + i, "PK\3\4", 4) != 0)
			continue;
		nlen = d[i + 26] | d[i + 27] << 8;
		xlen = d[i + 28] | d[i + 29] << 8;
		if (nlen != n || memcmp(d + i + 30, part, n) != 0)
			continue;
		fseek(f, (long)(i + 30 + nlen + xlen), SEEK_SET);
		fputc(0xFF, f);
		fclose(f);
		free(d);
		return;
	}
	die(part, "not in the archive");
}

static void *
xalloc(size_t n)
{
	void	*p = calloc(1, n ? n : 1);

	if (p == NULL)
		die("out of memory", NULL);
	return p;
}

/* A whole file, read into memory. */
static unsigned char *
slurp(const char *path, size_t *len)
{
	unsigned char	*d;
	long		 n;
	FILE		*f;

	if ((f = fopen(path, "rb")) == NULL)
		die(path, strerror(errno));
	if (fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0)
		die(path, "cannot seek");
	rewind(f);
	d = xalloc((size_t)n);
	if (fread(d, 1, (size_t)n, f) != (size_t)n)
		die(path, "cannot read");
	fclose(f);
	*len = (size_t)n;
	return d;
}

/*
 * Bytes that look like ciphertext: the same ones on every run
 * (xorshift32), so that fixtures are reproducible.
 */
static void
noise(unsigned char *p, size_t n)
{
	static unsigned long	x = 2463534242UL;
	size_t			i;

	for (i = 0; i < n; i++) {
		x ^= (x << 13) & 0xFFFFFFFFUL;
		x ^= x >> 17;
		x ^= (x << 5) & 0xFFFFFFFFUL;
		p[i] = (unsigned char)(x >> 11);
	}
}

/* Add PART of size bytes of noise, stored, as encrypted parts are. */
static void
add_noise(zip_t *za, const char *part, size_t size)
{
	zip_source_t	*src;
	zip_int64_t	 idx;
	unsigned char	*data = xalloc(size);

	noise(data, size);
	if ((src = zip_source_buffer(za, data, size, 1)) == NULL ||
	    (idx = zip_file_add(za, part, src, 0)) < 0)
		die(part, zip_strerror(za));
	zip_set_file_compression(za, (zip_uint64_t)idx, ZIP_CM_STORE, 0);
	zip_file_set_mtime(za, (zip_uint64_t)idx, 1700000000, 0);
}

static void
make_zip(int argc, char **argv)
{
	const char	*out = argv[0], *dir = argv[1], *bomb_part = NULL;
	const char	*corrupt_part = NULL, *nest_part = NULL;
	const char	*noise_part[16];
	char		 path[4096], *data;
	size_t		 i, cut = 0, bomb_size = 0, depth = 0, len;
	size_t		 noise_size[16], nnoise = 0;
	zip_source_t	*src;
	zip_int64_t	 idx;
	zip_t		*za;
	int		 err;

	for (i = 2; i < (size_t)argc; i++) {
		if (strcmp(argv[i], "--cut") == 0 && i + 1 < (size_t)argc)
			cut = parse_size(argv[++i]);
		else if (strcmp(argv[i], "--corrupt") == 0 &&
		    i + 1 < (size_t)argc)
			corrupt_part = argv[++i];
		else if (strcmp(argv[i], "--bomb") == 0 &&
		    i + 2 < (size_t)argc) {
			bomb_part = argv[++i];
			bomb_size = parse_size(argv[++i]);
		} else if (strcmp(argv[i], "--nest") == 0 &&
		    i + 2 < (size_t)argc) {
			nest_part = argv[++i];
			depth = parse_size(argv[++i]);
		} else if (strcmp(argv[i], "--noise") == 0 &&
		    i + 2 < (size_t)argc && nnoise < 16) {
			noise_part[nnoise] = argv[++i];
			noise_size[nnoise++] = parse_size(argv[++i]);
		} else
			die("unknown option", argv[i]);
	}
	walk(dir, "");
	qsort(names, nnames, sizeof(*names), name_cmp);
	if ((za = zip_open(out, ZIP_CREATE | ZIP_TRUNCATE, &err)) == NULL)
		die(out, "cannot create");
	for (i = 0; i < nnames; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		if ((src = zip_source_file(za, path, 0, -1)) == NULL ||
		    (idx = zip_file_add(za, names[i], src, 0)) < 0)
			die(path, zip_strerror(za));
		zip_set_file_compression(za, (zip_uint64_t)idx,
		    strcmp(names[i], "mimetype") == 0 ? ZIP_CM_STORE :
		    ZIP_CM_DEFLATE, 9);
		zip_file_set_mtime(za, (zip_uint64_t)idx, 1700000000, 0);
	}
	if (bomb_part != NULL) {
		data = bomb(bomb_size, &len);
		if ((src = zip_source_buffer(za, data, len, 1)) == NULL ||
		    (idx = zip_file_add(za, bomb_part, src, 0)) < 0)
			die(bomb_part, zip_strerror(za));
	}
	if (nest_part != NULL) {
		data = nest(depth, &len);
		if ((src = zip_source_buffer(za, data, len, 1)) == NULL ||
		    (idx = zip_file_add(za, nest_part, src, 0)) < 0)
			die(nest_part, zip_strerror(za));
	}
	for (i = 0; i < nnoise; i++)
		add_noise(za, noise_part[i], noise_size[i]);
	if (zip_close(za) != 0)
		die(out, zip_strerror(za));
	if (corrupt_part != NULL)
		corrupt(out, corrupt_part);
	if (cut > 0) {
		struct stat	st;

		if (stat(out, &st) != 0 || (size_t)st.st_size <= cut ||
		    truncate(out, st.st_size - (off_t)cut) != 0)
			die(out, "cannot cut");
	}
}

static void
put32(unsigned char *p, unsigned long v)
{
	p[0] = v & 0xFF;
	p[1] = (v >> 8) & 0xFF;
	p[2] = (v >> 16) & 0xFF;
	p[3] = (v >> 24) & 0xFF;
}

#define OLE_SECTOR	512
#define OLE_MINI	64
#define OLE_CUTOFF	4096		/* smaller streams: the mini stream */
#define OLE_FREE	0xFFFFFFFFUL
#define OLE_END		0xFFFFFFFEUL
#define OLE_FATSECT	0xFFFFFFFDUL
#define OLE_MAX_STREAMS	64

struct stream {
	const char	*name;
	char		*own_name;	/* name, when allocated */
	unsigned char	*data;		/* owned */
	size_t		 len;
	unsigned long	 start;		/* sector or mini sector */
};

/* Sectors needed for n bytes in units of size. */
static size_t
units(size_t n, size_t size)
{
	return (n + size - 1) / size;
}

/* Chain count entries from first in a FAT of 32-bit entries. */
static void
chain(unsigned char *fat, size_t first, size_t count)
{
	size_t	i;

	for (i = 0; i < count; i++)
		put32(fat + 4 * (first + i), i + 1 < count ?
		    (unsigned long)(first + i + 1) : OLE_END);
}

/*
 * A compound file laid out as Office lays one out: streams under 4096
 * bytes in the mini stream (64-byte mini sectors chained by the mini
 * FAT, kept in the root entry's stream), larger ones in 512-byte
 * sectors of their own, then the mini FAT, the directory and the FAT.
 * The directory's entries hang off the root as one chain of right
 * siblings.
 */
static void
write_ole(const char *path, struct stream *st, size_t n)
{
	unsigned char	*f, *fat, *minifat, *mini, *dir, *e;
	size_t		 i, j, nbig = 0, nmini = 0, nminisect, nminifat;
	size_t		 ndir, nfat, nsect, at, minilen, ministart;
	size_t		 minifatstart, dirstart, fatstart;
	const char	*name;
	FILE		*out;

	for (i = 0; i < n; i++) {
		if (st[i].len >= OLE_CUTOFF)
			nbig += units(st[i].len, OLE_SECTOR);
		else
			nmini += units(st[i].len, OLE_MINI);
	}
	minilen = nmini * OLE_MINI;
	nminisect = units(minilen, OLE_SECTOR);
	nminifat = units(nmini * 4, OLE_SECTOR);
	ndir = units(n + 1, OLE_SECTOR / 128);
	for (nfat = 1; ; nfat++) {
		nsect = nbig + nminisect + nminifat + ndir + nfat;
		if (nsect <= nfat * (OLE_SECTOR / 4))
			break;
	}
	if (nfat > 109)
		die("ole", "streams too large for a FAT without DIFAT");
	f = xalloc(OLE_SECTOR * (1 + nsect));
	fat = xalloc(nfat * OLE_SECTOR);
	minifat = xalloc(nminifat * OLE_SECTOR + 1);
	mini = xalloc(nminisect * OLE_SECTOR + 1);
	memset(fat, 0xFF, nfat * OLE_SECTOR);
	memset(minifat, 0xFF, nminifat * OLE_SECTOR);

	/* Stream data: big streams in sectors, small in mini sectors. */
	at = j = 0;
	for (i = 0; i < n; i++) {
		if (st[i].len == 0) {
			st[i].start = OLE_END;
		} else if (st[i].len >= OLE_CUTOFF) {
			st[i].start = at;
			memcpy(f + OLE_SECTOR * (1 + at), st[i].data,
			    st[i].len);
			chain(fat, at, units(st[i].len, OLE_SECTOR));
			at += units(st[i].len, OLE_SECTOR);
		} else {
			st[i].start = j;
			memcpy(mini + OLE_MINI * j, st[i].data, st[i].len);
			chain(minifat, j, units(st[i].len, OLE_MINI));
			j += units(st[i].len, OLE_MINI);
		}
	}
	ministart = at;
	memcpy(f + OLE_SECTOR * (1 + at), mini, nminisect * OLE_SECTOR);
	chain(fat, at, nminisect);
	at += nminisect;
	minifatstart = at;
	memcpy(f + OLE_SECTOR * (1 + at), minifat, nminifat * OLE_SECTOR);
	chain(fat, at, nminifat);
	at += nminifat;
	dirstart = at;
	chain(fat, at, ndir);
	at += ndir;
	fatstart = at;
	for (i = 0; i < nfat; i++)
		put32(fat + 4 * (fatstart + i), OLE_FATSECT);
	memcpy(f + OLE_SECTOR * (1 + fatstart), fat, nfat * OLE_SECTOR);

	/* The directory: the root entry, then one entry per stream. */
	dir = f + OLE_SECTOR * (1 + dirstart);
	memset(dir, 0, ndir * OLE_SECTOR);
	for (i = 0; i < ndir * (OLE_SECTOR / 128); i++) {
		e = dir + 128 * i;
		put32(e + 68, OLE_FREE);	/* left sibling */
		put32(e + 72, OLE_FREE);	/* right sibling */
		put32(e + 76, OLE_FREE);	/* child */
		if (i > n)
			continue;
		name = i == 0 ? "Root Entry" : st[i - 1].name;
		for (j = 0; name[j] != '\0' && j < 31; j++)
			e[2 * j] = (unsigned char)name[j];
		e[64] = (unsigned char)((j + 1) * 2);
		e[66] = i == 0 ? 5 : 2;		/* root storage, stream */
		e[67] = 1;			/* black */
		if (i == 0) {
			if (n > 0)
				put32(e + 76, 1);
			put32(e + 116, nminisect ? ministart : OLE_END);
			put32(e + 120, minilen);
			continue;
		}
		if (i < n)
			put32(e + 72, i + 1);
		put32(e + 116, st[i - 1].start);
		put32(e + 120, st[i - 1].len);
	}

	/* The header. */
	memcpy(f, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
	f[24] = 0x3E;			/* minor version */
	f[26] = 3;			/* major version: 512-byte sectors */
	f[28] = 0xFE, f[29] = 0xFF;	/* byte order */
	f[30] = 9;			/* sector shift */
	f[32] = 6;			/* mini sector shift */
	put32(f + 44, nfat);
	put32(f + 48, dirstart);
	put32(f + 56, OLE_CUTOFF);
	put32(f + 60, nminifat ? minifatstart : OLE_END);
	put32(f + 64, nminifat);
	put32(f + 68, OLE_END);		/* no DIFAT sectors */
	for (i = 0; i < 109; i++)
		put32(f + 76 + 4 * i, i < nfat ? fatstart + i : OLE_FREE);

	if ((out = fopen(path, "wb")) == NULL ||
	    fwrite(f, 1, OLE_SECTOR * (1 + nsect), out) !=
	    OLE_SECTOR * (1 + nsect) || fclose(out) != 0)
		die(path, strerror(errno));
	free(f);
	free(fat);
	free(minifat);
	free(mini);
}

/*
 * An agile-encrypted package as Word writes it: EncryptionInfo is
 * version 4.4, flags 0x40, then the XML encryption descriptor;
 * EncryptedPackage is the package's size in 8 bytes, then the package
 * encrypted in 4096-byte segments of 16-byte AES blocks.
 */
static void
agile(struct stream *st, const char *descriptor, size_t size)
{
	size_t	len, padded = units(size, 16) * 16;

	st[0].name = "EncryptionInfo";
	st[0].data = slurp(descriptor, &len);
	st[0].data = realloc(st[0].data, len + 8);
	if (st[0].data == NULL)
		die("out of memory", NULL);
	memmove(st[0].data + 8, st[0].data, len);
	memcpy(st[0].data, "\4\0\4\0\x40\0\0\0", 8);
	st[0].len = len + 8;
	st[1].name = "EncryptedPackage";
	st[1].data = xalloc(8 + padded);
	put32(st[1].data, size & 0xFFFFFFFFUL);
	noise(st[1].data + 8, padded);
	st[1].len = 8 + padded;
}

static void
make_ole(int argc, char **argv)
{
	struct stream	 st[OLE_MAX_STREAMS];
	const char	*eq;
	size_t		 n = 0;
	int		 i;

	memset(st, 0, sizeof(st));
	for (i = 1; i < argc; i++) {
		if (n + 2 > OLE_MAX_STREAMS)
			die("ole", "too many streams");
		if (strcmp(argv[i], "--agile") == 0 && i + 2 < argc) {
			agile(st + n, argv[i + 1], parse_size(argv[i + 2]));
			n += 2;
			i += 2;
		} else if (strncmp(argv[i], "--", 2) == 0)
			die("unknown option", argv[i]);
		else if ((eq = strchr(argv[i], '=')) != NULL) {
			st[n].own_name = strndup(argv[i],
			    (size_t)(eq - argv[i]));
			if ((st[n].name = st[n].own_name) == NULL)
				die("out of memory", NULL);
			st[n].data = slurp(eq + 1, &st[n].len);
			n++;
		} else
			st[n++].name = argv[i];
	}
	write_ole(argv[0], st, n);
	for (i = 0; i < (int)n; i++) {
		free(st[i].own_name);
		free(st[i].data);
	}
}

int
main(int argc, char *argv[])
{
	if (argc >= 4 && strcmp(argv[1], "zip") == 0)
		make_zip(argc - 2, argv + 2);
	else if (argc >= 3 && strcmp(argv[1], "ole") == 0)
		make_ole(argc - 2, argv + 2);
	else {
		fputs("usage: mkfixture zip OUT DIR [--cut N] [--corrupt PART]"
		    " [--bomb PART SIZE]\n"
		    "                    [--nest PART DEPTH]\n"
			    "                    [--noise PART SIZE]\n"
		    "       mkfixture ole OUT [--agile DESCRIPTOR SIZE]"
		    " [STREAM[=FILE] ...]\n", stderr);
		return 2;
	}
	return 0;
}
