// Qt Test suite for the layer schema (nn/LayerSchema.h): every type builds from the layer the
// editor adds and round-trips through JSON with the schema's defaults, every setting the schema
// lists is accepted by model_from_json, and a setting it does not list (or a missing required one)
// is refused by name.
#include "nn/LayerSchema.h"
#include "nn/ModelFile.h"
#include "nn_test_support.h"

#include <QTest>
#include <set>

using namespace convsight::nn;
using nlohmann::json;
using nn_test::messageOf;
using nn_test::q;

Q_DECLARE_METATYPE(const convsight::nn::LayerKind*)

namespace {

// An architecture around `layer` with an input the layer type takes: features for dense and
// softmax, an image for the rest.
json architectureOf(const json& layer) {
    const std::string type = layer.at("type").get<std::string>();
    const bool features = type == "dense" || type == "softmax" || type == "log_softmax";
    const json input = features ? json{12} : json{3, 8, 8};
    return {{"input", input}, {"layers", json::array({layer})}};
}

// The layer's settings as nn writes them back (Layer::config()).
json builtConfig(const json& layer) {
    return architecture_json(model_from_json(architectureOf(layer)))["layers"][0];
}

// Equal as JSON, or as the same float (json_number writes 0.1f as 0.1).
bool sameValue(const json& a, const json& b) {
    if (a.is_number() && b.is_number())
        return a.get<float>() == b.get<float>();
    return a == b;
}

// The layer with its required settings at their defaults and nothing else.
json minimalLayer(const LayerKind& kind) {
    json layer = {{"type", kind.type}};
    for (const LayerField& field : kind.fields)
        if (field.required)
            layer[field.key] = field.default_value;
    return layer;
}

} // namespace

class tst_LayerSchema : public QObject {
    Q_OBJECT
private slots:
    void kinds_data();
    void typesAreUniqueAndFieldsDescribed();
    void addedLayerBuildsAsWritten_data() { kinds_data(); }
    void addedLayerBuildsAsWritten();
    void roundTripsWithDefaults_data() { kinds_data(); }
    void roundTripsWithDefaults();
    void everyFieldIsAccepted_data() { kinds_data(); }
    void everyFieldIsAccepted();
    void unknownSettingIsRefused_data() { kinds_data(); }
    void unknownSettingIsRefused();
    void missingRequiredSettingIsRefused_data() { kinds_data(); }
    void missingRequiredSettingIsRefused();
    void choicesAreCheckedByName();
    void frozenIsTakenByEveryLayer_data() { kinds_data(); }
    void frozenIsTakenByEveryLayer();
};

void tst_LayerSchema::kinds_data() {
    QTest::addColumn<const LayerKind*>("kind");
    for (const LayerKind& kind : layer_schema())
        QTest::newRow(kind.type) << &kind;
}

void tst_LayerSchema::typesAreUniqueAndFieldsDescribed() {
    std::set<std::string> types;
    for (const LayerKind& kind : layer_schema()) {
        QVERIFY2(types.insert(kind.type).second, kind.type);
        QCOMPARE(find_layer_kind(kind.type), &kind);
        QVERIFY(std::string(kind.description).size() > 3);
        for (const LayerField& field : kind.fields) {
            QVERIFY2(std::string(field.label).size() > 0, field.key);
            QVERIFY2(std::string(field.description).size() > 3, field.key);
            QCOMPARE(kind.field(field.key), &field);
        }
    }
    QCOMPARE(find_layer_kind("conv3d"), nullptr);
    QVERIFY(layer_type_list().starts_with("conv2d, maxpool, avgpool, dense"));
    // The default the lecture's LeakyReLU uses.
    QCOMPARE(find_layer_kind("leaky_relu")->field("alpha")->default_value.get<double>(), 0.01);
}

void tst_LayerSchema::addedLayerBuildsAsWritten() {
    QFETCH(const LayerKind*, kind);
    const json config = builtConfig(kind->added);
    for (const auto& [key, value] : kind->added.items())
        QVERIFY2(sameValue(config.value(key, json()), value),
                 qPrintable(q(key + ": " + config.dump())));
}

