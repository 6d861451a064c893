// The table of layer types and their settings; model_from_json and the architecture editor read
// it, so a default or a new setting is written here once.
#include "nn/LayerSchema.h"

#include "io/TranslationMark.h" // the GUI translates the texts marked here
#include "nn/BatchNorm.h"
#include "nn/Layer.h"

#include <algorithm>

namespace convsight::nn {

namespace {

using nlohmann::json;

constexpr FieldRange kCountRange{1, 100000, 1, 0};
constexpr FieldRange kPairRange{1, 99, 1, 0};
constexpr FieldRange kNoRange{};
constexpr FieldRange kProbabilityRange{0, 0.95, 0.05, 2};
constexpr FieldRange kRateRange{0, 1, 0.01, 3};
constexpr FieldRange kEpsilonRange{1e-7, 0.1, 1e-5, 7};
constexpr FieldRange kValueRange{-1000, 1000, 0.1, 3};

LayerField stride(json fallback) {
    return {"stride",
            QT_TRANSLATE_NOOP("core", "Stride"),
            FieldKind::Pair,
            std::move(fallback),
            false,
            kPairRange,
            "how far the window moves between two outputs"};
}

LayerField padding() {
    return {"padding",
            QT_TRANSLATE_NOOP("core", "Padding"),
            FieldKind::Padding,
            "valid",
            false,
            kNoRange,
            "pixels added around the input: same keeps the size, valid adds none"};
}

LayerField bias() {
    return {"bias",   QT_TRANSLATE_NOOP("core", "Bias"),     FieldKind::Flag, true, false,
            kNoRange, "a learned value added to each output"};
}

LayerKind pool(const char* type, const char* menu, const char* description) {
    return {type,
            menu,
            {{"type", type}, {"size", 2}, {"stride", 2}, {"padding", "valid"}},
            {{"size", QT_TRANSLATE_NOOP("core", "Window"), FieldKind::Pair, 2, true, kPairRange,
              "the height and width of the window summarised into one value"},
             stride(nullptr),
             padding()},
            description};
}

LayerKind average_pool() {
    LayerKind kind = pool("avgpool", QT_TRANSLATE_NOOP("core", "AvgPool2d: 2×2"),
                          "keeps the mean of each window");
    kind.fields.push_back({"count_include_pad", QT_TRANSLATE_NOOP("core", "Count padding"),
                           FieldKind::Flag, false, false, kNoRange,
                           "divide by the whole window, the padding counted as zeros, instead "
                           "of by the window's pixels inside the image"});
    return kind;
}

LayerKind plain(const char* type, const char* menu, const char* description) {
    return {type, menu, {{"type", type}}, {}, description};
}

std::vector<LayerKind> make_schema() {
    std::vector<LayerKind> kinds;
    kinds.push_back(
        {"conv2d",
         QT_TRANSLATE_NOOP("core", "Conv2d: 16 filters 3×3, SAME"),
         {{"type", "conv2d"}, {"filters", 16}, {"kernel", 3}, {"stride", 1}, {"padding", "same"}},
         {{"filters", QT_TRANSLATE_NOOP("core", "Filters"), FieldKind::Count, 16, true, kCountRange,
           "how many kernels, one output channel (feature map) each"},
          {"kernel", QT_TRANSLATE_NOOP("core", "Kernel size"), FieldKind::Pair, 3, true, kPairRange,
           "the height and width of each kernel"},
          stride(1),
          padding(),
          {"dilation", QT_TRANSLATE_NOOP("core", "Dilation"), FieldKind::Pair, 1, false, kPairRange,
           "the spacing between the kernel's taps"},
          {"groups", QT_TRANSLATE_NOOP("core", "Groups"), FieldKind::Count, 1, false, kCountRange,
           "splits the input channels and the filters into this many independent groups "
           "(as many as the input channels: a depthwise convolution)"},
          bias()},
         "slides a bank of learned kernels over the input"});
    kinds.push_back(pool("maxpool", QT_TRANSLATE_NOOP("core", "MaxPool2d: 2×2"),
                         "keeps the largest value of each window"));
    kinds.push_back(average_pool());
    kinds.push_back({"dense",
                     QT_TRANSLATE_NOOP("core", "Dense: 64 units"),
                     {{"type", "dense"}, {"units", 64}},
                     {{"units", QT_TRANSLATE_NOOP("core", "Units"), FieldKind::Count, 64, true,
                       kCountRange, "how many outputs, each a weighted sum of every input"},
                      bias()},
                     "connects every input to every output"});
    kinds.push_back(
        {"locally_connected2d",
         QT_TRANSLATE_NOOP("core", "LocallyConnected2d: 8 filters 3×3, VALID"),
         {{"type", "locally_connected2d"}, {"filters", 8}, {"kernel", 3}, {"stride", 1}},
         {{"filters", QT_TRANSLATE_NOOP("core", "Filters"), FieldKind::Count, 8, true, kCountRange,
           "how many output maps; every position of each has its own weights"},
          {"kernel", QT_TRANSLATE_NOOP("core", "Window size"), FieldKind::Pair, 3, true, kPairRange,
           "the height and width of the patch each output sees"},
          stride(1),
          bias()},
         "like a convolution without weight sharing: every output position has its own "
         "weights (VALID)"});
    kinds.push_back(plain("relu", QT_TRANSLATE_NOOP("core", "ReLU"), "max(0, x)"));
    kinds.push_back({"leaky_relu",
                     QT_TRANSLATE_NOOP("core", "LeakyReLU: slope 0.01"),
                     {{"type", "leaky_relu"}, {"alpha", 0.01}},
                     {{"alpha", QT_TRANSLATE_NOOP("core", "Slope α for x < 0"), FieldKind::Rate,
                       0.01, false, kRateRange, "the slope below zero"}},
                     "x above zero, α·x below"});
    kinds.push_back(plain("sigmoid", QT_TRANSLATE_NOOP("core", "Sigmoid"), "1 / (1 + e^−x)"));
    kinds.push_back(plain("tanh", QT_TRANSLATE_NOOP("core", "Tanh"), "the hyperbolic tangent"));
    kinds.push_back({"batchnorm",
                     QT_TRANSLATE_NOOP("core", "BatchNorm"),
                     {{"type", "batchnorm"}},
                     {{"momentum", QT_TRANSLATE_NOOP("core", "Momentum"), FieldKind::Rate,
                       json_number(BatchNorm::kDefaultMomentum), false, kRateRange,
                       "how fast the running statistics follow the batches"},
                      {"eps", "ε", FieldKind::Epsilon, json_number(BatchNorm::kDefaultEps), false,
                       kEpsilonRange, "added to the variance before its square root"}},
                     "normalises each channel over the batch, then scales and shifts it"});
    kinds.push_back(
        {"dropout",
         QT_TRANSLATE_NOOP("core", "Dropout: p 0.25"),
         {{"type", "dropout"}, {"p", 0.25}},
         {{"p", QT_TRANSLATE_NOOP("core", "Drop probability p"), FieldKind::Probability, 0.25, true,
           kProbabilityRange, "the chance that a value is zeroed while training"}},
         "zeroes random values while training"});
    kinds.push_back(
        plain("flatten", QT_TRANSLATE_NOOP("core", "Flatten"), "turns (C, H, W) into one vector"));
    kinds.push_back(
        {"pad",
         QT_TRANSLATE_NOOP("core", "Pad: 1 pixel, zeros"),
         {{"type", "pad"}, {"padding", 1}},
         {{"padding", QT_TRANSLATE_NOOP("core", "Padding"), FieldKind::Padding, 1, true, kNoRange,
           "pixels added on each side: a number, or [top, bottom, left, right]"},
          {"mode",
           QT_TRANSLATE_NOOP("core", "Mode"),
           FieldKind::Choice,
           "constant",
           false,
           kNoRange,
           "what the new pixels hold: a constant, the image mirrored (reflect) or its edge "
           "repeated",
           {"constant", "reflect", "edge"}},
          {"value", QT_TRANSLATE_NOOP("core", "Value"), FieldKind::Number, 0, false, kValueRange,
           "the constant the new pixels hold (constant mode)"}},
         "adds pixels around each feature map"});
    kinds.push_back(plain("softmax", QT_TRANSLATE_NOOP("core", "Softmax"),
                          "turns each example's scores into probabilities that sum to 1"));
    kinds.push_back(plain("log_softmax", QT_TRANSLATE_NOOP("core", "LogSoftmax"),
                          "the logarithm of softmax: log-probabilities"));
    return kinds;
}

} // namespace

const LayerField* LayerKind::field(std::string_view key) const {
    const auto found = std::find_if(fields.begin(), fields.end(),
                                    [&](const LayerField& f) { return key == f.key; });
    return found == fields.end() ? nullptr : &*found;
}

const std::vector<LayerKind>& layer_schema() {
    static const std::vector<LayerKind> schema = make_schema();
    return schema;
}

const LayerKind* find_layer_kind(std::string_view type) {
    const std::vector<LayerKind>& schema = layer_schema();
    const auto found = std::find_if(schema.begin(), schema.end(),
                                    [&](const LayerKind& k) { return type == k.type; });
    return found == schema.end() ? nullptr : &*found;
}

std::string layer_type_list() {
    std::string list;
    for (const LayerKind& kind : layer_schema())
        list += (list.empty() ? "" : ", ") + std::string(kind.type);
    return list;
}

} // namespace convsight::nn
