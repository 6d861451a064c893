#!/usr/bin/python3
# Writes the seed files of the binary formats no ConvSight writer makes (IDX, CIFAR-10 batches,
# images) and the .npy seeds (NumPy's own writer, which the app's files must match) into
# corpus/<target>/. Run from this folder with the Python that has NumPy and Pillow:
#     /usr/bin/python3 make_seeds.py
# The other seeds come from the repository (lessons, sessions) or from the app's writers (see
# README.md).
import gzip
import io
import os
import struct

import numpy as np
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))


def write(target, name, data):
    folder = os.path.join(HERE, "corpus", target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as out:
        out.write(data)


def idx_images(count, rows, columns, seed):
    pixels = np.random.default_rng(seed).integers(0, 256, count * rows * columns, dtype=np.uint8)
    return struct.pack(">IIII", 0x803, count, rows, columns) + pixels.tobytes()


def idx_labels(count, classes=10):
    return struct.pack(">II", 0x801, count) + bytes(i % classes for i in range(count))


def two_files(first, second):
    # FuzzSupport.h's split_two_files: a 4-byte little-endian length, the first file, the second.
    return struct.pack("<I", len(first)) + first + second


# IDX: raw, gzip, one of each, and Fashion-MNIST's first two test images when installed.
idx = [("raw-3x4x4", idx_images(3, 4, 4, 0), idx_labels(3)),
       ("raw-1x1x1", idx_images(1, 1, 1, 1), idx_labels(1)),
       ("raw-2x28x28", idx_images(2, 28, 28, 2), idx_labels(2))]
for name, images, labels in idx:
    write("idx", name, two_files(images, labels))
    write("idx_gzip", name, two_files(images, labels))
    write("idx", name.replace("raw", "gz"),
          two_files(gzip.compress(images, mtime=0), gzip.compress(labels, mtime=0)))
write("idx", "gz-images-raw-labels",
      two_files(gzip.compress(idx[0][1], mtime=0), idx[0][2]))
fashion = "/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz"
if os.path.exists(fashion):
    with gzip.open(fashion) as f:
        header = f.read(16)
        pixels = f.read(2 * 28 * 28)
    images = struct.pack(">IIII", 0x803, 2, 28, 28) + pixels
    write("idx", "fashion-mnist-2", two_files(images, idx_labels(2)))
    write("idx_gzip", "fashion-mnist-2", two_files(images, idx_labels(2)))

# CIFAR-10: records of a label byte and 3×32×32 bytes.
rng = np.random.default_rng(3)
for count in (1, 2):
    records = b"".join(bytes([i % 10]) + rng.integers(0, 256, 3072, dtype=np.uint8).tobytes()
                       for i in range(count))
    write("cifar10", "batch-%d" % count, records)

# .npy: float32 and float64, formats 1.0 and 2.0, a few shapes.
for name, array, version in [
        ("f4-1x3x4x4", np.arange(48, dtype="<f4").reshape(1, 3, 4, 4), (1, 0)),
        ("f8-2x5", np.linspace(-1, 1, 10, dtype="<f8").reshape(2, 5), (1, 0)),
        ("f4-7", np.ones(7, dtype="<f4"), (2, 0)),
        ("f4-1x1x28x28", np.zeros((1, 1, 28, 28), dtype="<f4"), (1, 0))]:
    buffer = io.BytesIO()
    np.lib.format.write_array(buffer, array, version=version)
    write("npy", name, buffer.getvalue())

# Images: PNG (grey, RGB, RGBA, 16-bit grey, palette), JPEG (colour, grey, progressive), BMP,
# TIFF, WebP and PPM, small; and a JPEG whose header claims more than the Filter workspace's
# working size (decoded reduced).
gradient = np.add.outer(np.arange(12), np.arange(16)).astype(np.uint8) * 8
colour = np.stack([gradient, gradient[::-1], 255 - gradient], axis=-1)


def image_bytes(image, fmt, **options):
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


grey = Image.fromarray(gradient, "L")
rgb = Image.fromarray(colour, "RGB")
write("image", "grey.png", image_bytes(grey, "PNG"))
write("image", "rgb.png", image_bytes(rgb, "PNG"))
write("image", "rgba.png", image_bytes(rgb.convert("RGBA"), "PNG"))
write("image", "grey16.png", image_bytes(Image.fromarray(gradient.astype(np.uint16) * 257), "PNG"))
write("image", "palette.png", image_bytes(rgb.convert("P"), "PNG"))
write("image", "rgb.jpg", image_bytes(rgb, "JPEG", quality=80))
write("image", "grey.jpg", image_bytes(grey, "JPEG", quality=80))
write("image", "progressive.jpg", image_bytes(rgb, "JPEG", progressive=True))
write("image", "rgb.bmp", image_bytes(rgb, "BMP"))
write("image", "rgb.tiff", image_bytes(rgb, "TIFF"))
write("image", "rgb.webp", image_bytes(rgb, "WEBP"))
write("image", "grey.pgm", image_bytes(grey, "PPM"))
# The grey JPEG with its frame header claiming 4096×2160: the reduced decoding path, in 362 bytes.
small = bytearray(image_bytes(grey, "JPEG", quality=80))
frame = small.index(b"\xff\xc0")
small[frame + 5:frame + 9] = struct.pack(">HH", 2160, 4096)
write("image", "claims-4096x2160.jpg", bytes(small))
