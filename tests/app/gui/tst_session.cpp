// Sessions (.convsight) as a user meets them: every workspace set away from its defaults and a
// model trained on "shapes", saved, opened in a fresh window: the same state field by field and the
// same pictures. Damaged and newer files are refused with a message and change nothing. Closing
// with an unsaved trained model asks (after training as well as during), and loading a model over
// one asks too.
#include "MainWindow.h"
#include "SessionFile.h"
#include "common/FilterGrid.h"
#include "common/ImageView.h"
#include "common/TrainingSession.h"
#include "conv/KernelModel.h"
#include "filter/FilterWorkspace.h"
#include "filter/KernelEditor.h"
#include "inspect/FeatureMapView.h"
#include "inspect/InspectWorkspace.h"
#include "nn/ModelFile.h"
#include "stepthrough/ConvolutionStage.h"
#include "stepthrough/StepThroughWorkspace.h"
#include "train/ArchitectureEditor.h"
#include "train/TrainWorkspace.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <memory>
#include <opencv2/core.hpp>

using convsight::app::MainWindow;
using convsight::widgets::FilterWorkspace;
using convsight::widgets::StepThroughWorkspace;
using convsight::widgets::TrainingSession;
using nlohmann::json;
using Choice = MainWindow::CloseChoice;
using State = TrainingSession::State;

namespace {

// A network that learns shapes in a second or two: the session's model.
json tinyArchitecture() {
    return json::parse(R"({"name": "tiny", "input": [1, 28, 28], "layers": [
        {"type": "conv2d", "filters": 4, "kernel": 3, "stride": 1, "padding": "same"},
        {"type": "relu"}, {"type": "maxpool", "size": 4, "stride": 4},
        {"type": "flatten"}, {"type": "dense", "units": 10}]})");
}

std::unique_ptr<MainWindow> newWindow() {
    auto window = std::make_unique<MainWindow>();
    window->resize(1280, 800);
    window->show();
    return window;
}

StepThroughWorkspace* stepThroughOf(const MainWindow& window) {
    return window.findChild<StepThroughWorkspace*>();
}

// Processes events until `done` or `ms` pass; returns done().
template <typename Done>
bool waitFor(Done done, int ms) {
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        QTest::qWait(20);
    return done();
}

bool waitForFilterOutput(const FilterWorkspace& filter) {
    return waitFor([&] { return !filter.isFiltering() && !filter.result().output.empty(); }, 15000);
}

// Trains the tiny network on shapes for `epochs`; returns when the run has ended (or is running,
// with `wait` false).
bool startTraining(MainWindow& window, int epochs, bool wait = true) {
    auto* train = window.trainWorkspace();
    if (!waitFor([&] { return train->datasetSpec() == QLatin1String("shapes"); }, 30000))
        return false;
    train->architectureEditor()->setArchitecture(tinyArchitecture());
    train->epochsBox()->setValue(epochs);
    train->start();
    TrainingSession* session = window.trainingSession();
    if (!wait)
        return waitFor([&] { return session->batches().size() >= 2; }, 30000);
    return waitFor(
               [&] {
                   return session->state() == State::Finished || session->state() == State::Failed;
               },
               60000) &&
           session->state() == State::Finished;
}

// Every weight of a model, in order.
std::vector<float> weightsOf(const convsight::nn::Sequential& model) {
    std::vector<float> all;
    for (const convsight::nn::Parameter* p : model.parameters())
        all.insert(all.end(), p->value.data(), p->value.data() + p->value.numel());
    return all;
}

// What a damaged session must leave alone.
struct Snapshot {
    convsight::conv::KernelModel kernel;
    QString sourceName;
    cv::Mat source;
    StepThroughWorkspace::Document document;
    json trainState;
    json inspectState;
    std::shared_ptr<const convsight::nn::Sequential> model;
    MainWindow::Workspace workspace;
    QString title;

