/*
 * sniff.c: magic numbers first, then a look at the bytes.
 */
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
	{ "{\\rtf", 5, SNIFF_BINARY, "RTF document: save it as plain text "
	    "and try again" },
	{ NULL, 0, SNIFF_TEXT, NULL }
};

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
	return SNIFF_TEXT;
}
