/*
 * test_read_rtf.c: RTF to text, one construct at a time, through
 * doc_from_bytes as any input goes: sniffed, read, its limits kept.
 */
#include "unit.h"

#include "sniff.h"
#include "xmltext.h"

/* The document s, read under ro (NULL: the defaults); messages in c. */
static struct doc *
rtf_with(struct captured *c, const char *s, const struct read_options *ro)
{
	struct read_options	def = { .max_size = READ_DEFAULT_MAX };

	return doc_from_bytes("cv.rtf", s, strlen(s), ro ? ro : &def,
	    &c->diag);
}

/* The text of s, which must read without a message. */
static void
assert_reads(const char *s, const char *want)
{
	struct captured	 c;
	struct doc	*d;

	capture_start(&c);
	d = rtf_with(&c, s, NULL);
	if (d == NULL)
		fail_msg("not read: %s", capture_text(&c));
	assert_string_equal(capture_text(&c), "");
	assert_string_equal(d->format, "rtf");
	assert_string_equal(d->text, want);
	doc_free(d);
	capture_end(&c);
}

static void
test_sniff_tells_rtf_by_its_content(void **state)
{
	const char	*what;

	(void)state;
	assert_int_equal(sniff((const unsigned char *)"{\\rtf1\\ansi x}", 13,
	    &what), SNIFF_RTF);
	assert_null(what);
	assert_int_equal(sniff((const unsigned char *)"{\\rt", 4, &what),
	    SNIFF_TEXT);
	assert_int_equal(sniff((const unsigned char *)"Skills: {\\rtf}", 14,
	    &what), SNIFF_TEXT);
}

static void
test_paragraphs_and_breaks_end_lines(void **state)
{
	(void)state;
	assert_reads("{\\rtf1 One\\par Two\\line Three\\page Four\\sect Five}",
	    "One\nTwo\nThree\nFour\nFive\n");
	/* An empty paragraph is an empty line; line ends in the file none. */
	assert_reads("{\\rtf1 One\\par\\par Py\r\nthon\\par}",
	    "One\n\nPython\n");
	/* A backslash before a line end is \par. */
	assert_reads("{\\rtf1 One\\\nTwo}", "One\nTwo\n");
}

static void
test_control_symbols(void **state)
{
	(void)state;
	assert_reads("{\\rtf1 a\\\\b \\{c\\} d\\~e f\\-g h\\_i}",
	    "a\\b {c} d\xC2\xA0" "e fg h-i\n");
	/* The space after a control word is part of it; a second is not. */
	assert_reads("{\\rtf1 \\b  bold\\b0 plain}", " boldplain\n");
}

static void
test_hex_escapes_follow_the_code_page(void **state)
{
	(void)state;
	/* cp1252 unless said otherwise. */
	assert_reads("{\\rtf1 2022 \\'96 now, caf\\'e9}",
	    "2022 \xE2\x80\x93 now, caf\xC3\xA9\n");
	assert_reads("{\\rtf1\\ansi\\ansicpg1251 \\'cf\\'f0\\'e8}",
	    "\xD0\x9F\xD1\x80\xD0\xB8\n");
	assert_reads("{\\rtf1\\ansi\\ansicpg1250 \\'9a\\'e8}",
	    "\xC5\xA1\xC4\x8D\n");
	assert_reads("{\\rtf1\\ansi\\ansicpg1253 \\'e1\\'e2}",
	    "\xCE\xB1\xCE\xB2\n");
	assert_reads("{\\rtf1\\ansi\\ansicpg1254 \\'fe}", "\xC5\x9F\n");
	assert_reads("{\\rtf1\\mac Caf\\'8e}", "Caf\xC3\xA9\n");
	assert_reads("{\\rtf1\\pc Caf\\'82}", "Caf\xC3\xA9\n");
	assert_reads("{\\rtf1\\pca \\'9b}", "\xC3\xB8\n");
	/* Hex digits in either case. */
	assert_reads("{\\rtf1 \\'E9\\'e9}", "\xC3\xA9\xC3\xA9\n");
}

