// The Train workspace: choose a data set (with a strip of its examples), build a network in the
// architecture editor (shapes, parameters and FLOPs live), set the hyperparameters and the device,
// then start, pause, step and stop a run and watch it: progress beside the lecture's speed table,
// loss and accuracy curves, the first layer's filters (beside their hand-made starting kernels),
// the optimizer's update rule with its numbers, and a timeline over the epochs' checkpoints.
#pragma once

#include "common/LatestTask.h"
#include "common/MessageLine.h"
#include "common/TrainingSession.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QLayout;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;
class QTabWidget;

namespace convsight::widgets {

class ArchitectureEditor;
class BusyIndicator;
class DatasetPreview;
class FilterGrid;
class SpeedComparison;
class TrainingCharts;
class UpdateRuleView;

class TrainWorkspace : public QWidget {
    Q_OBJECT
public:
    // The session belongs to the window (training goes on in other workspaces).
    explicit TrainWorkspace(TrainingSession* session, QWidget* parent = nullptr);

    // Where "the Filter workspace's kernel" comes from when the starting filters ask for it.
    void setFilterKernelSource(std::function<conv::Matrix()> source);

    // The data set by its spec ("shapes", "fashion-mnist", "mnist", "cifar10:DIR", a folder):
    // selected in the list, its examples shown and the editor's input set (asynchronously: a
    // failure shows in the message line and keeps the previous choice).
    void chooseDataset(const QString& spec);
    QString datasetSpec() const { return datasetSpec_; }
    // The run's settings as the form holds them.
    TrainingSession::Setup setup() const;

    // The buttons' actions (also what tests call).
    void start();
    void togglePause();
    void stepOneBatch();
    void stop();
    bool saveModelTo(const QString& path);
    // Asks the load guard first (when set): false from it leaves the session's model as it is.
    void loadModelFrom(const QString& path);
    // Called before a model is loaded over the session's; the window asks there whether to save
    // unsaved training.
    void setLoadGuard(std::function<bool()> guard) { loadGuard_ = std::move(guard); }

    // Session files (TrainWorkspaceSession.cpp): the data set, the architecture and the run's
    // settings. checkSessionState() says what is wrong (empty: nothing); applySessionState()
    // applies a checked state (the data set opens asynchronously, then the architecture is set
    // again so the data set's input does not replace it).
    nlohmann::json sessionState() const;
    static QString checkSessionState(const nlohmann::json& state);
    void applySessionState(const nlohmann::json& state);

    TrainingSession* session() const { return session_; }
    ArchitectureEditor* architectureEditor() const { return editor_; }
    TrainingCharts* charts() const { return charts_; }
    FilterGrid* filterGrid() const { return filters_; }
    UpdateRuleView* updateRule() const { return updateRule_; }
    SpeedComparison* speedComparison() const { return speed_; }
    DatasetPreview* datasetPreview() const { return preview_; }
    QSlider* timeline() const { return timeline_; }
    MessageLine* messageLine() const { return message_; }
    QSpinBox* epochsBox() const { return epochs_; }
    QSpinBox* batchBox() const { return batch_; }
    QComboBox* startingFiltersBox() const { return startingFilters_; }
    // The permutation experiment: every image's pixels, train and test, in one fixed order.
    QCheckBox* permutePixelsBox() const { return permutePixels_; }
    // Fine-tuning: the run starts from the last loaded model's weights (enabled once one is).
    QCheckBox* fineTuneBox() const { return fineTune_; }

signals:
    void datasetReady(); // chooseDataset() finished (either way)

private:
    QWidget* createSetupPanel();
    QWidget* createRunPanel();
    QLayout* createRunButtons();
    QWidget* createWatchView(); // the charts, the filters, the update rule and the timeline
    void showDataset(const QString& spec, const data::DatasetSplit& split);
    QWidget* createHyperparameters();
    void updateButtons();
    void updateNetworkSummary();
    void showBatch(const nn::BatchProgress& progress);
    void showViewedModel();
    void updateTimeline();
    std::vector<conv::Matrix> startingKernels() const;
    void updatePreview(); // the training set, permuted as the network will see it when asked

    TrainingSession* session_;
    std::function<conv::Matrix()> filterKernel_;
    std::function<bool()> loadGuard_;
    QString datasetSpec_;
    LatestTask datasetTask_; // opening the chosen data set; a newer choice wins

    QComboBox* dataset_{};
    QLabel* datasetDetail_{}; // what the chosen data set holds
    DatasetPreview* preview_{};
    data::DatasetPtr shownTrain_; // the chosen training set as stored
    QCheckBox* permutePixels_{};
    QLabel* permuteDetail_{};
    ArchitectureEditor* editor_{};
    QSpinBox* epochs_{};
    QSpinBox* batch_{};
    QComboBox* optimizer_{};
    QDoubleSpinBox* learningRate_{};
    QComboBox* schedule_{};
    QSpinBox* seed_{};
    QComboBox* device_{};
    QComboBox* startingFilters_{};
    QCheckBox* fineTune_{};
    std::shared_ptr<const nn::Sequential> loadedModel_; // the last model loaded, for fine-tuning

    QPushButton* startButton_{};
    QPushButton* pauseButton_{};
    QPushButton* stepButton_{};
    QPushButton* stopButton_{};
    QPushButton* saveButton_{};
    QPushButton* loadButton_{};
    QProgressBar* progress_{};
    QLabel* progressText_{};
    MessageLine* message_{};
    // Offered beside the message when the GPU failed: the run goes on on the CPU.
    QPushButton* continueOnCpu_{};
    void continueOnCpu();
    BusyIndicator* busy_{}; // "Opening Fashion-MNIST…", "Loading model.csmodel…"
    TrainingCharts* charts_{};
    FilterGrid* filters_{};
    UpdateRuleView* updateRule_{};
    SpeedComparison* speed_{};
    QSlider* timeline_{};
    QLabel* timelineLabel_{};
    QLabel* networkSummary_{};
    QTabWidget* views_{}; // "Watch it learn" and "Network"
};

} // namespace convsight::widgets
