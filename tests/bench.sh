#!/bin/sh
# make bench: speed and memory on a deterministic corpus of resume-like
# documents, each figure beside its target with "met" or "not met", and
# a tally at the end.  It asserts nothing and exits 0 whatever the
# figures; a tool that is missing (valgrind, rg, GNU time) is named and
# its figures are skipped.
#
# Instruction counts come from callgrind and repeat exactly; times do
# not on a shared machine, so they are CPU seconds (user + system)
# where one thread does the work, and ratios of two runs made here.
#
#   instructions per resume    callgrind on a fixed slice, the 200
#                              resumes corpus/00/cv00000-cv00199, -j1,
#                              in each format; less the same command on
#                              a one-line file (start-up: lexicon load,
#                              linking), divided by 200
#   one resume, start to exit  callgrind on cv00000.txt, JSONL: the
#                              total and what the largest parts cost,
#                              inclusive, from callgrind_annotate; then
#                              the median wall time of 21 runs beside
#                              that of cat on the same file
#   the dense line             the hostile suite's 20 MB line dense
#                              with skills, and the same line at 1 MB
#                              (the fastest of three runs, as for every
#                              run on 1,000 resumes): CPU time per
#                              mention, the three skill names of each
#                              repeated chunk; the 20 MB run is stopped
#                              after BENCH_DENSE_LIMIT seconds of CPU
#                              (120)
#   throughput                 the whole corpus, TSV, -j1 against rg
#                              --count-matches -j1 over the catalogue's
#                              spellings, in CPU seconds; -j2 against
#                              -j1 as twice -j1's CPU seconds over
#                              -j2's (the speed-up two idle cores give
#                              while both workers are busy: it counts
#                              CPU that a second worker adds; how many
#                              cores -j2 kept busy, and so any part
#                              that runs alone, follows, but depends on
#                              the machine's load)
#   peak RSS                   -j1 TSV, 1,000 resumes and 20,000
#   output                     SHA-256 of every format on the slice and
#                              on corpora/annotated, against
#                              tests/bench/outputs.sha256 (rewritten
#                              when BENCH_RECORD=1 is set)
#
# usage: bench.sh GAPCHECK GENCORPUS DIR
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
gen=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
mkdir -p "$3" || exit 1
dir=$(cd "$3" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
export GAPCHECK_LEXICON_PATH="$top/lexicon" LC_ALL=C
today='--today 2026-11-01'
formats='jsonl json tsv csv text'
count=20000
corpus=$dir/corpus
if [ ! -f "$corpus/.done" ]; then
	rm -rf "$corpus"
	"$gen" "$corpus" $count 5000 || exit 1
	touch "$corpus/.done"
fi
small=$dir/corpus-1000
if [ ! -d "$small" ]; then
	mkdir -p "$small" && cp -r "$corpus/00" "$small/"
fi
slice=$dir/slice
if [ ! -d "$slice" ]; then
	mkdir -p "$slice" && cp "$corpus"/00/cv00[01]??.txt "$slice/"
fi
one=$slice/cv00000.txt
echo Name > "$dir/one-line.txt"
bytes=$(find "$corpus" -name '*.txt' -exec cat {} + | wc -c)

have() {
	command -v "$1" > /dev/null 2>&1
}

# calc EXPR: EXPR worked out by awk, with a given printf format.
calc() {
	awk "BEGIN { printf \"$1\", $2 }"
}

# judge NAME VALUE OP LIMIT: sets $verdict to "met" or "not met" and
# counts it for the tally at the end.
met=0 judged=0 missed=
judge() {
	if awk -v v="$2" -v l="$4" -v op="$3" \
	    'BEGIN { exit !(op == "<=" ? v <= l : v >= l) }'; then
		judged=$((judged + 1))
		met=$((met + 1))
		verdict=met
	else
		miss "$1"
	fi
}

# miss NAME: a target not met whatever the figure.
miss() {
	judged=$((judged + 1))
	missed="$missed${missed:+; }$1"
	verdict='not met'
}

# measure COMMAND...: wall seconds, CPU seconds (user + system), peak
# RSS in KiB; the last line, after any word about the exit status.
measure() {
	/usr/bin/time -f '%e %U %S %M' -o "$dir/time.out" "$@" \
	    > /dev/null 2>&1
	tail -n 1 "$dir/time.out" | awk '{ print $1, $2 + $3, $4 }'
}
# fastest N COMMAND...: measure's figures for the run of N that took
# the least CPU; for short runs, which a busy machine slows the most.
fastest() {
	n=$1
	shift
	k=0
	while [ $k -lt $n ]; do
		measure "$@"
		k=$((k + 1))
	done | sort -k 2,2n | head -n 1
}
timed=yes
if ! [ -x /usr/bin/time ]; then
	echo "GNU time (/usr/bin/time) is not installed: no times or" \
	    "memory figures (apt-get install time)"
	timed=
fi

# median FILE: the middle of the numbers in FILE, one a line.
median() {
	sort -n "$1" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

echo "corpus: $count documents, $(calc %.1f "$bytes / 1048576") MiB;" \
    "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg \
    2>/dev/null || echo unknown)"

# Instructions, from callgrind.
# callgrind FILE ARGS...: instructions for gapcheck ARGS, -j1; the
# profile is kept in FILE, valgrind's messages in FILE.log.
callgrind() {
	cg=$1
	shift
	rm -f "$cg"
	valgrind --tool=callgrind --callgrind-out-file="$cg" "$bin" -j1 \
	    $today "$@" > /dev/null 2> "$cg.log"
	sed -n 's/^totals: *//p' "$cg" 2>/dev/null
}
total=
if have valgrind; then
	echo "instructions per resume (callgrind, -j1, the 200 resumes" \
	    "cv00000-cv00199, less the start-up of a one-line file):"
	cd "$dir" || exit 1
	cg_failed=
	for f in $formats; do
		all=$(callgrind "$dir/cg.$f" -f $f slice)
		base=$(callgrind "$dir/cg.$f.base" -f $f one-line.txt)
		if [ -z "$all" ] || [ -z "$base" ]; then
			echo "  callgrind failed: see $dir/cg.$f.log"
			cg_failed=yes
			break
		fi
		eval "ir_$f=\$(calc %.4f \"($all - $base) / 200 / 1e6\")"
		eval "base_$f=$base"
	done
	cd "$top" || exit 1
	[ -n "$cg_failed" ] || for f in $formats; do
		eval "x=\$ir_$f"
		r=$(calc %.2f "$x / $ir_tsv")
		case $f in
		jsonl)	judge 'JSONL instructions per resume' "$x" '<=' 1.0
			t="<= 1.0 M: $verdict, " ;;
		tsv)	judge 'TSV instructions per resume' "$x" '<=' 0.6
			t="<= 0.6 M: $verdict" ;;
		*)	t= ;;
		esac
		if [ $f = tsv ]; then
			r=
		else
			judge "$f within 1.5x of TSV" "$r" '<=' 1.5
			t="$t<= 1.5x TSV: $verdict"
			r="${r}x TSV"
		fi
		printf '  %-5s %6.2f M  %-9s  target %s\n' $f "$x" "$r" "$t"
	done
	[ -n "$cg_failed" ] ||
		printf '  start-up, one-line file: %.1f M (JSONL), %.1f M (TSV)\n' \
		    "$(calc %f "$base_jsonl / 1e6")" \
		    "$(calc %f "$base_tsv / 1e6")"

	total=$(callgrind "$dir/cg.one" -f jsonl "$one")
	[ -n "$total" ] || echo "  callgrind failed: see $dir/cg.one.log"
