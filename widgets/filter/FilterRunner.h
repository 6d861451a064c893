// Filtering off the GUI thread: the Filter workspace submits a request for every change, the
// runner filters on a worker (common/LatestTask) and reports only the newest request's result.
#pragma once

#include "common/LatestTask.h"
#include "compute/Device.h"
#include "compute/shared/dims.h"
#include "image/SignedDisplay.h"

#include <QImage>
#include <QObject>
#include <QString>
#include <vector>

namespace convsight::widgets {

// Everything one filtering needs, by value: the worker shares nothing with the GUI.
struct FilterRequest {
    cv::Mat source; // 8-bit grey or BGR as loaded (never modified)
    bool grey{};    // filter the image's grey version (colour images only)
    int kernelRows{1}, kernelColumns{1};
    int kernelChannels{1};      // 1: one kernel for all channels; 3: R, G, B
    std::vector<float> weights; // (kernelChannels, rows, columns)
    double offset{};            // added to every output value
    compute::BorderMode border{compute::BorderMode::Reflect};
    compute::Device device{compute::Device::cpu()};
    image::SignedDisplay display{image::SignedDisplay::Clamp};
    bool allDisplays{}; // also each display mode's image
    bool difference{};  // also output − input
    bool bank{};        // also the filter bank
    // Tests only: the filtering fails with a DeviceError naming this op, as a GPU fault would
    // (the Filter workspace's "Continue on the CPU" path, on a machine without a GPU).
    QString failForTesting;
};

// One tile of the filter bank: a kernel (or the gradient magnitude) applied to the grey image.
struct BankTile {
    QString presetId; // the preset a click opens ("sobel-x"), empty for derived images
    QString title;
    cv::Mat values; // CV_32FC1
    QImage image;   // in the request's display mode
    double divergingScale{};
};

struct FilterResult {
    quint64 generation{};
    FilterRequest request;
    cv::Mat input;  // CV_32F, what was filtered (grey or BGR), [0, 255]
    cv::Mat output; // CV_32F, same channels as input
    QImage inputImage;
    QImage outputImage; // output in request.display
    image::ValueRange range;
    double divergingScale{};      // ±scale of the diverging map: image::diverging_scale(output)
    std::vector<QImage> displays; // per image::signed_displays() when allDisplays
    cv::Mat difference;           // output − input when asked for
    QImage differenceImage;
    double differenceScale{};
    std::vector<BankTile> bank;
    std::vector<std::vector<int>> histogram; // per output channel (BGR order), kHistogramBins
    double filterMilliseconds{};             // filter2d alone, transfers included
    QString error;                           // set when filtering failed; nothing else is
    QString deviceErrorOp; // when the device failed (a compute::DeviceError): the op it names
};

class FilterRunner : public QObject {
    Q_OBJECT
public:
    static constexpr int kHistogramBins = 128;

    explicit FilterRunner(QObject* parent = nullptr);
    ~FilterRunner() override;

    // Queues `request`, replacing any queued one; returns its generation. At most one filtering
    // runs at a time, and results of requests overtaken by newer ones are dropped.
    quint64 submit(FilterRequest request);
    bool isBusy() const { return task_.isBusy(); }
    quint64 latestGeneration() const { return task_.latestGeneration(); }

    // The whole computation, on the calling thread (the worker's body; tests call it directly).
    static FilterResult run(const FilterRequest& request, quint64 generation);

signals:
    // The result of the newest request (or its error).
    void finished(const convsight::widgets::FilterResult& result);

private:
    LatestTask task_;
};

} // namespace convsight::widgets
