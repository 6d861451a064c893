// The theme as the widgets meet it: three colour sets that each read well, a theme switch that
// repaints the palette and re-applies style sheets, and one scale that grows every font.
#include "common/Theme.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <cmath>

using namespace convsight::widgets;

namespace {

// WCAG's contrast ratio of two colours.
double contrast(const QColor& a, const QColor& b) {
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double x = luminance(a), y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

} // namespace

class TestTheme : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void everyThemeReadsWell_data();
    void everyThemeReadsWell();
    void idsRoundTrip();
    void setThemeRepaintsThePaletteAndStyleSheets();
    void scaleGrowsTheApplicationFontAndWidgetFonts();
    void scaleGrowsLinesAndPixelSizes();
};

void TestTheme::initTestCase() {
    theme::apply(*qApp);
}

void TestTheme::cleanup() {
    theme::setTheme(theme::Kind::Light);
    theme::setScale(1.0);
}

void TestTheme::everyThemeReadsWell_data() {
    QTest::addColumn<theme::Kind>("kind");
    QTest::newRow("light") << theme::Kind::Light;
    QTest::newRow("dark") << theme::Kind::Dark;
    QTest::newRow("high contrast") << theme::Kind::HighContrast;
}

void TestTheme::everyThemeReadsWell() {
    QFETCH(theme::Kind, kind);
    const theme::Colours& c = theme::coloursOf(kind);
    // Body text, secondary text and the sidebar's text at WCAG AA (4.5:1) or better.
    QVERIFY2(contrast(c.text, c.window) >= 4.5, "text on window");
    QVERIFY2(contrast(c.text, c.base) >= 4.5, "text on base");
    QVERIFY2(contrast(c.secondaryText, c.window) >= 4.5, "secondary text");
    QVERIFY2(contrast(c.mutedText, c.base) >= 4.5, "muted text");
    QVERIFY2(contrast(c.sidebarText, c.sidebar) >= 4.5, "sidebar");
    QVERIFY2(contrast(c.text, c.accentFill) >= 4.5, "text on the kernel cells");
    QVERIFY2(contrast(c.text, c.noteFill) >= 4.5, "text on the step's note");
    QVERIFY2(contrast(c.problemText, c.problemFill) >= 4.5, "problem message");
    QVERIFY2(contrast(c.successText, c.successFill) >= 4.5, "success message");
    QVERIFY2(contrast(c.lightInk, c.overlay) >= 4.5, "caption on the overlay");
    // The high-contrast theme goes further: 7:1 (AAA) for body text.
    if (kind == theme::Kind::HighContrast)
        QVERIFY(contrast(c.text, c.window) >= 7.0);
}

void TestTheme::idsRoundTrip() {
    for (const auto kind : {theme::Kind::Light, theme::Kind::Dark, theme::Kind::HighContrast})
        QCOMPARE(theme::themeFromId(theme::themeId(kind)), kind);
    QCOMPARE(theme::themeFromId(QStringLiteral("no such theme")), theme::Kind::Light);
}

void TestTheme::setThemeRepaintsThePaletteAndStyleSheets() {
    QLabel label;
    theme::followTheme(&label, [] {
        return QStringLiteral("color: %1;").arg(theme::css(theme::colours().mutedText));
    });
    QSignalSpy changed(theme::notifier(), &theme::Notifier::themeChanged);
    const QColor lightWindow = QApplication::palette().color(QPalette::Window);
    QCOMPARE(lightWindow, theme::coloursOf(theme::Kind::Light).window);

    theme::setTheme(theme::Kind::Dark);
    QCOMPARE(theme::current(), theme::Kind::Dark);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(&theme::colours(), &theme::coloursOf(theme::Kind::Dark));
    QCOMPARE(QApplication::palette().color(QPalette::Window),
             theme::coloursOf(theme::Kind::Dark).window);
    QCOMPARE(QApplication::palette().color(QPalette::Text),
             theme::coloursOf(theme::Kind::Dark).text);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 60);
    QVERIFY(label.styleSheet().contains(theme::css(theme::coloursOf(theme::Kind::Dark).mutedText)));
    // The application's style sheet (the sidebar) follows too.
    QVERIFY(qApp->styleSheet().contains(theme::css(theme::coloursOf(theme::Kind::Dark).sidebar)));

    theme::setTheme(theme::Kind::Light);
    QCOMPARE(QApplication::palette().color(QPalette::Window), lightWindow);
    QVERIFY(
        label.styleSheet().contains(theme::css(theme::coloursOf(theme::Kind::Light).mutedText)));
}

void TestTheme::scaleGrowsTheApplicationFontAndWidgetFonts() {
    const double appPoints = QApplication::font().pointSizeF();
    QWidget parent;
    auto* plain = new QLabel(QStringLiteral("inherits"), &parent);
    auto* own = new QLabel(QStringLiteral("its own size"), &parent);
    QFont big = own->font();
    big.setPointSizeF(20);
    own->setFont(big);
    auto* pixels = new QLabel(QStringLiteral("in pixels"), &parent);
    QFont px = pixels->font();
    px.setPixelSize(30);
    pixels->setFont(px);
    parent.show();
    QVERIFY(QTest::qWaitForWindowExposed(&parent));
    QSignalSpy scaled(theme::notifier(), &theme::Notifier::scaleChanged);

    theme::setScale(1.5);
    QCOMPARE(theme::scale(), 1.5);
    QCOMPARE(scaled.count(), 1);
    QCOMPARE(scaled.first().first().toDouble(), 1.5);
    QVERIFY(std::abs(QApplication::font().pointSizeF() - appPoints * 1.5) < 0.01);
    QVERIFY(std::abs(plain->font().pointSizeF() - appPoints * 1.5) < 0.01);
    QVERIFY(std::abs(own->font().pointSizeF() - 30.0) < 0.01);
    QCOMPARE(pixels->font().pixelSize(), 45);
    // The sidebar's sizes in the style sheet grow alike.
    QVERIFY(qApp->styleSheet().contains(QStringLiteral("font-size: 22.5pt")));

    theme::setScale(1.0);
    QVERIFY(std::abs(QApplication::font().pointSizeF() - appPoints) < 0.01);
    QVERIFY(std::abs(plain->font().pointSizeF() - appPoints) < 0.01);
    QVERIFY(std::abs(own->font().pointSizeF() - 20.0) < 0.01);
    QCOMPARE(pixels->font().pixelSize(), 30);
}

void TestTheme::scaleGrowsLinesAndPixelSizes() {
    QCOMPARE(theme::line(2.0), 2.0);
    QCOMPARE(theme::px(24), 24);
    const QFont base = QApplication::font();
    const double title = theme::titleFont(base).pointSizeF();
    theme::setScale(2.0);
    QCOMPARE(theme::line(2.0), 4.0);
    QCOMPARE(theme::px(24), 48);
    QVERIFY(theme::titleFont(QApplication::font()).pointSizeF() >= 2 * title - 0.01);
    // The smallest fitted size grows too: a long text squeezed into a narrow cell.
    const QFont fitted = theme::fittedFont(base, 40, QStringLiteral("−128.5 −128.5"), 4);
    QCOMPARE(fitted.pixelSize(), 16);
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
