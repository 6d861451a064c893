// ONNX import: reads the ModelProto with libonnx's generated classes, follows the graph from its
// one data input to its one output as a chain, turns each operator into the JSON settings of one
// or more nn layers (model_from_json builds them) and copies the weights in, freeing each
// initializer's bytes from the proto as soon as they are copied.
#include "onnx/OnnxImport.h"

#include "io/Limits.h"
#include "nn/Layer.h"
#include "nn/LayerSettings.h"
#include "nn/ModelFile.h"
#include "nn/Summary.h"
#include "onnx/OnnxError.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <functional>
#include <onnx/onnx_pb.h>
#include <optional>
#include <set>
#include <sys/mman.h>
#include <unistd.h>

namespace convsight::onnx {

namespace {

namespace fs = std::filesystem;
using compute::Shape;
using compute::Tensor;
using nlohmann::json;

// ONNX opsets whose operators in our list mean what we implement. Opsets before 7 are taken too:
// their versions of our operators (BatchNormalization with is_test and spatial, Gemm with
// broadcast, Pad with "paddings", the consumed_inputs of opset 1) compute the same at inference,
// and most of ONNX's PyTorch-converted test cases are written in opset 6.
constexpr std::int64_t kMinOpset = 1;
constexpr std::int64_t kMaxOpset = 17;

// A tensor the graph knows before it runs: an initializer, a Constant node's value or a value the
// caller gave for a graph input (ImportOptions::constants).
struct Constant {
    std::string name;
    ::onnx::TensorProto* proto{}; // initializer or Constant value
    const Tensor* given{};        // ImportOptions::constants
    Shape dims;                   // checked; empty for a scalar
    std::int64_t numel{1};
    int data_type{::onnx::TensorProto::FLOAT};
    fs::path external; // external data file, when the proto says so
    std::int64_t external_offset{};
    int uses{}; // nodes that read it; its bytes are freed after the last
};

// One nn layer to build: its JSON settings and how each parameter or buffer is filled.
struct Fill {
    std::string role; // "weight", "bias", "gamma", "beta", "running_mean", "running_var"
    Shape shape;
    std::function<void(float*)> fill;
};
struct Plan {
    json config;
    std::vector<Fill> fills;
};

std::string shape_text(const Shape& shape) {
    std::string text = "(";
    for (std::size_t i = 0; i < shape.size(); ++i)
        text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + ")";
}

// Copies `bytes` from `source` to `target` and, for a buffer big enough to have its own pages
// (glibc serves such sizes with mmap), gives the copied pages back to the system as it goes, so
// a 400 MB weight does not sit in memory twice.
void copy_and_release(void* target, const char* source, std::size_t bytes) {
    constexpr std::size_t kChunk = std::size_t{32} << 20;
    const std::size_t page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    const bool release = bytes >= (std::size_t{64} << 20);
    std::size_t released = 0; // source bytes already given back, from the first whole page
    const std::uintptr_t begin = reinterpret_cast<std::uintptr_t>(source);
    const std::uintptr_t first_page = (begin + page - 1) / page * page;
    for (std::size_t done = 0; done < bytes;) {
        const std::size_t n = std::min(kChunk, bytes - done);
        std::memcpy(static_cast<char*>(target) + done, source + done, n);
        done += n;
        if (!release)
            continue;
        const std::uintptr_t end = (begin + done) / page * page; // whole pages copied
        const std::uintptr_t from = first_page + released;
        if (end > from) {
            ::madvise(reinterpret_cast<void*>(from), end - from, MADV_DONTNEED);
            released = end - first_page;
        }
    }
}

class Importer {
public:
    Importer(std::string path, const ImportOptions& options)
        : path_(std::move(path))
        , options_(options) {}

    ImportedModel run();

private:
    [[noreturn]] void fail(const std::string& problem) const {
        throw OnnxError(path_ + ": " + problem);
    }
    std::string node_label(int index) const {
        const ::onnx::NodeProto& node = graph().node(index);
        std::string label = "node " + std::to_string(index);
        if (!node.name().empty())
            label += " '" + node.name() + "'";
        return label + " (" + node.op_type() + ")";
    }
    [[noreturn]] void fail_node(int index, const std::string& problem) const {
        fail(node_label(index) + ": " + problem);
    }
    // io::limits::check_at_most, failing with the file's name.
    void check_at_most(std::int64_t value, std::int64_t limit, const std::string& what) const {
        try {
            io::limits::check_at_most(value, limit, what);
        } catch (const std::invalid_argument& e) {
            fail(e.what());
        }
    }
    // An integer attribute's value: a size, a stride, a padding, an axis or a flag, none of
    // which is larger than an extent.
    void check_attribute(int node, const char* name, std::int64_t value) const {
        if (value < -io::limits::max_extent || value > io::limits::max_extent)
            fail_node(node, std::string("attribute '") + name + "': " + std::to_string(value) +
                                " is beyond the limit of ±" +
                                std::to_string(io::limits::max_extent));
    }
    const ::onnx::GraphProto& graph() const { return proto_.graph(); }

    void read_file();
    void check_header();
    Shape checked_dims(const google::protobuf::RepeatedField<std::int64_t>& dims,
                       const std::string& what, std::int64_t& numel) const;
    void add_constant(const std::string& name, ::onnx::TensorProto* proto);
    void add_given(const std::string& name, const Tensor& tensor);
    void register_constants();
    void find_input_and_output();
    void walk();
    void convert(int index);

    // Constants read by the nodes.
    const Constant* constant(const std::string& name) const {
        const auto found = constants_.find(name);
        return found == constants_.end() ? nullptr : &found->second;
    }
    const Constant& constant_input(int index, int input, const char* what);
    std::vector<std::int64_t> int_values(const Constant& c, int node) const;
    std::vector<float> float_values(const Constant& c, int node);
    // Writes c's floats to `target` (c.numel of them); frees its bytes after the last use.
    void read_floats(const std::string& name, float* target);
    Fill fill_from(const std::string& role, const Constant& c, Shape shape, int node);

    // Attributes.
    const ::onnx::AttributeProto* attribute(int node, const char* name) const;
    std::int64_t int_attribute(int node, const char* name, std::int64_t fallback) const;
    float float_attribute(int node, const char* name, float fallback) const;
    std::string string_attribute(int node, const char* name, const std::string& fallback) const;
    std::optional<std::vector<std::int64_t>> ints_attribute(int node, const char* name) const;
    void allow_attributes(int node, std::initializer_list<const char*> names) const;

    // Operators.
    struct Window {
        int kh{}, kw{}, sy{1}, sx{1}, dy{1}, dx{1};
        int top{}, bottom{}, left{}, right{};
        int oh{}, ow{};
    };
    Window window_of(int node, int kh, int kw, bool ceil_mode);
    void require_image(int node) const;
    void require_vector(int node) const;
    void conv(int node);
    void pool(int node, bool max);
    void global_pool(int node, bool max);
    void batchnorm(int node);
    void softmax(int node, bool log);
    void gemm(int node);
    void matmul(int node);
    void flatten(int node);
    void reshape(int node);
    void pad(int node);
    void dropout(int node);
    void emit(json config, std::vector<Fill> fills = {});
    void emit_flatten();

