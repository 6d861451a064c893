// Qt Test suite for convsight-cli's ONNX commands, run as a separate process: `import` writes a
// model file or, for a bad file, one line "convsight-cli: <path>: <problem>", exit 1 and no
// file; `summary` reads .onnx and .csmodel files and takes --input; `onnx-test` prints a line per
// case and the counts. The ONNX models are built with onnx's classes.
#include "../../core/onnx/onnx_test_support.h"
#include "CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using onnx_test::GraphBuilder;
using onnx_test::ramp;

namespace {

// A small image classifier: Conv 3×3 (1 → 4, SAME), ReLU, MaxPool 2, Flatten, Gemm (→ 3).
GraphBuilder smallNet() {
    GraphBuilder b;
    b.input("image", {-1, 1, 8, 8});
    b.initializer("W", {4, 1, 3, 3}, ramp(36));
    b.initializer("B", {4}, {0, 0.1f, 0.2f, 0.3f});
    auto& conv = b.node("Conv", {"image", "W", "B"}, {"c"}, "conv");
    GraphBuilder::attribute(conv, "pads", std::vector<std::int64_t>{1, 1, 1, 1});
    b.node("Relu", {"c"}, {"r"});
    auto& pool = b.node("MaxPool", {"r"}, {"p"});
    GraphBuilder::attribute(pool, "kernel_shape", std::vector<std::int64_t>{2, 2});
    GraphBuilder::attribute(pool, "strides", std::vector<std::int64_t>{2, 2});
    b.node("Flatten", {"p"}, {"f"});
    b.initializer("fcW", {3, 64}, ramp(192, 0.01f));
    b.initializer("fcB", {3}, {1, 2, 3});
    auto& gemm = b.node("Gemm", {"f", "fcW", "fcB"}, {"logits"}, "fc");
    GraphBuilder::attribute(gemm, "transB", std::int64_t{1});
    b.output("logits");
    auto* prop = b.model.add_metadata_props();
    prop->set_key("author");
    prop->set_value("a teacher");
    return b;
}

} // namespace

class tst_CliOnnx : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }
    void importWritesAModelFile();
    void importRefusesBadFiles_data();
    void importRefusesBadFiles();
    void summaryOfOnnxAndInputOverride();
    void onnxTestCounts();

private:
    QString path(const char* name) const { return dir_.filePath(QString::fromLatin1(name)); }
    QTemporaryDir dir_;
};

void tst_CliOnnx::importWritesAModelFile() {
    QVERIFY(smallNet().save(path("net.onnx").toStdString()));
    const CliResult result = runCli(
        {QStringLiteral("import"), path("net.onnx"), QStringLiteral("--out"), path("net.csmodel")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("5 layers, 235 parameters")),
             qPrintable(result.out));
    QVERIFY(QFile::exists(path("net.csmodel")));
    // The model file's summary: the same layers, and the JSON names them.
    const CliResult summary = runCli({QStringLiteral("summary"), QStringLiteral("--model"),
                                      path("net.csmodel"), QStringLiteral("--json")});
    QCOMPARE(summary.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(summary.out.toUtf8()).object();
    QCOMPARE(json[QStringLiteral("total_parameters")].toInteger(), 4 * 9 + 4 + 64 * 3 + 3);
    const QJsonArray layers = json[QStringLiteral("layers")].toArray();
    QCOMPARE(layers.size(), 5);
    QCOMPARE(layers[0].toObject()[QStringLiteral("output_shape")].toString(),
             QStringLiteral("8×8×4"));
    QCOMPARE(layers[4].toObject()[QStringLiteral("output_shape")].toString(), QStringLiteral("3"));
}

void tst_CliOnnx::importRefusesBadFiles_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("problem");
    QTest::newRow("random bytes") << "random"
                                  << "not an ONNX model";
    QTest::newRow("unsupported operator") << "operator"
                                          << "node 1 'lrn' (LRN): the operator LRN is "
                                             "not supported";
    QTest::newRow("missing") << "missing"
                             << "no such file";
}

