// The Train workspace: the setup on the left, the run and what it shows on the right.
#include "train/TrainWorkspace.h"

#include "common/BusyIndicator.h"
#include "common/ColumnScroll.h"
#include "common/CoreMessages.h"
#include "common/DatasetPreview.h"
#include "common/FilterGrid.h"
#include "common/FlowLayout.h"
#include "common/MessageLine.h"
#include "common/Plurals.h"
#include "common/Shortcuts.h"
#include "common/Theme.h"
#include "common/WorkspaceParts.h"
#include "compute/Device.h"
#include "conv/KernelPresets.h"
#include "data/Views.h"
#include "image/ImageFolderDataset.h"
#include "nn/FirstLayer.h"
#include "train/ArchitectureEditor.h"
#include "train/SpeedComparison.h"
#include "train/TrainingCharts.h"
#include "train/UpdateRuleView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <cmath>
#include <variant>

namespace convsight::widgets {
namespace {

struct DatasetChoice {
    const char* spec;
    const char* title;
    const char* detail; // shown under the list, so the list stays narrow
};

// The data sets the list offers; "…" entries ask for a folder.
constexpr DatasetChoice kDatasets[] = {
    {"shapes", QT_TRANSLATE_NOOP("convsight::widgets::TrainWorkspace", "Synthetic shapes"),
     QT_TRANSLATE_NOOP("convsight::widgets::TrainWorkspace",
                       "28×28 grey images, 10 classes, made on the fly")},
    {"fashion-mnist", QT_TRANSLATE_NOOP("convsight::widgets::TrainWorkspace", "Fashion-MNIST"),
     QT_TRANSLATE_NOOP("convsight::widgets::TrainWorkspace",
                       "28×28 grey photos of clothes, 10 classes")},
    {"mnist", QT_TRANSLATE_NOOP("convsight::widgets::TrainWorkspace", "MNIST digits"),
     QT_TRANSLATE_NOOP("convsight::widgets::TrainWorkspace",
                       "28×28 grey handwritten digits, 10 classes")},
    {"cifar10:",
     QT_TRANSLATE_NOOP("convsight::widgets::TrainWorkspace", "CIFAR-10: choose its folder…"),
     QT_TRANSLATE_NOOP("convsight::widgets::TrainWorkspace", "32×32 colour photos, 10 classes")},
    {"folder:", QT_TRANSLATE_NOOP("convsight::widgets::TrainWorkspace", "Image folder…"),
     QT_TRANSLATE_NOOP("convsight::widgets::TrainWorkspace",
                       "Your own images: one subfolder per class")},
};

// The hand-made kernels the first layer can start from, in the order its filters take them.
constexpr const char* kStartingPresets[] = {
    "identity", "box-blur",  "gaussian-3x3", "sharpen", "edge",  "sobel-x",
    "sobel-y",  "prewitt-x", "prewitt-y",    "emboss",  "ridge", "horizontal-edge",
};

} // namespace

TrainWorkspace::TrainWorkspace(TrainingSession* session, QWidget* parent)
    : QWidget(parent)
    , session_(session) {
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(createSetupPanel());
    splitter->addWidget(createRunPanel());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 1000});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(splitter);

    connect(session_, &TrainingSession::stateChanged, this, [this] { updateButtons(); });
    connect(session_, &TrainingSession::batchDone, this, &TrainWorkspace::showBatch);
    connect(session_, &TrainingSession::epochDone, charts_, &TrainingCharts::addEpoch);
    connect(session_, &TrainingSession::prepared, this, [this] {
        charts_->clear();
        // Hand-made kernels differ in scale (a blur's 1/9 beside an edge detector's 8): each
        // filter on its own scale shows every one drifting.
        const bool handMade = !session_->setup().initialKernels.empty();
        filters_->setInitialWeights(handMade ? session_->initialFirstLayer() : compute::Tensor());
        filters_->setSharedScale(!handMade);
        message_->showMessage(tr("Training %1 on %2.")
                                  .arg(QString::fromStdString(session_->latestModel()->name()),
                                       QString::fromStdString(session_->data().raw.train->name())));
    });
    connect(session_, &TrainingSession::viewedModelChanged, this, &TrainWorkspace::showViewedModel);
    connect(session_, &TrainingSession::checkpointAdded, this, &TrainWorkspace::updateTimeline);
    connect(session_, &TrainingSession::failed, this, [this](const QString& message) {
        busy_->stop();
        if (!session_->deviceFailure().isEmpty()) {
            // The app goes on: the weights so far are kept, and the CPU can carry on from them.
            const QString op = session_->deviceFailure();
            QString why = message;
            if (why.startsWith(op + QStringLiteral(": ")))
                why.remove(0, op.size() + 2); // the op is named once
            message_->showProblem(tr("The GPU failed in %1, so training stopped: %2").arg(op, why));
            continueOnCpu_->show();
            return;
        }
        message_->showProblem(message);
    });
    connect(session_, &TrainingSession::stateChanged, this, [this](TrainingSession::State state) {
        if (state != TrainingSession::State::Failed && continueOnCpu_)
            continueOnCpu_->hide();
    });
    connect(session_, &TrainingSession::modelLoaded, this, [this] {
        busy_->stop();
        loadedModel_ = session_->latestModel();
        fineTune_->setEnabled(loadedModel_ != nullptr);
        fineTune_->setText(tr("Fine-tune %1").arg(QString::fromStdString(loadedModel_->name())));
        charts_->clear();
        for (const nn::EpochRecord& record : session_->epochs())
            charts_->addEpoch(record);
        // The data set the model was trained on is the one shown and the one a new run uses.
        if (session_->data().raw.train)
            showDataset(session_->setup().datasetSpec, session_->data().raw);
        editor_->setArchitecture(session_->setup().architecture);
        filters_->setInitialWeights(compute::Tensor());
        if (!session_->hasDataset()) {
            message_->showMessage(
                tr("Loaded %1, without a data set of its own: look inside it in Inspect, or "
                   "choose a data set and fine-tune it from its weights.")
                    .arg(QString::fromStdString(session_->latestModel()->name())));
            return;
        }
        message_->showMessage(tr("Loaded %1, trained %2 on %3.")
                                  .arg(QString::fromStdString(session_->latestModel()->name()))
                                  .arg(epochCount(static_cast<double>(session_->epochs().size())))
                                  .arg(session_->setup().datasetSpec));
    });

    chooseDataset(QStringLiteral("shapes"));
    editor_->loadPreset(QStringLiteral("small"));
    updateButtons();
    updateTimeline();
}

