/*
 * test_backend.c: the backend lexicon against what the guides name and
 * the acceptance cases of a real resume.
 */
#include <dirent.h>

#include "unit.h"

#define GUIDE_TERMS	"tests/lexicon/guide-terms.tsv"
#define AMBIGUOUS	"tests/lexicon/ambiguous.tsv"
/* One file of example lines for each catalogue file. */
#define CATALOGUE_EXAMPLES	"tests/lexicon/catalogue"
#define SAMPLES		"corpora/samples/"

/* A file's contents, NUL-terminated; the caller frees it. */
static char *
slurp(const char *path)
{
	FILE	*f = fopen(path, "rb");
	char	*text;
	long	 len;

	if (f == NULL)
		fail_msg("cannot open %s", path);
	assert_int_equal(fseek(f, 0, SEEK_END), 0);
	len = ftell(f);
	assert_true(len >= 0);
	rewind(f);
	text = malloc((size_t)len + 1);
	assert_non_null(text);
	assert_int_equal(fread(text, 1, (size_t)len, f), (size_t)len);
	text[len] = '\0';
	fclose(f);
	return text;
}

static const struct analysis *
analyze_file(struct fixture *fx, const char *path)
{
	char			*text = slurp(path);
	const struct analysis	*a = analyze(fx, text);

	free(text);
	return a;
}

/*
 * Every term the guides name, written as a resume would, is found as
 * the skill the list says, in a skills line and alone in a sentence
 * of a skills section.
 */
static void
test_every_guide_term_is_found(void **state)
{
	struct fixture	*fx = *state;
	char		*list = slurp(GUIDE_TERMS), *line, *save = NULL;
	char		*term, *id, text[512];
	int		 rows = 0, missed = 0;

	for (line = strtok_r(list, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save)) {
		if (line[0] == '#' || line[0] == '\0')
			continue;
		term = line;
		if ((id = strchr(term, '\t')) == NULL)
			fail_msg("%s: no tab in \"%s\"", GUIDE_TERMS, line);
		*id++ = '\0';
		if (strchr(id, '\t') != NULL)
			*strchr(id, '\t') = '\0';
		if (lexicon_skill_index(fx->lx, id) == LEX_NONE)
			fail_msg("%s: unknown skill id \"%s\"", GUIDE_TERMS, id);
		snprintf(text, sizeof(text), "Skills: %s\n", term);
		analyze(fx, text);
		if (!found(fx, id)) {
			print_message("not found: \"%s\" as %s\n", term, id);
			missed++;
		}
		rows++;
	}
	free(list);
	assert_true(rows >= 60);
	assert_int_equal(missed, 0);
}

/* Whether the last analysis set aside a mention of skill s. */
static int
rejected_mention_of(struct fixture *fx, size_t s)
{
	const struct findings	*f = fx->a->findings;
	struct rejected		 r;
	size_t			 i;

	for (i = 0; i < f->nrej; i++)
		if (match_rejected(f, i, &r)->skill == s)
			return 1;
	return 0;
}

/* Counts over every example file. */
struct examples {
	unsigned char	*yes, *no;	/* per skill: has such a row */
	int		 rows, failed;
};

/*
 * Run the rows of one example file: "id<TAB>yes|no<TAB>sentence".  A
 * "yes" sentence alone as a document names the skill; a "no" one uses
 * its words in another sense: they are there, but the skill is neither
 * found nor being learned.
 */