    explicit Snapshot(const MainWindow& window)
        : kernel(window.filterWorkspace()->kernelEditor()->model())
        , sourceName(window.filterWorkspace()->sourceName())
        , source(window.filterWorkspace()->sourceImage().clone())
        , document(stepThroughOf(window)->document())
        , trainState(window.trainWorkspace()->sessionState())
        , inspectState(window.inspectWorkspace()->sessionState())
        , model(window.trainingSession()->latestModel())
        , workspace(window.currentWorkspace())
        , title(window.windowTitle()) {}

    bool operator==(const Snapshot& other) const {
        return kernel == other.kernel && sourceName == other.sourceName &&
               source.size() == other.source.size() &&
               cv::norm(source, other.source, cv::NORM_INF) == 0 && document == other.document &&
               trainState == other.trainState && inspectState == other.inspectState &&
               model == other.model && workspace == other.workspace && title == other.title;
    }
};

} // namespace

class TestSession : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void roundTripGivesTheSameState();
    void roundTripGivesTheSamePictures();
    void savingRemembersTheSession();
    void damagedSessionChangesNothing_data();
    void damagedSessionChangesNothing();
    void closeAfterTrainingEndsAsks();
    void closeDuringTrainingAsks();
    void closeWithNothingUnsavedDoesNotAsk();
    void openingWhileTrainingIsRefused();
    void loadingOverUnsavedTrainingAsks();
    void openingASessionOverUnsavedTrainingAsks();

private:
    QTemporaryDir folder_;
    QString sessionPath_;
    std::unique_ptr<MainWindow> original_; // the state saved to sessionPath_
    std::unique_ptr<MainWindow> reopened_; // a fresh window that opened it
};

void TestSession::initTestCase() {
    QStandardPaths::setTestModeEnabled(true); // recent sessions go to a test settings file
    QCoreApplication::setOrganizationName(QStringLiteral("ConvSightTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_session"));
    QSettings().clear();
    QVERIFY(folder_.isValid());

    original_ = newWindow();
    MainWindow& window = *original_;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Filter: an image of its own, the sharpen kernel with an offset and the wrap border, split
    // view, offset display, grey.
    FilterWorkspace* filter = window.filterWorkspace();
    cv::Mat image(48, 64, CV_8UC3);
    cv::randu(image, cv::Scalar::all(0), cv::Scalar::all(255));
    QVERIFY(filter->loadImage(image, QStringLiteral("noise.png")));
    filter->kernelEditor()->loadPreset(QStringLiteral("sharpen"));
    filter->kernelEditor()->setOffset(12);
    filter->kernelEditor()->setBorder(convsight::compute::BorderMode::Wrap);
    filter->setDisplayMode(convsight::image::SignedDisplay::Offset128);
    filter->setViewMode(FilterWorkspace::ViewMode::Split);
    filter->setGrey(true);
    // Step through: RGB, two filters, stride 2, SAME, a typed value, max pooling, step 3.
    StepThroughWorkspace* stepThrough = stepThroughOf(window);
    StepThroughWorkspace::Document document = stepThrough->document();
    document = document.with_input_size(6, 7, [](int low, int) { return low + 3; });
    document.stride = 2;
    document.padding = convsight::conv::PaddingMode::Same;
    document = document.with_input_value(0, 1, 1, 9);
    stepThrough->changeDocument(document, QStringLiteral("test"));
    stepThrough->setMode(convsight::conv::StepThroughMode::MaxPooling);
    for (int i = 0; i < 3; ++i)
        stepThrough->stage()->jumpToStep(stepThrough->stage()->step() + 1);
    // Train: the tiny network, batch 32, seed 7, SGD at 0.05, trained for an epoch.
    auto* train = window.trainWorkspace();
    train->batchBox()->setValue(32);
    train->findChild<QSpinBox*>(QStringLiteral("seedBox"))->setValue(7);
    QVERIFY(startTraining(window, 1));
    QVERIFY(window.trainingSession()->hasUnsavedTraining());
    // Inspect: test example 5, a map of the conv layer at (3, 4), the feature-map tab.
    window.showWorkspace(MainWindow::Workspace::Inspect);
    auto* inspect = window.inspectWorkspace();
    QVERIFY(waitFor([&] { return inspect->featureMaps()->layerCount() > 0; }, 10000));
    inspect->showTestExample(5);
    emit inspect->featureMaps()->mapClicked(0, 2, 3, 4);
    QCOMPARE(inspect->selectedMap(), (std::array<int, 4>{0, 2, 3, 4}));
    window.showWorkspace(MainWindow::Workspace::StepThrough);
    QVERIFY(waitForFilterOutput(*filter));

    sessionPath_ = folder_.filePath(QStringLiteral("lesson.convsight"));
    QString error;
    QVERIFY2(window.saveSession(sessionPath_, &error), qPrintable(error));
    QVERIFY(!window.trainingSession()->hasUnsavedTraining()); // the session holds the model

    reopened_ = newWindow();
    QVERIFY(QTest::qWaitForWindowExposed(reopened_.get()));
    QSignalSpy loaded(reopened_->trainingSession(), &TrainingSession::modelLoaded);
    QVERIFY2(reopened_->openSession(sessionPath_, &error), qPrintable(error));
    QVERIFY(loaded.wait(30000) || loaded.count() == 1);
    QVERIFY(waitFor(
        [&] { return reopened_->trainWorkspace()->datasetSpec() == QLatin1String("shapes"); },
        20000));
    QVERIFY(waitForFilterOutput(*reopened_->filterWorkspace()));
}