void tst_CliOnnx::importRefusesBadFiles() {
    QFETCH(QString, kind);
    QFETCH(QString, problem);
    const QString input = path("bad.onnx");
    const QString output = path("bad.csmodel");
    QFile::remove(input);
    QFile::remove(output);
    if (kind == QStringLiteral("random")) {
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(1000, '\x07'));
    } else if (kind == QStringLiteral("operator")) {
        GraphBuilder b = smallNet();
        b.graph->mutable_node(1)->set_op_type("LRN");
        b.graph->mutable_node(1)->set_name("lrn");
        QVERIFY(b.save(input.toStdString()));
    }
    const CliResult result =
        runCli({QStringLiteral("import"), input, QStringLiteral("--out"), output});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(
        result.err.startsWith(QStringLiteral("convsight-cli: ") + input + QStringLiteral(": ")),
        qPrintable(result.err));
    QVERIFY2(result.err.contains(problem), qPrintable(result.err));
    QVERIFY(!QFile::exists(output));
}

void tst_CliOnnx::summaryOfOnnxAndInputOverride() {
    QVERIFY(smallNet().save(path("net2.onnx").toStdString()));
    const CliResult text =
        runCli({QStringLiteral("summary"), QStringLiteral("--model"), path("net2.onnx")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QStringLiteral("input 8×8×1")), qPrintable(text.out));
    // --input: the same layers summarised for another image size (the dense layer's inputs
    // follow the flattened size); an impossible one names the layer.
    const CliResult larger =
        runCli({QStringLiteral("summary"), QStringLiteral("--model"), path("net2.onnx"),
                QStringLiteral("--input"), QStringLiteral("1x16x16"), QStringLiteral("--json")});
    QCOMPARE(larger.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(larger.out.toUtf8()).object();
    QCOMPARE(json[QStringLiteral("input_shape")].toString(), QStringLiteral("16×16×1"));
    QCOMPARE(json[QStringLiteral("layers")]
                 .toArray()[2]
                 .toObject()[QStringLiteral("output_shape")]
                 .toString(),
             QStringLiteral("8×8×4"));
    QCOMPARE(json[QStringLiteral("total_parameters")].toInteger(), 4 * 9 + 4 + 256 * 3 + 3);
    const CliResult bad =
        runCli({QStringLiteral("summary"), QStringLiteral("--model"), path("net2.onnx"),
                QStringLiteral("--input"), QStringLiteral("1x1x1")});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(QStringLiteral("maxpool")), qPrintable(bad.err));
    const CliResult usage =
        runCli({QStringLiteral("summary"), QStringLiteral("--model"), QStringLiteral("lenet5"),
                QStringLiteral("--input"), QStringLiteral("3xx")});
    QCOMPARE(usage.exitCode, 2);
    QVERIFY(usage.err.contains(QStringLiteral("CxHxW")));
}

void tst_CliOnnx::onnxTestCounts() {
    const QString data = QStringLiteral("/usr/share/libonnx-testdata/data/node");
    if (!QFile::exists(data))
        QSKIP("libonnx-testdata is absent");
    const CliResult result =
        runCli({QStringLiteral("onnx-test"), data + QStringLiteral("/test_relu"),
                data + QStringLiteral("/test_lstm_defaults")});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[0].startsWith(QStringLiteral("PASSED   test_relu")), qPrintable(result.out));
    QVERIFY2(lines[1].startsWith(QStringLiteral("SKIPPED  test_lstm_defaults")),
             qPrintable(result.out));
    QCOMPARE(lines[2], QStringLiteral("1 passed, 0 failed, 1 skipped"));
    const CliResult none = runCli({QStringLiteral("onnx-test"), dir_.path()});
    QCOMPARE(none.exitCode, 1);
    QVERIFY(none.err.contains(QStringLiteral("holds no ONNX backend test case")));
}

QTEST_GUILESS_MAIN(tst_CliOnnx)
#include "tst_clionnx.moc"
