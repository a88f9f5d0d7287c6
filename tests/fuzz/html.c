/*
 * html.c: fuzz the HTML reader on its own, whatever the sniffer would
 * make of the bytes: libxml2's HTML parser through read_html's SAX
 * handlers into the text sink.
 */
#include "lazylib.h"
#include "read_html.h"
#include "xmltext.h"
#include "fuzz.h"

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	(void)lazylib_xml();	/* once, before the fuzzer times inputs */
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct xt_sink	 sink;
	struct diag	 diag;
	char		*text;
	size_t		 len;

	diag_init(&diag, fuzz_null());
	xt_init(&sink, 1u << 20);
	if (html_read(data, size, "fuzz.html", &sink, &diag) == 0 &&
	    !sink.full) {
		text = xt_finish(&sink, &len);
		if (text != NULL && (len == 0 || text[len - 1] != '\n'))
			abort();	/* the sink ends every text with a line */
		free(text);
	}
	xt_free(&sink);
	return 0;
}
