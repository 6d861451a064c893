// Saliency, SmoothGrad, Grad-CAM, occlusion and activation maximisation on the layers' own
// forward and backward passes, so they run wherever the model runs.
#include "nn/Explain.h"

#include "nn/Inspection.h"
#include "nn/Softmax.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace convsight::nn {
namespace {

using compute::Tensor;

// Evaluation mode and the input gradient as an explanation needs them for its lifetime; the
// model's mode and setting come back afterwards, and the layers forget what they kept.
class ExplainScope {
public:
    ExplainScope(Sequential& model, bool input_gradient)
        : model_(model)
        , training_(model.is_training())
        , input_gradient_(model.size() > 0 && model.layer(0).input_gradient_needed()) {
        model.eval();
        model.set_input_gradient_needed(input_gradient);
    }
    ~ExplainScope() {
        for (int i = 0; i < model_.size(); ++i)
            model_.layer(i).forget_forward();
        model_.set_input_gradient_needed(input_gradient_);
        if (training_)
            model_.train();
    }
    ExplainScope(const ExplainScope&) = delete;
    ExplainScope& operator=(const ExplainScope&) = delete;

private:
    Sequential& model_;
    bool training_, input_gradient_;
};

// The layers before any final Softmax or LogSoftmax: their output is the scores.
int score_layers(const Sequential& model) {
    const int count = model.size();
    if (count > 0 && dynamic_cast<const SoftmaxLayer*>(&model.layer(count - 1)))
        return count - 1;
    return count;
}

const Shape& image_shape(const Sequential& model) {
    const Shape& shape = model.input_shape();
    if (shape.size() != 3)
        throw std::invalid_argument(model.name() +
                                    ": explanations need an image input (C, H, W), "
                                    "and this model's input is " +
                                    (shape.empty() ? std::string("not set") : shape_string(shape)));
    if (score_layers(model) == 0)
        throw std::invalid_argument(model.name() + ": there are no layers to explain");
    return shape;
}

// The example as a batch of one on the model's device.
Tensor as_batch(const Sequential& model, const Tensor& example) {
    const Shape& shape = image_shape(model);
    if (!example.defined())
        throw std::invalid_argument(model.name() + ": there is no example to explain");
    Shape batch{1};
    batch.insert(batch.end(), shape.begin(), shape.end());
    if (example.shape() != shape && example.shape() != batch)
        throw std::invalid_argument(model.name() + ": the example " + example.shape_string() +
                                    " is not the model's input " + shape_string(shape));
    return example.view(batch).to(model.device());
}

// Runs layers [0, end) in evaluation mode; with `keep`, each layer keeps what its backward needs.
Tensor forward_to(Sequential& model, Tensor x, int end, bool keep) {
    for (int i = 0; i < end; ++i) {
        x = model.layer(i).forward(x, false);
        if (!keep)
            model.layer(i).forget_forward();
    }
    return x;
}

// Back through layers [begin, end) from `dy`, the last first.
Tensor backward_from(Sequential& model, Tensor dy, int begin, int end) {
    for (int i = end; i-- > begin;) {
        dy = model.layer(i).backward(dy);
        model.layer(i).forget_forward();
    }
    return dy;
}

// The scores of a batch as (N, K) on the CPU.
std::vector<float> host_scores(const Tensor& scores, std::int64_t* classes) {
    const std::int64_t n = scores.dim(0);
    *classes = scores.numel() / n;
    return scores.to_vector();
}

void check_class(const Sequential& model, std::int64_t classes, int class_index) {
    if (class_index < 0 || class_index >= classes)
        throw std::invalid_argument(model.name() + " has classes 0 to " +
                                    std::to_string(classes - 1) + ", not " +
                                    std::to_string(class_index));
}

// One-hot rows: ∂score_c/∂scores for each of `rows` examples.
Tensor one_hot_rows(std::int64_t rows, std::int64_t classes, int class_index, Device device) {
    std::vector<float> values(static_cast<std::size_t>(rows * classes), 0.0f);
    for (std::int64_t r = 0; r < rows; ++r)
        values[static_cast<std::size_t>(r * classes + class_index)] = 1.0f;
    return Tensor::from({rows, classes}, values, device);
}

// Softmax of one row of scores.
float probability(const float* scores, std::int64_t classes, int class_index) {
    const float peak = *std::max_element(scores, scores + classes);
    double sum = 0;
    for (std::int64_t k = 0; k < classes; ++k)
        sum += std::exp(static_cast<double>(scores[k]) - peak);
    return static_cast<float>(std::exp(static_cast<double>(scores[class_index]) - peak) / sum);
}

// The input gradients of the class's score for a batch of inputs (N, C, H, W) on the model's
// device: (N, C, H, W) on the CPU.
std::vector<float> batch_input_gradients(Sequential& model, const Tensor& x, int class_index) {
    const int end = score_layers(model);
    const Tensor scores = forward_to(model, x, end, true);
    const std::int64_t rows = scores.dim(0), classes = scores.numel() / rows;
    check_class(model, classes, class_index);
    const Tensor dscores =
        one_hot_rows(rows, classes, class_index, model.device()).view(scores.shape());
    return backward_from(model, dscores, 0, end).to_vector();
}

void require_positive(int value, const char* what) {
    if (value < 1)
        throw std::invalid_argument(std::string(what) + " must be at least 1, not " +
                                    std::to_string(value));
}

// Moves a (C, H, W) image by (dy, dx) pixels, wrapping round: out[y][x] = in[y − dy][x − dx].
std::vector<float> rolled(const std::vector<float>& image, const Shape& chw, int dy, int dx) {
    const std::int64_t c = chw[0], h = chw[1], w = chw[2];
    std::vector<float> out(image.size());
    for (std::int64_t k = 0; k < c; ++k)
        for (std::int64_t y = 0; y < h; ++y)
            for (std::int64_t x = 0; x < w; ++x) {
                const std::int64_t sy = ((y - dy) % h + h) % h, sx = ((x - dx) % w + w) % w;
                out[static_cast<std::size_t>((k * h + y) * w + x)] =
                    image[static_cast<std::size_t>((k * h + sy) * w + sx)];
            }
    return out;
}

// A 3×3 Gaussian of σ `sigma` over each channel, separably, the edges repeated.
void blur3(std::vector<float>& image, const Shape& chw, float sigma) {
    const float side = std::exp(-1.0f / (2.0f * sigma * sigma));
    const float a = side / (1.0f + 2.0f * side), b = 1.0f / (1.0f + 2.0f * side);
    const std::int64_t c = chw[0], h = chw[1], w = chw[2];
    std::vector<float> tmp(image.size());
    const auto at = [](std::int64_t i, std::int64_t n) {
        return std::clamp<std::int64_t>(i, 0, n - 1);
    };
    for (std::int64_t k = 0; k < c; ++k) {
        float* plane = image.data() + k * h * w;
        float* t = tmp.data() + k * h * w;
        for (std::int64_t y = 0; y < h; ++y)
            for (std::int64_t x = 0; x < w; ++x)
                t[y * w + x] = a * plane[y * w + at(x - 1, w)] + b * plane[y * w + x] +
                               a * plane[y * w + at(x + 1, w)];
        for (std::int64_t y = 0; y < h; ++y)
            for (std::int64_t x = 0; x < w; ++x)
                plane[y * w + x] =
                    a * t[at(y - 1, h) * w + x] + b * t[y * w + x] + a * t[at(y + 1, h) * w + x];
    }
}

} // namespace

