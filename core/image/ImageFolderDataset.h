// ImageFolderDataset: a folder with one subfolder of images per class ("cats/", "dogs/"), read
// through OpenCV and resized, split into train and test parts; and open_dataset, which adds such
// folders to the specs data::open_dataset reads.
#pragma once

#include "data/Dataset.h"
#include "data/Views.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace convsight::image {

struct ImageFolderOptions {
    int width{28}; // every image is resized to width × height pixels
    int height{28};
    bool grey{true};           // 1 channel; false for 3 (RGB)
    double test_fraction{0.2}; // of every class's images, rounded
    std::uint64_t seed{0};     // which images go to the test part
};

// The image files ConvSight reads from a class folder, by extension (case ignored).
bool is_image_file_name(const std::string& name);

// Every image of the class subfolders of `folder` (sorted by name; the subfolder names are the
// class names; hidden folders and files that are not images are ignored), resized (area average
// when shrinking) and kept as 8-bit pixels; values are read as [0,1].
class ImageFolderDataset final : public data::Dataset {
public:
    // Throws std::runtime_error naming the folder when it is missing or has fewer than two class
    // subfolders or a class subfolder without images, ImageError naming the file for an image
    // OpenCV cannot read, and std::invalid_argument for a size below 1.
    ImageFolderDataset(const std::string& folder, const ImageFolderOptions& options);

    std::string name() const override { return name_; }
    std::int64_t size() const override { return static_cast<std::int64_t>(labels_.size()); }
    data::Shape example_shape() const override;
    const std::vector<std::string>& class_names() const override { return class_names_; }
    int label(std::int64_t index) const override;
    void read(std::int64_t index, float* out) const override;

    // The file example `index` was read from.
    const std::string& file(std::int64_t index) const;

private:
    std::string name_;
    ImageFolderOptions options_;
    std::vector<std::string> class_names_;
    std::vector<std::string> files_;
    std::vector<int> labels_;
    std::vector<std::uint8_t> pixels_; // size() × C × H × W, CHW
};

// The folder's images split per class into "NAME (train)" and "NAME (test)" with
// options.test_fraction of each class in the test part (chosen from options.seed). Throws what
// ImageFolderDataset throws, and std::runtime_error when a part would be empty.
data::DatasetSplit open_image_folder(const std::string& folder,
                                     const ImageFolderOptions& options = {});

// Whether `folder` has a subfolder holding at least one image file.
bool holds_class_folders(const std::string& folder);

// data::dataset_spec_help() and image folders.
std::string dataset_spec_help();

// data::open_dataset(spec), and also a folder with one subfolder of images per class (when it
// holds no IDX files or CIFAR-10 batches). Throws data::UnknownDatasetSpec listing all the
// choices for a spec it does not know.
data::DatasetSplit open_dataset(const std::string& spec, const ImageFolderOptions& options = {});

// A data set opened for training or evaluation: as stored, and normalised per channel.
struct TrainingData {
    data::DatasetSplit raw;        // the values as stored (for showing examples)
    data::DatasetSplit normalised; // what the model sees: (x − mean[c]) / std[c]
    data::ChannelStats stats;
    // The seed of the one pixel order both parts are shown in (data::PixelPermuted, the
    // permutation experiment); none: the images as they are.
    std::optional<std::uint64_t> pixel_permutation_seed;
};

// `opened` with the pixels of every image, raw and normalised, train and test, put in the one
// order `seed` gives. The statistics stay: a permutation keeps each channel's values.
void permute_training_data(TrainingData& opened, std::uint64_t seed);

// open_dataset(spec, folder), the training set cut to its first `limit` examples when limit > 0,
// both parts normalised by `stats` or, when it is empty (no means), by the training set's own.
// `folder` sizes the images of a folder of photos (folder_options_for() the model's input).
// Throws what open_dataset throws, and std::invalid_argument for statistics that do not fit.
TrainingData open_training_data(const std::string& spec, data::ChannelStats stats = {},
                                std::int64_t limit = 0, const ImageFolderOptions& folder = {});

// How a folder of photos is read for a network taking `example_shape` (C, H, W): resized to W × H,
// grey for 1 channel, RGB for 3 (fine-tuning VGG-16 on your own photos: 224×224 RGB). Any other
// shape: the defaults (28×28 grey).
ImageFolderOptions folder_options_for(const data::Shape& example_shape);

} // namespace convsight::image
