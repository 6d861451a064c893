// Qt Test suite for convsight-cli, run as a separate process: exit codes (0 ok, 1 failed, 2 wrong
// usage), what goes to stdout and what to stderr, `info`, `geometry`, `convolve`, and `train`,
// `evaluate` and `predict` on the synthetic shapes.
#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

namespace {

QString firstLine(const QString& text) {
    return text.section(QLatin1Char('\n'), 0, 0);
}

} // namespace

class tst_Cli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void helpSucceeds_data();
    void helpSucceeds();
    void version();
    void infoText();
    void infoJson();
    void usageErrors_data();
    void usageErrors();
    void benchTrainJson();
    void benchOpsJson();
    void benchOnMissingGpuFails();
    void geometry_data();
    void geometry();
    void geometryInvalid_data();
    void geometryInvalid();
    void convolve_data();
    void convolve();
    void convolveTrace();
    void paddingAsWideAsTheKernelWarns();
    void convolveErrors_data();
    void convolveErrors();
    void convolveImage_data();
    void convolveImage();
    void convolveImageColour();
    void convolveImageErrors_data();
    void convolveImageErrors();
    void imageCodecsLoadedOnlyForImages();
    void benchFilterJson();
    void benchFilterOneByOneOnThreads();
    void trainJson();
    void trainText();
    void trainAugmented();
    void trainProfile();
    void trainPermuted();
    void trainResumeEqualsUninterrupted();
    void evaluate();
    void predict();
    void trainingErrors_data();
    void trainingErrors();
    void summaryJson();
    void summaryText();
    void summaryArchitectureFile();
    void summaryErrors();
    void trainRefusesViewOnlyModel();

private:
    // Runs convsight-cli in dataDir_, where the CSV files below lie.
    CliResult runInData(const QStringList& arguments, const QByteArray& input = {}) const {
        return runCli(arguments, input, dataDir_.path());
    }

    // A model trained on shapes for one epoch (--json lines in trainedJson_), made on first use.
    QString trainedModel();

    QJsonObject info_; // `info --json`, parsed once
    QString trainedModel_;
    QStringList trainedJson_;
    QTemporaryDir dataDir_; // the CSV files the convolve tests read
};

namespace {

// A 28×28 grey PGM image: a bright vertical line on black, as the shapes data set draws one.
QByteArray verticalLinePgm() {
    QByteArray pixels(28 * 28, '\0');
    for (int y = 4; y < 24; ++y)
        pixels[y * 28 + 14] = static_cast<char>(230);
    return QByteArray("P5\n28 28\n255\n") + pixels;
}

QByteArray bigEndian(quint32 value) {
    QByteArray bytes(4, '\0');
    for (int i = 0; i < 4; ++i)
        bytes[i] = static_cast<char>((value >> (24 - 8 * i)) & 0xFF);
    return bytes;
}

// IDX files (MNIST's format): `count` images of size × size grey pixels, and their labels 0..9.
QByteArray idxImages(int count, int size) {
    QByteArray bytes = bigEndian(0x00000803) + bigEndian(static_cast<quint32>(count)) +
                       bigEndian(static_cast<quint32>(size)) +
                       bigEndian(static_cast<quint32>(size));
    for (int i = 0; i < count * size * size; ++i)
        bytes.append(static_cast<char>((i * 37) % 256));
    return bytes;
}

QByteArray idxLabels(int count) {
    QByteArray bytes = bigEndian(0x00000801) + bigEndian(static_cast<quint32>(count));
    for (int i = 0; i < count; ++i)
        bytes.append(static_cast<char>(i % 10));
    return bytes;
}

// Every line of `text` parsed as one JSON object; fails the test on anything else.
QList<QJsonObject> jsonLines(const QString& text) {
    QList<QJsonObject> objects;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            qWarning("not a JSON object: %s", qPrintable(line));
            return {};
        }
        objects.append(document.object());
    }
    return objects;
}

// Built with AddressSanitizer (the asan preset), training runs many times slower, so the suite
// trains on fewer examples there to stay within CTest's limit; every check still holds.
// (CONVSIGHT_SANITIZED: set by the sanitizer presets.)
#ifdef CONVSIGHT_SANITIZED
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif

// How many training examples the quick run takes: 256, or 64 under a sanitizer.
constexpr int kQuickLimit = kSanitized ? 64 : 256;

// The quick training run the tests share: shapes, the first kQuickLimit examples, one epoch.
QStringList quickTraining(const QString& out) {
    return {QStringLiteral("train"),      QStringLiteral("--dataset"), QStringLiteral("shapes"),
            QStringLiteral("--model"),    QStringLiteral("small"),     QStringLiteral("--limit"),
            QString::number(kQuickLimit), QStringLiteral("--epochs"),  QStringLiteral("1"),
            QStringLiteral("--batch"),    QStringLiteral("32"),        QStringLiteral("--threads"),
            QStringLiteral("1"),          QStringLiteral("--out"),     out};
}

// The lecture's worked example: a 4×4 input and the horizontal-edge kernel.
const QByteArray kLectureInput = "2,0,1,3\n7,1,1,0\n0,2,5,0\n0,5,1,4\n";
const QByteArray kLectureKernel = "1,1,1\n0,0,0\n-1,-1,-1\n";

} // namespace

void tst_Cli::initTestCase() {
    QVERIFY2(QFile::exists(QStringLiteral(CONVSIGHT_CLI_PATH)), CONVSIGHT_CLI_PATH);

    QVERIFY(dataDir_.isValid());
    const QList<std::pair<const char*, QByteArray>> files{
        {"A.csv", kLectureInput},
        {"K.csv", kLectureKernel},
        // The same matrix as a person might type it: comments, spaces, CRLF, a blank last line.
        {"typed.csv", "# the lecture's input\r\n2, 0, 1, 3\r\n7, 1, 1, 0\r\n0, 2, 5, 0\r\n"
                      "0, 5, 1, 4\r\n\r\n"},
        {"half.csv", "0.5\n"},
        {"ragged.csv", "1,2,3\n4,5,6\n7,8\n"},
        {"word.csv", "1,2,3\n4,5,abc\n"},
        {"nan.csv", "1,2\n3,NaN\n"},
        {"inf.csv", "inf\n"},
        {"tiny-divisor.kernel.json", "{\"rows\": [[1, 1]], \"divisor\": 1e-308}\n"},
        {"empty.csv", ""},
        {"comments.csv", "# nothing but a comment\n\n"},
        {"vline.pgm", verticalLinePgm()},
        {"not-an-image.png", "plain text\n"},
        {"garbage.csmodel", "this is not a model file\n"},
        {"impossible.json", "{\"input\": [1, 28, 28], \"layers\": [{\"type\": \"conv2d\", "
                            "\"filters\": 4, \"kernel\": 40}]}\n"},
        {"syntax.json", "{\"input\": [1, 28, 28], \"layers\": [\n"},
        // An IDX data set of 16×16 images: the 28×28 models do not fit it.
        {"idx16/train-images-idx3-ubyte", idxImages(20, 16)},
        {"idx16/train-labels-idx1-ubyte", idxLabels(20)},
        {"idx16/t10k-images-idx3-ubyte", idxImages(10, 16)},
        {"idx16/t10k-labels-idx1-ubyte", idxLabels(10)},
    };
    QVERIFY(QDir(dataDir_.path()).mkpath(QStringLiteral("idx16")));
    for (const auto& [name, contents] : files) {
        QFile file(dataDir_.filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(contents), contents.size());
    }

    const CliResult result = runCli({QStringLiteral("info"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.isObject());
    info_ = document.object();
}

void tst_Cli::helpSucceeds_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("fragments"); // each must appear on stdout

    const QStringList programUsage{QStringLiteral("usage: convsight-cli"),
                                   QStringLiteral("Commands:"),
                                   QStringLiteral("  info "),
                                   QStringLiteral("  geometry "),
                                   QStringLiteral("  convolve "),
                                   QStringLiteral("  help ")};
    const QStringList infoUsage{QStringLiteral("usage: convsight-cli info [--json]"),
                                QStringLiteral("--json")};

    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << programUsage;
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << programUsage;
    QTest::newRow("help") << QStringList{QStringLiteral("help")} << programUsage;
    QTest::newRow("help info") << QStringList{QStringLiteral("help"), QStringLiteral("info")}
                               << infoUsage;
    QTest::newRow("info --help") << QStringList{QStringLiteral("info"), QStringLiteral("--help")}
                                 << infoUsage;
    QTest::newRow("help help") << QStringList{QStringLiteral("help"), QStringLiteral("help")}
                               << QStringList{QStringLiteral("usage: convsight-cli help")};

    const QStringList convolveUsage{
        QStringLiteral("usage: convsight-cli convolve --matrix A.csv --kernel K.csv|K.json|PRESET"),
        QStringLiteral(
            "convsight-cli convolve --image IN --kernel K.csv|K.json|PRESET --out OUT.png"),
        QStringLiteral("--display clamp|abs|normalize|offset|diverging"),
        QStringLiteral("--border zero|replicate|reflect|wrap"),
        QStringLiteral("--flip"),
        QStringLiteral("--trace"),
        QStringLiteral("horizontal-edge"),
        QStringLiteral("box-blur")};
    QTest::newRow("help convolve")
        << QStringList{QStringLiteral("help"), QStringLiteral("convolve")} << convolveUsage;
    QTest::newRow("convolve --help")
        << QStringList{QStringLiteral("convolve"), QStringLiteral("--help")} << convolveUsage;
    QTest::newRow("help geometry")
        << QStringList{QStringLiteral("help"), QStringLiteral("geometry")}
        << QStringList{QStringLiteral("usage: convsight-cli geometry --input H[xW] --kernel "
                                      "F[xF]"),
                       QStringLiteral("--padding valid|same|P|T,B,L,R"),
                       QStringLiteral("--dilation")};
}

void tst_Cli::helpSucceeds() {
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, fragments);

    const CliResult result = runCli(arguments);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    for (const QString& fragment : fragments)
        QVERIFY2(result.out.contains(fragment), qPrintable(fragment + " not in:\n" + result.out));
}

