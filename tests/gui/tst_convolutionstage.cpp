// The Step-through workspace as a student drives it: it opens on the lecture's worked example,
// step buttons and clicks on output cells move the window, padding and stride rebuild the trace.
#include "ConvolutionStage.h"
#include "StepThroughWorkspace.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using convsight::widgets::ConvolutionStage;
using convsight::widgets::StepThroughWorkspace;

class TestConvolutionStage : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void opensOnLectureExample();
    void stepButtonsMoveOneStep();
    void clickingAnOutputCellJumpsToItsStep();
    void samePaddingGivesSixteenSteps();
    void strideShrinksTheOutput_data();
    void strideShrinksTheOutput();
    void playAdvancesAndStopsAtTheEnd();
    void impossibleKernelSaysWhy();

private:
    template <typename T>
    T* child(const char* name) const {
        auto* found = workspace_->findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    ConvolutionStage* stage() const { return workspace_->stage(); }
    void selectPadding(const QString& text);

    StepThroughWorkspace* workspace_{};
};

void TestConvolutionStage::init() {
    workspace_ = new StepThroughWorkspace;
    workspace_->resize(1050, 740);
    workspace_->show();
    QVERIFY(QTest::qWaitForWindowExposed(workspace_));
}

void TestConvolutionStage::cleanup() {
    delete workspace_;
    workspace_ = nullptr;
}

void TestConvolutionStage::selectPadding(const QString& text) {
    auto* padding = child<QComboBox>("paddingCombo");
    const int index = padding->findText(text);
    QVERIFY(index >= 0);
    padding->setCurrentIndex(index);
}

void TestConvolutionStage::opensOnLectureExample() {
    QCOMPARE(stage()->step(), 0);
    QCOMPARE(stage()->stepCount(), 4);
    QCOMPARE(stage()->trace()->output(0),
             (convsight::conv::Matrix{{-4, -3}, {3, -8}})); // worked out by hand in the lecture
    QCOMPARE(stage()->expressionText(),
             QStringLiteral("2×1 + 0×1 + 1×1 + 7×0 + 1×0 + 1×0 + 0×(−1) + 2×(−1) + 5×(−1) = −4"));
    QCOMPARE(child<QLabel>("stepCounter")->text(), QStringLiteral("Step 1 of 4"));
    QCOMPARE(child<QComboBox>("kernelCombo")->currentData().toString(),
             QStringLiteral("horizontal-edge"));
    QCOMPARE(child<QSpinBox>("strideSpin")->value(), 1);
    QCOMPARE(child<QComboBox>("paddingCombo")->currentText(), QStringLiteral("VALID"));
    const QString formula = child<QLabel>("formulaLabel")->text();
    QVERIFY2(formula.contains(QStringLiteral("(4 − 3 + 2·0) / 1 + 1 = 2")), qPrintable(formula));
    QVERIFY(!workspace_->isPlaying());
}

void TestConvolutionStage::stepButtonsMoveOneStep() {
    auto* forward = child<QToolButton>("stepForwardButton");
    auto* back = child<QToolButton>("stepBackButton");
    QVERIFY(!back->isEnabled());

    QTest::mouseClick(forward, Qt::LeftButton);
    QCOMPARE(stage()->step(), 1);
    QVERIFY(stage()->expressionText().endsWith(QStringLiteral("= −3")));
    QCOMPARE(child<QLabel>("stepCounter")->text(), QStringLiteral("Step 2 of 4"));
    QVERIFY(back->isEnabled());

    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(stage()->step(), 0);
    QVERIFY(stage()->expressionText().endsWith(QStringLiteral("= −4")));

    // At the last step, forward is disabled; reset goes back to the start.
    stage()->setStep(3);
    QVERIFY(!forward->isEnabled());
    QTest::mouseClick(child<QToolButton>("resetButton"), Qt::LeftButton);
    QCOMPARE(stage()->step(), 0);
}

