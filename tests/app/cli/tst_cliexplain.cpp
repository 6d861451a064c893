// `convsight-cli explain` and `visualize`, run as a user would on a small seeded network this suite
// writes: each method's .npy map equal, value for value, to what nn/Explain.h gives in this process
// on the same model and input; the PNG overlay's size; --class; every bad input refused with its
// exit code, one line and no output file; and a filter's image whose objective grows.
#include "CliRun.h"
#include "data/Npy.h"
#include "nn/Explain.h"
#include "nn/ModelFile.h"
#include "nn/Models.h"

#include <QColor>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <random>

using namespace convsight;

namespace {

// Three classes of 12×12 grey images, normalised by mean 0.5 and deviation 0.25 (pixels 0..1
// become −2..2).
nlohmann::json tinyArchitecture() {
    return {{"name", "tiny"},
            {"input", {1, 12, 12}},
            {"layers",
             {{{"type", "conv2d"}, {"filters", 4}, {"kernel", 3}, {"padding", "same"}},
              {{"type", "relu"}},
              {{"type", "maxpool"}, {"size", 2}},
              {{"type", "conv2d"}, {"filters", 5}, {"kernel", 3}, {"padding", "same"}},
              {{"type", "relu"}},
              {{"type", "flatten"}},
              {{"type", "dense"}, {"units", 3}}}}};
}

compute::Tensor randomTensor(compute::Shape shape, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<float> uniform(-2.0f, 2.0f);
    std::vector<float> values(static_cast<std::size_t>(compute::shape_numel(shape)));
    for (float& v : values)
        v = uniform(rng);
    return compute::Tensor::from(std::move(shape), values);
}

} // namespace

class tst_CliExplain : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void mapEqualsInProcess_data();
    void mapEqualsInProcess();
    void classPicksTheClass();
    void presetAndOnnxModels();
    void pngOverlayOfAnImage();
    void textLine();
    void badInput_data();
    void badInput();
    void permutedModelWantsTensor();
    void visualizeGrowsTheObjective();
    void visualizeNpy();
    void visualizeBadInput_data();
    void visualizeBadInput();

private:
    nn::Sequential loadModel() const { return nn::load_model_file(modelPath_.toStdString()).model; }
    QString path(const char* name) const { return dir_.filePath(QString::fromLatin1(name)); }

    QTemporaryDir dir_;
    QString modelPath_, xPath_;
    compute::Tensor x_;
};

void tst_CliExplain::initTestCase() {
    QVERIFY(dir_.isValid());
    nn::Sequential model = nn::model_from_json(tinyArchitecture());
    model.initialize(7);
    modelPath_ = path("tiny.csmodel");
    nn::save_model_file(modelPath_.toStdString(), model,
                        {{"class_names", {"circle", "square", "triangle"}},
                         {"normalization", {{"mean", {0.5}}, {"std", {0.25}}}}});
    x_ = randomTensor({1, 12, 12}, 11);
    xPath_ = path("x.npy");
    data::write_npy(xPath_.toStdString(), x_);
}

void tst_CliExplain::mapEqualsInProcess_data() {
    QTest::addColumn<QStringList>("options");
    QTest::newRow("saliency") << QStringList{"--method", "saliency"};
    QTest::newRow("smoothgrad") << QStringList{"--method", "saliency", "--smooth",
                                               "3",        "--noise",  "0.2"};
    QTest::newRow("gradcam, last convolution") << QStringList{"--method", "gradcam"};
    QTest::newRow("gradcam, conv1") << QStringList{"--method", "gradcam", "--layer", "conv1"};
    QTest::newRow("occlusion") << QStringList{"--method", "occlusion", "--patch", "3",
                                              "--stride", "2",         "--fill",  "0.5"};
}

