// The architecture editor as a student drives it: the built-in models' numbers against
// nn::Sequential, adding, removing and moving layers, impossible shapes and a wrong class count,
// building the model, JSON files (bad ones change nothing) and the lock while training runs.
#include "nn/LayerSchema.h"
#include "nn/ModelFile.h"
#include "nn/Models.h"
#include "train/ArchitectureEditor.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <set>
#include <stdexcept>
#include <sys/stat.h>

using convsight::widgets::ArchitectureEditor;
using nlohmann::json;

// QCOMPARE cannot print JSON; this shows both sides when they differ.
#define COMPARE_JSON(actual, expected)                                                             \
    QVERIFY2((actual) == (expected),                                                               \
             qPrintable(QString::fromStdString((actual).dump() + "  !=  " + (expected).dump())))

namespace {

enum Column { Number, Layer, Output, Parameters, Flops };

// 206922 -> "206,922", written out here rather than through QLocale.
QString grouped(std::int64_t value) {
    QString digits = QString::number(value);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

// As the lecture writes shapes: (16, 28, 28) as 28×28×16.
QString joinedShape(const convsight::compute::Shape& shape) {
    if (shape.size() == 3)
        return QStringLiteral("%1×%2×%3").arg(shape[1]).arg(shape[2]).arg(shape[0]);
    QStringList parts;
    for (const auto d : shape)
        parts << QString::number(d);
    return parts.join(QStringLiteral("×"));
}

std::vector<std::string> layerTypes(const json& architecture) {
    std::vector<std::string> types;
    for (const json& layer : architecture.at("layers"))
        types.push_back(layer.at("type").get<std::string>());
    return types;
}

} // namespace

class TestArchitectureEditor : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void presetNumbersComeFromSequential_data();
    void presetNumbersComeFromSequential();
    void addRemoveAndMoveLayers();
    void addMenuOffersEveryLayerType();
    void menuAndFormFollowTheSchema();
    void padModeIsChosenFromAList();
    void impossibleKernelIsMarked();
    void firstImpossibleLayerIsNamed();
    void wrongClassCountIsAProblem();
    void newInputKeepsTheLastDenseLayer();
    void unequalPairsGetOneBoxPerAxis();
    void savedJsonLoadsBack();
    void badFileChangesNothing_data();
    void badFileChangesNothing();
    void lockDisablesEditing();
    void viewOnlyPresetKeepsItsInput();
    void editedViewOnlyPresetStaysViewOnly();
    void measureTimesOneImage();
    void weightCountsSideBySide();

private:
    template <typename T>
    T* child(const QString& name) const {
        auto* found = editor_->findChild<T*>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }
    QString cell(int row, int column, int role = Qt::DisplayRole) const {
        const QAbstractItemModel* model = editor_->table()->model();
        return model->data(model->index(row, column), role).toString();
    }

    std::unique_ptr<ArchitectureEditor> editor_;
};

void TestArchitectureEditor::init() {
    editor_ = std::make_unique<ArchitectureEditor>();
    editor_->resize(1024, 700);
    editor_->show();
    QVERIFY(QTest::qWaitForWindowExposed(editor_.get()));
    editor_->setInput({1, 28, 28}, 10);
}

void TestArchitectureEditor::cleanup() {
    editor_.reset();
}

void TestArchitectureEditor::presetNumbersComeFromSequential_data() {
    QTest::addColumn<QString>("preset");
    QTest::newRow("small") << QStringLiteral("small");
    QTest::newRow("lenet5") << QStringLiteral("lenet5");
    QTest::newRow("fashion-strong") << QStringLiteral("fashion-strong");
}