ClassScores class_scores(Sequential& model, const Tensor& example) {
    const Tensor x = as_batch(model, example);
    const ExplainScope scope(model, false);
    std::int64_t classes = 0;
    ClassScores result;
    result.scores = host_scores(forward_to(model, x, score_layers(model), false), &classes);
    result.probabilities = probabilities(Tensor::from({classes}, result.scores));
    result.predicted = static_cast<int>(
        std::max_element(result.scores.begin(), result.scores.end()) - result.scores.begin());
    return result;
}

Tensor input_gradient(Sequential& model, const Tensor& example, int class_index) {
    const Tensor x = as_batch(model, example);
    const ExplainScope scope(model, true);
    return Tensor::from(model.input_shape(), batch_input_gradients(model, x, class_index));
}

Tensor saliency(Sequential& model, const Tensor& example, int class_index,
                const SmoothGradSettings& smooth) {
    const Tensor x = as_batch(model, example);
    const Shape& shape = model.input_shape();
    const std::int64_t c = shape[0], hw = shape[1] * shape[2];
    if (smooth.samples < 0 || smooth.samples > 1024)
        throw std::invalid_argument("SmoothGrad takes 0 to 1024 noisy copies, not " +
                                    std::to_string(smooth.samples));
    if (!(smooth.noise >= 0.0f && smooth.noise <= 1.0f))
        throw std::invalid_argument("SmoothGrad's noise is a fraction of the input's range, from "
                                    "0 to 1, not " +
                                    std::to_string(smooth.noise));
    const ExplainScope scope(model, true);
    // The mean over the copies of |∂score/∂x|, per channel and pixel.
    std::vector<double> mean(static_cast<std::size_t>(c * hw), 0.0);
    if (smooth.samples == 0) {
        const std::vector<float> g = batch_input_gradients(model, x, class_index);
        for (std::size_t i = 0; i < mean.size(); ++i)
            mean[i] = std::fabs(g[i]);
    } else {
        const std::vector<float> values = x.to_vector();
        const auto [low, high] = std::minmax_element(values.begin(), values.end());
        // A normal distribution needs a spread above 0: no noise is the input itself.
        const float sigma = smooth.noise * (*high - *low);
        std::normal_distribution<float> normal(0.0f, sigma > 0 ? sigma : 1.0f);
        std::mt19937_64 rng(smooth.seed);
        const auto noise = [&](std::mt19937_64& engine) {
            return sigma > 0 ? normal(engine) : 0.0f;
        };
        constexpr int kChunk = 16;
        for (int done = 0; done < smooth.samples;) {
            const int n = std::min(kChunk, smooth.samples - done);
            std::vector<float> noisy(static_cast<std::size_t>(n) * values.size());
            for (std::size_t i = 0; i < noisy.size(); ++i)
                noisy[i] = values[i % values.size()] + noise(rng);
            const std::vector<float> g = batch_input_gradients(
                model, Tensor::from({n, shape[0], shape[1], shape[2]}, noisy, model.device()),
                class_index);
            for (std::size_t i = 0; i < g.size(); ++i)
                mean[i % mean.size()] += std::fabs(g[i]) / smooth.samples;
            done += n;
        }
    }
    std::vector<float> map(static_cast<std::size_t>(hw), 0.0f);
    for (std::int64_t k = 0; k < c; ++k)
        for (std::int64_t p = 0; p < hw; ++p)
            map[static_cast<std::size_t>(p)] =
                std::max(map[static_cast<std::size_t>(p)],
                         static_cast<float>(mean[static_cast<std::size_t>(k * hw + p)]));
    return Tensor::from({shape[1], shape[2]}, map);
}

