// The Step through workspace and the lecture: the Lecture examples menu loads each example
// (undoable) with its note on screen, explicit padding P in the window, padding as wide as the
// kernel runs with a warning, input and kernel load from CSV (a bad file changes nothing), the
// stage names outputs V(x, y) with x the column, marks the rows the stride skips, and the
// notation line says how V(x, y) maps to the grid.
#include "common/TextFit.h"
#include "conv/LectureExamples.h"
#include "io/Limits.h"
#include "stepthrough/ConvolutionStage.h"
#include "stepthrough/StepThroughWorkspace.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <limits>

using convsight::widgets::ConvolutionStage;
using convsight::widgets::StepThroughWorkspace;
using Document = StepThroughWorkspace::Document;
using convsight::conv::Matrix;
using convsight::conv::PaddingMode;

class TestStepThroughLecture : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void menuListsEveryExample();
    void historyKeepsTheNewestCommands();
    void exampleLoadsUndoablyWithItsNote();
    void fullyConnectedExampleGivesTheExactSums();
    void explicitPaddingInTheWindow();
    void paddingWiderThanTheKernelWarnsAndRuns();
    void inputAndKernelFromCsv();
    void badCsvChangesNothing();
    void headingNamesVxWithXTheColumn();
    void strideMarksUnreachedRows();
    void poolingIsNotDrawnWithAStar();
    void curveDetectorShowsItsSumWhole();
    void spinBoxesStayWithinTheLimits();

private:
    template <typename T>
    T* child(const char* name) const {
        T* found = workspace_->findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    ConvolutionStage* stage() const { return workspace_->stage(); }
    QString writeFile(const char* name, const QByteArray& text) {
        const QString path = dir_.filePath(QString::fromLatin1(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", name);
        file.write(text);
        return path;
    }

    StepThroughWorkspace* workspace_{};
    QTemporaryDir dir_;
};

// Random fills over a lesson: the history keeps the newest undoLimit of them, and undo still
// brings back the one before.
void TestStepThroughLecture::historyKeepsTheNewestCommands() {
    workspace_->undoStack()->clear();
    for (int i = 0; i < StepThroughWorkspace::undoLimit + 50; ++i)
        workspace_->randomFill();
    QCOMPARE(workspace_->undoStack()->count(), StepThroughWorkspace::undoLimit);
    QVERIFY(workspace_->undoStack()->canUndo());
}

void TestStepThroughLecture::init() {
    workspace_ = new StepThroughWorkspace;
    workspace_->resize(1050, 740);
    workspace_->show();
    QVERIFY(QTest::qWaitForWindowExposed(workspace_));
}

void TestStepThroughLecture::cleanup() {
    delete workspace_;
    workspace_ = nullptr;
}

void TestStepThroughLecture::menuListsEveryExample() {
    const QList<QAction*> actions = workspace_->lectureMenu()->actions();
    QCOMPARE(actions.size(), static_cast<qsizetype>(convsight::conv::lecture_examples().size()));
    QVERIFY2(actions.at(3)->text().contains(QStringLiteral("curve detector")) &&
                 actions.at(3)->text().contains(QStringLiteral("1271–1320")),
             qPrintable(actions.at(3)->text()));
    // One click loads one: the curve detector's single output is 6600.
    actions.at(3)->trigger();
    QCOMPARE(stage()->stepCount(), 1);
    QCOMPARE(stage()->trace()->output(0), Matrix({{6600}}));
    QCOMPARE(child<QSpinBox>("kernelSizeSpin")->value(), 7);
}

void TestStepThroughLecture::exampleLoadsUndoablyWithItsNote() {
    auto* note = child<QLabel>("lectureNoteLabel");
    // The worked example the workspace opens on: the slides' 2, −9 against the exact 3, −8.
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("2, −9")), qPrintable(note->text()));

    const Document before = workspace_->document();
    QVERIFY(workspace_->loadLectureExample(QStringLiteral("valid-slide")));
    QCOMPARE(stage()->trace()->output(0), Matrix({{-3, -1}, {-6, 1}}));
    QVERIFY(!note->isVisible()); // the VALID slide agrees with the exact result
    workspace_->undoStack()->undo();
    QVERIFY(workspace_->document() == before);
    QVERIFY(note->isVisible());
    QVERIFY(!workspace_->loadLectureExample(QStringLiteral("no-such-slide")));
    QVERIFY(workspace_->document() == before);

    // An example loads into the convolution, whatever the stage showed.
    workspace_->setMode(StepThroughWorkspace::Mode::MaxPooling);
    QVERIFY(workspace_->loadLectureExample(QStringLiteral("padding-2")));
    QCOMPARE(workspace_->mode(), StepThroughWorkspace::Mode::Convolution);
    QCOMPARE(child<QComboBox>("paddingCombo")->currentText(), QStringLiteral("Explicit"));
    QCOMPARE(child<QSpinBox>("explicitPaddingSpin")->value(), 2);
    QCOMPARE(stage()->stepCount(), 49); // (5 − 3 + 2·2)/1 + 1 = 7, squared
}