QWidget* TrainWorkspace::createSetupPanel() {
    dataset_ = new QComboBox;
    dataset_->setObjectName(QStringLiteral("datasetBox"));
    datasetDetail_ = new QLabel;
    datasetDetail_->setObjectName(QStringLiteral("datasetDetail"));
    datasetDetail_->setWordWrap(true);
    theme::followTheme(datasetDetail_, [] {
        return QStringLiteral("color: %1").arg(theme::colours().mutedText.name());
    });
    for (const DatasetChoice& choice : kDatasets) {
        dataset_->addItem(tr(choice.title), QString::fromLatin1(choice.spec));
        dataset_->setItemData(dataset_->count() - 1, tr(choice.detail), Qt::ToolTipRole);
    }
    connect(dataset_, &QComboBox::currentIndexChanged, this, [this](int index) {
        datasetDetail_->setText(dataset_->itemData(index, Qt::ToolTipRole).toString());
    });
    datasetDetail_->setText(dataset_->itemData(0, Qt::ToolTipRole).toString());
    connect(dataset_, &QComboBox::activated, this, [this](int index) {
        QString spec = dataset_->itemData(index).toString();
        if (spec.endsWith(QLatin1Char(':'))) {
            const QString folder =
                QFileDialog::getExistingDirectory(this, dataset_->itemText(index));
            if (folder.isEmpty()) {
                chooseDataset(datasetSpec_); // back to the current choice
                return;
            }
            spec = spec == QLatin1String("cifar10:") ? spec + folder : folder;
        }
        chooseDataset(spec);
    });
    preview_ = new DatasetPreview;
    preview_->setObjectName(QStringLiteral("datasetPreview"));
    // The lecture's permutation experiment, one click away.
    permutePixels_ = new QCheckBox(tr("Permute pixels"));
    permutePixels_->setObjectName(QStringLiteral("permutePixels"));
    permutePixels_->setToolTip(tr("Shuffle every image's pixels in one fixed order (drawn from "
                                  "the seed), training and test images alike"));
    permuteDetail_ = new QLabel(tr("One shuffle for every image: an MLP learns as well as "
                                   "before, a CNN does not."));
    permuteDetail_->setObjectName(QStringLiteral("permuteDetail"));
    permuteDetail_->setWordWrap(true);
    theme::followTheme(permuteDetail_, [] {
        return QStringLiteral("color: %1").arg(theme::colours().mutedText.name());
    });
    connect(permutePixels_, &QCheckBox::toggled, this, &TrainWorkspace::updatePreview);
    auto* dataPanel = new QWidget;
    auto* dataLayout = new QVBoxLayout(dataPanel);
    dataLayout->setContentsMargins(0, 0, 0, 0);
    dataLayout->addWidget(dataset_);
    dataLayout->addWidget(datasetDetail_);
    dataLayout->addWidget(permutePixels_);
    dataLayout->addWidget(permuteDetail_);
    dataLayout->addWidget(preview_);

    networkSummary_ = new QLabel;
    networkSummary_->setObjectName(QStringLiteral("networkSummary"));
    networkSummary_->setWordWrap(true);
    auto* editNetwork = new QPushButton(tr("Edit the network…"));
    editNetwork->setObjectName(QStringLiteral("editNetworkButton"));
    connect(editNetwork, &QPushButton::clicked, this, [this] { views_->setCurrentIndex(1); });
    editNetwork->setToolTip(tr("Add, remove and change the network's layers"));
    addButtonShortcut(editNetwork, this, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    auto* network = new QWidget;
    auto* networkLayout = new QVBoxLayout(network);
    networkLayout->setContentsMargins(0, 0, 0, 0);
    networkLayout->addWidget(networkSummary_);
    networkLayout->addWidget(editNetwork, 0, Qt::AlignLeft);

    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->addWidget(titledGroup(tr("1 · Data"), dataPanel));
    layout->addWidget(titledGroup(tr("2 · Network"), network));
    layout->addWidget(titledGroup(tr("3 · Training"), createHyperparameters()));
    speed_ = new SpeedComparison;
    speed_->setObjectName(QStringLiteral("speedComparison"));
    layout->addWidget(titledGroup(tr("Speed: examples per second"), speed_));
    layout->addStretch(1);
    // Long entries (the CPU's name, CUDA's reason) elide instead of widening the column.
    for (QComboBox* box : panel->findChildren<QComboBox*>()) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(14);
    }

    // As wide as the data set's thumbnails and the form need; it scrolls up and down.
    return new ColumnScroll(panel);
}

