// Why did the network say that? Four explanations of one example, on any network nn can hold
// (built here, loaded from a .csmodel or imported from ONNX), on the model's device:
//   saliency       the gradient of the class's score with respect to the input pixels (and
//                  SmoothGrad: the same, averaged over noisy copies of the input);
//   Grad-CAM       a layer's feature maps weighted by the spatial mean of the score's gradient
//                  with respect to them, ReLU, upsampled bilinearly to the input;
//   occlusion      how much the class's probability drops when a patch of the input is set to
//                  one value, averaged over the patches that cover each pixel;
//   what a filter wants (activation maximisation): the input, grown from grey or noise by
//                  gradient ascent, that makes one filter's activation large.
// The score of a class is the network's output for it before any final Softmax or LogSoftmax
// layer (the logit); its probability is the softmax of the scores.
//
// Every function takes `example` as (C, H, W) or (1, C, H, W) on any device, already normalised
// like the model's training data; runs the model in evaluation mode (restoring its mode and its
// input-gradient setting afterwards); leaves the parameters' values as they were but may
// overwrite their gradients; and returns its maps on the CPU. A class index outside the model's
// outputs, an example of another shape, a layer without spatial maps or a setting out of range
// throws std::invalid_argument saying which and why.
#pragma once

#include "nn/Sequential.h"

#include <cstdint>
#include <functional>
#include <random>
#include <string>
#include <vector>

namespace convsight::nn {

// The scores (logits), their softmax probabilities and the predicted class (the highest score).
struct ClassScores {
    std::vector<float> scores;
    std::vector<float> probabilities;
    int predicted{};
};
ClassScores class_scores(Sequential& model, const compute::Tensor& example);

// ∂score/∂x for the class: (C, H, W), through the network's own backward pass.
compute::Tensor input_gradient(Sequential& model, const compute::Tensor& example, int class_index);

// SmoothGrad's noise: `samples` noisy copies of the input (0: plain saliency), each pixel plus
// Gaussian noise of standard deviation `noise` × (the input's largest value − its smallest), as
// the SmoothGrad paper sets it (10 to 20 %), from std::mt19937_64(seed).
struct SmoothGradSettings {
    int samples{0};
    float noise{0.15f};
    std::uint64_t seed{1};
};
// The saliency map, (H, W): for each pixel the maximum over the channels of |∂score/∂x|; with
// SmoothGrad, the maximum over the channels of the mean over the noisy copies of |∂score/∂x|.
compute::Tensor saliency(Sequential& model, const compute::Tensor& example, int class_index,
                         const SmoothGradSettings& smooth = {});

// The 0-based indices of the layers whose output is a stack of maps (C, h, w), in order: the
// layers Grad-CAM and activation maximisation can look at.
std::vector<int> spatial_layers(const Sequential& model);
// The last Conv2d or LocallyConnected2d layer (0-based), −1 when the model has none.
int last_convolution(const Sequential& model);
// The 0-based index of the layer called `name`; throws std::invalid_argument naming the layers
// that have maps when there is none such or it has no maps.
int spatial_layer_index(const Sequential& model, const std::string& name);

// Grad-CAM on layer `layer` (0-based; its output A is (K, h, w)).
struct GradCam {
    int layer{};
    compute::Tensor activations; // A: (K, h, w)
    std::vector<float> weights;  // αₖ: the spatial mean of ∂score/∂Aₖ, one per map
    compute::Tensor coarse;      // ReLU(Σₖ αₖ Aₖ): (h, w)
    compute::Tensor map;         // `coarse` upsampled bilinearly to the input: (H, W)
};
GradCam grad_cam(Sequential& model, const compute::Tensor& example, int class_index, int layer);

// Bilinear resampling of one map (h, w) to (height, width) with pixel centres aligned (the
// convention of cv::resize's INTER_LINEAR and of PyTorch's align_corners=False), clamped at the
// edges.
compute::Tensor resize_bilinear(const compute::Tensor& map, int height, int width);

// Occlusion: a patch × patch square (all channels) set to `fill`, slid over the input with step
// `stride` from the top-left corner while it fits, like a convolution without padding: (H − patch)
// / stride + 1 positions down and as many across. Patches run through the model `batch` at a
// time.
struct OcclusionSettings {
    int patch{4};
    int stride{2};
    float fill{0.0f};
    int batch{64};
};
// The positions along a side of `extent` pixels; throws std::invalid_argument when the patch does
// not fit or a setting is below 1.
int occlusion_positions(int extent, int patch, int stride);
// Called after each batch with the patches done and their total; returning false stops the sweep
// (occlusion() then throws std::runtime_error("stopped")).
using Progress = std::function<bool(int done, int total)>;
// (H, W): for each pixel the mean, over the patches that cover it, of p(class | x) − p(class | x
// with the patch set to `fill`); 0 where no patch covers the pixel (the right and bottom edges
// when the stride does not divide H − patch).
compute::Tensor occlusion(Sequential& model, const compute::Tensor& example, int class_index,
                          const OcclusionSettings& settings = {}, const Progress& progress = {});

// What a filter wants. The objective is the mean over the map of filter `filter` of layer
// `layer`'s output (or, with `centre_unit`, its value at the map's centre: one neuron, whose
// wish on the first convolution is its weights). Each step: shift the image by up to `jitter`
// pixels (wrapping round), take the gradient of the objective, shift it back, and move the image
// `step_size` × (input range) along it, the gradient scaled to unit RMS; then pull the image
// towards grey by `decay` (L2), blur it with a 3×3 Gaussian of σ `blur` every `blur_every`
// steps (0: never) and clamp it to [low, high].
struct VisualizeSettings {
    int layer{0};
    int filter{0};
    bool centre_unit{false};
    bool start_from_noise{false}; // else grey: (low + high) / 2
    float low{0.0f}, high{1.0f};  // the normalised input's range
    float step_size{0.02f};
    int jitter{1};
    float decay{0.01f};
    float blur{0.5f};
    int blur_every{4};
    std::uint64_t seed{1};
};

class FilterVisualizer {
public:
    // Checks the layer, the filter and the settings; the image starts grey or as noise.
    FilterVisualizer(Sequential& model, const VisualizeSettings& settings);

    // One step of gradient ascent; returns the objective measured on the image before the step
    // (jittered as the step saw it).
    float step();
    // The objective on the current image, unshifted.
    float objective();
    // The image so far, (C, H, W) on the CPU, normalised like the model's input.
    const compute::Tensor& image() const { return image_; }
    int steps() const { return steps_; }
    const VisualizeSettings& settings() const { return settings_; }

private:
    // The objective for `x` (1, C, H, W) on the model's device and, when `gradient` is given, its
    // gradient with respect to x (on the CPU).
    float evaluate(const compute::Tensor& x, compute::Tensor* gradient);

    Sequential& model_;
    VisualizeSettings settings_;
    compute::Tensor image_;
    std::mt19937_64 rng_;
    int steps_{0};
};

} // namespace convsight::nn
