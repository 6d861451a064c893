// open_dataset: a data set by the name a user types (in the CLI's --dataset, the Train
// workspace's list): "shapes", "fashion-mnist", "mnist", "cifar10:DIR", or a folder's path.
#pragma once

#include "data/Dataset.h"

#include <stdexcept>
#include <string>

namespace convsight::data {

// A spec that names no data set open_dataset knows; what() lists the choices.
class UnknownDatasetSpec : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

// Where Debian's dataset-fashion-mnist installs the four files, and where "mnist" looks.
inline constexpr const char* kFashionMnistFolder = "/usr/share/datasets/fashion-mnist";
inline constexpr const char* kMnistFolder = "/usr/share/datasets/mnist";

// The specs open_dataset reads, for usage messages.
std::string dataset_spec_help();

// "shapes": 6000 training and 1000 test images of six shapes, 28×28 grey (seed 0).
// "fashion-mnist" and "mnist": the IDX files in kFashionMnistFolder / kMnistFolder.
// "cifar10:DIR": the CIFAR-10 binary batches in DIR.
// A folder's path: the IDX files (MNIST's names, digits as classes) or CIFAR-10 batches in it.
// Throws std::runtime_error saying what to install or where to put the files when a data set is
// missing, and UnknownDatasetSpec listing the choices for a spec it does not know.
DatasetSplit open_dataset(const std::string& spec);

} // namespace convsight::data
