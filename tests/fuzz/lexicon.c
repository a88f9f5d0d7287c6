/*
 * lexicon.c: fuzz the lexicon parser: any bytes as a lexicon file.  A
 * lexicon that loads is then used, compiled patterns, rules, groups
 * and all, on a sample resume, so what the parser lets through is
 * something the rest of gapcheck can work with.
 */
#include <string.h>

#include "analyze.h"
#include "lexicon.h"
#include "read.h"
#include "report.h"
#include "fuzz.h"

static const char	resume[] =
    "Sam Reyes\nPython Backend Developer\n\n"
    "Skills: Python, Django, Postgres, Redis, Docker, Go, Kubernetes\n\n"
    "Experience\nBackend Developer, Greenleaf, Jan 2019 - present\n"
    "- Built REST APIs and mentored two engineers; no Kafka.\n"
    "- Currently learning Rust. Spring 2021: express delivery.\n\n"
    "Education\nBSc Mathematics, 2014 - 2018\n";

static struct doc	*doc;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct diag	diag;

	(void)argc;
	(void)argv;
	diag_init(&diag, stderr);
	if ((doc = doc_from_memory("resume.txt", resume, sizeof(resume) - 1,
	    &diag)) == NULL)
		abort();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct report_options	 rep;
	const struct analysis	*a;
	struct analyzer		*an;
	struct lexicon		*lx;
	struct diag		 diag;

	diag_init(&diag, fuzz_null());
	if ((lx = lexicon_parse("fuzz.lex", (const char *)data, size,
	    &diag)) == NULL)
		return 0;
	an = analyzer_new(lx);
	a = analyzer_run(an, doc, LEX_NONE, &diag);
	memset(&rep, 0, sizeof(rep));
	rep.evidence = 2;
	rep.explain = 1;
	report_text.emit(fuzz_null(), a, &rep, 0);
	report_json.emit(fuzz_null(), a, &rep, 0);
	analyzer_free(an);
	lexicon_free(lx);
	return 0;
}
