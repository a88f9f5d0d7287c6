/* test_lexicon.c: loading, and a FILE:LINE message for every mistake. */
#include <sys/stat.h>

#include "unit.h"

#define HEAD	"role r \"R\"\nstage junior 0 2\nstage mid 2 +\n" \
		"category lang \"Languages\"\nguide g1 a.txt \"A\"\n"
#define SKILL	"skill py \"Python\"\n category lang\n stage junior\n" \
		" alias python\n"

/* Parsing text must fail with exactly this message. */
static void
check_error(const char *text, const char *want)
{
	struct captured	 c;
	struct lexicon	*lx;

	capture_start(&c);
	lx = parse_lexicon(&c, text);
	assert_null(lx);
	assert_string_equal(capture_text(&c), want);
	assert_int_equal(c.diag.status, EXIT_LEXICON);
	capture_end(&c);
}

static void
test_mini_lexicon_loads(void **state)
{
	struct lexicon	*lx = load_lexicon(MINI_LEXICON);

	(void)state;
	assert_string_equal(lx->role, "mini");
	assert_int_equal(lx->nstages, 3);
	assert_int_equal(lx->stages[2].to, -1);
	assert_true(lx->threshold > 0.49 && lx->threshold < 0.51);
	assert_int_equal(lx->ngroups, 2);
	/* Groups, then weighted skills that are not members. */
	assert_int_equal(lx->nreqs, 2 + 4);
	assert_int_equal(lx->npatterns, 1);
	assert_int_equal(lx->skills[lexicon_skill_index(lx, "django")]
	    .nimplies, 1);
	lexicon_free(lx);
}

static void
test_unknown_directive(void **state)
{
	(void)state;
	check_error(HEAD "colour red\n",
	    "gapcheck: test.lex:6: unknown directive \"colour\"\n");
}

/* Sections read a line's first 32 words for its heading. */
static void
test_overlong_heading(void **state)
{
	(void)state;
	check_error(HEAD "section s \"a b c d e f g h i j k l m n o p q r s t "
	    "u v w x y z aa bb cc dd ee ff\"\n" SKILL,
	    "gapcheck: test.lex:6: heading \"a b c d e f g h i j k l m n o p "
	    "q r s t u v w x y z aa bb cc dd ee ff\" is longer than 31 "
	    "words\n");
}

static void
test_unknown_stage(void **state)
{
	(void)state;
	check_error(HEAD "skill py \"Python\"\n category lang\n stage staff\n",
	    "gapcheck: test.lex:8: unknown stage \"staff\"\n");
}

static void
test_title_errors(void **state)
{
	(void)state;
	check_error(HEAD "job-title staff engineer\n" SKILL,
	    "gapcheck: test.lex:6: unknown stage \"staff\"\n");
	check_error(HEAD "title-rank junior junior \"...\"\n" SKILL,
	    "gapcheck: test.lex:6: title \"...\" has no word to match\n");
	check_error(HEAD "title-rank junior jr\ntitle-rank junior jr\n" SKILL,
	    "gapcheck: test.lex:7: title \"jr\" given twice\n");
	check_error(HEAD "listed-weight 2\n" SKILL,
	    "gapcheck: test.lex:6: listed-weight \"2\": expected a number "
	    "from 0 to 1\n");
}

static void
test_duplicate_id(void **state)
{
	(void)state;
	check_error(HEAD SKILL "skill py \"Again\"\n category lang\n"
	    " stage junior\n",
	    "gapcheck: test.lex:10: duplicate skill id \"py\"\n");
}

static void
test_duplicate_alias_names_the_other_skill(void **state)
{
	(void)state;
	check_error(HEAD SKILL "skill py2 \"Py\"\n category lang\n"
	    " stage junior\n alias Python\n",
	    "gapcheck: test.lex:13: alias \"Python\" already names skill "
	    "\"py\"\n");
}

