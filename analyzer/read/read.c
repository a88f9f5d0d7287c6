/*
 * read.c: bytes in, text out.  A file is sniffed from its first bytes;
 * a zip archive is then read in place (libzip seeks in the file, so
 * the archive is never copied into memory), anything else is read whole
 * under the size cap.  Standard input cannot seek, so it is always read
 * whole, zip or not.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <utf8proc.h>

#include "diag.h"
#include "read.h"
#include "read_docx.h"
#include "read_html.h"
#include "read_odt.h"
#include "read_pdf.h"
#include "read_rtf.h"
#include "sniff.h"
#include "util.h"
#include "xmltext.h"
#include "zipread.h"

static const char	replacement[] = "\xEF\xBF\xBD";	/* U+FFFD */

/* Keep the line count of what is written, for the warnings. */
struct decoder {
	struct buf	 out;
	unsigned long	 line;
	unsigned long	 bad_line;	/* first invalid sequence, or 0 */
	unsigned long	 nul_line;	/* first NUL byte, or 0 */
	unsigned long	 high_line;	/* first byte past ASCII, or 0 */
	int		 pending_cr;
};

/* Append one code point, folding CR LF and lone CR into LF. */
static void
put_cp(struct decoder *dc, unsigned long cp)
{
	char	u[4];

	if (dc->pending_cr) {
		dc->pending_cr = 0;
		if (cp == '\n')
			return;		/* the LF of a CR LF, already out */
	}
	if (cp == '\r') {
		dc->pending_cr = 1;
		cp = '\n';
	}
	if (cp == '\n')
		dc->line++;
	if (cp == 0) {
		if (dc->nul_line == 0)
			dc->nul_line = dc->line;
		cp = ' ';
	}
	buf_add(&dc->out, u, utf8_encode(cp, u));
}

