#!/bin/sh
# Build the PDF fixtures from their sources in tests/pdf/, once: the PDFs
# are committed, so the tests need none of these tools.  Run by
# make pdf-fixtures, which installs what this needs (pango, cairo, the
# fonts, Ghostscript, qpdf).  Each run writes new PDFs (qpdf's keys are
# random): read the golden cases' diffs before committing.
#
#   one-column.src   same-resume-pdf: two pages, running header and
#                    footer, a word hyphenated at a line end, DejaVu Serif
#   two-column.src   same-resume-pdf-two-column: a sidebar beside the
#                    main column on two pages, DejaVu Sans and Linux
#                    Libertine, lines of both columns on one baseline
#   ligatures.src    pdf-ligatures: U+FB01 "fi", U+FB02 "fl", U+FB03
#                    "ffi" as written, and "fi" set as one glyph
#   margin-headings.src  pdf-margin-headings: headings in a margin
#                    column beside their sections
#   date-rows.src    pdf-date-rows: certifications with their years set
#                    flush right, one row each
# and the two-column PDF's pages turned a quarter for display (text
# that runs down the screen); and, from the one-column PDF: a scan (pages as images, no text), one
# that needs a password to open (user "resume"), one with only an owner
# password (opens without one), a truncated and a corrupt copy.
# usage: mkfixtures.sh MKPDF
set -eu
mkpdf=$1
top=$(cd "$(dirname "$0")/../.." && pwd)
src=$top/tests/pdf
g=$top/tests/golden
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$mkpdf" "$src/one-column.src" "$g/same-resume-pdf/input.pdf"
"$mkpdf" "$src/two-column.src" "$g/same-resume-pdf-two-column/input.pdf"
"$mkpdf" "$src/ligatures.src" "$g/pdf-ligatures/input.pdf"
"$mkpdf" "$src/margin-headings.src" "$g/pdf-margin-headings/input.pdf"
"$mkpdf" "$src/date-rows.src" "$g/pdf-date-rows/input.pdf"
one=$g/same-resume-pdf/input.pdf
qpdf --rotate=+90 -- "$g/same-resume-pdf-two-column/input.pdf" \
    "$g/pdf-rotated-pages/input.pdf"

# A scan: each page an 8-bit grey image at 50 dots to the inch.
gs -q -dSAFER -dBATCH -dNOPAUSE -sDEVICE=pdfimage8 -r50 \
    -sOutputFile="$g/pdf-scan-needs-ocr/input.pdf" "$one"
cp "$g/pdf-scan-needs-ocr/input.pdf" "$g/pdf-batch-with-a-scan/input.pdf"
qpdf --encrypt resume owner 256 -- "$one" \
    "$g/pdf-password-is-refused/input.pdf"
qpdf --encrypt '' owner 256 --extract=n --modify=none -- "$one" \
    "$g/pdf-owner-password-is-read/input.pdf"
# The first 60% of the file: a download cut short, no cross-reference
# table or trailer.
size=$(wc -c < "$one")
head -c $((size * 6 / 10)) "$one" > "$g/pdf-truncated-is-refused/input.pdf"
# A PDF header, then bytes that are no PDF at all.
{ printf '%%PDF-1.5\n%%\342\343\317\323\n'; head -c 2000 "$one" | tr 'A-Za-z0-9<>/' 'N-ZA-Mn-za-m5-90-4()|'; } \
    > "$g/pdf-corrupt-is-refused/input.pdf"
ls -l "$g"/*pdf*/input.pdf
