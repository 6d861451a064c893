// GPU faults: CONVSIGHT_CUDA_FAULT=alloc:N|launch:N makes the Nth device allocation or kernel
// launch fail; each fault is a DeviceError naming the op, the process goes on, and the same work
// then runs on the CPU (and on the GPU again after an allocation fault). The GPU cases skip with
// the reason where this build or this machine has no GPU; the rule's parsing runs everywhere.
#include "compute/Device.h"
#include "compute/Tensor.h"
#include "compute/ops.h"
#include "compute_test_util.h"

#include <QCoreApplication>
#include <QProcess>
#include <QtTest>
#include <cstdio>
#include <functional>
#include <map>
#include <optional>

using namespace convsight::compute;
using namespace convsight::compute::testing;

namespace {

// The child process of envRuleIsRead: makes tensors on the GPU until one fails, and says which.
constexpr const char* kChildVariable = "CONVSIGHT_TST_CUDA_FAULTS_CHILD";

int childMakesTensors() {
    for (int i = 1; i <= 8; ++i) {
        try {
            const Tensor t = Tensor::from({4}, {1.0f, 2.0f, 3.0f, 4.0f}, Device::cuda(0));
        } catch (const DeviceError& e) {
            std::printf("tensor %d failed in %s: %s\n", i, e.op().c_str(), e.what());
            return 0;
        }
    }
    std::printf("no tensor failed\n");
    return 0;
}

struct Inputs {
    Tensor x, w, b;
};

Inputs inputs() {
    std::mt19937 rng(17);
    const std::vector<float> x = uniform(rng, 2 * 3 * 8 * 8);
    const std::vector<float> w = uniform(rng, 4 * 3 * 3 * 3);
    const std::vector<float> b = uniform(rng, 4);
    return {Tensor::from({2, 3, 8, 8}, x), Tensor::from({4, 3, 3, 3}, w), Tensor::from({4}, b)};
}

// A small forward pass (conv2d: im2col + SGEMM + bias; ReLU; 2×2 max pooling) of inputs already
// on their device; the result on the host.
std::vector<float> forward(const Inputs& in) {
    ops::Conv2dParams conv;
    conv.pad_top = conv.pad_bottom = conv.pad_left = conv.pad_right = 1;
    Tensor y = ops::conv2d_forward(in.x, in.w, in.b, conv);
    y = ops::activation_forward(Activation::ReLU, y, 0.0f);
    y = ops::maxpool2d_forward(y, ops::Pool2dParams{});
    return y.to_vector();
}

Inputs on(const Inputs& in, Device device) {
    return {in.x.to(device), in.w.to(device), in.b.to(device)};
}

// The DeviceError `call` threw, or nothing.
template <class F>
std::optional<DeviceError> deviceErrorOf(F&& call) {
    try {
        call();
    } catch (const DeviceError& e) {
        return e;
    }
    return std::nullopt;
}

} // namespace

class tst_CudaFaults : public QObject {
    Q_OBJECT

private slots:
    void parseRule_data();
    void parseRule();
    void parseRefusesNonsense_data();
    void parseRefusesNonsense();
    void deviceErrorIsARuntimeErrorWithItsOp();

    void allocationFaultNamesTheOpAndLeavesTheGpuUsable();
    void launchFaultNamesTheOpAndTheCpuCarriesOn();
    void nthAllocationFails();
    void outOfMemoryNamesEachOp_data();
    void outOfMemoryNamesEachOp();
    void envRuleIsRead();

    void cleanup();

private:
    // Skips (saying why) unless this build has the CUDA backend and this machine a GPU.
    bool haveGpu();
};

bool tst_CudaFaults::haveGpu() {
#if !defined(CONVSIGHT_HAVE_CUDA)
    return false;
#else
    return Device::cuda_available();
#endif
}

#define REQUIRE_GPU()                                                                              \
    do {                                                                                           \
        if (!haveGpu())                                                                            \
            QSKIP(qPrintable(QStringLiteral("skipped: no CUDA device: ") +                         \
                             q(Device::cuda_unavailable_reason())));                               \
    } while (0)

