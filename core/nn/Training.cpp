// train_step: the four moves of one step of gradient descent.
#include "nn/Training.h"

#include <chrono>

namespace convsight::nn {

float train_step(Sequential& model, SoftmaxCrossEntropy& loss, Optimizer& optimizer,
                 const Tensor& images, const Tensor& labels, StepTimes* times) {
    if (times) {
        using Clock = std::chrono::steady_clock;
        const auto seconds = [](Clock::time_point from, Clock::time_point to) {
            return std::chrono::duration<double>(to - from).count();
        };
        const auto start = Clock::now();
        const Tensor logits = model.forward_logits(images, /*training=*/true);
        const auto forwarded = Clock::now();
        const float mean_loss = loss.forward(logits, labels);
        const Tensor dlogits = loss.backward();
        const auto lost = Clock::now();
        model.backward(dlogits);
        const auto backwarded = Clock::now();
        optimizer.step();
        const auto stepped = Clock::now();
        times->forward += seconds(start, forwarded);
        times->loss += seconds(forwarded, lost);
        times->backward += seconds(lost, backwarded);
        times->optimizer += seconds(backwarded, stepped);
        ++times->steps;
        return mean_loss;
    }
    const Tensor logits = model.forward_logits(images, /*training=*/true);
    const float mean_loss = loss.forward(logits, labels);
    model.backward(loss.backward());
    optimizer.step();
    return mean_loss;
}

} // namespace convsight::nn
