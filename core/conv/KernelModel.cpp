// KernelModel's operations: centred resize, transpose, flip, negate, clear, normalise.
#include "conv/KernelModel.h"

#include <algorithm>
#include <cmath>

namespace convsight::conv {

KernelModel KernelModel::from_matrix(const Matrix& values, double divisor) {
    KernelModel model;
    for (Channel& channel : model.channels)
        channel = Channel{values, divisor};
    return model;
}

KernelModel KernelModel::from_preset(const KernelPreset& preset) {
    KernelModel model = from_matrix(preset.matrix, preset.divisor);
    model.preset_id = preset.id;
    model.name = preset.name;
    return model;
}

std::vector<int> KernelModel::edited_channels(int channel) const {
    if (per_channel)
        return {std::clamp(channel, 0, kChannels - 1)};
    return {0, 1, 2};
}

std::vector<float> KernelModel::weights(int channel) const {
    const Channel& kernel = channels[std::clamp(channel, 0, kChannels - 1)];
    std::vector<float> result;
    result.reserve(static_cast<std::size_t>(rows() * columns()));
    for (const auto& row : kernel.values)
        for (const double value : row)
            result.push_back(static_cast<float>(value / kernel.divisor));
    return result;
}

double KernelModel::sum(int channel) const {
    double total = 0;
    for (const auto& row : channels[std::clamp(channel, 0, kChannels - 1)].values)
        for (const double value : row)
            total += value;
    return total;
}

void KernelModel::set_value(int channel, int row, int column, double value) {
    for (const int c : edited_channels(channel))
        channels[c].values.at(row).at(column) = value;
}

void KernelModel::resize(int newRows, int newColumns) {
    newRows = std::clamp(newRows, 1, kMaxSize);
    newColumns = std::clamp(newColumns, 1, kMaxSize);
    const int oldRows = rows(), oldColumns = columns();
    // The anchor moves from (rows/2, columns/2) to (newRows/2, newColumns/2).
    const int shiftY = newRows / 2 - oldRows / 2;
    const int shiftX = newColumns / 2 - oldColumns / 2;
    for (Channel& channel : channels) {
        Matrix resized(newRows, std::vector<double>(newColumns, 0.0));
        for (int y = 0; y < newRows; ++y)
            for (int x = 0; x < newColumns; ++x) {
                const int oldY = y - shiftY, oldX = x - shiftX;
                if (oldY >= 0 && oldY < oldRows && oldX >= 0 && oldX < oldColumns)
                    resized[y][x] = channel.values[oldY][oldX];
            }
        channel.values = std::move(resized);
    }
}

void KernelModel::transpose() {
    const int oldRows = rows(), oldColumns = columns();
    for (Channel& channel : channels) {
        Matrix transposed(oldColumns, std::vector<double>(oldRows));
        for (int y = 0; y < oldRows; ++y)
            for (int x = 0; x < oldColumns; ++x)
                transposed[x][y] = channel.values[y][x];
        channel.values = std::move(transposed);
    }
}

void KernelModel::flip() {
    for (Channel& channel : channels) {
        std::reverse(channel.values.begin(), channel.values.end());
        for (auto& row : channel.values)
            std::reverse(row.begin(), row.end());
    }
}

void KernelModel::negate(int channel) {
    for (const int c : edited_channels(channel))
        for (auto& row : channels[c].values)
            for (double& value : row)
                value = value == 0 ? 0 : -value;
}

void KernelModel::clear(int channel) {
    for (const int c : edited_channels(channel)) {
        for (auto& row : channels[c].values)
            std::fill(row.begin(), row.end(), 0.0);
        channels[c].divisor = 1;
    }
}

int KernelModel::zero_sum_channel() const {
    for (int c = 0; c < kChannels; ++c)
        if (std::abs(sum(c)) < 1e-12)
            return c;
    return -1;
}

bool KernelModel::normalise() {
    if (zero_sum_channel() >= 0)
        return false;
    for (int c = 0; c < kChannels; ++c)
        channels[c].divisor = sum(c);
    return true;
}

void KernelModel::set_per_channel(bool on, int from) {
    if (!on) {
        const Channel source = channels[std::clamp(from, 0, kChannels - 1)];
        channels.fill(source);
    }
    per_channel = on;
}

} // namespace convsight::conv
