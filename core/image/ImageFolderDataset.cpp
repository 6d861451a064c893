// ImageFolderDataset: every image is decoded and resized once, when the data set is opened, so
// that read() only scales bytes (and is thread-safe without locks).
#include "image/ImageFolderDataset.h"

#include "data/Cifar10Dataset.h"
#include "data/IdxDataset.h"
#include "data/OpenDataset.h"
#include "data/Random.h"
#include "data/Views.h"
#include "image/ImageIO.h"
#include "image/PhotoInput.h"
#include "image/TensorMat.h"
#include "io/Limits.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <numeric>
#include <opencv2/imgproc.hpp>
#include <stdexcept>

namespace convsight::image {

namespace fs = std::filesystem;

namespace {

bool is_hidden(const fs::path& path) {
    return path.filename().string().starts_with('.');
}

// The subfolders of `folder` that are not hidden, sorted by name.
std::vector<fs::path> class_folders(const fs::path& folder) {
    std::vector<fs::path> folders;
    std::error_code error;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder, error))
        if (entry.is_directory(error) && !is_hidden(entry.path()))
            folders.push_back(entry.path());
    std::sort(folders.begin(), folders.end());
    return folders;
}

// The image files in `folder`, sorted by name.
std::vector<fs::path> image_files(const fs::path& folder) {
    std::vector<fs::path> files;
    std::error_code error;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder, error))
        if (entry.is_regular_file(error) && !is_hidden(entry.path()) &&
            is_image_file_name(entry.path().filename().string()))
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

// "pets" for "data/pets/" or "data/pets".
std::string folder_name(const std::string& folder) {
    fs::path path = fs::path(folder).lexically_normal();
    if (!path.has_filename())
        path = path.parent_path();
    return path.filename().string();
}

} // namespace

bool is_image_file_name(const std::string& name) {
    std::string extension = fs::path(name).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const char* known : {".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp", ".pgm",
                              ".ppm", ".pbm", ".pnm"})
        if (extension == known)
            return true;
    return false;
}

ImageFolderDataset::ImageFolderDataset(const std::string& folder, const ImageFolderOptions& options)
    : name_(folder_name(folder))
    , options_(options) {
    if (options_.width < 1 || options_.height < 1)
        throw std::invalid_argument("ImageFolderDataset: the image size must be at least 1×1, "
                                    "not " +
                                    std::to_string(options_.width) + "×" +
                                    std::to_string(options_.height));
    // The size comes from a network's input: checked before any image is scaled to it.
    io::limits::check_at_most(options_.width, io::limits::max_extent, "image folder: the width");
    io::limits::check_at_most(options_.height, io::limits::max_extent, "image folder: the height");
    io::limits::check_at_most(std::int64_t{options_.width} * options_.height,
                              io::limits::max_image_pixels, "image folder: the pixels per image");
    std::error_code error;
    if (!fs::is_directory(folder, error))
        throw std::runtime_error(folder + ": no such folder");
    const std::vector<fs::path> classes = class_folders(folder);
    if (classes.size() < 2)
        throw std::runtime_error(folder +
                                 ": an image folder needs one subfolder per class, and "
                                 "at least two classes; it has " +
                                 std::to_string(classes.size()));
    const cv::Size size(options_.width, options_.height);
    for (const fs::path& class_folder : classes) {
        const std::vector<fs::path> files = image_files(class_folder);
        if (files.empty())
            throw std::runtime_error(class_folder.string() +
                                     ": the class folder holds no images (.png, .jpg, …)");
        if (const auto count = static_cast<std::int64_t>(files_.size() + files.size());
            count > io::limits::max_examples)
            throw std::runtime_error(folder + ": " + std::to_string(count) +
                                     " images, more than the limit of " +
                                     std::to_string(io::limits::max_examples) + " examples");
        const int label = static_cast<int>(class_names_.size());
        class_names_.push_back(class_folder.filename().string());
        for (const fs::path& file : files) {
            cv::Mat image = load_image(file.string()); // 8-bit grey or BGR
            image = with_channels(image, options_.grey ? 1 : 3);
            const bool shrinking = image.cols > size.width || image.rows > size.height;
            if (image.size() != size)
                cv::resize(image, image, size, 0, 0, shrinking ? cv::INTER_AREA : cv::INTER_LINEAR);
            // mat_to_tensor gives the planar RGB layout of every tensor, with values 0..255.
            const std::vector<float> values = mat_to_tensor(image).to_vector();
            for (const float v : values)
                pixels_.push_back(static_cast<std::uint8_t>(v));
            files_.push_back(file.string());
            labels_.push_back(label);
        }
    }
}

data::Shape ImageFolderDataset::example_shape() const {
    return {options_.grey ? 1 : 3, options_.height, options_.width};
}

int ImageFolderDataset::label(std::int64_t index) const {
    return labels_.at(static_cast<std::size_t>(index));
}

const std::string& ImageFolderDataset::file(std::int64_t index) const {
    return files_.at(static_cast<std::size_t>(index));
}

