// KernelGrid: painting of the heat-map cells, keyboard navigation and the in-place editor, and the
// scroll wheel, all reported as signals.
#include "filter/KernelGrid.h"

#include "common/TextFit.h"
#include "common/Theme.h"
#include "filter/KernelNumbers.h"

#include <QFontMetricsF>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace convsight::widgets {
namespace {

constexpr double kMargin = 6;
constexpr double kLargestCell = 110; // px: a 3×3 kernel should not fill a projector screen
constexpr int kWheelNotch = 120;     // QWheelEvent's angle delta of one notch

QColor mix(const QColor& from, const QColor& to, double t) {
    return QColor::fromRgbF(static_cast<float>(from.redF() + (to.redF() - from.redF()) * t),
                            static_cast<float>(from.greenF() + (to.greenF() - from.greenF()) * t),
                            static_cast<float>(from.blueF() + (to.blueF() - from.blueF()) * t));
}

} // namespace

KernelGrid::KernelGrid(QWidget* parent)
    : QWidget(parent)
    , lineEdit_(new QLineEdit(this)) {
    setObjectName(QStringLiteral("kernelGrid"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setToolTip(tr("Type a number to change the selected cell; Tab and the arrow keys move, Enter "
                  "commits. The scroll wheel adds or subtracts 1 (0.1 with Shift). The cell with "
                  "the dotted frame is the anchor: the output pixel sits under it."));
    lineEdit_->setObjectName(QStringLiteral("kernelCellEditor"));
    lineEdit_->setAlignment(Qt::AlignCenter);
    lineEdit_->hide();
    lineEdit_->installEventFilter(this);
}

void KernelGrid::setValues(const conv::Matrix& values) {
    if (values.empty() || values[0].empty())
        return;
    const bool resized = values.size() != values_.size() || values[0].size() != values_[0].size();
    values_ = values;
    if (resized) {
        cancelEditing();
        setCurrentCell(std::min(row_, rows() - 1), std::min(column_, columns() - 1));
    }
    update();
}

void KernelGrid::setCurrentCell(int row, int column) {
    row = std::clamp(row, 0, rows() - 1);
    column = std::clamp(column, 0, columns() - 1);
    if (row == row_ && column == column_)
        return;
    row_ = row;
    column_ = column;
    update();
    emit currentCellChanged(row_, column_);
}

double KernelGrid::cellSize() const {
    const double available =
        std::min((width() - 2 * kMargin) / columns(), (height() - 2 * kMargin) / rows());
    return std::max(8.0, std::min(available, kLargestCell));
}

QRect KernelGrid::cellRect(int row, int column) const {
    const double cell = cellSize();
    const double left = (width() - cell * columns()) / 2;
    const double top = (height() - cell * rows()) / 2;
    return QRectF(left + column * cell, top + row * cell, cell, cell).toAlignedRect();
}

bool KernelGrid::cellAt(const QPoint& point, int& row, int& column) const {
    for (int y = 0; y < rows(); ++y)
        for (int x = 0; x < columns(); ++x)
            if (cellRect(y, x).contains(point)) {
                row = y;
                column = x;
                return true;
            }
    return false;
}

QFont KernelGrid::cellFont(const QString& text) const {
    // As large as the cell allows; a long value ("−0.333") shrinks in its own cell only, so the
    // whole numbers of a large kernel stay readable from the back of the room.
    const double cell = cellSize();
    QFont font = this->font();
    font.setBold(true);
    // Never below the readable minimum: a value that does not fit then is noted, and the grid's
    // minimum size keeps such cells rare.
    constexpr int least = textfit::kMinimumPixelSize;
    for (int px = std::max(least, static_cast<int>(cell * 0.45)); px > least; --px) {
        font.setPixelSize(px);
        if (QFontMetricsF(font).horizontalAdvance(text) <= cell * 0.88)
            return font;
    }
    font.setPixelSize(least);
    if (QFontMetricsF(font).horizontalAdvance(text) > cell)
        textfit::noteUnfit(this, text);
    return font;
}

QColor KernelGrid::heatColour(double value, double scale) {
    if (scale <= 0 || value == 0)
        return theme::colours().window;
    // A square root and a floor of 15 %: beside the 476 of the unsharp mask its −1 is still
    // visibly blue, since the sign matters more to a student than the exact size.
    const double t = 0.15 + 0.85 * std::sqrt(std::clamp(std::abs(value) / scale, 0.0, 1.0));
    // The heat map's ends are the diverging map's (blue and orange, as the filtered image shows
    // them): distinct for every common colour blindness, and dark enough for white text.
    return mix(theme::colours().window, QColor(theme::divergingRgb(value < 0 ? -1.0 : 1.0)), t);
}

QColor KernelGrid::textColour(const QColor& background) {
    // WCAG's relative luminance; black or white, whichever contrasts more, is at least 4.58:1 on
    // any colour (black rather than the slate text colour, which would drop to 4.2:1).
    const auto linear = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const double luminance = 0.2126 * linear(background.redF()) +
                             0.7152 * linear(background.greenF()) +
                             0.0722 * linear(background.blueF());
    const double onWhite = 1.05 / (luminance + 0.05), onBlack = (luminance + 0.05) / 0.05;
    return onWhite >= onBlack ? QColor(Qt::white) : QColor(Qt::black);
}

QSize KernelGrid::sizeHint() const {
    return {std::max(columns(), 3) * 80 + 12, std::max(rows(), 3) * 80 + 12};
}

QSize KernelGrid::minimumSizeHint() const {
    return {columns() * 40 + 12, rows() * 40 + 12};
}

void KernelGrid::paintEvent(QPaintEvent*) {
    textfit::clear(this);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().window());

    double scale = 0;
    for (const auto& row : values_)
        for (const double value : row)
            scale = std::max(scale, std::abs(value));

    for (int y = 0; y < rows(); ++y)
        for (int x = 0; x < columns(); ++x) {
            const QRect cell = cellRect(y, x);
            const QColor fill = heatColour(values_[y][x], scale);
            const QString text = displayNumber(values_[y][x]);
            painter.fillRect(cell, fill);
            painter.setPen(QPen(theme::colours().gridLine, theme::line(1)));
            painter.drawRect(QRectF(cell).adjusted(0.5, 0.5, -0.5, -0.5));
            painter.setPen(textColour(fill));
            painter.setFont(cellFont(text));
            painter.drawText(cell, Qt::AlignCenter, text);
        }

    // The anchor: the cell over the output pixel (rows/2, columns/2), as filter2D places it.
    const QRectF anchor = QRectF(cellRect(rows() / 2, columns() / 2)).adjusted(4, 4, -4, -4);
    painter.setPen(QPen(theme::colours().gridLine, theme::line(1.5), Qt::DotLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(anchor);

    const double width = theme::line(hasFocus() ? 4 : 2.5);
    painter.setPen(QPen(theme::colours().accent, width));
    painter.drawRect(
        QRectF(cellRect(row_, column_)).adjusted(width / 2, width / 2, -width / 2, -width / 2));
}

void KernelGrid::resizeEvent(QResizeEvent*) {
    placeLineEdit();
}

bool KernelGrid::isEditing() const {
    return lineEdit_->isVisible();
}

void KernelGrid::placeLineEdit() {
    lineEdit_->setGeometry(cellRect(row_, column_).adjusted(2, 2, -2, -2));
    QFont font = cellFont(QStringLiteral("−0.25"));
    font.setBold(false);
    lineEdit_->setFont(font);
}

void KernelGrid::startEditing(const QString& text) {
    lineEdit_->setText(
        text.isNull() ? QString::fromStdString(conv::format_number(values_[row_][column_])) : text);
    placeLineEdit();
    lineEdit_->show();
    lineEdit_->setFocus();
    if (text.isNull())
        lineEdit_->selectAll();
    else
        lineEdit_->end(false);
}

bool KernelGrid::commitEditing() {
    if (!isEditing())
        return true;
    double value = 0;
    if (!parseNumber(lineEdit_->text(), value)) {
        emit editRejected(
            tr("“%1” is not a number. Type a value such as 2, −1 or 0.25.").arg(lineEdit_->text()));
        return false;
    }
    // Focus comes back to the grid only from the editor: a click elsewhere keeps its target.
    const bool hadFocus = lineEdit_->hasFocus();
    lineEdit_->hide();
    if (hadFocus)
        setFocus();
    if (value != values_[row_][column_])
        emit cellEdited(row_, column_, value);
    return true;
}

void KernelGrid::cancelEditing() {
    if (!isEditing())
        return;
    const bool hadFocus = lineEdit_->hasFocus();
    lineEdit_->hide();
    if (hadFocus)
        setFocus();
}

bool KernelGrid::moveInReadingOrder(int steps) {
    const int index = row_ * columns() + column_ + steps;
    if (index < 0 || index >= rows() * columns())
        return false;
    setCurrentCell(index / columns(), index % columns());
    return true;
}

bool KernelGrid::event(QEvent* event) {
    // Tab moves between cells before it moves the focus on, as in a spreadsheet; past the last
    // cell it leaves the grid so keyboard users are never trapped.
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) &&
            !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) &&
            moveInReadingOrder(key->key() == Qt::Key_Tab ? 1 : -1))
            return true;
    }
    return QWidget::event(event);
}

