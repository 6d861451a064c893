// What the teaching stages (ConvolutionStage, Im2colView) share when they paint: the app's
// palette (app/gui/Theme.cpp: slate text, one accent blue) and fitting text into a cell.
#pragma once

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QString>
#include <algorithm>

namespace convsight::widgets::stage {

inline const QColor kText(0x0f, 0x17, 0x2a);
inline const QColor kMuted(0x47, 0x55, 0x69);
inline const QColor kGridLine(0x64, 0x74, 0x8b);
inline const QColor kAccent(0x25, 0x63, 0xeb);
inline const QColor kPaddingFill(0xe2, 0xe8, 0xf0);
inline const QColor kKernelFill(0xef, 0xf6, 0xff);

// The largest pixel size up to `size` (at least 8) at which `text` fits `width`.
inline QFont fittedFont(QFont font, double size, const QString& text, double width) {
    font.setPixelSize(std::max(8, static_cast<int>(size)));
    const double advance = QFontMetricsF(font).horizontalAdvance(text);
    if (advance > width && advance > 0)
        font.setPixelSize(std::max(8, static_cast<int>(font.pixelSize() * width / advance)));
    return font;
}

} // namespace convsight::widgets::stage
