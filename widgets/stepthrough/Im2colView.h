// How a library computes the convolution on the stage: the im2col matrix (one row per window), the
// kernel as a row, and the output their product gives, the current step's row highlighted; under it
// the measured time of that matrix product, and of a real layer's, on the CPU and the GPU.
#pragma once

#include "common/LatestTask.h"
#include "conv/ConvTrace.h"
#include "conv/Im2col.h"

#include <QWidget>
#include <memory>
#include <optional>

class QPainter;

namespace convsight::widgets {

class Im2colView : public QWidget {
    Q_OBJECT
public:
    explicit Im2colView(QWidget* parent = nullptr);

    // The trace unrolled (null: nothing to draw). Keeps the current step when it still exists,
    // otherwise goes to 0; forgets the timings of the previous trace.
    void setTrace(std::shared_ptr<const conv::ConvTrace> trace);
    const std::shared_ptr<const conv::ConvTrace>& trace() const { return trace_; }
    // The matrix drawn; null without a trace.
    const conv::Im2col* im2col() const { return im2col_.get(); }

    // The step of the trace whose row is highlighted, in [0, stepCount); −1 without a trace.
    int currentStep() const { return step_; }
    // Its row of the matrix (outY·OW + outX) and its kernel (the output column).
    int currentRow() const;
    int currentKernel() const;

    // Where row `row` of the matrix is drawn (its cells, without the label), in widget
    // coordinates; an empty rect when the row is scrolled out of view or does not exist. With more
    // rows than fit, the view scrolls so the current row stays visible.
    QRect rowRect(int row) const;

    // The measured times shown; nullopt until measured or set.
    const std::optional<conv::Im2colTimings>& timings() const { return timings_; }
    void setTimings(const conv::Im2colTimings& timings);
    // The sentences under the matrix, e.g. "This product (4×9 · 9×1) on the CPU: 0.0012 ms".
    QString timingText() const;
    bool isMeasuring() const { return task_.isBusy(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    // Highlights step `index`'s row (clamped into range); emits currentStepChanged on a change.
    void setCurrentStep(int index);
    // Times this trace's product and the realistic layer's on a worker thread (a few hundred ms);
    // emits timingsMeasured when done. Does nothing while a measurement runs.
    void measureTimings();

signals:
    void currentStepChanged(int index);
    void timingsMeasured();

protected:
    void paintEvent(QPaintEvent* event) override;
    // Starts measuring the first time the view is shown with a trace and no timings.
    void showEvent(QShowEvent* event) override;

private:
    struct Layout {
        double cell{};       // cell width and height, pixels
        QPointF origin;      // top-left of the matrix's first visible row
        double labelWidth{}; // the "(oy, ox)" labels left of the rows
        QPointF kernelRow;   // top-left of the kernel row
        QPointF output;      // top-left of the output column beside the first visible row
        int firstRow{}, visibleRows{};
        QRectF text; // the caption and the timings
    };
    Layout layout() const;
    // The parts of the picture: the kernel row with the tap names above it, the visible rows of
    // the matrix with their output cells, the current row outlined, and the caption.
    void paintKernelRow(QPainter& painter, const Layout& layout) const;
    void paintRows(QPainter& painter, const Layout& layout) const;
    void paintCurrentRow(QPainter& painter, const Layout& layout) const;
    void paintCaption(QPainter& painter, const Layout& layout) const;

    std::shared_ptr<const conv::ConvTrace> trace_;
    std::shared_ptr<const conv::Im2col> im2col_;
    int step_{-1};
    std::optional<conv::Im2colTimings> timings_;
    LatestTask task_;
    std::shared_ptr<const conv::Im2col> measured_; // the matrix the newest measurement times
};

} // namespace convsight::widgets
