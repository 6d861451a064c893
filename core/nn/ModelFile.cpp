// Model files (.csmodel) and JSON architectures: the byte layout and its CRC-32, the atomic write,
// the checks on reading (each naming the file and what is wrong), the optimizer's settings, and
// how each type of the layer schema (LayerSchema.h) turns its JSON settings into a layer.
#include "nn/ModelFile.h"

#include "io/Json.h"
#include "io/Limits.h"
#include "nn/Activations.h"
#include "nn/BatchNorm.h"
#include "nn/Conv2d.h"
#include "nn/Dense.h"
#include "nn/Dropout.h"
#include "nn/Flatten.h"
#include "nn/LayerSchema.h"
#include "nn/LayerSettings.h"
#include "nn/LocallyConnected2d.h"
#include "nn/Pad2d.h"
#include "nn/Pool2d.h"
#include "nn/Softmax.h"
#include "nn/Summary.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace convsight::nn {

using nlohmann::json;

std::uint32_t crc32(std::span<const unsigned char> bytes) {
    // The reflected polynomial 0xEDB88320, one table entry per byte value.
    static const std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t n = 0; n < 256; ++n) {
            std::uint32_t c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1u) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    std::uint32_t crc = 0xFFFFFFFFu;
    for (const unsigned char byte : bytes)
        crc = table[(crc ^ byte) & 0xFFu] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

namespace {

constexpr std::array<unsigned char, 8> kMagic = {'C', 'S', 'M', 'O', 'D', 'E', 'L', '\0'};
constexpr std::size_t kPreludeBytes = 8 + 4 + 8; // magic, format version (u32), header length (u64)
constexpr std::size_t kChecksumBytes = 4;

using Bytes = std::vector<unsigned char>;

// Little-endian integers and float32, whatever the host's byte order.
void append_u32(Bytes& out, std::uint32_t value) {
    for (int i = 0; i < 4; ++i)
        out.push_back(static_cast<unsigned char>(value >> (8 * i)));
}

void append_u64(Bytes& out, std::uint64_t value) {
    for (int i = 0; i < 8; ++i)
        out.push_back(static_cast<unsigned char>(value >> (8 * i)));
}

std::uint32_t read_u32(const unsigned char* in) {
    std::uint32_t value = 0;
    for (int i = 0; i < 4; ++i)
        value |= std::uint32_t{in[i]} << (8 * i);
    return value;
}

std::uint64_t read_u64(const unsigned char* in) {
    std::uint64_t value = 0;
    for (int i = 0; i < 8; ++i)
        value |= std::uint64_t{in[i]} << (8 * i);
    return value;
}

void append_floats(Bytes& out, const std::vector<float>& values) {
    for (const float v : values) {
        std::uint32_t bits;
        std::memcpy(&bits, &v, sizeof bits);
        append_u32(out, bits);
    }
}

void read_floats(const unsigned char* in, float* out, std::int64_t count) {
    for (std::int64_t i = 0; i < count; ++i) {
        const std::uint32_t bits = read_u32(in + 4 * i);
        std::memcpy(out + i, &bits, sizeof bits);
    }
}

// "conv1.weight/state0": slot i of a parameter's optimizer state in the tensor table.
std::string state_tensor_name(const std::string& parameter, std::size_t slot) {
    return parameter + "/state" + std::to_string(slot);
}

// SGD keeps a velocity, Adam two moments.
std::optional<std::size_t> state_slots(const std::string& type) {
    if (type == "sgd")
        return 1;
    if (type == "adam")
        return 2;
    return std::nullopt;
}

[[noreturn]] void fail(const std::string& path, const std::string& what) {
    throw ModelFileError(path + ": " + what);
}

std::string system_error_text(int error) {
    return std::strerror(error);
}

// Closes the file and removes the temporary name unless the write went through.
class TemporaryFile {
public:
    TemporaryFile(std::string path, int fd)
        : path_(std::move(path))
        , fd_(fd) {}
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    ~TemporaryFile() {
        if (fd_ >= 0)
            ::close(fd_);
        if (!committed_)
            ::unlink(path_.c_str());
    }
    int fd() const { return fd_; }
    const std::string& path() const { return path_; }
    // Closes the descriptor; returns false (errno set) when the last writes failed.
    bool close() {
        const int fd = fd_;
        fd_ = -1;
        return ::close(fd) == 0;
    }
    void commit() { committed_ = true; }

private:
    std::string path_;
    int fd_;
    bool committed_{false};
};

// Temporary file in the same folder, write, flush to the disk, rename over `path`: a reader sees
// the old file or the new one, never half of one. On failure the old file stays as it was.
void write_atomically(const std::string& path, const Bytes& bytes) {
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::error_code error;
    if (!fs::is_directory(folder, error))
        fail(path, "cannot write: the folder " + folder.string() + " does not exist");
    std::string temp_name = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(temp_name.data());
    if (fd < 0)
        fail(path,
             "cannot write into the folder " + folder.string() + ": " + system_error_text(errno));
    TemporaryFile temp(temp_name, fd);
    ::fchmod(fd, 0644); // mkstemp makes it 0600; a model file is as readable as any document

    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            fail(path, "cannot write: " + system_error_text(errno));
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || !temp.close())
        fail(path, "cannot write: " + system_error_text(errno));
    if (::rename(temp.path().c_str(), path.c_str()) != 0) {
        const int rename_error = errno;
        if (fs::is_directory(target, error))
            fail(path, "is a folder; give a file name such as model.csmodel");
        fail(path, "cannot write: " + system_error_text(rename_error));
    }
    temp.commit();
    // The rename itself reaches the disk with the folder's entry (best effort: not every file
    // system lets a folder be synced).
    const int folder_fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
    if (folder_fd >= 0) {
        ::fsync(folder_fd);
        ::close(folder_fd);
    }
}

