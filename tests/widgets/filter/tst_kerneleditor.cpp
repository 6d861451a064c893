// The kernel editor as a student drives it: typing and scrolling in cells, presets, size, divisor,
// channels, the buttons, undo/redo, and files that must not change the kernel when they are bad.
#include "conv/KernelPresets.h"
#include "filter/KernelEditor.h"
#include "filter/KernelGrid.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>
#include <cmath>

using convsight::conv::KernelModel;
using convsight::conv::Matrix;
using convsight::widgets::KernelEditor;
using convsight::widgets::KernelGrid;

class TestKernelEditor : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void opensOnTheIdentity();
    void historyKeepsTheNewestCommands();
    void typingIntoACellChangesTheKernel();
    void tabAndArrowsMoveBetweenCells();
    void textThatIsNotANumberIsRejected();
    void wheelChangesAValue();
    void undoRestoresAndRedoReapplies();
    void presetLoadsItsValuesAndExplanation_data();
    void presetLoadsItsValuesAndExplanation();
    void resizeKeepsTheCentre_data();
    void resizeKeepsTheCentre();
    void normaliseMakesTheWeightsSumToOne();
    void normaliseRefusesASumOfZero();
    void transposeFlipNegateClear();
    void perChannelKernels();
    void offsetAndBorder();
    void savedFilesLoadBack();
    void badFileLeavesTheKernelUnchanged_data();
    void badFileLeavesTheKernelUnchanged();
    void cellTextIsReadableOnEveryColour();

private:
    template <typename T>
    T* child(const char* name) const {
        auto* found = editor_->findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    KernelGrid* grid() const { return editor_->grid(); }
    void selectPreset(const char* id);
    // Types `text` as a user does: the first key opens the cell's editor, the rest go into it.
    void type(const QString& text);
    void wheel(int row, int column, int delta, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QString writeFile(const QString& name, const QByteArray& contents);

    KernelEditor* editor_{};
    QTemporaryDir dir_;
};

void TestKernelEditor::init() {
    editor_ = new KernelEditor;
    editor_->resize(640, 820);
    editor_->show();
    editor_->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(editor_));
}

void TestKernelEditor::cleanup() {
    delete editor_;
    editor_ = nullptr;
}

// A lesson's worth of preset choices: the history keeps the newest undoLimit of them, and undo
// still goes back through those.
void TestKernelEditor::historyKeepsTheNewestCommands() {
    const char* presets[] = {"box-blur", "sobel-x"};
    for (int i = 0; i < KernelEditor::undoLimit + 50; ++i)
        editor_->loadPreset(QString::fromLatin1(presets[i % 2]));
    QCOMPARE(editor_->undoStack()->count(), KernelEditor::undoLimit);
    QCOMPARE(editor_->presetId(), QStringLiteral("sobel-x"));
    editor_->undoStack()->undo();
    QCOMPARE(editor_->presetId(), QStringLiteral("box-blur"));
}

void TestKernelEditor::selectPreset(const char* id) {
    auto* combo = child<QComboBox>("kernelPresetCombo");
    const int index = combo->findData(QString::fromLatin1(id));
    QVERIFY(index > 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index); // what choosing it in the popup emits
}