QWidget* TrainWorkspace::createHyperparameters() {
    auto* form = new QWidget;
    auto* layout = new QFormLayout(form);
    // A narrow column puts a long label above its box rather than cutting either.
    layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    epochs_ = new QSpinBox;
    epochs_->setObjectName(QStringLiteral("epochsBox"));
    epochs_->setRange(1, 500);
    epochs_->setValue(3);
    batch_ = new QSpinBox;
    batch_->setObjectName(QStringLiteral("batchBox"));
    batch_->setRange(1, 4096);
    batch_->setValue(64);
    optimizer_ = new QComboBox;
    optimizer_->setObjectName(QStringLiteral("optimizerBox"));
    optimizer_->addItem(tr("Adam"), QStringLiteral("adam"));
    optimizer_->addItem(tr("SGD with momentum"), QStringLiteral("sgd"));
    learningRate_ = new QDoubleSpinBox;
    learningRate_->setObjectName(QStringLiteral("learningRateBox"));
    learningRate_->setDecimals(5);
    learningRate_->setRange(1e-5, 10.0);
    learningRate_->setSingleStep(1e-4);
    learningRate_->setValue(1e-3);
    connect(optimizer_, &QComboBox::currentIndexChanged, this, [this] {
        learningRate_->setValue(optimizer_->currentData() == QLatin1String("sgd") ? 0.01 : 1e-3);
    });
    schedule_ = new QComboBox;
    schedule_->setObjectName(QStringLiteral("scheduleBox"));
    schedule_->addItem(tr("Constant"), QStringLiteral("constant"));
    schedule_->addItem(tr("Cosine (down to 0)"), QStringLiteral("cosine"));
    schedule_->addItem(tr("Step (× 0.1 every 10 epochs)"), QStringLiteral("step"));
    seed_ = new QSpinBox;
    seed_->setObjectName(QStringLiteral("seedBox"));
    seed_->setRange(0, 1'000'000);
    seed_->setValue(1);
    // The permutation is drawn from the seed: the preview follows it.
    connect(seed_, &QSpinBox::valueChanged, this, [this] {
        if (permutePixels_->isChecked())
            updatePreview();
    });
    device_ = new QComboBox;
    device_->setObjectName(QStringLiteral("deviceBox"));
    device_->addItem(
        tr("CPU — %1").arg(QString::fromStdString(compute::Device::cpu().description())));
    device_->addItem(tr("CUDA GPU"));
    if (compute::Device::cuda_available()) {
        device_->setItemText(
            1, tr("CUDA — %1").arg(QString::fromStdString(compute::Device::cuda().description())));
    } else {
        // Greyed out, with the reason in its tooltip.
        const QString reason = translateCoreMessage(compute::Device::cuda_unavailable_reason());
        device_->setItemText(1, tr("CUDA GPU (off: %1)").arg(reason));
        device_->setItemData(1, reason, Qt::ToolTipRole);
        device_->setItemData(1, 0, Qt::UserRole - 1); // disables the item
    }
    startingFilters_ = new QComboBox;
    startingFilters_->setObjectName(QStringLiteral("startingFiltersBox"));
    startingFilters_->addItem(tr("Random (He initialisation)"));
    startingFilters_->addItem(tr("Hand-made: identity, blurs, Sobel, edges…"));
    startingFilters_->addItem(tr("The Filter workspace's kernel, then random"));
    startingFilters_->setToolTip(
        tr("The first convolution layer's starting weights. Start from hand-made kernels and "
           "watch each one drift, epoch by epoch, into what the data asks for."));

    epochs_->setToolTip(tr("How many times the training goes through the whole training set"));
    batch_->setToolTip(tr("How many examples each step of the optimizer averages over"));
    optimizer_->setToolTip(tr("How the weights move against the gradient at each step"));
    learningRate_->setToolTip(tr("The step size η of each update"));
    schedule_->setToolTip(tr("How the learning rate changes from epoch to epoch"));
    seed_->setToolTip(tr("The same seed gives the same starting weights and the same order of "
                         "examples, so a run can be repeated"));
    device_->setToolTip(tr("Where the training computes: the CPU or a CUDA GPU, same code path"));
    layout->addRow(tr("Epochs"), epochs_);
    layout->addRow(tr("Batch size"), batch_);
    layout->addRow(tr("Optimizer"), optimizer_);
    layout->addRow(tr("Learning rate η"), learningRate_);
    layout->addRow(tr("Schedule"), schedule_);
    layout->addRow(tr("Seed"), seed_);
    layout->addRow(tr("Device"), device_);
    if (!compute::Device::cuda_available()) {
        // Why the GPU choice is greyed out, in sight rather than only in the list's tooltip.
        const QString reason = translateCoreMessage(compute::Device::cuda_unavailable_reason());
        auto* off = new QLabel(tr("GPU off: %1").arg(reason));
        off->setObjectName(QStringLiteral("gpuOffLabel"));
        off->setWordWrap(true);
        theme::followTheme(off, [] {
            return QStringLiteral("color: %1").arg(theme::css(theme::colours().mutedText));
        });
        layout->addRow(QString(), off);
    }
    layout->addRow(tr("First-layer filters"), startingFilters_);
    // Transfer learning: a loaded (or imported) network's weights as the start, layer by layer.
    fineTune_ = new QCheckBox(tr("Fine-tune a loaded model"));
    fineTune_->setObjectName(QStringLiteral("fineTuneBox"));
    fineTune_->setEnabled(false);
    fineTune_->setToolTip(tr("Fine-tune: every layer whose shapes match the loaded model's starts "
                             "from its weights (a new last layer starts fresh); tick Frozen in "
                             "the network's table to keep a layer's weights as they are"));
    layout->addRow(QString(), fineTune_);
    return form;
}

