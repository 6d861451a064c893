// The session file's pieces that live in core: the Filter kernel (KernelModel) and the Step through
// document to JSON and back unchanged, and damaged pieces refused with a message naming the field.
#include "conv/SessionJson.h"

#include <QTest>

using convsight::conv::KernelModel;
using convsight::conv::SessionJsonError;
using convsight::conv::StepThroughDocument;
using convsight::conv::StepThroughMode;
using nlohmann::json;
namespace conv = convsight::conv;

class TestSessionJson : public QObject {
    Q_OBJECT
private slots:
    void kernelModelRoundTrips();
    void kernelModelSurvivesText();
    void damagedKernelModelIsRefused_data();
    void damagedKernelModelIsRefused();
    void stepThroughDocumentRoundTrips();
    void explicitPaddingRoundTrips();
    void damagedStepThroughDocumentIsRefused_data();
    void damagedStepThroughDocumentIsRefused();
    void modesHaveNames();
};

namespace {

KernelModel unusualKernel() {
    KernelModel model = KernelModel::from_matrix({{1, 2, 3}, {4, -5.25, 6}}, 7);
    model.set_per_channel(true, 0);
    model.set_value(2, 1, 2, 0.125);
    model.offset = 128;
    model.border = convsight::compute::BorderMode::Wrap;
    model.name = "mine";
    return model;
}

StepThroughDocument unusualDocument() {
    StepThroughDocument document = StepThroughDocument::lecture_example();
    document = document.with_channels(3, 2, [](int low, int) { return low + 1; });
    document = document.with_input_value(1, 2, 3, 42.5);
    document.stride = 2;
    document.padding = conv::PaddingMode::Same;
    document.border = convsight::compute::BorderMode::Reflect;
    document.dilation = 2;
    document.flip = true;
    return document;
}

} // namespace

void TestSessionJson::kernelModelRoundTrips() {
    const KernelModel model = unusualKernel();
    QVERIFY(conv::kernel_model_from_json(conv::kernel_model_to_json(model)) == model);
    const KernelModel preset = KernelModel::from_preset(conv::kernel_preset("sobel-x"));
    QVERIFY(conv::kernel_model_from_json(conv::kernel_model_to_json(preset)) == preset);
}

void TestSessionJson::kernelModelSurvivesText() {
    const KernelModel model = unusualKernel();
    const json back = json::parse(conv::kernel_model_to_json(model).dump());
    QVERIFY(conv::kernel_model_from_json(back) == model);
}

void TestSessionJson::damagedKernelModelIsRefused_data() {
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("replacement"); // JSON text; empty: the field removed
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no channels") << "/channels"
                                 << ""
                                 << "channels";
    QTest::newRow("two channels") << "/channels"
                                  << "[1, 2]"
                                  << "3 channels";
    QTest::newRow("ragged") << "/channels/1/values"
                            << "[[1, 2], [3]]"
                            << "another length";
    QTest::newRow("text value") << "/channels/0/values/0/0"
                                << "\"a\""
                                << "not a number";
    QTest::newRow("zero divisor") << "/channels/2/divisor"
                                  << "0"
                                  << "divisor of 0";
    QTest::newRow("other size") << "/channels/2/values"
                                << "[[1]]"
                                << "another size";
    QTest::newRow("too large") << "/channels/0/values"
                               << "[[1],[1],[1],[1],[1],[1],[1],[1],[1],[1]]"
                               << "1 to 9 rows";
    QTest::newRow("unknown border") << "/border"
                                    << "\"mirror\""
                                    << "mirror";
    QTest::newRow("offset text") << "/offset"
                                 << "\"128\""
                                 << "offset";
    QTest::newRow("per_channel number") << "/per_channel"
                                        << "1"
                                        << "per_channel";
}