void tst_Cli::version() {
    const CliResult result = runCli({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());

    // One line, "convsight-cli 0.2.0 (git abc1234)", the same version and revision `info --json`
    // and CMake's project() give.
    const QRegularExpression line(QStringLiteral(
        "^convsight-cli (\\d+\\.\\d+\\.\\d+) \\(git ([0-9a-f]{7,}(-dirty)?|unknown)\\)\\n$"));
    const QRegularExpressionMatch match = line.match(result.out);
    QVERIFY2(match.hasMatch(), qPrintable(result.out));
    QCOMPARE(match.captured(1), info_.value(QStringLiteral("version")).toString());
    QCOMPARE(match.captured(1), QStringLiteral(CONVSIGHT_EXPECTED_VERSION));
    QCOMPARE(match.captured(2), info_.value(QStringLiteral("git_revision")).toString());
}

void tst_Cli::infoText() {
    const CliResult result = runCli({QStringLiteral("info")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());

    for (const char* word : {"Qt", "OpenCV", "Eigen", "CUDA", "CPU"})
        QVERIFY2(result.out.contains(QLatin1String(word)), word);
    // The text and the JSON report the same build and machine.
    const QString version = info_.value(QStringLiteral("version")).toString();
    QVERIFY2(result.out.startsWith(QStringLiteral("ConvSight ") + version), qPrintable(result.out));
    // Test and program link the same Qt.
    QVERIFY(result.out.contains(QString::fromLatin1(qVersion())));
    const QJsonObject cpu = info_.value(QStringLiteral("cpu")).toObject();
    QVERIFY(result.out.contains(cpu.value(QStringLiteral("model")).toString()));
    QVERIFY(result.out.contains(cpu.value(QStringLiteral("simd")).toString()));
}

void tst_Cli::infoJson() {
    for (const char* key : {"version", "build_type", "compiler"}) {
        QVERIFY2(info_.value(QLatin1String(key)).isString(), key);
        QVERIFY2(!info_.value(QLatin1String(key)).toString().isEmpty(), key);
    }
    QCOMPARE(info_.value(QStringLiteral("version")).toString(),
             QStringLiteral(CONVSIGHT_EXPECTED_VERSION));

    const QJsonObject libraries = info_.value(QStringLiteral("libraries")).toObject();
    for (const char* key : {"qt", "opencv", "eigen", "cuda_runtime"}) {
        QVERIFY2(libraries.value(QLatin1String(key)).isString(), key);
        QVERIFY2(!libraries.value(QLatin1String(key)).toString().isEmpty(), key);
    }
    QCOMPARE(libraries.value(QStringLiteral("qt")).toString(), QString::fromLatin1(qVersion()));

    const QJsonObject cpu = info_.value(QStringLiteral("cpu")).toObject();
    QVERIFY(!cpu.value(QStringLiteral("model")).toString().isEmpty());
    QVERIFY(cpu.value(QStringLiteral("cores")).isDouble());
    QVERIFY(cpu.value(QStringLiteral("cores")).toInt() >= 1);
    QVERIFY(!cpu.value(QStringLiteral("simd")).toString().isEmpty());

    const QJsonObject cuda = info_.value(QStringLiteral("cuda")).toObject();
    QVERIFY(cuda.value(QStringLiteral("compiled")).isBool());
    QVERIFY(cuda.value(QStringLiteral("available")).isBool());
    QVERIFY(cuda.value(QStringLiteral("devices")).isArray());
    const QJsonArray gpus = cuda.value(QStringLiteral("devices")).toArray();
    if (cuda.value(QStringLiteral("available")).toBool()) {
        QVERIFY(cuda.value(QStringLiteral("compiled")).toBool());
        QVERIFY(!gpus.isEmpty());
        QVERIFY(!cuda.contains(QStringLiteral("reason")));
    } else {
        // No GPU: the report says why instead of staying silent.
        QVERIFY(gpus.isEmpty());
        QVERIFY(!cuda.value(QStringLiteral("reason")).toString().isEmpty());
    }
    if (!cuda.value(QStringLiteral("compiled")).toBool())
        QCOMPARE(libraries.value(QStringLiteral("cuda_runtime")).toString(),
                 QStringLiteral("not built"));

    // The CPU first, then one entry per GPU.
    const QJsonArray devices = info_.value(QStringLiteral("devices")).toArray();
    QCOMPARE(devices.size(), 1 + gpus.size());
    QCOMPARE(devices.at(0).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("cpu"));
    QVERIFY(!devices.at(0).toObject().value(QStringLiteral("description")).toString().isEmpty());
    for (qsizetype i = 1; i < devices.size(); ++i)
        QCOMPARE(devices.at(i).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("cuda:%1").arg(i - 1));
}

void tst_Cli::usageErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error"); // the first line on stderr
    QTest::addColumn<QString>("usage"); // the usage that follows it

    const QString programUsage = QStringLiteral("usage: convsight-cli [--help]");
    const QString infoUsage = QStringLiteral("usage: convsight-cli info [--json]");
    const QString helpUsage = QStringLiteral("usage: convsight-cli help [<command>]");

    QTest::newRow("no arguments") << QStringList{}
                                  << QStringLiteral("usage: convsight-cli [--help] [--version] "
                                                    "<command> [options]")
                                  << programUsage;
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("frobnicate")}
        << QStringLiteral("convsight-cli: unknown command 'frobnicate'") << programUsage;
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--frob")}
        << QStringLiteral("convsight-cli: unknown option '--frob'") << programUsage;
    QTest::newRow("info --bogus") << QStringList{QStringLiteral("info"), QStringLiteral("--bogus")}
                                  << QStringLiteral("convsight-cli info: unknown option '--bogus'")
                                  << infoUsage;
    QTest::newRow("info --json=yes")
        << QStringList{QStringLiteral("info"), QStringLiteral("--json=yes")}
        << QStringLiteral("convsight-cli info: unknown option '--json=yes'") << infoUsage;
    QTest::newRow("info stray word")
        << QStringList{QStringLiteral("info"), QStringLiteral("extra")}
        << QStringLiteral("convsight-cli info: unexpected argument 'extra'") << infoUsage;
    QTest::newRow("help nosuch") << QStringList{QStringLiteral("help"), QStringLiteral("nosuch")}
                                 << QStringLiteral("convsight-cli help: no such command 'nosuch'")
                                 << helpUsage;
    QTest::newRow("help two commands")
        << QStringList{QStringLiteral("help"), QStringLiteral("info"), QStringLiteral("help")}
        << QStringLiteral("convsight-cli help: expected one command name, got 2") << helpUsage;

    const QString benchUsage = QStringLiteral("usage: convsight-cli bench ops");
    QTest::newRow("bench alone") << QStringList{QStringLiteral("bench")}
                                 << QStringLiteral("convsight-cli bench: say what to measure: ops, "
                                                   "train, filter, infer or explain")
                                 << benchUsage;
    QTest::newRow("bench unknown")
        << QStringList{QStringLiteral("bench"), QStringLiteral("fly")}
        << QStringLiteral("convsight-cli bench: unknown benchmark 'fly' (ops, train, filter, "
                          "infer or explain)")
        << benchUsage;
    QTest::newRow("bench train without model")
        << QStringList{QStringLiteral("bench"), QStringLiteral("train")}
        << QStringLiteral("convsight-cli bench train: say which model with --model (small or "
                          "cifar-tf)")
        << benchUsage;
    QTest::newRow("bench train bad device")
        << QStringList{QStringLiteral("bench"),    QStringLiteral("train"),
                       QStringLiteral("--model"),  QStringLiteral("small"),
                       QStringLiteral("--device"), QStringLiteral("gpu")}
        << QStringLiteral("convsight-cli bench train: unknown device 'gpu': use cpu, cuda, or "
                          "cuda:N for the N-th GPU")
        << benchUsage;
    QTest::newRow("bench ops --steps")
        << QStringList{QStringLiteral("bench"), QStringLiteral("ops"), QStringLiteral("--steps"),
                       QStringLiteral("3")}
        << QStringLiteral("convsight-cli bench ops: unknown option '--steps'") << benchUsage;

    const QString geometryUsage = QStringLiteral("usage: convsight-cli geometry");
    QTest::newRow("geometry without input")
        << QStringList{QStringLiteral("geometry"), QStringLiteral("--kernel"), QStringLiteral("3")}
        << QStringLiteral("convsight-cli geometry: say the size with --input H or --input HxW")
        << geometryUsage;
    QTest::newRow("geometry malformed size")
        << QStringList{QStringLiteral("geometry"), QStringLiteral("--input"),
                       QStringLiteral("4by4"), QStringLiteral("--kernel"), QStringLiteral("3")}
        << QStringLiteral("convsight-cli geometry: --input wants a size such as 4 or 4x6 (height "
                          "x width), not '4by4'")
        << geometryUsage;
    QTest::newRow("geometry three strides")
        << QStringList{QStringLiteral("geometry"), QStringLiteral("--input"),
                       QStringLiteral("4"),        QStringLiteral("--kernel"),
                       QStringLiteral("3"),        QStringLiteral("--stride"),
                       QStringLiteral("1,2,3")}
        << QStringLiteral("convsight-cli geometry: --stride wants S or SY,SX (whole numbers), not "
                          "'1,2,3'")
        << geometryUsage;

    const QString convolveUsage = QStringLiteral("usage: convsight-cli convolve");
    const QStringList lecture{QStringLiteral("convolve"), QStringLiteral("--matrix"),
                              QStringLiteral("A.csv"), QStringLiteral("--kernel"),
                              QStringLiteral("K.csv")};
    QTest::newRow("convolve without matrix")
        << QStringList{QStringLiteral("convolve"), QStringLiteral("--kernel"),
                       QStringLiteral("K.csv")}
        << QStringLiteral("convsight-cli convolve: say what to convolve with either --matrix A.csv "
                          "('-' for stdin) or --image IN")
        << convolveUsage;
    QTest::newRow("convolve without kernel")
        << QStringList{QStringLiteral("convolve"), QStringLiteral("--matrix"),
                       QStringLiteral("A.csv")}
        << QStringLiteral("convsight-cli convolve: say which kernel with --kernel K.csv, K.json or "
                          "a preset name")
        << convolveUsage;
    QTest::newRow("convolve both from stdin")
        << QStringList{QStringLiteral("convolve"), QStringLiteral("--matrix"), QStringLiteral("-"),
                       QStringLiteral("--kernel"), QStringLiteral("-")}
        << QStringLiteral("convsight-cli convolve: only one of --matrix and --kernel can read "
                          "stdin ('-')")
        << convolveUsage;
    QTest::newRow("convolve unknown option")
        << (lecture + QStringList{QStringLiteral("--frob")})
        << QStringLiteral("convsight-cli convolve: unknown option '--frob'") << convolveUsage;
    QTest::newRow("convolve malformed stride")
        << (lecture + QStringList{QStringLiteral("--stride"), QStringLiteral("two")})
        << QStringLiteral("convsight-cli convolve: --stride wants S or SY,SX (whole numbers), not "
                          "'two'")
        << convolveUsage;
    QTest::newRow("convolve malformed padding")
        << (lecture + QStringList{QStringLiteral("--padding"), QStringLiteral("1,2")})
        << QStringLiteral("convsight-cli convolve: --padding wants valid, same, P or T,B,L,R "
                          "(whole numbers), not '1,2'")
        << convolveUsage;
    QTest::newRow("convolve unknown border")
        << (lecture + QStringList{QStringLiteral("--border"), QStringLiteral("mirror")})
        << QStringLiteral("convsight-cli convolve: --border wants zero, replicate, reflect or "
                          "wrap, not 'mirror'")
        << convolveUsage;
    QTest::newRow("convolve malformed dilation")
        << (lecture + QStringList{QStringLiteral("--dilation"), QStringLiteral("1.5")})
        << QStringLiteral("convsight-cli convolve: --dilation wants D or DY,DX (whole numbers), "
                          "not '1.5'")
        << convolveUsage;
}

