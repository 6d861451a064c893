#!/usr/bin/env bash
# Installs everything ConvSight needs to build, run and test, from Debian 12's packages (apt-get).
# Idempotent: when every package is present it only checks, in a second or two.
# The CUDA Toolkit is not a Debian 12 package at the version we build for; when nvcc is at
# /usr/local/cuda or on PATH, the build finds it and compiles the CUDA backend too.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config git clang-format
    # Qt 6: widgets, SVG icons, charts (which need Qt's OpenGL module), the xcb and offscreen
    # platforms; OpenGL headers Qt's CMake asks for
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-charts-dev libqt6opengl6-dev qt6-qpa-plugins
    libgl-dev libxkbcommon-dev
    # translations: lupdate and lrelease (the .ts files), Qt's own (standard buttons, dialogs)
    qt6-l10n-tools qt6-translations-l10n
    # compute (Eigen; OpenBLAS for the `openblas` preset) and images
    libeigen3-dev libopenblas-openmp-dev libopencv-dev
    # model files' JSON architectures, gzip'd IDX files, GIF export
    nlohmann-json3-dev zlib1g-dev libgif-dev
    # Fashion-MNIST, found where Debian puts it (/usr/share/datasets/fashion-mnist)
    dataset-fashion-mnist
    # a font for offscreen rendering, and a virtual display for headless runs of the window
    fonts-dejavu-core xvfb xauth
    # ONNX import and export (core/onnx): libonnx's protobuf classes, and ONNX's backend test
    # cases that tst_onnxbackend and `convsight-cli onnx-test` run
    libonnx-dev libprotobuf-dev protobuf-compiler libonnx-testdata
    # only the tests' oracles (a PyTorch-built network exported to ONNX, onnx.checker): the
    # suites that use them skip with the reason where they are absent
    python3-onnx python3-torch python3-torchvision libopenblas0-pthread
    # packaging (scripts/package.sh, tst_packaging): the desktop entry's and AppStream's
    # validators, the man pages' check, the .deb's tools and its lint
    desktop-file-utils appstream groff-base man-db dpkg-dev fakeroot lintian
    # the `asan` and `fuzz` presets (one build): clang 14 with its sanitizer and libFuzzer
    # runtimes (AddressSanitizer, UBSan, -fsanitize=fuzzer) and its OpenMP (core/compute's loops)
    clang-14 libclang-rt-14-dev libomp-14-dev
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "installed" ]] || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
    echo "setup: all ${#packages[@]} packages are installed"
    exit 0
fi

if [[ $(id -u) -eq 0 ]]; then
    sudo=()
elif command -v sudo >/dev/null; then
    sudo=(sudo)
else
    echo "setup: these packages are missing and installing them needs root (or sudo):" >&2
    echo "  ${missing[*]}" >&2
    exit 1
fi

echo "setup: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "setup: done"