void TestArchitectureEditor::presetNumbersComeFromSequential() {
    QFETCH(QString, preset);
    editor_->loadPreset(preset);
    const convsight::nn::Sequential model = convsight::nn::make_model(preset.toStdString(), 1);
    const auto summaries = model.layer_summaries();
    QCOMPARE(editor_->table()->model()->rowCount(), static_cast<int>(summaries.size()));
    for (const auto& s : summaries) {
        const int row = s.index - 1;
        QCOMPARE(cell(row, Number), QString::number(s.index));
        QCOMPARE(cell(row, Layer), QString::fromStdString(s.description));
        QCOMPARE(cell(row, Output), joinedShape(s.output_shape));
        QCOMPARE(cell(row, Parameters), grouped(s.parameters));
        QCOMPARE(cell(row, Parameters, Qt::UserRole).toLongLong(), s.parameters);
        QCOMPARE(cell(row, Flops, Qt::UserRole).toLongLong(), s.flops);
    }
    QVERIFY(editor_->isValid());
    QVERIFY(editor_->problem().isEmpty());
    QCOMPARE(editor_->parameterCount(), model.parameter_count());
    QCOMPARE(editor_->flops(), model.flops());
    QCOMPARE(editor_->architecture().at("name").get<std::string>(), preset.toStdString());
    const QString totals = child<QLabel>(QStringLiteral("totalsLabel"))->text();
    QVERIFY2(totals.contains(grouped(model.parameter_count())), qPrintable(totals));
    QVERIFY2(totals.contains(QStringLiteral("28×28×1")), qPrintable(totals));
    QVERIFY(!child<QLabel>(QStringLiteral("problemLabel"))->isVisible());
    QCOMPARE(child<QComboBox>(QStringLiteral("presetCombo"))->currentText(), preset);
}

