// The Filter workspace: controls, views and the glue between the kernel editor and the worker.
#include "filter/FilterWorkspace.h"

#include "common/BusyIndicator.h"
#include "common/ColumnScroll.h"
#include "common/CoreMessages.h"
#include "common/ImageView.h"
#include "common/MessageLine.h"
#include "common/Shortcuts.h"
#include "common/Theme.h"
#include "compute/shared/math.h"
#include "filter/Histogram.h"
#include "filter/ImageSource.h"
#include "filter/KernelEditor.h"
#include "filter/KernelNumbers.h"
#include "filter/KernelQuiz.h"
#include "image/ImageIO.h"
#include "image/NpyWriter.h"
#include "image/VideoSource.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <utility>

namespace convsight::widgets {

namespace {

QString displayTitle(image::SignedDisplay mode) {
    switch (mode) {
    case image::SignedDisplay::Clamp:
        return FilterWorkspace::tr("Clamp to 0…255");
    case image::SignedDisplay::Absolute:
        return FilterWorkspace::tr("Absolute value");
    case image::SignedDisplay::Offset128:
        return FilterWorkspace::tr("Offset by 128");
    case image::SignedDisplay::Normalize:
        return FilterWorkspace::tr("Normalised min…max");
    case image::SignedDisplay::Diverging:
        return FilterWorkspace::tr("Diverging colours");
    }
    return {};
}

// A pixel value as the slides write it: integers plainly, others with one decimal.
QString pixelNumber(double value) {
    return displayNumber(std::abs(value - std::round(value)) < 1e-9 ? std::round(value)
                                                                    : std::round(value * 10) / 10);
}

} // namespace

// An image load as an undo step: undo shows the image before it.
class FilterWorkspace::LoadImageCommand : public QUndoCommand {
public:
    LoadImageCommand(FilterWorkspace* workspace, cv::Mat image, QString name)
        : QUndoCommand(FilterWorkspace::tr("Open %1").arg(name))
        , workspace_(workspace)
        , before_(workspace->source_)
        , beforeName_(workspace->sourceName_)
        , after_(std::move(image))
        , afterName_(std::move(name)) {}

    void redo() override { workspace_->showSource(after_, afterName_); }
    void undo() override { workspace_->showSource(before_, beforeName_); }

private:
    FilterWorkspace* workspace_;
    cv::Mat before_;
    QString beforeName_;
    cv::Mat after_;
    QString afterName_;
};

FilterWorkspace::FilterWorkspace(QWidget* parent)
    : QWidget(parent)
    , imageSource_(new ImageSource(this))
    , runner_(new FilterRunner(this))
    , editor_(new KernelEditor(this))
    , sync_(new ViewSync(this)) {
    setAcceptDrops(true);
    createActions();

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createViews());
    splitter->addWidget(createSidePanel());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);
    layout->addWidget(createSourceBar());
    layout->addWidget(createViewBar());
    layout->addWidget(createMessageBar());
    layout->addWidget(splitter, 1);

    connect(runner_, &FilterRunner::finished, this, &FilterWorkspace::onFiltered);
    connect(editor_, &KernelEditor::kernelChanged, this, &FilterWorkspace::refilter);
    connectImageSource();

    createShortcuts();
    loadSample(0);
    undoStack()->clear(); // the first image is where the session starts, not an edit
}

FilterWorkspace::~FilterWorkspace() = default;

void FilterWorkspace::createShortcuts() {
    const std::pair<QAction*, QKeySequence> editorKeys[] = {
        {editor_->randomAction(), QKeySequence(Qt::CTRL | Qt::Key_R)},
        {editor_->transposeAction(), QKeySequence(Qt::CTRL | Qt::Key_T)},
        {editor_->flipAction(), QKeySequence(Qt::CTRL | Qt::Key_F)},
        {editor_->negateAction(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
        {editor_->clearAction(), QKeySequence(Qt::CTRL | Qt::Key_Delete)},
        {editor_->normaliseAction(), QKeySequence(Qt::CTRL | Qt::Key_U)},
        {editor_->openAction(), QKeySequence(Qt::CTRL | Qt::Key_K)},
        {editor_->saveAction(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)},
    };
    for (const auto& [action, keys] : editorKeys)
        setWorkspaceShortcut(action, this, keys);
    cameraAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));

    const auto presetAction = [this](const QString& text, const char* name, QKeySequence keys,
                                     int step) {
        auto* action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        setWorkspaceShortcut(action, this, keys);
        connect(action, &QAction::triggered, this, [this, step] { stepPreset(step); });
    };
    presetAction(tr("Previous kernel preset"), "previousPresetAction",
                 QKeySequence(Qt::ALT | Qt::Key_Up), -1);
    presetAction(tr("Next kernel preset"), "nextPresetAction", QKeySequence(Qt::ALT | Qt::Key_Down),
                 +1);
    auto* identity = new QAction(tr("Identity kernel: the photo as it is"), this);
    identity->setObjectName(QStringLiteral("identityPresetAction"));
    setWorkspaceShortcut(identity, this, QKeySequence(Qt::ALT | Qt::Key_Home));
    connect(identity, &QAction::triggered, this, [this] {
        editor_->loadPreset(QStringLiteral("identity"));
        setDisplayMode(image::SignedDisplay::Clamp);
    });

    // Alt+1…5: the five views, in the order of their buttons.
    const QList<QAbstractButton*> views = viewButtons_->buttons();
    for (int i = 0; i < views.size(); ++i)
        addButtonShortcut(views[i], this,
                          QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)),
                          tr("View: %1").arg(views[i]->text()));
}