void tst_Cli::usageErrors() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    QFETCH(QString, usage);

    // Wrong usage: exit code 2, nothing on stdout (a script reading it gets no half answer), the
    // mistake and then the usage on stderr.
    const CliResult result = runInData(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QCOMPARE(firstLine(result.err), error);
    QVERIFY2(result.err.contains(usage), qPrintable(result.err));
    if (!arguments.isEmpty()) {
        // Every mistake reads "convsight-cli <command>: <what is wrong>".
        static const QRegularExpression form(QStringLiteral("^convsight-cli( [a-z]+){0,2}: \\S"));
        QVERIFY2(form.match(firstLine(result.err)).hasMatch(), qPrintable(result.err));
    }
}

void tst_Cli::benchTrainJson() {
    // A short run on the CPU: exactly one JSON object with the figures the issue names.
    const CliResult result =
        runCli({QStringLiteral("bench"), QStringLiteral("train"), QStringLiteral("--model"),
                QStringLiteral("small"), QStringLiteral("--batch"), QStringLiteral("8"),
                QStringLiteral("--steps"), QStringLiteral("2"), QStringLiteral("--profile"),
                QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.count(QLatin1Char('\n')), 1);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject json = document.object();
    QCOMPARE(json.value(QStringLiteral("model")).toString(), QStringLiteral("small"));
    QCOMPARE(json.value(QStringLiteral("device")).toString(), QStringLiteral("cpu"));
    QCOMPARE(json.value(QStringLiteral("batch")).toInt(), 8);
    for (const char* key : {"examples_per_second", "ms_per_step", "peak_rss_mb"})
        QVERIFY2(json.value(QLatin1String(key)).toDouble() > 0.0, key);
    // examples/s and ms/step describe the same median step.
    const double perSecond = json.value(QStringLiteral("examples_per_second")).toDouble();
    const double msPerStep = json.value(QStringLiteral("ms_per_step")).toDouble();
    QVERIFY(qAbs(perSecond * msPerStep / 1000.0 - 8.0) < 1e-6 * perSecond);
    // The GEMM peak measured in the same run, and the effective GFLOP/s as a share of it.
    const double peak = json.value(QStringLiteral("gemm_peak_gflops")).toDouble();
    QVERIFY(peak > 0.0);
    QVERIFY(qAbs(json.value(QStringLiteral("fraction_of_gemm_peak")).toDouble() -
                 json.value(QStringLiteral("effective_gflops")).toDouble() / peak) < 1e-9);
    // --profile: each layer's forward and backward, a convolution's GEMM inside it.
    QStringList phases;
    for (const QJsonValue& phase : json.value(QStringLiteral("profile")).toArray()) {
        phases << phase.toObject().value(QStringLiteral("phase")).toString();
        QVERIFY(phase.toObject().value(QStringLiteral("ms")).toDouble() >= 0.0);
    }
    for (const char* phase : {"conv1 forward", "conv1 forward/gemm", "conv1 backward", "optimizer"})
        QVERIFY2(phases.contains(QLatin1String(phase)), qPrintable(phases.join(QLatin1Char(','))));
}

void tst_Cli::benchOpsJson() {
    const CliResult result =
        runCli({QStringLiteral("bench"), QStringLiteral("ops"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("device")).toString(), QStringLiteral("cpu"));
    const QJsonArray ops = json.value(QStringLiteral("ops")).toArray();
    QStringList names;
    for (const QJsonValue& op : ops) {
        names << op.toObject().value(QStringLiteral("op")).toString();
        QVERIFY(op.toObject().value(QStringLiteral("gflops")).toDouble() > 0.0);
        QVERIFY(op.toObject().value(QStringLiteral("reference_gflops")).toDouble() > 0.0);
    }
    for (const char* op : {"gemm", "conv2d_forward", "conv2d_backward"})
        QVERIFY2(names.contains(QLatin1String(op)), op);
}

void tst_Cli::benchOnMissingGpuFails() {
    const CliResult info = runCli({QStringLiteral("info"), QStringLiteral("--json")});
    const QJsonObject cuda = QJsonDocument::fromJson(info.out.toUtf8())
                                 .object()
                                 .value(QStringLiteral("cuda"))
                                 .toObject();
    if (cuda.value(QStringLiteral("available")).toBool())
        QSKIP("this machine has a CUDA device");
    // Asking for a GPU that is not there is a failure (exit 1) that says why, not a usage error.
    const CliResult result =
        runCli({QStringLiteral("bench"), QStringLiteral("train"), QStringLiteral("--model"),
                QStringLiteral("small"), QStringLiteral("--device"), QStringLiteral("cuda")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(cuda.value(QStringLiteral("reason")).toString()),
             qPrintable(result.err));
}

void tst_Cli::geometry_data() {
    QTest::addColumn<QStringList>("arguments"); // after "geometry"
    QTest::addColumn<QStringList>("lines");     // each must be a whole line of stdout

    QTest::newRow("lecture") << QStringList{QStringLiteral("--input"), QStringLiteral("4"),
                                            QStringLiteral("--kernel"), QStringLiteral("3")}
                             << QStringList{QStringLiteral("output 2×2 (height × width)"),
                                            QStringLiteral("h' = (4 − 3 + 2·0) / 1 + 1 = 2"),
                                            QStringLiteral("w' = (4 − 3 + 2·0) / 1 + 1 = 2"),
                                            QStringLiteral("padding valid: top 0, bottom 0, left "
                                                           "0, right 0")};
    // TensorFlow's SAME: ceil(7/2) = 4 outputs, total padding (4 − 1)·2 + 3 − 7 = 2.
    QTest::newRow("same, stride 2")
        << QStringList{QStringLiteral("--input"),   QStringLiteral("7"),
                       QStringLiteral("--kernel"),  QStringLiteral("3"),
                       QStringLiteral("--stride"),  QStringLiteral("2"),
                       QStringLiteral("--padding"), QStringLiteral("same")}
        << QStringList{QStringLiteral("output 4×4 (height × width)"),
                       QStringLiteral("w' = (7 − 3 + 2·1) / 2 + 1 = 4"),
                       QStringLiteral("padding same: top 1, bottom 1, left 1, right 1")};
    QTest::newRow("rectangular, stride y,x")
        << QStringList{QStringLiteral("--input"),  QStringLiteral("5x7"),
                       QStringLiteral("--kernel"), QStringLiteral("3x1"),
                       QStringLiteral("--stride"), QStringLiteral("1,3")}
        << QStringList{QStringLiteral("output 3×3 (height × width)"),
                       QStringLiteral("h' = (5 − 3 + 2·0) / 1 + 1 = 3"),
                       QStringLiteral("w' = (7 − 1 + 2·0) / 3 + 1 = 3")};
    QTest::newRow("explicit padding per side")
        << QStringList{QStringLiteral("--input"),   QStringLiteral("4"),
                       QStringLiteral("--kernel"),  QStringLiteral("3"),
                       QStringLiteral("--padding"), QStringLiteral("1,0,2,2")}
        << QStringList{QStringLiteral("output 3×6 (height × width)"),
                       QStringLiteral("h' = (4 − 3 + 1 + 0) / 1 + 1 = 3"),
                       QStringLiteral("w' = (4 − 3 + 2·2) / 1 + 1 = 6"),
                       QStringLiteral("padding: top 1, bottom 0, left 2, right 2")};
    QTest::newRow("dilation") << QStringList{QStringLiteral("--input"),    QStringLiteral("7"),
                                             QStringLiteral("--kernel"),   QStringLiteral("3"),
                                             QStringLiteral("--dilation"), QStringLiteral("2")}
                              << QStringList{QStringLiteral("output 3×3 (height × width)"),
                                             QStringLiteral(
                                                 "w' = (7 − (2·(3 − 1) + 1) + 2·0) / 1 + 1 = 3")};
}

void tst_Cli::geometry() {
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, lines);

    const CliResult result = runCli(QStringList{QStringLiteral("geometry")} + arguments);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    const QStringList printed = result.out.split(QLatin1Char('\n'));
    for (const QString& line : lines)
        QVERIFY2(printed.contains(line),
                 qPrintable(line + QStringLiteral(" not in:\n") + result.out));
}

void tst_Cli::geometryInvalid_data() {
    QTest::addColumn<QStringList>("arguments"); // after "geometry"
    QTest::addColumn<QString>("error");         // all of stderr

    QTest::newRow("kernel larger than input")
        << QStringList{QStringLiteral("--input"), QStringLiteral("4"), QStringLiteral("--kernel"),
                       QStringLiteral("5")}
        << QStringLiteral("convsight-cli geometry: the 5×5 filter does not fit in the 4×4 padded "
                          "input: use a smaller filter, or more padding\n");
}

void tst_Cli::geometryInvalid() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);

    // Well-formed numbers that make no convolution: a failure (1) that says why, no usage text.
    const CliResult result = runCli(QStringList{QStringLiteral("geometry")} + arguments);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, error);
}

