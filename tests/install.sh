#!/bin/sh
# An installed gapcheck finds its lexicons whatever PREFIX make install
# was given, run from another directory with no GAPCHECK_LEXICON_PATH,
# and a DESTDIR staging tree holds the same files under its prefix.
# usage: install.sh MAKE
set -u
make=${1:-make}
top=$(cd "$(dirname "$0")/.." && pwd)
sample=$top/corpora/samples/backend-mid-python.txt
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
unset GAPCHECK_LEXICON_PATH
export LC_ALL=C NO_COLOR=1
pass=0 fail=0
ok() { echo "ok $1"; pass=$((pass+1)); }
no() { echo "FAIL $1"; fail=$((fail+1)); }

# The binary was built for the default PREFIX; install it elsewhere.
# Run it where no lexicon/ is near: the role must come from the prefix.
installed() {	# NAME BIN PREFIXDIR
	name=$1 bin=$2 prefix=$3
	if [ ! -x "$bin" ]; then no "$name: no $bin"; return; fi
	roles=$(cd "$tmp" && "$bin" --list-roles 2>&1)
	case $roles in
	*"backend	$prefix/share/gapcheck/lexicon/backend.lex"*)
		ok "$name: --list-roles names the prefix's lexicon" ;;
	*) no "$name: --list-roles said: $roles" ;;
	esac
	out=$(cd "$tmp" && "$bin" --role backend "$sample" 2>&1)
	status=$?
	case $status:$out in
	0:*"stage reached:"*) ok "$name: a resume is analyzed" ;;
	*) no "$name: status $status: $(echo "$out" | head -n 3)" ;;
	esac
	for f in share/man/man1/gapcheck.1 share/man/man5/gapcheck-lexicon.5 \
	    share/gapcheck/lexicon/catalogue/kinds.lex \
	    share/doc/gapcheck/NOTICE; do
		[ -f "$prefix/$f" ] || no "$name: $f not installed"
	done
}

"$make" -s -C "$top" install PREFIX="$tmp/opt/gc" >"$tmp/log" 2>&1 ||
    { no "install PREFIX: $(tail -n 3 "$tmp/log")"; }
installed prefix "$tmp/opt/gc/bin/gapcheck" "$tmp/opt/gc"

# DESTDIR stages the tree a package is made of; run from the stage.
"$make" -s -C "$top" install DESTDIR="$tmp/stage" PREFIX=/opt/pkg \
    >"$tmp/log" 2>&1 || { no "install DESTDIR: $(tail -n 3 "$tmp/log")"; }
installed destdir "$tmp/stage/opt/pkg/bin/gapcheck" "$tmp/stage/opt/pkg"
[ -e /opt/pkg ] && no "destdir: wrote outside the stage"

# A link to the installed binary, from a bin directory elsewhere.
mkdir -p "$tmp/elsewhere"
ln -s "$tmp/opt/gc/bin/gapcheck" "$tmp/elsewhere/gapcheck"
out=$(cd / && "$tmp/elsewhere/gapcheck" -r backend "$sample" 2>&1)
case $out in
*"stage reached:"*) ok "symlinked binary finds the prefix" ;;
*) no "symlinked binary: $(echo "$out" | head -n 2)" ;;
esac

"$make" -s -C "$top" uninstall PREFIX="$tmp/opt/gc" >/dev/null 2>&1
if [ -e "$tmp/opt/gc/bin/gapcheck" ] ||
    [ -e "$tmp/opt/gc/share/gapcheck" ]; then
	no "uninstall left files"
else
	ok "uninstall removes what install wrote"
fi

# Set-up as a user without sudo: what to install and how, exit 1.
mkdir -p "$tmp/fakebin"
printf '#!/bin/sh\necho 1000\n' > "$tmp/fakebin/id"
chmod +x "$tmp/fakebin/id"
if ! command -v sudo >/dev/null 2>&1; then
	out=$(PATH="$tmp/fakebin:$PATH" sh "$top/build-aux/deps.sh" \
	    gapcheck-no-such-package 2>&1)
	status=$?
	case $status:$out in
	1:*"no sudo here"*"gapcheck-no-such-package"*"su -c"*)
		ok "set-up without sudo says what to install" ;;
	*) no "set-up without sudo: status $status: $out" ;;
	esac
else
	echo "skip set-up without sudo: sudo is installed"
fi

# Set-up as root on a machine where apt is busy: apt-get is told to wait
# for the lock, and to show its progress (no -qq, no output thrown away).
mkdir -p "$tmp/aptbin"
cat > "$tmp/aptbin/apt-get" <<APT
#!/bin/sh
echo "apt-get \$*" >> "$tmp/apt.log"
echo "Reading package lists..."
APT
printf '#!/bin/sh\necho 0\n' > "$tmp/aptbin/id"
printf '#!/bin/sh\nexit 1\n' > "$tmp/aptbin/dpkg-query"
chmod +x "$tmp/aptbin/apt-get" "$tmp/aptbin/id" "$tmp/aptbin/dpkg-query"
out=$(PATH="$tmp/aptbin:$PATH" sh "$top/build-aux/deps.sh" pkg-a pkg-b 2>&1)
status=$?
if [ $status = 0 ] && [ "$(grep -c 'DPkg::Lock::Timeout=600' "$tmp/apt.log")" = 2 ] &&
   grep -q 'install pkg-a pkg-b' "$tmp/apt.log" && ! grep -q -- '-qq' "$tmp/apt.log" &&
   case $out in *"installing: pkg-a pkg-b"*"Reading package lists"*) true ;; *) false ;; esac; then
	ok "set-up waits for the apt lock and shows apt's progress"
else
	no "set-up with apt busy: status $status: $(cat "$tmp/apt.log" 2>/dev/null) / $out"
fi

echo "install: $pass passed, $fail failed"
[ $fail = 0 ]
