#!/usr/bin/env bash
# Installs the .deb into a fresh Debian 12 (bookworm) chroot and smoke-tests it as a new user
# would: apt-get resolves the declared Depends, the command line answers, the GUI paints its
# first frame (offscreen), the desktop entry, icons and man page are where the menu and man
# look. Needs root and the Debian package mirror; takes about a minute.
# Usage: sudo scripts/check-deb-install.sh [DEB] [CHROOT_DIR]
#   (defaults: build/release/backend-advisor_*.deb, a temporary folder)
set -euo pipefail
cd "$(dirname "$0")/.."
[[ $(id -u) -eq 0 ]] || { echo "run as root (debootstrap and chroot need it)" >&2; exit 2; }
deb="${1:-$(ls build/release/backend-advisor_*.deb | tail -1)}"
root="${2:-$(mktemp -d /tmp/advisor-chroot.XXXXXX)}"
command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap >/dev/null

if [[ ! -x "$root/bin/bash" ]]; then
    debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >/dev/null
fi
cleanup() { umount "$root/proc" 2>/dev/null || true; }
trap cleanup EXIT
mount -t proc proc "$root/proc"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/backend-advisor.deb"
cp tests/data/answers/realtime-chat-js.json "$root/tmp/answers.json"

chroot "$root" /bin/bash -euo pipefail -c '
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq man-db >/dev/null
    apt-get install -y -qq /tmp/backend-advisor.deb >/dev/null
    export HOME=/tmp/home XDG_DATA_HOME=/tmp/home/data XDG_CONFIG_HOME=/tmp/home/config
    export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/home/run
    mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    cd /tmp
    backend-advisor --version
    summary=$(backend-advisor evaluate answers.json --save 2>/dev/null)
    grep -q "clear choice" <<<"$summary"
    for report in out.pdf out.html out.md out.json; do
        backend-advisor evaluate answers.json --report "$report" >/dev/null 2>&1
        test -s "$report"
    done
    history=$(backend-advisor history)
    grep -q "Realtime chat startup" <<<"$history"
    output=$(timeout 60 backend-advisor --benchmark-startup 2>/dev/null)
    startup=$(head -n 1 <<<"$output") # milliseconds to the first paint
    [[ $startup =~ ^[0-9]+(\.[0-9]+)?$ ]] || { echo "the GUI did not paint: $output" >&2; exit 1; }
    echo "first paint: $startup ms"
    test -s "$XDG_DATA_HOME/backend-advisor/backend-advisor.log"
    grep -q "^Exec=backend-advisor" /usr/share/applications/*.desktop
    icon=$(sed -n "s/^Icon=//p" /usr/share/applications/*.desktop)
    test -s "/usr/share/icons/hicolor/scalable/apps/$icon.svg"
    test -s "/usr/share/icons/hicolor/48x48/apps/$icon.png"
    manual=$(MANWIDTH=80 man backend-advisor 2>/dev/null)
    grep -q "^NAME" <<<"$manual"
'
echo "the package installs and runs on a fresh Debian 12 ($root)"
