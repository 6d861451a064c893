// The Inspect workspace's Explain tab: why did the network say that? Saliency (and SmoothGrad),
// Grad-CAM and occlusion as a map laid over the input, for the predicted class or any other, and
// "what a filter wants", an input grown step by step to excite one filter. Each view says in one
// sentence what it computed, with the numbers. The work runs off the GUI thread on the view's own
// copy of the model (the explanations overwrite its parameters' gradients), on its device.
#pragma once

#include "common/LatestTask.h"
#include "compute/Device.h"
#include "compute/Tensor.h"
#include "nn/Explain.h"
#include "nn/Sequential.h"

#include <QImage>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;
class QSplitter;
class QStackedWidget;

namespace convsight::widgets {

class FilterGrid;
class ImageView;
class ExplainLegend;
class ObjectiveChart;

class ExplainView : public QWidget {
    Q_OBJECT
public:
    // In the method box's order.
    enum class Method { Saliency, SmoothGrad, GradCam, Occlusion, FilterWants };
    // What an occluding patch is filled with: the data set's mean (0 after normalisation),
    // black or white.
    enum class Fill { Mean, Black, White };
    static constexpr int kPredicted = -1; // the class to explain: whichever the network predicts

    explicit ExplainView(QWidget* parent = nullptr);
    ~ExplainView() override;

    // The model to explain: copied (on a worker, when first needed) to `device`. Null: none.
    // Stops what runs on the previous one.
    void setModel(std::shared_ptr<const nn::Sequential> model,
                  compute::Device device = compute::Device::cpu());
    // The classes' names, in output order; classes beyond them are called "class k".
    void setClassNames(const QStringList& names);
    // The data set's per-channel statistics: the input's range, the fills and how images are drawn.
    void setNormalisation(const std::vector<float>& mean, const std::vector<float>& std);
    // The input, (C, H, W) normalised as the model sees it, and how it is drawn. Stops a sweep
    // that runs on the previous input.
    void setInput(const compute::Tensor& normalised, const QImage& picture);
    bool hasInput() const { return input_.defined(); }

    Method method() const;
    void setMethod(Method method);
    // Why `method` cannot run on this model ("this network has no convolution…"); empty: it can.
    QString methodProblem(Method method) const;
    // kPredicted or a class index.
    int explainedClass() const;
    void setExplainedClass(int classIndex);
    double opacity() const; // of the map over the input, 0..1
    void setOpacity(double opacity);
    int gradCamLayer() const; // 0-based layer index; −1 without a model
    void setGradCamLayer(int layer);
    nn::OcclusionSettings occlusionSettings() const; // fill as a normalised value
    Fill occlusionFill() const;
    void setOcclusion(int patch, int stride, Fill fill);
    // What a filter wants: the layer, the filter (0-based) and the steps a Start runs.
    int filterLayer() const;
    int filterIndex() const;
    int filterSteps() const;
    void setFilter(int layer, int filter, int steps);

    // The last map shown, (H, W) on the CPU (undefined before one), the class it explains, and
    // the sentence that says what was computed.
    const compute::Tensor& map() const { return map_; }
    int mapClass() const { return mapClass_; }
    Method mapMethod() const { return mapMethod_; }
    QString sentence() const;
    // The map as drawn: the input with the map's colours over it at the opacity, one pixel per
    // input pixel.
    const QImage& overlay() const { return overlay_; }
    // The class box's entries, "predicted: Shirt" first.
    QStringList classEntries() const;
    bool isComputing() const;
    // Stops the running explanation (an occlusion sweep: between two batches of patches).
    void stop();

    // What a filter wants: Start runs filterSteps() steps on a worker, showing the image every
    // few steps; Stop ends them.
    void startVisualizing();
    void stopVisualizing();
    bool isVisualizing() const { return visualizing_; }
    int visualizedSteps() const;
    // The objective before each step so far.
    const std::vector<float>& objectives() const { return objectives_; }
    // The image so far, (C, H, W) normalised; undefined before a Start.
    compute::Tensor visualizedImage() const;
    // The first layer's filter beside the image (empty when the layer is not the first
    // convolution's).
    FilterGrid* filterWeights() const { return weights_; }

