// The Step-through workspace as a student drives it: it opens on the lecture's worked example,
// step buttons, the timeline and clicks on output cells move the window (gliding), every
// parameter rebuilds the trace (checked against a brute-force convolution written here), cells
// can be typed into and undone, RGB mode sums its channels, and a pass exports as PNG/GIF/MP4.
#include "conv/BackwardTrace.h"
#include "image/GifWriter.h"
#include "stepthrough/ConvolutionStage.h"
#include "stepthrough/Im2colView.h"
#include "stepthrough/StepThroughWorkspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <cmath>
#include <opencv2/videoio.hpp>

using convsight::widgets::ConvolutionStage;
using convsight::widgets::StepThroughWorkspace;

namespace {

using convsight::compute::BorderMode;
using convsight::conv::PaddingMode;
using Document = StepThroughWorkspace::Document;

// The image index padded index i reads from under a border fill; −1 for a zero.
int borderIndex(int i, int n, BorderMode fill) {
    if (i >= 0 && i < n)
        return i;
    switch (fill) {
    case BorderMode::Zero:
        return -1;
    case BorderMode::Replicate:
        return std::clamp(i, 0, n - 1);
    case BorderMode::Reflect: { // mirror without repeating the edge: −1 → 1, n → n − 2
        const int period = 2 * (n - 1);
        const int m = ((i % period) + period) % period;
        return m < n ? m : period - m;
    }
    case BorderMode::Wrap:
        return ((i % n) + n) % n;
    }
    return -1;
}

// One axis: output size and padding before, from the lecture's formula and TensorFlow's SAME.
std::pair<int, int> axis(int n, int f, int stride, int dilation, PaddingMode mode) {
    const int reach = dilation * (f - 1) + 1;
    int total = 0;
    if (mode == PaddingMode::Same)
        total = std::max(((n + stride - 1) / stride - 1) * stride + reach - n, 0);
    return {(n + total - reach) / stride + 1, total / 2};
}

// V(k, y, x) = Σc Σm Σn I(c, y·s + m·d − top, x·s + n·d − left)·K(k, c, m, n) / divisor, the
// kernel turned by 180° when flipped: the document's convolution, written out independently.
std::vector<double> bruteForce(const Document& d, int& outH, int& outW) {
    const int f = d.kernel_size;
    const auto [oh, top] = axis(d.height, f, d.stride, d.dilation, d.padding);
    const auto [ow, left] = axis(d.width, f, d.stride, d.dilation, d.padding);
    outH = oh;
    outW = ow;
    std::vector<double> out;
    for (int k = 0; k < d.kernel_count; ++k)
        for (int y = 0; y < oh; ++y)
            for (int x = 0; x < ow; ++x) {
                double sum = 0;
                for (int c = 0; c < d.channels; ++c)
                    for (int m = 0; m < f; ++m)
                        for (int n = 0; n < f; ++n) {
                            const int iy = borderIndex(y * d.stride + m * d.dilation - top,
                                                       d.height, d.border);
                            const int ix = borderIndex(x * d.stride + n * d.dilation - left,
                                                       d.width, d.border);
                            if (iy < 0 || ix < 0)
                                continue;
                            const int wm = d.flip ? f - 1 - m : m, wn = d.flip ? f - 1 - n : n;
                            sum += d.input[std::size_t((c * d.height + iy) * d.width + ix)] *
                                   d.kernels[std::size_t(((k * d.channels + c) * f + wm) * f + wn)];
                        }
                out.push_back(sum / d.divisor);
            }
    return out;
}

bool sameValues(const std::vector<double>& a, const std::vector<double>& b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::abs(a[i] - b[i]) > 1e-9 * (1 + std::abs(b[i])))
            return false;
    return true;
}

