// TrainingCharts: addBatch/addEpoch only store; a single-shot 150 ms timer moves the new points
// into the series in one append (or one replace when the points are thinned out) and rescales
// the axes once, so hundreds of batches a second cost one repaint every 150 ms.
#include "train/TrainingCharts.h"

#include "common/Theme.h"

#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSignalBlocker>
#include <QSlider>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace convsight::widgets {
namespace {

constexpr int kFlushMs = 150;
constexpr std::size_t kMaxPoints = 5000; // per batch series; older points are thinned evenly
constexpr int kStackBelowWidth = 600;    // narrower than this, the charts are stacked...
constexpr int kStackAboveHeight = 440;   // ...where they have the height for it

// 1, 2 or 5 times a power of ten, at least `raw`: a step a student reads at a glance.
double niceStep(double raw) {
    if (!(raw > 0.0))
        return 1.0;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 5.0})
        if (factor * power >= raw * (1.0 - 1e-9))
            return factor * power;
    return 10.0 * power;
}

// The axis from `low` to `high` with about five ticks on multiples of a nice step.
void setTicks(QValueAxis* axis, double low, double high, int ticks = 5) {
    const double step = niceStep((high - low) / ticks);
    const double top = std::ceil(high / step - 1e-9) * step;
    const double bottom = std::floor(low / step + 1e-9) * step;
    axis->setRange(bottom, top > bottom ? top : bottom + step);
    axis->setTickAnchor(0.0);
    axis->setTickInterval(step);
    const int decimals = std::max(0, static_cast<int>(-std::floor(std::log10(step) + 1e-9)));
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
}

QPen pen(QColor colour, double width) {
    QPen p(colour, width);
    p.setCapStyle(Qt::RoundCap);
    p.setJoinStyle(Qt::RoundJoin);
    return p;
}

} // namespace

