#!/usr/bin/env bash
# The CPU speed targets, each measured as a ratio in one run against its yardstick, printed as one
# Markdown table for the README: cifar-tf training against this machine's GEMM peak, a
# Fashion-MNIST epoch against PyTorch (scripts/compare-fmnist.sh), filtering against OpenCV's
# cv::filter2D for every odd kernel 1x1 to 9x9, the window's first paint and the no-model commands.
# Run it on a quiet machine: these figures move with other programs' load.
#
# usage: scripts/speed-report.sh [ROUNDS]    (rounds of the comparisons, default 3; build first)
# Environment: CONVSIGHT_BUILD (default build/release, else build/ci).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
build=${CONVSIGHT_BUILD:-}
if [[ -z $build ]]; then
    for candidate in build/release build/ci; do
        [[ -x $candidate/app/cli/convsight-cli ]] && { build=$candidate; break; }
    done
fi
cli=$build/app/cli/convsight-cli
gui=$build/app/gui/convsight
[[ -x $cli && -x $gui ]] || { echo "speed-report: build first (scripts/build.sh)" >&2; exit 1; }
[[ $rounds =~ ^[1-9][0-9]*$ ]] || { echo "speed-report: ROUNDS must be a whole number above 0" >&2; exit 1; }

median() { sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
field() { sed -nE "s/.*\"$1\":([0-9.eE+-]+).*/\1/p"; }
verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN {ok = (op == "<=") ? v <= t : (op == "<") ? v < t : v >= t; print ok ? "met" : "not met"}'; }

echo "speed-report: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores;" \
    "load before $(cut -d' ' -f1 /proc/loadavg)" >&2
echo "| figure | command | ConvSight | yardstick | ratio | target | |"
echo "|---|---|---|---|---|---|---|"

# 1. cifar-tf training against the GEMM peak, same threads, measured alternately in one run.
for threads in 2 1; do
    values=()
    for ((r = 0; r < rounds; ++r)); do
        values+=("$("$cli" bench train --model cifar-tf --batch 128 --threads $threads --steps 10 --json)")
    done
    share=$(for v in "${values[@]}"; do field fraction_of_gemm_peak <<<"$v"; done | median)
    gflops=$(for v in "${values[@]}"; do field effective_gflops <<<"$v"; done | median)
    peak=$(for v in "${values[@]}"; do field gemm_peak_gflops <<<"$v"; done | median)
    printf '| cifar-tf training, batch 128, %d thread(s) | `bench train --model cifar-tf --batch 128 --threads %d` | %.1f GFLOP/s | GEMM peak %.1f GFLOP/s | %.1f %% | ≥ 80 %% | %s |\n' \
        "$threads" "$threads" "$gflops" "$peak" "$(awk -v s="$share" 'BEGIN {print 100 * s}')" \
        "$(verdict "$share" 0.8 '>=')"
done

# 2. A Fashion-MNIST epoch of `small` against PyTorch's best of 1 and 2 threads.
if fmnist=$(scripts/compare-fmnist.sh "$rounds" "$cli" 2>&1); then
    ours=$(sed -nE 's/^ConvSight, default threads.* ([0-9.]+)$/\1/p' <<<"$fmnist")
    t1=$(sed -nE 's/^PyTorch, 1 thread +([0-9.]+)$/\1/p' <<<"$fmnist")
    t2=$(sed -nE 's/^PyTorch, 2 threads +([0-9.]+)$/\1/p' <<<"$fmnist")
    best=$(printf '%s\n%s\n' "$t1" "$t2" | sort -g | head -1)
    ratio=$(awk -v o="$ours" -v b="$best" 'BEGIN {printf "%.2f", o / b}')
    printf '| Fashion-MNIST epoch, `small`, batch 64, Adam | `scripts/compare-fmnist.sh %d` | %s s | PyTorch %s s (1 thread), %s s (2) | %s× | ≤ 0.5× | %s |\n' \
        "$rounds" "$ours" "$t1" "$t2" "$ratio" "$(verdict "$ratio" 0.5 '<=')"
else
    echo "| Fashion-MNIST epoch | \`scripts/compare-fmnist.sh\` | not measured: $(tail -1 <<<"$fmnist") | | | | |"
fi

# 3. Filtering 1920x1080 RGB float32 against cv::filter2D (the two alternate run by run).
for threads in 2 1; do
    for k in 1 3 5 7 9; do
        json=$("$cli" bench filter --kernel $k --threads $threads --repeat 21 --json)
        ratio=$(field ratio <<<"$json")
        target=0.5 op='<'
        ((k == 5)) && target=0.25 op='<='
        printf '| filter 1080p RGB, %d×%d, %d thread(s) | `bench filter --kernel %d --threads %d --repeat 21` | %.2f ms | OpenCV %.2f ms | %.2f | %s %s | %s |\n' \
            "$k" "$k" "$threads" "$k" "$threads" "$(field convsight_ms <<<"$json")" \
            "$(field opencv_ms <<<"$json")" "$ratio" "$([[ $op == '<' ]] && echo '<' || echo '≤')" \
            "$target" "$(verdict "$ratio" $target $op)"
    done
done

# 4. Start-up: the window's first paint, and commands that need no model (medians of 11).
paint=$(for i in $(seq 11); do
    QT_QPA_PLATFORM=offscreen "$gui" --bench-startup 2>/dev/null | sed -nE 's/^first paint: ([0-9]+) ms.*/\1/p'
done | median)
printf '| window first paint (offscreen) | `convsight --bench-startup` | %s ms | | | ≤ 500 ms | %s |\n' \
    "$paint" "$(verdict "$paint" 500 '<=')"
printf '1 2 3\n4 5 6\n7 8 9\n' >"${TMPDIR:-/tmp}/speed-report-m.csv"
while IFS= read -r command; do
    ms=$(for i in $(seq 11); do
        start=$(date +%s%N)
        # shellcheck disable=SC2086
        "$cli" $command >/dev/null 2>&1
        echo $((($(date +%s%N) - start) / 1000000))
    done | median)
    printf '| `convsight-cli %s` | | %s ms | | | < 100 ms | %s |\n' "$command" "$ms" "$(verdict "$ms" 100 '<')"
done <<EOF
--version
info
geometry --input 32 --kernel 5 --stride 2
convolve --matrix ${TMPDIR:-/tmp}/speed-report-m.csv --kernel box-blur
lessons list
EOF
echo "speed-report: load after $(cut -d' ' -f1 /proc/loadavg)" >&2
