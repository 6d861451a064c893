#!/usr/bin/env bash
# Side-by-side CPU training throughput: ConvSight's `bench train` against the PyTorch peer scripts
# in ../shared/peers, same model and batch, alternating runs so both see the same machine noise.
# usage: scripts/compare-torch.sh [ROUNDS]   (needs python3-torch and libopenblas0-pthread)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
cli=build/release/app/cli/convsight-cli
peers=${CONVSIGHT_PEERS:-../shared/peers}
[[ -x $cli ]] || { echo "compare: build first (scripts/build.sh)" >&2; exit 1; }
[[ -f $peers/torch_cifar_tf.py ]] || { echo "compare: no peer scripts in $peers" >&2; exit 1; }

median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
ours() { "$cli" bench train --model "$1" --batch "$2" --threads "$3" --steps 20 --json |
         sed -E 's/.*"examples_per_second":([0-9.]+).*/\1/'; }

declare -A runs
for ((r = 1; r <= rounds; ++r)); do
    for t in 1 2; do
        runs[torch-cifar-$t]+="$(OMP_NUM_THREADS=$t /usr/bin/python3 "$peers/torch_cifar_tf.py" 24 128 20 2>/dev/null |
            sed -E 's/.*: ([0-9]+) examples\/s.*/\1/') "
        runs[ours-cifar-$t]+="$(ours cifar-tf 128 "$t") "
        runs[ours-small-$t]+="$(ours small 64 "$t") "
    done
done
# The small model's peer trains one Fashion-MNIST epoch (slow), so it runs once per thread count.
for t in 1 2; do
    runs[torch-small-$t]="$(OMP_NUM_THREADS=$t /usr/bin/python3 "$peers/torch_fmnist.py" 1 64 2>/dev/null |
        tail -1 | sed -E 's/.*: ([0-9]+) examples\/s.*/\1/')"
done

printf '%-10s %-9s %12s %12s\n' model threads "PyTorch" "ConvSight"
for model in cifar small; do
    for t in 1 2; do
        printf '%-10s %-9s %12.0f %12.0f\n' "$model" "$t" \
            "$(tr ' ' '\n' <<<"${runs[torch-$model-$t]}" | grep . | median)" \
            "$(tr ' ' '\n' <<<"${runs[ours-$model-$t]}" | grep . | median)"
    done
done
echo "(examples/s, medians of $rounds rounds; cifar-tf batch 128, small batch 64; $(nproc) cores)"