void tst_Cli::convolve_data() {
    QTest::addColumn<QStringList>("arguments"); // after "convolve"
    QTest::addColumn<QByteArray>("input");      // on stdin
    QTest::addColumn<QString>("output");        // all of stdout

    const auto with = [](std::initializer_list<const char*> extra) {
        QStringList arguments{QStringLiteral("--matrix"), QStringLiteral("A.csv"),
                              QStringLiteral("--kernel"), QStringLiteral("K.csv")};
        for (const char* argument : extra)
            arguments << QString::fromUtf8(argument);
        return arguments;
    };
    // Worked out by hand: V(1,0) = (7 + 1 + 1) − (0 + 5 + 1) = 3 and V(1,1) = (1 + 1 + 0) −
    // (5 + 1 + 4) = −8; the slides print 2 and −9, but their own written-out products give these.
    const QString lecture = QStringLiteral("-4,-3\n3,-8\n");

    QTest::newRow("lecture, valid, stride 1") << with({}) << QByteArray() << lecture;
    QTest::newRow("lecture, options spelled out")
        << with({"--padding", "VALID", "--stride", "1", "--dilation=1", "--border", "zero"})
        << QByteArray() << lecture;
    QTest::newRow("kernel as preset")
        << QStringList{QStringLiteral("--matrix"), QStringLiteral("A.csv"),
                       QStringLiteral("--kernel"), QStringLiteral("horizontal-edge")}
        << QByteArray() << lecture;
    QTest::newRow("matrix from stdin")
        << QStringList{QStringLiteral("--matrix"), QStringLiteral("-"), QStringLiteral("--kernel"),
                       QStringLiteral("K.csv")}
        << kLectureInput << lecture;
    QTest::newRow("kernel from stdin")
        << QStringList{QStringLiteral("--matrix"), QStringLiteral("A.csv"),
                       QStringLiteral("--kernel"), QStringLiteral("-")}
        << kLectureKernel << lecture;
    QTest::newRow("typed file: comments, spaces, CRLF")
        << QStringList{QStringLiteral("--matrix"), QStringLiteral("typed.csv"),
                       QStringLiteral("--kernel"), QStringLiteral("K.csv")}
        << QByteArray() << lecture;
    QTest::newRow("same keeps 4×4")
        << with({"--padding", "same"}) << QByteArray()
        << QStringLiteral("-8,-9,-2,-1\n0,-4,-3,-1\n3,3,-8,-4\n2,7,7,5\n");
    QTest::newRow("padding 1 equals same here")
        << with({"--padding", "1"}) << QByteArray()
        << QStringLiteral("-8,-9,-2,-1\n0,-4,-3,-1\n3,3,-8,-4\n2,7,7,5\n");
    QTest::newRow("stride 2, valid")
        << with({"--stride", "2"}) << QByteArray() << QStringLiteral("-4\n");
    // SAME with stride 2: ceil(4/2) = 2 outputs, the one padding row and column at the end.
    QTest::newRow("stride 2, same") << with({"--stride", "2", "--padding", "same"}) << QByteArray()
                                    << QStringLiteral("-4,-1\n7,5\n");
    QTest::newRow("stride 1,2") << with({"--stride", "1,2"}) << QByteArray()
                                << QStringLiteral("-4\n3\n");
    QTest::newRow("border replicate")
        << with({"--padding", "1", "--border", "replicate"}) << QByteArray()
        << QStringLiteral("-11,-6,2,6\n2,-4,-3,2\n10,3,-8,-8\n"
                          "-3,1,-3,-4\n");
    QTest::newRow("border reflect")
        << with({"--padding", "1", "--border", "reflect"}) << QByteArray()
        << QStringLiteral("0,0,0,0\n-2,-4,-3,-5\n-1,3,-8,-4\n"
                          "0,0,0,0\n");
    QTest::newRow("border wrap") << with({"--padding", "1", "--border", "wrap"}) << QByteArray()
                                 << QStringLiteral("1,-3,8,-3\n3,-4,-3,1\n-1,3,-8,3\n-3,4,3,-1\n");
    // Turned by 180° the kernel is its own negative, so the convolution is too.
    QTest::newRow("flip") << with({"--flip"}) << QByteArray() << QStringLiteral("4,3\n-3,8\n");
    QTest::newRow("dilation 2 on a 1-wide reach")
        << QStringList{QStringLiteral("--matrix"),   QStringLiteral("A.csv"),
                       QStringLiteral("--kernel"),   QStringLiteral("half.csv"),
                       QStringLiteral("--dilation"), QStringLiteral("2")}
        << QByteArray() << QStringLiteral("1,0,0.5,1.5\n3.5,0.5,0.5,0\n0,1,2.5,0\n0,2.5,0.5,2\n");
    // Non-integers in shortest round-trip form. The preset's integer weights are summed first and
    // divided by 9 once, so the windows summing to 19, 13 and 22 print 19/9, 13/9 and 22/9 exactly
    // as the nearest doubles (nine products of a rounded 1/9 would land one ulp off).
    QTest::newRow("box blur") << QStringList{QStringLiteral("--matrix"), QStringLiteral("A.csv"),
                                             QStringLiteral("--kernel"), QStringLiteral("box-blur")}
                              << QByteArray()
                              << QStringLiteral("2.111111111111111,1.4444444444444444\n"
                                                "2.4444444444444446,2.111111111111111\n");
}

void tst_Cli::convolve() {
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, output);

    const CliResult result = runInData(QStringList{QStringLiteral("convolve")} + arguments, input);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, output);
}

void tst_Cli::convolveTrace() {
    const CliResult result =
        runInData({QStringLiteral("convolve"), QStringLiteral("--matrix"), QStringLiteral("A.csv"),
                   QStringLiteral("--kernel"), QStringLiteral("K.csv"), QStringLiteral("--trace")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    // One line per output value in reading order, an empty line, then the same CSV as without.
    const QStringList lines = result.out.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 8); // 4 steps, "", 2 rows, and the empty string after the last '\n'
    QCOMPARE(lines.at(0), QStringLiteral("V(0,0) = 2×1 + 0×1 + 1×1 + 7×0 + 1×0 + 1×0 + 0×(−1) + "
                                         "2×(−1) + 5×(−1) = −4"));
    QVERIFY(lines.at(0).endsWith(QStringLiteral("= −4")));
    // The lecture's V(x, y): x the column. The top right window is V(1,0) = −3, the lecture's
    // own example; the bottom left V(0,1) = 3.
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("V(1,0) = 0×1 + 1×1 + 3×1")),
             qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).endsWith(QStringLiteral("= −3")));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("V(0,1) = 7×1")));
    QVERIFY(lines.at(2).endsWith(QStringLiteral("= 3")));
    QVERIFY(lines.at(3).startsWith(QStringLiteral("V(1,1) = 1×1")));
    QVERIFY(lines.at(3).endsWith(QStringLiteral("= −8")));
    QCOMPARE(lines.at(4), QString());
    QVERIFY(result.out.endsWith(QStringLiteral("\n\n-4,-3\n3,-8\n")));

    // With --flip the trace shows the turned kernel's weights.
    const CliResult flipped =
        runInData({QStringLiteral("convolve"), QStringLiteral("--matrix"), QStringLiteral("A.csv"),
                   QStringLiteral("--kernel"), QStringLiteral("K.csv"), QStringLiteral("--trace"),
                   QStringLiteral("--flip")});
    QCOMPARE(flipped.exitCode, 0);
    QCOMPARE(firstLine(flipped.out), QStringLiteral("V(0,0) = 2×(−1) + 0×(−1) + 1×(−1) + 7×0 + "
                                                    "1×0 + 1×0 + 0×1 + 2×1 + 5×1 = 4"));
}

void tst_Cli::paddingAsWideAsTheKernelWarns() {
    // Padding 3 around a 3×3 kernel on a 4×4 input: allowed, as in PyTorch and TensorFlow, with
    // a warning on stderr. Output (4 − 3 + 2·3)/1 + 1 = 8 wide; its outer ring sees only padding.
    const CliResult geometry =
        runCli({QStringLiteral("geometry"), QStringLiteral("--input"), QStringLiteral("4"),
                QStringLiteral("--kernel"), QStringLiteral("3"), QStringLiteral("--padding"),
                QStringLiteral("3")});
    QCOMPARE(geometry.exitCode, 0);
    QVERIFY2(geometry.out.contains(QStringLiteral("output 8×8 (height × width)")),
             qPrintable(geometry.out));
    QVERIFY2(geometry.err.startsWith(QStringLiteral("convsight-cli geometry: warning: ")),
             qPrintable(geometry.err));
    QVERIFY2(geometry.err.contains(QStringLiteral("28 of the 64 outputs see only padding")),
             qPrintable(geometry.err));

    const CliResult convolve =
        runInData({QStringLiteral("convolve"), QStringLiteral("--matrix"), QStringLiteral("A.csv"),
                   QStringLiteral("--kernel"), QStringLiteral("K.csv"), QStringLiteral("--padding"),
                   QStringLiteral("3")});
    QCOMPARE(convolve.exitCode, 0);
    QVERIFY2(convolve.err.startsWith(QStringLiteral("convsight-cli convolve: warning: ")),
             qPrintable(convolve.err));
    const QStringList rows = convolve.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(rows.size(), 8);
    // The first row of outputs sees only the zeros above the image.
    QCOMPARE(rows.first(), QStringLiteral("0,0,0,0,0,0,0,0"));
}

