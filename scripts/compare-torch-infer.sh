#!/usr/bin/env bash
# VGG-16 inference on the CPU, batch 1 at 224×224: ConvSight's `bench infer` against PyTorch
# (scripts/peers/torch_infer.py) at 1 and 2 threads, alternating runs so that all see the same
# machine noise; prints the medians over the rounds and the ratio to PyTorch's best.
# usage: scripts/compare-torch-infer.sh [ROUNDS] [REPEAT]   (needs python3-torch, python3-torchvision)
# CONVSIGHT_MODEL: the network ConvSight times (default: the vgg16 preset; a .csmodel or .onnx
# file such as scripts/export-vgg16.py's torchvision export, imported or not).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
repeat=${2:-5}
cli=${CONVSIGHT_CLI:-build/release/app/cli/convsight-cli}
model=${CONVSIGHT_MODEL:-vgg16}
[[ -x $cli ]] || { echo "compare: build first (scripts/build.sh), or set CONVSIGHT_CLI" >&2; exit 1; }

median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
field() { sed -E "s/.*\"$1\": ?([0-9.]+).*/\1/"; }

declare -A wall cpu rss
record() { # name json
    wall[$1]+="$(field forward_ms <<<"$2") "
    cpu[$1]+="$(field forward_cpu_ms <<<"$2") "
    rss[$1]+="$(field peak_rss_mb <<<"$2") "
}
for ((r = 1; r <= rounds; ++r)); do
    for t in 2 1; do
        record "convsight-$t" "$("$cli" bench infer --model "$model" --threads "$t" --repeat "$repeat" --json)"
        record "pytorch-$t" "$(OMP_NUM_THREADS=$t /usr/bin/python3 scripts/peers/torch_infer.py vgg16 \
            --repeat "$repeat" --json 2>/dev/null)"
    done
done

printf '%-12s %8s %14s %14s %13s\n' run threads "forward ms" "CPU ms" "peak RSS MB"
declare -A med
for name in convsight-2 convsight-1 pytorch-2 pytorch-1; do
    med[$name]=$(tr ' ' '\n' <<<"${wall[$name]}" | grep . | median)
    printf '%-12s %8s %14.1f %14.1f %13.0f\n' "${name%-*}" "${name##*-}" "${med[$name]}" \
        "$(tr ' ' '\n' <<<"${cpu[$name]}" | grep . | median)" \
        "$(tr ' ' '\n' <<<"${rss[$name]}" | grep . | sort -n | tail -1)"
done
best_torch=$(printf '%s\n' "${med[pytorch-1]}" "${med[pytorch-2]}" | sort -n | head -1)
best_ours=$(printf '%s\n' "${med[convsight-1]}" "${med[convsight-2]}" | sort -n | head -1)
echo "ratio ConvSight / PyTorch (best thread count of each): $(awk -v a="$best_ours" -v b="$best_torch" 'BEGIN {printf "%.2f", a / b}')"
echo "(medians of $rounds rounds of $repeat forwards; peak RSS: the largest; $(nproc) cores, $(uptime | sed 's/.*load/load/'))"
