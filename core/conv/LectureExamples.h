// The lecture's examples as Step through documents, with the slide's own numbers: the 4×4 worked
// example, the VALID slide, "Padding = 2", the curve detector and the fully-connected three-pixel
// sum. Where a slide prints a number that differs from the exact result, `note` says so.
#pragma once

#include "conv/StepThroughDocument.h"

#include <string>
#include <string_view>
#include <vector>

namespace convsight::conv {

struct LectureExample {
    std::string id;    // "worked-example", "valid-slide", "padding-2", "curve-detector", ...
    std::string title; // as a menu shows it
    std::string lines; // where it is in the lecture text, e.g. "754–880"
    std::string note;  // where the slide's printed numbers differ; empty when they agree
    StepThroughDocument document;
};

// Every example, in the lecture's order.
const std::vector<LectureExample>& lecture_examples();
// The example with this id, or null.
const LectureExample* find_lecture_example(std::string_view id);

} // namespace convsight::conv
