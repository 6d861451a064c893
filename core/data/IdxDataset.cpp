// IdxDataset: reads IDX files through zlib's gzread, which also reads uncompressed files as they
// are, so one path serves "train-images-idx3-ubyte.gz" and "train-images-idx3-ubyte".
#include "data/IdxDataset.h"

#include "io/Limits.h"
#include "io/TranslationMark.h" // the GUI translates the texts marked here

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <utility>
#include <zlib.h>

namespace convsight::data {

namespace fs = std::filesystem;

namespace {

// The bytes a few at a time from an IDX file, compressed or not, with errors that name the file.
class IdxReader {
public:
    explicit IdxReader(std::string path)
        : path_(std::move(path)) {
        std::error_code error;
        if (!fs::is_regular_file(path_, error))
            throw std::runtime_error(path_ + ": no such file");
        file_ = gzopen(path_.c_str(), "rb");
        if (file_ == nullptr)
            throw std::runtime_error(path_ + ": cannot open the file (" + std::strerror(errno) +
                                     ")");
    }
    ~IdxReader() { gzclose(file_); }
    IdxReader(const IdxReader&) = delete;
    IdxReader& operator=(const IdxReader&) = delete;

    bool compressed() const { return gzdirect(file_) == 0; }

    // Reads up to `count` bytes; fewer only where the data ends. A .gz that ends before its
    // trailer or fails its checksum throws.
    std::size_t read(std::uint8_t* out, std::size_t count) {
        std::size_t done = 0;
        while (done < count) {
            const auto chunk = static_cast<unsigned>(std::min<std::size_t>(count - done, 1u << 30));
            const int got = gzread(file_, out + done, chunk);
            if (got <= 0) {
                int status = Z_OK;
                std::string message = gzerror(file_, &status);
                // zlib names the file itself: "PATH: unexpected end of file".
                if (message.starts_with(path_ + ": "))
                    message.erase(0, path_.size() + 2);
                if (got < 0 || status != Z_OK)
                    throw std::runtime_error(path_ +
                                             ": the compressed data is truncated or corrupt "
                                             "(zlib: " +
                                             message + ")");
                break;
            }
            done += static_cast<std::size_t>(got);
        }
        return done;
    }

private:
    std::string path_;
    gzFile file_{};
};

// "1F 8B 08 00"
std::string hex_bytes(const std::uint8_t* bytes, std::size_t count) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string text;
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0)
            text.push_back(' ');
        text.push_back(kDigits[bytes[i] >> 4]);
        text.push_back(kDigits[bytes[i] & 15]);
    }
    return text;
}

// `value` from the header of `path` against `limit`, the refusal naming both the file and the
// limit.
void check_header_value(const std::string& path, std::int64_t value, std::int64_t limit,
                        const std::string& what) {
    try {
        io::limits::check_at_most(value, limit, what);
    } catch (const std::invalid_argument& error) {
        throw std::runtime_error(path + ": " + error.what());
    }
}

// One IDX file of unsigned bytes: its dimensions and its items, row-major.
struct IdxContent {
    std::vector<std::int64_t> dims;
    std::vector<std::uint8_t> bytes;
};

