// The Inspect workspace in a session file: the tab, the input's source, the test example, the
// selected feature map and the Explain tab's settings.
#include "inspect/ExplainView.h"
#include "inspect/FeatureMapView.h"
#include "inspect/InspectWorkspace.h"

#include <QSpinBox>
#include <QTabWidget>
#include <limits>

namespace convsight::widgets {

using nlohmann::json;

namespace {

constexpr int kSources = 4;

} // namespace

json InspectWorkspace::sessionState() const {
    return {{"tab", tabs_->currentIndex()},
            {"source", static_cast<int>(source())},
            {"test_example", testIndex()},
            {"map", selectedMap_},
            {"explain", explain_->settings()}};
}

QString InspectWorkspace::checkSessionState(const json& state) {
    if (!state.is_object())
        return tr("inspect is not an object");
    for (const char* key : {"tab", "source", "test_example", "map"})
        if (!state.contains(key))
            return tr("inspect.%1 is missing").arg(QLatin1String(key));
    const auto whole = [&](const char* key, long long low, long long high) {
        const json& value = state[key];
        return value.is_number_integer() && value.get<long long>() >= low &&
               value.get<long long>() <= high;
    };
    if (!whole("tab", 0, 16))
        return tr("inspect.tab is not a tab number");
    if (!whole("source", 0, kSources - 1))
        return tr("inspect.source is not an input source");
    if (!whole("test_example", 0, std::numeric_limits<int>::max()))
        return tr("inspect.test_example is not an example number");
    const json& map = state["map"];
    if (!map.is_array() || map.size() != 4)
        return tr("inspect.map is not a list of 4 numbers");
    for (const json& value : map)
        if (!value.is_number_integer() || value.get<long long>() < -1 ||
            value.get<long long>() > 1'000'000)
            return tr("inspect.map is not a list of 4 numbers");
    // Optional: sessions written before the Explain tab have none.
    if (state.contains("explain"))
        return ExplainView::checkSettings(state["explain"]);
    return {};
}

void InspectWorkspace::applySessionState(const json& state) {
    if (state.contains("explain"))
        explain_->applySettings(state["explain"]);
    tabs_->setCurrentIndex(std::min(state["tab"].get<int>(), tabs_->count() - 1));
    const auto source = static_cast<Source>(state["source"].get<int>());
    if (this->source() != source)
        setSource(source);
    if (!hasModel())
        return;
    if (source == Source::TestSet)
        showTestExample(state["test_example"].get<std::int64_t>());
    runModel();
    const auto map = state["map"].get<std::array<int, 4>>();
    // Only a map this model has (a session checked whole may still name one it lacks).
    if (map[0] < 0 || map[0] >= model_->size() ||
        static_cast<std::size_t>(map[0]) >= outputs_.size())
        return;
    const compute::Shape shape = outputs_[static_cast<std::size_t>(map[0])].value.shape();
    if (shape.empty() || map[1] < 0 || map[1] >= shape[0])
        return;
    if (shape.size() == 3 && (map[2] >= shape[1] || map[3] >= shape[2]))
        return;
    featureMaps_->select(map[0], map[1]);
    selectMap(map[0], map[1], map[2], map[3]);
}

} // namespace convsight::widgets
