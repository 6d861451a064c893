// The Step-through workspace: the convolution stage with play/step controls, a timeline, the input
// and kernel (editable, random, or a patch of a photo), stride, padding, border fill, dilation,
// flip, a multi-channel (RGB) mode with a bank of filters, undo/redo, export (PNG, GIF, MP4) and
// the output-size formula with the numbers put in. Opens on the lecture's worked example (4×4
// input, horizontal-edge kernel, VALID, stride 1).
#pragma once

#include "conv/StepThroughDocument.h"
#include "stepthrough/StageExporter.h"

#include <QSize>
#include <QString>
#include <QWidget>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QScrollArea;
class QMenu;
class QSlider;
class QSpinBox;
class QTimer;
class QToolButton;
class QUndoStack;

namespace convsight::widgets {

class ConvolutionStage;
class Im2colView;
class StepExercise;

class StepThroughWorkspace : public QWidget {
    Q_OBJECT
public:
    // Everything the student can change, as one value: an undo step restores a whole Document.
    using Document = conv::StepThroughDocument;
    // What an export renders (frame size, glide frames, hold, fps).
    using ExportOptions = StageExporter::Options;
    // What the stage shows for the document: the convolution, pooling with the same window, or
    // where training's gradients come from.
    using Mode = conv::StepThroughMode;

    explicit StepThroughWorkspace(QWidget* parent = nullptr);

    // The lecture's 4×4 input: [[2,0,1,3],[7,1,1,0],[0,2,5,0],[0,5,1,4]].
    static conv::Matrix lectureInput() { return Document::lecture_input(); }

    ConvolutionStage* stage() const { return stage_; }
    const Document& document() const { return document_; }
    Mode mode() const { return mode_; }
    // The im2col panel beside the stage (hidden until "im2col" is ticked).
    Im2colView* im2colView() const { return im2colView_; }
    // Predict, then reveal: the exercise below the playback bar (its action starts it).
    StepExercise* exercise() const { return exercise_; }
    QUndoStack* undoStack() const { return undoStack_; }
    // The newest commands kept: each holds whole documents, so the history stays bounded over a
    // lesson.
    static constexpr int undoLimit = 100;
    bool isPlaying() const;
    // Milliseconds between two steps while playing; the glide takes part of it.
    int stepInterval() const;
    int glideDuration() const;

    QAction* playAction() const { return playAction_; }
    QAction* stepBackAction() const { return stepBackAction_; }
    QAction* stepForwardAction() const { return stepForwardAction_; }
    QAction* resetAction() const { return resetAction_; }
    QAction* lastAction() const { return lastAction_; }
    QAction* pinAction() const { return pinAction_; }
    QAction* undoAction() const { return undoAction_; }
    QAction* redoAction() const { return redoAction_; }
    // File ▸ Export: PNG of the frame, GIF and MP4 of a whole pass (each asks for a file name).
    QMenu* exportMenu() const { return exportMenu_; }

    // The frame as shown, as a PNG; the whole pass as an animated GIF or an MP4. Return the number
    // of frames written; throw std::runtime_error (image::ImageError) with a message that names
    // the file on failure, and leave no partial file.
    int exportFrame(const QString& path) const;
    int exportGif(const QString& path, const ExportOptions& options) const;
    int exportMp4(const QString& path, const ExportOptions& options) const;
    // How many frames a pass of the current trace takes: 1 + (steps − 1)·glideFrames.
    int passFrameCount(const ExportOptions& options) const;

    // The message bar's text (errors of a load or an export), empty when hidden.
    QString statusMessage() const;

