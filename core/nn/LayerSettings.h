// One layer's JSON settings read against the layer schema (LayerSchema.h): the schema's defaults,
// the checks, and messages that name the layer ("layer 3 (conv2d): 'filters' must be a positive
// integer"). Internal to convsight_nn: model_from_json (ModelFile.cpp) builds layers with it and
// model_summary (Summary.cpp) counts them with it, so the two read and refuse alike.
#pragma once

#include "io/Limits.h"
#include "nn/LayerSchema.h"
#include "nn/PaddingSpec.h"

#include <cstdint>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>

namespace convsight::nn {

// No layer may ask for more than 2^28 floats (1 GiB) in one tensor: a typo such as 1000000
// filters should be an error, not an allocation that takes the machine down.
inline constexpr std::int64_t kMaxTensorElements = io::limits::max_tensor_elements;

// A setting or size beyond one of io/Limits.h's limits: what the dry pass before building a
// network stops at (its other refusals are left to the layers' own checks and messages).
class LimitError : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

// io::limits::check_at_most, thrown as a LimitError.
void check_limit(std::int64_t value, std::int64_t limit, const std::string& what);
// The product of `factors` (each at least 0) checked against `limit` without overflowing.
std::int64_t checked_product(std::initializer_list<std::int64_t> factors, std::int64_t limit,
                             const std::string& what);

// Reads one layer's settings; every message starts "layer 3 (conv2d): ".
class LayerSettings {
public:
    // `index` counts from 1; `config` and `kind` must outlive the reader.
    LayerSettings(const nlohmann::json& config, int index, const LayerKind& kind);

    [[noreturn]] void reject(const std::string& why) const;
    const std::string& context() const { return context_; }
    // "layer 3 (conv2d): 'filters'": how a limit's message names the setting.
    std::string named(const char* key) const;
    bool has(const char* key) const { return config_.contains(key); }

    // Rejects keys the layer's schema does not list (a misspelt "filter" should not be ignored);
    // "type", "name" and "frozen" belong to every layer.
    void allow_only_schema() const;

    // The layer's value of `key`, or the schema's default when an optional setting is absent;
    // null when a required one is.
    const nlohmann::json* value_or_default(const char* key) const;

    // `fallback` when absent (the schema's default is not consulted); refused when absent
    // without one.
    int positive_int(const char* key, std::optional<int> fallback = std::nullopt) const;
    // A number, or [height, width] (y, x); `when_null` where the schema's default is null.
    std::pair<int, int> positive_pair(const char* key,
                                      std::pair<int, int> when_null = {1, 1}) const;
    // VALID for a type whose schema has no such setting (locally_connected2d).
    PaddingSpec padding(const char* key) const;
    float number(const char* key) const;
    bool flag(const char* key) const;
    // conv2d's "groups" (1 when absent), refused unless it divides `filters` and, when known,
    // the input's channels.
    int groups(int filters, std::optional<std::int64_t> in_channels) const;
    // One of the schema field's choices (a Choice), or its default.
    std::string choice(const char* key) const;

    // Refuses a weight tensor (the product of `factors`) too large to allocate sensibly, with
    // the limit named; returns its elements.
    std::int64_t check_size(std::initializer_list<std::int64_t> factors, const char* what) const;
    // Counts every tensor check_size() passes into `total`, refused beyond
    // io::limits::max_model_parameters: the network's limit for layers built without a dry pass.
    void count_into(std::int64_t& total) { total_ = &total; }
    // Refuses a window whose reach (dilation × (size − 1) + 1) on either axis is beyond
    // io::limits::max_extent, before any int arithmetic on it.
    void check_window(std::pair<int, int> size, std::pair<int, int> dilation) const;

private:
    const nlohmann::json& config_;
    const LayerKind& kind_;
    std::string context_;
    std::int64_t* total_{};
};

} // namespace convsight::nn
