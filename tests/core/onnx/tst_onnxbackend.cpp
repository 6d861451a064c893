// Qt Test suite running ONNX's own backend test cases (Debian's libonnx-testdata: node/,
// pytorch-converted/, pytorch-operator/) through the importer and nn, on the CPU (and on CUDA when
// a GPU is present): every case whose operators ConvSight imports must pass within ONNX's
// tolerances; the others are skipped with the reason. Prints the table.
#include "compute/Device.h"
#include "onnx/BackendTest.h"
#include "onnx/OnnxError.h"

#include <QDir>
#include <QTest>
#include <cstdio>
#include <string>

namespace cso = convsight::onnx;

namespace {

const char* const kDataRoot = "/usr/share/libonnx-testdata/data";

} // namespace

class tst_OnnxBackend : public QObject {
    Q_OBJECT

private slots:
    void backendCases_data();
    void backendCases();
    void folderArguments();
};

void tst_OnnxBackend::backendCases_data() {
    QTest::addColumn<QString>("suite");
    QTest::addColumn<QString>("device");
    for (const char* suite : {"node", "pytorch-converted", "pytorch-operator"}) {
        QTest::newRow((std::string(suite) + " cpu").c_str()) << suite << "cpu";
        QTest::newRow((std::string(suite) + " cuda").c_str()) << suite << "cuda";
    }
}

void tst_OnnxBackend::backendCases() {
    QFETCH(QString, suite);
    QFETCH(QString, device);
    const QString folder = QString::fromLatin1(kDataRoot) + QLatin1Char('/') + suite;
    if (!QDir(folder).exists())
        QSKIP(qPrintable(folder + QStringLiteral(" is absent (install libonnx-testdata)")));
    if (device == QStringLiteral("cuda") && !convsight::compute::Device::cuda_available())
        QSKIP("no CUDA device");
    const convsight::compute::Device where =
        convsight::compute::Device::parse(device.toStdString());
    int passed = 0, failed = 0, skipped = 0;
    QStringList failures;
    for (const std::string& path : cso::backend_case_folders(folder.toStdString())) {
        const cso::CaseResult result = cso::run_backend_case(path, where);
        if (result.status == cso::CaseStatus::Skipped) {
            ++skipped;
            continue; // the reasons are in `convsight-cli onnx-test`'s output
        }
        std::printf("%s\n", cso::case_line(result).c_str());
        if (result.status == cso::CaseStatus::Passed) {
            ++passed;
        } else {
            ++failed;
            failures << QString::fromStdString(cso::case_line(result));
        }
    }
    std::printf("%s on %s: %d passed, %d failed, %d skipped\n", qPrintable(suite),
                qPrintable(device), passed, failed, skipped);
    std::fflush(stdout);
    QVERIFY2(failed == 0, qPrintable(failures.join(QLatin1Char('\n'))));
    QVERIFY(passed > 0);
}

void tst_OnnxBackend::folderArguments() {
    const std::string node = std::string(kDataRoot) + "/node";
    if (!QDir(QString::fromStdString(node)).exists())
        QSKIP("libonnx-testdata is absent");
    // One case folder is itself; a folder of cases lists them sorted.
    const std::string relu = node + "/test_relu";
    QCOMPARE(cso::backend_case_folders(relu), std::vector<std::string>{relu});
    const std::vector<std::string> all = cso::backend_case_folders(node);
    QVERIFY(all.size() > 100);
    QVERIFY(std::is_sorted(all.begin(), all.end()));
    QVERIFY_THROWS_EXCEPTION(cso::OnnxError, cso::backend_case_folders(node + "/nowhere"));
    QVERIFY_THROWS_EXCEPTION(cso::OnnxError,
                             cso::backend_case_folders(QDir::tempPath().toStdString()));
    // A case outside the list is skipped with the operator's name; one inside passes.
    const cso::CaseResult lstm = cso::run_backend_case(node + "/test_lstm_defaults");
    QCOMPARE(lstm.status, cso::CaseStatus::Skipped);
    QVERIFY2(lstm.reason.find("LSTM") != std::string::npos, lstm.reason.c_str());
    const cso::CaseResult conv = cso::run_backend_case(node + "/test_conv_with_strides_padding");
    QCOMPARE(conv.status, cso::CaseStatus::Passed);
    QVERIFY(conv.max_error < 1e-5);
    QCOMPARE(cso::case_line(conv).rfind("PASSED   test_conv_with_strides_padding", 0), 0u);
}

QTEST_GUILESS_MAIN(tst_OnnxBackend)
#include "tst_onnxbackend.moc"
