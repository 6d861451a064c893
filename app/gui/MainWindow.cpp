// ConvSight's main window: workspace sidebar, menus and device status bar.
#include "MainWindow.h"

#include "AboutDialog.h"
#include "AppInfo.h"
#include "HelpWindows.h"
#include "Language.h"
#include "LessonsPanel.h"
#include "Presentation.h"
#include "common/PageStack.h"
#include "common/TrainingSession.h"
#include "filter/FilterWorkspace.h"
#include "filter/KernelEditor.h"
#include "inspect/InspectWorkspace.h"
#include "stepthrough/StepThroughWorkspace.h"
#include "train/TrainWorkspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QResizeEvent>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>

namespace convsight::app {
namespace {

struct WorkspaceText {
    const char* slug;
    const char* title;
    const char* icon;
    const char* summary;
};

// What each workspace teaches, in the lecture's words.
constexpr WorkspaceText kWorkspaces[MainWindow::workspaceCount] = {
    {"filter", QT_TRANSLATE_NOOP("convsight::app::MainWindow", "Filter"), ":/icons/filter.svg",
     QT_TRANSLATE_NOOP("convsight::app::MainWindow",
                       "Load a photo, pick a kernel — identity, box blur, sharpen, edge detection "
                       "— or type your own, and watch the filtered image change as you edit it.")},
    {"step-through", QT_TRANSLATE_NOOP("convsight::app::MainWindow", "Step through"),
     ":/icons/step-through.svg",
     QT_TRANSLATE_NOOP("convsight::app::MainWindow",
                       "Slide a filter over a small image one position at a time: every product, "
                       "the sum, stride and VALID or SAME padding, and the output-size formula "
                       "w' = (w − f + 2p) / s + 1 with the numbers put in.")},
    {"train", QT_TRANSLATE_NOOP("convsight::app::MainWindow", "Train"), ":/icons/train.svg",
     QT_TRANSLATE_NOOP("convsight::app::MainWindow",
                       "Build a small convolutional network, train it on Fashion-MNIST on the CPU "
                       "or a CUDA GPU, and watch its filters being learned as loss falls and "
                       "accuracy climbs.")},
    {"inspect", QT_TRANSLATE_NOOP("convsight::app::MainWindow", "Inspect"), ":/icons/inspect.svg",
     QT_TRANSLATE_NOOP("convsight::app::MainWindow",
                       "Look inside a trained network: its filter bank, the feature maps an image "
                       "produces layer by layer, and which classes it confuses.")},
};

const WorkspaceText& textOf(MainWindow::Workspace workspace) {
    return kWorkspaces[static_cast<int>(workspace)];
}

// The event filter behind afterFirstPaint(): it removes itself at the first paint.
class AfterFirstPaint : public QObject {
public:
    AfterFirstPaint(QWidget* window, std::function<void()> then)
        : QObject(window)
        , window_(window)
        , then_(std::move(then)) {
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget*>(watched)->window() == window_) {
            qApp->removeEventFilter(this);
            QTimer::singleShot(0, window_, then_);
            deleteLater();
        }
        return false;
    }

private:
    QWidget* window_;
    std::function<void()> then_;
};

} // namespace

void afterFirstPaint(QWidget* window, std::function<void()> then) {
    new AfterFirstPaint(window, std::move(then));
}