// The whole file; says which of missing, a folder, unreadable or empty it is.
// A model file mapped read-only. Pages already read can be handed back to the system (release()),
// so loading a model needs little more memory than its tensors (VGG-16: 553 MB, not twice that).
class MappedFile {
public:
    explicit MappedFile(const std::string& path) {
        namespace fs = std::filesystem;
        std::error_code error;
        const fs::file_status status = fs::status(path, error);
        if (!fs::exists(status))
            fail(path, "no such file");
        if (fs::is_directory(status))
            fail(path, "is a folder, not a model file");
        const int fd = ::open(path.c_str(), O_RDONLY);
        if (fd < 0)
            fail(path, "cannot open: " + system_error_text(errno));
        struct stat info {};
        if (::fstat(fd, &info) != 0) {
            const int stat_error = errno;
            ::close(fd);
            fail(path, "cannot read: " + system_error_text(stat_error));
        }
        size_ = static_cast<std::size_t>(info.st_size);
        if (size_ == 0) {
            ::close(fd);
            fail(path, "the file is empty, not a model file");
        }
        void* data = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
        const int map_error = errno;
        ::close(fd);
        if (data == MAP_FAILED)
            fail(path, "cannot read: " + system_error_text(map_error));
        data_ = static_cast<const unsigned char*>(data);
    }
    ~MappedFile() { ::munmap(const_cast<unsigned char*>(data_), size_); }
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    std::span<const unsigned char> bytes() const { return {data_, size_}; }
    // Gives back the whole pages inside [begin, begin + length): read again only if touched.
    void release(const unsigned char* begin, std::size_t length) const {
        const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
        const auto first = (reinterpret_cast<std::uintptr_t>(begin) + page - 1) / page * page;
        const auto last = (reinterpret_cast<std::uintptr_t>(begin) + length) / page * page;
        if (last > first)
            ::madvise(reinterpret_cast<void*>(first), last - first, MADV_DONTNEED);
    }

private:
    const unsigned char* data_{};
    std::size_t size_{};
};

// One entry of the tensor table: where its values start in the data section, in floats.
struct TableEntry {
    Shape shape;
    std::int64_t offset{};
    bool used{false};
};

// The tensor table of a header, checked: names unique, shapes of positive sizes. nullopt with
// the reason in `why` when it is malformed.
std::optional<std::map<std::string, TableEntry>> read_table(const json& header, std::string& why,
                                                            std::int64_t& total_floats) {
    if (!header.is_object() || !header.contains("tensors") || !header["tensors"].is_array()) {
        why = "the header has no tensor table";
        return std::nullopt;
    }
    std::map<std::string, TableEntry> table;
    total_floats = 0;
    for (const json& entry : header["tensors"]) {
        if (!entry.is_object() || !entry.contains("name") || !entry["name"].is_string() ||
            !entry.contains("shape") || !entry["shape"].is_array()) {
            why = "an entry of the tensor table is not {\"name\": ..., \"shape\": [...]}: " +
                  io::json_excerpt(entry);
            return std::nullopt;
        }
        const std::string name = entry["name"].get<std::string>();
        Shape shape;
        std::int64_t numel = 1;
        for (const json& d : entry["shape"]) {
            if (!d.is_number_integer() || d.get<std::int64_t>() < 1 ||
                d.get<std::int64_t>() > kMaxTensorElements ||
                numel * d.get<std::int64_t>() > kMaxTensorElements) {
                why = "tensor \"" + name + "\" has an impossible shape " +
                      io::json_excerpt(entry["shape"]);
                return std::nullopt;
            }
            shape.push_back(d.get<std::int64_t>());
            numel *= shape.back();
        }
        if (!table.emplace(name, TableEntry{shape, total_floats}).second) {
            why = "tensor \"" + name + "\" appears twice in the tensor table";
            return std::nullopt;
        }
        total_floats += numel;
    }
    return table;
}

// --- JSON architectures -------------------------------------------------------------------

// The previous layer's output for one example; nullopt once a shape was impossible (the layers
// after it are still built, so Sequential can name the first impossible one).
using InputShape = std::optional<Shape>;

// Channels of an (C, H, W) or features of an (F) input; 1 when unknown (the shape check rejects
// the layer later with Sequential's message).
int leading_size(const InputShape& input) {
    if (!input || input->empty() || (*input)[0] > INT_MAX)
        return 1;
    return static_cast<int>((*input)[0]);
}