QLayout* TrainWorkspace::createRunButtons() {
    const auto button = [this](const QString& text, const QString& name, auto slot) {
        auto* b = new QPushButton(text);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    startButton_ = button(tr("▶  Start"), QStringLiteral("startButton"), &TrainWorkspace::start);
    pauseButton_ = button(tr("Pause"), QStringLiteral("pauseButton"), &TrainWorkspace::togglePause);
    stepButton_ =
        button(tr("One batch"), QStringLiteral("stepButton"), &TrainWorkspace::stepOneBatch);
    stopButton_ = button(tr("■  Stop"), QStringLiteral("stopButton"), &TrainWorkspace::stop);
    saveButton_ = button(tr("Save model…"), QStringLiteral("saveModelButton"), [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save model"), {},
                                                          tr("ConvSight models (*.csmodel)"));
        if (!path.isEmpty())
            saveModelTo(path.endsWith(QLatin1String(".csmodel"))
                            ? path
                            : path + QStringLiteral(".csmodel"));
    });
    loadButton_ = button(tr("Load model…"), QStringLiteral("loadModelButton"), [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load model"), {},
                                                          tr("Models (*.csmodel *.onnx)"));
        if (!path.isEmpty())
            loadModelFrom(path);
    });
    startButton_->setDefault(true);
    startButton_->setToolTip(tr("Start training the network from its first epoch"));
    pauseButton_->setToolTip(tr("Pause the training at the end of a batch, or resume it"));
    stepButton_->setToolTip(tr("While paused: train on one batch, then pause again"));
    stopButton_->setToolTip(tr("Stop the training; the network keeps what it has learned"));
    saveButton_->setToolTip(tr("Save the trained network, its optimizer and its history"));
    loadButton_->setToolTip(tr("Load a saved network to look at it or train it further"));
    addButtonShortcut(startButton_, this, QKeySequence(Qt::CTRL | Qt::Key_Return), tr("Start"));
    addButtonShortcut(pauseButton_, this, QKeySequence(Qt::CTRL | Qt::Key_P),
                      tr("Pause or resume"));
    addButtonShortcut(stepButton_, this, QKeySequence(Qt::CTRL | Qt::Key_B));
    addButtonShortcut(stopButton_, this, QKeySequence(Qt::CTRL | Qt::Key_Period), tr("Stop"));
    addButtonShortcut(saveButton_, this, QKeySequence(Qt::CTRL | Qt::Key_M));
    addButtonShortcut(loadButton_, this, QKeySequence(Qt::CTRL | Qt::Key_L));
    // The row wraps where a projector leaves the panel too narrow for all six.
    auto* buttons = new FlowLayout;
    for (QPushButton* b : {startButton_, pauseButton_, stepButton_, stopButton_})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(saveButton_);
    buttons->addWidget(loadButton_);
    return buttons;
}