// The current data row's damage (a field removed, or replaced by `replacement`) done to
// `document`: `read` must refuse it with a message that mentions the field.
template <typename Read>
void checkRefused(json document, Read read) {
    QFETCH(QString, pointer);
    QFETCH(QString, replacement);
    QFETCH(QString, mentions);
    const json::json_pointer at(pointer.toStdString());
    if (replacement.isEmpty())
        document[at.parent_pointer()].erase(at.back());
    else
        document[at] = json::parse(replacement.toStdString());
    try {
        read(document);
        QFAIL("a damaged part was accepted");
    } catch (const SessionJsonError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(mentions), e.what());
    }
}

void TestSessionJson::damagedKernelModelIsRefused() {
    checkRefused(conv::kernel_model_to_json(unusualKernel()),
                 [](const json& text) { conv::kernel_model_from_json(text); });
}

void TestSessionJson::stepThroughDocumentRoundTrips() {
    const StepThroughDocument document = unusualDocument();
    const json text = json::parse(conv::step_through_to_json(document).dump());
    QVERIFY(conv::step_through_from_json(text) == document);
    const StepThroughDocument lecture = StepThroughDocument::lecture_example();
    QVERIFY(conv::step_through_from_json(conv::step_through_to_json(lecture)) == lecture);
}

void TestSessionJson::explicitPaddingRoundTrips() {
    StepThroughDocument document = StepThroughDocument::lecture_example();
    document.padding = conv::PaddingMode::Explicit;
    document.explicit_padding = 2;
    const json text = conv::step_through_to_json(document);
    QCOMPARE(text["padding"].get<std::string>(), std::string("explicit"));
    QCOMPARE(text["explicit_padding"].get<int>(), 2);
    QVERIFY(conv::step_through_from_json(json::parse(text.dump())) == document);
    // A file written before explicit padding existed has no "explicit_padding": P is 0.
    json old = text;
    old.erase("explicit_padding");
    QCOMPARE(conv::step_through_from_json(old).explicit_padding, 0);
}

void TestSessionJson::damagedStepThroughDocumentIsRefused_data() {
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("replacement");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no input") << "/input"
                              << ""
                              << "input";
    QTest::newRow("short input") << "/input"
                                 << "[1, 2, 3]"
                                 << "3 values";
    QTest::newRow("short kernels") << "/kernels"
                                   << "[1]"
                                   << "kernels";
    QTest::newRow("two channels") << "/channels"
                                  << "2"
                                  << "channels";
    QTest::newRow("huge input") << "/height"
                                << "1000"
                                << "height";
    QTest::newRow("fractional stride") << "/stride"
                                       << "1.5"
                                       << "stride";
    QTest::newRow("zero stride") << "/stride"
                                 << "0"
                                 << "stride";
    QTest::newRow("unknown padding") << "/padding"
                                     << "\"full\""
                                     << "full";
    QTest::newRow("null value") << "/input/0"
                                << "null"
                                << "input[0]";
    QTest::newRow("flip text") << "/flip"
                               << "\"yes\""
                               << "flip";
    QTest::newRow("negative explicit padding") << "/explicit_padding"
                                               << "-1"
                                               << "explicit_padding";
    QTest::newRow("explicit padding text") << "/explicit_padding"
                                           << "\"2\""
                                           << "explicit_padding";
    QTest::newRow("zero divisor") << "/divisor"
                                  << "0"
                                  << "divisor";
}

void TestSessionJson::damagedStepThroughDocumentIsRefused() {
    checkRefused(conv::step_through_to_json(unusualDocument()),
                 [](const json& text) { conv::step_through_from_json(text); });
}

void TestSessionJson::modesHaveNames() {
    for (const StepThroughMode mode :
         {StepThroughMode::Convolution, StepThroughMode::MaxPooling,
          StepThroughMode::AveragePooling, StepThroughMode::KernelGradient,
          StepThroughMode::InputGradient})
        QCOMPARE(conv::step_through_mode_from_name(conv::step_through_mode_name(mode)), mode);
    QVERIFY_THROWS_EXCEPTION(SessionJsonError, conv::step_through_mode_from_name("sideways"));
}

QTEST_APPLESS_MAIN(TestSessionJson)
#include "tst_sessionjson.moc"
