// The soak loop: a fresh main window driven through its four workspaces over and over while the
// resident memory is sampled, then the samples written as CSV and drawn as a plot.
#include "Soak.h"

#include "MainWindow.h"
#include "common/SaveFile.h"
#include "common/Theme.h"
#include "common/TrainingSession.h"
#include "conv/KernelPresets.h"
#include "filter/FilterWorkspace.h"
#include "filter/KernelEditor.h"
#include "inspect/FeatureMapView.h"
#include "inspect/InspectWorkspace.h"
#include "stepthrough/StepThroughWorkspace.h"
#include "train/TrainWorkspace.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <fstream>
#include <malloc.h>
#include <stdexcept>
#include <unistd.h>

namespace convsight::app {

QStringList soakActivities() {
    return {QStringLiteral("train"), QStringLiteral("filter"), QStringLiteral("step"),
            QStringLiteral("inspect")};
}

double residentMemoryMb() {
    std::ifstream statm("/proc/self/statm");
    long long pages = 0, resident = 0;
    if (!(statm >> pages >> resident))
        return 0.0;
    const long pageSize = sysconf(_SC_PAGESIZE);
    return static_cast<double>(resident) * static_cast<double>(pageSize) / (1024.0 * 1024.0);
}

double heapInUseMb() {
    // Summed over every arena: what the program holds, not what the allocator keeps for reuse.
    const struct mallinfo2 info = mallinfo2();
    return static_cast<double>(info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
}

namespace {

// The median RSS of the samples in [from, to]; the sample nearest the window when none is in it.
double medianRss(const std::vector<SoakSample>& samples, double from, double to) {
    std::vector<double> values;
    for (const SoakSample& sample : samples)
        if (sample.seconds >= from && sample.seconds <= to)
            values.push_back(sample.rssMb);
    if (values.empty()) {
        const double middle = (from + to) / 2;
        const auto nearest = std::min_element(
            samples.begin(), samples.end(), [middle](const SoakSample& a, const SoakSample& b) {
                return std::abs(a.seconds - middle) < std::abs(b.seconds - middle);
            });
        return nearest->rssMb;
    }
    const auto half = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), half, values.end());
    if (values.size() % 2 == 1)
        return *half;
    const double upper = *half;
    const double lower = *std::max_element(values.begin(), half);
    return (lower + upper) / 2;
}

} // namespace

SoakFigures soakFigures(const std::vector<SoakSample>& samples, double durationSeconds) {
    SoakFigures figures;
    figures.warmUpSeconds = durationSeconds * soakWarmUpFraction;
    if (samples.empty())
        return figures;
    const double window = durationSeconds * soakWindowFraction;
    figures.warmUpRssMb = medianRss(samples, figures.warmUpSeconds, figures.warmUpSeconds + window);
    figures.finalRssMb = medianRss(samples, durationSeconds - window, durationSeconds);
    if (figures.warmUpRssMb > 0)
        figures.growthPercent =
            (figures.finalRssMb - figures.warmUpRssMb) / figures.warmUpRssMb * 100.0;
    return figures;
}

namespace {

// Nice steps for an axis: 1, 2 or 5 × 10^n, about `count` of them over `span`.
double tickStep(double span, int count) {
    const double raw = span / count;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 5.0})
        if (raw <= factor * magnitude)
            return factor * magnitude;
    return 10 * magnitude;
}

QColor activityColour(const QString& activity) {
    const widgets::theme::Colours& colours = widgets::theme::colours();
    if (activity == QLatin1String("train"))
        return colours.accent;
    if (activity == QLatin1String("filter"))
        return colours.green;
    if (activity == QLatin1String("step"))
        return colours.mistake;
    return colours.red;
}

} // namespace