void TestConvolutionStage::clickingAnOutputCellJumpsToItsStep() {
    QSignalSpy changed(stage(), &ConvolutionStage::stepChanged);
    const QRect cell = stage()->outputCellRect(1, 1);
    QVERIFY(!cell.isEmpty());
    QVERIFY2(cell.width() >= 48, "cells must stay readable from the back of the hall");
    QTest::mouseClick(stage(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(stage()->step(), 3);
    QVERIFY(stage()->expressionText().endsWith(QStringLiteral("= −8")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toInt(), 3);
    QCOMPARE(child<QLabel>("stepCounter")->text(), QStringLiteral("Step 4 of 4"));

    // A click beside the output changes nothing.
    QTest::mouseClick(stage(), Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(stage()->step(), 3);
    QCOMPARE(changed.count(), 1);
}

void TestConvolutionStage::samePaddingGivesSixteenSteps() {
    stage()->setStep(2);
    selectPadding(QStringLiteral("SAME"));
    QCOMPARE(stage()->stepCount(), 16);
    QCOMPARE(stage()->step(), 0);
    QCOMPARE(stage()->trace()->paddedWidth(), 6);
    // The window over the top-left corner: a row of zero padding (×1), then 0 2 0 (×0), then
    // 0 7 1 (×−1): −8.
    QVERIFY2(stage()->expressionText().endsWith(QStringLiteral("= −8")),
             qPrintable(stage()->expressionText()));
    QCOMPARE(child<QLabel>("stepCounter")->text(), QStringLiteral("Step 1 of 16"));
}

void TestConvolutionStage::strideShrinksTheOutput_data() {
    QTest::addColumn<QString>("padding");
    QTest::addColumn<int>("stride");
    QTest::addColumn<int>("steps");
    QTest::addColumn<int>("side"); // output height = width
    // VALID: (4 − 3) / s + 1, rounded down; SAME: ⌈4 / s⌉ per axis.
    QTest::newRow("VALID s=2") << "VALID" << 2 << 1 << 1;
    QTest::newRow("SAME s=2") << "SAME" << 2 << 4 << 2;
    QTest::newRow("SAME s=3") << "SAME" << 3 << 4 << 2;
}

void TestConvolutionStage::strideShrinksTheOutput() {
    QFETCH(QString, padding);
    QFETCH(int, stride);
    QFETCH(int, steps);
    QFETCH(int, side);
    selectPadding(padding);
    child<QSpinBox>("strideSpin")->setValue(stride);
    QCOMPARE(stage()->stepCount(), steps);
    QCOMPARE(stage()->step(), 0);
    const QString formula = child<QLabel>("formulaLabel")->text();
    QVERIFY2(formula.contains(QStringLiteral(" / %1").arg(stride)), qPrintable(formula));
    QVERIFY2(formula.endsWith(QStringLiteral(" = %1").arg(side)), qPrintable(formula));
}

void TestConvolutionStage::playAdvancesAndStopsAtTheEnd() {
    auto* speed = child<QSlider>("speedSlider");
    QCOMPARE(workspace_->stepInterval(), 700);
    speed->setValue(speed->maximum());
    QVERIFY(workspace_->stepInterval() < 700);

    QTest::mouseClick(child<QToolButton>("playButton"), Qt::LeftButton);
    QVERIFY(workspace_->isPlaying());
    QCOMPARE(workspace_->playAction()->text(), QStringLiteral("Pause"));
    QTRY_COMPARE(stage()->step(), 1);
    QTRY_COMPARE(stage()->step(), 3);
    QTRY_VERIFY(!workspace_->isPlaying());
    QCOMPARE(workspace_->playAction()->text(), QStringLiteral("Play"));

    // Play at the end starts the pass again; a step button pauses.
    QTest::mouseClick(child<QToolButton>("playButton"), Qt::LeftButton);
    QCOMPARE(stage()->step(), 0);
    QVERIFY(workspace_->isPlaying());
    QTest::mouseClick(child<QToolButton>("stepForwardButton"), Qt::LeftButton);
    QVERIFY(!workspace_->isPlaying());
}

void TestConvolutionStage::impossibleKernelSaysWhy() {
    auto* kernel = child<QComboBox>("kernelCombo");
    kernel->setCurrentIndex(kernel->findData(QStringLiteral("gaussian-5x5")));
    QVERIFY(!stage()->trace());
    QCOMPARE(stage()->stepCount(), 0);
    QVERIFY(!stage()->message().isEmpty());
    QVERIFY(!workspace_->playAction()->isEnabled());
    QCOMPARE(child<QLabel>("stepCounter")->text(), QStringLiteral("No steps"));

    // SAME padding makes room for it: 16 positions again.
    selectPadding(QStringLiteral("SAME"));
    QCOMPARE(stage()->stepCount(), 16);
    QVERIFY(workspace_->playAction()->isEnabled());
}

QTEST_MAIN(TestConvolutionStage)
#include "tst_convolutionstage.moc"