void TestStepThroughLecture::fullyConnectedExampleGivesTheExactSums() {
    QVERIFY(workspace_->loadLectureExample(QStringLiteral("fc-three-pixels")));
    const Matrix out = stage()->trace()->output(0);
    // 0.6·0.8 + 0.1·0.4 + 0.9·1 = 1.42 and 0.6·0.4 + 0.1·0.4 + 0.9·0 = 0.28.
    QVERIFY(std::abs(out[0][0] - 1.42) < 1e-12);
    QVERIFY(std::abs(out[0][1] - 0.28) < 1e-12);
    const QString note = child<QLabel>("lectureNoteLabel")->text();
    QVERIFY2(note.contains(QStringLiteral("1.38")) && note.contains(QStringLiteral("1.42")),
             qPrintable(note));
}

void TestStepThroughLecture::explicitPaddingInTheWindow() {
    auto* padding = child<QComboBox>("paddingCombo");
    auto* p = child<QSpinBox>("explicitPaddingSpin");
    QVERIFY(!p->isEnabled()); // VALID: no P to choose
    padding->setCurrentIndex(padding->findText(QStringLiteral("Explicit")));
    QVERIFY(p->isEnabled());
    QCOMPARE(p->maximum(), 3 + 2); // F + 2
    p->setValue(2);
    QCOMPARE(workspace_->document().padding, PaddingMode::Explicit);
    QCOMPARE(workspace_->document().explicit_padding, 2);
    // (4 − 3 + 2·2)/1 + 1 = 6.
    QCOMPARE(stage()->trace()->output_height(), 6);
    QCOMPARE(stage()->trace()->padded_width(), 8);
    const QString formula = child<QLabel>("formulaLabel")->text();
    QVERIFY2(formula.contains(QStringLiteral("(4 − 3 + 2·2) / 1 + 1 = 6")), qPrintable(formula));
    // The top-left window holds two rows of padding and the image's first row under −1s:
    // 0 − (0 + 0 + 2) = −2.
    QVERIFY2(stage()->expressionText().endsWith(QStringLiteral("= −2")),
             qPrintable(stage()->expressionText()));
    // The session file keeps P, and a session brings it back.
    const nlohmann::json state = workspace_->sessionState();
    QCOMPARE(state["document"]["padding"].get<std::string>(), std::string("explicit"));
    QCOMPARE(state["document"]["explicit_padding"].get<int>(), 2);
    workspace_->undoStack()->undo();
    QCOMPARE(workspace_->document().explicit_padding, 0);
    QCOMPARE(p->value(), 0);
    QVERIFY(StepThroughWorkspace::checkSessionState(state).isEmpty());
    workspace_->applySessionState(state);
    QCOMPARE(workspace_->document().explicit_padding, 2);
    QCOMPARE(p->value(), 2);
    QVERIFY(p->isEnabled());
    workspace_->undoStack()->clear();
    workspace_->changeDocument(Document::lecture_example(), QStringLiteral("back"));
    QCOMPARE(p->value(), 0);
}

