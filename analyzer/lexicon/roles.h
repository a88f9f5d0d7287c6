/*
 * roles.h: find role lexicons.  A role is a file ROLE.lex in the first
 * directory of the search path that has it: the directories in
 * $GAPCHECK_LEXICON_PATH (colon separated), then lexicon/ beside the
 * gapcheck executable (a build tree), then ../share/gapcheck/lexicon
 * from the executable's directory (an install under any PREFIX), then
 * the directory compiled in.
 * Used by main.c.
 */
#ifndef GAPCHECK_ROLES_H
#define GAPCHECK_ROLES_H

#include <stdio.h>

struct diag;

/* Path of the role's lexicon, owned by the caller; NULL after reporting. */
char	*roles_find(const char *role, struct diag *);

/* Print "ROLE\tPATH" for every role in the path; returns the count. */
int	 roles_list(FILE *);

#endif
