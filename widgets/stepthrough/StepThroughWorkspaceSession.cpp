// The Step through workspace in a session file: its document, mode, step and view settings as
// JSON, checked whole before any of it is applied.
#include "common/CoreMessages.h"
#include "conv/SessionJson.h"
#include "stepthrough/ConvolutionStage.h"
#include "stepthrough/StepThroughWorkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSignalBlocker>
#include <QSlider>
#include <QUndoStack>

namespace convsight::widgets {

using nlohmann::json;

json StepThroughWorkspace::sessionState() const {
    return {{"document", conv::step_through_to_json(document_)},
            {"mode", conv::step_through_mode_name(mode_)},
            {"step", std::max(0, stage_->step())},
            {"speed", speedSlider_->value()},
            {"im2col", im2colCheck_->isChecked()}};
}

QString StepThroughWorkspace::checkSessionState(const json& state) {
    if (!state.is_object())
        return tr("step_through is not an object");
    for (const char* key : {"document", "mode", "step", "speed", "im2col"})
        if (!state.contains(key))
            return tr("step_through.%1 is missing").arg(QLatin1String(key));
    if (!state["mode"].is_string())
        return tr("step_through.mode is not text");
    if (!state["step"].is_number_integer() || state["step"].get<long long>() < 0)
        return tr("step_through.step is not a step number");
    if (!state["speed"].is_number_integer() || state["speed"].get<long long>() < 1 ||
        state["speed"].get<long long>() > 10)
        return tr("step_through.speed is not a speed of 1 to 10");
    if (!state["im2col"].is_boolean())
        return tr("step_through.im2col is not true or false");
    try {
        conv::step_through_from_json(state["document"]);
        conv::step_through_mode_from_name(state["mode"].get<std::string>());
    } catch (const conv::SessionJsonError& e) {
        return translateCoreMessage(e.what());
    }
    return {};
}

void StepThroughWorkspace::applySessionState(const json& state) {
    pause();
    mode_ = conv::step_through_mode_from_name(state["mode"].get<std::string>());
    {
        const QSignalBlocker blocker(modeCombo_);
        modeCombo_->setCurrentIndex(modeCombo_->findData(static_cast<int>(mode_)));
    }
    speedSlider_->setValue(state["speed"].get<int>());
    im2colCheck_->setChecked(state["im2col"].get<bool>());
    document_ = conv::step_through_from_json(state["document"]);
    syncControls();
    rebuildTrace(0);
    const int step = state["step"].get<int>();
    if (stage_->stepCount() > 0)
        stage_->jumpToStep(std::min(step, stage_->stepCount() - 1));
    undoStack_->clear();
}

} // namespace convsight::widgets
