/*
 * sniff.c: magic numbers first, then a look at the bytes.
 */
#include <ctype.h>
#include <string.h>

#include "sniff.h"

/* How much of the input the byte statistics look at. */
#define SNIFF_WINDOW	8192

struct magic {
	const char	*bytes;
	size_t		 len;
	enum sniff_kind	 kind;
	const char	*what;
};

static const struct magic magics[] = {
	{ "PK\3\4", 4, SNIFF_ZIP, NULL },
	{ "PK\5\6", 4, SNIFF_ZIP, NULL },	/* empty archive */
	{ "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8, SNIFF_OLE, NULL },
	{ "%PDF-", 5, SNIFF_PDF, NULL },
	{ "\x7F" "ELF", 4, SNIFF_BINARY, "an executable (ELF)" },
	{ "\x89PNG", 4, SNIFF_BINARY, "a PNG image" },
	{ "\xFF\xD8\xFF", 3, SNIFF_BINARY, "a JPEG image" },
	{ "GIF8", 4, SNIFF_BINARY, "a GIF image" },
	{ "\x1F\x8B", 2, SNIFF_BINARY, "gzip-compressed data" },
	{ "BZh", 3, SNIFF_BINARY, "bzip2-compressed data" },
	{ "\xFD" "7zXZ", 5, SNIFF_BINARY, "xz-compressed data" },
	{ "7z\xBC\xAF", 4, SNIFF_BINARY, "a 7-Zip archive" },
	{ "Rar!", 4, SNIFF_BINARY, "a RAR archive" },
	{ "{\\rtf", 5, SNIFF_RTF, NULL },
	{ NULL, 0, SNIFF_TEXT, NULL }
};

/* How far into the input an HTML page must have started. */
#define SNIFF_HTML_WINDOW	1024

/* Case-insensitive: whether d[0..len) starts with the ASCII prefix. */
static int
starts(const unsigned char *d, size_t len, const char *prefix)
{
	size_t	i;

	for (i = 0; prefix[i] != '\0'; i++)
		if (i >= len || tolower(d[i]) != prefix[i])
			return 0;
	return 1;
}

/*
 * An HTML page opens, after white space, comments and an XML
 * declaration, with a doctype or one of the elements that start a page.
 */
static int
is_html(const unsigned char *d, size_t len)
{
	static const char *const opens[] = {
		"<!doctype html", "<html", "<head", "<body", "<meta",
		"<title", NULL
	};
	const unsigned char	*end;
	size_t			 i = 0, j;

	if (len > SNIFF_HTML_WINDOW)
		len = SNIFF_HTML_WINDOW;
	if (len >= 3 && memcmp(d, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	for (;;) {
		while (i < len && isspace(d[i]))
			i++;
		if (starts(d + i, len - i, "<!--"))
			end = (const unsigned char *)"-->";
		else if (starts(d + i, len - i, "<?xml"))
			end = (const unsigned char *)"?>";
		else
			break;
		for (j = i + 4; j < len && !starts(d + j, len - j,
		    (const char *)end); j++)
			;
		if (j >= len)
			return 0;
		i = j + strlen((const char *)end);
	}
	for (j = 0; opens[j] != NULL; j++)
		if (starts(d + i, len - i, opens[j]) &&
		    (i + strlen(opens[j]) >= len ||
		    !isalnum(d[i + strlen(opens[j])])))
			return 1;
	return 0;
}

enum sniff_kind
sniff(const unsigned char *d, size_t len, const char **what)
{
	const struct magic	*m;
	size_t			 n = len < SNIFF_WINDOW ? len : SNIFF_WINDOW;
	size_t			 i, zeros[2] = { 0, 0 }, controls = 0;

	*what = NULL;
	for (m = magics; m->bytes != NULL; m++)
		if (len >= m->len && memcmp(d, m->bytes, m->len) == 0) {
			*what = m->what;
			return m->kind;
		}
	if (len >= 2 && d[0] == 0xFF && d[1] == 0xFE)
		return SNIFF_UTF16LE;
	if (len >= 2 && d[0] == 0xFE && d[1] == 0xFF)
		return SNIFF_UTF16BE;

	for (i = 0; i < n; i++) {
		if (d[i] == 0)
			zeros[i & 1]++;
		else if (d[i] < 0x20 && d[i] != '\n' && d[i] != '\r' &&
		    d[i] != '\t' && d[i] != '\f' && d[i] != '\v' &&
		    d[i] != 0x1B)
			controls++;
	}
	/*
	 * UTF-16 without a byte order mark: mostly-ASCII text leaves one
	 * byte of each pair zero and the other not.
	 */
	if (n >= 4 && zeros[1] * 10 >= n / 2 * 7 && zeros[0] * 10 < n / 2)
		return SNIFF_UTF16LE;
	if (n >= 4 && zeros[0] * 10 >= n / 2 * 7 && zeros[1] * 10 < n / 2)
		return SNIFF_UTF16BE;
	/* A few stray NULs are text with damage; many are not text. */
	if ((zeros[0] + zeros[1] + controls) * 20 > n) {
		*what = "binary data, not a text document";
		return SNIFF_BINARY;
	}
	return is_html(d, len) ? SNIFF_HTML : SNIFF_TEXT;
}

/*
 * An OLE compound file keeps a directory of 128-byte entries, each
 * starting with its name in UTF-16LE (64 bytes, NUL-padded), then the
 * name's length in bytes with its NUL (2 bytes), then the entry's type
 * (2 for a stream).  Sectors are 512 or 4096 bytes after a 512-byte
 * header, so every entry starts at a multiple of 128: looking there for
 * a name is enough to tell the kinds apart without following the FAT.
 */
static int
ole_has(const unsigned char *d, size_t len, const char *stream)
{
	size_t	off, i, n = strlen(stream);

	for (off = 512; off + 128 <= len; off += 128) {
		if (d[off + 64] != (n + 1) * 2 || d[off + 65] != 0 ||
		    d[off + 66] != 2)
			continue;
		for (i = 0; i < n; i++)
			if (d[off + 2 * i] != (unsigned char)stream[i] ||
			    d[off + 2 * i + 1] != 0)
				break;
		if (i == n)
			return 1;
	}
	return 0;
}

enum sniff_ole
sniff_ole(const unsigned char *d, size_t len)
{
	if (ole_has(d, len, "EncryptedPackage") ||
	    ole_has(d, len, "EncryptionInfo"))
		return OLE_ENCRYPTED;
	if (ole_has(d, len, "WordDocument"))
		return OLE_WORD;
	if (ole_has(d, len, "Workbook") || ole_has(d, len, "Book"))
		return OLE_EXCEL;
	if (ole_has(d, len, "PowerPoint Document"))
		return OLE_POWERPOINT;
	return OLE_UNKNOWN;
}
