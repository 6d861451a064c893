// ProbabilityBars: a caption, then one row per class: name | bar | percentage.
#include "inspect/ProbabilityBars.h"

#include "common/TextFit.h"
#include "common/Theme.h"

#include <QPainter>
#include <algorithm>

namespace convsight::widgets {

namespace {

constexpr int kMargin = 8;
constexpr int kMinimumTrack = 48; // the narrowest bar still worth drawing
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

void ProbabilityBars::setSourceText(const QString& text) {
    source_ = text;
    updateGeometry();
    update();
}

// One line, or up to three where the panel is narrower (a longer language, presenting).
int ProbabilityBars::sourceHeight() const {
    if (source_.isEmpty())
        return 0;
    const QFontMetrics metrics(theme::detailFont(font()));
    const QRect needed =
        metrics.boundingRect(QRect(0, 0, std::max(1, width() - 2 * kMargin), 10000),
                             Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, source_);
    return std::clamp(needed.height(), metrics.height(), 3 * metrics.lineSpacing()) + 4;
}

void ProbabilityBars::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    if (sourceHeight() != laidOutSourceHeight_) {
        laidOutSourceHeight_ = sourceHeight();
        updateGeometry();
    }
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
    // The true label on a line of its own: a narrow panel must not cut it off.
    if (trueLabel_ >= 0)
        text += QLatin1Char('\n') + tr("true: %1").arg(className(trueLabel_));
    return text;
}

int ProbabilityBars::rowHeight() const {
    return fontMetrics().height() + 4;
}

int ProbabilityBars::captionHeight() const {
    QFont bold = font();
    bold.setBold(true);
    return QFontMetrics(bold).height() * (trueLabel_ >= 0 ? 2 : 1) + 14 + sourceHeight();
}

// The names' column: as wide as the longest name in bold (the prediction's and the true label's).
int ProbabilityBars::nameWidth() const {
    QFont bold = font();
    bold.setBold(true);
    int widest = QFontMetrics(bold).horizontalAdvance(className(0));
    for (const int i : shownClasses())
        widest = std::max(widest, QFontMetrics(bold).horizontalAdvance(className(i)));
    return widest + 14;
}

int ProbabilityBars::percentWidth() const {
    return fontMetrics().horizontalAdvance(QStringLiteral("100.0 %")) + 14;
}

std::vector<int> ProbabilityBars::shownClasses() const {
    std::vector<int> classes(probabilities_.size());
    for (std::size_t i = 0; i < classes.size(); ++i)
        classes[i] = static_cast<int>(i);
    if (classes.size() <= static_cast<std::size_t>(kAllClassesUpTo))
        return classes;
    const auto more = [this](int a, int b) {
        return probabilities_[static_cast<std::size_t>(a)] >
               probabilities_[static_cast<std::size_t>(b)];
    };
    std::partial_sort(classes.begin(), classes.begin() + kTopShown, classes.end(), more);
    classes.resize(kTopShown);
    return classes;
}

QRect ProbabilityBars::rowRect(int index) const {
    const std::vector<int> shown = shownClasses();
    const auto row = std::find(shown.begin(), shown.end(), index);
    if (row == shown.end())
        return {};
    return {kMargin,
            kMargin + captionHeight() + static_cast<int>(row - shown.begin()) * rowHeight(),
            width() - 2 * kMargin, rowHeight()};
}

QSize ProbabilityBars::sizeHint() const {
    const int rows = std::max(static_cast<int>(shownClasses().size()), 10);
    return {420, 2 * kMargin + captionHeight() + rows * rowHeight()};
}

QSize ProbabilityBars::minimumSizeHint() const {
    const int rows = std::max(static_cast<int>(shownClasses().size()), 2);
    return {std::max(260, 2 * kMargin + nameWidth() + kMinimumTrack + percentWidth()),
            2 * kMargin + captionHeight() + rows * rowHeight()};
}

void ProbabilityBars::paintEvent(QPaintEvent*) {
    textfit::clear(this);
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
    if (!source_.isEmpty()) {
        const QFont detail = theme::detailFont(font());
        const QFontMetrics detailMetrics(detail);
        painter.setFont(detail);
        painter.setPen(theme::colours().mutedText);
        const QRect sourceRect(kMargin, kMargin, width() - 2 * kMargin, sourceHeight() - 4);
        const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
        const QRect needed = detailMetrics.boundingRect(sourceRect, flags, source_);
        if (needed.width() > sourceRect.width() || needed.height() > sourceRect.height())
            textfit::noteUnfit(this, source_);
        painter.drawText(sourceRect, flags, source_);
        painter.setFont(bold);
        painter.setPen(trueLabel_ < 0 || top < 0 ? theme::colours().text
                       : top == trueLabel_       ? rightColour()
                                                 : wrongColour());
    }
    const QRect captionRect(kMargin, kMargin + sourceHeight(), width() - 2 * kMargin,
                            captionHeight() - sourceHeight() - 4);
    for (const QString& line : caption().split(QLatin1Char('\n')))
        if (QFontMetrics(bold).horizontalAdvance(line) > captionRect.width())
            textfit::noteUnfit(this, line);
    painter.drawText(captionRect, Qt::AlignLeft | Qt::AlignVCenter, caption());
    if (top < 0)
        return;

    const int percentWidth = this->percentWidth();
    // The names get their room; the bars take what is left, never less than kMinimumTrack.
    const int nameWidth =
        std::min(this->nameWidth(), width() - 2 * kMargin - percentWidth - kMinimumTrack);
    for (const int i : shownClasses()) {
        if (rowRect(i).bottom() > height())
            textfit::noteUnfit(this, className(i));
        const QRect row = rowRect(i);
        const bool isTop = i == top, isTrue = i == trueLabel_;
        const QRect nameRect(row.left(), row.top(), nameWidth - 8, row.height());
        const QRect track(row.left() + nameWidth, row.top() + 6,
                          row.width() - nameWidth - percentWidth, row.height() - 12);
        const QRect percentRect(track.right() + 8, row.top(), percentWidth - 8, row.height());

        painter.setFont(isTop || isTrue ? bold : font());
        painter.setPen(isTrue ? rightColour() : theme::colours().text);
        painter.drawText(
            nameRect, Qt::AlignRight | Qt::AlignVCenter,
            textfit::elided(this, QFontMetrics(painter.font()), className(i), nameRect.width()));
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
