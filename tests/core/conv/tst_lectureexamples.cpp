// Qt Test suite for conv::lecture_examples(): every example's output computed through ConvTrace
// and checked against the arithmetic done by hand here (never copied from a slide), the ids the
// other parts of the app name, and the notes where a slide prints another number.
#include "conv/LectureExamples.h"

#include <QString>
#include <QTest>
#include <cmath>

using namespace convsight::conv;

namespace {

// The example's convolution, through the same trace the stage shows.
Matrix outputOf(const char* id) {
    const LectureExample* example = find_lecture_example(id);
    if (!example)
        return {};
    return example->document.traces(StepThroughMode::Convolution).trace->output(0);
}

bool near(double a, double b) {
    return std::abs(a - b) < 1e-12;
}

} // namespace

class TestLectureExamples : public QObject {
    Q_OBJECT
private slots:
    void idsAreTheSharedOnes();
    void everyExampleIsValid();
    void workedExample();
    void validSlide();
    void paddingTwo();
    void curveDetector();
    void fullyConnectedThreePixels();
};

void TestLectureExamples::idsAreTheSharedOnes() {
    const std::vector<std::string> ids{"worked-example", "valid-slide", "padding-2",
                                       "curve-detector", "fc-three-pixels"};
    QCOMPARE(lecture_examples().size(), ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
        QCOMPARE(lecture_examples()[i].id, ids[i]);
        QCOMPARE(find_lecture_example(ids[i]), &lecture_examples()[i]);
    }
    QCOMPARE(find_lecture_example("no-such-example"), nullptr);
}

void TestLectureExamples::everyExampleIsValid() {
    for (const LectureExample& example : lecture_examples()) {
        QVERIFY2(!example.document.why_invalid(), example.id.c_str());
        QVERIFY2(!example.title.empty() && !example.lines.empty(), example.id.c_str());
        const StepThroughDocument& d = example.document;
        QCOMPARE(d.input.size(), static_cast<std::size_t>(d.channels * d.height * d.width));
        QCOMPARE(d.kernels.size(), static_cast<std::size_t>(d.kernel_count * d.channels *
                                                            d.kernel_size * d.kernel_size));
    }
}

void TestLectureExamples::workedExample() {
    // The document the workspace opens on, not a copy of it.
    QVERIFY(find_lecture_example("worked-example")->document ==
            StepThroughDocument::lecture_example());
    // The kernel's top row minus its bottom row. V(0,0) = (2+0+1) − (0+2+5) = −4,
    // V(1,0) = (0+1+3) − (2+5+0) = −3, V(0,1) = (7+1+1) − (0+5+1) = 3,
    // V(1,1) = (1+1+0) − (5+1+4) = −8 (rows of the matrix are y, columns x).
    const Matrix expected{{-4, -3}, {3, -8}};
    QCOMPARE(outputOf("worked-example"), expected);
    // The slides' 2, −9 is named in the note.
    const QString note = QString::fromStdString(find_lecture_example("worked-example")->note);
    QVERIFY2(note.contains(QStringLiteral("2, −9")), qPrintable(note));
}

void TestLectureExamples::validSlide() {
    // Input [[2,0,1,3],[0,1,1,0],[0,0,2,0],[0,1,1,1]], kernel 1 0 −1 / 2 0 −2 / 1 0 −1:
    // V(0,0) = (2 − 1) + 2·(0 − 1) + (0 − 2) = −3;   V(1,0) = (0 − 3) + 2·(1 − 0) + (0 − 0) = −1;
    // V(0,1) = (0 − 1) + 2·(0 − 2) + (0 − 1) = −6;   V(1,1) = (1 − 0) + 2·(0 − 0) + (1 − 1) = 1.
    const Matrix expected{{-3, -1}, {-6, 1}};
    QCOMPARE(outputOf("valid-slide"), expected);
    QCOMPARE(find_lecture_example("valid-slide")->document.padding, PaddingMode::Valid);
}

void TestLectureExamples::paddingTwo() {
    const StepThroughDocument& d = find_lecture_example("padding-2")->document;
    QCOMPARE(d.padding, PaddingMode::Explicit);
    QCOMPARE(d.explicit_padding, 2);
    const Matrix out = outputOf("padding-2");
    // w' = (5 − 3 + 2·2)/1 + 1 = 7.
    QCOMPARE(out.size(), std::size_t{7});
    QCOMPARE(out[0].size(), std::size_t{7});
    // Row −2 … 0 of the padded image over the kernel 1 1 1 / 0 0 0 / −1 −1 −1: the window at
    // the top-left corner has two rows of zeros above and image row 0 at the bottom, whose
    // first cell is 2: 0 − 2 = −2.
    QCOMPARE(out[0][0], -2.0);
    // The centre V(3,3) is the VALID output V(1,1): image rows 1…3, columns 1…3:
    // (2+0+0) − (0+5+2) = −5.
    QCOMPARE(out[3][3], -5.0);
    // The bottom-right corner sees image row 4, column 4 (= 0) in its top row only: 0.
    QCOMPARE(out[6][6], 0.0);
    // Each padding ring is narrower than the 3×3 kernel: no warning.
    QVERIFY(!d.warning());
}

void TestLectureExamples::curveDetector() {
    const StepThroughDocument& d = find_lecture_example("curve-detector")->document;
    QCOMPARE(d.kernel_size, 7);
    QCOMPARE(d.height, 7);
    // Five taps meet a pixel: 50·30 + 20·30 + 50·30 + 50·30 + 50·30 = 6600.
    QCOMPARE(outputOf("curve-detector"), Matrix({{6600}}));
    const TraceStep step = d.traces(StepThroughMode::Convolution).trace->step(0);
    int touching = 0;
    for (const TraceTerm& term : step.terms)
        touching += term.product != 0 ? 1 : 0;
    QCOMPARE(touching, 5);
    QVERIFY(find_lecture_example("curve-detector")->note.empty()); // the slide's 6600 is exact
}

void TestLectureExamples::fullyConnectedThreePixels() {
    const Matrix out = outputOf("fc-three-pixels");
    QCOMPARE(out.size(), std::size_t{1});
    QCOMPARE(out[0].size(), std::size_t{2});
    // 0.6·0.8 + 0.1·0.4 + 0.9·1 = 0.48 + 0.04 + 0.9 = 1.42 (the slide prints 1.38).
    QVERIFY2(near(out[0][0], 1.42), qPrintable(QString::number(out[0][0], 'g', 17)));
    // 0.6·0.4 + 0.1·0.4 + 0.9·0 = 0.24 + 0.04 = 0.28 (the slide prints 0.4).
    QVERIFY2(near(out[0][1], 0.28), qPrintable(QString::number(out[0][1], 'g', 17)));
    const QString note = QString::fromStdString(find_lecture_example("fc-three-pixels")->note);
    QVERIFY(note.contains(QStringLiteral("1.38")) && note.contains(QStringLiteral("1.42")));
    QVERIFY(note.contains(QStringLiteral("0.4")) && note.contains(QStringLiteral("0.28")));
}

QTEST_GUILESS_MAIN(TestLectureExamples)
#include "tst_lectureexamples.moc"