void TestArchitectureEditor::addRemoveAndMoveLayers() {
    // "small": 206,922 parameters (Models.cpp); conv1 does 16 · 9 · 28 · 28 multiply-adds, conv2
    // 32 · 16 · 9 · 14 · 14, two FLOPs each.
    QCOMPARE(editor_->parameterCount(), std::int64_t{206922});
    QCOMPARE(cell(0, Flops, Qt::UserRole).toLongLong(), 2LL * 16 * 9 * 28 * 28);
    QCOMPARE(cell(0, Flops), QStringLiteral("225.8 k"));
    QCOMPARE(cell(3, Flops), QStringLiteral("1.8 M"));
    QCOMPARE(cell(1, Flops), QStringLiteral("0"));
    const std::vector<std::string> original = layerTypes(editor_->architecture());
    QSignalSpy changed(editor_.get(), &ArchitectureEditor::architectureChanged);

    editor_->selectLayer(2); // the first max-pool
    editor_->findChild<QAction*>(QStringLiteral("add_dropout"))->trigger();
    std::vector<std::string> expected = original;
    expected.insert(expected.begin() + 3, "dropout");
    QCOMPARE(layerTypes(editor_->architecture()), expected);
    COMPARE_JSON(editor_->architecture()["layers"][3], json({{"type", "dropout"}, {"p", 0.25}}));
    QCOMPARE(editor_->currentLayer(), 3);
    QCOMPARE(cell(3, Layer), QStringLiteral("Dropout p=0.25"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(editor_->isValid());
    QCOMPARE(editor_->architecture().at("name").get<std::string>(), std::string("small-edited"));
    QCOMPARE(child<QComboBox>(QStringLiteral("presetCombo"))->currentIndex(), -1);

    // Move it up twice with the button and Alt+Up, down once with Alt+Down.
    QTest::mouseClick(child<QPushButton>(QStringLiteral("moveUpButton")), Qt::LeftButton);
    QCOMPARE(editor_->currentLayer(), 2);
    editor_->table()->setFocus();
    QTest::keyClick(editor_->table(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(editor_->currentLayer(), 1);
    expected = original;
    expected.insert(expected.begin() + 1, "dropout");
    QCOMPARE(layerTypes(editor_->architecture()), expected);
    QTest::keyClick(editor_->table(), Qt::Key_Down, Qt::AltModifier);
    expected = original;
    expected.insert(expected.begin() + 2, "dropout");
    QCOMPARE(layerTypes(editor_->architecture()), expected);
    QCOMPARE(changed.count(), 4);

    // The first layer cannot move up; the last cannot move down.
    editor_->selectLayer(0);
    QVERIFY(!child<QPushButton>(QStringLiteral("moveUpButton"))->isEnabled());
    editor_->selectLayer(static_cast<int>(expected.size()) - 1);
    QVERIFY(!child<QPushButton>(QStringLiteral("moveDownButton"))->isEnabled());

    editor_->selectLayer(2);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("removeButton")), Qt::LeftButton);
    QCOMPARE(layerTypes(editor_->architecture()), original);
    QCOMPARE(editor_->parameterCount(), std::int64_t{206922});
    QCOMPARE(changed.count(), 5);
}

void TestArchitectureEditor::addMenuOffersEveryLayerType() {
    // nn lists its types in the error for an unknown one: "... the types are: conv2d, maxpool".
    std::set<std::string> known;
    try {
        convsight::nn::model_from_json({{"input", {4}}, {"layers", {{{"type", "no-such-layer"}}}}});
        QFAIL("an unknown layer type was accepted");
    } catch (const std::invalid_argument& e) {
        const std::string message = e.what();
        std::string list = message.substr(message.find("types are: ") + 11);
        for (std::size_t comma; (comma = list.find(", ")) != std::string::npos;
             list = list.substr(comma + 2))
            known.insert(list.substr(0, comma));
        known.insert(list);
    }
    const auto* menu = child<QMenu>(QStringLiteral("addLayerMenu"));
    std::set<std::string> offered;
    for (QAction* action : menu->actions())
        offered.insert(action->objectName().mid(4).toStdString()); // "add_conv2d"
    QCOMPARE(offered, known);

    // Each one's defaults are settings nn accepts: appended after "small", on its (10) output,
    // or after a conv layer on 28×28×16 for the image layers.
    for (const std::string& type : known) {
        editor_->loadPreset(QStringLiteral("small"));
        const bool image = type == "conv2d" || type == "maxpool" || type == "avgpool" ||
                           type == "locally_connected2d" || type == "pad";
        editor_->selectLayer(image ? 0 : editor_->table()->model()->rowCount() - 1);
        menu->findChild<QAction*>(QStringLiteral("add_") + QString::fromStdString(type))->trigger();
        const int row = editor_->currentLayer();
        QCOMPARE(editor_->architecture()["layers"][row]["type"].get<std::string>(), type);
        QVERIFY2(cell(row, Output) != QStringLiteral("impossible"), type.c_str());
    }
    // The defaults the brief promises a teacher.
    editor_->loadPreset(QStringLiteral("small"));
    editor_->selectLayer(0);
    menu->findChild<QAction*>(QStringLiteral("add_conv2d"))->trigger();
    QCOMPARE(cell(1, Layer), QStringLiteral("Conv2d 3×3, 16 → 16, SAME"));
    QCOMPARE(cell(1, Output), QStringLiteral("28×28×16"));
}

void TestArchitectureEditor::menuAndFormFollowTheSchema() {
    // The Add layer menu lists the schema's types in its order, with its (translated) texts.
    const auto* menu = child<QMenu>(QStringLiteral("addLayerMenu"));
    const std::vector<convsight::nn::LayerKind>& schema = convsight::nn::layer_schema();
    QCOMPARE(menu->actions().size(), static_cast<qsizetype>(schema.size()));
    for (std::size_t i = 0; i < schema.size(); ++i) {
        const QAction* action = menu->actions()[static_cast<qsizetype>(i)];
        QCOMPARE(action->objectName(), QStringLiteral("add_") + QLatin1String(schema[i].type));
        QCOMPARE(action->text(), ArchitectureEditor::tr(schema[i].menu_text));
    }
    // A new layer is the schema's, and the form has one labelled box per schema field.
    for (const convsight::nn::LayerKind& kind : schema) {
        editor_->loadPreset(QStringLiteral("small"));
        editor_->selectLayer(-1);
        menu->findChild<QAction*>(QStringLiteral("add_") + QLatin1String(kind.type))->trigger();
        const int row = editor_->currentLayer();
        COMPARE_JSON(editor_->architecture()["layers"][row], kind.added);
        const auto* box = child<QGroupBox>(QStringLiteral("settingsBox"));
        QStringList labels;
        for (const QLabel* label : box->findChildren<QLabel*>())
            if (label->buddy())
                labels << label->text();
        QStringList expected;
        for (const convsight::nn::LayerField& field : kind.fields) {
            expected << ArchitectureEditor::tr(field.label) + QLatin1Char(':');
            auto* editor =
                box->findChild<QWidget*>(QStringLiteral("setting_") + QLatin1String(field.key));
            QVERIFY2(editor, field.key);
            if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
                QCOMPARE(spin->minimum(), static_cast<int>(field.range.minimum));
                QCOMPARE(spin->maximum(), static_cast<int>(field.range.maximum));
            } else if (auto* number = qobject_cast<QDoubleSpinBox*>(editor)) {
                QCOMPARE(number->maximum(), field.range.maximum);
                QCOMPARE(number->decimals(), field.range.decimals);
            }
        }
        QCOMPARE(labels, expected);
    }
}

void TestArchitectureEditor::padModeIsChosenFromAList() {
    // A Pad after conv1 (28×28×16): its mode is a list of the schema's choices; picking one
    // writes it into the layer, and the table shows the rebuilt layer.
    editor_->selectLayer(0);
    child<QMenu>(QStringLiteral("addLayerMenu"))
        ->findChild<QAction*>(QStringLiteral("add_pad"))
        ->trigger();
    QCOMPARE(editor_->currentLayer(), 1);
    auto* mode = child<QComboBox>(QStringLiteral("setting_mode"));
    QCOMPARE(mode->count(), 3);
    QCOMPARE(mode->currentText(), QStringLiteral("constant"));
    mode->setCurrentIndex(mode->findText(QStringLiteral("reflect")));
    COMPARE_JSON(editor_->architecture()["layers"][1]["mode"], json("reflect"));
    QCOMPARE(cell(1, Layer), QStringLiteral("Pad 1, reflect"));
    QCOMPARE(cell(1, Output), QStringLiteral("30×30×16"));
}

void TestArchitectureEditor::impossibleKernelIsMarked() {
    editor_->selectLayer(0);
    QSignalSpy changed(editor_.get(), &ArchitectureEditor::architectureChanged);
    child<QSpinBox>(QStringLiteral("setting_kernel"))->setValue(29);
    QCOMPARE(changed.count(), 1);
    QVERIFY(editor_->isValid()); // 29×29 SAME still fits
    QCOMPARE(cell(0, Layer), QStringLiteral("Conv2d 29×29, 1 → 16, SAME"));
    auto* padding = child<QComboBox>(QStringLiteral("setting_padding"));
    QCOMPARE(padding->currentIndex(), 0);
    padding->setFocus();
    QTest::keyClick(padding, Qt::Key_Down); // same → valid
    COMPARE_JSON(editor_->architecture()["layers"][0]["padding"], json("valid"));
    QCOMPARE(changed.count(), 2);

    QVERIFY(!editor_->isValid());
    const QString problem = editor_->problem();
    QVERIFY2(problem.contains(QStringLiteral("layer 1")) &&
                 problem.contains(QStringLiteral("conv1")),
             qPrintable(problem));
    QVERIFY2(problem.contains(QStringLiteral("layer 1 of 10")), qPrintable(problem));
    QCOMPARE(cell(0, Output), QStringLiteral("impossible"));
    QCOMPARE(cell(0, Output, Qt::ToolTipRole), problem);
    const QAbstractItemModel* model = editor_->table()->model();
    QVERIFY(model->data(model->index(0, Layer), Qt::BackgroundRole).value<QColor>().red() >
            model->data(model->index(0, Layer), Qt::BackgroundRole).value<QColor>().green());
    for (int row = 1; row < model->rowCount(); ++row) {
        QCOMPARE(cell(row, Output), QStringLiteral("—"));
        QCOMPARE(cell(row, Parameters), QStringLiteral("—"));
    }
    QCOMPARE(child<QLabel>(QStringLiteral("problemLabel"))->text(), problem);
    QVERIFY(child<QLabel>(QStringLiteral("problemLabel"))->isVisible());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, editor_->buildModel(1));

    // Back to 3×3 VALID: 26×26×16 and a valid network again.
    child<QSpinBox>(QStringLiteral("setting_kernel"))->setValue(3);
    QVERIFY(editor_->isValid());
    QCOMPARE(cell(0, Output), QStringLiteral("26×26×16"));
}

