#!/bin/sh
# Install the Debian packages named that are missing, and only those.
# As root it runs apt-get; otherwise through sudo when there is one;
# otherwise it says what to install and how, and fails.  apt's own
# progress shows, and a lock held by another apt (unattended upgrades
# at a cloud machine's first boot) is waited for, not a failure.
# usage: deps.sh PACKAGE ...
set -u
missing=
for p in "$@"; do
	dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null |
	    grep -q 'ok installed' || missing="$missing $p"
done
[ -n "$missing" ] || exit 0

if ! command -v apt-get >/dev/null 2>&1; then
	echo "gapcheck needs:$missing" >&2
	echo "(Debian package names; install their equivalents, then" \
	    "run make again)" >&2
	exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
	sudo=
elif command -v sudo >/dev/null 2>&1; then
	sudo=sudo
else
	cat >&2 <<MSG
gapcheck needs these Debian packages, and there is no sudo here:
   $missing
Install them as root, then run make again:
    su -c 'apt-get install --no-install-recommends$missing'
or run make as root.
MSG
	exit 1
fi

echo "installing:$missing"
# Wait up to ten minutes for another apt to let go of its lock.
lock='-o DPkg::Lock::Timeout=600'
tries=0
until $sudo apt-get $lock -q update; do
	tries=$((tries + 1))
	if [ $tries -ge 3 ]; then
		echo "deps: apt-get update failed $tries times" >&2
		exit 1
	fi
	echo "deps: apt-get update failed; trying again in 20 s" >&2
	sleep 20
done
DEBIAN_FRONTEND=noninteractive $sudo apt-get $lock -q -y \
    --no-install-recommends install $missing
