// The Explain tab: the controls, the map over the input with its colour bar, the image a filter
// wants with its objective, and the work behind them on a worker.
#include "inspect/ExplainView.h"

#include "common/ColumnScroll.h"
#include "common/CoreMessages.h"
#include "common/DatasetPreview.h"
#include "common/FilterGrid.h"
#include "common/ImageView.h"
#include "common/Theme.h"
#include "nn/ModelFile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <opencv2/core.hpp>

namespace convsight::widgets {

using nlohmann::json;

namespace {

constexpr int kSmoothGradSamples = 20;
constexpr float kSmoothGradNoise = 0.15f;
// The visualizer shows its image after this many steps at most (or sooner when they are slow).
constexpr int kStepsPerUpdate = 5;
constexpr int kUpdateMilliseconds = 150;

const char* const kMethodIds[] = {"saliency", "smoothgrad", "gradcam", "occlusion", "filter"};
const char* const kFillIds[] = {"mean", "black", "white"};

// Three significant digits, as a lecture writes a measured value.
QString number(double value) {
    return QLocale().toString(value, 'g', 3);
}

// The smallest and largest value of a CPU tensor.
std::pair<double, double> valueRange(const compute::Tensor& values) {
    if (!values.defined() || values.numel() == 0)
        return {0.0, 0.0};
    const float* v = values.data();
    const auto [low, high] = std::minmax_element(v, v + values.numel());
    return {*low, *high};
}

} // namespace

// "low [colour bar] high" under the map: what its colours mean.
class ExplainLegend : public QWidget {
public:
    using QWidget::QWidget;

    void setRange(theme::ColourMap map, const QString& low, const QString& high,
                  const QString& caption) {
        map_ = map;
        low_ = low;
        high_ = high;
        caption_ = caption;
        setVisible(!low.isEmpty());
        update();
    }
    QString text() const {
        return caption_ + QLatin1Char(' ') + low_ + QStringLiteral(" … ") + high_;
    }

    QSize sizeHint() const override {
        const QFontMetrics metrics(theme::detailFont(font()));
        return {theme::px(320), metrics.height() + theme::px(8)};
    }
    QSize minimumSizeHint() const override { return {theme::px(160), sizeHint().height()}; }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter painter(this);
        const QFont detail = theme::detailFont(font());
        painter.setFont(detail);
        painter.setPen(theme::colours().secondaryText);
        const QFontMetrics metrics(detail);
        const int baseline = (height() + metrics.ascent() - metrics.descent()) / 2;
        int x = 0;
        const auto write = [&](const QString& text) {
            painter.drawText(QPoint(x, baseline), text);
            x += metrics.horizontalAdvance(text) + theme::px(6);
        };
        write(caption_);
        write(low_);
        // The bar takes what the two numbers leave, with a margin on the right.
        const int barWidth =
            std::clamp(width() - x - metrics.horizontalAdvance(high_) - theme::px(12),
                       theme::px(24), theme::px(200));
        const QRectF bar(x, baseline - metrics.ascent() * 0.8, barWidth, metrics.ascent() * 0.8);
        theme::paintColourBar(painter, bar, map_);
        x += barWidth + theme::px(6);
        painter.setPen(theme::colours().secondaryText);
        painter.drawText(QPoint(x, baseline), high_);
    }

private:
    theme::ColourMap map_{theme::ColourMap::Cividis};
    QString low_, high_, caption_;
};

// The objective of "what a filter wants", step by step: a small line chart with its range.
class ObjectiveChart : public QWidget {
    Q_DECLARE_TR_FUNCTIONS(ObjectiveChart)

public:
    using QWidget::QWidget;

    void setValues(const std::vector<float>& values) {
        values_ = values;
        update();
    }
    QSize sizeHint() const override { return {theme::px(320), theme::px(80)}; }
    QSize minimumSizeHint() const override { return {theme::px(120), theme::px(50)}; }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const theme::Colours& c = theme::colours();
        const QFont detail = theme::detailFont(font());
        painter.setFont(detail);
        const QFontMetrics metrics(detail);
        const QRectF plot = QRectF(rect()).adjusted(2, metrics.height() + 2, -2, -2);
        painter.setPen(QPen(c.gridLine, theme::line(1)));
        painter.drawRect(plot);
        painter.setPen(c.secondaryText);
        if (values_.empty()) {
            painter.drawText(QPoint(2, metrics.ascent()), tr("the objective, step by step"));
            return;
        }
        const auto [lowIt, highIt] = std::minmax_element(values_.begin(), values_.end());
        const double low = *lowIt, high = *highIt > *lowIt ? *highIt : *lowIt + 1.0;
        painter.drawText(QPoint(2, metrics.ascent()),
                         tr("objective, %1 to %2").arg(number(*lowIt), number(*highIt)));
        QPainterPath path;
        const double n = std::max<double>(1.0, static_cast<double>(values_.size() - 1));
        for (std::size_t i = 0; i < values_.size(); ++i) {
            const QPointF point(plot.left() + plot.width() * static_cast<double>(i) / n,
                                plot.bottom() - plot.height() * (values_[i] - low) / (high - low));
            if (i == 0)
                path.moveTo(point);
            else
                path.lineTo(point);
        }
        painter.setPen(QPen(c.accent, theme::line(2)));
        painter.drawPath(path);
    }

private:
    std::vector<float> values_;
};

// The workers' copy of the model, made on the first worker that needs it and used by one worker
// at a time (the LatestTask runs one request after the other).
struct ExplainView::ModelCopy {
    std::shared_ptr<const nn::Sequential> source;
    compute::Device device{compute::Device::cpu()};
    std::unique_ptr<nn::Sequential> model;

    nn::Sequential& get() {
        if (!model) {
            model = std::make_unique<nn::Sequential>(nn::copy_model(*source));
            if (!device.is_cpu())
                model->to(device);
        }
        return *model;
    }
};

struct ExplainView::Explained {
    Method method{};
    compute::Tensor map; // (H, W)
    nn::ClassScores scores;
    int classIndex{-1};
    int layer{-1};
    compute::Shape activations; // Grad-CAM's maps (K, h, w)
    nn::OcclusionSettings occlusion;
    Fill fill{};
    QString device;
    QString problem;
    bool stopped{false};
};

struct ExplainView::Visualized {
    std::shared_ptr<nn::FilterVisualizer> visualizer;
    std::vector<float> objectives; // of the steps this chunk took
    compute::Tensor image;
    int steps{0};
    QString problem;
};

