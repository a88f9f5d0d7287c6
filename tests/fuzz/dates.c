/*
 * dates.c: fuzz the date parser.  dates_ranges() and
 * dates_claimed_years() read normalized text, so the bytes are made
 * valid UTF-8 (as the readers make them) and normalized first;
 * dates_parse_iso() reads an argument as given.
 */
#include <string.h>

#include <utf8proc.h>

#include "dates.h"
#include "norm.h"
#include "fuzz.h"

#define MAX_RANGES	64

static struct dates	*dates;
static struct norm	 norm;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	dates = dates_new();
	return 0;
}

/*
 * data as the readers leave text: valid UTF-8 without NUL bytes.  A
 * byte that starts no character becomes '?', a NUL a space.
 */
static char *
valid(const uint8_t *data, size_t size)
{
	utf8proc_int32_t	 cp;
	utf8proc_ssize_t	 n;
	char			*s;
	size_t			 i = 0;

	if ((s = malloc(size + 1)) == NULL)
		abort();
	while (i < size) {
		n = utf8proc_iterate(data + i, (utf8proc_ssize_t)(size - i),
		    &cp);
		if (n <= 0 || cp == 0) {
			s[i] = n <= 0 ? '?' : ' ';
			i++;
			continue;
		}
		memcpy(s + i, data + i, (size_t)n);
		i += (size_t)n;
	}
	s[size] = '\0';
	return s;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct date_range	 out[MAX_RANGES];
	char			*s;
	size_t			 n, i;
	int			 day;

	s = valid(data, size);
	(void)dates_parse_iso(s, &day);
	norm_run(&norm, s, size);
	n = dates_ranges(dates, norm.text, norm.len, 2026 * 12 + 10, out,
	    MAX_RANGES);
	for (i = 0; i < n; i++)
		if (out[i].at + out[i].len > norm.len)
			abort();	/* a range must lie in the text */
	(void)dates_claimed_years(dates, norm.text, norm.len);
	free(s);
	return 0;
}
