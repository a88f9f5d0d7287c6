/*
 * extract.c: --extract over every input.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "batch.h"
#include "diag.h"
#include "extract.h"
#include "inputs.h"
#include "jsonw.h"
#include "read.h"
#include "util.h"

/* One JSON Lines record: the text, or why there is none. */
static void
put_jsonl(FILE *out, const char *input, const struct doc *doc,
    const char *error)
{
	struct jsonw	*w = jsonw_new(out, JSONW_COMPACT);
	size_t		 i;

	jsonw_object(w);
	jsonw_key(w, "input");
	jsonw_string(w, input);
	if (doc == NULL) {
		jsonw_key(w, "error");
		jsonw_string(w, error);
	} else {
		jsonw_key(w, "format");
		jsonw_string(w, doc->format);
		if (doc->npages > 0) {
			/* The line each page starts on, as evidence counts. */
			jsonw_key(w, "pages");
			jsonw_array(w);
			for (i = 0; i < doc->npages; i++)
				jsonw_int(w, (long long)doc->pages[i]);
			jsonw_end(w);
		}
		jsonw_key(w, "text");
		jsonw_stringn(w, doc->text, doc->len);
	}
	jsonw_end(w);
	jsonw_raw(w, "\n", 1);
	jsonw_free(w);
}

static void
put_text(FILE *out, const char *input, const struct doc *doc, int header,
    size_t index)
{
	if (header)
		fprintf(out, "%s==> %s <==\n", index > 0 ? "\n" : "", input);
	fwrite(doc->text, 1, doc->len, out);
	if (doc->len > 0 && doc->text[doc->len - 1] != '\n')
		fputc('\n', out);
}

int
extract_run(const struct extract_options *o, FILE *out, struct diag *diag,
    struct batch_counts *c)
{
	struct inputs	*ins;
	struct input	 in;
	struct doc	*doc;
	struct diag	 d;
	char		*msgs;
	size_t		 msglen;
	FILE		*err;

	memset(c, 0, sizeof(*c));
	if ((ins = inputs_new(o->inputs, o->ninputs, o->files_from, o->nul,
	    diag)) == NULL)
		return 0;
	while (!ferror(out) && inputs_next(ins, &in, diag)) {
		/* A folder's picture is skipped without a word: hold them. */
		msgs = NULL;
		msglen = 0;
		if ((err = open_memstream(&msgs, &msglen)) == NULL)
			xoom();
		diag_init(&d, err);
		doc = NULL;
		if (in.error != NULL)
			diag_error(&d, EXIT_INPUT, in.path, 0, "%s", in.error);
		else
			doc = doc_read(in.path, &o->read, &d);
		fclose(err);
		if (doc == NULL && in.walked && in.error == NULL &&
		    doc_not_a_document(in.path))
			c->skipped++;
		else {
			fwrite(msgs, 1, msglen, diag->out);
			diag_raise(diag, d.status);
			if (doc == NULL)
				c->failed++;
			if (o->jsonl)
				put_jsonl(out, in.path, doc, d.last);
			else if (doc != NULL)
				put_text(out, in.path, doc, o->headers,
				    c->inputs - c->failed);
			c->inputs++;
		}
		free(msgs);
		doc_free(doc);
		free(in.path);
		free(in.error);
	}
	inputs_free(ins);
	return ferror(out) ? -1 : 0;
}