std::unique_ptr<Layer> conv2d_from(const LayerSettings& s, const InputShape& input) {
    Conv2dOptions o;
    o.in_channels = leading_size(input);
    o.out_channels = s.positive_int("filters");
    std::tie(o.kernel_height, o.kernel_width) = s.positive_pair("kernel");
    std::tie(o.stride_y, o.stride_x) = s.positive_pair("stride");
    o.padding = s.padding("padding");
    std::tie(o.dilation_y, o.dilation_x) = s.positive_pair("dilation");
    s.check_window({o.kernel_height, o.kernel_width}, {o.dilation_y, o.dilation_x});
    const bool channels_known = input && input->size() == 3;
    o.groups = s.groups(o.out_channels,
                        channels_known ? std::optional<std::int64_t>(o.in_channels) : std::nullopt);
    if (!channels_known)
        o.in_channels = o.groups; // built all the same; Sequential names the input's problem
    o.bias = s.flag("bias");
    s.check_size({o.out_channels, o.in_channels / o.groups, o.kernel_height, o.kernel_width},
                 "weight");
    return std::make_unique<Conv2d>(o);
}

std::unique_ptr<Layer> locally_connected_from(const LayerSettings& s, const InputShape& input) {
    LocallyConnected2dOptions o;
    o.filters = s.positive_int("filters");
    std::tie(o.kernel_height, o.kernel_width) = s.positive_pair("kernel");
    std::tie(o.stride_y, o.stride_x) = s.positive_pair("stride");
    o.bias = s.flag("bias");
    // It has weights for each position of the input it follows. Without a (C, H, W) one it is
    // sized for one window, and Sequential's shape check names the problem.
    o.in_height = o.kernel_height;
    o.in_width = o.kernel_width;
    if (input && input->size() == 3 && (*input)[1] <= INT_MAX && (*input)[2] <= INT_MAX) {
        o.in_channels = leading_size(input);
        o.in_height = static_cast<int>((*input)[1]);
        o.in_width = static_cast<int>((*input)[2]);
    }
    const std::int64_t rows = std::max(0, (o.in_height - o.kernel_height) / o.stride_y + 1);
    const std::int64_t columns = std::max(0, (o.in_width - o.kernel_width) / o.stride_x + 1);
    s.check_size({rows, columns, o.filters, o.in_channels, o.kernel_height, o.kernel_width},
                 "weight");
    return std::make_unique<LocallyConnected2d>(o);
}

std::unique_ptr<Layer> pool_from(const LayerSettings& s, compute::PoolKind kind) {
    Pool2dOptions o;
    std::tie(o.window_y, o.window_x) = s.positive_pair("size");
    std::tie(o.stride_y, o.stride_x) = s.positive_pair("stride", std::pair{o.window_y, o.window_x});
    o.padding = s.padding("padding");
    if (kind == compute::PoolKind::Average)
        o.count_include_pad = s.flag("count_include_pad");
    if (kind == compute::PoolKind::Max)
        return std::make_unique<MaxPool2d>(o);
    return std::make_unique<AvgPool2d>(o);
}

std::unique_ptr<Layer> dense_from(const LayerSettings& s, const InputShape& input) {
    const int units = s.positive_int("units");
    const bool bias = s.flag("bias");
    // (F) after a Flatten; anything else is rejected by Dense's shape check, which says so.
    const int in_features = input && input->size() == 1 ? leading_size(input) : 1;
    s.check_size({units, in_features}, "weight");
    return std::make_unique<Dense>(in_features, units, bias);
}

std::unique_ptr<Layer> batchnorm_from(const LayerSettings& s, const InputShape& input) {
    // Four tensors of one value per channel (or feature, after a Flatten).
    check_limit(leading_size(input), io::limits::max_extent, s.context() + ": its channels");
    s.check_size({2, leading_size(input)}, "scale and shift");
    return std::make_unique<BatchNorm>(leading_size(input), s.number("momentum"), s.number("eps"));
}

std::unique_ptr<Layer> pad_from(const LayerSettings& s, const InputShape&) {
    if (!s.has("padding"))
        s.reject("'padding' must be a number of pixels or [top, bottom, left, right] (it is "
                 "missing)");
    const PaddingSpec padding = s.padding("padding");
    if (padding.mode != conv::PaddingMode::Explicit)
        s.reject("'padding' must be a number of pixels or [top, bottom, left, right], not " +
                 io::json_excerpt(padding.config()));
    compute::ops::PadParams p;
    p.top = padding.sides.top, p.bottom = padding.sides.bottom;
    p.left = padding.sides.left, p.right = padding.sides.right;
    p.mode = *pad_mode_from_name(s.choice("mode"));
    p.value = s.number("value");
    return std::make_unique<Pad2d>(p);
}

// A layer the schema gives no settings.
template <typename LayerClass>
std::unique_ptr<Layer> without_settings(const LayerSettings&, const InputShape&) {
    return std::make_unique<LayerClass>();
}

using LayerBuilder = std::function<std::unique_ptr<Layer>(const LayerSettings&, const InputShape&)>;

