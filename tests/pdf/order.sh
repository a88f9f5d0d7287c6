#!/bin/sh
# The reading order of a PDF's text: ORDER lists groups of known lines,
# separated by "--" ("#" starts a comment).  In what gapcheck --extract
# prints, each group's lines must come in that order with no other
# non-blank line between them (so a column is never interleaved with
# its neighbour), and the groups in the order listed.
# usage: order.sh GAPCHECK PDF ORDER
set -u
bin=$1 pdf=$2 order=$3
name=order-$(basename "$(dirname "$pdf")")
text=$("$bin" --extract "$pdf") || { echo "FAIL $name: --extract failed"; exit 1; }
printf '%s\n' "$text" | awk -v name="$name" '
	NR == FNR {
		if ($0 ~ /^#/) next
		if ($0 == "--") { g++; next }
		n++; want[n] = $0; group[n] = g
		next
	}
	{ got[++m] = $0 }
	END {
		at = 0
		for (i = 1; i <= n; i++) {
			for (j = at + 1; j <= m && got[j] != want[i]; j++)
				;
			if (j > m) {
				printf "FAIL %s: not found in order: %s\n", name, want[i]
				exit 1
			}
			# Between two lines of a group, only blank lines.
			if (i > 1 && group[i] == group[i - 1])
				for (k = at + 1; k < j; k++)
					if (got[k] != "") {
						printf "FAIL %s: \"%s\" comes between \"%s\" and \"%s\"\n", name, got[k], want[i - 1], want[i]
						exit 1
					}
			at = j
		}
		printf "ok %s: %d lines in %d groups\n", name, n, g + 1
	}' "$order" -
