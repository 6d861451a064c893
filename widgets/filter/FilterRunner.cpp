// FilterRunner: the Filter workspace's worker. Latest request wins (common/LatestTask): while one
// filtering runs, a newer request waits (replacing any older one) and the running one's result is
// dropped.
#include "filter/FilterRunner.h"

#include "common/CoreMessages.h"
#include "common/MatImage.h"
#include "compute/Tensor.h"
#include "compute/ops.h"
#include "conv/KernelFile.h"
#include "conv/KernelPresets.h"
#include "image/TensorMat.h"

#include <QCoreApplication>
#include <chrono>
#include <cmath>
#include <exception>
#include <opencv2/imgproc.hpp>

namespace convsight::widgets {

namespace {

// The bank: the two Sobel derivatives and their magnitude, next to three other classics.
struct BankEntry {
    const char* presetId; // nullptr: the gradient magnitude
    const char* title;
};
constexpr BankEntry kBank[] = {
    {"sobel-x", QT_TRANSLATE_NOOP("FilterRunner", "Sobel x (∂/∂x)")},
    {"sobel-y", QT_TRANSLATE_NOOP("FilterRunner", "Sobel y (∂/∂y)")},
    {nullptr, QT_TRANSLATE_NOOP("FilterRunner", "Gradient magnitude √(x² + y²)")},
    {"edge", QT_TRANSLATE_NOOP("FilterRunner", "Edge (Laplacian)")},
    {"gaussian-5x5", QT_TRANSLATE_NOOP("FilterRunner", "Gaussian blur 5×5")},
    {"sharpen", QT_TRANSLATE_NOOP("FilterRunner", "Sharpen")},
};

compute::Tensor kernelTensor(const std::vector<float>& weights, int channels, int rows,
                             int columns) {
    if (channels == 1)
        return compute::Tensor::from({rows, columns}, weights);
    return compute::Tensor::from({channels, rows, columns}, weights);
}

// y = filter2d(x, k) on `device`, back on the host as interleaved BGR float.
cv::Mat filterOn(const compute::Tensor& x, const compute::Tensor& k, compute::BorderMode border,
                 compute::Device device) {
    const compute::Tensor y = compute::ops::filter2d(x.to(device), k.to(device), border);
    return image::tensor_to_mat(y, CV_32F);
}

std::vector<std::vector<int>> histogramOf(const cv::Mat& values, const image::ValueRange& range) {
    const int channels = values.channels();
    std::vector<std::vector<int>> bins(static_cast<std::size_t>(channels),
                                       std::vector<int>(FilterRunner::kHistogramBins, 0));
    const double span = range.max - range.min;
    const double scale = span > 0 ? FilterRunner::kHistogramBins / span : 0.0;
    for (int y = 0; y < values.rows; ++y) {
        const float* row = values.ptr<float>(y);
        for (int x = 0; x < values.cols; ++x)
            for (int c = 0; c < channels; ++c) {
                const int bin =
                    std::min(FilterRunner::kHistogramBins - 1,
                             static_cast<int>((row[x * channels + c] - range.min) * scale));
                ++bins[static_cast<std::size_t>(c)][static_cast<std::size_t>(bin)];
            }
    }
    return bins;
}

// The output, its range, display image and histogram: what every request asks for.
void filterInput(const FilterRequest& request, FilterResult& result) {
    cv::Mat source = request.source;
    if (request.grey && source.channels() == 3)
        cv::cvtColor(source, source, cv::COLOR_BGR2GRAY);
    source.convertTo(result.input, CV_32F);
    result.inputImage = matToQImage(source);

    const compute::Tensor x = image::mat_to_tensor(result.input);
    const int channels = static_cast<int>(x.dim(0));
    // A grey image with one kernel per colour channel is filtered by the R kernel.
    const int kernelChannels = channels == 1 ? 1 : request.kernelChannels;
    const std::vector<float> weights(request.weights.begin(),
                                     request.weights.begin() + kernelChannels * request.kernelRows *
                                                                   request.kernelColumns);
    // An output beyond a float would show as a broken image: refused, the message shown instead.
    const double largest = cv::norm(result.input, cv::NORM_INF);
    const auto perChannel = static_cast<std::size_t>(request.kernelRows * request.kernelColumns);
    for (std::size_t c = 0; c < static_cast<std::size_t>(kernelChannels); ++c)
        conv::check_filter_output_fits_float(
            std::vector<double>(weights.begin() + static_cast<std::ptrdiff_t>(c * perChannel),
                                weights.begin() +
                                    static_cast<std::ptrdiff_t>((c + 1) * perChannel)),
            request.offset, largest, "");
    const compute::Tensor k =
        kernelTensor(weights, kernelChannels, request.kernelRows, request.kernelColumns);

    const auto start = std::chrono::steady_clock::now();
    result.output = filterOn(x, k, request.border, request.device);
    result.filterMilliseconds =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (request.offset != 0)
        result.output += cv::Scalar::all(request.offset);

    result.range = image::value_range(result.output);
    result.divergingScale = image::diverging_scale(result.output);
    result.outputImage = matToQImage(image::to_display(result.output, request.display));
    result.histogram = histogramOf(result.output, result.range);
}

// The filter bank's tiles, each applied to the grey version of `input`.
std::vector<BankTile> filterBank(const FilterRequest& request, const cv::Mat& input) {
    cv::Mat grey = input;
    if (grey.channels() == 3)
        cv::cvtColor(input, grey, cv::COLOR_BGR2GRAY);
    const compute::Tensor g = image::mat_to_tensor(grey);
    std::vector<BankTile> bank;
    cv::Mat gx, gy;
    for (const BankEntry& entry : kBank) {
        BankTile tile;
        tile.title = QCoreApplication::translate("FilterRunner", entry.title);
        if (entry.presetId) {
            const conv::KernelPreset& preset = conv::kernel_preset(entry.presetId);
            const conv::Matrix w = preset.weights();
            std::vector<float> values;
            for (const auto& row : w)
                for (const double v : row)
                    values.push_back(static_cast<float>(v));
            const auto rows = static_cast<int>(w.size());
            const auto columns = static_cast<int>(w[0].size());
            tile.presetId = QString::fromStdString(preset.id);
            tile.values =
                filterOn(g, kernelTensor(values, 1, rows, columns), request.border, request.device);
            if (preset.id == "sobel-x")
                gx = tile.values;
            else if (preset.id == "sobel-y")
                gy = tile.values;
        } else {
            cv::magnitude(gx, gy, tile.values);
        }
        tile.image = matToQImage(image::to_display(tile.values, request.display));
        tile.divergingScale = image::diverging_scale(tile.values);
        bank.push_back(std::move(tile));
    }
    return bank;
}

} // namespace

FilterRunner::FilterRunner(QObject* parent)
    : QObject(parent) {}

FilterRunner::~FilterRunner() = default; // task_ waits for the running filtering

quint64 FilterRunner::submit(FilterRequest request) {
    // Only the newest request's result is delivered, so it carries the newest generation.
    return task_.run([request = std::move(request)](const CancelFlag&) { return run(request, 0); },
                     [this](FilterResult result) {
                         result.generation = task_.latestGeneration();
                         emit finished(result);
                     });
}

FilterResult FilterRunner::run(const FilterRequest& request, quint64 generation) {
    FilterResult result;
    result.generation = generation;
    result.request = request;
    try {
        if (!request.failForTesting.isEmpty()) {
            const std::string op = request.failForTesting.toStdString();
            throw compute::DeviceError(op, op + ": the GPU failed (a fault injected by a test)");
        }
        filterInput(request, result);
        if (request.allDisplays)
            for (const image::SignedDisplay mode : image::signed_displays())
                result.displays.push_back(matToQImage(image::to_display(result.output, mode)));
        if (request.difference) {
            result.difference = result.output - result.input;
            result.differenceImage =
                matToQImage(image::to_display(result.difference, request.display));
            result.differenceScale = image::diverging_scale(result.difference);
        }
        if (request.bank)
            result.bank = filterBank(request, result.input);
    } catch (const std::exception& e) {
        FilterResult failed;
        failed.generation = generation;
        failed.request = request;
        failed.error = translateCoreMessage(e.what());
        if (const auto* device = dynamic_cast<const compute::DeviceError*>(&e))
            failed.deviceErrorOp = QString::fromStdString(device->op());
        return failed;
    }
    return result;
}

} // namespace convsight::widgets
