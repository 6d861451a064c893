#!/usr/bin/env bash
# Builds the Debian package build/package/convsight_<version>_amd64.deb: a release build for any
# x86-64 CPU (the `package` preset; the CUDA backend when nvcc is found, optional at run time),
# then CPack, then tst_packaging on the .deb (extracted into a temporary root, its programs run
# from there) and lintian where it is installed. Prints the .deb's path last.
# usage: scripts/package.sh
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/setup.sh
cmake --preset package
# Only what the package holds, and the suite that checks it: not the whole test tree.
cmake --build --preset package --target convsight convsight-cli convsight_install_files \
    tst_packaging
rm -f build/package/convsight_*.deb
(cd build/package && cpack -G DEB)
deb=$(ls "$PWD"/build/package/convsight_*.deb)

CONVSIGHT_DEB="$deb" QT_QPA_PLATFORM=offscreen \
    ctest --test-dir build/package -R '^tst_packaging$' --output-on-failure
if command -v lintian >/dev/null; then
    # Findings are printed, not fatal: the package is built outside Debian's own tooling.
    lintian --tag-display-limit 0 "$deb" || true
fi
echo "$deb"