QWidget* TrainWorkspace::createWatchView() {
    charts_ = new TrainingCharts;
    charts_->setObjectName(QStringLiteral("trainingCharts"));

    timeline_ = new QSlider(Qt::Horizontal);
    timeline_->setObjectName(QStringLiteral("timeline"));
    timeline_->setToolTip(tr("Every epoch's checkpoint: drag to see the network as it was then"));
    timeline_->setPageStep(1);
    timelineLabel_ = new QLabel;
    timelineLabel_->setObjectName(QStringLiteral("timelineLabel"));
    timelineLabel_->setMinimumWidth(230);
    connect(timeline_, &QSlider::valueChanged, this, [this](int value) {
        // The right end follows the training; any other position is that epoch's checkpoint.
        const int count = static_cast<int>(session_->checkpoints().size());
        const bool live = value >= timeline_->maximum() && session_->isActive();
        session_->setViewedCheckpoint(live || value >= count ? -1 : value);
        updateTimeline();
    });
    auto* timelineRow = new QHBoxLayout;
    timelineRow->addWidget(new QLabel(tr("Timeline")));
    timelineRow->addWidget(timeline_, 1);
    timelineRow->addWidget(timelineLabel_);

    filters_ = new FilterGrid;
    filters_->setObjectName(QStringLiteral("filterGrid"));
    filters_->setEmptyText(tr("The first convolution layer's filters appear here when the "
                              "training starts."));
    updateRule_ = new UpdateRuleView;
    updateRule_->setObjectName(QStringLiteral("updateRule"));
    auto* bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(titledGroup(tr("First-layer filters"), filters_));
    bottom->addWidget(titledGroup(tr("The update rule"), updateRule_));
    bottom->setChildrenCollapsible(false);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    bottom->setSizes({500, 500});
    // Caps on what the parts ask for, so the workspace fits a 1024×768 projector (larger windows
    // give them more), grown with the text: zoom and presentation mode.
    const auto capSizes = [this, bottom] {
        charts_->setMinimumSize(theme::px(360), theme::px(270));
        bottom->setMinimumHeight(theme::px(230));
    };
    capSizes();
    connect(theme::notifier(), &theme::Notifier::scaleChanged, this, capSizes);
    // The charts keep a readable height (Qt Charts cuts axis labels below about 240 px); where
    // the window is short, the filters and the update rule stay below them and the tab scrolls
    // down to them. A larger window shares the height out, and the splitter moves the line.
    auto* main = new QSplitter(Qt::Vertical);
    main->setObjectName(QStringLiteral("watchSplitter"));
    main->addWidget(charts_);
    main->addWidget(bottom);
    main->setChildrenCollapsible(false);
    main->setStretchFactor(0, 3);
    main->setStretchFactor(1, 2);
    main->setSizes({600, 400});
    auto* scroll = new ColumnScroll(main);
    scroll->setObjectName(QStringLiteral("watchScroll"));
    auto* watch = new QWidget;
    auto* watchLayout = new QVBoxLayout(watch);
    watchLayout->setContentsMargins(4, 4, 4, 4);
    watchLayout->addWidget(scroll, 1);
    watchLayout->addLayout(timelineRow);
    return watch;
}

