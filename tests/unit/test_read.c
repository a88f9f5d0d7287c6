/* test_read.c: decoding inputs into document text. */
#include "unit.h"

static struct doc *
read_bytes(struct captured *c, const char *bytes, size_t len)
{
	return doc_from_memory("cv.txt", bytes, len, &c->diag);
}

static void
test_utf8_bom_is_dropped(void **state)
{
	struct captured	 c;
	struct doc	*d;

	(void)state;
	capture_start(&c);
	d = read_bytes(&c, "\xEF\xBB\xBFPython", 9);
	assert_non_null(d);
	assert_string_equal(d->text, "Python");
	assert_string_equal(capture_text(&c), "");
	doc_free(d);
	capture_end(&c);
}

static void
test_utf16le_with_bom_is_decoded(void **state)
{
	static const char	 le[] = "\xFF\xFEG\0o\0\n\0\xE9\0";
	struct captured		 c;
	struct doc		*d;

	(void)state;
	capture_start(&c);
	d = read_bytes(&c, le, sizeof(le) - 1);
	assert_non_null(d);
	assert_string_equal(d->text, "Go\n\xC3\xA9");
	doc_free(d);
	capture_end(&c);
}

static void
test_utf16be_with_bom_and_surrogates_is_decoded(void **state)
{
	static const char	 be[] = "\xFE\xFF\0A\xD8\x3D\xDE\x00";
	struct captured		 c;
	struct doc		*d;

	(void)state;
	capture_start(&c);
	d = read_bytes(&c, be, sizeof(be) - 1);
	assert_non_null(d);
	assert_string_equal(d->text, "A\xF0\x9F\x98\x80");	/* U+1F600 */
	doc_free(d);
	capture_end(&c);
}

static void
test_utf16le_without_bom_is_recognized(void **state)
{
	static const char	 le[] = "S\0k\0i\0l\0l\0s\0:\0 \0G\0o\0";
	struct captured		 c;
	struct doc		*d;

	(void)state;
	capture_start(&c);
	d = read_bytes(&c, le, sizeof(le) - 1);
	assert_non_null(d);
	assert_string_equal(d->text, "Skills: Go");
	doc_free(d);
	capture_end(&c);
}

static void
test_invalid_utf8_is_replaced_with_one_warning(void **state)
{
	static const char	 bytes[] = "ok\nbad \xFF here \xC3\n\xFE";
	struct captured		 c;
	struct doc		*d;

	(void)state;
	capture_start(&c);
	d = read_bytes(&c, bytes, sizeof(bytes) - 1);
	assert_non_null(d);
	assert_string_equal(d->text,
	    "ok\nbad \xEF\xBF\xBD here \xEF\xBF\xBD\n\xEF\xBF\xBD");
	assert_string_equal(capture_text(&c),
	    "gapcheck: cv.txt:2: warning: invalid UTF-8 replaced by U+FFFD\n");
	assert_int_equal(c.diag.status, EXIT_OK);
	doc_free(d);
	capture_end(&c);
}

static void
test_windows_1252_is_read_with_a_warning(void **state)
{
	static const char	 bytes[] = "Caf\xE9\nJan 2019 \x96 Present\n";
	struct captured		 c;
	struct doc		*d;

	(void)state;
	capture_start(&c);
	d = read_bytes(&c, bytes, sizeof(bytes) - 1);
	assert_non_null(d);
	assert_string_equal(d->text,
	    "Caf\xC3\xA9\nJan 2019 \xE2\x80\x93 Present\n");
	assert_non_null(d->encoding);
	assert_string_equal(d->encoding, "Windows-1252");
	assert_string_equal(capture_text(&c), "gapcheck: cv.txt:1: warning: "
	    "not valid UTF-8: read as Windows-1252\n");
	assert_int_equal(c.diag.status, EXIT_OK);
	doc_free(d);
	capture_end(&c);
}

