// The classic image-processing kernels, shared by the Step-through and Filter workspaces and the
// CLI: each with its matrix, its normalisation divisor and a short explanation of what it does and
// why.
#pragma once

#include "conv/ConvTrace.h"

#include <string>
#include <string_view>
#include <vector>

namespace convsight::conv {

struct KernelPreset {
    std::string id;          // stable, lowercase with dashes: "box-blur", "sobel-x"
    std::string name;        // for menus: "Box blur"
    Matrix matrix;           // the integers as printed in textbooks
    double divisor{1};       // the weights applied are matrix / divisor (9 for the box blur)
    std::string explanation; // one or two sentences: what it does and why

    // matrix / divisor: the weights a convolution uses.
    Matrix weights() const;
    // Σ weights(): 1 for blurs, sharpen and emboss (brightness kept), 0 for edge detectors.
    double weight_sum() const;
};

// All presets, in menu order: identity, box-blur, gaussian-3x3, gaussian-5x5, sharpen, edge,
// ridge, sobel-x, sobel-y, prewitt-x, prewitt-y, emboss, horizontal-edge, motion-blur,
// unsharp-mask-5x5.
const std::vector<KernelPreset>& kernel_presets();

// The preset with this id; throws std::invalid_argument naming the unknown id and listing the ids.
const KernelPreset& kernel_preset(std::string_view id);

// "identity, box-blur, …": the ids for help texts and error messages.
std::string kernel_preset_ids();

} // namespace convsight::conv
