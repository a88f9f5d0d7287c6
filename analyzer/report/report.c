/*
 * report.c: the table of back ends.
 */
#include <string.h>

#include "report.h"

static const struct report_backend *const backends[] = {
	&report_text,
	&report_json,
	&report_jsonl,
	&report_tsv,
	&report_csv,
	NULL
};

const struct report_backend *
report_find(const char *name)
{
	size_t	i;

	for (i = 0; backends[i] != NULL; i++)
		if (strcmp(backends[i]->name, name) == 0)
			return backends[i];
	return NULL;
}

const char *
report_names(void)
{
	static char	names[128];
	size_t		i;

	if (names[0] == '\0')
		for (i = 0; backends[i] != NULL; i++) {
			if (i > 0)
				strcat(names, ", ");
			strcat(names, backends[i]->name);
		}
	return names;
}
