// ConvSight's main window: a sidebar of the four workspaces (Filter, Step through, Train, Inspect),
// the menus, and a status bar naming the device computations run on.
#pragma once

#include <QMainWindow>
#include <functional>

class QAction;
class QActionGroup;
class QUndoGroup;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace convsight::widgets {
class FilterWorkspace;
class InspectWorkspace;
class TrainWorkspace;
class TrainingSession;
} // namespace convsight::widgets

namespace convsight::app {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Workspace { Filter, StepThrough, Train, Inspect };
    Q_ENUM(Workspace)
    static constexpr int workspaceCount = 4;

    explicit MainWindow(QWidget* parent = nullptr);

    Workspace currentWorkspace() const;
    // Lower-case names used for screenshots and on the command line: "filter", "step-through", ...
    static QString workspaceSlug(Workspace workspace);
    static QString workspaceTitle(Workspace workspace);

    QAction* workspaceAction(Workspace workspace) const;
    // The workspace itself, a page of the stack beside the sidebar.
    QWidget* workspaceWidget(Workspace workspace) const;
    QAction* aboutAction() const { return aboutAction_; }
    QAction* undoAction() const { return undoAction_; }
    QAction* redoAction() const { return redoAction_; }
    widgets::FilterWorkspace* filterWorkspace() const { return filterWorkspace_; }
    widgets::TrainWorkspace* trainWorkspace() const { return trainWorkspace_; }
    widgets::InspectWorkspace* inspectWorkspace() const { return inspectWorkspace_; }
    widgets::TrainingSession* trainingSession() const { return session_; }

    // Closing while a network trains asks whether to save a checkpoint first (Save asks where).
    // Tests replace the question with their own answer.
    enum class CloseChoice { Save, Discard, Cancel };
    void setClosePrompt(std::function<CloseChoice(QString* path)> prompt);
    QLabel* deviceLabel() const { return deviceLabel_; }

public slots:
    void showWorkspace(convsight::app::MainWindow::Workspace workspace);
    void showAbout();

signals:
    void workspaceChanged(convsight::app::MainWindow::Workspace workspace);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    CloseChoice askAboutTraining(QString* path);
    void createWorkspaces();
    QWidget* createPage(Workspace workspace);
    QWidget* createSidebarPanel();
    void fitToScreen();
    void createActions();
    void createMenus();
    void createStatusBar();

    QListWidget* sidebar_{};
    QStackedWidget* pages_{};
    QActionGroup* workspaceActions_{};
    QAction* aboutAction_{};
    QAction* undoAction_{};
    QAction* redoAction_{};
    QUndoGroup* undoGroup_{};
    widgets::FilterWorkspace* filterWorkspace_{};
    widgets::TrainWorkspace* trainWorkspace_{};
    widgets::InspectWorkspace* inspectWorkspace_{};
    widgets::TrainingSession* session_{};
    std::function<CloseChoice(QString* path)> closePrompt_;
    QAction* fullScreenAction_{};
    QAction* quitAction_{};
    QLabel* deviceLabel_{};
};

} // namespace convsight::app
