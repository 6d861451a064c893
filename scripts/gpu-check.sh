#!/usr/bin/env bash
# The first run on a GPU machine, in one go: builds the compute and nn layers with CUDA (a core-only
# build: no Qt widgets, no OpenCV), runs every cross-device test suite (CTest label "cuda"), then
# convsight-bench on the CPU and the GPU side by side (bench ops, bench train cifar-tf at batch 128
# and 1024 and small, bench filter 1080p RGB 5x5) as one table with the GPU targets. Within 8 minutes
# on a 16-core machine with an H100.
#
#   scripts/gpu-check.sh --pack       here, on the development machine: gathers what a bare GPU
#                                     machine lacks into .gpu-carry/deps.tar.xz (see below)
#   scripts/gpu-check.sh              on the GPU machine, from the repository's root, with
#                                     .gpu-carry carried along
#   scripts/gpu-check.sh --cpu-only   a rehearsal on a machine without a GPU: every step but the
#                                     GPU's (the cuda suites skip, the table has the CPU alone)
#
# A bare GPU machine has CMake, a compiler and CUDA, but not the headers and libraries the build
# and the Qt Test suites need. --pack copies them from this machine's Debian packages (Eigen,
# nlohmann-json, zlib, Qt Core and Qt Test with moc, and the libraries those load), nothing
# downloaded. Without a GPU the script stops at once, exit status 3, saying so.
#
# Environment: GPU_CHECK_BUILD (build folder, default build/gpu-check), GPU_CHECK_JOBS (default:
# all cores), GPU_CHECK_IGNORE_SYSTEM (when set, CMake looks past /usr, so that a rehearsal uses
# the carried files alone), OUT (when set, the log and the table are also written there).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
carry=$root/.gpu-carry

# The Debian packages whose files a core-only build with its suites needs beyond CMake, a compiler
# and CUDA.
deps_packages=(libeigen3-dev nlohmann-json3-dev zlib1g-dev libqt6core6 libqt6test6 qt6-base-dev
    qt6-base-dev-tools qmake6 libicu72 libdouble-conversion3 libb2-1 libpcre2-16-0)