fi
if [ -n "$total" ]; then
	judge 'one resume, start to exit' "$(calc %f "$total / 1e6")" '<=' 12
	printf 'one resume, start to exit (cv00000.txt, JSONL): %.1f M' \
	    "$(calc %f "$total / 1e6")"
	printf ' instructions, target <= 12 M: %s\n' "$verdict"
	# Inclusive costs of the named functions; one renamed or no
	# longer called shows as "-".
	if have callgrind_annotate; then
		callgrind_annotate --inclusive=yes --threshold=100 --auto=no \
		    "$dir/cg.one" > "$dir/cg.one.txt" 2>/dev/null
		while read -r fn what; do
			ir=$(awk -v fn=":$fn" '
				index($0, fn " [") {
					gsub(/,/, "", $1); print $1; exit
				}' "$dir/cg.one.txt")
			if [ -n "$ir" ]; then
				printf '  %-46s %6.1f M  %3.0f%%\n' \
				    "$what ($fn)" "$(calc %f "$ir / 1e6")" \
				    "$(calc %f "$ir * 100 / $total")"
			else
				printf '  %-46s      -\n' "$what ($fn)"
			fi
		done <<-EOF
			_dl_start dynamic linking, before main
			lexicon_load lexicon load
			pcre2_compile_8 pattern compiling, anywhere
			analyzer_run analysis
			jsonl_emit the JSONL record
			lexicon_free lexicon freed at exit
		EOF
	else
		echo "  callgrind_annotate not found: no breakdown"
	fi
fi
have valgrind || echo "valgrind is not installed: no instruction" \
    "counts (apt-get install valgrind)"

# Wall time of one resume, process start to exit, beside cat's: 21
# runs of each, taken in turn.
rm -f "$dir"/lat.*
nocat=$dir/nocat
mkdir -p "$nocat"
grep -v -e '^catalogue ' -e '^[[:space:]]*members-kind ' \
    -e '^[[:space:]]*members-tag ' -e '^quiet-kind ' -e '^practice-kind ' \
    -e '^catalogue-use ' "$top/lexicon/backend.lex" > "$nocat/backend.lex"
i=0
while [ $i -lt 21 ]; do
	for how in gapcheck nocat cat; do
		case $how in
		gapcheck) set -- "$bin" $today -f jsonl "$one" ;;
		nocat) set -- "$bin" -L "$nocat/backend.lex" $today -f jsonl \
		    "$one" ;;
		cat) set -- cat "$one" ;;
		esac
		t0=$(date +%s%N)
		"$@" > /dev/null
		t1=$(date +%s%N)
		echo $(( (t1 - t0) / 1000 )) >> "$dir/lat.$how"
	done
	i=$((i + 1))