static void
run_examples(struct fixture *fx, const char *path, struct examples *ex)
{
	char		*list = slurp(path), *line, *save = NULL;
	char		*id, *expect, *sentence, *text;
	size_t		 s, len;
	int		 want, st;

	for (line = strtok_r(list, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save)) {
		if (line[0] == '#' || line[0] == '\0')
			continue;
		id = line;
		expect = strchr(id, '\t');
		sentence = expect != NULL ? strchr(expect + 1, '\t') : NULL;
		if (sentence == NULL) {
			fail_msg("%s: not three fields: \"%s\"", path, line);
			continue;
		}
		*expect++ = '\0';
		*sentence++ = '\0';
		if ((s = lexicon_skill_index(fx->lx, id)) == LEX_NONE)
			fail_msg("%s: unknown skill id \"%s\"", path, id);
		if (!fx->lx->skills[s].ambiguous &&
		    fx->lx->skills[s].rules.n == 0)
			fail_msg("%s: %s has no ambiguous spelling and no rule",
			    path, id);
		want = strcmp(expect, "yes") == 0;
		if (!want && strcmp(expect, "no") != 0)
			fail_msg("%s: expect \"%s\", not yes or no", path,
			    expect);
		len = strlen(sentence);
		text = malloc(len + 2);
		assert_non_null(text);
		memcpy(text, sentence, len);
		memcpy(text + len, "\n", 2);
		analyze(fx, text);
		free(text);
		st = state_of(fx, id);
		if (want && st != SKILL_FOUND) {
			print_message("%s yes, not found: \"%s\"\n", id,
			    sentence);
			ex->failed++;
		} else if (!want && (st == SKILL_FOUND ||
		    st == SKILL_LEARNING)) {
			print_message("%s no, but %s: \"%s\"\n", id,
			    st == SKILL_FOUND ? "found" : "learning", sentence);
			ex->failed++;
		} else if (!want && !rejected_mention_of(fx, s)) {
			print_message("%s no, but never mentioned: \"%s\"\n",
			    id, sentence);
			ex->failed++;
		}
		(want ? ex->yes : ex->no)[s] = 1;
		ex->rows++;
	}
	free(list);
}

