// Kernel files: strict JSON reading that says where a mistake is, lossless writing, atomic saving.
#include "conv/KernelFile.h"

#include "conv/MatrixCsv.h"
#include "io/AtomicFile.h"
#include "io/Json.h"

#include <cfloat>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <system_error>

namespace convsight::conv {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// A number from a JSON value (always finite: JSON has no NaN or infinity, and the parser refuses
// numbers beyond double's range); `where` is "source: row R, column C" or "source: divisor".
double finite_number(const json& value, const std::string& where) {
    if (!value.is_number())
        throw KernelFileError(where + ": " + io::json_excerpt(value) + " is not a number");
    return value.get<double>();
}

Matrix parse_rows(const json& document, const std::string& source) {
    if (!document.contains("rows"))
        throw KernelFileError(source + ": no \"rows\": the kernel's values are missing");
    const json& rows = document.at("rows");
    if (!rows.is_array() || rows.empty())
        throw KernelFileError(source +
                              ": \"rows\" must be a list of rows, such as [[0, 1], [1, 0]]");
    Matrix matrix;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const std::string row = source + ": row " + std::to_string(r + 1);
        if (!rows[r].is_array() || rows[r].empty())
            throw KernelFileError(row + " must be a list of numbers, such as [1, 2, 1]");
        if (r > 0 && rows[r].size() != matrix.front().size())
            throw KernelFileError(row + " has " + std::to_string(rows[r].size()) +
                                  (rows[r].size() == 1 ? " value" : " values") + " but row 1 has " +
                                  std::to_string(matrix.front().size()) +
                                  ": every row needs the same number of values");
        std::vector<double> values;
        for (std::size_t c = 0; c < rows[r].size(); ++c)
            values.push_back(finite_number(rows[r][c], row + ", column " + std::to_string(c + 1)));
        matrix.push_back(std::move(values));
    }
    return matrix;
}

// Walks a parsed kernel file's text once more for what the parsed value no longer shows: a number
// written non-zero that reads as 0 (1e-400), or one beyond a float, refused with its cell named and
// in MatrixCsv's words. nlohmann's SAX reader hands over each number's literal text; it keeps its
// own stack, so no depth of nesting recurses here.
class FloatRangeCheck : public nlohmann::json_sax<json> {
public:
    explicit FloatRangeCheck(const std::string& source)
        : source_(source) {}

    bool number_float(number_float_t value, const string_t& literal) override {
        if (const auto problem = float_range_problem(value, literal))
            throw KernelFileError(source_ + ": " + where() + ": '" + literal + "'" + *problem);
        return value_done();
    }
    bool null() override { return value_done(); }
    bool boolean(bool) override { return value_done(); }
    bool number_integer(number_integer_t) override { return value_done(); }
    bool number_unsigned(number_unsigned_t) override { return value_done(); }
    bool string(string_t&) override { return value_done(); }
    bool binary(binary_t&) override { return value_done(); }
    bool start_object(std::size_t) override { return open(false); }
    bool key(string_t& key) override {
        stack_.back().key = key;
        return true;
    }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(true); }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
        return false; // parse_json, which follows, reports it
    }

private:
    struct Frame {
        bool array{};
        std::size_t index{};
        std::string key;
    };
    bool value_done() {
        if (!stack_.empty() && stack_.back().array)
            ++stack_.back().index;
        return true;
    }
    bool open(bool array) {
        stack_.push_back({array, 0, {}});
        return true;
    }
    bool close() {
        stack_.pop_back();
        return value_done();
    }
    // "row 2, column 3", "divisor", "offset", or "a number" elsewhere.
    std::string where() const {
        if (stack_.size() == 3 && !stack_[0].array && stack_[0].key == "rows" && stack_[1].array &&
            stack_[2].array)
            return "row " + std::to_string(stack_[1].index + 1) + ", column " +
                   std::to_string(stack_[2].index + 1);
        if (stack_.size() == 1 && !stack_[0].array)
            return stack_[0].key;
        return "a number";
    }

    const std::string& source_;
    std::vector<Frame> stack_;
};

// A number in three significant digits, for a message about a range: "1e+40", "3.55e+38", "255".
std::string short_number(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3g", value);
    return text;
}

// Each weight (value ÷ divisor) must be a float too: 1e10 ÷ 1e-30 is not, though both are.
void check_weights_fit_float(const FilterKernel& kernel, const std::string& source) {
    for (std::size_t r = 0; r < kernel.rows.size(); ++r)
        for (std::size_t c = 0; c < kernel.rows[r].size(); ++c) {
            const double weight = kernel.rows[r][c] / kernel.divisor;
            if (std::abs(weight) > double{FLT_MAX})
                throw KernelFileError(source + ": row " + std::to_string(r + 1) + ", column " +
                                      std::to_string(c + 1) + ": " +
                                      short_number(kernel.rows[r][c]) + " ÷ divisor " +
                                      short_number(kernel.divisor) + " = " + short_number(weight) +
                                      " is beyond the range of a float (±3.4e+38)");
        }
}

} // namespace