done
lg=$(median "$dir/lat.gapcheck") lc=$(median "$dir/lat.cat")
printf 'one resume, median wall time of 21 runs: %.2f ms, cat %.2f ms: %.0fx' \
    "$(calc %f "$lg / 1000")" "$(calc %f "$lc / 1000")" \
    "$(calc %f "$lg / $lc")"
printf ' (%.2f ms without the catalogue)\n' \
    "$(calc %f "$(median "$dir/lat.nocat") / 1000")"

# The hostile suite's 20 MB line (tests/hostile.sh), any size:
# dense MIB FILE writes it and the number of skill names in it.
dense() {
	awk -v mib="$1" -v countfile="$2.mentions" 'BEGIN {
		printf "Skills: Python, Django. "
		f = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do "
		c = "Built REST APIs in Go with PostgreSQL; "
		chunk = c
		for (i = 0; i < 12; i++) chunk = chunk f
		n = int(mib * 1024 * 1024 / length(chunk))
		for (i = 0; i < n; i++) printf "%s", chunk
		printf "Kubernetes\n"
		print 3 * n + 3 > countfile
	}' > "$2"
}
limit=${BENCH_DENSE_LIMIT:-120}
if [ -n "$timed" ]; then
	for mib in 1 20; do
		[ -f "$dir/dense$mib.txt.mentions" ] ||
			dense $mib "$dir/dense$mib.txt"
		runs=1
		[ $mib = 1 ] && runs=3
		set -- $(fastest $runs sh -c 'ulimit -t "$0" && exec "$@"' \
		    "$limit" "$bin" $today -f jsonl "$dir/dense$mib.txt")
		eval "cpu_$mib=$2 stopped_$mib="
		grep -q 'terminated by signal' "$dir/time.out" &&
			eval "stopped_$mib=yes"
		per=$(calc %f "$2 * 1e6 / $(cat "$dir/dense$mib.txt.mentions")")
		eval "per_$mib=$per"
	done
	if [ -n "$stopped_20" ]; then
		# Stopped: the time and the ratio are at least these.
		miss '20 MB dense line in 5 s'
		printf '20 MB one-line dense input (JSONL): > %s s CPU' \
		    "$cpu_20"
		printf ' (stopped at %s s), target <= 5 s: %s\n' "$limit" \
		    "$verdict"
	else
		judge '20 MB dense line in 5 s' "$cpu_20" '<=' 5
		printf '20 MB one-line dense input (JSONL): %.2f s CPU,' \
		    "$cpu_20"
		printf ' target <= 5 s: %s\n' "$verdict"
	fi
	r=$(calc %.2f "$per_20 / $per_1")
	if [ -n "$stopped_20" ] && [ "$(calc %d "$r <= 1.5")" = 1 ]; then
		verdict='unknown (stopped)'
	else
		judge 'dense line, cost per mention flat' "$r" '<=' 1.5
	fi
	printf '  CPU per mention: 1 MB %.1f us, 20 MB %s%.1f us: %s%.2fx,' \
	    "$per_1" "${stopped_20:+> }" "$per_20" "${stopped_20:+> }" "$r"
	printf ' target flat (<= 1.5x): %s\n' "$verdict"
