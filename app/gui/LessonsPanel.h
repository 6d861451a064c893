// The Lessons panel (a dock on the right of the main window): the list of lessons, then one
// lesson step by step — its text, "Set up" (the step's state applied and its workspace shown in
// one click), Back and Next — and its closing question, whose answer shows once a choice is
// checked. Lessons are the files of resources/lessons/ (docs/lessons.md), or any lesson file.
#pragma once

#include "course/Lesson.h"

#include <QWidget>
#include <optional>

class QButtonGroup;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QVBoxLayout;

namespace convsight::widgets {
class MessageLine;
}

namespace convsight::app {

class MainWindow;

class LessonsPanel : public QWidget {
    Q_OBJECT
public:
    explicit LessonsPanel(MainWindow* window, QWidget* parent = nullptr);

    // The built-in lessons, ":/lessons/NN-name.md", in order; for each, its translation
    // ":/lessons/<language>/NN-name.md" when there is one (the UI's language by default).
    static QStringList bundledLessons(const QString& language = {},
                                      const QString& root = QStringLiteral(":/lessons"));
    // A state file a lesson names: beside the lesson, or in the folder above for a translated
    // lesson in lessons/<language>/, which shares the English lessons' states/.
    static QString statePath(const QString& lessonPath, const QString& state);
    // A built-in lesson's path from its file stem ("08-stride") or number ("08" or "8"), or
    // `name` itself when it is a lesson file that exists; empty when it is neither.
    static QString resolveLesson(const QString& name);
    // Reads and checks a lesson and every state file it names (a partial or full session, as
    // SessionFile reads them); std::nullopt with a sentence naming the file and line otherwise.
    static std::optional<course::Lesson> readLesson(const QString& path, QString* error);

    // Opens a lesson (a name as resolveLesson() takes it, or a path) at its first step, without
    // setting it up; false with the reason, the panel unchanged.
    bool openLesson(const QString& name, QString* error);
    // Applies step `step`'s state, then its Lecture example (into Step through), and shows its
    // workspace; false with the reason (a training run that the state would change, a damaged
    // state file), nothing applied.
    bool setUpStep(QString* error);
    // Steps 0 … stepCount()-1 are the lesson's steps, stepCount() its question.
    void showStep(int step);
    void showList();

    const course::Lesson* lesson() const { return lesson_ ? &*lesson_ : nullptr; }
    QString lessonPath() const { return path_; }
    int currentStep() const { return step_; }
    int stepCount() const;
    bool isShowingQuestion() const;
    // The choice the student checked (-1: none yet) and whether it was the right one.
    int checkedChoice() const { return checked_; }

signals:
    void lessonOpened(const QString& name);
    void stepSetUp(int step);
    void answered(bool right);

private:
    QWidget* createListPage();
    QWidget* createLessonPage();
    void choose(int choice);
    void showProblem(const QString& text);

    MainWindow* window_;
    QStackedWidget* pages_{};
    QListWidget* list_{};
    QLabel* title_{};
    QLabel* stepLabel_{};
    QTextBrowser* text_{};
    QPushButton* setUpButton_{};
    QPushButton* backButton_{};
    QPushButton* nextButton_{};
    QWidget* choicesBox_{};
    QVBoxLayout* choicesLayout_{};
    QButtonGroup* choices_{};
    QTextBrowser* answer_{};
    widgets::MessageLine* message_{};
    std::optional<course::Lesson> lesson_;
    QString path_;
    int step_{0};
    int checked_{-1};
};

} // namespace convsight::app
