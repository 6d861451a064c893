// The cells of a kernel, large and heat-map coloured (negative blue, zero neutral, positive red),
// edited by keyboard and mouse. A view: it reports edits as signals and shows the values it is
// given; KernelEditor turns the signals into undoable commands.
#pragma once

#include "conv/ConvTrace.h"

#include <QWidget>

class QLineEdit;

namespace convsight::widgets {

class KernelGrid : public QWidget {
    Q_OBJECT
public:
    explicit KernelGrid(QWidget* parent = nullptr);

    // The values drawn; the current cell is kept inside the new size.
    void setValues(const conv::Matrix& values);
    const conv::Matrix& values() const { return values_; }

    int currentRow() const { return row_; }
    int currentColumn() const { return column_; }
    void setCurrentCell(int row, int column);

    // Where cell (row, column) is drawn, in widget coordinates.
    QRect cellRect(int row, int column) const;
    // The cell under a point, or false outside the cells.
    bool cellAt(const QPoint& point, int& row, int& column) const;

    // The in-place editor opened by typing a number, Enter, F2 or a double click.
    bool isEditing() const;
    QLineEdit* lineEdit() const { return lineEdit_; }
    // Opens the editor on the current cell with `text` (the cell's exact value when null).
    void startEditing(const QString& text = {});

    // Diverging heat-map colour of `value` when the largest |value| shown is `scale`: blue below 0,
    // neutral at 0, red above, saturated at ±scale; every value other than 0 shows its hue.
    static QColor heatColour(double value, double scale);
    // Black or white, whichever contrasts more with `background`.
    static QColor textColour(const QColor& background);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // A typed value committed (Enter, Tab, arrows, focus leaving the editor).
    void cellEdited(int row, int column, double value);
    // The wheel turned over a cell: +1/−1 a notch, ±0.1 with Shift.
    void cellStepped(int row, int column, double step);
    // What was typed is not a number; the editor stays open.
    void editRejected(const QString& reason);
    void currentCellChanged(int row, int column);

protected:
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    int rows() const { return static_cast<int>(values_.size()); }
    int columns() const { return values_.empty() ? 0 : static_cast<int>(values_[0].size()); }
    double cellSize() const;
    QFont cellFont(const QString& text) const;
    // Moves by `steps` cells in reading order (Tab), wrapping at row ends; false past either end.
    bool moveInReadingOrder(int steps);
    // Commits the editor's text; false (editor kept open) when it is not a number.
    bool commitEditing();
    void cancelEditing();
    void placeLineEdit();

    conv::Matrix values_{{0}};
    int row_{0}, column_{0};
    QLineEdit* lineEdit_{};
    int wheelRemainder_{0}; // angle delta not yet turned into a step (fine-grained wheels)
};

} // namespace convsight::widgets
