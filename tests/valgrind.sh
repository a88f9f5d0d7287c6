#!/bin/sh
# Valgrind's memcheck over the golden, command-line and batch tests and
# the fuzz targets' replays: every run of gapcheck (and of a replay) goes
# through memcheck, and any error or definite leak fails, whatever the
# test itself thought.  PCRE2's JIT code is off (GAPCHECK_NO_JIT):
# memcheck cannot tell what it initialised and reports false errors.
# usage: valgrind.sh GAPCHECK MKFIXTURE DIR REPLAY ...
set -u
bin=${1:?usage: valgrind.sh GAPCHECK MKFIXTURE DIR REPLAY ...}
mkfixture=$2 dir=$3
shift 3
top=$(cd "$(dirname "$0")/.." && pwd)
case $bin in /*) ;; *) bin=$top/$bin ;; esac
case $mkfixture in /*) ;; *) mkfixture=$top/$mkfixture ;; esac
case $dir in /*) ;; *) dir=$top/$dir ;; esac
rm -rf "$dir"
mkdir -p "$dir/log" || exit 2
export GAPCHECK_NO_JIT=1
# Tests that depend on timing skip themselves under memcheck.
export TESTS_UNDER_MEMCHECK=1

# A gapcheck that runs the real one under memcheck, one log per process.
wrap() {
	cat > "$dir/$1" <<-WRAP
	#!/bin/sh
	exec valgrind -q --leak-check=full --show-leak-kinds=definite \\
	    --errors-for-leak-kinds=definite --error-exitcode=125 \\
	    --log-file="$dir/log/$1.%p" "$2" "\$@"
	WRAP
	chmod +x "$dir/$1"
}
wrap gapcheck "$bin"

pass=0 fail=0
step() {
	name=$1
	shift
	if "$@" > "$dir/$name.out" 2>&1; then
		pass=$((pass + 1))
	else
		echo "FAIL valgrind-$name: the tests failed under memcheck:"
		grep -E '^FAIL|failed' "$dir/$name.out" | head -n 20 |
		    sed 's/^/    /'
		fail=$((fail + 1))
	fi
}
step golden env MKFIXTURE="$mkfixture" sh "$top/tests/golden.sh" \
    "$dir/gapcheck"
step cli sh "$top/tests/cli.sh" "$dir/gapcheck"
step batch sh "$top/tests/batch.sh" "$dir/gapcheck"
for replay in "$@"; do
	t=$(basename "$replay")
	wrap "replay-$t" "$replay"
	set -- "$top"/tests/fuzz/seeds/$t/*
	[ -d "$top/tests/fuzz/regressions/$t" ] &&
	    set -- "$@" "$top"/tests/fuzz/regressions/$t/*
	step "replay-$t" "$dir/replay-$t" "$@"
done

# What memcheck said, whatever the tests made of the exit status.
runs=$(ls "$dir/log" | wc -l)
for log in "$dir"/log/*; do
	[ -s "$log" ] || continue
	echo "FAIL valgrind: $(basename "$log"):"
	head -n 40 "$log" | sed 's/^/    /'
	fail=$((fail + 1))
done
[ $fail = 0 ] && echo "ok valgrind: $runs runs under memcheck, no error, no definite leak"
echo "valgrind: $pass passed, $fail failed"
[ $fail = 0 ]
