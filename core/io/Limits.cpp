#include "io/Limits.h"

#include <stdexcept>

namespace convsight::io::limits {

void check_at_most(std::int64_t value, std::int64_t limit, std::string_view what) {
    if (value > limit)
        throw std::invalid_argument(std::string(what) + ": " + std::to_string(value) +
                                    " is more than the limit of " + std::to_string(limit));
}

} // namespace convsight::io::limits
