#!/usr/bin/env bash
# Soak test: runs the app offscreen for MINUTES, training, filtering, stepping and switching
# workspaces in a loop, and reports its resident memory over time (OUTDIR/soak.csv, soak.png).
# Exits 1 when the memory grew 5 % or more after warm-up (the first 20 % of the run).
# usage: scripts/soak.sh MINUTES [OUTDIR]     (OUTDIR defaults to ./soak; the preset is
# CONVSIGHT_PRESET, default release)
set -euo pipefail
if [[ $# -lt 1 || $# -gt 2 ]]; then
    echo "usage: scripts/soak.sh MINUTES [OUTDIR]" >&2
    exit 2
fi
minutes=$1
out=$(realpath -m "${2:-soak}")
cd "$(dirname "$0")/.."
preset=${CONVSIGHT_PRESET:-release}

./scripts/build.sh "$preset" convsight
echo "soak: $minutes min offscreen, files in $out"
QT_QPA_PLATFORM=offscreen "build/$preset/app/gui/convsight" \
    --soak "$minutes" --soak-out "$out" --size 1280x720
