// LayerSettings: the checks on one layer's JSON settings, shared by model_from_json and
// model_summary.
#include "nn/LayerSettings.h"

#include "io/Json.h"
#include "io/Limits.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cfloat>
#include <climits>
#include <cmath>
#include <stdexcept>

namespace convsight::nn {

using nlohmann::json;

namespace {

// The value as an int in [minimum, io::limits::max_extent], or nullopt when it is not a whole
// number of at least `minimum`; a larger one is refused naming the limit (as `what`).
std::optional<int> as_int(const json& value, int minimum, const std::string& what) {
    if (!value.is_number_integer())
        return std::nullopt;
    if (value.is_number_unsigned() && value.get<std::uint64_t>() > INT64_MAX)
        check_limit(INT64_MAX, io::limits::max_extent, what);
    const std::int64_t v = value.get<std::int64_t>();
    if (v < minimum)
        return std::nullopt;
    check_limit(v, io::limits::max_extent, what);
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
        s.reject(std::string("'") + key + "' must be " + what + ", not " +
                 io::json_excerpt(*value));
    return value->get<T>();
}

} // namespace

LayerSettings::LayerSettings(const json& config, int index, const LayerKind& kind)
    : config_(config)
    , kind_(kind)
    , context_("layer " + std::to_string(index) + " (" + kind.type + ")") {}

std::string LayerSettings::named(const char* key) const {
    return context_ + ": '" + key + "'";
}

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
    const std::optional<int> value = as_int(config_[key], 1, named(key));
    if (!value)
        reject(std::string("'") + key + "' must be a positive integer, not " +
               io::json_excerpt(config_[key]));
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
    if (const std::optional<int> both = as_int(value, 1, named(key)))
        return {*both, *both};
    if (value.is_array() && value.size() == 2) {
        const std::optional<int> y = as_int(value[0], 1, named(key));
        const std::optional<int> x = as_int(value[1], 1, named(key));
        if (y && x)
            return {*y, *x};
    }
    reject(std::string("'") + key + "' must be a positive integer or [height, width], not " +
           io::json_excerpt(value));
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
    } else if (const std::optional<int> all = as_int(value, 0, named(key))) {
        return PaddingSpec::uniform(*all);
    } else if (value.is_array() && value.size() == 4) {
        std::array<int, 4> sides{};
        bool ok = true;
        for (std::size_t i = 0; i < 4; ++i) {
            const std::optional<int> side = as_int(value[i], 0, named(key));
            ok = ok && side.has_value();
            sides[i] = side.value_or(0);
        }
        if (ok)
            return PaddingSpec::per_side(sides[0], sides[1], sides[2], sides[3]);
    }
    reject(std::string("'") + key +
           "' must be \"same\", \"valid\", a number of pixels or [top, bottom, left, "
           "right], not " +
           io::json_excerpt(value));
}

float LayerSettings::number(const char* key) const {
    const double value = typed<double>(*this, key, &json::is_number, "a number");
    // The range each kind of setting makes sense in: a slope or momentum of 1e39 trains to NaN,
    // and a value beyond float cannot even be held.
    const LayerField* field = kind_.field(key);
    const FieldKind kind = field ? field->kind : FieldKind::Number;
    bool ok = std::isfinite(value) && std::fabs(value) <= FLT_MAX;
    std::string range = "a number within float's range (±3.4e38)";
    if (kind == FieldKind::Rate) {
        ok = ok && value >= 0 && value <= 1;
        range = "a number in [0, 1]";
    } else if (kind == FieldKind::Probability) {
        ok = ok && value >= 0 && value < 1;
        range = "a number in [0, 1)";
    } else if (kind == FieldKind::Epsilon) {
        ok = ok && value > 0 && value <= 1;
        range = "a number in (0, 1]";
    }
    if (!ok)
        reject(std::string("'") + key + "' must be " + range + ", not " +
               io::json_excerpt(*value_or_default(key)));
    return static_cast<float>(value);
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
           (value ? io::json_excerpt(*value) : std::string("missing")));
}

std::int64_t LayerSettings::check_size(std::initializer_list<std::int64_t> factors,
                                       const char* what) const {
    const std::int64_t elements = checked_product(factors, io::limits::max_tensor_elements,
                                                  context_ + ": its " + what + " tensor's values");
    if (total_) {
        *total_ += elements;
        check_limit(*total_, io::limits::max_model_parameters,
                    "the network's parameters (up to " + context_ + ")");
    }
    return elements;
}

void LayerSettings::check_window(std::pair<int, int> size, std::pair<int, int> dilation) const {
    check_limit(std::int64_t{dilation.first} * (size.first - 1) + 1, io::limits::max_extent,
                context_ + ": the dilated window's height");
    check_limit(std::int64_t{dilation.second} * (size.second - 1) + 1, io::limits::max_extent,
                context_ + ": the dilated window's width");
}

void check_limit(std::int64_t value, std::int64_t limit, const std::string& what) {
    try {
        io::limits::check_at_most(value, limit, what);
    } catch (const std::invalid_argument& e) {
        throw LimitError(e.what());
    }
}

std::int64_t checked_product(std::initializer_list<std::int64_t> factors, std::int64_t limit,
                             const std::string& what) {
    std::int64_t product = 1;
    for (const std::int64_t factor : factors)
        if (__builtin_mul_overflow(product, factor, &product))
            throw LimitError(what + ": more than " + std::to_string(INT64_MAX) +
                             " is more than the limit of " + std::to_string(limit));
    check_limit(product, limit, what);
    return product;
}

} // namespace convsight::nn
