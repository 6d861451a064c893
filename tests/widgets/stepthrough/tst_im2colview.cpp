// Qt Test suite for widgets::Im2colView: it renders the lecture's example, the highlighted row
// follows setCurrentStep (checked on the rendered pixels), a long matrix scrolls to keep the row
// in view, and the timings are measured off the GUI thread and written out.
#include "stepthrough/Im2colView.h"

#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace convsight;
using namespace convsight::widgets;

namespace {

const conv::Matrix lectureInput = {{2, 0, 1, 3}, {7, 1, 1, 0}, {0, 2, 5, 0}, {0, 5, 1, 4}};
const conv::Matrix lectureKernel = {{1, 1, 1}, {0, 0, 0}, {-1, -1, -1}};

std::shared_ptr<const conv::ConvTrace> lectureTrace() {
    return std::make_shared<const conv::ConvTrace>(
        conv::ConvTrace::from_matrices(lectureInput, lectureKernel, {}));
}

// The colour a few pixels inside the top-left corner of a row's first cell: the row's tint.
QColor rowTint(Im2colView& view, int row) {
    const QImage image = view.grab().toImage();
    const QRect rect = view.rowRect(row);
    const qreal ratio = image.devicePixelRatio();
    return image.pixelColor(QPoint(int((rect.left() + 5) * ratio), int((rect.top() + 5) * ratio)));
}

conv::MatmulTiming timing(int m, int k, int n, double cpuMs) {
    conv::MatmulTiming t;
    t.m = m;
    t.k = k;
    t.n = n;
    t.cpu_ms = cpuMs;
    t.cuda_missing = "no CUDA device was found";
    return t;
}

} // namespace

class tst_Im2colView : public QObject {
    Q_OBJECT

private slots:
    void rendersTheLectureExample();
    void highlightFollowsTheStep();
    void longMatrixScrolls();
    void timingsAreWrittenOut();
    void measuresOffTheGuiThread();
};

void tst_Im2colView::rendersTheLectureExample() {
    Im2colView view;
    view.resize(900, 600);
    QCOMPARE(view.currentStep(), -1);
    QVERIFY(view.rowRect(0).isEmpty());
    view.setTrace(lectureTrace());
    QVERIFY(view.im2col() != nullptr);
    QCOMPARE(view.im2col()->rows(), 4);
    QCOMPARE(view.currentStep(), 0);
    QCOMPARE(view.currentRow(), 0);
    for (int row = 0; row < 4; ++row) {
        const QRect rect = view.rowRect(row);
        QVERIFY(!rect.isEmpty());
        QVERIFY(view.rect().contains(rect));
        // Cells large enough to read on a projector.
        QVERIFY2(rect.height() >= 36, qPrintable(QString::number(rect.height())));
    }
    QVERIFY(view.rowRect(1).top() >= view.rowRect(0).bottom()); // rows in order, top to bottom
    QVERIFY(view.rowRect(4).isEmpty());
}

void tst_Im2colView::highlightFollowsTheStep() {
    Im2colView view;
    view.resize(900, 600);
    view.setTrace(lectureTrace());
    QSignalSpy changed(&view, &Im2colView::currentStepChanged);
    const QColor highlighted = rowTint(view, 0);
    const QColor plain = rowTint(view, 2);
    QVERIFY(highlighted != plain);

    view.setCurrentStep(2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.takeFirst().at(0).toInt(), 2);
    QCOMPARE(view.currentRow(), 2);
    QCOMPARE(rowTint(view, 2), highlighted);
    QCOMPARE(rowTint(view, 0), plain);

    view.setCurrentStep(99); // clamped to the last step
    QCOMPARE(view.currentStep(), 3);
    QCOMPARE(rowTint(view, 3), highlighted);
    view.setCurrentStep(3);
    QCOMPARE(changed.count(), 1); // no change, no signal
}

void tst_Im2colView::longMatrixScrolls() {
    // 32×32 input, 5×5 kernel, two kernels: 784 rows, steps 0..1567 (kernel-major).
    conv::ConvTrace::Setup s;
    s.geometry.input_height = s.geometry.input_width = 32;
    s.geometry.kernel_height = s.geometry.kernel_width = 5;
    s.kernel_count = 2;
    s.input.assign(32 * 32, 1.0);
    s.kernels.assign(50, 1.0);
    Im2colView view;
    view.resize(1200, 700);
    view.setTrace(std::make_shared<const conv::ConvTrace>(s));
    QCOMPARE(view.im2col()->rows(), 28 * 28);
    QVERIFY(!view.rowRect(0).isEmpty());
    QVERIFY(view.rowRect(700).isEmpty());
    view.setCurrentStep(784 + 700); // kernel 2, row 700
    QCOMPARE(view.currentKernel(), 1);
    QCOMPARE(view.currentRow(), 700);
    QVERIFY(!view.rowRect(700).isEmpty());
    QVERIFY(view.rowRect(0).isEmpty());
    QVERIFY(view.rect().contains(view.rowRect(700)));
    QVERIFY(rowTint(view, 700) != rowTint(view, 701)); // only the current row is tinted
}

void tst_Im2colView::timingsAreWrittenOut() {
    Im2colView view;
    view.setTrace(lectureTrace());
    QVERIFY(view.timingText().contains(QStringLiteral("not been timed")));
    conv::Im2colTimings timings{timing(4, 9, 1, 0.0125), timing(50176, 144, 32, 12.5)};
    timings.realistic.cuda_ms = 0.25;
    view.setTimings(timings);
    const QString text = view.timingText();
    QVERIFY2(text.contains(QStringLiteral("4×9 · 9×1")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("0.0125 ms on the CPU")), qPrintable(text));
    // 2·50176·144·32 / 12.5 ms = 37.0 GFLOP/s.
    QVERIFY2(text.contains(QStringLiteral("12.5 ms on the CPU (37.0 GFLOP/s), 0.25 ms on the GPU")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("batch 64 of 28×28×16 → 32 filters 3×3")),
             qPrintable(text));
    view.setTrace(lectureTrace()); // a new trace forgets the old times
    QVERIFY(!view.timings().has_value());
}

void tst_Im2colView::measuresOffTheGuiThread() {
    Im2colView view;
    view.setTrace(lectureTrace());
    QSignalSpy measured(&view, &Im2colView::timingsMeasured);
    view.measureTimings();
    QVERIFY(view.isMeasuring());
    QVERIFY(view.timingText().contains(QStringLiteral("Measuring")));
    QTRY_COMPARE_WITH_TIMEOUT(measured.count(), 1, 15000);
    QVERIFY(view.timings().has_value());
    QCOMPARE(view.timings()->current.m, 4);
    QVERIFY(view.timings()->realistic.cpu_ms > 0);
    QVERIFY(view.timingText().contains(QStringLiteral("on the CPU")));
}

QTEST_MAIN(tst_Im2colView)
#include "tst_im2colview.moc"
