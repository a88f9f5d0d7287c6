# gapcheck: resume-to-role skill-gap analyzer.
#
#   make demo      install missing packages, build, run on a sample resume
#   make test      install missing packages, build, run every test
#   make check     the tests again, built with ASan and UBSan
#   make formats   every output format, unchanged on the annotated corpus
#   make bench     instructions, times and memory, each against its target
#   make valgrind  the tests under valgrind's memcheck
#   make fuzz      each libFuzzer target for FUZZ_SECONDS (30)
#   make install   PREFIX=/usr/local DESTDIR=

VERSION		= 0.1.0
PREFIX		?= /usr/local
BINDIR		= $(PREFIX)/bin
MANDIR		= $(PREFIX)/share/man
LEXICONDIR	= $(PREFIX)/share/gapcheck/lexicon
DOCDIR		= $(PREFIX)/share/doc/gapcheck

# Debian 12 packages the build and the tests need (jansson and cmocka
# for the tests only).
DEB_PACKAGES	= gcc make pkg-config libpcre2-dev libxml2-dev \
		  libutf8proc-dev libzip-dev libjansson-dev libcmocka-dev \
		  libpoppler-glib-dev mandoc zlib1g-dev
PKGS		= libpcre2-8 libxml-2.0 libutf8proc libzip
# The tests read back the JSON that jsonw.c writes with jansson.
TEST_PKGS	= cmocka jansson
# libxml2 and libzip are loaded when the first document needs them
# (lazylib.c says why): their headers at build time, their names to
# load them by, and no link to them.
LAZY_PKGS	= libxml-2.0 libzip
LINK_PKGS	= $(filter-out $(LAZY_PKGS),$(PKGS))
soname		= $(shell objdump -p \
		  "$$(pkg-config --variable=libdir $(1))/$(2)" \
		  2>/dev/null | sed -n 's/^ *SONAME *//p')
LIBXML2_SONAME	:= $(call soname,libxml-2.0,libxml2.so)
LIBZIP_SONAME	:= $(call soname,libzip,libzip.so)
# poppler-glib is loaded when the first PDF is read (read_pdf.c says
# why): its headers at build time, and the name to load it by.
PDF_PKG		= poppler-glib
POPPLER_SONAME	= $(shell objdump -p \
		  "$$(pkg-config --variable=libdir $(PDF_PKG))/libpoppler-glib.so" \
		  2>/dev/null | sed -n 's/^ *SONAME *//p')
# What the tests need besides: GNU parallel, for the mapper test.
TEST_PACKAGES	= parallel
# What make bench needs besides valgrind: rg to compare with, GNU time.
BENCH_PACKAGES	= ripgrep time
# What make fuzz needs besides: clang and its libFuzzer runtime.
FUZZ_PACKAGES	= clang-14 libclang-rt-14-dev
VALGRIND_PACKAGES = valgrind

BUILD		?= build
CC		?= cc
WARNINGS	= -Wall -Wextra -Wshadow -Wformat=2 -Wstrict-prototypes \
		  -Wmissing-prototypes -Wwrite-strings -Wpointer-arith
CFLAGS		?= -O2 -g
SANITIZE	?=
ALL_CFLAGS	= -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
		  $(WARNINGS) $(CFLAGS) $(SANITIZE) \
		  -DVERSION='"$(VERSION)"' -DLEXICONDIR='"$(LEXICONDIR)"' \
		  $(addprefix -I,$(SRCPATH)) \
		  $(shell pkg-config --cflags $(PKGS) $(PDF_PKG)) \
		  $(if $(POPPLER_SONAME),-DPOPPLER_GLIB_SONAME='"$(POPPLER_SONAME)"') \
		  $(if $(LIBXML2_SONAME),-DLIBXML2_SONAME='"$(LIBXML2_SONAME)"') \
		  $(if $(LIBZIP_SONAME),-DLIBZIP_SONAME='"$(LIBZIP_SONAME)"')
LIBS		= $(shell pkg-config --libs $(LINK_PKGS)) -lm -pthread -ldl
# Tests and tools that build or read archives themselves link libzip.
LAZY_LIBS	= $(shell pkg-config --libs $(LAZY_PKGS))
TEST_CFLAGS	= $(shell pkg-config --cflags $(TEST_PKGS))
TEST_LIBS	= $(shell pkg-config --libs $(TEST_PKGS))

