#!/usr/bin/env bash
# Sets up, builds (release) and launches ConvSight; arguments go to the app (e.g. --screenshot DIR).
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/build.sh release
app=build/release/app/gui/convsight
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && "$*" != *--screenshot* ]]; then
    echo "run: no display found (DISPLAY and WAYLAND_DISPLAY are empty)." >&2
    echo "     On a headless machine: xvfb-run -s '-screen 0 1920x1080x24' ./scripts/run.sh" >&2
    echo "     or render the workspaces to PNG: ./scripts/run.sh --screenshot shots" >&2
    exit 1
fi
exec "$app" "$@"
