// The Inspect workspace: input, prediction, feature maps, confusion matrix, MLP versus CNN.
#include "inspect/InspectWorkspace.h"

#include "common/ColumnScroll.h"
#include "common/CoreMessages.h"
#include "common/DatasetPreview.h"
#include "common/FilterGrid.h"
#include "common/ImageView.h"
#include "common/Plurals.h"
#include "common/Shortcuts.h"
#include "common/Theme.h"
#include "common/WorkspaceParts.h"
#include "data/Views.h"
#include "image/ImageIO.h"
#include "image/PhotoInput.h"
#include "image/TensorMat.h"
#include "image/VideoSource.h"
#include "inspect/ConfusionMatrixView.h"
#include "inspect/ConfusionQuiz.h"
#include "inspect/ExampleGallery.h"
#include "inspect/ExplainView.h"
#include "inspect/FeatureMapView.h"
#include "inspect/ProbabilityBars.h"
#include "inspect/ShiftComparison.h"
#include "inspect/SketchPad.h"
#include "nn/FirstLayer.h"
#include "nn/ModelFile.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <opencv2/imgproc.hpp>

namespace convsight::widgets {
namespace {

// An image as the data set's examples are: grey or colour as it has channels, resized (area
// average) to its height and width, values in [0, 1], then normalised by the data set's
// statistics.
compute::Tensor exampleFromImage(const cv::Mat& image, const compute::Shape& chw,
                                 const data::ChannelStats& stats) {
    const cv::Mat converted = image::with_channels(image, static_cast<int>(chw[0]));
    cv::Mat sized;
    cv::resize(converted, sized, cv::Size(static_cast<int>(chw[2]), static_cast<int>(chw[1])), 0, 0,
               cv::INTER_AREA);
    sized.convertTo(sized, CV_32F, sized.depth() == CV_8U ? 1.0 / 255.0 : 1.0);
    compute::Tensor tensor = image::mat_to_tensor(sized);
    float* values = tensor.data();
    const std::int64_t plane = chw[1] * chw[2];
    for (std::int64_t c = 0; c < chw[0]; ++c)
        for (std::int64_t i = 0; i < plane; ++i) {
            float& v = values[c * plane + i];
            v = (v - stats.mean[static_cast<std::size_t>(c)]) /
                stats.std[static_cast<std::size_t>(c)];
        }
    return tensor;
}

// The layer whose filters made the maps of layer `layer`: the last Conv2d at or before it.
int producingConv(const nn::Sequential& model, int layer) {
    for (int i = layer; i >= 0; --i)
        if (model.layer(i).kind() == "Conv2d")
            return i;
    return -1;
}

} // namespace

InspectWorkspace::InspectWorkspace(TrainingSession* session, QWidget* parent)
    : QWidget(parent)
    , session_(session) {
    modelLabel_ = headline(QStringLiteral("inspectModelLabel"));
    message_ = new MessageLine;
    message_->setObjectName(QStringLiteral("inspectMessage"));

    tabs_ = new QTabWidget;
    tabs_->setObjectName(QStringLiteral("inspectTabs"));
    tabs_->addTab(createFeatureTab(), tr("Feature maps"));
    tabs_->addTab(createConfusionTab(), tr("Confusion"));
    shift_ = new ShiftComparison;
    shift_->setObjectName(QStringLiteral("shiftComparison"));
    // The study's text, controls and chart scroll where the window is short (presentation).
    auto* shiftScroll = new ColumnScroll(shift_);
    shiftScroll->setObjectName(QStringLiteral("shiftScroll"));
    tabs_->addTab(shiftScroll, tr("MLP vs CNN"));
    // Last, so that the tab numbers of older session files keep their meaning.
    explain_ = new ExplainView;
    explain_->setObjectName(QStringLiteral("explainView"));
    tabs_->addTab(explain_, tr("Explain"));
    tabs_->setTabToolTip(0, tr("Every layer's feature maps for the input"));
    tabs_->setTabToolTip(1, tr("The confusion matrix of the test set"));
    tabs_->setTabToolTip(2, tr("An MLP and a CNN on test images shifted to the right"));
    tabs_->setTabToolTip(3, tr("Why did it say that? Saliency, Grad-CAM, occlusion and what a "
                               "filter wants"));
    connect(tabs_, &QTabWidget::currentChanged, this, [this](int index) {
        // The confusion matrix is computed when first looked at (not while training runs).
        if (index == 1 && evaluation_.examples == 0 && !isEvaluating() && hasModel() &&
            session_->state() != TrainingSession::State::Running)
            evaluateTestSet();
    });

    auto* right = new QWidget;
    right->setMinimumWidth(440);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    rightLayout->addWidget(modelLabel_);
    rightLayout->addWidget(message_);
    rightLayout->addWidget(tabs_, 1);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(createInputPanel());
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 900});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(splitter);

    connect(session_, &TrainingSession::viewedModelChanged, this, &InspectWorkspace::modelChanged);
    connect(session_, &TrainingSession::stateChanged, this, &InspectWorkspace::updateModelLabel);
    connect(session_, &TrainingSession::prepared, this, &InspectWorkspace::dataChanged);
    connect(session_, &TrainingSession::modelLoaded, this, &InspectWorkspace::dataChanged);
    modelChanged();
    setSource(Source::TestSet);
    dataChanged(); // a session that already holds a model and its data (or none)
}