bool KernelGrid::eventFilter(QObject* watched, QEvent* event) {
    if (watched == lineEdit_ && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            commitEditing();
            return true;
        case Qt::Key_Escape:
            cancelEditing();
            return true;
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            if (commitEditing())
                moveInReadingOrder(key->key() == Qt::Key_Tab ? 1 : -1);
            return true;
        case Qt::Key_Up:
        case Qt::Key_Down:
            if (commitEditing())
                setCurrentCell(row_ + (key->key() == Qt::Key_Down ? 1 : -1), column_);
            return true;
        default:
            break;
        }
    }
    if (watched == lineEdit_ && event->type() == QEvent::FocusOut && isEditing()) {
        // Clicking elsewhere keeps a valid number and drops anything else.
        if (!commitEditing())
            lineEdit_->hide();
    }
    return QWidget::eventFilter(watched, event);
}

void KernelGrid::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Left:
        setCurrentCell(row_, column_ - 1);
        return;
    case Qt::Key_Right:
        setCurrentCell(row_, column_ + 1);
        return;
    case Qt::Key_Up:
        setCurrentCell(row_ - 1, column_);
        return;
    case Qt::Key_Down:
        setCurrentCell(row_ + 1, column_);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_F2:
        startEditing();
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (values_[row_][column_] != 0)
            emit cellEdited(row_, column_, 0);
        return;
    default:
        break;
    }
    // A number typed on a selected cell replaces its value, as in a spreadsheet.
    const QString text = event->text();
    if (text.size() == 1 && (text[0].isDigit() || QStringLiteral("-+.,−").contains(text[0])) &&
        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        startEditing(text);
        return;
    }
    QWidget::keyPressEvent(event);
}