void TestKernelEditor::type(const QString& text) {
    for (const QChar c : text) {
        QWidget* target = grid()->isEditing() ? static_cast<QWidget*>(grid()->lineEdit()) : grid();
        if (c.unicode() < 128)
            QTest::keyClick(target, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void TestKernelEditor::wheel(int row, int column, int delta, Qt::KeyboardModifiers modifiers) {
    const QPointF at = QRectF(grid()->cellRect(row, column)).center();
    QWheelEvent event(at, grid()->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                      modifiers, Qt::NoScrollPhase, false);
    QApplication::sendEvent(grid(), &event);
}

QString TestKernelEditor::writeFile(const QString& name, const QByteArray& contents) {
    const QString path = dir_.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestKernelEditor::opensOnTheIdentity() {
    QCOMPARE(editor_->presetId(), QStringLiteral("identity"));
    QCOMPARE(editor_->values(), (Matrix{{0, 0, 0}, {0, 1, 0}, {0, 0, 0}}));
    QCOMPARE(editor_->channelCount(), 1);
    QCOMPARE(editor_->channelWeights(), (std::vector<float>{0, 0, 0, 0, 1, 0, 0, 0, 0}));
    QCOMPARE(editor_->border(), convsight::compute::BorderMode::Reflect);
    QCOMPARE(editor_->undoStack()->count(), 0);
    QVERIFY(editor_->message().isEmpty());
}

void TestKernelEditor::typingIntoACellChangesTheKernel() {
    QSignalSpy changed(editor_, &KernelEditor::kernelChanged);
    grid()->setFocus();
    grid()->setCurrentCell(0, 2);
    type(QStringLiteral("-2.5"));
    QVERIFY(grid()->isEditing());
    QCOMPARE(editor_->values()[0][2], 0.0); // nothing changes before Enter
    QTest::keyClick(grid()->lineEdit(), Qt::Key_Return);

    QVERIFY(!grid()->isEditing());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(editor_->values(), (Matrix{{0, 0, -2.5}, {0, 1, 0}, {0, 0, 0}}));
    QCOMPARE(editor_->weights()[2], -2.5f);
    QVERIFY(editor_->presetId().isEmpty()); // no longer the identity
    QCOMPARE(child<QComboBox>("kernelPresetCombo")->currentIndex(), 0);
    QVERIFY(child<QLabel>("kernelExplanation")->text().contains(QStringLiteral("your own")));
    QCOMPARE(child<QLabel>("kernelSumLabel")->text(), QStringLiteral("Σ values −1.5 ÷ 1 = −1.5"));

    // Enter on a cell opens it with its exact value; Delete sets it to 0.
    QTest::keyClick(grid(), Qt::Key_Return);
    QCOMPARE(grid()->lineEdit()->text(), QStringLiteral("-2.5"));
    QTest::keyClick(grid()->lineEdit(), Qt::Key_Escape);
    QTest::keyClick(grid(), Qt::Key_Delete);
    QCOMPARE(editor_->values()[0][2], 0.0);
    QCOMPARE(changed.count(), 2);
}

void TestKernelEditor::tabAndArrowsMoveBetweenCells() {
    grid()->setFocus();
    grid()->setCurrentCell(0, 0);
    // A whole row typed as on a spreadsheet: Tab commits and moves right, then wraps.
    type(QStringLiteral("1"));
    QTest::keyClick(grid()->lineEdit(), Qt::Key_Tab);
    type(QStringLiteral("−2")); // the slides' minus sign
    QTest::keyClick(grid()->lineEdit(), Qt::Key_Tab);
    type(QStringLiteral("0,5")); // a decimal comma
    QTest::keyClick(grid()->lineEdit(), Qt::Key_Tab);
    QCOMPARE(grid()->currentRow(), 1);
    QCOMPARE(grid()->currentColumn(), 0);
    QCOMPARE(editor_->values()[0], (std::vector<double>{1, -2, 0.5}));

    QTest::keyClick(grid(), Qt::Key_Right);
    QTest::keyClick(grid(), Qt::Key_Down);
    QCOMPARE(grid()->currentRow(), 2);
    QCOMPARE(grid()->currentColumn(), 1);
    type(QStringLiteral("7"));
    QTest::keyClick(grid()->lineEdit(), Qt::Key_Up); // commits, then moves up
    QCOMPARE(editor_->values()[2][1], 7.0);
    QCOMPARE(grid()->currentRow(), 1);
    QCOMPARE(editor_->undoStack()->count(), 4); // one command per cell

    // Clicking elsewhere commits what was typed and leaves the focus where the click went.
    type(QStringLiteral("4"));
    auto* offset = child<QDoubleSpinBox>("kernelOffsetSpin");
    offset->setFocus(Qt::MouseFocusReason);
    QVERIFY(!grid()->isEditing());
    QCOMPARE(editor_->values()[1][1], 4.0);
    QVERIFY(offset->hasFocus());
}

void TestKernelEditor::textThatIsNotANumberIsRejected() {
    const KernelModel before = editor_->model();
    grid()->setFocus();
    type(QStringLiteral("1x"));
    QTest::keyClick(grid()->lineEdit(), Qt::Key_Return);
    QVERIFY(grid()->isEditing()); // kept open to correct it
    QVERIFY(editor_->message().contains(QStringLiteral("“1x” is not a number")));
    QVERIFY(editor_->model() == before);
    QTest::keyClick(grid()->lineEdit(), Qt::Key_Escape);
    QVERIFY(!grid()->isEditing());
    QVERIFY(editor_->model() == before);
    QCOMPARE(editor_->undoStack()->count(), 0);
}

void TestKernelEditor::wheelChangesAValue() {
    QSignalSpy changed(editor_, &KernelEditor::kernelChanged);
    wheel(1, 1, 120);
    QCOMPARE(editor_->values()[1][1], 2.0);
    QCOMPARE(grid()->currentRow(), 1);
    wheel(1, 1, -240);
    QCOMPARE(editor_->values()[1][1], 0.0);
    wheel(0, 0, 120, Qt::ShiftModifier);
    wheel(0, 0, 120, Qt::ShiftModifier);
    wheel(0, 0, 120, Qt::ShiftModifier);
    QCOMPARE(editor_->values()[0][0], 0.3); // exactly 0.3, not 0.30000000000000004
    // A fine-grained wheel: two half notches make one step.
    wheel(2, 2, 60);
    QCOMPARE(editor_->values()[2][2], 0.0);
    wheel(2, 2, 60);
    QCOMPARE(editor_->values()[2][2], 1.0);
    QCOMPARE(changed.count(), 6);

    // Turning the wheel over one cell is one edit: one undo per cell.
    QCOMPARE(editor_->undoStack()->count(), 3);
    editor_->undoStack()->undo();
    editor_->undoStack()->undo();
    QCOMPARE(editor_->values()[0][0], 0.0);
    QCOMPARE(editor_->values()[1][1], 0.0);
    editor_->undoStack()->undo();
    QCOMPARE(editor_->values(), (Matrix{{0, 0, 0}, {0, 1, 0}, {0, 0, 0}}));
    QCOMPARE(editor_->presetId(), QStringLiteral("identity"));
}

void TestKernelEditor::undoRestoresAndRedoReapplies() {
    auto* undo = editor_->findChild<QAction*>(QStringLiteral("kernelUndoAction"));
    auto* redo = editor_->findChild<QAction*>(QStringLiteral("kernelRedoAction"));
    QVERIFY(undo && redo);
    QVERIFY(!undo->isEnabled());

    selectPreset("sobel-x");
    editor_->negateAction()->trigger();
    child<QSpinBox>("kernelColumnsSpin")->setValue(5);
    QCOMPARE(editor_->undoStack()->count(), 3);
    const KernelModel edited = editor_->model();

    QSignalSpy changed(editor_, &KernelEditor::kernelChanged);
    undo->trigger();
    QCOMPARE(editor_->kernelColumns(), 3);
    QCOMPARE(child<QSpinBox>("kernelColumnsSpin")->value(), 3);
    undo->trigger();
    QCOMPARE(editor_->values(), (Matrix{{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}}));
    QCOMPARE(editor_->presetId(), QStringLiteral("sobel-x"));
    QCOMPARE(child<QComboBox>("kernelPresetCombo")->currentData().toString(),
             QStringLiteral("sobel-x"));
    undo->trigger();
    QCOMPARE(editor_->presetId(), QStringLiteral("identity"));
    QVERIFY(!undo->isEnabled());
    QCOMPARE(changed.count(), 3);

    for (int i = 0; i < 3; ++i)
        redo->trigger();
    QVERIFY(editor_->model() == edited);
    QCOMPARE(editor_->values()[1], (std::vector<double>{0, 2, 0, -2, 0}));
    QVERIFY(!redo->isEnabled());
}

void TestKernelEditor::presetLoadsItsValuesAndExplanation_data() {
    QTest::addColumn<QString>("id");
    for (const auto& preset : convsight::conv::kernel_presets())
        QTest::newRow(preset.id.c_str()) << QString::fromStdString(preset.id);
}

void TestKernelEditor::presetLoadsItsValuesAndExplanation() {
    QFETCH(QString, id);
    const auto& preset = convsight::conv::kernel_preset(id.toStdString());
    editor_->setKernel({{5, 5}}); // start from something that is no preset
    selectPreset(id.toLatin1().constData());

    QCOMPARE(editor_->presetId(), id);
    QCOMPARE(editor_->values(), preset.matrix);
    QCOMPARE(editor_->divisor(), preset.divisor);
    QCOMPARE(child<QLabel>("kernelExplanation")->text(),
             QString::fromStdString(preset.explanation));
    QCOMPARE(child<QSpinBox>("kernelRowsSpin")->value(), static_cast<int>(preset.matrix.size()));
    const std::vector<float> weights = editor_->weights();
    for (std::size_t i = 0; i < weights.size(); ++i)
        QCOMPARE(weights[i],
                 static_cast<float>(
                     preset.matrix[i / preset.matrix[0].size()][i % preset.matrix[0].size()] /
                     preset.divisor));
    QCOMPARE(child<QDoubleSpinBox>("kernelDivisorSpin")->value(), preset.divisor);
}

void TestKernelEditor::resizeKeepsTheCentre_data() {
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("columns");
    QTest::addColumn<Matrix>("expected");
    // From Sobel x, [[-1,0,1],[-2,0,2],[-1,0,1]], whose anchor (1,1) stays under the output pixel.
    QTest::newRow("5x5: a ring of zeros") << 5 << 5
                                          << Matrix{{0, 0, 0, 0, 0},
                                                    {0, -1, 0, 1, 0},
                                                    {0, -2, 0, 2, 0},
                                                    {0, -1, 0, 1, 0},
                                                    {0, 0, 0, 0, 0}};
    QTest::newRow("1x1: the centre") << 1 << 1 << Matrix{{0}};
    QTest::newRow("1x3: the middle row") << 1 << 3 << Matrix{{-2, 0, 2}};
    // Even sizes anchor at (rows/2, columns/2), as filter2D does: the new column goes left.
    QTest::newRow("3x4") << 3 << 4 << Matrix{{0, -1, 0, 1}, {0, -2, 0, 2}, {0, -1, 0, 1}};
    QTest::newRow("2x2") << 2 << 2 << Matrix{{-1, 0}, {-2, 0}};
}

void TestKernelEditor::resizeKeepsTheCentre() {
    QFETCH(int, rows);
    QFETCH(int, columns);
    QFETCH(Matrix, expected);
    selectPreset("sobel-x");
    child<QSpinBox>("kernelRowsSpin")->setValue(rows);
    child<QSpinBox>("kernelColumnsSpin")->setValue(columns);
    QCOMPARE(editor_->kernelRows(), rows);
    QCOMPARE(editor_->kernelColumns(), columns);
    QCOMPARE(editor_->values(), expected);
    QCOMPARE(grid()->values(), expected);

    // Back to 3×3: every value kept by the round trip is where it was.
    editor_->setKernelSize(3, 3);
    for (int y = 0; y < 3; ++y)
        for (int x = 0; x < 3; ++x)
            if (editor_->values()[y][x] != 0)
                QCOMPARE(editor_->values()[y][x],
                         convsight::conv::kernel_preset("sobel-x").matrix[y][x]);
}

void TestKernelEditor::normaliseMakesTheWeightsSumToOne() {
    QVERIFY(editor_->setKernel({{1, 2}, {3, 4}}));
    editor_->normaliseAction()->trigger();
    QCOMPARE(editor_->divisor(), 10.0);
    QCOMPARE(child<QDoubleSpinBox>("kernelDivisorSpin")->value(), 10.0);
    QCOMPARE(editor_->weights(), (std::vector<float>{0.1f, 0.2f, 0.3f, 0.4f}));
    QCOMPARE(child<QLabel>("kernelSumLabel")->text(),
             QStringLiteral("Σ values 10 ÷ 10 = 1: brightness kept"));
    editor_->undoStack()->undo();
    QCOMPARE(editor_->divisor(), 1.0);

    // A kernel summing to a negative number is normalised too.
    QVERIFY(editor_->setKernel({{-1, -3}}));
    editor_->normalise();
    QCOMPARE(editor_->weights(), (std::vector<float>{0.25f, 0.75f}));

    // The divisor typed by hand.
    child<QDoubleSpinBox>("kernelDivisorSpin")->setValue(2);
    QCOMPARE(editor_->weights(), (std::vector<float>{-0.5f, -1.5f}));
}

void TestKernelEditor::normaliseRefusesASumOfZero() {
    selectPreset("edge");
    const KernelModel before = editor_->model();
    const int commands = editor_->undoStack()->count();
    editor_->normalise();
    QVERIFY(editor_->message().contains(QStringLiteral("sum to 0")));
    QVERIFY(editor_->model() == before);
    QCOMPARE(editor_->undoStack()->count(), commands);
    // A divisor of 0 is refused the same way.
    child<QDoubleSpinBox>("kernelDivisorSpin")->setValue(0);
    QVERIFY(editor_->message().contains(QStringLiteral("cannot be 0")));
    QCOMPARE(editor_->divisor(), 1.0);
    QCOMPARE(child<QDoubleSpinBox>("kernelDivisorSpin")->value(), 1.0);
}

void TestKernelEditor::transposeFlipNegateClear() {
    QVERIFY(editor_->setKernel({{1, 2, 3}, {4, 5, 6}}, 2));
    editor_->transposeAction()->trigger();
    QCOMPARE(editor_->values(), (Matrix{{1, 4}, {2, 5}, {3, 6}}));
    QCOMPARE(child<QSpinBox>("kernelRowsSpin")->value(), 3);
    QCOMPARE(child<QSpinBox>("kernelColumnsSpin")->value(), 2);
    editor_->flipAction()->trigger();
    QCOMPARE(editor_->values(), (Matrix{{6, 3}, {5, 2}, {4, 1}}));
    editor_->negateAction()->trigger();
    QCOMPARE(editor_->values(), (Matrix{{-6, -3}, {-5, -2}, {-4, -1}}));
    QCOMPARE(editor_->weights()[0], -3.0f); // the divisor 2 stays
    editor_->clearAction()->trigger();
    QCOMPARE(editor_->values(), (Matrix{{0, 0}, {0, 0}, {0, 0}}));
    QCOMPARE(editor_->divisor(), 1.0);

    // Sobel x flipped is Sobel x negated: convolution and cross-correlation differ in sign.
    selectPreset("sobel-x");
    editor_->flip();
    QCOMPARE(editor_->values(), (Matrix{{1, 0, -1}, {2, 0, -2}, {1, 0, -1}}));

    editor_->randomAction()->trigger();
    bool inRange = true;
    for (const auto& row : editor_->values())
        for (const double value : row)
            inRange = inRange && value == std::round(value) && value >= -5 && value <= 5;
    QVERIFY(inRange);
    for (int i = 0; i < 7; ++i)
        editor_->undoStack()->undo();
    QCOMPARE(editor_->values(), (Matrix{{1, 2, 3}, {4, 5, 6}}));
}

void TestKernelEditor::perChannelKernels() {
    selectPreset("box-blur");
    auto* mode = child<QComboBox>("kernelChannelModeCombo");
    auto* tabs = child<QTabBar>("kernelChannelTabs");
    QVERIFY(tabs->isHidden());
    mode->setCurrentIndex(1);
    emit mode->activated(1);
    QVERIFY(editor_->isPerChannel());
    QCOMPARE(editor_->channelCount(), 3);
    QVERIFY(tabs->isVisible());

    // Green gets a sharper centre, red and blue stay the box blur.
    tabs->setCurrentIndex(1);
    QCOMPARE(editor_->currentChannel(), 1);
    wheel(1, 1, 120 * 8);
    QCOMPARE(editor_->values(1)[1][1], 9.0);
    QCOMPARE(editor_->values(0)[1][1], 1.0);
    QCOMPARE(editor_->values(2)[1][1], 1.0);
    editor_->negate();
    QCOMPARE(editor_->values(1)[0][0], -1.0);
    QCOMPARE(editor_->values(0)[0][0], 1.0);

    const std::vector<float> weights = editor_->channelWeights(); // (3, 3, 3)
    QCOMPARE(weights.size(), std::size_t{27});
    QCOMPARE(weights[4], 1.0f / 9);
    QCOMPARE(weights[9 + 4], -1.0f);
    QCOMPARE(weights[18 + 4], 1.0f / 9);

    // Normalising gives each channel its own divisor: the green sum is −17.
    editor_->normalise();
    QCOMPARE(editor_->divisor(0), 9.0);
    QCOMPARE(editor_->divisor(1), -17.0);
    QCOMPARE(editor_->divisor(2), 9.0);
    QCOMPARE(child<QDoubleSpinBox>("kernelDivisorSpin")->value(), -17.0);
    editor_->undoStack()->undo();
    QCOMPARE(editor_->divisor(1), 9.0); // the box blur's

    // Resizing and transposing change every channel; the tab shows its own kernel.
    editor_->setKernelSize(3, 5);
    QCOMPARE(editor_->values(0)[1], (std::vector<double>{0, 1, 1, 1, 0}));
    QCOMPARE(editor_->values(1)[1], (std::vector<double>{0, -1, -9, -1, 0}));
    QCOMPARE(grid()->values(), editor_->values(1));

    // Back to one kernel: the channel shown becomes the kernel of all three.
    mode->setCurrentIndex(0);
    emit mode->activated(0);
    QCOMPARE(editor_->channelCount(), 1);
    QCOMPARE(editor_->values(0), editor_->values(1));
    QCOMPARE(editor_->values(2)[1][2], -9.0);
    editor_->undoStack()->undo();
    QCOMPARE(editor_->values(0)[1][2], 1.0);
    QCOMPARE(editor_->values(1)[1][2], -9.0);
}

void TestKernelEditor::offsetAndBorder() {
    QSignalSpy changed(editor_, &KernelEditor::kernelChanged);
    child<QDoubleSpinBox>("kernelOffsetSpin")->setValue(128);
    QCOMPARE(editor_->offset(), 128.0);
    QCOMPARE(editor_->presetId(), QStringLiteral("identity")); // still the identity, shown lifted

    auto* border = child<QComboBox>("kernelBorderCombo");
    QCOMPARE(border->count(), 4);
    for (int i = 0; i < border->count(); ++i)
        QVERIFY(border->itemData(i, Qt::ToolTipRole).toString().contains(QStringLiteral("|")));
    const int wrap = border->findText(QStringLiteral("Wrap"));
    border->setCurrentIndex(wrap);
    emit border->activated(wrap);
    QCOMPARE(editor_->border(), convsight::compute::BorderMode::Wrap);
    QCOMPARE(changed.count(), 2);

    // A preset keeps how the output is shown.
    selectPreset("emboss");
    QCOMPARE(editor_->offset(), 128.0);
    QCOMPARE(editor_->border(), convsight::compute::BorderMode::Wrap);
    editor_->undoStack()->undo();
    editor_->undoStack()->undo();
    QCOMPARE(editor_->border(), convsight::compute::BorderMode::Reflect);
    QCOMPARE(border->currentText(), QStringLiteral("Reflect"));
}

void TestKernelEditor::savedFilesLoadBack() {
    selectPreset("gaussian-3x3");
    editor_->setOffset(10);
    const QString json = dir_.filePath(QStringLiteral("blur.kernel.json"));
    QVERIFY(editor_->saveFile(json));
    QVERIFY(editor_->message().contains(QStringLiteral("Saved")));
    const QString csv = dir_.filePath(QStringLiteral("blur.csv"));
    QVERIFY(editor_->saveFile(csv));
    // A folder where the file should go: refused by name, in the message line.
    const QString folder = dir_.filePath(QStringLiteral("taken.csv"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(!editor_->saveFile(folder));
    QVERIFY2(editor_->message().contains(QStringLiteral("it is a folder")),
             qPrintable(editor_->message()));

    editor_->clear();
    editor_->setOffset(0);
    QVERIFY(editor_->loadFile(json));
    QCOMPARE(editor_->values(), convsight::conv::kernel_preset("gaussian-3x3").matrix);
    QCOMPARE(editor_->divisor(), 16.0);
    QCOMPARE(editor_->offset(), 10.0);
    QCOMPARE(editor_->kernelName(), QStringLiteral("Gaussian blur 3×3"));
    QVERIFY(editor_->message().contains(QStringLiteral("Opened blur.kernel.json")));

    // CSV holds the weights: 1/16, 2/16, 4/16.
    QVERIFY(editor_->loadFile(csv));
    QCOMPARE(editor_->values()[0], (std::vector<double>{0.0625, 0.125, 0.0625}));
    QCOMPARE(editor_->values()[1][1], 0.25);
    QCOMPARE(editor_->divisor(), 1.0);
    QCOMPARE(editor_->kernelName(), QStringLiteral("blur"));
    QVERIFY(child<QComboBox>("kernelPresetCombo")->currentText().contains(QStringLiteral("blur")));
    editor_->undoStack()->undo();
    QCOMPARE(editor_->divisor(), 16.0);
}

void TestKernelEditor::badFileLeavesTheKernelUnchanged_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("reason"); // a part of the message
    QByteArray tenByTen;
    for (int r = 0; r < 10; ++r)
        tenByTen += "1,1,1,1,1,1,1,1,1,1\n";
    QTest::newRow("NaN") << "nan.csv" << QByteArray("1,2\nnan,4\n") << "nan.csv";
    QTest::newRow("infinity") << "inf.csv" << QByteArray("1,inf\n3,4\n") << "inf.csv";
    QTest::newRow("ragged") << "ragged.csv" << QByteArray("1,2,3\n4,5\n") << "ragged.csv";
    QTest::newRow("empty") << "empty.csv" << QByteArray() << "empty.csv";
    QTest::newRow("10x10") << "big.csv" << tenByTen << "larger than the 9×9";
    QTest::newRow("not a number") << "word.csv" << QByteArray("1,two\n") << "word.csv";
    QTest::newRow("JSON ragged") << "ragged.kernel.json" << QByteArray(R"({"rows": [[1, 2], [3]]})")
                                 << "ragged.kernel.json";
    QTest::newRow("JSON divisor 0")
        << "zero.kernel.json" << QByteArray(R"({"rows": [[1]], "divisor": 0})")
        << "zero.kernel.json";
    QTest::newRow("JSON broken") << "broken.kernel.json" << QByteArray("{\"rows\": [[1,")
                                 << "broken";
}

void TestKernelEditor::badFileLeavesTheKernelUnchanged() {
    QFETCH(QString, name);
    QFETCH(QByteArray, contents);
    QFETCH(QString, reason);
    selectPreset("sharpen");
    const KernelModel before = editor_->model();
    const int commands = editor_->undoStack()->count();
    QSignalSpy changed(editor_, &KernelEditor::kernelChanged);

    QVERIFY(!editor_->loadFile(writeFile(name, contents)));
    QVERIFY2(editor_->message().contains(reason), qPrintable(editor_->message()));
    QVERIFY(editor_->message().startsWith(QStringLiteral("Could not open ") + name));
    QVERIFY(editor_->model() == before);
    QCOMPARE(editor_->undoStack()->count(), commands);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(grid()->values(), before.channels[0].values);

    QVERIFY(!editor_->loadFile(dir_.filePath(QStringLiteral("missing.csv"))));
    QVERIFY(editor_->message().contains(QStringLiteral("missing.csv")));
    QVERIFY(editor_->model() == before);
}

void TestKernelEditor::cellTextIsReadableOnEveryColour() {
    // WCAG's contrast ratio of the text colour on the heat map, from −max through 0 to +max: at
    // least 4.5 everywhere, so the numbers read from the back of a lecture hall.
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    double worst = 100;
    for (int i = -20; i <= 20; ++i) {
        const QColor background = KernelGrid::heatColour(i / 20.0, 1.0);
        const QColor text = KernelGrid::textColour(background);
        const double a = luminance(background), b = luminance(text);
        worst = std::min(worst, (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05));
    }
    QVERIFY2(worst >= 4.5, qPrintable(QString::number(worst)));
    // Diverging: negative is blue, positive red, zero neutral.
    const QColor negative = KernelGrid::heatColour(-1, 1), positive = KernelGrid::heatColour(1, 1);
    QVERIFY(negative.blue() > negative.red());
    QVERIFY(positive.red() > positive.blue());
    QCOMPARE(KernelGrid::heatColour(0, 1), KernelGrid::heatColour(0, 5));
}

QTEST_MAIN(TestKernelEditor)
#include "tst_kerneleditor.moc"