void tst_Cli::convolveErrors_data() {
    QTest::addColumn<QStringList>("arguments"); // after "convolve"
    QTest::addColumn<QByteArray>("input");      // on stdin
    QTest::addColumn<QString>("error");         // all of stderr

    const auto files = [](const char* matrix, const char* kernel) {
        return QStringList{QStringLiteral("--matrix"), QString::fromUtf8(matrix),
                           QStringLiteral("--kernel"), QString::fromUtf8(kernel)};
    };
    const QString prefix = QStringLiteral("convsight-cli convolve: ");

    QTest::newRow("ragged rows") << files("ragged.csv", "K.csv") << QByteArray()
                                 << prefix + QStringLiteral("ragged.csv: line 3 has 2 values, "
                                                            "line 1 has 3: every row needs the "
                                                            "same number of values\n");
    QTest::newRow("ragged kernel from stdin")
        << files("A.csv", "-") << QByteArray("1,1\n0\n")
        << prefix + QStringLiteral("stdin: line 2 has 1 value, line 1 has 2: every row needs the "
                                   "same number of values\n");
    QTest::newRow("not a number") << files("word.csv", "K.csv") << QByteArray()
                                  << prefix + QStringLiteral("word.csv: line 2, column 3: 'abc' "
                                                             "is not a number\n");
    QTest::newRow("NaN") << files("A.csv", "nan.csv") << QByteArray()
                         << prefix + QStringLiteral("nan.csv: line 2, column 2: 'NaN' is not a "
                                                    "finite number (NaN and infinity cannot be "
                                                    "convolved)\n");
    QTest::newRow("infinity") << files("inf.csv", "K.csv") << QByteArray()
                              << prefix + QStringLiteral("inf.csv: line 1, column 1: 'inf' is not "
                                                         "a finite number (NaN and infinity "
                                                         "cannot be convolved)\n");
    QTest::newRow("empty file") << files("empty.csv", "K.csv") << QByteArray()
                                << prefix + QStringLiteral("empty.csv: no numbers in it; a matrix "
                                                           "needs at least one row\n");
    QTest::newRow("only a comment")
        << files("A.csv", "comments.csv") << QByteArray()
        << prefix + QStringLiteral("comments.csv: no numbers in it; a matrix needs at least one "
                                   "row\n");
    QTest::newRow("empty stdin") << files("-", "K.csv") << QByteArray()
                                 << prefix + QStringLiteral("stdin: no numbers in it; a matrix "
                                                            "needs at least one row\n");
    QTest::newRow("missing file") << files("missing.csv", "K.csv") << QByteArray()
                                  << prefix + QStringLiteral("missing.csv: no such file\n");
    QTest::newRow("neither file nor preset")
        << files("A.csv", "sobel") << QByteArray()
        << prefix + QStringLiteral("'sobel' is neither a kernel file (CSV or .json) nor a preset "
                                   "(identity, "
                                   "box-blur, gaussian-3x3, gaussian-5x5, sharpen, edge, ridge, "
                                   "sobel-x, sobel-y, prewitt-x, prewitt-y, emboss, "
                                   "horizontal-edge, motion-blur, unsharp-mask-5x5)\n");
    QTest::newRow("kernel larger than the padded input")
        << files("A.csv", "gaussian-5x5") << QByteArray()
        << prefix + QStringLiteral("these settings cannot make a convolution: the 5×5 filter does "
                                   "not fit in the 4×4 padded input: use a smaller filter, or "
                                   "more padding\n");
    // Values a float cannot hold, and a kernel whose output would leave a float: refused with the
    // cell or the kernel named, never printed as inf or -nan.
    const QString beyondFloat = QStringLiteral(" is beyond the range of a float (±3.4e+38)\n");
    const QString underflows =
        QStringLiteral(" underflows to 0 in a float (the smallest it holds is 1.4e-45)\n");
    QTest::newRow("kernel 1e308,1e308")
        << files("A.csv", "-") << QByteArray("1e308,1e308\n")
        << prefix + "stdin: line 1, column 1: '1e308'" + beyondFloat;
    QTest::newRow("kernel 1,-1e308") << files("A.csv", "-") << QByteArray("1,-1e308\n")
                                     << prefix + "stdin: line 1, column 2: '-1e308'" + beyondFloat;
    QTest::newRow("divisor 1e-308")
        << files("A.csv", "tiny-divisor.kernel.json") << QByteArray()
        << prefix + "tiny-divisor.kernel.json: divisor: '1e-308'" + underflows;
    QTest::newRow("1e39 in a matrix") << files("-", "K.csv") << QByteArray("1,2,3\n4,5,1e39\n")
                                      << prefix + "stdin: line 2, column 3: '1e39'" + beyondFloat;
    QTest::newRow("1e-400 in a matrix")
        << files("-", "K.csv") << QByteArray("1,1e-400\n")
        << prefix + "stdin: line 1, column 2: '1e-400'" + underflows;
    QTest::newRow("output beyond a float")
        << files("-", "K.csv") << QByteArray("3e38,3e38,3e38\n3e38,3e38,3e38\n3e38,3e38,3e38\n")
        << prefix + QStringLiteral("the kernel 'K': its output can reach 1.8e+39 on inputs up to "
                                   "3e+38 (Σ |value ÷ divisor| = 6), beyond the range of a float "
                                   "(±3.4e+38): use smaller values or a larger divisor\n");
}

void tst_Cli::convolveErrors() {
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, error);

    // Bad data is a failure (1), not wrong usage (2): the message alone, nothing on stdout.
    const CliResult result = runInData(QStringList{QStringLiteral("convolve")} + arguments, input);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, error);
}

QString tst_Cli::trainedModel() {
    if (trainedModel_.isEmpty()) {
        const QString path = dataDir_.filePath(QStringLiteral("shapes.csmodel"));
        const CliResult result = runCli(quickTraining(path) << QStringLiteral("--json"));
        if (result.exitCode != 0 || !QFile::exists(path)) {
            qWarning("training failed: %s", qPrintable(result.err));
            return {};
        }
        trainedModel_ = path;
        trainedJson_ = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    return trainedModel_;
}

void tst_Cli::trainJson() {
    QVERIFY(!trainedModel().isEmpty());
    // One JSON object per epoch, on its own line, with the figures the issue names.
    QCOMPARE(trainedJson_.size(), 1);
    const QList<QJsonObject> epochs = jsonLines(trainedJson_.join(QLatin1Char('\n')));
    QCOMPARE(epochs.size(), 1);
    const QJsonObject epoch = epochs.front();
    QCOMPARE(epoch.value(QStringLiteral("epoch")).toInt(), 1);
    for (const char* key : {"train_loss", "train_accuracy", "test_loss", "test_accuracy", "seconds",
                            "examples_per_second", "learning_rate"})
        QVERIFY2(epoch.value(QLatin1String(key)).isDouble(), key);
    for (const char* key : {"train_accuracy", "test_accuracy"}) {
        const double accuracy = epoch.value(QLatin1String(key)).toDouble();
        QVERIFY2(accuracy >= 0.0 && accuracy <= 1.0, key);
    }
    // kQuickLimit examples in batches of 32: accuracies are multiples of 1/kQuickLimit.
    const double correct = epoch.value(QStringLiteral("train_accuracy")).toDouble() * kQuickLimit;
    QCOMPARE(correct, std::round(correct));
    QVERIFY(epoch.value(QStringLiteral("seconds")).toDouble() > 0.0);
    QVERIFY(epoch.value(QStringLiteral("examples_per_second")).toDouble() > 0.0);
    QCOMPARE(epoch.value(QStringLiteral("learning_rate")).toDouble(), 0.001);
}

// --profile: after the epochs, where the steps went; with --json one more line, {"profile": ...},
// whose parts add up to the total and name every layer of the model.
void tst_Cli::trainProfile() {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("profiled.csmodel"));
    const CliResult json =
        runCli(quickTraining(out) << QStringLiteral("--json") << QStringLiteral("--profile"));
    QCOMPARE(json.exitCode, 0);
    const QList<QJsonObject> lines = jsonLines(json.out);
    QCOMPARE(lines.size(), 2); // the epoch, then the profile
    QVERIFY(lines.front().contains(QStringLiteral("examples_per_second")));
    const QJsonObject profile = lines.back().value(QStringLiteral("profile")).toObject();
    QCOMPARE(profile.value(QStringLiteral("steps")).toInt(), (kQuickLimit + 31) / 32);
    const QJsonObject perStep = profile.value(QStringLiteral("ms_per_step")).toObject();
    double parts = 0.0;
    for (const char* key : {"data", "forward", "loss", "backward", "optimizer", "bookkeeping"}) {
        QVERIFY2(perStep.value(QLatin1String(key)).isDouble(), key);
        QVERIFY2(perStep.value(QLatin1String(key)).toDouble() >= 0.0, key);
        parts += perStep.value(QLatin1String(key)).toDouble();
    }
    const double total = perStep.value(QStringLiteral("total")).toDouble();
    QVERIFY(perStep.value(QStringLiteral("forward")).toDouble() > 0.0);
    QVERIFY2(std::abs(parts - total) <= 1e-9 * total + 1e-12, qPrintable(json.out));
    const QJsonArray layers = profile.value(QStringLiteral("layers")).toArray();
    QCOMPARE(layers.size(), 10); // small: conv, relu, pool twice, flatten, dense, relu, dense
    QCOMPARE(layers.first().toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("conv1"));
    QVERIFY(layers.first().toObject().value(QStringLiteral("forward_ms")).toDouble() > 0.0);
    QVERIFY(layers.first().toObject().value(QStringLiteral("backward_ms")).toDouble() > 0.0);

    const CliResult text = runCli(quickTraining(out) << QStringLiteral("--profile"));
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QStringLiteral("where the training steps went")),
             qPrintable(text.out));
    QVERIFY2(
        text.out.contains(QRegularExpression(QStringLiteral("\\n  dense2 +[0-9.]+ +[0-9.]+\\n"))),
        qPrintable(text.out));
}

void tst_Cli::trainAugmented() {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("augmented.csmodel"));
    const CliResult result =
        runCli(quickTraining(out) << QStringLiteral("--shift") << QStringLiteral("2")
                                  << QStringLiteral("--flip"));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("augmented: shifted by up to 2 px, half mirrored")),
             qPrintable(result.out));
    // The run keeps its augmentation: resuming it with --flip again is refused as a change.
    const CliResult resumed =
        runCli({QStringLiteral("train"), QStringLiteral("--resume"), out,
                QStringLiteral("--epochs"), QStringLiteral("2"), QStringLiteral("--flip")});
    QCOMPARE(resumed.exitCode, 2);
    QVERIFY2(resumed.err.contains(QStringLiteral("leave out --flip")), qPrintable(resumed.err));
}

