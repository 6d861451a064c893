// The stage of the Step-through workspace: the padded input, the kernel and the output of one
// ConvTrace, the current step's window tied to its output cell, and the step's expression written
// out. A view of the trace: it draws the trace's numbers and never computes a product itself.
// The window glides from one position to the next; input and kernel cells can be clicked and
// typed into (the new value is announced, the owner rebuilds the trace).
#pragma once

#include "conv/ConvTrace.h"
#include "conv/PoolTrace.h"
#include "stepthrough/StageLayout.h"

#include <QImage>
#include <QWidget>
#include <memory>
#include <vector>

class QVariantAnimation;

namespace convsight::widgets {

class CellEditor;

class ConvolutionStage : public QWidget {
    Q_OBJECT
public:
    explicit ConvolutionStage(QWidget* parent = nullptr);

    // The trace shown (null: nothing to show, message() is drawn instead). Goes to `step`
    // (clamped), without animation; the pinned window is kept when it still exists.
    void setTrace(std::shared_ptr<const conv::ConvTrace> trace, int step = 0);
    const std::shared_ptr<const conv::ConvTrace>& trace() const { return trace_; }

    // Pooling on the same stage: the window over one channel at a time, no kernel (the grid
    // says "max" or "mean"), the winning cell ringed for max pooling, one pooled map per channel.
    // trace() is then a stand-in with the same geometry and step order (its kernel k picks input
    // channel k); the numbers drawn are the PoolTrace's.
    void setPoolTrace(std::shared_ptr<const conv::PoolTrace> pool, int step = 0);
    const std::shared_ptr<const conv::PoolTrace>& poolTrace() const { return pool_; }

    // Predict, then reveal: what the stage keeps hidden while the student answers. OutputSize: the
    // output grid and its size (one "?" cell in their place); CurrentValue: the current step's
    // output value and its products ("?"). The other steps' cells are drawn as usual.
    enum class Concealed { Nothing, OutputSize, CurrentValue };
    void setConcealed(Concealed concealed);
    Concealed concealed() const { return concealed_; }

    // Shown instead of the grids while there is no trace, e.g. why the parameters are impossible.
    void setMessage(const QString& message);
    QString message() const { return message_; }

    // The current step, in [0, stepCount()); −1 without a trace.
    int step() const { return step_; }
    int stepCount() const;
    // TraceStep::expression() of the current step, e.g. "2×1 + 0×1 + … = −4"; empty without trace.
    QString expressionText() const;
    // With several input channels: one line per channel, "R: … = s", then the total of the sums.
    QStringList channelSumTexts() const;
    // The heading over the expression, naming the output as the lecture does, V(x, y) with x the
    // column and y the row from 0, then its 1-based row and column: "V(1, 0): row 1, column 2"
    // (a named output grid, e.g. dL/dK, in place of V); empty without a trace.
    QString headingText() const;
    // Whether the stage marks the input rows and columns the window never reaches (dimmed and
    // crossed): ConvGeometry::unreached_rows()/unreached_columns() of the trace shown.
    bool marksUnreached() const;

    // How long the window takes to glide to the next position, in ms (0: it jumps).
    void setAnimationDuration(int ms);
    int animationDuration() const { return animationDuration_; }
    // Whether the window is between two positions; the output cell fills in when it arrives.
    bool isAnimating() const;

    // The step whose window stays outlined (dashed) while the others play; −1 for none.
    int pinnedStep() const { return pinned_; }
    void setPinnedStep(int index);

    // Where cells are drawn, in widget coordinates; an empty rect outside the grid (for tests,
    // tooltips and the cell editor). Input cells in image coordinates (not padded).
    QRect outputCellRect(int row, int column) const;
    QRect outputCellRect(int kernel, int row, int column) const;
    QRect inputCellRect(int channel, int row, int column) const;
    QRect kernelCellRect(int channel, int row, int column) const;

    // What the three grids are called under them (empty: "Input", "Kernel", "Output"): the
    // gradient traces slide dL/dY over the input, or the kernel over dL/dY. A named input is
    // not a colour image: its three planes are not called R, G, B.
    void setGridNames(const QString& input, const QString& kernel, const QString& output);

    // Whether clicking input and kernel cells opens an editor (on by default).
    void setEditable(bool editable);

    // The stage as it looks at `step`, the window `progress` of the way (eased) from the previous
    // step's position, drawn at `size` (for PNG/GIF/MP4 export and the paint benchmark).
    QImage renderFrame(QSize size, int step, double progress = 1.0) const;

