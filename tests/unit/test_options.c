/* test_options.c: the command line. */
#include "unit.h"
#include "options.h"

/* The last argv parse() built: options point into it until the next. */
static char	**last_argv;

static int
free_argv(void **state)
{
	char	**a;

	(void)state;
	for (a = last_argv; a != NULL && *a != NULL; a++)
		free(*a);
	free(last_argv);
	last_argv = NULL;
	return 0;
}

/* Parse words; getopt wants char **, so they are copied. */
static int
parse(struct captured *c, struct options *o, int argc, const char **words)
{
	int	i;

	free_argv(NULL);
	last_argv = calloc((size_t)argc + 1, sizeof(*last_argv));
	assert_non_null(last_argv);
	for (i = 0; i < argc; i++)
		last_argv[i] = strdup(words[i]);
	return options_parse(o, argc, last_argv, &c->diag);
}

static void
test_defaults(void **state)
{
	const char	*argv[] = { "gapcheck", NULL };
	struct options	 o;
	struct captured	 c;

	(void)state;
	capture_start(&c);
	assert_int_equal(parse(&c, &o, 1, argv), 0);
	assert_string_equal(o.role, "backend");
	assert_string_equal(o.format, "text");
	assert_null(o.stage);
	assert_int_equal(o.max_size, READ_DEFAULT_MAX);
	assert_int_equal(o.max_part, 0);
	assert_int_equal(o.max_ratio, 0);
	assert_int_equal(o.max_depth, 0);
	assert_int_equal(o.ninputs, 0);
	capture_end(&c);
}

static void
test_short_and_long_forms(void **state)
{
	const char	*argv[] = { "gapcheck", "-r", "data", "--format=json",
			    "--stage", "lead", "-L", "x.lex", "--max-size",
			    "512K", "a.txt", "-", NULL };
	struct options	 o;
	struct captured	 c;

	(void)state;
	capture_start(&c);
	assert_int_equal(parse(&c, &o, 12, argv), 0);
	assert_string_equal(o.role, "data");
	assert_string_equal(o.format, "json");
	assert_string_equal(o.stage, "lead");
	assert_string_equal(o.lexicon, "x.lex");
	assert_int_equal(o.max_size, 512 * 1024);
	assert_int_equal(o.ninputs, 2);
	assert_string_equal(o.inputs[1], "-");
	capture_end(&c);
}

static void
test_usage_errors_are_reported(void **state)
{
	const char	*a1[] = { "gapcheck", "--bogus", NULL };
	const char	*a2[] = { "gapcheck", "-r", NULL };
	const char	*a3[] = { "gapcheck", "--color", "pink", NULL };
	const char	*a4[] = { "gapcheck", "--max-size", "lots", NULL };
	struct options	 o;
	struct captured	 c;

	(void)state;
	capture_start(&c);
	assert_int_equal(parse(&c, &o, 2, a1), -1);
	assert_int_equal(parse(&c, &o, 2, a2), -1);
	assert_int_equal(parse(&c, &o, 3, a3), -1);
	assert_int_equal(parse(&c, &o, 3, a4), -1);
	assert_string_equal(capture_text(&c),
	    "gapcheck: --bogus: unknown option\n"
	    "gapcheck: -r: needs an argument\n"
	    "gapcheck: --color pink: expected auto, always or never\n"
	    "gapcheck: --max-size lots: expected a size such as 65536, 512K "
	    "or 64M\n");
	assert_int_equal(c.diag.status, EXIT_USAGE);
	capture_end(&c);
}

static void
test_limits_are_parsed_and_bounded(void **state)
{
	const char	*ok[] = { "gapcheck", "--max-depth", "255", "--max-part",
			    "2G", "--max-ratio=1000", NULL };
	const char	*deep[] = { "gapcheck", "--max-depth", "256", NULL };
	const char	*ratio[] = { "gapcheck", "--max-ratio", "0", NULL };
	const char	*part[] = { "gapcheck", "--max-part", "1x", NULL };
	struct options	 o;
	struct captured	 c;

	(void)state;
	capture_start(&c);
	assert_int_equal(parse(&c, &o, 6, ok), 0);
	assert_int_equal(o.max_depth, 255);
	assert_int_equal(o.max_part, (size_t)2 << 30);
	assert_int_equal(o.max_ratio, 1000);
	assert_int_equal(parse(&c, &o, 3, deep), -1);
	assert_int_equal(parse(&c, &o, 3, ratio), -1);
	assert_int_equal(parse(&c, &o, 3, part), -1);
	assert_string_equal(capture_text(&c),
	    "gapcheck: --max-depth 256: expected a number from 1 to 255\n"
	    "gapcheck: --max-ratio 0: expected a number from 1 to 1000000\n"
	    "gapcheck: --max-part 1x: expected a size such as 1048576, 64M "
	    "or 2G\n");
	capture_end(&c);
}

static void
test_help_lists_every_option(void **state)
{
	char	*text = NULL;
	size_t	 len = 0;
	FILE	*f = open_memstream(&text, &len);

	(void)state;
	options_help(f);
	fclose(f);
	assert_non_null(strstr(text, "usage: gapcheck"));
	assert_non_null(strstr(text, "-r, --role role"));
	assert_non_null(strstr(text, "--list-skills"));
	assert_non_null(strstr(text, "--max-size size"));
	free(text);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_short_and_long_forms),
		cmocka_unit_test(test_usage_errors_are_reported),
		cmocka_unit_test(test_limits_are_parsed_and_bounded),
		cmocka_unit_test(test_help_lists_every_option),
	};

	return cmocka_run_group_tests_name("options", tests, NULL, free_argv);
}