ExplainView::ExplainView(QWidget* parent)
    : QWidget(parent) {
    sentenceLabel_ = new QLabel;
    sentenceLabel_->setObjectName(QStringLiteral("explainSentence"));
    sentenceLabel_->setWordWrap(true);
    sentenceLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pages_ = new QStackedWidget;
    pages_->addWidget(createMapPage());
    pages_->addWidget(createVisualizerPage());

    // The sentence across the whole tab, so that it takes few lines and leaves the height to
    // the pictures.
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(new ColumnScroll(createControls()));
    splitter->addWidget(pages_);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(sentenceLabel_);
    layout->addWidget(splitter, 1);

    connect(&task_, &LatestTask::idle, this, [this] {
        if (!task_.isBusy() && !visualizing_)
            setComputing(false);
    });
    setMethod(Method::Occlusion);
    updateMethodAvailability();
    sentenceLabel_->setText(tr("No model yet: train one in the Train workspace, or load a model "
                               "file there."));
}

ExplainView::~ExplainView() = default;

QWidget* ExplainView::createControls() {
    methodBox_ = new QComboBox;
    methodBox_->setObjectName(QStringLiteral("explainMethodBox"));
    methodBox_->addItems({tr("Saliency"), tr("SmoothGrad"), tr("Grad-CAM"), tr("Occlusion"),
                          tr("What a filter wants")});
    methodBox_->setToolTip(tr("How to explain the answer: the gradient of the class's score "
                              "(saliency, averaged over noisy copies: SmoothGrad), a layer's "
                              "maps weighted by their gradients (Grad-CAM), a patch slid over "
                              "the input (occlusion), or the input a filter likes best"));
    connect(methodBox_, &QComboBox::currentIndexChanged, this, [this] {
        if (visualizing_ && method() != Method::FilterWants)
            stopVisualizing();
        showMethodControls();
        requestExplanation();
    });
    reason_ = new QLabel;
    reason_->setObjectName(QStringLiteral("explainReason"));
    reason_->setWordWrap(true);
    theme::followTheme(reason_, [] {
        return QStringLiteral("color: %1;").arg(theme::css(theme::colours().problemInline));
    });
    reason_->hide();

    classBox_ = new QComboBox;
    classBox_->setObjectName(QStringLiteral("explainClassBox"));
    classBox_->setToolTip(tr("The class whose score or probability is explained: the one the "
                             "network predicts, or any other"));
    connect(classBox_, &QComboBox::currentIndexChanged, this, [this] { requestExplanation(); });
    opacity_ = new QSlider(Qt::Horizontal);
    opacity_->setObjectName(QStringLiteral("explainOpacitySlider"));
    opacity_->setRange(0, 100);
    opacity_->setValue(60);
    opacity_->setToolTip(tr("How strongly the map covers the input: 0 % the input alone, "
                            "100 % the map alone"));
    opacityLabel_ = new QLabel;
    connect(opacity_, &QSlider::valueChanged, this, [this](int value) {
        opacityLabel_->setText(tr("%1 %").arg(value));
        renderOverlay();
    });
    opacityLabel_->setText(tr("%1 %").arg(opacity_->value()));
    mapSettings_ = new QWidget;
    auto* mapForm = new QFormLayout(mapSettings_);
    mapForm->setContentsMargins(0, 0, 0, 0);
    mapForm->addRow(tr("Class"), classBox_);
    auto* opacityRow = new QHBoxLayout;
    opacityRow->addWidget(opacity_, 1);
    opacityRow->addWidget(opacityLabel_);
    mapForm->addRow(tr("Opacity"), opacityRow);

    gradCamLayerBox_ = new QComboBox;
    gradCamLayerBox_->setObjectName(QStringLiteral("gradCamLayerBox"));
    gradCamLayerBox_->setToolTip(tr("The layer whose maps Grad-CAM weighs (the last convolution "
                                    "sees the largest parts of the input)"));
    connect(gradCamLayerBox_, &QComboBox::currentIndexChanged, this, [this] {
        if (gradCamLayerBox_->currentIndex() >= 0)
            wantedGradCamLayer_.clear();
        requestExplanation();
    });
    gradCamGroup_ = new QGroupBox(tr("Grad-CAM"));
    auto* gradCamForm = new QFormLayout(gradCamGroup_);
    gradCamForm->addRow(tr("Layer"), gradCamLayerBox_);

    patchBox_ = new QSpinBox;
    patchBox_->setObjectName(QStringLiteral("occlusionPatchBox"));
    patchBox_->setRange(1, 4096);
    patchBox_->setValue(4);
    patchBox_->setSuffix(tr(" px"));
    patchBox_->setToolTip(tr("The side of the square patch that covers the input"));
    strideBox_ = new QSpinBox;
    strideBox_->setObjectName(QStringLiteral("occlusionStrideBox"));
    strideBox_->setRange(1, 4096);
    strideBox_->setValue(2);
    strideBox_->setSuffix(tr(" px"));
    strideBox_->setToolTip(tr("How far the patch moves each time: a convolution's stride"));
    fillBox_ = new QComboBox;
    fillBox_->setObjectName(QStringLiteral("occlusionFillBox"));
    fillBox_->addItems({tr("Grey (the mean)"), tr("Black"), tr("White")});
    fillBox_->setToolTip(tr("What the patch is filled with: the data set's mean pixel (0 after "
                            "normalisation), black or white"));
    for (QSpinBox* box : {patchBox_, strideBox_})
        connect(box, &QSpinBox::valueChanged, this, [this] {
            patchExplicit_ = true;
            requestExplanation();
        });
    connect(fillBox_, &QComboBox::currentIndexChanged, this, [this] { requestExplanation(); });
    occlusionGroup_ = new QGroupBox(tr("Occlusion"));
    auto* occlusionForm = new QFormLayout(occlusionGroup_);
    occlusionForm->addRow(tr("Patch"), patchBox_);
    occlusionForm->addRow(tr("Stride"), strideBox_);
    occlusionForm->addRow(tr("Fill"), fillBox_);

    filterLayerBox_ = new QComboBox;
    filterLayerBox_->setObjectName(QStringLiteral("filterLayerBox"));
    filterLayerBox_->setToolTip(tr("The layer whose filter is asked what it wants"));
    filterBox_ = new QSpinBox;
    filterBox_->setObjectName(QStringLiteral("filterIndexBox"));
    filterBox_->setRange(1, 1);
    filterBox_->setToolTip(tr("The filter (its map's number, from 1)"));
    stepsBox_ = new QSpinBox;
    stepsBox_->setObjectName(QStringLiteral("filterStepsBox"));
    stepsBox_->setRange(1, 5000);
    stepsBox_->setValue(200);
    stepsBox_->setToolTip(tr("The steps of gradient ascent a Start takes"));
    centreUnitBox_ = new QCheckBox(tr("One unit: the map's centre"));
    centreUnitBox_->setObjectName(QStringLiteral("centreUnitBox"));
    // On by default: a first-layer filter is linear, so its whole map's mean asks every pixel
    // for the same thing (the sum of the weights), while one unit asks for the weights.
    centreUnitBox_->setChecked(true);
    centreUnitBox_->setToolTip(tr("Excite the map's centre value only (one neuron, which sees one "
                                  "window of the input) instead of the whole map's mean"));
    startButton_ = new QPushButton(tr("Start"));
    startButton_->setObjectName(QStringLiteral("filterStartButton"));
    startButton_->setToolTip(tr("Grow the image from grey, step by step; press again to stop"));
    connect(startButton_, &QPushButton::clicked, this, [this] {
        if (visualizing_)
            stopVisualizing();
        else
            startVisualizing();
    });
    connect(filterLayerBox_, &QComboBox::currentIndexChanged, this, [this] {
        const int layer = filterLayer();
        if (layer >= 0 && source_) {
            wantedFilterLayer_.clear();
            const compute::Shape shape =
                source_->layer_summaries()[static_cast<std::size_t>(layer)].output_shape;
            filterBox_->setRange(1, static_cast<int>(shape.empty() ? 1 : shape[0]));
        }
        showFilterWeights();
    });
    connect(filterBox_, &QSpinBox::valueChanged, this, [this] { showFilterWeights(); });
    filterGroup_ = new QGroupBox(tr("What a filter wants"));
    auto* filterForm = new QFormLayout(filterGroup_);
    filterForm->addRow(tr("Layer"), filterLayerBox_);
    filterForm->addRow(tr("Filter"), filterBox_);
    filterForm->addRow(tr("Steps"), stepsBox_);
    filterForm->addRow(centreUnitBox_);
    filterForm->addRow(startButton_);

    progress_ = new QProgressBar;
    progress_->setObjectName(QStringLiteral("explainProgress"));
    progress_->setRange(0, 1);
    progress_->setValue(0);
    progress_->setFormat(tr("%v of %m patches"));
    progress_->hide();
    stopButton_ = new QPushButton(tr("Compute"));
    stopButton_->setObjectName(QStringLiteral("explainStopButton"));
    stopButton_->setToolTip(tr("Stop the computation, or run it again"));
    connect(stopButton_, &QPushButton::clicked, this, [this] {
        if (computing_ && !visualizing_)
            stop();
        else
            explain();
    });

    // The column is as wide as the controls shown first need; the others fit it: a long layer
    // name is elided in its box, never the label beside it.
    for (QComboBox* box : {methodBox_, classBox_, gradCamLayerBox_, fillBox_, filterLayerBox_}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    auto* column = new QWidget;
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 4, 0);
    auto* methodForm = new QFormLayout;
    methodForm->addRow(tr("Method"), methodBox_);
    layout->addLayout(methodForm);
    layout->addWidget(reason_);
    layout->addWidget(mapSettings_);
    layout->addWidget(gradCamGroup_);
    layout->addWidget(occlusionGroup_);
    layout->addWidget(filterGroup_);
    layout->addWidget(progress_);
    layout->addWidget(stopButton_, 0, Qt::AlignLeft);
    layout->addStretch(1);
    column->setMinimumWidth(theme::px(250));
    return column;
}