void TestSession::cleanupTestCase() {
    for (auto* window : {original_.get(), reopened_.get()})
        if (window)
            window->setClosePrompt([](QString*) { return Choice::Discard; });
    original_.reset();
    reopened_.reset();
}

void TestSession::roundTripGivesTheSameState() {
    const MainWindow& a = *original_;
    const MainWindow& b = *reopened_;
    QCOMPARE(b.currentWorkspace(), MainWindow::Workspace::StepThrough);
    // Filter
    const FilterWorkspace* fa = a.filterWorkspace();
    const FilterWorkspace* fb = b.filterWorkspace();
    QCOMPARE(fb->sourceName(), QStringLiteral("noise.png"));
    QCOMPARE(fb->sourceImage().size(), fa->sourceImage().size());
    QCOMPARE(fb->sourceImage().type(), CV_8UC3);
    QCOMPARE(cv::norm(fb->sourceImage(), fa->sourceImage(), cv::NORM_INF), 0.0);
    QVERIFY(fb->kernelEditor()->model() == fa->kernelEditor()->model());
    QCOMPARE(fb->kernelEditor()->offset(), 12.0);
    QCOMPARE(fb->kernelEditor()->border(), convsight::compute::BorderMode::Wrap);
    QCOMPARE(fb->displayMode(), convsight::image::SignedDisplay::Offset128);
    QCOMPARE(fb->viewMode(), FilterWorkspace::ViewMode::Split);
    QVERIFY(fb->isGrey());
    QCOMPARE(fb->undoStack()->count(), 0); // opening is not an edit to undo
    // Step through
    const StepThroughWorkspace* sa = stepThroughOf(a);
    const StepThroughWorkspace* sb = stepThroughOf(b);
    QVERIFY(sb->document() == sa->document());
    QCOMPARE(sb->document().stride, 2);
    QCOMPARE(sb->mode(), convsight::conv::StepThroughMode::MaxPooling);
    QCOMPARE(sb->stage()->step(), 3);
    QCOMPARE(sb->stage()->step(), sa->stage()->step());
    // Train: the form and the model
    QVERIFY2(b.trainWorkspace()->sessionState() == a.trainWorkspace()->sessionState(),
             b.trainWorkspace()->sessionState().dump().c_str());
    const TrainingSession::Setup setup = b.trainWorkspace()->setup();
    QCOMPARE(setup.datasetSpec, QStringLiteral("shapes"));
    QCOMPARE(setup.config.batch_size, 32);
    QCOMPARE(setup.config.seed, std::uint64_t{7});
    QCOMPARE(setup.architecture.at("name").get<std::string>(), std::string("tiny"));
    const TrainingSession* ta = a.trainingSession();
    const TrainingSession* tb = b.trainingSession();
    QVERIFY(tb->latestModel());
    QVERIFY(convsight::nn::architecture_json(*tb->latestModel()) ==
            convsight::nn::architecture_json(*ta->latestModel()));
    QVERIFY(weightsOf(*tb->latestModel()) == weightsOf(*ta->latestModel()));
    QCOMPARE(tb->epochs().size(), ta->epochs().size());
    QCOMPARE(tb->state(), State::Finished);
    QVERIFY(!tb->hasUnsavedTraining());
    // Inspect
    QCOMPARE(b.inspectWorkspace()->testIndex(), 5);
    QCOMPARE(b.inspectWorkspace()->selectedMap(), (std::array<int, 4>{0, 2, 3, 4}));
    QVERIFY2(b.inspectWorkspace()->sessionState() == a.inspectWorkspace()->sessionState(),
             b.inspectWorkspace()->sessionState().dump().c_str());
    // The window names the file
    QVERIFY2(b.windowTitle().contains(QStringLiteral("lesson.convsight")),
             qPrintable(b.windowTitle()));
    QCOMPARE(b.sessionPath(), QFileInfo(sessionPath_).absoluteFilePath());
}

