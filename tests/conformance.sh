#!/bin/sh
# make conformance: run gapcheck --extract over real DOCX files and
# compare the words of each text with the plain text pandoc made of the
# same file (see SOURCES.md in the corpus).
#
#   recall     share of the reference's words that gapcheck found
#   precision  share of gapcheck's words that are in the reference
#
# Words are compared as multisets by tests/wordcmp.c.  Targets: recall
# and precision at least 0.98 over all files and 0.95 on each, unless
# EXCEPTIONS says why pandoc is the one that is wrong for that file; no
# file over 1 second, none crashing or hanging; every file pandoc could
# not read gets a one-line error or a reading.
#
# usage: conformance.sh GAPCHECK WORDCMP CORPUS EXCEPTIONS
set -u
bin=$1 wordcmp=$2 corpus=$3 exceptions=$4
if [ ! -d "$corpus/files" ]; then
	echo "conformance: no corpus at $corpus; skipped"
	exit 0
fi
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT

: > "$tmp/rows"
fail=0
printf '%-50s %6s %6s %6s %6s %5s  %s\n' file words found recall prec ms result
for f in "$corpus"/files/*; do
	name=$(basename "$f")
	name=${name%.docx}
	ref=$corpus/reference/$name.txt
	start=$(date +%s%N)
	timeout 10 "$bin" --extract "$f" > "$tmp/out" 2> "$tmp/err"
	status=$?
	ms=$(( ($(date +%s%N) - start) / 1000000 ))
	result=
	if [ $status -ge 124 ]; then
		result="FAIL: exit status $status (crash or hang)"
	elif [ $ms -gt 1000 ]; then
		result="FAIL: over 1 s"
	fi
	if [ -f "$ref" ]; then
		counts=$("$wordcmp" "$ref" "$tmp/out")
		exempt=$(awk -F '\t' -v n="$name" '$1 == n { print $2 }' \
		    "$exceptions")
		# words found common recall precision, then what is too low
		set -- $(echo "$counts" | awk -v x="$exempt" '{
			rec = $1 ? $3 / $1 : 1; pre = $2 ? $3 / $2 : 1
			printf "%d %d %.3f %.3f", $1, $2, rec, pre
			if (rec < 0.95 && x != "recall" && x != "both")
				printf " recall"
			if (pre < 0.95 && x != "precision" && x != "both")
				printf " precision" }')
		if [ -z "$result" ]; then
			if [ $# -gt 4 ]; then
				result="FAIL: low $5${6:+ and $6}"
			elif [ -n "$exempt" ]; then
				result="ok ($exempt exempt: see $(basename "$exceptions"))"
			else
				result=ok
			fi
		fi
		printf '%-50s %6s %6s %6s %6s %5d  %s\n' "$name" "$1" "$2" "$3" \
		    "$4" $ms "$result"
		echo "$name $counts ${exempt:--}" >> "$tmp/rows"
	else
		# pandoc could not read it: a one-line error or a reading.
		if [ -z "$result" ]; then
			if [ $status = 1 ] && [ "$(wc -l < "$tmp/err")" = 1 ]; then
				result="error: $(sed 's/^gapcheck: [^:]*: //' "$tmp/err")"
			elif [ $status = 0 ] && [ -s "$tmp/out" ]; then
				result="read $(wc -w < "$tmp/out" | tr -d ' ') words"
			else
				result="FAIL: status $status, $(wc -l < "$tmp/err" | tr -d ' ') lines on stderr"
			fi
		fi
		printf '%-50s %6s %6s %6s %6s %5d  %s\n' "$name" - - - - $ms "$result"
	fi
	case $result in FAIL*) fail=$((fail + 1)) ;; esac
done
awk -v fail="$fail" '
	{ r += $2; e += $3; c += $4; n++
	  if ($5 == "-") { R += $2; E += $3; C += $4; m++ } }
	END {
		rec = r ? c / r : 1; pre = e ? c / e : 1
		printf "\ntotal over %d files pandoc read: %d words, %d found, recall %.4f, precision %.4f\n", n, r, e, rec, pre
		if (m < n)
			printf "without the %d exceptions: recall %.4f, precision %.4f\n", n - m, R ? C / R : 1, E ? C / E : 1
		if (rec < 0.98 || pre < 0.98) { print "FAIL: total below 0.98"; fail++ }
		printf "conformance: %d failed\n", fail
		exit fail > 0
	}' "$tmp/rows"
