// The Lessons panel on the real main window: every lesson of resources/lessons/ opens and every
// step sets up its workspace with its state's values; Back/Next and the question (wrong and right
// answers, the answer revealed); a damaged lesson or state changes nothing; partial session
// documents apply only their parts; the dock fits at 1280×720; `convsight --lesson` refuses a bad
// name or a damaged file with the reason.
#include "LessonsPanel.h"
#include "MainWindow.h"
#include "Presentation.h"
#include "SessionFile.h"
#include "common/MessageLine.h"
#include "conv/LectureExamples.h"
#include "filter/FilterWorkspace.h"
#include "filter/KernelEditor.h"
#include "inspect/InspectWorkspace.h"
#include "stepthrough/ConvolutionStage.h"
#include "stepthrough/StepThroughWorkspace.h"
#include "train/ArchitectureEditor.h"
#include "train/TrainWorkspace.h"

#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <fstream>
#include <memory>

using convsight::app::LessonsPanel;
using convsight::app::MainWindow;
using nlohmann::json;

class TestLessonsPanel : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void everyLessonSetsUpEveryStep();
    void listOpensALesson();
    void backAndNextWalkTheSteps();
    void wrongAnswerRevealsTheRightOne();
    void rightAnswerIsConfirmed();
    void lessonNamesResolve();
    void damagedStateChangesNothing();
    void lectureExampleSetsUpStepThrough();
    void partialSessionAppliesOnlyItsParts();
    void damagedPartialSessionChangesNothing();
    void dockFitsBesideTheWorkspaces();
    void textFollowsPresentationScale();
    void commandLineRefusesBadLessons();

private:
    LessonsPanel* panel() const { return window_->lessonsPanel(); }
    template <typename T>
    T* child(const char* name) const {
        return panel()->findChild<T*>(QLatin1String(name));
    }
    std::unique_ptr<MainWindow> window_;
};

namespace {

json readJson(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = file.readAll();
    return json::parse(text.constData(), text.constData() + text.size());
}

void writeText(const QString& path, const QByteArray& text) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(text), text.size());
}

const QByteArray kSmallLesson = R"(---
title: Two states
lines: 1-2
workspace: step-through
state: states/a.convsight
---
## One
First.

## Two
<!-- setup: state=states/b.convsight workspace=filter -->
Second.

## Question
Which?

- [x] this
- [ ] that

Answer: This.
)";

json stepThroughState(double first) {
    json document = {{"channels", 1},  {"kernel_count", 1},  {"height", 2},
                     {"width", 2},     {"kernel_size", 1},   {"input", {first, 2, 3, 4}},
                     {"kernels", {1}}, {"divisor", 1},       {"preset_id", ""},
                     {"stride", 1},    {"padding", "valid"}, {"border", "zero"},
                     {"dilation", 1},  {"flip", false}};
    return {{"format", "convsight-session"},
            {"version", 1},
            {"partial", true},
            {"step_through",
             {{"document", document},
              {"mode", "convolution"},
              {"step", 0},
              {"speed", 4},
              {"im2col", false}}}};
}

} // namespace

