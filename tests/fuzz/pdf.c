/*
 * pdf.c: fuzz the PDF reader on its own, whatever the sniffer would make
 * of the bytes: poppler's parser, then the reading order (segments,
 * gutters, bands, joins) over whatever boxes it gives.
 */
#include <string.h>

#include "read.h"
#include "read_pdf.h"
#include "util.h"
#include "fuzz.h"

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct doc	*doc = xcalloc(1, sizeof(*doc));
	struct diag	 diag;
	unsigned long	 line = 1;
	size_t		 i;

	diag_init(&diag, fuzz_null());
	doc->input = xstrdup("fuzz.pdf");
	doc->name = xstrdup("fuzz.pdf");
	if (pdf_read(data, size, 1u << 20, doc, &diag) == 0) {
		/* Text ends with a line; pages start in order, within it. */
		if (doc->len == 0 || doc->text[doc->len - 1] != '\n' ||
		    strlen(doc->text) != doc->len)
			abort();
		for (i = 0; i < doc->len; i++)
			line += doc->text[i] == '\n';
		for (i = 1; i < doc->npages; i++)
			if (doc->pages[i] < doc->pages[i - 1])
				abort();
		if (doc->npages > 0 && (doc->pages[0] < 1 ||
		    doc->pages[doc->npages - 1] > line))
			abort();
	} else if (diag.nerrors != 1)
		abort();	/* a PDF that is not read gets one message */
	doc_free(doc);
	return 0;
}