void ImageFolderDataset::read(std::int64_t index, float* out) const {
    if (index < 0 || index >= size())
        throw std::out_of_range(name_ + ": example " + std::to_string(index) + " of " +
                                std::to_string(size()));
    const std::int64_t n = data::shape_numel(example_shape());
    const std::uint8_t* pixels = pixels_.data() + index * n;
    for (std::int64_t i = 0; i < n; ++i)
        out[i] = static_cast<float>(pixels[i]) * (1.0f / 255.0f);
}

data::DatasetSplit open_image_folder(const std::string& folder, const ImageFolderOptions& options) {
    if (!(options.test_fraction > 0.0 && options.test_fraction < 1.0))
        throw std::invalid_argument("open_image_folder: the test fraction must be between 0 and 1, "
                                    "not " +
                                    std::to_string(options.test_fraction));
    const auto all = std::make_shared<ImageFolderDataset>(folder, options);
    // Per class, so that both parts hold every class in the folder's proportions.
    std::vector<std::vector<std::int64_t>> by_class(all->class_names().size());
    for (std::int64_t i = 0; i < all->size(); ++i)
        by_class[static_cast<std::size_t>(all->label(i))].push_back(i);
    std::vector<std::int64_t> train, test;
    for (std::size_t c = 0; c < by_class.size(); ++c) {
        std::vector<std::int64_t>& members = by_class[c];
        std::mt19937_64 rng(data::mix_seed(options.seed, c));
        data::shuffle_with(rng, members);
        const auto test_count = static_cast<std::size_t>(
            std::llround(static_cast<double>(members.size()) * options.test_fraction));
        test.insert(test.end(), members.begin(), members.begin() + static_cast<long>(test_count));
        train.insert(train.end(), members.begin() + static_cast<long>(test_count), members.end());
    }
    if (train.empty() || test.empty())
        throw std::runtime_error(folder + ": " + std::to_string(all->size()) +
                                 " images are too few to split into train and test parts");
    std::sort(train.begin(), train.end());
    std::sort(test.begin(), test.end());
    return {std::make_shared<data::Subset>(all, std::move(train), all->name() + " (train)"),
            std::make_shared<data::Subset>(all, std::move(test), all->name() + " (test)")};
}

bool holds_class_folders(const std::string& folder) {
    for (const fs::path& class_folder : class_folders(folder))
        if (!image_files(class_folder).empty())
            return true;
    return false;
}

std::string dataset_spec_help() {
    return data::dataset_spec_help() + ", or a folder with one subfolder of images per class";
}

data::DatasetSplit open_dataset(const std::string& spec, const ImageFolderOptions& options) {
    std::error_code error;
    if (fs::is_directory(spec, error) && !data::holds_idx_files(spec) &&
        !data::holds_cifar10_batches(spec)) {
        if (!holds_class_folders(spec))
            throw std::runtime_error(spec + ": the folder holds no IDX files, no CIFAR-10 batches "
                                            "and no subfolders of images (one per class)");
        return open_image_folder(spec, options);
    }
    try {
        return data::open_dataset(spec);
    } catch (const data::UnknownDatasetSpec&) {
        throw data::UnknownDatasetSpec("unknown data set '" + spec + "': choose " +
                                       dataset_spec_help());
    }
}

ImageFolderOptions folder_options_for(const data::Shape& example_shape) {
    ImageFolderOptions options;
    if (example_shape.size() == 3 && (example_shape[0] == 1 || example_shape[0] == 3) &&
        example_shape[1] > 0 && example_shape[2] > 0 && example_shape[1] <= 4096 &&
        example_shape[2] <= 4096) {
        options.grey = example_shape[0] == 1;
        options.height = static_cast<int>(example_shape[1]);
        options.width = static_cast<int>(example_shape[2]);
    }
    return options;
}

TrainingData open_training_data(const std::string& spec, data::ChannelStats stats,
                                std::int64_t limit, const ImageFolderOptions& folder) {
    TrainingData opened;
    opened.raw = open_dataset(spec, folder);
    if (limit > 0 && limit < opened.raw.train->size()) {
        std::vector<std::int64_t> first(static_cast<std::size_t>(limit));
        std::iota(first.begin(), first.end(), std::int64_t{0});
        opened.raw.train = std::make_shared<data::Subset>(opened.raw.train, std::move(first),
                                                          opened.raw.train->name() + ", first " +
                                                              std::to_string(limit));
    }
    opened.stats = stats.mean.empty() ? data::compute_channel_stats(*opened.raw.train) : stats;
    opened.normalised.train = std::make_shared<data::Normalized>(opened.raw.train, opened.stats);
    opened.normalised.test = std::make_shared<data::Normalized>(opened.raw.test, opened.stats);
    return opened;
}

void permute_training_data(TrainingData& opened, std::uint64_t seed) {
    opened.raw = data::permute_pixels(opened.raw, seed);
    opened.normalised = data::permute_pixels(opened.normalised, seed);
    opened.pixel_permutation_seed = seed;
}

} // namespace convsight::image
