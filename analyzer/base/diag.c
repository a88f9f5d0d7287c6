/*
 * diag.c: the one place messages are formatted.
 */
#include <stdarg.h>
#include <stdio.h>

#include "diag.h"

void
diag_init(struct diag *d, FILE *out)
{
	d->out = out;
	d->status = EXIT_OK;
	d->nerrors = d->nwarnings = 0;
	d->last[0] = '\0';
}

static void vreport(struct diag *, const char *, unsigned long,
    const char *, const char *, va_list)
    __attribute__((format(printf, 5, 0)));

/* How bad a status is: its number, but EXIT_NOTEXT below EXIT_INPUT. */
static int
rank(int status)
{
	return status == EXIT_NOTEXT ? 1 : status == EXIT_OK ? 0 :
	    status + 1;
}

void
diag_raise(struct diag *d, int status)
{
	if (rank(status) > rank(d->status))
		d->status = status;
}

static void
vreport(struct diag *d, const char *where, unsigned long line,
    const char *kind, const char *fmt, va_list ap)
{
	fputs("gapcheck: ", d->out);
	if (where != NULL) {
		fputs(where, d->out);
		if (line > 0)
			fprintf(d->out, ":%lu", line);
		fputs(": ", d->out);
	}
	if (kind != NULL)
		fputs(kind, d->out);
	vfprintf(d->out, fmt, ap);
	fputc('\n', d->out);
	fflush(d->out);
}

void
diag_error(struct diag *d, int status, const char *where, unsigned long line,
    const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	vreport(d, where, line, NULL, fmt, ap);
	va_end(ap);
	va_start(ap, fmt);
	vsnprintf(d->last, sizeof(d->last), fmt, ap);
	va_end(ap);
	d->nerrors++;
	diag_raise(d, status);
}

void
diag_warning(struct diag *d, const char *where, unsigned long line,
    const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	vreport(d, where, line, "warning: ", fmt, ap);
	va_end(ap);
	d->nwarnings++;
}