void TestLessonsPanel::init() {
    QStandardPaths::setTestModeEnabled(true);
    window_ = std::make_unique<MainWindow>();
    window_->resize(1280, 680);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void TestLessonsPanel::cleanup() {
    window_.reset();
}

// Every lesson file of resources/lessons/, every step set up: the workspace named, and a value of
// the state on screen (Step through's first input cell, the Filter kernel, the network's name,
// Inspect's tab).
void TestLessonsPanel::everyLessonSetsUpEveryStep() {
    const QDir folder(QStringLiteral(CONVSIGHT_LESSONS_DIR));
    const QStringList files = folder.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 16);
    QCOMPARE(LessonsPanel::bundledLessons().size(), files.size());
    auto* stepThrough = window_->findChild<convsight::widgets::StepThroughWorkspace*>();
    QVERIFY(stepThrough);
    window_->showLessons();
    for (const QString& file : files) {
        QString error;
        QVERIFY2(panel()->openLesson(folder.filePath(file), &error), qPrintable(error));
        const auto* lesson = panel()->lesson();
        for (int step = 0; step < panel()->stepCount(); ++step) {
            const QString where = QStringLiteral("%1, step %2").arg(file).arg(step + 1);
            panel()->showStep(step);
            QVERIFY2(panel()->setUpStep(&error), qPrintable(where + QStringLiteral(": ") + error));
            const auto setup = lesson->step_setup(static_cast<std::size_t>(step));
            QCOMPARE(MainWindow::workspaceSlug(window_->currentWorkspace()).toStdString(),
                     setup.workspace);
            QVERIFY(window_->workspaceWidget(window_->currentWorkspace())->isVisible());
            QVERIFY2(!child<QTextBrowser>("lessonText")->toPlainText().isEmpty(),
                     qPrintable(where));
            if (!setup.example.empty()) {
                const auto* example = convsight::conv::find_lecture_example(setup.example);
                QVERIFY2(example, qPrintable(where));
                QVERIFY2(stepThrough->document() == example->document, qPrintable(where));
                QCOMPARE(stepThrough->stage()->step(), 0);
            }
            if (setup.state.empty())
                continue;
            const json state = readJson(folder.filePath(QString::fromStdString(setup.state)));
            if (state.contains("step_through") && setup.example.empty()) {
                const json& document = state["step_through"]["document"];
                QCOMPARE(stepThrough->document().input.front(), document["input"][0].get<double>());
                QCOMPARE(stepThrough->document().kernels,
                         document["kernels"].get<std::vector<double>>());
                QCOMPARE(stepThrough->stage()->step(), state["step_through"]["step"].get<int>());
                // The first input cell is laid out on the stage.
                if (setup.workspace == "step-through")
                    QVERIFY2(stepThrough->stage()->inputCellRect(0, 0, 0).isValid(),
                             qPrintable(where));
            }
            if (state.contains("filter")) {
                const json& values = state["filter"]["kernel"]["channels"][0]["values"];
                const auto& model = window_->filterWorkspace()->kernelEditor()->model();
                QCOMPARE(model.channels[0].values, values.get<std::vector<std::vector<double>>>());
            }
            if (state.contains("train"))
                QCOMPARE(window_->trainWorkspace()
                             ->architectureEditor()
                             ->architecture()["name"]
                             .get<std::string>(),
                         state["train"]["architecture"]["name"].get<std::string>());
            if (state.contains("inspect"))
                QCOMPARE(window_->inspectWorkspace()->tabs()->currentIndex(),
                         state["inspect"]["tab"].get<int>());
        }
    }
}

void TestLessonsPanel::listOpensALesson() {
    window_->lessonsAction()->trigger();
    QVERIFY(window_->lessonsDock()->isVisible());
    auto* list = child<QListWidget>("lessonList");
    QVERIFY(list->count() >= 16);
    QVERIFY(list->item(7)->text().startsWith(QStringLiteral("08  Stride")));
    const QRect rect = list->visualItemRect(list->item(7));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(panel()->lesson());
    QCOMPARE(panel()->lesson()->name, std::string("08-stride"));
    QCOMPARE(child<QLabel>("lessonTitle")->text(), QStringLiteral("Stride"));
    QVERIFY(child<QLabel>("lessonStepLabel")->text().startsWith(QStringLiteral("Step 1 of 3")));
    // Opening does not set up; Set up does, in one click.
    window_->showWorkspace(MainWindow::Workspace::Filter);
    QTest::mouseClick(child<QPushButton>("lessonSetUp"), Qt::LeftButton);
    QCOMPARE(window_->currentWorkspace(), MainWindow::Workspace::StepThrough);
    auto* stepThrough = window_->findChild<convsight::widgets::StepThroughWorkspace*>();
    QCOMPARE(stepThrough->document().stride, 2);
    QCOMPARE(stepThrough->stage()->stepCount(), 1);
    QTest::mouseClick(child<QPushButton>("lessonsToList"), Qt::LeftButton);
    QVERIFY(list->isVisible());
}

