// parse_json and json_excerpt: nlohmann's parser with a depth cap and its exceptions turned into
// std::invalid_argument naming the source; an excerpt written without recursion.
#include "io/Json.h"

#include "io/Limits.h"

#include <algorithm>
#include <stdexcept>
#include <vector>

namespace convsight::io {

using nlohmann::json;

namespace {

// nlohmann's "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error ..."
// without the bracketed id and the position (the caller writes them as SOURCE:LINE:COLUMN).
std::string reason_of(const std::string& what) {
    std::string reason = what;
    const std::size_t close = reason.find("] ");
    if (reason.rfind("[json.exception.", 0) == 0 && close != std::string::npos)
        reason = reason.substr(close + 2);
    const std::size_t colon = reason.find(": ", reason.find("parse error"));
    if (reason.rfind("parse error", 0) == 0 && colon != std::string::npos)
        reason = reason.substr(colon + 2);
    return reason;
}

// The line and column (1-based) of the byte nlohmann stopped at, as an editor shows them.
std::string position_of(std::string_view text, std::size_t byte) {
    const std::size_t stop = std::min<std::size_t>(byte == 0 ? 0 : byte - 1, text.size());
    const auto line = std::count(text.begin(), text.begin() + static_cast<long>(stop), '\n');
    const std::size_t line_start = stop == 0 ? std::string_view::npos : text.rfind('\n', stop - 1);
    const std::size_t column =
        line_start == std::string_view::npos || line == 0 ? stop + 1 : stop - line_start;
    return std::to_string(line + 1) + ":" + std::to_string(column);
}

// The literal nlohmann could not hold, from "number overflow parsing '1e999'".
std::string overflowing_number(const std::string& what) {
    const std::size_t open = what.find('\'');
    const std::size_t close = open == std::string::npos ? open : what.find('\'', open + 1);
    if (close == std::string::npos)
        return "a number";
    return "the number " + what.substr(open + 1, std::min<std::size_t>(close - open - 1, 40));
}

} // namespace

json parse_json(std::string_view text, const std::string& source) {
    // Called as each array or object opens, with the number of containers around it; refusing
    // there keeps the parse (and everything that later walks the value) shallow.
    const json::parser_callback_t cap_depth = [&source](int depth, json::parse_event_t event,
                                                        json&) {
        if (event == json::parse_event_t::object_start || event == json::parse_event_t::array_start)
            limits::check_at_most(std::int64_t{depth} + 1, limits::max_json_depth,
                                  source + ": JSON nesting depth");
        return true;
    };
    try {
        return json::parse(text.begin(), text.end(), cap_depth);
    } catch (const json::parse_error& e) {
        throw std::invalid_argument(source + ":" + position_of(text, e.byte) +
                                    ": not valid JSON: " + reason_of(e.what()));
    } catch (const json::out_of_range& e) { // 1e999: nlohmann's number overflow
        throw std::invalid_argument(source + ": " + overflowing_number(e.what()) +
                                    " is too large (beyond the range of a double)");
    } catch (const json::exception& e) {
        throw std::invalid_argument(source + ": not valid JSON: " + reason_of(e.what()));
    }
}

std::string json_excerpt(const json& value) {
    constexpr std::size_t max_chars = 60;
    std::string out;
    // dump()'s compact form written with an explicit stack, stopping once the text is long
    // enough: the depth it reaches is bounded by max_chars, whatever the value holds.
    struct Frame {
        const json* container;
        json::const_iterator next;
    };
    std::vector<Frame> stack;
    const auto write_scalar = [&out](const json& v) {
        std::string text = v.dump(-1, ' ', false, json::error_handler_t::replace);
        if (text.size() > max_chars)
            text = text.substr(0, max_chars - 4) + (v.is_string() ? "...\"" : "...");
        out += text;
    };
    const auto open = [&](const json& v) {
        if (v.is_object() || v.is_array()) {
            out += v.is_object() ? '{' : '[';
            stack.push_back({&v, v.cbegin()});
        } else {
            write_scalar(v);
        }
    };
    open(value);
    while (!stack.empty() && out.size() <= max_chars) {
        Frame& frame = stack.back();
        if (frame.next == frame.container->cend()) {
            out += frame.container->is_object() ? '}' : ']';
            stack.pop_back();
            continue;
        }
        if (frame.next != frame.container->cbegin())
            out += ',';
        const json::const_iterator item = frame.next++;
        if (frame.container->is_object())
            out += json(item.key()).dump(-1, ' ', false, json::error_handler_t::replace) + ':';
        open(*item);
    }
    if (!stack.empty() || out.size() > max_chars + 4) {
        if (out.size() > max_chars)
            out.resize(max_chars);
        out += "...";
    }
    return out;
}

} // namespace convsight::io
