// Reading and writing small matrices as CSV: strict about what is a number, exact about where a
// mistake is, and lossless when printing (shortest round-trip form).
#include "conv/MatrixCsv.h"

#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace convsight::conv {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kUnicodeMinus = "\xE2\x88\x92"; // '−', as the slides write it

std::string_view trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t");
    return text.substr(first, last - first + 1);
}

std::string values_word(std::size_t count) {
    return std::to_string(count) + (count == 1 ? " value" : " values");
}

// One CSV cell as a finite double; `where` is "source: line L, column C" for the messages.
double parse_cell(std::string_view cell, const std::string& where) {
    if (cell.empty())
        throw MatrixCsvError(where + ": empty, where a number was expected");
    std::string text;
    if (cell.starts_with(kUnicodeMinus)) {
        text += '-';
        text += cell.substr(kUnicodeMinus.size());
    } else {
        text = cell;
    }
    // from_chars takes no leading '+', but people write one.
    std::string_view digits = text;
    if (digits.starts_with('+') && digits.size() > 1 && digits[1] != '-' && digits[1] != '+')
        digits.remove_prefix(1);

    double value = 0.0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    std::string quoted = "'";
    quoted += cell;
    quoted += '\'';
    if (error == std::errc::result_out_of_range)
        throw MatrixCsvError(where + ": " + quoted + " is too large for a number");
    if (error != std::errc{} || end != digits.data() + digits.size())
        throw MatrixCsvError(where + ": " + quoted + " is not a number");
    if (!std::isfinite(value))
        throw MatrixCsvError(where + ": " + quoted +
                             " is not a finite number (NaN and infinity cannot be convolved)");
    return value;
}

} // namespace

Matrix parse_matrix_csv(std::string_view text, const std::string& source) {
    if (text.starts_with(kUtf8Bom))
        text.remove_prefix(kUtf8Bom.size());

    Matrix matrix;
    std::size_t columns = 0;
    int firstRowLine = 0; // the line that set the column count, for the ragged-row message
    int lineNumber = 0;
    while (!text.empty()) {
        ++lineNumber;
        const auto newline = text.find('\n');
        std::string_view line = text.substr(0, newline);
        text = newline == std::string_view::npos ? std::string_view{} : text.substr(newline + 1);
        if (line.ends_with('\r'))
            line.remove_suffix(1);
        line = trimmed(line);
        if (line.empty() || line.starts_with('#'))
            continue;

        const std::string lineWhere = source + ": line " + std::to_string(lineNumber);
        std::vector<double> row;
        std::size_t start = 0;
        while (true) {
            const auto comma = line.find(',', start);
            const std::string_view cell = trimmed(line.substr(start, comma - start));
            row.push_back(
                parse_cell(cell, lineWhere + ", column " + std::to_string(row.size() + 1)));
            if (comma == std::string_view::npos)
                break;
            start = comma + 1;
        }

        if (matrix.empty()) {
            columns = row.size();
            firstRowLine = lineNumber;
        } else if (row.size() != columns) {
            throw MatrixCsvError(source + ": line " + std::to_string(lineNumber) + " has " +
                                 values_word(row.size()) + ", line " +
                                 std::to_string(firstRowLine) + " has " + std::to_string(columns) +
                                 ": every row needs the same number of values");
        }
        matrix.push_back(std::move(row));
    }
    if (matrix.empty())
        throw MatrixCsvError(source + ": no numbers in it; a matrix needs at least one row");
    return matrix;
}

Matrix read_matrix_csv(std::istream& in, const std::string& source) {
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad())
        throw MatrixCsvError(source + ": could not be read");
    return parse_matrix_csv(text.str(), source);
}

Matrix load_matrix_csv(const std::string& path) {
    std::error_code error;
    if (!std::filesystem::exists(path, error))
        throw MatrixCsvError(path + ": no such file");
    if (std::filesystem::is_directory(path, error))
        throw MatrixCsvError(path + ": is a folder, not a CSV file");
    std::ifstream file(path, std::ios::binary);
    if (!file)
        throw MatrixCsvError(path + ": cannot be opened for reading");
    return read_matrix_csv(file, path);
}

std::string format_matrix_csv(const Matrix& matrix) {
    std::string text;
    for (const std::vector<double>& row : matrix) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (c > 0)
                text += ',';
            text += format_number(row[c]);
        }
        text += '\n';
    }
    return text;
}

} // namespace convsight::conv
