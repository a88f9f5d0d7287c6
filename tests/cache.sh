#!/bin/sh
# The cache of compiled lexicon patterns: a run with it says exactly
# what a run without it says, whatever state the cache is in, and a
# broken lexicon is reported the same, line for line, before any
# output.  usage: cache.sh GAPCHECK
set -u
bin=$1
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
top=$(cd "$(dirname "$0")/.." && pwd)
sample=$top/corpora/samples/backend-mid-python.txt
export LC_ALL=C TZ=UTC NO_COLOR=1 GAPCHECK_LEXICON_PATH="$top/lexicon"
unset GAPCHECK_NO_CACHE
tmp=$(mktemp -d) || exit 2
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
export XDG_CACHE_HOME="$tmp/cache" HOME="$tmp/home"
mkdir "$HOME"
pass=0 fail=0
ok() { echo "ok cache-$1"; pass=$((pass+1)); }
no() { echo "FAIL cache-$1"; fail=$((fail+1)); }

# run NAME ARGS...: stdout, stderr and status in $tmp/NAME.*
run() {
	name=$1
	shift
	"$bin" --today 2026-11-01 "$@" > "$tmp/$name.out" 2> "$tmp/$name.err"
	echo $? > "$tmp/$name.status"
}
# same A B: A's three results are B's
same() {
	cmp -s "$tmp/$1.out" "$tmp/$2.out" &&
	    cmp -s "$tmp/$1.err" "$tmp/$2.err" &&
	    cmp -s "$tmp/$1.status" "$tmp/$2.status"
}
# The lexicon's entry is the largest; the dates' patterns have theirs.
entry() { ls -S "$XDG_CACHE_HOME"/gapcheck/patterns-* 2>/dev/null | head -n 1; }
inode() { ls -i "$(entry)" | cut -d' ' -f1; }

for f in text json tsv; do
	GAPCHECK_NO_CACHE=1 run ref-$f -f $f "$sample"
done
if [ -z "$(entry)" ]; then ok off-writes-nothing; else no off-writes-nothing; fi

# Cold, then warm: the second run reads the entry and leaves it be.
run cold -f text "$sample"
e=$(entry)
if [ -n "$e" ] && same cold ref-text; then ok cold; else no cold; fi
cp "$e" "$tmp/entry.good"
before=$(inode)
okwarm=1
for f in text json tsv; do
	run warm-$f -f $f "$sample"
	same warm-$f ref-$f || okwarm=0
done
if [ $okwarm = 1 ] && [ "$(inode)" = "$before" ]; then
	ok warm
else
	no "warm: output differs or the entry was rewritten"
fi

# A damaged entry is a miss: the same output, and a good entry again.
for how in flip-key flip-code truncate garbage empty; do
	cp "$tmp/entry.good" "$e"
	size=$(wc -c < "$e")
	case $how in
	flip-key) printf 'X' | dd of="$e" bs=1 seek=200 \
		    conv=notrunc 2>/dev/null ;;
	flip-code) printf 'X' | dd of="$e" bs=1 seek=$((size - 300)) \
		    conv=notrunc 2>/dev/null ;;
	truncate) head -c $((size - 100)) "$tmp/entry.good" > "$e" ;;
	garbage) head -c "$size" /dev/urandom > "$e" ;;
	empty)	: > "$e" ;;
	esac
	run damaged-$how -f text "$sample"
	if same damaged-$how ref-text && cmp -s "$e" "$tmp/entry.good"; then
		ok "rebuilt-after-$how"
	else
		no "rebuilt-after-$how"
	fi
done

# The dates' entry, damaged, is rebuilt alike.
d=$(ls -S "$XDG_CACHE_HOME"/gapcheck/patterns-* | tail -n 1)
if [ "$d" != "$e" ]; then
	cp "$d" "$tmp/dates.good"
	size=$(wc -c < "$d")
	printf 'X' | dd of="$d" bs=1 seek=$((size - 300)) conv=notrunc 2>/dev/null
	run damaged-dates -f text "$sample"
	if same damaged-dates ref-text && cmp -s "$d" "$tmp/dates.good"; then
		ok rebuilt-dates
	else
		no rebuilt-dates
	fi