QWidget* ExplainView::createMapPage() {
    mapView_ = new ImageView;
    mapView_->setObjectName(QStringLiteral("explainMapView"));
    mapView_->setMinimumSize(160, 160);
    legend_ = new ExplainLegend;
    legend_->setObjectName(QStringLiteral("explainLegend"));
    legend_->hide();
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mapView_, 1);
    layout->addWidget(legend_);
    return page;
}

QWidget* ExplainView::createVisualizerPage() {
    visualView_ = new ImageView;
    visualView_->setObjectName(QStringLiteral("filterWantsView"));
    visualView_->setMinimumSize(100, 100);
    weights_ = new FilterGrid;
    weights_->setObjectName(QStringLiteral("filterWantsWeights"));
    weights_->setEmptyText(tr("A filter of the first convolution shows its weights here, to "
                              "compare with the image it wants."));
    chart_ = new ObjectiveChart;
    chart_->setObjectName(QStringLiteral("objectiveChart"));
    images_ = new QSplitter(Qt::Horizontal);
    images_->setObjectName(QStringLiteral("filterWantsSplitter"));
    images_->setChildrenCollapsible(false);
    images_->addWidget(visualView_);
    images_->addWidget(weights_);
    images_->setStretchFactor(0, 1);
    images_->setStretchFactor(1, 1);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(images_, 1);
    layout->addWidget(chart_);
    return page;
}

// --- model, input, classes --------------------------------------------------------------------

void ExplainView::setModel(std::shared_ptr<const nn::Sequential> model, compute::Device device) {
    if (visualizing_) {
        stopVisualizing();
        sentenceLabel_->setText(tr("The network changed (its training moved on, or another one "
                                   "was loaded): press Start to ask its filter again."));
    }
    task_.cancel();
    setComputing(false);
    visualizer_.reset();
    source_ = std::move(model);
    spatialLayers_.clear();
    lastConvolution_ = -1;
    copy_.reset();
    if (source_) {
        copy_ = std::make_shared<ModelCopy>();
        copy_->source = source_;
        copy_->device = device;
        spatialLayers_ = nn::spatial_layers(*source_);
        lastConvolution_ = nn::last_convolution(*source_);
    }
    fillLayerBoxes();
    fillClassBox();
    updateMethodAvailability();
    showFilterWeights();
    if (!source_) { // else the old map stays until the new one replaces it
        map_ = {};
        renderOverlay();
        sentenceLabel_->setText(tr("No model yet: train one in the Train workspace, or load a "
                                   "model file there."));
    } else if (!input_.defined()) {
        sentenceLabel_->setText(tr("Choose an input on the left: a test example, a photo or a "
                                   "drawing. Its explanation appears here."));
    }
    requestExplanation();
}

void ExplainView::setClassNames(const QStringList& names) {
    if (names == classNames_)
        return;
    classNames_ = names;
    fillClassBox();
}

void ExplainView::setNormalisation(const std::vector<float>& mean, const std::vector<float>& std) {
    mean_ = mean;
    std_ = std;
}