std::vector<int> spatial_layers(const Sequential& model) {
    std::vector<int> layers;
    if (model.input_shape().size() != 3)
        return layers;
    const std::vector<LayerSummary> rows = model.layer_summaries();
    const int end = score_layers(model);
    for (int i = 0; i < end; ++i) {
        if (rows[static_cast<std::size_t>(i)].output_shape.size() != 3)
            break; // after a flatten, no layer has rows and columns again
        layers.push_back(i);
    }
    return layers;
}

int last_convolution(const Sequential& model) {
    int last = -1;
    for (const int i : spatial_layers(model)) {
        const std::string kind = model.layer(i).kind();
        if (kind == "Conv2d" || kind == "LocallyConnected2d")
            last = i;
    }
    return last;
}

int spatial_layer_index(const Sequential& model, const std::string& name) {
    const std::vector<int> layers = spatial_layers(model);
    for (const int i : layers)
        if (model.layer(i).name() == name)
            return i;
    std::string names;
    for (const int i : layers)
        names += (names.empty() ? "" : ", ") + model.layer(i).name();
    throw std::invalid_argument(
        model.name() + ": no layer \"" + name + "\" with feature maps; " +
        (names.empty() ? std::string("this model has none") : "the layers with maps are " + names));
}

Tensor resize_bilinear(const Tensor& map, int height, int width) {
    if (!map.defined() || map.rank() != 2)
        throw std::invalid_argument("resize_bilinear() takes one map (h, w)");
    require_positive(height, "the height");
    require_positive(width, "the width");
    const std::int64_t h = map.dim(0), w = map.dim(1);
    const std::vector<float> in = map.to_vector();
    // Where the centre of output pixel o falls in the input, pixel centres aligned.
    const auto source = [](int o, std::int64_t in_size, int out_size, std::int64_t* i0,
                           std::int64_t* i1, float* t) {
        const double s = (o + 0.5) * static_cast<double>(in_size) / out_size - 0.5;
        const double clamped = std::clamp(s, 0.0, static_cast<double>(in_size - 1));
        *i0 = static_cast<std::int64_t>(std::floor(clamped));
        *i1 = std::min(*i0 + 1, in_size - 1);
        *t = static_cast<float>(clamped - static_cast<double>(*i0));
    };
    std::vector<float> out(static_cast<std::size_t>(height) * static_cast<std::size_t>(width));
    for (int y = 0; y < height; ++y) {
        std::int64_t y0 = 0, y1 = 0;
        float ty = 0;
        source(y, h, height, &y0, &y1, &ty);
        for (int x = 0; x < width; ++x) {
            std::int64_t x0 = 0, x1 = 0;
            float tx = 0;
            source(x, w, width, &x0, &x1, &tx);
            const auto v = [&](std::int64_t yy, std::int64_t xx) {
                return in[static_cast<std::size_t>(yy * w + xx)];
            };
            const float top = v(y0, x0) + tx * (v(y0, x1) - v(y0, x0));
            const float bottom = v(y1, x0) + tx * (v(y1, x1) - v(y1, x0));
            out[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) +
                static_cast<std::size_t>(x)] = top + ty * (bottom - top);
        }
    }
    return Tensor::from({height, width}, out);
}