# Prints the files of the packages above that the build uses: headers and CMake files of Eigen,
# nlohmann-json and zlib, Qt Core's and Qt Test's headers, CMake files, mkspecs and moc, and the
# shared libraries.
deps_files() {
    for package in "${deps_packages[@]}"; do
        dpkg -L "$package" || {
            echo "gpu-check: the package $package is not installed: run scripts/setup.sh" >&2
            return 1
        }
    done | while read -r file; do
        [[ -f $file || -L $file ]] || continue
        case $file in
        /usr/share/doc/* | /usr/share/man/* | /usr/share/lintian/*) ;;
        /usr/include/x86_64-linux-gnu/qt6/QtCore/* | /usr/include/x86_64-linux-gnu/qt6/QtTest/*)
            echo "$file" ;;
        /usr/include/x86_64-linux-gnu/qt6/*) ;;
        /usr/lib/x86_64-linux-gnu/cmake/Qt6/* | /usr/lib/x86_64-linux-gnu/cmake/Qt6Core/* | \
            /usr/lib/x86_64-linux-gnu/cmake/Qt6CoreTools/* | /usr/lib/x86_64-linux-gnu/cmake/Qt6Test/* | \
            /usr/lib/x86_64-linux-gnu/cmake/Qt6HostInfo/*)
            echo "$file" ;;
        /usr/lib/x86_64-linux-gnu/cmake/*) ;;
        /usr/lib/x86_64-linux-gnu/qt6/mkspecs/linux-g++/* | /usr/lib/x86_64-linux-gnu/qt6/mkspecs/common/*)
            echo "$file" ;;
        /usr/lib/x86_64-linux-gnu/qt6/*) ;;
        /usr/lib/qt6/* | /usr/bin/*) echo "$file" ;; # moc and the tools Qt's CMake files name
        /usr/lib/x86_64-linux-gnu/libQt6*)
            [[ $file == *Qt6Core.* || $file == *Qt6Test.* ]] && echo "$file" ;;
        /usr/lib/x86_64-linux-gnu/* | /usr/include/* | /usr/share/eigen3/* | /usr/share/cmake/*)
            echo "$file" ;;
        esac
    done
}

if [[ ${1:-} == --pack || ${1:-} == --pack-list ]]; then
    if [[ $1 == --pack-list ]]; then
        deps_files
        exit 0
    fi
    mkdir -p "$carry"
    list=$(mktemp)
    deps_files >"$list"
    tar --create --file - --files-from "$list" 2>/dev/null | xz -T0 -6 >"$carry/deps.tar.xz"
    rm -f "$list"
    echo "gpu-check: $(du -h "$carry/deps.tar.xz" | cut -f1) in .gpu-carry/deps.tar.xz;" \
        "carry .gpu-carry and run scripts/gpu-check.sh on the GPU machine"
    exit 0
fi

cpu_only=0
if [[ ${1:-} == --cpu-only ]]; then
    cpu_only=1
elif [[ -n ${1:-} ]]; then
    echo "usage: scripts/gpu-check.sh [--pack | --pack-list | --cpu-only]" >&2
    exit 2
fi

start=$SECONDS
log() { echo "gpu-check [$((SECONDS - start)) s]: $*"; }

# 1. A GPU, before anything is built.
if ((!cpu_only)); then
    if ! command -v nvidia-smi >/dev/null 2>&1; then
        echo "gpu-check: no NVIDIA GPU found: nvidia-smi is not installed. This script measures" \
            "the CUDA backend and needs a GPU (scripts/gpu-check.sh --cpu-only rehearses the" \
            "rest)." >&2
        exit 3
    fi
    if ! gpus=$(nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader 2>&1) ||
        [[ -z $gpus ]]; then
        echo "gpu-check: no NVIDIA GPU found: nvidia-smi says: ${gpus:-nothing}" >&2
        exit 3
    fi
    log "GPU: $gpus"
fi
nvcc=$(command -v nvcc || echo /usr/local/cuda/bin/nvcc)
if [[ ! -x $nvcc ]]; then
    echo "gpu-check: nvcc was found neither on PATH nor in /usr/local/cuda/bin" >&2
    exit 3
fi
log "$("$nvcc" --version | tail -1)"

# 2. The carried headers and libraries, when this machine lacks them.
build=${GPU_CHECK_BUILD:-$root/build/gpu-check}
jobs=${GPU_CHECK_JOBS:-$(nproc)}
mkdir -p "$build"
prefix_args=()
if [[ -f $carry/deps.tar.xz ]]; then
    deps=$build/deps
    if [[ ! -f $deps/.unpacked || $carry/deps.tar.xz -nt $deps/.unpacked ]]; then
        rm -rf "$deps" && mkdir -p "$deps"
        tar --extract --xz --file "$carry/deps.tar.xz" --directory "$deps"
        touch "$deps/.unpacked"
    fi
    prefix_args=(-DCMAKE_PREFIX_PATH="$deps/usr;$deps/usr/share/eigen3/cmake"
        -DZLIB_INCLUDE_DIR="$deps/usr/include"
        -DZLIB_LIBRARY_RELEASE="$deps/usr/lib/x86_64-linux-gnu/libz.a") # static: no libz.so.1 to match
    # A rehearsal can hide this machine's own copies, to show the carried ones are enough.
    [[ -n ${GPU_CHECK_IGNORE_SYSTEM:-} ]] && prefix_args+=(-DCMAKE_IGNORE_PREFIX_PATH=/usr)
    export LD_LIBRARY_PATH=$deps/usr/lib/x86_64-linux-gnu${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
    log "using the carried headers and libraries in $deps"
fi

# 3. Build: the core layers, their suites and convsight-bench, with CUDA.
generator=()
command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
    -DCONVSIGHT_CORE_ONLY=ON -DCONVSIGHT_CUDA=ON -DCMAKE_CUDA_COMPILER="$nvcc" -DBUILD_TESTING=ON \
    "${prefix_args[@]}" >"$build/configure.log" 2>&1 || {
    tail -30 "$build/configure.log" >&2
    echo "gpu-check: configuring failed (the whole log: $build/configure.log)" >&2
    exit 1
}
grep -q "Qt Test not found" "$build/configure.log" && {
    echo "gpu-check: Qt Test was not found, so the cross-device suites cannot be built: run" \
        "scripts/gpu-check.sh --pack on the development machine and carry .gpu-carry" >&2
    exit 1
}
log "configured"
cmake --build "$build" --parallel "$jobs" >"$build/build.log" 2>&1 || {
    grep -E "error|Error" "$build/build.log" | head -30 >&2
    echo "gpu-check: the build failed (the whole log: $build/build.log)" >&2
    exit 1
}
log "built"

# 4. Every cross-device suite.
status=0
ctest --test-dir "$build" -L cuda --output-on-failure --timeout 300 -j "$jobs" \
    >"$build/ctest.log" 2>&1 || status=1
grep -E "tests passed|Test +#|SKIP" "$build/ctest.log" || true
if ((status)); then
    echo "gpu-check: cross-device suites FAILED (the whole log: $build/ctest.log)" >&2
fi
log "cross-device suites done"

# 5. The table.
devices=cpu,cuda
((cpu_only)) && devices=cpu
"$build/app/bench/convsight-bench" --devices "$devices" | tee "$build/table.txt" || status=1
log "done in $((SECONDS - start)) s"
if [[ -n ${OUT:-} ]]; then
    cp "$build/table.txt" "$build/ctest.log" "$build/build.log" "$OUT/" 2>/dev/null || true
fi
exit $status
