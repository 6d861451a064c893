// ConvSight's look in one place: every colour (three themes: light, dark, high contrast), the
// fonts and line widths of the painted views and one scale for all of them (zoom, presentation),
// and the application style. Widgets take colours from theme::colours() at paint time and never
// write their own; what keeps a colour or a style sheet refreshes on theme::notifier()'s signals.
#pragma once

#include "image/SignedDisplay.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QObject>
#include <QRgb>
#include <QString>
#include <algorithm>
#include <functional>

class QApplication;
class QGradient;
class QPainter;
class QRectF;
class QWidget;

namespace convsight::widgets::theme {

// The themes, in menu order.
enum class Kind { Light, Dark, HighContrast };

// The light theme's colours are the defaults below; dark() and highContrast() in Theme.cpp
// override them.
struct Colours {
    // Text: slate, from strongest to faintest.
    QColor text{0x0f, 0x17, 0x2a};
    QColor secondaryText{0x33, 0x41, 0x55};
    QColor mutedText{0x47, 0x55, 0x69};
    QColor gridLine{0x64, 0x74, 0x8b};
    QColor disabledText{0x94, 0xa3, 0xb8};
    QColor border{0xcb, 0xd5, 0xe1};
    // Surfaces.
    QColor window{0xf8, 0xfa, 0xfc};
    QColor base{0xff, 0xff, 0xff};
    QColor panel{0xe2, 0xe8, 0xf0}; // buttons, status bar, padding cells
    QColor darkPanel{0x33, 0x41, 0x55};
    QColor sidebar{0x1e, 0x29, 0x3b};
    QColor sidebarText{0xe2, 0xe8, 0xf0};
    // The one accent (selection, the current window, the result being built) and its tints.
    QColor accent{0x25, 0x63, 0xeb};
    QColor accentStrong{0x1d, 0x4e, 0xd8};
    QColor accentFill{0xef, 0xf6, 0xff};  // kernel cells, hint boxes
    QColor pendingFill{0xf1, 0xf5, 0xf9}; // output cells not computed yet
    QColor paddingHatch{0xb6, 0xc2, 0xd2};
    QColor pin{0xea, 0x58, 0x0c};       // a pinned window
    QColor highlight{0xfa, 0xcc, 0x15}; // the hovered pixel's window
    QColor noteFill{0xfe, 0xf9, 0xc3};  // the step's expression
    QColor testCurve{0xc2, 0x41, 0x0c}; // the test set's curve beside the training one (accent)
    // Messages: what went wrong, what went right.
    QColor problem{0xdc, 0x26, 0x26};
    QColor problemText{0x7f, 0x1d, 0x1d};
    QColor problemFill{0xfe, 0xe2, 0xe2};
    QColor problemInline{0xb3, 0x26, 0x1e}; // problem words inside a sentence
    QColor success{0x16, 0xa3, 0x4a};
    QColor successText{0x14, 0x53, 0x2d};
    QColor successFill{0xdc, 0xfc, 0xe7};
    // The channels of a colour image: the ink (strong) and the cell fill (tint) of R, G and B.
    QColor red{0xb9, 0x1c, 0x1c}, redFill{0xfe, 0xe2, 0xe2};
    QColor green{0x15, 0x80, 0x3d}, greenFill{0xdc, 0xfc, 0xe7};
    QColor blue{0x1d, 0x4e, 0xd8}, blueFill{0xdb, 0xea, 0xfe};
    // Inspect and the shared views: outlines of maps, filters and guides; the MLP of the shift
    // study (warm: the network that loses its way) and the confusion matrix's mistakes; what is
    // drawn over an image (the boxes of captions and legends, the pixel grid, a dark ring that
    // makes a light outline stand out on any picture).
    QColor outline{0x94, 0xa3, 0xb8};
    QColor mlp{0xc2, 0x41, 0x0c};
    QColor mistake{0xc2, 0x41, 0x0c}; // orange beside the accent's blue: apart for every eye
    QColor overlay{0x0f, 0x17, 0x2a, 210};
    // Ink drawn over a picture or a colour map, chosen by the colour under it, not by the theme:
    // light ink on dark pixels (and on the overlay's boxes), dark ink on light ones.
    QColor lightInk{0xff, 0xff, 0xff};
    QColor darkInk{0x0f, 0x17, 0x2a};
    QColor pixelGrid{0x00, 0x00, 0x00, 60};
    QColor contrastRing{0x00, 0x00, 0x00};
};

// The colours in force, and those of any theme.
const Colours& colours();
const Colours& coloursOf(Kind kind);

// The theme in force; its settings id ("light", "dark", "high-contrast") and menu name.
Kind current();
QString themeId(Kind kind);
QString themeName(Kind kind);
// The theme an id names; Light for an unknown one.
Kind themeFromId(const QString& id);

// A colour as a style sheet writes it ("#2563eb").
inline QString css(const QColor& colour) {
    return colour.name();
}

// Fusion style, the palette and style sheet of the theme in force, and the application font at
// the scale in force, for the whole application.
void apply(QApplication& app);

// Switches theme: palette and style sheet again, then notifier()->themeChanged().
void setTheme(Kind kind);

// One factor for every size on screen: the application font, the fonts the views paint with and
// their line widths. The user's zoom (Ctrl + and −) times presentation mode's enlargement.
double scale();
// Sets it: the application font and every font a widget set for itself grow or shrink by the same
// ratio, the style sheet's sizes follow, then notifier()->scaleChanged().
void setScale(double factor);

// Signals for what keeps a colour, a style sheet or a size: connect and refresh.
class Notifier : public QObject {
    Q_OBJECT
signals:
    void themeChanged();
    void scaleChanged(double scale);
};
Notifier* notifier();

// Gives `widget` the style sheet `sheet()` writes now and again after every theme change (so a
// sheet that names theme colours follows the theme).
void followTheme(QWidget* widget, std::function<QString()> sheet);

// A line width or a pixel size at the scale in force.
inline double line(double width) {
    return width * scale();
}
inline int px(double size) {
    return static_cast<int>(size * scale() + 0.5);
}

// The largest pixel size up to `size` (at least 8, scaled) at which `text` fits `width`.
inline QFont fittedFont(QFont font, double size, const QString& text, double width) {
    const int smallest = px(8);
    font.setPixelSize(std::max(smallest, static_cast<int>(size)));
    const double advance = QFontMetricsF(font).horizontalAdvance(text);
    if (advance > width && advance > 0)
        font.setPixelSize(std::max(smallest, static_cast<int>(font.pixelSize() * width / advance)));
    return font;
}

// Bold, at least 12 pt (scaled): a title over a grid.
inline QFont titleFont(QFont font) {
    font.setPointSizeF(std::max(12.0 * scale(), font.pointSizeF()));
    font.setBold(true);
    return font;
}

// At least 11 pt (scaled), a point below the base: captions and details.
inline QFont detailFont(QFont font) {
    font.setPointSizeF(std::max(11.0 * scale(), font.pointSizeF() - 1.0));
    return font;
}

// A chart axis (Qt Charts' QValueAxis) in `font` and the theme's colours: labels, title, grid and
// axis line. A template, so that this room needs no Qt Charts.
template <typename Axis>
void styleAxis(Axis* axis, const QFont& font) {
    const Colours& c = colours();
    axis->setLabelsFont(font);
    axis->setTitleFont(font);
    axis->setLabelsColor(c.text);
    axis->setTitleBrush(c.text);
    axis->setGridLineColor(c.panel);
    axis->setLinePenColor(c.gridLine);
}

// image::diverging_colour(t) (t in [−1, 1]: blue, white, orange) as a Qt colour.
inline QRgb divergingRgb(double t) {
    const cv::Vec3b bgr = image::diverging_colour(t);
    return qRgb(bgr[2], bgr[1], bgr[0]);
}

// The maps a legend can show.
enum class ColourMap { Diverging, Cividis };

// `map` as the stops of a gradient, from 0 (low values) to 1 (high).
void setColourStops(QGradient& gradient, ColourMap map);

// A colour bar of `map` filling `rect`, low values on the left, with a thin outline: the middle
// of a legend "low [bar] high".
void paintColourBar(QPainter& painter, const QRectF& rect, ColourMap map);

// image::cividis_colour(t) (t in [0, 1]: dark blue, grey, yellow) as a Qt colour.
inline QRgb cividisRgb(double t) {
    const cv::Vec3b bgr = image::cividis_colour(t);
    return qRgb(bgr[2], bgr[1], bgr[0]);
}

} // namespace convsight::widgets::theme