/* 0x81 is no character in Windows-1252: U+FFFD, and a warning. */
static void
test_windows_1252_undefined_byte_is_replaced(void **state)
{
	static const char	 bytes[] = "Caf\xE9 cr\xE8me\n\x96 \x81\n";
	struct captured		 c;
	struct doc		*d;

	(void)state;
	capture_start(&c);
	d = read_bytes(&c, bytes, sizeof(bytes) - 1);
	assert_non_null(d);
	assert_string_equal(d->text, "Caf\xC3\xA9 cr\xC3\xA8me\n"
	    "\xE2\x80\x93 \xEF\xBF\xBD\n");
	assert_string_equal(capture_text(&c), "gapcheck: cv.txt:1: warning: "
	    "not valid UTF-8: read as Windows-1252\n"
	    "gapcheck: cv.txt:2: warning: invalid Windows-1252 replaced by "
	    "U+FFFD\n");
	doc_free(d);
	capture_end(&c);
}

/* UTF-8 with a stray byte is UTF-8 still, and the byte is replaced. */
static void
test_utf8_with_a_stray_byte_stays_utf8(void **state)
{
	static const char	 bytes[] = "na\xC3\xAFve \xC3\xA9t\xC3\xA9 \x96\n";
	struct captured		 c;
	struct doc		*d;

	(void)state;
	capture_start(&c);
	d = read_bytes(&c, bytes, sizeof(bytes) - 1);
	assert_non_null(d);
	assert_null(d->encoding);
	assert_string_equal(d->text,
	    "na\xC3\xAFve \xC3\xA9t\xC3\xA9 \xEF\xBF\xBD\n");
	assert_string_equal(capture_text(&c),
	    "gapcheck: cv.txt:1: warning: invalid UTF-8 replaced by U+FFFD\n");
	doc_free(d);
	capture_end(&c);
}

static struct doc *
read_html_bytes(struct captured *c, const char *bytes)
{
	return doc_from_memory("cv.html", bytes, strlen(bytes), &c->diag);
}

/*
 * A page that names no charset: Windows-1252 if it is not UTF-8, UTF-8
 * if it is; a charset it names is honoured.
 */
static void
test_html_without_charset_is_1252_or_utf8(void **state)
{
	struct captured	 c;
	struct doc	*d;

	(void)state;
	capture_start(&c);
	d = read_html_bytes(&c, "<html><body><p>Jan 2019 \x96 Present, "
	    "caf\xE9</p></body></html>");
	assert_non_null(d);
	assert_string_equal(d->format, "html");
	assert_string_equal(d->encoding, "Windows-1252");
	assert_string_equal(d->text,
	    "Jan 2019 \xE2\x80\x93 Present, caf\xC3\xA9\n");
	assert_string_equal(capture_text(&c), "gapcheck: cv.html: warning: "
	    "not valid UTF-8: read as Windows-1252\n");
	doc_free(d);
	capture_end(&c);

	capture_start(&c);
	d = read_html_bytes(&c, "<html><body><p>Jan 2019 \xE2\x80\x93 "
	    "Present, caf\xC3\xA9</p></body></html>");
	assert_non_null(d);
	assert_null(d->encoding);
	assert_string_equal(d->text,
	    "Jan 2019 \xE2\x80\x93 Present, caf\xC3\xA9\n");
	assert_string_equal(capture_text(&c), "");
	doc_free(d);
	capture_end(&c);

	capture_start(&c);
	d = read_html_bytes(&c, "<html><head><meta charset=\"windows-1252\">"
	    "</head><body><p>Jan 2019 \x96 Present</p></body></html>");
	assert_non_null(d);
	assert_null(d->encoding);
	assert_string_equal(d->text, "Jan 2019 \xE2\x80\x93 Present\n");
	assert_string_equal(capture_text(&c), "");
	doc_free(d);
	capture_end(&c);
}

static void
test_crlf_and_lone_cr_become_newlines(void **state)
{
	struct captured	 c;
	struct doc	*d;

	(void)state;
	capture_start(&c);
	d = read_bytes(&c, "a\r\nb\rc\n", 7);
	assert_non_null(d);
	assert_string_equal(d->text, "a\nb\nc\n");
	doc_free(d);
	capture_end(&c);
}

