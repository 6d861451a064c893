// Qt Test suite for `convsight-cli export` and `predict --tensor`, run as a separate process on
// model files this suite writes: the ONNX file onnx::checker accepts, outputs equal to the model's
// forward pass, and every failure (bad model, bad array, wrong shape, no CUDA) one line naming the
// file, exit code 1 and no output file.
#include "CliRun.h"
#include "compute/Device.h"
#include "data/Npy.h"
#include "nn/ModelFile.h"
#include "nn/Models.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <onnx/checker.h>
#include <random>

using namespace convsight;

namespace {

compute::Tensor randomTensor(compute::Shape shape, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
    std::vector<float> values(static_cast<std::size_t>(compute::shape_numel(shape)));
    for (float& v : values)
        v = uniform(rng);
    return compute::Tensor::from(std::move(shape), values);
}

float largestDifference(const std::vector<float>& a, const std::vector<float>& b) {
    float worst = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        worst = std::max(worst, std::abs(a[i] - b[i]));
    return worst;
}

} // namespace

class TestCliExport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        modelPath_ = dir_.filePath(QStringLiteral("small.csmodel"));
        nn::save_model_file(modelPath_.toStdString(), nn::make_model("small", 5),
                            {{"dataset", "shapes"}});
        xPath_ = dir_.filePath(QStringLiteral("x.npy"));
        // More than one batch of predict's 256, so the batches are joined in order.
        x_ = randomTensor({300, 1, 28, 28}, 9);
        data::write_npy(xPath_.toStdString(), x_);
    }

    void exportWritesCheckedOnnx() {
        const QString onnxPath = dir_.filePath(QStringLiteral("small.onnx"));
        const CliResult r = runCli({QStringLiteral("export"), QStringLiteral("--model"), modelPath_,
                                    QStringLiteral("--onnx"), onnxPath});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("wrote ") + onnxPath + " (ONNX opset 13, "),
                 qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
        ::onnx::checker::check_model(onnxPath.toStdString());
    }

    void predictWritesOneRowPerExample() {
        const QString yPath = dir_.filePath(QStringLiteral("y.npy"));
        const CliResult r =
            runCli({QStringLiteral("predict"), QStringLiteral("--model"), modelPath_,
                    QStringLiteral("--tensor"), xPath_, QStringLiteral("--out"), yPath});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const compute::Tensor y = data::read_npy(yPath.toStdString());
        QCOMPARE(y.shape(), (compute::Shape{300, 10}));
        nn::SavedModel saved = nn::load_model_file(modelPath_.toStdString());
        const std::vector<float> expected = saved.model.forward(x_, false).to_vector();
        QVERIFY(largestDifference(y.to_vector(), expected) <= 1e-5f);
    }

    // The .onnx export read back by predict (where this build has ONNX import) gives the
    // .csmodel's outputs within 1e-4.
    void predictOnExportedOnnx() {
        const QString onnxPath = dir_.filePath(QStringLiteral("round.onnx"));
        QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--model"), modelPath_,
                         QStringLiteral("--onnx"), onnxPath})
                     .exitCode,
                 0);
        const QString yPath = dir_.filePath(QStringLiteral("round.npy"));
        const CliResult r =
            runCli({QStringLiteral("predict"), QStringLiteral("--model"), onnxPath,
                    QStringLiteral("--tensor"), xPath_, QStringLiteral("--out"), yPath});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        nn::SavedModel saved = nn::load_model_file(modelPath_.toStdString());
        const std::vector<float> expected = saved.model.forward(x_, false).to_vector();
        QVERIFY(largestDifference(data::read_npy(yPath.toStdString()).to_vector(), expected) <=
                1e-4f);
    }

    void predictOnCuda() {
        const QString yPath = dir_.filePath(QStringLiteral("cuda.npy"));
        const CliResult r =
            runCli({QStringLiteral("predict"), QStringLiteral("--model"), modelPath_,
                    QStringLiteral("--tensor"), xPath_, QStringLiteral("--out"), yPath,
                    QStringLiteral("--device"), QStringLiteral("cuda")});
        if (!compute::Device::cuda_available()) {
            QCOMPARE(r.exitCode, 1);
            QVERIFY(r.err.startsWith(QStringLiteral("convsight-cli predict: ")));
            QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
            QVERIFY(!QFile::exists(yPath));
            QSKIP("no CUDA device: the refusal was checked");
        }
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        nn::SavedModel saved = nn::load_model_file(modelPath_.toStdString());
        const std::vector<float> expected = saved.model.forward(x_, false).to_vector();
        QVERIFY(largestDifference(data::read_npy(yPath.toStdString()).to_vector(), expected) <=
                1e-4f);
    }

    // Each failure: exit 1, one line on stderr naming the file and the problem, no output file
    // (and an earlier one left as it was).
    void failures_data() {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("modelFile");
        QTest::addColumn<QByteArray>("modelBytes");
        QTest::addColumn<QByteArray>("tensorBytes");
        QTest::addColumn<QString>("problem");
        const QByteArray junk("\x00\x01random bytes, not a model", 26);
        QTest::newRow("export: random bytes")
            << "export"
            << "junk.csmodel" << junk << QByteArray() << "junk.csmodel: ";
        QTest::newRow("export: missing model")
            << "export"
            << "absent.csmodel" << QByteArray() << QByteArray() << "absent.csmodel: ";
        QTest::newRow("predict: random model")
            << "predict"
            << "junk.csmodel" << junk << QByteArray() << "junk.csmodel: ";
        QTest::newRow("predict: not an array")
            << "predict"
            << "" << QByteArray() << QByteArray("not numpy") << "x-bad.npy: not a .npy";
        QTest::newRow("predict: wrong shape")
            << "predict"
            << "" << QByteArray() << QByteArray("shape")
            << "x-bad.npy: the array's shape (2, 3, 28, 28) does not fit the model's input (N, "
               "1, 28, 28)";
        QTest::newRow("predict: truncated array")
            << "predict"
            << "" << QByteArray() << QByteArray("truncated")
            << "x-bad.npy: the shape (300, 1, 28, 28) needs 940800 bytes of values";
    }
    void failures() {
        QFETCH(QString, command);
        QFETCH(QString, modelFile);
        QFETCH(QByteArray, modelBytes);
        QFETCH(QByteArray, tensorBytes);
        QFETCH(QString, problem);
        QString model = modelPath_;
        if (!modelFile.isEmpty()) {
            model = dir_.filePath(modelFile);
            QFile::remove(model);
            if (!modelBytes.isEmpty()) {
                QFile file(model);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(modelBytes);
            }
        }
        QString tensor = xPath_;
        if (!tensorBytes.isEmpty()) {
            tensor = dir_.filePath(QStringLiteral("x-bad.npy"));
            QFile::remove(tensor);
            if (tensorBytes == "shape") {
                data::write_npy(tensor.toStdString(), randomTensor({2, 3, 28, 28}, 1));
            } else if (tensorBytes == "truncated") {
                QFile whole(xPath_);
                QVERIFY(whole.open(QIODevice::ReadOnly));
                QFile file(tensor);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(whole.readAll().chopped(100));
            } else {
                QFile file(tensor);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(tensorBytes);
            }
        }
        // An earlier output stays as it was.
        const QString output = dir_.filePath(command == "export" ? QStringLiteral("out.onnx")
                                                                 : QStringLiteral("out.npy"));
        {
            QFile earlier(output);
            QVERIFY(earlier.open(QIODevice::WriteOnly));
            earlier.write("earlier");
        }
        const CliResult r =
            command == "export"
                ? runCli(
                      {command, QStringLiteral("--model"), model, QStringLiteral("--onnx"), output})
                : runCli({command, QStringLiteral("--model"), model, QStringLiteral("--tensor"),
                          tensor, QStringLiteral("--out"), output});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("convsight-cli ") + command + ": " + dir_.path()),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(problem), qPrintable(r.err));
        QFile earlier(output);
        QVERIFY(earlier.open(QIODevice::ReadOnly));
        QCOMPARE(earlier.readAll(), QByteArray("earlier"));
        QVERIFY(!QFile::exists(output + QStringLiteral(".part")));
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("export without --onnx") << QStringList{
            QStringLiteral("export"), QStringLiteral("--model"), QStringLiteral("m.csmodel")};
        QTest::newRow("export without --model") << QStringList{
            QStringLiteral("export"), QStringLiteral("--onnx"), QStringLiteral("m.onnx")};
        QTest::newRow("predict without --out") << QStringList{
            QStringLiteral("predict"), QStringLiteral("--model"), QStringLiteral("m.csmodel"),
            QStringLiteral("--tensor"), QStringLiteral("x.npy")};
        QTest::newRow("predict with a bad device") << QStringList{
            QStringLiteral("predict"),  QStringLiteral("--model"),  QStringLiteral("m.csmodel"),
            QStringLiteral("--tensor"), QStringLiteral("x.npy"),    QStringLiteral("--out"),
            QStringLiteral("y.npy"),    QStringLiteral("--device"), QStringLiteral("tpu")};
    }
    void usageErrors() {
        QFETCH(QStringList, arguments);
        const CliResult r = runCli(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("usage: convsight-cli ") + arguments.front()));
    }

private:
    QTemporaryDir dir_;
    QString modelPath_;
    QString xPath_;
    compute::Tensor x_;
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
