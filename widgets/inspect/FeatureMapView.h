// Every layer's outputs for one input, as rows of zoomable grids: a row per layer, each channel a
// small nearest-neighbour image (cividis, or blue–white–orange for signed values), vector layers as
// a strip of cells. Clicking a map selects it and reports the map pixel under the mouse.
#pragma once

#include "nn/Inspection.h"

#include <QImage>
#include <QRect>
#include <QSize>
#include <QString>
#include <QWidget>
#include <vector>

class QLabel;
class QScrollArea;
class QToolButton;

namespace convsight::widgets {

class FeatureMapCanvas;

// Spatial layers (C, H, W) show C maps of W × H, titled with the lecture's H×W×C ("conv1 ·
// 28×28×16"). A vector layer (F) counts as F maps of 1 × 1, one cell per unit. A Flatten layer is
// a row that names what it does ("Flatten: 7×7×32 → 1568") and shows no maps: its values are the
// row above's, read as one long vector. The last vector row says its scores go through softmax.
// Ctrl+wheel or the +/− buttons zoom the whole network view.
class FeatureMapView : public QWidget {
    Q_OBJECT
public:
    explicit FeatureMapView(QWidget* parent = nullptr);
    ~FeatureMapView() override;

    // Replaces what is shown (the selection is cleared); the map images are made here, once.
    void setOutputs(std::vector<nn::LayerOutput> outputs);
    const std::vector<nn::LayerOutput>& outputs() const { return outputs_; }

    int layerCount() const;             // rows shown
    int mapCount(int row) const;        // channels of that row (units of a vector layer)
    QSize mapSize(int row) const;       // W × H of one map
    int layerIndexOfRow(int row) const; // the model layer a row shows
    int rowOfLayer(int layer) const;    // the row showing that model layer, or −1
    QString rowTitle(int row) const;    // "conv1 · 28×28×16", "Flatten: 7×7×32 → 1568"
    QString rowDetail(int row) const;   // "Conv2d 3×3, 1 → 16, SAME", "Dense 1568 → 128"

    // 1 is the base size (a 28 × 28 map drawn 56 px wide); clamped to [minimumZoom, maximumZoom].
    void setZoom(double zoom);
    double zoom() const { return zoom_; }
    static constexpr double minimumZoom = 0.25;
    static constexpr double maximumZoom = 8.0;

    // As a click would (emits mapClicked with y = x = −1), without a position; ignored for a
    // layer or channel that is not shown.
    void select(int layer, int channel);
    int selectedLayer() const { return selectedLayer_; }     // −1 when nothing is selected
    int selectedChannel() const { return selectedChannel_; } // −1 when nothing is selected

    QRect mapRect(int row, int channel) const; // in the content widget; empty when out of range
    QWidget* content() const;                  // the widget inside the scroll area

signals:
    void mapClicked(int layer, int channel, int y, int x);
    void zoomChanged(double zoom);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    friend class FeatureMapCanvas;

    struct Row {
        int layer{};         // index into outputs_ (= the model layer)
        QString title;       // "conv1 · 16 × 28 × 28"
        QString detail;      // "Conv2d 3×3, 1 → 16, SAME"
        bool vector{};       // (F) rather than (C, H, W)
        bool heading{};      // named only, no maps and no colour scale (a Flatten)
        bool signedValues{}; // blue–white–orange when any value is negative, else cividis
        float peak{};        // a vector row's largest |value|: the ends of its colours
        int maps{};          // channels, or units of a vector layer
        QSize mapSize;       // W × H of one map
        std::vector<QImage> images; // one per channel (spatial rows)
        std::vector<QRgb> cells;    // one colour per unit (vector rows)
        // Geometry in the content widget, from relayout().
        int titleTop{}, gridTop{}, bottom{};
        bool legendBelow{}; // the colour scale on a line of its own: no room beside the title
        int columns{1};
        QSize cell;
    };

    void buildRows();
    void relayout();
    // The ends of a row's colour scale: a vector row's own peak, or "max" (each map of a
    // spatial layer has its own), below it "0" or the negated end.
    static std::pair<QString, QString> legendEnds(const Row& row);
    // The width the scale takes in the detail font: low end, bar, high end.
    int legendWidth(const Row& row) const;
    // The row, map and map pixel under `point` (content coordinates); false when none.
    bool hitTest(const QPoint& point, int& row, int& channel, int& y, int& x) const;
    // The value of a map pixel, for the tooltip.
    float valueAt(int row, int channel, int y, int x) const;
    void setSelection(int row, int channel);

    std::vector<nn::LayerOutput> outputs_;
    std::vector<Row> rows_;
    double zoom_{1.0};
    int selectedLayer_{-1}, selectedChannel_{-1};

    QScrollArea* scroll_{};
    FeatureMapCanvas* canvas_{};
    QToolButton* zoomOut_{};
    QToolButton* zoomIn_{};
    QLabel* zoomLabel_{};
};

} // namespace convsight::widgets
