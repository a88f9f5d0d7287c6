#!/bin/sh
# Golden end-to-end tests.  Each directory under tests/golden/ is a case:
#   args     one argument per line (the word INPUT stands for the case's
#            input file, STDIN reads it from standard input instead)
#   input.*  the resume
#   stdout   expected standard output, byte for byte
#   stderr   expected standard error (missing: must be empty)
#   status   expected exit status (missing: 0)
#   fixture  optional: one mkfixture command per line (its arguments),
#            run in a copy of the case to build binary inputs, such as
#            "zip input.docx input.docx.d", from readable parts
# Every case runs with --today 2026-11-01 first.
# usage: golden.sh [--update] GAPCHECK [CASE ...]
set -u
update=0
if [ "${1:-}" = --update ]; then update=1; shift; fi
bin=${1:?usage: golden.sh [--update] GAPCHECK [CASE ...]}; shift
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
top=$(cd "$(dirname "$0")/.." && pwd)
export LC_ALL=C TZ=UTC NO_COLOR=1 GAPCHECK_LEXICON_PATH="$top/lexicon"
mkfixture=${MKFIXTURE:-$top/build/mkfixture}
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT

cases=$*
[ -n "$cases" ] || cases=$(cd "$top/tests/golden" && ls)
pass=0 fail=0
for name in $cases; do
	dir=$top/tests/golden/$name
	[ -f "$dir/args" ] || { echo "FAIL $name: no args file"; fail=$((fail+1)); continue; }
	if [ -f "$dir/fixture" ]; then
		rm -rf "$tmp/case"
		cp -R "$dir" "$tmp/case"
		while read -r line; do
			[ -n "$line" ] || continue
			(cd "$tmp/case" && "$mkfixture" $line) ||
			    { echo "FAIL $name: mkfixture $line"; fail=$((fail+1)); continue 2; }
		done < "$dir/fixture"
		dir=$tmp/case
	fi
	input=$(ls "$dir" | grep '^input' | grep -v '\.d$' | head -n 1)
	# "Present" in a date range must not depend on the day it runs.
	set -- --today 2026-11-01
	from_stdin=0
	while IFS= read -r arg || [ -n "$arg" ]; do
		case $arg in
		INPUT) set -- "$@" "$input" ;;
		STDIN) from_stdin=1 ;;
		*) set -- "$@" "$arg" ;;
		esac
	done < "$dir/args"
	(
		cd "$dir" || exit 2
		if [ $from_stdin = 1 ]; then
			"$bin" "$@" < "$input"
		else
			"$bin" "$@" < /dev/null
		fi
	) > "$tmp/out" 2> "$tmp/err"
	echo $? > "$tmp/status"
	# Where the tree lies differs between machines: say $TOP instead,
	# and $PREFIX for the install prefix a binary infers from where it
	# lies (a build directory, or the tree's parent).
	for f in out err; do
		sed -e "s|$top|\$TOP|g" \
		    -e 's|/usr/local/share/gapcheck/|@DEFAULT@|g' \
		    -e 's|[^ ,()]*/share/gapcheck/lexicon|$PREFIX/share/gapcheck/lexicon|g' \
		    -e 's|@DEFAULT@|/usr/local/share/gapcheck/|g' \
		    "$tmp/$f" > "$tmp/std$f"
	done
	dir=$top/tests/golden/$name
	if [ $update = 1 ]; then
		cp "$tmp/stdout" "$dir/stdout"
		if [ -s "$tmp/stderr" ]; then cp "$tmp/stderr" "$dir/stderr"; else rm -f "$dir/stderr"; fi
		if [ "$(cat "$tmp/status")" != 0 ]; then cp "$tmp/status" "$dir/status"; else rm -f "$dir/status"; fi
		echo "updated $name: read it before committing"
		continue
	fi
	[ -f "$dir/stderr" ] && cp "$dir/stderr" "$tmp/want-stderr" || : > "$tmp/want-stderr"
	[ -f "$dir/status" ] && cp "$dir/status" "$tmp/want-status" || echo 0 > "$tmp/want-status"
	if diff -u "$dir/stdout" "$tmp/stdout" > "$tmp/diff" 2>&1 &&
	   diff -u "$tmp/want-stderr" "$tmp/stderr" >> "$tmp/diff" 2>&1 &&
	   diff -u "$tmp/want-status" "$tmp/status" >> "$tmp/diff" 2>&1; then
		echo "ok $name"
		pass=$((pass+1))
	else
		echo "FAIL $name"
		sed 's/^/    /' "$tmp/diff"
		fail=$((fail+1))
	fi
done
[ $update = 1 ] && exit 0
echo "golden: $pass passed, $fail failed"
[ $fail = 0 ]