void tst_LayerSchema::roundTripsWithDefaults() {
    QFETCH(const LayerKind*, kind);
    const json layer = minimalLayer(*kind);
    const json config = builtConfig(layer);
    QCOMPARE(config.at("type").get<std::string>(), std::string(kind->type));
    for (const LayerField& field : kind->fields) {
        // A pool's stride defaults to its window.
        const json expected =
            field.default_value.is_null() ? layer.at("size") : field.default_value;
        // Layer::config() leaves out some settings at their defaults (dilation 1, bias true).
        const json actual = config.value(field.key, expected);
        QVERIFY2(sameValue(actual, expected),
                 qPrintable(
                     q(std::string(field.key) + ": " + actual.dump() + " != " + expected.dump())));
    }
    // And back: the written settings build the same layer again.
    QVERIFY(builtConfig(config) == config);
}

void tst_LayerSchema::everyFieldIsAccepted() {
    QFETCH(const LayerKind*, kind);
    for (const LayerField& field : kind->fields) {
        json layer = minimalLayer(*kind);
        layer[field.key] = field.default_value.is_null() ? json(1) : field.default_value;
        const auto message = messageOf<std::invalid_argument>([&] { builtConfig(layer); });
        QVERIFY2(!message, qPrintable(q(field.key) + QStringLiteral(": ") + message.value_or("")));
    }
}

void tst_LayerSchema::unknownSettingIsRefused() {
    QFETCH(const LayerKind*, kind);
    json layer = minimalLayer(*kind);
    layer["colour"] = 3;
    const auto message = messageOf<std::invalid_argument>([&] { builtConfig(layer); });
    QVERIFY(message);
    QVERIFY2(message->contains(QStringLiteral("unknown setting 'colour'")), qPrintable(*message));
    QVERIFY2(message->contains(QStringLiteral("layer 1 (") + QLatin1String(kind->type)),
             qPrintable(*message));
}

void tst_LayerSchema::missingRequiredSettingIsRefused() {
    QFETCH(const LayerKind*, kind);
    for (const LayerField& field : kind->fields) {
        if (!field.required)
            continue;
        json layer = minimalLayer(*kind);
        layer.erase(field.key);
        const auto message = messageOf<std::invalid_argument>([&] { builtConfig(layer); });
        QVERIFY2(message, field.key);
        QVERIFY2(message->contains(QStringLiteral("'%1'").arg(QLatin1String(field.key))) &&
                     message->contains(QStringLiteral("missing")),
                 qPrintable(*message));
    }
}

void tst_LayerSchema::choicesAreCheckedByName() {
    const LayerField* mode = find_layer_kind("pad")->field("mode");
    QVERIFY(mode);
    QCOMPARE(mode->kind, FieldKind::Choice);
    QCOMPARE(mode->choices.size(), std::size_t{3});
    for (const char* choice : mode->choices) {
        const json config = builtConfig({{"type", "pad"}, {"padding", 1}, {"mode", choice}});
        QCOMPARE(q(config.value("mode", std::string("constant"))), QLatin1String(choice));
    }
    const auto message = messageOf<std::invalid_argument>([] {
        builtConfig({{"type", "pad"}, {"padding", 1}, {"mode", "mirror"}});
    });
    QVERIFY(message);
    QVERIFY2(message->contains(QStringLiteral("layer 1 (pad): 'mode' must be one of \"constant\", "
                                              "\"reflect\", \"edge\", not \"mirror\"")),
             qPrintable(*message));
    const auto same = messageOf<std::invalid_argument>([] {
        builtConfig({{"type", "pad"}, {"padding", "same"}});
    });
    QVERIFY(same);
    QVERIFY2(same->contains(QStringLiteral("'padding' must be a number of pixels")),
             qPrintable(*same));
}

void tst_LayerSchema::frozenIsTakenByEveryLayer() {
    QFETCH(const LayerKind*, kind);
    json layer = minimalLayer(*kind);
    layer["frozen"] = true;
    const Sequential model = model_from_json(architectureOf(layer));
    QVERIFY(model.layer(0).frozen());
    for (const Parameter* p : model.parameters())
        QVERIFY2(p->frozen, p->name.c_str());
    // Written back only when set.
    QCOMPARE(builtConfig(layer).value("frozen", false), true);
    layer["frozen"] = false;
    QVERIFY(!builtConfig(layer).contains("frozen"));
    layer["frozen"] = "yes";
    const auto message = messageOf<std::invalid_argument>([&] { builtConfig(layer); });
    QVERIFY(message);
    QVERIFY2(message->contains(QStringLiteral("'frozen' must be true or false")),
             qPrintable(*message));
}

QTEST_GUILESS_MAIN(tst_LayerSchema)
#include "tst_layerschema.moc"