void TestStepThroughLecture::paddingWiderThanTheKernelWarnsAndRuns() {
    auto* padding = child<QComboBox>("paddingCombo");
    padding->setCurrentIndex(padding->findText(QStringLiteral("Explicit")));
    child<QSpinBox>("explicitPaddingSpin")->setValue(4);
    // Allowed: (4 − 3 + 2·4)/1 + 1 = 10, and the stage runs.
    QVERIFY(stage()->trace());
    QCOMPARE(stage()->stepCount(), 100);
    QVERIFY(stage()->message().isEmpty());
    QVERIFY2(workspace_->statusMessage().contains(QStringLiteral("see only padding")),
             qPrintable(workspace_->statusMessage()));
    // The first output sees nothing of the image.
    QVERIFY2(stage()->expressionText().endsWith(QStringLiteral("= 0")),
             qPrintable(stage()->expressionText()));
    // Back to a narrower padding: the warning goes.
    child<QSpinBox>("explicitPaddingSpin")->setValue(1);
    QCOMPARE(workspace_->statusMessage(), QString());
}

void TestStepThroughLecture::inputAndKernelFromCsv() {
    const QString input = writeFile("input.csv", "1,2,3\n4,5,6\n7,8,9\n");
    QVERIFY(workspace_->loadInputCsv(input));
    QCOMPARE(workspace_->document().height, 3);
    QCOMPARE(child<QSpinBox>("inputHeightSpin")->value(), 3);
    // 1+2+3 − (7+8+9) = −18 under the lecture's kernel.
    QCOMPARE(stage()->trace()->output(0), Matrix({{-18}}));

    const QString kernel = writeFile("kernel.csv", "# a 2×2 kernel\n1, 0\n0, −1\n");
    QVERIFY(workspace_->loadKernelCsv(kernel));
    QCOMPARE(workspace_->document().kernel_size, 2);
    QCOMPARE(workspace_->document().divisor, 1.0);
    // V(0, 0) = 1·1 + 5·(−1) = −4; V(1, 1) = 5 − 9 = −4.
    QCOMPARE(stage()->trace()->output(0), Matrix({{-4, -4}, {-4, -4}}));
    QCOMPARE(child<QComboBox>("kernelCombo")->currentData().toString(), QString());

    // Both undo.
    workspace_->undoStack()->undo();
    workspace_->undoStack()->undo();
    QVERIFY(workspace_->document() == Document::lecture_example());
}

void TestStepThroughLecture::badCsvChangesNothing() {
    const Document before = workspace_->document();
    const int undoCount = workspace_->undoStack()->count();

    QVERIFY(!workspace_->loadInputCsv(writeFile("ragged.csv", "1,2,3\n4,5\n")));
    QVERIFY2(workspace_->statusMessage().contains(QStringLiteral("ragged.csv")) &&
                 workspace_->statusMessage().contains(QStringLiteral("line 2")),
             qPrintable(workspace_->statusMessage()));
    QVERIFY(workspace_->document() == before);

    QVERIFY(!workspace_->loadKernelCsv(writeFile("word.csv", "1,x\n0,1\n")));
    QVERIFY2(workspace_->statusMessage().contains(QStringLiteral("not a number")),
             qPrintable(workspace_->statusMessage()));
    QVERIFY(!workspace_->loadKernelCsv(writeFile("wide.csv", "1,2,3\n4,5,6\n")));
    QVERIFY2(workspace_->statusMessage().contains(QStringLiteral("square")),
             qPrintable(workspace_->statusMessage()));
    QVERIFY(!workspace_->loadInputCsv(dir_.filePath(QStringLiteral("missing.csv"))));
    QVERIFY(!workspace_->statusMessage().isEmpty());
    QVERIFY(!workspace_->loadInputCsv(writeFile("one.csv", "5\n")));
    QVERIFY2(workspace_->statusMessage().contains(QStringLiteral("2×2")),
             qPrintable(workspace_->statusMessage()));

    QVERIFY(workspace_->document() == before);
    QCOMPARE(workspace_->undoStack()->count(), undoCount);
}

