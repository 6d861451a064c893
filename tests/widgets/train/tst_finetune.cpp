// Fine-tuning in the Train workspace: a loaded network's weights as the start of a new run, layer
// by layer where the shapes match (a new last layer keeps its fresh weights), offered once a
// model is loaded, and the run's first batch training from them.
#include "common/MessageLine.h"
#include "common/TrainingSession.h"
#include "nn/LayerSchema.h"
#include "nn/ModelFile.h"
#include "train/ArchitectureEditor.h"
#include "train/TrainWorkspace.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QColor>
#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <nlohmann/json.hpp>

using convsight::widgets::TrainingSession;
using convsight::widgets::TrainWorkspace;
namespace nn = convsight::nn;
using nlohmann::json;

namespace {

// A network for the synthetic shapes (1×28×28, `classes` outputs).
json shapesNetwork(int classes) {
    return {{"name", "pretrained"},
            {"input", {1, 28, 28}},
            {"layers",
             {{{"type", "conv2d"}, {"filters", 4}, {"kernel", 3}, {"padding", "same"}},
              {{"type", "relu"}},
              {{"type", "maxpool"}, {"size", 2}},
              {{"type", "conv2d"}, {"filters", 6}, {"kernel", 3}, {"padding", "same"}},
              {{"type", "relu"}},
              {{"type", "maxpool"}, {"size", 2}},
              {{"type", "flatten"}},
              {{"type", "dense"}, {"units", classes}}}}};
}

std::vector<float> weightsOf(const nn::Sequential& model, int layer) {
    return model.layer(layer).parameters().front()->value.to_vector();
}

} // namespace

class tst_FineTune : public QObject {
    Q_OBJECT

private slots:
    void matchingLayersTakeTheWeights();
    void loadedModelIsTheStartOfTheNextRun();
    void editorMarksFrozenLayers();
    void frozenLayersStayWhileTheOthersLearn();
    void folderOfPhotosAtTheNetworksSize();
};

void tst_FineTune::matchingLayersTakeTheWeights() {
    nn::Sequential pretrained = nn::model_from_json(shapesNetwork(1000));
    pretrained.initialize(11);
    nn::Sequential fresh = nn::model_from_json(shapesNetwork(10));
    fresh.initialize(12);
    const std::vector<float> freshHead = weightsOf(fresh, 7);
    // Both convolutions come from the pretrained network; the 10-class head stays fresh.
    QCOMPARE(TrainingSession::copyMatchingWeights(fresh, pretrained), 2);
    QCOMPARE(weightsOf(fresh, 0), weightsOf(pretrained, 0));
    QCOMPARE(weightsOf(fresh, 3), weightsOf(pretrained, 3));
    QCOMPARE(fresh.layer(3).parameters()[1]->value.to_vector(),
             pretrained.layer(3).parameters()[1]->value.to_vector());
    QCOMPARE(weightsOf(fresh, 7), freshHead);
}

void tst_FineTune::loadedModelIsTheStartOfTheNextRun() {
    QTemporaryDir folder;
    nn::Sequential pretrained = nn::model_from_json(shapesNetwork(10));
    pretrained.initialize(21);
    const QString path = folder.filePath(QStringLiteral("pretrained.csmodel"));
    nn::save_model_file(path.toStdString(), pretrained, json::object());

    TrainingSession session;
    TrainWorkspace train(&session);
    QTRY_COMPARE(train.datasetSpec(), QStringLiteral("shapes"));
    QVERIFY(!train.fineTuneBox()->isEnabled());
    QSignalSpy loaded(&session, &TrainingSession::modelLoaded);
    train.loadModelFrom(path);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
    QVERIFY(train.fineTuneBox()->isEnabled());
    QVERIFY(train.fineTuneBox()->text().contains(QStringLiteral("pretrained")));
    QVERIFY2(train.messageLine()->text().contains(QStringLiteral("without a data set")),
             qPrintable(train.messageLine()->text()));
    // The editor holds the loaded network; the shapes data set is still chosen.
    QVERIFY2(train.architectureEditor()->isValid(),
             qPrintable(train.architectureEditor()->problem()));
    QVERIFY(!train.setup().startingWeights);
    train.fineTuneBox()->setChecked(true);
    TrainingSession::Setup setup = train.setup();
    QCOMPARE(setup.startingWeights, session.latestModel());

    // One batch of a run from those weights: the run's starting copy is the loaded network.
    setup.limit = 32;
    setup.config.batch_size = 32;
    setup.config.epochs = 1;
    QSignalSpy prepared(&session, &TrainingSession::prepared);
    session.start(setup);
    QTRY_COMPARE_WITH_TIMEOUT(prepared.size(), 1, 20000);
    const nn::Sequential& start = *session.checkpoints().front().model;
    QCOMPARE(weightsOf(start, 0), weightsOf(pretrained, 0));
    QCOMPARE(weightsOf(start, 7), weightsOf(pretrained, 7));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), TrainingSession::State::Finished, 30000);
    QVERIFY(weightsOf(*session.latestModel(), 0) != weightsOf(pretrained, 0));
}

