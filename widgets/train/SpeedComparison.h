// The lecture's table "training a CNN on CIFAR-10, examples/s" as horizontal bars, with this
// machine's live examples/s as a highlighted bar on the same linear scale, which grows to fit.
#pragma once

#include <QRectF>
#include <QString>
#include <QWidget>
#include <utility>
#include <vector>

namespace convsight::widgets {

class SpeedComparison : public QWidget {
    Q_OBJECT
public:
    explicit SpeedComparison(QWidget* parent = nullptr);

    // label e.g. "This machine (CPU, AMD EPYC 9xxx, 2 threads)"; caption says which model and
    // data set the figure is for. A value ≤ 0 (or not finite) hides the bar and the caption.
    void setCurrent(const QString& label, double examplesPerSecond, const QString& caption);
    double currentValue() const { return current_; } // 0 while hidden
    QString currentLabel() const { return label_; }
    QString caption() const { return caption_; }
    // Device name and examples/s, as the lecture gives them.
    static const std::vector<std::pair<QString, double>>& lectureFigures();

    // Where a bar is drawn (widget coordinates): 0–3 the lecture's rows, 4 this machine's
    // (empty while hidden). For tests, and for anyone placing a tooltip.
    QRectF barRect(int row) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Layout {
        QRectF heading;
        std::vector<QRectF> labels, bars, values; // one per row shown
        QRectF currentLabel;
        QRectF caption;
    };
    Layout layout(int width) const;
    QString valueText(double examplesPerSecond) const;
    QString headingText() const;
    QString captionText() const; // the caption, or what to do while no bar is shown
    bool currentShown() const { return current_ > 0.0; }

    QString label_;
    QString caption_;
    double current_{0.0};
};

} // namespace convsight::widgets
