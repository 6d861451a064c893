// The shape arithmetic of one convolution: output size, SAME padding, and why a setting is invalid.
#include "conv/ConvGeometry.h"

#include "io/Limits.h"

#include <algorithm>
#include <climits>

namespace convsight::conv {
namespace {

std::string axis_formula(const char* name, const AxisGeometry& axis) {
    const std::string w = std::to_string(axis.input);
    const std::string s = std::to_string(axis.stride);
    // Named strings, not temporaries, on the right of "literal" + ...: GCC 12 warns (-Wrestrict,
    // a false positive) when it inlines the insert-at-front of a temporary.
    const std::string d = std::to_string(axis.dilation);
    const std::string before = std::to_string(axis.pad_before);
    const std::string after = std::to_string(axis.pad_after);
    std::string f = std::to_string(axis.filter);
    if (axis.dilation != 1) // the dilated extent replaces f
        f = "(" + d + "·(" + f + " − 1) + 1)";
    const std::string padding =
        axis.pad_before == axis.pad_after ? "2·" + before : before + " + " + after;
    const std::string numerator = w + " − " + f + " + " + padding;
    // A stride below 1 is invalid (why_invalid() says so), but the formula is still shown: no % 0.
    const bool exact = axis.stride < 1 || (std::int64_t{axis.input} + axis.pad_before +
                                           axis.pad_after - axis.effective_filter()) %
                                                  axis.stride ==
                                              0;
    std::string text = std::string(name) + "' = ";
    text += exact || axis.stride == 1 ? "(" + numerator + ") / " + s + " + 1"
                                      : "⌊(" + numerator + ") / " + s + "⌋ + 1";
    return text + " = " + std::to_string(axis.output());
}

// Input positions of one axis that no tap of any output position lands on. Tap k of output o lands
// on padded position o·s + k·d: for each k, the positions k·d, k·d + s, …, k·d + (O − 1)·s, one
// run of O steps of s. The runs are added to a difference array whose prefix sums run in steps of
// s, so the work is O(padded width + f), not O(outputs × f) (which took seconds at 40,000 pixels).
std::vector<int> unreached_on_axis(const AxisGeometry& axis) {
    const std::int64_t outputs = axis.output();
    const std::int64_t stride = axis.stride;
    const std::int64_t padded = std::int64_t{axis.input} + axis.pad_before + axis.pad_after;
    std::vector<std::int32_t> runs(static_cast<std::size_t>(padded), 0); // at most f runs overlap
    for (std::int64_t k = 0; k < axis.filter; ++k) {
        const std::int64_t first = k * axis.dilation;
        if (first >= padded)
            break;
        runs[static_cast<std::size_t>(first)] += 1;
        if (const std::int64_t end = first + outputs * stride; end < padded)
            runs[static_cast<std::size_t>(end)] -= 1;
    }
    for (std::int64_t j = stride; j < padded; ++j)
        runs[static_cast<std::size_t>(j)] += runs[static_cast<std::size_t>(j - stride)];
    std::vector<int> unreached;
    for (int i = 0; i < axis.input; ++i)
        if (runs[static_cast<std::size_t>(i + axis.pad_before)] == 0)
            unreached.push_back(i);
    return unreached;
}

// Output positions of one axis whose every tap lands on padding (before or after the image): the
// taps of output o are a + k·d for k in [0, f) with a = o·s − p_before; one lands in [0, w) when
// the first k with a + k·d ≥ 0 is below f and lands before w. O(outputs).
std::int64_t padding_only_outputs(const AxisGeometry& axis) {
    std::int64_t count = 0;
    const std::int64_t d = axis.dilation;
    for (std::int64_t o = 0; o < axis.output(); ++o) {
        const std::int64_t a = o * axis.stride - axis.pad_before;
        const std::int64_t k = a >= 0 ? 0 : (-a + d - 1) / d; // the first tap at 0 or after
        const bool seesImage = k < axis.filter && a + k * d < axis.input;
        count += seesImage ? 0 : 1;
    }
    return count;
}

// "WHAT: VALUE is more than the limit of max_extent" for the first size beyond it, as
// io::limits::check_at_most words it; nullopt when all are within.
std::optional<std::string>
beyond_extent_limit(std::initializer_list<std::pair<const char*, std::int64_t>> sizes) {
    for (const auto& [what, value] : sizes)
        if (value > io::limits::max_extent)
            return std::string(what) + ": " + std::to_string(value) +
                   " is more than the limit of " + std::to_string(io::limits::max_extent);
    return std::nullopt;
}

// Why the sizes of `p` (and the padding given) are beyond io::limits::max_extent; nullopt if none.
std::optional<std::string> why_beyond_limits(const ConvGeometry::Params& p, const Padding& pad) {
    const auto reach = [](std::int64_t dilation, std::int64_t filter) {
        return dilation * (filter - 1) + 1;
    };
    return beyond_extent_limit(
        {{"the input height", p.input_height},
         {"the input width", p.input_width},
         {"the channels", p.channels},
         {"the filter height", p.kernel_height},
         {"the filter width", p.kernel_width},
         {"the stride", std::max(p.stride_y, p.stride_x)},
         {"the dilation", std::max(p.dilation_y, p.dilation_x)},
         {"the dilated filter's height d·(f − 1) + 1", reach(p.dilation_y, p.kernel_height)},
         {"the dilated filter's width d·(f − 1) + 1", reach(p.dilation_x, p.kernel_width)},
         {"the padding", std::max({pad.top, pad.bottom, pad.left, pad.right})}});
}

// "row 6", "rows 5 and 6", "rows 2, 4 and 6" (1-based, as the student counts).
std::string list_positions(const char* singular, const char* plural,
                           const std::vector<int>& positions) {
    std::string text = positions.size() == 1 ? singular : plural;
    for (std::size_t i = 0; i < positions.size(); ++i) {
        if (i > 0)
            text += i + 1 == positions.size() ? " and" : ",";
        text += ' ';
        text += std::to_string(positions[i] + 1);
    }
    return text;
}

std::string pair_text(int y, int x) {
    return y == x ? std::to_string(y) : std::to_string(y) + "×" + std::to_string(x);
}

} // namespace

int AxisGeometry::output() const {
    const std::int64_t span = std::int64_t{input} + pad_before + pad_after - effective_filter();
    if (span < 0 || stride < 1)
        return 0;
    return static_cast<int>(std::min<std::int64_t>(span / stride + 1, INT_MAX));
}

std::int64_t ConvGeometry::same_padding_total(std::int64_t input, std::int64_t effective_filter,
                                              std::int64_t stride) {
    const std::int64_t outputSize = (input + stride - 1) / stride;
    return std::max<std::int64_t>((outputSize - 1) * stride + effective_filter - input, 0);
}

ConvGeometry::ConvGeometry(const Params& params)
    : params_(params) {
    switch (params.mode) {
    case PaddingMode::Valid:
        break;
    case PaddingMode::Explicit:
        padding_ = params.explicit_padding;
        break;
    case PaddingMode::Same: {
        // why_invalid() reports a stride below 1 or a size beyond the limits: no padding is
        // resolved from them (a total beyond max_extent would not fit in an int).
        if (params.stride_y < 1 || params.stride_x < 1 || why_beyond_limits(params, Padding{}))
            break;
        const auto rowsTotal = static_cast<int>(
            same_padding_total(params.input_height, rows().effective_filter(), params.stride_y));
        const auto colsTotal = static_cast<int>(
            same_padding_total(params.input_width, columns().effective_filter(), params.stride_x));
        padding_ = Padding{rowsTotal / 2, rowsTotal - rowsTotal / 2, colsTotal / 2,
                           colsTotal - colsTotal / 2};
        break;
    }
    }
}

AxisGeometry ConvGeometry::rows() const {
    return {params_.input_height, params_.kernel_height, params_.stride_y,
            params_.dilation_y,   padding_.top,          padding_.bottom};
}

AxisGeometry ConvGeometry::columns() const {
    return {params_.input_width, params_.kernel_width, params_.stride_x,
            params_.dilation_x,  padding_.left,        padding_.right};
}

std::optional<std::string> ConvGeometry::why_invalid() const {
    const Params& p = params_;
    if (p.input_height < 1 || p.input_width < 1)
        return "the input must be at least 1×1 pixel";
    if (p.channels < 1)
        return "the input must have at least 1 channel";
    if (p.kernel_height < 1 || p.kernel_width < 1)
        return "the filter must be at least 1×1";
    if (p.stride_y < 1 || p.stride_x < 1)
        return "the stride must be at least 1: it is how far the filter moves each step";
    if (p.dilation_y < 1 || p.dilation_x < 1)
        return "the dilation must be at least 1 (1 means no gaps between filter taps)";
    const Padding& pad = padding_;
    if (pad.top < 0 || pad.bottom < 0 || pad.left < 0 || pad.right < 0)
        return "padding cannot be negative";
    if (auto why = why_beyond_limits(p, pad))
        return why;
    const AxisGeometry r = rows();
    const AxisGeometry c = columns();
    if (r.output() < 1 || c.output() < 1)
        return "the " + std::to_string(r.effective_filter()) + "×" +
               std::to_string(c.effective_filter()) + " filter does not fit in the " +
               std::to_string(p.input_height + pad.top + pad.bottom) + "×" +
               std::to_string(p.input_width + pad.left + pad.right) +
               " padded input: use a smaller filter, or more padding";
    return std::nullopt;
}

std::optional<std::string> ConvGeometry::warning() const {
    if (!is_valid())
        return std::nullopt;
    const AxisGeometry r = rows();
    const AxisGeometry c = columns();
    const Padding& pad = padding_;
    if (pad.top < r.effective_filter() && pad.bottom < r.effective_filter() &&
        pad.left < c.effective_filter() && pad.right < c.effective_filter())
        return std::nullopt;
    const std::int64_t onlyRows = padding_only_outputs(r);
    const std::int64_t onlyColumns = padding_only_outputs(c);
    const std::int64_t outputs = std::int64_t{r.output()} * c.output();
    const std::int64_t wasted =
        onlyRows * c.output() + onlyColumns * r.output() - onlyRows * onlyColumns;
    const std::string filter =
        std::to_string(r.effective_filter()) + "×" + std::to_string(c.effective_filter());
    std::string text = "Padding as wide as the " + filter + " filter or wider: ";
    if (wasted > 0)
        text += std::to_string(wasted) + " of the " + std::to_string(outputs) +
                " outputs see only padding, never a pixel of the image, so with zero padding they "
                "are 0 whatever the image holds: work spent on nothing.";
    else
        text += "with this stride no output sees only padding, but the padded rows and columns "
                "make the output larger without adding anything from the image.";
    return text + " PyTorch and TensorFlow allow it; padding smaller than the filter avoids the "
                  "waste.";
}

std::vector<int> ConvGeometry::unreached_rows() const {
    return is_valid() ? unreached_on_axis(rows()) : std::vector<int>{};
}

std::vector<int> ConvGeometry::unreached_columns() const {
    return is_valid() ? unreached_on_axis(columns()) : std::vector<int>{};
}

std::string ConvGeometry::unreached_description() const {
    if (!is_valid())
        return {};
    const std::vector<int> rows = unreached_rows();
    const std::vector<int> columns = unreached_columns();
    if (rows.empty() && columns.empty())
        return "Every input pixel is under the filter at some step.";
    std::string what;
    if (!rows.empty())
        what = list_positions("row", "rows", rows);
    if (!columns.empty())
        what += (what.empty() ? "" : " or ") + list_positions("column", "columns", columns);
    std::string why = "stride " + pair_text(params_.stride_y, params_.stride_x);
    if (params_.dilation_y > 1 || params_.dilation_x > 1)
        why += " and dilation " + pair_text(params_.dilation_y, params_.dilation_x);
    return "With " + why + ", the filter never reaches " + what +
           " of the input (counting from 1): those pixels have no effect on the output.";
}

std::string ConvGeometry::width_formula() const {
    return axis_formula("w", columns());
}

std::string ConvGeometry::height_formula() const {
    return axis_formula("h", rows());
}

} // namespace convsight::conv