static void
decode_utf8(struct decoder *dc, const unsigned char *d, size_t len)
{
	size_t			 i = 0, j;
	utf8proc_int32_t	 cp;
	utf8proc_ssize_t	 n;

	if (len >= 3 && memcmp(d, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	buf_reserve(&dc->out, len);
	while (i < len) {
		/* ASCII runs without CR or NUL go straight through. */
		j = i;
		while (j < len && d[j] < 0x80 && d[j] != '\r' && d[j] != 0) {
			if (d[j] == '\n')
				dc->line++;
			j++;
		}
		if (j > i) {
			if (dc->pending_cr && d[i] == '\n') {
				/* Line already counted at the CR. */
				dc->line--;
				i++;
			}
			dc->pending_cr = 0;
			buf_add(&dc->out, d + i, j - i);
			i = j;
			continue;
		}
		if (d[i] < 0x80) {
			put_cp(dc, d[i++]);
			continue;
		}
		n = utf8proc_iterate(d + i, (utf8proc_ssize_t)(len - i), &cp);
		if (n < 0) {
			if (dc->bad_line == 0)
				dc->bad_line = dc->line;
			dc->pending_cr = 0;
			buf_adds(&dc->out, replacement);
			i++;
			continue;
		}
		put_cp(dc, (unsigned long)cp);
		i += (size_t)n;
	}
}

static void
decode_utf16(struct decoder *dc, const unsigned char *d, size_t len, int be)
{
	size_t		i = 0;
	unsigned long	u, lo;

	if (len >= 2 && ((be && d[0] == 0xFE && d[1] == 0xFF) ||
	    (!be && d[0] == 0xFF && d[1] == 0xFE)))
		i = 2;
	buf_reserve(&dc->out, len);
	for (; i + 1 < len; i += 2) {
		u = be ? (unsigned long)d[i] << 8 | d[i + 1] :
		    (unsigned long)d[i + 1] << 8 | d[i];
		if (u >= 0xD800 && u <= 0xDBFF && i + 3 < len) {
			lo = be ? (unsigned long)d[i + 2] << 8 | d[i + 3] :
			    (unsigned long)d[i + 3] << 8 | d[i + 2];
			if (lo >= 0xDC00 && lo <= 0xDFFF) {
				put_cp(dc, 0x10000 + ((u - 0xD800) << 10) +
				    (lo - 0xDC00));
				i += 2;
				continue;
			}
		}
		if (u >= 0xD800 && u <= 0xDFFF) {
			if (dc->bad_line == 0)
				dc->bad_line = dc->line;
			u = 0xFFFD;
		}
		put_cp(dc, u);
	}
	if (i < len) {			/* an odd byte at the end */
		if (dc->bad_line == 0)
			dc->bad_line = dc->line;
		put_cp(dc, 0xFFFD);
	}
}

/*
 * Windows-1252 where it differs from Latin-1, bytes 0x80 to 0x9F: the
 * euro sign, curly quotes, dashes (0x96 is the en dash of "2019 - 2021"
 * typed in Word), the bullet, and a few letters.  The five bytes it
 * leaves undefined (0 here) are read as U+FFFD, not as the C1 controls
 * Latin-1 has there: nothing prints them, and the warning counts them.
 */
static const uint16_t	cp1252_c1[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/* The code point of byte b in Windows-1252; U+FFFD if undefined. */
static unsigned long
cp1252(unsigned char b)
{
	if (b < 0x80 || b >= 0xA0)
		return b;
	return cp1252_c1[b - 0x80] != 0 ? cp1252_c1[b - 0x80] : 0xFFFD;
}

static int
cp1252_letter(unsigned char b)
{
	if (b < 0x80)
		return (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
	switch (utf8proc_category((utf8proc_int32_t)cp1252(b))) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
		return 1;
	default:
		return 0;
	}
}

/*
 * Whether the byte d[i], not UTF-8, reads as Windows-1252 text: a
 * defined punctuation mark or symbol, or a letter in a word that has
 * an ASCII letter too ("Caf\xE9"), or one of the accented letters that
 * are words alone (a, e and E with a grave accent, e with an acute:
 * French "\xE0", Italian "\xE8").  Accented letters with nothing else
 * ("\xFF\xFE", a byte order mark pasted in) are damage, not words.
 */
static int
cp1252_plausible(const unsigned char *d, size_t len, size_t i)
{
	size_t	a = i, b = i + 1, k;

	if (cp1252(d[i]) == 0xFFFD)
		return 0;
	if (!cp1252_letter(d[i]))
		return 1;
	while (a > 0 && cp1252_letter(d[a - 1]))
		a--;
	while (b < len && cp1252_letter(d[b]))
		b++;
	if (b - a == 1)
		return d[i] == 0xE0 || d[i] == 0xE8 || d[i] == 0xE9 ||
		    d[i] == 0xC0 || d[i] == 0xC8;
	for (k = a; k < b; k++)
		if (d[k] < 0x80)
			return 1;
	return 0;
}

/*
 * Whether d[0..len) is not UTF-8 but Windows-1252 (or Latin-1, its
 * subset): its bytes past ASCII are mostly no UTF-8 sequence, and
 * three in four of those read as Windows-1252 text.  UTF-8 with a stray
 * bad byte has more good sequences than bad bytes, and stays UTF-8.
 */
static int
looks_cp1252(const unsigned char *d, size_t len)
{
	utf8proc_int32_t	cp;
	utf8proc_ssize_t	n;
	size_t			i = 0, good = 0, bad = 0, plausible = 0;

	while (i < len) {
		if (d[i] < 0x80) {
			i++;
			continue;
		}
		n = utf8proc_iterate(d + i, (utf8proc_ssize_t)(len - i), &cp);
		if (n > 0) {
			good++;
			i += (size_t)n;
			continue;
		}
		bad++;
		plausible += cp1252_plausible(d, len, i);
		i++;
	}
	return bad > 4 * good && 4 * plausible >= 3 * bad;
}

static void
decode_cp1252(struct decoder *dc, const unsigned char *d, size_t len)
{
	unsigned long	cp;
	size_t		i;

	buf_reserve(&dc->out, len);
	for (i = 0; i < len; i++) {
		cp = cp1252(d[i]);
		if (d[i] >= 0x80 && dc->high_line == 0)
			dc->high_line = dc->line;
		if (cp == 0xFFFD && dc->bad_line == 0)
			dc->bad_line = dc->line;
		put_cp(dc, cp);
	}
}

/* Whether s holds nothing but white space, Unicode's included. */
static int
only_blanks(const char *s, size_t len)
{
	utf8proc_int32_t	cp;
	utf8proc_ssize_t	n;
	size_t			i = 0;

	while (i < len) {
		n = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
		    (utf8proc_ssize_t)(len - i), &cp);
		if (n <= 0)
			return 0;
		switch (utf8proc_category(cp)) {
		case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL:
		case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_CC:
		case UTF8PROC_CATEGORY_CF:
			break;
		default:
			return 0;
		}
		i += (size_t)n;
	}
	return 1;
}

static struct doc *
doc_new(const char *input)
{
	struct doc	*doc = xcalloc(1, sizeof(*doc));

	doc->input = xstrdup(input);
	doc->name = xstrdup(strcmp(input, "-") == 0 ? "standard input" :
	    input);
	doc->format = "text";
	return doc;
}

static void
limits(const struct read_options *ro, struct zip_limits *lim)
{
	lim->part_max = ro->max_part > 0 ? ro->max_part :
	    (uint64_t)ro->max_size * READ_PART_FACTOR;
	lim->ratio_max = ro->max_ratio > 0 ? ro->max_ratio : READ_RATIO_MAX;
	lim->ratio_floor = READ_RATIO_FLOOR;
}

/* Whether s[0..len) is valid UTF-8 without NUL bytes. */
static int
valid_utf8(const char *s, size_t len)
{
	utf8proc_int32_t	cp;
	utf8proc_ssize_t	n;
	size_t			i = 0;

	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {
			if (s[i++] == '\0')
				return 0;
			continue;
		}
		n = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
		    (utf8proc_ssize_t)(len - i), &cp);
		if (n <= 0)
			return 0;
		i += (size_t)n;
	}
	return 1;
}

