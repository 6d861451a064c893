// A pad to draw a digit or a garment on with the mouse (white on black, like MNIST), and the
// drawing as the model sees it: scaled to the data set's size by area averaging, optionally
// fitted into the central 20 × 20 and centred by its centre of mass as MNIST was made, or kept
// where it was drawn ("Keep where drawn": the lecture's off-centre digit).
#pragma once

#include "compute/Tensor.h"

#include <QImage>
#include <QWidget>
#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;

namespace convsight::widgets {

class SketchCanvas;
class SketchPreview;

class SketchPad : public QWidget {
    Q_OBJECT
public:
    explicit SketchPad(QWidget* parent = nullptr);
    ~SketchPad() override;

    // The data set's (C, H, W), (1, 28, 28) at first. Throws std::invalid_argument for another
    // rank or a size below 1.
    void setTargetShape(const compute::Shape& chw);
    const compute::Shape& targetShape() const { return shape_; }
    // On at first; the "Keep where drawn" check box is its opposite.
    void setCentreLikeMnist(bool on);
    bool centreLikeMnist() const { return centre_; }

    void clear();
    bool isEmpty() const;

    // (C, H, W) in [0, 1]: 0 black background, 1 full ink; the grey drawing repeated per channel.
    compute::Tensor image() const;
    // image() with (x − mean[c]) / std[c] per channel c. Throws std::invalid_argument when mean or
    // std does not have one value per channel, or a std is not positive.
    compute::Tensor normalisedImage(const std::vector<float>& mean,
                                    const std::vector<float>& std) const;

    QWidget* canvas() const; // for QTest mouse drags
    // The brush's diameter in drawing pixels (the drawing is kDrawingSize square).
    static constexpr int kDrawingSize = 280;
    static constexpr int kBrushDiameter = 22;

signals:
    void drawingChanged(); // after each stroke (mouse release) and after clear()

private:
    friend class SketchCanvas;
    void strokeFinished();
    void updatePreview();

    QImage drawing_; // kDrawingSize², grey 8-bit: 0 background, 255 ink
    compute::Shape shape_{1, 28, 28};
    bool centre_{true};

    SketchCanvas* canvas_{};
    SketchPreview* preview_{};
    QLabel* previewTitle_{};
    QPushButton* clearButton_{};
    QCheckBox* keepWhereDrawn_{};
};

} // namespace convsight::widgets