void drawSoakPlot(const std::vector<SoakSample>& samples, const SoakFigures& figures,
                  double durationSeconds, const QString& path) {
    const widgets::theme::Colours& colours = widgets::theme::coloursOf(widgets::theme::Kind::Light);
    const QSize size(1600, 900);
    QImage image(size, QImage::Format_RGB32);
    image.fill(colours.base);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = QApplication::font();
    font.setPixelSize(22);
    QFont titleFont = font;
    titleFont.setPixelSize(30);
    titleFont.setBold(true);

    const QRectF plot(130, 110, size.width() - 130 - 60, size.height() - 110 - 120);
    double low = 0, high = 1;
    if (!samples.empty()) {
        const auto [least, most] = std::minmax_element(
            samples.begin(), samples.end(),
            [](const SoakSample& a, const SoakSample& b) { return a.rssMb < b.rssMb; });
        // From 0 when the values are near it; otherwise a margin around them, so a few percent
        // show.
        low = least->rssMb * 0.9;
        for (const SoakSample& sample : samples)
            if (sample.heapMb > 0)
                low = std::min(low, sample.heapMb * 0.9);
        high = std::max(most->rssMb * 1.05, low + 1);
    }
    const double seconds = std::max(durationSeconds, 1e-3);
    const auto at = [&](double t, double mb) {
        return QPointF(plot.left() + plot.width() * t / seconds,
                       plot.bottom() - plot.height() * (mb - low) / (high - low));
    };

    // Warm-up shaded; the two windows the figures come from tinted.
    const double window = durationSeconds * soakWindowFraction;
    painter.fillRect(QRectF(at(0, high), at(figures.warmUpSeconds, low)), colours.panel);
    painter.fillRect(
        QRectF(at(figures.warmUpSeconds, high), at(figures.warmUpSeconds + window, low)),
        colours.accentFill);
    painter.fillRect(QRectF(at(durationSeconds - window, high), at(durationSeconds, low)),
                     colours.accentFill);

    // Axes, grid and labels: minutes across, MiB up.
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const double mbStep = tickStep(high - low, 8);
    for (double mb = std::ceil(low / mbStep) * mbStep; mb <= high; mb += mbStep) {
        const QPointF left = at(0, mb);
        painter.setPen(QPen(colours.border, 1));
        painter.drawLine(left, at(seconds, mb));
        painter.setPen(colours.secondaryText);
        const QString label = QString::number(mb, 'f', mbStep < 1 ? 1 : 0);
        painter.drawText(QRectF(0, left.y() - 15, plot.left() - 12, 30),
                         Qt::AlignRight | Qt::AlignVCenter, label);
    }
    const double minutes = seconds / 60;
    const double minuteStep = tickStep(minutes, 10);
    for (double m = 0; m <= minutes + 1e-9; m += minuteStep) {
        const QPointF bottom = at(m * 60, low);
        painter.setPen(QPen(colours.border, 1));
        painter.drawLine(at(m * 60, high), bottom);
        painter.setPen(colours.secondaryText);
        painter.drawText(QRectF(bottom.x() - 60, bottom.y() + 8, 120, 30), Qt::AlignCenter,
                         QString::number(m, 'g', 4));
    }
    painter.setPen(QPen(colours.gridLine, 2));
    painter.drawRect(plot);
    painter.setPen(colours.text);
    painter.drawText(QRectF(plot.left(), plot.bottom() + 40, plot.width(), 30), Qt::AlignCenter,
                     QObject::tr("minutes"));
    painter.save();
    painter.translate(30, plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-200, -15, 400, 30), Qt::AlignCenter,
                     QObject::tr("resident memory (MiB)"));
    painter.restore();
    painter.drawText(QRectF(at(0, high) + QPointF(8, 6), QSizeF(400, 30)),
                     Qt::AlignLeft | Qt::AlignTop, QObject::tr("warm-up"));

    // The RSS line, each sample a dot in its activity's colour.
    painter.save();
    painter.setClipRect(plot);
    if (!samples.empty()) {
        QPainterPath line(at(samples.front().seconds, samples.front().rssMb));
        for (const SoakSample& sample : samples)
            line.lineTo(at(sample.seconds, sample.rssMb));
        painter.setPen(QPen(colours.secondaryText, 2));
        painter.drawPath(line);
        // The heap in use beside it: a leak raises both, memory the allocator keeps only RSS.
        QPainterPath heap(at(samples.front().seconds, samples.front().heapMb));
        for (const SoakSample& sample : samples)
            heap.lineTo(at(sample.seconds, sample.heapMb));
        painter.setPen(QPen(colours.mutedText, 2, Qt::DotLine));
        painter.drawPath(heap);
        painter.setPen(Qt::NoPen);
        for (const SoakSample& sample : samples) {
            painter.setBrush(activityColour(sample.activity));
            painter.drawEllipse(at(sample.seconds, sample.rssMb), 4, 4);
        }
    }
    // The two figures as level lines across their windows.
    painter.setPen(QPen(colours.text, 3, Qt::DashLine));
    painter.drawLine(at(figures.warmUpSeconds, figures.warmUpRssMb),
                     at(figures.warmUpSeconds + window, figures.warmUpRssMb));
    painter.drawLine(at(durationSeconds - window, figures.finalRssMb),
                     at(durationSeconds, figures.finalRssMb));

    painter.restore();

    // Legend: the activities' colours.
    double x = plot.left();
    const double legendY = size.height() - 40;
    for (const QString& activity : soakActivities()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(activityColour(activity));
        painter.drawEllipse(QPointF(x + 8, legendY), 7, 7);
        painter.setPen(colours.text);
        painter.drawText(QPointF(x + 22, legendY + metrics.ascent() / 2 - 2), activity);
        x += 40 + metrics.horizontalAdvance(activity);
    }
    painter.drawText(QRectF(x + 20, legendY - 15, plot.right() - x - 20, 30),
                     Qt::AlignRight | Qt::AlignVCenter,
                     QObject::tr("dots: RSS · dotted: heap in use · dashed: median RSS of each "
                                 "tinted window"));

    painter.setFont(titleFont);
    painter.setPen(colours.text);
    const QString title =
        QObject::tr("ConvSight soak, %1 min: RSS %2 → %3 MiB after warm-up (%4%5 %, limit %6 %)")
            .arg(durationSeconds / 60, 0, 'f', 1)
            .arg(figures.warmUpRssMb, 0, 'f', 1)
            .arg(figures.finalRssMb, 0, 'f', 1)
            .arg(figures.growthPercent >= 0 ? QStringLiteral("+") : QString())
            .arg(figures.growthPercent, 0, 'f', 2)
            .arg(soakGrowthLimitPercent, 0, 'f', 0);
    painter.drawText(QRectF(20, 20, size.width() - 40, 60), Qt::AlignCenter, title);
    painter.end();
    widgets::savePng(path, image);
}

