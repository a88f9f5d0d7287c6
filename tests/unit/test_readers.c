/* test_readers.c: sniffing, the DOCX/ODT/HTML readers and their limits. */
#include <unistd.h>

#include <zip.h>

#include "unit.h"
#include "read_html.h"
#include "sniff.h"
#include "xmltext.h"

#define W_NS	"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define STRICT	"http://purl.oclc.org/ooxml/wordprocessingml/main"

static const char	rels[] =
    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
    "openxmlformats.org/package/2006/relationships\"><Relationship "
    "Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
    "2006/relationships/officeDocument\" Target=\"%s\"/></Relationships>";

/* A zip of name/content pairs, NULL-terminated, written to a temp file. */
static char *
make_zip(const char *const *parts)
{
	char		 tmpl[] = "/tmp/gapcheck-test-XXXXXX";
	zip_source_t	*src;
	zip_t		*za;
	int		 fd, err;

	fd = mkstemp(tmpl);
	assert_true(fd >= 0);
	close(fd);
	za = zip_open(tmpl, ZIP_TRUNCATE, &err);
	assert_non_null(za);
	for (; parts[0] != NULL; parts += 2) {
		src = zip_source_buffer(za, parts[1], strlen(parts[1]), 0);
		assert_non_null(src);
		assert_true(zip_file_add(za, parts[0], src, 0) >= 0);
	}
	assert_int_equal(zip_close(za), 0);
	return strdup(tmpl);
}

/* A DOCX whose main part is main (at word/document.xml by default). */
static char *
make_docx(const char *mainpart, const char *xml)
{
	char		 r[1024];
	const char	*parts[] = {
		"[Content_Types].xml", "<Types xmlns=\"http://schemas."
		    "openxmlformats.org/package/2006/content-types\"/>",
		"_rels/.rels", r, mainpart, xml, NULL
	};

	snprintf(r, sizeof(r), rels, mainpart);
	return make_zip(parts);
}

/* Read path (then remove it); the text, or NULL with messages in c. */
static struct doc *
read_path(struct captured *c, char *path, const struct read_options *opt)
{
	struct read_options	 ro = { .max_size = READ_DEFAULT_MAX };
	struct doc		*d = doc_read(path, opt ? opt : &ro, &c->diag);

	unlink(path);
	free(path);
	return d;
}

