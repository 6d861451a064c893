// The Lessons panel: the list, one lesson's steps with "Set up", and its question.
#include "LessonsPanel.h"

#include "Language.h"
#include "MainWindow.h"
#include "SessionFile.h"
#include "common/CoreMessages.h"
#include "common/MessageLine.h"
#include "common/TrainingSession.h"
#include "stepthrough/StepThroughWorkspace.h"

#include <QButtonGroup>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace convsight::app {

namespace {

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

QTextBrowser* createBrowser(const QString& name) {
    auto* browser = new QTextBrowser;
    browser->setObjectName(name);
    browser->setOpenExternalLinks(true);
    browser->setFrameShape(QFrame::NoFrame);
    // A size to read beside the workspaces: a little above the window's text.
    QFont font = browser->font();
    font.setPointSizeF(font.pointSizeF() * 1.05);
    browser->setFont(font);
    return browser;
}

} // namespace

LessonsPanel::LessonsPanel(MainWindow* window, QWidget* parent)
    : QWidget(parent)
    , window_(window) {
    setObjectName(QStringLiteral("lessonsPanel"));
    pages_ = new QStackedWidget;
    pages_->addWidget(createListPage());
    pages_->addWidget(createLessonPage());
    message_ = new widgets::MessageLine;
    message_->setObjectName(QStringLiteral("lessonMessage"));
    message_->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(pages_, 1);
    layout->addWidget(message_);
    showList();
}

QWidget* LessonsPanel::createListPage() {
    auto* heading = new QLabel(tr("<b>Lessons</b>"));
    auto* hint = new QLabel(tr("The lecture, slide by slide. Each lesson sets up the workspaces "
                               "in one click and ends with a question."));
    hint->setWordWrap(true);
    list_ = new QListWidget;
    list_->setObjectName(QStringLiteral("lessonList"));
    list_->setWordWrap(true);
    // Titles only: the states are checked when a lesson opens.
    for (const QString& path : bundledLessons()) {
        std::optional<course::Lesson> lesson;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray text = file.readAll();
            try {
                lesson = course::parse_lesson(std::string_view(text.constData(), text.size()),
                                              QFileInfo(path).fileName().toStdString());
            } catch (const course::LessonError&) {
                // Listed by its file name; opening it says what is wrong.
            }
        }
        const QString stem = QFileInfo(path).completeBaseName();
        auto* item = new QListWidgetItem(
            lesson ? QStringLiteral("%1  %2").arg(stem.left(2), fromStd(lesson->title)) : stem,
            list_);
        item->setData(Qt::UserRole, path);
        if (lesson)
            item->setToolTip(tr("Lecture lines %1").arg(fromStd(lesson->lines)));
    }
    connect(list_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        QString error;
        if (!openLesson(item->data(Qt::UserRole).toString(), &error))
            showProblem(error);
    });
    connect(list_, &QListWidget::itemClicked, list_, &QListWidget::itemActivated);
    auto* page = new QWidget;
    auto* column = new QVBoxLayout(page);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(heading);
    column->addWidget(hint);
    column->addWidget(list_, 1);
    return page;
}

