/*
 * docx.c: fuzz the DOCX and ODT readers.  An input that starts with a
 * zip signature is read as it is, archive and all.  Any other input is
 * a list of parts, zipped here (stored, with correct checksums) before
 * it is read, so the fuzzer spends its time on the XML and on how the
 * readers follow the package, not on checksums:
 *
 *	@@ [Content_Types].xml
 *	<Types .../>
 *	@@ word/document.xml
 *	<w:document ...>...</w:document>
 *
 * A part's text runs to the next "\n@@ " line.  Text before the first
 * such line is word/document.xml in a package with no other part.
 */
#include <string.h>

#include <zlib.h>

#include "read.h"
#include "fuzz.h"

#define MAX_PARTS	32

struct part {
	char		 name[256];
	const uint8_t	*data;
	size_t		 len;
};

static void
put16(uint8_t *p, unsigned v)
{
	p[0] = v & 0xff;
	p[1] = v >> 8 & 0xff;
}

static void
put32(uint8_t *p, unsigned long v)
{
	put16(p, v & 0xffff);
	put16(p + 2, v >> 16 & 0xffff);
}

/* A stored zip of the parts; the caller frees it. */
static uint8_t *
zip(const struct part *parts, size_t n, size_t *len)
{
	uint8_t		*z, *p, *cd;
	size_t		 i, size = 22, cdsize = 0, nl;
	unsigned long	 crc, *offs;

	for (i = 0; i < n; i++)
		size += 30 + 46 + 2 * strlen(parts[i].name) + parts[i].len;
	if ((z = malloc(size)) == NULL || (offs = calloc(n + 1,
	    sizeof(*offs))) == NULL)
		abort();
	p = z;
	for (i = 0; i < n; i++) {
		nl = strlen(parts[i].name);
		crc = crc32(0, parts[i].data, (uInt)parts[i].len);
		offs[i] = (unsigned long)(p - z);
		memset(p, 0, 30);
		put32(p, 0x04034b50);
		put16(p + 4, 20);
		put32(p + 14, crc);
		put32(p + 18, parts[i].len);
		put32(p + 22, parts[i].len);
		put16(p + 26, (unsigned)nl);
		memcpy(p + 30, parts[i].name, nl);
		if (parts[i].len > 0)
			memcpy(p + 30 + nl, parts[i].data, parts[i].len);
		p += 30 + nl + parts[i].len;
	}
	cd = p;
	for (i = 0; i < n; i++) {
		nl = strlen(parts[i].name);
		crc = crc32(0, parts[i].data, (uInt)parts[i].len);
		memset(p, 0, 46);
		put32(p, 0x02014b50);
		put16(p + 4, 20);
		put16(p + 6, 20);
		put32(p + 16, crc);
		put32(p + 20, parts[i].len);
		put32(p + 24, parts[i].len);
		put16(p + 28, (unsigned)nl);
		put32(p + 42, offs[i]);
		memcpy(p + 46, parts[i].name, nl);
		p += 46 + nl;
		cdsize += 46 + nl;
	}
	memset(p, 0, 22);
	put32(p, 0x06054b50);
	put16(p + 8, (unsigned)n);
	put16(p + 10, (unsigned)n);
	put32(p + 12, cdsize);
	put32(p + 16, (unsigned long)(cd - z));
	p += 22;
	free(offs);
	*len = (size_t)(p - z);
	return z;
}

/* The next "\n@@ " at or after from, or end. */
static size_t
next_mark(const uint8_t *d, size_t from, size_t end)
{
	const uint8_t	*m;

	for (; from + 4 <= end; from = (size_t)(m - d) + 1) {
		if ((m = memchr(d + from, '\n', end - from)) == NULL ||
		    (size_t)(m - d) + 4 > end)
			return end;
		if (memcmp(m, "\n@@ ", 4) == 0)
			return (size_t)(m - d);
	}
	return end;
}

/* Split data into parts; how many. */
static size_t
split(const uint8_t *d, size_t len, struct part *parts)
{
	size_t		 n = 0, at = 0, eol, nl;
	const uint8_t	*e;

	if (len < 3 || memcmp(d, "@@ ", 3) != 0) {
		strcpy(parts[0].name, "[Content_Types].xml");
		parts[0].data = (const uint8_t *)"<Types/>";
		parts[0].len = 8;
		strcpy(parts[1].name, "word/document.xml");
		parts[1].data = d;
		parts[1].len = next_mark(d, 0, len);
		return 2;
	}
	while (at < len && n < MAX_PARTS) {
		/* at is on "@@ NAME\n". */
		e = memchr(d + at, '\n', len - at);
		eol = e != NULL ? (size_t)(e - d) : len;
		nl = eol - at - 3;
		if (nl >= sizeof(parts[n].name))
			nl = sizeof(parts[n].name) - 1;
		memcpy(parts[n].name, d + at + 3, nl);
		parts[n].name[nl] = '\0';
		if (strlen(parts[n].name) != nl)
			return n;	/* a NUL in a name: the rest is noise */
		at = eol < len ? eol + 1 : len;
		parts[n].data = d + at;
		parts[n].len = next_mark(d, at, len) - at;
		n++;
		at += parts[n - 1].len + 1;
	}
	return n;
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct read_options	 ro = { .max_size = 1u << 20 };
	struct part		 parts[MAX_PARTS];
	struct diag		 diag;
	struct doc		*doc;
	uint8_t			*z = NULL;
	size_t			 n, zlen;

	diag_init(&diag, fuzz_null());
	if (size >= 2 && memcmp(data, "PK", 2) == 0) {
		doc = doc_from_bytes("fuzz.docx", data, size, &ro, &diag);
	} else {
		if ((n = split(data, size, parts)) == 0)
			return 0;
		z = zip(parts, n, &zlen);
		doc = doc_from_bytes("fuzz.docx", z, zlen, &ro, &diag);
	}
	doc_free(doc);
	free(z);
	return 0;
}