// How each type of the schema (LayerSchema.h) becomes a layer; its settings and their defaults are
// the schema's.
const std::map<std::string, LayerBuilder, std::less<>>& layer_builders() {
    static const std::map<std::string, LayerBuilder, std::less<>> builders = {
        {"conv2d", conv2d_from},
        {"locally_connected2d", locally_connected_from},
        {"maxpool", [](const LayerSettings& s,
                       const InputShape&) { return pool_from(s, compute::PoolKind::Max); }},
        {"avgpool", [](const LayerSettings& s,
                       const InputShape&) { return pool_from(s, compute::PoolKind::Average); }},
        {"dense", dense_from},
        {"relu", without_settings<ReLU>},
        {"leaky_relu",
         [](const LayerSettings& s, const InputShape&) -> std::unique_ptr<Layer> {
             return std::make_unique<LeakyReLU>(s.number("alpha"));
         }},
        {"sigmoid", without_settings<Sigmoid>},
        {"tanh", without_settings<Tanh>},
        {"batchnorm", batchnorm_from},
        {"dropout",
         [](const LayerSettings& s, const InputShape&) -> std::unique_ptr<Layer> {
             if (!s.has("p"))
                 s.reject("'p' must be a number in [0, 1) (it is missing)");
             return std::make_unique<Dropout>(s.number("p"));
         }},
        {"flatten", without_settings<Flatten>},
        {"pad", pad_from},
        {"softmax", without_settings<Softmax>},
        {"log_softmax", without_settings<LogSoftmax>},
    };
    return builders;
}

Shape with_batch(const Shape& example) {
    Shape shape{1};
    shape.insert(shape.end(), example.begin(), example.end());
    return shape;
}

float setting(const json& settings, const char* key, float fallback) {
    if (!settings.contains(key))
        return fallback;
    if (!settings[key].is_number())
        throw std::invalid_argument(std::string("optimizer: '") + key + "' must be a number, not " +
                                    io::json_excerpt(settings[key]));
    if (!std::isfinite(settings[key].get<double>()) ||
        std::fabs(settings[key].get<double>()) > FLT_MAX)
        throw std::invalid_argument(std::string("optimizer: '") + key +
                                    "' must be a number within float's range (±3.4e38), not " +
                                    io::json_excerpt(settings[key]));
    return settings[key].get<float>();
}

} // namespace

// --- optimizers --------------------------------------------------------------------------

std::unique_ptr<Optimizer> make_optimizer(const json& settings,
                                          std::vector<Parameter*> parameters) {
    if (!settings.is_object() || !settings.contains("type") || !settings["type"].is_string())
        throw std::invalid_argument("optimizer: the settings need a \"type\" (\"sgd\" or "
                                    "\"adam\"), got " +
                                    io::json_excerpt(settings));
    const std::string type = settings["type"].get<std::string>();
    const auto allow_only = [&](std::initializer_list<const char*> keys) {
        for (const auto& item : settings.items()) {
            const std::string& key = item.key();
            if (key != "type" && key != "steps" &&
                std::none_of(keys.begin(), keys.end(), [&](const char* k) { return key == k; }))
                throw std::invalid_argument("optimizer " + type + ": unknown setting '" + key +
                                            "'");
        }
    };
    int steps = 0;
    if (settings.contains("steps")) {
        const json& value = settings["steps"];
        if (!value.is_number_integer() || value.get<std::int64_t>() < 0 ||
            value.get<std::int64_t>() > INT_MAX)
            throw std::invalid_argument("optimizer: 'steps' must be a whole number of at least 0, "
                                        "not " +
                                        io::json_excerpt(value));
        steps = value.get<int>();
    }

    // The constructors clear the state slots (a new optimizer starts from zero momentum); a
    // resumed one keeps what the parameters carry.
    std::vector<std::vector<Tensor>> kept;
    for (const Parameter* p : parameters)
        kept.push_back(p ? p->state : std::vector<Tensor>{});
    std::unique_ptr<Optimizer> optimizer;
    if (type == "sgd") {
        allow_only({"lr", "momentum", "weight_decay"});
        const SGDOptions defaults;
        optimizer = std::make_unique<SGD>(
            parameters, SGDOptions{setting(settings, "lr", defaults.lr),
                                   setting(settings, "momentum", defaults.momentum),
                                   setting(settings, "weight_decay", defaults.weight_decay)});
    } else if (type == "adam") {
        allow_only({"lr", "beta1", "beta2", "eps", "weight_decay"});
        const AdamOptions defaults;
        optimizer = std::make_unique<Adam>(
            parameters, AdamOptions{setting(settings, "lr", defaults.lr),
                                    setting(settings, "beta1", defaults.beta1),
                                    setting(settings, "beta2", defaults.beta2),
                                    setting(settings, "eps", defaults.eps),
                                    setting(settings, "weight_decay", defaults.weight_decay)});
    } else {
        throw std::invalid_argument("optimizer: unknown type \"" + type +
                                    "\"; the optimizers are: sgd, adam");
    }
    for (std::size_t i = 0; i < parameters.size(); ++i)
        parameters[i]->state = std::move(kept[i]);
    optimizer->set_steps_taken(steps);
    return optimizer;
}

json optimizer_settings(const Optimizer& optimizer) {
    json settings;
    if (const auto* sgd = dynamic_cast<const SGD*>(&optimizer)) {
        const SGDOptions& o = sgd->options();
        settings = {{"type", "sgd"},
                    {"lr", json_number(o.lr)},
                    {"momentum", json_number(o.momentum)},
                    {"weight_decay", json_number(o.weight_decay)}};
    } else if (const auto* adam = dynamic_cast<const Adam*>(&optimizer)) {
        const AdamOptions& o = adam->options();
        settings = {{"type", "adam"},
                    {"lr", json_number(o.lr)},
                    {"beta1", json_number(o.beta1)},
                    {"beta2", json_number(o.beta2)},
                    {"eps", json_number(o.eps)},
                    {"weight_decay", json_number(o.weight_decay)}};
    } else {
        throw std::invalid_argument(optimizer.description() +
                                    ": only SGD and Adam can be saved in a model file");
    }
    settings["steps"] = optimizer.steps_taken();
    return settings;
}

