// A histogram of a filter's output values. The part below 0 and above 255 is shaded: it is what
// "clamp" (and most image viewers) silently throw away.
#pragma once

#include <QWidget>
#include <vector>

namespace convsight::widgets {

class Histogram : public QWidget {
    Q_OBJECT
public:
    explicit Histogram(QWidget* parent = nullptr);

    // bins[c][i] counts channel c's values in bin i of [min, max] (equal widths); one channel is
    // drawn grey, three as B, G, R (OpenCV's order).
    void setData(std::vector<std::vector<int>> bins, double min, double max);
    void clear();

    const std::vector<std::vector<int>>& bins() const { return bins_; }
    double minimum() const { return min_; }
    double maximum() const { return max_; }
    // The share of values outside [0, 255], in [0, 1].
    double clippedFraction() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<std::vector<int>> bins_;
    double min_{0}, max_{255};
};

} // namespace convsight::widgets
