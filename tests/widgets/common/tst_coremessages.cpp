// translateCoreMessage: core's real errors (images, CSV, kernels, models, IDX folders) come out in
// the UI's language, their variable parts kept and their nested reasons translated too; a message
// outside the catalogue, or one without a translation, stays as it is.
#include "common/CoreMessages.h"
#include "conv/KernelFile.h"
#include "conv/MatrixCsv.h"
#include "course/Lesson.h"
#include "data/IdxDataset.h"
#include "image/ImageFolderDataset.h"
#include "image/ImageIO.h"
#include "io/Messages.h"
#include "nn/ModelFile.h"
#include "onnx/OnnxImport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <functional>

using convsight::widgets::translateCoreMessage;

namespace {

// Marks every text of the "core" context as translated: «text».
class MarkingTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* source, const char*, int) const override {
        return QByteArrayView(context) == "core"
                   ? QStringLiteral("«") + QString::fromUtf8(source) + QStringLiteral("»")
                   : QString();
    }
    bool isEmpty() const override { return false; }
};

QString messageOf(const std::function<void()>& act) {
    try {
        act();
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

QString unmarked(QString text) {
    return text.remove(QStringLiteral("«")).remove(QStringLiteral("»"));
}

} // namespace

class tst_CoreMessages : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void realErrorsTranslated_data();
    void realErrorsTranslated();
    void unknownMessageUnchanged();
    void placeholderInPartKept();
    void noTranslatorLeavesEnglish();
    void catalogueWellFormed();

private:
    QTemporaryDir dir_;
};

void tst_CoreMessages::initTestCase() {
    QVERIFY(dir_.isValid());
    QFile empty(dir_.filePath(QStringLiteral("empty.png")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QFile text(dir_.filePath(QStringLiteral("notes.csmodel")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("these are notes, not a model\n");
}

void tst_CoreMessages::realErrorsTranslated_data() {
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("expected");
    const std::string folder = dir_.path().toStdString();
    QTest::newRow("image missing")
        << messageOf([] { convsight::image::load_image("/nowhere/cat.png"); })
        << QStringLiteral("«cannot open image '/nowhere/cat.png': «no such file»»");
    const std::string empty = folder + "/empty.png";
    QTest::newRow("image empty") << messageOf([&] { convsight::image::load_image(empty); })
                                 << QStringLiteral("«cannot open image '") +
                                        QString::fromStdString(empty) +
                                        QStringLiteral("': «the file is empty»»");
    QTest::newRow("image folder") << messageOf([&] { convsight::image::load_image(folder); })
                                  << QStringLiteral("«cannot open image '") + dir_.path() +
                                         QStringLiteral("': «it is a folder, not a file»»");
    QTest::newRow("csv not a number")
        << messageOf([] { convsight::conv::parse_matrix_csv("1,x\n", "k.csv"); }) << QString();
    QTest::newRow("csv missing") << messageOf([] {
        convsight::conv::load_matrix_csv("/nowhere/k.csv");
    }) << QStringLiteral("«/nowhere/k.csv: no such file»");
    QTest::newRow("kernel missing")
        << messageOf([] { convsight::conv::load_kernel_file("/nowhere/edge.json"); })
        << QStringLiteral(
               "«cannot open kernel '/nowhere/edge.json': no such file, or not readable»");
    QTest::newRow("not a model") << messageOf([&] {
        convsight::nn::load_model_file(folder + "/notes.csmodel");
    }) << QString();
    QTest::newRow("onnx empty") << messageOf(
                                       [&] { convsight::onnx::import_onnx(folder + "/empty.png"); })
                                << QStringLiteral("«") +
                                       dir_.filePath(QStringLiteral("empty.png")) +
                                       QStringLiteral(": the file is empty, not an ONNX model»");
    QTest::newRow("onnx folder") << messageOf([&] { convsight::onnx::import_onnx(folder); })
                                 << QString();
    QTest::newRow("image folder of one class") << messageOf([&] {
        QDir(dir_.path()).mkpath(QStringLiteral("one-class/cats"));
        convsight::image::open_image_folder(folder + "/one-class", {});
    }) << QString();
    QTest::newRow("no such image folder")
        << messageOf([] { convsight::image::open_image_folder("/nowhere/photos", {}); })
        << QStringLiteral("«/nowhere/photos: no such folder»");
    // A lesson's problems are translated one by one (LessonsPanel puts back the file and line).
    QString lessonProblem;
    try {
        convsight::course::parse_lesson("no header here\n", "x.md");
    } catch (const convsight::course::LessonError& e) {
        lessonProblem = QString::fromStdString(e.problems().front().message);
    }
    QTest::newRow("lesson without header") << lessonProblem << QString();
    QTest::newRow("idx folder empty") << messageOf([&] {
        convsight::data::open_idx_folder(folder, "MNIST", convsight::data::digit_class_names());
    }) << QString();
}

// Each message is translated whole (it starts with the mark), and with the marks taken away it is
// the English message again: no variable part lost or changed.
void tst_CoreMessages::realErrorsTranslated() {
    QFETCH(QString, message);
    QFETCH(QString, expected);
    QVERIFY2(!message.isEmpty(), "core did not refuse");
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    const QString translated = translateCoreMessage(message);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(translated.startsWith(QStringLiteral("«")) && translated.endsWith(QStringLiteral("»")),
             qPrintable(QStringLiteral("not in the catalogue: ") + message));
    QCOMPARE(unmarked(translated), message);
    if (!expected.isEmpty())
        QCOMPARE(translated, expected);
}

void tst_CoreMessages::unknownMessageUnchanged() {
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    const QString message = QStringLiteral("a sentence no part of core says");
    QCOMPARE(translateCoreMessage(message), message);
    QCOMPARE(translateCoreMessage(std::string()), QString());
    QCoreApplication::removeTranslator(&translator);
}

// A path holding "%2" is put back as it is, not filled with another part.
void tst_CoreMessages::placeholderInPartKept() {
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    QCOMPARE(translateCoreMessage("cannot open image '100%2.png': no such file"),
             QStringLiteral("«cannot open image '100%2.png': «no such file»»"));
    QCoreApplication::removeTranslator(&translator);
}

void tst_CoreMessages::noTranslatorLeavesEnglish() {
    const std::string message = "cannot open image '/nowhere/cat.png': no such file";
    QCOMPARE(translateCoreMessage(message), QString::fromStdString(message));
}

// Each pattern numbers its parts %1..%k without a gap, and no pattern is listed twice.
void tst_CoreMessages::catalogueWellFormed() {
    QSet<QString> seen;
    const QRegularExpression placeholder(QStringLiteral("%([1-9])"));
    for (const char* source : convsight::io::kMessagePatterns) {
        const QString pattern = QString::fromUtf8(source);
        QVERIFY2(!seen.contains(pattern), source);
        seen.insert(pattern);
        QList<int> numbers;
        for (auto it = placeholder.globalMatch(pattern); it.hasNext();)
            numbers << it.next().captured(1).toInt();
        std::sort(numbers.begin(), numbers.end());
        for (int i = 0; i < numbers.size(); ++i)
            QVERIFY2(numbers[i] == i + 1, source);
    }
    QVERIFY(seen.size() > 50);
}

QTEST_GUILESS_MAIN(tst_CoreMessages)
#include "tst_coremessages.moc"
