// File ▸ Open Model and File ▸ Export Model as ONNX on the real main window: a model without a
// data set opens in Inspect; a corrupt .csmodel or .onnx is named in a message box and the model
// the window had stays; export is enabled only with a model and names what goes wrong.
#include "MainWindow.h"
#include "common/TrainingSession.h"
#include "nn/Inspection.h"
#include "nn/LayerSchema.h"
#include "nn/ModelFile.h"
#include "onnx/OnnxImport.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <nlohmann/json.hpp>

using convsight::app::MainWindow;
using convsight::widgets::TrainingSession;
using Workspace = MainWindow::Workspace;
namespace nn = convsight::nn;

namespace {

QString saveSmallModel(const QTemporaryDir& folder, const QString& name) {
    const nlohmann::json architecture = {
        {"name", name.toStdString()},
        {"input", {3, 32, 32}},
        {"layers",
         {{{"type", "conv2d"}, {"filters", 4}, {"kernel", 3}, {"padding", "same"}},
          {{"type", "relu"}},
          {{"type", "maxpool"}, {"size", 4}},
          {{"type", "flatten"}},
          {{"type", "dense"}, {"units", 10}}}}};
    nn::Sequential model = nn::model_from_json(architecture);
    model.initialize(3);
    const QString path = folder.filePath(name + QStringLiteral(".csmodel"));
    nn::save_model_file(path.toStdString(), model, nlohmann::json::object());
    return path;
}

QString writeBytes(const QTemporaryDir& folder, const QString& name, const QByteArray& bytes) {
    const QString path = folder.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

} // namespace

class tst_ModelFiles : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void fileMenuHasTheModelActions();
    void modelWithoutDataSetOpensInInspect();
    void corruptFilesAreNamedAndTheModelStays_data();
    void corruptFilesAreNamedAndTheModelStays();
    void exportNeedsAModel();
    void exportedOnnxOpensAgain();
    void exportRefusalIsNamed();

private:
    QMessageBox* problemBox() const {
        return window_->findChild<QMessageBox*>(QStringLiteral("modelProblemBox"));
    }
    bool openAndWait(const QString& path) {
        QSignalSpy loaded(window_->trainingSession(), &TrainingSession::modelLoaded);
        window_->openModel(path);
        return QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 20000);
    }
    MainWindow* window_{};
    QTemporaryDir folder_;
};

void tst_ModelFiles::init() {
    QStandardPaths::setTestModeEnabled(true);
    window_ = new MainWindow;
    window_->resize(1280, 680);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_));
}

void tst_ModelFiles::cleanup() {
    delete window_;
    window_ = nullptr;
}

void tst_ModelFiles::fileMenuHasTheModelActions() {
    QMenu* file = window_->menuBar()->actions().first()->menu();
    QVERIFY(file);
    QVERIFY(file->actions().contains(window_->openModelAction()));
    QVERIFY(file->actions().contains(window_->exportOnnxAction()));
    QVERIFY(!window_->openModelAction()->shortcut().isEmpty());
}

void tst_ModelFiles::modelWithoutDataSetOpensInInspect() {
    QVERIFY(openAndWait(saveSmallModel(folder_, QStringLiteral("photos"))));
    QCOMPARE(window_->currentWorkspace(), Workspace::Inspect);
    QCOMPARE(window_->trainingSession()->latestModel()->name(), std::string("photos"));
    QVERIFY(!window_->trainingSession()->hasDataset());
    QVERIFY(window_->exportOnnxAction()->isEnabled());
    QVERIFY(!problemBox());
}

void tst_ModelFiles::corruptFilesAreNamedAndTheModelStays_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("random bytes .csmodel")
        << QStringLiteral("noise.csmodel") << QByteArray("\x13\x99 not a model at all", 20);
    QTest::newRow("empty .csmodel") << QStringLiteral("empty.csmodel") << QByteArray();
    QTest::newRow("random bytes .onnx")
        << QStringLiteral("noise.onnx") << QByteArray("\x08\x07\x12\xff\xff\xff garbage", 14);
}

