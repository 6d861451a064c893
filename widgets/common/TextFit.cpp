// What a painted view could not show in full, kept as a property of the view.
#include "common/TextFit.h"

#include <QVariant>
#include <QWidget>

namespace convsight::widgets::textfit {
namespace {
constexpr const char* kProperty = "convsightUnfitTexts";
} // namespace

void clear(QWidget* widget) {
    if (widget->property(kProperty).isValid())
        widget->setProperty(kProperty, QVariant());
}

QString elided(const QWidget* widget, const QFontMetrics& metrics, const QString& text, int width,
               Qt::TextElideMode mode) {
    const QString shown = metrics.elidedText(text, mode, width);
    if (shown != text)
        noteUnfit(widget, text);
    return shown;
}

QString elided(const QWidget* widget, const QFontMetricsF& metrics, const QString& text,
               qreal width, Qt::TextElideMode mode) {
    const QString shown = metrics.elidedText(text, mode, width);
    if (shown != text)
        noteUnfit(widget, text);
    return shown;
}

QFont readable(const QWidget* widget, QFont font, const QString& text) {
    if (font.pixelSize() > 0 && font.pixelSize() < kMinimumPixelSize) {
        noteUnfit(widget, text);
        font.setPixelSize(kMinimumPixelSize);
    }
    return font;
}

void noteUnfit(const QWidget* widget, const QString& text) {
    QStringList texts = unfitTexts(widget);
    if (!texts.contains(text)) {
        texts << text;
        // A report about the last paint, not part of the widget's state: painting is const.
        const_cast<QWidget*>(widget)->setProperty(kProperty, texts);
    }
}

QStringList unfitTexts(const QWidget* widget) {
    return widget->property(kProperty).toStringList();
}

} // namespace convsight::widgets::textfit