QWidget* InspectWorkspace::createInputPanel() {
    sourceBox_ = new QComboBox;
    sourceBox_->setObjectName(QStringLiteral("inputSourceBox"));
    sourceBox_->addItems(
        {tr("A test example"), tr("An image file"), tr("The camera"), tr("The sketch pad: draw")});
    sourceBox_->setToolTip(tr("What goes into the network: a test example, an image file, a "
                              "picture from the camera or your drawing"));
    sourcePages_ = new QStackedWidget;

    auto* openButton = new QPushButton(tr("Open a photo…"));
    openButton->setObjectName(QStringLiteral("openImageButton"));
    connect(openButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open a photo"), {},
            tr("Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pgm *.ppm)"));
        if (!path.isEmpty())
            openImageFile(path);
    });
    openButton->setToolTip(tr("Classify a photo or any image file: shrunk and converted to the "
                              "network's input"));
    addButtonShortcut(openButton, this, QKeySequence(Qt::CTRL | Qt::Key_I), tr("Open a photo"));

    sketch_ = new SketchPad;
    sketch_->setObjectName(QStringLiteral("sketchPad"));
    connect(sketch_, &SketchPad::drawingChanged, this, [this] {
        if (hasModel() && !sketch_->isEmpty())
            setInput(asTrainedOn(sketch_->normalisedImage(session_->data().stats.mean,
                                                          session_->data().stats.std)),
                     -1, tr("your drawing"));
    });

    for (QWidget* page : std::initializer_list<QWidget*>{createTestPage(), openButton,
                                                         createCameraButton(), sketch_})
        sourcePages_->addWidget(page);
    connect(sourceBox_, &QComboBox::currentIndexChanged, this,
            [this](int index) { setSource(static_cast<Source>(index)); });

    inputView_ = new ImageView;
    inputView_->setObjectName(QStringLiteral("inspectInputView"));
    inputView_->setMinimumSize(120, 120);

    probabilities_ = new ProbabilityBars;
    probabilities_->setObjectName(QStringLiteral("probabilityBars"));

    auto* input = new QWidget;
    auto* inputLayout = new QVBoxLayout(input);
    inputLayout->setContentsMargins(0, 0, 0, 0);
    inputLayout->addWidget(sourceBox_);
    inputLayout->addWidget(sourcePages_);
    inputLayout->addWidget(inputView_, 1);
    inputLayout->addWidget(createShiftRow());

    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(titledGroup(tr("Input"), input), 3);
    layout->addWidget(titledGroup(tr("Prediction"), probabilities_), 2);
    // A cap on what the parts ask for, so the workspace fits a 1024×768 projector; it grows with
    // the text (presentation mode), and the column scrolls where the window is short.
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("inspectInputScroll"));
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const auto fitWidth = [scroll, panel] {
        panel->setMinimumWidth(theme::px(290));
        scroll->setMinimumWidth(panel->minimumWidth() +
                                scroll->verticalScrollBar()->sizeHint().width());
    };
    fitWidth();
    connect(theme::notifier(), &theme::Notifier::scaleChanged, scroll, fitWidth);
    return scroll;
}