    QSize sizeHint() const override;
    // At least the room for cells in which every number of the grids fits at textfit's 12-pixel
    // floor (the curve detector's 6600): a smaller view scrolls the stage.
    QSize minimumSizeHint() const override;
    // That cell, in pixels (StageLayout::kSmallestCell without a trace).
    double minimumCell() const;

public slots:
    // Moves to step `index` (clamped into range), gliding there when an animation duration is
    // set; emits stepChanged when it changes.
    void setStep(int index);
    // The same without the glide (timeline scrubbing).
    void jumpToStep(int index);

signals:
    // A new trace (or pooling trace, or none) is shown.
    void traceChanged();
    void stepChanged(int index);
    void pinnedStepChanged(int index);
    // The window reached its position (at once without animation).
    void windowArrived(int index);
    // The user typed a new value into a cell (image coordinates for the input).
    void inputValueEdited(int channel, int row, int column, double value);
    void kernelValueEdited(int kernel, int channel, int row, int column, double value);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // What one picture shows: a step, and where its window is on the way there.
    struct Frame {
        const conv::TraceStep* step{};
        int index{-1};
        double windowY{}, windowX{}; // the window's top-left in padded cells (fractional)
        double outputY{}, outputX{}; // the output cell in output-map cells, maps stacked
        double arrival{1};           // 0 → 1: how far the glide is (eased)
        const conv::TraceStep* pinned{};
        const conv::PoolStep* pool{}; // pooling: the numbers of the step
    };
    StageLayout layout(QSizeF size) const;
    // The grids that do not change from frame to frame, drawn once per trace and size: the
    // input (hundreds of numbers on a 32×32 input) and the output filled in and waiting.
    struct GridCache {
        QSize size;
        qreal pixelRatio{1};
        QRectF inputRect, outputRect;
        QImage input, outputDone, outputWaiting;
        QFont outputFont;
    };
    const GridCache& gridCache(const StageLayout& layout, QSize size, qreal pixelRatio) const;
    Frame currentFrame() const;
    double stackedRow(int kernel, int row) const;

    void paintStage(QPainter& painter, QSizeF size, const Frame& frame) const;
    void paintInput(QPainter& painter, const StageLayout& layout) const;
    void paintKernel(QPainter& painter, const StageLayout& layout, const Frame& frame) const;
    void paintOutput(QPainter& painter, const StageLayout& layout, const Frame& frame,
                     const GridCache& cache) const;
    // Every output cell filled in (`done`) or waiting, for the cache.
    void paintOutputCells(QPainter& painter, const StageLayout& layout, const QFont& font,
                          bool done) const;
    void paintWindow(QPainter& painter, const StageLayout& layout, const Frame& frame) const;
    void paintPinned(QPainter& painter, const StageLayout& layout, const Frame& frame) const;
    void paintPoolOperator(QPainter& painter, const StageLayout& layout, const Frame& frame) const;
    void paintCaptions(QPainter& painter, const StageLayout& layout, const Frame& frame) const;
    void paintExpression(QPainter& painter, const StageLayout& layout, const Frame& frame) const;
    // "V(1, 0): row 1, column 2" for a step (headingText()).
    QString outputHeading(const conv::TraceStep& step) const;

    void moveTo(int index, bool animate);

    std::shared_ptr<const conv::ConvTrace> trace_;
    mutable std::vector<GridCache> caches_; // the widget's size and an export size
    mutable double minimumCell_{-1};        // minimumCell(), -1 until measured for the trace
    mutable double minimumCellScale_{1};    // theme::scale() when it was measured

    std::shared_ptr<const conv::PoolTrace> pool_;
    conv::PoolStep currentPool_;  // the pool trace's step step_
    std::vector<double> outputs_; // (K, OH, OW), cached when the trace is set
    conv::TraceStep current_;     // the trace's step step_
    int step_{-1};
    QString message_;

    // The glide: from (fromY, fromX) / (fromOutY, fromOutX) to the current step's place.
    QVariantAnimation* animation_{};
    int animationDuration_{0};
    double fromY_{}, fromX_{}, fromOutY_{}, fromOutX_{};

    int pinned_{-1};
    conv::TraceStep pinnedStep_;

    Concealed concealed_{Concealed::Nothing};
    bool settingPool_{}; // setPoolTrace() announces the trace once, when the pooling is in place

    QString inputName_, kernelName_, outputName_;
    bool editable_{true};
    CellEditor* editor_{};
    // What the editor changes: input (channel, row, column) or kernel (kernel, channel, ky, kx).
    struct EditTarget {
        bool kernel{};
        int kernelIndex{}, channel{}, row{}, column{};
    } editTarget_;
};

} // namespace convsight::widgets