/* Take the text of a document from the sink into doc; 0 or -1. */
static int
take_text(struct doc *doc, struct xt_sink *sink, size_t max,
    struct diag *diag)
{
	struct decoder	 dc;
	char		*text;
	size_t		 len;

	if (sink->full) {
		diag_error(diag, EXIT_INPUT, doc->name, 0, "text larger than "
		    "the %zu-byte limit (raise it with --max-size)", max);
		xt_free(sink);
		return -1;
	}
	text = xt_finish(sink, &len);
	if (text != NULL && !valid_utf8(text, len)) {
		/* libxml2 hands out UTF-8; should it not, repair it. */
		memset(&dc, 0, sizeof(dc));
		dc.line = 1;
		decode_utf8(&dc, (const unsigned char *)text, len);
		free(text);
		text = dc.out.data;
		len = dc.out.len;
	}
	if ((text == NULL || only_blanks(text, len)) && sink->pictures > 0) {
		/* Pictures and no text: a scan pasted in, as PDF scans are. */
		diag_error(diag, EXIT_NOTEXT, doc->name, 0, "no text, only "
		    "images (scanned image?); run OCR first");
		free(text);
		return -1;
	}
	if (text == NULL || only_blanks(text, len)) {
		diag_error(diag, EXIT_INPUT, doc->name, 0,
		    "no text: nothing to analyze");
		free(text);
		return -1;
	}
	doc->text = text;
	doc->len = len;
	return 0;
}