void ExplainView::setInput(const compute::Tensor& normalised, const QImage& picture) {
    if (computing_ && !visualizing_)
        task_.cancel(); // a sweep of the old input is of no use now
    const std::int64_t oldHeight = input_.defined() ? input_.dim(1) : -1;
    input_ = normalised.defined() ? normalised.clone() : compute::Tensor();
    picture_ = picture;
    if (input_.defined() && input_.rank() == 3) {
        const int side = static_cast<int>(std::min(input_.dim(1), input_.dim(2)));
        const QSignalBlocker quietPatch(patchBox_), quietStride(strideBox_);
        patchBox_->setMaximum(side);
        strideBox_->setMaximum(side);
        // A patch of about a seventh of the side, moved half its width: 4 and 2 on 28×28, 32
        // and 16 on 224×224 (13 × 13 positions either way).
        if (!patchExplicit_ && input_.dim(1) != oldHeight) {
            const int patch = std::max(1, static_cast<int>(std::lround(side / 7.0)));
            patchBox_->setValue(patch);
            strideBox_->setValue(std::max(1, patch / 2));
        }
    }
    requestExplanation();
}

void ExplainView::fillLayerBoxes() {
    const QSignalBlocker quietGradCam(gradCamLayerBox_), quietFilter(filterLayerBox_);
    const int gradCamBefore =
        gradCamLayerBox_->currentData().isValid() ? gradCamLayerBox_->currentData().toInt() : -1;
    const QString gradCamName = wantedGradCamLayer_.isEmpty()
                                    ? (gradCamBefore >= 0 ? gradCamLayerBox_->currentText() : "")
                                    : wantedGradCamLayer_;
    const QString filterName =
        wantedFilterLayer_.isEmpty() ? filterLayerBox_->currentText() : wantedFilterLayer_;
    gradCamLayerBox_->clear();
    filterLayerBox_->clear();
    if (!source_)
        return;
    const std::vector<nn::LayerSummary> summaries = source_->layer_summaries();
    for (const int layer : spatialLayers_) {
        const compute::Shape& shape = summaries[static_cast<std::size_t>(layer)].output_shape;
        const QString text = shape.size() == 3 ? tr("%1 · %2×%3×%4")
                                                     .arg(layerName(layer))
                                                     .arg(shape[1])
                                                     .arg(shape[2])
                                                     .arg(shape[0])
                                               : layerName(layer);
        gradCamLayerBox_->addItem(text, layer);
        filterLayerBox_->addItem(text, layer);
    }
    // The layer asked for by name (a session, or the box before the model changed) where this
    // model has it; else Grad-CAM's last convolution and the first layer's filters.
    const auto byName = [this](QComboBox* box, const QString& text) {
        const QString name = text.section(QStringLiteral(" · "), 0, 0);
        for (int i = 0; i < box->count(); ++i)
            if (layerName(box->itemData(i).toInt()) == name)
                return i;
        return -1;
    };
    int gradCam = gradCamName.isEmpty() ? -1 : byName(gradCamLayerBox_, gradCamName);
    if (gradCam < 0)
        gradCam = gradCamLayerBox_->findData(lastConvolution_);
    gradCamLayerBox_->setCurrentIndex(std::max(gradCam, gradCamLayerBox_->count() > 0 ? 0 : -1));
    if (gradCam >= 0 && !wantedGradCamLayer_.isEmpty())
        wantedGradCamLayer_.clear();
    int filterLayer = filterName.isEmpty() ? -1 : byName(filterLayerBox_, filterName);
    if (filterLayer >= 0)
        wantedFilterLayer_.clear();
    else
        filterLayer = filterLayerBox_->count() > 0 ? 0 : -1;
    filterLayerBox_->setCurrentIndex(filterLayer);
    if (filterLayer >= 0) {
        const compute::Shape& shape =
            summaries[static_cast<std::size_t>(filterLayerBox_->currentData().toInt())]
                .output_shape;
        const QSignalBlocker quietIndex(filterBox_);
        filterBox_->setRange(1, static_cast<int>(shape.empty() ? 1 : shape[0]));
        if (wantedFilter_ >= 0) {
            filterBox_->setValue(wantedFilter_ + 1);
            wantedFilter_ = -1;
        }
    }
}

void ExplainView::fillClassBox() {
    const QSignalBlocker quiet(classBox_);
    const int before = explainedClass();
    int classes = static_cast<int>(classNames_.size());
    if (source_) {
        const compute::Shape out = source_->output_shape();
        if (out.size() == 1)
            classes = static_cast<int>(out[0]);
    }
    classBox_->clear();
    classBox_->addItem(scores_.scores.empty() || mapClass_ < 0
                           ? tr("predicted class")
                           : tr("predicted: %1").arg(className(scores_.predicted)),
                       kPredicted);
    for (int k = 0; k < classes; ++k)
        classBox_->addItem(className(k), k);
    classBox_->setCurrentIndex(std::max(0, classBox_->findData(before)));
}

QString ExplainView::className(int index) const {
    return index >= 0 && index < classNames_.size() ? classNames_[index]
                                                    : tr("class %1").arg(index);
}

QString ExplainView::layerName(int layer) const {
    if (!source_ || layer < 0 || layer >= source_->size())
        return {};
    return QString::fromStdString(source_->layer(layer).name());
}

int ExplainView::firstConvolution() const {
    if (!source_)
        return -1;
    for (int i = 0; i < source_->size(); ++i)
        if (source_->layer(i).kind() == "Conv2d")
            return i;
    return -1;
}

int ExplainView::producingConvolution(int layer) const {
    if (!source_)
        return -1;
    for (int i = layer; i >= 0; --i) {
        const std::string kind = source_->layer(i).kind();
        if (kind == "Conv2d")
            return i;
        if (kind == "LocallyConnected2d" || kind == "Dense")
            return -1;
    }
    return -1;
}

// --- settings --------------------------------------------------------------------------------

ExplainView::Method ExplainView::method() const {
    return static_cast<Method>(std::max(0, methodBox_->currentIndex()));
}

void ExplainView::setMethod(Method method) {
    methodBox_->setCurrentIndex(static_cast<int>(method));
    showMethodControls();
}

QString ExplainView::methodProblem(Method method) const {
    if (!source_)
        return tr("There is no model to explain yet.");
    if (source_->input_shape().size() != 3)
        return tr("The explanations need a network whose input is an image (channels × height "
                  "× width); this one takes %1 values.")
            .arg(source_->input_shape().empty() ? 0 : source_->input_shape()[0]);
    if (method == Method::GradCam && lastConvolution_ < 0)
        return tr("Grad-CAM needs a convolution layer: this network has none (an MLP flattens "
                  "the image first, so no layer keeps maps to weigh).");
    if (method == Method::FilterWants && spatialLayers_.empty())
        return tr("What a filter wants needs a layer with filters: this network has none.");
    return {};
}