void TestArchitectureEditor::firstImpossibleLayerIsNamed() {
    // A dense layer straight on an image, and a misspelt setting further down: the first wins.
    editor_->setArchitecture({{"layers",
                               {{{"type", "dense"}, {"units", 10}},
                                {{"type", "relu"}},
                                {{"type", "dense"}, {"units", 10}, {"filter", 3}}}}});
    QVERIFY(!editor_->isValid());
    QVERIFY2(editor_->problem().contains(QStringLiteral("layer 1 ")) &&
                 editor_->problem().contains(QStringLiteral("Flatten")),
             qPrintable(editor_->problem()));
    QCOMPARE(cell(0, Output), QStringLiteral("impossible"));
    QCOMPARE(cell(1, Output), QStringLiteral("—"));
    QCOMPARE(cell(2, Output), QStringLiteral("—"));
    QCOMPARE(editor_->parameterCount(), std::int64_t{0});

    // An unknown type after a good layer: that layer keeps its numbers.
    editor_->setArchitecture({{"layers", {{{"type", "flatten"}}, {{"type", "conv3d"}}}}});
    QCOMPARE(cell(0, Output), QStringLiteral("784"));
    QCOMPARE(cell(1, Output), QStringLiteral("impossible"));
    QVERIFY2(editor_->problem().contains(QStringLiteral("layer 2 (conv3d)")) &&
                 editor_->problem().contains(QStringLiteral("unknown layer type")),
             qPrintable(editor_->problem()));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             editor_->setArchitecture({{"layers", {{{"units", 3}}}}}));
    QCOMPARE(editor_->architecture()["layers"].size(), std::size_t{2});
}