Matrix FilterKernel::weights() const {
    Matrix result = rows;
    for (auto& row : result)
        for (double& value : row)
            value /= divisor;
    return result;
}

FilterKernel kernel_from_preset(const KernelPreset& preset) {
    return {preset.name, preset.matrix, preset.divisor, 0.0};
}

FilterKernel parse_kernel_json(std::string_view text, const std::string& source) {
    // Numbers first, so that one a float cannot hold is named by its cell (the SAX pass stops
    // quietly at anything that is not JSON, which parse_json then reports).
    FloatRangeCheck floatRange(source);
    json::sax_parse(text, &floatRange);
    json document;
    try {
        document = io::parse_json(text, source);
    } catch (const std::invalid_argument& e) { // not JSON, nested too deep, 1e999
        throw KernelFileError(e.what());
    }
    if (!document.is_object())
        throw KernelFileError(source +
                              ": a kernel file holds one object, {\"rows\": [[...]], ...}");
    FilterKernel kernel;
    if (document.contains("name")) {
        if (!document.at("name").is_string())
            throw KernelFileError(source + ": \"name\" must be text");
        kernel.name = document.at("name").get<std::string>();
    }
    kernel.rows = parse_rows(document, source);
    if (document.contains("divisor")) {
        kernel.divisor = finite_number(document.at("divisor"), source + ": divisor");
        if (kernel.divisor == 0)
            throw KernelFileError(source + ": the divisor is 0, and nothing can be divided by 0");
    }
    if (document.contains("offset"))
        kernel.offset = finite_number(document.at("offset"), source + ": offset");
    check_weights_fit_float(kernel, source);
    return kernel;
}

void check_filter_output_fits_float(std::span<const double> weights, double offset,
                                    double max_abs_input, const std::string& name) {
    double sum = 0;
    for (const double weight : weights)
        sum += std::abs(weight);
    const double reach = sum * std::abs(max_abs_input) + std::abs(offset);
    // Σ|weight| alone beyond a float would make inf weights even on an input of 0s.
    if (sum <= double{FLT_MAX} && reach <= double{FLT_MAX})
        return;
    const std::string kernel = name.empty() ? "the kernel" : "the kernel '" + name + "'";
    throw KernelFileError(kernel + ": its output can reach " + short_number(reach) +
                          " on inputs up to " + short_number(max_abs_input) +
                          " (Σ |value ÷ divisor| = " + short_number(sum) +
                          (offset != 0 ? ", offset " + short_number(offset) : std::string()) +
                          "), beyond the range of a float (±3.4e+38): use smaller values or a "
                          "larger divisor");
}

std::string format_kernel_json(const FilterKernel& kernel) {
    std::string text = "{\n  \"name\": " + json(kernel.name).dump() + ",\n  \"rows\": [\n";
    for (std::size_t r = 0; r < kernel.rows.size(); ++r) {
        text += "    [";
        for (std::size_t c = 0; c < kernel.rows[r].size(); ++c)
            text += (c > 0 ? ", " : "") + format_number(kernel.rows[r][c]);
        text += r + 1 < kernel.rows.size() ? "],\n" : "]\n";
    }
    text += "  ],\n  \"divisor\": " + format_number(kernel.divisor) +
            ",\n  \"offset\": " + format_number(kernel.offset) + "\n}\n";
    return text;
}

FilterKernel load_kernel_file(const std::string& path) {
    std::error_code error;
    if (fs::is_directory(path, error))
        throw KernelFileError("cannot open kernel '" + path + "': it is a folder, not a file");
    if (fs::path(path).extension() != ".json") {
        try {
            return {fs::path(path).stem().string(), load_matrix_csv(path), 1.0, 0.0};
        } catch (const MatrixCsvError& e) {
            throw KernelFileError(e.what());
        }
    }
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw KernelFileError("cannot open kernel '" + path + "': no such file, or not readable");
    std::ostringstream text;
    text << in.rdbuf();
    return parse_kernel_json(text.str(), path);
}

void save_kernel_file(const std::string& path, const FilterKernel& kernel) {
    const std::string text = format_kernel_json(kernel);
    try {
        io::write_file_atomically(path, text);
    } catch (const std::runtime_error& e) {
        throw KernelFileError(e.what());
    }
}

} // namespace convsight::conv
