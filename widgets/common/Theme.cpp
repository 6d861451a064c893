// ConvSight's look: Fusion style, a light, a dark and a high-contrast palette with one accent
// colour each and a dark sidebar, and one scale for every size on screen.
#include "common/Theme.h"

#include <QApplication>
#include <QLinearGradient>
#include <QPainter>
#include <QPalette>
#include <QPointer>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>
#include <vector>

namespace convsight::widgets::theme {
namespace {

// Slate on near-black: the light theme's roles, each as light as it was dark.
Colours dark() {
    Colours c;
    c.text = QColor(0xe2, 0xe8, 0xf0);
    c.secondaryText = QColor(0xcb, 0xd5, 0xe1);
    c.mutedText = QColor(0x94, 0xa3, 0xb8);
    c.gridLine = QColor(0x94, 0xa3, 0xb8);
    c.disabledText = QColor(0x64, 0x74, 0x8b);
    c.border = QColor(0x47, 0x55, 0x69);
    c.window = QColor(0x0f, 0x17, 0x2a);
    c.base = QColor(0x1e, 0x29, 0x3b);
    c.panel = QColor(0x33, 0x41, 0x55);
    c.darkPanel = QColor(0x02, 0x06, 0x17);
    c.sidebar = QColor(0x02, 0x06, 0x17);
    c.sidebarText = QColor(0xe2, 0xe8, 0xf0);
    c.accent = QColor(0x60, 0xa5, 0xfa);
    c.accentStrong = QColor(0x93, 0xc5, 0xfd);
    c.accentFill = QColor(0x1e, 0x3a, 0x5f);
    c.pendingFill = QColor(0x1a, 0x24, 0x36);
    c.paddingHatch = QColor(0x47, 0x55, 0x69);
    c.pin = QColor(0xfb, 0x92, 0x3c);
    c.highlight = QColor(0xfa, 0xcc, 0x15);
    c.noteFill = QColor(0x42, 0x38, 0x0c);
    c.testCurve = QColor(0xfb, 0x92, 0x3c);
    c.problem = QColor(0xf8, 0x71, 0x71);
    c.problemText = QColor(0xfe, 0xca, 0xca);
    c.problemFill = QColor(0x4c, 0x12, 0x12);
    c.problemInline = QColor(0xfc, 0xa5, 0xa5);
    c.success = QColor(0x4a, 0xde, 0x80);
    c.successText = QColor(0xbb, 0xf7, 0xd0);
    c.successFill = QColor(0x0b, 0x3b, 0x21);
    c.red = QColor(0xfc, 0xa5, 0xa5);
    c.redFill = QColor(0x4c, 0x12, 0x12);
    c.green = QColor(0x86, 0xef, 0xac);
    c.greenFill = QColor(0x0b, 0x3b, 0x21);
    c.blue = QColor(0x93, 0xc5, 0xfd);
    c.blueFill = QColor(0x17, 0x25, 0x54);
    c.outline = QColor(0x64, 0x74, 0x8b);
    c.mlp = QColor(0xfb, 0x92, 0x3c);
    c.mistake = QColor(0xfb, 0x92, 0x3c);
    c.overlay = QColor(0x02, 0x06, 0x17, 220);
    c.lightInk = QColor(0xf1, 0xf5, 0xf9);
    c.pixelGrid = QColor(0xff, 0xff, 0xff, 50);
    c.contrastRing = QColor(0x00, 0x00, 0x00);
    return c;
}

// Black on white, strong colours only, no tint too pale to see on a washed-out projector.
Colours highContrast() {
    Colours c;
    c.text = QColor(0x00, 0x00, 0x00);
    c.secondaryText = QColor(0x00, 0x00, 0x00);
    c.mutedText = QColor(0x1f, 0x1f, 0x1f);
    c.gridLine = QColor(0x00, 0x00, 0x00);
    c.disabledText = QColor(0x6b, 0x6b, 0x6b);
    c.border = QColor(0x00, 0x00, 0x00);
    c.window = QColor(0xff, 0xff, 0xff);
    c.base = QColor(0xff, 0xff, 0xff);
    c.panel = QColor(0xe0, 0xe0, 0xe0);
    c.darkPanel = QColor(0x00, 0x00, 0x00);
    c.sidebar = QColor(0x00, 0x00, 0x00);
    c.sidebarText = QColor(0xff, 0xff, 0xff);
    c.accent = QColor(0x00, 0x3c, 0xc8);
    c.accentStrong = QColor(0x00, 0x2a, 0x8f);
    c.accentFill = QColor(0xdc, 0xe8, 0xff);
    c.pendingFill = QColor(0xee, 0xee, 0xee);
    c.paddingHatch = QColor(0x5a, 0x5a, 0x5a);
    c.pin = QColor(0xc2, 0x41, 0x00);
    c.highlight = QColor(0xff, 0xc8, 0x00);
    c.noteFill = QColor(0xff, 0xf0, 0x8a);
    c.testCurve = QColor(0xc2, 0x41, 0x00);
    c.problem = QColor(0xc0, 0x00, 0x00);
    c.problemText = QColor(0x00, 0x00, 0x00);
    c.problemFill = QColor(0xff, 0xd6, 0xd6);
    c.problemInline = QColor(0xa0, 0x00, 0x00);
    c.success = QColor(0x00, 0x6b, 0x00);
    c.successText = QColor(0x00, 0x00, 0x00);
    c.successFill = QColor(0xd0, 0xf5, 0xd0);
    c.red = QColor(0xa0, 0x00, 0x00);
    c.redFill = QColor(0xff, 0xd6, 0xd6);
    c.green = QColor(0x00, 0x60, 0x00);
    c.greenFill = QColor(0xd0, 0xf5, 0xd0);
    c.blue = QColor(0x00, 0x2a, 0xb0);
    c.blueFill = QColor(0xd6, 0xe2, 0xff);
    c.outline = QColor(0x00, 0x00, 0x00);
    c.mlp = QColor(0xc2, 0x41, 0x00);
    c.mistake = QColor(0xc2, 0x41, 0x00);
    c.overlay = QColor(0x00, 0x00, 0x00, 235);
    c.pixelGrid = QColor(0x00, 0x00, 0x00, 110);
    c.contrastRing = QColor(0x00, 0x00, 0x00);
    return c;
}

Kind currentKind = Kind::Light;
double currentScale = 1.0;
double basePointSize = 0; // the application font's size at scale 1, set by apply()

void applyPalette(QApplication& app) {
    const Colours& c = colours();
    // From the style's own palette each time, so that a switch back leaves nothing behind.
    QPalette palette = app.style()->standardPalette();
    palette.setColor(QPalette::Window, c.window);
    palette.setColor(QPalette::WindowText, c.text);
    palette.setColor(QPalette::Base, c.base);
    palette.setColor(QPalette::Text, c.text);
    palette.setColor(QPalette::Highlight, c.accent);
    palette.setColor(QPalette::HighlightedText, c.base);
    palette.setColor(QPalette::Button, c.panel);
    palette.setColor(QPalette::ButtonText, c.text);
    if (currentKind != Kind::Light) {
        // The roles Fusion's light defaults get right by themselves: frames, bevels, tooltips,
        // alternate rows and links, derived from the surfaces so that they follow.
        const bool darkTheme = c.window.lightness() < 128;
        palette.setColor(QPalette::AlternateBase, c.pendingFill);
        palette.setColor(QPalette::PlaceholderText, c.mutedText);
        palette.setColor(QPalette::ToolTipBase, c.base);
        palette.setColor(QPalette::ToolTipText, c.text);
        palette.setColor(QPalette::Link, c.accent);
        palette.setColor(QPalette::BrightText, c.base);
        palette.setColor(QPalette::Light, darkTheme ? c.panel.lighter(140) : c.base);
        palette.setColor(QPalette::Midlight, darkTheme ? c.panel.lighter(120) : c.panel);
        palette.setColor(QPalette::Mid, darkTheme ? c.border : c.border.darker(120));
        palette.setColor(QPalette::Dark, darkTheme ? c.darkPanel : c.gridLine);
        palette.setColor(QPalette::Shadow, darkTheme ? QColor(Qt::black) : c.secondaryText);
    }
    // setColor(role, ...) above sets every group: grey out what is disabled again (CUDA without a
    // GPU, the camera without a camera), or it looks clickable.
    for (const auto role : {QPalette::ButtonText, QPalette::WindowText, QPalette::Text})
        palette.setColor(QPalette::Disabled, role, c.disabledText);
    app.setPalette(palette);
}

void applyStyleSheet(QApplication& app) {
    const Colours& c = colours();
    app.setStyleSheet(QStringLiteral(R"(
        QWidget#sidebarPanel { background: %1; }
        QLabel#sidebarTitle { color: %2; font-size: %8pt; font-weight: bold; }
        QListWidget#workspaceSidebar {
            background: %1; color: %2; border: none; padding-top: 8px;
            font-size: %9pt;
        }
        QListWidget#workspaceSidebar::item { padding: 14px 12px; margin: 2px 8px; border-radius: 8px; }
        QListWidget#workspaceSidebar::item:hover { background: %3; }
        QListWidget#workspaceSidebar::item:selected { background: %4; color: %5; }
        QLabel#introIcon { background: %1; border-radius: 16px; padding: 14px; }
        QLabel#introTitle { color: %6; }
        QLabel#introSummary { color: %3; }
        QStatusBar { background: %7; color: %6; }
        QStatusBar QLabel { padding: 2px 8px; }
    )")
                          .arg(css(c.sidebar), css(c.sidebarText), css(c.secondaryText),
                               css(c.accent), css(c.base), css(c.text))
                          .arg(css(c.panel))
                          .arg(17.0 * currentScale, 0, 'f', 1)
                          .arg(15.0 * currentScale, 0, 'f', 1));
}

// Scales a font's size, in points or pixels, whichever it was given in.
QFont scaled(QFont font, double ratio) {
    if (font.pixelSize() > 0)
        font.setPixelSize(std::max(1, static_cast<int>(font.pixelSize() * ratio + 0.5)));
    else
        font.setPointSizeF(font.pointSizeF() * ratio);
    return font;
}

} // namespace