static void
test_a_font_charset_overrides_the_code_page(void **state)
{
	(void)state;
	assert_reads("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}"
	    "{\\f1\\fcharset204 Arial Cyr;}{\\f2\\fcharset238 Arial CE;}}"
	    "\\'e9 {\\f1 \\'cf} \\f2\\'9a\\plain\\'e9}",
	    "\xC3\xA9 \xD0\x9F \xC5\xA1\xC3\xA9\n");
	/* \cpg names the code page outright. */
	assert_reads("{\\rtf1{\\fonttbl{\\f3\\cpg1253 Greek;}}\\f3\\'e1}",
	    "\xCE\xB1\n");
	/* A font defined without braces around it. */
	assert_reads("{\\rtf1{\\fonttbl\\f0\\fcharset0 A;\\f1\\fcharset204 "
	    "B;}\\f1\\'cf}", "\xD0\x9F\n");
}

static void
test_symbol_fonts_give_bullets_and_list_labels_a_space(void **state)
{
	(void)state;
	assert_reads("{\\rtf1{\\fonttbl{\\f2\\fcharset2 Symbol;}}"
	    "{\\listtext\\pard\\plain\\f2 \\'b7\\tab}Python\\par}",
	    "\xE2\x80\xA2 Python\n");
	assert_reads("{\\rtf1{\\pntext 1.\\tab}First\\par}", "1. First\n");
}

static void
test_unicode_escapes_skip_their_fallback(void **state)
{
	(void)state;
	assert_reads("{\\rtf1 caf\\u233?s \\u8211\\'96 x}",
	    "caf\xC3\xA9s \xE2\x80\x93 x\n");
	/* Negative values are the code unit less 65536. */
	assert_reads("{\\rtf1 \\u-3913?}", "\xEF\x82\xB7\n");
	/* \ucN sets the count; a control word counts as one. */
	assert_reads("{\\rtf1\\uc2 \\u8212\\'97\\'97x \\uc0\\u233 y"
	    "\\uc1\\u233\\emdash z}",
	    "\xE2\x80\x94x \xC3\xA9y\xC3\xA9z\n");
	/* \uc lasts to the end of its group. */
	assert_reads("{\\rtf1{\\uc3\\u233 abcd}\\u233 ef}",
	    "\xC3\xA9" "d\xC3\xA9" "f\n");
	/* A group ends the fallback. */
	assert_reads("{\\rtf1\\uc5\\u233{x}y}", "\xC3\xA9xy\n");
}

static void
test_surrogate_pairs_join_and_lone_halves_do_not(void **state)
{
	(void)state;
	assert_reads("{\\rtf1 \\u-10179?\\u-8704?!}", "\xF0\x9F\x98\x80!\n");
	assert_reads("{\\rtf1 \\u-10179?x \\u-8704?y}",
	    "\xEF\xBF\xBDx \xEF\xBF\xBDy\n");
	assert_reads("{\\rtf1 a\\u-10179?}", "a\xEF\xBF\xBD\n");
	assert_reads("{\\rtf1 \\u-10179?\\u-10179?\\u-8704?}",
	    "\xEF\xBF\xBD\xF0\x9F\x98\x80\n");
}

static void
test_tables_read_a_row_to_a_line(void **state)
{
	(void)state;
	assert_reads("{\\rtf1 Skills\\par\\trowd\\cellx1\\cellx2\\pard\\intbl "
	    "Languages\\cell Python, Go\\cell\\row\\pard\\intbl Data\\cell "
	    "PostgreSQL\\cell\\row\\pard After\\par}",
	    "Skills\nLanguages\tPython, Go\nData\tPostgreSQL\nAfter\n");
	assert_reads("{\\rtf1 Title\\tab Mar 2024\\par}",
	    "Title\tMar 2024\n");
}

