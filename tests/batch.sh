#!/bin/sh
# Batch runs: folders, file lists, workers, formats, counts.
# usage: batch.sh GAPCHECK
set -u
bin=$1
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
top=$(cd "$(dirname "$0")/.." && pwd)
export GAPCHECK_LEXICON_PATH="$top/lexicon" LC_ALL=C
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 2
pass=0 fail=0
ok() { echo "ok $1"; pass=$((pass+1)); }
no() { echo "FAIL $1"; fail=$((fail+1)); }
run() { "$bin" --today 2026-11-01 "$@"; }

# A folder as a recruiter gets it: nested folders, a symbolic link
# loop, hidden files, a picture, a PDF resume, and some inputs that
# cannot be read, a scanned and a password-protected PDF among them.
mkdir -p cv/2025/march cv/.cache
for f in "$top"/corpora/samples/*.txt; do cp "$f" cv/; cp "$f" cv/2025/march/; done
cp "$top/corpora/samples/nurse.txt" cv/.cache/
cp "$top/corpora/samples/nurse.txt" cv/.hidden-cv.txt
printf '\211PNG\r\n\032\n\0\0\0\rIHDR' > cv/photo.png
ln -s .. cv/2025/loop
ln -s nowhere cv/dangling.txt
: > cv/empty.txt
printf '\320\317\021\340\241\261\032\341\0\0' > cv/old.doc
cp "$top/tests/golden/same-resume-pdf/input.pdf" cv/2025/dana.pdf
cp "$top/tests/golden/pdf-scan-needs-ocr/input.pdf" cv/scan.pdf
cp "$top/tests/golden/pdf-password-is-refused/input.pdf" cv/locked.pdf
good=$(ls "$top"/corpora/samples/*.txt | wc -l)
good=$((good * 2 + 1))
bad=5

run -f jsonl cv > out.jsonl 2> err.txt
status=$?
records=$(wc -l < out.jsonl)
errors=$(grep -c '"error"' out.jsonl)
if [ $status = 1 ] && [ "$records" = $((good + bad)) ] && [ "$errors" = $bad ] &&
   grep -q 'cv/dangling.txt: No such file' err.txt &&
   grep -q 'cv/empty.txt: empty file' err.txt &&
   grep -q 'cv/old.doc: Word 97-2003' err.txt &&
   grep -q 'cv/scan.pdf: no text layer (scanned image?); run OCR first' err.txt &&
   grep -q 'cv/locked.pdf: encrypted PDF' err.txt &&
   grep -q '"input":"cv/2025/dana.pdf","role"' out.jsonl &&
   grep -q 'symbolic link loop' err.txt &&
   grep -q "$bad of $((good + bad)) inputs could not be read; 1 file skipped: not a document\$" err.txt &&
   ! grep -q 'photo\.png\|\.hidden-cv\|\.cache/' out.jsonl err.txt; then
	ok folder-walk
else
	no "folder-walk: status $status, $records records, $errors errors"
	cat err.txt
fi

# A folder of pictures alone, or of nothing, is no success: no record,
# a message that says so and how many files were skipped, exit 1.
mkdir -p pics/2024 nothing
printf '\211PNG\r\n\032\n\0\0\0\rIHDR' > pics/scan-1.png
printf '\377\330\377\340\0\020JFIF\0' > pics/2024/scan-2.jpg
run -f jsonl pics > pics.jsonl 2> pics.err
status=$?
if [ $status = 1 ] && [ ! -s pics.jsonl ] &&
   [ "$(cat pics.err)" = "gapcheck: pics: no document found (2 files skipped: not documents)" ]; then
	ok pictures-only-folder-fails
else
	no "pictures-only-folder-fails: status $status: $(cat pics.err)"
fi
run nothing > nothing.out 2> nothing.err
status=$?
if [ $status = 1 ] && [ ! -s nothing.out ] &&
   [ "$(cat nothing.err)" = "gapcheck: nothing: no document found" ]; then
	ok empty-folder-fails
else
	no "empty-folder-fails: status $status: $(cat nothing.err)"
fi
# Resumes beside the pictures: read, with the skipped ones counted.
cp "$top/corpora/samples/nurse.txt" pics/
run -f tsv pics > pics.tsv 2> pics.err
status=$?
if [ $status = 0 ] && [ "$(wc -l < pics.tsv)" = 2 ] &&
   [ "$(cat pics.err)" = "gapcheck: warning: 1 input read; 2 files skipped: not documents" ]; then
	ok skipped-files-counted
else
	no "skipped-files-counted: status $status: $(cat pics.err)"
fi

# No progress line when standard error is not a terminal.
if ! grep -q "$(printf '\r')" err.txt && ! grep -q 'resumes, ' err.txt; then
	ok no-progress-off-terminal
else
	no no-progress-off-terminal
fi

# PDFs read by several workers at once give the same records as by one;
# a folder whose only unreadable inputs are scans exits 5.
mkdir pdfs
i=0
while [ $i -lt 12 ]; do
	cp "$top/tests/golden/same-resume-pdf/input.pdf" pdfs/$i-one.pdf
	cp "$top/tests/golden/same-resume-pdf-two-column/input.pdf" pdfs/$i-two.pdf
	cp "$top/tests/golden/pdf-ligatures/input.pdf" pdfs/$i-lig.pdf
	i=$((i + 1))
done
cp "$top/tests/golden/pdf-scan-needs-ocr/input.pdf" pdfs/scan-1.pdf
cp "$top/tests/golden/pdf-scan-needs-ocr/input.pdf" pdfs/scan-2.pdf
run -j1 -f jsonl pdfs > p1.jsonl 2> p1.err; s1=$?
run -j7 -f jsonl pdfs > p7.jsonl 2> p7.err; s7=$?
if [ $s1 = 5 ] && [ $s7 = 5 ] && cmp -s p1.jsonl p7.jsonl && cmp -s p1.err p7.err &&
   [ "$(wc -l < p1.jsonl)" = 38 ] && [ "$(grep -c '"error"' p1.jsonl)" = 2 ] &&
   grep -q '2 of 38 inputs could not be read' p1.err; then
	ok pdfs-any-workers-and-scans-exit-5
else
	no "pdfs-any-workers-and-scans-exit-5: status $s1 and $s7"
	cat p1.err
fi

# Every readable resume once: the same input never twice, none lost.
if [ "$(grep -o '"input":"[^"]*"' out.jsonl | sort | uniq -d)" = "" ]; then
	ok each-input-once
else
	no each-input-once
fi

# The same output whatever the number of workers.
i=0
mkdir many
while [ $i -lt 300 ]; do
	for f in "$top"/corpora/samples/*.txt; do
		cp "$f" many/$i-$(basename "$f")
	done
	i=$((i + 1))
done
for fmt in jsonl tsv csv text; do
	run -j1 -f $fmt many > j1.$fmt 2>/dev/null
	run -j2 -f $fmt many > j2.$fmt 2>/dev/null
	run -j7 -f $fmt many > j7.$fmt 2>/dev/null
	if cmp -s j1.$fmt j2.$fmt && cmp -s j1.$fmt j7.$fmt && [ -s j1.$fmt ]; then
		ok "same-output-any-workers-$fmt"
	else
		no "same-output-any-workers-$fmt"
	fi
done

# Ranking against a posting: the same order whatever the number of
# workers, identical resumes in input order, an unreadable one last.
posting=$top/tests/golden/rank-go-posting-as-a-recruiter/posting.txt
printf '\320\317\021\340\241\261\032\341\0\0' > many/0-old.doc
for fmt in jsonl json tsv csv text; do
	run --rank -a "$posting" -j1 -f $fmt many > r1.$fmt 2>/dev/null; s1=$?
	run --rank -a "$posting" -j2 -f $fmt many > r2.$fmt 2>/dev/null
	run --rank -a "$posting" -j7 -f $fmt many > r7.$fmt 2>/dev/null; s7=$?
	if cmp -s r1.$fmt r2.$fmt && cmp -s r1.$fmt r7.$fmt && [ -s r1.$fmt ] &&
	   [ $s1 = 1 ] && [ $s7 = 1 ]; then
		ok "rank-same-output-any-workers-$fmt"
	else
		no "rank-same-output-any-workers-$fmt: status $s1 and $s7"
	fi
done
rm many/0-old.doc
# Every input has its row, ranks run 1..n, the unreadable one last.
n=$(ls many | wc -l)
if [ "$(grep -c '"rank": [0-9]' r1.jsonl)" = "$n" ] &&
   [ "$(tail -n 1 r1.jsonl | cut -c1-14)" = '{"rank": null,' ] &&
   [ "$(sed -n 2p r1.tsv | cut -f1)" = 1 ] &&
   awk -F'\t' 'NR > 1 && $1 != "" { if ($4 > last && NR > 2) bad = 1; last = $4 } END { exit bad }' r1.tsv; then
	ok rank-every-input-best-first
else
	no rank-every-input-best-first
fi

# The order a recruiter gives: production Go first; Go only in a side
# project above no Go at all; a bare keyword line last.
(cd "$top/tests/golden/rank-go-posting-as-a-recruiter" &&
    run --rank -a posting.txt -f tsv resumes) | cut -f2 | tail -n +2 |
    sed 's,.*/,,; s,\.txt$,,' > order.txt