// --- architectures -----------------------------------------------------------------------

json architecture_json(const Sequential& model) {
    if (model.input_shape().empty())
        throw std::invalid_argument(model.name() +
                                    ": an architecture needs the model's input shape; set it "
                                    "with set_input_shape()");
    if (model.size() == 0)
        throw std::invalid_argument(model.name() + ": an architecture needs at least one layer");
    json layers = json::array();
    std::set<std::string> taken;
    for (int i = 0; i < model.size(); ++i) {
        const Layer& layer = model.layer(i);
        json config = layer.config();
        // Sequential names an unnamed layer prefix1, prefix2, ... skipping taken names: a name
        // it would give again is left out of the file.
        std::string automatic;
        for (int number = 1; automatic.empty() || taken.count(automatic); ++number)
            automatic = layer.name_prefix() + std::to_string(number);
        if (layer.name() != automatic)
            config["name"] = layer.name();
        if (layer.frozen())
            config["frozen"] = true;
        taken.insert(layer.name());
        layers.push_back(std::move(config));
    }
    return {{"name", model.name()}, {"input", model.input_shape()}, {"layers", std::move(layers)}};
}

namespace {

// The architecture's "name" ("model" when absent), after checking it takes no unknown entry.
std::string architecture_name(const json& architecture) {
    if (!architecture.is_object())
        throw std::invalid_argument("the architecture must be a JSON object such as {\"input\": "
                                    "[1, 28, 28], \"layers\": [...]}, not " +
                                    io::json_excerpt(architecture));
    for (const auto& [key, value] : architecture.items())
        if (key != "name" && key != "input" && key != "layers")
            throw std::invalid_argument("the architecture has an unknown entry '" + key +
                                        "' (it takes 'name', 'input' and 'layers')");
    if (!architecture.contains("name"))
        return "model";
    if (!architecture["name"].is_string() || architecture["name"].get<std::string>().empty())
        throw std::invalid_argument("the architecture's 'name' must be a non-empty string");
    return architecture["name"].get<std::string>();
}

// The architecture's "input": one example's shape.
Shape architecture_input(const json& architecture) {
    const auto bad_input = [&] {
        throw std::invalid_argument(
            "the architecture's 'input' must be the shape of one example, such as [1, 28, 28] "
            "(channels, height, width) or [784], not " +
            (architecture.contains("input") ? io::json_excerpt(architecture["input"]) : "missing"));
    };
    if (!architecture.contains("input") || !architecture["input"].is_array() ||
        architecture["input"].empty() || architecture["input"].size() > 3)
        bad_input();
    Shape input;
    for (const json& d : architecture["input"]) {
        if (!d.is_number_integer() || d.get<std::int64_t>() < 1 ||
            (d.is_number_unsigned() && d.get<std::uint64_t>() > INT64_MAX))
            bad_input();
        check_limit(d.get<std::int64_t>(), io::limits::max_extent, "the architecture's 'input'");
        input.push_back(d.get<std::int64_t>());
    }
    check_limit(compute::shape_numel(input), io::limits::max_tensor_elements,
                "the architecture's 'input' values");
    return input;
}

// Builds layer `index` (from 1) of an architecture onto `model`, sized from `shape` (the previous
// layer's output), and returns its own output shape.
// `total` counts the weights built so far, against io::limits::max_model_parameters (the dry pass
// cannot size the layers after an impossible shape).
InputShape add_layer(Sequential& model, const json& config, int index, const InputShape& shape,
                     std::int64_t& total) {
    if (!config.is_object() || !config.contains("type") || !config["type"].is_string())
        throw std::invalid_argument("layer " + std::to_string(index) + ": needs a \"type\" (" +
                                    layer_type_list() + "), got " + io::json_excerpt(config));
    const std::string type = config["type"].get<std::string>();
    const LayerKind* kind = find_layer_kind(type);
    if (!kind)
        throw std::invalid_argument("layer " + std::to_string(index) + " (" + type +
                                    "): unknown layer type; the types are: " + layer_type_list());
    LayerSettings settings(config, index, *kind);
    settings.count_into(total);
    std::string layer_name;
    if (config.contains("name")) {
        if (!config["name"].is_string() || config["name"].get<std::string>().empty())
            settings.reject("'name' must be a non-empty string");
        layer_name = config["name"].get<std::string>();
    }
    if (config.contains("frozen") && !config["frozen"].is_boolean())
        settings.reject("'frozen' must be true or false, not " +
                        io::json_excerpt(config["frozen"]));
    const bool frozen = config.value("frozen", false);
    try {
        settings.allow_only_schema();
        std::unique_ptr<Layer> layer = layer_builders().at(type)(settings, shape);
        layer->set_frozen(frozen);
        model.add(std::move(layer), layer_name);
    } catch (const LimitError&) {
        throw;
    } catch (const std::invalid_argument& e) {
        // The layers' own checks ("Conv2d: the stride must be at least 1") and a taken name.
        if (std::string(e.what()).rfind(settings.context(), 0) == 0)
            throw;
        settings.reject(e.what());
    }
    if (!shape)
        return std::nullopt;
    try {
        const Shape output = model.layer(model.size() - 1).output_shape(with_batch(*shape));
        return Shape(output.begin() + 1, output.end());
    } catch (const std::invalid_argument&) {
        return std::nullopt;
    }
}

} // namespace

