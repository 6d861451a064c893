// Renders every workspace of a fresh main window to PNG files.
#include "Screenshots.h"

#include "LessonsPanel.h"
#include "MainWindow.h"
#include "Presentation.h"
#include "SessionFile.h"
#include "common/ImageView.h"
#include "common/SaveFile.h"
#include "common/TrainingSession.h"
#include "conv/ConvGeometry.h"
#include "filter/FilterWorkspace.h"
#include "filter/KernelEditor.h"
#include "inspect/ConfusionMatrixView.h"
#include "inspect/ExplainView.h"
#include "inspect/FeatureMapView.h"
#include "inspect/InspectWorkspace.h"
#include "inspect/ShiftComparison.h"
#include "nn/ModelFile.h"
#include "nn/Models.h"
#include "stepthrough/ConvolutionStage.h"
#include "stepthrough/StepExercise.h"
#include "stepthrough/StepThroughWorkspace.h"
#include "train/ArchitectureEditor.h"
#include "train/TrainWorkspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPixmap>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <stdexcept>

namespace convsight::app {

namespace {

QString saveGrab(QWidget& widget, const QString& directory, const QString& name) {
    QApplication::processEvents();
    const QString path = QDir(directory).filePath(name + QStringLiteral(".png"));
    widgets::savePng(path, widget.grab().toImage());
    return path;
}

// The Filter workspace as a lecture shows it: the astronaut through Sobel x in diverging colours,
// the mouse on an output pixel so its window and its sum are on screen.
void waitForOutput(const widgets::FilterWorkspace& filter) {
    QElapsedTimer clock;
    clock.start();
    while ((filter.isFiltering() || filter.result().output.empty()) && clock.elapsed() < 10000)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

void prepareFilterWorkspace(widgets::FilterWorkspace& filter) {
    filter.kernelEditor()->loadPreset(QStringLiteral("sobel-x"));
    filter.setDisplayMode(image::SignedDisplay::Diverging);
    waitForOutput(filter);
    widgets::ImageView* output = filter.outputView();
    // The pixel of the strongest response away from the border: a clear vertical edge.
    const cv::Mat& values = filter.result().output;
    cv::Point strongest(values.cols / 2, values.rows / 2);
    if (!values.empty()) {
        cv::Mat first;
        cv::extractChannel(values, first, 0);
        const cv::Mat magnitude = cv::abs(first);
        const cv::Rect inner(values.cols / 4, values.rows / 4, values.cols / 2, values.rows / 2);
        cv::minMaxLoc(magnitude(inner), nullptr, nullptr, nullptr, &strongest);
        strongest += inner.tl();
    }
    const QPointF at = output->imageToWidget(QPointF(strongest.x + 0.5, strongest.y + 0.5));
    QMouseEvent move(QEvent::MouseMove, at, output->mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QApplication::sendEvent(output, &move);
}

// Lets the Step-through window finish its glide, so the picture shows it in place.
void waitForWindow(const widgets::StepThroughWorkspace& stepThrough) {
    QElapsedTimer clock;
    clock.start();
    while (stepThrough.stage()->isAnimating() && clock.elapsed() < 5000)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

// Processes events until `done` holds or `milliseconds` pass.
template <typename Done>
void waitUntil(Done done, int milliseconds) {
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < milliseconds)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

// A short run on synthetic shapes with the small model, its first layer started from hand-made
// kernels, so the curves, the filters and their drift have something to show.
void trainOnShapes(widgets::TrainWorkspace& train) {
    waitUntil([&] { return train.datasetSpec() == QLatin1String("shapes"); }, 20000);
    train.epochsBox()->setValue(3);
    train.startingFiltersBox()->setCurrentIndex(1);
    train.start();
    waitUntil(
        [&] {
            return train.session()->state() == widgets::TrainingSession::State::Finished ||
                   train.session()->state() == widgets::TrainingSession::State::Failed;
        },
        120000);
}

// Inspect on a test example, a map of the second conv layer selected (its filter and receptive
// field shown); then the confusion matrix with a cell open, and the MLP-versus-CNN study.
void prepareInspect(widgets::InspectWorkspace& inspect) {
    inspect.showTestExample(3);
    widgets::FeatureMapView* maps = inspect.featureMaps();
    for (int row = 0; row < maps->layerCount(); ++row)
        if (maps->layerIndexOfRow(row) == 2 && maps->mapCount(row) > 4) {
            const QSize size = maps->mapSize(row);
            emit maps->mapClicked(2, 4, size.height() / 2, size.width() / 2);
        }
    inspect.evaluateTestSet();
    waitUntil([&] { return !inspect.isEvaluating(); }, 60000);
}

// Step through in the middle of a pass, with stride 2 and SAME padding, set as a user would; then
// an RGB input and a bank of two filters, on the second feature map; then "Padding = 2".
QStringList saveStepThroughShots(MainWindow& window, const QString& directory) {
    window.showWorkspace(MainWindow::Workspace::StepThrough);
    auto* stepThrough = window.findChild<widgets::StepThroughWorkspace*>();
    auto* stride = window.findChild<QSpinBox*>(QStringLiteral("strideSpin"));
    auto* padding = window.findChild<QComboBox*>(QStringLiteral("paddingCombo"));
    if (!stepThrough || !stride || !padding)
        return {};
    QStringList written;
    stride->setValue(2);
    padding->setCurrentIndex(padding->findData(static_cast<int>(conv::PaddingMode::Same)));
    stepThrough->stepForward();
    stepThrough->stepForward();
    waitForWindow(*stepThrough);
    written << saveGrab(window, directory, QStringLiteral("step-through-stride2-same"));

    auto* rgb = window.findChild<QCheckBox*>(QStringLiteral("rgbCheck"));
    auto* filters = window.findChild<QSpinBox*>(QStringLiteral("filterCountSpin"));
    if (rgb && filters) {
        stride->setValue(1);
        padding->setCurrentIndex(padding->findData(static_cast<int>(conv::PaddingMode::Valid)));
        filters->setValue(2);
        rgb->setChecked(true);
        stepThrough->stage()->jumpToStep(5);
        written << saveGrab(window, directory, QStringLiteral("step-through-rgb"));
    }
    // The lecture's "Padding = 2", from the Lecture examples menu, one window into the pass.
    if (stepThrough->loadLectureExample(QStringLiteral("padding-2"))) {
        stepThrough->stage()->jumpToStep(8);
        written << saveGrab(window, directory, QStringLiteral("step-through-padding2"));
    }
    return written;
}

// Predict, then reveal (exercise.png): the lecture's worked example mid-exercise, the slide's
// misprinted 2 typed for output row 2, column 1 and the products that make it 3.
QString saveExerciseShot(MainWindow& window, const QString& directory) {
    window.showWorkspace(MainWindow::Workspace::StepThrough);
    auto* stepThrough = window.findChild<widgets::StepThroughWorkspace*>();
    if (!stepThrough)
        return {};
    stepThrough->changeDocument(conv::StepThroughDocument::lecture_example(),
                                QStringLiteral("Lecture example"));
    widgets::StepExercise* exercise = stepThrough->exercise();
    exercise->start();
    for (const char* typed : {"2x2", "", "-4", "", "-3", "", "2"}) {
        exercise->answerEdit()->setText(QString::fromLatin1(typed));
        exercise->submit();
    }
    waitForWindow(*stepThrough);
    const QString path = saveGrab(window, directory, QStringLiteral("exercise"));
    exercise->stop();
    return path;
}

// The Filter workspace's other views: every display mode at once, the filter bank, and a zoom at
// which each pixel's value is written in its cell.
QStringList saveFilterShots(MainWindow& window, widgets::FilterWorkspace& filter,
                            const QString& directory) {
    window.showWorkspace(MainWindow::Workspace::Filter);
    QStringList written;
    const std::pair<widgets::FilterWorkspace::ViewMode, const char*> views[] = {
        {widgets::FilterWorkspace::ViewMode::Displays, "filter-displays"},
        {widgets::FilterWorkspace::ViewMode::Bank, "filter-bank"},
    };
    for (const auto& [mode, name] : views) {
        filter.setViewMode(mode);
        waitForOutput(filter);
        written << saveGrab(window, directory, QString::fromLatin1(name));
    }
    filter.setViewMode(widgets::FilterWorkspace::ViewMode::SideBySide);
    waitForOutput(filter);
    widgets::ImageView* output = filter.outputView();
    const QPointF centre = output->imageToWidget(output->highlight().center() + QPointF(1, 1));
    output->zoomBy(widgets::ImageView::kValueZoom * 1.2 / output->zoom(), centre);
    written << saveGrab(window, directory, QStringLiteral("filter-zoom"));
    return written;
}

// Inspect's other tabs: the confusion matrix with its most confused cell open, and the
// MLP-versus-CNN study after training both for an epoch.
QStringList saveInspectShots(MainWindow& window, widgets::InspectWorkspace& inspect,
                             const QString& directory) {
    window.showWorkspace(MainWindow::Workspace::Inspect);
    inspect.tabs()->setCurrentIndex(1);
    int worstTrue = 0, worstPredicted = 1;
    std::int64_t worst = -1;
    const widgets::ConfusionMatrixView* matrix = inspect.confusionMatrix();
    const auto classes = static_cast<int>(window.trainingSession()->classNames().size());
    for (int t = 0; t < classes; ++t)
        for (int p = 0; p < classes; ++p)
            if (t != p && matrix->count(t, p) > worst) {
                worst = matrix->count(t, p);
                worstTrue = t;
                worstPredicted = p;
            }
    inspect.showCell(worstTrue, worstPredicted);
    QStringList written;
    written << saveGrab(window, directory, QStringLiteral("inspect-confusion"));
    inspect.tabs()->setCurrentIndex(2);
    widgets::ShiftComparison* shift = inspect.shiftComparison();
    shift->train(1);
    waitUntil([&] { return !shift->isBusy(); }, 120000);
    shift->runStudy(6);
    waitUntil([&] { return !shift->isBusy(); }, 60000);
    written << saveGrab(window, directory, QStringLiteral("inspect-shift"));
    inspect.tabs()->setCurrentIndex(0);
    return written;
}

// Inspect's Explain tab on the same test example: one picture per map (inspect-explain-occlusion,
// -saliency, -smoothgrad, -gradcam) and what a first-layer filter wants after 120 steps, beside
// its weights (inspect-explain-filter).
QStringList saveExplainShots(MainWindow& window, widgets::InspectWorkspace& inspect,
                             const QString& directory) {
    using Method = widgets::ExplainView::Method;
    window.showWorkspace(MainWindow::Workspace::Inspect);
    widgets::ExplainView* explain = inspect.explainView();
    inspect.tabs()->setCurrentIndex(inspect.tabs()->indexOf(explain));
    QStringList written;
    const std::pair<Method, const char*> maps[] = {{Method::Occlusion, "occlusion"},
                                                   {Method::Saliency, "saliency"},
                                                   {Method::SmoothGrad, "smoothgrad"},
                                                   {Method::GradCam, "gradcam"}};
    for (const auto& [wanted, name] : maps) {
        const Method method = wanted; // a copy: a lambda may not capture a structured binding
        if (!explain->hasInput() || !explain->methodProblem(method).isEmpty())
            continue; // a session without a model, or a network without convolutions
        explain->setMethod(method);
        waitUntil(
            [&] {
                return !explain->isComputing() && explain->map().defined() &&
                       explain->mapMethod() == method;
            },
            60000);
        written << saveGrab(window, directory, QStringLiteral("inspect-explain-") + name);
    }
    if (!explain->methodProblem(Method::FilterWants).isEmpty())
        return written;
    // The first layer's filter whose positive and negative weights balance best and spread
    // widest (an edge such as Sobel's, not a blur, which only wants white): the patch it wants
    // shows its light and dark sides as its weights do.
    int chosen = 0;
    if (const auto model = window.trainingSession()->viewedModel()) {
        double best = -1;
        for (const nn::Parameter* p : model->layer(0).parameters()) {
            if (!p->name.ends_with(".weight") || p->value.rank() != 4)
                continue;
            const std::vector<float> w = p->value.to_vector();
            const auto size = static_cast<std::size_t>(w.size() / p->value.dim(0));
            for (std::size_t k = 0; k * size < w.size(); ++k) {
                double positive = 0, negative = 0;
                for (std::size_t i = k * size; i < (k + 1) * size; ++i)
                    (w[i] > 0 ? positive : negative) += std::abs(w[i]);
                const double largest = std::abs(
                    *std::max_element(w.begin() + static_cast<std::ptrdiff_t>(k * size),
                                      w.begin() + static_cast<std::ptrdiff_t>((k + 1) * size),
                                      [](float a, float b) { return std::abs(a) < std::abs(b); }));
                const double score = largest > 0 ? std::min(positive, negative) / largest : 0;
                if (score > best) {
                    best = score;
                    chosen = static_cast<int>(k);
                }
            }
        }
    }
    explain->setMethod(Method::FilterWants);
    explain->setFilter(0, chosen, 120);
    explain->startVisualizing();
    waitUntil([&] { return !explain->isVisualizing(); }, 60000);
    written << saveGrab(window, directory, QStringLiteral("inspect-explain-filter"));
    explain->setMethod(Method::Occlusion);
    inspect.tabs()->setCurrentIndex(0);
    return written;
}

// The state of a session file instead of the prepared one: its model loaded (no training), the
// Filter output computed and the test set evaluated for the confusion matrix.
void prepareFromSession(MainWindow& window, const QString& path) {
    openSessionAndWait(window, path);
    if (widgets::FilterWorkspace* filter = window.filterWorkspace())
        waitForOutput(*filter);
    widgets::InspectWorkspace* inspect = window.inspectWorkspace();
    if (window.trainingSession()->latestModel()) {
        inspect->evaluateTestSet();
        waitUntil([&] { return !inspect->isEvaluating(); }, 60000);
    }
}

// DIR/session.convsight: the state the workspaces' pictures show.
QString saveSessionOf(MainWindow& window, const QString& directory) {
    const QString path = QDir(directory).filePath(QStringLiteral("session.convsight"));
    QString error;
    const std::optional<nlohmann::json> document = sessionDocument(window, &error);
    if (!document || !writeSessionFile(path, *document, &error))
        throw std::runtime_error(error.toStdString());
    return path;
}

// Presentation mode on Step through (presentation.png), then every workspace in the dark and the
// high-contrast themes (dark-filter.png, high-contrast-filter.png, ...); the window is left as
// it was.
QStringList saveLookShots(MainWindow& window, const QString& directory) {
    QStringList written;
    Presentation* look = window.presentation();
    window.showWorkspace(MainWindow::Workspace::StepThrough);
    look->setPresenting(true);
    if (auto* stepThrough = window.findChild<widgets::StepThroughWorkspace*>())
        waitForWindow(*stepThrough);
    written << saveGrab(window, directory, QStringLiteral("presentation"));
    look->setPresenting(false);
    const widgets::theme::Kind before = widgets::theme::current();
    for (const auto kind : {widgets::theme::Kind::Dark, widgets::theme::Kind::HighContrast}) {
        look->setTheme(kind);
        for (int i = 0; i < MainWindow::workspaceCount; ++i) {
            const auto workspace = static_cast<MainWindow::Workspace>(i);
            window.showWorkspace(workspace);
            written << saveGrab(window, directory,
                                widgets::theme::themeId(kind) + QLatin1Char('-') +
                                    MainWindow::workspaceSlug(workspace));
        }
    }
    look->setTheme(before);
    return written;
}

// Train's network editor on VGG-16 (vgg16.png): every layer's shape as the slide writes it, the
// totals and one image timed on this CPU; then the editor shows the network it showed before.
QString saveVgg16Shot(MainWindow& window, const QString& directory) {
    window.showWorkspace(MainWindow::Workspace::Train);
    widgets::ArchitectureEditor* editor = window.trainWorkspace()->architectureEditor();
    if (auto* views = window.trainWorkspace()->findChild<QTabWidget*>(QStringLiteral("trainViews")))
        views->setCurrentIndex(1); // Network
    const nlohmann::json before = editor->architecture();
    editor->loadPreset(QStringLiteral("vgg16"));
    bool done = false;
    const auto finished = [&done] { done = true; };
    const QMetaObject::Connection measured =
        QObject::connect(editor, &widgets::ArchitectureEditor::measured, finished);
    const QMetaObject::Connection failed =
        QObject::connect(editor, &widgets::ArchitectureEditor::measureFailed, finished);
    editor->measure();
    waitUntil([&] { return done; }, 60000);
    QObject::disconnect(measured);
    QObject::disconnect(failed);
    const QString path = saveGrab(window, directory, QStringLiteral("vgg16"));
    editor->setArchitecture(before);
    return path;
}

// Inspect on VGG-16 (inspect-vgg16.png): the preset saved as it is, without a data set, opened
// with File ▸ Open Model in a fresh window and shown the cat photo: ImageNet's normalisation, the
// maps of every layer (224×224×64 … 7×7×512) and the five most probable of the 1000 classes. Its
// weights are random, so the classes are too.
QString saveInspectVgg16Shot(QSize size, const QString& directory) {
    const QTemporaryDir folder;
    const QString model = folder.filePath(QStringLiteral("vgg16.csmodel"));
    nn::save_model_file(model.toStdString(), nn::make_model("vgg16", 0), nlohmann::json::object());
    const QString photo = folder.filePath(QStringLiteral("chelsea.png"));
    if (!QFile::copy(QStringLiteral(":/samples/chelsea.png"), photo))
        throw std::runtime_error("cannot copy the sample photo to '" + photo.toStdString() + "'");
    MainWindow window;
    window.resize(size);
    window.show();
    window.showWorkspace(MainWindow::Workspace::Inspect);
    bool done = false;
    QString problem;
    const QMetaObject::Connection loaded = QObject::connect(
        window.trainingSession(), &widgets::TrainingSession::modelLoaded, [&] { done = true; });
    const QMetaObject::Connection failed = QObject::connect(
        window.trainingSession(), &widgets::TrainingSession::failed, [&](const QString& message) {
            problem = message;
            done = true;
        });
    window.openModel(model);
    waitUntil([&] { return done; }, 300000);
    QObject::disconnect(loaded);
    QObject::disconnect(failed);
    if (!problem.isEmpty())
        throw std::runtime_error(problem.toStdString());
    widgets::InspectWorkspace* inspect = window.inspectWorkspace();
    inspect->openImageFile(photo);
    // Small maps, so that the rows from 224×224×64 down to 7×7×512 are on screen, and the input
    // column scrolled to the prediction.
    inspect->featureMaps()->setZoom(widgets::FeatureMapView::minimumZoom);
    // A map of conv1 chosen: its 3×3×3 filter beside the maps, its window outlined in the photo.
    emit inspect->featureMaps()->mapClicked(0, 4, 112, 112);
    if (auto* column = inspect->findChild<QScrollArea*>(QStringLiteral("inspectInputScroll")))
        column->verticalScrollBar()->setValue(column->verticalScrollBar()->maximum());
    return saveGrab(window, directory, QStringLiteral("inspect-vgg16"));
}

// lesson-NN.png: each lesson at its first step, set up, with the Lessons panel open, in a fresh
// window as a student opens it.
QStringList saveLessonShots(QSize size, const QString& directory) {
    QStringList written;
    MainWindow window;
    window.resize(size);
    window.show();
    window.showLessons();
    LessonsPanel* panel = window.lessonsPanel();
    for (const QString& path : LessonsPanel::bundledLessons()) {
        QString error;
        if (!panel->openLesson(path, &error) || !panel->setUpStep(&error))
            throw std::runtime_error(error.toStdString());
        if (window.currentWorkspace() == MainWindow::Workspace::Filter)
            waitForOutput(*window.filterWorkspace());
        if (auto* stepThrough = window.findChild<widgets::StepThroughWorkspace*>())
            waitForWindow(*stepThrough);
        written << saveGrab(window, directory,
                            QStringLiteral("lesson-") + QFileInfo(path).completeBaseName().left(2));
    }
    return written;
}

} // namespace

QStringList renderScreenshots(const QString& directory, QSize size, const QString& session) {
    if (!QDir().mkpath(directory))
        throw std::runtime_error("cannot create the folder '" + directory.toStdString() + "'");
    MainWindow window;
    window.resize(size);
    window.show();
    QStringList written;
    if (!session.isEmpty()) {
        prepareFromSession(window, session);
    } else {
        if (widgets::FilterWorkspace* filter = window.filterWorkspace())
            prepareFilterWorkspace(*filter);
        trainOnShapes(*window.trainWorkspace());
        window.showWorkspace(MainWindow::Workspace::Inspect);
        prepareInspect(*window.inspectWorkspace());
    }
    for (int i = 0; i < MainWindow::workspaceCount; ++i) {
        const auto workspace = static_cast<MainWindow::Workspace>(i);
        window.showWorkspace(workspace);
        written << saveGrab(window, directory, MainWindow::workspaceSlug(workspace));
    }
    written << saveSessionOf(window, directory);
    written << saveLookShots(window, directory);
    written << saveStepThroughShots(window, directory);
    written << saveExerciseShot(window, directory);
    if (widgets::FilterWorkspace* filter = window.filterWorkspace())
        written << saveFilterShots(window, *filter, directory);
    if (widgets::InspectWorkspace* inspect = window.inspectWorkspace())
        written << saveInspectShots(window, *inspect, directory);
    if (widgets::InspectWorkspace* inspect = window.inspectWorkspace())
        written << saveExplainShots(window, *inspect, directory);
    written << saveVgg16Shot(window, directory);
    written << saveInspectVgg16Shot(size, directory);
    // The About box too: it is what a bug report quotes.
    window.showAbout();
    QApplication::processEvents();
    if (auto* about = window.findChild<QDialog*>(QStringLiteral("aboutDialog"))) {
        written << saveGrab(*about, directory, QStringLiteral("about"));
    }
    written << saveLessonShots(size, directory);
    return written;
}

QSize parseScreenSize(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3,5})[xX](\\d{3,5})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    return size.width() >= 320 && size.height() >= 240 ? size : QSize();
}

} // namespace convsight::app