// The .npy is (H, W) float32 and equal to the in-process map for the predicted class.
void tst_CliExplain::mapEqualsInProcess() {
    QFETCH(QStringList, options);
    const QString out = path("map.npy");
    QFile::remove(out);
    const CliResult r = runCli(
        QStringList{"explain", "--model", modelPath_, "--tensor", xPath_, "--out", out, "--json"} +
        options);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject json = onlyJsonObject(r.out);
    QVERIFY2(!json.isEmpty(), qPrintable(r.out));

    nn::Sequential model = loadModel();
    const nn::ClassScores scores = nn::class_scores(model, x_);
    QCOMPARE(json.value("class").toInt(), scores.predicted);
    QCOMPARE(json.value("predicted").toInt(), scores.predicted);
    QCOMPARE(json.value("probability").toDouble(),
             double(scores.probabilities[std::size_t(scores.predicted)]));
    const std::string names[] = {"circle", "square", "triangle"};
    QCOMPARE(json.value("class_name").toString().toStdString(),
             names[std::size_t(scores.predicted)]);

    compute::Tensor expected;
    const QString method = options.at(1);
    if (method == "saliency") {
        nn::SmoothGradSettings smooth;
        if (options.contains("--smooth")) {
            smooth.samples = 3;
            smooth.noise = 0.2f;
        }
        expected = nn::saliency(model, x_, scores.predicted, smooth);
    } else if (method == "gradcam") {
        const int layer = options.contains("--layer") ? 0 : nn::last_convolution(model);
        QCOMPARE(layer == 0 ? "conv1" : "conv2", json.value("layer").toString());
        expected = nn::grad_cam(model, x_, scores.predicted, layer).map;
    } else {
        nn::OcclusionSettings settings;
        settings.patch = 3;
        settings.stride = 2;
        settings.fill = 0.5f;
        expected = nn::occlusion(model, x_, scores.predicted, settings);
    }
    const compute::Tensor map = data::read_npy(out.toStdString());
    QCOMPARE(map.shape(), (compute::Shape{12, 12}));
    QCOMPARE(map.to_vector(), expected.to_vector());
    const std::vector<float> values = expected.to_vector();
    QCOMPARE(json.value("min").toDouble(), double(*std::min_element(values.begin(), values.end())));
    QCOMPARE(json.value("max").toDouble(), double(*std::max_element(values.begin(), values.end())));
    QCOMPARE(json.value("height").toInt(), 12);
    QCOMPARE(json.value("width").toInt(), 12);
    QVERIFY(json.value("ms").toDouble() >= 0.0);
}