namespace {

// The loop: each activity for its share of time, the samples taken by a timer in between.
class SoakLoop {
public:
    SoakLoop(MainWindow& window, double seconds)
        : window_(window)
        , seconds_(seconds) {
        // A 360th of the run, between 0.25 s and 5 s: enough points for a plot, few for a CSV.
        const double interval = std::clamp(seconds / 360, 0.25, 5.0);
        sampler_.setInterval(static_cast<int>(interval * 1000));
        QObject::connect(&sampler_, &QTimer::timeout, [this] { sample(); });
        // A phase lasts a sixteenth of the run, at least 2 s (so a short run sees every
        // activity) and at most 30 s for training, 10 s for the others.
        phase_ = std::max(2.0, seconds / 16);
        for (const conv::KernelPreset& preset : conv::kernel_presets())
            presets_ << QString::fromStdString(preset.id);
    }

    std::vector<SoakSample> run() {
        clock_.start();
        activity_ = QStringLiteral("train");
        sample();
        sampler_.start();
        const bool fashion = QDir(QStringLiteral("/usr/share/datasets/fashion-mnist")).exists();
        window_.trainWorkspace()->chooseDataset(fashion ? QStringLiteral("fashion-mnist")
                                                        : QStringLiteral("shapes"));
        for (int cycle = 0; !over(); ++cycle)
            for (const auto activity :
                 {&SoakLoop::train, &SoakLoop::filter, &SoakLoop::step, &SoakLoop::inspect})
                if (!over())
                    (this->*activity)(cycle);
        sampler_.stop();
        window_.trainingSession()->stopAndWait();
        window_.trainingSession()->markSaved();
        return samples_;
    }

private:
    double elapsed() const { return static_cast<double>(clock_.nsecsElapsed()) / 1e9; }
    bool over() const { return elapsed() >= seconds_; }