void TestSession::roundTripGivesTheSamePictures() {
    // The original has its edits to undo, the reopened window none (opening is not an edit): the
    // one difference the pictures may show, taken away here.
    original_->filterWorkspace()->undoStack()->clear();
    stepThroughOf(*original_)->undoStack()->clear();
    for (const auto workspace : {MainWindow::Workspace::Filter, MainWindow::Workspace::StepThrough,
                                 MainWindow::Workspace::Train, MainWindow::Workspace::Inspect}) {
        original_->showWorkspace(workspace);
        reopened_->showWorkspace(workspace);
        QTest::qWait(50);
        QWidget* pageA = original_->findChild<QWidget*>(MainWindow::workspaceSlug(workspace));
        QWidget* pageB = reopened_->findChild<QWidget*>(MainWindow::workspaceSlug(workspace));
        QVERIFY(pageA && pageB);
        if (workspace == MainWindow::Workspace::Inspect) {
            // Besides the whole page below: the input with its receptive field, and the text
            // about the selected map.
            auto* ia = original_->inspectWorkspace();
            auto* ib = reopened_->inspectWorkspace();
            QCOMPARE(ib->inputView()->grab().toImage(), ia->inputView()->grab().toImage());
            QCOMPARE(ib->selectionText()->text(), ia->selectionText()->text());
            QVERIFY(!ib->selectionText()->text().isEmpty());
        }
        if (workspace == MainWindow::Workspace::Train) {
            // A model file keeps the epochs, not every batch: the curves and the progress differ.
            // The set-up panel (data set, network, settings) and the learned filters do not.
            const auto setupPanel = [](QWidget* page) {
                QWidget* widget = page->findChild<QWidget*>(QStringLiteral("datasetBox"));
                while (widget && !qobject_cast<QScrollArea*>(widget))
                    widget = widget->parentWidget();
                return qobject_cast<QScrollArea*>(widget);
            };
            QVERIFY(setupPanel(pageA) && setupPanel(pageB));
            // Its visible part: further down, the speed table holds the live run's timings.
            QCOMPARE(setupPanel(pageB)->viewport()->grab().toImage(),
                     setupPanel(pageA)->viewport()->grab().toImage());
            QCOMPARE(reopened_->trainWorkspace()->filterGrid()->grab().toImage(),
                     original_->trainWorkspace()->filterGrid()->grab().toImage());
            continue;
        }
        if (workspace == MainWindow::Workspace::Filter) {
            // The device button tells how long the last filtering took: a timing, not state.
            for (QWidget* page : {pageA, pageB})
                if (auto* device = page->findChild<QToolButton*>(QStringLiteral("deviceButton")))
                    device->setText(QStringLiteral("Running on CPU"));
            QTest::qWait(20);
        }
        const QImage a = pageA->grab().toImage();
        const QImage b = pageB->grab().toImage();
        QCOMPARE(b.size(), a.size());
        if (a != b) {
            a.save(QDir::temp().filePath(QStringLiteral("tst_session-original.png")));
            b.save(QDir::temp().filePath(QStringLiteral("tst_session-reopened.png")));
        }
        QVERIFY2(a == b, qPrintable(MainWindow::workspaceSlug(workspace) +
                                    QStringLiteral(": pictures in ") + QDir::tempPath()));
    }
}

