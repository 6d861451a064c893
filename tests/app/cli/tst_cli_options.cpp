// Values no option can take, refused alike by every command: exit code 2 and one line naming the
// option and the range it accepts, before anything is read, trained or written; `train --out`
// checked before the first epoch; a model evaluated or resumed on a data set with other classes.
#include "CliRun.h"
#include "nn/ModelFile.h"
#include "nn/Models.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

class tst_CliOptions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void refusedValues_data();
    void refusedValues();
    void emptyValue();
    void acceptedEdges_data();
    void acceptedEdges();
    void trainOutCheckedFirst_data();
    void trainOutCheckedFirst();
    void trainOutInUnwritableFolder();
    void evaluateOtherClasses();
    void evaluateModelWithoutClassNames();
    void resumeOnOtherClasses();

private:
    // A folder data set of 10 classes c0..c9, five 28×28 grey images each, in dir_.
    QString otherClasses() const { return dir_.filePath(QStringLiteral("letters")); }
    // `train --dataset shapes` for one short epoch, saved as dir_/shapes.csmodel.
    QString shapesModel() const { return dir_.filePath(QStringLiteral("shapes.csmodel")); }

    QTemporaryDir dir_;
};

void tst_CliOptions::initTestCase() {
    QVERIFY(dir_.isValid());
    for (int c = 0; c < 10; ++c) {
        const QString folder = otherClasses() + QStringLiteral("/c%1").arg(c);
        QVERIFY(QDir().mkpath(folder));
        for (int i = 0; i < 5; ++i) {
            QImage image(28, 28, QImage::Format_Grayscale8);
            image.fill(25 * c + i);
            QVERIFY(image.save(folder + QStringLiteral("/%1.png").arg(i)));
        }
    }
    const CliResult trained =
        runCli({QStringLiteral("train"), QStringLiteral("--dataset"), QStringLiteral("shapes"),
                QStringLiteral("--model"), QStringLiteral("small"), QStringLiteral("--epochs"),
                QStringLiteral("1"), QStringLiteral("--limit"), QStringLiteral("64"),
                QStringLiteral("--batch"), QStringLiteral("32"), QStringLiteral("--threads"),
                QStringLiteral("1"), QStringLiteral("--out"), shapesModel()});
    QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
}