/* The bytes of path (then removed), as standard input would give them. */
static char *
slurp(char *path, size_t *len)
{
	char	*data;
	FILE	*f = fopen(path, "rb");
	long	 n;

	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	data = malloc((size_t)n);
	assert_non_null(data);
	assert_int_equal(fread(data, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	unlink(path);
	free(path);
	*len = (size_t)n;
	return data;
}

static char *
body(const char *ns, const char *content)
{
	static char	xml[2048];

	snprintf(xml, sizeof(xml), "<?xml version=\"1.0\"?><w:document "
	    "xmlns:w=\"%s\"><w:body>%s</w:body></w:document>", ns, content);
	return xml;
}

static void
test_sniff_tells_html_from_text(void **state)
{
	const char	*what;

	(void)state;
	assert_int_equal(sniff((const unsigned char *)"<!DOCTYPE html><p>x",
	    19, &what), SNIFF_HTML);
	assert_int_equal(sniff((const unsigned char *)"\n<!-- cv -->\n<HTML>",
	    19, &what), SNIFF_HTML);
	assert_int_equal(sniff((const unsigned char *)"<?xml version=\"1.0\"?>"
	    "<html>", 27, &what), SNIFF_HTML);
	assert_int_equal(sniff((const unsigned char *)"<htmlish> is a tag?",
	    19, &what), SNIFF_TEXT);
	assert_int_equal(sniff((const unsigned char *)"Skills: <b>Go</b>",
	    17, &what), SNIFF_TEXT);
}

static void
test_docx_strict_and_any_prefix_read_alike(void **state)
{
	struct captured	 c;
	struct doc	*d;
	char		 xml[512];

	(void)state;
	capture_start(&c);
	d = read_path(&c, make_docx("word/document.xml", body(STRICT,
	    "<w:p><w:r><w:t>Strict</w:t></w:r></w:p>")), NULL);
	assert_non_null(d);
	assert_string_equal(d->text, "Strict\n");
	assert_string_equal(d->format, "docx");
	doc_free(d);
	snprintf(xml, sizeof(xml), "<ns0:document xmlns:ns0=\"%s\"><ns0:body>"
	    "<ns0:p><ns0:r><ns0:t>ns0</ns0:t></ns0:r></ns0:p></ns0:body>"
	    "</ns0:document>", W_NS);
	d = read_path(&c, make_docx("word/document.xml", xml), NULL);
	assert_non_null(d);
	assert_string_equal(d->text, "ns0\n");
	doc_free(d);
	assert_string_equal(capture_text(&c), "");
	capture_end(&c);
}

static void
test_docx_main_part_is_found_through_rels(void **state)
{
	struct captured	 c;
	struct doc	*d;
	char		 xml[2100];

	(void)state;
	capture_start(&c);
	/* Renamed main part, with a byte order mark. */
	snprintf(xml, sizeof(xml), "\xEF\xBB\xBF%s", body(W_NS,
	    "<w:p><w:r><w:t>Renamed</w:t></w:r></w:p>"));
	d = read_path(&c, make_docx("word/blah_blah.xml", xml), NULL);
	assert_non_null(d);
	assert_string_equal(d->text, "Renamed\n");
	doc_free(d);
	capture_end(&c);
}

static void
test_docx_from_stdin_bytes_reads_alike(void **state)
{
	struct read_options	 ro = { .max_size = READ_DEFAULT_MAX };
	struct captured		 c;
	struct doc		*d;
	char			*data;
	size_t			 len;

	(void)state;
	capture_start(&c);
	data = slurp(make_docx("word/document.xml", body(W_NS,
	    "<w:p><w:r><w:t>From memory</w:t></w:r></w:p>")), &len);
	d = doc_from_bytes("-", data, len, &ro, &c.diag);
	assert_non_null(d);
	assert_string_equal(d->text, "From memory\n");
	assert_string_equal(d->name, "standard input");
	doc_free(d);
	free(data);
	capture_end(&c);
}

static void
test_docx_nested_too_deep_is_refused(void **state)
{
	struct captured	 c;
	struct buf	 b = { 0 };
	int		 i;

	(void)state;
	buf_adds(&b, "<w:document xmlns:w=\"" W_NS "\"><w:body>");
	for (i = 0; i < XT_MAX_DEPTH; i++)
		buf_adds(&b, "<w:sdt><w:sdtContent>");
	buf_adds(&b, "<w:p><w:r><w:t>deep</w:t></w:r></w:p>");
	for (i = 0; i < XT_MAX_DEPTH; i++)
		buf_adds(&b, "</w:sdtContent></w:sdt>");
	buf_adds(&b, "</w:body></w:document>");
	capture_start(&c);
	assert_null(read_path(&c, make_docx("word/document.xml", b.data),
	    NULL));
	buf_free(&b);
	assert_non_null(strstr(capture_text(&c),
	    "word/document.xml:1: XML nested deeper than 200 elements "
	    "(raise it with --max-depth)\n"));
	assert_int_equal(c.diag.nerrors, 1);
	assert_int_equal(c.diag.status, EXIT_INPUT);
	capture_end(&c);
}

/* A w:document with depth elements around one paragraph, tags of tag. */
static char *
nested_docx(int depth, const char *open, const char *close)
{
	struct buf	 b = { 0 };
	char		*path;
	int		 i;

	buf_adds(&b, "<w:document xmlns:w=\"" W_NS "\"><w:body>");
	for (i = 0; i < depth; i++)
		buf_adds(&b, open);
	buf_adds(&b, "<w:p><w:r><w:t>deep</w:t></w:r></w:p>");
	for (i = 0; i < depth; i++)
		buf_adds(&b, close);
	buf_adds(&b, "</w:body></w:document>");
	path = make_docx("word/document.xml", b.data);
	buf_free(&b);
	return path;
}

static void
test_max_depth_raises_and_lowers_the_limit(void **state)
{
	struct read_options	 deeper = { .max_size = READ_DEFAULT_MAX,
	    .max_depth = 250 };
	struct read_options	 shallow = { .max_size = READ_DEFAULT_MAX,
	    .max_depth = 10 };
	struct captured		 c;
	struct doc		*d;

	(void)state;
	capture_start(&c);
	d = read_path(&c, nested_docx(240, "<w:sdtContent>",
	    "</w:sdtContent>"), &deeper);
	assert_non_null(d);
	assert_string_equal(d->text, "deep\n");
	doc_free(d);
	assert_null(read_path(&c, nested_docx(10, "<w:sdtContent>",
	    "</w:sdtContent>"), &shallow));
	assert_non_null(strstr(capture_text(&c), "XML nested deeper than 10 "
	    "elements (raise it with --max-depth)\n"));
	capture_end(&c);
}

/*
 * libxml2 parses ahead of the reader and, on short tags, meets its own
 * limit of 256 first: the message is still gapcheck's, not libxml2's
 * advice to use XML_PARSE_HUGE.
 */
static void
test_libxml2_depth_limit_gives_our_message(void **state)
{
	struct captured	c;

	(void)state;
	capture_start(&c);
	assert_null(read_path(&c, nested_docx(100000, "<a>", "</a>"), NULL));
	assert_non_null(strstr(capture_text(&c), ": word/document.xml:1: XML "
	    "nested deeper than 200 elements (raise it with --max-depth)\n"));
	assert_null(strstr(capture_text(&c), "HUGE"));
	assert_int_equal(c.diag.nerrors, 1);
	capture_end(&c);
}

static void
test_docx_malformed_xml_is_one_message(void **state)
{
	struct captured	 c;

	(void)state;
	capture_start(&c);
	assert_null(read_path(&c, make_docx("word/document.xml",
	    "<w:document xmlns:w=\"" W_NS "\">\n<w:body><w:p></w:body>"),
	    NULL));
	assert_non_null(strstr(capture_text(&c), ": word/document.xml:2: "
	    "malformed XML: Opening and ending tag mismatch"));
	assert_int_equal(c.diag.nerrors, 1);
	capture_end(&c);
}

static void
test_docx_xml_warnings_are_one_warning(void **state)
{
	struct captured	 c;
	struct doc	*d;

	(void)state;
	capture_start(&c);
	/* An undeclared prefix: libxml2 complains and goes on. */
	d = read_path(&c, make_docx("word/document.xml",
	    "<w:document xmlns:w=\"" W_NS "\"><w:body><w:p><x:y/><w:r>"
	    "<w:t>Kept</w:t></w:r><z:y/></w:p></w:body></w:document>"), NULL);
	assert_non_null(d);
	assert_string_equal(d->text, "Kept\n");
	assert_int_equal(c.diag.nwarnings, 1);
	assert_non_null(strstr(capture_text(&c), "warning: word/document.xml:1"
	    ": Namespace prefix x on y is not defined (and 1 more)\n"));
	assert_int_equal(c.diag.status, EXIT_OK);
	doc_free(d);
	capture_end(&c);
}

static void
test_part_and_text_caps_are_enforced(void **state)
{
	/* Parts may inflate to 16 times the input cap: 1024 bytes. */
	struct read_options	 small_part = { .max_size = 64 };
	struct read_options	 small_text = { .max_size = 200 };
	struct captured		 c;
	struct buf		 b = { 0 };
	const char		*xml;
	char			*data;
	size_t			 len;
	int			 i;

	(void)state;
	capture_start(&c);
	/* Little text, much XML: the part cap is what stops it. */
	for (i = 0; i < 200; i++)
		buf_adds(&b, "<w:p/>");
	data = slurp(make_docx("word/document.xml", body(W_NS, b.data)),
	    &len);
	buf_free(&b);
	assert_null(doc_from_bytes("cv.docx", data, len, &small_part,
	    &c.diag));
	free(data);
	assert_non_null(strstr(capture_text(&c), "cv.docx: word/document.xml: "
	    "inflates to more than 1024 bytes (zip bomb? if not, raise "
	    "--max-part)\n"));
	/* The text cap applies to what comes out, whatever went in. */
	xml = body(W_NS, "<w:p><w:r><w:t>A paragraph long enough to pass "
	    "a cap of two hundred bytes of text once it is repeated, with "
	    "a few more words.</w:t></w:r></w:p><w:p><w:r><w:t>A paragraph "
	    "long enough to pass a cap of two hundred bytes of text once it "
	    "is repeated, with a few more words.</w:t></w:r></w:p><w:p><w:r>"
	    "<w:t>A paragraph long enough to pass a cap of two hundred bytes "
	    "of text once it is repeated, with a few more words.</w:t></w:r>"
	    "</w:p><w:p><w:r><w:t>And a last one to pass a thousand bytes "
	    "of XML.</w:t></w:r></w:p>");
	data = slurp(make_docx("word/document.xml", xml), &len);
	assert_null(doc_from_bytes("cv.docx", data, len, &small_text,
	    &c.diag));
	free(data);
	assert_non_null(strstr(capture_text(&c), "text larger than the "
	    "200-byte limit (raise it with --max-size)\n"));
	capture_end(&c);
}

static void
test_zip_that_is_no_document_is_named(void **state)
{
	static const char *const	 parts[] = { "photo.jpg", "x", NULL };
	static const char *const	 ods[] = { "mimetype",
	    "application/vnd.oasis.opendocument.spreadsheet", NULL };
	struct captured			 c;

	(void)state;
	capture_start(&c);
	assert_null(read_path(&c, make_zip(parts), NULL));
	assert_null(read_path(&c, make_zip(ods), NULL));
	assert_non_null(strstr(capture_text(&c), ": a zip archive, not a "
	    "DOCX or ODT document\n"));
	assert_non_null(strstr(capture_text(&c), ": an OpenDocument file of "
	    "type spreadsheet, not a text document\n"));
	capture_end(&c);
}

static void
test_empty_docx_has_no_text(void **state)
{
	struct captured	c;

	(void)state;
	capture_start(&c);
	assert_null(read_path(&c, make_docx("word/document.xml",
	    body(W_NS, "<w:p/><w:p><w:r><w:t xml:space=\"preserve\">  </w:t>"
	    "</w:r></w:p>")), NULL));
	assert_non_null(strstr(capture_text(&c), ": no text: nothing to "
	    "analyze\n"));
	capture_end(&c);
}

/* Found by fuzzing: libxml2 makes no parser for 0 bytes. */
static void
test_empty_html_has_no_text(void **state)
{
	struct captured	 c;
	struct xt_sink	 sink;
	size_t		 len;

	(void)state;
	capture_start(&c);
	xt_init(&sink, 1024);
	assert_int_equal(html_read("", 0, "empty.html", &sink, &c.diag), 0);
	assert_null(xt_finish(&sink, &len));
	assert_string_equal(capture_text(&c), "");
	capture_end(&c);
}

/* The text of an HTML page, as gapcheck reads it; the caller frees. */
static char *
html_text(const char *page)
{
	struct captured	 c;
	struct xt_sink	 sink;
	size_t		 len;
	char		*text;

	capture_start(&c);
	xt_init(&sink, 1 << 20);
	assert_int_equal(html_read(page, strlen(page), "t.html", &sink,
	    &c.diag), 0);
	text = xt_finish(&sink, &len);
	capture_end(&c);
	return text != NULL ? text : strdup("");
}

static void
test_html_text_a_reader_cannot_see_is_left_out(void **state)
{
	char	*t;

	(void)state;
	t = html_text("<html><head><style>/* .b{display:none} */\n"
	    ".kw, div#x { display : none !important }\n"
	    "@media print { .np { display:none } }\n"
	    ".w{color:#FFF} .d{color:white;background:#222}\n"
	    "p.z{font-size:0px} .o{opacity:0.0} .r{float:right}\n"
	    ".a .kw2{display:none}</style></head><body>"
	    "<p class='x kw'>Kafka</p><div id=x>Rust</div>"
	    "<p class=np>Java</p><p class=w>Scala</p><p class=d>Ruby</p>"
	    "<p class=z>Elixir</p><p class=o>Haskell</p>"
	    "<p class=kw2>Perl</p><p>Go<span class=r>2020</span></p>"
	    "<span style='color:#fff'>Lua</span>"
	    "</body></html>");
	/* @media print, a dark background, descendant selectors: shown. */
	assert_string_equal(t, "Java\nRuby\nPerl\nGo 2020\n");
	free(t);
}

static void
test_sink_never_merges_words(void **state)
{
	struct xt_sink	 s;
	size_t		 mark, len;
	char		*text;

	(void)state;
	xt_init(&s, 1000);
	xt_sep(&s, XT_LINE);		/* nothing before: no line */
	xt_text(&s, "a", 1);
	mark = xt_cell_begin(&s);
	xt_sep(&s, XT_LINE);
	xt_cell_end(&s, mark);		/* empty cell: the line stays */
	xt_text(&s, "b", 1);
	xt_sep(&s, XT_SPACE);
	xt_sep(&s, XT_BLANK);
	xt_collapse(&s, "  c \n\t d ", 9);
	xt_text(&s, "e\rf\x01g", 5);
	text = xt_finish(&s, &len);
	assert_string_equal(text, "a\nb\n\nc d e\nf g\n");
	assert_int_equal(len, strlen(text));
	free(text);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sniff_tells_html_from_text),
		cmocka_unit_test(test_docx_strict_and_any_prefix_read_alike),
		cmocka_unit_test(test_docx_main_part_is_found_through_rels),
		cmocka_unit_test(test_docx_from_stdin_bytes_reads_alike),
		cmocka_unit_test(test_docx_nested_too_deep_is_refused),
		cmocka_unit_test(test_max_depth_raises_and_lowers_the_limit),
		cmocka_unit_test(test_libxml2_depth_limit_gives_our_message),
		cmocka_unit_test(test_docx_malformed_xml_is_one_message),
		cmocka_unit_test(test_docx_xml_warnings_are_one_warning),
		cmocka_unit_test(test_part_and_text_caps_are_enforced),
		cmocka_unit_test(test_zip_that_is_no_document_is_named),
		cmocka_unit_test(test_empty_docx_has_no_text),
		cmocka_unit_test(test_empty_html_has_no_text),
		cmocka_unit_test(test_html_text_a_reader_cannot_see_is_left_out),
		cmocka_unit_test(test_sink_never_merges_words),
	};

	return cmocka_run_group_tests_name("readers", tests, NULL, NULL);
}
