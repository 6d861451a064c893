// ConfusionMatrixView: the test set's confusion matrix as a heat map. Rows are the true classes,
// columns the predicted ones, each cell's count written in it; the diagonal (right answers) is
// blue, the errors orange (apart for colour-blind eyes too), darker for more, so the mistakes stand
// out; each row's accuracy is at its right. Clicking a cell reports it (the Inspect workspace then
// shows its examples).
#pragma once

#include "nn/Evaluator.h"

#include <QWidget>
#include <cstdint>

class QPainter;

namespace convsight::widgets {

class ConfusionMatrixView : public QWidget {
    Q_OBJECT
public:
    explicit ConfusionMatrixView(QWidget* parent = nullptr);

    // An evaluation without examples shows an empty matrix and a hint.
    void setEvaluation(const nn::Evaluation& evaluation);
    const nn::Evaluation& evaluation() const { return evaluation_; }

    // Where cell (trueClass, predictedClass) is drawn, in widget coordinates; null outside the
    // matrix or without an evaluation.
    QRect cellRect(int trueClass, int predictedClass) const;
    // confusion[t][p]; 0 outside the matrix.
    std::int64_t count(int t, int p) const;
    // What the cell's tooltip says: "Shirt taken for T-shirt/top: 112 (11.2 % of Shirt)".
    QString cellDescription(int trueClass, int predictedClass) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void cellClicked(int trueClass, int predictedClass);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    // Where everything goes at the current size.
    struct Geometry {
        QRect grid;         // the n × n cells
        int cell{};         // a cell's side, px
        int labelWidth{};   // the row names' column, left of the grid
        int headerHeight{}; // the rotated column names, above the grid
    };
    Geometry geometry() const;
    int classCount() const { return static_cast<int>(evaluation_.confusion.size()); }
    QString className(int index) const;
    // (trueClass, predictedClass) under `position`, or (−1, −1).
    QPoint cellAt(const QPoint& position) const;
    QFont boldFont() const;
    int titleHeight() const; // a line of bold text and its spacing, px
    void paintAxisTitles(QPainter& painter, const Geometry& g) const;
    void paintClassNames(QPainter& painter, const Geometry& g) const;
    void paintCells(QPainter& painter, const Geometry& g) const;
    void paintAccuracies(QPainter& painter, const Geometry& g) const;

    nn::Evaluation evaluation_;
    QPoint hovered_{-1, -1}; // (trueClass, predictedClass)
};

} // namespace convsight::widgets
