// Small matrices as CSV text, for typing an input or a kernel by hand: reading with errors that
// name the file, line and column, and writing numbers in their shortest exact form.
#pragma once

#include "conv/ConvTrace.h"

#include <istream>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace convsight::conv {

// Bad CSV text, or a file that cannot be read; what() names the source and, where it applies,
// the line and column ("kernel.csv: line 2, column 3: 'abc' is not a number").
class MatrixCsvError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Why a number written `literal` (as in the file) and read as `value` cannot be held by a float,
// the rest of a sentence after the quoted literal: " is beyond the range of a float (±3.4e+38)"
// or " underflows to 0 in a float (the smallest it holds is 1.4e-45)"; nullopt when it fits. A
// literal whose digits are not all 0 but that reads as 0 (1e-400) underflows. CSV matrices and
// kernel files say the same words.
std::optional<std::string> float_range_problem(double value, std::string_view literal);

// Parses comma-separated numbers, one matrix row per line. Spaces and tabs around values, blank
// lines, lines starting with '#', CRLF line ends and a UTF-8 byte-order mark are allowed; '−'
// (U+2212, as on the slides) reads as a minus. Throws MatrixCsvError for ragged rows, a value that
// is not a number, NaN or infinity, beyond a float or underflowing a float to 0 (the cell named:
// "A.csv: line 2, column 3: '1e39' is beyond ..."), more rows or columns than
// io::limits::max_extent, or no numbers at all. `source` names the text in messages.
Matrix parse_matrix_csv(std::string_view text, const std::string& source);
Matrix read_matrix_csv(std::istream& in, const std::string& source);
// Reads the file at `path`; a missing or unreadable file is a MatrixCsvError too.
Matrix load_matrix_csv(const std::string& path);

// One line per row, values separated by ',', each line ending in '\n'; numbers as
// format_number() writes them with an ASCII minus: "-4", "2.111111111111111".
std::string format_matrix_csv(const Matrix& matrix);

} // namespace convsight::conv