void tst_FineTune::editorMarksFrozenLayers() {
    convsight::widgets::ArchitectureEditor editor;
    editor.setInput({1, 28, 28}, 10);
    editor.setArchitecture(shapesNetwork(10));
    editor.show();
    // A convolution has the check box; a ReLU, without parameters, does not.
    editor.selectLayer(1);
    QVERIFY(!editor.findChild<QCheckBox*>(QStringLiteral("frozenBox")));
    editor.selectLayer(0);
    auto* frozen = editor.findChild<QCheckBox*>(QStringLiteral("frozenBox"));
    QVERIFY(frozen);
    QVERIFY(!frozen->isChecked());
    const QModelIndex name = editor.table()->model()->index(0, 1);
    const QVariant plain = name.data(Qt::BackgroundRole);
    frozen->setChecked(true);
    QVERIFY(editor.isFrozen(0));
    QVERIFY(!editor.isFrozen(3));
    // In the architecture as nn writes it, and drawn apart in the table.
    QCOMPARE(editor.architecture()["layers"][0].value("frozen", false), true);
    QVERIFY(!editor.architecture()["layers"][3].contains("frozen"));
    QVERIFY(name.data(Qt::DisplayRole).toString().endsWith(QStringLiteral("frozen")));
    QVERIFY(name.data(Qt::BackgroundRole) != plain);
    frozen->setChecked(false);
    QVERIFY(!editor.architecture()["layers"][0].contains("frozen"));
    QVERIFY(!name.data(Qt::DisplayRole).toString().endsWith(QStringLiteral("frozen")));
    // Locked while training: nothing changes.
    editor.setLocked(true);
    editor.setFrozen(0, true);
    QVERIFY(!editor.isFrozen(0));
}

void tst_FineTune::frozenLayersStayWhileTheOthersLearn() {
    TrainingSession session;
    TrainWorkspace train(&session);
    QTRY_COMPARE(train.datasetSpec(), QStringLiteral("shapes"));
    convsight::widgets::ArchitectureEditor* editor = train.architectureEditor();
    editor->setArchitecture(shapesNetwork(10));
    editor->setFrozen(0, true);
    QVERIFY2(editor->isValid(), qPrintable(editor->problem()));
    TrainingSession::Setup setup = train.setup();
    // One batch of 32 examples.
    setup.limit = 32;
    setup.config.batch_size = 32;
    setup.config.epochs = 1;
    session.start(setup);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), TrainingSession::State::Finished, 30000);
    QCOMPARE(session.epochs().size(), std::size_t{1});
    const nn::Sequential& start = *session.checkpoints().front().model;
    const nn::Sequential& trained = *session.latestModel();
    QVERIFY(trained.layer(0).frozen());
    QVERIFY(!trained.layer(3).frozen());
    // The frozen convolution bit for bit as it started (weight and bias); the next one learned.
    for (std::size_t p = 0; p < 2; ++p)
        QCOMPARE(trained.layer(0).parameters()[p]->value.to_vector(),
                 start.layer(0).parameters()[p]->value.to_vector());
    QVERIFY(weightsOf(trained, 3) != weightsOf(start, 3));
    QVERIFY(weightsOf(trained, 7) != weightsOf(start, 7));
}

// Transfer learning on a folder of one's own photos: the folder (one subfolder per class, photos of
// any size) is read at the network's input size and colours, here 3×20×24 RGB, and a run trains
// on it with the first convolution frozen.
void tst_FineTune::folderOfPhotosAtTheNetworksSize() {
    QTemporaryDir photos;
    QVERIFY(photos.isValid());
    for (const auto& [label, colour] : {std::pair{QStringLiteral("red"), QColor(220, 40, 30)},
                                        std::pair{QStringLiteral("blue"), QColor(30, 60, 210)}}) {
        QVERIFY(QDir(photos.path()).mkpath(label));
        for (int i = 0; i < 5; ++i) {
            QImage photo(40 + 7 * i, 30 + 5 * i, QImage::Format_RGB32);
            photo.fill(colour.darker(100 + 10 * i));
            QVERIFY(photo.save(photos.filePath(label + QStringLiteral("/%1.png").arg(i))));
        }
    }
    json architecture = {{"name", "photos"},
                         {"input", {3, 20, 24}},
                         {"layers",
                          {{{"type", "conv2d"}, {"filters", 4}, {"kernel", 3}, {"frozen", true}},
                           {{"type", "relu"}},
                           {{"type", "flatten"}},
                           {{"type", "dense"}, {"units", 2}}}}};
    TrainingSession session;
    TrainingSession::Setup setup;
    setup.datasetSpec = photos.path();
    setup.architecture = architecture;
    setup.config.batch_size = 4;
    setup.config.epochs = 1;
    QSignalSpy failed(&session, &TrainingSession::failed);
    session.start(setup);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), TrainingSession::State::Finished, 30000);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.front().front().toString()));
    const nn::Sequential& start = *session.checkpoints().front().model;
    const nn::Sequential& trained = *session.latestModel();
    QCOMPARE(trained.input_shape(), (convsight::compute::Shape{3, 20, 24}));
    QCOMPARE(trained.layer(0).parameters()[0]->value.to_vector(),
             start.layer(0).parameters()[0]->value.to_vector());
    QVERIFY(weightsOf(trained, 3) != weightsOf(start, 3));
}

QTEST_MAIN(tst_FineTune)
#include "tst_finetune.moc"
