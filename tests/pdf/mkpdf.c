/*
 * mkpdf: lay out a resume as a PDF with cairo and pango, for the PDF
 * reader's fixtures.  Run once by make pdf-fixtures, not by the tests:
 * the PDFs it wrote are committed beside their source.
 *
 *	mkpdf SOURCE OUT.pdf
 *
 * SOURCE is text, one line per line of the page, with directives on
 * lines that start with "%%":
 *
 *	%% page W H MARGIN	page size and margin in points (A4, 50)
 *	%% font DESCRIPTION	a pango font, "DejaVu Serif 10"
 *	%% spacing N		line pitch as a multiple of the font size
 *	%% header TEXT		on every page, above the margin; %p is the
 *	%% footer TEXT		page number, %n the number of pages
 *	%% column X W		text goes to a column X points right of the
 *				left margin, W wide, from the row's top
 *	%% row			a new row below everything so far, one
 *				column the whole width
 *	%% newpage		a new page
 *
 * Text wraps at the column's width; a line that reaches the bottom
 * margin goes on in the same column on the next page.  A tab
 * right-aligns what follows it (dates beside a job title).  A blank
 * line is a line of space.  Pango shapes the text, so fonts with
 * ligatures set "fi" and "fl" as one glyph.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#define MAXPAGES	16
#define MAXLINE		4096

struct op {				/* one thing drawn on a page */
	int	 page;
	double	 x, y, w;
	char	*text;
	char	*font;
	int	 right;			/* right-aligned at x + w */
};

static struct op	*ops;
static size_t		 nops, capops;

static void
die(const char *what)
{
	fprintf(stderr, "mkpdf: %s\n", what);
	exit(2);
}

static void
add(int page, double x, double y, double w, const char *text,
    const char *font, int right)
{
	if (nops == capops) {
		capops = capops ? capops * 2 : 256;
		if ((ops = realloc(ops, capops * sizeof(*ops))) == NULL)
			die("out of memory");
	}
	ops[nops].page = page;
	ops[nops].x = x;
	ops[nops].y = y;
	ops[nops].w = w;
	ops[nops].text = strdup(text);
	ops[nops].font = strdup(font);
	ops[nops].right = right;
	nops++;
}

static PangoLayout *
layout_for(cairo_t *cr, const char *text, const char *font, double width)
{
	PangoLayout		*l = pango_cairo_create_layout(cr);
	PangoFontDescription	*fd = pango_font_description_from_string(font);

	/* Points, not pixels at 96 dots to the inch. */
	pango_cairo_context_set_resolution(pango_layout_get_context(l), 72);
	pango_layout_context_changed(l);
	pango_layout_set_font_description(l, fd);
	pango_font_description_free(fd);
	if (width > 0) {
		pango_layout_set_width(l, (int)(width * PANGO_SCALE));
		pango_layout_set_wrap(l, PANGO_WRAP_WORD);
	}
	pango_layout_set_text(l, text, -1);
	return l;
}

