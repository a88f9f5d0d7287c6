/*
 * mkfixture: build the binary test inputs at test time from parts kept
 * as readable text, so the repository holds no opaque archives.
 *
 *	mkfixture zip OUT DIR [--cut N] [--corrupt PART] [--bomb PART SIZE]
 *	    [--nest PART DEPTH]
 *	mkfixture ole OUT STREAM ...
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
 * the one before (K suffix allowed).
 *
 * ole: an OLE compound file whose directory holds the named streams
 * (empty), enough to look like a Word 97-2003 document (WordDocument)
 * or an encrypted Office document (EncryptionInfo, EncryptedPackage).
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

static void
make_zip(int argc, char **argv)
{
	const char	*out = argv[0], *dir = argv[1], *bomb_part = NULL;
	const char	*corrupt_part = NULL, *nest_part = NULL;
	char		 path[4096], *data;
	size_t		 i, cut = 0, bomb_size = 0, depth = 0, len;
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

/* Header, one FAT sector, one directory sector of up to 4 entries. */
static void
make_ole(int argc, char **argv)
{
	unsigned char	 f[512 * 3], *e;
	const char	*name;
	size_t		 i, j;
	FILE		*out;

	if (argc > 4)
		die("ole", "at most 3 streams");
	memset(f, 0, sizeof(f));
	memcpy(f, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
	f[24] = 0x3E;			/* minor version */
	f[26] = 3;			/* major version: 512-byte sectors */
	f[28] = 0xFE, f[29] = 0xFF;	/* byte order */
	f[30] = 9;			/* sector shift */
	f[32] = 6;			/* mini sector shift */
	put32(f + 44, 1);		/* FAT sectors */
	put32(f + 48, 1);		/* first directory sector */
	put32(f + 56, 4096);		/* mini stream cutoff */
	put32(f + 60, 0xFFFFFFFE);	/* no mini FAT */
	put32(f + 68, 0xFFFFFFFE);	/* no DIFAT sectors */
	put32(f + 76, 0);		/* the FAT is sector 0 */
	for (i = 1; i < 109; i++)
		put32(f + 76 + 4 * i, 0xFFFFFFFF);
	for (i = 0; i < 128; i++)
		put32(f + 512 + 4 * i, 0xFFFFFFFF);
	put32(f + 512, 0xFFFFFFFD);	/* sector 0: FAT */
	put32(f + 516, 0xFFFFFFFE);	/* sector 1: directory, end */
	for (i = 0; i < 4; i++) {
		e = f + 1024 + 128 * i;
		name = i == 0 ? "Root Entry" : (int)i < argc ? argv[i] : NULL;
		put32(e + 68, 0xFFFFFFFF);	/* left sibling */
		put32(e + 72, 0xFFFFFFFF);	/* right sibling */
		put32(e + 76, 0xFFFFFFFF);	/* child */
		if (name == NULL)
			continue;
		for (j = 0; name[j] != '\0' && j < 31; j++)
			e[2 * j] = (unsigned char)name[j];
		e[64] = (unsigned char)((j + 1) * 2);
		e[66] = i == 0 ? 5 : 2;		/* root storage, stream */
		e[67] = 1;			/* black */
		if (i == 0 && argc > 1)
			put32(e + 76, 1);
		if (i > 0 && (int)i + 1 < argc)
			put32(e + 72, (unsigned long)i + 1);
		put32(e + 116, 0xFFFFFFFE);	/* starting sector: none */
	}
	if ((out = fopen(argv[0], "wb")) == NULL ||
	    fwrite(f, 1, sizeof(f), out) != sizeof(f) || fclose(out) != 0)
		die(argv[0], strerror(errno));
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
		    "       mkfixture ole OUT STREAM ...\n", stderr);
		return 2;
	}
	return 0;
}
