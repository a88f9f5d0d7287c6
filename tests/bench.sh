#!/bin/sh
# make bench: speed and memory on a deterministic corpus of resume-like
# documents.  Prints figures; it asserts nothing.
# usage: bench.sh GAPCHECK GENCORPUS DIR
set -u
bin=$1 gen=$2 dir=$3
top=$(cd "$(dirname "$0")/.." && pwd)
export GAPCHECK_LEXICON_PATH="$top/lexicon" LC_ALL=C
count=20000
corpus=$dir/corpus
mkdir -p "$dir"
if [ ! -f "$corpus/.done" ]; then
	rm -rf "$corpus"
	"$gen" "$corpus" $count 5000 || exit 1
	touch "$corpus/.done"
fi
small=$dir/corpus-1000
if [ ! -d "$small" ]; then
	mkdir -p "$small" && cp -r "$corpus/00" "$small/"
fi
bytes=$(find "$corpus" -name '*.txt' -exec cat {} + | wc -c)
mb=$(echo "$bytes / 1048576" | bc -l)
cores=$(nproc)

# run LABEL COMMAND...: wall seconds, user seconds, peak RSS in KiB
measure() {
	/usr/bin/time -f '%e %U %M' -o "$dir/time.out" "$@" > /dev/null 2>&1
	cat "$dir/time.out"
}

echo "corpus: $count documents, $(printf '%.1f' "$mb") MiB, $cores cores"
for j in 1 $cores; do
	set -- $(measure "$bin" -j$j --today 2026-11-01 -f jsonl "$corpus")
	printf 'full pipeline, JSONL out, -j%s: %6.1f MB/s %8.0f resumes/s  (%.2f s, peak RSS %s KiB)\n' \
	    $j "$(echo "$mb / $1" | bc -l)" "$(echo "$count / $1" | bc -l)" "$1" "$3"
	eval "wall_$j=$1"
done
printf 'speed-up with %s workers: %.2fx\n' $cores "$(eval echo "\$wall_1 / \$wall_$cores" | bc -l)"
set -- $(measure "$bin" -j1 --today 2026-11-01 -f tsv "$corpus")
printf 'analysis only (TSV out), -j1:   %6.1f MB/s %8.0f resumes/s\n' \
    "$(echo "$mb / $1" | bc -l)" "$(echo "$count / $1" | bc -l)"

set -- $(measure "$bin" -j1 --today 2026-11-01 -f jsonl "$small")
rss_small=$3
set -- $(measure "$bin" -j1 --today 2026-11-01 -f jsonl "$corpus")
echo "peak RSS, one worker: $rss_small KiB for 1,000 resumes, $3 KiB for $count"

# The backend role without the technology catalogue beneath it: what
# the catalogue costs.
nocat=$dir/nocat
mkdir -p "$nocat"
grep -v -e '^catalogue ' -e '^[[:space:]]*members-kind ' \
    -e '^[[:space:]]*members-tag ' -e '^quiet-kind ' -e '^catalogue-use ' \
    "$top/lexicon/backend.lex" > "$nocat/backend.lex"
set -- $(measure "$bin" -j1 --today 2026-11-01 -f tsv -L "$nocat/backend.lex" "$corpus")
w_nocat=$1
set -- $(measure "$bin" -j1 --today 2026-11-01 -f tsv "$corpus")
w_cat=$1
printf 'scan, TSV out, -j1: with the catalogue (%s skills) %.1f MB/s, without it %.1f MB/s (%+.0f%%)\n' \
    "$("$bin" --list-skills | tail -n +2 | wc -l)" "$(echo "$mb / $w_cat" | bc -l)" \
    "$(echo "$mb / $w_nocat" | bc -l)" "$(echo "($w_cat - $w_nocat) * 100 / $w_nocat" | bc -l)"

one=$(find "$corpus" -name '*.txt' | head -n 1)
for how in catalogue nocat; do
	if [ $how = nocat ]; then set -- -L "$nocat/backend.lex"; else set --; fi
	i=0
	while [ $i -lt 50 ]; do
		t0=$(date +%s%N)
		"$bin" "$@" --today 2026-11-01 -f jsonl "$one" > /dev/null
		t1=$(date +%s%N)
		echo $(( (t1 - t0) / 1000 )) >> "$dir/latency.$$"
		i=$((i + 1))
	done
	printf 'single resume, process start to exit, lexicon load included, %s: median %.2f ms\n' \
	    "$([ $how = nocat ] && echo 'without the catalogue' || echo 'with the catalogue')" \
	    "$(sort -n "$dir/latency.$$" | sed -n 25p | awk '{print $1 / 1000}')"
	[ $how = catalogue ] && sort -n "$dir/latency.$$" | sed -n 25p > "$dir/one.$$"
	rm -f "$dir/latency.$$"
