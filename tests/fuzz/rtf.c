/*
 * rtf.c: fuzz the RTF reader on its own, whatever the sniffer would
 * make of the bytes: groups, control words, escapes and \bin data
 * into the text sink, at the default nesting limit.
 */
#include "read_rtf.h"
#include "xmltext.h"
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
	struct xt_sink	 sink;
	struct diag	 diag;
	char		*text;
	size_t		 len;
	int		 pictures;

	diag_init(&diag, fuzz_null());
	xt_init(&sink, 1u << 20);
	if (rtf_read(data, size, "fuzz.rtf", &sink, &pictures, &diag) == 0 &&
	    !sink.full) {
		text = xt_finish(&sink, &len);
		if (text != NULL && (len == 0 || text[len - 1] != '\n'))
			abort();	/* the sink ends every text with a line */
		free(text);
	}
	xt_free(&sink);
	return 0;
}