void tst_ModelFiles::corruptFilesAreNamedAndTheModelStays() {
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QVERIFY(openAndWait(saveSmallModel(folder_, QStringLiteral("kept"))));
    const auto before = window_->trainingSession()->latestModel();

    QSignalSpy failed(window_->trainingSession(), &TrainingSession::failed);
    window_->openModel(writeBytes(folder_, name, bytes));
    QTRY_VERIFY_WITH_TIMEOUT(problemBox() && problemBox()->isVisible(), 20000);
    QVERIFY2(problemBox()->text().contains(name), qPrintable(problemBox()->text()));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(window_->trainingSession()->latestModel(), before);
    QCOMPARE(window_->trainingSession()->latestModel()->name(), std::string("kept"));
    problemBox()->close();
}

void tst_ModelFiles::exportNeedsAModel() {
    QVERIFY(!window_->exportOnnxAction()->isEnabled());
    QString error;
    QVERIFY(!window_->exportModelAsOnnx(folder_.filePath(QStringLiteral("none.onnx")), &error));
    QVERIFY(error.contains(QStringLiteral("no model")));
    QVERIFY(!QFile::exists(folder_.filePath(QStringLiteral("none.onnx"))));
}

void tst_ModelFiles::exportedOnnxOpensAgain() {
    QVERIFY(openAndWait(saveSmallModel(folder_, QStringLiteral("roundtrip"))));
    const QString onnxPath = folder_.filePath(QStringLiteral("roundtrip.onnx"));
    QString error;
    QVERIFY2(window_->exportModelAsOnnx(onnxPath, &error), qPrintable(error));
    QVERIFY(QFile::exists(onnxPath));
    // The file holds the same network: the same outputs for the same input.
    nn::Sequential original = nn::copy_model(*window_->trainingSession()->latestModel());
    convsight::onnx::ImportedModel imported = convsight::onnx::import_onnx(onnxPath.toStdString());
    convsight::compute::Tensor input({3, 32, 32});
    for (std::int64_t i = 0; i < input.numel(); ++i)
        input.data()[i] = static_cast<float>((i * 37) % 101) / 101.0f - 0.5f;
    const std::vector<float> expected = nn::layer_outputs(original, input).back().value.to_vector();
    const std::vector<float> got =
        nn::layer_outputs(imported.model, input).back().value.to_vector();
    QCOMPARE(got.size(), expected.size());
    for (std::size_t i = 0; i < got.size(); ++i)
        QVERIFY(std::abs(got[i] - expected[i]) < 1e-4f);

    // File ▸ Open Model on the .onnx: the imported network, without a data set, in Inspect.
    window_->showWorkspace(Workspace::Filter);
    QVERIFY(openAndWait(onnxPath));
    QVERIFY(!problemBox());
    QCOMPARE(window_->currentWorkspace(), Workspace::Inspect);
    QVERIFY(!window_->trainingSession()->hasDataset());
    QCOMPARE(window_->trainingSession()->latestModel()->input_shape(),
             (convsight::compute::Shape{3, 32, 32}));
}

void tst_ModelFiles::exportRefusalIsNamed() {
    // A locally connected layer has no ONNX operator: the message names it, nothing is written.
    const nlohmann::json architecture = {
        {"name", "local"},
        {"input", {1, 8, 8}},
        {"layers",
         {{{"type", "locally_connected2d"}, {"filters", 2}, {"kernel", 3}},
          {{"type", "flatten"}},
          {{"type", "dense"}, {"units", 10}}}}};
    nn::Sequential model = nn::model_from_json(architecture);
    model.initialize(1);
    const QString path = folder_.filePath(QStringLiteral("local.csmodel"));
    nn::save_model_file(path.toStdString(), model, nlohmann::json::object());
    QVERIFY(openAndWait(path));
    const QString onnxPath = folder_.filePath(QStringLiteral("local.onnx"));
    QString error;
    QVERIFY(!window_->exportModelAsOnnx(onnxPath, &error));
    QVERIFY2(error.contains(QStringLiteral("local.onnx")), qPrintable(error));
    QVERIFY(!QFile::exists(onnxPath));
}

QTEST_MAIN(tst_ModelFiles)
#include "tst_modelfiles.moc"