Sequential model_from_json(const json& architecture) {
    const std::string name = architecture_name(architecture);
    const Shape input = architecture_input(architecture);
    if (!architecture.contains("layers") || !architecture["layers"].is_array() ||
        architecture["layers"].empty())
        throw std::invalid_argument("the architecture's 'layers' must be a non-empty list of "
                                    "layers such as {\"type\": \"dense\", \"units\": 10}");

    // Every size first, from the settings alone: a small file must not make the app allocate
    // gigabytes before it finds a limit passed.
    check_architecture_sizes(architecture);

    // Each layer is sized from the previous one's output; Sequential then checks the whole chain
    // from the input shape and names the first layer that cannot take its input.
    Sequential model(name);
    InputShape shape = input;
    int index = 0;
    std::int64_t total = 0;
    // Past a shape the dry pass could not follow, the layers are sized from nothing known (as
    // Sequential needs them to name the first impossible one): each tensor and their total are
    // still held to the limits as they are built.
    for (const json& config : architecture["layers"])
        shape = add_layer(model, config, ++index, shape, total);
    model.set_input_shape(input);
    return model;
}

std::unique_ptr<Layer> layer_from_json(const json& config, const Shape& example_input, int index) {
    if (!config.is_object() || !config.contains("type") || !config["type"].is_string())
        throw std::invalid_argument("layer " + std::to_string(index) + ": needs a \"type\" (" +
                                    layer_type_list() + "), got " + io::json_excerpt(config));
    const std::string type = config["type"].get<std::string>();
    const LayerKind* kind = find_layer_kind(type);
    if (!kind)
        throw std::invalid_argument("layer " + std::to_string(index) + " (" + type +
                                    "): unknown layer type; the types are: " + layer_type_list());
    const LayerSettings settings(config, index, *kind);
    try {
        settings.allow_only_schema();
        return layer_builders().at(type)(settings, example_input);
    } catch (const std::invalid_argument& e) {
        if (std::string(e.what()).rfind(settings.context(), 0) == 0)
            throw;
        settings.reject(e.what());
    }
}

Sequential copy_model(const Sequential& model) {
    Sequential copy = model_from_json(architecture_json(model));
    const std::vector<const Parameter*> from = model.parameters();
    const std::vector<Parameter*> to = copy.parameters();
    for (std::size_t i = 0; i < from.size(); ++i)
        to[i]->value.copy_from(from[i]->value);
    for (int i = 0; i < model.size(); ++i) {
        const auto source = model.layer(i).buffers();
        auto target = copy.layer(i).buffers();
        for (std::size_t b = 0; b < source.size(); ++b)
            target[b].second.copy_from(source[b].second);
    }
    copy.eval();
    return copy;
}

Sequential load_architecture_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::error_code error;
    if (std::filesystem::is_directory(path, error))
        throw std::runtime_error(path + ": is a folder, not an architecture file");
    if (!in)
        throw std::runtime_error(path + ": cannot open: " + system_error_text(errno));
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    json architecture;
    try {
        architecture = io::parse_json(text, path);
    } catch (const std::invalid_argument& e) {
        throw std::runtime_error(e.what());
    }
    try {
        return model_from_json(architecture);
    } catch (const std::invalid_argument& e) {
        throw std::runtime_error(path + ": " + e.what());
    }
}

// --- model files -------------------------------------------------------------------------

void save_model_file(const std::string& path, const Sequential& model, const json& metadata,
                     const Optimizer* optimizer) {
    if (!metadata.is_object())
        fail(path, "the metadata must be a JSON object, not " + io::json_excerpt(metadata));
    json header;
    try {
        header["architecture"] = architecture_json(model);
        header["optimizer"] = optimizer ? optimizer_settings(*optimizer) : json(nullptr);
    } catch (const std::invalid_argument& e) {
        fail(path, e.what());
    }
    header["metadata"] = metadata;

    // Tensors in table order: each layer's parameters and buffers, then the optimizer's state.
    std::vector<std::pair<std::string, Tensor>> tensors;
    json layer_state = json::object();
    for (int i = 0; i < model.size(); ++i) {
        const Layer& layer = model.layer(i);
        for (const Parameter* p : layer.parameters())
            tensors.emplace_back(p->name, p->value);
        for (const auto& [role, buffer] : layer.buffers())
            tensors.emplace_back(layer.name() + "." + role, buffer);
        if (json state = layer.extra_state(); !state.is_null())
            layer_state[layer.name()] = std::move(state);
    }
    if (optimizer) {
        const std::vector<const Parameter*> own = model.parameters();
        for (const Parameter* p : optimizer->parameters())
            if (std::find(own.begin(), own.end(), p) == own.end())
                fail(path, "the optimizer updates " + p->name +
                               ", which is not a parameter of this model");
        for (const Parameter* p : own)
            for (std::size_t slot = 0; slot < p->state.size(); ++slot)
                tensors.emplace_back(state_tensor_name(p->name, slot), p->state[slot]);
    }
    header["layer_state"] = std::move(layer_state);
    json table = json::array();
    for (const auto& [name, tensor] : tensors)
        table.push_back({{"name", name}, {"shape", tensor.shape()}});
    header["tensors"] = std::move(table);

    const std::string header_text = header.dump(-1, ' ', false, json::error_handler_t::replace);
    std::size_t value_count = 0;
    for (const auto& [name, tensor] : tensors)
        value_count += static_cast<std::size_t>(tensor.numel());
    Bytes bytes;
    bytes.reserve(kPreludeBytes + header_text.size() + 4 * value_count + kChecksumBytes);
    bytes.insert(bytes.end(), kMagic.begin(), kMagic.end());
    append_u32(bytes, kModelFormatVersion);
    append_u64(bytes, header_text.size());
    bytes.insert(bytes.end(), header_text.begin(), header_text.end());
    for (const auto& [name, tensor] : tensors)
        append_floats(bytes, tensor.to_vector()); // copies from any device to the host
    append_u32(bytes, crc32(bytes));
    write_atomically(path, bytes);
}

