// The layer types a JSON architecture may name and the settings each takes: key, kind, default,
// the range the architecture editor offers, and a short English description. The architecture
// reader (model_from_json) and the Train workspace's editor are both built from this one table.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace convsight::nn {

// How a setting is written in JSON and edited.
enum class FieldKind {
    Count,       // a positive integer (filters, units)
    Pair,        // a positive integer or [height, width]
    Padding,     // "same", "valid", a number of pixels or [top, bottom, left, right]
    Probability, // a number in [0, 1)
    Rate,        // a number in [0, 1]
    Epsilon,     // a small positive number
    Number,      // any number
    Flag,        // true or false
    Choice,      // one of the field's `choices`, a string
};

// What the editor's box allows (the reader checks only what nn needs: positive sizes, p < 1...).
struct FieldRange {
    double minimum{};
    double maximum{};
    double step{1};
    int decimals{0};
};

struct LayerField {
    const char* key;
    const char* label; // English; the editor translates it in the "core" context
    FieldKind kind;
    // Absent from a layer's JSON: nn takes `default_value` unless `required` (then the layer is
    // refused, and the value is only what the editor shows). Null: a pool's stride, its window.
    nlohmann::json default_value;
    bool required{false};
    FieldRange range;
    const char* description;
    std::vector<const char*> choices{}; // a Choice's values, as JSON spells them
};

struct LayerKind {
    const char* type;      // the JSON "type"
    const char* menu_text; // English, as the editor's Add layer menu lists it
    nlohmann::json added;  // the layer a new one starts as
    std::vector<LayerField> fields;
    const char* description;

    const LayerField* field(std::string_view key) const;
};

// Every layer type, in the order the editor lists them.
const std::vector<LayerKind>& layer_schema();
// The type named `type`, or null.
const LayerKind* find_layer_kind(std::string_view type);
// "conv2d, maxpool, ...": for messages.
std::string layer_type_list();

} // namespace convsight::nn
