// Cifar10Dataset: CIFAR-10's binary batches (data_batch_1.bin … data_batch_5.bin, test_batch.bin):
// records of 3073 bytes, a label byte then 32×32 red, 32×32 green and 32×32 blue bytes.
#pragma once

#include "data/Dataset.h"

#include <cstdint>
#include <string>
#include <vector>

namespace convsight::data {

inline constexpr std::int64_t kCifarSide = 32;
inline constexpr std::int64_t kCifarRecordBytes = 1 + 3 * kCifarSide * kCifarSide; // 3073

// "airplane", "automobile", … "truck": CIFAR-10's classes in label order.
const std::vector<std::string>& cifar10_class_names();

class Cifar10Dataset final : public Dataset {
public:
    // Reads the batch files in order, one data set of their records. Examples are (3, 32, 32) RGB
    // scaled to [0,1]. Throws std::runtime_error naming the file for a missing or unreadable one,
    // a size that is not a whole number of 3073-byte records, and a label outside the class names.
    Cifar10Dataset(std::string name, const std::vector<std::string>& batch_paths,
                   std::vector<std::string> class_names);

    std::string name() const override { return name_; }
    std::int64_t size() const override { return count_; }
    Shape example_shape() const override { return {3, kCifarSide, kCifarSide}; }
    const std::vector<std::string>& class_names() const override { return class_names_; }
    int label(std::int64_t index) const override;
    void read(std::int64_t index, float* out) const override;

private:
    std::string name_;
    std::vector<std::string> class_names_;
    std::int64_t count_{};
    std::vector<std::uint8_t> records_; // count × 3073 bytes, as in the files
};

// The train part (data_batch_1.bin … data_batch_5.bin, those present, at least one) and the test
// part (test_batch.bin) of the batches in `folder`, or in its "cifar-10-batches-bin" subfolder
// (the archive's layout). Class names come from batches.meta.txt when it is there. Throws
// std::runtime_error saying which files it looked for when they are missing.
DatasetSplit open_cifar10_folder(const std::string& folder);
// Whether `folder` (or its "cifar-10-batches-bin" subfolder) holds CIFAR-10 batches.
bool holds_cifar10_batches(const std::string& folder);

} // namespace convsight::data
