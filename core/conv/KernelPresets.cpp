// The preset table: textbook kernels with their divisors and explanations (sums checked by
// tests/core/conv/tst_kernelpresets.cpp).
#include "conv/KernelPresets.h"

#include "io/TranslationMark.h" // the GUI translates the texts marked here

#include <stdexcept>

namespace convsight::conv {

Matrix KernelPreset::weights() const {
    Matrix result = matrix;
    for (auto& row : result)
        for (double& value : row)
            value /= divisor;
    return result;
}

double KernelPreset::weight_sum() const {
    double sum = 0;
    for (const auto& row : weights())
        for (const double value : row)
            sum += value;
    return sum;
}

const std::vector<KernelPreset>& kernel_presets() {
    static const std::vector<KernelPreset> presets = {
        {"identity",
         QT_TRANSLATE_NOOP("core", "Identity"),
         {{0, 0, 0}, {0, 1, 0}, {0, 0, 0}},
         1,
         QT_TRANSLATE_NOOP("core",
                           "Copies each pixel unchanged: only the centre weight is 1. A good start "
                           "for seeing how stride and padding alone change the output.")},
        {"box-blur",
         QT_TRANSLATE_NOOP("core", "Box blur"),
         {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}},
         9,
         QT_TRANSLATE_NOOP(
             "core",
             "Replaces each pixel by the average of its 3×3 neighbourhood. The weights sum to 1, "
             "so flat areas keep their brightness while noise and fine detail are smoothed away.")},
        {"gaussian-3x3",
         QT_TRANSLATE_NOOP("core", "Gaussian blur 3×3"),
         {{1, 2, 1}, {2, 4, 2}, {1, 2, 1}},
         16,
         QT_TRANSLATE_NOOP("core", "A weighted average that trusts the centre most, falling off "
                                   "like a bell curve. It blurs more naturally than the box blur, "
                                   "without its blocky artefacts; the weights sum to 1.")},
        {"gaussian-5x5",
         QT_TRANSLATE_NOOP("core", "Gaussian blur 5×5"),
         {{1, 4, 6, 4, 1},
          {4, 16, 24, 16, 4},
          {6, 24, 36, 24, 6},
          {4, 16, 24, 16, 4},
          {1, 4, 6, 4, 1}},
         256,
         QT_TRANSLATE_NOOP("core",
                           "A wider Gaussian (binomial weights 1 4 6 4 1 in each direction): a "
                           "stronger, smooth blur. The weights sum to 1, so brightness is kept.")},
        {"sharpen",
         QT_TRANSLATE_NOOP("core", "Sharpen"),
         {{0, -1, 0}, {-1, 5, -1}, {0, -1, 0}},
         1,
         QT_TRANSLATE_NOOP("core", "Adds to each pixel its difference from its four neighbours "
                                   "(the identity plus the ridge kernel), so edges get more "
                                   "contrast. The weights sum to 1: flat areas stay the same.")},
        {"edge",
         QT_TRANSLATE_NOOP("core", "Edge detection (8-neighbour)"),
         {{-1, -1, -1}, {-1, 8, -1}, {-1, -1, -1}},
         1,
         QT_TRANSLATE_NOOP(
             "core",
             "The lecture's edge kernel: the centre minus its eight neighbours. The weights sum to "
             "0, so flat areas become 0 and only places where the brightness changes light up.")},
        {"ridge",
         QT_TRANSLATE_NOOP("core", "Ridge detection (4-neighbour)"),
         {{0, -1, 0}, {-1, 4, -1}, {0, -1, 0}},
         1,
         QT_TRANSLATE_NOOP("core", "The centre minus its four direct neighbours (a discrete "
                                   "Laplacian). It responds to thin lines and edges in every "
                                   "direction; flat areas give 0 because the weights sum to 0.")},
        {"sobel-x",
         QT_TRANSLATE_NOOP("core", "Sobel x (vertical edges)"),
         {{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}},
         1,
         QT_TRANSLATE_NOOP("core", "Right column minus left column, with the middle row counted "
                                   "twice: it measures how fast the brightness grows from left to "
                                   "right, so vertical edges light up. Weights sum to 0.")},
        {"sobel-y",
         QT_TRANSLATE_NOOP("core", "Sobel y (horizontal edges)"),
         {{-1, -2, -1}, {0, 0, 0}, {1, 2, 1}},
         1,
         QT_TRANSLATE_NOOP(
             "core",
             "Bottom row minus top row, the middle column counted twice: it measures how fast the "
             "brightness grows downwards, so horizontal edges light up. Weights sum to 0.")},
        {"prewitt-x",
         QT_TRANSLATE_NOOP("core", "Prewitt x (vertical edges)"),
         {{-1, 0, 1}, {-1, 0, 1}, {-1, 0, 1}},
         1,
         QT_TRANSLATE_NOOP("core",
                           "Like Sobel x but with equal weights: right column minus left column. "
                           "Simpler, a little more sensitive to noise. Weights sum to 0.")},
        {"prewitt-y",
         QT_TRANSLATE_NOOP("core", "Prewitt y (horizontal edges)"),
         {{-1, -1, -1}, {0, 0, 0}, {1, 1, 1}},
         1,
         QT_TRANSLATE_NOOP(
             "core",
             "Like Sobel y but with equal weights: bottom row minus top row. Weights sum to 0.")},
        {"emboss",
         QT_TRANSLATE_NOOP("core", "Emboss"),
         {{-2, -1, 0}, {-1, 1, 1}, {0, 1, 2}},
         1,
         QT_TRANSLATE_NOOP("core", "Differences along the diagonal, plus the pixel itself: edges "
                                   "facing one way get brighter and the other way darker, so the "
                                   "image looks pressed into metal. Weights sum to 1.")},
        {"horizontal-edge",
         QT_TRANSLATE_NOOP("core", "Horizontal edge (lecture)"),
         {{1, 1, 1}, {0, 0, 0}, {-1, -1, -1}},
         1,
         QT_TRANSLATE_NOOP(
             "core",
             "The lecture's kernel: the row above minus the row below. It is large where the image "
             "is brighter above than below, i.e. on horizontal edges; weights sum to 0.")},
        {"motion-blur",
         QT_TRANSLATE_NOOP("core", "Motion blur"),
         {{1, 0, 0, 0, 0}, {0, 1, 0, 0, 0}, {0, 0, 1, 0, 0}, {0, 0, 0, 1, 0}, {0, 0, 0, 0, 1}},
         5,
         QT_TRANSLATE_NOOP("core",
                           "Averages five pixels along a diagonal line, as if the camera moved "
                           "during the exposure. The blur has a direction; the weights sum to 1.")},
        {"unsharp-mask-5x5",
         QT_TRANSLATE_NOOP("core", "Unsharp mask 5×5"),
         {{-1, -4, -6, -4, -1},
          {-4, -16, -24, -16, -4},
          {-6, -24, 476, -24, -6},
          {-4, -16, -24, -16, -4},
          {-1, -4, -6, -4, -1}},
         256,
         QT_TRANSLATE_NOOP("core",
                           "Twice the image minus its 5×5 Gaussian blur (−1/256 × the Gaussian "
                           "with −476 in the centre): the detail the blur removes is added back, "
                           "sharpening without the noise of the 3×3 kernel. Weights sum to 1.")},
    };
    return presets;
}

std::string kernel_preset_ids() {
    std::string ids;
    for (const KernelPreset& preset : kernel_presets())
        ids += (ids.empty() ? "" : ", ") + preset.id;
    return ids;
}

const KernelPreset& kernel_preset(std::string_view id) {
    for (const KernelPreset& preset : kernel_presets())
        if (preset.id == id)
            return preset;
    throw std::invalid_argument(")there is no kernel preset called \"" + std::string(id) +
                                "\"; the presets are: " + kernel_preset_ids());
}

} // namespace convsight::conv