void tst_CliOptions::refusedValues_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error"); // all of stderr, without its newline

    const QStringList train{"train", "--dataset", "shapes", "--model", "small"};
    const QString batch = QStringLiteral("a whole number between 1 and 65536");
    const QString threads = QStringLiteral("a whole number between 1 and 256");
    const QString lr = QStringLiteral("a number above 0 and at most 10");
    const QString extent = QStringLiteral("a whole number between 1 and 1048576");
    const auto row = [](const QString& name, const QStringList& arguments, const QString& command,
                        const QString& option, const QString& accepted, const QString& value) {
        QTest::newRow(qPrintable(name))
            << arguments
            << QStringLiteral("convsight-cli %1: %2 must be %3, not '%4'")
                   .arg(command, option, accepted, value);
    };

    row("train epochs 0", train + QStringList{"--epochs", "0"}, "train", "--epochs",
        "a whole number between 1 and 10000", "0");
    row("train epochs 10001", train + QStringList{"--epochs", "10001"}, "train", "--epochs",
        "a whole number between 1 and 10000", "10001");
    row("train epochs beyond int", train + QStringList{"--epochs", "99999999999"}, "train",
        "--epochs", "a whole number between 1 and 10000", "99999999999");
    row("train batch 0", train + QStringList{"--batch", "0"}, "train", "--batch", batch, "0");
    row("train batch 65537", train + QStringList{"--batch", "65537"}, "train", "--batch", batch,
        "65537");
    row("train lr -1", train + QStringList{"--lr", "-1"}, "train", "--lr", lr, "-1");
    row("train lr 0", train + QStringList{"--lr", "0"}, "train", "--lr", lr, "0");
    row("train lr nan", train + QStringList{"--lr", "nan"}, "train", "--lr", lr, "nan");
    row("train lr inf", train + QStringList{"--lr", "inf"}, "train", "--lr", lr, "inf");
    row("train lr 1e300", train + QStringList{"--lr", "1e300"}, "train", "--lr", lr, "1e300");
    row("train lr 1e999", train + QStringList{"--lr=1e999"}, "train", "--lr", lr, "1e999");
    row("train lr word", train + QStringList{"--lr", "fast"}, "train", "--lr", lr, "fast");
    row("train momentum 1", train + QStringList{"--momentum", "1"}, "train", "--momentum",
        "a number of at least 0 and below 1", "1");
    row("train weight decay -0.1", train + QStringList{"--weight-decay", "-0.1"}, "train",
        "--weight-decay", "a number between 0 and 1", "-0.1");
    row("train threads 0", train + QStringList{"--threads", "0"}, "train", "--threads", threads,
        "0");
    row("train threads 10000", train + QStringList{"--threads", "10000"}, "train", "--threads",
        threads, "10000");
    row("train threads 100000", train + QStringList{"--threads", "100000"}, "train", "--threads",
        threads, "100000");
    row("train limit 0", train + QStringList{"--limit", "0"}, "train", "--limit",
        "a whole number between 1 and 67108864", "0");
    row("train shift -1", train + QStringList{"--shift", "-1"}, "train", "--shift",
        "a whole number between 0 and 1048576", "-1");
    // Shapes are 28×28: a shift of 28 or more moves every pixel out of the image.
    row("train shift 1000", train + QStringList{"--shift", "1000"}, "train", "--shift",
        "a whole number between 0 and 27 for 28×28 images", "1000");
    row("train shift 28", train + QStringList{"--shift", "28"}, "train", "--shift",
        "a whole number between 0 and 27 for 28×28 images", "28");
    row("resume epochs 0",
        QStringList{"train", "--resume", "shapes.csmodel", "--epochs", "0", "--out", "x.csmodel"},
        "train", "--epochs", "a whole number between 1 and 10000", "0");
    row("evaluate batch 0", QStringList{"evaluate", "--model", "shapes.csmodel", "--batch", "0"},
        "evaluate", "--batch", batch, "0");

    row("bench ops threads 0", QStringList{"bench", "ops", "--threads", "0"}, "bench ops",
        "--threads", threads, "0");
    row("bench ops threads 100000", QStringList{"bench", "ops", "--threads", "100000"}, "bench ops",
        "--threads", threads, "100000");
    const QStringList benchTrain{"bench", "train", "--model", "small"};
    row("bench train threads 10000", benchTrain + QStringList{"--threads", "10000"}, "bench train",
        "--threads", threads, "10000");
    row("bench train batch 0", benchTrain + QStringList{"--batch", "0"}, "bench train", "--batch",
        batch, "0");
    row("bench train batch 100000", benchTrain + QStringList{"--batch", "100000"}, "bench train",
        "--batch", batch, "100000");
    row("bench train steps 0", benchTrain + QStringList{"--steps", "0"}, "bench train", "--steps",
        "a whole number between 1 and 100000", "0");
    row("bench filter threads 257", QStringList{"bench", "filter", "--threads", "257"},
        "bench filter", "--threads", threads, "257");
    row("bench filter kernel 64", QStringList{"bench", "filter", "--kernel", "64"}, "bench filter",
        "--kernel", "a whole number between 1 and 63", "64");
    row("bench filter size 0", QStringList{"bench", "filter", "--size", "0x10"}, "bench filter",
        "--size", "WIDTHxHEIGHT with sides between 1 and 1048576", "0x10");
    row("bench filter size beyond pixels",
        QStringList{"bench", "filter", "--size", "100000x100000"}, "bench filter", "--size",
        "at most 268435456 pixels (16384x16384)", "100000x100000");
    const QStringList benchInfer{"bench", "infer", "--model", "small"};
    row("bench infer threads 0", benchInfer + QStringList{"--threads", "0"}, "bench infer",
        "--threads", threads, "0");
    row("bench infer batch 65537", benchInfer + QStringList{"--batch", "65537"}, "bench infer",
        "--batch", batch, "65537");

    const QStringList geometry{"geometry", "--input", "4", "--kernel", "3"};
    row("geometry stride 0", geometry + QStringList{"--stride", "0"}, "geometry", "--stride",
        extent, "0");
    row("geometry stride 1,0", geometry + QStringList{"--stride", "1,0"}, "geometry", "--stride",
        "whole numbers between 1 and 1048576", "1,0");
    row("geometry padding -1", geometry + QStringList{"--padding", "-1"}, "geometry", "--padding",
        "a whole number between 0 and 1048576", "-1");
    row("geometry padding one side -1", geometry + QStringList{"--padding", "1,1,1,-1"}, "geometry",
        "--padding", "whole numbers between 0 and 1048576", "1,1,1,-1");
    row("geometry dilation 0", geometry + QStringList{"--dilation", "0"}, "geometry", "--dilation",
        extent, "0");
    row("geometry dilation 2147483647", geometry + QStringList{"--dilation", "2147483647"},
        "geometry", "--dilation", extent, "2147483647");
    row("geometry input 2147483647",
        QStringList{"geometry", "--input", "2147483647", "--kernel", "3"}, "geometry", "--input",
        extent, "2147483647");
    row("geometry input 1048577x4",
        QStringList{"geometry", "--input", "1048577x4", "--kernel", "3"}, "geometry", "--input",
        "whole numbers between 1 and 1048576", "1048577x4");
    row("geometry kernel 0", QStringList{"geometry", "--input", "4", "--kernel", "0"}, "geometry",
        "--kernel", extent, "0");
    row("convolve stride 0",
        QStringList{"convolve", "--matrix", "-", "--kernel", "edge", "--stride", "0"}, "convolve",
        "--stride", extent, "0");
    row("convolve padding -2",
        QStringList{"convolve", "--matrix", "-", "--kernel", "edge", "--padding", "-2"}, "convolve",
        "--padding", "a whole number between 0 and 1048576", "-2");
    row("summary input beyond extent",
        QStringList{"summary", "--model", "small", "--input", "1x2000000x1"}, "summary", "--input",
        "CxHxW or F with each between 1 and 1048576", "1x2000000x1");
}

