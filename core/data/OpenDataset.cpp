// open_dataset: the names users type, mapped to the loaders of this folder.
#include "data/OpenDataset.h"

#include "data/Cifar10Dataset.h"
#include "data/IdxDataset.h"
#include "data/SyntheticShapes.h"

#include <filesystem>
#include <stdexcept>

namespace convsight::data {

namespace fs = std::filesystem;

namespace {

std::string idx_file_list() {
    return std::string(kIdxTrainImages) + ".gz, " + kIdxTrainLabels + ".gz, " + kIdxTestImages +
           ".gz and " + kIdxTestLabels + ".gz";
}

// "fashion" for "data/fashion/" or "data/fashion": what titles call a folder's data set.
std::string folder_title(const std::string& folder) {
    fs::path path = fs::path(folder).lexically_normal();
    if (!path.has_filename())
        path = path.parent_path();
    return path.filename().string();
}

bool is_folder(const std::string& path) {
    std::error_code error;
    return fs::is_directory(path, error);
}

} // namespace

std::string dataset_spec_help() {
    return "shapes (generated, needs nothing), fashion-mnist (from " +
           std::string(kFashionMnistFolder) + "), mnist (from " + kMnistFolder +
           "), cifar10:DIR (CIFAR-10's binary batches in DIR), or the path of a folder holding "
           "IDX files or CIFAR-10 batches";
}

DatasetSplit open_dataset(const std::string& spec) {
    if (spec == "shapes")
        return make_shapes();
    if (spec == "fashion-mnist") {
        if (!holds_idx_files(kFashionMnistFolder))
            throw std::runtime_error(
                "Fashion-MNIST is not installed: install Debian's dataset-fashion-mnist package "
                "(scripts/setup.sh does), which puts it in " +
                std::string(kFashionMnistFolder) + ", or give the path of a folder holding " +
                idx_file_list());
        return open_idx_folder(kFashionMnistFolder, "Fashion-MNIST", fashion_mnist_class_names());
    }
    if (spec == "mnist") {
        if (!holds_idx_files(kMnistFolder))
            throw std::runtime_error("MNIST is not installed: put " + idx_file_list() + " in " +
                                     kMnistFolder + ", or in any folder and give its path");
        return open_idx_folder(kMnistFolder, "MNIST", digit_class_names());
    }
    if (spec == "cifar10")
        throw std::invalid_argument("cifar10 needs the folder of its binary batches: cifar10:DIR");
    if (spec.starts_with("cifar10:")) {
        const std::string folder = spec.substr(8);
        if (!is_folder(folder))
            throw std::runtime_error(folder + ": no such folder (cifar10:DIR names the folder of "
                                              "data_batch_1.bin … test_batch.bin)");
        return open_cifar10_folder(folder);
    }
    if (is_folder(spec)) {
        if (holds_idx_files(spec))
            return open_idx_folder(spec, folder_title(spec), digit_class_names());
        if (holds_cifar10_batches(spec))
            return open_cifar10_folder(spec);
        throw std::runtime_error(spec + ": the folder holds neither IDX files (" + idx_file_list() +
                                 ") nor CIFAR-10 batches (data_batch_1.bin … "
                                 "test_batch.bin)");
    }
    throw UnknownDatasetSpec("unknown data set '" + spec + "': choose " + dataset_spec_help());
}

} // namespace convsight::data