GradCam grad_cam(Sequential& model, const Tensor& example, int class_index, int layer) {
    const Tensor x = as_batch(model, example);
    const std::vector<int> layers = spatial_layers(model);
    if (std::find(layers.begin(), layers.end(), layer) == layers.end()) {
        const std::string what = layer >= 0 && layer < model.size()
                                     ? model.layer(layer).label()
                                     : "layer " + std::to_string(layer);
        throw std::invalid_argument(model.name() +
                                    ": Grad-CAM needs a layer with feature maps (C, "
                                    "h, w), and " +
                                    what + " has none");
    }
    const ExplainScope scope(model, false);
    const int end = score_layers(model);
    // The layers up to the maps keep nothing: the gradient stops at the maps.
    const Tensor activations = forward_to(model, x, layer + 1, false);
    Tensor y = activations;
    for (int i = layer + 1; i < end; ++i)
        y = model.layer(i).forward(y, false);
    const std::int64_t classes = y.numel() / y.dim(0);
    check_class(model, classes, class_index);
    const Tensor dscores = one_hot_rows(1, classes, class_index, model.device()).view(y.shape());
    const std::vector<float> dmaps = backward_from(model, dscores, layer + 1, end).to_vector();

    GradCam result;
    result.layer = layer;
    const Shape maps_shape(activations.shape().begin() + 1, activations.shape().end());
    result.activations = activations.to(Device::cpu()).view(maps_shape);
    const std::int64_t k = maps_shape[0], h = maps_shape[1], w = maps_shape[2];
    const std::vector<float> a = result.activations.to_vector();
    std::vector<float> coarse(static_cast<std::size_t>(h * w), 0.0f);
    for (std::int64_t m = 0; m < k; ++m) {
        double sum = 0;
        for (std::int64_t p = 0; p < h * w; ++p)
            sum += dmaps[static_cast<std::size_t>(m * h * w + p)];
        const float alpha = static_cast<float>(sum / static_cast<double>(h * w));
        result.weights.push_back(alpha);
        for (std::int64_t p = 0; p < h * w; ++p)
            coarse[static_cast<std::size_t>(p)] +=
                alpha * a[static_cast<std::size_t>(m * h * w + p)];
    }
    for (float& v : coarse)
        v = std::max(v, 0.0f);
    result.coarse = Tensor::from({h, w}, coarse);
    const Shape& input = model.input_shape();
    result.map =
        resize_bilinear(result.coarse, static_cast<int>(input[1]), static_cast<int>(input[2]));
    return result;
}