QWidget* LessonsPanel::createLessonPage() {
    auto* toList = new QPushButton(tr("‹ All lessons"));
    toList->setObjectName(QStringLiteral("lessonsToList"));
    toList->setFlat(true);
    connect(toList, &QPushButton::clicked, this, &LessonsPanel::showList);
    title_ = new QLabel;
    title_->setObjectName(QStringLiteral("lessonTitle"));
    title_->setWordWrap(true);
    QFont titleFont = title_->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    title_->setFont(titleFont);
    stepLabel_ = new QLabel;
    stepLabel_->setObjectName(QStringLiteral("lessonStepLabel"));
    stepLabel_->setWordWrap(true);
    text_ = createBrowser(QStringLiteral("lessonText"));
    choicesBox_ = new QWidget;
    choicesBox_->setObjectName(QStringLiteral("lessonChoices"));
    choicesLayout_ = new QVBoxLayout(choicesBox_);
    choicesLayout_->setContentsMargins(0, 0, 0, 0);
    choices_ = new QButtonGroup(this);
    connect(choices_, &QButtonGroup::idClicked, this, &LessonsPanel::choose);
    answer_ = createBrowser(QStringLiteral("lessonAnswer"));
    setUpButton_ = new QPushButton(tr("Set up"));
    setUpButton_->setObjectName(QStringLiteral("lessonSetUp"));
    setUpButton_->setToolTip(tr("Load this step's numbers and show its workspace"));
    connect(setUpButton_, &QPushButton::clicked, this, [this] {
        QString error;
        if (!setUpStep(&error))
            showProblem(error);
    });
    backButton_ = new QPushButton(tr("Back"));
    backButton_->setObjectName(QStringLiteral("lessonBack"));
    connect(backButton_, &QPushButton::clicked, this, [this] { showStep(step_ - 1); });
    nextButton_ = new QPushButton(tr("Next"));
    nextButton_->setObjectName(QStringLiteral("lessonNext"));
    connect(nextButton_, &QPushButton::clicked, this, [this] { showStep(step_ + 1); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(setUpButton_);
    buttons->addStretch(1);
    buttons->addWidget(backButton_);
    buttons->addWidget(nextButton_);

    auto* page = new QWidget;
    auto* column = new QVBoxLayout(page);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(toList, 0, Qt::AlignLeft);
    column->addWidget(title_);
    column->addWidget(stepLabel_);
    column->addWidget(text_, 2);
    column->addWidget(choicesBox_);
    column->addWidget(answer_, 3);
    column->addLayout(buttons);
    return page;
}

QStringList LessonsPanel::bundledLessons(const QString& language, const QString& root) {
    const QDir folder(root);
    const QDir translated(folder.filePath(language.isEmpty() ? currentLanguage() : language));
    QStringList paths;
    for (const QString& name : folder.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
        paths << (translated.exists(name) ? translated.filePath(name) : folder.filePath(name));
    return paths;
}

QString LessonsPanel::statePath(const QString& lessonPath, const QString& state) {
    const QDir folder = QFileInfo(lessonPath).dir();
    const QString beside = folder.filePath(state);
    QDir above = folder;
    if (!QFileInfo::exists(beside) && above.cdUp() && QFileInfo::exists(above.filePath(state)))
        return above.filePath(state);
    return beside;
}

QString LessonsPanel::resolveLesson(const QString& name) {
    for (const QString& path : bundledLessons()) {
        const QString stem = QFileInfo(path).completeBaseName();
        bool number = false;
        const int wanted = name.toInt(&number);
        if (stem == name || QFileInfo(path).fileName() == name ||
            (number && wanted > 0 && stem.left(2).toInt() == wanted))
            return path;
    }
    if (QFileInfo(name).isFile())
        return name;
    return {};
}

std::optional<course::Lesson> LessonsPanel::readLesson(const QString& path, QString* error) {
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open the lesson %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray text = file.readAll();
    course::Lesson lesson;
    try {
        lesson = course::parse_lesson(std::string_view(text.constData(), text.size()),
                                      name.toStdString());
    } catch (const course::LessonError& e) {
        QStringList lines;
        // Each problem as LessonProblem::text() says it, its message in the UI's language.
        for (const course::LessonProblem& problem : e.problems()) {
            const QString where = problem.line <= 0
                                      ? fromStd(problem.file)
                                      : QStringLiteral("%1:%2").arg(fromStd(problem.file),
                                                                    QString::number(problem.line));
            lines << where + QStringLiteral(": ") + widgets::translateCoreMessage(problem.message);
        }
        *error = lines.join(QLatin1Char('\n'));
        return std::nullopt;
    }
    for (std::size_t i = 0; i <= lesson.steps.size(); ++i) {
        const course::LessonSetup setup = lesson.step_setup(i);
        if (setup.state.empty())
            continue;
        QString why;
        if (!readSessionFile(statePath(path, fromStd(setup.state)), &why)) {
            *error = QStringLiteral("%1:%2: %3").arg(name).arg(setup.line).arg(why);
            return std::nullopt;
        }
    }
    return lesson;
}

bool LessonsPanel::openLesson(const QString& name, QString* error) {
    const QString path = resolveLesson(name);
    if (path.isEmpty()) {
        *error = tr("No lesson \"%1\": give a lesson's number (\"08\"), its name (\"08-stride\") "
                    "or a lesson file.")
                     .arg(name);
        return false;
    }
    std::optional<course::Lesson> lesson = readLesson(path, error);
    if (!lesson)
        return false;
    lesson_ = std::move(lesson);
    path_ = path;
    message_->clearMessage();
    pages_->setCurrentIndex(1);
    showStep(0);
    emit lessonOpened(fromStd(lesson_->name));
    return true;
}

int LessonsPanel::stepCount() const {
    return lesson_ ? static_cast<int>(lesson_->steps.size()) : 0;
}

bool LessonsPanel::isShowingQuestion() const {
    return lesson_ && step_ == stepCount();
}

bool LessonsPanel::setUpStep(QString* error) {
    if (!lesson_) {
        *error = tr("Open a lesson first.");
        return false;
    }
    const course::LessonSetup setup = lesson_->step_setup(static_cast<std::size_t>(step_));
    std::optional<CheckedSession> checked;
    if (!setup.state.empty()) {
        const QString state = statePath(path_, fromStd(setup.state));
        checked = readSessionFile(state, error);
        if (!checked)
            return false;
        if ((checked->holds("train") || !checked->model.isEmpty()) &&
            window_->trainingSession()->isActive()) {
            *error = tr("Stop the training first: this step sets up the Train workspace.");
            return false;
        }
    }
    if (checked)
        applySession(*window_, *checked);
    // A Lecture example (checked when the lesson was read) goes into Step through at its first
    // window, after the state.
    if (!setup.example.empty()) {
        if (auto* stepThrough = window_->findChild<widgets::StepThroughWorkspace*>();
            stepThrough && stepThrough->loadLectureExample(fromStd(setup.example)))
            stepThrough->reset();
    }
    for (int i = 0; i < MainWindow::workspaceCount; ++i) {
        const auto workspace = static_cast<MainWindow::Workspace>(i);
        if (MainWindow::workspaceSlug(workspace).toStdString() == setup.workspace)
            window_->showWorkspace(workspace);
    }
    message_->showMessage(
        tr("Set up: %1.").arg(MainWindow::workspaceTitle(window_->currentWorkspace())),
        widgets::MessageLine::Tone::Success);
    emit stepSetUp(step_);
    return true;
}

void LessonsPanel::showList() {
    pages_->setCurrentIndex(0);
}

void LessonsPanel::showStep(int step) {
    if (!lesson_)
        return;
    step_ = std::clamp(step, 0, stepCount());
    message_->clearMessage();
    title_->setText(fromStd(lesson_->title));
    const bool question = isShowingQuestion();
    stepLabel_->setText(question ? tr("Question · lecture lines %1").arg(fromStd(lesson_->lines))
                                 : tr("Step %1 of %2 · lecture lines %3")
                                       .arg(step_ + 1)
                                       .arg(stepCount())
                                       .arg(fromStd(lesson_->lines)));
    QString markdown;
    if (question) {
        markdown = fromStd(lesson_->question.text);
    } else {
        const course::LessonStep& current = lesson_->steps[static_cast<std::size_t>(step_)];
        markdown = QStringLiteral("### %1\n\n").arg(fromStd(current.title));
        if (step_ == 0 && !lesson_->intro.empty())
            markdown += fromStd(lesson_->intro) + QStringLiteral("\n\n");
        markdown += fromStd(current.text);
    }
    text_->setMarkdown(markdown);
    // The question's choices, fresh each time it is shown.
    for (QAbstractButton* button : choices_->buttons()) {
        choices_->removeButton(button);
        delete button;
    }
    checked_ = -1;
    answer_->clear();
    answer_->setVisible(false);
    choicesBox_->setVisible(question);
    if (question) {
        int id = 0;
        for (const course::LessonChoice& choice : lesson_->question.choices) {
            auto* button = new QRadioButton(fromStd(choice.text));
            button->setObjectName(QStringLiteral("lessonChoice%1").arg(id));
            choices_->addButton(button, id++);
            choicesLayout_->addWidget(button);
        }
    }
    backButton_->setEnabled(step_ > 0);
    nextButton_->setEnabled(!question);
    nextButton_->setText(step_ + 1 == stepCount() ? tr("Question") : tr("Next"));
}

void LessonsPanel::choose(int choice) {
    if (!lesson_ || checked_ >= 0)
        return;
    checked_ = choice;
    const course::LessonQuestion& question = lesson_->question;
    const auto right = static_cast<int>(question.correct_choice());
    for (QAbstractButton* button : choices_->buttons()) {
        const int id = choices_->id(button);
        button->setEnabled(false);
        if (id == right)
            button->setText(QStringLiteral("✓ ") + button->text());
        else if (id == choice)
            button->setText(QStringLiteral("✗ ") + button->text());
    }
    const bool correct = choice == right;
    if (correct)
        message_->showMessage(tr("Right."), widgets::MessageLine::Tone::Success);
    else
        message_->showProblem(
            tr("Not quite: the answer is “%1”.")
                .arg(fromStd(question.choices[static_cast<std::size_t>(right)].text)));
    answer_->setMarkdown(tr("**Why.** %1").arg(fromStd(question.answer)));
    answer_->setVisible(true);
    emit answered(correct);
}

void LessonsPanel::showProblem(const QString& text) {
    message_->showProblem(text);
}

} // namespace convsight::app
