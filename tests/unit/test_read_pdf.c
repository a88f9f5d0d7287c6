/*
 * test_read_pdf.c: PDF text in reading order, from the fixtures in
 * tests/golden/ (made by make pdf-fixtures from tests/pdf/).
 */
#include "unit.h"

#include "norm.h"

#define ONE_COLUMN	"tests/golden/same-resume-pdf/input.pdf"
#define TWO_COLUMNS	"tests/golden/same-resume-pdf-two-column/input.pdf"
#define LIGATURES	"tests/golden/pdf-ligatures/input.pdf"
#define SCAN		"tests/golden/pdf-scan-needs-ocr/input.pdf"
#define PASSWORD	"tests/golden/pdf-password-is-refused/input.pdf"
#define OWNER		"tests/golden/pdf-owner-password-is-read/input.pdf"
#define TRUNCATED	"tests/golden/pdf-truncated-is-refused/input.pdf"

static struct doc *
read_pdf(struct captured *c, const char *path)
{
	struct read_options	ro = { .max_size = READ_DEFAULT_MAX };

	return doc_read(path, &ro, &c->diag);
}

/* The line of text that line (from 1) starts with, or 0. */
static unsigned long
line_of(const struct doc *d, const char *line)
{
	const char	*p = d->text;
	unsigned long	 n = 1;
	size_t		 len = strlen(line);

	for (;;) {
		if (strncmp(p, line, len) == 0 && (p[len] == '\n' ||
		    p[len] == '\0'))
			return n;
		if ((p = strchr(p, '\n')) == NULL)
			return 0;
		p++;
		n++;
	}
}

static size_t
count(const char *text, const char *what)
{
	size_t	n = 0;

	while ((text = strstr(text, what)) != NULL) {
		n++;
		text++;
	}
	return n;
}

static void
test_sidebar_is_read_whole_before_the_main_column(void **state)
{
	struct captured	 c;
	struct doc	*d;
	unsigned long	 skills, education, summary, experience;

	(void)state;
	capture_start(&c);
	d = read_pdf(&c, TWO_COLUMNS);
	assert_non_null(d);
	assert_string_equal(d->format, "pdf");
	skills = line_of(d, "TECHNICAL SKILLS");
	education = line_of(d, "BSc Computer Science, University of Porto, "
	    "2022");
	summary = line_of(d, "SUMMARY");
	experience = line_of(d, "EXPERIENCE");
	assert_true(skills > 0 && education > skills);
	assert_true(summary > education && experience > summary);
	/* Sidebar lines share baselines with the main text, yet stay whole. */
	assert_int_equal(line_of(d, "Languages: Python, SQL, Bash"),
	    skills + 1);
	doc_free(d);
	capture_end(&c);
}

static void
test_a_continued_column_is_read_before_the_sidebar(void **state)
{
	struct captured	 c;
	struct doc	*d;

	(void)state;
	capture_start(&c);
	d = read_pdf(&c, TWO_COLUMNS);
	assert_non_null(d);
	assert_true(line_of(d, "- Automated nightly reports with Python "
	    "scripts and cron.") < line_of(d, "INTERESTS"));
	doc_free(d);
	capture_end(&c);
}

static void
test_running_header_and_footer_are_read_once(void **state)
{
	struct captured	 c;
	struct doc	*d;

	(void)state;
	capture_start(&c);
	d = read_pdf(&c, ONE_COLUMN);
	assert_non_null(d);
	assert_int_equal(count(d->text, "Dana Okafor \xC2\xB7 Curriculum "
	    "vitae\n"), 1);
	assert_int_equal(count(d->text, "Page 1 of 2\n"), 1);
	assert_int_equal(count(d->text, "Page 2 of 2"), 0);
	doc_free(d);
	capture_end(&c);
}

static void
test_hyphenated_word_is_joined(void **state)
{
	struct captured	 c;
	struct doc	*d;

	(void)state;
	capture_start(&c);
	d = read_pdf(&c, ONE_COLUMN);
	assert_non_null(d);
	assert_non_null(strstr(d->text, "Data: PostgreSQL, Redis, "
	    "Elasticsearch\n"));
	assert_null(strstr(d->text, "Elastic-"));
	doc_free(d);
	capture_end(&c);
}

static void
test_wrapped_lines_are_joined_but_not_list_items(void **state)
{
	struct captured	 c;
	struct doc	*d;

	(void)state;
	capture_start(&c);
	d = read_pdf(&c, TWO_COLUMNS);
	assert_non_null(d);
	assert_true(line_of(d, "Practices: unit testing, code review, CI/CD, "
	    "Git") > 0);
	assert_true(line_of(d, "- Split the billing module out of the "
	    "monolith into a separate service.") > 0);
	doc_free(d);
	capture_end(&c);
}

static void
test_page_starts_are_recorded(void **state)
{
	struct captured	 c;
	struct doc	*d;
	unsigned long	 junior;

	(void)state;
	capture_start(&c);
	d = read_pdf(&c, ONE_COLUMN);
	assert_non_null(d);
	assert_int_equal(d->npages, 2);
	junior = line_of(d, "Junior Backend Developer, Tabula Labs\tJul 2022 "
	    "- Feb 2024");
	assert_true(junior > 0);
	assert_int_equal(doc_page(d, 1), 1);
	assert_int_equal(doc_page(d, junior - 2), 1);	/* the footer */
	assert_int_equal(doc_page(d, junior), 2);
	doc_free(d);
	capture_end(&c);
}