int occlusion_positions(int extent, int patch, int stride) {
    require_positive(patch, "the occlusion patch");
    require_positive(stride, "the occlusion stride");
    if (patch > extent)
        throw std::invalid_argument("the occlusion patch (" + std::to_string(patch) +
                                    " pixels) is larger than the image (" + std::to_string(extent) +
                                    ")");
    return (extent - patch) / stride + 1;
}

Tensor occlusion(Sequential& model, const Tensor& example, int class_index,
                 const OcclusionSettings& settings, const Progress& progress) {
    const Tensor x = as_batch(model, example);
    const Shape& shape = model.input_shape();
    const int c = static_cast<int>(shape[0]), h = static_cast<int>(shape[1]),
              w = static_cast<int>(shape[2]);
    const int rows = occlusion_positions(h, settings.patch, settings.stride);
    const int columns = occlusion_positions(w, settings.patch, settings.stride);
    require_positive(settings.batch, "the occlusion batch");
    if (!std::isfinite(settings.fill))
        throw std::invalid_argument("the occlusion fill value must be a finite number");
    const ExplainScope scope(model, false);
    const int end = score_layers(model);

    std::int64_t classes = 0;
    const std::vector<float> base = host_scores(forward_to(model, x, end, false), &classes);
    check_class(model, classes, class_index);
    const float p0 = probability(base.data(), classes, class_index);

    const std::vector<float> values = x.to_vector();
    const int total = rows * columns;
    const std::size_t plane = static_cast<std::size_t>(h) * static_cast<std::size_t>(w);
    std::vector<double> sum(plane, 0.0);
    std::vector<int> count(plane, 0);
    for (int first = 0; first < total; first += settings.batch) {
        const int n = std::min(settings.batch, total - first);
        std::vector<float> batch(static_cast<std::size_t>(n) * values.size());
        for (int i = 0; i < n; ++i) {
            float* copy = batch.data() + static_cast<std::size_t>(i) * values.size();
            std::copy(values.begin(), values.end(), copy);
            const int top = (first + i) / columns * settings.stride;
            const int left = (first + i) % columns * settings.stride;
            for (int k = 0; k < c; ++k)
                for (int y = top; y < top + settings.patch; ++y)
                    std::fill_n(copy + k * plane + static_cast<std::size_t>(y * w + left),
                                settings.patch, settings.fill);
        }
        const std::vector<float> scores = host_scores(
            forward_to(model, Tensor::from({n, c, h, w}, batch, model.device()), end, false),
            &classes);
        for (int i = 0; i < n; ++i) {
            const double drop =
                p0 - probability(scores.data() + static_cast<std::size_t>(i) * classes, classes,
                                 class_index);
            const int top = (first + i) / columns * settings.stride;
            const int left = (first + i) % columns * settings.stride;
            for (int y = top; y < top + settings.patch; ++y)
                for (int xx = left; xx < left + settings.patch; ++xx) {
                    sum[static_cast<std::size_t>(y * w + xx)] += drop;
                    ++count[static_cast<std::size_t>(y * w + xx)];
                }
        }
        if (progress && !progress(first + n, total))
            throw std::runtime_error("stopped");
    }
    std::vector<float> map(plane, 0.0f);
    for (std::size_t p = 0; p < plane; ++p)
        if (count[p] > 0)
            map[p] = static_cast<float>(sum[p] / count[p]);
    return Tensor::from({h, w}, map);
}

