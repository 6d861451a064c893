// `convsight-cli bench infer`, run as a user would: the JSON figures (median and fastest forward,
// CPU time, peak memory, the weights' size, the output's shape), a .csmodel file and a preset as
// the model, and the messages for a missing or unknown model.
#include "CliRun.h"
#include "nn/ModelFile.h"
#include "nn/Models.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class tst_CliBenchInfer : public QObject {
    Q_OBJECT

private slots:
    void presetJson();
    void modelFileText();
    void errors_data();
    void errors();
    void explainJson();
};

void tst_CliBenchInfer::presetJson() {
    const CliResult result =
        runCli({QStringLiteral("bench"), QStringLiteral("infer"), QStringLiteral("--model"),
                QStringLiteral("small"), QStringLiteral("--batch"), QStringLiteral("3"),
                QStringLiteral("--repeat"), QStringLiteral("4"), QStringLiteral("--threads"),
                QStringLiteral("1"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = onlyJsonObject(result.out);
    QVERIFY2(!json.isEmpty(), qPrintable(result.out));
    QCOMPARE(json.value(QStringLiteral("model")).toString(), QStringLiteral("small"));
    QCOMPARE(json.value(QStringLiteral("device")).toString(), QStringLiteral("cpu"));
    QCOMPARE(json.value(QStringLiteral("batch")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("repeat")).toInt(), 4);
    QCOMPARE(json.value(QStringLiteral("threads")).toInt(), 1);
    const double median = json.value(QStringLiteral("forward_ms")).toDouble();
    const double fastest = json.value(QStringLiteral("min_ms")).toDouble();
    QVERIFY(fastest > 0.0 && fastest <= median);
    // One compute thread: the CPU time of a forward stays near its wall time. It is the whole
    // process's CPU time, so a runtime's own threads (a sanitizer's, the allocator's) add to it,
    // and the two medians come from different repeats: allow half again.
    const double cpu = json.value(QStringLiteral("forward_cpu_ms")).toDouble();
    QVERIFY2(cpu > 0.0 && cpu <= median * 1.5 + 0.5, qPrintable(result.out));
    QVERIFY(json.value(QStringLiteral("peak_rss_mb")).toDouble() > 1.0);
    // The weights' size: 4 bytes a parameter, in MB of 10^6 bytes.
    const auto parameters = convsight::nn::make_model("small", 0).parameter_count();
    QCOMPARE(json.value(QStringLiteral("parameters")).toInteger(), parameters);
    QCOMPARE(json.value(QStringLiteral("weights_mb")).toDouble(), double(parameters) * 4.0 / 1e6);
    QCOMPARE(json.value(QStringLiteral("output_shape")).toArray(), (QJsonArray{3, 10}));
}

void tst_CliBenchInfer::modelFileText() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("lenet.csmodel"));
    convsight::nn::save_model_file(path.toStdString(), convsight::nn::make_model("lenet5", 2),
                                   nlohmann::json::object());
    const CliResult result =
        runCli({QStringLiteral("bench"), QStringLiteral("infer"), QStringLiteral("--model"), path,
                QStringLiteral("--repeat"), QStringLiteral("1")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(
        result.out.startsWith(QStringLiteral("bench infer ") + path + QStringLiteral(" on cpu")),
        qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("batch 1, 1 forwards after 1 warm-up")),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("output (1, 10)")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral(" ms (median)")), qPrintable(result.out));
}

void tst_CliBenchInfer::errors_data() {
    QTest::addColumn<QStringList>("arguments"); // after "bench infer"
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // the first line of stderr

    QTest::newRow("no model") << QStringList{} << 2
                              << QStringLiteral("convsight-cli bench infer: say which network with "
                                                "--model (a .csmodel or .onnx file, or a built-in "
                                                "model such as vgg16)");
    QTest::newRow("unknown model")
        << QStringList{QStringLiteral("--model"), QStringLiteral("no-such-net")} << 1
        << QStringLiteral("convsight-cli bench: no-such-net: no such file");
    QTest::newRow("repeat 0") << QStringList{QStringLiteral("--model"), QStringLiteral("small"),
                                             QStringLiteral("--repeat"), QStringLiteral("0")}
                              << 2
                              << QStringLiteral("convsight-cli bench infer: --repeat must be a "
                                                "whole number between 1 and 100000, not '0'");
}

void tst_CliBenchInfer::errors() {
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliResult result =
        runCli(QStringList{QStringLiteral("bench"), QStringLiteral("infer")} + arguments);
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.err.section(QLatin1Char('\n'), 0, 0), message);
    QVERIFY(result.out.isEmpty());
}

void tst_CliBenchInfer::explainJson() {
    // Each explanation timed on the model's own input size, with occlusion's defaults for 28×28:
    // a 4×4 patch (a seventh of the side), stride 2, (28 − 4) / 2 + 1 = 13 positions a side.
    const CliResult result =
        runCli({QStringLiteral("bench"), QStringLiteral("explain"), QStringLiteral("--model"),
                QStringLiteral("small"), QStringLiteral("--repeat"), QStringLiteral("1"),
                QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = onlyJsonObject(result.out);
    QVERIFY2(!json.isEmpty(), qPrintable(result.out));
    QCOMPARE(json.value(QStringLiteral("input")).toString(), QStringLiteral("(1, 28, 28)"));
    QCOMPARE(json.value(QStringLiteral("layer")).toString(), QStringLiteral("conv2"));
    QCOMPARE(json.value(QStringLiteral("patch")).toInt(), 4);
    QCOMPARE(json.value(QStringLiteral("stride")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("occlusion_positions")).toInt(), 169);
    const QJsonObject ms = json.value(QStringLiteral("ms")).toObject();
    QCOMPARE(ms.keys(), (QStringList{QStringLiteral("gradcam"), QStringLiteral("occlusion"),
                                     QStringLiteral("saliency"), QStringLiteral("smoothgrad-25"),
                                     QStringLiteral("visualize-step")}));
    for (const QJsonValue value : ms)
        QVERIFY(value.toDouble() > 0.0);

    const CliResult dense = runCli({QStringLiteral("bench"), QStringLiteral("explain"),
                                    QStringLiteral("--model"), QStringLiteral("mlp")});
    QCOMPARE(dense.exitCode, 1);
    QVERIFY2(dense.err.contains(QLatin1String("image input")) ||
                 dense.err.contains(QLatin1String("has none")),
             qPrintable(dense.err));
}

QTEST_GUILESS_MAIN(tst_CliBenchInfer)
#include "tst_clibenchinfer.moc"