// `what` names the items in messages ("images", "labels"); `rank` is the number of dimensions the
// file must have (3 for images, 1 for labels).
IdxContent read_idx(const std::string& path, int rank, const std::string& what) {
    IdxReader reader(path);
    std::array<std::uint8_t, 4> magic{};
    if (reader.read(magic.data(), magic.size()) < magic.size())
        throw std::runtime_error(path + ": too short to be an IDX file");
    const std::string expected = "00 00 08 0" + std::to_string(rank);
    if (magic[0] != 0 || magic[1] != 0 || magic[3] < 1 || magic[3] > 4)
        throw std::runtime_error(path + ": not an IDX file (it starts with " +
                                 hex_bytes(magic.data(), 4) + ", an IDX file of " + what +
                                 " starts with " + expected + ")");
    if (magic[2] != 0x08)
        throw std::runtime_error(path + ": IDX values of type 0x" + hex_bytes(&magic[2], 1) +
                                 " are not supported: ConvSight reads unsigned bytes (type 0x08)");
    if (magic[3] != rank)
        throw std::runtime_error(path + ": an IDX file with " + std::to_string(magic[3]) +
                                 " dimensions, but " + what + " need " + std::to_string(rank) +
                                 (rank == 3 ? " (count, rows, columns)" : " (count)"));

    IdxContent content;
    std::vector<std::uint8_t> header(4 * static_cast<std::size_t>(rank));
    if (reader.read(header.data(), header.size()) < header.size())
        throw std::runtime_error(path + ": the file ends inside its header");
    for (int d = 0; d < rank; ++d) {
        const std::uint8_t* b = &header[4 * static_cast<std::size_t>(d)];
        content.dims.push_back(std::int64_t{b[0]} << 24 | std::int64_t{b[1]} << 16 |
                               std::int64_t{b[2]} << 8 | std::int64_t{b[3]});
    }
    // Each size is below 2^32; each is checked before any product, so no product overflows.
    const std::int64_t count = content.dims[0];
    check_header_value(path, count, io::limits::max_examples, "the header's count of " + what);
    std::int64_t item_bytes = 1;
    for (int d = 1; d < rank; ++d) {
        const std::int64_t extent = content.dims[static_cast<std::size_t>(d)];
        check_header_value(path, extent, io::limits::max_extent,
                           d == 1 ? "the header's rows" : "the header's columns");
        item_bytes *= extent;
    }
    if (count == 0 || item_bytes == 0)
        throw std::runtime_error(path + ": the header describes no " + what +
                                 " (a dimension is 0)");
    if (rank == 3)
        check_header_value(path, item_bytes, io::limits::max_image_pixels,
                           "the header's " + std::to_string(content.dims[1]) + "×" +
                               std::to_string(content.dims[2]) + " pixels per image");
    const std::int64_t payload = count * item_bytes; // at most 2^26 · 2^28: no overflow

    std::string claim = "the header claims " + std::to_string(count) + " " + what;
    if (rank == 3)
        claim += " of " + std::to_string(content.dims[1]) + "×" + std::to_string(content.dims[2]);
    claim += " (" + std::to_string(payload) + " bytes)";
    const auto header_bytes = static_cast<std::int64_t>(4 + header.size());
    if (!reader.compressed()) {
        // An uncompressed file says its size: refuse a false count before allocating anything.
        const auto file_bytes = static_cast<std::int64_t>(fs::file_size(path));
        if (file_bytes - header_bytes < payload)
            throw std::runtime_error(path + ": " + claim + ", but the file holds only " +
                                     std::to_string(file_bytes - header_bytes) +
                                     " bytes after the header");
    }
    // A .gz only says how much it holds by being read: grow the buffer with the data actually
    // there, so a header claiming 10^9 images costs no more memory than the file's real content.
    constexpr std::int64_t kChunk = std::int64_t{1} << 22;
    std::int64_t done = 0;
    while (done < payload) {
        const std::int64_t want = std::min(kChunk, payload - done);
        content.bytes.resize(static_cast<std::size_t>(done + want));
        const auto got = static_cast<std::int64_t>(
            reader.read(content.bytes.data() + done, static_cast<std::size_t>(want)));
        done += got;
        if (got < want)
            throw std::runtime_error(path + ": " + claim + ", but the file holds only " +
                                     std::to_string(done) + " bytes after the header");
    }
    std::uint8_t extra = 0;
    if (reader.read(&extra, 1) != 0)
        throw std::runtime_error(
            path + ": " + claim +
            ", but the file holds more bytes after them: is the header right?");
    return content;
}

} // namespace