void TestLessonsPanel::backAndNextWalkTheSteps() {
    window_->showLessons();
    QString error;
    QVERIFY(panel()->openLesson(QStringLiteral("08"), &error));
    auto* back = child<QPushButton>("lessonBack");
    auto* next = child<QPushButton>("lessonNext");
    QVERIFY(!back->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(panel()->currentStep(), 1);
    QVERIFY(child<QTextBrowser>("lessonText")
                ->toPlainText()
                .contains(QStringLiteral("Same input, smaller output")));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(next->text(), QStringLiteral("Question"));
    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY(panel()->isShowingQuestion());
    QVERIFY(!next->isEnabled());
    QVERIFY(child<QWidget>("lessonChoices")->isVisible());
    QVERIFY(!child<QTextBrowser>("lessonAnswer")->isVisible());
    QVERIFY(child<QTextBrowser>("lessonText")->toPlainText().contains(QStringLiteral("9×9")));
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(panel()->currentStep(), 2);
    QVERIFY(!child<QWidget>("lessonChoices")->isVisible());
    // Set up on a later step applies that step's own state.
    QTest::mouseClick(child<QPushButton>("lessonSetUp"), Qt::LeftButton);
    auto* stepThrough = window_->findChild<convsight::widgets::StepThroughWorkspace*>();
    QCOMPARE(stepThrough->document().width, 7);
    QCOMPARE(stepThrough->stage()->stepCount(), 9);
}

void TestLessonsPanel::wrongAnswerRevealsTheRightOne() {
    window_->showLessons();
    QString error;
    QVERIFY(panel()->openLesson(QStringLiteral("06-convolution-formula"), &error));
    panel()->showStep(panel()->stepCount());
    QSignalSpy answered(panel(), &LessonsPanel::answered);
    auto* wrong = child<QRadioButton>("lessonChoice0"); // −4
    auto* right = child<QRadioButton>("lessonChoice1"); // −3
    QVERIFY(wrong && right);
    QTRY_VERIFY(wrong->isVisible() && wrong->width() > 0); // laid out in the panel
    // On the round indicator, as a student clicks.
    QTest::mouseClick(wrong, Qt::LeftButton, {}, QPoint(8, wrong->height() / 2));
    QCOMPARE(answered.size(), 1);
    QCOMPARE(answered.first().first().toBool(), false);
    QCOMPARE(panel()->checkedChoice(), 0);
    auto* message = child<convsight::widgets::MessageLine>("lessonMessage");
    QVERIFY(message->isProblem());
    QVERIFY(message->text().contains(QStringLiteral("−3")));
    QVERIFY(right->text().startsWith(QStringLiteral("✓")));
    QVERIFY(wrong->text().startsWith(QStringLiteral("✗")));
    QVERIFY(!right->isEnabled()); // the answer is given once
    auto* answer = child<QTextBrowser>("lessonAnswer");
    QVERIFY(answer->isVisible());
    QVERIFY(answer->toPlainText().contains(QStringLiteral("4 − 7 = −3")));
}

void TestLessonsPanel::rightAnswerIsConfirmed() {
    window_->showLessons();
    QString error;
    QVERIFY(panel()->openLesson(QStringLiteral("13"), &error));
    panel()->showStep(panel()->stepCount());
    QSignalSpy answered(panel(), &LessonsPanel::answered);
    const auto right = panel()->lesson()->question.correct_choice();
    auto* button =
        child<QRadioButton>(QStringLiteral("lessonChoice%1").arg(right).toLatin1().constData());
    QTRY_VERIFY(button->isVisible() && button->width() > 0);
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
    QCOMPARE(answered.size(), 1);
    QCOMPARE(answered.first().first().toBool(), true);
    auto* message = child<convsight::widgets::MessageLine>("lessonMessage");
    QCOMPARE(message->tone(), convsight::widgets::MessageLine::Tone::Success);
    QVERIFY(child<QTextBrowser>("lessonAnswer")->toPlainText().contains(QStringLiteral("112")));
}

void TestLessonsPanel::lessonNamesResolve() {
    const QString stride = QStringLiteral(":/lessons/08-stride.md");
    QCOMPARE(LessonsPanel::resolveLesson(QStringLiteral("08")), stride);
    QCOMPARE(LessonsPanel::resolveLesson(QStringLiteral("8")), stride);
    QCOMPARE(LessonsPanel::resolveLesson(QStringLiteral("08-stride")), stride);
    QCOMPARE(LessonsPanel::resolveLesson(QStringLiteral("08-stride.md")), stride);
    QVERIFY(LessonsPanel::resolveLesson(QStringLiteral("99")).isEmpty());
    QVERIFY(LessonsPanel::resolveLesson(QStringLiteral("stride")).isEmpty());
    QString error;
    QVERIFY(!panel()->openLesson(QStringLiteral("nonsense"), &error));
    QVERIFY(error.contains(QStringLiteral("No lesson \"nonsense\"")));
    QVERIFY(!panel()->lesson());
}

// A lesson whose second step's state is damaged is refused when it opens, naming the line, and
// nothing of it is applied.
void TestLessonsPanel::damagedStateChangesNothing() {
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("states")));
    writeText(dir.filePath(QStringLiteral("01-two.md")), kSmallLesson);
    writeText(dir.filePath(QStringLiteral("states/a.convsight")),
              QByteArray::fromStdString(stepThroughState(5).dump()));
    json newer = stepThroughState(6);
    newer["version"] = 2;
    writeText(dir.filePath(QStringLiteral("states/b.convsight")),
              QByteArray::fromStdString(newer.dump()));
    auto* stepThrough = window_->findChild<convsight::widgets::StepThroughWorkspace*>();
    const auto before = stepThrough->document();
    QString error;
    QVERIFY(!panel()->openLesson(dir.filePath(QStringLiteral("01-two.md")), &error));
    QVERIFY2(error.startsWith(QStringLiteral("01-two.md:11: b.convsight was written by a newer")),
             qPrintable(error));
    QVERIFY(!panel()->lesson());
    QCOMPARE(stepThrough->document(), before);

    // Repaired, it opens; a state damaged after opening is refused by Set up, nothing applied.
    writeText(dir.filePath(QStringLiteral("states/b.convsight")),
              QByteArray::fromStdString(stepThroughState(6).dump()));
    QVERIFY2(panel()->openLesson(dir.filePath(QStringLiteral("01-two.md")), &error),
             qPrintable(error));
    writeText(dir.filePath(QStringLiteral("states/a.convsight")), "{\"format\": ");
    QVERIFY(!panel()->setUpStep(&error));
    QVERIFY(error.contains(QStringLiteral("a.convsight")));
    QCOMPARE(stepThrough->document(), before);
    panel()->showStep(1);
    QVERIFY(panel()->setUpStep(&error));
    QCOMPARE(stepThrough->document().input.front(), 6.0);
    QCOMPARE(window_->currentWorkspace(), MainWindow::Workspace::Filter);
}

