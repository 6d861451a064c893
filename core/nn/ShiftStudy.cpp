// shift_study: nn::evaluate over data::Shifted views of the test set.
#include "nn/ShiftStudy.h"

#include "data/Views.h"
#include "nn/Evaluator.h"

#include <memory>
#include <stdexcept>

namespace convsight::nn {

std::vector<ShiftCurve> shift_study(std::vector<std::pair<std::string, Sequential*>> models,
                                    const data::DatasetPtr& test, int max_shift,
                                    const std::vector<float>& fill,
                                    const std::function<bool(double progress)>& progress) {
    if (!test)
        throw std::invalid_argument("shift study: no test set");
    const std::int64_t width = test->example_shape().at(2);
    if (max_shift < 0 || max_shift >= width)
        throw std::invalid_argument("shift study: the largest shift must be between 0 and " +
                                    std::to_string(width - 1) + " pixels for " + test->name() +
                                    "'s images, not " + std::to_string(max_shift));
    for (const auto& [name, model] : models) {
        if (!model)
            throw std::invalid_argument("shift study: no model for \"" + name + "\"");
        check_model_fits(*model, *test);
    }
    // Every view up front: a bad fill is reported before any work is done.
    std::vector<data::DatasetPtr> shifted;
    for (int s = 0; s <= max_shift; ++s)
        shifted.push_back(std::make_shared<data::Shifted>(test, s, 0, fill));

    std::vector<ShiftCurve> curves;
    const double total = static_cast<double>(models.size() * shifted.size());
    double done = 0;
    for (const auto& [name, model] : models) {
        curves.push_back({name, {}});
        for (const data::DatasetPtr& view : shifted) {
            curves.back().accuracy.push_back(evaluate(*model, view, 256, 1).accuracy());
            if (progress && !progress(++done / total))
                return curves;
        }
    }
    return curves;
}

} // namespace convsight::nn