void tst_CudaFaults::cleanup() {
#if defined(CONVSIGHT_HAVE_CUDA)
    set_cuda_fault(CudaFault{}); // no test leaves a rule behind for the next
#endif
}

void tst_CudaFaults::parseRule_data() {
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qlonglong>("nth");
    QTest::newRow("empty: no fault") << QString() << int(CudaFault::Kind::None) << 0LL;
    QTest::newRow("alloc:1") << QStringLiteral("alloc:1") << int(CudaFault::Kind::Alloc) << 1LL;
    QTest::newRow("alloc:250") << QStringLiteral("alloc:250") << int(CudaFault::Kind::Alloc)
                               << 250LL;
    QTest::newRow("launch:7") << QStringLiteral("launch:7") << int(CudaFault::Kind::Launch) << 7LL;
}

void tst_CudaFaults::parseRule() {
    QFETCH(QString, spec);
    QFETCH(int, kind);
    QFETCH(qlonglong, nth);
    const CudaFault fault = parse_cuda_fault(spec.toStdString());
    QCOMPARE(int(fault.kind), kind);
    QCOMPARE(qlonglong(fault.nth), nth);
}

void tst_CudaFaults::parseRefusesNonsense_data() {
    QTest::addColumn<QString>("spec");
    for (const char* spec : {"alloc", "alloc:", "alloc:0", "alloc:-1", "alloc:2x", "launch:1.5",
                             "free:1", "ALLOC:1", ":3", "alloc:99999999999999"})
        QTest::newRow(spec) << QString::fromLatin1(spec);
}

void tst_CudaFaults::parseRefusesNonsense() {
    QFETCH(QString, spec);
    const Thrown thrown = thrownBy([&] { parse_cuda_fault(spec.toStdString()); });
    QCOMPARE(thrown.kind, Thrown::Kind::InvalidArgument);
    QVERIFY2(thrown.message.contains(QStringLiteral("CONVSIGHT_CUDA_FAULT")),
             qPrintable(thrown.message));
    QVERIFY2(thrown.message.contains(QStringLiteral("alloc:N or launch:N")),
             qPrintable(thrown.message));
}

void tst_CudaFaults::deviceErrorIsARuntimeErrorWithItsOp() {
    try {
        throw DeviceError("conv2d_forward", "the GPU ran out of memory in conv2d_forward");
    } catch (const std::runtime_error& e) {
        const auto* device = dynamic_cast<const DeviceError*>(&e);
        QVERIFY(device);
        QCOMPARE(QString::fromStdString(device->op()), QStringLiteral("conv2d_forward"));
        QCOMPARE(QString::fromLatin1(e.what()),
                 QStringLiteral("the GPU ran out of memory in conv2d_forward"));
    }
}

void tst_CudaFaults::allocationFaultNamesTheOpAndLeavesTheGpuUsable() {
    REQUIRE_GPU();
    const Inputs host = inputs();
    const std::vector<float> expected = forward(host);
    const Inputs gpu = on(host, Device::cuda(0));

    // The next allocation is conv2d_forward's output.
    set_cuda_fault({CudaFault::Kind::Alloc, 1});
    const std::optional<DeviceError> error = deviceErrorOf([&] { forward(gpu); });
    QVERIFY2(error.has_value(), "the injected allocation fault threw no DeviceError");
    const QString message = QString::fromLatin1(error->what());
    QCOMPARE(QString::fromStdString(error->op()), QStringLiteral("conv2d_forward"));
    QVERIFY2(
        message.startsWith(QStringLiteral("the GPU ran out of memory in conv2d_forward: needed ")),
        qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral(" MiB free")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("smaller batch")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("on the CPU")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("CONVSIGHT_CUDA_FAULT=alloc:1")), qPrintable(message));

    // The process goes on: the same work on the CPU, then on the GPU, whose context is sound.
    QVERIFY(forward(host) == expected);
    const std::vector<float> again = forward(gpu);
    QVERIFY2(nmse(again, expected) < 1e-10, qPrintable(str(again)));
}