void tst_CliOptions::emptyValue() {
    // "--epochs=" is not the option left out (the default): it is a value missing.
    const CliResult result = runCli({QStringLiteral("train"), QStringLiteral("--dataset"),
                                     QStringLiteral("shapes"), QStringLiteral("--epochs=")});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(QStringLiteral("convsight-cli train: option --epochs needs a "
                                                  "value\n\nusage: convsight-cli train")),
             qPrintable(result.err));
}

void tst_CliOptions::refusedValues() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);

    // Refused at once (no data set read, no thread made, no training) with the one line alone:
    // no usage text to scroll it away, nothing on stdout, no file written.
    QElapsedTimer timer;
    timer.start();
    const CliResult result = runCli(arguments, "1,2,3\n4,5,6\n7,8,9\n", dir_.path());
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, error + QLatin1Char('\n'));
    QVERIFY2(timer.elapsed() < 20'000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!QFile::exists(dir_.filePath(QStringLiteral("x.csmodel"))));
}

void tst_CliOptions::acceptedEdges_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("output"); // part of stdout

    // The ends of each range are accepted.
    QTest::newRow("geometry stride and dilation 1, padding 0")
        << QStringList{"geometry", "--input",    "4", "--kernel",  "3", "--stride",
                       "1",        "--dilation", "1", "--padding", "0"}
        << QStringLiteral("output 2×2");
    QTest::newRow("geometry input at the limit")
        << QStringList{"geometry", "--input", "1048576x4", "--kernel", "1"}
        << QStringLiteral("output 1048576×4");
    QTest::newRow("train shift 27, lr 10, weight decay 1")
        << QStringList{"train", "--dataset",      "shapes", "--model",     "small", "--epochs",
                       "1",     "--limit",        "32",     "--batch",     "32",    "--shift",
                       "27",    "--threads",      "1",      "--lr",        "10",    "--momentum",
                       "0",     "--weight-decay", "1",      "--optimizer", "sgd"}
        << QStringLiteral("shifted by up to 27 px");
}

void tst_CliOptions::acceptedEdges() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, output);
    const CliResult result = runCli(arguments, {}, dir_.path());
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(output), qPrintable(result.out));
}

