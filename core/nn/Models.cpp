// The built-in models' layers, one function each, and the name table that make_model() reads.
#include "nn/Models.h"

#include "nn/Activations.h"
#include "nn/BatchNorm.h"
#include "nn/Conv2d.h"
#include "nn/Dense.h"
#include "nn/Dropout.h"
#include "nn/Flatten.h"
#include "nn/ModelFile.h"
#include "nn/Pool2d.h"

#include <memory>
#include <stdexcept>
#include <utility>

namespace convsight::nn {
namespace {

// 28×28×1 -> conv 3×3×16 SAME, ReLU, max-pool 2 -> 14×14×16 -> conv 3×3×32 SAME, ReLU,
// max-pool 2 -> 7×7×32 -> flatten 1568 -> dense 128, ReLU -> dense 10.
Sequential small_model() {
    Sequential model("small");
    model.set_input_shape({1, 28, 28});
    model.add(std::make_unique<Conv2d>(1, 16, 3, PaddingSpec::same()));
    model.add(std::make_unique<ReLU>());
    model.add(std::make_unique<MaxPool2d>(2));
    model.add(std::make_unique<Conv2d>(16, 32, 3, PaddingSpec::same()));
    model.add(std::make_unique<ReLU>());
    model.add(std::make_unique<MaxPool2d>(2));
    model.add(std::make_unique<Flatten>());
    model.add(std::make_unique<Dense>(32 * 7 * 7, 128));
    model.add(std::make_unique<ReLU>());
    model.add(std::make_unique<Dense>(128, 10));
    return model;
}

// TensorFlow's CIFAR-10 tutorial model (cifar10.py) without its local response normalisation:
// 24×24×3 -> conv 5×5×64 SAME, ReLU, max-pool 3×3 stride 2 SAME -> 12×12×64 -> the same again
// -> 6×6×64 -> flatten 2304 -> dense 384, ReLU -> dense 192, ReLU -> dense 10.
Sequential cifar_tf_model() {
    Sequential model("cifar-tf");
    model.set_input_shape({3, 24, 24});
    model.add(std::make_unique<Conv2d>(3, 64, 5, PaddingSpec::same()));
    model.add(std::make_unique<ReLU>());
    model.add(std::make_unique<MaxPool2d>(3, 2, PaddingSpec::same()));
    model.add(std::make_unique<Conv2d>(64, 64, 5, PaddingSpec::same()));
    model.add(std::make_unique<ReLU>());
    model.add(std::make_unique<MaxPool2d>(3, 2, PaddingSpec::same()));
    model.add(std::make_unique<Flatten>());
    model.add(std::make_unique<Dense>(64 * 6 * 6, 384));
    model.add(std::make_unique<ReLU>());
    model.add(std::make_unique<Dense>(384, 192));
    model.add(std::make_unique<ReLU>());
    model.add(std::make_unique<Dense>(192, 10));
    return model;
}

// LeNet-5 (LeCun et al. 1998) on 28×28×1: the first convolution pads SAME so that, as in the
// paper's 32×32 input, the second sees 14×14 and leaves 5×5×16. ReLU and max-pooling replace the
// paper's scaled tanh and trainable subsampling: with He initialisation and Adam they learn in a
// few epochs what tanh needs many for, and every other preset uses them too. The shapes are the
// paper's (C1 28×28×6, S2 14×14×6, C3 10×10×16, S4 5×5×16, C5 120, F6 84, 10); the counts differ
// where the paper's layers do: C3 sees every S2 map (2,416 parameters, not 1,516 through the
// paper's connection table), pooling learns nothing (S2's 12 and S4's 32 coefficients) and the
// output is a dense layer (850, not 840 RBF weights): 61,706 in all.
// 28×28×1 -> conv 5×5×6 SAME, ReLU, max-pool 2 -> 14×14×6 -> conv 5×5×16 VALID, ReLU,
// max-pool 2 -> 5×5×16 -> flatten 400 -> dense 120, ReLU -> dense 84, ReLU -> dense 10.
Sequential lenet5_model() {
    Sequential model("lenet5");
    model.set_input_shape({1, 28, 28});
    model.add(std::make_unique<Conv2d>(1, 6, 5, PaddingSpec::same()));
    model.add(std::make_unique<ReLU>());
    model.add(std::make_unique<MaxPool2d>(2));
    model.add(std::make_unique<Conv2d>(6, 16, 5, PaddingSpec::valid()));
    model.add(std::make_unique<ReLU>());
    model.add(std::make_unique<MaxPool2d>(2));
    model.add(std::make_unique<Flatten>());
    model.add(std::make_unique<Dense>(16 * 5 * 5, 120));
    model.add(std::make_unique<ReLU>());
    model.add(std::make_unique<Dense>(120, 84));
    model.add(std::make_unique<ReLU>());
    model.add(std::make_unique<Dense>(84, 10));
    return model;
}

// Two convolution blocks with batch normalisation and dropout for Fashion-MNIST, after the
// two-conv batch-norm CNNs that reach about 93.4 % on it; one 3×3 convolution per block keeps an
// epoch cheap on a laptop's CPU (about 9 MFLOPs per example forward).
// 28×28×1 -> conv 3×3×32 SAME, BatchNorm, ReLU, max-pool 2, dropout 0.25 -> 14×14×32
// -> conv 3×3×64 SAME, BatchNorm, ReLU, max-pool 2, dropout 0.25 -> 7×7×64 -> flatten 3136
// -> dense 256, BatchNorm, ReLU, dropout 0.5 -> dense 10.
Sequential fashion_strong_model() {
    Sequential model("fashion-strong");
    model.set_input_shape({1, 28, 28});
    int channels = 1;
    for (const int filters : {32, 64}) {
        model.add(std::make_unique<Conv2d>(channels, filters, 3, PaddingSpec::same()));
        model.add(std::make_unique<BatchNorm>(filters));
        model.add(std::make_unique<ReLU>());
        model.add(std::make_unique<MaxPool2d>(2));
        model.add(std::make_unique<Dropout>(0.25f));
        channels = filters;
    }
    model.add(std::make_unique<Flatten>());
    model.add(std::make_unique<Dense>(64 * 7 * 7, 256));
    model.add(std::make_unique<BatchNorm>(256));
    model.add(std::make_unique<ReLU>());
    model.add(std::make_unique<Dropout>(0.5f));
    model.add(std::make_unique<Dense>(256, 10));
    return model;
}

// A multilayer perceptron with about as many parameters as "small" (209,514 against 206,922), for
// the lecture's comparison: every pixel has its own weight to every first-layer unit, so a
// picture moved a few pixels meets a different set of weights.
// 28×28×1 -> flatten 784 -> dense 256, ReLU -> dense 32, ReLU -> dense 10.
Sequential mlp_model() {
    Sequential model("mlp");
    model.set_input_shape({1, 28, 28});
    model.add(std::make_unique<Flatten>());
    model.add(std::make_unique<Dense>(28 * 28, 256));
    model.add(std::make_unique<ReLU>());
    model.add(std::make_unique<Dense>(256, 32));
    model.add(std::make_unique<ReLU>());
    model.add(std::make_unique<Dense>(32, 10));
    return model;
}

// VGG-16 (Simonyan and Zisserman 2015, configuration D) on 224×224×3, as the lecture's figure
// draws it: five blocks of 3×3 SAME convolutions with ReLU (64, 64 | 128, 128 | 256 ×3 | 512 ×3 |
// 512 ×3), each block ending in a 2×2 max-pool: 224×224×64 → 112×112×128 → 56×56×256 →
// 28×28×512 → 14×14×512 → 7×7×512; then FC-6 4096 and FC-7 4096 (ReLU, dropout 0.5) and FC-8
// 1000. 138,357,544 parameters, as the paper's Table 2 says (138 million).
nlohmann::json vgg16_architecture() {
    nlohmann::json layers = nlohmann::json::array();
    for (const auto& [filters, convolutions] : std::initializer_list<std::pair<int, int>>{
             {64, 2}, {128, 2}, {256, 3}, {512, 3}, {512, 3}}) {
        for (int i = 0; i < convolutions; ++i) {
            layers.push_back(
                {{"type", "conv2d"}, {"filters", filters}, {"kernel", 3}, {"padding", "same"}});
            layers.push_back({{"type", "relu"}});
        }
        layers.push_back({{"type", "maxpool"}, {"size", 2}});
    }
    layers.push_back({{"type", "flatten"}});
    for (int i = 0; i < 2; ++i) {
        layers.push_back({{"type", "dense"}, {"units", 4096}});
        layers.push_back({{"type", "relu"}});
        layers.push_back({{"type", "dropout"}, {"p", 0.5}});
    }
    layers.push_back({{"type", "dense"}, {"units", 1000}});
    return {{"name", "vgg16"}, {"input", {3, 224, 224}}, {"layers", std::move(layers)}};
}

// AlexNet as torchvision defines it (Krizhevsky's one-GPU version from "One weird trick for
// parallelizing convolutional neural networks", 2014), on 224×224×3: conv 11×11×64 stride 4
// padding 2 → 55×55×64, max-pool 3 stride 2 → 27×27×64, conv 5×5×192 padding 2, max-pool →
// 13×13×192, conv 3×3×384, 3×3×256, 3×3×256 (padding 1), max-pool → 6×6×256, then dropout and
// dense 4096, dropout and dense 4096, dense 1000. 61,100,840 parameters, torchvision's published
// count. (The 2012 paper's two-GPU version splits conv2, 4 and 5 into two groups; ConvSight's
// convolutions have no groups.)
nlohmann::json alexnet_architecture() {
    nlohmann::json layers = nlohmann::json::array();
    const auto conv = [&](int filters, int kernel, int stride, int padding) {
        layers.push_back({{"type", "conv2d"},
                          {"filters", filters},
                          {"kernel", kernel},
                          {"stride", stride},
                          {"padding", padding}});
        layers.push_back({{"type", "relu"}});
    };
    const auto pool = [&] { layers.push_back({{"type", "maxpool"}, {"size", 3}, {"stride", 2}}); };
    conv(64, 11, 4, 2);
    pool();
    conv(192, 5, 1, 2);
    pool();
    conv(384, 3, 1, 1);
    conv(256, 3, 1, 1);
    conv(256, 3, 1, 1);
    pool();
    layers.push_back({{"type", "flatten"}});
    for (int i = 0; i < 2; ++i) {
        layers.push_back({{"type", "dropout"}, {"p", 0.5}});
        layers.push_back({{"type", "dense"}, {"units", 4096}});
        layers.push_back({{"type", "relu"}});
    }
    layers.push_back({{"type", "dense"}, {"units", 1000}});
    return {{"name", "alexnet"}, {"input", {3, 224, 224}}, {"layers", std::move(layers)}};
}

struct BuiltInModel {
    const char* name;
    const char* description;
    Sequential (*build)();
    // Set for the view-only models: their architecture, read without allocating a weight.
    nlohmann::json (*architecture)() = nullptr;
};

constexpr BuiltInModel built_in_models[] = {
    {"small",
     "two 3×3 conv layers and two dense layers for 28×28 grey images (MNIST, "
     "Fashion-MNIST)",
     small_model},
    {"cifar-tf",
     "TensorFlow's CIFAR-10 tutorial model without LRN: two 5×5 conv layers and "
     "three dense layers for 24×24 colour crops",
     cifar_tf_model},
    {"lenet5",
     "LeNet-5 for 28×28 grey images: two 5×5 conv layers and three dense layers, with ReLU and "
     "max-pooling",
     lenet5_model},
    {"fashion-strong",
     "two 3×3 conv blocks with batch normalisation, max-pooling and dropout, then dense 256, for "
     "28×28 grey images (about 93 % on Fashion-MNIST)",
     fashion_strong_model},
    {"mlp",
     "a multilayer perceptron without convolution (dense 256, 32, 10) for 28×28 grey images, "
     "with about as many parameters as \"small\": the MLP of the MLP-versus-CNN comparison",
     mlp_model},
    {"vgg16",
     "VGG-16 for 224×224 colour images (ImageNet, 1000 classes): thirteen 3×3 conv layers and "
     "three dense layers, 138,357,544 parameters; to look at, too big to train here",
     nullptr, vgg16_architecture},
    {"alexnet",
     "AlexNet (torchvision's) for 224×224 colour images (ImageNet, 1000 classes): five conv "
     "layers and three dense layers, 61,100,840 parameters; to look at, too big to train here",
     nullptr, alexnet_architecture},
};

const BuiltInModel& built_in(std::string_view name) {
    for (const BuiltInModel& model : built_in_models)
        if (name == model.name)
            return model;
    std::string names;
    for (const BuiltInModel& model : built_in_models)
        names += (names.empty() ? "" : ", ") + std::string(model.name);
    throw std::invalid_argument("unknown model \"" + std::string(name) +
                                "\"; the built-in models are: " + names);
}

} // namespace

std::vector<std::string> model_names() {
    std::vector<std::string> names;
    for (const BuiltInModel& model : built_in_models)
        names.emplace_back(model.name);
    return names;
}

std::string model_description(std::string_view name) {
    return built_in(name).description;
}

bool is_view_only(std::string_view name) {
    for (const BuiltInModel& model : built_in_models)
        if (name == model.name)
            return model.architecture != nullptr;
    return false;
}

nlohmann::json model_architecture(std::string_view name) {
    const BuiltInModel& model = built_in(name);
    return model.architecture ? model.architecture() : architecture_json(model.build());
}

Sequential make_model(std::string_view name, std::uint64_t seed) {
    const BuiltInModel& preset = built_in(name);
    Sequential model =
        preset.architecture ? model_from_json(preset.architecture()) : preset.build();
    model.initialize(seed);
    return model;
}

Sequential with_class_count(Sequential preset, int classes, std::uint64_t seed) {
    if (preset.output_shape() == compute::Shape{classes})
        return preset;
    nlohmann::json architecture = architecture_json(preset);
    nlohmann::json& last = architecture.at("layers").back();
    if (last.value("type", "") != "dense")
        return preset;
    last["units"] = classes;
    Sequential model = model_from_json(architecture);
    model.initialize(seed);
    return model;
}

} // namespace convsight::nn
