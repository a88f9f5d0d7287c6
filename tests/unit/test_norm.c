/* test_norm.c: normalization and its map back to the document. */
#include "unit.h"
#include "norm.h"

static void
check_norm(const char *in, const char *want)
{
	char	*got = norm_string(in);

	assert_string_equal(got, want);
	free(got);
}

static void
test_ascii_is_lowercased(void **state)
{
	(void)state;
	check_norm("PostgreSQL, K8s & CI/CD", "postgresql, k8s & ci/cd");
}

static void
test_typographic_variants_become_ascii(void **state)
{
	(void)state;
	check_norm("Go\xC2\xA0" "1.21", "go 1.21");		/* no-break space */
	check_norm("a\xE2\x80\x83" "b", "a b");			/* em space */
	check_norm("2019\xE2\x80\x93" "2021", "2019-2021");	/* en dash */
	check_norm("x\xE2\x80\x94y", "x-y");			/* em dash */
	check_norm("\xE2\x80\x9CRust\xE2\x80\x9D", "\"rust\"");	/* quotes */
	check_norm("Kafka\xE2\x80\x99s", "kafka's");
}

static void
test_fullwidth_and_ligatures_fold(void **state)
{
	(void)state;
	check_norm("\xEF\xBC\xB0\xEF\xBD\x99\xEF\xBD\x94\xEF\xBD\x88"
	    "\xEF\xBD\x8F\xEF\xBD\x8E", "python");		/* Ｐｙｔｈｏｎ */
	check_norm("\xEF\xAC\x81rebase", "firebase");		/* U+FB01 */
	check_norm("Stra\xC3\x9F" "e", "strasse");		/* case fold */
}

static void
test_soft_hyphen_is_removed(void **state)
{
	(void)state;
	check_norm("Kuber\xC2\xADnetes", "kubernetes");
}

static void
test_combining_mark_after_ascii_composes(void **state)
{
	(void)state;
	check_norm("Re\xCC\x81sume\xCC\x81", "r\xC3\xA9sum\xC3\xA9");
}

static void
test_offsets_map_back_to_the_document(void **state)
{
	/* "ｊａｖａ dev": fullwidth letters are 3 bytes, fold to 1. */
	const char	*doc = "x \xEF\xBD\x8A\xEF\xBD\x81\xEF\xBD\x96"
			    "\xEF\xBD\x81 dev";
	struct norm	 n = { 0 };
	size_t		 ds, de;

	(void)state;
	norm_run(&n, doc, strlen(doc));
	assert_string_equal(n.text, "x java dev");
	norm_to_doc(&n, 2, 6, &ds, &de);	/* "java" */
	assert_int_equal(ds, 2);
	assert_int_equal(de, 14);
	norm_to_doc(&n, 7, 10, &ds, &de);	/* "dev" */
	assert_int_equal(ds, 15);
	assert_int_equal(de, 18);
	norm_to_doc(&n, 3, 5, &ds, &de);	/* inside: whole characters */
	assert_int_equal(ds, 5);
	assert_int_equal(de, 11);
	norm_free(&n);
}

/*
 * A thousand combining marks on one letter are cut into segments of a
 * bounded size; the text after them still maps back exactly.
 */
static void
test_a_long_run_of_marks_stays_mapped(void **state)
{
	char		 doc[3000];
	struct norm	 n = { 0 };
	size_t		 len = 0, i, ds, de;
	const char	*go;

	(void)state;
	doc[len++] = 'e';
	for (i = 0; i < 1000; i++) {
		doc[len++] = '\xCC';		/* U+0301 */
		doc[len++] = '\x81';
	}
	memcpy(doc + len, " Go", 4);
	len += 3;
	norm_run(&n, doc, len);
	assert_false(n.truncated);
	go = strstr(n.text, " go");
	assert_non_null(go);
	assert_int_equal(strlen(go), 3);
	norm_to_doc(&n, (size_t)(go - n.text) + 1, n.len, &ds, &de);
	assert_int_equal(ds, len - 2);
	assert_int_equal(de, len);
	norm_free(&n);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ascii_is_lowercased),
		cmocka_unit_test(test_typographic_variants_become_ascii),
		cmocka_unit_test(test_fullwidth_and_ligatures_fold),
		cmocka_unit_test(test_soft_hyphen_is_removed),
		cmocka_unit_test(test_combining_mark_after_ascii_composes),
		cmocka_unit_test(test_offsets_map_back_to_the_document),
		cmocka_unit_test(test_a_long_run_of_marks_stays_mapped),
	};

	return cmocka_run_group_tests_name("norm", tests, NULL, NULL);
}