/* A DOCX or ODT document, or a zip archive that is neither. */
static struct doc *
read_zip(struct doc *doc, struct zipread *zr, const struct read_options *ro,
    struct diag *diag)
{
	struct xt_sink	 sink;
	int		 odt, ret;

	xt_init(&sink, ro->max_size);
	sink.max_depth = ro->max_depth;
	if ((odt = odt_is_text(zr, doc->name, diag)) < 0)
		goto fail;
	if (odt == 0 && !docx_is_package(zr) &&
	    zipread_has(zr, "content.xml") &&
	    zipread_has(zr, "META-INF/manifest.xml"))
		odt = 1;		/* an ODT that lost its mimetype */
	if (odt) {
		doc->format = "odt";
		ret = odt_read(zr, doc->name, &sink, diag);
	} else if (docx_is_package(zr)) {
		doc->format = "docx";
		ret = docx_read(zr, doc->name, &sink, diag);
	} else {
		diag_error(diag, EXIT_INPUT, doc->name, 0, "a zip archive, "
		    "not a DOCX or ODT document");
		goto fail;
	}
	if (ret != 0 || take_text(doc, &sink, ro->max_size, diag) != 0)
		goto fail;
	zipread_close(zr);
	return doc;
fail:
	xt_free(&sink);
	zipread_close(zr);
	doc_free(doc);
	return NULL;
}

static struct doc *
read_html(struct doc *doc, const void *data, size_t len,
    const struct read_options *ro, struct diag *diag)
{
	struct xt_sink	sink;
	struct decoder	dc;

	/*
	 * html_read() takes a page that names no charset as UTF-8.  One
	 * that is not is read as plain text is: as Windows-1252 if it reads
	 * as that (libxml2 would take its en dashes for C1 controls), else
	 * as UTF-8 with its bad bytes replaced.
	 */
	memset(&dc, 0, sizeof(dc));
	dc.line = 1;
	if (!html_names_charset(data, len) && !valid_utf8(data, len)) {
		if (looks_cp1252(data, len)) {
			decode_cp1252(&dc, data, len);
			doc->encoding = "Windows-1252";
			diag_warning(diag, doc->name, 0,
			    "not valid UTF-8: read as Windows-1252");
		} else {
			decode_utf8(&dc, data, len);
			if (dc.bad_line)
				diag_warning(diag, doc->name, 0,
				    "invalid UTF-8 replaced by U+FFFD");
		}
		data = dc.out.data;
		len = dc.out.len;
	}
	xt_init(&sink, ro->max_size);
	sink.max_depth = ro->max_depth;
	doc->format = "html";
	if (html_read(data, len, doc->name, &sink, diag) != 0 ||
	    take_text(doc, &sink, ro->max_size, diag) != 0) {
		xt_free(&sink);
		buf_free(&dc.out);
		doc_free(doc);
		return NULL;
	}
	buf_free(&dc.out);
	return doc;
}

/*
 * An RTF document with pictures and no text is most likely a scan
 * pasted into a word processor: it gets the scanned PDF's status.
 */
static struct doc *
read_rtf(struct doc *doc, const void *data, size_t len,
    const struct read_options *ro, struct diag *diag)
{
	struct xt_sink	sink;
	int		pictures;

	xt_init(&sink, ro->max_size);
	sink.max_depth = ro->max_depth;
	doc->format = "rtf";
	if (rtf_read(data, len, doc->name, &sink, &pictures, diag) != 0)
		goto fail;
	sink.pictures += pictures;	/* take_text tells a scan */
	if (take_text(doc, &sink, ro->max_size, diag) != 0)
		goto fail;
	return doc;
fail:
	xt_free(&sink);
	doc_free(doc);
	return NULL;
}

