#!/usr/bin/env bash
# One Fashion-MNIST epoch of the `small` model (batch 64, Adam 1e-3) with ConvSight's
# `convsight-cli train` against the PyTorch peer (../shared/peers/torch_fmnist.py) on 1 and 2
# threads, alternating the runs ROUNDS times so that all of them see the same machine noise.
#
# The same work on both sides: one pass over the 60,000 training images, batches drawn in a
# shuffled order, forward, loss, backward and Adam, plus each side's batch assembly. Out of it on
# both sides: reading and decoding the IDX files, the test pass after the epoch, start-up.
# ConvSight's epoch time is 60,000 / its "examples_per_second" (the training time only; its
# "seconds" adds the test pass); PyTorch's is the peer's "epoch 1: N s" (its test pass follows).
#
# usage: scripts/compare-fmnist.sh [ROUNDS] [CLI]
#   ROUNDS  rounds of (ConvSight default threads, ConvSight 1 thread, PyTorch 1, PyTorch 2); 3
#   CLI     the convsight-cli to run (default build/release/app/cli/convsight-cli, else build/ci)
# Prints the median seconds per epoch of each and the ratio of ConvSight's (default threads)
# to PyTorch's best of 1 and 2 threads (below 1: ConvSight is faster).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
cli=${2:-}
if [[ -z $cli ]]; then
    for candidate in build/release/app/cli/convsight-cli build/ci/app/cli/convsight-cli; do
        [[ -x $candidate ]] && { cli=$candidate; break; }
    done
fi
peers=${CONVSIGHT_PEERS:-../shared/peers}
python=${CONVSIGHT_PYTHON:-/usr/bin/python3}
[[ -n $cli && -x $cli ]] || { echo "compare-fmnist: build convsight-cli first (scripts/build.sh)" >&2; exit 1; }
[[ -f $peers/torch_fmnist.py ]] || { echo "compare-fmnist: no peer script in $peers" >&2; exit 1; }
[[ -d /usr/share/datasets/fashion-mnist ]] ||
    { echo "compare-fmnist: install dataset-fashion-mnist (/usr/share/datasets/fashion-mnist)" >&2; exit 1; }
[[ $rounds =~ ^[1-9][0-9]*$ ]] || { echo "compare-fmnist: ROUNDS must be a whole number above 0" >&2; exit 1; }

median() { sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }

# ConvSight: seconds of training in one epoch; arguments: extra options (e.g. --threads 1).
ours() {
    local eps
    eps=$("$cli" train --dataset fashion-mnist --model small --epochs 1 --batch 64 --lr 0.001 \
        --optimizer adam "$@" --json | tail -1 |
        sed -nE 's/.*"examples_per_second":([0-9.eE+-]+).*/\1/p')
    [[ -n $eps ]] || { echo "compare-fmnist: no result from $cli" >&2; exit 1; }
    awk -v e="$eps" 'BEGIN {printf "%.3f\n", 60000 / e}'
}
# PyTorch: the peer's first epoch line, "epoch 1: 10.5 s, ..."; $1 = threads.
torch() {
    local seconds
    seconds=$(OMP_NUM_THREADS=$1 "$python" "$peers/torch_fmnist.py" 1 64 2>/dev/null |
        sed -nE 's/^epoch 1: ([0-9.]+) s.*/\1/p')
    [[ -n $seconds ]] || { echo "compare-fmnist: no result from the PyTorch peer" >&2; exit 1; }
    echo "$seconds"
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A runs
for ((r = 1; r <= rounds; ++r)); do
    a=$(ours) b=$(ours --threads 1) c=$(torch 1) d=$(torch 2)
    runs[ours]+="$a " runs[ours1]+="$b " runs[torch1]+="$c " runs[torch2]+="$d "
    echo "round $r: ConvSight $a s (1 thread $b s), PyTorch 1 thread $c s, 2 threads $d s" \
        "(load $(cut -d' ' -f1 /proc/loadavg))"
done
med() { tr ' ' '\n' <<<"${runs[$1]}" | grep . | median; }
ours_s=$(med ours) ours1_s=$(med ours1) torch1_s=$(med torch1) torch2_s=$(med torch2)
best=$(printf '%s\n%s\n' "$torch1_s" "$torch2_s" | sort -g | head -1)
printf '%-38s %8s\n' "seconds per epoch (median of $rounds)" ""
printf '%-38s %8.2f\n' "ConvSight, default threads ($(nproc) cores)" "$ours_s" \
    "ConvSight, 1 thread" "$ours1_s" "PyTorch, 1 thread" "$torch1_s" "PyTorch, 2 threads" "$torch2_s"
awk -v o="$ours_s" -v o1="$ours1_s" -v b="$best" \
    'BEGIN {printf "ratio to PyTorch'"'"'s best: %.2fx (default threads), %.2fx (1 thread)\n", o / b, o1 / b}'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