static void
test_bad_regex_gives_pcre2_message_and_offset(void **state)
{
	(void)state;
	check_error(HEAD SKILL " pattern python(3\n",
	    "gapcheck: test.lex:10: skill \"py\": pattern error at offset 8: "
	    "missing closing parenthesis\n");
}

static void
test_unknown_skill_in_implies_and_members(void **state)
{
	(void)state;
	check_error(HEAD SKILL " implies pyhton\n"
	    "group g \"G\"\n stage junior\n weight 2\n members py rubby\n",
	    "gapcheck: test.lex:10: implies names unknown skill \"pyhton\"\n"
	    "gapcheck: test.lex:14: members names unknown skill \"rubby\"\n");
}

static void
test_member_with_weight_is_refused(void **state)
{
	(void)state;
	check_error(HEAD SKILL " weight 3\ngroup g \"G\"\n stage junior\n"
	    " weight 2\n members py\n",
	    "gapcheck: test.lex:6: skill \"py\" has weight 3 but is a member "
	    "of group \"g\": the group carries the weight\n");
}

static void
test_weight_out_of_range(void **state)
{
	(void)state;
	check_error(HEAD SKILL " weight 9\n",
	    "gapcheck: test.lex:10: weight \"9\": expected a whole number "
	    "from 0 to 5\n");
}

static void
test_top_level_directive_after_a_block(void **state)
{
	(void)state;
	check_error(HEAD SKILL "guide g2 b.txt \"B\"\n",
	    "gapcheck: test.lex:10: \"guide\" must come before the first "
	    "skill or group\n");
}

static void
test_unknown_guide_and_category(void **state)
{
	(void)state;
	check_error(HEAD "skill py \"P\"\n category langs\n stage junior\n"
	    " from g9\n",
	    "gapcheck: test.lex:7: unknown category \"langs\"\n"
	    "gapcheck: test.lex:9: unknown guide \"g9\"\n");
	check_error(HEAD "skill py \"P\"\n stage junior\n",
	    "gapcheck: test.lex:6: skill \"py\" has no category\n");
}

static void
test_unterminated_quote(void **state)
{
	(void)state;
	check_error(HEAD SKILL " alias \"amazon web\n",
	    "gapcheck: test.lex:10: unterminated quoted string\n");
}

static void
test_missing_role_and_stages(void **state)
{
	(void)state;
	check_error("# nothing\n",
	    "gapcheck: test.lex: no \"role\" line\n"
	    "gapcheck: test.lex: no \"stage\" lines\n");
}

static void
test_group_needs_weight_and_members(void **state)
{
	(void)state;
	check_error(HEAD SKILL "group g \"G\"\n stage junior\n",
	    "gapcheck: test.lex: group \"g\" needs a weight from 1 to 5\n"
	    "gapcheck: test.lex: group \"g\" has no members\n");
}

static void
test_unknown_rule_set_and_kind(void **state)
{
	(void)state;
	check_error(HEAD "rule-set food veto-sideways \\bmenu\\b\n" SKILL
	    " use drinks\n",
	    "gapcheck: test.lex:6: rule-set food: \"veto-sideways\" is not a "
	    "rule kind\n"
	    "gapcheck: test.lex:11: unknown rule-set \"drinks\"\n");
}

static void
test_posting_words_and_kinds(void **state)
{
	(void)state;
	check_error(HEAD "plain-words english \"computer science\"\n"
	    "practice-kind habits\n" SKILL,
	    "gapcheck: test.lex:6: plain word \"computer science\": expected "
	    "one word\n"
	    "gapcheck: test.lex:7: unknown kind \"habits\"\n");
	check_error(HEAD "section about \"about us\"\nposting-weight about 6\n"
	    "posting-weight default 0\n" SKILL,
	    "gapcheck: test.lex:7: weight \"6\": expected a whole number "
	    "from 0 to 5\n"
	    "gapcheck: test.lex:8: weight \"0\": expected a whole number "
	    "from 1 to 5\n");
}