void ExplainView::updateMethodAvailability() {
    auto* items = qobject_cast<QStandardItemModel*>(methodBox_->model());
    for (int i = 0; i < methodBox_->count(); ++i) {
        const QString problem = source_ ? methodProblem(static_cast<Method>(i)) : QString();
        if (items) {
            items->item(i)->setEnabled(problem.isEmpty());
            items->item(i)->setToolTip(problem);
        }
    }
    showMethodControls();
}

void ExplainView::showMethodControls() {
    const Method chosen = method();
    const bool filter = chosen == Method::FilterWants;
    mapSettings_->setVisible(!filter);
    gradCamGroup_->setVisible(chosen == Method::GradCam);
    occlusionGroup_->setVisible(chosen == Method::Occlusion);
    filterGroup_->setVisible(filter);
    stopButton_->setVisible(!filter);
    pages_->setCurrentIndex(filter ? 1 : 0);
    const QString problem = source_ ? methodProblem(chosen) : QString();
    reason_->setText(problem);
    reason_->setVisible(!problem.isEmpty());
    if (filter)
        sentenceLabel_->setText(visualImage_.defined() ? sentenceLabel_->text()
                                                       : tr("What a filter wants: press Start to "
                                                            "grow, from grey, the input that "
                                                            "excites the filter most."));
}

int ExplainView::explainedClass() const {
    return classBox_->currentData().isValid() ? classBox_->currentData().toInt() : kPredicted;
}

void ExplainView::setExplainedClass(int classIndex) {
    const int row = classBox_->findData(classIndex);
    classBox_->setCurrentIndex(std::max(0, row));
}

double ExplainView::opacity() const {
    return opacity_->value() / 100.0;
}

void ExplainView::setOpacity(double opacity) {
    opacity_->setValue(static_cast<int>(std::lround(std::clamp(opacity, 0.0, 1.0) * 100.0)));
}

int ExplainView::gradCamLayer() const {
    return gradCamLayerBox_->currentData().isValid() ? gradCamLayerBox_->currentData().toInt() : -1;
}

void ExplainView::setGradCamLayer(int layer) {
    const int row = gradCamLayerBox_->findData(layer);
    if (row >= 0)
        gradCamLayerBox_->setCurrentIndex(row);
}

nn::OcclusionSettings ExplainView::occlusionSettings() const {
    nn::OcclusionSettings settings;
    settings.patch = patchBox_->value();
    settings.stride = strideBox_->value();
    settings.fill = fillValue(occlusionFill());
    // 64 covered copies of a 28×28 input at a time, fewer of a larger one: 4 of VGG-16's
    // 224×224, whose every map is 64 times as large.
    if (input_.defined() && input_.rank() == 3) {
        const std::int64_t pixels = input_.dim(1) * input_.dim(2);
        settings.batch = static_cast<int>(std::clamp<std::int64_t>(64 * 784 / pixels, 4, 64));
    }
    return settings;
}

ExplainView::Fill ExplainView::occlusionFill() const {
    return static_cast<Fill>(std::max(0, fillBox_->currentIndex()));
}

void ExplainView::setOcclusion(int patch, int stride, Fill fill) {
    const QSignalBlocker quietPatch(patchBox_), quietStride(strideBox_);
    patchBox_->setValue(patch);
    strideBox_->setValue(stride);
    patchExplicit_ = true;
    fillBox_->setCurrentIndex(static_cast<int>(fill)); // asks for the map
    requestExplanation();
}

float ExplainView::fillValue(Fill fill) const {
    if (fill == Fill::Mean)
        return 0.0f;
    // Black or white normalised channel by channel, then averaged: one value for every channel.
    const float pixel = fill == Fill::Black ? 0.0f : 1.0f;
    if (mean_.empty() || mean_.size() != std_.size())
        return pixel;
    double sum = 0;
    for (std::size_t c = 0; c < mean_.size(); ++c)
        sum += (pixel - mean_[c]) / std_[c];
    return static_cast<float>(sum / static_cast<double>(mean_.size()));
}

int ExplainView::filterLayer() const {
    return filterLayerBox_->currentData().isValid() ? filterLayerBox_->currentData().toInt() : -1;
}

int ExplainView::filterIndex() const {
    return filterBox_->value() - 1;
}

int ExplainView::filterSteps() const {
    return stepsBox_->value();
}

void ExplainView::setFilter(int layer, int filter, int steps) {
    const int row = filterLayerBox_->findData(layer);
    if (row >= 0)
        filterLayerBox_->setCurrentIndex(row);
    filterBox_->setValue(filter + 1);
    stepsBox_->setValue(steps);
}

QString ExplainView::sentence() const {
    return sentenceLabel_->text();
}

QStringList ExplainView::classEntries() const {
    QStringList entries;
    for (int i = 0; i < classBox_->count(); ++i)
        entries << classBox_->itemText(i);
    return entries;
}

bool ExplainView::isComputing() const {
    return computing_;
}

void ExplainView::setComputing(bool computing) {
    if (computing_ == computing)
        return;
    computing_ = computing;
    stopButton_->setText(computing && !visualizing_ ? tr("Stop") : tr("Compute"));
    if (!computing)
        progress_->hide();
    emit computingChanged(computing);
}

// --- explanations ------------------------------------------------------------------------------

void ExplainView::requestExplanation() {
    stale_ = true;
    if (!isVisible() || explainScheduled_)
        return;
    explainScheduled_ = true;
    // One request for several settings changed together (a session, a lesson's step).
    QTimer::singleShot(0, this, [this] {
        explainScheduled_ = false;
        if (stale_ && isVisible())
            explain();
    });
}

void ExplainView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    // The image and the filter's weights side by side where there is room for both (the
    // weights' colour scale needs about 260 px), else the weights under the image.
    const Qt::Orientation wanted =
        pages_->width() >= theme::px(560) ? Qt::Horizontal : Qt::Vertical;
    if (images_->orientation() != wanted) {
        images_->setOrientation(wanted);
        // Stacked, the weights need the height of their title, scale and cells.
        images_->setSizes(wanted == Qt::Horizontal ? QList<int>{1, 1} : QList<int>{2, 3});
    }
}

void ExplainView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (stale_)
        requestExplanation();
}