    void sample() {
        if (!over())
            samples_.push_back({elapsed(), residentMemoryMb(), activity_, heapInUseMb()});
    }

    // Processes events until `done` holds, the phase's end or the run's end.
    template <typename Done>
    void waitUntil(Done done, double phaseEnd) {
        while (!done() && elapsed() < phaseEnd && !over())
            QApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    void pauseFor(double seconds) {
        const double end = std::min(elapsed() + seconds, seconds_);
        waitUntil([] { return false; }, end);
    }

    void begin(const QString& activity, MainWindow::Workspace workspace) {
        activity_ = activity;
        window_.showWorkspace(workspace);
        QApplication::processEvents();
    }

    // Train: runs of one epoch on the first examples of the data set, started, paused, stepped,
    // resumed; the one still running when the phase ends is stopped.
    void train(int cycle) {
        begin(QStringLiteral("train"), MainWindow::Workspace::Train);
        const double end = elapsed() + std::min(phase_, 30.0);
        widgets::TrainWorkspace* train = window_.trainWorkspace();
        widgets::TrainingSession* session = window_.trainingSession();
        waitUntil([&] { return !train->datasetSpec().isEmpty(); }, end);
        for (int run = 0; elapsed() < end && !over(); ++run) {
            widgets::TrainingSession::Setup setup = train->setup();
            setup.limit = (cycle + run) % 2 == 0 ? 2000 : 1000;
            setup.config.epochs = 1;
            setup.config.seed = static_cast<std::uint64_t>(cycle * 7 + run);
            session->start(setup);
            waitUntil([&] { return session->state() == widgets::TrainingSession::State::Running; },
                      end);
            if (run == 0 && session->state() == widgets::TrainingSession::State::Running) {
                train->togglePause();
                train->stepOneBatch();
                train->stepOneBatch();
                pauseFor(0.3);
                train->togglePause();
            }
            waitUntil([&] { return !session->isActive(); }, end);
        }
        if (session->isActive())
            train->stop();
        waitUntil([&] { return !session->isActive(); }, elapsed() + 10);
        session->markSaved();
    }

    // Filter: another photo, then kernel after kernel and display after display, each output
    // waited for.
    void filter(int cycle) {
        begin(QStringLiteral("filter"), MainWindow::Workspace::Filter);
        const double end = elapsed() + std::min(phase_, 10.0);
        widgets::FilterWorkspace* filter = window_.filterWorkspace();
        const auto samples = static_cast<int>(widgets::FilterWorkspace::sampleNames().size());
        if (samples > 0)
            filter->loadSample(cycle % samples);
        const image::SignedDisplay displays[] = {
            image::SignedDisplay::Clamp, image::SignedDisplay::Absolute,
            image::SignedDisplay::Offset128, image::SignedDisplay::Normalize,
            image::SignedDisplay::Diverging};
        for (int i = 0; elapsed() < end && !over(); ++i) {
            filter->kernelEditor()->loadPreset(
                presets_[(cycle * 3 + i) % static_cast<int>(presets_.size())]);
            filter->setDisplayMode(displays[i % 5]);
            waitUntil([&] { return !filter->isFiltering(); }, end);
            pauseFor(0.2);
        }
    }

    // Step through: play for a while, pause, step forward and back, jump to the end, start again
    // on random values.
    void step(int cycle) {
        begin(QStringLiteral("step"), MainWindow::Workspace::StepThrough);
        const double end = elapsed() + std::min(phase_, 10.0);
        auto* stepThrough = window_.findChild<widgets::StepThroughWorkspace*>();
        if (!stepThrough)
            return;
        while (elapsed() < end && !over()) {
            stepThrough->play();
            pauseFor(1.5);
            stepThrough->pause();
            for (int i = 0; i < 4; ++i)
                stepThrough->stepForward();
            stepThrough->stepBack();
            pauseFor(0.3);
            stepThrough->goToLast();
            stepThrough->reset();
            if (cycle % 2 == 1)
                stepThrough->randomFill();
            pauseFor(0.2);
        }
    }

    // Inspect: test example after test example, a map clicked; the test set evaluated once a
    // cycle.
    void inspect(int cycle) {
        begin(QStringLiteral("inspect"), MainWindow::Workspace::Inspect);
        const double end = elapsed() + std::min(phase_, 10.0);
        widgets::InspectWorkspace* inspect = window_.inspectWorkspace();
        if (!window_.trainingSession()->latestModel()) {
            pauseFor(std::min(phase_, 2.0));
            return;
        }
        inspect->tabs()->setCurrentIndex(0);
        for (int i = 0; elapsed() < end && !over(); ++i) {
            inspect->showTestExample(cycle * 17 + i);
            widgets::FeatureMapView* maps = inspect->featureMaps();
            if (maps->layerCount() > 0 && maps->mapCount(0) > 0) {
                const QSize size = maps->mapSize(0);
                emit maps->mapClicked(maps->layerIndexOfRow(0), i % maps->mapCount(0),
                                      size.height() / 2, size.width() / 2);
            }
            pauseFor(0.3);
            if (i == 2) {
                inspect->tabs()->setCurrentIndex(1);
                inspect->evaluateTestSet();
                waitUntil([&] { return !inspect->isEvaluating(); }, end);
                inspect->tabs()->setCurrentIndex(0);
            }
        }
    }

    MainWindow& window_;
    const double seconds_;
    double phase_{};
    QStringList presets_;
    QElapsedTimer clock_;
    QTimer sampler_;
    QString activity_;
    std::vector<SoakSample> samples_;
};

void writeCsv(const std::vector<SoakSample>& samples, const QString& path) {
    QString text;
    QTextStream out(&text);
    out << "seconds,rss_mb,activity,heap_mb\n";
    for (const SoakSample& sample : samples)
        out << QString::number(sample.seconds, 'f', 2) << ','
            << QString::number(sample.rssMb, 'f', 2) << ',' << sample.activity << ','
            << QString::number(sample.heapMb, 'f', 2) << '\n';
    out.flush();
    widgets::saveFile(path, text.toUtf8());
}

} // namespace

SoakResult runSoak(double minutes, const QString& directory, QSize size) {
    if (!QDir().mkpath(directory))
        throw std::runtime_error("cannot create the folder '" + directory.toStdString() + "'");
    const double seconds = minutes * 60;
    SoakResult result;
    {
        MainWindow window;
        window.resize(size);
        window.show();
        QApplication::processEvents();
        result.samples = SoakLoop(window, seconds).run();
    }
    result.figures = soakFigures(result.samples, seconds);
    result.csvPath = QDir(directory).filePath(QStringLiteral("soak.csv"));
    result.plotPath = QDir(directory).filePath(QStringLiteral("soak.png"));
    writeCsv(result.samples, result.csvPath);
    drawSoakPlot(result.samples, result.figures, seconds, result.plotPath);
    return result;
}

} // namespace convsight::app
