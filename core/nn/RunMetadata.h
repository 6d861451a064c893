// What a model file says about the run that made it: the data set (how to open it again, its
// normalisation, class names, limit), the hyperparameters and the per-epoch history. One typed
// reading of the metadata for the CLI, the GUI and the trainer's checkpoints.
#pragma once

#include "data/Views.h"
#include "nn/ModelFile.h"
#include "nn/Trainer.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace convsight::nn {

struct RunMetadata {
    std::optional<std::string> dataset;      // the spec that opens it again ("shapes", a folder)
    std::optional<std::string> dataset_name; // as the data set names itself
    // Per channel; the data is normalised by it before it reaches the model.
    std::optional<data::ChannelStats> normalization;
    std::vector<std::string> class_names;
    std::int64_t limit{0};    // the first examples of the training set only, when above 0
    std::optional<int> epoch; // epochs completed
    std::optional<std::uint64_t> seed;
    // The permutation experiment: the seed of the pixel order every image was shown in
    // (data::PixelPermuted); none: the images as they are.
    std::optional<std::uint64_t> pixel_permutation_seed;
    std::optional<TrainerConfig> hyperparameters; // as TrainerConfig::hyperparameters() writes
    std::optional<std::vector<EpochRecord>> history;
    // Entries this struct does not name (a paused run's partial epoch), kept as they are.
    nlohmann::json other = nlohmann::json::object();

    nlohmann::json to_json() const;
    // Checks every entry it names; throws std::invalid_argument naming the entry and what is
    // wrong ("metadata 'limit' must be a whole number of at least 0, not \"ten\"").
    static RunMetadata from_json(const nlohmann::json& json);

    // The class names, or "class 3" for a class the metadata does not name.
    std::string class_name(std::size_t index) const;
};

// The metadata of a model file, checked; throws ModelFileError starting with the path.
RunMetadata run_metadata(const SavedModel& saved, const std::string& path);

} // namespace convsight::nn