TrainingCharts::TrainingCharts(QWidget* parent)
    : QWidget(parent) {
    QFont labels = font();
    labels.setPointSizeF(std::max(12.0, labels.pointSizeF()));
    setFont(labels);

    loss_ = makePlot(QStringLiteral("loss"), tr("Loss"), tr("loss"));
    accuracy_ = makePlot(QStringLiteral("accuracy"), tr("Accuracy"), tr("%"));
    lossView_ = makeView(loss_, QStringLiteral("lossChart"));
    accuracyView_ = makeView(accuracy_, QStringLiteral("accuracyChart"));

    smoothingSlider_ = new QSlider(Qt::Horizontal);
    smoothingSlider_->setObjectName(QStringLiteral("smoothingSlider"));
    smoothingSlider_->setRange(0, 99);
    smoothingSlider_->setPageStep(10);
    smoothingSlider_->setMaximumWidth(320);
    smoothingSlider_->setToolTip(tr("How much the smoothed line averages the noisy batch "
                                    "values: 0 follows every batch, 0.99 changes slowly"));
    smoothingValue_ = new QLabel;
    smoothingValue_->setObjectName(QStringLiteral("smoothingValue"));
    smoothingValue_->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0.00")) + 8);
    connect(smoothingSlider_, &QSlider::valueChanged, this,
            [this](int value) { setSmoothing(value / 100.0); });
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Smoothing")));
    controls->addWidget(smoothingSlider_, 1);
    controls->addWidget(smoothingValue_);
    hint_ = new QLabel(tr("x: epochs · faint: every batch · points: each epoch"));
    hint_->setObjectName(QStringLiteral("chartsHint"));
    hint_->setWordWrap(true);
    // Room at the right for the key's marks, which a fallback font may draw a little wider.
    hint_->setContentsMargins(0, 0, 8, 0);
    theme::followTheme(
        hint_, [] { return QStringLiteral("color: %1").arg(theme::colours().mutedText.name()); });
    controls->addSpacing(16);
    controls->addWidget(hint_, 2);

    chartsLayout_ = new QBoxLayout(QBoxLayout::LeftToRight);
    chartsLayout_->addWidget(lossView_, 1);
    chartsLayout_->addWidget(accuracyView_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addLayout(chartsLayout_, 1);

    flushTimer_ = new QTimer(this);
    flushTimer_->setSingleShot(true);
    flushTimer_->setInterval(kFlushMs);
    connect(flushTimer_, &QTimer::timeout, this, &TrainingCharts::flush);

    const QSignalBlocker block(smoothingSlider_);
    smoothingSlider_->setValue(static_cast<int>(std::lround(smoothing_ * 100.0)));
    smoothingValue_->setText(QString::number(smoothing_, 'f', 2));
    rescale();
    placeCursor(loss_);
    placeCursor(accuracy_);

    const auto restyleBoth = [this] {
        restyle(loss_);
        restyle(accuracy_);
        placeKey();
    };
    connect(theme::notifier(), &theme::Notifier::themeChanged, this, restyleBoth);
    // After the scale's new fonts reached this widget (they arrive before the signal).
    connect(theme::notifier(), &theme::Notifier::scaleChanged, this, restyleBoth);
}

TrainingCharts::Plot TrainingCharts::makePlot(const QString& name, const QString& title,
                                              const QString& yTitle) {
    Plot plot;
    plot.chart = new QChart;
    plot.chart->setBackgroundRoundness(0);
    plot.chart->setMargins(QMargins(2, 2, 2, 2));
    plot.chart->setTitle(title);
    // The legend on the right: below, it took the height the axis labels need on a projector.
    plot.chart->legend()->setAlignment(Qt::AlignRight);

    const auto line = [&](const QString& role, const QString& label) {
        auto* series = new QLineSeries;
        series->setObjectName(name + role);
        series->setName(label);
        plot.chart->addSeries(series);
        return series;
    };
    plot.raw = line(QStringLiteral("Batches"), tr("batch"));
    plot.smoothed = line(QStringLiteral("Smoothed"), tr("smoothed"));
    plot.trainEpochs = line(QStringLiteral("TrainEpochs"), tr("train"));
    plot.testEpochs = line(QStringLiteral("TestEpochs"), tr("test"));
    for (QLineSeries* series : {plot.trainEpochs, plot.testEpochs})
        series->setPointsVisible(true);
    plot.cursor = line(QStringLiteral("Cursor"), QString());

    plot.x = new QValueAxis;
    plot.x->setObjectName(name + QStringLiteral("XAxis"));
    plot.x->setTitleText(tr("epoch"));
    plot.y = new QValueAxis;
    plot.y->setObjectName(name + QStringLiteral("YAxis"));
    plot.y->setTitleText(yTitle);
    for (QValueAxis* axis : {plot.x, plot.y})
        axis->setTickType(QValueAxis::TicksDynamic);
    restyle(plot);
    plot.chart->addAxis(plot.x, Qt::AlignBottom);
    plot.chart->addAxis(plot.y, Qt::AlignLeft);
    for (QAbstractSeries* series : plot.chart->series()) {
        series->attachAxis(plot.x);
        series->attachAxis(plot.y);
    }
    plot.chart->legend()->markers(plot.cursor).first()->setVisible(false);
    return plot;
}

// Fonts, colours and line widths from the widget's font and the theme in force: once when
// made, again after a theme or scale change.
void TrainingCharts::restyle(Plot& plot) {
    const theme::Colours& c = theme::colours();
    plot.chart->setBackgroundBrush(c.base);
    plot.chart->setPlotAreaBackgroundVisible(false);
    QFont titleFont = font();
    titleFont.setPointSizeF(font().pointSizeF() + 1);
    titleFont.setBold(true);
    plot.chart->setTitleFont(titleFont);
    plot.chart->setTitleBrush(c.text);
    plot.chart->legend()->setFont(font());
    plot.chart->legend()->setLabelColor(c.text);
    QColor faint = c.accent;
    faint.setAlpha(60);
    plot.raw->setPen(pen(faint, theme::line(1.5)));
    plot.smoothed->setPen(pen(c.accent, theme::line(2.5)));
    plot.trainEpochs->setPen(pen(c.accent.darker(140), theme::line(3.0)));
    plot.testEpochs->setPen(pen(c.testCurve, theme::line(3.0)));
    for (QLineSeries* series : {plot.trainEpochs, plot.testEpochs})
        series->setMarkerSize(11 * theme::scale());
    QPen dashed = pen(c.mutedText, theme::line(2.0));
    dashed.setStyle(Qt::DashLine);
    plot.cursor->setPen(dashed);
    for (QValueAxis* axis : {plot.x, plot.y})
        theme::styleAxis(axis, font());
}

QChartView* TrainingCharts::makeView(const Plot& plot, const QString& name) {
    auto* view = new QChartView(plot.chart);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(180, 170);
    return view;
}

void TrainingCharts::clear() {
    batches_.clear();
    smoothLoss_.clear();
    smoothAccuracy_.clear();
    epochs_.clear();
    runEpochs_ = 0;
    shown_ = 0;
    stride_ = 1;
    rebuildBatches_ = true;
    epochsChanged_ = true;
    flush();
}

void TrainingCharts::addBatch(const nn::BatchProgress& progress) {
    const double x = progress.epoch - 1 +
                     static_cast<double>(progress.batch) /
                         static_cast<double>(std::max<std::int64_t>(1, progress.batches));
    if (!batches_.empty() && x <= batches_.back().x) {
        // A run resumed from an earlier point: its batches replace the ones held from there.
        const auto from = std::lower_bound(batches_.begin(), batches_.end(), x,
                                           [](const Batch& b, double at) { return b.x < at; });
        batches_.erase(from, batches_.end());
        rebuildBatches_ = true;
    }
    batches_.push_back({x, progress.loss, 100.0 * progress.accuracy});
    recomputeSmoothing(batches_.size() - 1);
    runEpochs_ = std::max(runEpochs_, progress.epochs);
    scheduleFlush();
}

void TrainingCharts::addEpoch(const nn::EpochRecord& record) {
    std::erase_if(epochs_, [&](const nn::EpochRecord& held) { return held.epoch >= record.epoch; });
    epochs_.push_back(record);
    epochsChanged_ = true;
    scheduleFlush();
}

void TrainingCharts::recomputeSmoothing(std::size_t from) {
    smoothLoss_.resize(from);
    smoothAccuracy_.resize(from);
    // A non-finite value (a diverged run) leaves the average where it was.
    const auto average = [this](const std::vector<QPointF>& smooth, double x, double value) {
        if (smooth.empty() || !std::isfinite(smooth.back().y()))
            return QPointF(x, value);
        if (!std::isfinite(value))
            return QPointF(x, smooth.back().y());
        return QPointF(x, smoothing_ * smooth.back().y() + (1.0 - smoothing_) * value);
    };
    for (std::size_t i = from; i < batches_.size(); ++i) {
        const Batch& b = batches_[i];
        smoothLoss_.push_back(average(smoothLoss_, b.x, b.loss));
        smoothAccuracy_.push_back(average(smoothAccuracy_, b.x, b.accuracy));
    }
}

void TrainingCharts::setSmoothing(double factor) {
    smoothing_ = std::clamp(factor, 0.0, 0.99);
    {
        const QSignalBlocker block(smoothingSlider_);
        smoothingSlider_->setValue(static_cast<int>(std::lround(smoothing_ * 100.0)));
    }
    smoothingValue_->setText(QString::number(smoothing_, 'f', 2));
    recomputeSmoothing(0);
    rebuildBatches_ = true;
    flush();
}

void TrainingCharts::setCursor(double epochs) {
    cursor_ = epochs < 0.0 ? -1.0 : epochs;
    placeCursor(loss_);
    placeCursor(accuracy_);
}

int TrainingCharts::batchPointCount() const {
    return static_cast<int>(batches_.size());
}

int TrainingCharts::epochPointCount() const {
    return static_cast<int>(epochs_.size());
}

void TrainingCharts::scheduleFlush() {
    if (!flushTimer_->isActive())
        flushTimer_->start();
}

void TrainingCharts::flush() {
    flushTimer_->stop();
    if (batches_.size() > kMaxPoints * stride_) {
        while (batches_.size() > kMaxPoints * stride_)
            stride_ *= 2;
        rebuildBatches_ = true;
    }
    if (rebuildBatches_) {
        shown_ = 0;
        rebuildBatches_ = false;
        updateBatchSeries();
    } else if (shown_ < batches_.size()) {
        updateBatchSeries();
    }
    if (epochsChanged_) {
        epochsChanged_ = false;
        QList<QPointF> trainLoss, testLoss, trainAccuracy, testAccuracy;
        for (const nn::EpochRecord& r : epochs_) {
            const double x = r.epoch;
            if (std::isfinite(r.train_loss))
                trainLoss.append({x, r.train_loss});
            if (std::isfinite(r.test_loss))
                testLoss.append({x, r.test_loss});
            trainAccuracy.append({x, 100.0 * r.train_accuracy});
            testAccuracy.append({x, 100.0 * r.test_accuracy});
        }
        loss_.trainEpochs->replace(trainLoss);
        loss_.testEpochs->replace(testLoss);
        accuracy_.trainEpochs->replace(trainAccuracy);
        accuracy_.testEpochs->replace(testAccuracy);
    }
    rescale();
    placeCursor(loss_);
    placeCursor(accuracy_);
}

// Appends batches shown_… to the series (every stride-th one), or replaces the series when
// shown_ is 0, so the series always hold batches 0, stride, 2·stride, … of those held.
void TrainingCharts::updateBatchSeries() {
    QList<QPointF> rawLoss, smoothLoss, rawAccuracy, smoothAccuracy;
    const std::size_t first = (shown_ + stride_ - 1) / stride_ * stride_;
    for (std::size_t i = first; i < batches_.size(); i += stride_) {
        const Batch& b = batches_[i];
        if (std::isfinite(b.loss))
            rawLoss.append({b.x, b.loss});
        rawAccuracy.append({b.x, b.accuracy});
        if (std::isfinite(smoothLoss_[i].y()))
            smoothLoss.append(smoothLoss_[i]);
        smoothAccuracy.append(smoothAccuracy_[i]);
    }
    const bool replace = shown_ == 0;
    const auto put = [replace](QLineSeries* series, const QList<QPointF>& points) {
        if (replace)
            series->replace(points);
        else
            series->append(points);
    };
    put(loss_.raw, rawLoss);
    put(loss_.smoothed, smoothLoss);
    put(accuracy_.raw, rawAccuracy);
    put(accuracy_.smoothed, smoothAccuracy);
    shown_ = batches_.size();
}

void TrainingCharts::rescale() {
    double lastX = 1.0;
    double lossTop = 0.0;
    double accuracyBottom = 100.0;
    const auto seeLoss = [&](double value) {
        if (std::isfinite(value))
            lossTop = std::max(lossTop, value);
    };
    for (const Batch& b : batches_) {
        seeLoss(b.loss);
        accuracyBottom = std::min(accuracyBottom, b.accuracy);
    }
    for (const nn::EpochRecord& r : epochs_) {
        lastX = std::max(lastX, static_cast<double>(r.epoch));
        seeLoss(r.train_loss);
        seeLoss(r.test_loss);
        accuracyBottom =
            std::min({accuracyBottom, 100.0 * r.train_accuracy, 100.0 * r.test_accuracy});
    }
    if (!batches_.empty())
        lastX = std::max(lastX, batches_.back().x);
    lastX = std::max(lastX, static_cast<double>(runEpochs_));
    // The x axis spans the whole run from its start, so the curves grow across a fixed frame.
    for (const Plot* plot : {&loss_, &accuracy_})
        setTicks(plot->x, 0.0, std::ceil(lastX - 1e-9), std::min(10, static_cast<int>(lastX)));
    setTicks(loss_.y, 0.0, lossTop > 0.0 ? lossTop : 1.0);
    setTicks(accuracy_.y, std::floor(std::max(0.0, accuracyBottom) / 10.0) * 10.0, 100.0);
}

void TrainingCharts::placeCursor(const Plot& plot) {
    if (cursor_ < 0.0) {
        plot.cursor->clear();
        plot.cursor->setVisible(false);
        return;
    }
    plot.cursor->replace(QList<QPointF>{{cursor_, plot.y->min()}, {cursor_, plot.y->max()}});
    plot.cursor->setVisible(true);
    plot.chart->legend()->markers(plot.cursor).first()->setVisible(false);
}

void TrainingCharts::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    // Stacked only where there is the height for two charts: a short, narrow window keeps them
    // side by side rather than squeezing them below their minimum.
    const bool stack = width() < kStackBelowWidth && height() >= kStackAboveHeight;
    chartsLayout_->setDirection(stack ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    placeKey();
}

// Each chart's legend beside its plot where the chart is wide enough for it; else (Qt Charts would
// cut "smoothed" to "smo…") the line above both charts gives the key, in the lines' colours.
void TrainingCharts::placeKey() {
    const bool stacked = chartsLayout_->direction() == QBoxLayout::TopToBottom;
    const int chartWidth = stacked ? width() : (width() - chartsLayout_->spacing()) / 2;
    const QString names[] = {tr("batch"), tr("smoothed"), tr("train"), tr("test")};
    int widest = 0;
    for (const QString& name : names)
        widest = std::max(widest, fontMetrics().horizontalAdvance(name));
    // The plot with its axis labels, then the legend's marker, padding and longest name.
    const int needed = fontMetrics().height() * 10 + widest + fontMetrics().height() * 3;
    const bool inKey = chartWidth < needed;
    for (Plot* plot : {&loss_, &accuracy_})
        plot->chart->legend()->setVisible(!inKey);
    if (!inKey) {
        hint_->setText(tr("x: epochs · faint: every batch · points: each epoch"));
        return;
    }
    const theme::Colours& c = theme::colours();
    const auto key = [](const QColor& colour, const QString& mark, const QString& name) {
        return QStringLiteral("<span style='color:%1'>%2</span>&nbsp;%3")
            .arg(colour.name(), mark, name.toHtmlEscaped());
    };
    hint_->setText(QStringLiteral("%1 · %2 · %3 · %4 · %5")
                       .arg(tr("x: epochs").toHtmlEscaped(),
                            key(c.accent.lighter(160), QStringLiteral("▬"), names[0]),
                            key(c.accent, QStringLiteral("▬"), names[1]),
                            key(c.accent.darker(140), QStringLiteral("●"), names[2]),
                            key(c.testCurve, QStringLiteral("●"), names[3])));
}

} // namespace convsight::widgets
