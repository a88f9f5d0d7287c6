/*
 * roles.c: the lexicon search path.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "roles.h"
#include "util.h"

#ifndef LEXICONDIR
#define LEXICONDIR	"/usr/local/share/gapcheck/lexicon"
#endif
/*
 * Where make install puts the lexicons, from the binary's directory:
 * an installed gapcheck finds them whatever PREFIX it was built with.
 */
#define INSTALLED	"share/gapcheck/lexicon"

/*
 * Add dir to the list unless it is there already, under its real name
 * when it exists, so a link to a directory already listed adds nothing.
 */
static void
add_dir(char ***dirs, size_t *n, size_t *cap, char *dir)
{
	char	*real = realpath(dir, NULL);
	size_t	 i;

	if (real != NULL) {
		free(dir);
		dir = real;
	}

	for (i = 0; i < *n; i++)
		if (strcmp((*dirs)[i], dir) == 0) {
			free(dir);
			return;
		}
	xgrow(dirs, cap, *n + 2, sizeof(**dirs));
	(*dirs)[(*n)++] = dir;
}

/*
 * The roles of the lexicon path, comma-separated, into b: what to say
 * when a role is not there, so the user need not run --list-roles.
 */
static void
role_names(struct buf *b)
{
	char	*list = NULL, *line, *tab, *save = NULL;
	size_t	 len = 0;
	FILE	*m;

	if ((m = open_memstream(&list, &len)) == NULL)
		return;
	roles_list(m);
	if (fclose(m) != 0) {
		free(list);
		return;
	}
	for (line = strtok_r(list, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save)) {
		if ((tab = strchr(line, '\t')) != NULL)
			*tab = '\0';
		if (b->len > 0)
			buf_adds(b, ", ");
		buf_adds(b, line);
	}
	free(list);
}

/* The search path as a NULL-terminated list, owned by the caller. */
static char **
search_path(void)
{
	char		**dirs = NULL, *env, *s, *colon, exe[PATH_MAX];
	size_t		  n = 0, cap = 0;
	ssize_t		  len;

	if ((env = getenv("GAPCHECK_LEXICON_PATH")) != NULL) {
		for (s = env; *s != '\0'; s = *colon ? colon + 1 : colon) {
			colon = strchr(s, ':');
			if (colon == NULL)
				colon = s + strlen(s);
			if (colon > s)
				add_dir(&dirs, &n, &cap,
				    xstrndup(s, (size_t)(colon - s)));
		}
	}
	len = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (len > 0) {
		exe[len] = '\0';
		if ((s = strrchr(exe, '/')) != NULL) {
			strcpy(s + 1, "lexicon");
			add_dir(&dirs, &n, &cap, xstrdup(exe));
			/* PREFIX/bin/gapcheck: PREFIX/share/... */
			*s = '\0';
			if ((s = strrchr(exe, '/')) != NULL &&
			    (size_t)(s - exe) + sizeof(INSTALLED) <
			    sizeof(exe)) {
				strcpy(s + 1, INSTALLED);
				add_dir(&dirs, &n, &cap, xstrdup(exe));
			}
		}
	}
	add_dir(&dirs, &n, &cap, xstrdup(LEXICONDIR));
	if (dirs == NULL)
		xgrow(&dirs, &cap, 1, sizeof(*dirs));
	dirs[n] = NULL;
	return dirs;
}

static void
free_path(char **dirs)
{
	size_t	i;

	for (i = 0; dirs[i] != NULL; i++)
		free(dirs[i]);
	free(dirs);
}

static int
valid_role(const char *role)
{
	return *role != '\0' && strchr(role, '/') == NULL &&
	    role[0] != '.';
}

char *
roles_find(const char *role, struct diag *diag)
{
	char		**dirs, *path = NULL;
	struct buf	  tried = { 0 }, names = { 0 };
	struct stat	  st;
	size_t		  i, need;

	if (!valid_role(role)) {
		diag_error(diag, EXIT_USAGE, NULL, 0, "--role %s: not a role "
		    "name (use --lexicon for a file)", role);
		return NULL;
	}
	dirs = search_path();
	for (i = 0; dirs[i] != NULL && path == NULL; i++) {
		need = strlen(dirs[i]) + strlen(role) + 6;
		path = xmalloc(need);
		snprintf(path, need, "%s/%s.lex", dirs[i], role);
		if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
			free(path);
			path = NULL;
			buf_adds(&tried, i ? ", " : "");
			buf_adds(&tried, dirs[i]);
		}
	}
	if (path == NULL) {
		role_names(&names);
		diag_error(diag, EXIT_LEXICON, NULL, 0, "--role %s: no %s.lex "
		    "in the lexicon path (%s); %s%s", role, role, tried.data,
		    names.len > 0 ? "the roles are: " : "no role is there",
		    names.len > 0 ? names.data : "");
		buf_free(&names);
	}
	buf_free(&tried);
	free_path(dirs);
	return path;
}

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
roles_list(FILE *out)
{
	char		**dirs = search_path(), **seen = NULL, *role;
	size_t		  nseen = 0, cap = 0, i, j, len, first;
	struct dirent	 *de;
	DIR		 *dir;

	for (i = 0; dirs[i] != NULL; i++) {
		if ((dir = opendir(dirs[i])) == NULL)
			continue;
		first = nseen;
		while ((de = readdir(dir)) != NULL) {
			len = strlen(de->d_name);
			if (len <= 4 || de->d_name[0] == '.' ||
			    strcmp(de->d_name + len - 4, ".lex") != 0)
				continue;
			role = xstrndup(de->d_name, len - 4);
			/* An earlier directory's role hides a later one. */
			for (j = 0; j < first; j++)
				if (strcmp(seen[j], role) == 0)
					break;
			if (j < first) {
				free(role);
				continue;
			}
			xgrow(&seen, &cap, nseen + 1, sizeof(*seen));
			seen[nseen++] = role;
		}
		closedir(dir);
		if (nseen - first > 1)
			qsort(seen + first, nseen - first, sizeof(*seen),
			    name_cmp);
		for (j = first; j < nseen; j++)
			fprintf(out, "%s\t%s/%s.lex\n", seen[j], dirs[i],
			    seen[j]);
	}
	for (i = 0; i < nseen; i++)
		free(seen[i]);
	free(seen);
	free_path(dirs);
	return (int)nseen;
}
