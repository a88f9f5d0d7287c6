/*
 * unit.h: what every unit test needs: cmocka, and small helpers to load
 * a lexicon, analyze a string and look at the findings.  Tests run from
 * the top of the source tree (make unit does that).
 */
#ifndef GAPCHECK_UNIT_H
#define GAPCHECK_UNIT_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "analyze.h"
#include "diag.h"
#include "lexicon.h"
#include "read.h"

#define UNUSED	__attribute__((unused))
#define MINI_LEXICON	"tests/fixtures/mini.lex"
#define BACKEND_LEXICON	"lexicon/backend.lex"

/* Diagnostics captured in memory, to check their text. */
struct captured {
	struct diag	 diag;
	char		*text;
	size_t		 len;
	FILE		*f;
};

static UNUSED void
capture_start(struct captured *c)
{
	c->text = NULL;
	c->len = 0;
	c->f = open_memstream(&c->text, &c->len);
	assert_non_null(c->f);
	diag_init(&c->diag, c->f);
}

/* The messages so far, NUL-terminated; valid until capture_end. */
static UNUSED const char *
capture_text(struct captured *c)
{
	fflush(c->f);
	return c->text != NULL ? c->text : "";
}

static UNUSED void
capture_end(struct captured *c)
{
	fclose(c->f);
	free(c->text);
}

static UNUSED struct lexicon *
load_lexicon(const char *path)
{
	struct diag	 d;
	struct lexicon	*lx;

	diag_init(&d, stderr);
	lx = lexicon_load(path, &d);
	assert_non_null(lx);
	lexicon_jit(lx);	/* as a batch would: the tests analyze many */
	return lx;
}

/* Parse lexicon text; returns the lexicon or NULL, messages in c. */
static UNUSED struct lexicon *
parse_lexicon(struct captured *c, const char *text)
{
	return lexicon_parse("test.lex", text, strlen(text), &c->diag);
}

/* A test's analyzer and the document it last analyzed. */
struct fixture {
	struct lexicon		*lx;
	struct analyzer		*an;
	struct doc		*doc;
	const struct analysis	*a;
};

static UNUSED struct fixture *
fixture_new(const char *lexicon_path)
{
	struct fixture	*fx = calloc(1, sizeof(*fx));

	assert_non_null(fx);
	fx->lx = load_lexicon(lexicon_path);
	fx->an = analyzer_new(fx->lx);
	return fx;
}

static UNUSED void
fixture_free(struct fixture *fx)
{
	doc_free(fx->doc);
	analyzer_free(fx->an);
	lexicon_free(fx->lx);
	free(fx);
}

/* cmocka group set-ups: a fixture on a lexicon, and its tear-down. */
static UNUSED int
setup_mini(void **state)
{
	*state = fixture_new(MINI_LEXICON);
	return 0;
}

static UNUSED int
setup_backend(void **state)
{
	*state = fixture_new(BACKEND_LEXICON);
	return 0;
}

static UNUSED int
teardown_fixture(void **state)
{
	fixture_free(*state);
	return 0;
}

/* Analyze text (toward the stage after the one reached). */
static UNUSED const struct analysis *
analyze(struct fixture *fx, const char *text)
{
	struct diag	d;

	diag_init(&d, stderr);
	doc_free(fx->doc);
	fx->doc = doc_from_memory("test.txt", text, strlen(text), &d);
	assert_non_null(fx->doc);
	fx->a = analyzer_run(fx->an, fx->doc, LEX_NONE, &d);
	return fx->a;
}

/* SKILL_ABSENT, SKILL_FOUND or SKILL_IMPLIED; fails on an unknown id. */
static UNUSED int
state_of(struct fixture *fx, const char *id)
{
	size_t	s = lexicon_skill_index(fx->lx, id);

	if (s == LEX_NONE)
		fail_msg("no skill \"%s\" in the lexicon", id);
	return fx->a->findings->state[s];
}

static UNUSED int
found(struct fixture *fx, const char *id)
{
	return state_of(fx, id) == SKILL_FOUND;
}

/* How many skills were named (not implied). */
static UNUSED size_t
nfound(struct fixture *fx)
{
	return fx->a->findings->nfound;
}

/* The first evidence of a found skill, as written, in buf. */
static UNUSED const char *
evidence_text(struct fixture *fx, const char *id, char *buf, size_t cap,
    unsigned *line)
{
	size_t			 s = lexicon_skill_index(fx->lx, id);
	const struct findings	*f = fx->a->findings;
	const struct evidence	*e;
	struct evidence		 ev;
	size_t			 n;

	assert_true(s != LEX_NONE && f->count[s] > 0);
	e = match_evidence(f, f->first[s], &ev);
	n = e->end - e->start < cap - 1 ? e->end - e->start : cap - 1;
	memcpy(buf, fx->doc->text + e->start, n);
	buf[n] = '\0';
	if (line != NULL)
		*line = e->line;
	return buf;
}

/* Whether the comma-separated ids are exactly those named. */
static UNUSED void
assert_named_only(struct fixture *fx, const char *ids)
{
	char	*copy = strdup(ids), *id, *save = NULL;
	size_t	 n = 0;

	for (id = strtok_r(copy, ",", &save); id != NULL;
	    id = strtok_r(NULL, ",", &save)) {
		if (!found(fx, id))
			fail_msg("expected %s to be found", id);
		n++;
	}
	free(copy);
	assert_int_equal(nfound(fx), n);
}

#endif