// --permute-pixels: the header says so, the model file keeps the permutation, and evaluating the
// file shows the test set in the same order (the accuracy training's last epoch measured).
void tst_Cli::trainPermuted() {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("permuted.csmodel"));
    const CliResult text = runCli(quickTraining(out) << QStringLiteral("--permute-pixels"));
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.startsWith(
                 QStringLiteral("training small on shapes (train), first %1, pixels permuted")
                     .arg(kQuickLimit)),
             qPrintable(text.out));
    const CliResult json = runCli(quickTraining(out) << QStringLiteral("--permute-pixels")
                                                     << QStringLiteral("--json"));
    QCOMPARE(json.exitCode, 0);
    const QJsonObject trained = jsonLines(json.out).back();
    const CliResult evaluated = runCli(
        {QStringLiteral("evaluate"), QStringLiteral("--model"), out, QStringLiteral("--json")});
    QCOMPARE(evaluated.exitCode, 0);
    const QJsonObject report = jsonLines(evaluated.out).front();
    QCOMPARE(report.value(QStringLiteral("dataset")).toString(),
             QStringLiteral("shapes (test), pixels permuted"));
    QCOMPARE(report.value(QStringLiteral("accuracy")).toDouble(),
             trained.value(QStringLiteral("test_accuracy")).toDouble());
    // A resumed run keeps the permutation; giving the flag again is refused as a change.
    const CliResult resumed = runCli({QStringLiteral("train"), QStringLiteral("--resume"), out,
                                      QStringLiteral("--epochs"), QStringLiteral("2"),
                                      QStringLiteral("--permute-pixels")});
    QCOMPARE(resumed.exitCode, 2);
    QVERIFY2(resumed.err.contains(QStringLiteral("leave out --permute-pixels")),
             qPrintable(resumed.err));
}

void tst_Cli::trainText() {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("text.csmodel"));
    const CliResult result = runCli(quickTraining(out));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    // Not a terminal: no progress bar, so no carriage returns; a header, an epoch line, the file.
    QVERIFY2(!result.out.contains(QLatin1Char('\r')), qPrintable(result.out));
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[0].startsWith(
                 QStringLiteral("training small on shapes (train), first %1").arg(kQuickLimit)),
             qPrintable(lines[0]));
    static const QRegularExpression epochLine(QStringLiteral(
        "^epoch 1/1  train loss \\d+\\.\\d{4}  accuracy +\\d+\\.\\d\\d %  test loss \\d+\\.\\d{4}  "
        "accuracy +\\d+\\.\\d\\d %  \\d+\\.\\d s  \\d+ examples/s  lr 0\\.001$"));
    QVERIFY2(epochLine.match(lines[1]).hasMatch(), qPrintable(lines[1]));
    QCOMPARE(lines[2], QStringLiteral("saved ") + out);
    QVERIFY(QFile::exists(out));
}

void tst_Cli::trainResumeEqualsUninterrupted() {
    QTemporaryDir dir;
    const QString once = dir.filePath(QStringLiteral("once.csmodel"));
    const QString twice = dir.filePath(QStringLiteral("twice.csmodel"));
    QStringList uninterrupted = quickTraining(once) << QStringLiteral("--json");
    uninterrupted[uninterrupted.indexOf(QStringLiteral("--epochs")) + 1] = QStringLiteral("2");
    const CliResult whole = runCli(uninterrupted);
    QCOMPARE(whole.exitCode, 0);

    // One epoch, then --resume for the second, with the first run's settings (and limit).
    QCOMPARE(runCli(quickTraining(twice)).exitCode, 0);
    const CliResult resumed =
        runCli({QStringLiteral("train"), QStringLiteral("--resume"), twice,
                QStringLiteral("--epochs"), QStringLiteral("2"), QStringLiteral("--threads"),
                QStringLiteral("1"), QStringLiteral("--json")});
    QCOMPARE(resumed.exitCode, 0);
    const QList<QJsonObject> wholeEpochs = jsonLines(whole.out);
    const QList<QJsonObject> resumedEpochs = jsonLines(resumed.out);
    QCOMPARE(wholeEpochs.size(), 2);
    QCOMPARE(resumedEpochs.size(), 1); // only the epoch it ran
    for (const char* key : {"epoch", "train_loss", "train_accuracy", "test_loss", "test_accuracy"})
        QCOMPARE(resumedEpochs[0].value(QLatin1String(key)),
                 wholeEpochs[1].value(QLatin1String(key)));

    // Nothing left to do is a failure that says so, and leaves the file as it was.
    QFile file(twice);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const CliResult again = runCli({QStringLiteral("train"), QStringLiteral("--resume"), twice});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("already trained 2 epochs")), qPrintable(again.err));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void tst_Cli::evaluate() {
    const QString model = trainedModel();
    QVERIFY(!model.isEmpty());
    const CliResult result = runCli(
        {QStringLiteral("evaluate"), QStringLiteral("--model"), model, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    const QList<QJsonObject> objects = jsonLines(result.out);
    QCOMPARE(objects.size(), 1);
    const QJsonObject json = objects.front();

    // The model file knows its data set: the shapes' test part, 1000 examples of ten classes.
    QCOMPARE(json.value(QStringLiteral("examples")).toInt(), 1000);
    const QJsonArray names = json.value(QStringLiteral("class_names")).toArray();
    QCOMPARE(names.size(), 10);
    const QJsonArray confusion = json.value(QStringLiteral("confusion")).toArray();
    QCOMPARE(confusion.size(), 10);
    int total = 0, diagonal = 0;
    const QJsonObject perClass = json.value(QStringLiteral("per_class_accuracy")).toObject();
    for (int t = 0; t < 10; ++t) {
        const QJsonArray row = confusion[t].toArray();
        QCOMPARE(row.size(), 10);
        int rowTotal = 0;
        for (const QJsonValue& count : row)
            rowTotal += count.toInt();
        total += rowTotal;
        diagonal += row[t].toInt();
        QCOMPARE(perClass.value(names[t].toString()).toDouble(),
                 static_cast<double>(row[t].toInt()) / rowTotal);
    }
    QCOMPARE(total, 1000);
    const double accuracy = json.value(QStringLiteral("accuracy")).toDouble();
    QCOMPARE(accuracy, diagonal / 1000.0);
    QVERIFY(json.value(QStringLiteral("top3_accuracy")).toDouble() >= accuracy);
    // The same model on the same test set as training's last epoch measured.
    const QJsonObject trained = jsonLines(trainedJson_.join(QLatin1Char('\n'))).back();
    QCOMPARE(accuracy, trained.value(QStringLiteral("test_accuracy")).toDouble());
    QVERIFY(qAbs(json.value(QStringLiteral("mean_loss")).toDouble() -
                 trained.value(QStringLiteral("test_loss")).toDouble()) < 1e-6);

    // The text: the summary, then one table row per class with its name and accuracy.
    const CliResult text = runCli({QStringLiteral("evaluate"), QStringLiteral("--model"), model});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QStringLiteral("accuracy %1 %").arg(100.0 * accuracy, 0, 'f', 2)),
             qPrintable(text.out));
    QVERIFY(text.out.contains(QStringLiteral("confusion matrix")));
    for (int t = 0; t < 10; ++t) {
        static const QRegularExpression spaces(QStringLiteral("\\s+"));
        const QString row = QStringLiteral("%1 %2").arg(t).arg(names[t].toString());
        QVERIFY2(
            text.out.contains(QRegularExpression(
                QStringLiteral("\\n +") + QRegularExpression::escape(row) + QStringLiteral(" "))),
            qPrintable(row));
    }
}

void tst_Cli::predict() {
    const QString model = trainedModel();
    QVERIFY(!model.isEmpty());
    const CliResult result = runInData({QStringLiteral("predict"), QStringLiteral("--model"), model,
                                        QStringLiteral("vline.pgm"), QStringLiteral("vline.pgm")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 8); // per image: its name, then the top three
    static const QRegularExpression rank(
        QStringLiteral("^  ([123])\\. (\\S.*\\S) +(\\d+\\.\\d\\d) %$"));
    const QStringList shapes{"circle",          "square",        "triangle", "cross",
                             "horizontal line", "vertical line", "ring",     "frame",
                             "diagonal line",   "diagonal cross"};
    QStringList classes;
    double previous = 100.0, sum = 0.0;
    QCOMPARE(lines[0], QStringLiteral("vline.pgm"));
    for (int k = 1; k <= 3; ++k) {
        const QRegularExpressionMatch match = rank.match(lines[k]);
        QVERIFY2(match.hasMatch(), qPrintable(lines[k]));
        QCOMPARE(match.captured(1).toInt(), k);
        QVERIFY2(shapes.contains(match.captured(2)), qPrintable(match.captured(2)));
        classes << match.captured(2);
        const double percent = match.captured(3).toDouble();
        QVERIFY(percent <= previous); // most likely first
        previous = percent;
        sum += percent;
    }
    QCOMPARE(classes.removeDuplicates(), 0);
    QVERIFY(sum <= 100.01);
    // The same image gives the same answer.
    QCOMPARE(lines.mid(4, 4), lines.mid(0, 4));
}

void tst_Cli::trainingErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error"); // part of stderr

    const QString out = QStringLiteral("out.csmodel");
    QTest::newRow("unknown data set")
        << QStringList{"train", "--dataset", "nonsense", "--model", "small", "--out", out} << 1
        << "unknown data set 'nonsense'";
    QTest::newRow("unknown model")
        << QStringList{"train", "--dataset", "shapes", "--model", "nonsense", "--out", out} << 2
        << "unknown model \"nonsense\"";
    QTest::newRow("impossible architecture")
        << QStringList{"train", "--dataset", "shapes", "--model", "impossible.json", "--out", out}
        << 1 << "impossible.json";
    QTest::newRow("architecture syntax")
        << QStringList{"train", "--dataset", "shapes", "--model", "syntax.json", "--out", out} << 1
        << "syntax.json";
    QTest::newRow("model does not fit the data")
        << QStringList{"train", "--dataset", "idx16", "--model", "small", "--out", out} << 1
        << "(1, 16, 16)";
    QTest::newRow("resume on data that do not fit")
        << QStringList{"train",    "--resume", "shapes.csmodel", "--dataset", "idx16",
                       "--epochs", "2",        "--out",          out}
        << 1 << "(1, 28, 28)";
    QTest::newRow("resume with other settings")
        << QStringList{"train", "--resume", "shapes.csmodel", "--lr", "0.1", "--out", out} << 2
        << "leave out --lr";
    QTest::newRow("shift not a number")
        << QStringList{"train",   "--dataset", "shapes", "--model", "small",
                       "--shift", "two",       "--out",  out}
        << 2 << "--shift must be a whole number between 0 and 1048576, not 'two'";
    QTest::newRow("resume a bad file")
        << QStringList{"train", "--resume", "garbage.csmodel", "--out", out} << 1
        << "garbage.csmodel: not a ConvSight model file";
    QTest::newRow("bad schedule") << QStringList{"train",   "--dataset", "shapes",
                                                 "--model", "small",     "--schedule",
                                                 "linear",  "--out",     out}
                                  << 2 << "step:N:FACTOR";
    QTest::newRow("evaluate a bad file") << QStringList{"evaluate", "--model", "garbage.csmodel"}
                                         << 1 << "garbage.csmodel: not a ConvSight model file";
    QTest::newRow("predict with a bad file")
        << QStringList{"predict", "--model", "garbage.csmodel", "vline.pgm"} << 1
        << "garbage.csmodel: not a ConvSight model file";
    QTest::newRow("predict a file that is no image")
        << QStringList{"predict", "--model", "shapes.csmodel", "vline.pgm", "not-an-image.png"} << 1
        << "not-an-image.png";
    QTest::newRow("predict nothing") << QStringList{"predict", "--model", "shapes.csmodel"} << 2
                                     << "name one or more image files";
}