// `example: ID` and `example=ID` load the Lecture example into Step through at its first window
// and show Step through unless the setup names another workspace; an unknown id is refused when
// the lesson opens, naming its line.
void TestLessonsPanel::lectureExampleSetsUpStepThrough() {
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("states")));
    const QByteArray lesson = R"(---
title: Examples
lines: 1-2
example: worked-example
---
## The worked example
First.

## Padding = 2
<!-- setup: example=padding-2 -->
Second.

## A state
<!-- setup: state=states/a.convsight workspace=filter -->
Third.

## Back to the slide, in Filter
<!-- setup: example=valid-slide workspace=filter -->
Fourth.

## Question
Which?

- [x] this
- [ ] that

Answer: This.
)";
    writeText(dir.filePath(QStringLiteral("01-examples.md")), lesson);
    writeText(dir.filePath(QStringLiteral("states/a.convsight")),
              QByteArray::fromStdString(stepThroughState(5).dump()));
    auto* stepThrough = window_->findChild<convsight::widgets::StepThroughWorkspace*>();
    const auto example = [](const char* id) {
        return convsight::conv::find_lecture_example(id)->document;
    };
    window_->showLessons();
    window_->showWorkspace(MainWindow::Workspace::Filter);
    QString error;
    QVERIFY2(panel()->openLesson(dir.filePath(QStringLiteral("01-examples.md")), &error),
             qPrintable(error));
    // Moved on in the same-shaped document first: Set up starts the example at its first window.
    QVERIFY(stepThrough->loadLectureExample(QStringLiteral("worked-example")));
    stepThrough->stepForward();
    QCOMPARE(stepThrough->stage()->step(), 1);
    QTest::mouseClick(child<QPushButton>("lessonSetUp"), Qt::LeftButton);
    QCOMPARE(window_->currentWorkspace(), MainWindow::Workspace::StepThrough);
    QCOMPARE(stepThrough->document(), example("worked-example"));
    QCOMPARE(stepThrough->stage()->step(), 0);
    QCOMPARE(stepThrough->stage()->stepCount(), 4);

    panel()->showStep(1);
    window_->showWorkspace(MainWindow::Workspace::Filter);
    QTest::mouseClick(child<QPushButton>("lessonSetUp"), Qt::LeftButton);
    QCOMPARE(window_->currentWorkspace(), MainWindow::Workspace::StepThrough);
    QCOMPARE(stepThrough->document(), example("padding-2"));
    QCOMPARE(stepThrough->stage()->stepCount(), 49); // 7×7: (5 − 3 + 2·2)/1 + 1

    // A step's own state replaces the lesson's example.
    panel()->showStep(2);
    QVERIFY(panel()->setUpStep(&error));
    QCOMPARE(window_->currentWorkspace(), MainWindow::Workspace::Filter);
    QCOMPARE(stepThrough->document().input.front(), 5.0);
    QCOMPARE(stepThrough->document().width, 2);

    panel()->showStep(3);
    QVERIFY(panel()->setUpStep(&error));
    QCOMPARE(window_->currentWorkspace(), MainWindow::Workspace::Filter);
    QCOMPARE(stepThrough->document(), example("valid-slide"));

    // A bundled lesson: Padding's first and third steps are the examples of their slides.
    QVERIFY(panel()->openLesson(QStringLiteral("09"), &error));
    QVERIFY(panel()->setUpStep(&error));
    QCOMPARE(stepThrough->document(), example("valid-slide"));
    panel()->showStep(2);
    QVERIFY(panel()->setUpStep(&error));
    QCOMPARE(stepThrough->document(), example("padding-2"));

    // An unknown id: the lesson does not open, and the message names the line and the ids.
    QByteArray damaged = lesson;
    damaged.replace("example=padding-2", "example=padding-3");
    writeText(dir.filePath(QStringLiteral("02-damaged.md")), damaged);
    const auto before = stepThrough->document();
    QVERIFY(!panel()->openLesson(dir.filePath(QStringLiteral("02-damaged.md")), &error));
    QVERIFY2(error.startsWith(QStringLiteral(
                 "02-damaged.md:10: unknown Lecture example \"padding-3\" (worked-example, ")),
             qPrintable(error));
    QCOMPARE(panel()->lesson()->name, std::string("09-padding"));
    QCOMPARE(stepThrough->document(), before);
}

