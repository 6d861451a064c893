#!/usr/bin/env bash
# Configures and builds one CMake preset (default: release) after setup; used by run.sh and test.sh.
# usage: scripts/build.sh [PRESET] [TARGET...]     (no target: everything)
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-release}
targets=("${@:2}")

./scripts/setup.sh
cmake --preset "$preset"
cmake --build --preset "$preset" ${targets[@]+--target "${targets[@]}"}
