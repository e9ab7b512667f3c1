#!/usr/bin/env bash
# Installs the Debian 12 packages the project needs, only when some are missing.
#   scripts/install-deps.sh          build and run the app
#   scripts/install-deps.sh --test   also what the tests, sanitizers and fuzzers use
set -euo pipefail

# qt6-tools-dev and qt6-l10n-tools bring Qt's translation tooling (lupdate, lrelease) that
# qt_add_translations needs; dpkg-dev lets CPack derive the .deb's library dependencies.
packages=(cmake ninja-build g++ pkg-config ccache dpkg-dev
          qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6svg6-dev libgl-dev fonts-dejavu-core
          qt6-tools-dev qt6-l10n-tools
          libspdlog-dev libsqlite3-dev nlohmann-json3-dev catch2 libcli11-dev)
if [[ "${1:-}" == "--test" ]]; then
    # poppler-utils reads PDF reports, python3-jsonschema checks the knowledge-base schema,
    # clang + libclang-rt-14-dev build the libFuzzer targets; the GUI tests use Qt's offscreen
    # platform, so no display server is needed.
    packages+=(python3 python3-jsonschema poppler-utils clang libclang-rt-14-dev
               desktop-file-utils appstream time)
    # The Evidence Lab's load generator and servers, so the tests run the lab for real.
    packages+=(wrk nodejs node-express python3-uvicorn python3-uvloop python3-httptools
               python3-fastapi python3-django python3-gunicorn)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo=""
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
