// CSV matrices (an input or a kernel typed by hand) as the app loads them. A MatrixCsvError is the
// reader's refusal; a matrix it accepts must be rectangular, finite and read back the same from
// the text format_matrix_csv() writes for it. Anything else is a finding.
#include "FuzzSupport.h"
#include "conv/MatrixCsv.h"

#include <cmath>
#include <stdexcept>

namespace {

void check_matrix(const convsight::conv::Matrix& matrix) {
    if (matrix.empty() || matrix.front().empty())
        throw std::logic_error("an empty matrix was accepted");
    for (const auto& row : matrix) {
        if (row.size() != matrix.front().size())
            throw std::logic_error("a ragged matrix was accepted");
        for (const double value : row)
            if (!std::isfinite(value))
                throw std::logic_error("a value that is not finite was accepted");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace convsight;
    const std::string path = fuzz::scratch_file("matrix.csv", data, size);
    conv::Matrix matrix;
    try {
        matrix = conv::load_matrix_csv(path);
    } catch (const conv::MatrixCsvError&) {
        return 0;
    }
    check_matrix(matrix);
    if (conv::parse_matrix_csv(conv::format_matrix_csv(matrix), "written") != matrix)
        throw std::logic_error("the matrix does not read back as written");
    return 0;
}
