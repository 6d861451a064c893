// Cifar10Dataset: the batch files are read whole and kept as bytes (150 MB for the training set),
// and scaled to floats one example at a time.
#include "data/Cifar10Dataset.h"

#include "io/Limits.h"
#include "io/TranslationMark.h" // the GUI translates the texts marked here

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <utility>

namespace convsight::data {

namespace fs = std::filesystem;

const std::vector<std::string>& cifar10_class_names() {
    static const std::vector<std::string> names{
        QT_TRANSLATE_NOOP("core", "airplane"), QT_TRANSLATE_NOOP("core", "automobile"),
        QT_TRANSLATE_NOOP("core", "bird"),     QT_TRANSLATE_NOOP("core", "cat"),
        QT_TRANSLATE_NOOP("core", "deer"),     QT_TRANSLATE_NOOP("core", "dog"),
        QT_TRANSLATE_NOOP("core", "frog"),     QT_TRANSLATE_NOOP("core", "horse"),
        QT_TRANSLATE_NOOP("core", "ship"),     QT_TRANSLATE_NOOP("core", "truck")};
    return names;
}

Cifar10Dataset::Cifar10Dataset(std::string name, const std::vector<std::string>& batch_paths,
                               std::vector<std::string> class_names)
    : name_(std::move(name))
    , class_names_(std::move(class_names)) {
    if (class_names_.empty())
        throw std::invalid_argument("Cifar10Dataset: " + name_ + " needs at least one class name");
    if (batch_paths.empty())
        throw std::invalid_argument("Cifar10Dataset: " + name_ + " needs at least one batch file");
    for (const std::string& path : batch_paths) {
        std::error_code error;
        if (!fs::is_regular_file(path, error))
            throw std::runtime_error(path + ": no such file");
        const auto bytes = static_cast<std::int64_t>(fs::file_size(path));
        if (bytes == 0 || bytes % kCifarRecordBytes != 0)
            throw std::runtime_error(path + ": " + std::to_string(bytes) +
                                     " bytes is not a whole number of CIFAR-10 records (3073 "
                                     "bytes each: a label and 32×32×3 pixels)");
        // Every batch counts towards one data set's limit, checked before its bytes are read.
        const std::int64_t records =
            static_cast<std::int64_t>(records_.size()) / kCifarRecordBytes +
            bytes / kCifarRecordBytes;
        if (records > io::limits::max_examples)
            throw std::runtime_error(path + ": " + std::to_string(records) +
                                     " records in the data set so far, more than the limit of " +
                                     std::to_string(io::limits::max_examples) + " examples");
        const std::size_t start = records_.size();
        records_.resize(start + static_cast<std::size_t>(bytes));
        std::ifstream file(path, std::ios::binary);
        if (!file.read(reinterpret_cast<char*>(records_.data() + start), bytes))
            throw std::runtime_error(path + ": cannot read the file (" + std::strerror(errno) +
                                     ")");
        for (std::int64_t r = 0; r < bytes / kCifarRecordBytes; ++r) {
            const std::uint8_t label =
                records_[start + static_cast<std::size_t>(r * kCifarRecordBytes)];
            if (label >= class_names_.size())
                throw std::runtime_error(path + ": label " + std::to_string(label) + " of record " +
                                         std::to_string(r) + " is outside 0 to " +
                                         std::to_string(class_names_.size() - 1) + " (" +
                                         std::to_string(class_names_.size()) + " classes)");
        }
    }
    count_ = static_cast<std::int64_t>(records_.size()) / kCifarRecordBytes;
}

int Cifar10Dataset::label(std::int64_t index) const {
    if (index < 0 || index >= count_)
        throw std::out_of_range(name_ + ": example " + std::to_string(index) + " of " +
                                std::to_string(count_));
    return records_[static_cast<std::size_t>(index * kCifarRecordBytes)];
}

void Cifar10Dataset::read(std::int64_t index, float* out) const {
    if (index < 0 || index >= count_)
        throw std::out_of_range(name_ + ": example " + std::to_string(index) + " of " +
                                std::to_string(count_));
    // The record's pixels are already planar RGB, the tensor's CHW order.
    const std::uint8_t* pixels = records_.data() + index * kCifarRecordBytes + 1;
    for (std::int64_t i = 0; i < kCifarRecordBytes - 1; ++i)
        out[i] = static_cast<float>(pixels[i]) * (1.0f / 255.0f);
}

namespace {

// `folder`, or its "cifar-10-batches-bin" subfolder when the batches are there.
fs::path batches_folder(const std::string& folder) {
    const fs::path nested = fs::path(folder) / "cifar-10-batches-bin";
    std::error_code error;
    return fs::is_directory(nested, error) ? nested : fs::path(folder);
}

bool is_file(const fs::path& path) {
    std::error_code error;
    return fs::is_regular_file(path, error);
}

// batches.meta.txt: one class name a line (blank lines ignored), or the standard ten without it.
std::vector<std::string> read_class_names(const fs::path& folder) {
    std::ifstream file(folder / "batches.meta.txt");
    if (!file)
        return cifar10_class_names();
    std::vector<std::string> names;
    for (std::string line; std::getline(file, line);) {
        const auto first = line.find_first_not_of(" \t\r");
        if (first == std::string::npos)
            continue;
        names.push_back(line.substr(first, line.find_last_not_of(" \t\r") - first + 1));
    }
    if (names.empty())
        throw std::runtime_error((folder / "batches.meta.txt").string() + ": holds no class names");
    return names;
}

} // namespace

bool holds_cifar10_batches(const std::string& folder) {
    const fs::path dir = batches_folder(folder);
    return is_file(dir / "test_batch.bin") || is_file(dir / "data_batch_1.bin");
}

DatasetSplit open_cifar10_folder(const std::string& folder) {
    const fs::path dir = batches_folder(folder);
    std::vector<std::string> train;
    for (int i = 1; i <= 5; ++i) {
        const fs::path path = dir / ("data_batch_" + std::to_string(i) + ".bin");
        if (is_file(path))
            train.push_back(path.string());
    }
    const fs::path test = dir / "test_batch.bin";
    if (train.empty() || !is_file(test))
        throw std::runtime_error(dir.string() +
                                 ": CIFAR-10 needs data_batch_1.bin (… data_batch_5.bin) and "
                                 "test_batch.bin, the binary version's files");
    const std::vector<std::string> names = read_class_names(dir);
    return {std::make_shared<Cifar10Dataset>("CIFAR-10 (train)", train, names),
            std::make_shared<Cifar10Dataset>("CIFAR-10 (test)", std::vector{test.string()}, names)};
}

} // namespace convsight::data