static void
test_text_documents_have_no_pages(void **state)
{
	struct captured	 c;
	struct doc	*d;

	(void)state;
	capture_start(&c);
	d = doc_from_memory("cv.txt", "Python\nGo\n", 10, &c.diag);
	assert_non_null(d);
	assert_int_equal(doc_page(d, 1), 0);
	doc_free(d);
	capture_end(&c);
}

static void
test_ligatures_reach_normalization_as_written(void **state)
{
	struct captured	 c;
	struct doc	*d;
	char		*n;

	(void)state;
	capture_start(&c);
	d = read_pdf(&c, LIGATURES);
	assert_non_null(d);
	/* U+FB01 as the PDF has it; normalization makes it "fi". */
	assert_non_null(strstr(d->text, "AWS Certi\xEF\xAC\x81" "ed"));
	n = norm_string(d->text);
	assert_non_null(strstr(n, "aws certified developer"));
	assert_non_null(strstr(n, "github workflows"));
	assert_non_null(strstr(n, "high traffic systems"));
	free(n);
	doc_free(d);
	capture_end(&c);
}

static void
test_scan_has_no_text_layer(void **state)
{
	struct captured	c;

	(void)state;
	capture_start(&c);
	assert_null(read_pdf(&c, SCAN));
	assert_string_equal(capture_text(&c), "gapcheck: " SCAN ": no text "
	    "layer (scanned image?); run OCR first\n");
	assert_int_equal(c.diag.status, EXIT_NOTEXT);
	capture_end(&c);
}

static void
test_a_scan_ranks_below_an_unreadable_input(void **state)
{
	struct captured	c;

	(void)state;
	capture_start(&c);
	diag_raise(&c.diag, EXIT_NOTEXT);
	assert_int_equal(c.diag.status, EXIT_NOTEXT);
	diag_raise(&c.diag, EXIT_INPUT);
	assert_int_equal(c.diag.status, EXIT_INPUT);
	diag_raise(&c.diag, EXIT_NOTEXT);
	assert_int_equal(c.diag.status, EXIT_INPUT);
	diag_raise(&c.diag, EXIT_SYSTEM);
	assert_int_equal(c.diag.status, EXIT_SYSTEM);
	capture_end(&c);
}

static void
test_password_to_open_is_refused_owner_password_is_not(void **state)
{
	struct captured	 c;
	struct doc	*d;

	(void)state;
	capture_start(&c);
	assert_null(read_pdf(&c, PASSWORD));
	assert_non_null(strstr(capture_text(&c), "encrypted PDF: it opens "
	    "only with its password"));
	assert_int_equal(c.diag.status, EXIT_INPUT);
	d = read_pdf(&c, OWNER);
	assert_non_null(d);
	assert_true(line_of(d, "TECHNICAL SKILLS") > 0);
	doc_free(d);
	capture_end(&c);
}

static void
test_damaged_pdf_is_one_error(void **state)
{
	static const char	junk[] = "%PDF-1.7\n1 0 obj << /Type /Catalog";
	struct captured		c;

	(void)state;
	capture_start(&c);
	assert_null(read_pdf(&c, TRUNCATED));
	assert_null(doc_from_memory("cv.pdf", junk, sizeof(junk) - 1,
	    &c.diag));
	assert_int_equal(count(capture_text(&c), "\n"), 2);
	assert_int_equal(count(capture_text(&c), "damaged or truncated PDF"),
	    2);
	capture_end(&c);
}

static void
test_text_over_the_cap_is_refused(void **state)
{
	struct read_options	ro = { .max_size = 100 };
	struct captured		c;
	FILE			*f;
	char			 bytes[65536];
	size_t			 n;

	(void)state;
	capture_start(&c);
	f = fopen(ONE_COLUMN, "rb");
	assert_non_null(f);
	n = fread(bytes, 1, sizeof(bytes), f);
	fclose(f);
	assert_null(doc_from_bytes("cv.pdf", bytes, n, &ro, &c.diag));
	assert_non_null(strstr(capture_text(&c), "text larger than the "
	    "100-byte limit"));
	capture_end(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sidebar_is_read_whole_before_the_main_column),
		cmocka_unit_test(test_a_continued_column_is_read_before_the_sidebar),
		cmocka_unit_test(test_running_header_and_footer_are_read_once),
		cmocka_unit_test(test_hyphenated_word_is_joined),
		cmocka_unit_test(test_wrapped_lines_are_joined_but_not_list_items),
		cmocka_unit_test(test_page_starts_are_recorded),
		cmocka_unit_test(test_text_documents_have_no_pages),
		cmocka_unit_test(test_ligatures_reach_normalization_as_written),
		cmocka_unit_test(test_scan_has_no_text_layer),
		cmocka_unit_test(test_a_scan_ranks_below_an_unreadable_input),
		cmocka_unit_test(test_password_to_open_is_refused_owner_password_is_not),
		cmocka_unit_test(test_damaged_pdf_is_one_error),
		cmocka_unit_test(test_text_over_the_cap_is_refused),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
