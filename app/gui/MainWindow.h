// ConvSight's main window: a sidebar of the four workspaces (Filter, Step through, Train, Inspect),
// the menus, and a status bar naming the device computations run on.
#pragma once

#include <QMainWindow>
#include <functional>

class QAction;
class QActionGroup;
class QDockWidget;
class QUndoGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace convsight::widgets {
class FilterWorkspace;
class InspectWorkspace;
class TrainWorkspace;
class TrainingSession;
} // namespace convsight::widgets

namespace convsight::app {

class LessonsPanel;
class Presentation;

// Calls `then` once, when `window` has painted for the first time and the event loop is back (the
// paint events of all its widgets are over).
void afterFirstPaint(QWidget* window, std::function<void()> then);

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Workspace { Filter, StepThrough, Train, Inspect };
    Q_ENUM(Workspace)
    static constexpr int workspaceCount = 4;
    // Narrower than this, the sidebar shows the workspaces' icons without their names.
    static constexpr int sidebarNarrowBelow = 1150;

    // AllWorkspaces builds every workspace at once. VisibleFirst builds the Train and Inspect
    // workspaces when the window has painted for the first time (the program does, to paint
    // sooner), or earlier when something asks for them (trainWorkspace(), workspaceWidget()...).
    enum class Build { AllWorkspaces, VisibleFirst };
    explicit MainWindow(QWidget* parent = nullptr, Build build = Build::AllWorkspaces);
    ~MainWindow() override;

    Workspace currentWorkspace() const;
    // Lower-case names used for screenshots and on the command line: "filter", "step-through", ...
    static QString workspaceSlug(Workspace workspace);
    static QString workspaceTitle(Workspace workspace);

    QAction* workspaceAction(Workspace workspace) const;
    // The workspace itself, a page of the stack beside the sidebar.
    QWidget* workspaceWidget(Workspace workspace) const;
    QAction* aboutAction() const { return aboutAction_; }
    // Help ▸ Keyboard Shortcuts (F1), User Guide, Teacher's Guide, Lessons.
    QAction* shortcutsAction() const { return shortcutsAction_; }
    QAction* guideAction() const { return guideAction_; }
    QAction* teacherGuideAction() const { return teacherGuideAction_; }
    QAction* lessonsAction() const { return lessonsAction_; }
    // The Lessons panel, docked on the right (Help ▸ Lessons, View ▸ Lessons).
    LessonsPanel* lessonsPanel() const { return lessonsPanel_; }
    QDockWidget* lessonsDock() const { return lessonsDock_; }
    QAction* undoAction() const { return undoAction_; }
    QAction* redoAction() const { return redoAction_; }
    widgets::FilterWorkspace* filterWorkspace() const { return filterWorkspace_; }
    widgets::TrainWorkspace* trainWorkspace() const;
    widgets::InspectWorkspace* inspectWorkspace() const;
    // Whether the Train and Inspect workspaces are built yet (always with Build::AllWorkspaces).
    bool allWorkspacesBuilt() const { return trainWorkspace_ != nullptr; }
    widgets::TrainingSession* trainingSession() const { return session_; }
    Presentation* presentation() const { return presentation_; }

    // Closing while a network trains asks whether to save a checkpoint first (Save asks where).
    // Tests replace the question with their own answer.
    enum class CloseChoice { Save, Discard, Cancel };
    void setClosePrompt(std::function<CloseChoice(QString* path)> prompt);
    QLabel* deviceLabel() const { return deviceLabel_; }
    // Loading a model over unsaved training (Train's "Load model…", opening a session holding a
    // model) asks the same three-way question; tests answer it here.
    void setLoadPrompt(std::function<CloseChoice(QString* path)> prompt);
    // Asks whether to save unsaved training before the model is replaced (nothing to ask: true).
    // Save writes the model where the answer says; false for Cancel or a failed save.
    bool confirmReplacingModel();

