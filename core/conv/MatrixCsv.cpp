// Reading and writing small matrices as CSV: strict about what is a number, exact about where a
// mistake is, and lossless when printing (shortest round-trip form).
#include "conv/MatrixCsv.h"

#include "io/Limits.h"

#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstdint>
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

// io::limits::check_at_most's refusal of a row or column count, as a MatrixCsvError.
void check_extent(std::size_t count, const std::string& what) {
    try {
        io::limits::check_at_most(static_cast<std::int64_t>(count), io::limits::max_extent, what);
    } catch (const std::invalid_argument& e) {
        throw MatrixCsvError(e.what());
    }
}

// Whether the digits of a decimal literal (before any exponent) are not all 0.
bool has_nonzero_digit(std::string_view literal) {
    for (const char c : literal) {
        if (c == 'e' || c == 'E')
            break;
        if (c >= '1' && c <= '9')
            return true;
    }
    return false;
}

// The power of ten of a decimal literal's first non-zero digit ("1e-400" → −400, "0.005" → −3,
// "250" → 2), for a literal too large or too small for a double: only its sign is used. The
// exponent saturates rather than overflow.
long long leading_power_of_ten(std::string_view literal) {
    bool seen = false, fraction = false;
    long long integerDigits = 0, fractionZeros = 0;
    std::size_t i = 0;
    for (; i < literal.size() && literal[i] != 'e' && literal[i] != 'E'; ++i) {
        const char c = literal[i];
        if (c == '.') {
            fraction = true;
        } else if (c >= '0' && c <= '9') {
            if (!fraction && (seen || c != '0'))
                ++integerDigits;
            if (!seen && c != '0')
                seen = true;
            if (fraction && !seen)
                ++fractionZeros;
        }
    }
    const long long power = integerDigits > 0 ? integerDigits - 1 : -(fractionZeros + 1);
    long long exponent = 0;
    bool negative = false;
    for (++i; i < literal.size(); ++i) {
        if (literal[i] == '-')
            negative = true;
        else if (literal[i] >= '0' && literal[i] <= '9' && exponent < 1'000'000'000)
            exponent = exponent * 10 + (literal[i] - '0');
    }
    return power + (negative ? -exponent : exponent);
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
    if (error == std::errc::result_out_of_range && end == digits.data() + digits.size()) {
        // Beyond a double either way: which way decides the words (1e-400 underflows).
        value = leading_power_of_ten(digits) < 0 ? 0.0 : HUGE_VAL;
    } else if (error != std::errc{} || end != digits.data() + digits.size()) {
        throw MatrixCsvError(where + ": " + quoted + " is not a number");
    } else if (!std::isfinite(value)) {
        throw MatrixCsvError(where + ": " + quoted +
                             " is not a finite number (NaN and infinity cannot be convolved)");
    }
    if (const auto problem = float_range_problem(value, digits))
        throw MatrixCsvError(where + ": " + quoted + *problem);
    return value;
}

} // namespace

std::optional<std::string> float_range_problem(double value, std::string_view literal) {
    if (std::abs(value) > double{FLT_MAX})
        return " is beyond the range of a float (±3.4e+38)";
    // Half the smallest subnormal float and below round to 0.
    if (std::abs(value) <= double{FLT_TRUE_MIN} / 2 && has_nonzero_digit(literal))
        return " underflows to 0 in a float (the smallest it holds is 1.4e-45)";
    return std::nullopt;
}

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
            check_extent(row.size(), lineWhere + ": columns");
            columns = row.size();
            firstRowLine = lineNumber;
        } else if (row.size() != columns) {
            throw MatrixCsvError(source + ": line " + std::to_string(lineNumber) + " has " +
                                 values_word(row.size()) + ", line " +
                                 std::to_string(firstRowLine) + " has " + std::to_string(columns) +
                                 ": every row needs the same number of values");
        }
        matrix.push_back(std::move(row));
        check_extent(matrix.size(), source + ": rows");
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
