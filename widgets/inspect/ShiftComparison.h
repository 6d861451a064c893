// ShiftComparison: the lecture's "MLPs and spatial reasoning" measured. "Train both" trains an MLP
// and the CNN of the Train workspace, with about as many parameters, on the current data set (on a
// worker thread, with progress, cancellable); then both are run on the test set moved right by 0,
// 1, …, max pixels, and their accuracies are plotted against the shift with a sentence on what it
// shows. Ready-trained models can be given instead.
#pragma once

#include "common/LatestTask.h"
#include "common/MessageLine.h"
#include "data/Dataset.h"
#include "nn/Sequential.h"
#include "nn/ShiftStudy.h"

#include <QWidget>
#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

class QChartView;
class QHBoxLayout;
class QLabel;
class QLineSeries;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;

namespace convsight::widgets {

class ShiftComparison : public QWidget {
    Q_OBJECT
public:
    explicit ShiftComparison(QWidget* parent = nullptr);
    ~ShiftComparison() override; // cancels the work in flight; the tasks wait for it (one batch)

    // The normalised training and test sets, and what an uncovered pixel becomes (per channel:
    // the normalised value of black). Forgets the models and curves of other data.
    void setData(data::DatasetSplit normalised, std::vector<float> fillValue);
    // The CNN "Train both" trains (nn::architecture_json's form); "small" until set.
    void setCnn(const nlohmann::json& architecture);
    // Ready-trained models (CPU, fitting the data): the study runs on copies of them.
    void setModels(std::shared_ptr<nn::Sequential> mlp, std::shared_ptr<nn::Sequential> cnn);
    std::shared_ptr<const nn::Sequential> mlp() const { return mlp_; }
    std::shared_ptr<const nn::Sequential> cnn() const { return cnn_; }

    // What "Train both" does: trains both models for `epochs` on a worker, then runs the study
    // with the slider's largest shift. A failure is shown in the status line.
    void train(int epochs);
    // Measures both models on the test set shifted 0…maxShift px right (0–8), on a worker; a
    // newer request cancels an older one. Refused (status line) while training or without models.
    void runStudy(int maxShift);
    void cancel();
    bool isBusy() const;

    const std::vector<nn::ShiftCurve>& curves() const { return curves_; }
    QChartView* chartView() const { return chartView_; }
    MessageLine* statusLine() const { return status_; }
    QLabel* conclusion() const { return conclusion_; }

signals:
    void trainingFinished();
    void studyFinished();

private:
    // What the progress is of: training one of the models, or the study.
    enum class Stage { Mlp, Cnn, Study };
    struct Trained {
        std::shared_ptr<nn::Sequential> mlp, cnn; // null when cancelled
        QString error;
    };
    struct Study {
        std::vector<nn::ShiftCurve> curves;
        QString error;
    };

    QHBoxLayout* createTrainRow();
    QHBoxLayout* createShiftRow();
    QChartView* createChart(const QFont& labels);
    void trainingDone(Trained result);
    void studyDone(Study result);
    // On the worker: sends `fraction` ([0, 1]) of `stage` to showProgress when it has moved a
    // tenth of a percent, unless the work is cancelled.
    void postProgress(const CancelFlag& cancelled, Stage stage, double fraction, int& posted);
    void showProgress(Stage stage, double fraction);
    void plot();
    void updateControls();
    void setStatus(const QString& text, bool problem = false);
    QString modelLabel(const nn::Sequential& model, bool isMlp) const;
    QString conclusionText() const;

    data::DatasetSplit data_;
    std::vector<float> fill_;
    nlohmann::json cnnArchitecture_;
    std::shared_ptr<nn::Sequential> mlp_, cnn_;
    std::vector<nn::ShiftCurve> curves_;

    // Declared after what the work's results land in and destroyed before the child widgets: a
    // task waits for its work, so no progress or result reaches a widget that is gone.
    LatestTask training_;
    LatestTask study_; // the newest study wins

    QPushButton* trainButton_{};
    QSpinBox* epochsBox_{};
    QPushButton* cancelButton_{};
    QSlider* shiftSlider_{};
    QLabel* shiftValue_{};
    QPushButton* studyButton_{};
    QProgressBar* progress_{};
    MessageLine* status_{};
    QChartView* chartView_{};
    QLineSeries* mlpSeries_{};
    QLineSeries* cnnSeries_{};
    QLabel* conclusion_{};
};

} // namespace convsight::widgets
