#!/usr/bin/env bash
# Start-up budget (SPEC section 10): runs `backend-advisor --benchmark-startup` and the bare
# one-chart window alternately, prints both medians, their ratio, and peak memory of each. It
# also prints when the app's first screen is complete (the first topic's later questions are
# built just after the first paint).
# Usage: scripts/bench-startup.sh [RUNS] [BUILD_DIR]   (defaults: 21, build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-21}"
build="${2:-build/release}"
app="$build/app/backend-advisor"
bare="$build/bench/bare-window"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
# A throw-away database and settings so the app starts as it would on a fresh machine.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
peak_kib() { /usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -1; }

: >"$tmp/app.txt"; : >"$tmp/bare.txt"; : >"$tmp/complete.txt"
for ((i = 0; i < runs; i++)); do
    "$bare" | tail -1 >>"$tmp/bare.txt"
    "$app" --benchmark-startup >"$tmp/run.txt"
    # The first line that is only a number: anything else on stdout is not ours.
    grep -E '^[0-9]+(\.[0-9]+)?$' "$tmp/run.txt" | head -1 >>"$tmp/app.txt"
    # The first topic's later questions are built after the first paint: when they are laid out.
    sed -n 's/^complete //p' "$tmp/run.txt" >>"$tmp/complete.txt"
done
app_ms=$(median <"$tmp/app.txt")
bare_ms=$(median <"$tmp/bare.txt")
app_kib=$(peak_kib "$app" --benchmark-startup)
bare_kib=$(peak_kib "$bare")
echo "BENCH startup_bare_window median_ms=$bare_ms runs=$runs"
echo "BENCH startup_app median_ms=$app_ms runs=$runs"
awk -v a="$app_ms" -v b="$bare_ms" 'BEGIN {printf "BENCH startup_ratio value=%.2f budget=1.30\n", a / b}'
if [[ -s "$tmp/complete.txt" ]]; then
    complete_ms=$(median <"$tmp/complete.txt")
    echo "BENCH startup_app_first_screen_complete median_ms=$complete_ms runs=$(wc -l <"$tmp/complete.txt")"
    awk -v a="$complete_ms" -v b="$bare_ms" 'BEGIN {printf "BENCH startup_complete_ratio value=%.2f\n", a / b}'
fi
echo "BENCH peak_memory_bare_window kib=$bare_kib"
echo "BENCH peak_memory_app kib=$app_kib"
awk -v a="$app_kib" -v b="$bare_kib" 'BEGIN {printf "BENCH peak_memory_over_bare mib=%.1f budget=15.0\n", (a - b) / 1024}'
