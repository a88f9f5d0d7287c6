/*
 * inputs.c: command-line inputs, folder walks, file lists.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "inputs.h"
#include "util.h"

/* A folder being walked: its sorted entries and where we are. */
struct level {
	char	*path;
	char	**names;
	size_t	 n;
	size_t	 next;
	dev_t	 dev;
	ino_t	 ino;
};

struct inputs {
	char		**args;
	int		  nargs;
	int		  next_arg;
	FILE		 *list;		/* --files-from, or NULL */
	int		  list_is_stdin;
	int		  nul;
	struct level	 *stack;	/* folders being walked */
	size_t		  depth;
	size_t		  cap;
	char		 *line;
	size_t		  linecap;
};

struct inputs *
inputs_new(char **args, int nargs, const char *files_from, int nul,
    struct diag *diag)
{
	struct inputs	*in = xcalloc(1, sizeof(*in));
	struct stat	 st;

	in->args = args;
	in->nargs = nargs;
	in->nul = nul;
	if (files_from != NULL) {
		if (strcmp(files_from, "-") == 0) {
			in->list = stdin;
			in->list_is_stdin = 1;
		} else if ((in->list = fopen(files_from, "r")) == NULL ||
		    (fstat(fileno(in->list), &st) == 0 &&
		    S_ISDIR(st.st_mode))) {
			/* A folder opens, then reads as an empty list. */
			diag_error(diag, EXIT_USAGE, files_from, 0, "%s%s",
			    strerror(in->list != NULL ? EISDIR : errno),
			    in->list != NULL ? " (--files-from wants a list "
			    "of paths; name a folder as an operand)" : "");
			if (in->list != NULL)
				fclose(in->list);
			free(in);
			return NULL;
		}
	}
	return in;
}

static void
pop(struct inputs *in)
{
	struct level	*l = &in->stack[--in->depth];
	size_t		 i;

	for (i = 0; i < l->n; i++)
		free(l->names[i]);
	free(l->names);
	free(l->path);
}

void
inputs_free(struct inputs *in)
{
	if (in == NULL)
		return;
	while (in->depth > 0)
		pop(in);
	free(in->stack);
	free(in->line);
	if (in->list != NULL && !in->list_is_stdin)
		fclose(in->list);
	free(in);
}

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *
join(const char *dir, const char *name)
{
	size_t	len = strlen(dir) + strlen(name) + 2;
	char	*p = xmalloc(len);

	snprintf(p, len, "%s%s%s", dir,
	    dir[0] != '\0' && dir[strlen(dir) - 1] == '/' ? "" : "/", name);
	return p;
}

/*
 * Start walking the folder path (already stat'ed as st).  Returns 0, or
 * -1 with *error set when it cannot be read.
 */
static int
push(struct inputs *in, const char *path, const struct stat *st,
    char **error, struct diag *diag)
{
	struct level	*l;
	struct dirent	*de;
	DIR		*dir;
	size_t		 i, cap = 0;

	/* A folder already being walked, reached again through a link. */
	for (i = 0; i < in->depth; i++)
		if (in->stack[i].dev == st->st_dev &&
		    in->stack[i].ino == st->st_ino) {
			diag_warning(diag, path, 0, "symbolic link loop: "
			    "not walked again");
			return 0;
		}
	if ((dir = opendir(path)) == NULL) {
		*error = xstrdup(strerror(errno));
		return -1;
	}
	xgrow(&in->stack, &in->cap, in->depth + 1, sizeof(*in->stack));
	l = &in->stack[in->depth++];
	memset(l, 0, sizeof(*l));
	l->path = xstrdup(path);
	l->dev = st->st_dev;
	l->ino = st->st_ino;
	while ((de = readdir(dir)) != NULL) {
		if (de->d_name[0] == '.')
			continue;	/* hidden, and . and .. */
		xgrow(&l->names, &cap, l->n + 1, sizeof(*l->names));
		l->names[l->n++] = xstrdup(de->d_name);
	}
	closedir(dir);
	if (l->n > 1)
		qsort(l->names, l->n, sizeof(*l->names), name_cmp);
	return 0;
}

/* Fill *out with path, walking into it if it is a folder; 1 if filled. */
static int
visit(struct inputs *in, char *path, int walked, struct input *out,
    struct diag *diag)
{
	struct stat	st;
	char		*error = NULL;

	if (strcmp(path, "-") != 0 && stat(path, &st) == 0 &&
	    S_ISDIR(st.st_mode)) {
		if (push(in, path, &st, &error, diag) == 0) {
			free(path);
			return 0;
		}
		out->path = path;
		out->walked = walked;
		out->error = error;
		return 1;
	}
	/* Anything else, even a dangling link, is read and judged there. */
	out->path = path;
	out->walked = walked;
	out->error = NULL;
	return 1;
}

/* The next path of --files-from, or NULL at its end. */
static char *
next_listed(struct inputs *in)
{
	ssize_t	n;

	while ((n = getdelim(&in->line, &in->linecap, in->nul ? '\0' : '\n',
	    in->list)) > 0) {
		if (!in->nul && in->line[n - 1] == '\n')
			in->line[--n] = '\0';
		if (!in->nul && n > 0 && in->line[n - 1] == '\r')
			in->line[--n] = '\0';
		if (n > 0)
			return xstrdup(in->line);
	}
	return NULL;
}

int
inputs_next(struct inputs *in, struct input *out, struct diag *diag)
{
	struct level	*l;
	char		*path;

	for (;;) {
		if (in->depth > 0) {
			l = &in->stack[in->depth - 1];
			if (l->next == l->n) {
				pop(in);
				continue;
			}
			path = join(l->path, l->names[l->next++]);
			if (visit(in, path, 1, out, diag))
				return 1;
			continue;
		}
		if (in->next_arg < in->nargs) {
			path = xstrdup(in->args[in->next_arg++]);
			if (visit(in, path, 0, out, diag))
				return 1;
			continue;
		}
		if (in->list != NULL && (path = next_listed(in)) != NULL) {
			if (visit(in, path, 0, out, diag))
				return 1;
			continue;
		}
		return 0;
	}
}
