// The one way ConvSight parses a JSON document that comes from a file or a person, and the one way
// an error message quotes a piece of such a document: both bounded, so a hostile file can neither
// overflow the stack (60,000 nested brackets) nor escape as a library exception (1e999).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace convsight::io {

// Parses TEXT as one JSON document. Throws std::invalid_argument, every message starting with
// SOURCE: "net.json:5:3: not valid JSON: ...", "net.json: JSON nesting depth: 65 is more than the
// limit of 64", "net.json: the number 1e999 is too large (beyond the range of a double)".
nlohmann::json parse_json(std::string_view text, const std::string& source);

// A short (at most about 60 characters) description of VALUE for an error message: dump()'s
// compact text for a small value, cut with "..." for a larger one; never recursive, so it is safe
// on any document parse_json accepted and on deeper ones.
std::string json_excerpt(const nlohmann::json& value);

} // namespace convsight::io