const Colours& colours() {
    return coloursOf(currentKind);
}

const Colours& coloursOf(Kind kind) {
    static const Colours light;
    static const Colours darkColours = dark();
    static const Colours highContrastColours = highContrast();
    switch (kind) {
    case Kind::Dark:
        return darkColours;
    case Kind::HighContrast:
        return highContrastColours;
    case Kind::Light:
        break;
    }
    return light;
}

Kind current() {
    return currentKind;
}

QString themeId(Kind kind) {
    switch (kind) {
    case Kind::Dark:
        return QStringLiteral("dark");
    case Kind::HighContrast:
        return QStringLiteral("high-contrast");
    case Kind::Light:
        break;
    }
    return QStringLiteral("light");
}

QString themeName(Kind kind) {
    switch (kind) {
    case Kind::Dark:
        return QApplication::translate("Theme", "&Dark");
    case Kind::HighContrast:
        return QApplication::translate("Theme", "&High Contrast");
    case Kind::Light:
        break;
    }
    return QApplication::translate("Theme", "&Light");
}

Kind themeFromId(const QString& id) {
    for (const Kind kind : {Kind::Light, Kind::Dark, Kind::HighContrast})
        if (themeId(kind) == id)
            return kind;
    return Kind::Light;
}

void apply(QApplication& app) {
    // Fusion looks the same on every desktop and offscreen, so screenshots show what users see.
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    if (basePointSize <= 0)
        basePointSize = std::max(app.font().pointSizeF(), 12.0);
    QFont font = app.font();
    font.setPointSizeF(basePointSize * currentScale);
    app.setFont(font);

    applyPalette(app);
    applyStyleSheet(app);
}

