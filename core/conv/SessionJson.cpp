// KernelModel and StepThroughDocument to and from JSON, every field checked on the way in.
#include "conv/SessionJson.h"

#include <array>
#include <cmath>
#include <string>
#include <utility>

namespace convsight::conv {

using nlohmann::json;

namespace {

[[noreturn]] void fail(const std::string& where, const std::string& what) {
    throw SessionJsonError(where + ": " + what);
}

const json& field(const json& object, const char* key, const std::string& where) {
    if (!object.is_object())
        fail(where, "not an object");
    const auto found = object.find(key);
    if (found == object.end())
        fail(where, std::string("\"") + key + "\" is missing");
    return *found;
}

double finite(const json& value, const std::string& where) {
    if (!value.is_number())
        fail(where, "not a number");
    const double number = value.get<double>();
    if (!std::isfinite(number))
        fail(where, "not a finite number");
    return number;
}

int integer(const json& object, const char* key, const std::string& where, int low, int high) {
    const json& value = field(object, key, where);
    const std::string name = where + "." + key;
    if (!value.is_number_integer())
        fail(name, "not a whole number");
    const auto number = value.get<long long>();
    if (number < low || number > high)
        fail(name, std::to_string(number) + " is outside " + std::to_string(low) + "…" +
                       std::to_string(high));
    return static_cast<int>(number);
}

bool boolean(const json& object, const char* key, const std::string& where) {
    const json& value = field(object, key, where);
    if (!value.is_boolean())
        fail(where + "." + key, "not true or false");
    return value.get<bool>();
}

std::string text(const json& object, const char* key, const std::string& where) {
    const json& value = field(object, key, where);
    if (!value.is_string())
        fail(where + "." + key, "not a string");
    return value.get<std::string>();
}

double divisor(const json& object, const char* key, const std::string& where) {
    const double value = finite(field(object, key, where), where + "." + key);
    if (value == 0)
        fail(where + "." + key, "a divisor of 0");
    return value;
}

std::vector<double> numbers(const json& object, const char* key, const std::string& where,
                            std::size_t count) {
    const json& value = field(object, key, where);
    const std::string name = where + "." + key;
    if (!value.is_array())
        fail(name, "not a list of numbers");
    if (value.size() != count)
        fail(name, std::to_string(value.size()) + " values where the sizes give " +
                       std::to_string(count));
    std::vector<double> out;
    out.reserve(count);
    for (std::size_t i = 0; i < count; ++i)
        out.push_back(finite(value[i], name + "[" + std::to_string(i) + "]"));
    return out;
}

Matrix matrix(const json& value, const std::string& where) {
    if (!value.is_array() || value.empty() || value.size() > KernelModel::kMaxSize)
        fail(where, "not a list of 1 to 9 rows");
    Matrix rows;
    for (std::size_t r = 0; r < value.size(); ++r) {
        const json& row = value[r];
        const std::string name = where + "[" + std::to_string(r) + "]";
        if (!row.is_array() || row.empty() || row.size() > KernelModel::kMaxSize)
            fail(name, "not a row of 1 to 9 numbers");
        if (r > 0 && row.size() != rows[0].size())
            fail(name, "a row of another length than the first");
        std::vector<double> values;
        for (std::size_t c = 0; c < row.size(); ++c)
            values.push_back(finite(row[c], name + "[" + std::to_string(c) + "]"));
        rows.push_back(std::move(values));
    }
    return rows;
}

constexpr std::array kBorders{compute::BorderMode::Zero, compute::BorderMode::Replicate,
                              compute::BorderMode::Reflect, compute::BorderMode::Wrap};

compute::BorderMode border(const json& object, const std::string& where) {
    const std::string name = text(object, "border", where);
    for (const compute::BorderMode mode : kBorders)
        if (name == compute::border_name(mode))
            return mode;
    fail(where + ".border", "\"" + name + "\" is not zero, replicate, reflect or wrap");
}

constexpr std::array<std::pair<PaddingMode, const char*>, 3> kPaddings{{
    {PaddingMode::Valid, "valid"},
    {PaddingMode::Same, "same"},
    {PaddingMode::Explicit, "explicit"},
}};

constexpr std::array<std::pair<StepThroughMode, const char*>, 5> kModes{{
    {StepThroughMode::Convolution, "convolution"},
    {StepThroughMode::MaxPooling, "max-pooling"},
    {StepThroughMode::AveragePooling, "average-pooling"},
    {StepThroughMode::KernelGradient, "kernel-gradient"},
    {StepThroughMode::InputGradient, "input-gradient"},
}};

// The most filters the Step through workspace offers in a bank.
constexpr int kMaxFilters = 4;

} // namespace

json kernel_model_to_json(const KernelModel& model) {
    json channels = json::array();
    for (const KernelModel::Channel& channel : model.channels)
        channels.push_back({{"values", channel.values}, {"divisor", channel.divisor}});
    return {{"channels", channels},         {"per_channel", model.per_channel},
            {"offset", model.offset},       {"border", compute::border_name(model.border)},
            {"preset_id", model.preset_id}, {"name", model.name}};
}

KernelModel kernel_model_from_json(const json& object) {
    const std::string where = "kernel";
    KernelModel model;
    const json& channels = field(object, "channels", where);
    if (!channels.is_array() || channels.size() != KernelModel::kChannels)
        fail(where + ".channels", "not a list of 3 channels");
    for (std::size_t c = 0; c < KernelModel::kChannels; ++c) {
        const std::string name = where + ".channels[" + std::to_string(c) + "]";
        KernelModel::Channel& channel = model.channels[c];
        channel.values = matrix(field(channels[c], "values", name), name + ".values");
        channel.divisor = divisor(channels[c], "divisor", name);
        if (c > 0 && (channel.values.size() != model.channels[0].values.size() ||
                      channel.values[0].size() != model.channels[0].values[0].size()))
            fail(name, "a kernel of another size than the first channel's");
    }
    model.per_channel = boolean(object, "per_channel", where);
    model.offset = finite(field(object, "offset", where), where + ".offset");
    model.border = border(object, where);
    model.preset_id = text(object, "preset_id", where);
    model.name = text(object, "name", where);
    return model;
}

json step_through_to_json(const StepThroughDocument& document) {
    const auto padding = [&] {
        for (const auto& [mode, name] : kPaddings)
            if (mode == document.padding)
                return name;
        return "valid";
    }();
    return {{"channels", document.channels},
            {"kernel_count", document.kernel_count},
            {"height", document.height},
            {"width", document.width},
            {"kernel_size", document.kernel_size},
            {"input", document.input},
            {"kernels", document.kernels},
            {"divisor", document.divisor},
            {"preset_id", document.preset_id},
            {"stride", document.stride},
            {"padding", padding},
            {"explicit_padding", document.explicit_padding},
            {"border", compute::border_name(document.border)},
            {"dilation", document.dilation},
            {"flip", document.flip}};
}

StepThroughDocument step_through_from_json(const json& object) {
    const std::string where = "step_through";
    StepThroughDocument document;
    document.channels = integer(object, "channels", where, 1, 3);
    if (document.channels == 2)
        fail(where + ".channels", "2 channels: 1 (grey) or 3 (RGB)");
    document.kernel_count = integer(object, "kernel_count", where, 1, kMaxFilters);
    document.height = integer(object, "height", where, 1, StepThroughDocument::kMaxInputSide);
    document.width = integer(object, "width", where, 1, StepThroughDocument::kMaxInputSide);
    document.kernel_size =
        integer(object, "kernel_size", where, 1, StepThroughDocument::kMaxKernelSize);
    const auto c = static_cast<std::size_t>(document.channels);
    document.input = numbers(object, "input", where,
                             c * static_cast<std::size_t>(document.height * document.width));
    const auto f = static_cast<std::size_t>(document.kernel_size);
    document.kernels = numbers(object, "kernels", where,
                               static_cast<std::size_t>(document.kernel_count) * c * f * f);
    document.divisor = divisor(object, "divisor", where);
    document.preset_id = text(object, "preset_id", where);
    document.stride = integer(object, "stride", where, 1, StepThroughDocument::kMaxInputSide);
    const std::string padding = text(object, "padding", where);
    bool known = false;
    for (const auto& [mode, name] : kPaddings)
        if (padding == name) {
            document.padding = mode;
            known = true;
        }
    if (!known)
        fail(where + ".padding", "\"" + padding + "\" is not valid, same or explicit");
    // Optional: files written before explicit padding was offered have none.
    if (object.is_object() && object.contains("explicit_padding"))
        document.explicit_padding =
            integer(object, "explicit_padding", where, 0, StepThroughDocument::kMaxExplicitPadding);
    document.border = border(object, where);
    document.dilation = integer(object, "dilation", where, 1, StepThroughDocument::kMaxInputSide);
    document.flip = boolean(object, "flip", where);
    return document;
}

const char* step_through_mode_name(StepThroughMode mode) {
    for (const auto& [known, name] : kModes)
        if (known == mode)
            return name;
    return "convolution";
}

StepThroughMode step_through_mode_from_name(const std::string& name) {
    for (const auto& [mode, known] : kModes)
        if (name == known)
            return mode;
    throw SessionJsonError("step_through.mode: \"" + name + "\" is not a mode of the stage");
}

} // namespace convsight::conv