namespace {

// Checks the magic and the format version of a whole file.
void check_prelude(const std::string& path, std::span<const unsigned char> bytes) {
    const std::size_t size = bytes.size();
    const std::string ours = "a ConvSight model file starts with \"CSMODEL\"";
    if (size < kMagic.size()) {
        if (std::equal(bytes.begin(), bytes.end(), kMagic.begin()))
            fail(path, "truncated: only " + std::to_string(size) + " bytes");
        fail(path, "not a ConvSight model file (" + ours + ")");
    }
    if (!std::equal(kMagic.begin(), kMagic.end(), bytes.begin()))
        fail(path, "not a ConvSight model file (" + ours + ")");
    if (size < kPreludeBytes + kChecksumBytes)
        fail(path, "truncated: only " + std::to_string(size) + " bytes");
    const std::uint32_t version = read_u32(bytes.data() + 8);
    if (version > kModelFormatVersion)
        fail(path, "written by a newer ConvSight: format " + std::to_string(version) +
                       ", this build reads " + std::to_string(kModelFormatVersion));
    if (version == 0)
        fail(path, "corrupted: format version 0 does not exist");
}

// The header and its tensor table, checked against the checksum and the data's size.
struct Header {
    json header;
    std::map<std::string, TableEntry> table;
    const unsigned char* data{}; // the tensors' values
};

Header read_header(const std::string& path, std::span<const unsigned char> bytes) {
    const std::size_t size = bytes.size();
    const std::size_t body_end = size - kChecksumBytes;
    const bool checksum_ok =
        crc32(std::span(bytes.data(), body_end)) == read_u32(bytes.data() + body_end);
    const std::uint64_t header_length = read_u64(bytes.data() + kMagic.size() + 4);
    if (header_length > body_end - kPreludeBytes)
        fail(path, std::string(checksum_ok ? "corrupted" : "truncated or corrupted") +
                       ": the header claims " + std::to_string(header_length) +
                       " bytes, but only " + std::to_string(body_end - kPreludeBytes) +
                       " follow it");
    const auto header_begin = bytes.begin() + static_cast<long>(kPreludeBytes);
    // A header that is not JSON, nests too deep or holds a number beyond double is discarded,
    // and said so below (as corrupted when its checksum holds).
    json header = json(json::value_t::discarded);
    std::string header_problem;
    try {
        header = io::parse_json(std::string_view(reinterpret_cast<const char*>(&*header_begin),
                                                 static_cast<std::size_t>(header_length)),
                                path);
    } catch (const std::invalid_argument& e) {
        header_problem = e.what();
    }
    Header read{std::move(header), {}, bytes.data() + kPreludeBytes + header_length};
    std::string table_problem;
    std::int64_t total_floats = 0;
    std::optional<std::map<std::string, TableEntry>> table;
    if (!read.header.is_discarded())
        table = read_table(read.header, table_problem, total_floats);
    const std::uint64_t data_bytes = body_end - kPreludeBytes - header_length;
    const std::uint64_t expected_data_bytes = 4 * static_cast<std::uint64_t>(total_floats);
    if (!checksum_ok) {
        // A header that reads well but describes more data than there is: the end is missing.
        if (table && expected_data_bytes > data_bytes)
            fail(path, "truncated: the file has " + std::to_string(size) +
                           " bytes, its header describes " +
                           std::to_string(kPreludeBytes + header_length + expected_data_bytes +
                                          kChecksumBytes));
        fail(path, "corrupted: checksum mismatch (the file changed after it was written)");
    }
    if (read.header.is_discarded())
        fail(path, "corrupted: the header is not valid JSON (" +
                       header_problem.substr(header_problem.find_first_not_of(": ", path.size())) +
                       ")");
    if (!table)
        fail(path, "corrupted: " + table_problem);
    if (expected_data_bytes != data_bytes)
        fail(path, "corrupted: the tensor table describes " + std::to_string(expected_data_bytes) +
                       " bytes of values, the file holds " + std::to_string(data_bytes));
    for (const char* key : {"architecture", "metadata", "optimizer", "layer_state"})
        if (!read.header.contains(key))
            fail(path, std::string("the header has no \"") + key + "\"");
    if (!read.header["metadata"].is_object() || !read.header["layer_state"].is_object())
        fail(path, "the header's metadata and layer state must be JSON objects");
    read.table = std::move(*table);
    return read;
}

// Copies every tensor of the table into the model's parameters, buffers and optimizer state
// slots; each must be there with the architecture's shape, and none may be left over.
void load_tensors(const std::string& path, Header& file, SavedModel& saved,
                  const MappedFile& mapped) {
    // Copies tensor `name` into `target` (already of the architecture's shape, on the CPU).
    const auto load = [&](const std::string& name, Tensor& target) {
        const auto found = file.table.find(name);
        if (found == file.table.end())
            fail(path, "tensor \"" + name + "\" is missing");
        TableEntry& entry = found->second;
        if (entry.shape != target.shape())
            fail(path, "tensor \"" + name + "\" has shape " + shape_string(entry.shape) +
                           " in the file, but the architecture gives it " + target.shape_string());
        // In slices of 16 MB, each handed back once copied: the peak stays near the tensors' size.
        constexpr std::int64_t kSlice = std::int64_t{1} << 22; // floats
        const unsigned char* from = file.data + 4 * entry.offset;
        for (std::int64_t done = 0; done < target.numel(); done += kSlice) {
            const std::int64_t count = std::min(kSlice, target.numel() - done);
            read_floats(from + 4 * done, target.data() + done, count);
            mapped.release(from + 4 * done, static_cast<std::size_t>(4 * count));
        }
        entry.used = true;
    };
    for (Parameter* p : saved.model.parameters())
        load(p->name, p->value);
    for (int i = 0; i < saved.model.size(); ++i) {
        const Layer& layer = saved.model.layer(i);
        for (auto [role, buffer] : layer.buffers())
            load(layer.name() + "." + role, buffer);
    }
    if (!saved.optimizer.is_null()) {
        const json& settings = saved.optimizer;
        const std::optional<std::size_t> slots =
            settings.is_object() && settings.contains("type") && settings["type"].is_string()
                ? state_slots(settings["type"].get<std::string>())
                : std::nullopt;
        if (!slots)
            fail(path, "unknown optimizer settings " + io::json_excerpt(settings));
        for (Parameter* p : saved.model.parameters()) {
            if (!file.table.count(state_tensor_name(p->name, 0)))
                continue; // no step taken yet: the optimizer makes its slots when it steps
            for (std::size_t slot = 0; slot < *slots; ++slot) {
                Tensor state(p->value.shape());
                load(state_tensor_name(p->name, slot), state);
                p->state.push_back(std::move(state));
            }
        }
    }
    for (const auto& [name, entry] : file.table)
        if (!entry.used)
            fail(path, "tensor \"" + name + "\" belongs to no part of the architecture");
}

// The dry pass's layers against the tensor table: each layer with parameters has its first
// tensor there, and the table holds at least as many values as the network's parameters.
void check_table_covers(const std::string& path, const ModelSummary& sizes,
                        const std::map<std::string, TableEntry>& table) {
    std::int64_t in_table = 0;
    for (const auto& [name, entry] : table)
        in_table += compute::shape_numel(entry.shape);
    for (const SummaryRow& row : sizes.layers) {
        const std::string first = row.name + (row.type == "batchnorm" ? ".gamma" : ".weight");
        if (row.parameters > 0 && !table.count(first))
            fail(path, "tensor \"" + first + "\" is missing");
    }
    if (in_table < sizes.total_parameters)
        fail(path, "the tensor table holds " + std::to_string(in_table) +
                       " values, but the architecture has " +
                       std::to_string(sizes.total_parameters) + " parameters");
}

} // namespace