void FilterWorkspace::stepPreset(int step) {
    auto* combo = editor_->findChild<QComboBox*>(QStringLiteral("kernelPresetCombo"));
    if (!combo || combo->count() < 2)
        return;
    // Entry 0 is "Custom": the presets are 1…count − 1, and the steps go round.
    const int presets = combo->count() - 1;
    const int current = std::max(combo->currentIndex(), step > 0 ? 0 : 1);
    const int next = 1 + ((current - 1 + step) % presets + presets) % presets;
    editor_->loadPreset(combo->itemData(next).toString());
}

QUndoStack* FilterWorkspace::undoStack() const {
    return editor_->undoStack();
}

bool FilterWorkspace::isFiltering() const {
    return runner_->isBusy();
}

QString FilterWorkspace::message() const {
    return messageBar_->isHidden() ? QString() : messageLabel_->text();
}

QString FilterWorkspace::pixelExplanation() const {
    return pixelLabel_->text();
}

QStringList FilterWorkspace::sampleNames() {
    return ImageSource::sampleNames();
}

void FilterWorkspace::connectImageSource() {
    connect(imageSource_, &ImageSource::imageLoaded, this,
            [this](const cv::Mat& image, const QString& name) {
                clearMessage();
                undoStack()->push(new LoadImageCommand(this, image, name));
            });
    connect(imageSource_, &ImageSource::loadFailed, this,
            [this](const QString& why) { showMessage(why); });
    connect(imageSource_, &ImageSource::imageReduced, this,
            [this](const QString& note) { showMessage(note); });
    connect(imageSource_, &ImageSource::kernelFileOpened, this, &FilterWorkspace::loadKernelFile);
    connect(imageSource_, &ImageSource::videoOpened, this, &FilterWorkspace::showVideoBar);
    connect(imageSource_, &ImageSource::videoFrameShown, this, &FilterWorkspace::showVideoFrame);
    opening_ = new BusyIndicator(
        this, [this](const QString& text) { showMessage(text); }, [this] { clearMessage(); });
    opening_->setObjectName(QStringLiteral("openingIndicator"));
    connect(imageSource_, &ImageSource::stateChanged, this, [this](ImageSource::State state) {
        if (state != ImageSource::State::Loading)
            opening_->stop();
        playButton_->setText(state == ImageSource::State::Playing ? tr("⏸ Pause") : tr("▶ Play"));
        videoBar_->setVisible(imageSource_->hasVideo());
    });
    connect(imageSource_, &ImageSource::recentFilesChanged, this,
            &FilterWorkspace::rebuildRecentMenu);
}

void FilterWorkspace::createActions() {
    openAction_ = new QAction(tr("&Open Image or Video…"), this);
    openAction_->setObjectName(QStringLiteral("openImageAction"));
    openAction_->setShortcut(QKeySequence::Open);
    openAction_->setToolTip(tr("Open a photo (any format OpenCV reads) or a video (Ctrl+O)"));
    connect(openAction_, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open an image or a video"), {},
            tr("Images and videos (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.jp2 *.pbm *.pgm "
               "*.ppm *.pnm *.pxm *.sr *.ras *.exr *.hdr *.pic *.mp4 *.avi *.mkv *.mov *.webm "
               "*.mpg *.mpeg *.m4v);;All files (*)"));
        if (!path.isEmpty())
            loadFile(path);
    });

    pasteAction_ = new QAction(tr("&Paste Image"), this);
    pasteAction_->setObjectName(QStringLiteral("pasteImageAction"));
    pasteAction_->setShortcut(QKeySequence::Paste);
    pasteAction_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    pasteAction_->setToolTip(tr("Use the image on the clipboard (Ctrl+V)"));
    connect(pasteAction_, &QAction::triggered, this, &FilterWorkspace::paste);
    addAction(pasteAction_);

    cameraAction_ = new QAction(tr("&Camera"), this);
    cameraAction_->setObjectName(QStringLiteral("cameraAction"));
    const QString reason = translateCoreMessage(image::camera_unavailable_reason());
    cameraAction_->setEnabled(reason.isEmpty());
    cameraAction_->setToolTip(reason.isEmpty() ? tr("Filter the live camera picture") : reason);
    connect(cameraAction_, &QAction::triggered, this, &FilterWorkspace::openCamera);

    exportAction_ = new QAction(tr("&Export Output…"), this);
    exportAction_->setObjectName(QStringLiteral("exportOutputAction"));
    exportAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction_->setToolTip(
        tr("Save the output: PNG (8-bit, as displayed), TIFF (32-bit float) or NumPy .npy"));
    connect(exportAction_, &QAction::triggered, this, &FilterWorkspace::exportWithDialog);

    copyOutputAction_ = new QAction(tr("Copy &Output"), this);
    copyOutputAction_->setObjectName(QStringLiteral("copyOutputAction"));
    copyOutputAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(copyOutputAction_, &QAction::triggered, this, &FilterWorkspace::copyOutput);

    recentMenu_ = new QMenu(tr("Open &Recent"), this);
    recentMenu_->setObjectName(QStringLiteral("recentFilesMenu"));
    connect(recentMenu_, &QMenu::aboutToShow, this, &FilterWorkspace::rebuildRecentMenu);
    rebuildRecentMenu();

    samplesMenu_ = new QMenu(tr("&Samples"), this);
    samplesMenu_->setObjectName(QStringLiteral("samplesMenu"));
    const QStringList names = sampleNames();
    for (int i = 0; i < names.size(); ++i) {
        if (i == ImageSource::photoCount())
            samplesMenu_->addSeparator();
        samplesMenu_->addAction(names[i], this, [this, i] { loadSample(i); });
    }
}

