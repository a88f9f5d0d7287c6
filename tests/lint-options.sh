#!/bin/sh
# Every long option in --help is documented in the man page as "Fl -name"
# (or "Fl \-name"), and every option the man page documents is in --help.
# usage: lint-options.sh GAPCHECK MANPAGE
set -u
bin=$1 man=$2
help=$("$bin" --help | grep -o -- '--[a-z][a-z-]*' | sort -u)
page=$(grep -o 'Fl \\\{0,1\}-[a-z][a-z-]*' "$man" | sed 's/Fl \\\{0,1\}-/--/' | sort -u)
status=0
for o in $help; do
	echo "$page" | grep -qx -- "$o" || { echo "lint: $o is in --help but not in $man"; status=1; }
done
for o in $page; do
	echo "$help" | grep -qx -- "$o" || { echo "lint: $o is in $man but not in --help"; status=1; }
done
[ $status = 0 ] && echo "lint: options and $man agree"
exit $status