done
# The same resume through cat(1), the floor of any process start; then
# the instructions of one run, which repeat exactly (the pattern cache
# is warm by now).
i=0
while [ $i -lt 50 ]; do
	t0=$(date +%s%N)
	cat "$one" > /dev/null
	t1=$(date +%s%N)
	echo $(( (t1 - t0) / 1000 )) >> "$dir/latency.$$"
	i=$((i + 1))
done
printf 'single resume with the catalogue against cat on the same file: median %.2f ms vs %.2f ms, ratio %.1f\n' \
    "$(awk '{print $1 / 1000}' "$dir/one.$$")" \
    "$(sort -n "$dir/latency.$$" | sed -n 25p | awk '{print $1 / 1000}')" \
    "$(sort -n "$dir/latency.$$" | sed -n 25p | awk -v g="$(cat "$dir/one.$$")" '{print g / ($1 > 0 ? $1 : 1)}')"
rm -f "$dir/latency.$$" "$dir/one.$$"
if command -v valgrind >/dev/null 2>&1; then
	valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" \
	    --today 2026-11-01 -f tsv "$one" 2>&1 >/dev/null |
	    sed -n 's/.*refs: *\([0-9,]*\).*/single resume, start to exit: \1 instructions (callgrind; target 12,000,000)/p'
fi

# The lexicon's spellings, as fixed strings for rg.
awk '
	$1 == "alias" || $1 == "ambiguous" {
		line = substr($0, index($0, $1) + length($1))
		while (match(line, /"[^"]*"|[^ \t"]+/)) {
			w = substr(line, RSTART, RLENGTH)
			gsub(/^"|"$/, "", w)
			print w
			line = substr(line, RSTART + RLENGTH)
		}
	}' "$top/lexicon/backend.lex" "$top"/lexicon/catalogue/*.lex |
	sort -u > "$dir/aliases.txt"
if command -v rg > /dev/null; then
	set -- $(measure rg -j1 --count-matches -i -F -f "$dir/aliases.txt" "$corpus")
	rg_wall=$1
	printf 'rg --count-matches, %s spellings, one thread: %6.1f MB/s (%.2f s); gapcheck -j1 is %.2fx its speed\n' \
	    "$(wc -l < "$dir/aliases.txt")" "$(echo "$mb / $rg_wall" | bc -l)" \
	    "$rg_wall" "$(echo "$rg_wall / $wall_1" | bc -l)"
else
	echo "rg: not installed (apt-get install ripgrep)"
fi

"$gen" -l 100 > "$dir/lex100.lex"
"$gen" -l 400 > "$dir/lex400.lex"
set -- $(measure "$bin" -j1 -L "$dir/lex100.lex" -f tsv "$corpus")
w100=$1
set -- $(measure "$bin" -j1 -L "$dir/lex400.lex" -f tsv "$corpus")
w400=$1
printf 'scan with a 100-skill lexicon: %.1f MB/s; with 400 skills: %.1f MB/s (%.0f%% slower)\n' \
    "$(echo "$mb / $w100" | bc -l)" "$(echo "$mb / $w400" | bc -l)" \
    "$(echo "($w400 - $w100) * 100 / $w100" | bc -l)"

# Peak memory for one large DOCX against the size of its text: the
# whole corpus as one document, deflated as a word processor would.
if [ -n "${MKFIXTURE:-}" ]; then
	big=$dir/big.docx.d
	if [ ! -f "$dir/big.docx" ]; then
		rm -rf "$big"
		cp -r "$top/tests/golden/same-resume-docx/input.docx.d" "$big"
		{
			printf '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
			printf '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\n'
			find "$corpus" -name '*.txt' | sort | xargs cat |
			    sed -e 's/&/\&amp;/g; s/</\&lt;/g; s/>/\&gt;/g' \
				-e 's|.*|<w:p><w:r><w:t xml:space="preserve">&</w:t></w:r></w:p>|'
			printf '</w:body></w:document>\n'
		} > "$big/word/document.xml"
		"$MKFIXTURE" zip "$dir/big.docx" "$big" || exit 1
		rm -rf "$big"
	fi
	docx_mb=$(echo "$(wc -c < "$dir/big.docx") / 1048576" | bc -l)
	text=$("$bin" --max-size 1G --extract "$dir/big.docx" | wc -c)
	text_mb=$(echo "$text / 1048576" | bc -l)
	printf 'one DOCX of %.1f MiB holding %.1f MiB of text, peak RSS:' \
	    "$docx_mb" "$text_mb"
	for how in --extract '-f text' '-f json'; do
		set -- $(measure "$bin" --max-size 1G --today 2026-11-01 $how "$dir/big.docx")
		printf ' %s %.0f MiB (%.1fx)' "${how#-f }" "$(echo "$3 / 1024" | bc -l)" \
		    "$(echo "$3 * 1024 / $text" | bc -l)"
	done
	echo
fi