else
	no "rebuilt-dates: no entry for the dates"
fi

# A cache that cannot be written: the run goes on, silent.
: > "$tmp/file"
XDG_CACHE_HOME=$tmp/file run unwritable -f text "$sample"
if same unwritable ref-text; then ok unwritable; else no unwritable; fi
mkdir -p "$tmp/ro/gapcheck"
chmod 555 "$tmp/ro/gapcheck"
XDG_CACHE_HOME=$tmp/ro run read-only -f text "$sample"
if same read-only ref-text; then ok read-only-dir; else no read-only-dir; fi

# Without XDG_CACHE_HOME, or with a relative one, the cache is in
# ~/.cache, made when missing.
XDG_CACHE_HOME=relative run home -f text "$sample"
if same home ref-text && ls "$HOME"/.cache/gapcheck/patterns-* \
    >/dev/null 2>&1; then
	ok home-cache
else
	no home-cache
fi

# A lexicon of one's own: an edited rule makes the entry stale.
cp -R "$top/lexicon" "$tmp/lex"
role=$tmp/lex/backend.lex
run own-cold -L "$role" -f tsv "$sample"
owne=$(ls -t "$XDG_CACHE_HOME"/gapcheck/patterns-* | head -n 1)
cp "$owne" "$tmp/own.entry"
sed 's/^cue-before \\b(?:in|using|with|via|on|/&by|/' "$role" > "$tmp/r" &&
    cat "$tmp/r" > "$role"
GAPCHECK_NO_CACHE=1 run own-ref -L "$role" -f tsv "$sample"
run own-stale -L "$role" -f tsv "$sample"
if ! cmp -s "$role" "$top/lexicon/backend.lex" && same own-stale own-ref &&
    ! cmp -s "$owne" "$tmp/own.entry"; then
	ok stale-rebuilt
else
	no stale-rebuilt
fi

# A broken lexicon, its entry warm: FILE:LINE and status 3 as without
# a cache, and no report; with other errors, in the order of the lines.
cp "$top/lexicon/backend.lex" "$role"
run warm-own -L "$role" -f tsv "$sample"
printf 'negation-before (?:broken\n' >> "$role"
GAPCHECK_NO_CACHE=1 run broken-ref -L "$role" -f tsv "$sample"
run broken -L "$role" -f tsv "$sample"
if same broken broken-ref && [ "$(cat "$tmp/broken.status")" = 3 ] &&
    [ ! -s "$tmp/broken.out" ] &&
    grep -q "^gapcheck: $role:[0-9]*: negation-before: pattern error" \
    "$tmp/broken.err"; then
	ok broken-rule
else
	no "broken-rule: $(cat "$tmp/broken.err")"
fi
sed '250s/^negation-before \\b(?:/negation-before \\b(?:(/' \
    "$top/lexicon/backend.lex" > "$role"
printf 'skill\nnot-a-directive here\n' >> "$role"
GAPCHECK_NO_CACHE=1 run mixed-ref -L "$role" -f tsv "$sample"
run mixed -L "$role" -f tsv "$sample"
if same mixed mixed-ref && [ "$(wc -l < "$tmp/mixed.err")" -ge 2 ] &&
    grep -q "^gapcheck: $role:250: negation-before" "$tmp/mixed.err"; then
	ok broken-in-line-order
else
	no "broken-in-line-order: $(cat "$tmp/mixed.err")"
fi
sed '383s/^\(	pattern \).*/\1(?:oops/' "$top/lexicon/backend.lex" > "$role"
GAPCHECK_NO_CACHE=1 run pattern-ref -L "$role" -f tsv "$sample"
run pattern -L "$role" -f tsv "$sample"
if same pattern pattern-ref && [ "$(cat "$tmp/pattern.status")" = 3 ] &&
    grep -q "^gapcheck: $role:383: skill \"" "$tmp/pattern.err"; then
	ok broken-skill-pattern
else
	no "broken-skill-pattern: $(head -n 3 "$tmp/pattern.err")"
fi

echo "cache: $pass passed, $fail failed"
[ $fail = 0 ]
