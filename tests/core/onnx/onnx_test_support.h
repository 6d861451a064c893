// Building small ONNX models in the tests with onnx's own classes (onnx::ModelProto), never by
// hand-written bytes.
#pragma once

#include <cstdint>
#include <fstream>
#include <initializer_list>
#include <onnx/onnx_pb.h>
#include <string>
#include <vector>

namespace onnx_test {

class GraphBuilder {
public:
    explicit GraphBuilder(std::int64_t opset = 13) {
        model.set_ir_version(7);
        model.set_producer_name("tst_onnximport");
        model.set_producer_version("1");
        auto* set = model.add_opset_import();
        set->set_domain("");
        set->set_version(opset);
        graph = model.mutable_graph();
        graph->set_name("test_graph");
    }

    // A graph input; -1 marks a symbolic dimension ("N").
    void input(const std::string& name, const std::vector<std::int64_t>& dims,
               int type = onnx::TensorProto::FLOAT) {
        auto* value = graph->add_input();
        value->set_name(name);
        auto* tensor = value->mutable_type()->mutable_tensor_type();
        tensor->set_elem_type(type);
        for (const std::int64_t d : dims) {
            auto* dim = tensor->mutable_shape()->add_dim();
            if (d < 0)
                dim->set_dim_param("N");
            else
                dim->set_dim_value(d);
        }
    }

    void output(const std::string& name) {
        auto* value = graph->add_output();
        value->set_name(name);
        value->mutable_type()->mutable_tensor_type()->set_elem_type(onnx::TensorProto::FLOAT);
    }

    onnx::NodeProto& node(const std::string& op, const std::vector<std::string>& inputs,
                          const std::vector<std::string>& outputs, const std::string& name = {}) {
        auto* n = graph->add_node();
        n->set_op_type(op);
        n->set_name(name);
        for (const auto& i : inputs)
            n->add_input(i);
        for (const auto& o : outputs)
            n->add_output(o);
        return *n;
    }

    static void attribute(onnx::NodeProto& n, const std::string& name, std::int64_t value) {
        auto* a = n.add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto::INT);
        a->set_i(value);
    }
    static void attribute(onnx::NodeProto& n, const std::string& name, float value) {
        auto* a = n.add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto::FLOAT);
        a->set_f(value);
    }
    static void attribute(onnx::NodeProto& n, const std::string& name, const std::string& value) {
        auto* a = n.add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto::STRING);
        a->set_s(value);
    }
    static void attribute(onnx::NodeProto& n, const std::string& name,
                          const std::vector<std::int64_t>& values) {
        auto* a = n.add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto::INTS);
        for (const std::int64_t v : values)
            a->add_ints(v);
    }

    // A FLOAT initializer, its values as float_data (or raw_data when `raw`).
    onnx::TensorProto& initializer(const std::string& name, const std::vector<std::int64_t>& dims,
                                   const std::vector<float>& values, bool raw = false) {
        auto* t = graph->add_initializer();
        t->set_name(name);
        t->set_data_type(onnx::TensorProto::FLOAT);
        for (const std::int64_t d : dims)
            t->add_dims(d);
        if (raw)
            t->set_raw_data(std::string(reinterpret_cast<const char*>(values.data()),
                                        values.size() * sizeof(float)));
        else
            for (const float v : values)
                t->add_float_data(v);
        return *t;
    }

    onnx::TensorProto& int64_initializer(const std::string& name,
                                         const std::vector<std::int64_t>& values) {
        auto* t = graph->add_initializer();
        t->set_name(name);
        t->set_data_type(onnx::TensorProto::INT64);
        t->add_dims(static_cast<std::int64_t>(values.size()));
        for (const std::int64_t v : values)
            t->add_int64_data(v);
        return *t;
    }

    bool save(const std::string& path) const {
        std::ofstream out(path, std::ios::binary);
        return model.SerializeToOstream(&out);
    }

    onnx::ModelProto model;
    onnx::GraphProto* graph{};
};

// 0, 1, 2, ... scaled: values that make every weight distinct.
inline std::vector<float> ramp(std::size_t count, float scale = 0.1f, float offset = 0.0f) {
    std::vector<float> values(count);
    for (std::size_t i = 0; i < count; ++i)
        values[i] = offset + scale * static_cast<float>(i % 17) - scale * 8.0f;
    return values;
}

} // namespace onnx_test