void TestSession::savingRemembersTheSession() {
    QCOMPARE(MainWindow::recentSessions().value(0), QFileInfo(sessionPath_).absoluteFilePath());
    QVERIFY(original_->recentSessionsMenu()->isEnabled());
    QCOMPARE(original_->saveSessionAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+S")));
    QCOMPARE(original_->openSessionAction()->shortcut(),
             QKeySequence(QStringLiteral("Ctrl+Shift+O")));
    // A file that is gone drops out of the list.
    const QString gone = folder_.filePath(QStringLiteral("gone.convsight"));
    QString error;
    QVERIFY2(original_->saveSession(gone, &error), qPrintable(error));
    QCOMPARE(MainWindow::recentSessions().value(0), QFileInfo(gone).absoluteFilePath());
    QVERIFY(QFile::remove(gone));
    QVERIFY(!MainWindow::recentSessions().contains(QFileInfo(gone).absoluteFilePath()));
    QCOMPARE(MainWindow::recentSessions().value(0), QFileInfo(sessionPath_).absoluteFilePath());
    // "Reopen Last Session on Start" is kept in the settings.
    original_->reopenLastSessionAction()->setChecked(true);
    QVERIFY(QSettings().value(QStringLiteral("session/reopenLast")).toBool());
    auto fresh = newWindow();
    QVERIFY(fresh->reopenLastSessionAction()->isChecked());
    QSignalSpy loaded(fresh->trainingSession(), &TrainingSession::modelLoaded);
    fresh->reopenLastSession();
    QCOMPARE(fresh->sessionPath(), QFileInfo(sessionPath_).absoluteFilePath());
    QVERIFY(loaded.wait(30000) || loaded.count() == 1);
    original_->reopenLastSessionAction()->setChecked(false);
}

void TestSession::damagedSessionChangesNothing_data() {
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("truncated") << "truncated"
                               << "not JSON";
    QTest::newRow("not JSON") << "not json"
                              << "not JSON";
    // 60,000 levels in 120 KB and a number beyond double: refused by the parser with the
    // reason, not a stack overflow or a library exception.
    QTest::newRow("60,000 levels") << "deep"
                                   << "JSON nesting depth: 65 is more than the limit of 64";
    QTest::newRow("1e999") << "huge number"
                           << "the number 1e999 is too large";
    QTest::newRow("wrong format") << "wrong format"
                                  << "not a ConvSight session";
    QTest::newRow("newer version") << "newer version"
                                   << "newer ConvSight: format 2";
    QTest::newRow("corrupt model") << "corrupt model"
                                   << "model does not load";
    QTest::newRow("model not base64") << "model not base64"
                                      << "base64";
    QTest::newRow("corrupt image") << "corrupt image"
                                   << "filter.image";
    QTest::newRow("missing part") << "missing part"
                                  << "\"train\" is missing";
    QTest::newRow("ill-typed field") << "ill-typed field"
                                     << "step_through.stride";
    QTest::newRow("unknown workspace") << "unknown workspace"
                                       << "workspace";
}

void TestSession::damagedSessionChangesNothing() {
    QFETCH(QString, damage);
    QFETCH(QString, mentions);
    QFile good(sessionPath_);
    QVERIFY(good.open(QIODevice::ReadOnly));
    QByteArray text = good.readAll();
    json document = json::parse(text.toStdString());
    if (damage == QLatin1String("truncated")) {
        text.truncate(text.size() / 2);
    } else if (damage == QLatin1String("not json")) {
        text = "This is a lesson plan, not a session.\n";
    } else if (damage == QLatin1String("deep")) {
        text = "{\"format\": " + QByteArray(60000, '[') + QByteArray(60000, ']') + "}";
    } else if (damage == QLatin1String("huge number")) {
        text.replace("\"version\": 1", "\"version\": 1e999");
        QVERIFY(text.contains("1e999"));
    } else {
        if (damage == QLatin1String("wrong format")) {
            document["format"] = "convsight-kernel";
        } else if (damage == QLatin1String("newer version")) {
            document["version"] = 2;
        } else if (damage == QLatin1String("corrupt model")) {
            std::string model = document["model"];
            const std::size_t middle = model.size() / 2;
            model[middle] = model[middle] == 'A' ? 'B' : 'A'; // still base64, one bit off
            document["model"] = model;
        } else if (damage == QLatin1String("model not base64")) {
            document["model"] = "@@ not base64 @@";
        } else if (damage == QLatin1String("corrupt image")) {
            document["filter"]["image"] = QByteArray("not a PNG at all").toBase64().toStdString();
        } else if (damage == QLatin1String("missing part")) {
            document.erase("train");
        } else if (damage == QLatin1String("ill-typed field")) {
            document["step_through"]["document"]["stride"] = "two";
        } else if (damage == QLatin1String("unknown workspace")) {
            document["workspace"] = "kitchen";
        }
        text = QByteArray::fromStdString(document.dump());
    }
    const QString path = folder_.filePath(QStringLiteral("damaged.convsight"));
    QFile damaged(path);
    QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write(text);
    damaged.close();

    // A window in a state of its own (a default one, the Filter kernel edited) is left alone.
    auto window = newWindow();
    QVERIFY(waitFor(
        [&] { return window->trainWorkspace()->datasetSpec() == QLatin1String("shapes"); }, 20000));
    QVERIFY(waitForFilterOutput(*window->filterWorkspace()));
    window->filterWorkspace()->kernelEditor()->loadPreset(QStringLiteral("box-blur"));
    window->showWorkspace(MainWindow::Workspace::Train);
    const Snapshot before(*window);
    QString error;
    QVERIFY(!window->openSession(path, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("damaged.convsight")), qPrintable(error));
    QTest::qWait(100); // nothing asynchronous was started either
    QVERIFY(Snapshot(*window) == before);
    QVERIFY(window->sessionPath().isEmpty());
    if (damage == QLatin1String("newer version"))
        QVERIFY2(error.contains(QStringLiteral("this version reads format 1")), qPrintable(error));
}

void TestSession::closeAfterTrainingEndsAsks() {
    auto window = newWindow();
    QVERIFY(startTraining(*window, 1));
    QVERIFY(window->trainingSession()->hasUnsavedTraining());
    int asked = 0;
    window->setClosePrompt([&](QString*) {
        ++asked;
        return Choice::Cancel;
    });
    QVERIFY(!window->close());
    QCOMPARE(asked, 1);
    QVERIFY(window->isVisible());
    const QString path = folder_.filePath(QStringLiteral("on-close.csmodel"));
    window->setClosePrompt([&](QString* where) {
        ++asked;
        *where = path;
        return Choice::Save;
    });
    QVERIFY(window->close());
    QCOMPARE(asked, 2);
    const convsight::nn::SavedModel saved = convsight::nn::load_model_file(path.toStdString());
    QVERIFY(weightsOf(saved.model) == weightsOf(*window->trainingSession()->latestModel()));
    QVERIFY(!window->trainingSession()->hasUnsavedTraining());
}

void TestSession::closeDuringTrainingAsks() {
    auto window = newWindow();
    QVERIFY(startTraining(*window, 200, false));
    int asked = 0;
    window->setClosePrompt([&](QString*) {
        ++asked;
        return Choice::Cancel;
    });
    QVERIFY(!window->close());
    QCOMPARE(asked, 1);
    QVERIFY(window->trainingSession()->isActive());
    window->setClosePrompt([&](QString*) {
        ++asked;
        return Choice::Discard;
    });
    QVERIFY(window->close());
    QCOMPARE(asked, 2);
    QVERIFY(!window->trainingSession()->isActive());
}

void TestSession::closeWithNothingUnsavedDoesNotAsk() {
    auto window = newWindow();
    int asked = 0;
    window->setClosePrompt([&](QString*) {
        ++asked;
        return Choice::Cancel;
    });
    QVERIFY(window->close());
    QCOMPARE(asked, 0);
    // A model saved after training: nothing to ask either.
    auto trained = newWindow();
    QVERIFY(startTraining(*trained, 1));
    QVERIFY(trained->trainWorkspace()->saveModelTo(folder_.filePath(QStringLiteral("s.csmodel"))));
    trained->setClosePrompt([&](QString*) {
        ++asked;
        return Choice::Cancel;
    });
    QVERIFY(trained->close());
    QCOMPARE(asked, 0);
}

void TestSession::openingWhileTrainingIsRefused() {
    auto window = newWindow();
    QVERIFY(startTraining(*window, 200, false));
    const json trainState = window->trainWorkspace()->sessionState();
    QString error;
    QVERIFY(!window->openSession(sessionPath_, &error));
    QVERIFY2(error.contains(QStringLiteral("Stop the training")), qPrintable(error));
    QVERIFY(window->trainingSession()->isActive());
    QVERIFY(window->trainWorkspace()->sessionState() == trainState);
    QVERIFY(window->sessionPath().isEmpty());
    window->setClosePrompt([](QString*) { return Choice::Discard; });
    QVERIFY(window->close());
}

void TestSession::loadingOverUnsavedTrainingAsks() {
    const QString other = folder_.filePath(QStringLiteral("other.csmodel"));
    {
        QString error;
        auto source = newWindow();
        QVERIFY(startTraining(*source, 1));
        QVERIFY2(source->trainingSession()->saveModel(other, &error), qPrintable(error));
    }
    auto window = newWindow();
    QVERIFY(startTraining(*window, 1));
    const auto model = window->trainingSession()->latestModel();
    QSignalSpy loaded(window->trainingSession(), &TrainingSession::modelLoaded);
    int asked = 0;
    window->setLoadPrompt([&](QString*) {
        ++asked;
        return Choice::Cancel;
    });
    window->trainWorkspace()->loadModelFrom(other);
    QCOMPARE(asked, 1);
    QVERIFY(!loaded.wait(500));
    QCOMPARE(window->trainingSession()->latestModel(), model); // kept
    QVERIFY(window->trainingSession()->hasUnsavedTraining());
    // Save, then load: the trained model is on disk and the other one is shown.
    const QString saved = folder_.filePath(QStringLiteral("before-load.csmodel"));
    window->setLoadPrompt([&](QString* where) {
        ++asked;
        *where = saved;
        return Choice::Save;
    });
    window->trainWorkspace()->loadModelFrom(other);
    QCOMPARE(asked, 2);
    QVERIFY(loaded.wait(30000));
    QVERIFY(window->trainingSession()->latestModel() != model);
    QVERIFY(weightsOf(convsight::nn::load_model_file(saved.toStdString()).model) ==
            weightsOf(*model));
    // Nothing unsaved now: loading again does not ask.
    window->trainWorkspace()->loadModelFrom(other);
    QCOMPARE(asked, 2);
    QVERIFY(loaded.wait(30000));
    window->setClosePrompt([](QString*) { return Choice::Discard; });
}

void TestSession::openingASessionOverUnsavedTrainingAsks() {
    auto window = newWindow();
    QVERIFY(startTraining(*window, 1));
    QVERIFY(waitForFilterOutput(*window->filterWorkspace()));
    const Snapshot before(*window);
    int asked = 0;
    window->setLoadPrompt([&](QString*) {
        ++asked;
        return Choice::Cancel;
    });
    QString error = QStringLiteral("unchanged");
    QVERIFY(!window->openSession(sessionPath_, &error));
    QCOMPARE(asked, 1);
    QVERIFY(error.isEmpty()); // cancelled: nothing to report
    QVERIFY(Snapshot(*window) == before);
    window->setLoadPrompt([&](QString*) {
        ++asked;
        return Choice::Discard;
    });
    QSignalSpy loaded(window->trainingSession(), &TrainingSession::modelLoaded);
    QVERIFY2(window->openSession(sessionPath_, &error), qPrintable(error));
    QCOMPARE(asked, 2);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(window->trainWorkspace()->batchBox()->value(), 32);
    window->setClosePrompt([](QString*) { return Choice::Discard; });
}

QTEST_MAIN(TestSession)
#include "tst_session.moc"