void tst_CudaFaults::launchFaultNamesTheOpAndTheCpuCarriesOn() {
    REQUIRE_GPU();
    const Inputs host = inputs();
    const std::vector<float> expected = forward(host);
    const Inputs gpu = on(host, Device::cuda(0));

    // The next launch is one of conv2d_forward's (im2col, or the bias).
    set_cuda_fault({CudaFault::Kind::Launch, 1});
    const std::optional<DeviceError> error = deviceErrorOf([&] { forward(gpu); });
    QVERIFY2(error.has_value(), "the injected launch fault threw no DeviceError");
    const QString message = QString::fromLatin1(error->what());
    QCOMPARE(QString::fromStdString(error->op()), QStringLiteral("conv2d_forward"));
    QVERIFY2(message.startsWith(QStringLiteral("conv2d_forward: launch of ")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("cudaErrorLaunchFailure")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("CONVSIGHT_CUDA_FAULT=launch:1")),
             qPrintable(message));

    QVERIFY(forward(host) == expected);
}

void tst_CudaFaults::nthAllocationFails() {
    REQUIRE_GPU();
    set_cuda_fault({CudaFault::Kind::Alloc, 3});
    const Tensor first = Tensor::zeros({16}, Device::cuda(0));
    const Tensor second = Tensor::zeros({16}, Device::cuda(0));
    const std::optional<DeviceError> error =
        deviceErrorOf([&] { const Tensor third = Tensor::zeros({16}, Device::cuda(0)); });
    QVERIFY2(error.has_value(), "the third allocation did not fail");
    QCOMPARE(QString::fromStdString(error->op()), QStringLiteral("Tensor::zeros"));
    // Only the third: the fourth and later succeed, and the first two hold their values.
    const Tensor fourth = Tensor::full({16}, 2.0f, Device::cuda(0));
    QCOMPARE(fourth.to_vector(), std::vector<float>(16, 2.0f));
    QCOMPARE(second.to_vector(), std::vector<float>(16, 0.0f));
}

void tst_CudaFaults::outOfMemoryNamesEachOp_data() {
    QTest::addColumn<QString>("op");
    for (const char* op :
         {"conv2d_forward", "conv2d_backward", "maxpool2d_forward", "maxpool2d_backward",
          "avgpool2d_forward", "activation_forward", "matmul", "dense_forward", "dense_backward",
          "softmax_cross_entropy_forward", "softmax_cross_entropy_backward", "batchnorm_forward",
          "dropout_forward", "filter2d", "argmax", "Tensor::to", "Tensor::clone", "Tensor::zeros"})
        QTest::newRow(op) << QString::fromLatin1(op);
}