fi

# Throughput and memory on the whole corpus; rg as the reference.
"$bin" --list-skills | awk -F '\t' 'NR > 1 {
	n = split($8 ", " $9, s, ", ")
	for (i = 1; i <= n; i++)
		if (s[i] != "-" && s[i] != "")
			print s[i]
}' | sort -u > "$dir/spellings.txt"
if [ -n "$timed" ]; then
	set -- $(measure "$bin" -j1 $today -f tsv "$corpus")
	w1=$1 c1=$2 rss1=$3
	set -- $(measure "$bin" -j2 $today -f tsv "$corpus")
	w2=$1 c2=$2 rss2=$3
	echo "throughput, the whole corpus, TSV:"
	printf '  -j1: %.1f MB and %.0f resumes per CPU second (%.1f s CPU, %.1f s wall)\n' \
	    "$(calc %f "$bytes / 1e6 / $c1")" "$(calc %f "$count / $c1")" \
	    "$c1" "$w1"
	if have rg; then
		set -- $(measure rg -j1 --count-matches -i -F \
		    -f "$dir/spellings.txt" "$corpus")
		r=$(calc %.2f "$2 / $c1")
		judge '-j1 TSV throughput against rg' "$r" '>=' 1.0
		printf '  rg --count-matches -j1, %s spellings: %.1f MB per CPU second' \
		    "$(wc -l < "$dir/spellings.txt")" \
		    "$(calc %f "$bytes / 1e6 / $2")"
		printf ' (%.1f s CPU);\n    -j1 TSV against it: %.2fx, target >= 1.0x: %s\n' \
		    "$2" "$r" "$verdict"
	else
		echo "  rg is not installed: no comparison (apt-get install ripgrep)"
	fi
	r=$(calc %.2f "2 * $c1 / $c2")
	judge '-j2 against -j1 in CPU terms' "$r" '>=' 1.8
	printf '  -j2: %.1f s CPU, %.1f s wall; 2 x -j1 CPU / -j2 CPU: %.2fx,' \
	    "$c2" "$w2" "$r"
	printf ' target >= 1.8x: %s\n' "$verdict"
	printf '    (-j2 kept %.2f cores busy; wall against wall %.2fx)\n' \
	    "$(calc %f "$c2 / $w2")" "$(calc %f "$w1 / $w2")"

	set -- $(fastest 3 "$bin" -j1 $today -f tsv "$small")
	c_cat=$2 rss0=$3
	echo "peak RSS, -j1 TSV (one worker, the lexicon with it):"
	judge 'peak RSS, 1,000 resumes' "$rss0" '<=' 16384
	printf '  1,000 resumes: %.1f MiB, target <= 16 MiB: %s\n' \
	    "$(calc %f "$rss0 / 1024")" "$verdict"
	judge 'peak RSS, 20,000 resumes' "$rss1" '<=' 16384
	printf '  20,000 resumes: %.1f MiB, target <= 16 MiB: %s\n' \
	    "$(calc %f "$rss1 / 1024")" "$verdict"
	r=$(calc %.2f "$rss1 / $rss0")
	judge 'peak RSS flat' "$r" '<=' 1.1
	printf '  20,000 against 1,000: %.2fx, target flat (<= 1.1x): %s\n' \
	    "$r" "$verdict"
	printf '  each further worker (-j2 less -j1): %+.1f MiB\n' \
	    "$(calc %f "($rss2 - $rss1) / 1024")"
fi