static void
test_missing_file_is_a_lexicon_error(void **state)
{
	struct captured	c;

	(void)state;
	capture_start(&c);
	assert_null(lexicon_load("tests/fixtures/none.lex", &c.diag));
	assert_string_equal(capture_text(&c), "gapcheck: "
	    "tests/fixtures/none.lex: No such file or directory\n");
	assert_int_equal(c.diag.status, EXIT_LEXICON);
	capture_end(&c);
}

/* A folder of lexicon files for the catalogue tests, made fresh. */
struct tree {
	char	dir[64];
};

static void
tree_file(struct tree *t, const char *name, const char *text)
{
	char	 path[256];
	FILE	*f;

	snprintf(path, sizeof(path), "%s/%s", t->dir, name);
	assert_non_null(f = fopen(path, "w"));
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
}

static void
tree_start(struct tree *t)
{
	char	path[256];

	snprintf(t->dir, sizeof(t->dir), "/tmp/gapcheck-lex.XXXXXX");
	assert_non_null(mkdtemp(t->dir));
	snprintf(path, sizeof(path), "%s/cat", t->dir);
	assert_int_equal(mkdir(path, 0700), 0);
	tree_file(t, "cat/kinds.lex",
	    "kind language \"Languages\"\n"
	    "kind office \"Office software\"\n"
	    "tag server \"Server-side languages\"\n"
	    "source s1 \"A source\"\n");
}

static void
tree_end(struct tree *t)
{
	char	cmd[128];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", t->dir);
	assert_int_equal(system(cmd), 0);
}

#define ROLE	"role r \"R\"\ncatalogue cat\nstage junior 0 2\n" \
		"category lang \"Languages\"\nguide g1 a.txt \"A\"\n"

/*
 * A role adopts the entries it names, takes in a tag's entries in a
 * group, and leaves the rest to be reported beyond it; its own skills
 * come first, in its order.
 */
static void
test_catalogue_entries_are_adopted_grouped_or_beyond(void **state)
{
	struct tree	 t;
	struct lexicon	*lx;
	char		 path[256];
	size_t		 py, cs, xl;

	(void)state;
	tree_start(&t);
	tree_file(&t, "cat/b.lex",
	    "skill excel \"Excel\"\n kind office\n source s1\n"
	    " alias \"microsoft excel\"\n ambiguous excel\n"
	    "skill csharp \"C#\"\n kind language\n tag server\n source s1\n"
	    " alias c# csharp\n"
	    "skill python \"Python\"\n kind language\n tag server\n"
	    " source s1\n alias python\n");
	tree_file(&t, "r.lex", ROLE
	    "skill python \"Python 3\"\n category lang\n stage junior\n"
	    " from g1\n alias python py3\n"
	    "group lang \"A language\"\n stage junior\n weight 5\n from g1\n"
	    " members python\n members-tag server\n");
	snprintf(path, sizeof(path), "%s/r.lex", t.dir);
	lx = load_lexicon(path);
	py = lexicon_skill_index(lx, "python");
	cs = lexicon_skill_index(lx, "csharp");
	xl = lexicon_skill_index(lx, "excel");
	assert_int_equal(py, 0);
	assert_string_equal(lx->skills[py].name, "Python 3");
	assert_true(lx->skills[py].in_role && lx->skills[py].catalogue);
	assert_string_equal(lx->kinds[lx->skills[py].kind].id, "language");
	assert_int_equal(lx->skills[cs].group, lx->skills[py].group);
	assert_int_equal(lx->groups[0].nmembers, 2);
	assert_true(lexicon_in_role(lx, cs));
	assert_false(lexicon_in_role(lx, xl));
	assert_int_equal(lx->ncatalogue, 3);
	lexicon_free(lx);
	tree_end(&t);
}

/*
 * Load the tree's r.lex, which must fail with exactly this message, in
 * which each '@' stands for the tree's folder.
 */