void ExplainView::explain() {
    stale_ = false;
    const Method chosen = method();
    if (chosen == Method::FilterWants || !copy_ || !input_.defined())
        return;
    const QString problem = methodProblem(chosen);
    if (!problem.isEmpty()) {
        task_.cancel();
        setComputing(false);
        map_ = {};
        renderOverlay();
        sentenceLabel_->setText(problem);
        return;
    }
    const int wanted = explainedClass();
    const int layer = gradCamLayer();
    const nn::OcclusionSettings occlusion = occlusionSettings();
    const Fill fill = occlusionFill();
    progress_->setVisible(chosen == Method::Occlusion);
    progress_->setValue(0);
    setComputing(true);
    QProgressBar* bar = progress_;
    task_.run(
        [copy = copy_, input = input_, chosen, wanted, layer, occlusion, fill,
         bar](const CancelFlag& cancelled) {
            Explained result;
            result.method = chosen;
            result.layer = layer;
            result.occlusion = occlusion;
            result.fill = fill;
            try {
                nn::Sequential& model = copy->get();
                result.device = QString::fromStdString(model.device().id());
                const compute::Tensor x = input.to(model.device());
                result.scores = nn::class_scores(model, x);
                result.classIndex = wanted == kPredicted ? result.scores.predicted : wanted;
                switch (chosen) {
                case Method::Saliency:
                    result.map = nn::saliency(model, x, result.classIndex);
                    break;
                case Method::SmoothGrad:
                    result.map = nn::saliency(
                        model, x, result.classIndex,
                        nn::SmoothGradSettings{kSmoothGradSamples, kSmoothGradNoise, 1});
                    break;
                case Method::GradCam: {
                    nn::GradCam cam = nn::grad_cam(model, x, result.classIndex, layer);
                    result.activations = cam.activations.shape();
                    result.map = std::move(cam.map);
                    break;
                }
                case Method::Occlusion:
                    result.map = nn::occlusion(model, x, result.classIndex, occlusion,
                                               [&cancelled, bar](int done, int total) {
                                                   QMetaObject::invokeMethod(
                                                       bar,
                                                       [bar, done, total] {
                                                           bar->setRange(0, total);
                                                           bar->setValue(done);
                                                       },
                                                       Qt::QueuedConnection);
                                                   return !cancelled.load();
                                               });
                    break;
                case Method::FilterWants:
                    break;
                }
            } catch (const std::exception& e) {
                if (cancelled.load())
                    result.stopped = true;
                else
                    result.problem = translateCoreMessage(e.what());
            }
            return result;
        },
        [this](Explained result) { showExplained(std::move(result)); });
}

void ExplainView::stop() {
    if (!computing_ || visualizing_)
        return;
    task_.cancel();
    setComputing(false);
    stale_ = true;
    sentenceLabel_->setText(tr("Stopped before the map was done: press Compute, or change a "
                               "setting, to compute it again."));
}

void ExplainView::showExplained(Explained result) {
    setComputing(task_.isBusy());
    if (result.stopped)
        return;
    if (!result.problem.isEmpty()) {
        map_ = {};
        renderOverlay();
        sentenceLabel_->setText(tr("Could not explain this input: %1").arg(result.problem));
        return;
    }
    scores_ = result.scores;
    map_ = std::move(result.map);
    mapClass_ = result.classIndex;
    mapMethod_ = result.method;
    fillClassBox();
    const auto [low, high] = valueRange(map_);
    const std::int64_t height = map_.dim(0), width = map_.dim(1);
    const QString name = className(mapClass_);
    const auto index = static_cast<std::size_t>(mapClass_);
    const double probability =
        index < scores_.probabilities.size() ? scores_.probabilities[index] : 0.0;
    const double score = index < scores_.scores.size() ? scores_.scores[index] : 0.0;
    const int channels = static_cast<int>(input_.dim(0));
    QString text;
    signedMap_ = false;
    switch (result.method) {
    case Method::Saliency:
        text = tr("Saliency: the gradient of %1's score (%2, before the softmax) with respect to "
                  "each of the %3 × %4 input pixels, through the network's own backward pass; "
                  "shown is the largest |∂score/∂x| over %5, from %6 to %7.")
                   .arg(name, number(score))
                   .arg(height)
                   .arg(width)
                   .arg(channels == 1 ? tr("its one channel") : tr("its %1 channels").arg(channels))
                   .arg(number(low), number(high));
        break;
    case Method::SmoothGrad:
        text = tr("SmoothGrad: the gradient of %1's score (%2) with respect to the %3 × %4 input "
                  "pixels, |∂score/∂x| averaged over %5 copies of the input with Gaussian noise "
                  "of %6 % of its range, largest over the channels: from %7 to %8.")
                   .arg(name, number(score))
                   .arg(height)
                   .arg(width)
                   .arg(kSmoothGradSamples)
                   .arg(std::lround(kSmoothGradNoise * 100.0f))
                   .arg(number(low), number(high));
        break;
    case Method::GradCam: {
        const compute::Shape& a = result.activations;
        const std::int64_t k = a.size() == 3 ? a[0] : 0, h = a.size() == 3 ? a[1] : 0,
                           w = a.size() == 3 ? a[2] : 0;
        text = tr("Grad-CAM on %1: its %2 maps of %3 × %4, each weighted by the mean gradient of "
                  "%5's score over it, summed, negatives set to 0 (ReLU) and enlarged bilinearly "
                  "from %3 × %4 to %6 × %7; from %8 to %9.")
                   .arg(layerName(result.layer))
                   .arg(k)
                   .arg(h)
                   .arg(w)
                   .arg(name)
                   .arg(height)
                   .arg(width)
                   .arg(number(low), number(high));
        break;
    }
    case Method::Occlusion: {
        const nn::OcclusionSettings& o = result.occlusion;
        const QString fillWord = result.fill == Fill::Mean    ? tr("grey")
                                 : result.fill == Fill::Black ? tr("black")
                                                              : tr("white");
        const auto positions = [&](std::int64_t extent) {
            const bool exact = (extent - o.patch) % o.stride == 0;
            return tr(exact ? "(%1 − %2) / %3 + 1" : "⌊(%1 − %2) / %3⌋ + 1")
                .arg(extent)
                .arg(o.patch)
                .arg(o.stride);
        };
        const int down = nn::occlusion_positions(static_cast<int>(height), o.patch, o.stride);
        const int across = nn::occlusion_positions(static_cast<int>(width), o.patch, o.stride);
        const QString formula =
            height == width ? positions(height)
                            : tr("%1 down and %2 across").arg(positions(height), positions(width));
        text = tr("Occlusion: a %1×%1 %2 patch slid with stride %3 — itself a convolution-shaped "
                  "sweep, %4 × %5 positions as %6 — and how much p(%7) = %8 dropped at each "
                  "(averaged over the patches covering a pixel: from %9 to %10).")
                   .arg(o.patch)
                   .arg(fillWord)
                   .arg(o.stride)
                   .arg(down)
                   .arg(across)
                   .arg(formula, name, number(probability), number(low), number(high));
        signedMap_ = true;
        break;
    }
    case Method::FilterWants:
        break;
    }
    sentenceLabel_->setText(text);
    if (signedMap_) {
        const double scale = std::max(std::abs(low), std::abs(high));
        mapLow_ = -scale;
        mapHigh_ = scale;
        legend_->setRange(theme::ColourMap::Diverging, number(-scale), number(scale),
                          tr("probability drop:"));
    } else {
        mapLow_ = 0.0;
        mapHigh_ = high;
        legend_->setRange(theme::ColourMap::Cividis, number(0.0), number(high),
                          result.method == Method::GradCam ? tr("Grad-CAM:") : tr("|∂score/∂x|:"));
    }
    renderOverlay();
    emit explained();
}

