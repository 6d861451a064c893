// The kernel the Filter workspace applies, as a value: size, the values of each colour channel
// with their divisor, the offset and the border mode. The editor's undo commands keep copies of
// it; the operations here are the arithmetic of the editor's buttons, apart from any widget.
#pragma once

#include "conv/KernelPresets.h"

#include <array>
#include <string>
#include <vector>

namespace convsight::conv {

struct KernelModel {
    static constexpr int kMaxSize = 9;  // rows and columns are 1..9 (odd or even)
    static constexpr int kChannels = 3; // R, G, B

    // One channel's kernel: the values as typed and the divisor they are divided by.
    struct Channel {
        Matrix values{{1}};
        double divisor{1};
        bool operator==(const Channel&) const = default;
    };

    // All three have the same size. With one kernel for all channels (per_channel false) the
    // three are equal copies, so channels[c] is always the kernel that filters image channel c.
    std::array<Channel, kChannels> channels{};
    bool per_channel{false};
    double offset{0}; // added to every output value after the division, in the image's units
    compute::BorderMode border{compute::BorderMode::Reflect};
    std::string preset_id; // the preset this still is unchanged ("sobel-x"); empty when edited
    std::string name;      // the preset's or the file's name; empty for a kernel typed by hand

    bool operator==(const KernelModel&) const = default;

    // A single kernel for all channels; `values` must be rectangular and 1..9 × 1..9.
    static KernelModel from_matrix(const Matrix& values, double divisor = 1);
    static KernelModel from_preset(const KernelPreset& preset);

    int rows() const { return static_cast<int>(channels[0].values.size()); }
    int columns() const { return static_cast<int>(channels[0].values[0].size()); }
    // The channels an edit of channel `channel` changes: all three with one kernel for all,
    // otherwise that one.
    std::vector<int> edited_channels(int channel) const;

    // values / divisor of image channel `channel`, row-major (rows, columns).
    std::vector<float> weights(int channel) const;
    // Σ values of a channel (before the divisor).
    double sum(int channel) const;

    // Sets one value (in every channel it is shared with).
    void set_value(int channel, int row, int column, double value);
    // New size, the values kept around the anchor cell (rows/2, columns/2), the cell the output
    // pixel sits under: growing adds zeros around it, shrinking drops the outer cells. Going
    // 3 → 4 → 3 gives back the same kernel.
    void resize(int rows, int columns);
    void transpose(); // every channel: rows become columns
    void flip();      // every channel turned 180°: cross-correlation with it is convolution
    void negate(int channel); // every value × −1
    void clear(int channel);  // every value 0, divisor 1
    // The first channel whose values sum to 0 (no divisor makes them sum to 1), or −1.
    int zero_sum_channel() const;
    // Sets each channel's divisor to the sum of its values so the weights sum to 1. Returns false
    // and changes nothing when zero_sum_channel() is not −1.
    bool normalise();
    // One kernel for all channels: every channel becomes channel `from`. Per channel: unchanged
    // values, from then on edited one at a time.
    void set_per_channel(bool per_channel, int from);
};

} // namespace convsight::conv