// The test set's page: index, random, next mistake.
QWidget* InspectWorkspace::createTestPage() {
    indexBox_ = new QSpinBox;
    indexBox_->setObjectName(QStringLiteral("testIndexBox"));
    indexBox_->setRange(0, 0);
    // No "example" prefix: the source box above says it, and the row must fit a narrow panel.
    indexBox_->setToolTip(tr("The test example's number"));
    connect(indexBox_, &QSpinBox::valueChanged, this, [this](int i) { showTestExample(i); });
    auto* randomButton = new QPushButton(tr("Random"));
    randomButton->setObjectName(QStringLiteral("randomExampleButton"));
    randomButton->setToolTip(tr("A test example picked at random"));
    addButtonShortcut(randomButton, this, QKeySequence(Qt::CTRL | Qt::Key_R),
                      tr("Random test example"));
    connect(randomButton, &QPushButton::clicked, this, [this] {
        indexBox_->setValue(QRandomGenerator::global()->bounded(indexBox_->maximum() + 1));
    });
    auto* mistakeButton = new QPushButton(tr("Next mistake"));
    mistakeButton->setObjectName(QStringLiteral("nextMistakeButton"));
    mistakeButton->setToolTip(tr("The next test example the network gets wrong (needs the "
                                 "confusion matrix's evaluation)"));
    connect(mistakeButton, &QPushButton::clicked, this, &InspectWorkspace::showNextMistake);
    addButtonShortcut(mistakeButton, this, QKeySequence(Qt::CTRL | Qt::Key_M));
    auto* testPage = new QWidget;
    auto* testRow = new QHBoxLayout(testPage);
    testRow->setContentsMargins(0, 0, 0, 0);
    testRow->addWidget(indexBox_, 1);
    testRow->addWidget(randomButton);
    testRow->addWidget(mistakeButton);
    return testPage;
}

// The camera's page: one button, greyed out with the reason when there is no camera.
QPushButton* InspectWorkspace::createCameraButton() {
    auto* cameraButton = new QPushButton(tr("Take a picture"));
    cameraButton->setObjectName(QStringLiteral("takePictureButton"));
    const QString cameraProblem = translateCoreMessage(image::camera_unavailable_reason());
    if (!cameraProblem.isEmpty()) {
        cameraButton->setEnabled(false);
        cameraButton->setText(tr("No camera found"));
        cameraButton->setToolTip(cameraProblem);
    }
    connect(cameraButton, &QPushButton::clicked, this, &InspectWorkspace::takePicture);
    return cameraButton;
}

void InspectWorkspace::showNextMistake() {
    const data::DatasetPtr& test = session_->data().raw.test;
    if (!test || predictions_.empty()) {
        message_->showProblem(tr("Evaluate the test set first (Confusion matrix tab)."));
        return;
    }
    const auto n = static_cast<std::int64_t>(predictions_.size());
    for (std::int64_t step = 1; step <= n; ++step) {
        const std::int64_t i = (testIndex() + step) % n;
        if (predictions_[static_cast<std::size_t>(i)].predicted != test->label(i)) {
            indexBox_->setValue(static_cast<int>(i));
            return;
        }
    }
    message_->showMessage(tr("The network gets every test example right."));
}

void InspectWorkspace::takePicture() {
    if (!hasModel())
        return;
    try {
        image::VideoSource camera = image::VideoSource::open_camera(0);
        setPicture(camera.read(), tr("a picture from the camera"));
    } catch (const std::exception& e) {
        message_->showProblem(translateCoreMessage(e.what()));
    }
}

