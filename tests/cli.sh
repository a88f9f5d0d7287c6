#!/bin/sh
# Command-line behaviour the golden layout cannot express: output to a
# full device, and colour on a terminal.  usage: cli.sh GAPCHECK
set -u
bin=$1
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
top=$(cd "$(dirname "$0")/.." && pwd)
sample=$top/corpora/samples/backend-python-only.txt
export GAPCHECK_LEXICON_PATH="$top/lexicon"
unset NO_COLOR
pass=0 fail=0
ok() { echo "ok $1"; pass=$((pass+1)); }
no() { echo "FAIL $1"; fail=$((fail+1)); }

# A report that cannot be written is an error, never silent loss.
err=$("$bin" "$sample" 2>&1 >/dev/full)
status=$?
if [ $status = 4 ] && [ "$err" = "gapcheck: standard output: No space left on device" ]; then
	ok full-device
else
	no "full-device: status $status, message: $err"
fi

# Colour on a terminal, none when NO_COLOR is set or output is a pipe.
if command -v script >/dev/null 2>&1; then
	esc=$(printf '\033')
	tty_out=$(script -qec "'$bin' '$sample'" /dev/null 2>/dev/null)
	case $tty_out in *"$esc["*) ok colour-on-terminal ;; *) no colour-on-terminal ;; esac
	tty_out=$(NO_COLOR=1 script -qec "'$bin' '$sample'" /dev/null 2>/dev/null)
	case $tty_out in *"$esc["*) no no-colour-with-NO_COLOR ;; *) ok no-colour-with-NO_COLOR ;; esac
else
	echo "skip colour tests: no script(1)"
fi
pipe_out=$("$bin" "$sample" | cat)
case $pipe_out in *"$(printf '\033')"*) no no-colour-in-pipe ;; *) ok no-colour-in-pipe ;; esac

# Standard input as "-" and as no argument at all.
a=$("$bin" -f json - < "$sample")
b=$("$bin" -f json < "$sample")
if [ -n "$a" ] && [ "$a" = "$b" ]; then ok stdin-dash-and-none; else no stdin-dash-and-none; fi

# libxml2 and libzip are loaded by the first document that needs them:
# a text resume loads neither, an HTML page libxml2 alone (glibc's
# loader says what it opens).
loaded() { LD_DEBUG=files "$bin" -f tsv "$1" 2>&1 >/dev/null |
    grep -o 'file=lib\(xml2\|zip\)[^ ]*' | sort -u | tr '\n' ' '; }
html=$(mktemp) || exit 2
printf '<html><body><p>Python, 2019-2023</p></body></html>\n' > "$html"
l_text=$(loaded "$sample") l_html=$(loaded "$html")
rm -f "$html"
if [ -n "${TESTS_UNDER_MEMCHECK:-}" ]; then
	echo "skip libraries-loaded-when-needed: under memcheck"
else
	case $l_text:$l_html in
	":file=libxml2.so"*" ") ok libraries-loaded-when-needed ;;
	*) no "libraries-loaded-when-needed: text [$l_text] html [$l_html]" ;;
	esac
fi

# The progress line on a terminal: count of total, rate, time left,
# and nothing left on the screen when Ctrl-C stops the run.  Timing
# decides what shows, so not under memcheck, where a run is 50 times
# slower and an interrupted one reports leaks it could not free.
if [ -n "${TESTS_UNDER_MEMCHECK:-}" ]; then
	echo "skip progress tests: under memcheck"
elif command -v script >/dev/null 2>&1 && command -v timeout >/dev/null; then
	tmp=$(mktemp -d) || exit 2
	mkdir "$tmp/cvs" "$tmp/fifty"
	i=0
	while [ $i -lt 40 ]; do
		cat "$top/corpora/samples/backend-mid-python.txt"
		i=$((i + 1))
	done > "$tmp/fifty/r0.txt"
	# 2000 inputs, 40 links to a folder of 50 names for one long
	# resume: longer than 3 s at -j1.
	i=1
	while [ $i -lt 50 ]; do
		ln "$tmp/fifty/r0.txt" "$tmp/fifty/r$i.txt"
		i=$((i + 1))
	done
	i=0
	while [ $i -lt 40 ]; do
		ln -s "$tmp/fifty" "$tmp/cvs/d$i"
		i=$((i + 1))
	done
	script -qec "timeout -s INT 3 '$bin' -j1 -f tsv '$tmp/cvs' >/dev/null" \
	    /dev/null > "$tmp/progress" 2>&1
	if grep -q 'of 2000 inputs, [0-9]*/s, [0-9].* left' "$tmp/progress"; then
		ok progress-total-rate-left
	else
		no "progress-total-rate-left: $(tr '\r' '\n' < "$tmp/progress" | tail -n 2)"
	fi
	last=$(tail -c 4 "$tmp/progress" | od -An -c | tr -d ' ')
	if [ "$last" = '\r033[K' ]; then
		ok progress-erased-on-interrupt
	else
		no "progress-erased-on-interrupt: ends with $last"
	fi
	rm -rf "$tmp"
else
	echo "skip progress tests: no script(1) or timeout(1)"
fi

echo "cli: $pass passed, $fail failed"
[ $fail = 0 ]
