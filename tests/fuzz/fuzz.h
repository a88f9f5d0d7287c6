/*
 * fuzz.h: what the libFuzzer targets share.  Messages go to /dev/null
 * (a target checks memory safety, not wording); the lexicon and the
 * other fixed files are found under FUZZ_TOP, the source tree, which
 * the Makefile defines.
 */
#ifndef GAPCHECK_FUZZ_H
#define GAPCHECK_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "diag.h"
#include "lexicon.h"

#define FUZZ_UNUSED	__attribute__((unused))

#ifndef FUZZ_TOP
#define FUZZ_TOP	"."
#endif
#define FUZZ_LEXICON	FUZZ_TOP "/lexicon/backend.lex"

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Where messages go: nowhere, but through the real formatting code. */
static FUZZ_UNUSED FILE *
fuzz_null(void)
{
	static FILE	*null;

	if (null == NULL && (null = fopen("/dev/null", "w")) == NULL) {
		perror("/dev/null");
		abort();
	}
	return null;
}

/* A lexicon every input is checked against; one load per process. */
static FUZZ_UNUSED struct lexicon *
fuzz_lexicon(void)
{
	struct diag	 diag;
	struct lexicon	*lx;

	diag_init(&diag, stderr);
	if ((lx = lexicon_load(FUZZ_LEXICON, &diag)) == NULL)
		abort();
	return lx;
}

#endif
