// The Inspect workspace on networks without a data set of their own (an imported network, a
// preset saved as it is): the model file loads without opening a data set, a photo goes in
// resized, centre-cropped and normalised (the model's statistics, ImageNet's for 3×224×224, else
// [0, 1], said on screen), every layer's maps and the probabilities come out, the five most
// probable of ImageNet's 1000 classes are shown by name or as "class 281", and the test-set parts
// say there is no test set.
#include "common/MessageLine.h"
#include "common/TrainingSession.h"
#include "image/PhotoInput.h"
#include "inspect/FeatureMapView.h"
#include "inspect/InspectWorkspace.h"
#include "inspect/ProbabilityBars.h"
#include "nn/Inspection.h"
#include "nn/LayerSchema.h"
#include "nn/ModelFile.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

using convsight::widgets::InspectWorkspace;
using convsight::widgets::TrainingSession;
namespace nn = convsight::nn;
using nlohmann::json;

namespace {

// A small network with input `chw` ending in `classes` scores, saved with `metadata` and no
// data set.
QString saveModel(const QTemporaryDir& folder, const QString& name, std::vector<int> chw,
                  int classes, const json& metadata) {
    const json architecture = {
        {"name", name.toStdString()},
        {"input", chw},
        {"layers",
         {{{"type", "conv2d"}, {"filters", 4}, {"kernel", 3}, {"stride", 4}, {"padding", "same"}},
          {{"type", "relu"}},
          {{"type", "maxpool"}, {"size", 4}},
          {{"type", "flatten"}},
          {{"type", "dense"}, {"units", classes}}}}};
    nn::Sequential model = nn::model_from_json(architecture);
    model.initialize(7);
    const QString path = folder.filePath(name + QStringLiteral(".csmodel"));
    nn::save_model_file(path.toStdString(), model, metadata);
    return path;
}

// A photo file: a grey field of `value` with a brighter square, wider than tall.
QString savePhoto(const QTemporaryDir& folder, int value) {
    cv::Mat photo(300, 400, CV_8UC3, cv::Scalar(value, value, value));
    photo(cv::Rect(150, 100, 100, 100)).setTo(cv::Scalar(250, 250, 250));
    const QString path = folder.filePath(QStringLiteral("photo.png"));
    cv::imwrite(path.toStdString(), photo);
    return path;
}

bool loadInto(TrainingSession& session, const QString& path) {
    QSignalSpy loaded(&session, &TrainingSession::modelLoaded);
    QSignalSpy failed(&session, &TrainingSession::failed);
    session.loadModel(path);
    if (!QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 20000))
        return false;
    if (!failed.isEmpty())
        qWarning("%s", qPrintable(failed.first().first().toString()));
    return !loaded.isEmpty();
}

} // namespace

class tst_InspectPhotos : public QObject {
    Q_OBJECT

private slots:
    void modelWithoutDataSetLoads();
    void photoThroughAnImageNetSizedNetwork();
    void ownNormalisationAndClassNames();
    void unitRangeForOtherSizes();
};

void tst_InspectPhotos::modelWithoutDataSetLoads() {
    QTemporaryDir folder;
    TrainingSession session;
    QVERIFY(loadInto(session,
                     saveModel(folder, QStringLiteral("net"), {3, 32, 32}, 10, json::object())));
    QVERIFY(!session.hasDataset());
    QVERIFY(session.photoNormalisation().has_value());
    QVERIFY(session.latestModel());
    QCOMPARE(session.state(), TrainingSession::State::Finished);

    InspectWorkspace inspect(&session);
    inspect.resize(1280, 680);
    inspect.show();
    // No test examples to pick: the source is a photo, the test-example choice greyed out.
    QCOMPARE(inspect.source(), InspectWorkspace::Source::File);
    auto* sources = inspect.findChild<QComboBox*>(QStringLiteral("inputSourceBox"));
    QVERIFY(sources);
    auto* items = qobject_cast<QStandardItemModel*>(sources->model());
    QVERIFY(items);
    QVERIFY(!items->item(0)->isEnabled());
    QVERIFY2(inspect.findChild<QLabel*>(QStringLiteral("inspectModelLabel"))
                 ->text()
                 .contains(QStringLiteral("open a photo")),
             qPrintable(inspect.findChild<QLabel*>(QStringLiteral("inspectModelLabel"))->text()));
    // The confusion matrix needs a test set: the message says there is none.
    inspect.evaluateTestSet();
    QVERIFY(inspect.messageLine()->isProblem());
    QVERIFY2(inspect.messageLine()->text().contains(QStringLiteral("no test set")),
             qPrintable(inspect.messageLine()->text()));
}