int
main(int argc, char *argv[])
{
	cairo_surface_t	*s;
	cairo_t		*cr;
	PangoLayout	*l;
	PangoLayoutIter	*it;
	FILE		*f;
	char		 line[MAXLINE], font[256] = "DejaVu Serif 10";
	char		 header[512] = "", footer[512] = "", buf[600], *tab, *p;
	double		 pw = 595.28, ph = 841.89, m = 50, spacing = 1.3;
	double		 cx = 0, cw, y, rowy, maxy, size, pitch, wrap;
	int		 page = 0, rowpage = 0, maxpage = 0, npages, i;
	size_t		 k;

	if (argc != 3)
		die("usage: mkpdf SOURCE OUT.pdf");
	if ((f = fopen(argv[1], "r")) == NULL)
		die(argv[1]);
	/* A scratch surface to measure text before pages are drawn. */
	s = cairo_pdf_surface_create(NULL, pw, ph);
	cr = cairo_create(s);
	cw = pw - 2 * m;
	y = rowy = maxy = m;
	while (fgets(line, sizeof(line), f) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		if (strncmp(line, "%% ", 3) == 0) {
			p = line + 3;
			if (sscanf(p, "page %lf %lf %lf", &pw, &ph, &m) == 3) {
				cw = pw - 2 * m;
				y = rowy = maxy = m;
			} else if (strncmp(p, "font ", 5) == 0)
				snprintf(font, sizeof(font), "%.255s", p + 5);
			else if (sscanf(p, "spacing %lf", &spacing) == 1)
				;
			else if (strncmp(p, "header ", 7) == 0)
				snprintf(header, sizeof(header), "%.511s", p + 7);
			else if (strncmp(p, "footer ", 7) == 0)
				snprintf(footer, sizeof(footer), "%.511s", p + 7);
			else if (sscanf(p, "column %lf %lf", &cx, &cw) == 2) {
				page = rowpage;
				y = rowy;
			} else if (strcmp(p, "row") == 0) {
				page = rowpage = maxpage;
				y = rowy = maxy;
				cx = 0;
				cw = pw - 2 * m;
			} else if (strcmp(p, "newpage") == 0) {
				page = rowpage = ++maxpage;
				y = rowy = maxy = m;
				cx = 0;
				cw = pw - 2 * m;
			} else
				die(line);
			continue;
		}
		l = layout_for(cr, "x", font, 0);
		size = pango_font_description_get_size(
		    pango_layout_get_font_description(l)) / (double)PANGO_SCALE;
		g_object_unref(l);
		pitch = size * spacing;
		tab = strchr(line, '\t');
		if (tab != NULL)
			*tab++ = '\0';
		/* Wrap here, so each line of the page is placed alone. */
		wrap = cw;
		if (tab != NULL) {
			PangoRectangle	r;

			l = layout_for(cr, tab, font, 0);
			pango_layout_get_extents(l, NULL, &r);
			wrap -= r.width / (double)PANGO_SCALE + 2 * size;
			g_object_unref(l);
		}
		l = layout_for(cr, line, font, wrap);
		it = pango_layout_get_iter(l);
		i = 0;
		do {
			PangoLayoutLine	*pl = pango_layout_iter_get_line_readonly(it);
			int		 start = pl->start_index, len = pl->length;
			const char	*t = pango_layout_get_text(l);

			if (y + pitch > ph - m) {
				page++;
				y = m;
			}
			snprintf(buf, sizeof(buf), "%.*s", len, t + start);
			/* Pango shows a hyphen where it broke at U+00AD. */
			if (len >= 2 && strcmp(buf + len - 2, "\xC2\xAD") == 0)
				strcpy(buf + len - 2, "-");
			if (*buf != '\0')
				add(page, m + cx, y, cw, buf, font, 0);
			if (i++ == 0 && tab != NULL)
				add(page, m + cx, y, cw, tab, font, 1);
			y += pitch;
		} while (pango_layout_iter_next_line(it));
		pango_layout_iter_free(it);
		g_object_unref(l);
		if (page > maxpage || (page == maxpage && y > maxy)) {
			maxpage = page;
			maxy = y;
		}
		if (page >= MAXPAGES)
			die("too many pages");
	}
	fclose(f);
	cairo_destroy(cr);
	cairo_surface_destroy(s);

	npages = maxpage + 1;
	s = cairo_pdf_surface_create(argv[2], pw, ph);
	cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, "mkpdf");
	cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE,
	    "2026-11-01T00:00:00Z");
	cr = cairo_create(s);
	for (page = 0; page < npages; page++) {
		for (k = 0; k < nops; k++) {
			if (ops[k].page != page)
				continue;
			l = layout_for(cr, ops[k].text, ops[k].font, 0);
			if (ops[k].right) {
				PangoRectangle	r;

				pango_layout_get_extents(l, NULL, &r);
				cairo_move_to(cr, ops[k].x + ops[k].w -
				    r.width / (double)PANGO_SCALE, ops[k].y);
			} else
				cairo_move_to(cr, ops[k].x, ops[k].y);
			pango_cairo_show_layout(cr, l);
			g_object_unref(l);
		}
		for (i = 0; i < 2; i++) {
			const char	*fmt = i ? footer : header;
			char		 out[600];
			size_t		 n = 0;

			if (*fmt == '\0')
				continue;
			for (p = (char *)fmt; *p && n + 8 < sizeof(out); p++) {
				if (p[0] == '%' && (p[1] == 'p' || p[1] == 'n')) {
					n += (size_t)snprintf(out + n,
					    sizeof(out) - n, "%d", p[1] == 'p' ?
					    page + 1 : npages);
					p++;
				} else
					out[n++] = *p;
			}
			out[n] = '\0';
			l = layout_for(cr, out, "DejaVu Sans 8", 0);
			cairo_move_to(cr, m, i ? ph - m * 0.6 : m * 0.4);
			pango_cairo_show_layout(cr, l);
			g_object_unref(l);
		}
		cairo_show_page(cr);
	}
	cairo_destroy(cr);
	cairo_surface_destroy(s);
	return 0;
}
