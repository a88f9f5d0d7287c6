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

echo "cli: $pass passed, $fail failed"
[ $fail = 0 ]