QWidget* InspectWorkspace::createFeatureTab() {
    featureMaps_ = new FeatureMapView;
    featureMaps_->setObjectName(QStringLiteral("featureMapView"));
    connect(featureMaps_, &FeatureMapView::mapClicked, this, &InspectWorkspace::selectMap);
    filter_ = new FilterGrid;
    filter_->setObjectName(QStringLiteral("selectedFilter"));
    selection_ = new QLabel(tr("Click a feature map to see the filter that made it and the part "
                               "of the input it sees."));
    selection_->setObjectName(QStringLiteral("selectionText"));
    selection_->setWordWrap(true);
    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(selection_);
    sideLayout->addWidget(filter_, 1);
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(featureMaps_);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

QWidget* InspectWorkspace::createConfusionTab() {
    confusion_ = new ConfusionMatrixView;
    confusion_->setObjectName(QStringLiteral("confusionMatrix"));
    connect(confusion_, &ConfusionMatrixView::cellClicked, this, &InspectWorkspace::showCell);
    gallery_ = new ExampleGallery;
    gallery_->setObjectName(QStringLiteral("exampleGallery"));
    gallery_->setTitle(tr("Click a cell of the matrix to see its examples."));
    connect(gallery_, &ExampleGallery::exampleClicked, this, [this](std::int64_t index) {
        setSource(Source::TestSet);
        indexBox_->setValue(static_cast<int>(index));
        tabs_->setCurrentIndex(0);
    });
    evaluateButton_ = new QPushButton(tr("Evaluate the test set"));
    evaluateButton_->setObjectName(QStringLiteral("evaluateButton"));
    connect(evaluateButton_, &QPushButton::clicked, this, &InspectWorkspace::evaluateTestSet);
    evaluateButton_->setToolTip(tr("Run the network on every test example and fill the "
                                   "confusion matrix"));
    addButtonShortcut(evaluateButton_, this, QKeySequence(Qt::CTRL | Qt::Key_T));
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    // Ten classes keep readable cells: a narrow window scrolls the matrix instead of shrinking it.
    auto* matrixScroll = new QScrollArea;
    matrixScroll->setObjectName(QStringLiteral("confusionScroll"));
    matrixScroll->setWidget(confusion_);
    matrixScroll->setWidgetResizable(true);
    matrixScroll->setFrameShape(QFrame::NoFrame);
    quiz_ = new ConfusionQuiz(this);
    quiz_->setMatrixWidget(matrixScroll);
    leftLayout->addWidget(quiz_);
    leftLayout->addWidget(matrixScroll, 1);
    leftLayout->addWidget(evaluateButton_, 0, Qt::AlignLeft);
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(gallery_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    return splitter;
}

compute::Device InspectWorkspace::explainDevice() const {
    // The explanations run where the network trains: on the GPU when it does and there is one.
    const compute::Device device = session_->setup().config.device;
    return device.is_cuda() && compute::Device::cuda_available() ? device : compute::Device::cpu();
}

bool InspectWorkspace::hasModel() const {
    return model_ && (session_->hasDataset() || session_->photoNormalisation());
}

void InspectWorkspace::setSource(Source source) {
    sourceBox_->setCurrentIndex(static_cast<int>(source));
    sourcePages_->setCurrentIndex(static_cast<int>(source));
    // The stack as tall as the page shown (the sketch pad is much taller than the others).
    for (int i = 0; i < sourcePages_->count(); ++i)
        sourcePages_->widget(i)->setSizePolicy(
            QSizePolicy::Preferred,
            i == sourcePages_->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    sourcePages_->updateGeometry();
    if (source == Source::TestSet && hasModel())
        showTestExample(indexBox_->value());
}

InspectWorkspace::Source InspectWorkspace::source() const {
    return static_cast<Source>(sourceBox_->currentIndex());
}

std::int64_t InspectWorkspace::testIndex() const {
    return indexBox_->value();
}

void InspectWorkspace::modelChanged() {
    const std::shared_ptr<const nn::Sequential> viewed = session_->viewedModel();
    explain_->setModel(viewed, explainDevice());
    if (!viewed) {
        model_.reset();
        modelLabel_->setText(tr("No model yet: train one in the Train workspace, or load a model "
                                "file there."));
        return;
    }
    model_ = std::make_unique<nn::Sequential>(nn::copy_model(*viewed));
    updateModelLabel();
    // The last evaluation was of another model: its accuracy and matrix go.
    const bool hadEvaluation = evaluation_.examples > 0;
    evaluation_ = {};
    predictions_.clear();
    confusion_->setEvaluation(nn::Evaluation{});
    quiz_->setEvaluation(nn::Evaluation{});
    gallery_->setExamples(nullptr, {}, {});
    evaluateButton_->setText(tr("Evaluate the test set"));
    if (hadEvaluation)
        message_->clearMessage();
    if (isVisible())
        runModel();
}

void InspectWorkspace::updateModelLabel() {
    if (!model_)
        return;
    if (session_->photoNormalisation()) {
        modelLabel_->setText(tr("%1 · no data set of its own: open a photo")
                                 .arg(QString::fromStdString(model_->name())));
        return;
    }
    const double position = session_->viewedPosition();
    modelLabel_->setText(tr("%1 after %2 on %3%4")
                             .arg(QString::fromStdString(model_->name()))
                             .arg(epochCount(position))
                             .arg(session_->data().raw.train
                                      ? QString::fromStdString(session_->data().raw.train->name())
                                      : QString())
                             .arg(session_->viewedCheckpoint() >= 0
                                      ? tr(" (a checkpoint from the timeline)")
                                  : session_->isActive() ? tr(" (following the training)")
                                                         : QString()));
}

void InspectWorkspace::dataChanged() {
    const image::TrainingData& opened = session_->data();
    explain_->setClassNames(session_->classNames());
    explain_->setNormalisation(opened.stats.mean, opened.stats.std);
    // Without a data set there are no test examples to pick: photos, the camera and drawings.
    if (auto* items = qobject_cast<QStandardItemModel*>(sourceBox_->model()))
        items->item(static_cast<int>(Source::TestSet))->setEnabled(opened.raw.test != nullptr);
    if (!opened.raw.test) {
        if (!session_->photoNormalisation() || !model_)
            return;
        probabilities_->setClassNames(session_->classNames());
        probabilities_->clear();
        sketch_->setTargetShape(model_->input_shape());
        confusion_->setEvaluation(nn::Evaluation{});
        quiz_->setEvaluation(nn::Evaluation{});
        gallery_->setExamples(nullptr, {}, {});
        if (source() == Source::TestSet)
            setSource(Source::File);
        return;
    }
    probabilities_->setClassNames(session_->classNames());
    indexBox_->setRange(0, static_cast<int>(opened.raw.test->size() - 1));
    sketch_->setTargetShape(opened.raw.test->example_shape());
    std::vector<float> black(opened.stats.mean.size());
    for (std::size_t c = 0; c < black.size(); ++c)
        black[c] = -opened.stats.mean[c] / opened.stats.std[c];
    shift_->setData(opened.normalised, black);
    shift_->setCnn(session_->setup().architecture);
    confusion_->setEvaluation(nn::Evaluation{});
    quiz_->setEvaluation(nn::Evaluation{});
    gallery_->setExamples(nullptr, {}, {});
    if (source() == Source::TestSet)
        showTestExample(indexBox_->value());
}

void InspectWorkspace::showTestExample(std::int64_t index) {
    const image::TrainingData& opened = session_->data();
    if (!opened.normalised.test || index < 0 || index >= opened.normalised.test->size())
        return;
    if (indexBox_->value() != index) {
        const QSignalBlocker quiet(indexBox_);
        indexBox_->setValue(static_cast<int>(index));
    }
    const compute::Shape shape = opened.normalised.test->example_shape();
    compute::Tensor example(shape);
    opened.normalised.test->read(index, example.data());
    const int label = opened.normalised.test->label(index);
    setInput(example, label,
             tr("test example %1: %2")
                 .arg(index)
                 .arg(translateCoreText(
                     opened.normalised.test->class_names()[static_cast<std::size_t>(label)])));
}

bool InspectWorkspace::openImageFile(const QString& path) {
    if (!hasModel()) {
        message_->showProblem(tr("There is no model to show the image to yet."));
        return false;
    }
    try {
        setPicture(image::load_image(path.toStdString()), QFileInfo(path).fileName());
        return true;
    } catch (const std::exception& e) {
        message_->showProblem(translateCoreMessage(e.what()));
        return false;
    }
}

void InspectWorkspace::setPicture(const cv::Mat& picture, const QString& caption) {
    const std::optional<image::PhotoNormalisation>& photo = session_->photoNormalisation();
    if (!photo) {
        setInput(
            asTrainedOn(exampleFromImage(picture, model_->input_shape(), session_->data().stats)),
            -1, caption);
        return;
    }
    const compute::Shape chw = model_->input_shape();
    setInput(image::photo_to_input(picture, chw, photo->stats), -1, caption);
    message_->showMessage(tr("%1: shorter side resized, the middle %2×%3 cut out, %4.")
                              .arg(caption)
                              .arg(chw[1])
                              .arg(chw[2])
                              .arg(photoNormalisationText()));
}

QString InspectWorkspace::photoNormalisationText() const {
    const std::optional<image::PhotoNormalisation>& photo = session_->photoNormalisation();
    if (!photo)
        return {};
    switch (photo->source) {
    case image::PhotoNormalisation::Source::Metadata:
        return tr("normalised by the model's own mean and standard deviation");
    case image::PhotoNormalisation::Source::ImageNet:
        return tr("normalised by ImageNet's mean and standard deviation");
    case image::PhotoNormalisation::Source::UnitRange:
        break;
    }
    return tr("values in [0, 1] (the model names no normalisation)");
}

void InspectWorkspace::setInput(const compute::Tensor& normalised, int trueLabel,
                                const QString& caption) {
    input_ = normalised;
    unshiftedInput_ = normalised;
    inputShift_ = {};
    inputCaption_ = session_->data().pixel_permutation_seed
                        ? tr("%1 · pixels permuted, as the network sees them").arg(caption)
                        : caption;
    showInputShift();
    trueLabel_ = trueLabel;
    const data::ChannelStats& stats = session_->data().stats;
    inputView_->setImage(tensorImage(input_, stats.mean, stats.std));
    inputView_->setCaption(inputCaption_);
    inputView_->setHighlight({});
    explain_->setInput(input_, inputView_->image());
    message_->clearMessage();
    runModel();
}

void InspectWorkspace::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    runModel();
}

void InspectWorkspace::runModel() {
    if (!model_ || !input_.defined())
        return;
    try {
        outputs_ = nn::layer_outputs(*model_, input_);
    } catch (const std::exception& e) {
        message_->showProblem(translateCoreMessage(e.what()));
        return;
    }
    featureMaps_->setOutputs(outputs_);
    const nn::LayerOutput& last = outputs_.back();
    probabilities_->setProbabilities(nn::probabilities(outputs_), trueLabel_);
    // A network that ends in its own softmax (many imported ones) gives probabilities already.
    const QString source =
        model_->ends_in_softmax() ? tr("%1's %2 probabilities") : tr("softmax of %1's %2 scores");
    probabilities_->setSourceText(
        source.arg(QString::fromStdString(last.name)).arg(last.value.numel()));
}

QWidget* InspectWorkspace::createShiftRow() {
    auto* row = new QWidget;
    row->setObjectName(QStringLiteral("inputShiftRow"));
    // Two lines, so that the arrows fit the narrow column (and presentation mode's larger text):
    // "Shift the input: (2, −1) px" says how far it has moved, right and down; then the arrows.
    auto* lines = new QVBoxLayout(row);
    lines->setContentsMargins(0, 0, 0, 0);
    lines->setSpacing(2);
    shiftLabel_ = new QLabel;
    shiftLabel_->setObjectName(QStringLiteral("inputShiftLabel"));
    shiftLabel_->setWordWrap(true);
    shiftLabel_->setToolTip(tr("Move the input by one pixel and watch the feature maps move with "
                               "it; the numbers say how far it has moved, right and down"));
    lines->addWidget(shiftLabel_);
    auto* layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    lines->addLayout(layout);
    struct Arrow {
        const char* name;
        QString text, tip;
        int dx, dy;
    };
    const Arrow arrows[] = {
        {"shiftLeftButton", QStringLiteral("\u2190"), tr("Move the input one pixel left"), -1, 0},
        {"shiftRightButton", QStringLiteral("\u2192"), tr("Move the input one pixel right"), 1, 0},
        {"shiftUpButton", QStringLiteral("\u2191"), tr("Move the input one pixel up"), 0, -1},
        {"shiftDownButton", QStringLiteral("\u2193"), tr("Move the input one pixel down"), 0, 1},
    };
    for (const Arrow& arrow : arrows) {
        auto* button = new QToolButton;
        button->setObjectName(QLatin1String(arrow.name));
        button->setText(arrow.text);
        button->setToolTip(arrow.tip);
        connect(button, &QToolButton::clicked, this,
                [this, dx = arrow.dx, dy = arrow.dy] { shiftInput(dx, dy); });
        layout->addWidget(button);
    }
    auto* reset = new QToolButton;
    reset->setObjectName(QStringLiteral("shiftResetButton"));
    reset->setText(tr("Back"));
    reset->setToolTip(tr("The input where it was chosen"));
    connect(reset, &QToolButton::clicked, this,
            [this] { shiftInput(-inputShift_.x(), -inputShift_.y()); });
    layout->addWidget(reset);
    layout->addStretch(1);
    showInputShift();
    return row;
}

void InspectWorkspace::showInputShift() {
    shiftLabel_->setText(
        tr("Shift the input: (%1, %2) px").arg(inputShift_.x()).arg(inputShift_.y()));
}

void InspectWorkspace::shiftInput(int dx, int dy) {
    if (!unshiftedInput_.defined() || !model_)
        return;
    const compute::Shape shape = unshiftedInput_.shape();
    const QPoint wanted = inputShift_ + QPoint(dx, dy);
    if (std::abs(wanted.x()) >= shape[2] || std::abs(wanted.y()) >= shape[1])
        return; // the whole picture would be out of sight
    inputShift_ = wanted;
    // The border that comes into view is black, as the data set's normalisation writes it.
    const data::ChannelStats& stats = session_->data().stats;
    std::vector<float> black(static_cast<std::size_t>(shape[0]), 0.0f);
    for (std::size_t c = 0; c < black.size() && c < stats.mean.size(); ++c)
        black[c] = -stats.mean[c] / stats.std[c];
    compute::Tensor shifted(shape);
    data::shift_image(unshiftedInput_.data(), shifted.data(), shape, inputShift_.x(),
                      inputShift_.y(), black);
    input_ = shifted;
    showInputShift();
    inputView_->setImage(tensorImage(input_, stats.mean, stats.std));
    explain_->setInput(input_, inputView_->image());
    inputView_->setCaption(inputShift_.isNull()
                               ? inputCaption_
                               : tr("%1, moved (%2, %3) px")
                                     .arg(inputCaption_, QString::number(inputShift_.x()),
                                          QString::number(inputShift_.y())));
    inputView_->setHighlight({});
    runModel();
}

compute::Tensor InspectWorkspace::asTrainedOn(compute::Tensor normalised) const {
    const std::optional<std::uint64_t>& seed = session_->data().pixel_permutation_seed;
    if (!seed || !normalised.defined())
        return normalised;
    const compute::Shape shape = normalised.shape();
    data::permute_pixels(normalised.data(), shape[0],
                         data::pixel_permutation(shape[1] * shape[2], *seed));
    return normalised;
}

void InspectWorkspace::selectMap(int layer, int channel, int y, int x) {
    if (!model_)
        return;
    selectedMap_ = {layer, channel, y, x};
    const nn::Layer& chosen = model_->layer(layer);
    const bool spatial = static_cast<std::size_t>(layer) < outputs_.size() &&
                         outputs_[static_cast<std::size_t>(layer)].value.shape().size() == 3;
    QString text = y >= 0 && spatial ? tr("<b>%1</b>, map %2 at row %3, column %4.")
                                           .arg(QString::fromStdString(chosen.label()))
                                           .arg(channel + 1)
                                           .arg(y)
                                           .arg(x)
                                     : tr("<b>%1</b>, %2 %3.")
                                           .arg(QString::fromStdString(chosen.label()),
                                                spatial ? tr("map") : tr("unit"))
                                           .arg(channel + 1);
    if (!spatial)
        text += tr(" A dense layer's unit depends on every input pixel.");
    const int conv = spatial ? producingConv(*model_, layer) : -1;
    if (conv >= 0) {
        // Filter `channel` of that conv layer made this map (ReLU and pooling keep channels).
        const compute::Tensor weights = [&] {
            for (const nn::Parameter* p : model_->layer(conv).parameters())
                if (p->name.ends_with(".weight"))
                    return p->value;
            return compute::Tensor();
        }();
        const compute::Shape shape = weights.shape();
        const std::int64_t size = shape[1] * shape[2] * shape[3];
        compute::Tensor one =
            compute::Tensor::from({1, shape[1], shape[2], shape[3]},
                                  std::span<const float>(weights.data() + channel * size,
                                                         static_cast<std::size_t>(size)));
        filter_->setWeights(one);
        filter_->setTitle(tr("filter %1 of %2")
                              .arg(channel + 1)
                              .arg(QString::fromStdString(model_->layer(conv).name())));
        text += tr(" It was made by filter %1 of %2: %3 input channels × %4×%5 weights.")
                    .arg(channel + 1)
                    .arg(QString::fromStdString(model_->layer(conv).name()))
                    .arg(shape[1])
                    .arg(shape[2])
                    .arg(shape[3]);
    }
    if (!spatial || y < 0 || x < 0) { // a unit of a vector layer, or a map without a position
        inputView_->setHighlight({});
        selection_->setText(text);
        return;
    }
    try {
        const nn::ReceptiveField field = nn::receptive_field(*model_, layer, y, x);
        inputView_->setHighlight(QRect(field.left, field.top, field.right - field.left + 1,
                                       field.bottom - field.top + 1),
                                 tr("%1×%2").arg(field.height).arg(field.width));
        text += tr(" In the input it sees a %1×%2 window (outlined).")
                    .arg(field.height)
                    .arg(field.width);
    } catch (const std::exception& e) {
        inputView_->setHighlight({});
        text += QStringLiteral(" ") + translateCoreMessage(e.what());
    }
    selection_->setText(text);
}

void InspectWorkspace::evaluateTestSet() {
    const std::shared_ptr<const nn::Sequential> viewed = session_->viewedModel();
    const data::DatasetPtr test = session_->data().normalised.test;
    if (viewed && !test) {
        message_->showProblem(tr("This model has no test set of its own: it was loaded without "
                                 "a data set."));
        return;
    }
    if (!viewed) {
        message_->showProblem(tr("There is no model to evaluate yet."));
        return;
    }
    evaluateButton_->setEnabled(false);
    evaluateButton_->setText(tr("Evaluating %1 test examples…").arg(test->size()));
    evaluationTask_.run(
        [viewed, test](const CancelFlag&) {
            Evaluated result;
            try {
                nn::Sequential model = nn::copy_model(*viewed);
                result.evaluation = nn::evaluate(model, test, 256, 1, &result.predictions);
            } catch (const std::exception& e) {
                result.problem = translateCoreMessage(e.what());
            }
            return result;
        },
        [this](Evaluated result) { showEvaluation(std::move(result)); });
}

void InspectWorkspace::showEvaluation(Evaluated result) {
    evaluateButton_->setEnabled(true);
    evaluateButton_->setText(tr("Evaluate the test set again"));
    if (!result.problem.isEmpty()) {
        message_->showProblem(result.problem);
        return;
    }
    evaluation_ = std::move(result.evaluation);
    predictions_ = std::move(result.predictions);
    confusion_->setEvaluation(evaluation_);
    quiz_->setEvaluation(evaluation_);
    message_->showMessage(tr("Test accuracy %1 % (%2 of %3 right).")
                              .arg(QLocale().toString(100.0 * evaluation_.accuracy(), 'f', 1))
                              .arg(evaluation_.correct)
                              .arg(evaluation_.examples));
    emit evaluated();
}

void InspectWorkspace::showCell(int trueClass, int predictedClass) {
    const data::DatasetPtr& test = session_->data().raw.test;
    if (!test || predictions_.empty())
        return;
    constexpr std::size_t kShown = 120;
    std::vector<std::int64_t> indices;
    QStringList captions;
    const QStringList names = session_->classNames();
    std::size_t total = 0;
    for (std::size_t i = 0; i < predictions_.size(); ++i) {
        const nn::Prediction& p = predictions_[i];
        if (test->label(static_cast<std::int64_t>(i)) != trueClass || p.predicted != predictedClass)
            continue;
        ++total;
        if (indices.size() == kShown)
            continue;
        indices.push_back(static_cast<std::int64_t>(i));
        captions << tr("#%1 · %2 %").arg(i).arg(std::lround(100.0 * p.confidence));
    }
    gallery_->setTitle(
        (trueClass == predictedClass
             ? tr("%1, recognised: %2 examples").arg(names.value(trueClass)).arg(total)
             : tr("%1 taken for %2: %3 examples")
                   .arg(names.value(trueClass), names.value(predictedClass))
                   .arg(total)) +
        (total > kShown ? tr(" (the first %1)").arg(kShown) : QString()));
    gallery_->setExamples(test, std::move(indices), captions);
}

} // namespace convsight::widgets