    // Session files (StepThroughWorkspaceSession.cpp): the document, the mode, the step shown, the
    // speed and the im2col panel. checkSessionState() says what is wrong (empty: nothing),
    // applySessionState() applies a checked state and clears the undo stack.
    nlohmann::json sessionState() const;
    static QString checkSessionState(const nlohmann::json& state);
    void applySessionState(const nlohmann::json& state);

public slots:
    void play();
    void pause();
    void stepForward();
    void stepBack();
    void reset();
    // To the last position.
    void goToLast();
    // Pins the current window (outlined while the others play), or unpins it.
    void togglePin();
    // Replaces the input with random integers 0..9 (undoable).
    void randomFill();
    // Cuts the input from an image file: grey (or RGB in multi-channel mode), resized to the
    // input's H×W, values 0..255 (undoable). On failure the message bar says why and nothing
    // changes; returns whether it worked.
    bool loadInputPatch(const QString& path);
    // Loads the input (one grey channel, 2×2 to 32×32) or the kernel (square, 1×1 to 7×7) from a
    // CSV file, one row per line (undoable). A bad file: the message bar says why, naming the
    // file and line, and nothing changes; returns whether it worked.
    bool loadInputCsv(const QString& path);
    bool loadKernelCsv(const QString& path);
    // Loads one of conv::lecture_examples() by id (undoable) and shows the convolution; its note
    // (where the slide prints another number) shows under the formula. False for an unknown id.
    bool loadLectureExample(const QString& id);
    // The Lecture examples menu (one action per example, "Title (lines …)").
    QMenu* lectureMenu() const { return lectureMenu_; }
    void setMode(convsight::conv::StepThroughMode mode);
    // Applies a new document as one undoable step named `what`.
    void changeDocument(const Document& document, const QString& what);

protected:
    // A presenter's clicker sends Left/Right, Page Up/Down, Home/End and Space: they drive the
    // stage even while a spin box, combo box, check box or slider of the workspace has focus
    // (a cell being edited keeps its cursor keys; Page Up/Down still step).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The playback action for a clicker key pressed in `watched`, or none.
    QAction* clickerAction(const QObject* watched, int key) const;
    QWidget* createParameterBar();
    // The parameter bar's parts: its spin boxes and combo boxes, its actions, its four rows and
    // the connections of its controls to the document.
    void createParameterControls(QWidget* bar);
    void createPaddingCombos(QWidget* bar);
    // StepThroughWorkspaceLecture.cpp: the Lecture examples menu, the CSV loads, and the lines
    // under the formula (the notation, an example's note, the unreached rows' legend).
    void createLectureControls(QWidget* bar);
    void showNotes();
    void chooseCsv(bool kernel);
    // The matrix in a CSV file; nullopt with the reader's message (file and line) shown.
    std::optional<conv::Matrix> readCsv(const QString& path);
    void createModeCombo(QWidget* bar);
    void createEditActions();
    void layOutParameterBar(QWidget* bar);
    void connectParameterControls();
    QWidget* createPlaybackBar();
    void createPlaybackActions();
    void createExportActions();
    // Builds the trace from the document and moves to `step` (0 after most changes).
    void rebuildTrace(int step = 0);
    // The traces of the document in the current mode on the stage, named and explained.
    void showTraces(const conv::StepThroughTraces& traces, int step);
    // Puts the document's values into the controls without triggering them.
    void syncControls();
    void applyDocument(const Document& document);
    void showStep(int index);
    void advance();
    void updateSpeed();
    void showStatus(const QString& message);

    // Control handlers: each makes a new document from the current one.
    void choosePreset();
    void setInputSize();
    void setKernelSize();
    void setParameters();
    void setMultiChannel(bool on);
    void editInput(int channel, int row, int column, double value);
    void editKernel(int kernel, int channel, int row, int column, double value);

    // Where edits draw their random values.
    static int randomInteger(int low, int high);

    void chooseImagePatch();
    void chooseExport(const QString& format);

    friend class DocumentCommand;
    Document document_;
    Mode mode_{Mode::Convolution};
    std::shared_ptr<const conv::BackwardTrace> backward_; // owns the gradient traces shown
    Im2colView* im2colView_{};
    StepExercise* exercise_{};
    QComboBox* modeCombo_{};
    QCheckBox* im2colCheck_{};
    QScrollArea* explanationScroll_{};
    QLabel* explanationLabel_{};
    ConvolutionStage* stage_{};
    QUndoStack* undoStack_{};
    QTimer* timer_{};
    QAction* playAction_{};
    QAction* stepBackAction_{};
    QAction* stepForwardAction_{};
    QAction* resetAction_{};
    QAction* lastAction_{};
    QAction* pinAction_{};
    QAction* undoAction_{};
    QAction* redoAction_{};
    QAction* randomAction_{};
    QAction* imageAction_{};
    QMenu* exportMenu_{};
    QLabel* counterLabel_{};
    QSlider* timeline_{};
    QSlider* speedSlider_{};
    QComboBox* kernelCombo_{};
    QSpinBox* heightSpin_{};
    QSpinBox* widthSpin_{};
    QSpinBox* kernelSizeSpin_{};
    QSpinBox* strideSpin_{};
    QComboBox* paddingCombo_{};
    QSpinBox* explicitPaddingSpin_{}; // P on every side, with "Explicit" padding
    QMenu* lectureMenu_{};
    QToolButton* lectureButton_{};
    QToolButton* csvButton_{};
    QAction* inputCsvAction_{};
    QAction* kernelCsvAction_{};
    QLabel* notationLabel_{}; // V(x, y) against the grid's rows and columns, once
    QLabel* noteLabel_{};     // a lecture example's note, the unreached rows' legend
    QString shownWarning_;    // the padding warning in the message bar, to clear it again
    QComboBox* borderCombo_{};
    QSpinBox* dilationSpin_{};
    QCheckBox* flipCheck_{};
    QCheckBox* rgbCheck_{};
    QSpinBox* filterCountSpin_{};
    QLabel* formulaLabel_{};
    QLabel* statusLabel_{};
};

} // namespace convsight::widgets
