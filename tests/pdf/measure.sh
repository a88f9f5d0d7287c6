#!/bin/sh
# How well two-column PDFs are read in order: lay out the same resume
# (a sidebar of skills and education beside a summary and experience)
# in many variants, one page each: sidebar left or right, 110 to 200
# points wide, gutters of 8 to 30 points, fonts from three families,
# both columns on one line pitch or not.  For each, count how often the
# text read switches between sidebar lines and main lines: 1 is
# perfect (one column, then the other); every extra switch is a line
# read across into the other column.  gapcheck is compared with
# pdftotext, as it reads by default and with -layout.
# make pdf-measure installs what it needs and runs it.
# usage: measure.sh GAPCHECK MKPDF
set -u
bin=$1 mkpdf=$2
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT

sidebar='%% font SIDEFONT Bold SIDESIZE
TECHNICAL SKILLS
%% font SIDEFONT SIDESIZE
Languages: Python, SQL, Bash
Frameworks: Django, Flask, FastAPI
Data: PostgreSQL, Redis, Elasticsearch
Infrastructure: Docker, AWS (EC2, S3, RDS), GitHub Actions, Terraform
Practices: unit testing, code review, CI/CD, Git

%% font SIDEFONT Bold SIDESIZE
EDUCATION
%% font SIDEFONT SIDESIZE
BSc Computer Science, University of Porto, 2022

%% font SIDEFONT Bold SIDESIZE
INTERESTS
%% font SIDEFONT SIDESIZE
Trail running, chess, cooking'
main='%% font MAINFONT Bold MAINSIZE
SUMMARY
%% font MAINFONT MAINSIZE
Backend engineer with four years of experience building REST APIs and data-heavy services in Python. Comfortable owning a feature from the database schema to the deployment pipeline.

%% font MAINFONT Bold MAINSIZE
EXPERIENCE
%% font MAINFONT MAINSIZE
Backend Engineer, Parcelo (logistics marketplace)	Mar 2024 - Present
- Designed and built a REST API in Django serving 3M requests a day.
- Cut p95 latency of the quote endpoint from 900 ms to 180 ms by adding Redis caching and rewriting two PostgreSQL queries around new indexes.
- Split the billing module out of the monolith into a separate service.
- Set up CI/CD with GitHub Actions and Docker; deploys went from weekly to several times a day.
- Wrote integration tests with pytest; coverage from 41% to 78%.
Junior Backend Developer, Tabula Labs	Jul 2022 - Feb 2024
- Built internal tools with Flask and PostgreSQL.
- Fixed bugs and debugged production issues reported by support.
- Automated nightly reports with Python scripts and cron.'
printf '%s\n' "$sidebar" | grep -v '^%%' > "$tmp/side.txt"
printf '%s\n' "$main" | grep -v '^%%' > "$tmp/main.txt"

# Switches between sidebar and main lines in the text on stdin.
switches() {
	awk -v side="$tmp/side.txt" -v main="$tmp/main.txt" '
	function words(line, into,   n, i, w) {
		n = split(tolower(line), w, /[^a-z0-9]+/)
		for (i = 1; i <= n; i++) if (length(w[i]) > 2) into[w[i]] = 1
	}
	BEGIN {
		while ((getline l < side) > 0) words(l, s)
		while ((getline l < main) > 0) words(l, m)
	}
	/Okafor|Lisbon/ { next }
	{
		delete w; words($0, w); ns = nm = 0
		for (x in w) { if ((x in s) && !(x in m)) ns++; if ((x in m) && !(x in s)) nm++ }
		label = ns > nm ? "S" : nm > ns ? "M" : ""
		if (label == "") next
		if (last != "" && label != last) n++
		last = label
	}
	END { print n + 0 }'
}

printf '%-44s %8s %9s %8s\n' variant gapcheck pdftotext -layout
total=0 g_ok=0 t_ok=0 l_ok=0
for side in left right; do
for sw in 110 150 200; do
for gutter in 8 14 30; do
for fonts in "DejaVu Sans/Linux Libertine O" "DejaVu Serif/DejaVu Sans" \
    "Linux Libertine O/Linux Libertine O"; do
for sizes in "10/10" "9/11"; do
	sf=${fonts%/*} mf=${fonts#*/} ss=${sizes%/*} ms=${sizes#*/}
	mw=$((505 - sw - gutter))
	if [ $side = left ]; then sx=0 mx=$((sw + gutter)); else mx=0 sx=$((mw + gutter)); fi
	{
		echo '%% page 595.28 841.89 45'
		echo '%% font DejaVu Serif Bold 18'
		echo 'Dana Okafor'
		echo '%% font DejaVu Serif 10'
		echo 'Backend Engineer · Lisbon, Portugal · dana.okafor@example.com'
		echo
		echo '%% row'
		echo "%% column $sx $sw"
		printf '%s\n' "$sidebar"
		echo "%% column $mx $mw"
		printf '%s\n' "$main"
	} | sed "s/SIDEFONT/$sf/; s/SIDESIZE/$ss/; s/MAINFONT/$mf/; s/MAINSIZE/$ms/" \
	    > "$tmp/v.src"
	"$mkpdf" "$tmp/v.src" "$tmp/v.pdf" || exit 1
	g=$("$bin" --extract "$tmp/v.pdf" | switches)
	t=$(pdftotext "$tmp/v.pdf" - | switches)
	l=$(pdftotext -layout "$tmp/v.pdf" - | switches)
	printf '%-44s %8s %9s %8s\n' "$side $sw+$gutter $sf/$mf $sizes" "$g" "$t" "$l"
	total=$((total + 1))
	[ "$g" = 1 ] && g_ok=$((g_ok + 1))
	[ "$t" = 1 ] && t_ok=$((t_ok + 1))
	[ "$l" = 1 ] && l_ok=$((l_ok + 1))
done; done; done; done; done
echo "read in order (one switch): gapcheck $g_ok of $total," \
    "pdftotext $t_ok, pdftotext -layout $l_ok"