const std::vector<std::string>& fashion_mnist_class_names() {
    static const std::vector<std::string> names{
        QT_TRANSLATE_NOOP("core", "T-shirt/top"), QT_TRANSLATE_NOOP("core", "Trouser"),
        QT_TRANSLATE_NOOP("core", "Pullover"),    QT_TRANSLATE_NOOP("core", "Dress"),
        QT_TRANSLATE_NOOP("core", "Coat"),        QT_TRANSLATE_NOOP("core", "Sandal"),
        QT_TRANSLATE_NOOP("core", "Shirt"),       QT_TRANSLATE_NOOP("core", "Sneaker"),
        QT_TRANSLATE_NOOP("core", "Bag"),         QT_TRANSLATE_NOOP("core", "Ankle boot")};
    return names;
}

const std::vector<std::string>& digit_class_names() {
    static const std::vector<std::string> names{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
    return names;
}

IdxDataset::IdxDataset(std::string name, const std::string& images_path,
                       const std::string& labels_path, std::vector<std::string> class_names)
    : name_(std::move(name))
    , class_names_(std::move(class_names)) {
    if (class_names_.empty())
        throw std::invalid_argument("IdxDataset: " + name_ + " needs at least one class name");
    IdxContent images = read_idx(images_path, 3, "images");
    IdxContent labels = read_idx(labels_path, 1, "labels");
    if (images.dims[0] != labels.dims[0])
        throw std::runtime_error(images_path + " holds " + std::to_string(images.dims[0]) +
                                 " images but " + labels_path + " holds " +
                                 std::to_string(labels.dims[0]) +
                                 " labels: they must be the same count");
    for (std::size_t i = 0; i < labels.bytes.size(); ++i)
        if (labels.bytes[i] >= class_names_.size())
            throw std::runtime_error(labels_path + ": label " + std::to_string(labels.bytes[i]) +
                                     " of item " + std::to_string(i) + " is outside 0 to " +
                                     std::to_string(class_names_.size() - 1) + " (" + name_ +
                                     " has " + std::to_string(class_names_.size()) + " classes)");
    count_ = images.dims[0];
    rows_ = images.dims[1];
    columns_ = images.dims[2];
    pixels_ = std::move(images.bytes);
    labels_ = std::move(labels.bytes);
}

int IdxDataset::label(std::int64_t index) const {
    return labels_.at(static_cast<std::size_t>(index));
}

void IdxDataset::read(std::int64_t index, float* out) const {
    if (index < 0 || index >= count_)
        throw std::out_of_range(name_ + ": example " + std::to_string(index) + " of " +
                                std::to_string(count_));
    const std::int64_t n = rows_ * columns_;
    const std::uint8_t* pixels = pixels_.data() + index * n;
    for (std::int64_t i = 0; i < n; ++i)
        out[i] = static_cast<float>(pixels[i]) * (1.0f / 255.0f);
}

namespace {

// `folder`/`name`.gz, else `folder`/`name`, else empty.
std::string find_idx_file(const std::string& folder, const std::string& name) {
    for (const std::string& candidate : {name + ".gz", name}) {
        const fs::path path = fs::path(folder) / candidate;
        std::error_code error;
        if (fs::is_regular_file(path, error))
            return path.string();
    }
    return {};
}

} // namespace

bool holds_idx_files(const std::string& folder) {
    return !find_idx_file(folder, kIdxTrainImages).empty();
}

DatasetSplit open_idx_folder(const std::string& folder, const std::string& title,
                             const std::vector<std::string>& class_names) {
    std::vector<std::string> paths;
    std::string missing;
    for (const char* name : {kIdxTrainImages, kIdxTrainLabels, kIdxTestImages, kIdxTestLabels}) {
        paths.push_back(find_idx_file(folder, name));
        if (paths.back().empty())
            missing += std::string(missing.empty() ? "" : ", ") + name + "[.gz]";
    }
    if (!missing.empty())
        throw std::runtime_error(folder + ": " + title + " needs the four IDX files; missing " +
                                 missing);
    return {std::make_shared<IdxDataset>(title + " (train)", paths[0], paths[1], class_names),
            std::make_shared<IdxDataset>(title + " (test)", paths[2], paths[3], class_names)};
}

} // namespace convsight::data