SavedModel load_model_file(const std::string& path) {
    const MappedFile mapped(path);
    const std::span<const unsigned char> bytes = mapped.bytes();
    check_prelude(path, bytes);
    Header file = read_header(path, bytes);
    // The checksum has read every page; give them back until each tensor is copied.
    mapped.release(bytes.data(), bytes.size());

    SavedModel saved;
    try {
        // Every parameter the architecture sizes must be in the table before its weights are
        // allocated: then they take no more memory than the file's own values.
        if (const auto sizes = check_architecture_sizes(file.header["architecture"]))
            check_table_covers(path, *sizes, file.table);
        saved.model = model_from_json(file.header["architecture"]);
    } catch (const std::invalid_argument& e) {
        fail(path, std::string("the architecture is invalid: ") + e.what());
    }
    saved.metadata = file.header["metadata"];
    saved.optimizer = file.header["optimizer"];
    load_tensors(path, file, saved, mapped);
    for (const auto& [layer_name, state] : file.header["layer_state"].items()) {
        Layer* layer = saved.model.find(layer_name);
        if (!layer)
            fail(path, "the saved state names a layer \"" + layer_name + "\" the model lacks");
        try {
            layer->set_extra_state(state);
        } catch (const std::invalid_argument& e) {
            fail(path, e.what());
        }
    }
    saved.model.eval();
    return saved;
}

} // namespace convsight::nn
