/*
 * read.c: bytes in, text out.  Inputs are read whole: they are small,
 * the later readers need random access (a zip), and standard input is
 * treated the same way.
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
#include "sniff.h"
#include "util.h"

static const char	replacement[] = "\xEF\xBF\xBD";	/* U+FFFD */

/* Keep the line count of what is written, for the warnings. */
struct decoder {
	struct buf	 out;
	unsigned long	 line;
	unsigned long	 bad_line;	/* first invalid sequence, or 0 */
	unsigned long	 nul_line;	/* first NUL byte, or 0 */
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

struct doc *
doc_from_memory(const char *input, const void *data, size_t len,
    struct diag *diag)
{
	const unsigned char	*d = data;
	struct doc		*doc = doc_new(input);
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
		decode_utf8(&dc, d, len);
		break;
	case SNIFF_UTF16LE:
	case SNIFF_UTF16BE:
		decode_utf16(&dc, d, len, kind == SNIFF_UTF16BE);
		break;
	case SNIFF_ZIP:
		diag_error(diag, EXIT_INPUT, doc->name, 0, "zip archive "
		    "(DOCX or ODT?): this gapcheck reads plain text only; "
		    "save the resume as plain text and try again");
		goto fail;
	case SNIFF_OLE:
		diag_error(diag, EXIT_INPUT, doc->name, 0, "Word 97-2003 "
		    "document or encrypted Office file: save it as plain "
		    "text and try again");
		goto fail;
	case SNIFF_PDF:
		diag_error(diag, EXIT_INPUT, doc->name, 0, "PDF document: "
		    "convert it first, as in: pdftotext FILE - | gapcheck -");
		goto fail;
	case SNIFF_BINARY:
		diag_error(diag, EXIT_INPUT, doc->name, 0, "%s", what);
		goto fail;
	}
	if (dc.bad_line)
		diag_warning(diag, doc->name, dc.bad_line,
		    "invalid %s replaced by U+FFFD",
		    kind == SNIFF_TEXT ? "UTF-8" : "UTF-16");
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

struct doc *
doc_read(const char *input, const struct read_options *ro, struct diag *diag)
{
	struct doc	*doc = NULL;
	struct buf	 b = { 0 };
	struct stat	 st;
	const char	*name;
	ssize_t		 n;
	int		 fd, is_stdin = strcmp(input, "-") == 0;

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
	for (;;) {
		buf_reserve(&b, 65536);
		n = read(fd, b.data + b.len, 65536);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1) {
			diag_error(diag, EXIT_INPUT, name, 0, "%s",
			    strerror(errno));
			goto done;
		}
		if (n == 0)
			break;
		b.len += (size_t)n;
		if (b.len > ro->max_size) {
			diag_error(diag, EXIT_INPUT, name, 0, "larger than the "
			    "%zu-byte limit (raise it with --max-size)",
			    ro->max_size);
			goto done;
		}
	}
	doc = doc_from_memory(input, b.data, b.len, diag);
done:
	if (!is_stdin)
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
	free(doc);
}
