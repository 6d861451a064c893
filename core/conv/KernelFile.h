// A kernel as the Filter workspace, the kernel editor and the CLI save and load it: a name, the
// matrix as typed, a divisor and an offset. Files are `.kernel.json` (or CSV for the matrix alone).
#pragma once

#include "conv/ConvTrace.h"
#include "conv/KernelPresets.h"

#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

namespace convsight::conv {

// A kernel file that cannot be read, parsed or written; what() names the file and, where it
// applies, the row and column ("edge.kernel.json: row 2, column 3: "a" is not a number").
class KernelFileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Output value = Σ rows·input / divisor + offset.
struct FilterKernel {
    std::string name;
    Matrix rows;            // rectangular, at least 1×1, finite values
    double divisor{1};      // finite, not 0
    double offset{0};       // finite; 128 shows a signed result around mid-grey
    Matrix weights() const; // rows / divisor: what the filter multiplies with
};

// A preset's matrix, divisor and menu name, offset 0.
FilterKernel kernel_from_preset(const KernelPreset& preset);

// Parses {"name": "...", "rows": [[...], ...], "divisor": d, "offset": o}; name, divisor and
// offset are optional (defaults "", 1, 0). Throws KernelFileError for text that is not JSON, a
// missing, empty or ragged "rows", a value that is not a finite number, a value beyond a float or
// one that underflows a float to 0 (MatrixCsv's words, the cell named: "row 1, column 2: '1e-400'
// underflows ..."), a weight (value ÷ divisor) beyond a float, or a divisor of 0. `source` names
// the text in messages.
FilterKernel parse_kernel_json(std::string_view text, const std::string& source);
// The JSON text of `kernel`, one matrix row per line, numbers in their shortest exact form.
std::string format_kernel_json(const FilterKernel& kernel);

// Reads a `.json` file as above, any other as CSV (MatrixCsv's rules; named after the file, divisor
// 1, offset 0). Throws KernelFileError (a CSV mistake included) naming the file.
FilterKernel load_kernel_file(const std::string& path);
// Refuses to filter values of size at most `max_abs_input` with `weights` (values already divided
// by the divisor) and `offset` when the output could leave a float's range, so that no inf or NaN
// is ever shown or printed: throws KernelFileError when Σ|weight|·max|input| + |offset| > 3.4e+38,
// e.g. "the kernel 'edge': its output can reach 6.8e+40 on inputs up to 255 (Σ |value ÷ divisor| =
// 2.7e+38), beyond the range of a float (±3.4e+38): use smaller values or a larger divisor". `name`
// may be empty.
void check_filter_output_fits_float(std::span<const double> weights, double offset,
                                    double max_abs_input, const std::string& name);

// Writes `kernel` as JSON atomically: an existing file is replaced only once the new one is
// complete. Throws KernelFileError when the folder is missing or the file cannot be written.
void save_kernel_file(const std::string& path, const FilterKernel& kernel);

} // namespace convsight::conv