void tst_Cli::trainingErrors() {
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, error);
    // The trained model lies in the data folder as shapes.csmodel.
    QVERIFY(!trainedModel().isEmpty());
    QFile model(trainedModel());
    QVERIFY(model.open(QIODevice::ReadOnly));
    const QByteArray before = model.readAll();
    model.close();

    const CliResult result = runInData(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.out, QString()); // not even a half answer
    QVERIFY2(result.err.contains(error), qPrintable(result.err));
    // Nothing written, and the model it read unchanged.
    QVERIFY(!QFile::exists(dataDir_.filePath(QStringLiteral("out.csmodel"))));
    QVERIFY(model.open(QIODevice::ReadOnly));
    QCOMPARE(model.readAll(), before);
}

namespace {

// The 4×3 grey image the image tests filter: I(y, x) = 10 + 10x + 40y.
QImage greyRamp() {
    QImage image(4, 3, QImage::Format_Grayscale8);
    for (int y = 0; y < 3; ++y)
        for (int x = 0; x < 4; ++x)
            image.scanLine(y)[x] = static_cast<uchar>(10 + 10 * x + 40 * y);
    return image;
}

// The grey values of `image`, row by row.
QList<int> greyValues(const QImage& image) {
    QList<int> values;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            values << qGray(image.pixel(x, y));
    return values;
}

// A PNG whose header claims 20000 × 20000 pixels (400 megapixels), with no pixel data after it.
QByteArray hugePngHeader() {
    QByteArray bytes("\x89PNG\r\n\x1a\n", 8);
    bytes += QByteArray("\0\0\0\x0dIHDR", 8);
    for (int i = 0; i < 2; ++i)
        bytes += QByteArray("\0\0\x4e\x20", 4); // 20000, big-endian
    bytes += QByteArray("\x08\x00\x00\x00\x00", 5);
    return bytes + QByteArray(64, '\0');
}

} // namespace

void tst_Cli::convolveImage_data() {
    QTest::addColumn<QStringList>("options"); // after convolve --image ramp.png --out out.png
    QTest::addColumn<QList<int>>("expected"); // the output's grey values, row by row

    const auto kernel = [](const char* k) {
        return QStringList{QStringLiteral("--kernel"), QString::fromUtf8(k)};
    };
    const QStringList zero{QStringLiteral("--border"), QStringLiteral("zero")};
    QTest::newRow("identity") << kernel("identity") << greyValues(greyRamp());
    // Zero border: a corner sums 4 of its 9 pixels, an edge 6; e.g. (10+20+50+60) / 9 → 16.
    QTest::newRow("box blur, zero border")
        << kernel("box-blur") + zero << QList<int>{16, 27, 33, 24, 37, 60, 70, 50, 33, 53, 60, 42};
    // 2·I − 30 from a .kernel.json with an offset; −10 clamps to 0.
    QTest::newRow("kernel file with offset")
        << kernel("double.kernel.json")
        << QList<int>{0, 10, 30, 50, 70, 90, 110, 130, 150, 170, 190, 210};
    // Sobel x on I: 4 × (I(x+1) − I(x−1)) = 80 inside; replicate halves it at the sides.
    QTest::newRow("sobel-x, replicate, abs")
        << kernel("sobel-x") + QStringList{QStringLiteral("--border"), QStringLiteral("replicate"),
                                           QStringLiteral("--display"), QStringLiteral("abs")}
        << QList<int>{40, 80, 80, 40, 40, 80, 80, 40, 40, 80, 80, 40};
    // The negated kernel is −80 inside: offset shows it below mid-grey, clamp as black.
    QTest::newRow("negated sobel-x, offset")
        << kernel("negsobel.csv") +
               QStringList{QStringLiteral("--border"), QStringLiteral("replicate"),
                           QStringLiteral("--display"), QStringLiteral("offset")}
        << QList<int>{88, 48, 48, 88, 88, 48, 48, 88, 88, 48, 48, 88};
    // out(x) = I(x − 1): wrap brings the last column round to the first.
    QTest::newRow("shift right, wrap")
        << kernel("shift.csv") + QStringList{QStringLiteral("--border"), QStringLiteral("wrap")}
        << QList<int>{40, 10, 20, 30, 80, 50, 60, 70, 120, 90, 100, 110};
    // Normalize: (I − 10) · 255 / 110, the smallest value black, the largest white.
    QTest::newRow("identity, normalize")
        << kernel("identity") +
               QStringList{QStringLiteral("--display"), QStringLiteral("normalize")}
        << QList<int>{0, 23, 46, 70, 93, 116, 139, 162, 185, 209, 232, 255};
}

// The commands that read no image start without OpenCV's image codecs (and the ~110 libraries
// they pull in); `convolve --image` opens them when it reads and writes, and works.
void tst_Cli::imageCodecsLoadedOnlyForImages() {
    QTemporaryDir dir;
    QVERIFY(greyRamp().save(dir.filePath(QStringLiteral("ramp.png"))));
    const auto librariesLoaded = [&dir](const QStringList& arguments) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(dir.path());
        process.start(QStringLiteral(CONVSIGHT_CLI_PATH), arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return QString();
        return QString::fromUtf8(process.readAllStandardError());
    };
    const QString codecs = QStringLiteral("libopencv_imgcodecs");
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("--version")}, QStringList{QStringLiteral("info")},
          QStringList{QStringLiteral("geometry"), QStringLiteral("--input"), QStringLiteral("32"),
                      QStringLiteral("--kernel"), QStringLiteral("5")},
          QStringList{QStringLiteral("lessons"), QStringLiteral("list")}}) {
        const QString loaded = librariesLoaded(arguments);
        QVERIFY2(loaded.contains(QStringLiteral("libQt6Core")), qPrintable(arguments.join(' ')));
        QVERIFY2(!loaded.contains(codecs), qPrintable(arguments.join(' ')));
    }
    const QString loaded = librariesLoaded({QStringLiteral("convolve"), QStringLiteral("--image"),
                                            QStringLiteral("ramp.png"), QStringLiteral("--kernel"),
                                            QStringLiteral("identity"), QStringLiteral("--out"),
                                            QStringLiteral("out.png")});
    QVERIFY(loaded.contains(codecs));
    QVERIFY(!QImage(dir.filePath(QStringLiteral("out.png"))).isNull());
}

void tst_Cli::convolveImage() {
    QFETCH(QStringList, options);
    QFETCH(QList<int>, expected);
    QTemporaryDir dir;
    QVERIFY(greyRamp().save(dir.filePath(QStringLiteral("ramp.png"))));
    const QList<std::pair<const char*, QByteArray>> kernels{
        {"double.kernel.json", R"({"name": "double", "rows": [[0, 0, 0], [0, 2, 0], [0, 0, 0]],
                                  "divisor": 1, "offset": -30})"},
        {"negsobel.csv", "1,0,-1\n2,0,-2\n1,0,-1\n"},
        {"shift.csv", "1,0,0\n"}};
    for (const auto& [name, contents] : kernels) {
        QFile file(dir.filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }
    const CliResult result =
        runCli(QStringList{QStringLiteral("convolve"), QStringLiteral("--image"),
                           QStringLiteral("ramp.png"), QStringLiteral("--out"),
                           QStringLiteral("out.png")} +
                   options,
               {}, dir.path());
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(QStringLiteral("wrote out.png: 4×3, grey")),
             qPrintable(result.out));
    QFile png(dir.filePath(QStringLiteral("out.png")));
    QVERIFY(png.open(QIODevice::ReadOnly));
    QVERIFY(png.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8));
    const QImage out(dir.filePath(QStringLiteral("out.png")));
    QCOMPARE(out.size(), QSize(4, 3));
    QVERIFY(out.isGrayscale());
    QCOMPARE(greyValues(out), expected);
}

// Colour survives in its own channels: red stays red through OpenCV's BGR and the tensor's RGB.
void tst_Cli::convolveImageColour() {
    QTemporaryDir dir;
    QImage image(2, 1, QImage::Format_RGB888);
    image.setPixel(0, 0, qRgb(200, 0, 0));
    image.setPixel(1, 0, qRgb(0, 30, 250));
    QVERIFY(image.save(dir.filePath(QStringLiteral("in.png"))));
    const CliResult result =
        runCli({QStringLiteral("convolve"), QStringLiteral("--image"), QStringLiteral("in.png"),
                QStringLiteral("--kernel"), QStringLiteral("identity"), QStringLiteral("--out"),
                QStringLiteral("out.png")},
               {}, dir.path());
    QCOMPARE(result.exitCode, 0);
    const QImage out(dir.filePath(QStringLiteral("out.png")));
    QCOMPARE(out.pixel(0, 0), qRgb(200, 0, 0));
    QCOMPARE(out.pixel(1, 0), qRgb(0, 30, 250));
}

