// What the painted widgets (the stages, the filter grid, the feature maps...) share: the app's
// palette (app/gui/Theme.cpp: slate text, one accent blue), fitting text into a cell, the title and
// detail fonts readable from the back of a lecture hall, and the diverging colour map as Qt
// colours.
#pragma once

#include "image/SignedDisplay.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QRgb>
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

// Bold, at least 12 pt: a title over a grid.
inline QFont titleFont(QFont font) {
    font.setPointSizeF(std::max(12.0, font.pointSizeF()));
    font.setBold(true);
    return font;
}

// At least 11 pt, a point below the base: captions and details.
inline QFont detailFont(QFont font) {
    font.setPointSizeF(std::max(11.0, font.pointSizeF() - 1.0));
    return font;
}

// image::divergingColour(t) (t in [−1, 1]: blue, white, red) as a Qt colour.
inline QRgb divergingRgb(double t) {
    const cv::Vec3b bgr = image::divergingColour(t);
    return qRgb(bgr[2], bgr[1], bgr[0]);
}

} // namespace convsight::widgets::stage
