// The Step-through workspace: the convolution stage with play/step controls, stride, padding and
// kernel choices, and the output-size formula with the numbers put in. Opens on the lecture's
// worked example (4×4 input, horizontal-edge kernel, VALID, stride 1).
#pragma once

#include "conv/ConvGeometry.h"
#include "conv/ConvTrace.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QSlider;
class QSpinBox;
class QTimer;

namespace convsight::widgets {

class ConvolutionStage;

class StepThroughWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit StepThroughWorkspace(QWidget* parent = nullptr);

    // The lecture's 4×4 input: [[2,0,1,3],[7,1,1,0],[0,2,5,0],[0,5,1,4]].
    static conv::Matrix lectureInput();

    ConvolutionStage* stage() const { return stage_; }
    bool isPlaying() const;
    // Milliseconds between two steps while playing.
    int stepInterval() const;

    QAction* playAction() const { return playAction_; }
    QAction* stepBackAction() const { return stepBackAction_; }
    QAction* stepForwardAction() const { return stepForwardAction_; }
    QAction* resetAction() const { return resetAction_; }

public slots:
    void play();
    void pause();
    void stepForward();
    void stepBack();
    void reset();

private:
    QWidget* createParameterBar();
    QWidget* createPlaybackBar();
    // Builds the trace from the controls' values and starts again at step 0.
    void rebuildTrace();
    void showStep(int index);
    void advance();
    void updateSpeed();

    conv::Matrix input_;
    ConvolutionStage* stage_{};
    QTimer* timer_{};
    QAction* playAction_{};
    QAction* stepBackAction_{};
    QAction* stepForwardAction_{};
    QAction* resetAction_{};
    QLabel* counterLabel_{};
    QSlider* speedSlider_{};
    QComboBox* kernelCombo_{};
    QSpinBox* strideSpin_{};
    QComboBox* paddingCombo_{};
    QLabel* formulaLabel_{};
};

} // namespace convsight::widgets
