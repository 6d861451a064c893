#!/usr/bin/env bash
# Sets up, builds (release, with tests) and runs every test suite; exits non-zero on any failure.
# Extra arguments go to ctest, e.g. scripts/test.sh -L gui
set -euo pipefail
cd "$(dirname "$0")/.."

start=$(date +%s)
./scripts/build.sh release
built=$(date +%s)
ctest --preset release "$@"
echo "test: build $((built - start)) s, tests $(($(date +%s) - built)) s"