void TestLessonsPanel::partialSessionAppliesOnlyItsParts() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("part.convsight"));
    writeText(path, QByteArray::fromStdString(stepThroughState(9).dump()));
    window_->filterWorkspace()->kernelEditor()->loadPreset(QStringLiteral("sharpen"));
    const auto kernel = window_->filterWorkspace()->kernelEditor()->model();
    const auto architecture = window_->trainWorkspace()->architectureEditor()->architecture();
    window_->showWorkspace(MainWindow::Workspace::Train);
    QString error;
    const auto checked = convsight::app::readSessionFile(path, &error);
    QVERIFY2(checked, qPrintable(error));
    QVERIFY(checked->partial);
    QVERIFY(!checked->showsWorkspace);
    QVERIFY(checked->holds("step_through"));
    QVERIFY(!checked->holds("filter"));
    convsight::app::applySession(*window_, *checked);
    auto* stepThrough = window_->findChild<convsight::widgets::StepThroughWorkspace*>();
    QCOMPARE(stepThrough->document().input.front(), 9.0);
    QCOMPARE(stepThrough->document().width, 2);
    QCOMPARE(window_->filterWorkspace()->kernelEditor()->model(), kernel);
    QVERIFY(window_->trainWorkspace()->architectureEditor()->architecture() == architecture);
    QCOMPARE(window_->currentWorkspace(), MainWindow::Workspace::Train);
    // With a "workspace", that workspace is shown; opened as a session, the same.
    json shown = stepThroughState(8);
    shown["workspace"] = "step-through";
    writeText(path, QByteArray::fromStdString(shown.dump()));
    QVERIFY2(window_->openSession(path, &error), qPrintable(error));
    QCOMPARE(window_->currentWorkspace(), MainWindow::Workspace::StepThrough);
    QCOMPARE(stepThrough->document().input.front(), 8.0);
}

