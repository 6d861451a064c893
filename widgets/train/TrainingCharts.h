// The training curves: loss and accuracy as two Qt Charts, side by side (stacked when narrow).
// Every batch as a faint raw line plus its exponential moving average, every epoch's training
// and test values as points joined by lines, and the timeline's position as a vertical line.
#pragma once

#include "nn/Trainer.h"

#include <QPointF>
#include <QWidget>
#include <vector>

class QBoxLayout;
class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QSlider;
class QTimer;
class QValueAxis;

namespace convsight::widgets {

class TrainingCharts : public QWidget {
    Q_OBJECT
public:
    explicit TrainingCharts(QWidget* parent = nullptr);

    void clear();
    // Stores the batch; the series follow within ~150 ms (or at flush()). A batch at or before
    // one already held (a run resumed earlier) replaces the held ones from there on.
    void addBatch(const nn::BatchProgress& progress);
    // Stores the epoch's training and test values at x = epoch; an epoch already held is
    // replaced, with every later one.
    void addEpoch(const nn::EpochRecord& record);
    // Moves what addBatch/addEpoch stored into the series now and rescales the axes once; the
    // widget's timer calls it.
    void flush();

    // The EMA's factor f in [0, 0.99] (clamped): s₀ = v₀, sᵢ = f·sᵢ₋₁ + (1 − f)·vᵢ. The
    // slider in the widget sets it too.
    void setSmoothing(double factor);
    double smoothing() const { return smoothing_; }
    // The timeline's position in epochs: a vertical line on both charts; a negative value hides it.
    void setCursor(double epochs);
    double cursorPosition() const { return cursor_; }

    int batchPointCount() const; // batches held (the series show at most ~5,000 of them)
    int epochPointCount() const;
    QChartView* lossView() const { return lossView_; }
    QChartView* accuracyView() const { return accuracyView_; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    // One chart's series and axes; the loss and the accuracy chart are built alike.
    struct Plot {
        QChart* chart{};
        QValueAxis* x{};
        QValueAxis* y{};
        QLineSeries* raw{};
        QLineSeries* smoothed{};
        QLineSeries* trainEpochs{};
        QLineSeries* testEpochs{};
        QLineSeries* cursor{};
    };
    struct Batch {
        double x;        // epochs: batch b of epoch e at e − 1 + b / batches
        double loss;     // this batch's mean loss
        double accuracy; // %
    };
    Plot makePlot(const QString& name, const QString& title, const QString& yTitle);
    void restyle(Plot& plot);
    void placeKey();
    QChartView* makeView(const Plot& plot, const QString& name);
    void recomputeSmoothing(std::size_t from);
    void updateBatchSeries();
    void rescale();
    void placeCursor(const Plot& plot);
    void scheduleFlush();

    Plot loss_, accuracy_;
    QChartView* lossView_{};
    QChartView* accuracyView_{};
    QBoxLayout* chartsLayout_{};
    QSlider* smoothingSlider_{};
    QLabel* smoothingValue_{};
    QLabel* hint_{}; // how to read the charts, and their key where a legend has no room
    QTimer* flushTimer_{};

    std::vector<Batch> batches_;
    std::vector<QPointF> smoothLoss_, smoothAccuracy_; // the EMA of every held batch
    std::vector<nn::EpochRecord> epochs_;
    int runEpochs_{0};           // the run's length, from the batches: the x axis spans it
    std::size_t shown_{0};       // batches already in the series
    std::size_t stride_{1};      // the series show batches 0, stride, 2·stride, …
    bool rebuildBatches_{false}; // the batch series must be replaced, not appended to
    bool epochsChanged_{false};
    double smoothing_{0.6};
    double cursor_{-1.0};
};

} // namespace convsight::widgets