void tst_Cli::convolveImageErrors_data() {
    QTest::addColumn<QString>("image");   // --image
    QTest::addColumn<QString>("kernel");  // --kernel
    QTest::addColumn<QString>("message"); // a part of stderr
    QTest::newRow("corrupt image") << "corrupt.png"
                                   << "identity"
                                   << "corrupt.png";
    QTest::newRow("truncated image") << "truncated.png"
                                     << "identity"
                                     << "truncated.png";
    QTest::newRow("empty image") << "empty.png"
                                 << "identity"
                                 << "the file is empty";
    QTest::newRow("folder as image") << "folder"
                                     << "identity"
                                     << "it is a folder";
    QTest::newRow("missing image") << "missing.png"
                                   << "identity"
                                   << "no such file";
    QTest::newRow("over 100 megapixels") << "huge.png"
                                         << "identity"
                                         << "100 megapixels";
    QTest::newRow("NaN in kernel") << "ramp.png"
                                   << "nan.csv"
                                   << "line 2, column 2: 'NaN'";
    QTest::newRow("ragged kernel") << "ramp.png"
                                   << "ragged.csv"
                                   << "line 2 has 1 value, line 1 has 2";
    QTest::newRow("empty kernel") << "ramp.png"
                                  << "empty.csv"
                                  << "no numbers in it";
    QTest::newRow("huge number in kernel") << "ramp.png"
                                           << "huge.kernel.json"
                                           << "too large";
    QTest::newRow("ragged kernel file") << "ramp.png"
                                        << "ragged.kernel.json"
                                        << "row 2 has 1 value but row 1 has 2";
    QTest::newRow("folder as kernel") << "ramp.png"
                                      << "folder"
                                      << "it is a folder";
    QTest::newRow("kernel over 63x63") << "ramp.png"
                                       << "big.csv"
                                       << "1x1 to 63x63";
}

// A failure exits with 1, says what is wrong on stderr, and leaves the existing output file as
// it was, with no partial file beside it.
void tst_Cli::convolveImageErrors() {
    QFETCH(QString, image);
    QFETCH(QString, kernel);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    QVERIFY(greyRamp().save(dir.filePath(QStringLiteral("ramp.png"))));
    QByteArray png;
    {
        QFile file(dir.filePath(QStringLiteral("ramp.png")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        png = file.readAll();
    }
    QString bigKernel;
    for (int r = 0; r < 64; ++r)
        bigKernel += QStringLiteral("1").repeated(1) + QStringLiteral(",1").repeated(63) + "\n";
    const QList<std::pair<QString, QByteArray>> files{
        {QStringLiteral("corrupt.png"), "this is not an image at all"},
        {QStringLiteral("truncated.png"), png.left(png.size() / 2)},
        {QStringLiteral("empty.png"), {}},
        {QStringLiteral("huge.png"), hugePngHeader()},
        {QStringLiteral("nan.csv"), "1,2\n3,NaN\n"},
        {QStringLiteral("ragged.csv"), "1,2\n3\n"},
        {QStringLiteral("empty.csv"), {}},
        {QStringLiteral("huge.kernel.json"), R"({"rows": [[1e999]]})"},
        {QStringLiteral("ragged.kernel.json"), R"({"rows": [[1, 2], [3]]})"},
        {QStringLiteral("big.csv"), bigKernel.toUtf8()},
        {QStringLiteral("out.png"), "the previous output"}};
    for (const auto& [name, contents] : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }
    const CliResult result = runCli({QStringLiteral("convolve"), QStringLiteral("--image"), image,
                                     QStringLiteral("--kernel"), kernel, QStringLiteral("--out"),
                                     QStringLiteral("out.png")},
                                    {}, dir.path());
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QString());
    // The message is the last line (libpng may say something of its own before it).
    const QString last = result.err.section(QLatin1Char('\n'), -2, -2);
    QVERIFY2(last.startsWith(QStringLiteral("convsight-cli convolve: ")), qPrintable(result.err));
    QVERIFY2(last.contains(message), qPrintable(result.err));
    QFile out(dir.filePath(QStringLiteral("out.png")));
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(out.readAll(), QByteArray("the previous output"));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.png.part"))));
}

void tst_Cli::benchFilterJson() {
    const CliResult result =
        runCli({QStringLiteral("bench"), QStringLiteral("filter"), QStringLiteral("--size"),
                QStringLiteral("96x64"), QStringLiteral("--kernel"), QStringLiteral("3"),
                QStringLiteral("--border"), QStringLiteral("wrap"), QStringLiteral("--repeat"),
                QStringLiteral("3"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.count(QLatin1Char('\n')), 1);
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("size")).toString(), QStringLiteral("96x64"));
    QCOMPARE(json.value(QStringLiteral("kernel")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("border")).toString(), QStringLiteral("wrap"));
    QCOMPARE(json.value(QStringLiteral("device")).toString(), QStringLiteral("cpu"));
    for (const char* key :
         {"convsight_ms", "opencv_ms", "ratio", "convsight_gflops", "opencv_gflops"})
        QVERIFY2(json.value(QLatin1String(key)).toDouble() > 0.0, key);
    const double ratio = json.value(QStringLiteral("convsight_ms")).toDouble() /
                         json.value(QStringLiteral("opencv_ms")).toDouble();
    QVERIFY(qAbs(json.value(QStringLiteral("ratio")).toDouble() - ratio) < 1e-9 * ratio);
    // Both filtered the same image: the outputs agree to float rounding.
    QVERIFY(json.value(QStringLiteral("max_relative_difference")).toDouble() < 1e-5);
}

// A 1×1 kernel (the streaming scale) on one thread: exact against OpenCV, the thread count
// reported back, and no GPU figures on the CPU.
void tst_Cli::benchFilterOneByOneOnThreads() {
    const CliResult result =
        runCli({QStringLiteral("bench"), QStringLiteral("filter"), QStringLiteral("--size"),
                QStringLiteral("97x33"), QStringLiteral("--kernel"), QStringLiteral("1"),
                QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--repeat"),
                QStringLiteral("3"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("kernel")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("threads")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("repeat")).toInt(), 3);
    QVERIFY(json.value(QStringLiteral("convsight_ms")).toDouble() > 0.0);
    QCOMPARE(json.value(QStringLiteral("max_relative_difference")).toDouble(), 0.0);
    QVERIFY(!json.contains(QStringLiteral("frames_per_second")));
    QVERIFY(!json.contains(QStringLiteral("transfer_ms")));
}

void tst_Cli::summaryJson() {
    const CliResult result = runCli({QStringLiteral("summary"), QStringLiteral("--model"),
                                     QStringLiteral("vgg16"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    const QJsonObject summary = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(summary[QStringLiteral("total_parameters")].toInteger(), 138'357'544);
    QCOMPARE(summary[QStringLiteral("input_shape")].toString(), QStringLiteral("224×224×3"));
    const QJsonArray layers = summary[QStringLiteral("layers")].toArray();
    QCOMPARE(layers.size(), 39);
    const QJsonObject first = layers.first().toObject();
    QCOMPARE(first.keys(),
             (QStringList{QStringLiteral("flops"), QStringLiteral("name"),
                          QStringLiteral("output_shape"), QStringLiteral("parameters")}));
    QCOMPARE(first[QStringLiteral("name")].toString(), QStringLiteral("conv1"));
    QCOMPARE(first[QStringLiteral("output_shape")].toString(), QStringLiteral("224×224×64"));
    QCOMPARE(first[QStringLiteral("parameters")].toInteger(), 1'792);
    QCOMPARE(layers.last().toObject()[QStringLiteral("output_shape")].toString(),
             QStringLiteral("1000"));
}

void tst_Cli::summaryText() {
    const CliResult result =
        runCli({QStringLiteral("summary"), QStringLiteral("--model"), QStringLiteral("alexnet")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("total: 61,100,840 parameters")),
             qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("55×55×64")));
    QVERIFY2(result.out.contains(QStringLiteral(
                 "conv1 (224×224×3 → 55×55×64): fully connected: 29,142,414,400 · locally "
                 "connected: 70,470,400 · convolution: 23,296 parameters")),
             qPrintable(result.out));
}

void tst_Cli::summaryArchitectureFile() {
    const QString path = dataDir_.filePath(QStringLiteral("tiny.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"name": "tiny", "input": [1, 28, 28], "layers": [
        {"type": "conv2d", "filters": 32, "kernel": 3}, {"type": "relu"}, {"type": "flatten"},
        {"type": "dense", "units": 10}]})");
    file.close();
    const CliResult result =
        runCli({QStringLiteral("summary"), QStringLiteral("--architecture"), path});
    QCOMPARE(result.exitCode, 0);
    // 28×28×1 into 32 maps of 26×26 through 3×3 windows.
    QVERIFY2(result.out.contains(QStringLiteral(
                 "conv1 (28×28×1 → 26×26×32): fully connected: 16,981,120 · locally connected: "
                 "216,320 · convolution: 320 parameters")),
             qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("total: 216,650 parameters")));
}

void tst_Cli::summaryErrors() {
    const CliResult unknown =
        runCli({QStringLiteral("summary"), QStringLiteral("--model"), QStringLiteral("resnet")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("vgg16")), qPrintable(unknown.err));
    const CliResult neither = runCli({QStringLiteral("summary")});
    QCOMPARE(neither.exitCode, 2);
    QVERIFY(neither.err.contains(QStringLiteral("--model")));
    const CliResult missing = runCli({QStringLiteral("summary"), QStringLiteral("--architecture"),
                                      dataDir_.filePath(QStringLiteral("none.json"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("none.json: cannot open")));
}

void tst_Cli::trainRefusesViewOnlyModel() {
    const CliResult result =
        runCli({QStringLiteral("train"), QStringLiteral("--dataset"), QStringLiteral("shapes"),
                QStringLiteral("--model"), QStringLiteral("vgg16"), QStringLiteral("--epochs"),
                QStringLiteral("1")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("not trained here")) &&
                 result.err.contains(QStringLiteral("138,357,544 parameters")) &&
                 result.err.contains(QStringLiteral("summary --model vgg16")),
             qPrintable(result.err));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