# Output of every format, -j1, on the slice and the annotated corpus;
# names relative to where gapcheck runs, so the bytes do not depend on
# the build directory.
record=$top/tests/bench/outputs.sha256
: > "$dir/outputs.sha256"
for f in $formats; do
	(cd "$dir" && "$bin" -j1 $today -f $f slice 2>/dev/null) | sha256sum |
	    sed "s/ .*/  $f slice/" >> "$dir/outputs.sha256"
	(cd "$top" && "$bin" -j1 $today -f $f corpora/annotated/*.txt \
	    2>/dev/null) |
	    sha256sum | sed "s/ .*/  $f annotated/" >> "$dir/outputs.sha256"
done
if [ -n "${BENCH_RECORD:-}" ]; then
	cp "$dir/outputs.sha256" "$record"
	echo "output: recorded in tests/bench/outputs.sha256"
elif [ -f "$record" ]; then
	differ=$(diff "$record" "$dir/outputs.sha256" |
	    sed -n 's/^> [0-9a-f]*  //p' | tr '\n' ',' | sed 's/,$//')
	if [ -z "$differ" ]; then
		judge 'output unchanged' 1 '>=' 1
		differ='as recorded'
	else
		miss 'output unchanged'
		differ="differs: $differ"
	fi
	printf 'output of every format on the slice and corpora/annotated:'
	printf ' %s, target unchanged: %s\n' "$differ" "$verdict"
else
	echo "output: no record in tests/bench/outputs.sha256 (BENCH_RECORD=1 makes it)"
fi

# What the catalogue costs, and 100 skills against 400, on 1,000
# resumes (with the catalogue: the run for peak RSS above).
if [ -n "$timed" ]; then
	"$gen" -l 100 > "$dir/lex100.lex"
	"$gen" -l 400 > "$dir/lex400.lex"
	set -- $(fastest 3 "$bin" -j1 $today -f tsv -L "$nocat/backend.lex" \
	    "$small")
	c_nocat=$2
	printf 'TSV, -j1, 1,000 resumes: with the catalogue (%s skills) %.2f s CPU,' \
	    "$("$bin" --list-skills | tail -n +2 | wc -l)" "$c_cat"
	printf ' without it %.2f s (%+.0f%%)\n' "$c_nocat" \
	    "$(calc %f "($c_cat - $c_nocat) * 100 / $c_nocat")"
	set -- $(fastest 3 "$bin" -j1 $today -f tsv -L "$dir/lex100.lex" \
	    "$small")
	c100=$2
	set -- $(fastest 3 "$bin" -j1 $today -f tsv -L "$dir/lex400.lex" \
	    "$small")
	printf '  a synthetic 100-skill lexicon %.2f s CPU, 400 skills %.2f s (%+.0f%%)\n' \
	    "$c100" "$2" "$(calc %f "($2 - $c100) * 100 / $c100")"
fi

# Peak memory for one large DOCX against the size of its text: 4,000
# resumes as one document, deflated as a word processor would.
if [ -n "$timed" ] && [ -n "${MKFIXTURE:-}" ]; then
	docx=$dir/docx-4000.docx
	if [ ! -f "$docx" ]; then
		big=$dir/big.docx.d
		rm -rf "$big"
		cp -r "$top/tests/golden/same-resume-docx/input.docx.d" "$big"
		{
			printf '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
			printf '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\n'
			find "$corpus/00" "$corpus/01" "$corpus/02" \
			    "$corpus/03" -name '*.txt' | sort | xargs cat |
			    sed -e 's/&/\&amp;/g; s/</\&lt;/g; s/>/\&gt;/g' \
				-e 's|.*|<w:p><w:r><w:t xml:space="preserve">&</w:t></w:r></w:p>|'
			printf '</w:body></w:document>\n'
		} > "$big/word/document.xml"
		"$MKFIXTURE" zip "$docx" "$big" || exit 1
		rm -rf "$big"
	fi
	text=$("$bin" --max-size 1G --extract "$docx" | wc -c)
	printf 'one DOCX of %.1f MiB holding %.1f MiB of text, peak RSS:' \
	    "$(calc %f "$(wc -c < "$docx") / 1048576")" \
	    "$(calc %f "$text / 1048576")"
	for how in --extract '-f text' '-f json'; do
		set -- $(measure "$bin" --max-size 1G $today $how "$docx")
		printf ' %s %.0f MiB (%.1fx)' "${how#-f }" \
		    "$(calc %f "$3 / 1024")" "$(calc %f "$3 * 1024 / $text")"
	done
	echo
fi

printf 'targets: %s of %s met' "$met" "$judged"
[ -n "$missed" ] && printf '; not met: %s' "$missed"
echo
exit 0