// Pixels of the pinned window's orange (#ea580c) in an image.
int orangePixels(const QImage& image) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            count += std::abs(c.red() - 0xea) < 12 && std::abs(c.green() - 0x58) < 12 &&
                     std::abs(c.blue() - 0x0c) < 12;
        }
    return count;
}

} // namespace

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
    void windowGlidesAndFillsInOnArrival();
    void timelineScrubsBothWays();
    void rightClickPinsAWindow();
    void parametersMatchBruteForce_data();
    void parametersMatchBruteForce();
    void inputAndKernelSizes();
    void typingIntoCellsChangesTheOutputAndUndoes();
    void badCellTextKeepsTheEditorOpen();
    void randomFillIsUndoable();
    void imagePatchFillsTheInput();
    void multiChannelSumsItsChannels();
    void exportsPngGifAndMp4();
    void poolingModesUseTheSameWindow();
    void gradientModesMatchBruteForce();
    void im2colPanelFollowsTheStage();

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
    void selectData(const char* combo, int data);
    // The widget's picture as an image (offscreen, so grab() is what the paint draws).
    QImage grabStage() const { return stage()->grab().toImage(); }

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

void TestConvolutionStage::selectData(const char* combo, int data) {
    auto* box = child<QComboBox>(combo);
    const int index = box->findData(data);
    QVERIFY(index >= 0);
    box->setCurrentIndex(index);
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
    QCOMPARE(stage()->trace()->padded_width(), 6);
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

void TestConvolutionStage::windowGlidesAndFillsInOnArrival() {
    QVERIFY(workspace_->glideDuration() > 0);
    QVERIFY(workspace_->glideDuration() < workspace_->stepInterval());
    QSignalSpy arrived(stage(), &ConvolutionStage::windowArrived);
    QTest::mouseClick(child<QToolButton>("stepForwardButton"), Qt::LeftButton);
    QCOMPARE(stage()->step(), 1); // the step is taken at once, the picture follows
    QVERIFY(stage()->isAnimating());
    QCOMPARE(arrived.count(), 0);
    QTRY_VERIFY(!stage()->isAnimating());
    QCOMPARE(arrived.count(), 1);
    QCOMPARE(arrived.first().first().toInt(), 1);

    // At the glide's start the window is still over step 0's cells, halfway it is between them,
    // at the end over step 1's: compare the pictures of the input grid.
    const QSize size = stage()->size();
    const QRect input = stage()->inputCellRect(0, 0, 0).united(stage()->inputCellRect(0, 3, 3));
    const QImage atStep0 = stage()->renderFrame(size, 0).copy(input);
    const QImage start = stage()->renderFrame(size, 1, 0.0).copy(input);
    const QImage half = stage()->renderFrame(size, 1, 0.5).copy(input);
    const QImage end = stage()->renderFrame(size, 1, 1.0).copy(input);
    QCOMPARE(start, atStep0);
    QVERIFY(half != start && half != end);
    // The output cell of step 1 is empty until the window arrives.
    const QRect cell = stage()->outputCellRect(0, 1).adjusted(6, 6, -6, -6);
    const QImage pendingCell = stage()->renderFrame(size, 1, 0.3).copy(cell);
    const QImage filledCell = stage()->renderFrame(size, 1, 1.0).copy(cell);
    QVERIFY(pendingCell != filledCell);
    QCOMPARE(pendingCell.pixelColor(pendingCell.rect().center()),
             stage()->renderFrame(size, 0).copy(cell).pixelColor(pendingCell.rect().center()));

    // The speed slider shortens the glide with the interval.
    const int slow = workspace_->glideDuration();
    child<QSlider>("speedSlider")->setValue(10);
    QVERIFY(workspace_->glideDuration() < slow);
}

void TestConvolutionStage::timelineScrubsBothWays() {
    auto* timeline = child<QSlider>("timelineSlider");
    QCOMPARE(timeline->minimum(), 0);
    QCOMPARE(timeline->maximum(), 3);
    timeline->setValue(3);
    QCOMPARE(stage()->step(), 3);
    QVERIFY(!stage()->isAnimating()); // scrubbing jumps
    QVERIFY(stage()->expressionText().endsWith(QStringLiteral("= −8")));
    QCOMPARE(child<QLabel>("stepCounter")->text(), QStringLiteral("Step 4 of 4"));
    timeline->setValue(1);
    QCOMPARE(stage()->step(), 1);
    QVERIFY(stage()->expressionText().endsWith(QStringLiteral("= −3")));
    // Steps move the timeline too, and a new geometry gives it a new range.
    QTest::mouseClick(child<QToolButton>("stepForwardButton"), Qt::LeftButton);
    QCOMPARE(timeline->value(), 2);
    selectPadding(QStringLiteral("SAME"));
    QCOMPARE(timeline->maximum(), 15);
    QCOMPARE(timeline->value(), 0);
    // Scrubbing pauses a pass.
    workspace_->play();
    timeline->setValue(9);
    QVERIFY(!workspace_->isPlaying());
    QCOMPARE(stage()->step(), 9);
}

void TestConvolutionStage::rightClickPinsAWindow() {
    QCOMPARE(orangePixels(grabStage()), 0);
    QSignalSpy pinned(stage(), &ConvolutionStage::pinnedStepChanged);
    QTest::mouseClick(stage(), Qt::RightButton, {}, stage()->outputCellRect(1, 0).center());
    QCOMPARE(stage()->pinnedStep(), 2);
    QCOMPARE(stage()->step(), 0); // pinning does not move the window
    QCOMPARE(pinned.count(), 1);
    QVERIFY(workspace_->pinAction()->isChecked());
    QVERIFY(orangePixels(grabStage()) > 100);

    // It stays outlined while the pass plays to the end.
    child<QSlider>("speedSlider")->setValue(10);
    workspace_->play();
    QTRY_VERIFY(!workspace_->isPlaying());
    QCOMPARE(stage()->pinnedStep(), 2);
    QVERIFY(orangePixels(grabStage()) > 100);

    // Right-click again unpins; the Pin button pins the current window.
    QTest::mouseClick(stage(), Qt::RightButton, {}, stage()->outputCellRect(1, 0).center());
    QCOMPARE(stage()->pinnedStep(), -1);
    QVERIFY(!workspace_->pinAction()->isChecked());
    QTest::mouseClick(child<QToolButton>("pinButton"), Qt::LeftButton);
    QCOMPARE(stage()->pinnedStep(), stage()->step());
}

void TestConvolutionStage::parametersMatchBruteForce_data() {
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("kernelSize");
    QTest::addColumn<int>("stride");
    QTest::addColumn<int>("padding");
    QTest::addColumn<int>("border");
    QTest::addColumn<int>("dilation");
    QTest::addColumn<bool>("flip");
    QTest::addColumn<int>("outH"); // worked out by hand from w' = (w − f + 2p) / s + 1
    QTest::addColumn<int>("outW");
    const int valid = int(PaddingMode::Valid), same = int(PaddingMode::Same);
    const int zero = int(BorderMode::Zero), replicate = int(BorderMode::Replicate),
              reflect = int(BorderMode::Reflect), wrap = int(BorderMode::Wrap);
    QTest::newRow("lecture") << 4 << 4 << 3 << 1 << valid << zero << 1 << false << 2 << 2;
    QTest::newRow("SAME s2 replicate")
        << 5 << 5 << 3 << 2 << same << replicate << 1 << false << 3 << 3;
    QTest::newRow("SAME reflect flip")
        << 6 << 5 << 3 << 1 << same << reflect << 1 << true << 6 << 5;
    QTest::newRow("SAME s3 wrap") << 7 << 7 << 3 << 3 << same << wrap << 1 << false << 3 << 3;
    QTest::newRow("VALID dilation 2") << 7 << 6 << 3 << 1 << valid << zero << 2 << false << 3 << 2;
    QTest::newRow("SAME s2 d2 reflect")
        << 6 << 6 << 3 << 2 << same << reflect << 2 << true << 3 << 3;
    QTest::newRow("F5 SAME") << 5 << 5 << 5 << 1 << same << zero << 1 << false << 5 << 5;
    QTest::newRow("F1 s2") << 5 << 4 << 1 << 2 << valid << zero << 1 << false << 3 << 2;
}

void TestConvolutionStage::parametersMatchBruteForce() {
    QFETCH(int, height);
    QFETCH(int, width);
    QFETCH(int, kernelSize);
    QFETCH(int, stride);
    QFETCH(int, padding);
    QFETCH(int, border);
    QFETCH(int, dilation);
    QFETCH(bool, flip);
    QFETCH(int, outH);
    QFETCH(int, outW);
    child<QSpinBox>("inputHeightSpin")->setValue(height);
    child<QSpinBox>("inputWidthSpin")->setValue(width);
    child<QSpinBox>("kernelSizeSpin")->setValue(kernelSize);
    child<QSpinBox>("strideSpin")->setValue(stride);
    selectData("paddingCombo", padding);
    selectData("borderCombo", border);
    child<QSpinBox>("dilationSpin")->setValue(dilation);
    child<QCheckBox>("flipCheck")->setChecked(flip);

    const Document& d = workspace_->document();
    QCOMPARE(d.height, height);
    QCOMPARE(d.width, width);
    QCOMPARE(d.kernel_size, kernelSize);
    QCOMPARE(int(d.input.size()), height * width);
    QVERIFY(stage()->trace());
    QCOMPARE(stage()->trace()->output_height(), outH);
    QCOMPARE(stage()->trace()->output_width(), outW);
    QCOMPARE(stage()->stepCount(), outH * outW);
    int bruteH = 0, bruteW = 0;
    const std::vector<double> expected = bruteForce(d, bruteH, bruteW);
    QCOMPARE(bruteH, outH);
    QCOMPARE(bruteW, outW);
    QVERIFY(sameValues(stage()->trace()->outputs(), expected));
    const QString formula = child<QLabel>("formulaLabel")->text();
    QVERIFY2(formula.endsWith(QStringLiteral(" = %1").arg(outW)), qPrintable(formula));
    QVERIFY2(formula.contains(QStringLiteral(" = %1 ").arg(outH)), qPrintable(formula));
}

void TestConvolutionStage::inputAndKernelSizes() {
    child<QSpinBox>("inputHeightSpin")->setValue(5);
    child<QSpinBox>("inputWidthSpin")->setValue(6);
    const Document& d = workspace_->document();
    // The lecture's values stay in the top-left corner; new cells are digits 0..9.
    QCOMPARE(d.input[0], 2.0);
    QCOMPARE(d.input[std::size_t(1 * 6 + 0)], 7.0);
    QCOMPARE(d.input[std::size_t(3 * 6 + 3)], 4.0);
    for (const double v : d.input)
        QVERIFY(v >= 0 && v <= 9 && v == std::floor(v));
    QCOMPARE(stage()->stepCount(), 3 * 4);

    // A 5×5 kernel keeps the 3×3 in its middle and is no longer the preset.
    child<QSpinBox>("kernelSizeSpin")->setValue(5);
    QCOMPARE(d.kernel_size, 5);
    QCOMPARE(d.kernels[std::size_t(1 * 5 + 1)], 1.0);
    QCOMPARE(d.kernels[std::size_t(3 * 5 + 3)], -1.0);
    QCOMPARE(d.kernels[0], 0.0);
    QCOMPARE(child<QComboBox>("kernelCombo")->currentData().toString(), QString());
    QCOMPARE(stage()->stepCount(), 1 * 2);

    // A preset brings its own size back.
    auto* kernel = child<QComboBox>("kernelCombo");
    kernel->setCurrentIndex(kernel->findData(QStringLiteral("box-blur")));
    QCOMPARE(child<QSpinBox>("kernelSizeSpin")->value(), 3);
    QCOMPARE(d.divisor, 9.0);
}

void TestConvolutionStage::typingIntoCellsChangesTheOutputAndUndoes() {
    auto* editor = stage()->findChild<QLineEdit*>(QStringLiteral("cellEditor"));
    QVERIFY(editor);
    // Input (1,1) holds 2; make it 10: output (1,1) = −4 + 8·1 = 4.
    QTest::mouseClick(stage(), Qt::LeftButton, {}, stage()->inputCellRect(0, 0, 0).center());
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->text(), QStringLiteral("2"));
    QTest::keyClicks(editor, QStringLiteral("10"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(!editor->isVisible());
    QCOMPARE(workspace_->document().input[0], 10.0);
    QCOMPARE(stage()->trace()->output(0), (convsight::conv::Matrix{{4, -3}, {3, -8}}));
    QCOMPARE(stage()->step(), 0);
    QVERIFY(stage()->expressionText().startsWith(QStringLiteral("10×1 + ")));

    // Kernel (3,3) is −1 over input 5 at step 0; −2 takes another 5 off: 4 − 5 = −1.
    stage()->setStep(1);
    QTest::mouseClick(stage(), Qt::LeftButton, {}, stage()->kernelCellRect(0, 2, 2).center());
    QVERIFY(editor->isVisible());
    QTest::keyClicks(editor, QStringLiteral("-2"));
    QTest::keyClick(editor, Qt::Key_Enter);
    QCOMPARE(workspace_->document().kernels[8], -2.0);
    QCOMPARE(stage()->step(), 1); // a value edit keeps the window where it was
    QCOMPARE(stage()->trace()->output(0)[0][0], -1.0);
    QCOMPARE(child<QComboBox>("kernelCombo")->currentData().toString(), QString());

    // Undo twice: the lecture's example again; redo brings the edits back.
    QCOMPARE(workspace_->undoStack()->count(), 2);
    QTest::mouseClick(child<QToolButton>("undoButton"), Qt::LeftButton);
    QCOMPARE(stage()->trace()->output(0)[0][0], 4.0);
    QTest::mouseClick(child<QToolButton>("undoButton"), Qt::LeftButton);
    QCOMPARE(stage()->trace()->output(0), (convsight::conv::Matrix{{-4, -3}, {3, -8}}));
    QCOMPARE(child<QComboBox>("kernelCombo")->currentData().toString(),
             QStringLiteral("horizontal-edge"));
    QVERIFY(!workspace_->undoAction()->isEnabled());
    workspace_->redoAction()->trigger();
    workspace_->redoAction()->trigger();
    QCOMPARE(stage()->trace()->output(0)[0][0], -1.0);
}

void TestConvolutionStage::badCellTextKeepsTheEditorOpen() {
    auto* editor = stage()->findChild<QLineEdit*>(QStringLiteral("cellEditor"));
    QTest::mouseClick(stage(), Qt::LeftButton, {}, stage()->inputCellRect(0, 1, 2).center());
    QTest::keyClicks(editor, QStringLiteral("seven"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(editor->isVisible());
    QCOMPARE(workspace_->undoStack()->count(), 0);
    QTest::keyClick(editor, Qt::Key_Escape); // cancels: nothing changes
    QVERIFY(!editor->isVisible());
    QCOMPARE(workspace_->document().input[std::size_t(1 * 4 + 2)], 1.0);
    QCOMPARE(workspace_->undoStack()->count(), 0);
}

void TestConvolutionStage::randomFillIsUndoable() {
    QTest::mouseClick(child<QToolButton>("randomButton"), Qt::LeftButton);
    const Document& d = workspace_->document();
    QCOMPARE(d.input.size(), std::size_t{16});
    for (const double v : d.input)
        QVERIFY(v >= 0 && v <= 9 && v == std::floor(v));
    int h = 0, w = 0;
    QVERIFY(sameValues(stage()->trace()->outputs(), bruteForce(d, h, w)));
    workspace_->undoAction()->trigger();
    QCOMPARE(stage()->trace()->output(0), (convsight::conv::Matrix{{-4, -3}, {3, -8}}));
}

void TestConvolutionStage::imagePatchFillsTheInput() {
    // A 40×40 grey image of 10×10 blocks: shrunk to 4×4 by area, each block is one cell.
    QTemporaryDir dir;
    QImage image(40, 40, QImage::Format_Grayscale8);
    for (int y = 0; y < 40; ++y)
        for (int x = 0; x < 40; ++x)
            image.setPixel(x, y, qRgb(0, 0, 0) | (16 * ((y / 10) * 4 + x / 10)) * 0x010101);
    const QString path = dir.filePath(QStringLiteral("blocks.png"));
    QVERIFY(image.save(path));
    QVERIFY(workspace_->loadInputPatch(path));
    const Document& d = workspace_->document();
    for (int i = 0; i < 16; ++i)
        QCOMPARE(d.input[std::size_t(i)], 16.0 * i);
    QCOMPARE(stage()->trace()->output(0)[0][0], (0 + 16 + 32) - (128 + 144 + 160.0));

    // A missing file says so, names it, and changes nothing.
    const QString missing = dir.filePath(QStringLiteral("nothing.png"));
    QVERIFY(!workspace_->loadInputPatch(missing));
    QVERIFY2(workspace_->statusMessage().contains(missing),
             qPrintable(workspace_->statusMessage()));
    QCOMPARE(d.input[15], 240.0);
    QCOMPARE(workspace_->undoStack()->count(), 1);
}

void TestConvolutionStage::multiChannelSumsItsChannels() {
    child<QSpinBox>("filterCountSpin")->setValue(2);
    child<QCheckBox>("rgbCheck")->setChecked(true);
    const Document& d = workspace_->document();
    QCOMPARE(d.channels, 3);
    QCOMPARE(d.kernel_count, 2);
    QCOMPARE(d.input.size(), std::size_t{3 * 16});
    QCOMPARE(d.kernels.size(), std::size_t{2 * 3 * 9});
    // The R plane is the lecture's input; filter 1 is the lecture's kernel on every channel.
    QCOMPARE(d.input[4], 7.0);
    QCOMPARE(d.kernels[9 + 6], -1.0);
    QCOMPARE(stage()->stepCount(), 2 * 4);
    int h = 0, w = 0;
    QVERIFY(sameValues(stage()->trace()->outputs(), bruteForce(d, h, w)));

    // Step 0: one line per channel with its sum, then the sum of the sums.
    const QStringList lines = stage()->channelSumTexts();
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines[0].startsWith(QStringLiteral("R:  2×1 + 0×1 + 1×1")), qPrintable(lines[0]));
    QVERIFY2(lines[0].endsWith(QStringLiteral(" = −4")), qPrintable(lines[0]));
    QVERIFY(lines[1].startsWith(QStringLiteral("G:")) && lines[2].startsWith(QStringLiteral("B:")));
    double sum = 0;
    for (int c = 0; c < 3; ++c) {
        double channel = 0;
        for (int m = 0; m < 3; ++m)
            for (int n = 0; n < 3; ++n)
                channel += d.input[std::size_t(c * 16 + m * 4 + n)] *
                           d.kernels[std::size_t(c * 9 + m * 3 + n)];
        sum += channel;
        QVERIFY2(lines[c].endsWith(
                     QStringLiteral(" = ") +
                     QString::fromStdString(convsight::conv::format_number(channel, true))),
                 qPrintable(lines[c]));
    }
    QVERIFY2(lines[3].endsWith(QStringLiteral(" = ") +
                               QString::fromStdString(convsight::conv::format_number(sum, true))),
             qPrintable(lines[3]));
    QCOMPARE(stage()->trace()->outputs()[0], sum);

    // Wide stage: R ∗ K_R + G ∗ K_G + B ∗ K_B side by side, each slice right of its plane, level
    // with it; the two feature maps stacked. (Wide enough that side by side the cells still hold
    // the kernels' numbers at the 12-pixel floor.)
    workspace_->resize(1400, 800);
    QTRY_VERIFY(stage()->inputCellRect(1, 0, 0).top() == stage()->inputCellRect(0, 0, 0).top());
    for (int c = 0; c < 3; ++c) {
        QVERIFY(stage()->kernelCellRect(c, 0, 0).left() > stage()->inputCellRect(c, 0, 3).right());
        QVERIFY(std::abs(stage()->kernelCellRect(c, 1, 1).center().y() -
                         stage()->inputCellRect(c, 1, 1).bottom()) <= 2);
        if (c > 0)
            QVERIFY(stage()->inputCellRect(c, 0, 0).left() >
                    stage()->kernelCellRect(c - 1, 0, 2).right());
    }
    QVERIFY(stage()->outputCellRect(1, 0, 0).top() > stage()->outputCellRect(0, 1, 0).bottom());
    // A tall, narrow stage stacks the planes instead.
    stage()->setMinimumSize(0, 0);
    workspace_->resize(560, 1400);
    QTRY_VERIFY(stage()->inputCellRect(1, 0, 0).top() > stage()->inputCellRect(0, 3, 0).bottom());
    QVERIFY(stage()->inputCellRect(2, 0, 0).top() > stage()->inputCellRect(1, 3, 0).bottom());
    workspace_->resize(1400, 800);
    QTRY_VERIFY(stage()->inputCellRect(1, 0, 0).top() < stage()->inputCellRect(0, 3, 0).bottom());
    // Clicking a cell of the second map goes to its step.
    QTest::mouseClick(stage(), Qt::LeftButton, {}, stage()->outputCellRect(1, 1, 0).center());
    QCOMPARE(stage()->step(), 4 + 2);

    // Back to grey: one channel, the preset as printed.
    child<QCheckBox>("rgbCheck")->setChecked(false);
    child<QSpinBox>("filterCountSpin")->setValue(1);
    QCOMPARE(stage()->trace()->output(0), (convsight::conv::Matrix{{-4, -3}, {3, -8}}));
    QVERIFY(stage()->channelSumTexts().isEmpty());
}

void TestConvolutionStage::exportsPngGifAndMp4() {
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("frame.png"));
    QCOMPARE(workspace_->exportFrame(png), 1);
    const QImage frame(png);
    QCOMPARE(frame.size(), stage()->size());
    // A folder where the PNG should go: refused by name, the folder left as it was.
    const QString folder = dir.filePath(QStringLiteral("taken.png"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/inside")));
    try {
        workspace_->exportFrame(folder);
        QFAIL("a frame was exported over a folder");
    } catch (const std::runtime_error& e) {
        QCOMPARE(QString::fromUtf8(e.what()),
                 QStringLiteral("cannot write '%1': it is a folder; give the name of a file")
                     .arg(folder));
    }
    QVERIFY(QFileInfo(folder + QStringLiteral("/inside")).isDir());

    StepThroughWorkspace::ExportOptions options;
    options.frameSize = QSize(320, 200);
    options.glideFrames = 3;
    options.holdMs = 500;
    options.fps = 25;
    QCOMPARE(workspace_->passFrameCount(options), 1 + 3 * 3);
    const QString gif = dir.filePath(QStringLiteral("pass.gif"));
    QCOMPARE(workspace_->exportGif(gif, options), 10);
    const auto frames = convsight::image::read_gif(gif.toStdString());
    QCOMPARE(frames.size(), std::size_t{10});
    QCOMPARE(frames[0].bgr.cols, 320);
    QCOMPARE(frames[0].bgr.rows, 200);
    QCOMPARE(frames[0].delay_ms, 500); // arrivals are held, glides are 1/25 s
    QCOMPARE(frames[1].delay_ms, 40);
    QCOMPARE(frames[3].delay_ms, 500);
    QVERIFY(cv::norm(frames[1].bgr, frames[2].bgr, cv::NORM_INF) > 0); // the window moves

    // MP4: every arrival held 500 ms at 25 fps = 12 frames, glides 2 frames.
    const QString mp4 = dir.filePath(QStringLiteral("pass.mp4"));
    int written = 0;
    try {
        written = workspace_->exportMp4(mp4, options);
    } catch (const std::exception& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("MP4")), e.what());
        QSKIP("OpenCV has no MP4 encoder here");
    }
    QCOMPARE(written, 12 + 3 * (2 + 12));
    cv::VideoCapture video(mp4.toStdString());
    QVERIFY(video.isOpened());
    QCOMPARE(int(video.get(cv::CAP_PROP_FRAME_COUNT)), written);

    // No output, nothing to export: a clear error, no file.
    auto* kernel = child<QComboBox>("kernelCombo");
    kernel->setCurrentIndex(kernel->findData(QStringLiteral("gaussian-5x5")));
    const QString none = dir.filePath(QStringLiteral("none.gif"));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, workspace_->exportGif(none, options));
    QVERIFY(!QFile::exists(none));
}

void TestConvolutionStage::poolingModesUseTheSameWindow() {
    using Mode = StepThroughWorkspace::Mode;
    selectData("modeCombo", int(Mode::MaxPooling));
    QVERIFY(stage()->poolTrace());
    QCOMPARE(stage()->stepCount(), 4);
    // The 3×3 windows of the lecture's input: max 7, 5 / 7, 5.
    QCOMPARE(stage()->poolTrace()->output(0), (convsight::conv::Matrix{{7, 5}, {7, 5}}));
    QCOMPARE(stage()->expressionText(), QStringLiteral("max(2, 0, 1, 7, 1, 1, 0, 2, 5) = 7"));
    QTest::mouseClick(stage(), Qt::LeftButton, {}, stage()->outputCellRect(1, 1).center());
    QCOMPARE(stage()->step(), 3);
    QVERIFY(stage()->expressionText().endsWith(QStringLiteral("= 5")));
    // The grids are derived here: clicking the input opens no editor.
    QTest::mouseClick(stage(), Qt::LeftButton, {}, stage()->inputCellRect(0, 0, 0).center());
    QVERIFY(!stage()->findChild<QLineEdit*>(QStringLiteral("cellEditor"))->isVisible());

    selectData("modeCombo", int(Mode::AveragePooling));
    QCOMPARE(stage()->step(), 0);
    const convsight::conv::Matrix mean = stage()->poolTrace()->output(0);
    QCOMPARE(mean[0][0], 19.0 / 9); // (2+0+1+7+1+1+0+2+5) / 9
    QCOMPARE(mean[1][1], 19.0 / 9); // (1+1+0+2+5+0+5+1+4) / 9
    QVERIFY(child<QLabel>("modeExplanation")->isVisibleTo(workspace_));

    selectData("modeCombo", int(Mode::Convolution));
    QVERIFY(!stage()->poolTrace());
    QCOMPARE(stage()->trace()->output(0), (convsight::conv::Matrix{{-4, -3}, {3, -8}}));
    QVERIFY(!child<QLabel>("modeExplanation")->isVisibleTo(workspace_));
}

void TestConvolutionStage::gradientModesMatchBruteForce() {
    using Mode = StepThroughWorkspace::Mode;
    // SAME padding, stride 1: Y is 4×4, dL/dY the workspace's random integers (seed 1).
    selectPadding(QStringLiteral("SAME"));
    const Document& d = workspace_->document();
    convsight::conv::ConvGeometry::Params params;
    params.input_height = params.input_width = 4;
    params.kernel_height = params.kernel_width = 3;
    params.mode = PaddingMode::Same;
    const convsight::conv::ConvGeometry geometry(params);
    const std::vector<double> dY =
        convsight::conv::BackwardTrace::random_integer_gradient(geometry, 1, 1);
    QCOMPARE(dY.size(), std::size_t{16});
    const auto x = [&](int r, int c) {
        return r < 0 || c < 0 || r >= 4 || c >= 4 ? 0.0 : d.input[std::size_t(r * 4 + c)];
    };

    // dL/dK(m, n) = Σ dY(oy, ox)·X(oy + m − 1, ox + n − 1): one value per kernel cell.
    selectData("modeCombo", int(Mode::KernelGradient));
    QCOMPARE(stage()->stepCount(), 9);
    std::vector<double> dK(9);
    for (int m = 0; m < 3; ++m)
        for (int n = 0; n < 3; ++n)
            for (int oy = 0; oy < 4; ++oy)
                for (int ox = 0; ox < 4; ++ox)
                    dK[std::size_t(m * 3 + n)] +=
                        dY[std::size_t(oy * 4 + ox)] * x(oy + m - 1, ox + n - 1);
    QVERIFY(sameValues(stage()->trace()->outputs(), dK));

    // dL/dX(y, x) = Σ dY(oy, ox)·K(y − oy + 1, x − ox + 1): the transposed convolution.
    selectData("modeCombo", int(Mode::InputGradient));
    QCOMPARE(stage()->stepCount(), 16);
    std::vector<double> dX(16);
    for (int y = 0; y < 4; ++y)
        for (int xx = 0; xx < 4; ++xx)
            for (int oy = 0; oy < 4; ++oy)
                for (int ox = 0; ox < 4; ++ox) {
                    const int m = y - oy + 1, n = xx - ox + 1;
                    if (m >= 0 && n >= 0 && m < 3 && n < 3)
                        dX[std::size_t(y * 4 + xx)] +=
                            dY[std::size_t(oy * 4 + ox)] * d.kernels[std::size_t(m * 3 + n)];
                }
    QVERIFY(sameValues(stage()->trace()->outputs(), dX));
    QVERIFY(!child<QLabel>("modeExplanation")->text().isEmpty());
}

void TestConvolutionStage::im2colPanelFollowsTheStage() {
    auto* view = workspace_->im2colView();
    QVERIFY(!view->isVisible());
    child<QCheckBox>("im2colCheck")->setChecked(true);
    QVERIFY(view->isVisible());
    QVERIFY(view->im2col());
    QCOMPARE(view->im2col()->rows(), 4);
    QCOMPARE(view->im2col()->columns(), 9);
    QTest::mouseClick(child<QToolButton>("stepForwardButton"), Qt::LeftButton);
    QCOMPARE(view->currentStep(), 1);
    child<QSlider>("timelineSlider")->setValue(3);
    QCOMPARE(view->currentStep(), 3);
    // Pooling has no matrix product.
    selectData("modeCombo", int(StepThroughWorkspace::Mode::MaxPooling));
    QVERIFY(!view->im2col());
}

QTEST_MAIN(TestConvolutionStage)
#include "tst_convolutionstage.moc"
