/* test_diag.c: message format and the worst status winning. */
#include "unit.h"

static void
test_message_format(void **state)
{
	struct captured	c;

	(void)state;
	capture_start(&c);
	diag_error(&c.diag, EXIT_INPUT, "cv.docx", 0, "not a zip archive");
	diag_warning(&c.diag, "cv.txt", 18, "invalid UTF-8 replaced by U+FFFD");
	diag_error(&c.diag, EXIT_INPUT, NULL, 0, "%d of %d inputs could not "
	    "be read", 2, 40);
	assert_string_equal(capture_text(&c),
	    "gapcheck: cv.docx: not a zip archive\n"
	    "gapcheck: cv.txt:18: warning: invalid UTF-8 replaced by U+FFFD\n"
	    "gapcheck: 2 of 40 inputs could not be read\n");
	assert_int_equal(c.diag.nerrors, 2);
	assert_int_equal(c.diag.nwarnings, 1);
	capture_end(&c);
}

static void
test_worst_status_wins(void **state)
{
	struct captured	c;

	(void)state;
	capture_start(&c);
	diag_warning(&c.diag, NULL, 0, "only a warning");
	assert_int_equal(c.diag.status, EXIT_OK);
	diag_error(&c.diag, EXIT_LEXICON, NULL, 0, "bad lexicon");
	diag_error(&c.diag, EXIT_INPUT, NULL, 0, "bad input");
	assert_int_equal(c.diag.status, EXIT_LEXICON);
	diag_error(&c.diag, EXIT_SYSTEM, NULL, 0, "disk full");
	assert_int_equal(c.diag.status, EXIT_SYSTEM);
	capture_end(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_message_format),
		cmocka_unit_test(test_worst_status_wins),
	};

	return cmocka_run_group_tests_name("diag", tests, NULL, NULL);
}