QWidget* TrainWorkspace::createRunPanel() {
    QLayout* buttons = createRunButtons();
    progress_ = new QProgressBar;
    progress_->setObjectName(QStringLiteral("trainingProgress"));
    progress_->setRange(0, 1000);
    progress_->setValue(0);
    progress_->setTextVisible(false);
    progressText_ = headline(QStringLiteral("progressText"),
                             tr("Press Start to train the network on the data set."));
    message_ = new MessageLine;
    message_->setObjectName(QStringLiteral("trainMessage"));
    busy_ = new BusyIndicator(
        this, [this](const QString& text) { message_->showMessage(text); },
        [this] { message_->clearMessage(); });
    busy_->setObjectName(QStringLiteral("trainBusyIndicator"));

    QWidget* watch = createWatchView();

    editor_ = new ArchitectureEditor;
    editor_->setObjectName(QStringLiteral("architectureEditor"));
    connect(editor_, &ArchitectureEditor::architectureChanged, this, [this] {
        updateButtons();
        updateNetworkSummary();
    });
    views_ = new QTabWidget;
    views_->setObjectName(QStringLiteral("trainViews"));
    views_->addTab(watch, tr("Watch it learn"));
    // The editor scrolls where the window is short rather than squeeze its table.
    auto* networkScroll = new ColumnScroll(editor_);
    networkScroll->setObjectName(QStringLiteral("networkScroll"));
    views_->addTab(networkScroll, tr("Network"));

    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(progress_);
    layout->addWidget(progressText_);
    continueOnCpu_ = new QPushButton(tr("Continue on the CPU"));
    continueOnCpu_->setObjectName(QStringLiteral("continueOnCpuButton"));
    continueOnCpu_->setToolTip(
        tr("Train on from the current weights on the CPU: slower, but no GPU needed"));
    continueOnCpu_->hide();
    connect(continueOnCpu_, &QPushButton::clicked, this, &TrainWorkspace::continueOnCpu);
    auto* messageRow = new QHBoxLayout;
    messageRow->addWidget(message_, 1);
    messageRow->addWidget(continueOnCpu_, 0, Qt::AlignTop);
    layout->addLayout(messageRow);
    layout->addWidget(views_, 1);
    panel->setMinimumSize(380, 520);
    return panel;
}

void TrainWorkspace::updateNetworkSummary() {
    const QLocale locale;
    const QString name =
        QString::fromStdString(editor_->architecture().value("name", std::string("model")));
    networkSummary_->setText(
        editor_->isValid()
            ? tr("<b>%1</b>: %2 layers, %3 parameters, %4 FLOPs per example.")
                  .arg(name)
                  .arg(editor_->architecture().value("layers", nlohmann::json::array()).size())
                  .arg(locale.toString(static_cast<qlonglong>(editor_->parameterCount())))
                  .arg(locale.toString(static_cast<qlonglong>(editor_->flops())))
            : tr("<b>%1</b>: <span style='color:%2'>%3</span>")
                  .arg(name, theme::css(theme::colours().problemInline), editor_->problem()));
}

void TrainWorkspace::setFilterKernelSource(std::function<conv::Matrix()> source) {
    filterKernel_ = std::move(source);
}

void TrainWorkspace::chooseDataset(const QString& spec) {
    const int entry = dataset_->findData(spec);
    busy_->start(tr("Opening %1…").arg(entry >= 0 ? dataset_->itemText(entry) : spec));
    // The split, or the reason it could not be opened.
    using Opened = std::variant<data::DatasetSplit, QString>;
    datasetTask_.run(
        [spec](const CancelFlag&) -> Opened {
            try {
                return image::open_dataset(spec.toStdString());
            } catch (const std::exception& e) {
                return translateCoreMessage(e.what());
            }
        },
        [this, spec](const Opened& opened) {
            busy_->stop();
            if (const auto* error = std::get_if<QString>(&opened))
                message_->showProblem(*error);
            else
                showDataset(spec, std::get<data::DatasetSplit>(opened));
            emit datasetReady();
        });
}

void TrainWorkspace::showDataset(const QString& spec, const data::DatasetSplit& split) {
    datasetSpec_ = spec;
    // The entry of the spec; "cifar10:DIR" is the CIFAR-10 entry, any other folder the folder one.
    int entry = -1;
    for (int i = 0; i < dataset_->count() && entry < 0; ++i)
        if (dataset_->itemData(i).toString() == spec)
            entry = i;
    if (entry < 0)
        entry = dataset_->findData(spec.startsWith(QLatin1String("cifar10:"))
                                       ? QStringLiteral("cifar10:")
                                       : QStringLiteral("folder:"));
    dataset_->setCurrentIndex(entry);
    dataset_->setToolTip(tr("The data set: %1").arg(spec));
    // Another data set: the last run's accuracy says nothing about it.
    if (!session_->isActive() && session_->setup().datasetSpec != spec) {
        progressText_->setText(tr("Press Start to train the network on the data set."));
        progress_->setValue(0);
    }
    shownTrain_ = split.train;
    updatePreview();
    editor_->setInput(split.train->example_shape(), split.train->class_count());
    message_->showMessage(tr("%1: %2 training and %3 test examples.")
                              .arg(QString::fromStdString(split.train->name()))
                              .arg(QLocale().toString(static_cast<qlonglong>(split.train->size())))
                              .arg(QLocale().toString(static_cast<qlonglong>(split.test->size()))));
    updateButtons();
}