void tst_InspectPhotos::photoThroughAnImageNetSizedNetwork() {
    QTemporaryDir folder;
    TrainingSession session;
    QVERIFY(loadInto(session, saveModel(folder, QStringLiteral("tiny224"), {3, 224, 224}, 1000,
                                        json::object())));
    QCOMPARE(session.photoNormalisation()->source,
             convsight::image::PhotoNormalisation::Source::ImageNet);
    InspectWorkspace inspect(&session);
    inspect.resize(1280, 680);
    inspect.show();
    QVERIFY(inspect.openImageFile(savePhoto(folder, 128)));
    QCOMPARE(inspect.input().shape(), (convsight::compute::Shape{3, 224, 224}));
    // A corner pixel of the grey field, normalised by ImageNet's red and blue statistics.
    const float grey = 128.0f / 255.0f;
    QVERIFY(std::abs(inspect.input().data()[0] - (grey - 0.485f) / 0.229f) < 1e-4f);
    QVERIFY(std::abs(inspect.input().data()[2 * 224 * 224] - (grey - 0.406f) / 0.225f) < 1e-4f);
    // The 400×300 photo shrinks to 299×224 and its middle is kept: the bright square (its middle
    // quarter) is in the middle of the input.
    const float bright = (250.0f / 255.0f - 0.485f) / 0.229f;
    QVERIFY(std::abs(inspect.input().data()[112 * 224 + 112] - bright) < 1e-3f);
    QVERIFY2(inspect.messageLine()->text().contains(QStringLiteral("ImageNet")),
             qPrintable(inspect.messageLine()->text()));
    QVERIFY(!inspect.messageLine()->isProblem());

    // Every layer's output, the maps of the spatial ones, and 1000 probabilities of which the
    // five largest have rows, named "class N" without names in the file.
    QCOMPARE(inspect.outputs().size(), std::size_t{5});
    QCOMPARE(inspect.featureMaps()->mapCount(0), 4);
    const convsight::widgets::ProbabilityBars* bars = inspect.probabilities();
    QCOMPARE(bars->probabilities().size(), std::size_t{1000});
    const std::vector<int> shown = bars->shownClasses();
    QCOMPARE(shown.size(), std::size_t{5});
    QCOMPARE(shown.front(), bars->predicted());
    for (std::size_t i = 1; i < shown.size(); ++i)
        QVERIFY(bars->probabilities()[static_cast<std::size_t>(shown[i - 1])] >=
                bars->probabilities()[static_cast<std::size_t>(shown[i])]);
    QVERIFY(!bars->rowRect(shown[4]).isEmpty());
    int notShown = 0;
    while (std::find(shown.begin(), shown.end(), notShown) != shown.end())
        ++notShown;
    QVERIFY(bars->rowRect(notShown).isEmpty());
    QCOMPARE(bars->className(281), QStringLiteral("class 281"));
    QVERIFY(bars->caption().contains(QStringLiteral("class %1").arg(bars->predicted())));
    // The same probabilities as the model gives the input.
    nn::Sequential copy = nn::copy_model(*session.latestModel());
    const std::vector<float> expected =
        nn::probabilities(nn::layer_outputs(copy, inspect.input()).back().value);
    QCOMPARE(bars->probabilities(), expected);
}

void tst_InspectPhotos::ownNormalisationAndClassNames() {
    QTemporaryDir folder;
    TrainingSession session;
    const json metadata = {
        {"class_names", {"cat", "dog", "owl"}},
        {"normalization", {{"mean", {0.5, 0.5, 0.5}}, {"std", {0.5, 0.5, 0.5}}}}};
    QVERIFY(loadInto(session, saveModel(folder, QStringLiteral("pets"), {3, 64, 64}, 3, metadata)));
    QCOMPARE(session.photoNormalisation()->source,
             convsight::image::PhotoNormalisation::Source::Metadata);
    QCOMPARE(session.classNames(), (QStringList{"cat", "dog", "owl"}));
    InspectWorkspace inspect(&session);
    inspect.show();
    QVERIFY(inspect.openImageFile(savePhoto(folder, 51)));
    QCOMPARE(inspect.input().shape(), (convsight::compute::Shape{3, 64, 64}));
    QVERIFY(std::abs(inspect.input().data()[0] - (51.0f / 255.0f - 0.5f) / 0.5f) < 1e-4f);
    QVERIFY(inspect.photoNormalisationText().contains(QStringLiteral("model's own")));
    QCOMPARE(inspect.probabilities()->shownClasses(), (std::vector<int>{0, 1, 2}));
    QVERIFY(inspect.probabilities()->caption().contains(
        QStringList({"cat", "dog", "owl"})[inspect.probabilities()->predicted()]));
}

void tst_InspectPhotos::unitRangeForOtherSizes() {
    QTemporaryDir folder;
    TrainingSession session;
    QVERIFY(loadInto(session,
                     saveModel(folder, QStringLiteral("grey"), {1, 32, 32}, 10, json::object())));
    InspectWorkspace inspect(&session);
    inspect.show();
    QVERIFY(inspect.openImageFile(savePhoto(folder, 102)));
    QCOMPARE(inspect.input().shape(), (convsight::compute::Shape{1, 32, 32}));
    QVERIFY(std::abs(inspect.input().data()[0] - 0.4f) < 1e-4f);
    QVERIFY2(inspect.messageLine()->text().contains(QStringLiteral("[0, 1]")),
             qPrintable(inspect.messageLine()->text()));
    // A bad file: the message names it, the input stays.
    const std::vector<float> before = inspect.input().to_vector();
    const QString bad = folder.filePath(QStringLiteral("broken.jpg"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a jpeg");
    file.close();
    QVERIFY(!inspect.openImageFile(bad));
    QVERIFY(inspect.messageLine()->text().contains(QStringLiteral("broken.jpg")));
    QCOMPARE(inspect.input().to_vector(), before);
}

QTEST_MAIN(tst_InspectPhotos)
#include "tst_inspectphotos.moc"
