// "Which kernel made this output?" (see KernelQuiz.h).
#include "filter/KernelQuiz.h"

#include "common/AnswerFeedback.h"
#include "common/ImageView.h"
#include "common/Shortcuts.h"
#include "common/Theme.h"
#include "filter/KernelEditor.h"

#include <QAction>
#include <QGridLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QRandomGenerator>
#include <QVBoxLayout>

namespace convsight::widgets {

namespace {

// "[1 1 1; 0 0 0; −1 −1 −1]", "/ 9" after it when there is a divisor.
QString matrixText(const course::KernelChoice& choice) {
    QStringList rows;
    for (const auto& row : choice.matrix) {
        QStringList values;
        for (const double value : row)
            values << QString::fromStdString(conv::format_number(value, true));
        rows << values.join(QLatin1Char(' '));
    }
    QString text = QStringLiteral("[%1]").arg(rows.join(QStringLiteral("; ")));
    if (choice.divisor != 1.0)
        text += QStringLiteral(" / ") + QString::fromStdString(conv::format_number(choice.divisor));
    return text;
}

} // namespace

KernelQuiz::KernelQuiz(KernelEditor* editor, QWidget* parent)
    : QWidget(parent)
    , editor_(editor)
    , seed_(QRandomGenerator::global()->generate64()) {
    setObjectName(QStringLiteral("kernelQuiz"));
    quizAction_ = new QAction(tr("Which kernel?"), this);
    quizAction_->setObjectName(QStringLiteral("kernelQuizAction"));
    quizAction_->setCheckable(true);
    quizAction_->setToolTip(tr("Predict, then reveal: the kernel is hidden, the output shown; "
                               "which of four kernels made it?"));
    connect(quizAction_, &QAction::toggled, this, [this](bool on) { on ? ask() : stop(); });
    if (parent)
        setWorkspaceShortcut(quizAction_, parent, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));

    prompt_ = new QLabel(tr("Which kernel made this output?"), this);
    prompt_->setObjectName(QStringLiteral("kernelQuizPrompt"));
    prompt_->setWordWrap(true);
    QFont bold = prompt_->font();
    bold.setBold(true);
    prompt_->setFont(bold);
    auto* grid = new QGridLayout;
    grid->setSpacing(6);
    for (int i = 0; i < 4; ++i) {
        auto* button = new QPushButton(this);
        button->setObjectName(QStringLiteral("kernelChoice%1").arg(i));
        button->setMinimumHeight(36);
        connect(button, &QPushButton::clicked, this, [this, i] { choose(i); });
        grid->addWidget(button, i / 2, i % 2);
        choices_ << button;
    }
    feedback_ = new AnswerFeedback(this);
    feedback_->setObjectName(QStringLiteral("kernelQuizFeedback"));
    nextButton_ = new QPushButton(tr("Next question"), this);
    nextButton_->setObjectName(QStringLiteral("kernelQuizNext"));
    connect(nextButton_, &QPushButton::clicked, this, &KernelQuiz::ask);
    scoreLabel_ = new QLabel(this);
    scoreLabel_->setObjectName(QStringLiteral("kernelQuizScore"));
    scoreLabel_->setFont(bold);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(scoreLabel_, 1);
    bottom->addWidget(nextButton_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->setSpacing(6);
    layout->addWidget(prompt_);
    layout->addLayout(grid);
    layout->addWidget(feedback_);
    layout->addLayout(bottom);
    hide();
}

QString KernelQuiz::scoreText() const {
    return QString::fromStdString(score_.summary());
}

void KernelQuiz::ask() {
    if (!quizAction_->isChecked()) {
        quizAction_->setChecked(true); // toggled() comes back here
        return;
    }
    const std::uint64_t seed = seed_++;
    const std::string& id = course::random_preset_id(seed);
    question_ = course::which_kernel_question(id, seed);
    editor_->loadPreset(QString::fromStdString(id));
    asking_ = true;
    for (int i = 0; i < choices_.size(); ++i) {
        const course::KernelChoice& choice = question_->choices[static_cast<std::size_t>(i)];
        QPushButton* button = choices_[i];
        button->setText(QString::fromStdString(choice.name));
        button->setToolTip(matrixText(choice));
        button->setEnabled(true);
        button->setStyleSheet({});
    }
    feedback_->hide();
    nextButton_->hide();
    scoreLabel_->setText(tr("Score: %1").arg(scoreText()));
    setConcealed(true);
    show();
}

void KernelQuiz::choose(int index) {
    if (!question_ || !asking_ || index < 0 || index >= choices_.size())
        return;
    asking_ = false;
    const course::Feedback feedback = question_->check(index, &score_);
    setConcealed(false);
    for (QPushButton* button : choices_)
        button->setEnabled(false);
    const auto& c = theme::colours();
    const auto mark = [](const QColor& ink, const QColor& fill) {
        return QStringLiteral("QPushButton { color: %1; background: %2; font-weight: bold; }")
            .arg(theme::css(ink), theme::css(fill));
    };
    choices_[question_->answer]->setStyleSheet(mark(c.successText, c.successFill));
    if (!feedback.right)
        choices_[index]->setStyleSheet(mark(c.problemText, c.problemFill));
    feedback_->showFeedback(QStringLiteral("<b>%1</b><br>%2")
                                .arg(QString::fromStdString(feedback.message).toHtmlEscaped(),
                                     QString::fromStdString(feedback.working).toHtmlEscaped()),
                            feedback.right ? AnswerFeedback::Tone::Right
                                           : AnswerFeedback::Tone::Wrong);
    nextButton_->show();
    scoreLabel_->setText(tr("Score: %1").arg(scoreText()));
    emit answered(feedback.right);
}

void KernelQuiz::stop() {
    if (quizAction_->isChecked()) {
        quizAction_->setChecked(false); // toggled() comes back here
        return;
    }
    question_.reset();
    asking_ = false;
    score_.clear();
    setConcealed(false);
    hide();
}

void KernelQuiz::setHoverViews(const QList<ImageView*>& views) {
    hoverViews_ = views;
    for (ImageView* view : hoverViews_)
        view->installEventFilter(this);
}

bool KernelQuiz::eventFilter(QObject* watched, QEvent* event) {
    // A hover (no button held: dragging still pans) would outline the kernel's window.
    if (asking_ && event->type() == QEvent::MouseMove &&
        static_cast<QMouseEvent*>(event)->buttons() == Qt::NoButton)
        return true;
    return QWidget::eventFilter(watched, event);
}

void KernelQuiz::setConcealed(bool concealed) {
    for (QWidget* widget : concealed_)
        if (widget)
            widget->setVisible(!concealed);
    if (concealed)
        for (ImageView* view : hoverViews_)
            view->setHighlight({});
}

} // namespace convsight::widgets