/* Files that hold an OLE compound file, told apart by their streams. */
static void
ole_error(const char *name, const unsigned char *d, size_t len,
    struct diag *diag)
{
	switch (sniff_ole(d, len)) {
	case OLE_ENCRYPTED:
		diag_error(diag, EXIT_INPUT, name, 0, "encrypted Office "
		    "document: remove the password (File > Info > Protect "
		    "Document), save it and try again");
		break;
	case OLE_WORD:
		diag_error(diag, EXIT_INPUT, name, 0, "Word 97-2003 "
		    "document; save it as .docx and try again");
		break;
	case OLE_EXCEL:
		diag_error(diag, EXIT_INPUT, name, 0, "Excel 97-2003 "
		    "workbook, not a word processing document");
		break;
	case OLE_POWERPOINT:
		diag_error(diag, EXIT_INPUT, name, 0, "PowerPoint 97-2003 "
		    "presentation, not a word processing document");
		break;
	default:
		diag_error(diag, EXIT_INPUT, name, 0, "Word 97-2003 or "
		    "other OLE compound file; save it as .docx and try "
		    "again");
		break;
	}
}

struct doc *
doc_from_memory(const char *input, const void *data, size_t len,
    struct diag *diag)
{
	struct read_options	ro;

	memset(&ro, 0, sizeof(ro));
	ro.max_size = READ_DEFAULT_MAX;
	return doc_from_bytes(input, data, len, &ro, diag);
}

struct doc *
doc_from_bytes(const char *input, const void *data, size_t len,
    const struct read_options *ro, struct diag *diag)
{
	const unsigned char	*d = data;
	struct doc		*doc = doc_new(input);
	struct zip_limits	 lim;
	struct zipread		*zr;
	struct decoder		 dc;
	const char		*what;
	enum sniff_kind		 kind;

	memset(&dc, 0, sizeof(dc));
	dc.line = 1;
	if (len == 0) {
		diag_error(diag, EXIT_INPUT, doc->name, 0,
		    "empty file: nothing to analyze");
		goto fail;
	}
	kind = sniff(d, len, &what);
	switch (kind) {
	case SNIFF_TEXT:
		if (looks_cp1252(d, len)) {
			decode_cp1252(&dc, d, len);
			doc->encoding = "Windows-1252";
		} else
			decode_utf8(&dc, d, len);
		break;
	case SNIFF_UTF16LE:
	case SNIFF_UTF16BE:
		decode_utf16(&dc, d, len, kind == SNIFF_UTF16BE);
		break;
	case SNIFF_HTML:
		return read_html(doc, d, len, ro, diag);
	case SNIFF_RTF:
		return read_rtf(doc, d, len, ro, diag);
	case SNIFF_ZIP:
		limits(ro, &lim);
		if ((zr = zipread_memory(d, len, doc->name, &lim, diag)) ==
		    NULL)
			goto fail;
		return read_zip(doc, zr, ro, diag);
	case SNIFF_OLE:
		ole_error(doc->name, d, len, diag);
		goto fail;
	case SNIFF_PDF:
		doc->format = "pdf";
		if (pdf_read(d, len, ro->max_size, doc, diag) != 0)
			goto fail;
		return doc;
	case SNIFF_BINARY:
		diag_error(diag, EXIT_INPUT, doc->name, 0, "%s", what);
		goto fail;
	}
	if (doc->encoding != NULL)
		diag_warning(diag, doc->name, dc.high_line,
		    "not valid UTF-8: read as %s", doc->encoding);
	if (dc.bad_line)
		diag_warning(diag, doc->name, dc.bad_line,
		    "invalid %s replaced by U+FFFD", doc->encoding != NULL ?
		    doc->encoding : kind == SNIFF_TEXT ? "UTF-8" : "UTF-16");
	if (dc.nul_line)
		diag_warning(diag, doc->name, dc.nul_line,
		    "NUL bytes replaced by spaces");
	if (dc.out.data == NULL || only_blanks(dc.out.data, dc.out.len)) {
		diag_error(diag, EXIT_INPUT, doc->name, 0,
		    "no text: nothing to analyze");
		goto fail;
	}
	doc->text = dc.out.data;
	doc->len = dc.out.len;
	return doc;
fail:
	buf_free(&dc.out);
	doc_free(doc);
	return NULL;
}