void KernelGrid::mousePressEvent(QMouseEvent* event) {
    int row = 0, column = 0;
    if (event->button() == Qt::LeftButton && cellAt(event->position().toPoint(), row, column))
        setCurrentCell(row, column);
    setFocus(Qt::MouseFocusReason);
}

void KernelGrid::mouseDoubleClickEvent(QMouseEvent* event) {
    int row = 0, column = 0;
    if (event->button() == Qt::LeftButton && cellAt(event->position().toPoint(), row, column)) {
        setCurrentCell(row, column);
        startEditing();
    }
}

void KernelGrid::wheelEvent(QWheelEvent* event) {
    int row = 0, column = 0;
    if (isEditing() || !cellAt(event->position().toPoint(), row, column)) {
        event->ignore();
        return;
    }
    // Some platforms turn Shift+wheel into a horizontal wheel: either direction counts.
    const QPoint angle = event->angleDelta();
    const int delta = angle.y() != 0 ? angle.y() : angle.x();
    if (row != row_ || column != column_)
        wheelRemainder_ = 0;
    setCurrentCell(row, column);
    wheelRemainder_ += delta;
    const int notches = wheelRemainder_ / kWheelNotch;
    wheelRemainder_ -= notches * kWheelNotch;
    if (notches != 0) {
        const double unit = event->modifiers() & Qt::ShiftModifier ? 0.1 : 1.0;
        emit cellStepped(row, column, notches * unit);
    }
    event->accept();
}

} // namespace convsight::widgets
