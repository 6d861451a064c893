// LayerSettings: the checks on one layer's JSON settings, shared by model_from_json and
// model_summary.
#include "nn/LayerSettings.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <climits>
#include <stdexcept>

namespace convsight::nn {

using nlohmann::json;

namespace {

// The value as an int in [minimum, INT_MAX], or nullopt.
std::optional<int> as_int(const json& value, int minimum) {
    if (!value.is_number_integer())
        return std::nullopt;
    const std::int64_t v = value.get<std::int64_t>();
    if (v < minimum || v > INT_MAX || (value.is_number_unsigned() && v < 0))
        return std::nullopt;
    return static_cast<int>(v);
}

// The setting (or its default) when `is` holds for it; refused as not `what` otherwise.
template <typename T>
T typed(const LayerSettings& s, const char* key, bool (json::*is)() const noexcept,
        const char* what) {
    const json* value = s.value_or_default(key);
    if (!value)
        s.reject(std::string("'") + key + "' must be " + what + " (it is missing)");
    if (!(value->*is)())
        s.reject(std::string("'") + key + "' must be " + what + ", not " + value->dump());
    return value->get<T>();
}

} // namespace

LayerSettings::LayerSettings(const json& config, int index, const LayerKind& kind)
    : config_(config)
    , kind_(kind)
    , context_("layer " + std::to_string(index) + " (" + kind.type + ")") {}

void LayerSettings::reject(const std::string& why) const {
    throw std::invalid_argument(context_ + ": " + why);
}

void LayerSettings::allow_only_schema() const {
    for (const auto& [key, value] : config_.items()) {
        if (key == "type" || key == "name" || key == "frozen" || kind_.field(key))
            continue;
        std::string list;
        for (const LayerField& field : kind_.fields)
            list += (list.empty() ? "'" : ", '") + std::string(field.key) + "'";
        reject("unknown setting '" + key + "'" +
               (list.empty() ? std::string(" (it has no settings)") : " (it takes " + list + ")"));
    }
}

const json* LayerSettings::value_or_default(const char* key) const {
    if (has(key))
        return &config_[key];
    const LayerField* field = kind_.field(key);
    return field && !field->required ? &field->default_value : nullptr;
}

int LayerSettings::positive_int(const char* key, std::optional<int> fallback) const {
    if (!has(key)) {
        if (fallback)
            return *fallback;
        reject(std::string("'") + key + "' must be a positive integer (it is missing)");
    }
    const std::optional<int> value = as_int(config_[key], 1);
    if (!value)
        reject(std::string("'") + key + "' must be a positive integer, not " + config_[key].dump());
    return *value;
}

std::pair<int, int> LayerSettings::positive_pair(const char* key,
                                                 std::pair<int, int> when_null) const {
    const json* found = value_or_default(key);
    if (!found)
        reject(std::string("'") + key +
               "' must be a positive integer or [height, width] (it is missing)");
    if (found->is_null())
        return when_null;
    const json& value = *found;
    if (const std::optional<int> both = as_int(value, 1))
        return {*both, *both};
    if (value.is_array() && value.size() == 2) {
        const std::optional<int> y = as_int(value[0], 1);
        const std::optional<int> x = as_int(value[1], 1);
        if (y && x)
            return {*y, *x};
    }
    reject(std::string("'") + key + "' must be a positive integer or [height, width], not " +
           value.dump());
}

PaddingSpec LayerSettings::padding(const char* key) const {
    const json* found = kind_.field(key) ? value_or_default(key) : nullptr;
    if (!found)
        return PaddingSpec::valid();
    const json& value = *found;
    if (value.is_string()) {
        std::string mode = value.get<std::string>();
        std::transform(mode.begin(), mode.end(), mode.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (mode == "same")
            return PaddingSpec::same();
        if (mode == "valid")
            return PaddingSpec::valid();
    } else if (const std::optional<int> all = as_int(value, 0)) {
        return PaddingSpec::uniform(*all);
    } else if (value.is_array() && value.size() == 4) {
        std::array<int, 4> sides{};
        bool ok = true;
        for (std::size_t i = 0; i < 4; ++i) {
            const std::optional<int> side = as_int(value[i], 0);
            ok = ok && side.has_value();
            sides[i] = side.value_or(0);
        }
        if (ok)
            return PaddingSpec::per_side(sides[0], sides[1], sides[2], sides[3]);
    }
    reject(std::string("'") + key +
           "' must be \"same\", \"valid\", a number of pixels or [top, bottom, left, "
           "right], not " +
           value.dump());
}

float LayerSettings::number(const char* key) const {
    return typed<float>(*this, key, &json::is_number, "a number");
}

bool LayerSettings::flag(const char* key) const {
    return typed<bool>(*this, key, &json::is_boolean, "true or false");
}

int LayerSettings::groups(int filters, std::optional<std::int64_t> in_channels) const {
    const int groups = positive_int("groups", 1);
    const std::string must = "'groups' (" + std::to_string(groups) + ") must divide ";
    if (filters % groups != 0)
        reject(must + "the number of filters (" + std::to_string(filters) + ")");
    if (in_channels && *in_channels % groups != 0)
        reject(must + "the input's " + std::to_string(*in_channels) + " channels");
    return groups;
}

std::string LayerSettings::choice(const char* key) const {
    const LayerField* field = kind_.field(key);
    std::string list;
    for (const char* option : field ? field->choices : std::vector<const char*>{})
        list += (list.empty() ? "\"" : ", \"") + std::string(option) + "\"";
    const json* value = value_or_default(key);
    if (value && value->is_string())
        for (const char* option : field->choices)
            if (value->get<std::string>() == option)
                return option;
    reject(std::string("'") + key + "' must be one of " + list + ", not " +
           (value ? value->dump() : std::string("missing")));
}

void LayerSettings::check_size(std::int64_t elements, const char* what) const {
    if (elements > kMaxTensorElements)
        reject(std::string("its ") + what + " would hold " + std::to_string(elements) +
               " values, more than ConvSight allows in one tensor (" +
               std::to_string(kMaxTensorElements) + ")");
}

} // namespace convsight::nn
