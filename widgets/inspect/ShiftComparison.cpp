// ShiftComparison: training and the study each run through a LatestTask; the workers post their
// progress to the GUI thread with queued calls, and the tasks bring the models and curves back.
#include "inspect/ShiftComparison.h"

#include "common/CoreMessages.h"
#include "common/Plurals.h"
#include "common/Theme.h"
#include "nn/ModelFile.h"
#include "nn/Models.h"
#include "nn/Trainer.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>
#include <functional>

namespace convsight::widgets {
namespace {

constexpr int kMaxShift = 8;
constexpr std::uint64_t kSeed = 1;
// Colours of the theme in force.
QColor mlpColour() {
    return theme::colours().mlp;
}
QColor cnnColour() {
    return theme::colours().accent;
}

// The "mlp" preset when it fits the data and has within 15 % of the CNN's parameters (it matches
// "small"); otherwise the same layers with the first hidden layer sized to the CNN's count, so
// the comparison stays fair whatever the data set and CNN.
nn::Sequential matchingMlp(const data::Dataset& data, std::int64_t cnnParameters) {
    const compute::Shape input = data.example_shape();
    const int classes = data.class_count();
    nn::Sequential preset = nn::make_model("mlp", kSeed);
    const double ratio =
        double(preset.parameter_count()) / double(std::max<std::int64_t>(1, cnnParameters));
    if (preset.input_shape() == input && preset.output_shape() == compute::Shape{classes} &&
        std::abs(ratio - 1.0) <= 0.15)
        return preset;
    nlohmann::json architecture = nn::architecture_json(preset);
    architecture["input"] = input;
    nlohmann::json& layers = architecture.at("layers");
    nlohmann::json* first = nullptr;
    for (nlohmann::json& layer : layers)
        if (layer.value("type", "") == "dense") {
            first = &layer;
            break;
        }
    const int second = layers.at(3).value("units", 32);
    // params = h·(pixels + 1 + second) + second·(1 + classes) + classes
    const std::int64_t pixels = compute::shape_numel(input);
    const std::int64_t rest = second * (1 + classes) + classes;
    (*first)["units"] = std::max<std::int64_t>(16, (cnnParameters - rest) / (pixels + 1 + second));
    layers.back()["units"] = classes;
    nn::Sequential model = nn::model_from_json(architecture);
    model.initialize(kSeed);
    return model;
}

// Trains `model` on `data` for `epochs`, reporting the fraction done; returns a CPU copy, or null
// when cancelled.
std::shared_ptr<nn::Sequential> trainOne(nn::Sequential model, const data::DatasetSplit& data,
                                         int epochs, const CancelFlag& cancel,
                                         const std::function<void(double)>& progress) {
    nn::TrainerConfig config;
    config.epochs = epochs;
    config.batch_size = 64;
    config.seed = kSeed;
    nn::Trainer trainer(std::move(model), data, config);
    const double total = double(epochs * trainer.batches_per_epoch());
    double done = 0;
    while (trainer.train_batch()) {
        progress(++done / total);
        if (cancel)
            return nullptr;
    }
    return std::make_shared<nn::Sequential>(nn::copy_model(trainer.model()));
}

QString percent(double fraction) {
    return QStringLiteral("%1 %").arg(QLocale().toString(100.0 * fraction, 'f', 1));
}

} // namespace

ShiftComparison::ShiftComparison(QWidget* parent)
    : QWidget(parent)
    , cnnArchitecture_(nn::architecture_json(nn::make_model("small", kSeed))) {
    setObjectName(QStringLiteral("shiftComparison"));
    QFont labels = font();
    labels.setPointSizeF(std::max(12.0, labels.pointSizeF()));
    setFont(labels);

    auto* intro = new QLabel(
        tr("An MLP gives every pixel its own weights; a CNN slides the same small filters over "
           "the whole picture. Train both with about as many parameters, then move the test "
           "images to the right pixel by pixel: is the network translationally invariant, "
           "f(T(x)) = f(x)?"));
    intro->setObjectName(QStringLiteral("shiftIntro"));
    intro->setWordWrap(true);

    progress_ = new QProgressBar;
    progress_->setObjectName(QStringLiteral("shiftProgress"));
    progress_->setRange(0, 1000);
    progress_->setTextVisible(false);
    progress_->setMaximumHeight(10);
    status_ = new MessageLine;
    status_->setObjectName(QStringLiteral("shiftStatus"));

    conclusion_ = new QLabel;
    conclusion_->setObjectName(QStringLiteral("shiftConclusion"));
    conclusion_->setWordWrap(true);
    QFont conclusionFont = labels;
    conclusionFont.setPointSizeF(labels.pointSizeF() + 1);
    conclusion_->setFont(conclusionFont);
    conclusion_->setTextFormat(Qt::RichText);

    // Two rows, so that the tab fits beside the input panel in a 1024 px window.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(intro);
    layout->addLayout(createTrainRow());
    layout->addLayout(createShiftRow());
    layout->addWidget(progress_);
    layout->addWidget(status_);
    layout->addWidget(createChart(labels), 1);
    layout->addWidget(conclusion_);

    connect(&training_, &LatestTask::idle, this, &ShiftComparison::updateControls);
    connect(&study_, &LatestTask::idle, this, &ShiftComparison::updateControls);
    plot();
    setStatus(tr("Press \"Train both\" to train an MLP and the CNN on the current data set."));
    updateControls();
}

QHBoxLayout* ShiftComparison::createTrainRow() {
    trainButton_ = new QPushButton(tr("Train both"));
    trainButton_->setObjectName(QStringLiteral("trainBothButton"));
    trainButton_->setToolTip(tr("Train the MLP and the Train workspace's CNN on the current data "
                                "set, then measure them on shifted test images"));
    epochsBox_ = new QSpinBox;
    epochsBox_->setObjectName(QStringLiteral("shiftEpochsBox"));
    epochsBox_->setRange(1, 30);
    epochsBox_->setValue(2);
    epochsBox_->setSuffix(tr(" epochs"));
    epochsBox_->setToolTip(tr("How many epochs each of the two networks trains"));
    connect(epochsBox_, &QSpinBox::valueChanged, epochsBox_, [this](int epochs) {
        epochsBox_->setSuffix(epochs == 1 ? tr(" epoch") : tr(" epochs"));
    });
    cancelButton_ = new QPushButton(tr("Cancel"));
    cancelButton_->setObjectName(QStringLiteral("cancelShiftButton"));
    cancelButton_->setToolTip(tr("Stop training or measuring the two networks"));
    connect(trainButton_, &QPushButton::clicked, this, [this] { train(epochsBox_->value()); });
    connect(cancelButton_, &QPushButton::clicked, this, &ShiftComparison::cancel);

    auto* trainRow = new QHBoxLayout;
    trainRow->addWidget(trainButton_);
    trainRow->addWidget(epochsBox_);
    trainRow->addWidget(cancelButton_);
    trainRow->addStretch(1);
    return trainRow;
}

QHBoxLayout* ShiftComparison::createShiftRow() {
    shiftSlider_ = new QSlider(Qt::Horizontal);
    shiftSlider_->setObjectName(QStringLiteral("maxShiftSlider"));
    shiftSlider_->setToolTip(tr("How far the test images move right, in pixels, at most"));
    shiftSlider_->setRange(0, kMaxShift);
    shiftSlider_->setValue(6);
    shiftSlider_->setTickPosition(QSlider::TicksBelow);
    shiftSlider_->setTickInterval(1);
    shiftSlider_->setPageStep(1);
    shiftSlider_->setTracking(false); // one study when the slider is let go, not one per pixel
    shiftSlider_->setMinimumWidth(100);
    shiftValue_ = new QLabel;
    shiftValue_->setObjectName(QStringLiteral("maxShiftValue"));
    shiftValue_->setMinimumWidth(fontMetrics().horizontalAdvance(tr("up to 8 px")) + 8);
    studyButton_ = new QPushButton(tr("Measure"));
    studyButton_->setObjectName(QStringLiteral("runStudyButton"));
    studyButton_->setToolTip(tr("Run both models on the test set shifted by 0 to the largest "
                                "shift"));
    const auto showShift = [this](int value) {
        shiftValue_->setText(tr("up to %1 px").arg(value));
    };
    showShift(shiftSlider_->value());
    connect(shiftSlider_, &QSlider::sliderMoved, this, showShift);
    connect(shiftSlider_, &QSlider::valueChanged, this, [this, showShift](int value) {
        showShift(value);
        if (mlp_ && cnn_ && !training_.isBusy())
            runStudy(value);
    });
    connect(studyButton_, &QPushButton::clicked, this, [this] { runStudy(shiftSlider_->value()); });

    auto* shiftRow = new QHBoxLayout;
    shiftRow->addWidget(new QLabel(tr("Largest shift:")));
    shiftRow->addWidget(shiftSlider_, 1);
    shiftRow->addWidget(shiftValue_);
    shiftRow->addWidget(studyButton_);
    return shiftRow;
}

// The chart: accuracy (%) against the shift (px), one line per model.
QChartView* ShiftComparison::createChart(const QFont& labels) {
    auto* chart = new QChart;
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(8, 8, 8, 8));
    chart->setTitleFont(theme::titleFont(labels));
    chart->setTitle(tr("Test accuracy as the images move right"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(labels);
    mlpSeries_ = new QLineSeries;
    cnnSeries_ = new QLineSeries;
    for (auto [series, colour] :
         {std::pair{mlpSeries_, mlpColour()}, std::pair{cnnSeries_, cnnColour()}}) {
        series->setPen(QPen(colour, 3));
        series->setPointsVisible(true);
        series->setMarkerSize(9);
        chart->addSeries(series);
    }
    mlpSeries_->setName(tr("MLP"));
    cnnSeries_->setName(tr("CNN"));
    auto* x = new QValueAxis;
    x->setObjectName(QStringLiteral("shiftAxis"));
    x->setTitleText(tr("shift to the right (pixels)"));
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(1);
    auto* y = new QValueAxis;
    y->setObjectName(QStringLiteral("accuracyAxis"));
    y->setTitleText(tr("accuracy (%)"));
    y->setLabelFormat(QStringLiteral("%d"));
    y->setRange(0, 100);
    y->setTickCount(6);
    for (QValueAxis* axis : {x, y}) {
        axis->setLabelsFont(labels);
        axis->setTitleFont(labels);
        axis->setLabelsColor(theme::colours().text);
        axis->setTitleBrush(theme::colours().text);
    }
    // Fonts, colours and line widths again after a theme or scale change (this widget's own font
    // has grown or shrunk by then).
    const auto restyle = [this, chart, x, y] {
        const theme::Colours& c = theme::colours();
        // Room for the axes' labels at the font in force (larger in presentation mode).
        chartView_->setMinimumSize(theme::px(360), theme::px(260));
        chart->setBackgroundBrush(c.base);
        chart->setTitleFont(theme::titleFont(font()));
        chart->setTitleBrush(c.text);
        chart->legend()->setFont(font());
        chart->legend()->setLabelColor(c.text);
        mlpSeries_->setPen(QPen(mlpColour(), theme::line(3)));
        cnnSeries_->setPen(QPen(cnnColour(), theme::line(3)));
        for (QValueAxis* axis : {x, y})
            theme::styleAxis(axis, font());
    };
    connect(theme::notifier(), &theme::Notifier::themeChanged, this, restyle);
    connect(theme::notifier(), &theme::Notifier::scaleChanged, this, restyle);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* series : {mlpSeries_, cnnSeries_}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    chartView_ = new QChartView(chart);
    chartView_->setObjectName(QStringLiteral("shiftChart"));
    chartView_->setRenderHint(QPainter::Antialiasing);
    chartView_->setMinimumSize(theme::px(360), theme::px(260));
    return chartView_;
}

ShiftComparison::~ShiftComparison() = default;

void ShiftComparison::setData(data::DatasetSplit normalised, std::vector<float> fillValue) {
    cancel();
    data_ = std::move(normalised);
    fill_ = std::move(fillValue);
    mlp_.reset();
    cnn_.reset();
    curves_.clear();
    plot();
    setStatus(
        tr("Press \"Train both\" to train an MLP and the CNN on %1.")
            .arg(data_.train ? QString::fromStdString(data_.train->name()) : tr("a data set")));
    updateControls();
}

void ShiftComparison::setCnn(const nlohmann::json& architecture) {
    cnnArchitecture_ = architecture;
}

void ShiftComparison::setModels(std::shared_ptr<nn::Sequential> mlp,
                                std::shared_ptr<nn::Sequential> cnn) {
    mlp_ = std::move(mlp);
    cnn_ = std::move(cnn);
    curves_.clear();
    plot();
    if (mlp_ && cnn_)
        setStatus(tr("%1 and %2 are ready: press \"Measure\".")
                      .arg(modelLabel(*mlp_, true), modelLabel(*cnn_, false)));
    updateControls();
}

bool ShiftComparison::isBusy() const {
    return training_.isBusy() || study_.isBusy();
}

void ShiftComparison::train(int epochs) {
    if (training_.isBusy())
        return;
    if (!data_.train || !data_.test) {
        setStatus(tr("There is no data set to train on yet: choose one in the Train workspace."),
                  true);
        return;
    }
    epochsBox_->setValue(epochs);
    study_.cancel();
    const data::DatasetSplit split = data_;
    const nlohmann::json architecture = cnnArchitecture_;
    training_.run(
        [this, split, architecture, epochs](const CancelFlag& cancelled) {
            Trained result;
            try {
                nn::Sequential cnn = nn::model_from_json(architecture);
                cnn.initialize(kSeed);
                cnn = nn::with_class_count(std::move(cnn), split.train->class_count(), kSeed);
                nn::Sequential mlp = matchingMlp(*split.train, cnn.parameter_count());
                int posted = -1;
                result.mlp = trainOne(std::move(mlp), split, epochs, cancelled, [&](double p) {
                    postProgress(cancelled, Stage::Mlp, p, posted);
                });
                posted = -1;
                if (result.mlp)
                    result.cnn = trainOne(std::move(cnn), split, epochs, cancelled, [&](double p) {
                        postProgress(cancelled, Stage::Cnn, p, posted);
                    });
            } catch (const std::exception& e) {
                result.error = translateCoreMessage(e.what());
            }
            return result;
        },
        [this](Trained result) { trainingDone(std::move(result)); });
    showProgress(Stage::Mlp, 0.0);
    updateControls();
}

void ShiftComparison::trainingDone(Trained result) {
    if (!result.error.isEmpty()) {
        setStatus(tr("Training failed: %1").arg(result.error), true);
    } else if (!result.mlp || !result.cnn) {
        setStatus(tr("Training cancelled."));
    } else {
        setModels(result.mlp, result.cnn);
        emit trainingFinished();
        runStudy(shiftSlider_->value());
    }
    updateControls();
}

void ShiftComparison::runStudy(int maxShift) {
    maxShift = std::clamp(maxShift, 0, kMaxShift);
    {
        const QSignalBlocker blocker(shiftSlider_);
        shiftSlider_->setValue(maxShift);
        shiftValue_->setText(tr("up to %1 px").arg(maxShift));
    }
    if (training_.isBusy()) {
        setStatus(tr("The study runs when training is done."));
        return;
    }
    if (!mlp_ || !cnn_ || !data_.test) {
        setStatus(tr("Train both models first (or give trained ones)."), true);
        return;
    }
    const std::shared_ptr<const nn::Sequential> mlp = mlp_, cnn = cnn_;
    const data::DatasetPtr test = data_.test;
    const std::vector<float> fill = fill_;
    const std::string mlpName = modelLabel(*mlp_, true).toStdString();
    const std::string cnnName = modelLabel(*cnn_, false).toStdString();
    // A newer request wins: a running study is asked to stop and this one starts after it.
    study_.run(
        [this, mlp, cnn, test, fill, mlpName, cnnName, maxShift](const CancelFlag& cancelled) {
            Study result;
            try {
                // Copies: the models stay free for a newer study while this one winds down.
                nn::Sequential mlpCopy = nn::copy_model(*mlp), cnnCopy = nn::copy_model(*cnn);
                int posted = -1;
                result.curves =
                    nn::shift_study({{mlpName, &mlpCopy}, {cnnName, &cnnCopy}}, test, maxShift,
                                    fill, [&](double p) {
                                        postProgress(cancelled, Stage::Study, p, posted);
                                        return !cancelled;
                                    });
            } catch (const std::exception& e) {
                result.error = translateCoreMessage(e.what());
            }
            return result;
        },
        [this](Study result) { studyDone(std::move(result)); });
    showProgress(Stage::Study, 0.0);
    updateControls();
}

void ShiftComparison::studyDone(Study result) {
    if (!result.error.isEmpty()) {
        setStatus(tr("The study failed: %1").arg(result.error), true);
    } else {
        curves_ = std::move(result.curves);
        plot();
        setStatus(tr("Measured on %1 test images, shifted 0 to %2 px right.")
                      .arg(QLocale().toString(static_cast<qlonglong>(data_.test->size())))
                      .arg(static_cast<int>(curves_.front().accuracy.size()) - 1));
        emit studyFinished();
    }
    updateControls();
}

void ShiftComparison::cancel() {
    // The tasks drop the results; what was running stops at its next batch.
    if (training_.isBusy())
        setStatus(tr("Training cancelled."));
    else if (study_.isBusy() && mlp_ && cnn_)
        setStatus(tr("Study cancelled."));
    training_.cancel();
    study_.cancel();
}

void ShiftComparison::postProgress(const CancelFlag& cancelled, Stage stage, double fraction,
                                   int& posted) {
    const int permille = static_cast<int>(1000 * fraction);
    if (permille == posted || cancelled)
        return;
    posted = permille;
    // Queued to this object: a call still queued when it is deleted is dropped with it.
    QMetaObject::invokeMethod(
        this, [this, stage, fraction] { showProgress(stage, fraction); }, Qt::QueuedConnection);
}

void ShiftComparison::showProgress(Stage stage, double fraction) {
    const bool running = stage == Stage::Study ? study_.isBusy() : training_.isBusy();
    if (!running) // a report that arrived after its work was cancelled or done
        return;
    // Training reports each model's fraction; the bar shows both models' training as one.
    const double shown = stage == Stage::Cnn   ? 0.5 + fraction / 2
                         : stage == Stage::Mlp ? fraction / 2
                                               : fraction;
    progress_->setValue(static_cast<int>(1000 * shown));
    if (stage == Stage::Study)
        setStatus(tr("Running both models on the shifted test images… %1 %")
                      .arg(static_cast<int>(100 * shown)));
    else
        setStatus(tr("Training the %1 for %2… %3 %")
                      .arg(stage == Stage::Mlp ? tr("MLP") : tr("CNN"))
                      .arg(epochCount(epochsBox_->value()))
                      .arg(static_cast<int>(100 * shown)));
}

QString ShiftComparison::modelLabel(const nn::Sequential& model, bool isMlp) const {
    const QString count = QLocale().toString(static_cast<qlonglong>(model.parameter_count()));
    return isMlp ? tr("MLP · %1 parameters").arg(count)
                 : tr("CNN (%1) · %2 parameters").arg(QString::fromStdString(model.name()), count);
}

void ShiftComparison::plot() {
    mlpSeries_->clear();
    cnnSeries_->clear();
    mlpSeries_->setName(mlp_ ? modelLabel(*mlp_, true) : tr("MLP"));
    cnnSeries_->setName(cnn_ ? modelLabel(*cnn_, false) : tr("CNN"));
    int largest = shiftSlider_->value();
    if (curves_.size() == 2) {
        for (auto [series, curve] :
             {std::pair{mlpSeries_, &curves_[0]}, std::pair{cnnSeries_, &curves_[1]}}) {
            QList<QPointF> points;
            for (std::size_t s = 0; s < curve->accuracy.size(); ++s)
                points.append(QPointF(double(s), 100.0 * curve->accuracy[s]));
            series->replace(points);
        }
        largest = static_cast<int>(curves_[0].accuracy.size()) - 1;
    }
    auto* x = qobject_cast<QValueAxis*>(chartView_->chart()->axes(Qt::Horizontal).value(0));
    // A little room either side so the end points' markers are whole; a tick at every pixel.
    x->setRange(-0.25, std::max(1, largest) + 0.25);
    conclusion_->setText(conclusionText());
}

QString ShiftComparison::conclusionText() const {
    if (curves_.size() != 2)
        return {};
    const std::vector<double>& mlp = curves_[0].accuracy;
    const std::vector<double>& cnn = curves_[1].accuracy;
    const std::size_t last = mlp.size() - 1;
    if (last == 0)
        return tr("Move the slider to shift the test images and see whose accuracy holds.");
    QString text = tr("Moved %1 px right, the <b style='color:%2'>MLP</b> goes from %3 to %4 "
                      "and the <b style='color:%5'>CNN</b> from %6 to %7. ")
                       .arg(last)
                       .arg(mlpColour().name(), percent(mlp[0]), percent(mlp[last]),
                            cnnColour().name(), percent(cnn[0]), percent(cnn[last]));
    // How much of its unshifted accuracy each model keeps, on average over shifts 1…last: the
    // whole curve, not only its end, where both may have collapsed.
    const auto kept = [last](const std::vector<double>& curve) {
        double sum = 0.0;
        for (std::size_t s = 1; s <= last; ++s)
            sum += curve[s] / std::max(curve[0], 1e-9);
        return sum / double(last);
    };
    const double mlpKept = kept(mlp), cnnKept = kept(cnn);
    const bool cnnFalls = cnn[0] - cnn[last] > 0.15;
    if (mlpKept < cnnKept - 0.05) {
        text += tr("The MLP's accuracy falls as the picture moves: a different set of weights "
                   "becomes relevant. The CNN's shared filters find the pattern wherever it is");
        text += cnnFalls ? tr(", but its dense layers at the end still see where the features "
                              "are, so larger shifts hurt it too.")
                         : tr(".");
    } else if (cnnKept < mlpKept - 0.05) {
        text += tr("Here the CNN loses more: its shared filters find a pattern anywhere, but its "
                   "dense layers still see where the feature maps light up, and a few epochs "
                   "may not have taught it to ignore that.");
    } else if (cnnFalls) {
        text += tr("Both fall about as much: the dense layers at the end of this CNN see where "
                   "the features are, as the MLP sees where the pixels are.");
    } else {
        text += tr("Here both hold up about as well: the training images already show their "
                   "objects at many positions, so the MLP has learnt from the data what the "
                   "CNN's shared filters build in.");
    }
    return text;
}

void ShiftComparison::setStatus(const QString& text, bool problem) {
    status_->showMessage(text,
                         problem ? MessageLine::Tone::Problem : MessageLine::Tone::Information);
}

void ShiftComparison::updateControls() {
    const bool hasData = data_.train && data_.test;
    trainButton_->setEnabled(hasData && !training_.isBusy());
    epochsBox_->setEnabled(!training_.isBusy());
    cancelButton_->setEnabled(isBusy());
    studyButton_->setEnabled(mlp_ && cnn_ && !training_.isBusy());
    progress_->setVisible(isBusy());
    if (!isBusy())
        progress_->setValue(0);
}

} // namespace convsight::widgets
