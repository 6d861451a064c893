// The Filter workspace's kernel editor: a grid of heat-map cells edited by keyboard and wheel, the
// presets of core/conv with their explanations, size, divisor and offset, one kernel for all
// colour channels or one per channel, the border mode, random/transpose/flip/negate/clear, and
// .kernel.json / CSV files. Every change is one command on undoStack().
//
// Use from a workspace:
//   auto* editor = new KernelEditor(this);
//   connect(editor, &KernelEditor::kernelChanged, this, &FilterWorkspace::refilter);
//   editMenu->addAction(editor->undoStack()->createUndoAction(this)); // + setShortcut(Undo)
//   ... in refilter(): editor->channelWeights() (C, KH, KW) with C = editor->channelCount(),
//       editor->offset(), editor->border(); kernelRows()/kernelColumns() for KH, KW.
// The output pixel (y, x) sits under the anchor cell (KH/2, KW/2), as in cv::filter2D; the border
// is the compute::BorderMode filter2d takes.
#pragma once

#include "conv/KernelModel.h"

#include <QWidget>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTabBar;
class QUndoStack;

namespace convsight::widgets {

class KernelGrid;
class MessageLine;

class KernelEditor : public QWidget {
    Q_OBJECT
public:
    explicit KernelEditor(QWidget* parent = nullptr);

    // Everything the editor holds, as a value (its size, values, divisors, offset, border).
    const conv::KernelModel& model() const { return model_; }

    int kernelRows() const { return model_.rows(); }
    int kernelColumns() const { return model_.columns(); }
    bool isPerChannel() const { return model_.per_channel; }
    // 1 with one kernel for all channels, 3 (R, G, B) with one per channel.
    int channelCount() const { return model_.per_channel ? conv::KernelModel::kChannels : 1; }
    // The values as typed, and the divisor, of colour channel `channel` (0 R, 1 G, 2 B).
    const conv::Matrix& values(int channel = 0) const;
    double divisor(int channel = 0) const;
    // The effective weights of colour channel `channel`: values / divisor, row-major (KH, KW).
    std::vector<float> weights(int channel = 0) const { return model_.weights(channel); }
    // The weights of channelCount() channels, (C, KH, KW): filter2d's shared (C = 1) or
    // per-channel (C = 3) kernel.
    std::vector<float> channelWeights() const;
    // Added to every output value after the division, in the image's units.
    double offset() const { return model_.offset; }
    compute::BorderMode border() const { return model_.border; }
    // The preset id while the kernel is a preset unchanged ("sobel-x"), otherwise empty.
    QString presetId() const { return QString::fromStdString(model_.preset_id); }
    // The preset's or the file's name; empty for a kernel of one's own.
    QString kernelName() const { return QString::fromStdString(model_.name); }

    // The channel the grid shows and edits in per-channel mode (0 R, 1 G, 2 B).
    int currentChannel() const { return channel_; }
    // The error (or confirmation) shown in the editor's message line; empty when none.
    QString message() const;

    QUndoStack* undoStack() const { return undoStack_; }
    // The newest commands kept: image loads hold their images, so an unbounded history grows
    // photo by photo over a lesson.
    static constexpr int undoLimit = 100;
    KernelGrid* grid() const { return grid_; }

    QAction* randomAction() const { return randomAction_; }
    QAction* transposeAction() const { return transposeAction_; }
    QAction* flipAction() const { return flipAction_; }
    QAction* negateAction() const { return negateAction_; }
    QAction* clearAction() const { return clearAction_; }
    QAction* normaliseAction() const { return normaliseAction_; }
    QAction* openAction() const { return openAction_; }
    QAction* saveAction() const { return saveAction_; }

public slots:
    // Each of these is one undoable command (none when nothing changes).
    // A conv preset by id ("sobel-x"), as one kernel for all channels; offset and border stay.
    void loadPreset(const QString& id);
    // One kernel for all channels: `values` (1..9 × 1..9, rectangular, finite) / `divisor`.
    // Returns false, with the reason in message(), and changes nothing for anything else.
    bool setKernel(const conv::Matrix& values, double divisor = 1, const QString& name = {});
    // Replaces the whole state (per-channel kernels, offset, border), checked like setKernel.
    bool setModel(const conv::KernelModel& model, const QString& commandText);
    void setValue(int row, int column, double value); // in the current channel
    void setKernelSize(int rows, int columns);        // values kept centred
    void setDivisor(double divisor);                  // of the current channel; > 0
    void normalise();                                 // every channel's weights sum to 1
    void setOffset(double offset);
    void setBorder(compute::BorderMode border);
    void setPerChannel(bool perChannel);
    void randomize(); // random integers −5..5 in the current channel
    void transpose();
    void flip();
    void negate();
    void clear();
    void setCurrentChannel(int channel);
    // Reads a .kernel.json file (name, values, divisor, offset) or, for any other name, CSV values
    // (the offset set here stays). On any error — unreadable, not a
    // number, NaN or infinity, ragged, empty, larger than 9×9 — the message says what and where,
    // the kernel stays as it was, and it returns false.
    bool loadFile(const QString& path);
    // Writes the kernel atomically, by the extension: .json gets name, values, divisor and offset,
    // .csv the weights (values / divisor). Both hold one kernel: per channel, the one shown.
    // Returns false with the reason in message() on failure; anything else is not written.
    bool saveFile(const QString& path);
    // File dialogs around loadFile/saveFile.
    void open();
    void saveAs();

signals:
    // Any change of values, size, divisor, offset, border or channel mode (also by undo/redo).
    void kernelChanged();

private:
    class Command;

    QWidget* createTopBar();
    QWidget* createChannelBar();
    QWidget* createBottomBar();
    QWidget* createActionBar();
    QAction* addAction(const QString& text, const QString& name, const QString& tip,
                       void (KernelEditor::*slot)());
    // Pushes a command from model_ to `next` (nothing when equal); `mergeKey` ≥ 0 merges with the
    // previous command of the same key (turning the wheel over one cell is one edit).
    void change(conv::KernelModel next, const QString& text, int mergeKey = -1);
    // Sets the state (from a command) and brings every control up to date.
    void apply(const conv::KernelModel& model);
    void syncControls();
    void showMessage(const QString& text, bool error);
    // A kernel derived from model_ as something new: not a preset any more.
    conv::KernelModel edited() const;
    void stepValue(int row, int column, double step);

    conv::KernelModel model_;
    int channel_{0};
    QUndoStack* undoStack_{};
    KernelGrid* grid_{};
    QComboBox* presetCombo_{};
    QLabel* explanationLabel_{};
    QSpinBox* rowsSpin_{};
    QSpinBox* columnsSpin_{};
    QComboBox* channelModeCombo_{};
    QTabBar* channelTabs_{};
    QDoubleSpinBox* divisorSpin_{};
    QDoubleSpinBox* offsetSpin_{};
    QComboBox* borderCombo_{};
    QLabel* sumLabel_{};
    MessageLine* messageLabel_{};
    QAction* randomAction_{};
    QAction* transposeAction_{};
    QAction* flipAction_{};
    QAction* negateAction_{};
    QAction* clearAction_{};
    QAction* normaliseAction_{};
    QAction* openAction_{};
    QAction* saveAction_{};
};

} // namespace convsight::widgets
