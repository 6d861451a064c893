#!/usr/bin/python3
"""PyTorch's side of `convsight-cli bench infer`: a torchvision model (random weights) in eval mode,
one untimed warm-up forward, then the median of N timed forwards, and the peak resident memory.

usage: /usr/bin/python3 scripts/peers/torch_infer.py [MODEL] [--batch N] [--repeat N] [--size S] [--json]
Threads: OMP_NUM_THREADS (torch.set_num_threads follows it), as `bench infer --threads` does ours.
"""
import argparse
import json
import os
import resource
import statistics
import sys
import time

import torch
import torchvision


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", nargs="?", default="vgg16", help="a torchvision.models name")
    parser.add_argument("--batch", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--size", type=int, default=224, help="the input's height and width")
    parser.add_argument("--json", action="store_true", help="print exactly one JSON object")
    args = parser.parse_args()

    threads = int(os.environ.get("OMP_NUM_THREADS", torch.get_num_threads()))
    torch.set_num_threads(threads)
    torch.manual_seed(0)
    model = getattr(torchvision.models, args.model)(weights=None).eval()
    weights_mb = sum(p.numel() for p in model.parameters()) * 4 / 1e6
    x = torch.randn(args.batch, 3, args.size, args.size)

    times, cpu_times = [], []
    with torch.inference_mode():
        model(x)  # warm-up
        for _ in range(args.repeat):
            cpu_start = time.process_time()
            start = time.perf_counter()
            model(x)
            times.append((time.perf_counter() - start) * 1e3)
            cpu_times.append((time.process_time() - cpu_start) * 1e3)
    result = {
        "model": args.model,
        "framework": "pytorch " + torch.__version__,
        "batch": args.batch,
        "repeat": args.repeat,
        "threads": threads,
        "forward_ms": statistics.median(times),
        "min_ms": min(times),
        # The process's CPU time (all threads): the work, apart from any wait for a core.
        "forward_cpu_ms": statistics.median(cpu_times),
        "weights_mb": weights_mb,
        # Linux reports ru_maxrss in KiB; MB here means 2^20 bytes, as `bench infer` prints it.
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{args.model} PyTorch {torch.__version__}, {threads} threads, batch {args.batch}: "
              f"forward {result['forward_ms']:.1f} ms (median of {args.repeat}, min "
              f"{result['min_ms']:.1f}; CPU time {result['forward_cpu_ms']:.1f}), peak RSS {result['peak_rss_mb']:.0f} MB, weights "
              f"{weights_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
