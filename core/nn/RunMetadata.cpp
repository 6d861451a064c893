// RunMetadata: each entry read with its type checked, so a wrong one is refused by name instead
// of failing somewhere later; entries it does not know pass through untouched.
#include "nn/RunMetadata.h"

#include "io/Json.h"

#include <stdexcept>

namespace convsight::nn {

using nlohmann::json;

namespace {

[[noreturn]] void refuse(const char* key, const std::string& want, const json& value) {
    throw std::invalid_argument(std::string("metadata '") + key + "' must be " + want + ", not " +
                                io::json_excerpt(value));
}

std::string text(const json& value, const char* key) {
    if (!value.is_string())
        refuse(key, "a string", value);
    return value.get<std::string>();
}

std::int64_t whole(const json& value, const char* key, std::int64_t minimum) {
    if (!value.is_number_integer() || value.get<std::int64_t>() < minimum)
        refuse(key, "a whole number of at least " + std::to_string(minimum), value);
    return value.get<std::int64_t>();
}

std::vector<float> numbers(const json& value, const char* key) {
    if (!value.is_array())
        refuse(key, "a list of numbers", value);
    std::vector<float> list;
    for (const json& v : value) {
        if (!v.is_number())
            refuse(key, "a list of numbers", value);
        list.push_back(v.get<float>());
    }
    return list;
}

data::ChannelStats stats(const json& value) {
    if (!value.is_object() || !value.contains("mean") || !value.contains("std"))
        refuse("normalization", "{\"mean\": [...], \"std\": [...]}", value);
    return {numbers(value["mean"], "normalization.mean"),
            numbers(value["std"], "normalization.std")};
}

std::vector<std::string> names(const json& value) {
    if (!value.is_array())
        refuse("class_names", "a list of strings", value);
    std::vector<std::string> list;
    for (const json& name : value)
        list.push_back(text(name, "class_names"));
    return list;
}

std::vector<EpochRecord> records(const json& value) {
    if (!value.is_array())
        refuse("history", "a list of epoch records", value);
    std::vector<EpochRecord> list;
    for (const json& record : value) {
        try {
            list.push_back(EpochRecord::from_json(record));
        } catch (const std::exception& e) {
            throw std::invalid_argument("metadata 'history': " + std::string(e.what()));
        }
    }
    return list;
}

TrainerConfig config(const json& value) {
    try {
        return TrainerConfig::from_hyperparameters(value);
    } catch (const std::exception& e) {
        throw std::invalid_argument("metadata 'hyperparameters': " + std::string(e.what()));
    }
}

} // namespace

json RunMetadata::to_json() const {
    json out = other.is_object() ? other : json::object();
    if (dataset)
        out["dataset"] = *dataset;
    if (dataset_name)
        out["dataset_name"] = *dataset_name;
    if (normalization)
        out["normalization"] = {{"mean", normalization->mean}, {"std", normalization->std}};
    if (!class_names.empty())
        out["class_names"] = class_names;
    if (limit > 0)
        out["limit"] = limit;
    if (epoch)
        out["epoch"] = *epoch;
    if (seed)
        out["seed"] = *seed;
    if (pixel_permutation_seed)
        out["pixel_permutation_seed"] = *pixel_permutation_seed;
    if (hyperparameters)
        out["hyperparameters"] = hyperparameters->hyperparameters();
    if (history) {
        json list = json::array();
        for (const EpochRecord& record : *history)
            list.push_back(record.to_json());
        out["history"] = std::move(list);
    }
    return out;
}

RunMetadata RunMetadata::from_json(const json& in) {
    if (!in.is_object())
        throw std::invalid_argument("the metadata must be a JSON object, not " +
                                    io::json_excerpt(in));
    RunMetadata m;
    for (const auto& [key, value] : in.items()) {
        if (key == "dataset")
            m.dataset = text(value, "dataset");
        else if (key == "dataset_name")
            m.dataset_name = text(value, "dataset_name");
        else if (key == "normalization")
            m.normalization = stats(value);
        else if (key == "class_names")
            m.class_names = names(value);
        else if (key == "limit")
            m.limit = whole(value, "limit", 0);
        else if (key == "epoch")
            m.epoch = static_cast<int>(whole(value, "epoch", 0));
        else if (key == "seed")
            m.seed = value.is_number_unsigned()
                         ? value.get<std::uint64_t>()
                         : static_cast<std::uint64_t>(whole(value, "seed", 0));
        else if (key == "pixel_permutation_seed")
            m.pixel_permutation_seed =
                value.is_number_unsigned()
                    ? value.get<std::uint64_t>()
                    : static_cast<std::uint64_t>(whole(value, "pixel_permutation_seed", 0));
        else if (key == "hyperparameters")
            m.hyperparameters = config(value);
        else if (key == "history")
            m.history = records(value);
        else
            m.other[key] = value;
    }
    return m;
}

std::string RunMetadata::class_name(std::size_t index) const {
    return index < class_names.size() ? class_names[index] : "class " + std::to_string(index);
}

RunMetadata run_metadata(const SavedModel& saved, const std::string& path) {
    try {
        return RunMetadata::from_json(saved.metadata);
    } catch (const std::invalid_argument& e) {
        throw ModelFileError(path + ": " + e.what());
    }
}

} // namespace convsight::nn
