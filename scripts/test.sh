#!/usr/bin/env bash
# Sets up, builds (with tests) and runs every test suite; exits non-zero on any failure.
# The preset is CONVSIGHT_PRESET (default release; CI uses ci, which turns warnings into errors).
# Extra arguments go to ctest, e.g. scripts/test.sh -L gui
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${CONVSIGHT_PRESET:-release}

start=$(date +%s)
./scripts/build.sh "$preset"
built=$(date +%s)
ctest --preset "$preset" "$@"
echo "test: build $((built - start)) s, tests $(($(date +%s) - built)) s"