QWidget* FilterWorkspace::createSourceBar() {
    auto* bar = new QWidget;
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    sampleCombo_ = new QComboBox;
    sampleCombo_->setObjectName(QStringLiteral("sampleCombo"));
    sampleCombo_->addItems(sampleNames());
    sampleCombo_->insertSeparator(ImageSource::photoCount());
    sampleCombo_->setToolTip(tr("Bundled photos and generated test patterns"));
    // Narrow windows (a 1024-pixel projector) shorten the names rather than the views.
    sampleCombo_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    sampleCombo_->setMinimumContentsLength(16);
    connect(sampleCombo_, &QComboBox::activated, this, [this](int index) {
        if (sampleCombo_->itemData(index) == QStringLiteral("file"))
            return;                                                        // the file shown now
        loadSample(index > ImageSource::photoCount() ? index - 1 : index); // skip the separator
    });

    const auto button = [bar](QAction* action) {
        auto* b = new QToolButton(bar);
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    layout->addWidget(sampleCombo_);
    layout->addWidget(button(openAction_));
    openAction_->setIconText(tr("Open…"));
    pasteAction_->setIconText(tr("Paste"));
    layout->addWidget(button(pasteAction_));
    layout->addWidget(button(cameraAction_));

    // Play/pause and scrub, shown while a video or the camera is the input.
    videoBar_ = new QWidget;
    auto* video = new QHBoxLayout(videoBar_);
    video->setContentsMargins(0, 0, 0, 0);
    playButton_ = new QToolButton;
    playButton_->setObjectName(QStringLiteral("playButton"));
    playButton_->setText(tr("▶ Play"));
    connect(playButton_, &QToolButton::clicked, this, &FilterWorkspace::playPause);
    scrubSlider_ = new QSlider(Qt::Horizontal);
    scrubSlider_->setObjectName(QStringLiteral("scrubSlider"));
    scrubSlider_->setMinimumWidth(60);
    connect(scrubSlider_, &QSlider::sliderMoved, imageSource_, &ImageSource::seek);
    frameLabel_ = new QLabel;
    auto* stop = new QToolButton;
    stop->setText(tr("■ Stop"));
    connect(stop, &QToolButton::clicked, this, &FilterWorkspace::stopVideo);
    video->addWidget(playButton_);
    video->addWidget(scrubSlider_, 1);
    video->addWidget(frameLabel_);
    video->addWidget(stop);
    videoBar_->hide();
    layout->addWidget(videoBar_, 1);
    layout->addStretch();
    if (!compute::Device::cuda_available()) {
        // In sight beside the device button (whose menu and the status bar say why): the bar has
        // no room for the whole reason at 1000 px or when presenting.
        auto* off = new QLabel(tr("GPU off"));
        off->setObjectName(QStringLiteral("gpuOffLabel"));
        off->setToolTip(tr("The CUDA GPU cannot be used: %1")
                            .arg(translateCoreMessage(compute::Device::cuda_unavailable_reason())));
        theme::followTheme(off, [] {
            return QStringLiteral("color: %1").arg(theme::css(theme::colours().mutedText));
        });
        layout->addWidget(off);
    }
    layout->addWidget(createDeviceButton());
    return bar;
}

QWidget* FilterWorkspace::createDeviceButton() {
    // The active device, always in sight, doubles as the switch: its menu offers the CPU and
    // CUDA, greyed out with the reason when there is none.
    auto* menu = new QMenu(this);
    menu->setToolTipsVisible(true);
    auto* group = new QActionGroup(menu);
    cpuAction_ = menu->addAction(
        tr("CPU — %1").arg(QString::fromStdString(compute::Device::cpu().description())));
    cpuAction_->setObjectName(QStringLiteral("cpuDeviceAction"));
    cudaAction_ = menu->addAction(tr("CUDA GPU"));
    cudaAction_->setObjectName(QStringLiteral("cudaDeviceAction"));
    for (QAction* action : {cpuAction_, cudaAction_}) {
        action->setCheckable(true);
        group->addAction(action);
    }
    cpuAction_->setChecked(true);
    if (compute::Device::cuda_available()) {
        cudaAction_->setText(
            tr("CUDA GPU — %1")
                .arg(QString::fromStdString(compute::Device::all().at(1).description())));
    } else {
        const QString reason = translateCoreMessage(compute::Device::cuda_unavailable_reason());
        cudaAction_->setEnabled(false);
        cudaAction_->setText(tr("CUDA GPU (off: %1)").arg(reason)); // greyed, the reason in words
        cudaAction_->setToolTip(reason);
    }
    connect(cpuAction_, &QAction::triggered, this,
            [this] { setDeviceType(compute::DeviceType::Cpu); });
    connect(cudaAction_, &QAction::triggered, this,
            [this] { setDeviceType(compute::DeviceType::Cuda); });

    deviceButton_ = new QToolButton;
    deviceButton_->setObjectName(QStringLiteral("deviceButton"));
    deviceButton_->setMenu(menu);
    deviceButton_->setPopupMode(QToolButton::InstantPopup);
    deviceButton_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    theme::followTheme(deviceButton_, [] {
        return QStringLiteral("QToolButton { background: %1; color: %2; border-radius: 6px; "
                              "padding: 4px 10px; font-weight: bold; } "
                              "QToolButton::menu-indicator { image: none; width: 0; }")
            .arg(theme::css(theme::colours().sidebar), theme::css(theme::colours().sidebarText));
    });
    updateDeviceLabel();
    return deviceButton_;
}

QWidget* FilterWorkspace::createViewBar() {
    auto* bar = new QWidget;
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    viewButtons_ = new QButtonGroup(this);
    viewButtons_->setExclusive(true);
    const std::pair<ViewMode, QString> modes[] = {
        {ViewMode::SideBySide, tr("Side by side")}, {ViewMode::Split, tr("Split")},
        {ViewMode::Difference, tr("Difference")},   {ViewMode::Displays, tr("All displays")},
        {ViewMode::Bank, tr("Filter bank")},
    };
    const QString tips[] = {
        tr("Input and output next to each other, zoomed and panned together"),
        tr("Input left and output right of a line you drag"),
        tr("Output − input: what the filter changed"),
        tr("The output in every display mode at once: where do negative values go?"),
        tr("Sobel x, Sobel y, their gradient magnitude and more on the same image; click one to "
           "edit it"),
    };
    static const char* names[] = {"viewSideBySideButton", "viewSplitButton", "viewDifferenceButton",
                                  "viewDisplaysButton", "viewBankButton"};
    for (int i = 0; i < 5; ++i) {
        auto* button = new QToolButton;
        button->setObjectName(QString::fromLatin1(names[i]));
        button->setText(modes[i].second);
        button->setToolTip(tips[i]);
        button->setCheckable(true);
        button->setChecked(modes[i].first == viewMode_);
        viewButtons_->addButton(button, static_cast<int>(modes[i].first));
        layout->addWidget(button);
    }
    connect(viewButtons_, &QButtonGroup::idClicked, this,
            [this](int id) { setViewMode(static_cast<ViewMode>(id)); });
    layout->addStretch();
    auto* quizButton = new QToolButton;
    quizButton->setObjectName(QStringLiteral("kernelQuizButton"));
    quizButton->setDefaultAction(quiz_->quizAction());
    layout->addWidget(quizButton);
    return bar;
}

QWidget* FilterWorkspace::createDisplayBar() {
    auto* bar = new QWidget;
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    displayCombo_ = new QComboBox;
    displayCombo_->setObjectName(QStringLiteral("displayCombo"));
    for (const image::SignedDisplay mode : image::signed_displays())
        displayCombo_->addItem(displayTitle(mode), static_cast<int>(mode));
    displayCombo_->setCurrentIndex(displayCombo_->findData(static_cast<int>(display_)));
    displayCombo_->setToolTip(tr("How output values below 0 and above 255 are shown"));
    displayCombo_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    displayCombo_->setMinimumContentsLength(10);
    connect(displayCombo_, &QComboBox::activated, this, [this](int index) {
        setDisplayMode(static_cast<image::SignedDisplay>(displayCombo_->itemData(index).toInt()));
    });
    colourCombo_ = new QComboBox;
    colourCombo_->setObjectName(QStringLiteral("colourCombo"));
    colourCombo_->addItem(tr("Colour (R, G, B)"));
    colourCombo_->addItem(tr("Grey"));
    colourCombo_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    colourCombo_->setMinimumContentsLength(7);
    colourCombo_->setToolTip(
        tr("Filter each colour channel, or the grey (luminance) image: one channel"));
    connect(colourCombo_, &QComboBox::activated, this, [this](int index) { setGrey(index == 1); });
    layout->addWidget(new QLabel(tr("Show as:")));
    layout->addWidget(displayCombo_, 1);
    layout->addWidget(colourCombo_, 1);
    return bar;
}

QWidget* FilterWorkspace::createMessageBar() {
    // The workspace's message line, with a button to hide it.
    messageBar_ = new QWidget;
    messageBar_->setObjectName(QStringLiteral("filterMessageBar"));
    auto* layout = new QHBoxLayout(messageBar_);
    layout->setContentsMargins(0, 0, 0, 0);
    messageLabel_ = new MessageLine;
    messageLabel_->setObjectName(QStringLiteral("filterMessage"));
    messageLabel_->setMinimumWidth(200);
    messageLabel_->setTextFormat(Qt::PlainText);
    auto* close = new QToolButton;
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Hide this message"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, this, &FilterWorkspace::clearMessage);
    continueOnCpu_ = new QPushButton(tr("Continue on the CPU"));
    continueOnCpu_->setObjectName(QStringLiteral("continueOnCpuButton"));
    continueOnCpu_->setToolTip(tr("Filter on the CPU from now on: same result, no GPU needed"));
    continueOnCpu_->hide();
    connect(continueOnCpu_, &QPushButton::clicked, this, [this] {
        continueOnCpu_->hide();
        if (setDeviceType(compute::DeviceType::Cpu))
            showMessage(tr("Filtering on the CPU now."), false);
    });
    layout->addWidget(messageLabel_, 1);
    layout->addWidget(continueOnCpu_);
    layout->addWidget(close);
    messageBar_->hide();
    return messageBar_;
}

ImageView* FilterWorkspace::addView(const QString& caption) {
    auto* view = new ImageView;
    view->setSync(sync_);
    view->setCaption(caption);
    return view;
}

QWidget* FilterWorkspace::createViews() {
    pages_ = new QStackedWidget;
    pages_->setObjectName(QStringLiteral("filterViews"));

    // Side by side: hovering the output outlines the input window it reads.
    inputView_ = addView(tr("Input"));
    inputView_->setObjectName(QStringLiteral("inputView"));
    outputView_ = addView(tr("Output"));
    outputView_->setObjectName(QStringLiteral("outputView"));
    connect(outputView_, &ImageView::pixelHovered, this, &FilterWorkspace::explainPixel);
    sideBySide_ = new QWidget;
    sideBySide_->installEventFilter(this);
    auto* pair = new QBoxLayout(QBoxLayout::LeftToRight, sideBySide_);
    pair->setContentsMargins(0, 0, 0, 0);
    pair->setSpacing(6);
    pair->addWidget(inputView_);
    pair->addWidget(outputView_);
    pages_->addWidget(sideBySide_);

    splitView_ = addView(tr("Input"));
    splitView_->setObjectName(QStringLiteral("splitView"));
    pages_->addWidget(splitView_);

    differenceView_ = addView(tr("Output − input"));
    differenceView_->setObjectName(QStringLiteral("differenceView"));
    pages_->addWidget(differenceView_);

    auto* displays = new QWidget;
    auto* displayGrid = new QGridLayout(displays);
    displayGrid->setContentsMargins(0, 0, 0, 0);
    displayGrid->setSpacing(6);
    displayViews_ << addView(tr("Input"));
    for (const image::SignedDisplay mode : image::signed_displays())
        displayViews_ << addView(displayTitle(mode));
    for (int i = 0; i < displayViews_.size(); ++i)
        displayGrid->addWidget(displayViews_[i], i / 3, i % 3);
    pages_->addWidget(displays);

    pages_->addWidget(createBankPage());

    pixelLabel_ = new QLabel;
    pixelLabel_->setObjectName(QStringLiteral("pixelExplanation"));
    pixelLabel_->setWordWrap(true);
    pixelLabel_->setTextFormat(Qt::PlainText);
    pixelLabel_->setMinimumHeight(pixelLabel_->fontMetrics().height() * 2 + 8);
    // Long sums wrap instead of widening the window (a word-wrapped label asks for a wide one).
    pixelLabel_->setMinimumWidth(200);
    QFont font = pixelLabel_->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    pixelLabel_->setFont(font);
    explainPixel({-1, -1});

    auto* column = new QWidget;
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(pages_, 1);
    layout->addWidget(pixelLabel_);
    return column;
}

// The filter bank: six tiles, a click opens the tile's kernel in the editor.
QWidget* FilterWorkspace::createBankPage() {
    auto* bank = new QWidget;
    auto* bankGrid = new QGridLayout(bank);
    bankGrid->setContentsMargins(0, 0, 0, 0);
    bankGrid->setSpacing(6);
    for (int i = 0; i < 6; ++i) {
        ImageView* view = addView({});
        view->setToolTip(tr("Click to edit this kernel"));
        view->setCursor(Qt::PointingHandCursor);
        connect(view, &ImageView::clicked, this, [this, i] { editBankKernel(i); });
        bankViews_ << view;
        bankGrid->addWidget(view, i / 3, i % 3);
    }
    return bank;
}

void FilterWorkspace::editBankKernel(int tile) {
    if (tile >= static_cast<int>(result_.bank.size()))
        return;
    QString id = result_.bank[static_cast<std::size_t>(tile)].presetId;
    if (id.isEmpty()) { // the magnitude is made of the two Sobel kernels
        id = QStringLiteral("sobel-x");
        showMessage(tr("The gradient magnitude combines Sobel x and Sobel y; Sobel x is in the "
                       "editor now."),
                    false);
    }
    editor_->loadPreset(id);
    setViewMode(ViewMode::SideBySide);
}

QWidget* FilterWorkspace::createSidePanel() {
    histogram_ = new Histogram;
    histogramLabel_ = new QLabel(tr("Output histogram"));
    histogramLabel_->setObjectName(QStringLiteral("histogramLabel"));
    histogramLabel_->setWordWrap(true);
    histogramLabel_->setMinimumWidth(200);
    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    quiz_ = new KernelQuiz(editor_, this);
    quiz_->setConcealedWidgets({editor_, pixelLabel_});
    quiz_->setHoverViews({inputView_, outputView_});
    layout->addWidget(quiz_);
    layout->addWidget(editor_, 1);
    layout->addWidget(createDisplayBar());
    layout->addWidget(histogramLabel_);
    layout->addWidget(histogram_);
    // The panel scrolls where a projector leaves it too little height, so the kernel's cells keep
    // their readable size instead of being squeezed.
    auto* scroll = new ColumnScroll(panel);
    scroll->setObjectName(QStringLiteral("filterPanelScroll"));
    // At most 500 px at actual size, more as the text grows (zoom, presentation mode).
    const auto capWidth = [scroll] { scroll->setMaximumWidth(theme::px(500)); };
    capWidth();
    connect(theme::notifier(), &theme::Notifier::scaleChanged, scroll, capWidth);
    return scroll;
}

bool FilterWorkspace::loadFile(const QString& path) {
    if (ImageSource::isKernelFile(path))
        return loadKernelFile(path);
    opening_->start(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    const bool started = imageSource_->openFile(path);
    if (imageSource_->state() != ImageSource::State::Loading)
        opening_->stop(); // a video opens at once
    return started;
}

bool FilterWorkspace::loadKernelFile(const QString& path) {
    if (!editor_->loadFile(path)) {
        showMessage(editor_->message());
        return false;
    }
    clearMessage();
    return true;
}

bool FilterWorkspace::loadImage(const cv::Mat& image, const QString& name) {
    return imageSource_->useImage(image, name);
}

bool FilterWorkspace::loadSample(int index) {
    return imageSource_->openSample(index);
}

void FilterWorkspace::paste() {
    imageSource_->paste();
}

void FilterWorkspace::showSource(const cv::Mat& image, const QString& name) {
    const bool newSize = image.size() != source_.size();
    source_ = image;
    sourceName_ = name;
    if (newSize)
        arrangeSideBySide();
    const int sampleIndex = sampleNames().indexOf(name);
    if (sampleIndex >= 0) {
        sampleCombo_->setCurrentIndex(sampleIndex >= ImageSource::photoCount() ? sampleIndex + 1
                                                                               : sampleIndex);
    } else {
        // A file, a pasted picture, a video or the camera: the last entry names it.
        int fileItem = sampleCombo_->findData(QStringLiteral("file"));
        if (fileItem < 0) {
            sampleCombo_->insertSeparator(sampleCombo_->count());
            sampleCombo_->addItem(name, QStringLiteral("file"));
            fileItem = sampleCombo_->count() - 1;
        }
        sampleCombo_->setItemText(fileItem, name);
        sampleCombo_->setItemData(fileItem, name, Qt::ToolTipRole);
        sampleCombo_->setCurrentIndex(fileItem);
    }
    emit imageLoaded(name);
    refilter();
}

void FilterWorkspace::showVideoBar(const QString& name, int frameCount) {
    Q_UNUSED(name) // the first frame brings it
    clearMessage();
    const bool camera = imageSource_->isCamera();
    scrubSlider_->setVisible(!camera);
    if (camera) {
        frameLabel_->setText(tr("live camera"));
    } else {
        scrubSlider_->setRange(0, std::max(0, frameCount - 1));
        scrubSlider_->setValue(0);
        frameLabel_->setText(tr("frame 1 of %1").arg(frameCount));
    }
    videoBar_->show();
}

void FilterWorkspace::showVideoFrame(const cv::Mat& frame, const QString& name, int position) {
    if (!imageSource_->isCamera()) {
        const QSignalBlocker blocker(scrubSlider_);
        scrubSlider_->setValue(position - 1);
        frameLabel_->setText(tr("frame %1 of %2").arg(position).arg(imageSource_->frameCount()));
    }
    showSource(frame, name.isEmpty() ? sourceName_ : name); // the camera keeps the input's name
}

void FilterWorkspace::openCamera() {
    if (!imageSource_->openCamera()) {
        cameraAction_->setEnabled(false);
        cameraAction_->setToolTip(message());
    }
}

void FilterWorkspace::playPause() {
    imageSource_->playPause();
}

void FilterWorkspace::stopVideo() {
    imageSource_->stop();
}

void FilterWorkspace::rebuildRecentMenu() {
    recentMenu_->clear();
    const QStringList files = ImageSource::recentFiles();
    for (const QString& path : files)
        recentMenu_->addAction(QFileInfo(path).fileName(), this, [this, path] { loadFile(path); })
            ->setToolTip(path);
    if (files.isEmpty())
        recentMenu_->addAction(tr("(no recent files)"))->setEnabled(false);
}

void FilterWorkspace::setViewMode(ViewMode mode) {
    viewMode_ = mode;
    if (QAbstractButton* button = viewButtons_->button(static_cast<int>(mode)))
        button->setChecked(true);
    pages_->setCurrentIndex(static_cast<int>(mode));
    // Modes that show more than the output need the worker to compute it.
    const bool needsMore = (mode == ViewMode::Displays && result_.displays.empty()) ||
                           (mode == ViewMode::Difference && result_.difference.empty()) ||
                           (mode == ViewMode::Bank && result_.bank.empty());
    if (needsMore)
        refilter();
    else
        updateViews();
}

void FilterWorkspace::setDisplayMode(image::SignedDisplay mode) {
    display_ = mode;
    displayCombo_->setCurrentIndex(displayCombo_->findData(static_cast<int>(mode)));
    refilter();
}

void FilterWorkspace::setGrey(bool grey) {
    grey_ = grey;
    colourCombo_->setCurrentIndex(grey ? 1 : 0);
    refilter();
}

bool FilterWorkspace::setDeviceType(compute::DeviceType type) {
    if (type == compute::DeviceType::Cuda && !compute::Device::cuda_available()) {
        showMessage(tr("CUDA cannot be used: %1")
                        .arg(translateCoreMessage(compute::Device::cuda_unavailable_reason())));
        return false;
    }
    device_ = type == compute::DeviceType::Cuda ? compute::Device::cuda() : compute::Device::cpu();
    (device_.is_cuda() ? cudaAction_ : cpuAction_)->setChecked(true);
    updateDeviceLabel();
    refilter();
    return true;
}

void FilterWorkspace::updateDeviceLabel() {
    const QString device = device_.is_cuda() ? tr("CUDA GPU") : tr("CPU");
    if (result_.output.empty() || result_.request.device != device_)
        deviceButton_->setText(tr("Running on %1 ▾").arg(device));
    else
        deviceButton_->setText(
            tr("Running on %1 · %2 ms ▾")
                .arg(device)
                .arg(result_.filterMilliseconds, 0, 'f', result_.filterMilliseconds < 10 ? 1 : 0));
    deviceButton_->setToolTip(
        tr("%1. Click to choose the device.").arg(QString::fromStdString(device_.description())));
}

void FilterWorkspace::refilter() {
    if (source_.empty())
        return;
    FilterRequest request;
    request.source = source_;
    request.grey = grey_;
    request.kernelRows = editor_->kernelRows();
    request.kernelColumns = editor_->kernelColumns();
    request.kernelChannels = editor_->channelCount();
    request.weights = editor_->channelWeights();
    request.offset = editor_->offset();
    request.border = editor_->border();
    request.device = device_;
    request.display = display_;
    request.allDisplays = viewMode_ == ViewMode::Displays;
    request.difference = viewMode_ == ViewMode::Difference;
    request.bank = viewMode_ == ViewMode::Bank;
    for (const float w : request.weights)
        if (!std::isfinite(w)) { // the editor refuses these; a division by a tiny divisor may not
            showMessage(tr("The kernel has a weight that is not a finite number (NaN or "
                           "infinity); the output shows the last valid kernel."));
            return;
        }
    if (!std::isfinite(request.offset)) {
        showMessage(tr("The offset is not a finite number; the output shows the last valid "
                       "kernel."));
        return;
    }
    request.failForTesting = std::exchange(failNextFiltering_, QString());
    runner_->submit(std::move(request));
}

void FilterWorkspace::onFiltered(const FilterResult& result) {
    if (!result.error.isEmpty() && !result.deviceErrorOp.isEmpty()) {
        // The app goes on: the output keeps the last result, and the CPU can redo this one.
        QString why = result.error;
        if (why.startsWith(result.deviceErrorOp + QStringLiteral(": ")))
            why.remove(0, result.deviceErrorOp.size() + 2); // the op is named once
        showMessage(tr("The GPU failed in %1, so this output was not computed: %2")
                        .arg(result.deviceErrorOp, why));
        continueOnCpu_->show();
        return;
    }
    if (!result.error.isEmpty()) {
        showMessage(tr("Filtering failed: %1").arg(result.error));
        return;
    }
    if (result.request.device.is_cpu())
        continueOnCpu_->hide();
    result_ = result;
    updateViews();
    updateDeviceLabel();
    emit outputShown();
}

void FilterWorkspace::updateViews() {
    if (result_.output.empty())
        return;
    const bool diverging = display_ == image::SignedDisplay::Diverging;
    const QString displayName = displayTitle(result_.request.display);
    const double legend = diverging ? result_.divergingScale : -1;
    switch (viewMode_) {
    case ViewMode::SideBySide:
        inputView_->setImage(result_.inputImage, result_.input);
        outputView_->setImage(result_.outputImage, result_.output);
        outputView_->setCaption(tr("Output — %1").arg(displayName));
        outputView_->setDivergingLegend(legend);
        break;
    case ViewMode::Split:
        splitView_->setImage(result_.inputImage);
        splitView_->setSecondImage(result_.outputImage, tr("Output — %1").arg(displayName));
        break;
    case ViewMode::Difference:
        if (!result_.difference.empty()) {
            differenceView_->setImage(result_.differenceImage, result_.difference);
            differenceView_->setCaption(tr("Output − input — %1").arg(displayName));
            differenceView_->setDivergingLegend(diverging ? result_.differenceScale : -1);
        }
        break;
    case ViewMode::Displays:
        displayViews_[0]->setImage(result_.inputImage, result_.input);
        for (std::size_t i = 0; i < result_.displays.size(); ++i) {
            ImageView* view = displayViews_[static_cast<int>(i) + 1];
            view->setImage(result_.displays[i], result_.output);
            view->setDivergingLegend(image::signed_displays()[i] == image::SignedDisplay::Diverging
                                         ? result_.divergingScale
                                         : -1);
        }
        break;
    case ViewMode::Bank:
        for (std::size_t i = 0; i < result_.bank.size() && i < 6; ++i) {
            const BankTile& tile = result_.bank[i];
            ImageView* view = bankViews_[static_cast<int>(i)];
            view->setImage(tile.image, tile.values);
            view->setCaption(tile.title);
            view->setDivergingLegend(diverging ? tile.divergingScale : -1);
        }
        break;
    }

    const image::ValueRange& range = result_.range;
    histogram_->setData(result_.histogram, range.min, range.max);
    const double clipped = histogram_->clippedFraction();
    histogramLabel_->setText(
        clipped > 0 ? tr("Output %1 … %2: %3% outside 0…255 (shaded: lost by clamping)")
                          .arg(pixelNumber(range.min), pixelNumber(range.max))
                          .arg(clipped * 100, 0, 'f', clipped < 0.1 ? 1 : 0)
                    : tr("Output %1 … %2: all inside 0…255")
                          .arg(pixelNumber(range.min), pixelNumber(range.max)));
}

void FilterWorkspace::explainPixel(const QPoint& pixel) {
    const cv::Mat& input = result_.input;
    if (pixel.x() < 0 || input.empty() || pixel.x() >= input.cols || pixel.y() >= input.rows) {
        inputView_->setHighlight({});
        outputView_->setHighlight({});
        pixelLabel_->setText(tr("Hover over the output to see how one of its pixels is computed. "
                                "Scroll to zoom (or + and −), drag to pan, 0 to fit."));
        return;
    }
    const FilterRequest& request = result_.request;
    const int kh = request.kernelRows;
    const int kw = request.kernelColumns;
    const int ay = kh / 2, ax = kw / 2; // the anchor, as in cv::filter2D
    inputView_->setHighlight(QRect(pixel.x() - ax, pixel.y() - ay, kw, kh),
                             tr("%1×%2 window").arg(kw).arg(kh));
    outputView_->setHighlight(QRect(pixel, QSize(1, 1)));

    const int channels = input.channels();
    // Channel c of an interleaved BGR pixel is colour channel 2 − c (R 0, G 1, B 2).
    auto productsOf = [&](int colour, QStringList* terms) {
        const int matChannel = channels == 1 ? 0 : 2 - colour;
        const int kernelChannel = request.kernelChannels == 1 || channels == 1 ? 0 : colour;
        const float* w =
            request.weights.data() + static_cast<std::ptrdiff_t>(kernelChannel) * kh * kw;
        double sum = 0;
        for (int ky = 0; ky < kh; ++ky)
            for (int kx = 0; kx < kw; ++kx) {
                const int iy =
                    compute::math::border_index(request.border, pixel.y() - ay + ky, input.rows);
                const int ix =
                    compute::math::border_index(request.border, pixel.x() - ax + kx, input.cols);
                const double value =
                    iy < 0 || ix < 0 ? 0.0 : input.ptr<float>(iy)[ix * channels + matChannel];
                const double weight = w[ky * kw + kx];
                sum += weight * value;
                if (terms)
                    *terms << displayNumber(weight) + u'×' + pixelNumber(value);
            }
        return sum + request.offset;
    };
    const QString offset =
        request.offset != 0 ? tr(" + offset %1").arg(displayNumber(request.offset)) : QString();
    // Up to 9 products are written out (for R in a colour image); larger kernels give the sum.
    const bool writeTerms = kh * kw <= 9;
    QStringList terms;
    const double first = productsOf(0, writeTerms ? &terms : nullptr);
    QString sum =
        terms.join(QStringLiteral(" + ")).replace(QStringLiteral("+ −"), QStringLiteral("− "));
    if (!writeTerms)
        sum = tr("the sum of %1 products of window and kernel").arg(kh * kw);
    QString text;
    if (channels == 1)
        text = tr("V(%1, %2) = %3%4 = %5")
                   .arg(pixel.x())
                   .arg(pixel.y())
                   .arg(sum, offset, pixelNumber(first));
    else
        text = tr("V(%1, %2): R = %3%4 = %5;  G = %6;  B = %7 (each channel with its own "
                  "window)")
                   .arg(pixel.x())
                   .arg(pixel.y())
                   .arg(sum, offset, pixelNumber(first), pixelNumber(productsOf(1, nullptr)),
                        pixelNumber(productsOf(2, nullptr)));
    pixelLabel_->setText(text);
}

bool FilterWorkspace::exportOutput(const QString& path) {
    if (result_.output.empty()) {
        showMessage(tr("There is no output to export yet."));
        return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    const std::string file = path.toStdString();
    try {
        if (suffix == QLatin1String("png")) {
            image::save_image(file, image::to_display(result_.output, result_.request.display));
        } else if (suffix == QLatin1String("tif") || suffix == QLatin1String("tiff")) {
            image::save_image(file, result_.output);
        } else if (suffix == QLatin1String("npy")) {
            cv::Mat rgb; // a new buffer: the result itself stays BGR
            if (result_.output.channels() == 3)
                cv::cvtColor(result_.output, rgb, cv::COLOR_BGR2RGB);
            else
                rgb = result_.output;
            image::save_npy(file, rgb);
        } else {
            showMessage(tr("Cannot export as '%1': use .png (8-bit, as displayed), .tif (32-bit "
                           "float) or .npy (float32).")
                            .arg(QFileInfo(path).fileName()));
            return false;
        }
    } catch (const image::ImageError& e) {
        showMessage(translateCoreMessage(e.what()));
        return false;
    }
    showMessage(tr("Saved the output to %1").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void FilterWorkspace::exportWithDialog() {
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the output"), QStringLiteral("output.png"),
        tr("PNG, 8-bit as displayed (*.png);;TIFF, 32-bit float (*.tif *.tiff);;NumPy array, "
           "float32 (*.npy)"),
        &filter);
    if (path.isEmpty())
        return;
    exportOutput(path);
}

void FilterWorkspace::copyOutput() {
    if (result_.outputImage.isNull())
        return;
    QGuiApplication::clipboard()->setImage(result_.outputImage);
    showMessage(tr("Copied the output (as displayed) to the clipboard."), false);
}

void FilterWorkspace::showMessage(const QString& text, bool error) {
    messageLabel_->showMessage(text,
                               error ? MessageLine::Tone::Problem : MessageLine::Tone::Success);
    messageBar_->setVisible(!text.isEmpty());
}

void FilterWorkspace::clearMessage() {
    messageLabel_->clearMessage();
    continueOnCpu_->hide();
    messageBar_->hide();
}

bool FilterWorkspace::eventFilter(QObject* watched, QEvent* event) {
    if (watched == sideBySide_ && event->type() == QEvent::Resize)
        arrangeSideBySide();
    return QWidget::eventFilter(watched, event);
}

void FilterWorkspace::arrangeSideBySide() {
    // Input beside output, or above it: whichever shows the image larger in this space.
    if (source_.empty())
        return;
    const double w = sideBySide_->width(), h = sideBySide_->height();
    const double iw = source_.cols, ih = source_.rows;
    const double beside = std::min(w / 2 / iw, h / ih);
    const double above = std::min(w / iw, h / 2 / ih);
    auto* layout = static_cast<QBoxLayout*>(sideBySide_->layout());
    layout->setDirection(above > beside ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
}

void FilterWorkspace::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls() || event->mimeData()->hasImage())
        event->acceptProposedAction();
}

void FilterWorkspace::dropEvent(QDropEvent* event) {
    if (imageSource_->openMime(event->mimeData(), tr("dropped image")))
        event->acceptProposedAction();
}

} // namespace convsight::widgets