void TestArchitectureEditor::wrongClassCountIsAProblem() {
    const int last = editor_->table()->model()->rowCount() - 1;
    editor_->selectLayer(last);
    child<QSpinBox>(QStringLiteral("setting_units"))->setValue(64);
    QVERIFY(!editor_->isValid());
    QVERIFY2(editor_->problem().contains(QStringLiteral("64 outputs")) &&
                 editor_->problem().contains(QStringLiteral("10 classes")),
             qPrintable(editor_->problem()));
    QCOMPARE(cell(last, Output), QStringLiteral("64")); // the shape itself is fine
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, editor_->buildModel(1));
    child<QSpinBox>(QStringLiteral("setting_units"))->setValue(10);
    QVERIFY(editor_->isValid());
}

void TestArchitectureEditor::newInputKeepsTheLastDenseLayer() {
    QSignalSpy changed(editor_.get(), &ArchitectureEditor::architectureChanged);
    editor_->setInput({3, 32, 32}, 5);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!editor_->isValid()); // still 10 outputs: not changed silently
    QVERIFY(editor_->problem().contains(QStringLiteral("5 classes")));
    QCOMPARE(cell(0, Layer), QStringLiteral("Conv2d 3×3, 3 → 16, SAME"));
    COMPARE_JSON(editor_->architecture()["input"], json({3, 32, 32}));

    editor_->loadPreset(QStringLiteral("small"));
    QVERIFY(editor_->isValid());
    // conv 3·16·9+16, conv 16·32·9+32, dense 32·8·8·128+128, dense 128·5+5.
    const std::int64_t expected = 448 + 4640 + 262272 + 645;
    QCOMPARE(editor_->parameterCount(), expected);
    const convsight::nn::Sequential model = editor_->buildModel(7);
    QCOMPARE(model.parameter_count(), expected);
    QCOMPARE(model.flops(), editor_->flops());
    QCOMPARE(model.output_shape(), (convsight::compute::Shape{5}));
    // The same seed gives the same weights.
    const convsight::nn::Sequential again = editor_->buildModel(7);
    QCOMPARE(model.parameters()[0]->value.to_vector(), again.parameters()[0]->value.to_vector());
}