void ExplainView::renderOverlay() {
    if (!map_.defined() || map_.rank() != 2) {
        overlay_ = {};
        mapView_->setImage(picture_);
        if (!map_.defined())
            legend_->hide();
        return;
    }
    const int height = static_cast<int>(map_.dim(0)), width = static_cast<int>(map_.dim(1));
    QImage base = picture_.isNull() ? QImage(width, height, QImage::Format_RGB32)
                                    : picture_.convertToFormat(QImage::Format_RGB32);
    if (picture_.isNull())
        base.fill(Qt::black);
    if (base.size() != QSize(width, height))
        base = base.scaled(width, height);
    const double alpha = opacity();
    const float* values = map_.data();
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        const auto* in = reinterpret_cast<const QRgb*>(base.constScanLine(y));
        auto* out = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const double v = values[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) +
                                    static_cast<std::size_t>(x)];
            const QRgb colour = signedMap_ ? theme::divergingRgb(mapHigh_ > 0 ? v / mapHigh_ : 0.0)
                                           : theme::cividisRgb(mapHigh_ > 0 ? v / mapHigh_ : 0.0);
            const auto mix = [alpha](int a, int b) {
                return static_cast<int>(std::lround((1.0 - alpha) * a + alpha * b));
            };
            out[x] = qRgb(mix(qRed(in[x]), qRed(colour)), mix(qGreen(in[x]), qGreen(colour)),
                          mix(qBlue(in[x]), qBlue(colour)));
        }
    }
    overlay_ = image;
    const cv::Mat values32(height, width, CV_32F, const_cast<float*>(values));
    mapView_->setImage(overlay_, values32.clone());
}

// --- what a filter wants -----------------------------------------------------------------------

void ExplainView::showFilterWeights() {
    const int layer = filterLayer();
    const int conv = layer >= 0 ? producingConvolution(layer) : -1;
    if (!source_ || conv < 0 || conv != firstConvolution()) {
        weights_->setWeights({});
        weights_->setTitle({});
        return;
    }
    compute::Tensor weights;
    for (const nn::Parameter* p : source_->layer(conv).parameters())
        if (p->name.ends_with(".weight"))
            weights = p->value;
    const int filter = filterIndex();
    if (!weights.defined() || weights.rank() != 4 || filter < 0 || filter >= weights.dim(0)) {
        weights_->setWeights({});
        return;
    }
    const compute::Tensor cpu = weights.to(compute::Device::cpu());
    const compute::Shape shape = cpu.shape();
    const std::int64_t size = shape[1] * shape[2] * shape[3];
    weights_->setWeights(compute::Tensor::from(
        {1, shape[1], shape[2], shape[3]},
        std::span<const float>(cpu.data() + filter * size, static_cast<std::size_t>(size))));
    weights_->setTitle(tr("filter %1 of %2: its weights").arg(filter + 1).arg(layerName(conv)));
}

void ExplainView::startVisualizing() {
    if (!copy_ || !methodProblem(Method::FilterWants).isEmpty() || filterLayer() < 0)
        return;
    task_.cancel();
    visualizer_.reset();
    objectives_.clear();
    visualImage_ = {};
    visualLayer_ = filterLayer();
    visualFilter_ = filterIndex();
    visualizing_ = true;
    setComputing(true);
    startButton_->setText(tr("Stop"));
    showFilterWeights();
    chart_->setValues({});
    runVisualizerChunk();
}

void ExplainView::stopVisualizing() {
    if (!visualizing_)
        return;
    visualizing_ = false;
    task_.cancel();
    startButton_->setText(tr("Start"));
    setComputing(false);
}

int ExplainView::visualizedSteps() const {
    return visualizer_ ? static_cast<int>(objectives_.size()) : 0;
}

compute::Tensor ExplainView::visualizedImage() const {
    return visualImage_;
}

void ExplainView::runVisualizerChunk() {
    nn::VisualizeSettings settings;
    settings.layer = visualLayer_;
    settings.filter = visualFilter_;
    settings.centre_unit = centreUnitBox_->isChecked();
    // One unit sees one window: jitter would only move the window about and make its value jump.
    if (settings.centre_unit)
        settings.jitter = 0;
    if (!mean_.empty() && mean_.size() == std_.size()) {
        settings.low = std::numeric_limits<float>::max();
        settings.high = std::numeric_limits<float>::lowest();
        for (std::size_t c = 0; c < mean_.size(); ++c) {
            settings.low = std::min(settings.low, -mean_[c] / std_[c]);
            settings.high = std::max(settings.high, (1.0f - mean_[c]) / std_[c]);
        }
    }
    const int remaining = filterSteps() - static_cast<int>(objectives_.size());
    task_.run(
        [copy = copy_, running = visualizer_, settings, remaining](const CancelFlag& cancelled) {
            std::shared_ptr<nn::FilterVisualizer> visualizer = running;
            Visualized result;
            try {
                if (!visualizer)
                    visualizer = std::make_shared<nn::FilterVisualizer>(copy->get(), settings);
                QElapsedTimer clock;
                clock.start();
                for (int i = 0; i < std::min(remaining, kStepsPerUpdate) && !cancelled.load();
                     ++i) {
                    result.objectives.push_back(visualizer->step());
                    if (clock.elapsed() > kUpdateMilliseconds)
                        break;
                }
                result.image = visualizer->image().clone();
                result.steps = visualizer->steps();
            } catch (const std::exception& e) {
                result.problem = translateCoreMessage(e.what());
            }
            result.visualizer = std::move(visualizer);
            return result;
        },
        [this](Visualized result) { showVisualized(std::move(result)); });
}

