// The Inspect workspace: look inside the trained network. Pick an input (a test example, an image
// file, a camera picture or a drawing on the sketch pad, sized and normalised like the data set),
// see the class probabilities and every layer's feature maps (click one: the filter that made it
// and, in the input, its receptive field); the confusion matrix on the test set with the examples
// of any cell; the MLP-versus-CNN study of accuracy as the test images shift; and why the network
// said what it did (saliency, Grad-CAM, occlusion, what a filter wants).
#pragma once

#include "common/LatestTask.h"
#include "common/MessageLine.h"
#include "common/TrainingSession.h"
#include "nn/Evaluator.h"
#include "nn/Inspection.h"

#include <QPoint>
#include <QWidget>
#include <array>
#include <memory>
#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;

namespace convsight::widgets {

class ConfusionMatrixView;
class ConfusionQuiz;
class ExampleGallery;
class ExplainView;
class FeatureMapView;
class FilterGrid;
class ImageView;
class ProbabilityBars;
class ShiftComparison;
class SketchPad;

class InspectWorkspace : public QWidget {
    Q_OBJECT
public:
    enum class Source { TestSet, File, Camera, SketchPad };

    explicit InspectWorkspace(TrainingSession* session, QWidget* parent = nullptr);

    void setSource(Source source);
    Source source() const;
    // Test example `index` as the input.
    void showTestExample(std::int64_t index);
    std::int64_t testIndex() const;
    // An image file as the input (resized and normalised like the data set). False, with the
    // reason in the message line and the input unchanged, when it cannot be read.
    bool openImageFile(const QString& path);
    // Evaluates the model on the whole test set (on a worker) for the confusion matrix.
    void evaluateTestSet();
    bool isEvaluating() const { return evaluationTask_.isBusy(); }
    // The examples of one confusion-matrix cell, in the gallery.
    void showCell(int trueClass, int predictedClass);

    // The normalised input the model sees, (C, H, W); undefined before there is one.
    const compute::Tensor& input() const { return input_; }
    const std::vector<nn::LayerOutput>& outputs() const { return outputs_; }
    // The lecture's shifted digit: the current input moved by (dx, dy) pixels more (right and
    // down positive), the uncovered border black, and the network run again; its feature maps
    // move with it. A new input starts unshifted.
    void shiftInput(int dx, int dy);
    QPoint inputShift() const { return inputShift_; } // from the input as chosen

    QTabWidget* tabs() const { return tabs_; }
    FeatureMapView* featureMaps() const { return featureMaps_; }
    ProbabilityBars* probabilities() const { return probabilities_; }
    SketchPad* sketchPad() const { return sketch_; }
    ImageView* inputView() const { return inputView_; }
    FilterGrid* selectedFilter() const { return filter_; }
    ConfusionMatrixView* confusionMatrix() const { return confusion_; }
    // "Which class will it confuse most?", asked before the matrix is shown.
    ConfusionQuiz* confusionQuiz() const { return quiz_; }
    ExampleGallery* gallery() const { return gallery_; }
    ShiftComparison* shiftComparison() const { return shift_; }
    ExplainView* explainView() const { return explain_; }
    MessageLine* messageLine() const { return message_; }
    QLabel* selectionText() const { return selection_; }
    // For a model without a data set: how photos are normalised ("normalised by ImageNet's mean
    // and standard deviation"); empty otherwise.
    QString photoNormalisationText() const;

    // The feature map last selected: layer, channel, row and column (row and column −1 without a
    // position); layer −1 when none.
    std::array<int, 4> selectedMap() const { return selectedMap_; }

    // Session files (InspectWorkspaceSession.cpp): the tab, the test example, the selected map
    // and the Explain tab's settings (optional). checkSessionState() says what is wrong (empty:
    // nothing); applySessionState() applies a checked state (the example and the map once the
    // session has a model and its data).
    nlohmann::json sessionState() const;
    static QString checkSessionState(const nlohmann::json& state);
    void applySessionState(const nlohmann::json& state);

signals:
    void evaluated(); // the confusion matrix is up to date

protected:
    void showEvent(QShowEvent* event) override; // brings the maps up to the newest model

private:
    // What the worker's evaluation brings back: the confusion counts and every prediction, or why
    // there are none.
    struct Evaluated {
        nn::Evaluation evaluation;
        std::vector<nn::Prediction> predictions;
        QString problem;
    };

    QWidget* createInputPanel();
    QWidget* createTestPage();
    QPushButton* createCameraButton();
    QWidget* createFeatureTab();
    QWidget* createConfusionTab();
    QWidget* createShiftRow(); // the arrows that move the input by one pixel
    void showInputShift();
    // A drawing, file or camera picture as the network was trained to see it: its pixels in the
    // training's permuted order when the run permuted them (the test examples already are).
    compute::Tensor asTrainedOn(compute::Tensor normalised) const;
    void modelChanged();
    void updateModelLabel();
    void dataChanged();
    void setInput(const compute::Tensor& normalised, int trueLabel, const QString& caption);
    // A photo, image file or camera picture (8-bit BGR or grey): sized and normalised like the
    // data set's examples or, for a model without a data set, resized, centre-cropped and
    // normalised as image::photo_normalisation chose (which the message line says).
    void setPicture(const cv::Mat& picture, const QString& caption);
    void runModel();
    void showNextMistake();
    void takePicture();
    void showEvaluation(Evaluated result);
    void selectMap(int layer, int channel, int y, int x);
    bool hasModel() const;
    compute::Device explainDevice() const; // where the Explain tab's copy of the model runs

    TrainingSession* session_;
    std::unique_ptr<nn::Sequential> model_; // a copy of the viewed model, for the GUI's forwards
    compute::Tensor input_;
    compute::Tensor unshiftedInput_; // input_ before shiftInput() moved it
    QPoint inputShift_;
    QString inputCaption_;
    QLabel* shiftLabel_{};
    int trueLabel_{-1};
    std::array<int, 4> selectedMap_{-1, -1, -1, -1};
    std::vector<nn::LayerOutput> outputs_;
    nn::Evaluation evaluation_;
    std::vector<nn::Prediction> predictions_;
    LatestTask evaluationTask_; // the test set's evaluation, off the GUI thread

    QComboBox* sourceBox_{};
    QStackedWidget* sourcePages_{};
    QSpinBox* indexBox_{};
    SketchPad* sketch_{};
    ImageView* inputView_{};
    ProbabilityBars* probabilities_{};
    QLabel* modelLabel_{};
    MessageLine* message_{};
    QTabWidget* tabs_{};
    FeatureMapView* featureMaps_{};
    FilterGrid* filter_{};
    QLabel* selection_{};
    ConfusionMatrixView* confusion_{};
    ConfusionQuiz* quiz_{};
    ExampleGallery* gallery_{};
    QPushButton* evaluateButton_{};
    ShiftComparison* shift_{};
    ExplainView* explain_{};
};

} // namespace convsight::widgets