    // Session files: the tab's settings. checkSettings() says what is wrong (empty: nothing);
    // every key is optional, so older and partial states load.
    nlohmann::json settings() const;
    static QString checkSettings(const nlohmann::json& settings);
    void applySettings(const nlohmann::json& settings);

    // The views, for tests and screenshots.
    ImageView* mapView() const { return mapView_; }
    ImageView* visualizationView() const { return visualView_; }
    QComboBox* methodBox() const { return methodBox_; }
    QComboBox* classBox() const { return classBox_; }
    QSlider* opacitySlider() const { return opacity_; }
    QPushButton* stopButton() const { return stopButton_; }
    QPushButton* startButton() const { return startButton_; }

signals:
    void explained();         // a new map and sentence are shown
    void visualizerStepped(); // the image of "what a filter wants" moved on
    void computingChanged(bool computing);

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Explained;
    struct Visualized;
    struct ModelCopy;

    QWidget* createControls();
    QWidget* createMapPage();
    QWidget* createVisualizerPage();
    void fillLayerBoxes();
    void fillClassBox();
    void updateMethodAvailability();
    void showMethodControls();
    // Asks for a new map when the tab is shown (else when it next is).
    void requestExplanation();
    void explain();
    void showExplained(Explained result);
    void renderOverlay();
    void runVisualizerChunk();
    void showVisualized(Visualized result);
    void setComputing(bool computing);
    float fillValue(Fill fill) const;
    QString className(int index) const;
    QString layerName(int layer) const;
    // The first Conv2d layer, −1 when none.
    int firstConvolution() const;
    // The layer whose filter `filter` made the maps of layer `layer`: the last Conv2d at or
    // before it; −1 when none.
    int producingConvolution(int layer) const;
    void showFilterWeights();

    std::shared_ptr<const nn::Sequential> source_; // the model as given (read only)
    std::shared_ptr<ModelCopy> copy_;              // the workers' copy, made on a worker
    std::vector<int> spatialLayers_;
    int lastConvolution_{-1};
    QStringList classNames_;
    std::vector<float> mean_, std_;
    compute::Tensor input_;
    QImage picture_;
    bool stale_{true}; // the map is not of the current input, model and settings
    bool explainScheduled_{false};
    bool patchExplicit_{false}; // the patch was chosen (else it follows the input's size)

    // Settings waiting for a model that has the layers they name.
    QString wantedGradCamLayer_, wantedFilterLayer_;
    int wantedFilter_{-1};

    compute::Tensor map_;
    int mapClass_{-1};
    Method mapMethod_{Method::Occlusion};
    QImage overlay_;
    bool signedMap_{false};
    double mapLow_{0}, mapHigh_{0};
    QString sentence_;
    nn::ClassScores scores_;

    LatestTask task_; // explanations and the visualizer's steps, one at a time
    bool computing_{false};
    bool visualizing_{false};
    std::shared_ptr<nn::FilterVisualizer> visualizer_;
    std::vector<float> objectives_;
    compute::Tensor visualImage_;
    int visualLayer_{-1}, visualFilter_{-1};

    QComboBox* methodBox_{};
    QComboBox* classBox_{};
    QSlider* opacity_{};
    QLabel* opacityLabel_{};
    QWidget* mapSettings_{}; // class and opacity
    QGroupBox* gradCamGroup_{};
    QComboBox* gradCamLayerBox_{};
    QGroupBox* occlusionGroup_{};
    QSpinBox* patchBox_{};
    QSpinBox* strideBox_{};
    QComboBox* fillBox_{};
    QGroupBox* filterGroup_{};
    QComboBox* filterLayerBox_{};
    QSpinBox* filterBox_{};
    QSpinBox* stepsBox_{};
    QCheckBox* centreUnitBox_{};
    QPushButton* startButton_{};
    QPushButton* stopButton_{};
    QProgressBar* progress_{};
    QLabel* reason_{}; // why the chosen method cannot run
    QLabel* sentenceLabel_{};
    QStackedWidget* pages_{};
    ImageView* mapView_{};
    ExplainLegend* legend_{};
    QSplitter* images_{}; // the image a filter wants and the filter's weights
    ImageView* visualView_{};
    FilterGrid* weights_{};
    ObjectiveChart* chart_{};
};

} // namespace convsight::widgets