/* Read up to want more bytes into b; -1 with errno on error. */
static int
read_more(int fd, struct buf *b, size_t want)
{
	ssize_t	n;

	buf_reserve(b, want);
	while (want > 0) {
		n = read(fd, b->data + b->len, want);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1)
			return -1;
		if (n == 0)
			return 0;
		b->len += (size_t)n;
		want -= (size_t)n;
	}
	return 1;
}

struct doc *
doc_read(const char *input, const struct read_options *ro, struct diag *diag)
{
	struct doc		*doc = NULL;
	struct buf		 b = { 0 };
	struct stat		 st;
	struct zip_limits	 lim;
	struct zipread		*zr;
	const char		*name, *what;
	int			 fd, ret, is_stdin = strcmp(input, "-") == 0;

	name = is_stdin ? "standard input" : input;
	if (is_stdin)
		fd = STDIN_FILENO;
	else if ((fd = open(input, O_RDONLY | O_CLOEXEC)) == -1) {
		diag_error(diag, EXIT_INPUT, name, 0, "%s", strerror(errno));
		return NULL;
	}
	if (fstat(fd, &st) == -1) {
		diag_error(diag, EXIT_INPUT, name, 0, "%s", strerror(errno));
		goto done;
	}
	if (S_ISDIR(st.st_mode)) {
		diag_error(diag, EXIT_INPUT, name, 0, "%s", strerror(EISDIR));
		goto done;
	}
	if (S_ISREG(st.st_mode) && (uintmax_t)st.st_size > ro->max_size) {
		diag_error(diag, EXIT_INPUT, name, 0, "larger than the "
		    "%zu-byte limit (raise it with --max-size)", ro->max_size);
		goto done;
	}
	ret = 1;
	if (!is_stdin && S_ISREG(st.st_mode)) {
		/* A zip is read in place: look before reading it all. */
		if ((ret = read_more(fd, &b, 4)) == -1)
			goto read_error;
		if (sniff((const unsigned char *)b.data, b.len, &what) ==
		    SNIFF_ZIP) {
			limits(ro, &lim);
			zr = zipread_fdopen(fd, name, &lim, diag);
			if (zr == NULL)
				goto done;
			fd = -1;	/* the archive has it now */
			doc = read_zip(doc_new(input), zr, ro, diag);
			goto done;
		}
	}
	while (ret == 1) {
		if ((ret = read_more(fd, &b, 65536)) == -1)
			goto read_error;
		if (b.len > ro->max_size) {
			diag_error(diag, EXIT_INPUT, name, 0, "larger than the "
			    "%zu-byte limit (raise it with --max-size)",
			    ro->max_size);
			goto done;
		}
	}
	doc = doc_from_bytes(input, b.data, b.len, ro, diag);
	goto done;
read_error:
	diag_error(diag, EXIT_INPUT, name, 0, "%s", strerror(errno));
done:
	if (!is_stdin && fd != -1)
		close(fd);
	buf_free(&b);
	return doc;
}

void
doc_free(struct doc *doc)
{
	if (doc == NULL)
		return;
	free(doc->input);
	free(doc->name);
	free(doc->text);
	free(doc->pages);
	free(doc);
}

unsigned long
doc_page(const struct doc *doc, unsigned long line)
{
	size_t	lo = 0, hi = doc->npages, mid;

	/* The last page that starts on or before line. */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (doc->pages[mid] <= line)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

int
doc_not_a_document(const char *path)
{
	unsigned char	 head[4096];
	const char	*what;
	size_t		 n;
	FILE		*f = fopen(path, "rb");

	if (f == NULL)
		return 0;
	n = fread(head, 1, sizeof(head), f);
	fclose(f);
	return n > 0 && sniff(head, n, &what) == SNIFF_BINARY;
}
