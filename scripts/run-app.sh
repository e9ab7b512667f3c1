#!/usr/bin/env bash
# Installs what is missing, builds the app (Release) and starts it; arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target backend-advisor
exec build/release/app/backend-advisor "$@"