void TestArchitectureEditor::unequalPairsGetOneBoxPerAxis() {
    editor_->setArchitecture({{"name", "wide"},
                              {"layers",
                               {{{"type", "conv2d"}, {"filters", 4}, {"kernel", {3, 5}}},
                                {{"type", "flatten"}},
                                {{"type", "dense"}, {"units", 10}}}}});
    QCOMPARE(cell(0, Layer), QStringLiteral("Conv2d 3×5, 1 → 4, VALID"));
    QCOMPARE(cell(0, Output), QStringLiteral("26×24×4"));
    editor_->selectLayer(0);
    QVERIFY(!editor_->findChild<QSpinBox*>(QStringLiteral("setting_kernel")));
    child<QSpinBox>(QStringLiteral("setting_kernel_x"))->setValue(3);
    COMPARE_JSON(editor_->architecture()["layers"][0]["kernel"], json(3));
    QCOMPARE(cell(2, Layer), QStringLiteral("Dense 2704 → 10"));
    QVERIFY(editor_->isValid());
}

void TestArchitectureEditor::savedJsonLoadsBack() {
    editor_->loadPreset(QStringLiteral("fashion-strong"));
    editor_->selectLayer(0);
    child<QSpinBox>(QStringLiteral("setting_filters"))->setValue(24);
    const json saved = editor_->architecture();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("net.json"));
    QString error;
    QVERIFY2(editor_->saveJson(path, &error), qPrintable(error));
    QVERIFY(!QFile::exists(path + QStringLiteral(".tmp")));
    // What nn reads is the same network.
    QCOMPARE(convsight::nn::load_architecture_file(path.toStdString()).parameter_count(),
             editor_->parameterCount());

    ArchitectureEditor other;
    other.setInput({1, 28, 28}, 10);
    QSignalSpy changed(&other, &ArchitectureEditor::architectureChanged);
    QVERIFY2(other.loadJson(path, &error), qPrintable(error));
    QCOMPARE(changed.count(), 1);
    COMPARE_JSON(other.architecture(), saved);
    QCOMPARE(other.parameterCount(), editor_->parameterCount());

    // Saving where no file can be written says why.
    QVERIFY(!editor_->saveJson(dir.filePath(QStringLiteral("missing/net.json")), &error));
    QVERIFY(error.contains(QStringLiteral("missing/net.json")));
    // A folder where the file should go is refused by name.
    const QString folder = dir.filePath(QStringLiteral("taken.json"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(!editor_->saveJson(folder, &error));
    QCOMPARE(
        error,
        QStringLiteral("cannot write '%1': it is a folder; give the name of a file").arg(folder));
    // The file is an ordinary document: read and write for everyone, less the umask (QSaveFile
    // made it -rw-------).
    const mode_t mask = ::umask(027);
    QVERIFY2(editor_->saveJson(path, &error), qPrintable(error));
    ::umask(mask);
    struct stat info {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(static_cast<int>(info.st_mode & 0777), 0640);
}

void TestArchitectureEditor::badFileChangesNothing_data() {
    QTest::addColumn<QByteArray>("content"); // empty: no file at all
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << QByteArray() << QStringLiteral("cannot open");
    QTest::newRow("cut short") << QByteArray("{") << QStringLiteral("not valid JSON");
    QTest::newRow("unknown type")
        << QByteArray(R"({"input": [1, 28, 28], "layers": [{"type": "conv3d"}]})")
        << QStringLiteral("unknown layer type");
}

void TestArchitectureEditor::badFileChangesNothing() {
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const json before = editor_->architecture();
    QSignalSpy changed(editor_.get(), &ArchitectureEditor::architectureChanged);
    QString error;
    QVERIFY(!editor_->loadJson(path, &error));
    QVERIFY2(error.contains(path) && error.contains(expected), qPrintable(error));
    COMPARE_JSON(editor_->architecture(), before);
    QCOMPARE(changed.count(), 0);
    QVERIFY(editor_->isValid());
}

void TestArchitectureEditor::lockDisablesEditing() {
    editor_->selectLayer(1);
    editor_->setLocked(true, QStringLiteral("The network cannot change while it trains."));
    for (const char* name : {"presetCombo", "addLayerButton", "removeButton", "moveUpButton",
                             "moveDownButton", "loadButton", "settingsBox"})
        QVERIFY2(!child<QWidget>(QLatin1String(name))->isEnabled(), name);
    QVERIFY(child<QPushButton>(QStringLiteral("saveButton"))->isEnabled());
    auto* lock = child<QLabel>(QStringLiteral("lockLabel"));
    QVERIFY(lock->isVisible());
    QCOMPARE(lock->text(), QStringLiteral("The network cannot change while it trains."));

    const json before = editor_->architecture();
    editor_->table()->setFocus();
    QTest::keyClick(editor_->table(), Qt::Key_Up, Qt::AltModifier);
    editor_->addLayer(QStringLiteral("relu"));
    editor_->removeLayer();
    COMPARE_JSON(editor_->architecture(), before);

    editor_->setLocked(false);
    QVERIFY(!lock->isVisible());
    QVERIFY(child<QGroupBox>(QStringLiteral("settingsBox"))->isEnabled());
    QTest::mouseClick(child<QPushButton>(QStringLiteral("removeButton")), Qt::LeftButton);
    QCOMPARE(editor_->architecture()["layers"].size(), before["layers"].size() - 1);
}

void TestArchitectureEditor::viewOnlyPresetKeepsItsInput() {
    QSignalSpy changed(editor_.get(), &ArchitectureEditor::architectureChanged);
    child<QComboBox>(QStringLiteral("presetCombo"))->textActivated(QStringLiteral("vgg16"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(editor_->isViewOnly());
    QCOMPARE(editor_->inputShape(), (convsight::compute::Shape{3, 224, 224}));
    // Every layer's shape as the slide writes it, VGG-16's published total, and the FLOPs.
    QCOMPARE(editor_->table()->model()->rowCount(), 39);
    QCOMPARE(cell(0, Output), QStringLiteral("224×224×64"));
    QCOMPARE(cell(4, Output), QStringLiteral("112×112×64"));
    QCOMPARE(cell(30, Output), QStringLiteral("7×7×512"));
    QCOMPARE(cell(32, Output), QStringLiteral("4096"));
    QCOMPARE(cell(38, Output), QStringLiteral("1000"));
    QCOMPARE(cell(0, Parameters), QStringLiteral("1,792"));
    QCOMPARE(cell(0, Layer), QStringLiteral("Conv2d 3×3, 3 → 64, SAME"));
    QCOMPARE(cell(32, Layer), QStringLiteral("Dense 25088 → 4096"));
    QCOMPARE(editor_->parameterCount(), std::int64_t{138'357'544});
    QCOMPARE(editor_->flops(), std::int64_t{30'940'528'640});
    const QString totals = child<QLabel>(QStringLiteral("totalsLabel"))->text();
    QVERIFY2(totals.contains(QStringLiteral("138,357,544")) &&
                 totals.contains(QStringLiteral("224×224×3")) &&
                 totals.contains(QStringLiteral("224×224×3 → 1000")),
             qPrintable(totals));
    // Shown, never trained: the reason is the problem that keeps Start off.
    QVERIFY(!editor_->isValid());
    QVERIFY2(editor_->problem().contains(QStringLiteral("not trained here")),
             qPrintable(editor_->problem()));
    QVERIFY(child<QPushButton>(QStringLiteral("measureButton"))->isVisible());
    // Another data set does not change VGG-16's input; a trainable preset takes the data's again.
    editor_->setInput({3, 32, 32}, 10);
    QCOMPARE(editor_->inputShape(), (convsight::compute::Shape{3, 224, 224}));
    QCOMPARE(editor_->parameterCount(), std::int64_t{138'357'544});
    editor_->loadPreset(QStringLiteral("small"));
    QVERIFY(!editor_->isViewOnly());
    QCOMPARE(editor_->inputShape(), (convsight::compute::Shape{3, 32, 32}));
    QVERIFY(!child<QPushButton>(QStringLiteral("measureButton"))->isVisible());
    editor_->loadPreset(QStringLiteral("alexnet"));
    QCOMPARE(editor_->parameterCount(), std::int64_t{61'100'840});
    QCOMPARE(cell(0, Output), QStringLiteral("55×55×64"));
}

void TestArchitectureEditor::editedViewOnlyPresetStaysViewOnly() {
    editor_->loadPreset(QStringLiteral("vgg16"));
    editor_->selectLayer(38);
    editor_->addLayer(QStringLiteral("relu"));
    QCOMPARE(editor_->architecture()["name"].get<std::string>(), std::string("vgg16-edited"));
    QVERIFY(editor_->isViewOnly());
    QCOMPARE(editor_->inputShape(), (convsight::compute::Shape{3, 224, 224}));
    QCOMPARE(editor_->table()->model()->rowCount(), 40);
    // A session brings it back as it was: view-only, with its own input.
    const json saved = editor_->architecture();
    editor_->loadPreset(QStringLiteral("small"));
    editor_->setArchitecture(saved);
    QVERIFY(editor_->isViewOnly());
    QCOMPARE(editor_->parameterCount(), std::int64_t{138'357'544});
    // An impossible edit is named without building anything.
    json damaged = saved;
    damaged["layers"][0]["kernel"] = 300;
    damaged["layers"][0]["padding"] = "valid";
    editor_->setArchitecture(damaged);
    QCOMPARE(cell(0, Output), QStringLiteral("impossible"));
    QVERIFY2(editor_->problem().contains(QStringLiteral("layer 1 (conv2d)")),
             qPrintable(editor_->problem()));
}

void TestArchitectureEditor::measureTimesOneImage() {
    editor_->loadPreset(QStringLiteral("alexnet")); // 61 million weights: quicker than VGG-16
    QSignalSpy measured(editor_.get(), &ArchitectureEditor::measured);
    auto* button = child<QPushButton>(QStringLiteral("measureButton"));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled()); // one measurement at a time
    QTRY_COMPARE_WITH_TIMEOUT(measured.count(), 1, 60'000);
    const double seconds = measured.at(0).at(0).toDouble();
    QVERIFY2(seconds > 0 && seconds < 30, qPrintable(QString::number(seconds)));
    const QString text = child<QLabel>(QStringLiteral("measureLabel"))->text();
    QVERIFY2(text.startsWith(QStringLiteral("one image: ")) &&
                 text.endsWith(QStringLiteral(" on this CPU (measured)")),
             qPrintable(text));
    QVERIFY(button->isEnabled());
}

void TestArchitectureEditor::weightCountsSideBySide() {
    editor_->loadPreset(QStringLiteral("small"));
    auto* counts = child<QLabel>(QStringLiteral("weightCountsLabel"));
    editor_->selectLayer(0); // conv 3×3, 16 filters, SAME on 28×28×1
    QVERIFY(counts->isVisible());
    QCOMPARE(counts->text(), QStringLiteral("fully connected: 9,847,040 · locally connected: "
                                            "125,440 · convolution: 160"));
    QVERIFY2(counts->toolTip().contains(QStringLiteral("from 28×28×1 to 28×28×16")),
             qPrintable(counts->toolTip()));
    editor_->selectLayer(1); // ReLU: nothing to compare
    QVERIFY(!counts->isVisible());
    // A locally connected layer shows the same comparison, and follows its settings.
    editor_->selectLayer(0);
    editor_->addLayer(QStringLiteral("locally_connected2d"));
    QVERIFY(counts->isVisible());
    // 28×28×16 → 26×26×8: 26·26·8·(3·3·16 + 1) locally connected, 8·145 as a convolution.
    QVERIFY2(
        counts->text().contains(QStringLiteral("locally connected: 784,160 · convolution: 1,160")),
        qPrintable(counts->text()));
    QCOMPARE(cell(1, Parameters), QStringLiteral("784,160")); // 26·26·8·(3·3·16 + 1)
    child<QSpinBox>(QStringLiteral("setting_filters"))->setValue(4);
    QVERIFY2(counts->text().endsWith(QStringLiteral("convolution: 580")),
             qPrintable(counts->text()));
}

QTEST_MAIN(TestArchitectureEditor)
#include "tst_architectureeditor.moc"
