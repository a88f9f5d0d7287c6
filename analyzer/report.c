/*
 * report.c: the back-end table and the calls that dispatch to it.
 */
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "util.h"

static const struct report_backend *const backends[] = {
	&report_text,
	&report_json,
	NULL
};

struct report {
	const struct report_backend	*be;
	FILE				*out;
	void				*state;
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

struct report *
report_open(const struct report_backend *be, FILE *out,
    const struct report_options *ro)
{
	struct report	*r = xcalloc(1, sizeof(*r));

	r->be = be;
	r->out = out;
	r->state = be->open != NULL ? be->open(out, ro) : NULL;
	return r;
}

int
report_emit(struct report *r, const struct analysis *a)
{
	return r->be->emit(r->state, r->out, a);
}

int
report_close(struct report *r)
{
	int	rc = 0;

	if (r == NULL)
		return 0;
	if (r->be->close != NULL)
		rc = r->be->close(r->state, r->out);
	free(r);
	return rc;
}
