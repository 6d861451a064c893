// IdxDataset: images and labels in the IDX format of MNIST and Fashion-MNIST (an idx3 file of
// N×rows×columns unsigned bytes and an idx1 file of N labels), gzip-compressed (.gz) or raw.
#pragma once

#include "data/Dataset.h"

#include <cstdint>
#include <string>
#include <vector>

namespace convsight::data {

// Fashion-MNIST's ten classes, in label order.
const std::vector<std::string>& fashion_mnist_class_names();
// "0" … "9".
const std::vector<std::string>& digit_class_names();

// The file names of MNIST and Fashion-MNIST, without the ".gz" they usually carry.
inline constexpr const char* kIdxTrainImages = "train-images-idx3-ubyte";
inline constexpr const char* kIdxTrainLabels = "train-labels-idx1-ubyte";
inline constexpr const char* kIdxTestImages = "t10k-images-idx3-ubyte";
inline constexpr const char* kIdxTestLabels = "t10k-labels-idx1-ubyte";

class IdxDataset final : public Dataset {
public:
    // Reads both files whole (each .gz or raw: the content decides, not the name). Examples are
    // (1, rows, columns) with values scaled to [0,1]. Throws std::runtime_error naming the file
    // for a missing or unreadable file, a wrong magic number, a header that claims more items than
    // the file holds (checked before anything that size is allocated), bytes left over after the
    // items, a truncated or corrupt .gz, image and label counts that differ, and a label outside
    // [0, class_names.size()).
    IdxDataset(std::string name, const std::string& images_path, const std::string& labels_path,
               std::vector<std::string> class_names);

    std::string name() const override { return name_; }
    std::int64_t size() const override { return count_; }
    Shape example_shape() const override { return {1, rows_, columns_}; }
    const std::vector<std::string>& class_names() const override { return class_names_; }
    int label(std::int64_t index) const override;
    void read(std::int64_t index, float* out) const override;

private:
    std::string name_;
    std::vector<std::string> class_names_;
    std::int64_t count_{};
    std::int64_t rows_{};
    std::int64_t columns_{};
    std::vector<std::uint8_t> pixels_; // count × rows × columns
    std::vector<std::uint8_t> labels_;
};

// The train (60000 in MNIST) and test (t10k) parts of the four IDX files in `folder`, each found
// with or without ".gz". `title` names the data set in messages and titles ("Fashion-MNIST").
// Throws std::runtime_error listing the files it looked for when one is missing.
DatasetSplit open_idx_folder(const std::string& folder, const std::string& title,
                             const std::vector<std::string>& class_names);
// Whether `folder` holds the training images of an IDX data set (with or without ".gz").
bool holds_idx_files(const std::string& folder);

} // namespace convsight::data