void TestLessonsPanel::damagedPartialSessionChangesNothing() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("part.convsight"));
    auto* stepThrough = window_->findChild<convsight::widgets::StepThroughWorkspace*>();
    const auto before = stepThrough->document();
    const std::pair<const char*, const char*> damages[] = {
        {R"({"step_through": {"speed": 99}})", "step_through.speed"},
        {R"({"step_through": {"document": {"stride": 0}}})", "step_through.stride"},
        {R"({"step_through": null})", "no workspace's part"},
        {R"({"partial": "yes"})", "\"partial\""},
        {R"({"partial": false})", "is missing"},
        {R"({"workspace": "nowhere"})", "names no workspace"},
    };
    for (const auto& [patch, message] : damages) {
        json document = stepThroughState(7);
        document.merge_patch(json::parse(patch));
        writeText(path, QByteArray::fromStdString(document.dump()));
        QString error;
        QVERIFY2(!window_->openSession(path, &error), patch);
        QVERIFY2(error.contains(QLatin1String(message)), qPrintable(error));
        QCOMPARE(stepThrough->document(), before);
    }
}

// At 1280×720 the dock leaves the workspaces their room: the sidebar shows icons only, the dock
// is at most 400 px wide and the workspace keeps at least 800 px.
void TestLessonsPanel::dockFitsBesideTheWorkspaces() {
    window_->resize(1280, 720);
    QVERIFY(window_->findChild<QWidget*>(QStringLiteral("sidebarPanel"))->width() > 200);
    window_->showLessons();
    QString error;
    QVERIFY(panel()->openLesson(QStringLiteral("06"), &error));
    QVERIFY(panel()->setUpStep(&error));
    QTRY_VERIFY(window_->lessonsDock()->isVisible());
    QTRY_VERIFY(window_->findChild<QWidget*>(QStringLiteral("sidebarPanel"))->width() < 100);
    QVERIFY(window_->lessonsDock()->width() <= 400);
    QVERIFY(window_->workspaceWidget(MainWindow::Workspace::StepThrough)->width() >= 800);
    QVERIFY(child<QPushButton>("lessonSetUp")->isVisible());
    QVERIFY(child<QPushButton>("lessonNext")->isVisible());
    window_->lessonsDock()->hide();
    QTRY_VERIFY(window_->findChild<QWidget*>(QStringLiteral("sidebarPanel"))->width() > 200);
}

// Presentation mode enlarges the lesson's text with the rest of the window, and back.
void TestLessonsPanel::textFollowsPresentationScale() {
    window_->showLessons();
    auto* text = child<QTextBrowser>("lessonText");
    const auto size = [&] { return QFontInfo(text->font()).pixelSize(); };
    const int before = size();
    window_->presentation()->setPresenting(true);
    QTRY_VERIFY(size() >= before * 1.4);
    window_->presentation()->setPresenting(false);
    QTRY_COMPARE(size(), before);
}

void TestLessonsPanel::commandLineRefusesBadLessons() {
    QTemporaryDir dir;
    writeText(dir.filePath(QStringLiteral("01-bad.md")),
              QByteArray(kSmallLesson).replace("workspace: step-through", "workspace: nowhere"));
    const std::pair<QString, QString> cases[] = {
        {QStringLiteral("99-nothing"), QStringLiteral("No lesson \"99-nothing\"")},
        {dir.filePath(QStringLiteral("01-bad.md")),
         QStringLiteral("01-bad.md:4: unknown workspace \"nowhere\"")},
    };
    for (const auto& [name, message] : cases) {
        QProcess process;
        process.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        process.start(QStringLiteral(CONVSIGHT_GUI_PATH), {QStringLiteral("--lesson"), name});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(message), qPrintable(err));
    }
}

QTEST_MAIN(TestLessonsPanel)
#include "tst_lessonspanel.moc"