// --class explains another class than the predicted one; a (1, C, H, W) array is taken too.
void tst_CliExplain::classPicksTheClass() {
    nn::Sequential model = loadModel();
    const int predicted = nn::class_scores(model, x_).predicted;
    const int other = (predicted + 1) % 3;
    const QString batched = path("x4.npy");
    data::write_npy(batched.toStdString(), compute::Tensor::from({1, 1, 12, 12}, x_.to_vector()));
    const QString out = path("other.npy");
    const CliResult r =
        runCli({"explain", "--model", modelPath_, "--tensor", batched, "--method", "saliency",
                "--class", QString::number(other), "--out", out, "--json"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(onlyJsonObject(r.out).value("class").toInt(), other);
    const std::vector<float> got = data::read_npy(out.toStdString()).to_vector();
    QCOMPARE(got, nn::saliency(model, x_, other).to_vector());
    QVERIFY(got != nn::saliency(model, x_, predicted).to_vector());
}

// A built-in model's name (seed 0, as bench infer builds it) and an .onnx file (the tiny model
// exported by the CLI) are explained like a .csmodel.
void tst_CliExplain::presetAndOnnxModels() {
    const QString x28 = path("x28.npy");
    const compute::Tensor input = randomTensor({1, 28, 28}, 21);
    data::write_npy(x28.toStdString(), input);
    const QString presetMap = path("preset.npy");
    const CliResult preset = runCli({"explain", "--model", "small", "--tensor", x28, "--method",
                                     "saliency", "--out", presetMap});
    QVERIFY2(preset.exitCode == 0, qPrintable(preset.err));
    nn::Sequential small = nn::make_model("small", 0);
    QCOMPARE(data::read_npy(presetMap.toStdString()).to_vector(),
             nn::saliency(small, input, nn::class_scores(small, input).predicted).to_vector());

    const QString onnxPath = path("tiny.onnx");
    QCOMPARE(runCli({"export", "--model", modelPath_, "--onnx", onnxPath}).exitCode, 0);
    const QString onnxMap = path("onnx.npy");
    const CliResult onnx = runCli({"explain", "--model", onnxPath, "--tensor", xPath_, "--method",
                                   "occlusion", "--out", onnxMap});
    QVERIFY2(onnx.exitCode == 0, qPrintable(onnx.err));
    // No class names in an .onnx file: the line gives the index only.
    QVERIFY2(onnx.out.startsWith("occlusion: class ") && !onnx.out.contains('('),
             qPrintable(onnx.out));
    nn::Sequential model = loadModel();
    const std::vector<float> expected =
        nn::occlusion(model, x_, nn::class_scores(model, x_).predicted).to_vector();
    const std::vector<float> got = data::read_npy(onnxMap.toStdString()).to_vector();
    QCOMPARE(got.size(), expected.size());
    for (std::size_t i = 0; i < got.size(); ++i)
        QVERIFY2(std::abs(got[i] - expected[i]) <= 1e-5f, qPrintable(QString::number(i)));
}

// An image file goes through predict's sizing (20×20 → 12×12) and normalisation; the PNG is the
// overlay at the network's input size, enlarged by a whole factor to at least 224 px
// (12 × 19 = 228), in colour.
void tst_CliExplain::pngOverlayOfAnImage() {
    QImage picture(20, 20, QImage::Format_Grayscale8);
    for (int y = 0; y < 20; ++y)
        for (int x = 0; x < 20; ++x)
            picture.setPixel(x, y, qRgb(x * 12, x * 12, x * 12));
    const QString imagePath = path("ramp.png");
    QVERIFY(picture.save(imagePath));
    const QString out = path("overlay.png");
    const CliResult r = runCli({"explain", "--model", modelPath_, "--image", imagePath, "--method",
                                "gradcam", "--out", out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QImage overlay(out);
    QVERIFY(!overlay.isNull());
    QCOMPARE(overlay.size(), QSize(228, 228));
    // Enlarged by nearest neighbour: each input pixel a 19×19 block of one colour.
    QCOMPARE(overlay.pixel(0, 0), overlay.pixel(18, 18));
    // The heat map colours the grey picture.
    bool coloured = false;
    for (int y = 0; y < 228 && !coloured; y += 19)
        for (int x = 0; x < 228 && !coloured; x += 19) {
            const QColor c(overlay.pixel(x, y));
            coloured = c.red() != c.green() || c.green() != c.blue();
        }
    QVERIFY(coloured);

    // An image already of the network's size is read as predict reads it: p / 255, then
    // (· − 0.5) / 0.25; the map equals Grad-CAM's on that tensor.
    QImage exact(12, 12, QImage::Format_Grayscale8);
    std::vector<float> values;
    for (int y = 0; y < 12; ++y)
        for (int x = 0; x < 12; ++x) {
            const int grey = (x * 37 + y * 91) % 256;
            exact.setPixel(x, y, qRgb(grey, grey, grey));
            values.push_back((static_cast<float>(grey) / 255.0f - 0.5f) / 0.25f);
        }
    const QString exactPath = path("exact.png");
    QVERIFY(exact.save(exactPath));
    const QString npy = path("exact-map.npy");
    const CliResult e = runCli({"explain", "--model", modelPath_, "--image", exactPath, "--method",
                                "gradcam", "--out", npy});
    QVERIFY2(e.exitCode == 0, qPrintable(e.err));
    nn::Sequential model = loadModel();
    const compute::Tensor input = compute::Tensor::from({1, 12, 12}, values);
    const nn::ClassScores scores = nn::class_scores(model, input);
    QCOMPARE(
        data::read_npy(npy.toStdString()).to_vector(),
        nn::grad_cam(model, input, scores.predicted, nn::last_convolution(model)).map.to_vector());
}

// Without --json: one line with the method, the class with its name, its probability, the map's
// range, the time and the file.
void tst_CliExplain::textLine() {
    const QString out = path("line.npy");
    const CliResult r = runCli({"explain", "--model", modelPath_, "--tensor", xPath_, "--method",
                                "occlusion", "--class", "1", "--out", out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.count('\n'), 1);
    QVERIFY2(r.out.startsWith("occlusion: class 1 (square), p = "), qPrintable(r.out));
    QVERIFY2(r.out.contains("; map min ") && r.out.contains(", max ") &&
                 r.out.contains(" ms; wrote " + out),
             qPrintable(r.out));
    QVERIFY(r.err.isEmpty());
}

void tst_CliExplain::badInput_data() {
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown method")
        << QStringList{"--method", "lime"} << 2
        << "convsight-cli explain: --method must be occlusion, saliency or gradcam, not 'lime'";
    QTest::newRow("patch larger than the image")
        << QStringList{"--method", "occlusion", "--patch", "13"} << 2
        << "convsight-cli explain: --patch must be a whole number between 1 and 12 for this "
           "12x12 input, not '13'";
    QTest::newRow("class out of range")
        << QStringList{"--method", "saliency", "--class", "3"} << 2
        << "convsight-cli explain: --class must be a whole number between 0 and 2, not '3'";
    QTest::newRow("negative stride") << QStringList{"--method", "occlusion", "--stride", "-1"} << 2
                                     << "--stride must be a whole number between 1 and 65536";
    QTest::newRow("noise not a number")
        << QStringList{"--method", "saliency", "--noise", "nan"} << 2
        << "--noise must be a number between 0 and 1, not 'nan'";
    QTest::newRow("option of another method")
        << QStringList{"--method", "saliency", "--patch", "3"} << 2
        << "convsight-cli explain: --patch is for --method occlusion, not saliency";
    QTest::newRow("unknown layer")
        << QStringList{"--method", "gradcam", "--layer", "conv9"} << 1
        << "convsight-cli explain: tiny: no layer \"conv9\" with feature maps; the layers with "
           "maps are conv1, ";
    QTest::newRow("missing model")
        << QStringList{"--method", "saliency", "--model", "@absent.csmodel"} << 1
        << "absent.csmodel";
    QTest::newRow("missing array")
        << QStringList{"--method", "saliency", "--tensor", "@none.npy"} << 1 << "none.npy";
    QTest::newRow("array of the wrong shape")
        << QStringList{"--method", "saliency", "--tensor", "@wrong.npy"} << 1
        << "wrong.npy: the array's shape (1, 10, 10) is not the network's input (1, 12, 12)";
    QTest::newRow("missing image")
        << QStringList{"--method", "saliency", "--image", "@none.png"} << 1 << "none.png";
    QTest::newRow("out neither .npy nor .png")
        << QStringList{"--method", "saliency", "--out", "@map.txt"} << 2
        << "--out must be a file name ending in .npy or .png, not '";
}

// Each: its exit code, one line on stderr saying what is wrong, nothing on stdout, no file.
void tst_CliExplain::badInput() {
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    data::write_npy(path("wrong.npy").toStdString(), randomTensor({1, 10, 10}, 3));
    QString model = modelPath_, input = xPath_, out = path("bad.npy");
    QString inputOption = "--tensor";
    QStringList rest;
    for (qsizetype i = 0; i < options.size(); i += 2) {
        QString value = options[i + 1];
        if (value.startsWith('@'))
            value = path(qPrintable(value.mid(1)));
        if (options[i] == "--model")
            model = value;
        else if (options[i] == "--tensor" || options[i] == "--image")
            inputOption = options[i], input = value;
        else if (options[i] == "--out")
            out = value;
        else
            rest << options[i] << value;
    }
    QFile::remove(out);
    const CliResult r =
        runCli(QStringList{"explain", "--model", model, inputOption, input, "--out", out} + rest);
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(out));
}

// A network trained on permuted pixels sees an image file only permuted, where a map of its
// pixels would not be a map of the picture: refused with one line, exit 1, no file.
void tst_CliExplain::permutedModelWantsTensor() {
    nn::Sequential model = loadModel();
    const QString permuted = path("permuted.csmodel");
    nn::save_model_file(permuted.toStdString(), model, {{"pixel_permutation_seed", 4}});
    QImage picture(12, 12, QImage::Format_Grayscale8);
    picture.fill(128);
    const QString imagePath = path("grey.png");
    QVERIFY(picture.save(imagePath));
    const QString out = path("permuted.npy");
    const CliResult r = runCli({"explain", "--model", permuted, "--image", imagePath, "--method",
                                "saliency", "--out", out});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains("permuted; explain it with --tensor"), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
    // The same network explains a tensor.
    QCOMPARE(runCli({"explain", "--model", permuted, "--tensor", xPath_, "--method", "saliency",
                     "--out", out})
                 .exitCode,
             0);
    QVERIFY(QFile::exists(out));
}

// A seeded network's filter: the image after 24 steps makes it respond more than the noise it
// started from (grey is 0 here, where a network without biases gives 0 and no gradient); the PNG
// is the 12×12 image enlarged to 228×228.
void tst_CliExplain::visualizeGrowsTheObjective() {
    const QString out = path("filter.png");
    const CliResult r = runCli({"visualize", "--model", modelPath_, "--layer", "conv2", "--filter",
                                "2", "--steps", "24", "--noise-start", "--out", out, "--json"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject json = onlyJsonObject(r.out);
    QVERIFY2(!json.isEmpty(), qPrintable(r.out));
    QCOMPARE(json.value("layer").toString(), QStringLiteral("conv2"));
    QCOMPARE(json.value("filter").toInt(), 2);
    QCOMPARE(json.value("steps").toInt(), 24);
    // The normalised range of pixels 0..1 through mean 0.5, deviation 0.25.
    QCOMPARE(json.value("low").toDouble(), -2.0);
    QCOMPARE(json.value("high").toDouble(), 2.0);
    QVERIFY2(json.value("objective_end").toDouble() > json.value("objective_start").toDouble(),
             qPrintable(r.out));
    const QImage image(out);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(228, 228));

    // The text line says the objective at the start and after the last step.
    const CliResult text = runCli({"visualize", "--model", modelPath_, "--layer", "conv1",
                                   "--filter", "0", "--steps", "4", "--out", out});
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QCOMPARE(text.out.count('\n'), 1);
    QVERIFY2(text.out.startsWith("visualize conv1 filter 0: objective ") &&
                 text.out.contains(" at the start, ") && text.out.contains(" after 4 steps; "),
             qPrintable(text.out));
}

// .npy: the (C, H, W) image in the network's units, equal to FilterVisualizer's in this process
// and inside the normalised pixel range.
void tst_CliExplain::visualizeNpy() {
    const QString out = path("filter.npy");
    const CliResult r =
        runCli({"visualize", "--model", modelPath_, "--layer", "conv1", "--filter", "3", "--steps",
                "10", "--noise-start", "--seed", "5", "--out", out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const compute::Tensor image = data::read_npy(out.toStdString());
    QCOMPARE(image.shape(), (compute::Shape{1, 12, 12}));
    nn::Sequential model = loadModel();
    nn::VisualizeSettings settings;
    settings.layer = 0;
    settings.filter = 3;
    settings.start_from_noise = true;
    settings.seed = 5;
    settings.low = -2.0f;
    settings.high = 2.0f;
    nn::FilterVisualizer visualizer(model, settings);
    for (int i = 0; i < 10; ++i)
        visualizer.step();
    QCOMPARE(image.to_vector(), visualizer.image().to_vector());
    for (const float v : image.to_vector())
        QVERIFY(v >= -2.0f && v <= 2.0f);
}

void tst_CliExplain::visualizeBadInput_data() {
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("filter out of range")
        << QStringList{"--layer", "conv1", "--filter", "4"} << 2
        << "convsight-cli visualize: --filter must be a whole number between 0 and 3, not '4'";
    QTest::newRow("no steps") << QStringList{"--layer", "conv1", "--filter", "0", "--steps", "0"}
                              << 2 << "--steps must be a whole number between 1 and 100000";
    QTest::newRow("jitter over half the side")
        << QStringList{"--layer", "conv1", "--filter", "0", "--jitter", "7"} << 2
        << "--jitter must be a whole number between 0 and 6, not '7'";
    QTest::newRow("unknown layer")
        << QStringList{"--layer", "dense1", "--filter", "0"} << 1
        << "convsight-cli visualize: tiny: no layer \"dense1\" with feature maps";
}

void tst_CliExplain::visualizeBadInput() {
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString out = path("bad-filter.png");
    QFile::remove(out);
    const CliResult r =
        runCli(QStringList{"visualize", "--model", modelPath_, "--out", out} + options);
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(tst_CliExplain)
#include "tst_cliexplain.moc"
