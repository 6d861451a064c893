// CellEditor: the stage's in-place number editor, apart from the stage's painting.
#include "stepthrough/CellEditor.h"

#include "common/Theme.h"

#include <QKeyEvent>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace convsight::widgets {

CellEditor::CellEditor(QWidget* parent)
    : QLineEdit(parent) {
    setObjectName(QStringLiteral("cellEditor"));
    setAlignment(Qt::AlignCenter);
    hide();
    connect(this, &QLineEdit::returnPressed, this, [this] { finish(true); });
}

std::optional<double> CellEditor::parseValue(QString text) {
    text = text.trimmed();
    text.replace(QChar(0x2212), QLatin1Char('-')).replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

void CellEditor::open(QRect cell, const QString& value) {
    QFont font = parentWidget()->font();
    font.setPixelSize(std::clamp(cell.height() * 2 / 5, 10, 40));
    setFont(font);
    setStyleSheet(QString());
    const int grow = std::max(0, 64 - cell.width()) / 2; // room for "−128.5" in small cells
    setGeometry(cell.adjusted(-grow, 0, grow, 0));
    setText(value);
    selectAll();
    show();
    raise();
    setFocus(Qt::MouseFocusReason);
}

void CellEditor::finish(bool commit) {
    if (!isVisible())
        return;
    if (!commit) {
        hide();
        return;
    }
    const std::optional<double> value = parseValue(text());
    if (!value) {
        // Keep the editor open: the student sees the red border and can fix or Escape.
        setStyleSheet(
            QStringLiteral("border: 3px solid %1;").arg(theme::css(theme::colours().problem)));
        setToolTip(tr("Type a number, such as 3, −1 or 0.5 (Escape cancels)"));
        return;
    }
    hide();
    emit valueEntered(*value);
}

void CellEditor::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape) {
        finish(false);
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void CellEditor::focusOutEvent(QFocusEvent* event) {
    finish(true);
    QLineEdit::focusOutEvent(event);
}

} // namespace convsight::widgets