void tst_CliOptions::trainOutCheckedFirst_data() {
    QTest::addColumn<QString>("out");   // relative to the temporary folder
    QTest::addColumn<QString>("error"); // all of stderr after "convsight-cli: <path>: "

    QTest::newRow("missing folder") << QStringLiteral("missing/m.csmodel")
                                    << QStringLiteral("the folder 'missing' does not exist");
    QTest::newRow("a folder") << QStringLiteral("letters")
                              << QStringLiteral("is a folder; --out names the model file to write");
    QTest::newRow("under a file") << QStringLiteral("shapes.csmodel/m.csmodel")
                                  << QStringLiteral("'shapes.csmodel' is not a folder");
}

void tst_CliOptions::trainOutCheckedFirst() {
    QFETCH(QString, out);
    QFETCH(QString, error);

    // Refused before the data set is read or an epoch run: nothing on stdout (the run's header
    // comes before the first epoch), exit code 1 as for any file that cannot be written.
    const CliResult result =
        runCli({QStringLiteral("train"), QStringLiteral("--dataset"), QStringLiteral("shapes"),
                QStringLiteral("--model"), QStringLiteral("small"), QStringLiteral("--epochs"),
                QStringLiteral("1"), QStringLiteral("--out"), out},
               {}, dir_.path());
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, QStringLiteral("convsight-cli: ") + out + QStringLiteral(": ") + error +
                             QLatin1Char('\n'));
}

void tst_CliOptions::trainOutInUnwritableFolder() {
    if (geteuid() == 0)
        QSKIP("running as root: every folder is writable");
    const QString folder = dir_.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const CliResult result =
        runCli({QStringLiteral("train"), QStringLiteral("--dataset"), QStringLiteral("shapes"),
                QStringLiteral("--model"), QStringLiteral("small"), QStringLiteral("--out"),
                QStringLiteral("locked/m.csmodel")},
               {}, dir_.path());
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, QStringLiteral("convsight-cli: locked/m.csmodel: cannot write in the "
                                        "folder 'locked': Permission denied\n"));
}

void tst_CliOptions::evaluateOtherClasses() {
    // Shapes' classes are circle, square, ...; the folder's c0..c9: same count, same image size,
    // other classes. Evaluating one on the other would print a meaningless accuracy.
    const CliResult result = runCli({QStringLiteral("evaluate"), QStringLiteral("--model"),
                                     shapesModel(), QStringLiteral("--dataset"), otherClasses()});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(QStringLiteral("convsight-cli evaluate: the model's classes "
                                                  "are not those of ")),
             qPrintable(result.err));
    QVERIFY2(result.err.endsWith(QStringLiteral(": class 0 is \"circle\" in the model, \"c0\" in "
                                                "the data set (the model has 10 classes, the data "
                                                "set 10)\n")),
             qPrintable(result.err));

    // The data set it was trained on is accepted.
    const CliResult same = runCli({QStringLiteral("evaluate"), QStringLiteral("--model"),
                                   shapesModel(), QStringLiteral("--json")});
    QVERIFY2(same.exitCode == 0, qPrintable(same.err));
}

void tst_CliOptions::evaluateModelWithoutClassNames() {
    // A model file that names no classes (written without the training run's metadata) is
    // evaluated on any data set with as many classes.
    const QString path = dir_.filePath(QStringLiteral("unnamed.csmodel"));
    convsight::nn::save_model_file(path.toStdString(), convsight::nn::make_model("small", 3),
                                   nlohmann::json::object());
    const CliResult result = runCli({QStringLiteral("evaluate"), QStringLiteral("--model"), path,
                                     QStringLiteral("--dataset"), otherClasses()});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("10 examples")), qPrintable(result.out));
}

void tst_CliOptions::resumeOnOtherClasses() {
    const QString out = dir_.filePath(QStringLiteral("resumed.csmodel"));
    const CliResult result =
        runCli({QStringLiteral("train"), QStringLiteral("--resume"), shapesModel(),
                QStringLiteral("--dataset"), otherClasses(), QStringLiteral("--epochs"),
                QStringLiteral("2"), QStringLiteral("--out"), out});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral(": class 0 is \"circle\" in the model, \"c0\" in "
                                                "the data set")),
             qPrintable(result.err));
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(tst_CliOptions)
#include "tst_cli_options.moc"