want="production-go go-k8s-kafka-eleven-years python-django-no-go csharp-no-go buzzwords-one-line"
got=$(grep -x -e production-go -e go-k8s-kafka-eleven-years \
    -e python-django-no-go -e csharp-no-go -e buzzwords-one-line order.txt |
    tr '\n' ' ' | sed 's/ $//')
if [ "$got" = "$want" ]; then
	ok rank-as-a-recruiter
else
	no "rank-as-a-recruiter: $got"
fi
# --rank needs a posting, and is not --summary.
run --rank many > /dev/null 2>&1; s1=$?
run --rank --summary -a "$posting" many > /dev/null 2>&1; s2=$?
if [ $s1 = 2 ] && [ $s2 = 2 ]; then
	ok rank-usage
else
	no "rank-usage: status $s1 and $s2"
fi

# A record over a megabyte is written as it is rendered, in its turn:
# the same output for any number of workers, one line per input, and
# a full device is still an error.
mkdir big
i=0
while [ $i -lt 200 ]; do cat "$top"/corpora/samples/*.txt; i=$((i + 1)); done > big/2-big.txt
cp "$top/corpora/samples/nurse.txt" big/1-nurse.txt
cp "$top/corpora/samples/backend-mid-python.txt" big/3-python.txt
cp big/2-big.txt big/4-big.txt
run -j1 -f jsonl big > b1.jsonl 2>/dev/null
run -j2 -f jsonl big > b2.jsonl 2>/dev/null
run -j7 -f jsonl big > b7.jsonl 2>/dev/null
run -f json big/2-big.txt > /dev/full 2> full.txt
status=$?
if [ "$(wc -c < b1.jsonl)" -gt 2097152 ] && [ "$(wc -l < b1.jsonl)" = 4 ] &&
   cmp -s b1.jsonl b2.jsonl && cmp -s b1.jsonl b7.jsonl &&
   [ "$(cut -c1-40 b1.jsonl | grep -o '"input":"[^"]*"' | tr '\n' ' ')" = \
     '"input":"big/1-nurse.txt" "input":"big/2-big.txt" "input":"big/3-python.txt" "input":"big/4-big.txt" ' ] &&
   [ $status = 4 ] && grep -q 'standard output: No space left' full.txt; then
	ok large-records-stream-in-order
else
	no "large-records-stream-in-order: status $status"
fi

# find -print0 | gapcheck -0 --files-from -
find many -type f -print0 | run -0 --files-from - -f jsonl > f0.jsonl
n=$(find many -type f | wc -l)
if [ "$(wc -l < f0.jsonl)" = "$n" ] && ! grep -q '"error"' f0.jsonl; then
	ok files-from-nul
else
	no files-from-nul
fi
find many -type f | sort | run --files-from - -f jsonl > fl.jsonl
if [ "$(wc -l < fl.jsonl)" = "$n" ]; then ok files-from-lines; else no files-from-lines; fi

# As a mapper: xargs -P runs several gapchecks over parts of the list.
find many -type f | sort | xargs -P 2 -n 100 "$bin" --today 2026-11-01 -j1 -f jsonl > xa.jsonl
if [ "$(wc -l < xa.jsonl)" = "$n" ] &&
   [ "$(sort xa.jsonl | md5sum)" = "$(sort f0.jsonl | md5sum)" ]; then
	ok xargs-mapper
else
	no xargs-mapper
fi

# GNU parallel, as the README shows it: -X packs many paths into each
# of its jobs; every input gives one record, none twice.
if command -v parallel >/dev/null 2>&1; then
	find many -type f | sort | parallel -X -j 2 "$bin" --today 2026-11-01 \
	    -j1 -f jsonl > gp.jsonl 2> gp.err
	jobs=$(parallel --version 2>/dev/null | head -n 1)
	if [ "$(wc -l < gp.jsonl)" = "$n" ] &&
	   [ "$(sort gp.jsonl | md5sum)" = "$(sort f0.jsonl | md5sum)" ]; then
		ok "parallel-mapper ($jobs)"
	else
		no "parallel-mapper: $(wc -l < gp.jsonl) records of $n"
	fi
else
	no "parallel-mapper: GNU parallel is not installed (make test installs it)"
fi

# TSV and CSV: a header, then one row per input, errors included.
run -f csv cv > out.csv 2>/dev/null
if [ "$(head -n 1 out.csv | cut -d, -f1-3)" = "input,error,role" ] &&
   [ "$(wc -l < out.csv)" = $((good + bad + 1)) ]; then
	ok csv-rows
else
	no csv-rows
fi

# The cohort summary counts every resume analyzed.
run --summary -f json many > sum.json
if grep -q "\"resumes\": $n," sum.json && grep -q '"most_missing"' sum.json; then
	ok summary
else
	no summary
fi

echo "batch: $pass passed, $fail failed"
[ $fail = 0 ]