void ExplainView::showVisualized(Visualized result) {
    if (!visualizing_)
        return;
    if (!result.problem.isEmpty()) {
        stopVisualizing();
        sentenceLabel_->setText(tr("Could not grow the image: %1").arg(result.problem));
        return;
    }
    visualizer_ = std::move(result.visualizer);
    objectives_.insert(objectives_.end(), result.objectives.begin(), result.objectives.end());
    visualImage_ = result.image;
    visualView_->setImage(tensorImage(visualImage_, mean_, std_));
    chart_->setValues(objectives_);
    const bool centre = centreUnitBox_->isChecked();
    const QString layer = layerName(visualLayer_);
    if (!objectives_.empty()) {
        const bool first =
            producingConvolution(visualLayer_) == firstConvolution() && firstConvolution() >= 0;
        sentenceLabel_->setText(
            tr("What filter %1 of %2 wants: an input grown from grey by %3 steps of gradient "
               "ascent on %4 (from %5 to %6), %7blurred and pulled towards grey as it goes%8.")
                .arg(visualFilter_ + 1)
                .arg(layer)
                .arg(objectives_.size())
                .arg(centre ? tr("the value at its map's centre") : tr("its map's mean"))
                .arg(number(objectives_.front()), number(objectives_.back()))
                .arg(centre ? QString() : tr("jittered, "))
                .arg(first ? tr("; beside it, the filter's own weights") : QString()));
    }
    emit visualizerStepped();
    if (static_cast<int>(objectives_.size()) < filterSteps() && !result.objectives.empty())
        runVisualizerChunk();
    else
        stopVisualizing();
}

// --- session -----------------------------------------------------------------------------------

json ExplainView::settings() const {
    const int gradCam = gradCamLayer();
    const int filter = filterLayer();
    return {{"method", kMethodIds[static_cast<int>(method())]},
            {"class", explainedClass()},
            {"opacity", opacity()},
            {"layer",
             gradCam >= 0 ? layerName(gradCam).toStdString() : wantedGradCamLayer_.toStdString()},
            {"patch", patchBox_->value()},
            {"stride", strideBox_->value()},
            {"fill", kFillIds[static_cast<int>(occlusionFill())]},
            {"filter_layer",
             filter >= 0 ? layerName(filter).toStdString() : wantedFilterLayer_.toStdString()},
            {"filter", filterIndex()},
            {"centre_unit", centreUnitBox_->isChecked()},
            {"steps", filterSteps()}};
}

QString ExplainView::checkSettings(const json& settings) {
    if (!settings.is_object())
        return tr("inspect.explain is not an object");
    const auto oneOf = [&](const char* key, const auto& ids) {
        if (!settings.contains(key))
            return true;
        const json& value = settings[key];
        return value.is_string() &&
               std::any_of(std::begin(ids), std::end(ids),
                           [&](const char* id) { return value.get<std::string>() == id; });
    };
    const auto whole = [&](const char* key, long long low, long long high) {
        if (!settings.contains(key))
            return true;
        const json& value = settings[key];
        return value.is_number_integer() && value.get<long long>() >= low &&
               value.get<long long>() <= high;
    };
    const auto text = [&](const char* key) {
        return !settings.contains(key) || settings[key].is_string();
    };
    if (!oneOf("method", kMethodIds))
        return tr("inspect.explain.method is not saliency, smoothgrad, gradcam, occlusion or "
                  "filter");
    if (!whole("class", kPredicted, 1'000'000))
        return tr("inspect.explain.class is not a class number (−1: the predicted one)");
    if (settings.contains("opacity") &&
        (!settings["opacity"].is_number() || !(settings["opacity"].get<double>() >= 0.0) ||
         settings["opacity"].get<double>() > 1.0))
        return tr("inspect.explain.opacity is not a number from 0 to 1");
    if (!text("layer"))
        return tr("inspect.explain.layer is not a layer's name");
    if (!whole("patch", 1, 4096))
        return tr("inspect.explain.patch is not a size from 1 to 4096");
    if (!whole("stride", 1, 4096))
        return tr("inspect.explain.stride is not a step from 1 to 4096");
    if (!oneOf("fill", kFillIds))
        return tr("inspect.explain.fill is not mean, black or white");
    if (!text("filter_layer"))
        return tr("inspect.explain.filter_layer is not a layer's name");
    if (!whole("filter", 0, 1'000'000))
        return tr("inspect.explain.filter is not a filter number");
    if (settings.contains("centre_unit") && !settings["centre_unit"].is_boolean())
        return tr("inspect.explain.centre_unit is not true or false");
    if (!whole("steps", 1, 5000))
        return tr("inspect.explain.steps is not a number from 1 to 5000");
    return {};
}

void ExplainView::applySettings(const json& settings) {
    const auto indexOf = [](const std::string& id, const auto& ids) {
        for (std::size_t i = 0; i < std::size(ids); ++i)
            if (id == ids[i])
                return static_cast<int>(i);
        return 0;
    };
    if (settings.contains("class")) {
        // A class this model lacks stays asked for in the box's absence: the predicted one.
        setExplainedClass(settings["class"].get<int>());
    }
    if (settings.contains("opacity"))
        setOpacity(settings["opacity"].get<double>());
    if (settings.contains("layer")) {
        wantedGradCamLayer_ = QString::fromStdString(settings["layer"].get<std::string>());
        if (wantedGradCamLayer_.isEmpty()) // the default: the last convolution
            setGradCamLayer(lastConvolution_);
        if (!wantedGradCamLayer_.isEmpty())
            for (int i = 0; i < gradCamLayerBox_->count(); ++i)
                if (layerName(gradCamLayerBox_->itemData(i).toInt()) == wantedGradCamLayer_) {
                    gradCamLayerBox_->setCurrentIndex(i);
                    wantedGradCamLayer_.clear();
                    break;
                }
    }
    if (settings.contains("patch") || settings.contains("stride") || settings.contains("fill"))
        setOcclusion(settings.value("patch", patchBox_->value()),
                     settings.value("stride", strideBox_->value()),
                     settings.contains("fill")
                         ? static_cast<Fill>(indexOf(settings["fill"].get<std::string>(), kFillIds))
                         : occlusionFill());
    if (settings.contains("filter_layer")) {
        wantedFilterLayer_ = QString::fromStdString(settings["filter_layer"].get<std::string>());
        for (int i = 0; i < filterLayerBox_->count(); ++i)
            if (layerName(filterLayerBox_->itemData(i).toInt()) == wantedFilterLayer_) {
                filterLayerBox_->setCurrentIndex(i);
                wantedFilterLayer_.clear();
                break;
            }
    }
    if (settings.contains("filter")) {
        const int filter = settings["filter"].get<int>();
        if (filter < filterBox_->maximum() && wantedFilterLayer_.isEmpty())
            filterBox_->setValue(filter + 1);
        else
            wantedFilter_ = filter;
    }
    if (settings.contains("steps"))
        stepsBox_->setValue(settings["steps"].get<int>());
    if (settings.contains("centre_unit"))
        centreUnitBox_->setChecked(settings["centre_unit"].get<bool>());
    if (settings.contains("method"))
        setMethod(static_cast<Method>(indexOf(settings["method"].get<std::string>(), kMethodIds)));
}

} // namespace convsight::widgets
