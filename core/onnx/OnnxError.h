// The one exception ONNX import and export throw: the message starts with the file's path, and a
// node is named as "node 4 'conv1' (Conv): <problem>".
#pragma once

#include <stdexcept>

namespace convsight::onnx {

class OnnxError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace convsight::onnx
