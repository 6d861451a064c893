// The Train workspace in a session file: the data set, the architecture and the run's settings as
// JSON, checked whole before any of it is applied.
#include "common/CoreMessages.h"
#include "nn/ModelFile.h"
#include "train/ArchitectureEditor.h"
#include "train/TrainWorkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QTabWidget>
#include <cmath>

namespace convsight::widgets {

using nlohmann::json;

json TrainWorkspace::sessionState() const {
    return {{"dataset", datasetSpec_.toStdString()},
            {"architecture", editor_->architecture()},
            {"epochs", epochs_->value()},
            {"batch", batch_->value()},
            {"optimizer", optimizer_->currentData().toString().toStdString()},
            {"learning_rate", learningRate_->value()},
            {"schedule", schedule_->currentData().toString().toStdString()},
            {"seed", seed_->value()},
            {"device", device_->currentIndex() == 1 ? "cuda" : "cpu"},
            {"starting_filters", startingFilters_->currentIndex()},
            {"permute_pixels", permutePixels_->isChecked()},
            {"view", views_->currentIndex()}};
}

QString TrainWorkspace::checkSessionState(const json& state) {
    if (!state.is_object())
        return tr("train is not an object");
    const auto missing = [&](const char* key) {
        return tr("train.%1 is missing or has the wrong type").arg(QLatin1String(key));
    };
    for (const char* key : {"dataset", "optimizer", "schedule", "device"})
        if (!state.contains(key) || !state[key].is_string())
            return missing(key);
    const std::pair<const char*, std::pair<long long, long long>> wholes[] = {
        {"epochs", {1, 500}}, {"batch", {1, 4096}},         {"seed", {0, 1'000'000}},
        {"view", {0, 16}},    {"starting_filters", {0, 2}},
    };
    for (const auto& [key, range] : wholes) {
        if (!state.contains(key) || !state[key].is_number_integer())
            return missing(key);
        const auto value = state[key].get<long long>();
        if (value < range.first || value > range.second)
            return tr("train.%1: %2 is outside %3…%4")
                .arg(QLatin1String(key))
                .arg(value)
                .arg(range.first)
                .arg(range.second);
    }
    if (!state.contains("learning_rate") || !state["learning_rate"].is_number() ||
        !std::isfinite(state["learning_rate"].get<double>()) ||
        state["learning_rate"].get<double>() <= 0)
        return missing("learning_rate");
    const std::string optimizer = state["optimizer"].get<std::string>();
    if (optimizer != "adam" && optimizer != "sgd")
        return tr("train.optimizer: \"%1\" is not adam or sgd")
            .arg(QString::fromStdString(optimizer));
    const std::string schedule = state["schedule"].get<std::string>();
    if (schedule != "constant" && schedule != "cosine" && schedule != "step")
        return tr("train.schedule: \"%1\" is not constant, cosine or step")
            .arg(QString::fromStdString(schedule));
    // Optional: files written before the permutation experiment leave it out.
    if (state.contains("permute_pixels") && !state["permute_pixels"].is_boolean())
        return tr("train.permute_pixels must be true or false");
    if (!state.contains("architecture"))
        return missing("architecture");
    try {
        nn::model_from_json(state["architecture"]);
    } catch (const std::exception& e) {
        return tr("train.architecture: %1").arg(translateCoreMessage(e.what()));
    }
    return {};
}

void TrainWorkspace::applySessionState(const json& state) {
    epochs_->setValue(state["epochs"].get<int>());
    batch_->setValue(state["batch"].get<int>());
    optimizer_->setCurrentIndex(
        optimizer_->findData(QString::fromStdString(state["optimizer"].get<std::string>())));
    learningRate_->setValue(state["learning_rate"].get<double>());
    schedule_->setCurrentIndex(
        schedule_->findData(QString::fromStdString(state["schedule"].get<std::string>())));
    seed_->setValue(state["seed"].get<int>());
    // CUDA only where this machine has it.
    device_->setCurrentIndex(state["device"] == "cuda" && compute::Device::cuda_available() ? 1
                                                                                            : 0);
    startingFilters_->setCurrentIndex(state["starting_filters"].get<int>());
    permutePixels_->setChecked(state.value("permute_pixels", false));
    views_->setCurrentIndex(std::min(state["view"].get<int>(), views_->count() - 1));
    const json architecture = state["architecture"];
    editor_->setArchitecture(architecture);
    const QString spec = QString::fromStdString(state["dataset"].get<std::string>());
    if (!spec.isEmpty()) {
        // The data set's input shape and classes reach the editor when it has opened: the
        // session's architecture is set again after that.
        connect(
            this, &TrainWorkspace::datasetReady, editor_,
            [this, architecture] { editor_->setArchitecture(architecture); },
            Qt::SingleShotConnection);
        chooseDataset(spec);
    }
}

} // namespace convsight::widgets
