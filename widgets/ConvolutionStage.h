// The stage of the Step-through workspace: the padded input, the kernel and the output of one
// ConvTrace, the current step's window tied to its output cell, and the step's expression written
// out. A view of the trace: it draws the trace's numbers and never computes a product itself.
#pragma once

#include "conv/ConvTrace.h"

#include <QWidget>
#include <memory>
#include <vector>

namespace convsight::widgets {

class ConvolutionStage : public QWidget {
    Q_OBJECT
public:
    explicit ConvolutionStage(QWidget* parent = nullptr);

    // The trace shown (null: nothing to show, message() is drawn instead). Resets to step 0.
    void setTrace(std::shared_ptr<const conv::ConvTrace> trace);
    const std::shared_ptr<const conv::ConvTrace>& trace() const { return trace_; }

    // Shown instead of the grids while there is no trace, e.g. why the parameters are impossible.
    void setMessage(const QString& message);
    QString message() const { return message_; }

    // The current step, in [0, stepCount()); −1 without a trace.
    int step() const { return step_; }
    int stepCount() const;
    // TraceStep::expression() of the current step, e.g. "2×1 + 0×1 + … = −4"; empty without trace.
    QString expressionText() const;

    // Where output cell (row, column) of the current kernel is drawn, in widget coordinates; an
    // empty rect outside the output (for tests and tooltips).
    QRect outputCellRect(int row, int column) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    // Moves to step `index` (clamped into range); emits stepChanged when it changes.
    void setStep(int index);

signals:
    void stepChanged(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    // Where everything goes for the current size: cells are squares of `cell` pixels.
    struct Layout {
        double cell{};
        QPointF input, kernel, output; // top-left corners of the three grids
        QPointF convolveSign, equalsSign;
        double captionTop{};
        double captionHeight{};
        QRectF expression;
    };
    Layout layout() const;
    QRectF inputCell(const Layout& layout, int paddedY, int paddedX) const;
    QRectF outputCell(const Layout& layout, int row, int column) const;
    QString cellText(double value) const;

    void paintInput(QPainter& painter, const Layout& layout) const;
    void paintKernel(QPainter& painter, const Layout& layout) const;
    void paintOutput(QPainter& painter, const Layout& layout) const;
    void paintWindow(QPainter& painter, const Layout& layout) const;
    void paintCaptions(QPainter& painter, const Layout& layout) const;
    void paintExpression(QPainter& painter, const Layout& layout) const;

    std::shared_ptr<const conv::ConvTrace> trace_;
    std::vector<double> outputs_; // (K, OH, OW), cached when the trace is set
    conv::TraceStep current_;     // the trace's step step_
    int step_{-1};
    QString message_;
};

} // namespace convsight::widgets
