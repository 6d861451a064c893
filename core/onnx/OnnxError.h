// The one exception of core/onnx: a model that cannot be imported or exported, or a backend test
// case that cannot be read. Messages read "<path>: <problem>", and a node is named as
// "node 4 'conv1' (Conv): <problem>" (nodes counted from 0, as the file lists them).
#pragma once

#include <stdexcept>

namespace convsight::onnx {

class OnnxError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace convsight::onnx