void setTheme(Kind kind) {
    currentKind = kind;
    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance())) {
        applyPalette(*app);
        applyStyleSheet(*app);
    }
    emit notifier()->themeChanged();
}

double scale() {
    return currentScale;
}

void setScale(double factor) {
    factor = std::clamp(factor, 0.5, 4.0);
    if (factor == currentScale)
        return;
    const double ratio = factor / currentScale;
    currentScale = factor;
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    if (app) {
        // The fonts widgets chose for themselves, read before the application font changes (a
        // child whose font sets only "bold" would otherwise be read at its parent's new size).
        std::vector<std::pair<QPointer<QWidget>, QFont>> own;
        for (QWidget* widget : QApplication::allWidgets())
            if (widget->testAttribute(Qt::WA_SetFont))
                own.emplace_back(widget, widget->font());
        if (basePointSize <= 0)
            basePointSize = std::max(app->font().pointSizeF(), 12.0);
        QFont font = app->font();
        font.setPointSizeF(basePointSize * currentScale);
        app->setFont(font);
        applyStyleSheet(*app);
        for (auto& [widget, widgetFont] : own)
            if (widget)
                widget->setFont(scaled(widgetFont, ratio));
    }
    emit notifier()->scaleChanged(currentScale);
}

void setColourStops(QGradient& gradient, ColourMap map) {
    // The maps are curved in RGB: 16 straight pieces draw them to within a few levels.
    constexpr int kStops = 16;
    for (int i = 0; i <= kStops; ++i) {
        const double t = static_cast<double>(i) / kStops;
        gradient.setColorAt(
            t, QColor(map == ColourMap::Diverging ? divergingRgb(2.0 * t - 1.0) : cividisRgb(t)));
    }
}

void paintColourBar(QPainter& painter, const QRectF& rect, ColourMap map) {
    QLinearGradient gradient(rect.topLeft(), rect.topRight());
    setColourStops(gradient, map);
    painter.save();
    painter.setPen(QPen(colours().outline, 1));
    painter.setBrush(gradient);
    painter.drawRect(rect);
    painter.restore();
}

Notifier* notifier() {
    static Notifier* instance = new Notifier; // lives as long as the process: widgets outlive apps
    return instance;
}

void followTheme(QWidget* widget, std::function<QString()> sheet) {
    widget->setStyleSheet(sheet());
    QObject::connect(notifier(), &Notifier::themeChanged, widget,
                     [widget, sheet = std::move(sheet)] { widget->setStyleSheet(sheet()); });
}

} // namespace convsight::widgets::theme