void TestStepThroughLecture::headingNamesVxWithXTheColumn() {
    QCOMPARE(stage()->headingText(), QStringLiteral("V(0, 0): row 1, column 1"));
    stage()->setStep(1); // the top right window: the lecture's V(1, 0) = −3
    QCOMPARE(stage()->headingText(), QStringLiteral("V(1, 0): row 1, column 2"));
    QVERIFY(stage()->expressionText().endsWith(QStringLiteral("= −3")));
    stage()->setStep(2);
    QCOMPARE(stage()->headingText(), QStringLiteral("V(0, 1): row 2, column 1"));
    // The one line that says how it maps, with the same example.
    const QString notation = child<QLabel>("notationLabel")->text();
    QVERIFY(child<QLabel>("notationLabel")->isVisible());
    QVERIFY2(notation.contains(QStringLiteral("x the column, y the row, from 0")) &&
                 notation.contains(QStringLiteral("V(1, 0) is row 1, column 2")),
             qPrintable(notation));
}

void TestStepThroughLecture::strideMarksUnreachedRows() {
    QVERIFY(!stage()->marksUnreached());
    auto* note = child<QLabel>("lectureNoteLabel");
    QVERIFY(!note->text().contains(QStringLiteral("Crossed-out")));
    const QImage before = stage()->grab().toImage();
    // 4×4 input, 3×3 kernel, stride 2: one window per axis, the last row and column skipped.
    child<QSpinBox>("strideSpin")->setValue(2);
    QVERIFY(stage()->marksUnreached());
    QVERIFY2(note->isVisible() && note->text().contains(QStringLiteral("Crossed-out cells")) &&
                 note->text().contains(QStringLiteral("row 4")),
             qPrintable(note->text()));
    // The skipped corner cell is drawn differently from a reached one of the same value class.
    const QImage after = stage()->grab().toImage();
    const QRect skipped = stage()->inputCellRect(0, 3, 3);
    QVERIFY(!skipped.isEmpty());
    const QColor reachedFill =
        after.pixelColor(stage()->inputCellRect(0, 0, 0).topLeft() + QPoint(3, 3));
    const QColor skippedFill = after.pixelColor(skipped.topLeft() + QPoint(3, 3));
    QVERIFY2(reachedFill != skippedFill, qPrintable(skippedFill.name()));
    Q_UNUSED(before);
}

void TestStepThroughLecture::poolingIsNotDrawnWithAStar() {
    // The layout puts "∗" between input and kernel; pooling skips it. Render both and compare
    // the pixels between the grids: a convolution draws ink there, pooling does not.
    // Rows 2 and 3 of the input, beside the sign (the window's arrow passes above them).
    const auto gap = [this] {
        const QRect input = stage()->inputCellRect(0, 1, 3);
        const QRect kernel = stage()->kernelCellRect(0, 0, 0);
        return QRect(input.right() + 2, input.top(), kernel.left() - input.right() - 4,
                     stage()->inputCellRect(0, 2, 3).bottom() - input.top());
    };
    const auto inkIn = [](const QImage& image, const QRect& area) {
        const QColor background = image.pixelColor(area.topLeft());
        int ink = 0;
        for (int y = area.top(); y <= area.bottom(); ++y)
            for (int x = area.left(); x <= area.right(); ++x)
                ink += image.pixelColor(x, y) != background;
        return ink;
    };
    QVERIFY(gap().width() > 10);
    QVERIFY(inkIn(stage()->grab().toImage(), gap()) > 0);
    workspace_->setMode(StepThroughWorkspace::Mode::MaxPooling);
    QVERIFY(stage()->poolTrace());
    // The V(x, y) line belongs to the convolution; pooling has its own explanation.
    QVERIFY(!child<QLabel>("notationLabel")->isVisible());
    QVERIFY(gap().width() > 10);
    QCOMPARE(inkIn(stage()->grab().toImage(), gap()), 0);
}

