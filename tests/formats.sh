#!/bin/sh
# make formats: the output of every format, unchanged.  Each case below
# runs gapcheck over the annotated corpus (corpora/annotated), or over a
# ranking posting and its resumes, and compares standard output with
# tests/formats/NAME, byte for byte.  An output too large to keep whole
# is kept as its SHA-256 (tests/formats/NAME.sha256); rerun the case by
# hand to see it.  Standard error and the exit status are the golden
# tests' business, not this one's.
# usage: formats.sh [--update] GAPCHECK
set -u
update=0
if [ "${1:-}" = --update ]; then update=1; shift; fi
bin=${1:?usage: formats.sh [--update] GAPCHECK}
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
top=$(cd "$(dirname "$0")/.." && pwd)
export LC_ALL=C TZ=UTC NO_COLOR=1 GAPCHECK_LEXICON_PATH="$top/lexicon"
want=$top/tests/formats
# Outputs up to this size are kept whole, so a failure shows a diff.
keep=65536
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
cd "$top" || exit 2

resumes=$(ls corpora/annotated/* | grep -v -e '\.gold$' -e '/README\.md$')
posting=corpora/ranking/01-go-backend/posting.txt
ranked=$(ls corpora/ranking/01-go-backend/resumes/*)
# A PDF, for the page numbers of evidence and of --extract.
pdf=tests/golden/same-resume-pdf-two-column/input.pdf
# An input that cannot be read, for the error records.
absent=corpora/annotated/no-such-resume.txt

pass=0 fail=0
# check NAME ARG...: run gapcheck with ARGs, compare its standard output.
check() {
	name=$1; shift
	"$bin" --today 2026-11-01 "$@" > "$tmp/out" 2> /dev/null < /dev/null
	if [ $update = 1 ]; then
		rm -f "$want/$name" "$want/$name.sha256"
		if [ "$(wc -c < "$tmp/out")" -le $keep ]; then
			cp "$tmp/out" "$want/$name"
		else
			sha256sum < "$tmp/out" | cut -d' ' -f1 > "$want/$name.sha256"
		fi
		echo "updated $name"
		return
	fi
	if [ -f "$want/$name" ]; then
		if diff -u "$want/$name" "$tmp/out" > "$tmp/diff"; then
			pass=$((pass + 1)); return
		fi
		echo "FAIL $name"
		head -n 40 "$tmp/diff" | sed 's/^/    /'
	elif [ -f "$want/$name.sha256" ]; then
		got=$(sha256sum < "$tmp/out" | cut -d' ' -f1)
		if [ "$got" = "$(cat "$want/$name.sha256")" ]; then
			pass=$((pass + 1)); return
		fi
		echo "FAIL $name: output differs (SHA-256 $got);" \
		    "see it with: gapcheck --today 2026-11-01 $*" | cut -c1-200
	else
		echo "FAIL $name: no tests/formats/$name; run make formats-update"
	fi
	fail=$((fail + 1))
}

for f in text json jsonl tsv csv; do
	check "annotated.$f" -f $f $resumes $pdf $absent
	check "against.$f" -f $f -a $posting $ranked
	check "rank.$f" -f $f --rank -a $posting $ranked $absent
done
check annotated-explain.json -f json --explain $resumes
check annotated-explain.jsonl -f jsonl --explain $resumes $pdf
check annotated-summary.json -f json --summary $resumes
check extract.jsonl -f jsonl --extract $resumes $pdf $absent
[ $update = 1 ] && exit 0
echo "formats: $pass passed, $fail failed"
[ $fail = 0 ]
