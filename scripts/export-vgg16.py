#!/usr/bin/python3
"""Writes torchvision's VGG-16 with random weights (torch.manual_seed(0)) as ONNX, for the README,
the tests and the GUI: evaluation mode, opset 13, input "input" (N, 3, 224, 224) with a dynamic
batch, output "logits" (N, 1000). Needs Debian's python3-torchvision and python3-onnx.

usage: /usr/bin/python3 scripts/export-vgg16.py OUT.onnx [--model NAME]
"""
import argparse
import sys

import torch
import torchvision


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="the .onnx file to write")
    parser.add_argument("--model", default="vgg16", help="another torchvision.models name")
    args = parser.parse_args()

    torch.manual_seed(0)
    model = getattr(torchvision.models, args.model)(weights=None).eval()
    example = torch.randn(1, 3, 224, 224)
    torch.onnx.export(model, example, args.out, opset_version=13, input_names=["input"],
                      output_names=["logits"],
                      dynamic_axes={"input": {0: "batch"}, "logits": {0: "batch"}})
    parameters = sum(p.numel() for p in model.parameters())
    print(f"{args.out}: {args.model}, {parameters:,} parameters, opset 13")
    return 0


if __name__ == "__main__":
    sys.exit(main())