static void
test_destinations_are_left_out(void **state)
{
	(void)state;
	assert_reads("{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}{\\colortbl;\\red0;}"
	    "{\\stylesheet{\\s1 Heading 1;}}{\\info{\\title T}{\\author A}}"
	    "{\\*\\themedata 0102}{\\*\\colorschememapping 3c3f}"
	    "{\\*\\datastore 0105}{\\*\\latentstyles{\\lsdlocked0 Normal;}}"
	    "{\\*\\listtable{\\list{\\listlevel{\\leveltext \\'01\\'95;}}}}"
	    "{\\*\\listoverridetable{\\listoverride\\ls1}}"
	    "{\\*\\rsidtbl \\rsid1}{\\*\\generator Writer;}"
	    "{\\object{\\*\\objdata 0a0b}}{\\pict\\pngblip 89504e47}"
	    "{\\*\\anything new {\\b text}}Body\\par}", "Body\n");
}

static void
test_fields_show_their_result(void **state)
{
	(void)state;
	assert_reads("{\\rtf1 See {\\field{\\*\\fldinst{HYPERLINK "
	    "\"https://x.example\"}}{\\fldrslt{\\ul github.com/dana}}}.}",
	    "See github.com/dana.\n");
	assert_reads("{\\rtf1 {\\field{\\fldinst PAGE}{\\fldrslt 1}}}", "1\n");
}

static void
test_headers_first_footnotes_and_footers_last(void **state)
{
	(void)state;
	assert_reads("{\\rtf1{\\header\\pard Dana Okafor\\par}"
	    "{\\footer\\pard Page 1\\par}\\pard Body{\\footnote\\pard "
	    "A note.\\par} text\\par}",
	    "Dana Okafor\nBody text\nPage 1\nA note.\n");
}

static void
test_text_boxes_are_read_once(void **state)
{
	(void)state;
	assert_reads("{\\rtf1 Before\\par{\\shp{\\*\\shpinst{\\sp{\\sn "
	    "fillColor}{\\sv 255}}{\\shptxt\\pard Box text\\par}}"
	    "{\\shprslt{\\*\\do\\dptxbxtext{\\pard Box text\\par}}}}"
	    "After\\par}", "Before\nBox text\nAfter\n");
	/* \upr holds text twice: read its Unicode half. */
	assert_reads("{\\rtf1{\\upr{ANSI}{\\*\\ud{Unicode}}}}", "Unicode\n");
}

static void
test_hidden_and_deleted_text_is_left_out(void **state)
{
	(void)state;
	assert_reads("{\\rtf1 Visible {\\v hidden }text \\v gone\\v0 back\\par "
	    "kept {\\deleted cut }here\\par \\v x\\plain y}",
	    "Visible text back\nkept here\ny\n");
}

static void
test_binary_data_is_skipped(void **state)
{
	struct captured	 c;
	struct doc	*d;

	(void)state;
	assert_reads("{\\rtf1 a{\\pict\\bin4 }{\\}}b}", "ab\n");
	assert_reads("{\\rtf1 a\\bin2 xyb}", "ab\n");
	capture_start(&c);
	d = rtf_with(&c, "{\\rtf1 Python\\par{\\pict\\bin99999999999 ab}}",
	    NULL);
	assert_non_null(d);
	assert_string_equal(d->text, "Python\n");
	assert_string_equal(capture_text(&c), "gapcheck: cv.rtf: warning: "
	    "RTF ends inside binary data (truncated?)\n");
	doc_free(d);
	capture_end(&c);
}

static void
test_unbalanced_braces_are_read_as_far_as_they_go(void **state)
{
	struct captured	 c;
	struct doc	*d;

	(void)state;
	capture_start(&c);
	d = rtf_with(&c, "{\\rtf1{\\b Python\\par{Go", NULL);
	assert_non_null(d);
	assert_string_equal(d->text, "Python\nGo\n");
	assert_string_equal(capture_text(&c), "gapcheck: cv.rtf: warning: "
	    "RTF ends before its last group closes (truncated?)\n");
	doc_free(d);
	capture_end(&c);
	/* What follows the document's last brace is not the document. */
	assert_reads("{\\rtf1 Python}}} Go\\par}", "Python\n");
}

