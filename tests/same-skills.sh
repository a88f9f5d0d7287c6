#!/bin/sh
# The same resume as text, DOCX, ODT, HTML, RTF and PDF (one column and
# two) must give the same skills:
# compare the skill ids (and whether each is implied) in the JSON
# outputs of the golden cases same-resume-*, which golden.sh has
# already checked against what gapcheck prints.
# usage: same-skills.sh GOLDEN-DIR
set -u
dir=$1
skills() {
	awk '/^  "skills": \[/ { on = 1; next }
	     on && /^  \]/ { on = 0 }
	     on && /^      "id": / { id = $2 }
	     on && /^      "implied": / { print id, $2 }' "$1"
}
want=$(skills "$dir/same-resume-txt/stdout")
[ -n "$want" ] || { echo "FAIL same-skills: no skills in same-resume-txt"; exit 1; }
status=0
for f in docx odt html rtf pdf pdf-two-column; do
	got=$(skills "$dir/same-resume-$f/stdout")
	if [ "$got" = "$want" ]; then
		echo "ok same-skills $f"
	else
		echo "FAIL same-skills $f"
		printf '%s\n' "$want" > /tmp/same-skills.$$.want
		printf '%s\n' "$got" | diff -u /tmp/same-skills.$$.want - | sed 's/^/    /'
		rm -f /tmp/same-skills.$$.want
		status=1
	fi
done
exit $status
