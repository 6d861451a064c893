// The shape arithmetic of one convolution: output size, SAME padding, and why a setting is invalid.
#include "conv/ConvGeometry.h"

#include <algorithm>

namespace convsight::conv {
namespace {

std::string axisFormula(const char* name, const AxisGeometry& axis) {
    const std::string w = std::to_string(axis.input);
    const std::string s = std::to_string(axis.stride);
    std::string f = std::to_string(axis.filter);
    if (axis.dilation != 1) // the dilated extent replaces f
        f = "(" + std::to_string(axis.dilation) + "·(" + f + " − 1) + 1)";
    std::string padding;
    if (axis.padBefore == axis.padAfter)
        padding = "2·" + std::to_string(axis.padBefore);
    else
        padding = std::to_string(axis.padBefore) + " + " + std::to_string(axis.padAfter);
    const std::string numerator = w + " − " + f + " + " + padding;
    // A stride below 1 is invalid (whyInvalid() says so), but the formula is still shown: no % 0.
    const bool exact =
        axis.stride < 1 ||
        (axis.input + axis.padBefore + axis.padAfter - axis.effectiveFilter()) % axis.stride == 0;
    std::string text = std::string(name) + "' = ";
    text += exact || axis.stride == 1 ? "(" + numerator + ") / " + s + " + 1"
                                      : "⌊(" + numerator + ") / " + s + "⌋ + 1";
    return text + " = " + std::to_string(axis.output());
}

} // namespace

int AxisGeometry::output() const {
    const int span = input + padBefore + padAfter - effectiveFilter();
    if (span < 0 || stride < 1)
        return 0;
    return span / stride + 1;
}

int ConvGeometry::samePaddingTotal(int input, int effectiveFilter, int stride) {
    const int outputSize = (input + stride - 1) / stride;
    return std::max((outputSize - 1) * stride + effectiveFilter - input, 0);
}

ConvGeometry::ConvGeometry(const Params& params)
    : params_(params) {
    switch (params.mode) {
    case PaddingMode::Valid:
        break;
    case PaddingMode::Explicit:
        padding_ = params.explicitPadding;
        break;
    case PaddingMode::Same: {
        if (params.strideY < 1 || params.strideX < 1)
            break; // whyInvalid() reports it; no padding can be resolved
        const int rowsTotal = samePaddingTotal(
            params.inputHeight, params.dilationY * (params.kernelHeight - 1) + 1, params.strideY);
        const int colsTotal = samePaddingTotal(
            params.inputWidth, params.dilationX * (params.kernelWidth - 1) + 1, params.strideX);
        padding_ = Padding{rowsTotal / 2, rowsTotal - rowsTotal / 2, colsTotal / 2,
                           colsTotal - colsTotal / 2};
        break;
    }
    }
}

AxisGeometry ConvGeometry::rows() const {
    return {params_.inputHeight, params_.kernelHeight, params_.strideY,
            params_.dilationY,   padding_.top,         padding_.bottom};
}

AxisGeometry ConvGeometry::columns() const {
    return {params_.inputWidth, params_.kernelWidth, params_.strideX,
            params_.dilationX,  padding_.left,       padding_.right};
}

std::optional<std::string> ConvGeometry::whyInvalid() const {
    const Params& p = params_;
    if (p.inputHeight < 1 || p.inputWidth < 1)
        return "the input must be at least 1×1 pixel";
    if (p.kernelHeight < 1 || p.kernelWidth < 1)
        return "the filter must be at least 1×1";
    if (p.strideY < 1 || p.strideX < 1)
        return "the stride must be at least 1: it is how far the filter moves each step";
    if (p.dilationY < 1 || p.dilationX < 1)
        return "the dilation must be at least 1 (1 means no gaps between filter taps)";
    const Padding& pad = padding_;
    if (pad.top < 0 || pad.bottom < 0 || pad.left < 0 || pad.right < 0)
        return "padding cannot be negative";
    const AxisGeometry r = rows();
    const AxisGeometry c = columns();
    if (pad.top >= r.effectiveFilter() || pad.bottom >= r.effectiveFilter() ||
        pad.left >= c.effectiveFilter() || pad.right >= c.effectiveFilter())
        return "padding as wide as the filter would give outputs that see only padding; use "
               "less padding than the filter size";
    if (r.output() < 1 || c.output() < 1)
        return "the " + std::to_string(r.effectiveFilter()) + "×" +
               std::to_string(c.effectiveFilter()) + " filter does not fit in the " +
               std::to_string(p.inputHeight + pad.top + pad.bottom) + "×" +
               std::to_string(p.inputWidth + pad.left + pad.right) +
               " padded input: use a smaller filter, or more padding";
    return std::nullopt;
}

std::string ConvGeometry::widthFormula() const {
    return axisFormula("w", columns());
}

std::string ConvGeometry::heightFormula() const {
    return axisFormula("h", rows());
}

} // namespace convsight::conv
