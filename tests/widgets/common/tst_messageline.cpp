// MessageLine: each tone's colours come from the theme, the line hides when there is nothing to
// say, and a problem is reported as one.
#include "common/MessageLine.h"
#include "common/Theme.h"

#include <QTest>

using convsight::widgets::MessageLine;
namespace theme = convsight::widgets::theme;

Q_DECLARE_METATYPE(MessageLine::Tone)

class tst_MessageLine : public QObject {
    Q_OBJECT
private slots:
    void tones_data();
    void tones();
    void hiddenWhenEmpty();
    void clearForgetsTheProblem();
};

void tst_MessageLine::tones_data() {
    const theme::Colours& c = theme::colours();
    QTest::addColumn<MessageLine::Tone>("tone");
    QTest::addColumn<QColor>("ink");
    QTest::addColumn<QColor>("fill");
    QTest::addColumn<bool>("problem");
    QTest::newRow("information") << MessageLine::Tone::Information << c.text << c.accentFill
                                 << false;
    QTest::newRow("success") << MessageLine::Tone::Success << c.successText << c.successFill
                             << false;
    QTest::newRow("problem") << MessageLine::Tone::Problem << c.problemText << c.problemFill
                             << true;
}

void tst_MessageLine::tones() {
    QFETCH(MessageLine::Tone, tone);
    QFETCH(QColor, ink);
    QFETCH(QColor, fill);
    QFETCH(bool, problem);
    QWidget window;
    auto* line = new MessageLine(&window);
    window.show();
    line->showMessage(QStringLiteral("Saved."), tone);
    QCOMPARE(line->text(), QStringLiteral("Saved."));
    QCOMPARE(line->tone(), tone);
    QCOMPARE(line->isProblem(), problem);
    QVERIFY(line->isVisible());
    // The style sheet names the theme's colours, and the label is drawn in them.
    QVERIFY2(line->styleSheet().contains(theme::css(ink)), qPrintable(line->styleSheet()));
    QVERIFY2(line->styleSheet().contains(theme::css(fill)), qPrintable(line->styleSheet()));
    line->ensurePolished();
    QCOMPARE(line->palette().color(QPalette::WindowText), ink);
}

void tst_MessageLine::hiddenWhenEmpty() {
    QWidget window;
    auto* line = new MessageLine(&window);
    window.show();
    QVERIFY(!line->isVisible()); // nothing said yet
    line->showMessage(QStringLiteral("Evaluating…"));
    QVERIFY(line->isVisible());
    line->showMessage({});
    QVERIFY(!line->isVisible());
    line->showProblem(QStringLiteral("The file is not an image."));
    QVERIFY(line->isVisible());
    line->clearMessage();
    QVERIFY(!line->isVisible());
    QVERIFY(line->text().isEmpty());
}

void tst_MessageLine::clearForgetsTheProblem() {
    MessageLine line;
    line.showProblem(QStringLiteral("No model yet."));
    QVERIFY(line.isProblem());
    QCOMPARE(line.tone(), MessageLine::Tone::Problem);
    line.clearMessage();
    QVERIFY(!line.isProblem());
    QCOMPARE(line.tone(), MessageLine::Tone::Information);
    line.showMessage(QStringLiteral("Test accuracy 91.0 %."), MessageLine::Tone::Success);
    QVERIFY(!line.isProblem());
}

QTEST_MAIN(tst_MessageLine)
#include "tst_messageline.moc"
