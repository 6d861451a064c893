// ProbabilityBars: a caption, then one row per class: name | bar | percentage.
#include "inspect/ProbabilityBars.h"

#include "common/Theme.h"

#include <QPainter>
#include <algorithm>

namespace convsight::widgets {

namespace {

constexpr int kMargin = 10;
// Colours of the theme in force, read at paint time.
QColor trackColour() {
    return theme::colours().pendingFill;
}
QColor otherBarColour() {
    return theme::colours().outline;
}
QColor rightColour() { // the prediction is the true label
    return theme::colours().green;
}
QColor wrongColour() { // it is not
    return theme::colours().red;
}

QString percent(float p) {
    return QStringLiteral("%1 %").arg(static_cast<double>(p) * 100.0, 0, 'f', 1);
}

} // namespace

ProbabilityBars::ProbabilityBars(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("probabilityBars"));
    QFont labels = font();
    labels.setPointSizeF(std::max(12.0, labels.pointSizeF()));
    setFont(labels);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void ProbabilityBars::setClassNames(const QStringList& names) {
    names_ = names;
    updateGeometry();
    update();
}

void ProbabilityBars::setProbabilities(const std::vector<float>& probabilities, int trueLabel) {
    probabilities_ = probabilities;
    trueLabel_ =
        trueLabel >= 0 && trueLabel < static_cast<int>(probabilities.size()) ? trueLabel : -1;
    updateGeometry();
    update();
}

void ProbabilityBars::clear() {
    setProbabilities({});
}

int ProbabilityBars::predicted() const {
    if (probabilities_.empty())
        return -1;
    return static_cast<int>(std::max_element(probabilities_.begin(), probabilities_.end()) -
                            probabilities_.begin());
}

QString ProbabilityBars::className(int index) const {
    return index >= 0 && index < names_.size() && !names_[index].isEmpty()
               ? names_[index]
               : tr("class %1").arg(index);
}

QString ProbabilityBars::caption() const {
    const int top = predicted();
    if (top < 0)
        return tr("No prediction yet");
    QString text = tr("prediction: %1 (%2)")
                       .arg(className(top), percent(probabilities_[static_cast<std::size_t>(top)]));
    if (trueLabel_ >= 0)
        text += QStringLiteral("  ·  ") + tr("true: %1").arg(className(trueLabel_));
    return text;
}

int ProbabilityBars::rowHeight() const {
    return fontMetrics().height() + 12;
}

int ProbabilityBars::captionHeight() const {
    QFont bold = font();
    bold.setBold(true);
    return QFontMetrics(bold).height() + 14;
}

QRect ProbabilityBars::rowRect(int index) const {
    if (index < 0 || index >= static_cast<int>(probabilities_.size()))
        return {};
    return {kMargin, kMargin + captionHeight() + index * rowHeight(), width() - 2 * kMargin,
            rowHeight()};
}

QSize ProbabilityBars::sizeHint() const {
    const int rows = std::max(static_cast<int>(probabilities_.size()), 10);
    return {420, 2 * kMargin + captionHeight() + rows * rowHeight()};
}

QSize ProbabilityBars::minimumSizeHint() const {
    const int rows = std::max(static_cast<int>(probabilities_.size()), 2);
    return {260, 2 * kMargin + captionHeight() + rows * rowHeight()};
}

void ProbabilityBars::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), theme::colours().base);

    QFont bold = font();
    bold.setBold(true);
    const int top = predicted();
    painter.setFont(bold);
    painter.setPen(trueLabel_ < 0 || top < 0 ? theme::colours().text
                   : top == trueLabel_       ? rightColour()
                                             : wrongColour());
    painter.drawText(QRect(kMargin, kMargin, width() - 2 * kMargin, captionHeight() - 4),
                     Qt::AlignLeft | Qt::AlignVCenter, caption());
    if (top < 0)
        return;

    const int count = static_cast<int>(probabilities_.size());
    int nameWidth = 0;
    for (int i = 0; i < count; ++i)
        nameWidth = std::max(nameWidth, QFontMetrics(bold).horizontalAdvance(className(i)));
    nameWidth = std::min(nameWidth + 14, width() / 3);
    const int percentWidth = fontMetrics().horizontalAdvance(QStringLiteral("100.0 %")) + 14;
    for (int i = 0; i < count; ++i) {
        const QRect row = rowRect(i);
        const bool isTop = i == top, isTrue = i == trueLabel_;
        const QRect nameRect(row.left(), row.top(), nameWidth - 8, row.height());
        const QRect track(row.left() + nameWidth, row.top() + 6,
                          row.width() - nameWidth - percentWidth, row.height() - 12);
        const QRect percentRect(track.right() + 8, row.top(), percentWidth - 8, row.height());

        painter.setFont(isTop || isTrue ? bold : font());
        painter.setPen(isTrue ? rightColour() : theme::colours().text);
        painter.drawText(nameRect, Qt::AlignRight | Qt::AlignVCenter,
                         QFontMetrics(painter.font())
                             .elidedText(className(i), Qt::ElideRight, nameRect.width()));
        painter.setPen(Qt::NoPen);
        painter.setBrush(trackColour());
        painter.drawRoundedRect(track, 4, 4);
        const double p =
            std::clamp(static_cast<double>(probabilities_[static_cast<std::size_t>(i)]), 0.0, 1.0);
        if (p > 0) {
            painter.setBrush(isTop ? theme::colours().accent : otherBarColour());
            painter.drawRoundedRect(
                QRectF(track.left(), track.top(), std::max(2.0, p * track.width()), track.height()),
                4, 4);
        }
        if (isTrue) {
            // The true label's track is outlined, so it is found even when its bar is tiny.
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(rightColour(), theme::line(2)));
            painter.drawRoundedRect(QRectF(track).adjusted(-1, -1, 1, 1), 5, 5);
        }
        painter.setFont(isTop ? bold : font());
        painter.setPen(isTop ? theme::colours().accent : theme::colours().text);
        painter.drawText(percentRect, Qt::AlignRight | Qt::AlignVCenter,
                         percent(probabilities_[static_cast<std::size_t>(i)]));
    }
}

} // namespace convsight::widgets