static void
test_nesting_past_max_depth_is_refused(void **state)
{
	struct read_options	 ro = { .max_size = READ_DEFAULT_MAX };
	struct captured		 c;
	struct doc		*d;
	char			*s;
	size_t			 i, n = 100000;

	(void)state;
	s = malloc(n + 32);
	assert_non_null(s);
	memcpy(s, "{\\rtf1", 6);
	for (i = 6; i < n; i++)
		s[i] = '{';
	strcpy(s + n, " deep");
	capture_start(&c);
	assert_null(rtf_with(&c, s, NULL));
	assert_string_equal(capture_text(&c), "gapcheck: cv.rtf:1: RTF nested "
	    "deeper than 200 groups (raise it with --max-depth)\n");
	assert_int_equal(c.diag.status, EXIT_INPUT);
	capture_end(&c);

	/* 201 deep: refused by default, read under --max-depth 255. */
	memcpy(s, "{\\rtf1", 6);
	for (i = 6; i < 6 + 200; i++)
		s[i] = '{';
	strcpy(s + i, "deep");
	capture_start(&c);
	assert_null(rtf_with(&c, s, NULL));
	ro.max_depth = XT_DEPTH_CEILING;
	d = rtf_with(&c, s, &ro);
	assert_non_null(d);
	assert_string_equal(d->text, "deep\n");
	doc_free(d);
	ro.max_depth = 10;
	assert_null(rtf_with(&c, "{\\rtf1{{{{{{{{{{x}}}}}}}}}}", &ro));
	assert_non_null(strstr(capture_text(&c), "deeper than 10 groups"));
	capture_end(&c);
	free(s);
}

static void
test_huge_and_truncated_escapes_are_harmless(void **state)
{
	(void)state;
	assert_reads("{\\rtf1 a\\u99999999999999999999?b}",
	    "a\xEF\xBF\xBD" "b\n");
	assert_reads("{\\rtf1 a\\u-99999999999?b}", "a\xEF\xBF\xBD" "b\n");
	assert_reads("{\\rtf1 {\\uc99999999999999\\u233 lost}Python}",
	    "\xC3\xA9Python\n");
	assert_reads("{\\rtf1 a\\'zzb\\'4}", "azzb4\n");
	assert_reads("{\\rtf1 a\\abcdefghijklmnopqrstuvwxyzabcdefghij b}",
	    "ab\n");
}

static void
test_truncated_at_an_escape_warns(void **state)
{
	static const char *const	 cut[] = {
		"{\\rtf1 Python\\'4", "{\\rtf1 Python\\'", "{\\rtf1 Python\\",
		"{\\rtf1 Python\\u", "{\\rtf1 Python\\u-", "{\\rtf1 Python\\par",
	};
	struct captured			 c;
	struct doc			*d;
	size_t				 i;

	(void)state;
	for (i = 0; i < sizeof(cut) / sizeof(cut[0]); i++) {
		capture_start(&c);
		d = rtf_with(&c, cut[i], NULL);
		assert_non_null(d);
		assert_true(strncmp(d->text, "Python", 6) == 0);
		assert_non_null(strstr(capture_text(&c), "(truncated?)"));
		doc_free(d);
		capture_end(&c);
	}
}

