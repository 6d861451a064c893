// Qt Test suite for CellEditor: what counts as a number, Enter commits, Escape cancels, and text
// that is no number keeps the editor open.
#include "stepthrough/CellEditor.h"

#include <QSignalSpy>
#include <QTest>

using convsight::widgets::CellEditor;

class TestCellEditor : public QObject {
    Q_OBJECT
private slots:
    void parsesWhatStudentsType_data();
    void parsesWhatStudentsType();
    void enterCommitsEscapeCancels();
    void badTextStaysOpen();
};

void TestCellEditor::parsesWhatStudentsType_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");
    QTest::newRow("integer") << QStringLiteral("3") << true << 3.0;
    QTest::newRow("spaces") << QStringLiteral("  7 ") << true << 7.0;
    QTest::newRow("ascii minus") << QStringLiteral("-1") << true << -1.0;
    QTest::newRow("unicode minus") << QStringLiteral("−2.5") << true << -2.5;
    QTest::newRow("decimal comma") << QStringLiteral("0,5") << true << 0.5;
    QTest::newRow("word") << QStringLiteral("two") << false << 0.0;
    QTest::newRow("empty") << QString() << false << 0.0;
    QTest::newRow("infinity") << QStringLiteral("inf") << false << 0.0;
    QTest::newRow("nan") << QStringLiteral("nan") << false << 0.0;
}

void TestCellEditor::parsesWhatStudentsType() {
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(double, value);
    const std::optional<double> parsed = CellEditor::parseValue(text);
    QCOMPARE(parsed.has_value(), ok);
    if (ok)
        QCOMPARE(*parsed, value);
}

void TestCellEditor::enterCommitsEscapeCancels() {
    QWidget stage;
    stage.resize(300, 200);
    stage.show();
    QVERIFY(QTest::qWaitForWindowExposed(&stage));
    auto* editor = new CellEditor(&stage);
    QSignalSpy entered(editor, &CellEditor::valueEntered);
    editor->open(QRect(50, 50, 40, 40), QStringLiteral("1"));
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->selectedText(), QStringLiteral("1"));
    QVERIFY(editor->width() >= 64); // widened for a small cell
    QTest::keyClicks(editor, QStringLiteral("-4"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(!editor->isVisible());
    QCOMPARE(entered.count(), 1);
    QCOMPARE(entered.first().first().toDouble(), -4.0);

    editor->open(QRect(50, 50, 40, 40), QStringLiteral("1"));
    QTest::keyClicks(editor, QStringLiteral("9"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(!editor->isVisible());
    QCOMPARE(entered.count(), 1); // nothing new
}

void TestCellEditor::badTextStaysOpen() {
    QWidget stage;
    stage.show();
    QVERIFY(QTest::qWaitForWindowExposed(&stage));
    auto* editor = new CellEditor(&stage);
    QSignalSpy entered(editor, &CellEditor::valueEntered);
    editor->open(QRect(10, 10, 80, 80), QStringLiteral("1"));
    QTest::keyClicks(editor, QStringLiteral("abc"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(editor->isVisible());
    QVERIFY(editor->styleSheet().contains(QStringLiteral("border")));
    QCOMPARE(entered.count(), 0);
}

QTEST_MAIN(TestCellEditor)
#include "tst_celleditor.moc"
