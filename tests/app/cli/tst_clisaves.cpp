// Qt Test suite for what convsight-cli writes: `--out` naming a folder is refused with a clear
// message (before any work), and training killed with SIGKILL during a later epoch resumes from
// its last checkpoint and ends with the same weights, bit for bit, as a run never interrupted.
#include "CliRun.h"
#include "nn/ModelFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cstring>
#include <random>

namespace {

// The run both trainings make: CPU, seed 1, one thread, a small model on 384 examples.
QStringList training(const QString& out, int epochs) {
    return {QStringLiteral("train"),
            QStringLiteral("--dataset"),
            QStringLiteral("shapes"),
            QStringLiteral("--model"),
            QStringLiteral("small"),
            QStringLiteral("--limit"),
            QStringLiteral("384"),
            QStringLiteral("--epochs"),
            QString::number(epochs),
            QStringLiteral("--batch"),
            QStringLiteral("32"),
            QStringLiteral("--threads"),
            QStringLiteral("1"),
            QStringLiteral("--seed"),
            QStringLiteral("1"),
            QStringLiteral("--device"),
            QStringLiteral("cpu"),
            QStringLiteral("--out"),
            out,
            QStringLiteral("--json")};
}

// Where two saved models' weights (and BatchNorm statistics, and optimizer state) differ; empty
// when every value is the same bit for bit.
QString weightDifference(const QString& first, const QString& second) {
    const convsight::nn::SavedModel a = convsight::nn::load_model_file(first.toStdString());
    const convsight::nn::SavedModel b = convsight::nn::load_model_file(second.toStdString());
    const auto pa = a.model.parameters();
    const auto pb = b.model.parameters();
    if (pa.size() != pb.size())
        return QStringLiteral("%1 parameters against %2").arg(pa.size()).arg(pb.size());
    for (std::size_t i = 0; i < pa.size(); ++i) {
        const std::vector<float> va = pa[i]->value.to_vector();
        const std::vector<float> vb = pb[i]->value.to_vector();
        if (va.size() != vb.size() ||
            std::memcmp(va.data(), vb.data(), va.size() * sizeof(float)) != 0)
            return QString::fromStdString(pa[i]->name);
    }
    if (a.optimizer != b.optimizer)
        return QStringLiteral("the optimizer's state");
    return {};
}

} // namespace

class tst_CliSaves : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void outNamingAFolderIsRefused_data();
    void outNamingAFolderIsRefused();
    void killedTrainingResumesToTheSameWeights();

private:
    QTemporaryDir dir_;
    QString picture_;
};

void tst_CliSaves::initTestCase() {
    QVERIFY(dir_.isValid());
    picture_ = dir_.filePath(QStringLiteral("in.png"));
    QImage image(12, 9, QImage::Format_RGB32);
    image.fill(qRgb(40, 120, 200));
    QVERIFY(image.save(picture_));
}

void tst_CliSaves::outNamingAFolderIsRefused_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("arguments"); // OUT stands for the folder
    QTest::newRow("convolve") << QStringLiteral("d.png")
                              << QStringList{QStringLiteral("convolve"), QStringLiteral("--image"),
                                             QStringLiteral("IN"),       QStringLiteral("--kernel"),
                                             QStringLiteral("sobel-x"),  QStringLiteral("--out"),
                                             QStringLiteral("OUT")};
    QTest::newRow("train") << QStringLiteral("d.csmodel") << training(QStringLiteral("OUT"), 1);
}