MainWindow::MainWindow(QWidget* parent, Build build)
    : QMainWindow(parent) {
    setWindowTitle(tr("ConvSight"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/convsight.svg")));
    deferWorkspaces_ = build == Build::VisibleFirst;
    createWorkspaces();
    createActions();
    createSessionActions();
    createModelActions();
    createLessonsDock();
    createMenus();
    createStatusBar();
    showWorkspace(Workspace::Filter);
    fitToScreen();
    if (deferWorkspaces_)
        afterFirstPaint(this, [this] { buildDeferredWorkspaces(); });
}

// ~QWidget deletes the children after this object is gone, and some still announce things then
// (the training session stops its run, the lessons dock hides): nothing may reach the window.
MainWindow::~MainWindow() {
    for (QObject* child : findChildren<QObject*>())
        child->disconnect(this);
}

// 1280×800 where the screen has room for it and its frame; inside the screen's free area (a
// 1280×720 projector, a 1024×768 one) where it has not.
void MainWindow::fitToScreen() {
    QSize size(1280, 800);
    if (const QScreen* screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        const QSize frame(16, 40); // the title bar and borders the window manager adds
        size = size.boundedTo(available.size() - frame);
        move(available.topLeft() +
             QPoint((available.width() - size.width() - frame.width()) / 2,
                    (available.height() - size.height() - frame.height()) / 2));
    }
    resize(size);
}

void MainWindow::createWorkspaces() {
    session_ = new widgets::TrainingSession(this);
    sidebar_ = new QListWidget;
    sidebar_->setObjectName(QStringLiteral("workspaceSidebar"));
    sidebar_->setIconSize(QSize(40, 40));
    sidebar_->setFixedWidth(230);
    sidebar_->setFocusPolicy(Qt::NoFocus);
    sidebar_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A workspace never sets the window's minimum size (nor does a message line in it).
    pages_ = new widgets::PageStack;
    pages_->setObjectName(QStringLiteral("workspacePages"));

    for (int i = 0; i < workspaceCount; ++i) {
        const auto workspace = static_cast<Workspace>(i);
        const WorkspaceText& text = textOf(workspace);
        auto* item = new QListWidgetItem(QIcon(QString::fromLatin1(text.icon)),
                                         workspaceTitle(workspace), sidebar_);
        item->setToolTip(tr("<b>%1</b> (Ctrl+%2)<br>%3")
                             .arg(workspaceTitle(workspace))
                             .arg(i + 1)
                             .arg(tr(text.summary)));
        const bool deferred =
            deferWorkspaces_ && (workspace == Workspace::Train || workspace == Workspace::Inspect);
        pages_->addWidget(deferred ? new QWidget : createPage(workspace));
    }
    if (!deferWorkspaces_)
        connectTrainWorkspace();
    connect(sidebar_, &QListWidget::currentRowChanged, this,
            [this](int row) { showWorkspace(static_cast<Workspace>(row)); });

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createSidebarPanel());
    // Sideways only: the pages fit the window's height themselves (PageStack.h).
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("workspaceScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(pages_);
    layout->addWidget(scroll, 1);
    setCentralWidget(central);
}

// The Train workspace can start its first layer from the kernel in the Filter workspace, and asks
// before a model it loads replaces unsaved training.
void MainWindow::connectTrainWorkspace() {
    trainWorkspace_->setFilterKernelSource([this] {
        const widgets::KernelEditor* editor = filterWorkspace_->kernelEditor();
        const std::vector<float> weights = editor->model().weights(0);
        conv::Matrix kernel(static_cast<std::size_t>(editor->kernelRows()));
        for (std::size_t r = 0; r < kernel.size(); ++r)
            kernel[r].assign(
                weights.begin() + static_cast<std::ptrdiff_t>(
                                      r * static_cast<std::size_t>(editor->kernelColumns())),
                weights.begin() + static_cast<std::ptrdiff_t>(
                                      (r + 1) * static_cast<std::size_t>(editor->kernelColumns())));
        return kernel;
    });
    trainWorkspace_->setLoadGuard([this] { return confirmReplacingModel(); });
}

void MainWindow::buildDeferredWorkspaces() const {
    if (trainWorkspace_)
        return;
    auto* self = const_cast<MainWindow*>(this);
    for (const Workspace workspace : {Workspace::Train, Workspace::Inspect}) {
        const int index = static_cast<int>(workspace);
        QWidget* placeholder = pages_->widget(index);
        pages_->insertWidget(index, self->createPage(workspace));
        pages_->removeWidget(placeholder);
        delete placeholder;
    }
    self->connectTrainWorkspace();
}

widgets::TrainWorkspace* MainWindow::trainWorkspace() const {
    buildDeferredWorkspaces();
    return trainWorkspace_;
}

widgets::InspectWorkspace* MainWindow::inspectWorkspace() const {
    buildDeferredWorkspaces();
    return inspectWorkspace_;
}

QWidget* MainWindow::createPage(Workspace workspace) {
    QWidget* page = nullptr;
    switch (workspace) {
    case Workspace::Filter:
        page = filterWorkspace_ = new widgets::FilterWorkspace;
        break;
    case Workspace::StepThrough:
        page = new widgets::StepThroughWorkspace;
        break;
    case Workspace::Train:
        page = trainWorkspace_ = new widgets::TrainWorkspace(session_);
        break;
    case Workspace::Inspect:
        page = inspectWorkspace_ = new widgets::InspectWorkspace(session_);
        break;
    }
    page->setObjectName(workspaceSlug(workspace));
    return page;
}

QWidget* MainWindow::workspaceWidget(Workspace workspace) const {
    buildDeferredWorkspaces();
    return pages_->widget(static_cast<int>(workspace));
}

// The dark column on the left: the logo and name over the workspace list.
QWidget* MainWindow::createSidebarPanel() {
    auto* logo = new QLabel;
    logo->setPixmap(QIcon(QStringLiteral(":/icons/convsight.svg")).pixmap(QSize(44, 44)));
    auto* name = new QLabel(tr("ConvSight"));
    name->setObjectName(QStringLiteral("sidebarTitle"));
    auto* header = new QHBoxLayout;
    header->setContentsMargins(18, 20, 18, 12);
    header->setSpacing(12);
    header->addWidget(logo);
    header->addWidget(name, 1);

    auto* panel = new QWidget;
    panel->setObjectName(QStringLiteral("sidebarPanel"));
    panel->setAttribute(Qt::WA_StyledBackground);
    panel->setFixedWidth(sidebar_->width());
    auto* column = new QVBoxLayout(panel);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addLayout(header);
    column->addWidget(sidebar_, 1);
    return panel;
}

// Below 1150 px the sidebar shows the workspaces' icons only (the names stay in their tooltips),
// so that a narrow window gives the workspace 150 px more.
void MainWindow::fitSidebar() {
    // The Lessons dock takes its width from the workspaces too.
    const int dock = lessonsDock_ && lessonsDock_->isVisible() && !lessonsDock_->isFloating()
                         ? lessonsDock_->width()
                         : 0;
    const bool narrow = width() - dock < sidebarNarrowBelow;
    if (narrow == sidebarNarrow_)
        return;
    sidebarNarrow_ = narrow;
    for (int i = 0; i < sidebar_->count(); ++i)
        sidebar_->item(i)->setText(narrow ? QString() : workspaceTitle(static_cast<Workspace>(i)));
    sidebar_->setFixedWidth(narrow ? 80 : 230);
    if (QWidget* panel = sidebar_->parentWidget()) {
        panel->setFixedWidth(sidebar_->width());
        if (auto* title = panel->findChild<QLabel*>(QStringLiteral("sidebarTitle")))
            title->setVisible(!narrow);
    }
}

void MainWindow::resizeEvent(QResizeEvent* event) {
    QMainWindow::resizeEvent(event);
    fitSidebar();
}

void MainWindow::createActions() {
    workspaceActions_ = new QActionGroup(this);
    workspaceActions_->setExclusive(true);
    for (int i = 0; i < workspaceCount; ++i) {
        const auto workspace = static_cast<Workspace>(i);
        auto* action = new QAction(QIcon(QString::fromLatin1(textOf(workspace).icon)),
                                   workspaceTitle(workspace), workspaceActions_);
        action->setObjectName(workspaceSlug(workspace) + QStringLiteral("Action"));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, workspace] { showWorkspace(workspace); });
    }

    presentation_ = new Presentation(this); // presentation mode, full screen, zoom, theme

    quitAction_ = new QAction(tr("&Quit"), this);
    quitAction_->setObjectName(QStringLiteral("quitAction"));
    quitAction_->setShortcut(QKeySequence::Quit);
    connect(quitAction_, &QAction::triggered, this, &QWidget::close);

    // Edit ▸ Undo/Redo: the Filter workspace's kernel edits and image loads.
    // Each workspace keeps its own stack; the group follows the workspace shown.
    undoGroup_ = new QUndoGroup(this);
    undoGroup_->addStack(filterWorkspace_->undoStack());
    if (auto* stepThrough = findChild<widgets::StepThroughWorkspace*>())
        undoGroup_->addStack(stepThrough->undoStack());
    undoGroup_->setActiveStack(filterWorkspace_->undoStack());
    undoAction_ = undoGroup_->createUndoAction(this, tr("&Undo"));
    undoAction_->setObjectName(QStringLiteral("undoAction"));
    undoAction_->setShortcut(QKeySequence::Undo);
    redoAction_ = undoGroup_->createRedoAction(this, tr("&Redo"));
    redoAction_->setObjectName(QStringLiteral("redoAction"));
    redoAction_->setShortcut(QKeySequence::Redo);

    aboutAction_ = new QAction(tr("&About ConvSight"), this);
    aboutAction_->setObjectName(QStringLiteral("aboutAction"));
    connect(aboutAction_, &QAction::triggered, this, &MainWindow::showAbout);

    shortcutsAction_ = new QAction(tr("&Keyboard Shortcuts"), this);
    shortcutsAction_->setObjectName(QStringLiteral("shortcutsAction"));
    shortcutsAction_->setShortcut(QKeySequence(Qt::Key_F1));
    connect(shortcutsAction_, &QAction::triggered, this, &MainWindow::showShortcuts);
    guideAction_ = new QAction(tr("&User Guide"), this);
    guideAction_->setObjectName(QStringLiteral("guideAction"));
    guideAction_->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F1));
    connect(guideAction_, &QAction::triggered, this, [this] { showGuide(); });
    teacherGuideAction_ = new QAction(tr("&Teacher's Guide"), this);
    teacherGuideAction_->setObjectName(QStringLiteral("teacherGuideAction"));
    teacherGuideAction_->setToolTip(tr("A 50-minute class through the lecture with the lessons"));
    connect(teacherGuideAction_, &QAction::triggered, this,
            [this] { showGuide({}, QStringLiteral("teacher-guide.md")); });
    lessonsAction_ = new QAction(tr("&Lessons"), this);
    lessonsAction_->setObjectName(QStringLiteral("lessonsAction"));
    lessonsAction_->setToolTip(tr("Lessons that follow the lecture, each set up in one click"));
    connect(lessonsAction_, &QAction::triggered, this, &MainWindow::showLessons);
}

