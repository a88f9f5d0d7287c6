/*
 * test_posting.c: a posting's requirements (sections, alternatives, "or
 * similar", years asked overall and per technology, terms not known),
 * and how a resume meets them.
 */
#include <unistd.h>

#include "unit.h"

#define TODAY	(2026 * 12 + 10)	/* November 2026 */

static struct lexicon	*lx;

static int
setup(void **state)
{
	(void)state;
	lx = load_lexicon(BACKEND_LEXICON);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	lexicon_free(lx);
	return 0;
}

/* The posting in text, loaded as -a loads a file. */
static struct posting *
load(const char *text)
{
	static const struct read_options ro = { 1 << 20, 1 << 24, 200, 200 };
	char		 path[] = "/tmp/gapcheck-posting-XXXXXX";
	struct diag	 d;
	struct posting	*p;
	int		 fd;

	fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	diag_init(&d, stderr);
	p = posting_load(path, lx, &ro, TODAY, &d);
	unlink(path);
	assert_non_null(p);
	return p;
}

/* The requirement naming skill id, or NULL. */
static const struct posting_req *
req_of(const struct posting *p, const char *id)
{
	size_t	i, j, s = lexicon_skill_index(lx, id);

	assert_true(s != LEX_NONE);
	for (i = 0; i < p->nreqs; i++)
		for (j = 0; j < p->reqs[i].nskills; j++)
			if (p->reqs[i].skills[j] == s)
				return &p->reqs[i];
	return NULL;
}

static void
test_years_overall_and_per_technology(void **state)
{
	struct posting	*p;

	(void)state;
	p = load("Requirements\n"
	    "- 5+ years of professional experience building backend "
	    "services, at least\n  3 of them with Go in production.\n"
	    "- Kubernetes (2+ years).\n"
	    "- Four years with PostgreSQL.\n"
	    "- Docker; we moved to it over the last two years.\n");
	assert_true(p->years == 5);
	assert_true(req_of(p, "go")->years == 3);
	assert_true(req_of(p, "kubernetes")->years == 2);
	assert_true(req_of(p, "postgresql")->years == 4);
	/* A time, not experience: no years for Docker. */
	assert_true(req_of(p, "docker")->years < 0);
	posting_free(p);
}

static void
test_a_range_asks_its_lower_bound(void **state)
{
	struct posting	*p;

	(void)state;
	p = load("Requirements\n- 3-5 years of experience with Java.\n");
	assert_true(req_of(p, "java")->years == 3);
	assert_true(p->years < 0);
	posting_free(p);
}

static void
test_alternatives_and_or_similar(void **state)
{
	struct posting			*p;
	const struct posting_req	*r;

	(void)state;
	p = load("Requirements\n"
	    "- Strong SQL Server or PostgreSQL skills.\n"
	    "- Kafka or another event streaming platform.\n");
	r = req_of(p, "sql-server");
	assert_non_null(r);
	assert_true(r == req_of(p, "postgresql"));
	assert_true(r->alternatives && r->must);
	r = req_of(p, "kafka");
	assert_true(r->kind != LEX_NONE);
	assert_string_equal(lx->kinds[r->kind].id, "messaging");
	posting_free(p);
}

static void
test_sections_decide_must_haves(void **state)
{
	struct posting	*p;

	(void)state;
	p = load("About us\nWe build our tools in Rust.\n\n"
	    "What you bring\n- Go.\n- Debugging production issues.\n\n"
	    "Desirable\n- Terraform.\n");
	/* "About us" asks for nothing. */
	assert_null(req_of(p, "rust"));
	assert_true(req_of(p, "go")->must);
	/* A practice weighs, but is no knock-out. */
	assert_false(req_of(p, "debugging")->must);
	assert_true(req_of(p, "debugging")->weight == 3);
	assert_false(req_of(p, "terraform")->must);
	assert_true(req_of(p, "terraform")->weight == 1);
	posting_free(p);
}

static void
test_terms_not_known_are_listed(void **state)
{
	struct posting	*p;
	size_t		 i;
	char		 all[256] = "";

	(void)state;
	p = load("Requirements\n"
	    "- Go, and experience with Temporal or Zorbix Quill.\n"
	    "- Fluent English and a Bachelor's degree.\n"
	    "Strong communication.\n\nWhat we offer\nOffices in Lisbon.\n");
	for (i = 0; i < p->nunknown; i++) {
		strcat(all, p->unknown[i].text);
		strcat(all, ";");
	}
	/* Names inside sentences; not English, Bachelor, Strong, Lisbon. */
	assert_string_equal(all, "Temporal;Zorbix Quill;");
	posting_free(p);
}

/* Analyze a resume against the analyzer's posting, into an->match. */
static void
compare(struct analyzer *an, const char *resume)
{
	struct doc	*doc;
	struct diag	 d;

	diag_init(&d, stderr);
	doc = doc_from_memory("resume.txt", resume, strlen(resume), &d);
	assert_non_null(doc);
	analyzer_run(an, doc, LEX_NONE, &d);
	doc_free(doc);
}

static size_t
req_index(const struct posting *p, const char *id)
{
	const struct posting_req	*r = req_of(p, id);

	assert_non_null(r);
	return (size_t)(r - p->reqs);
}

static void
test_years_of_a_skill_come_from_its_jobs(void **state)
{
	struct posting		*p;
	struct analyzer		*an = analyzer_new(lx);
	size_t			 go;

	(void)state;
	an->today = TODAY;
	p = load("Requirements\n- 3+ years of Go.\n- PostgreSQL.\n");
	analyzer_set_posting(an, p);
	go = req_index(p, "go");
	/* The title line above a date alone belongs to the job. */
	compare(an, "Experience\nGo Developer, Acme\nJan 2024 - Present\n"
	    "- Services on PostgreSQL.\n\nJava Developer, Initech   "
	    "Jan 2018 - Dec 2023\n- Spring services.\n\nSkills\nGo, Java\n");
	assert_true(an->match.in_use[go]);
	assert_false(an->match.years_met[go]);
	assert_true(an->match.skill_years[go] > 2.8 &&
	    an->match.skill_years[go] < 2.9);
	assert_int_equal(an->match.line[go], 2);
	assert_true(an->match.musts_met < p->nmust);
	compare(an, "Experience\nBackend Developer, Acme   "
	    "Jan 2019 - Present\n- Go services on PostgreSQL.\n");
	assert_true(an->match.years_met[go]);
	assert_true(an->match.musts_met == p->nmust);
	assert_true(an->match.rate > 0.5);
	/* Listed only: no years, no must-have. */
	compare(an, "Experience\nBackend Developer, Acme   "
	    "Jan 2019 - Present\n- PostgreSQL.\n\nSkills\nGo\n");
	assert_false(an->match.in_use[go]);
	assert_true(an->match.skill_years[go] < 0);
	assert_true(an->match.rate < 0.5);
	analyzer_free(an);
	posting_free(p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_years_overall_and_per_technology),
		cmocka_unit_test(test_a_range_asks_its_lower_bound),
		cmocka_unit_test(test_alternatives_and_or_similar),
		cmocka_unit_test(test_sections_decide_must_haves),
		cmocka_unit_test(test_terms_not_known_are_listed),
		cmocka_unit_test(test_years_of_a_skill_come_from_its_jobs),
	};

	return cmocka_run_group_tests_name("posting", tests, setup, teardown);
}
