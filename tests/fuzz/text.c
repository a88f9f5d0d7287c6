/*
 * text.c: fuzz a whole analysis of one input, as gapcheck runs it:
 * the bytes are sniffed and read (plain text, UTF-16, HTML, DOCX, ODT),
 * then normalized, scanned, matched, scored, compared with a posting
 * and written as text and JSON reports, with the backend lexicon.  One
 * analyzer serves every input, as one worker's does in a batch.
 */
#include <string.h>

#include "analyze.h"
#include "lexicon.h"
#include "posting.h"
#include "read.h"
#include "report.h"
#include "fuzz.h"

#define POSTING	FUZZ_TOP "/tests/golden/against-python-backend-posting/posting.txt"

static struct lexicon	*lx;
static struct posting	*posting;
static struct analyzer	*an;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct read_options	ro = { .max_size = READ_DEFAULT_MAX };
	struct diag		diag;

	(void)argc;
	(void)argv;
	lx = fuzz_lexicon();
	/* Many inputs follow, as in a batch: patterns JIT-compiled. */
	lexicon_jit(lx);
	diag_init(&diag, stderr);
	if ((posting = posting_load(POSTING, lx, &ro, 2026 * 12 + 10,
	    &diag)) == NULL)
		abort();
	an = analyzer_new(lx);
	analyzer_set_posting(an, posting);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct read_options	 ro = { .max_size = 1u << 20 };
	struct report_options	 rep;
	const struct analysis	*a;
	struct diag		 diag;
	struct doc		*doc;

	diag_init(&diag, fuzz_null());
	if ((doc = doc_from_bytes("fuzz", data, size, &ro, &diag)) == NULL)
		return 0;
	/* The first byte picks the target stage: the next one, or any. */
	a = analyzer_run(an, doc, data[0] % 8 < lx->nstages ? data[0] % 8 :
	    LEX_NONE, &diag);
	memset(&rep, 0, sizeof(rep));
	rep.evidence = 2;
	rep.explain = data[0] & 0x80;
	report_text.emit(fuzz_null(), a, &rep, 0);
	report_json.emit(fuzz_null(), a, &rep, 0);
	doc_free(doc);
	return 0;
}