// The Lessons panel as a dock on the right, hidden until asked for; narrow enough that the
// workspaces keep room beside it at 1280×720 (the sidebar then shows icons only).
void MainWindow::createLessonsDock() {
    lessonsPanel_ = new LessonsPanel(this);
    lessonsDock_ = new QDockWidget(tr("Lessons"), this);
    lessonsDock_->setObjectName(QStringLiteral("lessonsDock"));
    lessonsDock_->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    lessonsDock_->setWidget(lessonsPanel_);
    lessonsPanel_->setMinimumWidth(260);
    addDockWidget(Qt::RightDockWidgetArea, lessonsDock_);
    resizeDocks({lessonsDock_}, {360}, Qt::Horizontal);
    lessonsDock_->hide();
    QAction* toggle = lessonsDock_->toggleViewAction();
    toggle->setObjectName(QStringLiteral("lessonsDockAction"));
    toggle->setText(tr("&Lessons"));
    toggle->setToolTip(tr("Show or hide the Lessons panel"));
    connect(lessonsDock_, &QDockWidget::visibilityChanged, this, [this] { fitSidebar(); });
}

void MainWindow::showLessons() {
    const bool wasHidden = lessonsDock_->isHidden();
    lessonsDock_->show();
    lessonsDock_->raise();
    // A little over a quarter of the window: 360 px at 1280, 280 px at 1000.
    if (wasHidden && !lessonsDock_->isFloating())
        resizeDocks({lessonsDock_}, {std::clamp(width() * 28 / 100, 280, 360)}, Qt::Horizontal);
    fitSidebar();
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addActions({openSessionAction_, saveSessionAction_, saveSessionAsAction_});
    file->addMenu(recentSessionsMenu_);
    file->addAction(reopenLastAction_);
    file->addSeparator();
    file->addActions({openModelAction_, exportOnnxAction_});
    file->addSeparator();
    file->addAction(filterWorkspace_->openAction());
    file->addMenu(filterWorkspace_->recentMenu());
    file->addMenu(filterWorkspace_->samplesMenu());
    file->addAction(filterWorkspace_->pasteAction());
    file->addAction(filterWorkspace_->cameraAction());
    file->addSeparator();
    file->addAction(filterWorkspace_->exportAction());
    file->addAction(filterWorkspace_->copyOutputAction());
    if (auto* stepThrough = findChild<widgets::StepThroughWorkspace*>())
        file->addMenu(stepThrough->exportMenu());
    file->addSeparator();
    file->addAction(quitAction_);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(undoAction_);
    edit->addAction(redoAction_);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addActions(workspaceActions_->actions());
    view->addAction(lessonsDock_->toggleViewAction());
    view->addSeparator();
    presentation_->addTo(view);
    view->addMenu(createLanguageMenu(this));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(shortcutsAction_);
    help->addAction(guideAction_);
    help->addAction(teacherGuideAction_);
    help->addAction(lessonsAction_);
    help->addSeparator();
    help->addAction(aboutAction_);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createStatusBar() {
    deviceLabel_ = new QLabel(activeDeviceSummary());
    deviceLabel_->setObjectName(QStringLiteral("deviceLabel"));
    deviceLabel_->setToolTip(cudaSummary().join(QLatin1Char('\n')));
    statusBar()->addWidget(deviceLabel_, 1);
}

MainWindow::Workspace MainWindow::currentWorkspace() const {
    return static_cast<Workspace>(pages_->currentIndex());
}

QString MainWindow::workspaceSlug(Workspace workspace) {
    return QString::fromLatin1(textOf(workspace).slug);
}

QString MainWindow::workspaceTitle(Workspace workspace) {
    return tr(textOf(workspace).title);
}

QAction* MainWindow::workspaceAction(Workspace workspace) const {
    return workspaceActions_->actions().at(static_cast<int>(workspace));
}

void MainWindow::showWorkspace(Workspace workspace) {
    const int index = static_cast<int>(workspace);
    if (index < 0 || index >= workspaceCount)
        return;
    if (workspace == Workspace::Train || workspace == Workspace::Inspect)
        buildDeferredWorkspaces();
    const bool changed = pages_->currentIndex() != index;
    pages_->setCurrentIndex(index);
    sidebar_->setCurrentRow(index);
    if (workspaceActions_)
        workspaceAction(workspace)->setChecked(true);
    if (undoGroup_) {
        auto* stepThrough = qobject_cast<widgets::StepThroughWorkspace*>(pages_->currentWidget());
        undoGroup_->setActiveStack(stepThrough ? stepThrough->undoStack()
                                               : filterWorkspace_->undoStack());
    }
    if (changed)
        emit workspaceChanged(workspace);
}

void MainWindow::setClosePrompt(std::function<CloseChoice(QString* path)> prompt) {
    closePrompt_ = std::move(prompt);
}

MainWindow::CloseChoice MainWindow::askAboutTraining(QString* path) {
    if (closePrompt_)
        return closePrompt_(path);
    return askToSaveModel(tr("Training is running"),
                          tr("A network is still training. Save a checkpoint of it before "
                             "closing? A checkpoint can be loaded again, or continued with "
                             "'convsight-cli train --resume'."),
                          QStringLiteral("checkpoint.csmodel"), path);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    // Training running, or trained and not saved: ask before it is lost.
    if (!session_->isActive() && !session_->hasUnsavedTraining()) {
        event->accept();
        return;
    }
    QString path;
    const CloseChoice choice =
        session_->isActive() || closePrompt_
            ? askAboutTraining(&path)
            : askToSaveModel(tr("Unsaved model"),
                             tr("The trained model has not been saved. Save it before closing?"),
                             QStringLiteral("model.csmodel"), &path);
    if (choice == CloseChoice::Cancel) {
        event->ignore();
        return;
    }
    session_->stopAndWait();
    if (choice == CloseChoice::Save) {
        QString error;
        if (!session_->saveModel(path, &error)) {
            QMessageBox::warning(this, tr("Could not save"), error);
            event->ignore();
            return;
        }
    }
    event->accept();
}

void MainWindow::showShortcuts() {
    auto* window = findChild<ShortcutsWindow*>();
    if (!window)
        window = new ShortcutsWindow(this);
    QList<std::pair<QString, QWidget*>> workspaces;
    for (int i = 0; i < workspaceCount; ++i)
        workspaces.append({workspaceTitle(static_cast<Workspace>(i)),
                           workspaceWidget(static_cast<Workspace>(i))});
    window->setGroups(collectShortcuts(menuBar(), workspaces));
    window->show();
    window->raise();
}

void MainWindow::showGuide(const QString& section, const QString& fileName) {
    auto* window = findChild<GuideWindow*>(QStringLiteral("guideWindow-") +
                                           QFileInfo(fileName).completeBaseName());
    if (!window)
        window = new GuideWindow(this, fileName, installedDataPath(QStringLiteral("docs")));
    window->show();
    window->raise();
    if (section.isEmpty())
        window->browser()->verticalScrollBar()->setValue(0);
    else
        window->showSection(section);
}

void MainWindow::showAbout() {
    auto* dialog = findChild<AboutDialog*>();
    if (!dialog)
        dialog = new AboutDialog(this);
    dialog->open();
}

} // namespace convsight::app