// The curve detector's one output, 6600, is the widest number of its grids: at every width the
// workspace gets (beside the Lessons panel at 1000 and 1280 pixels, or alone) its cell holds it
// at 12 pixels or more, and where the cells need more room than the window leaves, the stage
// scrolls instead.
void TestStepThroughLecture::curveDetectorShowsItsSumWhole() {
    QVERIFY(workspace_->loadLectureExample(QStringLiteral("curve-detector")));
    QCOMPARE(stage()->trace()->output(0), Matrix({{6600}}));
    auto* scroll = child<QScrollArea>("stageScroll");
    QCOMPARE(scroll->widget(), stage());
    QFont bold = stage()->font();
    bold.setBold(true);
    bold.setPixelSize(convsight::widgets::textfit::kMinimumPixelSize);
    const int needed = QFontMetrics(bold).horizontalAdvance(QStringLiteral("6600"));
    for (const QSize size : {QSize(560, 520), QSize(640, 560), QSize(840, 560), QSize(1050, 740)}) {
        workspace_->resize(size);
        QTest::qWait(30);
        for (const int step : {0, stage()->stepCount() - 1}) {
            stage()->jumpToStep(step);
            (void)stage()->grab();
            const QStringList unfit = convsight::widgets::textfit::unfitTexts(stage());
            QVERIFY2(unfit.isEmpty(), qPrintable(QStringLiteral("%1×%2: %3")
                                                     .arg(size.width())
                                                     .arg(size.height())
                                                     .arg(unfit.join(QStringLiteral(", ")))));
        }
        const QRect cell = stage()->outputCellRect(0, 0);
        QVERIFY2(cell.width() * 0.86 >= needed,
                 qPrintable(QStringLiteral("%1 px for %2 px").arg(cell.width()).arg(needed)));
        // The whole cell lies on the stage, and the scroll area brings it into view.
        QVERIFY(stage()->rect().contains(cell));
        QTest::qWait(20);
        const QRect seen(stage()->mapTo(scroll->viewport(), cell.topLeft()), cell.size());
        QVERIFY2(scroll->viewport()->rect().contains(seen),
                 qPrintable(QStringLiteral("%1×%2: the output cell is scrolled away")
                                .arg(size.width())
                                .arg(size.height())));
        QVERIFY(stage()->width() >= stage()->minimumSizeHint().width());
        QVERIFY(stage()->height() >= stage()->minimumSizeHint().height());
    }
    // The worked example's small numbers need no more than the usual stage.
    QVERIFY(workspace_->loadLectureExample(QStringLiteral("worked-example")));
    QCOMPARE(stage()->minimumSizeHint(), QSize(420, 300));
}

void TestStepThroughLecture::spinBoxesStayWithinTheLimits() {
    // Stride, dilation, padding, sizes: never a value convsight-cli refuses (stride or dilation
    // below 1, negative padding, beyond max_extent), whatever a caller sets.
    const auto within = [](QSpinBox* box, int lowest) {
        QVERIFY2(box->minimum() >= lowest && box->maximum() <= convsight::io::limits::max_extent,
                 qPrintable(box->objectName()));
        box->setValue(lowest - 1);
        QVERIFY2(box->value() >= lowest, qPrintable(box->objectName()));
        box->setValue(std::numeric_limits<int>::max());
        QVERIFY2(box->value() == box->maximum(), qPrintable(box->objectName()));
    };
    within(child<QSpinBox>("strideSpin"), 1);
    within(child<QSpinBox>("dilationSpin"), 1);
    within(child<QSpinBox>("kernelSizeSpin"), 1);
    within(child<QSpinBox>("inputHeightSpin"), 1);
    within(child<QSpinBox>("inputWidthSpin"), 1);
    within(child<QSpinBox>("explicitPaddingSpin"), 0);
}

QTEST_MAIN(TestStepThroughLecture)
#include "tst_stepthroughlecture.moc"