static void
check_tree_error(struct tree *t, const char *want)
{
	struct captured	 c;
	char		 path[256], expect[512];
	size_t		 n = 0;

	snprintf(path, sizeof(path), "%s/r.lex", t->dir);
	for (; *want != '\0' && n + sizeof(t->dir) < sizeof(expect); want++)
		if (*want == '@')
			n += (size_t)snprintf(expect + n, sizeof(expect) - n,
			    "%s", t->dir);
		else
			expect[n++] = *want;
	expect[n] = '\0';
	capture_start(&c);
	assert_null(lexicon_load(path, &c.diag));
	assert_string_equal(capture_text(&c), expect);
	assert_int_equal(c.diag.status, EXIT_LEXICON);
	capture_end(&c);
}

/* Every mistake in a catalogue file is reported at its own line. */
static void
test_catalogue_errors_name_their_file_and_line(void **state)
{
	struct tree	t;

	(void)state;
	tree_start(&t);
	tree_file(&t, "r.lex", ROLE);
	tree_file(&t, "cat/b.lex", "skill a \"A\"\n kind language\n"
	    " source s1\n stage junior\n");
	check_tree_error(&t, "gapcheck: @/cat/b.lex:4: \"stage\" does not "
	    "belong in a catalogue file: a role's lexicon says it\n");
	tree_file(&t, "cat/b.lex", "skill a \"A\"\n kind languages\n"
	    " source s1\n");
	check_tree_error(&t, "gapcheck: @/cat/b.lex:2: unknown kind "
	    "\"languages\"\n");
	tree_file(&t, "cat/b.lex", "skill a \"A\"\n kind language\n"
	    " alias a\n");
	check_tree_error(&t, "gapcheck: @/cat/b.lex:1: skill \"a\" has no "
	    "source\n");
	tree_file(&t, "cat/b.lex", "skill a \"A\"\n kind language\n"
	    " source s1\n alias a\n");
	tree_file(&t, "cat/c.lex", "\nskill b \"B\"\n kind language\n"
	    " source s1\n alias a\n");
	check_tree_error(&t, "gapcheck: @/cat/c.lex:5: alias \"a\" already "
	    "names skill \"a\"\n");
	tree_file(&t, "cat/c.lex", "\n");
	tree_file(&t, "r.lex", ROLE "group g \"G\"\n stage junior\n"
	    " weight 1\n from g1\n members-tag nosuch\n");
	check_tree_error(&t, "gapcheck: @/r.lex:10: unknown tag "
	    "\"nosuch\"\ngapcheck: @/r.lex: group \"g\" has no members\n");
	tree_file(&t, "r.lex", "role r \"R\"\ncatalogue none\nstage a 0 +\n");
	check_tree_error(&t, "gapcheck: @/r.lex:2: catalogue "
	    "@/none: No such file or directory\n");
	tree_end(&t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mini_lexicon_loads),
		cmocka_unit_test(test_catalogue_entries_are_adopted_grouped_or_beyond),
		cmocka_unit_test(test_catalogue_errors_name_their_file_and_line),
		cmocka_unit_test(test_overlong_heading),
		cmocka_unit_test(test_unknown_directive),
		cmocka_unit_test(test_unknown_stage),
		cmocka_unit_test(test_title_errors),
		cmocka_unit_test(test_duplicate_id),
		cmocka_unit_test(test_duplicate_alias_names_the_other_skill),
		cmocka_unit_test(test_bad_regex_gives_pcre2_message_and_offset),
		cmocka_unit_test(test_unknown_skill_in_implies_and_members),
		cmocka_unit_test(test_member_with_weight_is_refused),
		cmocka_unit_test(test_weight_out_of_range),
		cmocka_unit_test(test_top_level_directive_after_a_block),
		cmocka_unit_test(test_unknown_guide_and_category),
		cmocka_unit_test(test_unterminated_quote),
		cmocka_unit_test(test_missing_role_and_stages),
		cmocka_unit_test(test_group_needs_weight_and_members),
		cmocka_unit_test(test_unknown_rule_set_and_kind),
		cmocka_unit_test(test_posting_words_and_kinds),
		cmocka_unit_test(test_missing_file_is_a_lexicon_error),
	};

	return cmocka_run_group_tests_name("lexicon", tests, NULL, NULL);
}