    // Sessions (.convsight, SessionFile.h): the whole state in one file. Saving remembers the
    // path (the window title names it) and puts it first in File ▸ Recent Sessions; opening
    // checks the whole file first and changes nothing when it is damaged, newer, or the question
    // about unsaved training is cancelled (then *error is empty).
    bool saveSession(const QString& path, QString* error);
    bool openSession(const QString& path, QString* error);
    QString sessionPath() const { return sessionPath_; }
    // The sessions last saved or opened, newest first, files that are gone left out.
    static QStringList recentSessions();
    // Opens the newest recent session when "Reopen Last Session on Start" is ticked; a problem
    // shows in a message box.
    void reopenLastSession();
    QAction* openSessionAction() const { return openSessionAction_; }
    QAction* saveSessionAction() const { return saveSessionAction_; }
    QAction* saveSessionAsAction() const { return saveSessionAsAction_; }
    QAction* reopenLastSessionAction() const { return reopenLastAction_; }
    QMenu* recentSessionsMenu() const { return recentSessionsMenu_; }

    // Model files (MainWindowModel.cpp). openModel() loads a .csmodel or .onnx into the session
    // (asynchronously; asks about unsaved training first); a file that does not load is named in
    // a message box ("modelProblemBox") and the previous model stays. exportModelAsOnnx() writes
    // the newest model as ONNX; false with the reason in *error (nothing written then).
    void openModel(const QString& path);
    bool exportModelAsOnnx(const QString& path, QString* error);
    QAction* openModelAction() const { return openModelAction_; }
    QAction* exportOnnxAction() const { return exportOnnxAction_; }

public slots:
    void showWorkspace(convsight::app::MainWindow::Workspace workspace);
    void showAbout();
    // The cheat sheet of every shortcut, read from the live actions when it opens.
    void showShortcuts();
    // A guide (docs/`fileName`), at the heading that starts with `section` (the top when empty).
    void showGuide(const QString& section = {},
                   const QString& fileName = QStringLiteral("user-guide.md"));
    // Opens the Lessons panel (the list, or the lesson open in it).
    void showLessons();

signals:
    void workspaceChanged(convsight::app::MainWindow::Workspace workspace);

protected:
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    CloseChoice askAboutTraining(QString* path);
    // Save / Discard / Cancel about a model that would be lost; Save asks where (`fileName`
    // suggested) and gives Cancel when no file is chosen.
    CloseChoice askToSaveModel(const QString& title, const QString& why, const QString& fileName,
                               QString* path);
    void createSessionActions();
    void createModelActions();
    void showModelProblem(const QString& title, const QString& message);
    void rememberSession(const QString& path);
    void rebuildRecentSessions();
    void openSessionWithDialog();
    void saveSessionWithDialog(bool askPath);
    void createWorkspaces();
    QWidget* createPage(Workspace workspace);
    // Builds the Train and Inspect workspaces in place of their placeholders, once.
    void buildDeferredWorkspaces() const;
    void connectTrainWorkspace();
    QWidget* createSidebarPanel();
    void fitSidebar();
    void fitToScreen();
    void createActions();
    void createMenus();
    void createStatusBar();
    void createLessonsDock();

    QListWidget* sidebar_{};
    bool sidebarNarrow_{};
    QStackedWidget* pages_{};
    QActionGroup* workspaceActions_{};
    QAction* aboutAction_{};
    QAction* shortcutsAction_{};
    QAction* guideAction_{};
    QAction* teacherGuideAction_{};
    QAction* lessonsAction_{};
    QDockWidget* lessonsDock_{};
    LessonsPanel* lessonsPanel_{};
    QAction* undoAction_{};
    QAction* redoAction_{};
    QUndoGroup* undoGroup_{};
    widgets::FilterWorkspace* filterWorkspace_{};
    widgets::TrainWorkspace* trainWorkspace_{};
    widgets::InspectWorkspace* inspectWorkspace_{};
    bool deferWorkspaces_{};
    widgets::TrainingSession* session_{};
    std::function<CloseChoice(QString* path)> closePrompt_;
    std::function<CloseChoice(QString* path)> loadPrompt_;
    QString sessionPath_;
    QAction* openSessionAction_{};
    QAction* saveSessionAction_{};
    QAction* saveSessionAsAction_{};
    QAction* reopenLastAction_{};
    QMenu* recentSessionsMenu_{};
    QAction* openModelAction_{};
    QAction* exportOnnxAction_{};
    QString pendingModel_; // the model file openModel() is loading
    Presentation* presentation_{};
    QAction* quitAction_{};
    QLabel* deviceLabel_{};
};

} // namespace convsight::app