// It used to say "cannot replace 'd.png': Success" (convolve). Now one line names the folder,
// no epoch is reported as saved, and the folder stays as it was.
void tst_CliSaves::outNamingAFolderIsRefused() {
    QFETCH(QString, name);
    QFETCH(QStringList, arguments);
    const QString folder = dir_.filePath(name);
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/inside")));
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^OUT$")), folder);
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^IN$")), picture_);
    const CliResult result = runCli(arguments);
    QCOMPARE(result.exitCode, 1);
    // convolve writes through the atomic write's own message; train may check --out first, in
    // its own words: either way the folder is named and called one.
    QVERIFY2(result.err.contains(folder) && result.err.contains(QStringLiteral("is a folder")),
             qPrintable(result.err));
    QVERIFY2(!result.err.contains(QStringLiteral("Success")), qPrintable(result.err));
    QVERIFY(result.out.isEmpty() || !result.out.contains(QStringLiteral("\"epoch\"")));
    QVERIFY(QFileInfo(folder + QStringLiteral("/inside")).isDir());
}

// Four runs killed with SIGKILL at random moments after their first checkpoint (in the second
// or third epoch, or while saving), each resumed with --resume: each ends with the weights of the
// run never interrupted.
void tst_CliSaves::killedTrainingResumesToTheSameWeights() {
    constexpr int kEpochs = 3;
    const QString whole = dir_.filePath(QStringLiteral("whole.csmodel"));
    QElapsedTimer clock;
    clock.start();
    const CliResult uninterrupted = runCli(training(whole, kEpochs));
    QCOMPARE(uninterrupted.exitCode, 0);
    const double epochMs = static_cast<double>(clock.elapsed()) / kEpochs;

    std::mt19937 random(5);
    std::uniform_real_distribution<double> delayMs(0.0, 1.1 * epochMs);
    int kills = 0;
    QStringList resumedFrom;
    for (int run = 0; run < 4; ++run) {
        const QString path = dir_.filePath(QStringLiteral("killed%1.csmodel").arg(run));
        QProcess process;
        process.setProgram(QStringLiteral(CONVSIGHT_CLI_PATH));
        process.setArguments(training(path, kEpochs));
        process.start();
        QVERIFY(process.waitForStarted());
        // The first epoch's line comes once its checkpoint is written.
        QByteArray out;
        while (!out.contains('\n') && process.state() == QProcess::Running)
            if (process.waitForReadyRead(30000))
                out += process.readAllStandardOutput();
        QVERIFY2(out.contains("\"epoch\":1"), out.constData());
        QTest::qSleep(static_cast<int>(delayMs(random)));
        if (process.state() == QProcess::Running) {
            process.kill(); // SIGKILL
            ++kills;
        }
        QVERIFY(process.waitForFinished(30000));

        const convsight::nn::SavedModel checkpoint =
            convsight::nn::load_model_file(path.toStdString());
        const int saved = checkpoint.metadata.at("epoch").get<int>();
        resumedFrom << QString::number(saved);
        if (saved < kEpochs) {
            const CliResult resumed =
                runCli({QStringLiteral("train"), QStringLiteral("--resume"), path,
                        QStringLiteral("--epochs"), QString::number(kEpochs),
                        QStringLiteral("--threads"), QStringLiteral("1")});
            QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        }
        const QString difference = weightDifference(whole, path);
        QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("run %1, resumed after epoch %2: "
                                                                 "%3 differs")
                                                      .arg(run)
                                                      .arg(saved)
                                                      .arg(difference)));
        const QStringList left = QDir(dir_.path())
                                     .entryList(QDir::Files | QDir::Hidden)
                                     .filter(QStringLiteral(".killed"));
        QVERIFY2(left.size() <= 1, qPrintable(left.join(QLatin1Char(' '))));
    }
    qInfo("%d of 4 runs killed (an epoch: %.0f ms with start-up), checkpoints at epochs %s", kills,
          epochMs, qPrintable(resumedFrom.join(QStringLiteral(", "))));
    QVERIFY(kills >= 3);
    QVERIFY(resumedFrom.filter(QRegularExpression(QStringLiteral("^[12]$"))).size() >= 1);
}

QTEST_GUILESS_MAIN(tst_CliSaves)
#include "tst_clisaves.moc"