    nn::Sequential materialise();

    std::string path_;
    const ImportOptions& options_;
    ::onnx::ModelProto proto_;
    std::int64_t opset_{};
    std::map<std::string, Constant> constants_;
    std::deque<::onnx::TensorProto> made_; // Constant nodes' values given as value_float & co.
    std::string input_name_, output_name_;
    Shape example_; // the data input's shape without the batch
    Shape shape_;   // the current value's shape, without the batch
    std::vector<Plan> plans_;
    std::set<int> done_; // nodes converted (or fused into another)
    std::map<std::string, std::vector<int>> consumers_;
    std::string current_; // the chain's current value
};

// --- the file ----------------------------------------------------------------------------

void Importer::read_file() {
    std::error_code error;
    const fs::file_status status = fs::status(path_, error);
    if (!fs::exists(status))
        fail("no such file");
    if (fs::is_directory(status))
        fail("is a folder, not an ONNX model");
    const std::uintmax_t size = fs::file_size(path_, error);
    if (error)
        fail("cannot read: " + error.message());
    if (size == 0)
        fail("the file is empty, not an ONNX model");
    if (size > std::uintmax_t{INT_MAX})
        fail("the file is larger than 2 GB; ONNX keeps weights that large in external data files");
    std::ifstream in(path_, std::ios::binary);
    if (!in)
        fail("cannot open: " + std::string(std::strerror(errno)));
    if (!proto_.ParseFromIstream(&in))
        fail("not an ONNX model: the protobuf data is truncated or corrupted");
}

void Importer::check_header() {
    if (!proto_.has_graph() || proto_.graph().node_size() == 0)
        fail("not an ONNX model: it has no graph (or a graph without nodes)");
    if (proto_.ir_version() < 3)
        fail("not an ONNX model, or one too old: IR version " +
             std::to_string(proto_.ir_version()) + " (ConvSight reads IR version 3 and later)");
    bool found = false;
    for (const ::onnx::OperatorSetIdProto& set : proto_.opset_import()) {
        if (set.domain().empty() || set.domain() == "ai.onnx") {
            opset_ = set.version();
            found = true;
        }
    }
    if (!found)
        fail("the model imports no opset of the standard ONNX operators");
    if (opset_ < kMinOpset || opset_ > kMaxOpset)
        fail("opset " + std::to_string(opset_) + " is outside what ConvSight reads (" +
             std::to_string(kMinOpset) + " to " + std::to_string(kMaxOpset) + ")");
}

Shape Importer::checked_dims(const google::protobuf::RepeatedField<std::int64_t>& dims,
                             const std::string& what, std::int64_t& numel) const {
    Shape shape;
    numel = 1;
    for (int i = 0; i < dims.size(); ++i) {
        const std::int64_t d = dims[i];
        if (d < 0)
            fail(what + " has a dimension of " + std::to_string(d));
        check_at_most(d, io::limits::max_extent, what + " dimension " + std::to_string(i));
        numel *= d; // at most 2^28 × 2^20: no overflow
        shape.push_back(d);
        check_at_most(numel, io::limits::max_tensor_elements,
                      what + " " + shape_text(Shape(dims.begin(), dims.end())) + " values");
    }
    return shape;
}

void Importer::add_constant(const std::string& name, ::onnx::TensorProto* t) {
    const std::string what = "tensor '" + name + "'";
    Constant c;
    c.name = name;
    c.proto = t;
    c.data_type = t->data_type();
    c.dims = checked_dims(t->dims(), what, c.numel);
    if (t->has_segment())
        fail(what + " is stored in segments, which ConvSight does not read");
    std::int64_t element = 0;
    if (c.data_type == ::onnx::TensorProto::FLOAT)
        element = 4;
    else if (c.data_type == ::onnx::TensorProto::INT64)
        element = 8;
    else
        element = 0; // refused when a node reads it as weights (an unused one does no harm)
    const auto expect = [&](std::int64_t have, const char* where) {
        if (have != c.numel)
            fail(what + ": its shape " + shape_text(c.dims) + " holds " + std::to_string(c.numel) +
                 " values but " + where + " holds " + std::to_string(have));
    };
    if (t->data_location() == ::onnx::TensorProto::EXTERNAL) {
        std::string location;
        std::int64_t offset = 0;
        std::int64_t length = -1;
        for (const ::onnx::StringStringEntryProto& entry : t->external_data()) {
            const auto number = [&](const std::string& text) {
                try {
                    std::size_t used = 0;
                    const long long value = std::stoll(text, &used);
                    if (used == text.size() && value >= 0)
                        return static_cast<std::int64_t>(value);
                } catch (const std::exception&) {
                }
                fail(what + ": external data " + entry.key() + " '" + text +
                     "' is not a whole number");
            };
            if (entry.key() == "location")
                location = entry.value();
            else if (entry.key() == "offset")
                offset = number(entry.value());
            else if (entry.key() == "length")
                length = number(entry.value());
        }
        if (location.empty())
            fail(what + ": external data without a location");
        const fs::path relative(location);
        if (relative.is_absolute() || std::any_of(relative.begin(), relative.end(),
                                                  [](const fs::path& p) { return p == ".."; }))
            fail(what + ": external data location '" + location +
                 "' must be a file beside the model");
        c.external = fs::path(path_).parent_path() / relative;
        c.external_offset = offset;
        std::error_code error;
        const std::uintmax_t size = fs::file_size(c.external, error);
        if (error)
            fail(what + ": its external data file '" + c.external.string() + "' cannot be read: " +
                 (fs::exists(c.external) ? error.message() : "no such file"));
        if (element == 0)
            return (void)constants_.emplace(name, std::move(c));
        const std::int64_t bytes = c.numel * element;
        if (length >= 0 && length != bytes)
            fail(what + ": its shape " + shape_text(c.dims) + " needs " + std::to_string(bytes) +
                 " bytes but its external data length is " + std::to_string(length));
        if (static_cast<std::uintmax_t>(offset) > size ||
            static_cast<std::uintmax_t>(bytes) > size - static_cast<std::uintmax_t>(offset))
            fail(what + ": its external data file '" + c.external.string() + "' holds " +
                 std::to_string(size) + " bytes, too few for " + std::to_string(bytes) +
                 " bytes at offset " + std::to_string(offset));
    } else if (element != 0) {
        if (t->has_raw_data()) {
            if (t->raw_data().size() % static_cast<std::size_t>(element) != 0)
                fail(what + ": its raw data of " + std::to_string(t->raw_data().size()) +
                     " bytes is not a whole number of values");
            expect(static_cast<std::int64_t>(t->raw_data().size()) / element, "its raw data");
        } else if (c.data_type == ::onnx::TensorProto::FLOAT) {
            expect(t->float_data_size(), "its float_data");
        } else {
            expect(t->int64_data_size(), "its int64_data");
        }
    }
    constants_.insert_or_assign(name, std::move(c));
}

void Importer::add_given(const std::string& name, const Tensor& tensor) {
    Constant c;
    c.name = name;
    c.given = &tensor;
    c.dims = tensor.shape();
    c.numel = tensor.numel();
    constants_.insert_or_assign(name, std::move(c));
}

void Importer::register_constants() {
    ::onnx::GraphProto* g = proto_.mutable_graph();
    if (g->sparse_initializer_size() > 0)
        fail("sparse initializers are not supported");
    for (::onnx::TensorProto& t : *g->mutable_initializer()) {
        if (t.name().empty())
            fail("an initializer has no name");
        add_constant(t.name(), &t);
    }
    for (const auto& [name, tensor] : options_.constants)
        add_given(name, tensor);
    for (int i = 0; i < g->node_size(); ++i) {
        ::onnx::NodeProto* node = g->mutable_node(i);
        if (node->op_type() != "Constant" ||
            !(node->domain().empty() || node->domain() == "ai.onnx"))
            continue;
        if (node->output_size() != 1 || node->attribute_size() != 1)
            fail_node(i, "a Constant needs one output and one value attribute");
        ::onnx::AttributeProto* a = node->mutable_attribute(0);
        const std::string& key = a->name();
        ::onnx::TensorProto* value = nullptr;
        if (key == "value" && a->has_t()) {
            value = a->mutable_t();
        } else if (key == "value_float" || key == "value_floats" || key == "value_int" ||
                   key == "value_ints") {
            ::onnx::TensorProto& t = made_.emplace_back();
            if (key == "value_float") {
                t.set_data_type(::onnx::TensorProto::FLOAT);
                t.add_float_data(a->f());
            } else if (key == "value_floats") {
                t.set_data_type(::onnx::TensorProto::FLOAT);
                t.add_dims(a->floats_size());
                for (const float f : a->floats())
                    t.add_float_data(f);
            } else if (key == "value_int") {
                t.set_data_type(::onnx::TensorProto::INT64);
                t.add_int64_data(a->i());
            } else {
                t.set_data_type(::onnx::TensorProto::INT64);
                t.add_dims(a->ints_size());
                for (const std::int64_t v : a->ints())
                    t.add_int64_data(v);
            }
            value = &t;
        } else {
            fail_node(i, "a Constant given as '" + key + "' is not supported");
        }
        add_constant(node->output(0), value);
        done_.insert(i);
    }
    // An Identity of a constant (PyTorch shares equal initializers so) is that constant: the
    // nodes after it read the constant itself.
    for (int i = 0; i < g->node_size(); ++i) {
        const ::onnx::NodeProto& node = g->node(i);
        if (node.op_type() != "Identity" || node.input_size() != 1 || node.output_size() != 1 ||
            !constant(node.input(0)) ||
            (g->output_size() > 0 && node.output(0) == g->output(0).name()))
            continue;
        const std::string from = node.output(0);
        const std::string to = node.input(0);
        for (int j = i + 1; j < g->node_size(); ++j)
            for (std::string& input : *g->mutable_node(j)->mutable_input())
                if (input == from)
                    input = to;
        done_.insert(i);
    }
}

void Importer::find_input_and_output() {
    std::vector<const ::onnx::ValueInfoProto*> data;
    for (const ::onnx::ValueInfoProto& input : graph().input())
        if (!constant(input.name()))
            data.push_back(&input);
    if (data.size() != 1) {
        std::string names;
        for (const auto* input : data)
            names += (names.empty() ? "'" : ", '") + input->name() + "'";
        fail("the graph needs exactly one data input (an input that is not an initializer); "
             "it has " +
             std::to_string(data.size()) + (names.empty() ? "" : ": " + names));
    }
    if (graph().output_size() != 1)
        fail("the graph needs exactly one output; it has " + std::to_string(graph().output_size()));
    input_name_ = data.front()->name();
    output_name_ = graph().output(0).name();

    const std::string what = "the data input '" + input_name_ + "'";
    const ::onnx::TypeProto& type = data.front()->type();
    if (!type.has_tensor_type())
        fail(what + " is not a tensor");
    if (type.tensor_type().elem_type() != ::onnx::TensorProto::FLOAT)
        fail(what + " has data type " +
             ::onnx::TensorProto::DataType_Name(
                 static_cast<::onnx::TensorProto::DataType>(type.tensor_type().elem_type())) +
             "; ConvSight reads FLOAT inputs");
    if (!type.tensor_type().has_shape())
        fail(what + " has no shape; ConvSight needs (N, C, H, W) or (N, F) with C, H, W, F fixed");
    const auto& dims = type.tensor_type().shape().dim();
    // Images (N, C, H, W) and vectors (N, F); (N, A, B) only reaches the element-wise layers.
    if (dims.size() < 2 || dims.size() > 4)
        fail(what + " has " + std::to_string(dims.size()) +
             " dimensions; ConvSight reads only images (N, C, H, W) and vectors (N, F)");
    for (int i = 1; i < dims.size(); ++i) {
        if (!dims[i].has_dim_value() || dims[i].dim_value() < 1)
            fail(what + ": dimension " + std::to_string(i) +
                 " must be a fixed size (only the batch may be symbolic)");
        check_at_most(dims[i].dim_value(), io::limits::max_extent,
                      what + " dimension " + std::to_string(i));
        example_.push_back(dims[i].dim_value());
    }
    check_at_most(compute::shape_numel(example_), io::limits::max_tensor_elements,
                  what + " " + shape_text(example_) + " values per example");
}

// --- reading constants -------------------------------------------------------------------

const Constant& Importer::constant_input(int index, int input, const char* what) {
    const ::onnx::NodeProto& node = graph().node(index);
    if (input >= node.input_size() || node.input(input).empty())
        fail_node(index, std::string("needs its ") + what + " input");
    const Constant* c = constant(node.input(input));
    if (!c)
        fail_node(index, std::string("its ") + what + " '" + node.input(input) +
                             "' is computed in the graph; ConvSight imports it only as an "
                             "initializer or a Constant");
    return *c;
}

std::vector<std::int64_t> Importer::int_values(const Constant& c, int node) const {
    if (c.given) {
        std::vector<std::int64_t> values;
        for (const float f : c.given->to_vector())
            values.push_back(static_cast<std::int64_t>(f));
        return values;
    }
    if (c.data_type != ::onnx::TensorProto::INT64)
        fail_node(node, "'" + c.name + "' must be INT64");
    if (!c.external.empty())
        fail_node(node, "'" + c.name +
                            "' is in external data, which ConvSight reads for "
                            "weights only");
    std::vector<std::int64_t> values(static_cast<std::size_t>(c.numel));
    if (c.proto->has_raw_data())
        std::memcpy(values.data(), c.proto->raw_data().data(), values.size() * 8);
    else
        std::copy(c.proto->int64_data().begin(), c.proto->int64_data().end(), values.begin());
    return values;
}

std::vector<float> Importer::float_values(const Constant& c, int node) {
    if (!c.given && c.data_type != ::onnx::TensorProto::FLOAT)
        fail_node(node, "'" + c.name + "' has data type " +
                            ::onnx::TensorProto::DataType_Name(
                                static_cast<::onnx::TensorProto::DataType>(c.data_type)) +
                            "; ConvSight reads FLOAT weights only");
    std::vector<float> values(static_cast<std::size_t>(c.numel));
    read_floats(c.name, values.data());
    return values;
}

void Importer::read_floats(const std::string& name, float* target) {
    Constant& c = constants_.at(name);
    const std::size_t bytes = static_cast<std::size_t>(c.numel) * sizeof(float);
    if (c.given) {
        std::memcpy(target, c.given->to(compute::Device::cpu()).data(), bytes);
        return;
    }
    ::onnx::TensorProto& t = *c.proto;
    const bool last = --c.uses <= 0;
    if (!c.external.empty()) {
        std::ifstream in(c.external, std::ios::binary);
        in.seekg(c.external_offset);
        in.read(reinterpret_cast<char*>(target), static_cast<std::streamsize>(bytes));
        if (!in)
            fail("tensor '" + name + "': cannot read its external data from '" +
                 c.external.string() + "'");
    } else if (t.has_raw_data()) {
        if (last) {
            copy_and_release(target, t.raw_data().data(), bytes);
            std::string().swap(*t.mutable_raw_data());
        } else {
            std::memcpy(target, t.raw_data().data(), bytes);
        }
    } else {
        std::copy(t.float_data().begin(), t.float_data().end(), target);
        if (last)
            google::protobuf::RepeatedField<float>().Swap(t.mutable_float_data());
    }
}

Fill Importer::fill_from(const std::string& role, const Constant& c, Shape shape, int node) {
    if (!c.given && c.data_type != ::onnx::TensorProto::FLOAT)
        fail_node(node, "'" + c.name + "' has data type " +
                            ::onnx::TensorProto::DataType_Name(
                                static_cast<::onnx::TensorProto::DataType>(c.data_type)) +
                            "; ConvSight reads FLOAT weights only");
    if (compute::shape_numel(shape) != c.numel)
        fail_node(node, "'" + c.name + "' has shape " + shape_text(c.dims) + ", expected " +
                            shape_text(shape));
    const std::string name = c.name;
    return {role, std::move(shape), [this, name](float* target) { read_floats(name, target); }};
}

// --- attributes --------------------------------------------------------------------------

const ::onnx::AttributeProto* Importer::attribute(int node, const char* name) const {
    for (const ::onnx::AttributeProto& a : graph().node(node).attribute())
        if (a.name() == name)
            return &a;
    return nullptr;
}

std::int64_t Importer::int_attribute(int node, const char* name, std::int64_t fallback) const {
    const auto* a = attribute(node, name);
    if (a)
        check_attribute(node, name, a->i());
    return a ? a->i() : fallback;
}

float Importer::float_attribute(int node, const char* name, float fallback) const {
    const auto* a = attribute(node, name);
    return a ? a->f() : fallback;
}

std::string Importer::string_attribute(int node, const char* name,
                                       const std::string& fallback) const {
    const auto* a = attribute(node, name);
    return a ? a->s() : fallback;
}

std::optional<std::vector<std::int64_t>> Importer::ints_attribute(int node,
                                                                  const char* name) const {
    const auto* a = attribute(node, name);
    if (!a)
        return std::nullopt;
    for (const std::int64_t v : a->ints())
        check_attribute(node, name, v);
    return std::vector<std::int64_t>(a->ints().begin(), a->ints().end());
}

void Importer::allow_attributes(int node, std::initializer_list<const char*> names) const {
    for (const ::onnx::AttributeProto& a : graph().node(node).attribute())
        if (std::none_of(names.begin(), names.end(), [&](const char* n) { return a.name() == n; }))
            fail_node(node, "the attribute '" + a.name() + "' is not supported");
}

// --- the chain ---------------------------------------------------------------------------

void Importer::walk() {
    const ::onnx::GraphProto& g = graph();
    // Which nodes read each computed value, and how often each constant is read.
    for (int i = 0; i < g.node_size(); ++i) {
        if (done_.contains(i))
            continue;
        const ::onnx::NodeProto& node = g.node(i);
        if (!(node.domain().empty() || node.domain() == "ai.onnx"))
            fail_node(i, "operator of domain '" + node.domain() + "' is not supported");
        if (node.output_size() == 0 || node.output(0).empty())
            fail_node(i, "has no output");
        for (const std::string& input : node.input()) {
            if (input.empty())
                continue;
            if (auto found = constants_.find(input); found != constants_.end())
                ++found->second.uses;
            else
                consumers_[input].push_back(i);
        }
    }
    current_ = input_name_;
    shape_ = example_;
    for (;;) {
        const std::vector<int>& readers = consumers_[current_];
        if (current_ == output_name_) {
            if (!readers.empty())
                fail("not a chain: the output '" + current_ + "' also feeds " +
                     node_label(readers.front()));
            break;
        }
        if (readers.empty())
            fail("not a chain: '" + current_ + "' feeds no node and is not the graph's output '" +
                 output_name_ + "'");
        if (readers.size() > 1)
            fail("not a chain: '" + current_ + "' feeds " + std::to_string(readers.size()) +
                 " nodes (" + node_label(readers[0]) + " and " + node_label(readers[1]) +
                 "); ConvSight imports one path from the input to the output");
        const int index = readers.front();
        // A node that reads its own output (or one computed after it) would be walked forever.
        if (done_.contains(index))
            fail("not a chain: " + node_label(index) +
                 " is reached twice: it reads its own output or a value computed after it");
        const ::onnx::NodeProto& node = g.node(index);
        int computed = 0;
        for (const std::string& input : node.input())
            if (!input.empty() && !constant(input))
                ++computed;
        if (computed != 1)
            fail("not a chain: " + node_label(index) + " joins " + std::to_string(computed) +
                 " computed values; ConvSight imports one path from the input to the output");
        if (std::find_if(node.input().begin(), node.input().end(),
                         [&](const std::string& in) { return !in.empty() && !constant(in); }) !=
                node.input().begin() &&
            node.op_type() != "Add" && node.op_type() != "MatMul")
            fail_node(index, "its data input must come first");
        // Outputs after the first (Dropout's mask, MaxPool's indices) must be unused.
        for (int o = 1; o < node.output_size(); ++o)
            if (!node.output(o).empty() &&
                (consumers_.contains(node.output(o)) || node.output(o) == output_name_))
                fail_node(index, "its output " + std::to_string(o) + " '" + node.output(o) +
                                     "' is used; ConvSight keeps only the first output");
        done_.insert(index);
        convert(index);
    }
    for (int i = 0; i < g.node_size(); ++i)
        if (!done_.contains(i))
            fail("not a chain: " + node_label(i) + " is not on the path from the input '" +
                 input_name_ + "' to the output '" + output_name_ + "'");
}

void Importer::convert(int index) {
    const ::onnx::NodeProto& node = graph().node(index);
    const std::string& op = node.op_type();
    const std::string output = node.output(0);
    if (op == "Conv")
        conv(index);
    else if (op == "MaxPool" || op == "AveragePool")
        pool(index, op == "MaxPool");
    else if (op == "GlobalAveragePool" || op == "GlobalMaxPool")
        global_pool(index, op == "GlobalMaxPool");
    else if (op == "BatchNormalization")
        batchnorm(index);
    else if (op == "Relu" || op == "Sigmoid" || op == "Tanh") {
        allow_attributes(index, {"consumed_inputs"});
        emit({{"type", op == "Relu" ? "relu" : op == "Sigmoid" ? "sigmoid" : "tanh"}});
    } else if (op == "LeakyRelu") {
        allow_attributes(index, {"alpha", "consumed_inputs"});
        emit({{"type", "leaky_relu"},
              {"alpha", nn::json_number(float_attribute(index, "alpha", 0.01f))}});
    } else if (op == "Softmax" || op == "LogSoftmax")
        softmax(index, op == "LogSoftmax");
    else if (op == "Gemm")
        gemm(index);
    else if (op == "MatMul")
        matmul(index); // sets current_ itself (it may take the Add after it)
    else if (op == "Flatten")
        flatten(index);
    else if (op == "Reshape")
        reshape(index);
    else if (op == "Pad")
        pad(index);
    else if (op == "Dropout")
        dropout(index);
    else if (op == "Identity")
        ; // nothing to do
    else if (op == "Add")
        fail_node(index, "Add is imported only as the bias right after a MatMul");
    else
        fail_node(index, "the operator " + op +
                             " is not supported; ConvSight imports Conv, "
                             "MaxPool, AveragePool, GlobalAveragePool, GlobalMaxPool, "
                             "BatchNormalization, Relu, LeakyRelu, Sigmoid, Tanh, Softmax, "
                             "LogSoftmax, Gemm, MatMul (+ Add), Flatten, Reshape, Pad, Dropout, "
                             "Identity and Constant");
    if (op != "MatMul")
        current_ = output;
}

void Importer::emit(json config, std::vector<Fill> fills) {
    plans_.push_back({std::move(config), std::move(fills)});
}

void Importer::emit_flatten() {
    if (shape_.size() == 1)
        return;
    emit({{"type", "flatten"}});
    shape_ = {compute::shape_numel(shape_)};
}

void Importer::require_image(int node) const {
    if (shape_.size() != 3)
        fail_node(node, "ConvSight imports it for a 4-D (N, C, H, W) input only (2-D images); "
                        "its input is (N, " +
                            shape_text(shape_).substr(1));
}

void Importer::require_vector(int node) const {
    if (shape_.size() != 1)
        fail_node(node, "ConvSight imports it for an (N, F) input only; its input is (N, " +
                            shape_text(shape_).substr(1) + " (flatten it first)");
}

// The window's stride, dilation and padding (auto_pad resolved for the known input size; ceil
// mode folded into extra padding at the end) and the output size.
Importer::Window Importer::window_of(int node, int kh, int kw, bool ceil_mode) {
    Window w;
    w.kh = kh;
    w.kw = kw;
    const auto pairs = [&](const char* name, int fallback, int& y, int& x) {
        y = x = fallback;
        if (const auto values = ints_attribute(node, name)) {
            if (values->size() != 2)
                fail_node(node, std::string("'") + name + "' must have 2 values (2-D), it has " +
                                    std::to_string(values->size()));
            for (const std::int64_t v : *values)
                if (v < 1 || v > 4096)
                    fail_node(node, std::string("'") + name + "' of " + std::to_string(v) +
                                        " is out of range");
            y = static_cast<int>((*values)[0]);
            x = static_cast<int>((*values)[1]);
        }
    };
    pairs("strides", 1, w.sy, w.sx);
    pairs("dilations", 1, w.dy, w.dx);
    const std::int64_t h = shape_[1];
    const std::int64_t width = shape_[2];
    const std::string auto_pad = string_attribute(node, "auto_pad", "NOTSET");
    const auto same = [&](std::int64_t in, int k, int s, int d, bool upper, int& begin, int& end) {
        const std::int64_t out = (in + s - 1) / s;
        const std::int64_t total =
            std::max<std::int64_t>((out - 1) * s + std::int64_t{d} * (k - 1) + 1 - in, 0);
        const std::int64_t small = total / 2;
        begin = static_cast<int>(upper ? small : total - small);
        end = static_cast<int>(upper ? total - small : small);
    };
    if (auto_pad == "SAME_UPPER" || auto_pad == "SAME_LOWER") {
        same(h, kh, w.sy, w.dy, auto_pad == "SAME_UPPER", w.top, w.bottom);
        same(width, kw, w.sx, w.dx, auto_pad == "SAME_UPPER", w.left, w.right);
    } else if (auto_pad == "NOTSET" || auto_pad.empty()) {
        if (const auto pads = ints_attribute(node, "pads")) {
            if (pads->size() != 4)
                fail_node(node, "'pads' must have 4 values (2-D), it has " +
                                    std::to_string(pads->size()));
            for (const std::int64_t p : *pads)
                if (p < 0 || p > 4096)
                    fail_node(node, "a padding of " + std::to_string(p) + " is out of range");
            // ONNX: [top, left, bottom, right]
            w.top = static_cast<int>((*pads)[0]);
            w.left = static_cast<int>((*pads)[1]);
            w.bottom = static_cast<int>((*pads)[2]);
            w.right = static_cast<int>((*pads)[3]);
        }
    } else if (auto_pad != "VALID") {
        fail_node(node, "auto_pad '" + auto_pad +
                            "' is not one of NOTSET, SAME_UPPER, "
                            "SAME_LOWER, VALID");
    }
    const auto out_size = [&](std::int64_t in, int k, int s, int d, int begin, int& end) {
        const std::int64_t span = in + begin + end - (std::int64_t{d} * (k - 1) + 1);
        if (span < 0)
            fail_node(node, "the window " + std::to_string(kh) + "×" + std::to_string(kw) +
                                " is larger than its padded input " + std::to_string(h) + "×" +
                                std::to_string(width));
        std::int64_t out = span / s + 1;
        if (ceil_mode && span % s != 0) {
            // ONNX and PyTorch drop a last window that would start in the end padding only.
            if (out * s < in + begin) {
                ++out;
                end += static_cast<int>((out - 1) * s + std::int64_t{d} * (k - 1) + 1 -
                                        (in + begin + end));
            }
        }
        return static_cast<int>(out);
    };
    w.oh = out_size(h, kh, w.sy, w.dy, w.top, w.bottom);
    w.ow = out_size(width, kw, w.sx, w.dx, w.left, w.right);
    return w;
}

json padding_json(int top, int bottom, int left, int right) {
    if (top == bottom && top == left && top == right)
        return top;
    return json::array({top, bottom, left, right});
}

void Importer::conv(int node) {
    allow_attributes(node, {"auto_pad", "dilations", "group", "kernel_shape", "pads", "strides"});
    require_image(node);
    const Constant& w = constant_input(node, 1, "weight W");
    if (w.dims.size() != 4)
        fail_node(node,
                  "only 2-D convolutions are supported (its weight is " + shape_text(w.dims) + ")");
    const std::int64_t group = int_attribute(node, "group", 1);
    const std::int64_t channels = shape_[0];
    const std::int64_t filters = w.dims[0];
    if (group < 1 || channels % group != 0 || filters % group != 0 || w.dims[1] * group != channels)
        fail_node(node, "group " + std::to_string(group) + " does not fit " +
                            std::to_string(channels) + " input channels and a weight of " +
                            shape_text(w.dims));
    if (const auto kernel = ints_attribute(node, "kernel_shape"))
        if (kernel->size() != 2 || (*kernel)[0] != w.dims[2] || (*kernel)[1] != w.dims[3])
            fail_node(node, "kernel_shape disagrees with the weight's shape " + shape_text(w.dims));
    if (w.dims[2] > 4096 || w.dims[3] > 4096)
        fail_node(node, "the kernel " + shape_text(w.dims) + " is too large");
    const Window win =
        window_of(node, static_cast<int>(w.dims[2]), static_cast<int>(w.dims[3]), false);
    json config = {{"type", "conv2d"},
                   {"filters", filters},
                   {"kernel", nn::json_pair(win.kh, win.kw)},
                   {"stride", nn::json_pair(win.sy, win.sx)},
                   {"padding", padding_json(win.top, win.bottom, win.left, win.right)}};
    if (win.dy != 1 || win.dx != 1)
        config["dilation"] = nn::json_pair(win.dy, win.dx);
    if (group != 1)
        config["groups"] = group;
    std::vector<Fill> fills{fill_from("weight", w, w.dims, node)};
    const ::onnx::NodeProto& n = graph().node(node);
    if (n.input_size() > 2 && !n.input(2).empty())
        fills.push_back(fill_from("bias", constant_input(node, 2, "bias B"), {filters}, node));
    else
        config["bias"] = false;
    emit(std::move(config), std::move(fills));
    shape_ = {filters, win.oh, win.ow};
}

void Importer::pool(int node, bool max) {
    allow_attributes(node, {"auto_pad", "ceil_mode", "count_include_pad", "dilations",
                            "kernel_shape", "pads", "storage_order", "strides"});
    require_image(node);
    const auto kernel = ints_attribute(node, "kernel_shape");
    if (!kernel || kernel->size() != 2)
        fail_node(node, "only 2-D pooling is supported ('kernel_shape' must have 2 values)");
    for (const std::int64_t k : *kernel)
        if (k < 1 || k > 4096)
            fail_node(node, "a window of " + std::to_string(k) + " is out of range");
    if (int_attribute(node, "storage_order", 0) != 0)
        fail_node(node, "storage_order 1 is not supported");
    const bool ceil_mode = int_attribute(node, "ceil_mode", 0) != 0;
    const bool include_pad = int_attribute(node, "count_include_pad", 0) != 0;
    const Window declared =
        window_of(node, static_cast<int>((*kernel)[0]), static_cast<int>((*kernel)[1]), false);
    const Window win =
        window_of(node, static_cast<int>((*kernel)[0]), static_cast<int>((*kernel)[1]), ceil_mode);
    if (win.dy != 1 || win.dx != 1)
        fail_node(node, "dilated pooling is not supported");
    if (!max && include_pad && (win.bottom != declared.bottom || win.right != declared.right))
        fail_node(node, "count_include_pad with ceil_mode where the last window runs past the "
                        "padding is not supported");
    if (win.kh == 1 && win.kw == 1 && win.sy == 1 && win.sx == 1 && !win.top && !win.bottom &&
        !win.left && !win.right)
        return; // a 1×1 window with stride 1 passes its input through (PyTorch's adaptive
                // pooling to the size it already has)
    json config = {{"type", max ? "maxpool" : "avgpool"},
                   {"size", nn::json_pair(win.kh, win.kw)},
                   {"stride", nn::json_pair(win.sy, win.sx)},
                   {"padding", padding_json(win.top, win.bottom, win.left, win.right)}};
    if (!max && include_pad && (win.top || win.bottom || win.left || win.right))
        config["count_include_pad"] = true;
    emit(std::move(config));
    shape_ = {shape_[0], win.oh, win.ow};
}

void Importer::global_pool(int node, bool max) {
    allow_attributes(node, {});
    require_image(node);
    if (shape_[1] > 4096 || shape_[2] > 4096)
        fail_node(node, "the input " + shape_text(shape_) + " is too large to pool");
    const json size = nn::json_pair(static_cast<int>(shape_[1]), static_cast<int>(shape_[2]));
    emit({{"type", max ? "maxpool" : "avgpool"}, {"size", size}, {"stride", size}});
    shape_ = {shape_[0], 1, 1};
}

void Importer::batchnorm(int node) {
    allow_attributes(
        node, {"epsilon", "momentum", "is_test", "spatial", "training_mode", "consumed_inputs"});
    if (shape_.size() != 3 && shape_.size() != 1)
        fail_node(node, "ConvSight imports it for (N, C, H, W) and (N, C) inputs only");
    if (int_attribute(node, "training_mode", 0) != 0)
        fail_node(node, "training_mode 1 is not supported (export the model in eval mode)");
    if (int_attribute(node, "spatial", 1) != 1)
        fail_node(node, "spatial 0 (statistics per pixel) is not supported");
    const std::int64_t channels = shape_[0];
    const char* roles[] = {"gamma", "beta", "running_mean", "running_var"};
    const char* names[] = {"scale", "B", "mean", "var"};
    std::vector<Fill> fills;
    for (int i = 0; i < 4; ++i)
        fills.push_back(
            fill_from(roles[i], constant_input(node, i + 1, names[i]), {channels}, node));
    emit({{"type", "batchnorm"}, {"eps", nn::json_number(float_attribute(node, "epsilon", 1e-5f))}},
         std::move(fills));
}

void Importer::softmax(int node, bool log) {
    allow_attributes(node, {"axis"});
    const std::int64_t rank = static_cast<std::int64_t>(shape_.size()) + 1;
    std::int64_t axis = int_attribute(node, "axis", opset_ < 13 ? 1 : -1);
    if (axis < 0)
        axis += rank;
    const json config = {{"type", log ? "log_softmax" : "softmax"}};
    if (rank == 2 && axis == 1) {
        emit(config);
        return;
    }
    // Before opset 13 the input is coerced to 2-D at the axis: axis 1 on (N, C, H, W) is a
    // softmax over all C·H·W values of each example, that is flatten then softmax. From 13 on
    // the softmax runs along one axis, which is the same only when the others after N are 1.
    const bool whole_example =
        axis == 1 && (opset_ < 13 || compute::shape_numel(shape_) == shape_[0]);
    if (!whole_example)
        fail_node(node, "only a softmax over each example's features is supported (input (N, F), "
                        "axis 1 or -1); its input is (N, " +
                            shape_text(shape_).substr(1) + " with axis " + std::to_string(axis));
    emit_flatten();
    emit(config);
}

void Importer::gemm(int node) {
    allow_attributes(node, {"alpha", "beta", "transA", "transB", "broadcast"});
    require_vector(node);
    if (int_attribute(node, "transA", 0) != 0)
        fail_node(node, "transA 1 is not supported (the data input is (N, F), examples in rows)");
    const float alpha = float_attribute(node, "alpha", 1.0f);
    const float beta = float_attribute(node, "beta", 1.0f);
    const bool trans_b = int_attribute(node, "transB", 0) != 0;
    const Constant& b = constant_input(node, 1, "B");
    if (b.dims.size() != 2)
        fail_node(node, "B must be 2-D, it is " + shape_text(b.dims));
    const std::int64_t in = shape_[0];
    const std::int64_t out = trans_b ? b.dims[0] : b.dims[1];
    if ((trans_b ? b.dims[1] : b.dims[0]) != in)
        fail_node(node, "B " + shape_text(b.dims) + (trans_b ? " (transposed)" : "") +
                            " does not fit an input of " + std::to_string(in) + " features");
    std::vector<Fill> fills;
    if (trans_b && alpha == 1.0f) {
        fills.push_back(fill_from("weight", b, {out, in}, node));
    } else {
        fill_from("weight", b, {out, in}, node); // checks the type
        const std::string name = b.name;
        fills.push_back({"weight", {out, in}, [this, name, trans_b, alpha, in, out](float* w) {
                             const std::vector<float> v = float_values(constants_.at(name), 0);
                             for (std::int64_t o = 0; o < out; ++o)
                                 for (std::int64_t i = 0; i < in; ++i)
                                     w[o * in + i] =
                                         alpha * (trans_b
                                                      ? v[static_cast<std::size_t>(o * in + i)]
                                                      : v[static_cast<std::size_t>(i * out + o)]);
                         }});
    }
    json config = {{"type", "dense"}, {"units", out}};
    const ::onnx::NodeProto& n = graph().node(node);
    if (n.input_size() > 2 && !n.input(2).empty() && beta != 0.0f) {
        const Constant& c = constant_input(node, 2, "C");
        if (!(c.numel == out || c.numel == 1) || (c.dims.size() == 2 && c.dims[0] != 1) ||
            c.dims.size() > 2)
            fail_node(node, "C " + shape_text(c.dims) + " is not supported: only a bias of " +
                                std::to_string(out) + " values (one per output)");
        fill_from("bias", c, {c.numel}, node);
        const std::string name = c.name;
        fills.push_back({"bias", {out}, [this, name, beta, out](float* target) {
                             const std::vector<float> v = float_values(constants_.at(name), 0);
                             for (std::int64_t o = 0; o < out; ++o)
                                 target[o] =
                                     beta * v[v.size() == 1 ? 0 : static_cast<std::size_t>(o)];
                         }});
    } else {
        config["bias"] = false;
    }
    emit(std::move(config), std::move(fills));
    shape_ = {out};
}

void Importer::matmul(int node) {
    allow_attributes(node, {});
    require_vector(node);
    const ::onnx::NodeProto& n = graph().node(node);
    if (n.input_size() != 2 || constant(n.input(0)))
        fail_node(node, "the data must be its first input and a constant (K, M) its second");
    const Constant& b = constant_input(node, 1, "B");
    const std::int64_t in = shape_[0];
    if (b.dims.size() != 2 || b.dims[0] != in)
        fail_node(node, "B " + shape_text(b.dims) + " does not fit an input of " +
                            std::to_string(in) + " features (expected (" + std::to_string(in) +
                            ", M))");
    const std::int64_t out = b.dims[1];
    fill_from("weight", b, {out, in}, node);
    const std::string name = b.name;
    std::vector<Fill> fills{{"weight", {out, in}, [this, name, in, out](float* w) {
                                 const std::vector<float> v = float_values(constants_.at(name), 0);
                                 for (std::int64_t o = 0; o < out; ++o)
                                     for (std::int64_t i = 0; i < in; ++i)
                                         w[o * in + i] = v[static_cast<std::size_t>(i * out + o)];
                             }}};
    json config = {{"type", "dense"}, {"units", out}};
    current_ = n.output(0);
    // An Add of a constant (M) or (1, M) right after it is the bias.
    const std::vector<int>& readers = consumers_[current_];
    int add = -1;
    if (current_ != output_name_ && readers.size() == 1 &&
        graph().node(readers[0]).op_type() == "Add")
        add = readers[0];
    if (add >= 0) {
        const ::onnx::NodeProto& a = graph().node(add);
        const int other = a.input_size() == 2 && a.input(0) == current_ ? 1 : 0;
        const Constant* c = a.input_size() == 2 ? constant(a.input(other)) : nullptr;
        if (c && c->numel == out &&
            (c->dims.size() == 1 || (c->dims.size() == 2 && c->dims[0] == 1))) {
            if (a.attribute_size() > 0 &&
                !(a.attribute_size() == 1 && a.attribute(0).name() == "broadcast"))
                fail_node(add, "the attribute '" + a.attribute(0).name() + "' is not supported");
            fills.push_back(fill_from("bias", *c, {out}, add));
            done_.insert(add);
            current_ = a.output(0);
        } else {
            add = -1;
        }
    }
    if (add < 0)
        config["bias"] = false;
    emit(std::move(config), std::move(fills));
    shape_ = {out};
}

void Importer::flatten(int node) {
    allow_attributes(node, {"axis"});
    const std::int64_t rank = static_cast<std::int64_t>(shape_.size()) + 1;
    std::int64_t axis = int_attribute(node, "axis", 1);
    if (axis < 0)
        axis += rank;
    if (axis != 1)
        fail_node(node, "only axis 1 (keep the batch, flatten each example) is supported");
    emit_flatten();
}

void Importer::reshape(int node) {
    allow_attributes(node, {"allowzero", "shape"});
    std::vector<std::int64_t> target;
    if (const auto shape = ints_attribute(node, "shape"))
        target = *shape;
    else
        target = int_values(constant_input(node, 1, "shape"), node);
    const std::int64_t features = compute::shape_numel(shape_);
    const bool ok = target.size() == 2 && (target[0] == 0 || target[0] >= 1 || target[0] == -1) &&
                    (target[1] == -1 || target[1] == features) &&
                    !(target[0] == -1 && target[1] == -1);
    if (!ok) {
        std::string text;
        for (const std::int64_t v : target)
            text += (text.empty() ? "" : ", ") + std::to_string(v);
        fail_node(node,
                  "only a reshape to (N, features) is supported, as (N, -1), (0, -1) or (N, " +
                      std::to_string(features) + "); this one is to (" + text + ")");
    }
    emit_flatten();
}

void Importer::pad(int node) {
    allow_attributes(node, {"mode", "pads", "paddings", "value"});
    require_image(node);
    const ::onnx::NodeProto& n = graph().node(node);
    std::vector<std::int64_t> pads;
    float value = 0.0f;
    if (opset_ < 11) {
        const auto attr = ints_attribute(node, opset_ < 2 ? "paddings" : "pads");
        if (!attr)
            fail_node(node, "needs 'pads'");
        pads = *attr;
        value = float_attribute(node, "value", 0.0f);
    } else {
        pads = int_values(constant_input(node, 1, "pads"), node);
        if (n.input_size() > 2 && !n.input(2).empty()) {
            const std::vector<float> v =
                float_values(constant_input(node, 2, "constant_value"), node);
            if (v.size() != 1)
                fail_node(node, "constant_value must be one value");
            value = v[0];
        }
        if (n.input_size() > 3 && !n.input(3).empty())
            fail_node(node, "the 'axes' input is not supported");
    }
    if (pads.size() != 8)
        fail_node(node, "'pads' must have 8 values for a 4-D input, it has " +
                            std::to_string(pads.size()));
    // [N, C, H, W begins, N, C, H, W ends]
    if (pads[0] || pads[1] || pads[4] || pads[5])
        fail_node(node, "only the height and width may be padded");
    for (const std::int64_t p : pads)
        if (p < 0 || p > 4096)
            fail_node(node, "a padding of " + std::to_string(p) + " is not supported");
    const std::string mode = string_attribute(node, "mode", "constant");
    if (mode != "constant" && mode != "reflect" && mode != "edge")
        fail_node(node, "mode '" + mode + "' is not one of constant, reflect, edge");
    const int top = static_cast<int>(pads[2]), bottom = static_cast<int>(pads[6]);
    const int left = static_cast<int>(pads[3]), right = static_cast<int>(pads[7]);
    if (!top && !bottom && !left && !right)
        return;
    if (mode == "reflect" &&
        (std::max(top, bottom) >= shape_[1] || std::max(left, right) >= shape_[2]))
        fail_node(node, "reflect padding must be smaller than the input");
    json config = {{"type", "pad"}, {"padding", padding_json(top, bottom, left, right)}};
    if (mode != "constant")
        config["mode"] = mode;
    else if (value != 0.0f)
        config["value"] = nn::json_number(value);
    emit(std::move(config));
    shape_ = {shape_[0], shape_[1] + top + bottom, shape_[2] + left + right};
}

void Importer::dropout(int node) {
    allow_attributes(node, {"ratio", "is_test", "seed", "consumed_inputs"});
    float ratio = float_attribute(node, "ratio", 0.5f);
    const ::onnx::NodeProto& n = graph().node(node);
    if (opset_ >= 12) {
        ratio = 0.5f;
        if (n.input_size() > 1 && !n.input(1).empty()) {
            const std::vector<float> v = float_values(constant_input(node, 1, "ratio"), node);
            ratio = v.empty() ? 0.5f : v[0];
        }
        if (n.input_size() > 2 && !n.input(2).empty()) {
            const Constant& mode = constant_input(node, 2, "training_mode");
            bool training = false;
            if (mode.given) {
                training = mode.given->to_vector().at(0) != 0.0f;
            } else if (mode.data_type == ::onnx::TensorProto::BOOL) {
                const std::string& raw = mode.proto->raw_data();
                training = !raw.empty() ? raw[0] != 0
                                        : (mode.proto->int32_data_size() > 0 &&
                                           mode.proto->int32_data(0) != 0);
            }
            if (training)
                fail_node(node, "training_mode true is not supported");
        }
    }
    // At inference Dropout passes its input through. A ratio above 0 is kept as a dropout layer
    // (it does nothing in evaluation mode), so fine-tuning the network drops as it was trained to.
    if (ratio > 0.0f && ratio < 1.0f)
        emit({{"type", "dropout"}, {"p", nn::json_number(ratio)}});
}

// --- building the network ----------------------------------------------------------------

nn::Sequential Importer::materialise() {
    if (plans_.empty())
        fail("a graph of Identity and Dropout nodes only is not supported (it computes nothing "
             "ConvSight can show)");
    // The file's name: exporters name the graph after themselves ("torch_jit", "main_graph").
    std::string name = fs::path(path_).stem().string();
    if (name.empty())
        name = "model";
    // Every layer's sizes first, from its settings alone, against io/Limits.h: nothing is
    // allocated for a network beyond them.
    nlohmann::json architecture = {{"input", example_}, {"layers", nlohmann::json::array()}};
    for (const Plan& plan : plans_)
        architecture["layers"].push_back(plan.config);
    try {
        nn::check_architecture_sizes(architecture);
    } catch (const std::invalid_argument& e) {
        fail(std::string("the network cannot be built: ") + e.what());
    }
    // One layer at a time, its weights copied (and the file's bytes of them freed) before the
    // next is allocated, so a large model is not held twice.
    nn::Sequential model(name);
    Shape shape = example_;
    for (std::size_t i = 0; i < plans_.size(); ++i) {
        const int index = static_cast<int>(i) + 1;
        std::unique_ptr<nn::Layer> layer;
        Shape output;
        try {
            layer = nn::layer_from_json(plans_[i].config, shape, index);
            Shape input{1};
            input.insert(input.end(), shape.begin(), shape.end());
            output = layer->output_shape(input);
        } catch (const std::invalid_argument& e) {
            fail(std::string("the network cannot be built: ") + e.what());
        }
        for (const Fill& fill : plans_[i].fills) {
            Tensor target;
            for (nn::Parameter* p : layer->parameters())
                if (p->name == fill.role || p->name.ends_with("." + fill.role))
                    target = p->value;
            for (auto& [role, buffer] : layer->buffers())
                if (role == fill.role)
                    target = buffer;
            if (!target.defined() || target.shape() != fill.shape)
                fail("layer " + std::to_string(index) + " (" + layer->description() + "): its " +
                     fill.role + " is " + (target.defined() ? target.shape_string() : "missing") +
                     ", the file's is " + shape_text(fill.shape));
            fill.fill(target.data());
        }
        model.add(std::move(layer));
        shape.assign(output.begin() + 1, output.end());
    }
    try {
        model.set_input_shape(example_);
    } catch (const std::invalid_argument& e) {
        fail(std::string("the network cannot be built: ") + e.what());
    }
    model.eval();
    return model;
}

ImportedModel Importer::run() {
    read_file();
    check_header();
    register_constants();
    find_input_and_output();
    walk();
    ImportedModel imported;
    imported.model = materialise();
    json metadata = {{"source", "onnx"},
                     {"file", fs::path(path_).filename().string()},
                     {"producer", proto_.producer_name() + (proto_.producer_version().empty()
                                                                ? ""
                                                                : " " + proto_.producer_version())},
                     {"opset", opset_},
                     {"input_name", input_name_},
                     {"output_name", output_name_}};
    if (!proto_.doc_string().empty())
        metadata["doc_string"] = proto_.doc_string();
    if (proto_.metadata_props_size() > 0) {
        json props = json::object();
        for (const auto& entry : proto_.metadata_props())
            props[entry.key()] = entry.value();
        metadata["onnx_metadata"] = props;
    }
    imported.metadata = std::move(metadata);
    return imported;
}

} // namespace

const std::vector<std::string>& importable_operators() {
    static const std::vector<std::string> names = {"Conv",          "MaxPool",
                                                   "AveragePool",   "GlobalAveragePool",
                                                   "GlobalMaxPool", "BatchNormalization",
                                                   "Relu",          "LeakyRelu",
                                                   "Sigmoid",       "Tanh",
                                                   "Softmax",       "LogSoftmax",
                                                   "Gemm",          "MatMul",
                                                   "Add",           "Flatten",
                                                   "Reshape",       "Pad",
                                                   "Dropout",       "Identity",
                                                   "Constant"};
    return names;
}

ImportedModel import_onnx(const std::string& path, const ImportOptions& options) {
    return Importer(path, options).run();
}

} // namespace convsight::onnx
