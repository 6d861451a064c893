// The lecture's question "is the network translationally invariant, f(T(x)) = f(x)?" measured:
// each model's accuracy on the test set with every image moved right by 0, 1, …, max_shift pixels.
#pragma once

#include "data/Dataset.h"
#include "nn/Sequential.h"

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace convsight::nn {

struct ShiftCurve {
    std::string model;
    std::vector<double> accuracy; // accuracy[s]: on the test set shifted s px right, in [0, 1]
};

// One curve per model, in the order given. `fill` is what the uncovered left border becomes (one
// value per channel, e.g. the normalised value of black). `progress`, when given, is called with
// the fraction done after every evaluation; returning false cancels, and the curves measured so
// far come back (the unfinished curve shorter). Throws std::invalid_argument for a null model or
// test set, a max_shift outside [0, width), or a model that does not fit the test set.
std::vector<ShiftCurve> shift_study(std::vector<std::pair<std::string, Sequential*>> models,
                                    const data::DatasetPtr& test, int max_shift,
                                    const std::vector<float>& fill,
                                    const std::function<bool(double progress)>& progress = {});

} // namespace convsight::nn
