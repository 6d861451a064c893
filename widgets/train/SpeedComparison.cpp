// SpeedComparison: painted rows "device | bar | examples/s"; one layout() places everything, so
// painting, the size hints and barRect() agree.
#include "train/SpeedComparison.h"

#include "common/TextFit.h"
#include "common/Theme.h"

#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace convsight::widgets {
namespace {

constexpr double kMargin = 8.0;

QFont bold(QFont font) {
    font.setBold(true);
    return font;
}

QFont small(QFont font) {
    font.setPointSizeF(std::max(11.0, font.pointSizeF() - 1.0));
    return font;
}

// The height `text` takes wrapped at `width` in `font`.
double wrappedHeight(const QFont& font, const QString& text, double width) {
    return QFontMetricsF(font)
        .boundingRect(QRectF(0, 0, std::max(1.0, width), 1e6), Qt::TextWordWrap, text)
        .height();
}

} // namespace

SpeedComparison::SpeedComparison(QWidget* parent)
    : QWidget(parent) {
    QFont labels = font();
    labels.setPointSizeF(std::max(12.0, labels.pointSizeF()));
    setFont(labels);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

const std::vector<std::pair<QString, double>>& SpeedComparison::lectureFigures() {
    static const std::vector<std::pair<QString, double>> figures{
        {QStringLiteral("2 × AMD Opteron 6168"), 440.0},
        {QStringLiteral("Intel i7-7500U"), 415.0},
        {QStringLiteral("GeForce 940MX"), 1190.0},
        {QStringLiteral("GeForce GTX 1070"), 6500.0},
    };
    return figures;
}

void SpeedComparison::setCurrent(const QString& label, double examplesPerSecond,
                                 const QString& caption) {
    const bool shown = std::isfinite(examplesPerSecond) && examplesPerSecond > 0.0;
    label_ = label;
    caption_ = caption;
    current_ = shown ? examplesPerSecond : 0.0;
    updateGeometry();
    update();
}

QString SpeedComparison::valueText(double examplesPerSecond) const {
    return QLocale().toString(std::round(examplesPerSecond), 'f', 0);
}

QString SpeedComparison::headingText() const {
    return tr("The lecture's figures for its model (a CNN on CIFAR-10):");
}

QString SpeedComparison::captionText() const {
    return currentShown() ? caption_
                          : tr("Press Start: this machine's examples per second appear here, on "
                               "the same scale.");
}

SpeedComparison::Layout SpeedComparison::layout(int width) const {
    const auto& figures = lectureFigures();
    const QFontMetricsF metrics(font());
    const QFont strong = bold(font());
    const double inner = std::max(60.0, width - 2 * kMargin);
    const double rowHeight = metrics.height() + 12.0;

    double scale = current_;
    double labelWidth = 0.0;
    for (const auto& [name, value] : figures) {
        scale = std::max(scale, value);
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(name));
    }
    labelWidth = std::min(labelWidth + 14.0, inner * 0.45);
    const double valueWidth = QFontMetricsF(strong).horizontalAdvance(valueText(scale)) + 12.0;
    const double barLeft = kMargin + labelWidth;
    const double barArea = std::max(20.0, inner - labelWidth - valueWidth);

    Layout l;
    double y = kMargin;
    l.heading = QRectF(kMargin, y, inner, wrappedHeight(strong, headingText(), inner));
    y = l.heading.bottom() + 4.0;
    const auto addRow = [&](double value) {
        const double length = std::max(2.0, value / scale * barArea);
        l.labels.emplace_back(kMargin, y, labelWidth - 10.0, rowHeight);
        l.bars.emplace_back(barLeft, y + 7.0, length, rowHeight - 14.0);
        l.values.emplace_back(barLeft + length + 8.0, y, valueWidth, rowHeight);
        y += rowHeight;
    };
    for (const auto& figure : figures)
        addRow(figure.second);
    y += 10.0;
    if (currentShown()) {
        l.currentLabel = QRectF(kMargin, y, inner, wrappedHeight(strong, label_, inner));
        y = l.currentLabel.bottom();
        addRow(current_);
    }
    l.caption = QRectF(kMargin, y + 2.0, inner, wrappedHeight(small(font()), captionText(), inner));
    return l;
}

QRectF SpeedComparison::barRect(int row) const {
    const Layout l = layout(width());
    return row >= 0 && row < static_cast<int>(l.bars.size()) ? l.bars[std::size_t(row)] : QRectF();
}

int SpeedComparison::heightForWidth(int width) const {
    return static_cast<int>(std::ceil(layout(width).caption.bottom() + kMargin));
}

QSize SpeedComparison::sizeHint() const {
    return {460, heightForWidth(460)};
}

QSize SpeedComparison::minimumSizeHint() const {
    return {300, heightForWidth(300)};
}

void SpeedComparison::paintEvent(QPaintEvent*) {
    textfit::clear(this);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const Layout l = layout(width());
    const QFont strong = bold(font());

    painter.setFont(strong);
    painter.setPen(theme::colours().mutedText);
    painter.drawText(l.heading, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, headingText());

    const auto& figures = lectureFigures();
    for (std::size_t row = 0; row < l.bars.size(); ++row) {
        const bool current = row >= figures.size();
        const double value = current ? current_ : figures[row].second;
        if (!current) {
            painter.setFont(font());
            painter.setPen(theme::colours().text);
            const QString name = figures[row].first;
            painter.drawText(l.labels[row], Qt::AlignLeft | Qt::AlignVCenter,
                             textfit::elided(this, fontMetrics(), name,
                                             static_cast<int>(l.labels[row].width())));
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(current ? theme::colours().accent : theme::colours().disabledText);
        painter.drawRoundedRect(l.bars[row], 4, 4);
        painter.setFont(strong);
        painter.setPen(current ? theme::colours().accent : theme::colours().text);
        painter.drawText(l.values[row], Qt::AlignLeft | Qt::AlignVCenter, valueText(value));
    }

    if (currentShown()) {
        painter.setFont(strong);
        painter.setPen(theme::colours().accent);
        painter.drawText(l.currentLabel, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, label_);
    }
    painter.setFont(small(font()));
    painter.setPen(theme::colours().mutedText);
    painter.drawText(l.caption, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, captionText());
}

} // namespace convsight::widgets