void TrainWorkspace::updatePreview() {
    if (!shownTrain_)
        return;
    preview_->setDataset(permutePixels_->isChecked()
                             ? std::make_shared<data::PixelPermuted>(
                                   shownTrain_, static_cast<std::uint64_t>(seed_->value()))
                             : shownTrain_);
}

TrainingSession::Setup TrainWorkspace::setup() const {
    TrainingSession::Setup setup;
    setup.datasetSpec = datasetSpec_;
    setup.architecture = editor_->architecture();
    nn::TrainerConfig& config = setup.config;
    config.epochs = epochs_->value();
    config.batch_size = batch_->value();
    config.optimizer = optimizer_->currentData().toString().toStdString();
    config.learning_rate = static_cast<float>(learningRate_->value());
    config.schedule =
        nn::LearningRateSchedule::parse(schedule_->currentData().toString().toStdString());
    config.seed = static_cast<std::uint64_t>(seed_->value());
    config.device = device_->currentIndex() == 1 ? compute::Device::cuda() : compute::Device::cpu();
    setup.initialKernels = startingKernels();
    setup.permutePixels = permutePixels_->isChecked();
    if (fineTune_->isChecked() && fineTune_->isEnabled())
        setup.startingWeights = loadedModel_;
    return setup;
}

std::vector<conv::Matrix> TrainWorkspace::startingKernels() const {
    std::vector<conv::Matrix> kernels;
    if (startingFilters_->currentIndex() == 1) {
        for (const char* id : kStartingPresets)
            kernels.push_back(conv::kernel_preset(id).weights());
    } else if (startingFilters_->currentIndex() == 2 && filterKernel_) {
        kernels.push_back(filterKernel_());
    }
    // No more kernels than the first layer has filters.
    const nlohmann::json architecture = editor_->architecture();
    for (const nlohmann::json& layer : architecture.value("layers", nlohmann::json::array()))
        if (layer.value("type", "") == "conv2d") {
            const auto filters = static_cast<std::size_t>(layer.value("filters", 0));
            if (kernels.size() > filters)
                kernels.resize(filters);
            break;
        }
    return kernels;
}

void TrainWorkspace::continueOnCpu() {
    continueOnCpu_->hide();
    device_->setCurrentIndex(0); // the CPU, for this run and the next
    QString error;
    if (!session_->continueOnCpu(&error)) {
        message_->showProblem(error);
        return;
    }
    message_->showMessage(tr("Training goes on on the CPU from the weights it had reached."));
}

void TrainWorkspace::start() {
    if (!editor_->isValid()) {
        message_->showProblem(editor_->problem());
        return;
    }
    if (datasetSpec_.isEmpty()) {
        message_->showProblem(tr("Choose a data set first."));
        return;
    }
    progress_->setValue(0);
    progressText_->setText(TrainingSession::stateText(TrainingSession::State::Preparing));
    timeline_->setValue(timeline_->maximum());
    views_->setCurrentIndex(0);
    session_->start(setup());
}

void TrainWorkspace::togglePause() {
    if (session_->state() == TrainingSession::State::Paused)
        session_->resume();
    else
        session_->pause();
}

void TrainWorkspace::stepOneBatch() {
    session_->step();
}

void TrainWorkspace::stop() {
    session_->stop();
}

bool TrainWorkspace::saveModelTo(const QString& path) {
    QString error;
    if (!session_->saveModel(path, &error)) {
        message_->showProblem(error);
        return false;
    }
    message_->showMessage(tr("Saved %1.").arg(path));
    return true;
}

void TrainWorkspace::loadModelFrom(const QString& path) {
    if (loadGuard_ && !loadGuard_())
        return;
    busy_->start(tr("Loading %1…").arg(QFileInfo(path).fileName()));
    session_->loadModel(path);
}