static void
test_pictures_alone_need_ocr(void **state)
{
	struct captured	c;

	(void)state;
	capture_start(&c);
	assert_null(rtf_with(&c, "{\\rtf1{\\fonttbl{\\f0 Arial;}}\\pard"
	    "{\\*\\shppict{\\pict\\jpegblip ffd8}}\\par}", NULL));
	assert_string_equal(capture_text(&c), "gapcheck: cv.rtf: no text, "
	    "only images (scanned image?); run OCR first\n");
	assert_int_equal(c.diag.status, EXIT_NOTEXT);
	capture_end(&c);
	/* No pictures and no text: nothing to analyze. */
	capture_start(&c);
	assert_null(rtf_with(&c, "{\\rtf1{\\info{\\title CV}}\\par}", NULL));
	assert_string_equal(capture_text(&c), "gapcheck: cv.rtf: no text: "
	    "nothing to analyze\n");
	assert_int_equal(c.diag.status, EXIT_INPUT);
	capture_end(&c);
}

static void
test_raw_eight_bit_text_is_utf8_or_the_code_page(void **state)
{
	(void)state;
	assert_reads("{\\rtf1 caf\xC3\xA9}", "caf\xC3\xA9\n");
	assert_reads("{\\rtf1 caf\xE9 \x96}", "caf\xC3\xA9 \xE2\x80\x93\n");
}

static void
test_an_unsupported_code_page_warns(void **state)
{
	struct captured	 c;
	struct doc	*d;

	(void)state;
	capture_start(&c);
	d = rtf_with(&c, "{\\rtf1\\ansi\\ansicpg932 x\\'82\\'a0y}", NULL);
	assert_non_null(d);
	assert_string_equal(d->text, "x\xEF\xBF\xBD\xEF\xBF\xBDy\n");
	assert_string_equal(capture_text(&c), "gapcheck: cv.rtf: warning: "
	    "code page 932 not supported: its characters read as U+FFFD\n");
	doc_free(d);
	capture_end(&c);
}

static void
test_text_over_the_cap_is_refused(void **state)
{
	struct read_options	ro = { .max_size = 20 };
	struct captured		c;

	(void)state;
	capture_start(&c);
	assert_null(rtf_with(&c, "{\\rtf1 Python, Go, PostgreSQL, Redis, "
	    "Docker\\par}", &ro));
	assert_string_equal(capture_text(&c), "gapcheck: cv.rtf: text larger "
	    "than the 20-byte limit (raise it with --max-size)\n");
	capture_end(&c);
}

int
main(void)
{
	const struct CMUnitTest	tests[] = {
		cmocka_unit_test(test_sniff_tells_rtf_by_its_content),
		cmocka_unit_test(test_paragraphs_and_breaks_end_lines),
		cmocka_unit_test(test_control_symbols),
		cmocka_unit_test(test_hex_escapes_follow_the_code_page),
		cmocka_unit_test(test_a_font_charset_overrides_the_code_page),
		cmocka_unit_test(
		    test_symbol_fonts_give_bullets_and_list_labels_a_space),
		cmocka_unit_test(test_unicode_escapes_skip_their_fallback),
		cmocka_unit_test(
		    test_surrogate_pairs_join_and_lone_halves_do_not),
		cmocka_unit_test(test_tables_read_a_row_to_a_line),
		cmocka_unit_test(test_destinations_are_left_out),
		cmocka_unit_test(test_fields_show_their_result),
		cmocka_unit_test(
		    test_headers_first_footnotes_and_footers_last),
		cmocka_unit_test(test_text_boxes_are_read_once),
		cmocka_unit_test(test_hidden_and_deleted_text_is_left_out),
		cmocka_unit_test(test_binary_data_is_skipped),
		cmocka_unit_test(
		    test_unbalanced_braces_are_read_as_far_as_they_go),
		cmocka_unit_test(test_nesting_past_max_depth_is_refused),
		cmocka_unit_test(test_huge_and_truncated_escapes_are_harmless),
		cmocka_unit_test(test_truncated_at_an_escape_warns),
		cmocka_unit_test(test_pictures_alone_need_ocr),
		cmocka_unit_test(
		    test_raw_eight_bit_text_is_utf8_or_the_code_page),
		cmocka_unit_test(test_an_unsupported_code_page_warns),
		cmocka_unit_test(test_text_over_the_cap_is_refused),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
