// ArchitectureEditor: the Train workspace's network editor. A built-in model to start from, a
// table of layers with each one's output shape (H×W×C, as the lecture writes it), parameters and
// FLOPs (all from nn::Sequential), the first impossible layer in red with nn's reason, a form for
// the selected layer's settings with, for a convolution, its weight count beside a fully and a
// locally connected layer's, add/remove/reorder, and architecture JSON files. Locked while a
// network trains. A view-only preset (VGG-16, AlexNet) keeps its own 224×224×3 input, is
// summarised without being built, cannot be trained, and offers Measure: one image's forward
// pass timed on this CPU.
//
// Use from a workspace:
//   auto* editor = new ArchitectureEditor(this);
//   editor->setInput(dataset.example_shape(), dataset.class_count());
//   editor->loadPreset(QStringLiteral("small"));
//   connect(editor, &ArchitectureEditor::architectureChanged, this, &Workspace::updateButtons);
//   ... if (editor->isValid()) trainer.train(editor->buildModel(seed)); else show problem().
#pragma once

#include "compute/Tensor.h"
#include "nn/Sequential.h"

#include <QWidget>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <vector>

class QAction;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace convsight::widgets {

class LatestTask;
class LayerTableModel;

class ArchitectureEditor : public QWidget {
    Q_OBJECT
public:
    explicit ArchitectureEditor(QWidget* parent = nullptr);
    ~ArchitectureEditor() override;

    // The data the model will take: one example's shape (C, H, W) and the class count.
    // Every row's numbers are recomputed; the last dense layer is NOT changed silently.
    // Throws std::invalid_argument for an empty shape, a dimension below 1 or classCount < 1.
    void setInput(const compute::Shape& exampleShape, int classCount);
    const compute::Shape& inputShape() const { return input_; }
    int classCount() const { return classCount_; }
    // A built-in model (nn::model_names()) with its last dense layer set to classCount units;
    // a view-only one (nn::is_view_only) as it is, with its own input. Throws
    // std::invalid_argument for an unknown name.
    void loadPreset(const QString& name);
    // As architecture_json() writes: "name", "input" (adopted when present) and "layers". A layer
    // nn cannot build is shown as impossible with nn's reason. Throws std::invalid_argument, and
    // changes nothing, when "layers" is not a list of objects with a "type".
    void setArchitecture(const nlohmann::json& architecture);
    // "input" is the current input shape. A preset's "name" gains "-edited" at the first edit.
    nlohmann::json architecture() const;
    bool isValid() const; // every layer has a shape, the output is (classCount), not view-only
    // A view-only preset or one edited from it ("vgg16-edited"): shown, never trained here.
    bool isViewOnly() const { return viewOnly_; }
    QString problem() const; // the first problem as a sentence; empty when valid
    // Of the whole network; 0 while a layer is impossible.
    std::int64_t parameterCount() const;
    std::int64_t flops() const; // per example
    // The model of architecture(), initialised from seed; std::invalid_argument when !isValid().
    nn::Sequential buildModel(std::uint64_t seed) const;
    void setLocked(bool locked, const QString& why = {}); // no edits while training runs
    bool isLocked() const { return locked_; }
    bool saveJson(const QString& path, QString* error) const; // atomic write
    // Takes the file's name and layers (the input stays the data's); on error nothing changes.
    bool loadJson(const QString& path, QString* error);
    QTableView* table() const;
    // The selected layer (0-based), or -1.
    int currentLayer() const;
    void selectLayer(int index);
    // Fine-tuning: a frozen layer's parameters are not changed by training ("frozen": true in
    // its JSON). Its row is drawn apart and the settings form of a layer with parameters has the
    // "Frozen" check box. Nothing happens while locked.
    void setFrozen(int layer, bool frozen);
    bool isFrozen(int layer) const;

public slots:
    // Each edits the layers as the buttons do; nothing happens while locked.
    void addLayer(const QString& type); // after the selection (at the end without one)
    void removeLayer();                 // the selected one
    void moveLayerUp();
    void moveLayerDown();
    void saveWithDialog();
    void loadWithDialog();
    // Builds the network (uninitialised) and times one image's forward pass on this CPU on a
    // worker thread; measured() and the line beside the totals report it.
    void measure();

signals:
    // Any change of the layers, the name, the input shape or the class count.
    void architectureChanged();
    // After measure(): one image's forward pass, in seconds; or why it could not be timed.
    void measured(double seconds);
    void measureFailed(const QString& why);

private:
    QWidget* createButtonBar();
    // Builds the model from the JSON layers and refreshes the table, totals and problem line.
    void recompute();
    // A change made by the user: leaves the preset's name, recomputes, emits.
    void edited();
    // The selected layer's settings as spin boxes and combos.
    void rebuildSettingsForm();
    void setSetting(int layer, const std::string& key, const nlohmann::json& value);
    void updateControls();
    // A file that could not be read or written, in the problem line until the next change.
    void showFileError(const QString& error);
    // The selected convolution's weights beside a fully and a locally connected layer's.
    void updateWeightCounts();

    // The data's example shape; input_ is the network's (a view-only preset keeps its own).
    compute::Shape dataInput_{1, 28, 28};
    bool viewOnly_{false};
    compute::Shape input_{1, 28, 28};
    int classCount_{10};
    std::string name_{"model"};
    std::vector<nlohmann::json> layers_;
    // From the last recompute.
    std::int64_t parameters_{};
    std::int64_t flops_{};
    QString problem_;
    bool locked_{false};

    LayerTableModel* model_{};
    QComboBox* presetCombo_{};
    QHBoxLayout* presetRow_{};
    QPushButton* addButton_{};
    QPushButton* removeButton_{};
    QPushButton* upButton_{};
    QPushButton* downButton_{};
    QPushButton* saveButton_{};
    QPushButton* loadButton_{};
    QAction* upAction_{};
    QAction* downAction_{};
    QTableView* table_{};
    QLabel* totalsLabel_{};
    QLabel* problemLabel_{};
    QLabel* lockLabel_{};
    QGroupBox* settingsBox_{};
    QGridLayout* settingsGrid_{};
    QLabel* weightCountsLabel_{};
    QPushButton* measureButton_{};
    QLabel* measureLabel_{};
    LatestTask* measureTask_{};
};

} // namespace convsight::widgets