void TrainWorkspace::updateButtons() {
    using State = TrainingSession::State;
    const State state = session_->state();
    const bool active = session_->isActive();
    startButton_->setEnabled(!active && editor_->isValid() && !datasetSpec_.isEmpty());
    pauseButton_->setEnabled(state == State::Running || state == State::Paused);
    pauseButton_->setText(state == State::Paused ? tr("▶  Resume") : tr("❚❚  Pause"));
    stepButton_->setEnabled(state == State::Paused);
    stopButton_->setEnabled(active);
    loadButton_->setEnabled(!active);
    saveButton_->setEnabled(session_->latestModel() != nullptr);
    dataset_->setEnabled(!active);
    editor_->setLocked(active, tr("The network cannot change while it trains."));
    for (QWidget* w : std::initializer_list<QWidget*>{epochs_, batch_, optimizer_, learningRate_,
                                                      schedule_, seed_, device_, startingFilters_})
        w->setEnabled(!active);
    fineTune_->setEnabled(!active && loadedModel_ != nullptr);
    // The last run's outcome while its data set is the one chosen; another data set starts afresh.
    const bool sameData = session_->setup().datasetSpec == datasetSpec_;
    if (sameData &&
        (state == State::Finished || state == State::Stopped || state == State::Failed)) {
        QString text = TrainingSession::stateText(state);
        if (!session_->epochs().empty()) {
            const nn::EpochRecord& last = session_->epochs().back();
            text += tr(" · %1 · test accuracy %2 %")
                        .arg(epochCount(last.epoch))
                        .arg(QLocale().toString(100.0 * last.test_accuracy, 'f', 1));
        }
        progressText_->setText(text);
    }
    updateTimeline();
}

void TrainWorkspace::showBatch(const nn::BatchProgress& p) {
    charts_->addBatch(p);
    progress_->setValue(static_cast<int>(std::lround(p.progress * 1000.0)));
    const QLocale locale;
    progressText_->setText(tr("%1 · epoch %2 of %3 · batch %4 of %5 · %6 examples/s · ETA %7")
                               .arg(TrainingSession::stateText(session_->state()))
                               .arg(p.epoch)
                               .arg(p.epochs)
                               .arg(p.batch)
                               .arg(p.batches)
                               .arg(locale.toString(std::round(p.examples_per_second), 'f', 0))
                               .arg(QString::fromStdString(nn::clock_time(p.eta_seconds))));
    const nn::TrainerConfig& config = session_->setup().config;
    const QString where =
        config.device.is_cuda()
            ? tr("CUDA, %1").arg(QString::fromStdString(config.device.description()))
            : tr("CPU, %1").arg(QString::fromStdString(compute::Device::cpu().description()));
    speed_->setCurrent(tr("This machine (%1)").arg(where), p.examples_per_second,
                       tr("Yours: %1 on %2; the lecture's: its CNN on CIFAR-10.")
                           .arg(QString::fromStdString(session_->latestModel()->name()),
                                QString::fromStdString(session_->data().raw.train->name())));
    updateRule_->setLearningRate(p.learning_rate);
}

void TrainWorkspace::showViewedModel() {
    const std::shared_ptr<const nn::Sequential> model = session_->viewedModel();
    if (!model)
        return;
    const double position = session_->viewedPosition();
    if (!nn::first_conv(*model)) {
        filters_->setWeights(compute::Tensor());
        filters_->setTitle({});
        filters_->setEmptyText(tr("No filters to show: the model has no convolution layer yet."));
    } else {
        filters_->setWeights(nn::first_conv_weights(*model));
        // Mid-epoch (a snapshot, One batch): which batch of which epoch.
        const std::int64_t batches =
            session_->batches().empty() ? 0 : session_->batches().back().batches;
        const int epoch = static_cast<int>(std::floor(position));
        const auto batch = static_cast<std::int64_t>(
            std::lround((position - epoch) * static_cast<double>(batches)));
        const QString when = position == epoch || batches == 0
                                 ? epochCount(position, 2)
                                 : tr("batch %1 of epoch %2").arg(batch).arg(epoch + 1);
        filters_->setTitle(tr("%1 after %2")
                               .arg(QString::fromStdString(nn::first_conv(*model)->name()))
                               .arg(when));
    }
    charts_->setCursor(session_->viewedCheckpoint() >= 0 ? position : -1.0);
    if (session_->viewedCheckpoint() < 0) {
        updateRule_->setOptimizer(session_->optimizerSettings());
    }
}

void TrainWorkspace::updateTimeline() {
    const int count = static_cast<int>(session_->checkpoints().size());
    const bool live = session_->viewedCheckpoint() < 0;
    const QSignalBlocker block(timeline_);
    // One stop per checkpoint, and while training one more at the right: "now".
    const int stops = count + (session_->isActive() ? 1 : 0);
    timeline_->setRange(0, std::max(0, stops - 1));
    timeline_->setEnabled(stops > 1);
    if (live)
        timeline_->setValue(timeline_->maximum());
    const int value = timeline_->value();
    if (count == 0)
        timelineLabel_->setText(tr("no checkpoints yet"));
    else if (value >= count || (live && session_->isActive()))
        timelineLabel_->setText(tr("now (following the training)"));
    else
        timelineLabel_->setText(
            tr("checkpoint: epoch %1 of %2")
                .arg(session_->checkpoints()[static_cast<std::size_t>(value)].epoch)
                .arg(session_->checkpoints().back().epoch));
}

} // namespace convsight::widgets