// The first allocation after the inputs are on the GPU fails: the message names the op that
// asked (not the allocator), the bytes it needed and the bytes free.
void tst_CudaFaults::outOfMemoryNamesEachOp() {
    REQUIRE_GPU();
    QFETCH(QString, op);
    const Device gpu = Device::cuda(0);
    const Inputs in = on(inputs(), gpu);
    ops::Conv2dParams conv;
    const Tensor y = ops::conv2d_forward(in.x, in.w, in.b, conv); // (2, 4, 6, 6)
    const Tensor dy = Tensor::full(y.shape(), 0.5f, gpu);
    const ops::MaxPool2dResult pooled = ops::maxpool2d_forward_with_argmax(y, ops::Pool2dParams{});
    const Tensor pooledGrad = Tensor::full(pooled.y.shape(), 1.0f, gpu);
    const Tensor rows = Tensor::full({4, 8}, 0.25f, gpu);
    const Tensor weight = Tensor::full({3, 8}, 0.5f, gpu);
    const Tensor rowGrad = Tensor::full({4, 3}, 1.0f, gpu);
    const Tensor labels = Tensor::from({4}, {0, 1, 2, 1}, gpu);
    ops::BatchNormState bn{Tensor::full({4}, 1.0f, gpu), Tensor::zeros({4}, gpu),
                           Tensor::zeros({4}, gpu), Tensor::full({4}, 1.0f, gpu)};
    const Tensor kernel = Tensor::full({3, 3}, 1.0f / 9, gpu);
    const Tensor host = Tensor::full({4, 8}, 1.0f);
    Tensor mask;
    const std::map<std::string, std::function<void()>> calls{
        {"conv2d_forward", [&] { ops::conv2d_forward(in.x, in.w, in.b, conv); }},
        {"conv2d_backward", [&] { ops::conv2d_backward(dy, in.x, in.w, true, conv); }},
        {"maxpool2d_forward", [&] { ops::maxpool2d_forward_with_argmax(y, {}); }},
        {"maxpool2d_backward",
         [&] { ops::maxpool2d_backward(pooledGrad, pooled.argmax, y.shape(), {}); }},
        {"avgpool2d_forward", [&] { ops::avgpool2d_forward(y, {}); }},
        {"activation_forward", [&] { ops::activation_forward(Activation::ReLU, y); }},
        {"matmul", [&] { ops::matmul(rows, weight, false, true); }},
        {"dense_forward", [&] { ops::dense_forward(rows, weight, Tensor()); }},
        {"dense_backward", [&] { ops::dense_backward(rowGrad, rows, weight, true); }},
        {"softmax_cross_entropy_forward",
         [&] { ops::softmax_cross_entropy_forward(rowGrad, labels, false); }},
        {"softmax_cross_entropy_backward",
         [&] { ops::softmax_cross_entropy_backward(rowGrad, labels); }},
        {"batchnorm_forward", [&] { ops::batchnorm_forward(y, bn, true); }},
        {"dropout_forward", [&] { ops::dropout_forward(y, 0.5f, 1, mask); }},
        {"filter2d", [&] { ops::filter2d(in.x, kernel, BorderMode::Reflect); }},
        {"argmax", [&] { ops::argmax(rowGrad); }},
        {"Tensor::to", [&] { host.to(gpu); }},
        {"Tensor::clone", [&] { y.clone(); }},
        {"Tensor::zeros", [&] { Tensor::zeros({16}, gpu); }},
    };
    const auto call = calls.find(op.toStdString());
    QVERIFY2(call != calls.end(), qPrintable(op));
    set_cuda_fault({CudaFault::Kind::Alloc, 1});
    const std::optional<DeviceError> error = deviceErrorOf(call->second);
    set_cuda_fault(CudaFault{});
    QVERIFY2(error.has_value(), qPrintable(op + QStringLiteral(": no DeviceError")));
    const QString message = QString::fromLatin1(error->what());
    QCOMPARE(QString::fromStdString(error->op()), op);
    QVERIFY2(message.startsWith(QStringLiteral("the GPU ran out of memory in ") + op +
                                QStringLiteral(": needed ")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral(" MiB free")), qPrintable(message));
}

void tst_CudaFaults::envRuleIsRead() {
    REQUIRE_GPU();
    const auto runChild = [](const QString& rule) {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(kChildVariable), QStringLiteral("1"));
        environment.insert(QStringLiteral("CONVSIGHT_CUDA_FAULT"), rule);
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        if (!child.waitForFinished(60000))
            return QStringLiteral("the child did not finish");
        return QString::fromLocal8Bit(child.readAllStandardOutput() + child.readAllStandardError());
    };
    const QString second = runChild(QStringLiteral("alloc:2"));
    QVERIFY2(second.contains(
                 QStringLiteral("tensor 2 failed in Tensor::from: the GPU ran out of memory")),
             qPrintable(second));
    const QString malformed = runChild(QStringLiteral("alloc:0"));
    QVERIFY2(malformed.contains(QStringLiteral("no fault is injected")), qPrintable(malformed));
    QVERIFY2(malformed.contains(QStringLiteral("no tensor failed")), qPrintable(malformed));
}

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsSet(kChildVariable))
        return childMakesTensors();
    QCoreApplication app(argc, argv);
    tst_CudaFaults suite;
    return QTest::qExec(&suite, argc, argv);
}

#include "tst_cuda_faults.moc"
