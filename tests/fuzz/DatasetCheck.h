// Reads the first examples of a data set the way training does (label and pixels), so the fuzz
// targets reach the code behind the header as well as the header.
#pragma once

#include "data/Dataset.h"

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <vector>

namespace convsight::fuzz {

inline void read_some_examples(const data::Dataset& dataset) {
    const data::Shape shape = dataset.example_shape();
    std::int64_t elements = 1;
    for (const std::int64_t extent : shape)
        elements *= extent;
    std::vector<float> example(static_cast<std::size_t>(elements));
    const std::int64_t count = std::min<std::int64_t>(dataset.size(), 8);
    for (std::int64_t i = 0; i < count; ++i) {
        const int label = dataset.label(i);
        if (label < 0 || label >= static_cast<int>(dataset.class_names().size()))
            throw std::logic_error("a label outside the class names was accepted");
        dataset.read(i, example.data());
        for (const float value : example)
            if (!(value >= 0.0f && value <= 1.0f))
                throw std::logic_error("a pixel outside [0, 1]");
    }
}

} // namespace convsight::fuzz
