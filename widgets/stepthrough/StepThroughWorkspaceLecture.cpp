// The Step through workspace and the lecture: the Lecture examples menu, loading an input or a
// kernel from CSV, and the lines under the formula (how V(x, y) maps to the grid, an example's
// note where the slide prints another number, the legend of the rows the window never reaches)
// and the padding warning in the message bar.
#include "common/CoreMessages.h"
#include "common/Theme.h"
#include "conv/LectureExamples.h"
#include "conv/MatrixCsv.h"
#include "stepthrough/ConvolutionStage.h"
#include "stepthrough/StepThroughWorkspace.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <algorithm>
#include <optional>

namespace convsight::widgets {

void StepThroughWorkspace::createLectureControls(QWidget* bar) {
    lectureMenu_ = new QMenu(tr("&Lecture examples"), this);
    lectureMenu_->setObjectName(QStringLiteral("lectureExamplesMenu"));
    for (const conv::LectureExample& example : conv::lecture_examples()) {
        const QString id = QString::fromStdString(example.id);
        QAction* action = lectureMenu_->addAction(
            tr("%1  (lines %2)")
                .arg(translateCoreText(example.title), QString::fromStdString(example.lines)));
        action->setObjectName(QStringLiteral("lectureExample_") + id);
        connect(action, &QAction::triggered, this, [this, id] { loadLectureExample(id); });
    }
    lectureButton_ = new QToolButton(bar);
    lectureButton_->setObjectName(QStringLiteral("lectureExamplesButton"));
    lectureButton_->setText(tr("Lecture examples"));
    lectureButton_->setMenu(lectureMenu_);
    lectureButton_->setPopupMode(QToolButton::InstantPopup);
    lectureButton_->setToolTip(tr("The lecture's examples with the slides' own numbers, one click "
                                  "each (undoable)"));

    inputCsvAction_ = new QAction(tr("Load input from CSV…"), this);
    inputCsvAction_->setObjectName(QStringLiteral("loadInputCsvAction"));
    connect(inputCsvAction_, &QAction::triggered, this, [this] { chooseCsv(false); });
    kernelCsvAction_ = new QAction(tr("Load kernel from CSV…"), this);
    kernelCsvAction_->setObjectName(QStringLiteral("loadKernelCsvAction"));
    connect(kernelCsvAction_, &QAction::triggered, this, [this] { chooseCsv(true); });
    auto* csvMenu = new QMenu(this);
    csvMenu->setObjectName(QStringLiteral("csvMenu"));
    csvMenu->addAction(inputCsvAction_);
    csvMenu->addAction(kernelCsvAction_);
    csvButton_ = new QToolButton(bar);
    csvButton_->setObjectName(QStringLiteral("csvButton"));
    csvButton_->setText(tr("CSV"));
    csvButton_->setMenu(csvMenu);
    csvButton_->setPopupMode(QToolButton::InstantPopup);
    csvButton_->setToolTip(tr("Load the input or the kernel from a CSV file: one row per line, "
                              "values separated by commas"));

    const auto line = [bar](const char* name) {
        auto* label = new QLabel(bar);
        label->setObjectName(QString::fromLatin1(name));
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        theme::followTheme(label, [] {
            return QStringLiteral("color: %1; padding: 0 10px;")
                .arg(theme::css(theme::colours().secondaryText));
        });
        return label;
    };
    notationLabel_ = line("notationLabel");
    notationLabel_->setText(tr("V(x, y): x the column, y the row, from 0 as in the lecture; "
                               "V(1, 0) is row 1, column 2."));
    noteLabel_ = line("lectureNoteLabel");
    noteLabel_->hide();
}

void StepThroughWorkspace::showNotes() {
    // The notation and the examples' notes are about the convolution's V(x, y); pooling and the
    // gradients have their own explanation line.
    const bool convolution = mode_ == Mode::Convolution;
    notationLabel_->setVisible(convolution);
    QStringList notes;
    for (const conv::LectureExample& example : conv::lecture_examples())
        if (convolution && !example.note.empty() && example.document == document_)
            notes << translateCoreText(example.note);
    if (stage_->trace() && stage_->marksUnreached()) {
        QString why = translateCoreMessage(stage_->trace()->geometry().unreached_description());
        why[0] = why[0].toLower(); // "With stride 2, …" inside the sentence
        notes << tr("Crossed-out cells: %1").arg(why);
    }
    noteLabel_->setText(notes.join(QLatin1Char('\n')));
    noteLabel_->setVisible(!notes.isEmpty());

    // Padding as wide as the kernel: the stage still runs, the message bar says why it wastes.
    const auto warning = document_.why_invalid() ? std::nullopt : document_.warning();
    if (warning) {
        shownWarning_ = QString::fromStdString(*warning);
        showStatus(shownWarning_);
    } else if (!shownWarning_.isEmpty()) {
        if (statusMessage() == shownWarning_)
            showStatus({});
        shownWarning_.clear();
    }
}

bool StepThroughWorkspace::loadLectureExample(const QString& id) {
    const conv::LectureExample* example = conv::find_lecture_example(id.toStdString());
    if (!example)
        return false;
    setMode(Mode::Convolution);
    changeDocument(example->document,
                   tr("Lecture example: %1").arg(translateCoreText(example->title)));
    return true;
}

bool StepThroughWorkspace::loadInputCsv(const QString& path) {
    const QString name = QFileInfo(path).fileName();
    const std::optional<conv::Matrix> read = readCsv(path);
    if (!read)
        return false;
    const conv::Matrix& matrix = *read;
    const int rows = static_cast<int>(matrix.size());
    const int columns = static_cast<int>(matrix.front().size());
    if (document_.channels != 1) {
        showStatus(tr("%1: a CSV file holds one grey channel; untick RGB input to load it as the "
                      "input")
                       .arg(name));
        return false;
    }
    if (rows < 2 || columns < 2 || rows > Document::kMaxInputSide ||
        columns > Document::kMaxInputSide) {
        showStatus(tr("%1: the matrix is %2×%3; the input can be 2×2 to %4×%4")
                       .arg(name)
                       .arg(rows)
                       .arg(columns)
                       .arg(Document::kMaxInputSide));
        return false;
    }
    Document d = document_;
    d.height = rows;
    d.width = columns;
    int flatRows = 0, flatColumns = 0;
    d.input = conv::flatten_matrix(matrix, "input", flatRows, flatColumns);
    showStatus({});
    changeDocument(d, tr("Input from %1").arg(name));
    return true;
}

bool StepThroughWorkspace::loadKernelCsv(const QString& path) {
    const QString name = QFileInfo(path).fileName();
    const std::optional<conv::Matrix> read = readCsv(path);
    if (!read)
        return false;
    const conv::Matrix& matrix = *read;
    const int rows = static_cast<int>(matrix.size());
    const int columns = static_cast<int>(matrix.front().size());
    if (rows != columns || rows > Document::kMaxKernelSize) {
        showStatus(tr("%1: the matrix is %2×%3; a kernel is square, 1×1 to %4×%4")
                       .arg(name)
                       .arg(rows)
                       .arg(columns)
                       .arg(Document::kMaxKernelSize));
        return false;
    }
    // Filter 1 on every channel (a bank's other filters keep their size's middle); the CSV's
    // values are the weights, so the divisor is 1.
    Document d = document_.with_kernel_size(rows);
    int flatRows = 0, flatColumns = 0;
    const std::vector<double> values =
        conv::flatten_matrix(matrix, "kernel", flatRows, flatColumns);
    for (int c = 0; c < d.channels; ++c)
        std::copy(values.begin(), values.end(),
                  d.kernels.begin() + static_cast<long>(d.kernel_index(0, c, 0, 0)));
    d.divisor = 1;
    d.explicit_padding = std::min(d.explicit_padding, rows + 2);
    showStatus({});
    changeDocument(d, tr("Kernel from %1").arg(name));
    return true;
}

std::optional<conv::Matrix> StepThroughWorkspace::readCsv(const QString& path) {
    try {
        return conv::load_matrix_csv(path.toStdString());
    } catch (const conv::MatrixCsvError& error) {
        showStatus(translateCoreMessage(error.what()));
        return std::nullopt;
    }
}

void StepThroughWorkspace::chooseCsv(bool kernel) {
    const QString path = QFileDialog::getOpenFileName(
        this, kernel ? tr("Load the kernel from CSV") : tr("Load the input from CSV"), QString(),
        tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    if (kernel)
        loadKernelCsv(path);
    else
        loadInputCsv(path);
}

} // namespace convsight::widgets
