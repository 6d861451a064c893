// NumPy .npy files as tensors: read float32 (or float64, converted) C-order little-endian arrays,
// checking the header against the file's size before allocating; write float32 atomically. The
// CLI's `predict --tensor X.npy --out Y.npy` reads and writes them, so numpy.load() checks our
// output.
#pragma once

#include "compute/Tensor.h"

#include <string>

namespace convsight::data {

// Reads a .npy file (format 1.0 or 2.0; dtype '<f4' or '<f8'; C order; at least one dimension,
// none of them zero) as a float32 tensor on the CPU. Throws std::runtime_error "<path>: <problem>"
// for anything else: a wrong magic, a truncated file, a big-endian or object array, Fortran order,
// a shape that disagrees with the file's size.
compute::Tensor read_npy(const std::string& path);

// Writes `tensor` (any device) as a '<f4' .npy file of its shape, format 1.0, atomically
// (io::AtomicFile). Throws std::runtime_error "<path>: <problem>" for the tensor, "cannot write
// '<path>': <reason>" for the file; on failure an earlier file at `path` stays as it was.
void write_npy(const std::string& path, const compute::Tensor& tensor);

} // namespace convsight::data