FilterVisualizer::FilterVisualizer(Sequential& model, const VisualizeSettings& settings)
    : model_(model)
    , settings_(settings)
    , rng_(settings.seed) {
    const Shape& shape = image_shape(model);
    const std::vector<int> layers = spatial_layers(model);
    if (std::find(layers.begin(), layers.end(), settings.layer) == layers.end())
        throw std::invalid_argument(model.name() + ": layer " + std::to_string(settings.layer) +
                                    " has no feature maps to maximise");
    const std::int64_t filters =
        model.layer_summaries()[static_cast<std::size_t>(settings.layer)].output_shape[0];
    if (settings.filter < 0 || settings.filter >= filters)
        throw std::invalid_argument(model.layer(settings.layer).label() + " has filters 0 to " +
                                    std::to_string(filters - 1) + ", not " +
                                    std::to_string(settings.filter));
    if (!(std::isfinite(settings.low) && std::isfinite(settings.high) &&
          settings.low < settings.high))
        throw std::invalid_argument("the input range needs a finite low below a finite high");
    if (!(settings.step_size > 0.0f && settings.step_size <= 1.0f))
        throw std::invalid_argument("the step size is a fraction of the input range, above 0 and "
                                    "at most 1");
    if (settings.jitter < 0 || settings.jitter > std::min(shape[1], shape[2]) / 2)
        throw std::invalid_argument("the jitter must be from 0 to half the image's side, not " +
                                    std::to_string(settings.jitter));
    if (!(settings.decay >= 0.0f && settings.decay < 1.0f))
        throw std::invalid_argument("the decay must be at least 0 and below 1");
    if (!(settings.blur >= 0.0f && settings.blur <= 10.0f) || settings.blur_every < 0)
        throw std::invalid_argument("the blur's σ must be from 0 to 10, and its period at least 0");
    const float grey = (settings.low + settings.high) / 2;
    std::vector<float> values(static_cast<std::size_t>(compute::shape_numel(shape)), grey);
    if (settings.start_from_noise) {
        std::normal_distribution<float> noise(0.0f, 0.1f * (settings.high - settings.low));
        for (float& v : values)
            v = std::clamp(grey + noise(rng_), settings.low, settings.high);
    }
    image_ = Tensor::from(shape, values);
}

float FilterVisualizer::evaluate(const Tensor& x, Tensor* gradient) {
    const ExplainScope scope(model_, gradient != nullptr);
    const int end = settings_.layer + 1;
    const Tensor maps = forward_to(model_, x, end, gradient != nullptr);
    const std::int64_t k = maps.dim(1), h = maps.dim(2), w = maps.dim(3);
    const std::vector<float> a = maps.to_vector();
    const std::size_t first = static_cast<std::size_t>(settings_.filter * h * w);
    const std::size_t centre = first + static_cast<std::size_t>(h / 2 * w + w / 2);
    double value = 0;
    if (settings_.centre_unit) {
        value = a[centre];
    } else {
        for (std::int64_t p = 0; p < h * w; ++p)
            value += a[first + static_cast<std::size_t>(p)];
        value /= static_cast<double>(h * w);
    }
    if (gradient) {
        std::vector<float> d(static_cast<std::size_t>(k * h * w), 0.0f);
        if (settings_.centre_unit)
            d[centre] = 1.0f;
        else
            std::fill_n(d.begin() + static_cast<std::ptrdiff_t>(first), h * w,
                        1.0f / static_cast<float>(h * w));
        const Tensor dmaps = Tensor::from(maps.shape(), d, model_.device());
        *gradient = backward_from(model_, dmaps, 0, end).to(Device::cpu());
    }
    return static_cast<float>(value);
}

float FilterVisualizer::objective() {
    return evaluate(as_batch(model_, image_), nullptr);
}

float FilterVisualizer::step() {
    const Shape& shape = image_.shape();
    std::uniform_int_distribution<int> shift(-settings_.jitter, settings_.jitter);
    const int dy = shift(rng_), dx = shift(rng_);
    std::vector<float> values = image_.to_vector();
    const Tensor shifted = Tensor::from(shape, rolled(values, shape, dy, dx));
    Tensor gradient;
    const float value = evaluate(as_batch(model_, shifted), &gradient);
    const std::vector<float> g = rolled(gradient.to_vector(), shape, -dy, -dx);

    double squares = 0;
    for (const float v : g)
        squares += static_cast<double>(v) * v;
    const double rms = std::sqrt(squares / static_cast<double>(g.size()));
    const float range = settings_.high - settings_.low;
    const float grey = (settings_.low + settings_.high) / 2;
    const float scale = rms > 0 ? static_cast<float>(settings_.step_size * range / rms) : 0.0f;
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = grey + (values[i] + scale * g[i] - grey) * (1.0f - settings_.decay);
    ++steps_;
    if (settings_.blur > 0 && settings_.blur_every > 0 && steps_ % settings_.blur_every == 0)
        blur3(values, shape, settings_.blur);
    for (float& v : values)
        v = std::clamp(v, settings_.low, settings_.high);
    image_ = Tensor::from(shape, values);
    return value;
}

} // namespace convsight::nn
