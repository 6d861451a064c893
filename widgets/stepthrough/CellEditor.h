// The box a student types a new cell value into, over the stage's input or kernel cell: Enter
// or a click elsewhere commits, Escape cancels, text that is no number keeps it open in red.
#pragma once

#include <QLineEdit>
#include <optional>

namespace convsight::widgets {

class CellEditor : public QLineEdit {
    Q_OBJECT
public:
    explicit CellEditor(QWidget* parent);

    // The number in `text`: "3", "−1" (Unicode minus), "0,5" (decimal comma); nullopt for
    // anything else, infinities and NaN included.
    static std::optional<double> parseValue(QString text);

    // Shows the editor over `cell` (widened for small cells) holding `value`, selected.
    void open(QRect cell, const QString& value);
    // Commits (emits valueEntered and hides, or stays open in red when the text is no number)
    // or cancels; does nothing while hidden.
    void finish(bool commit);

signals:
    void valueEntered(double value);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
};

} // namespace convsight::widgets
