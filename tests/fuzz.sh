#!/bin/sh
# Run each libFuzzer target for a while on its seeds (tests/fuzz/seeds/T)
# and on what earlier runs found (DIR/corpus/T), with its dictionary
# (tests/fuzz/T.dict).  A crash, a sanitizer report, a leak, an input
# that takes over FUZZ_TIMEOUT seconds (30: wall clock, so a loaded
# machine needs more) or over 2 GB fails the target; the input that did
# it is kept as DIR/crash-T-*, to become a regression test.
# usage: fuzz.sh DIR SECONDS MKFIXTURE TARGET ...
set -u
dir=${1:?usage: fuzz.sh DIR SECONDS MKFIXTURE TARGET ...}
secs=${2:?} mkfixture=${3:?}
shift 3
top=$(cd "$(dirname "$0")/.." && pwd)
pass=0 fail=0
for t in "$@"; do
	corpus=$dir/corpus/$t
	log=$dir/$t.log
	mkdir -p "$corpus"
	# Whole archives too, zipped from the golden cases' readable parts.
	if [ "$t" = docx ]; then
		for d in "$top"/tests/golden/*/input.*.d; do
			name=$(basename "$(dirname "$d")")
			"$mkfixture" zip "$corpus/$name.zip" "$d" ||
			    { echo "FAIL fuzz-$t: mkfixture $d"; exit 2; }
		done
	fi
	# And the PDFs of the golden cases, one and two columns, scans,
	# encrypted and damaged ones.
	if [ "$t" = pdf ]; then
		for f in "$top"/tests/golden/*/input.pdf; do
			cp "$f" "$corpus/$(basename "$(dirname "$f")").pdf"
		done
	fi
	set -- -max_total_time="$secs" -timeout="${FUZZ_TIMEOUT:-30}" \
	    -rss_limit_mb=2048 \
	    -max_len=65536 -print_final_stats=1 \
	    -artifact_prefix="$dir/crash-$t-"
	[ -f "$top/tests/fuzz/$t.dict" ] && set -- "$@" -dict="$top/tests/fuzz/$t.dict"
	"$dir/targets/$t" "$@" "$corpus" "$top/tests/fuzz/seeds/$t" > "$log" 2>&1
	status=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
	cov=$(grep -E '^#[0-9]+' "$log" | tail -n 1 |
	    sed -n 's/.*cov: \([0-9]*\) ft: \([0-9]*\) corp: \([0-9]*\).*/cov \1, ft \2, corpus \3/p')
	if [ $status = 0 ] && [ -n "$runs" ]; then
		echo "ok fuzz-$t: $runs runs in $secs s, $cov"
		pass=$((pass + 1))
	else
		echo "FAIL fuzz-$t: status $status, $log:"
		grep -E 'ERROR|SUMMARY|Test unit written|==[0-9]+==' "$log" |
		    head -n 20 | sed 's/^/    /'
		fail=$((fail + 1))
	fi
done
echo "fuzz: $pass passed, $fail failed"
[ $fail = 0 ]
