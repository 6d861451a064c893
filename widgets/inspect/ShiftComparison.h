// ShiftComparison: the lecture's "MLPs and spatial reasoning" measured. "Train both" trains an MLP
// and the CNN of the Train workspace, with about as many parameters, on the current data set (on a
// worker thread, with progress, cancellable); then both are run on the test set moved right by 0,
// 1, …, max pixels, and their accuracies are plotted against the shift with a sentence on what it
// shows. Ready-trained models can be given instead.
#pragma once

#include "data/Dataset.h"
#include "nn/Sequential.h"
#include "nn/ShiftStudy.h"

#include <QFutureWatcher>
#include <QWidget>
#include <atomic>
#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

class QChartView;
class QLabel;
class QLineSeries;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;
class QTimer;

namespace convsight::widgets {

class ShiftComparison : public QWidget {
    Q_OBJECT
public:
    explicit ShiftComparison(QWidget* parent = nullptr);
    ~ShiftComparison() override; // cancels the work in flight and waits for it (one batch)

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
    QLabel* statusLine() const { return status_; }
    QLabel* conclusion() const { return conclusion_; }

signals:
    void trainingFinished();
    void studyFinished();

private:
    // What a worker shares with the GUI thread, which polls it for the progress bar.
    struct Work {
        std::atomic<bool> cancel{false};
        std::atomic<double> progress{0.0}; // [0, 1]
        std::atomic<int> stage{0};         // training: 0 the MLP, 1 the CNN
    };
    struct Trained {
        std::shared_ptr<nn::Sequential> mlp, cnn;
        QString error;
        bool cancelled{false};
    };
    struct Study {
        std::vector<nn::ShiftCurve> curves;
        QString error;
        bool cancelled{false};
    };

    void trainingDone();
    void startStudy(int maxShift);
    void studyDone();
    void pollProgress();
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

    std::shared_ptr<Work> training_, study_; // the work in flight, null when none
    QFutureWatcher<Trained> trainWatcher_;
    QFutureWatcher<Study> studyWatcher_;
    int pendingShift_{-1}; // a study asked for while another was being cancelled

    QPushButton* trainButton_{};
    QSpinBox* epochsBox_{};
    QPushButton* cancelButton_{};
    QSlider* shiftSlider_{};
    QLabel* shiftValue_{};
    QPushButton* studyButton_{};
    QProgressBar* progress_{};
    QLabel* status_{};
    QChartView* chartView_{};
    QLineSeries* mlpSeries_{};
    QLineSeries* cnnSeries_{};
    QLabel* conclusion_{};
    QTimer* poll_{};
};

} // namespace convsight::widgets