# The sources, a folder per step of the pipeline: read -> normalize ->
# scan -> match -> score -> report, over base (memory, messages, loading
# libraries) and lexicon; run holds the command that drives it.
SRCDIRS		= base read normalize lexicon scan match score report run
SRCPATH		= $(addprefix analyzer/,$(SRCDIRS))
HEADERS		= $(wildcard $(addsuffix /*.h,$(SRCPATH)))
vpath %.c $(SRCPATH)
MODULES		= util diag options roles read sniff zipread xmltext read_docx \
		  read_odt read_html read_rtf read_pdf lazylib norm token phrase \
		  lexicon patcache rulekeys scan match score analyze report \
		  report_text \
		  report_json report_table dates sections experience posting rank \
		  titles place inputs progress batch extract listing jsonw
OBJS		= $(MODULES:%=$(BUILD)/obj/%.o)
UNIT_TESTS	= $(patsubst tests/unit/%.c,%,$(wildcard tests/unit/test_*.c))
UNIT_BINS	= $(UNIT_TESTS:%=$(BUILD)/tests/%)
BIN		= $(if $(filter build,$(BUILD)),gapcheck,$(BUILD)/gapcheck)

SAMPLE		= corpora/samples/backend-mid-python.txt
# Real DOCX files with reference text, for make conformance.
CORPUS		?= ../shared/corpora/docx-real
# Public annotated job ads and resumes, for make eval-external.
EXTERNAL	?= ../shared/corpora

# Each target reads one kind of input; see tests/fuzz/*.c.
FUZZ_TARGETS	= text docx html rtf lexicon dates pdf jsonw
FUZZ_SECONDS	?= 30

.PHONY: all deps test-deps demo test check unit golden golden-update cli batch hostile \
	formats formats-update \
	replay test-install eval eval-external bench conformance lint valgrind fuzz \
	fuzz-targets clean install uninstall pdf-tools pdf-fixtures pdf-measure

all: $(BIN)

# A binary outside the top directory finds the lexicons through a link
# beside it, as the installed one finds them in its share directory.
$(BIN): $(OBJS) $(BUILD)/obj/main.o
	$(CC) $(ALL_CFLAGS) -o $@ $(OBJS) $(BUILD)/obj/main.o $(LIBS)
	@if [ "$(BIN)" != gapcheck ]; then ln -sfn $(CURDIR)/lexicon $(BUILD)/lexicon; fi

$(BUILD)/obj/%.o: %.c $(HEADERS) Makefile
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c tests/unit/unit.h $(OBJS)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Itests/unit $(TEST_CFLAGS) \
	    -o $@ $< $(OBJS) $(LIBS) $(LAZY_LIBS) $(TEST_LIBS)

$(BUILD)/eval: tests/eval.c $(OBJS)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(OBJS) $(LIBS)

$(BUILD)/eval-rank: tests/eval_rank.c $(OBJS)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(OBJS) $(LIBS)

$(BUILD)/eval-external: tests/eval_external.c $(OBJS)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(OBJS) $(LIBS) $(LAZY_LIBS)

# Test tools: binary fixtures built from readable parts, and the word
# comparison of make conformance.
$(BUILD)/mkfixture: tests/mkfixture.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(LIBS) $(LAZY_LIBS)

$(BUILD)/wordcmp: tests/wordcmp.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(LIBS) $(LAZY_LIBS)

# Install what is missing, and only that (build-aux/deps.sh says how
# without root or sudo).
deps:
	@sh build-aux/deps.sh $(DEB_PACKAGES)

test-deps: deps
	@sh build-aux/deps.sh $(TEST_PACKAGES)

demo: deps
	@$(MAKE) --no-print-directory all
	./gapcheck $(SAMPLE)

test: test-deps
	@$(MAKE) --no-print-directory unit golden formats cli batch hostile \
	    replay lint test-install

unit: $(UNIT_BINS)
	@failed=0; for t in $(UNIT_BINS); do \
	    GAPCHECK_LEXICON_PATH=$(CURDIR)/lexicon $$t || failed=1; \
	done; exit $$failed

golden: $(BIN) $(BUILD)/mkfixture
	@MKFIXTURE=$(CURDIR)/$(BUILD)/mkfixture sh tests/golden.sh ./$(BIN)
	@sh tests/same-skills.sh tests/golden
	@for f in same-resume-pdf-two-column pdf-rotated-pages; do \
	    sh tests/pdf/order.sh ./$(BIN) tests/golden/$$f/input.pdf \
	        tests/pdf/two-column.order || exit 1; done

cli: $(BIN)
	@sh tests/cli.sh ./$(BIN)
	@sh tests/cache.sh ./$(BIN)

# Every output format over the annotated corpus, against tests/formats/;
# formats-update rewrites those files (read the diff before committing).
formats: $(BIN)
	@sh tests/formats.sh ./$(BIN)

formats-update: $(BIN)
	@sh tests/formats.sh --update ./$(BIN)

# Installs under a temporary PREFIX and DESTDIR, run from elsewhere.
test-install: $(BIN)
	@sh tests/install.sh $(MAKE)

batch: $(BIN)
	@sh tests/batch.sh ./$(BIN)

# One test per hostile input, and a folder mixing them with good ones.
hostile: $(BIN) $(BUILD)/mkfixture
	@sh tests/hostile.sh ./$(BIN) $(BUILD)/mkfixture

# Each fuzz target once over its seeds and the inputs that once broke
# it (tests/fuzz/regressions/TARGET/), built without libFuzzer.
REPLAY_BINS	= $(FUZZ_TARGETS:%=$(BUILD)/replay/%)

$(BUILD)/replay/%: tests/fuzz/%.c tests/fuzz/replay.c tests/fuzz/fuzz.h \
    $(OBJS)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(TEST_CFLAGS) -DFUZZ_TOP='"$(CURDIR)"' \
	    -o $@ $< tests/fuzz/replay.c $(OBJS) $(LIBS) $(TEST_LIBS) \
	    $(shell pkg-config --libs zlib)

replay: $(REPLAY_BINS)
	@pass=0; fail=0; for t in $(FUZZ_TARGETS); do \
	    set -- tests/fuzz/seeds/$$t/*; \
	    [ -d tests/fuzz/regressions/$$t ] && \
	        set -- "$$@" tests/fuzz/regressions/$$t/*; \
	    if $(BUILD)/replay/$$t "$$@"; then \
	        echo "ok replay-$$t: $$# inputs"; pass=$$((pass + 1)); \
	    else echo "FAIL replay-$$t"; fail=$$((fail + 1)); fi; \
	done; echo "replay: $$pass passed, $$fail failed"; [ $$fail = 0 ]

$(BUILD)/gencorpus: tests/bench/gencorpus.c
	@mkdir -p $(@D)
	$(CC) -O2 $(WARNINGS) -o $@ $<

# Speed and memory figures, each against its target (tests/bench.sh
# says how each is made); a tool that cannot be installed only skips
# its figures.
bench: deps $(BIN) $(BUILD)/gencorpus $(BUILD)/mkfixture
	@sh build-aux/deps.sh $(BENCH_PACKAGES) $(VALGRIND_PACKAGES) || \
	    echo "bench: some tools are missing; their figures are skipped"
	@MKFIXTURE=$(CURDIR)/$(BUILD)/mkfixture sh tests/bench.sh ./$(BIN) \
	    $(BUILD)/gencorpus $(BUILD)/bench

# --extract against pandoc's text of real DOCX files; not part of test.
conformance: $(BIN) $(BUILD)/wordcmp
	@sh tests/conformance.sh ./$(BIN) $(BUILD)/wordcmp $(CORPUS) \
	    tests/conformance.exceptions

# The PDF fixtures, from their sources in tests/pdf/; run once and
# commit what it writes (not part of test: the tests need none of this).
# pdf-measure: how well two-column layouts are read, against pdftotext.
PDF_TOOLS	= libpango1.0-dev libcairo2-dev fonts-dejavu-core \
		  fonts-linuxlibertine ghostscript qpdf poppler-utils

$(BUILD)/mkpdf: tests/pdf/mkpdf.c
	@mkdir -p $(@D)
	$(CC) -O2 $(WARNINGS) -o $@ $< \
	    $$(pkg-config --cflags --libs pangocairo cairo-pdf)

pdf-tools:
	@sh build-aux/deps.sh $(PDF_TOOLS)

pdf-fixtures: pdf-tools
	@$(MAKE) --no-print-directory $(BUILD)/mkpdf
	sh tests/pdf/mkfixtures.sh $(BUILD)/mkpdf

pdf-measure: pdf-tools $(BIN)
	@$(MAKE) --no-print-directory $(BUILD)/mkpdf
	@sh tests/pdf/measure.sh ./$(BIN) $(BUILD)/mkpdf

# Extraction accuracy on the annotated corpus; fails below the targets.
# Then the ranking against postings (corpora/ranking/): checks its own
# arithmetic, prints the figures, and fails below their targets.
eval: $(BUILD)/eval $(BUILD)/eval-rank
	$(BUILD)/eval corpora/annotated
	@$(BUILD)/eval-rank -t >/dev/null || $(BUILD)/eval-rank -t
	$(BUILD)/eval-rank corpora/ranking

# Technology coverage, recall and precision on public annotated job ads
# and resumes (tests/external/); prints whether each target is met and
# exits 0 either way; not part of test.
eval-external: $(BUILD)/eval-external
	@$(BUILD)/eval-external $(EXTERNAL)

golden-update: $(BIN) $(BUILD)/mkfixture
	@MKFIXTURE=$(CURDIR)/$(BUILD)/mkfixture sh tests/golden.sh --update \
	    ./$(BIN) $(T)

# Man pages clean under mandoc, each header compiles alone, and every
# long option in --help is in gapcheck(1) and the reverse.
lint: $(BIN)
	mandoc -Tlint -Wwarning man/gapcheck.1 man/gapcheck-lexicon.5
	@for h in $(HEADERS); do \
	    echo "#include \"$$h\"" | $(CC) $(ALL_CFLAGS) -x c \
	        -fsyntax-only - || exit 1; done
	@sh tests/lint-options.sh ./$(BIN) man/gapcheck.1

check: test-deps
	@$(MAKE) --no-print-directory BUILD=build/san CFLAGS='-O1 -g' \
	    SANITIZE='-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all' \
	    unit golden formats cli batch hostile replay

# The golden, command-line and batch tests and the fuzz replays with
# every run under memcheck; an error or a definite leak fails.
valgrind: test-deps $(BIN) $(BUILD)/mkfixture $(REPLAY_BINS)
	@$(MAKE) --no-print-directory deps DEB_PACKAGES='$(VALGRIND_PACKAGES)'
	@sh tests/valgrind.sh ./$(BIN) $(BUILD)/mkfixture $(BUILD)/valgrind \
	    $(REPLAY_BINS)

# libFuzzer targets in build/fuzz, with ASan and UBSan; each runs for
# FUZZ_SECONDS on its seeds and what earlier runs found.
fuzz: deps $(BUILD)/mkfixture
	@$(MAKE) --no-print-directory deps DEB_PACKAGES='$(FUZZ_PACKAGES)'
	@$(MAKE) --no-print-directory BUILD=build/fuzz CC=clang-14 CFLAGS='-O2 -g' \
	    SANITIZE='-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all' \
	    fuzz-targets
	@sh tests/fuzz.sh build/fuzz $(FUZZ_SECONDS) $(BUILD)/mkfixture \
	    $(FUZZ_TARGETS)

fuzz-targets: $(FUZZ_TARGETS:%=$(BUILD)/targets/%)

$(BUILD)/targets/%: tests/fuzz/%.c tests/fuzz/fuzz.h $(OBJS)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer $(TEST_CFLAGS) \
	    -DFUZZ_TOP='"$(CURDIR)"' -o $@ $< $(OBJS) $(LIBS) $(TEST_LIBS) \
	    $(shell pkg-config --libs zlib)

clean:
	rm -rf build gapcheck

install: $(BIN)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(LEXICONDIR)/catalogue
	install -m 755 $(BIN) $(DESTDIR)$(BINDIR)/gapcheck
	install -m 644 man/gapcheck.1 $(DESTDIR)$(MANDIR)/man1/
	install -m 644 man/gapcheck-lexicon.5 $(DESTDIR)$(MANDIR)/man5/
	install -m 644 lexicon/*.lex $(DESTDIR)$(LEXICONDIR)/
	install -m 644 lexicon/catalogue/*.lex $(DESTDIR)$(LEXICONDIR)/catalogue/
	install -d $(DESTDIR)$(DOCDIR)
	install -m 644 LICENSE NOTICE $(DESTDIR)$(DOCDIR)/

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/gapcheck \
	    $(DESTDIR)$(MANDIR)/man1/gapcheck.1 \
	    $(DESTDIR)$(MANDIR)/man5/gapcheck-lexicon.5
	rm -rf $(DESTDIR)$(PREFIX)/share/gapcheck $(DESTDIR)$(DOCDIR)
