// Text a painted view must show in full: it elides only through these helpers, which note what did
// not fit, so that a test (and a teacher's projector) can ask any view what a student cannot read.
#pragma once

#include <QFont>
#include <QFontMetrics>
#include <QString>
#include <QStringList>

class QWidget;

namespace convsight::widgets::textfit {

// The smallest on-screen size, in logical pixels, of a number in a cell, a matrix or on an axis:
// below it a view scrolls or shows fewer numbers instead of shrinking them.
constexpr int kMinimumPixelSize = 12;

// Forgets what `widget` noted at its last paint; a painted view calls it first in paintEvent.
void clear(QWidget* widget);

// `text` elided to `width`; when it had to elide, `widget` notes the text as not fitting.
QString elided(const QWidget* widget, const QFontMetrics& metrics, const QString& text, int width,
               Qt::TextElideMode mode = Qt::ElideRight);

QString elided(const QWidget* widget, const QFontMetricsF& metrics, const QString& text,
               qreal width, Qt::TextElideMode mode = Qt::ElideRight);

// `font`, raised to kMinimumPixelSize where it is smaller; `widget` then notes `text` (the widest
// text drawn in it) as not fitting, so its view knows it needs more room.
QFont readable(const QWidget* widget, QFont font, const QString& text);

// Notes that `text` was drawn smaller than kMinimumPixelSize, or left out for want of room.
void noteUnfit(const QWidget* widget, const QString& text);

// What `widget` could not show in full at its last paint.
QStringList unfitTexts(const QWidget* widget);

} // namespace convsight::widgets::textfit