static int
compare_paths(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * Every skill with an ambiguous spelling, the role's and the
 * catalogue's, has "yes" and "no" rows: in ambiguous.tsv or in the
 * example file of its catalogue file.  All the rows are run and every
 * failure reported before the test fails.
 */
static void
test_every_ambiguous_skill_has_passing_sentences(void **state)
{
	struct fixture	*fx = *state;
	struct examples	 ex = { 0 };
	struct dirent	*de;
	DIR		*dir;
	char		*paths[64];
	size_t		 s, n = 0, nambiguous = 0;

	ex.yes = calloc(fx->lx->nskills, 1);
	ex.no = calloc(fx->lx->nskills, 1);
	assert_non_null(ex.yes);
	assert_non_null(ex.no);
	run_examples(fx, AMBIGUOUS, &ex);
	if ((dir = opendir(CATALOGUE_EXAMPLES)) == NULL)
		fail_msg("%s: cannot open", CATALOGUE_EXAMPLES);
	while ((de = readdir(dir)) != NULL && n < 64) {
		if (strlen(de->d_name) < 5 || strcmp(de->d_name +
		    strlen(de->d_name) - 4, ".tsv") != 0)
			continue;
		paths[n] = malloc(strlen(CATALOGUE_EXAMPLES) +
		    strlen(de->d_name) + 2);
		assert_non_null(paths[n]);
		sprintf(paths[n], "%s/%s", CATALOGUE_EXAMPLES, de->d_name);
		n++;
	}
	closedir(dir);
	qsort(paths, n, sizeof(*paths), compare_paths);
	for (s = 0; s < n; s++) {
		run_examples(fx, paths[s], &ex);
		free(paths[s]);
	}
	for (s = 0; s < fx->lx->nskills; s++) {
		if (!fx->lx->skills[s].ambiguous)
			continue;
		nambiguous++;
		if (!ex.yes[s] || !ex.no[s]) {
			print_message("%s: no \"%s\" row in the examples\n",
			    fx->lx->skills[s].id, ex.yes[s] ? "no" : "yes");
			ex.failed++;
		}
	}
	free(ex.yes);
	free(ex.no);
	assert_true(nambiguous > 0);
	assert_true(ex.rows >= 2 * (int)nambiguous);
	assert_int_equal(ex.failed, 0);
}

/*
 * Every skill of the role cites the guides that name it; every
 * catalogue entry the sources that attest it.
 */
static void
test_every_skill_has_provenance(void **state)
{
	struct fixture	*fx = *state;
	size_t		 i;

	for (i = 0; i < fx->lx->nskills; i++) {
		if (fx->lx->skills[i].in_role && fx->lx->skills[i].nguides == 0)
			fail_msg("skill %s has no \"from\" line",
			    fx->lx->skills[i].id);
		if (fx->lx->skills[i].catalogue &&
		    fx->lx->skills[i].nsources == 0)
			fail_msg("entry %s has no \"source\" line",
			    fx->lx->skills[i].id);
	}
	for (i = 0; i < fx->lx->ngroups; i++)
		if (fx->lx->groups[i].nguides == 0)
			fail_msg("group %s has no \"from\" line",
			    fx->lx->groups[i].id);
}

/* The five stages and years the guides give. */
static void
test_stages_are_the_guides_stages(void **state)
{
	static const struct {
		const char	*id;
		int		 from, to;
	} want[] = {
		{ "junior", 0, 2 }, { "mid", 2, 5 }, { "senior", 5, 8 },
		{ "lead", 8, 12 }, { "principal", 12, -1 }
	};
	struct fixture	*fx = *state;
	size_t		 i;

	assert_int_equal(fx->lx->nstages, 5);
	for (i = 0; i < 5; i++) {
		assert_string_equal(fx->lx->stages[i].id, want[i].id);
		assert_int_equal(fx->lx->stages[i].from, want[i].from);
		assert_int_equal(fx->lx->stages[i].to, want[i].to);
	}
}

/* Every stage has required weight, so its coverage means something. */
static void
test_every_stage_requires_something(void **state)
{
	struct fixture	*fx = *state;
	int		 weight[8] = { 0 };
	size_t		 r;

	for (r = 0; r < fx->lx->nreqs; r++)
		weight[fx->lx->reqs[r].stage] += fx->lx->reqs[r].weight;
	for (r = 0; r < fx->lx->nstages; r++)
		if (weight[r] < 5)
			fail_msg("stage %s requires only weight %d",
			    fx->lx->stages[r].id, weight[r]);
}

static int
missing_mentions(struct fixture *fx, const char *id)
{
	const struct score		*sc = fx->a->score;
	const struct lex_requirement	*req;
	size_t				 i;

	for (i = 0; i < sc->nmissing; i++) {
		req = &fx->lx->reqs[sc->missing[i]];
		if (!req->is_group &&
		    strcmp(fx->lx->skills[req->index].id, id) == 0)
			return 1;
	}
	return 0;
}

/* Whether a group with this skill as member is listed as missing. */
static int
missing_group_of(struct fixture *fx, const char *id)
{
	size_t	s = lexicon_skill_index(fx->lx, id), i;

	for (i = 0; i < fx->a->score->nmissing; i++) {
		const struct lex_requirement *req =
		    &fx->lx->reqs[fx->a->score->missing[i]];
		if (req->is_group && req->index == fx->lx->skills[s].group)
			return 1;
	}
	return 0;
}

/* Whether the group called id is listed as missing. */
static int
missing_group(struct fixture *fx, const char *id)
{
	const struct lex_requirement	*req;
	size_t				 i;

	for (i = 0; i < fx->a->score->nmissing; i++) {
		req = &fx->lx->reqs[fx->a->score->missing[i]];
		if (req->is_group &&
		    strcmp(fx->lx->groups[req->index].id, id) == 0)
			return 1;
	}
	return 0;
}

/*
 * Stacks the guides never named meet the role's any-of requirements
 * through the catalogue: a C#, PHP, Ruby or Kotlin developer has a
 * backend language, a relational database and a server-side framework,
 * at every target stage.  The ids named are what each resume shows.
 */
static void
test_other_stacks_meet_the_backend_groups(void **state)
{
	static const struct {
		const char	*file;
		const char	*language, *database, *framework;
	} cases[] = {
		{ "backend-mid-csharp.txt", "csharp", "sql-server",
		    "aspnet-core" },
		{ "backend-senior-php.txt", "php", "mysql", "laravel" },
		{ "backend-mid-ruby.txt", "ruby", "postgresql", "rails" },
		{ "backend-senior-kotlin.txt", "kotlin", "postgresql", "ktor" },
	};
	static const char *const groups[] = {
		"backend-language", "relational-database", "backend-framework"
	};
	struct fixture	*fx = *state;
	struct diag	 d;
	char		 path[256];
	size_t		 c, g, st;

	diag_init(&d, stderr);
	for (c = 0; c < sizeof(cases) / sizeof(cases[0]); c++) {
		snprintf(path, sizeof(path), SAMPLES "%s", cases[c].file);
		analyze_file(fx, path);
		if (!found(fx, cases[c].language) ||
		    !found(fx, cases[c].database) ||
		    !found(fx, cases[c].framework))
			fail_msg("%s: %s, %s or %s not found", cases[c].file,
			    cases[c].language, cases[c].database,
			    cases[c].framework);
		for (st = 0; st < fx->lx->nstages; st++) {
			fx->a = analyzer_run(fx->an, fx->doc, st, &d);
			for (g = 0; g < sizeof(groups) / sizeof(groups[0]); g++)
				if (missing_group(fx, groups[g]))
					fail_msg("%s: told it misses %s",
					    cases[c].file, groups[g]);
		}
	}
}

/* A data engineer's tools are found, each as itself. */
static void
test_data_engineer_tools_are_found(void **state)
{
	static const char *const tools[] = {
		"spark", "pyspark", "flink", "airflow", "dbt", "snowflake",
		"bigquery", "aws-redshift", "kafka", "aws-kinesis", "databricks",
		"aws-s3", "aws-emr", "aws-glue", "terraform"
	};
	struct fixture	*fx = *state;
	size_t		 i;
	int		 missed = 0;

	analyze_file(fx, SAMPLES "data-engineer-senior.txt");
	for (i = 0; i < sizeof(tools) / sizeof(tools[0]); i++) {
		if (lexicon_skill_index(fx->lx, tools[i]) == LEX_NONE)
			fail_msg("no catalogue entry \"%s\"", tools[i]);
		if (!found(fx, tools[i])) {
			print_message("not found: %s\n", tools[i]);
			missed++;
		}
	}
	assert_int_equal(missed, 0);
}

static void
test_python_resume_is_not_told_it_misses_other_languages(void **state)
{
	struct fixture	*fx = *state;
	struct diag	 d;
	size_t		 st;

	diag_init(&d, stderr);
	analyze_file(fx, SAMPLES "backend-python-only.txt");
	assert_true(found(fx, "python"));
	/* Whatever the target stage, at every stage. */
	for (st = 0; st < fx->lx->nstages; st++) {
		fx->a = analyzer_run(fx->an, fx->doc, st, &d);
		assert_false(missing_mentions(fx, "java"));
		assert_false(missing_mentions(fx, "go"));
		assert_false(missing_mentions(fx, "nodejs"));
		assert_false(missing_group_of(fx, "java"));
	}
}

static void
test_django_and_postgres_imply_python_and_sql(void **state)
{
	struct fixture	*fx = *state;

	analyze(fx, "Built a booking service with Django and Postgres.\n");
	assert_int_equal(state_of(fx, "django"), SKILL_FOUND);
	assert_int_equal(state_of(fx, "postgresql"), SKILL_FOUND);
	assert_int_equal(state_of(fx, "python"), SKILL_IMPLIED);
	assert_int_equal(state_of(fx, "sql"), SKILL_IMPLIED);
}

static void
test_nurse_resume_reports_no_skills(void **state)
{
	struct fixture	*fx = *state;
	size_t		 i;

	analyze_file(fx, SAMPLES "nurse.txt");
	for (i = 0; i < fx->lx->nskills; i++)
		if (fx->a->findings->state[i] != SKILL_ABSENT)
			fail_msg("nurse.txt: reported %s",
			    fx->lx->skills[i].id);
}

static void
test_trap_phrases_report_no_skills(void **state)
{
	static const char *const phrases[] = {
		"A real go-getter.", "Graduated in Spring 2021.",
		"Arranged express delivery for clients.",
		"I love Kafka's novels.", "Led the R&D budget.",
		"Reported to the C-suite.", "Go team!",
		"We went to go see the rust on the old swift boat.",
		"Spring cleaning and summer camps.",
	};
	struct fixture	*fx = *state;
	size_t		 i;

	for (i = 0; i < sizeof(phrases) / sizeof(phrases[0]); i++) {
		analyze(fx, phrases[i]);
		if (nfound(fx) != 0)
			fail_msg("\"%s\" reported %zu skills", phrases[i],
			    nfound(fx));
	}
}

/* The ids found (named or implied) as a string, for comparing. */
static void
found_ids(struct fixture *fx, char *out, size_t cap)
{
	size_t	i, n = 0;

	out[0] = '\0';
	for (i = 0; i < fx->lx->nskills; i++)
		if (fx->a->findings->state[i] != SKILL_ABSENT)
			n += (size_t)snprintf(out + n, cap - n, "%s%s:%d",
			    n ? "," : "", fx->lx->skills[i].id,
			    fx->a->findings->state[i]);
	assert_true(n < cap);
}

static void
test_unicode_variants_give_the_same_skills(void **state)
{
	struct fixture	*fx = *state;
	char		 ascii[8192], unicode[8192];

	analyze_file(fx, SAMPLES "backend-mid-python.txt");
	found_ids(fx, ascii, sizeof(ascii));
	analyze_file(fx, SAMPLES "backend-mid-python-unicode.txt");
	found_ids(fx, unicode, sizeof(unicode));
	assert_string_equal(unicode, ascii);
	assert_true(strlen(ascii) > 100);
}

/* The stage reached by a resume, or "none". */
static const char *
reached(struct fixture *fx, const char *text)
{
	analyze(fx, text);
	return fx->a->score->reached == LEX_NONE ? "none" :
	    fx->lx->stages[fx->a->score->reached].id;
}

static void
test_titles_place_and_are_never_far_below(void **state)
{
	struct fixture	*fx = *state;

	/* Staff and Principal titles are never placed below senior. */
	assert_string_equal(reached(fx, "Experience\n"
	    "Staff Engineer, Acme    Jan 2025 - Nov 2026\n"
	    "- Go services on Kubernetes\n"), "senior");
	assert_string_equal(reached(fx, "Experience\n"
	    "Principal Engineer, Acme    2024 - 2026\n- Go\n"), "lead");
	assert_string_equal(reached(fx, "Experience\n"
	    "Principal Engineer, Acme    2012 - 2026\n- Go\n"), "principal");
	/* Ranks and jobs, in English and in other languages. */
	assert_string_equal(reached(fx, "Experience\n"
	    "Junior Backend Developer, Acme    2024 - 2026\n- Go\n"),
	    "junior");
	assert_string_equal(reached(fx, "Experience\n"
	    "Senior Engineering Manager, Acme    2014 - 2026\n- Go\n"),
	    "lead");
	assert_string_equal(reached(fx, "Experience\n"
	    "Software Engineer II, Acme    2021 - 2026\n- Go\n"), "mid");
	assert_string_equal(reached(fx, "Experience\n"
	    "Desarrolladora backend sénior - Acme    2016 - 2026\n- Go\n"),
	    "senior");
	assert_string_equal(reached(fx, "Experience\n"
	    "Java Developer (Junior), Acme    2025 - 2026\n- Java\n"),
	    "junior");
	/* A headline ranks the job the latest title leaves unranked. */
	assert_string_equal(reached(fx, "Ana Ruiz\nSenior Backend Engineer\n"
	    "Experience\nBackend Engineer, Acme    2015 - 2026\n- Go\n"),
	    "senior");
	assert_string_equal(reached(fx, "Ana Ruiz\nBackend Engineer\n"
	    "Experience\nSenior Engineer, Acme    2015 - 2026\n- Go\n"),
	    "senior");
	/* A trade's titles are no engineer's: a lead electrician. */
	assert_string_equal(reached(fx, "Experience\n"
	    "Lead Electrician, Volt Ltd    2010 - 2026\n- Rewired homes\n"),
	    "none");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_guide_term_is_found),
		cmocka_unit_test(test_every_ambiguous_skill_has_passing_sentences),
		cmocka_unit_test(test_every_skill_has_provenance),
		cmocka_unit_test(test_stages_are_the_guides_stages),
		cmocka_unit_test(test_every_stage_requires_something),
		cmocka_unit_test(test_python_resume_is_not_told_it_misses_other_languages),
		cmocka_unit_test(test_other_stacks_meet_the_backend_groups),
		cmocka_unit_test(test_data_engineer_tools_are_found),
		cmocka_unit_test(test_django_and_postgres_imply_python_and_sql),
		cmocka_unit_test(test_nurse_resume_reports_no_skills),
		cmocka_unit_test(test_trap_phrases_report_no_skills),
		cmocka_unit_test(test_unicode_variants_give_the_same_skills),
		cmocka_unit_test(test_titles_place_and_are_never_far_below),
	};

	return cmocka_run_group_tests_name("backend", tests,
	    setup_backend, teardown_fixture);
}