static void
test_a_few_nul_bytes_become_spaces_with_a_warning(void **state)
{
	char		 text[200];
	struct captured	 c;
	struct doc	*d;

	(void)state;
	memset(text, 'x', sizeof(text));
	text[0] = 'G', text[1] = 'o', text[2] = '\0', text[3] = '\n';
	capture_start(&c);
	d = read_bytes(&c, text, sizeof(text));
	assert_non_null(d);
	assert_memory_equal(d->text, "Go \n", 4);
	assert_string_equal(capture_text(&c),
	    "gapcheck: cv.txt:1: warning: NUL bytes replaced by spaces\n");
	doc_free(d);
	capture_end(&c);
}

static void
test_empty_and_blank_inputs_are_errors(void **state)
{
	struct captured	c;

	(void)state;
	capture_start(&c);
	assert_null(read_bytes(&c, "", 0));
	assert_null(read_bytes(&c, " \n\t\n", 4));
	assert_string_equal(capture_text(&c),
	    "gapcheck: cv.txt: empty file: nothing to analyze\n"
	    "gapcheck: cv.txt: no text: nothing to analyze\n");
	assert_int_equal(c.diag.status, EXIT_INPUT);
	capture_end(&c);
}

static void
test_binary_and_office_inputs_are_named(void **state)
{
	static const char	png[] = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR";
	static const char	ole[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0";
	struct captured		c;
	const char		*msg;

	(void)state;
	capture_start(&c);
	assert_null(read_bytes(&c, png, sizeof(png) - 1));
	assert_null(read_bytes(&c, ole, sizeof(ole) - 1));
	assert_null(read_bytes(&c, "%PDF-1.7\n", 9));
	assert_null(read_bytes(&c, "\x01\x02\x03\x04\x05\x06\x07\x08", 8));
	msg = capture_text(&c);
	assert_non_null(strstr(msg, "cv.txt: a PNG image\n"));
	assert_non_null(strstr(msg, "cv.txt: Word 97-2003 or other OLE "
	    "compound file; save it as .docx and try again"));
	assert_non_null(strstr(msg, "cv.txt: damaged or truncated PDF"));
	assert_non_null(strstr(msg, "cv.txt: binary data"));
	capture_end(&c);
}

static void
test_missing_file_and_directory_are_errors(void **state)
{
	struct read_options	ro = { .max_size = READ_DEFAULT_MAX };
	struct captured		c;

	(void)state;
	capture_start(&c);
	assert_null(doc_read("tests/no-such-file.txt", &ro, &c.diag));
	assert_null(doc_read("tests", &ro, &c.diag));
	assert_string_equal(capture_text(&c),
	    "gapcheck: tests/no-such-file.txt: No such file or directory\n"
	    "gapcheck: tests: Is a directory\n");
	assert_int_equal(c.diag.status, EXIT_INPUT);
	capture_end(&c);
}

static void
test_input_over_the_size_limit_is_refused(void **state)
{
	struct read_options	ro = { .max_size = 16 };
	struct captured		c;

	(void)state;
	capture_start(&c);
	assert_null(doc_read("tests/fixtures/mini.lex", &ro, &c.diag));
	assert_non_null(strstr(capture_text(&c),
	    "larger than the 16-byte limit (raise it with --max-size)"));
	capture_end(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8_bom_is_dropped),
		cmocka_unit_test(test_utf16le_with_bom_is_decoded),
		cmocka_unit_test(test_utf16be_with_bom_and_surrogates_is_decoded),
		cmocka_unit_test(test_utf16le_without_bom_is_recognized),
		cmocka_unit_test(test_invalid_utf8_is_replaced_with_one_warning),
		cmocka_unit_test(test_windows_1252_is_read_with_a_warning),
		cmocka_unit_test(test_windows_1252_undefined_byte_is_replaced),
		cmocka_unit_test(test_utf8_with_a_stray_byte_stays_utf8),
		cmocka_unit_test(test_html_without_charset_is_1252_or_utf8),
		cmocka_unit_test(test_crlf_and_lone_cr_become_newlines),
		cmocka_unit_test(test_a_few_nul_bytes_become_spaces_with_a_warning),
		cmocka_unit_test(test_empty_and_blank_inputs_are_errors),
		cmocka_unit_test(test_binary_and_office_inputs_are_named),
		cmocka_unit_test(test_missing_file_and_directory_are_errors),
		cmocka_unit_test(test_input_over_the_size_limit_is_refused),
	};

	return cmocka_run_group_tests_name("read", tests, NULL, NULL);
}
