// Qt Test suite: grouped and depthwise conv2d (forward, dx, dw, db) and average pooling with and
// without count_include_pad, on the CPU, against PyTorch (Debian's python3-torch, run once in
// float64 by /usr/bin/python3). Skips with the reason where PyTorch is absent.
#include "compute/ops.h"
#include "compute_test_util.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <array>
#include <cstdint>
#include <cstring>
#include <random>
#include <vector>

using namespace convsight::compute;
using namespace convsight::compute::testing;

namespace {

constexpr const char* kPython = "/usr/bin/python3";

// Reads the spec (one case a line), computes each case with torch in float64 and writes its
// outputs and gradients as little-endian float32. Exit code 2: no PyTorch.
constexpr const char* kOracle = R"PY(
import os, sys
try:
    import numpy as np
    import torch
    import torch.nn.functional as F
except ImportError as e:
    print("PyTorch is not installed for %s (%s)" % (sys.executable, e))
    sys.exit(2)
folder = sys.argv[1]
def path(name):
    return os.path.join(folder, name + ".bin")
def load(name, shape):
    values = np.fromfile(path(name), dtype="<f4").astype(np.float64).reshape(shape)
    return torch.from_numpy(values).requires_grad_()
def save(name, t):
    t.detach().numpy().astype("<f4").tofile(path(name))
for line in open(os.path.join(folder, "spec.txt")):
    f = line.split()
    kind, case, v = f[0], f[1], [int(s) for s in f[2:]]
    x = load(case + ".x", v[0:4])
    if kind == "conv":
        wshape, bias = v[4:8], v[8]
        sy, sx, pt, pb, pl, pr, dy, dx, groups = v[9:18]
        w = load(case + ".w", wshape)
        b = load(case + ".b", [wshape[0]]) if bias else None
        y = F.conv2d(F.pad(x, (pl, pr, pt, pb)), w, b, stride=(sy, sx), dilation=(dy, dx),
                     groups=groups)
    else:
        kh, kw, sy, sx, ph, pw, include = v[4:11]
        y = F.avg_pool2d(x, (kh, kw), (sy, sx), (ph, pw), count_include_pad=bool(include))
    y.backward(load(case + ".dy", list(y.shape)))
    save(case + ".y", y)
    save(case + ".dx", x.grad)
    if kind == "conv":
        save(case + ".dw", w.grad)
        if bias:
            save(case + ".db", b.grad)
)PY";

struct OracleCase {
    const char* name;
    bool pool; // average pooling, else conv2d
    Shape x, w;
    bool bias;
    ops::Conv2dParams conv;
    ops::Pool2dParams avg;
};

ops::Conv2dParams conv(int stride, std::array<int, 4> pad, int dilation, int groups) {
    ops::Conv2dParams p;
    p.stride_y = p.stride_x = stride;
    p.pad_top = pad[0], p.pad_bottom = pad[1], p.pad_left = pad[2], p.pad_right = pad[3];
    p.dilation_y = p.dilation_x = dilation;
    p.groups = groups;
    return p;
}

// PyTorch pads a pool the same on both sides of an axis.
ops::Pool2dParams avg(int kh, int kw, int sy, int sx, int ph, int pw, bool includePad) {
    ops::Pool2dParams p;
    p.window_y = kh, p.window_x = kw, p.stride_y = sy, p.stride_x = sx;
    p.pad_top = p.pad_bottom = ph, p.pad_left = p.pad_right = pw;
    p.count_include_pad = includePad;
    return p;
}

const std::vector<OracleCase>& oracleCases() {
    static const std::vector<OracleCase> cases = {
        {"conv groups 1, 6->6 1x1", false, {2, 6, 5, 5}, {6, 6, 1, 1}, true, conv(1, {}, 1, 1), {}},
        {"conv groups 2, 4->6 SAME",
         false,
         {2, 4, 7, 7},
         {6, 2, 3, 3},
         true,
         conv(1, {1, 1, 1, 1}, 1, 2),
         {}},
        {"conv depthwise 8->8",
         false,
         {2, 8, 9, 9},
         {8, 1, 3, 3},
         true,
         conv(1, {1, 1, 1, 1}, 1, 8),
         {}},
        {"conv depthwise x2 3->6 stride 2 dilation 2 pad 0/1/1/0",
         false,
         {1, 3, 11, 10},
         {6, 1, 3, 3},
         true,
         conv(2, {0, 1, 1, 0}, 2, 3),
         {}},
        {"conv groups 4, 16->8 stride 2 no bias",
         false,
         {2, 16, 8, 8},
         {8, 4, 3, 3},
         false,
         conv(2, {1, 1, 1, 1}, 1, 4),
         {}},
        {"avgpool 3x3/2 pad 1 count_include_pad",
         true,
         {2, 3, 7, 7},
         {},
         false,
         {},
         avg(3, 3, 2, 2, 1, 1, true)},
        {"avgpool 3x3/2 pad 1", true, {2, 3, 7, 7}, {}, false, {}, avg(3, 3, 2, 2, 1, 1, false)},
        {"avgpool 2x3/(1,2) pad 1 count_include_pad",
         true,
         {1, 2, 6, 5},
         {},
         false,
         {},
         avg(2, 3, 1, 2, 1, 1, true)},
        {"avgpool 3x3/1 pad 1 count_include_pad",
         true,
         {1, 1, 3, 3},
         {},
         false,
         {},
         avg(3, 3, 1, 1, 1, 1, true)},
    };
    return cases;
}

std::size_t count(const Shape& shape) {
    return static_cast<std::size_t>(shape_numel(shape));
}

// The seeded inputs of case `index`: x, w, b, and the output gradient dy.
struct Inputs {
    std::vector<float> x, w, b, dy;
};

Shape outputShape(const OracleCase& c) {
    if (c.pool) {
        const PoolDims d = ops::pool2d_dims(c.x, c.avg);
        return {d.N, d.C, d.OH, d.OW};
    }
    const ConvDims d = ops::conv2d_dims(c.x, c.w, c.conv);
    return {d.N, d.OC, d.OH, d.OW};
}

Inputs inputsOf(std::size_t index) {
    const OracleCase& c = oracleCases()[index];
    std::mt19937 rng(static_cast<std::uint32_t>(1000 + index));
    Inputs in;
    in.x = uniform(rng, count(c.x));
    if (!c.pool) {
        in.w = uniform(rng, count(c.w));
        if (c.bias)
            in.b = uniform(rng, static_cast<std::size_t>(c.w[0]));
    }
    in.dy = uniform(rng, count(outputShape(c)));
    return in;
}

QString shapeText(const Shape& s) {
    return QStringLiteral("%1 %2 %3 %4").arg(s[0]).arg(s[1]).arg(s[2]).arg(s[3]);
}

} // namespace

class tst_TorchOracle : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesPyTorch_data();
    void matchesPyTorch();

private:
    bool write(const QString& name, const std::vector<float>& values);
    std::vector<float> read(const QString& name);

    QTemporaryDir dir_;
};

bool tst_TorchOracle::write(const QString& name, const std::vector<float>& values) {
    QFile file(dir_.filePath(name + QStringLiteral(".bin")));
    const auto bytes = static_cast<qint64>(values.size() * sizeof(float));
    return file.open(QIODevice::WriteOnly) &&
           file.write(reinterpret_cast<const char*>(values.data()), bytes) == bytes;
}

std::vector<float> tst_TorchOracle::read(const QString& name) {
    QFile file(dir_.filePath(name + QStringLiteral(".bin")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    std::vector<float> values(static_cast<std::size_t>(bytes.size()) / sizeof(float));
    std::memcpy(values.data(), bytes.constData(), values.size() * sizeof(float));
    return values;
}

void tst_TorchOracle::initTestCase() {
    if (!QFile::exists(QLatin1String(kPython)))
        QSKIP("skipped: /usr/bin/python3 is not installed (PyTorch is the oracle here)");
    QVERIFY(dir_.isValid());
    QString spec;
    for (std::size_t i = 0; i < oracleCases().size(); ++i) {
        const OracleCase& c = oracleCases()[i];
        const Inputs in = inputsOf(i);
        const QString id = QString::number(i);
        QVERIFY(write(id + QStringLiteral(".x"), in.x));
        QVERIFY(write(id + QStringLiteral(".dy"), in.dy));
        if (c.pool) {
            const ops::Pool2dParams& p = c.avg;
            spec += QStringLiteral("avgpool %1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                        .arg(id, shapeText(c.x))
                        .arg(p.window_y)
                        .arg(p.window_x)
                        .arg(p.stride_y)
                        .arg(p.stride_x)
                        .arg(p.pad_top)
                        .arg(p.pad_left)
                        .arg(p.count_include_pad ? 1 : 0);
            continue;
        }
        QVERIFY(write(id + QStringLiteral(".w"), in.w));
        if (c.bias)
            QVERIFY(write(id + QStringLiteral(".b"), in.b));
        const ops::Conv2dParams& p = c.conv;
        spec += QStringLiteral("conv %1 %2 %3 %4 ")
                    .arg(id, shapeText(c.x), shapeText(c.w))
                    .arg(c.bias ? 1 : 0) +
                QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                    .arg(p.stride_y)
                    .arg(p.stride_x)
                    .arg(p.pad_top)
                    .arg(p.pad_bottom)
                    .arg(p.pad_left)
                    .arg(p.pad_right)
                    .arg(p.dilation_y)
                    .arg(p.dilation_x)
                    .arg(p.groups);
    }
    QFile specFile(dir_.filePath(QStringLiteral("spec.txt")));
    QVERIFY(specFile.open(QIODevice::WriteOnly));
    specFile.write(spec.toUtf8());
    specFile.close();

    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    python.start(QLatin1String(kPython),
                 {QStringLiteral("-c"), QLatin1String(kOracle), dir_.path()});
    QVERIFY2(python.waitForFinished(120'000), "PyTorch took more than two minutes");
    const QString output = QString::fromUtf8(python.readAll()).trimmed();
    if (python.exitCode() == 2)
        QSKIP(qPrintable(QStringLiteral("skipped: ") + output));
    QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
             qPrintable(output));
}

void tst_TorchOracle::matchesPyTorch_data() {
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < oracleCases().size(); ++i)
        QTest::newRow(oracleCases()[i].name) << static_cast<int>(i);
}

void tst_TorchOracle::matchesPyTorch() {
    QFETCH(int, index);
    const OracleCase& c = oracleCases()[static_cast<std::size_t>(index)];
    const Inputs in = inputsOf(static_cast<std::size_t>(index));
    const QString id = QString::number(index);
    const Shape yShape = outputShape(c);
    const Tensor x = Tensor::from(c.x, in.x), dy = Tensor::from(yShape, in.dy);

    // PyTorch's float64 results rounded to float; ours sum in float: NMSE ~1e-14 when right,
    // 1e-3 or more for a wrong group, channel or divisor.
    const auto check = [&](const char* what, const Tensor& got) {
        const std::vector<float> expected = read(id + QLatin1Char('.') + QLatin1String(what));
        QVERIFY2(expected.size() == count(got.shape()),
                 qPrintable(QStringLiteral("%1: %2 values from PyTorch, %3 here")
                                .arg(QLatin1String(what))
                                .arg(expected.size())
                                .arg(count(got.shape()))));
        const double error = nmse(got.to_vector(), expected);
        QVERIFY2(error <= 1e-10,
                 qPrintable(
                     QStringLiteral("%1: NMSE %2").arg(QLatin1String(what)).arg(error, 0, 'g', 3)));
    };
    if (c.pool) {
        check("y", ops::avgpool2d_forward(x, c.avg));
        check("dx", ops::avgpool2d_backward(dy, x, c.avg));
        return;
    }
    const Tensor w = Tensor::from(c.w, in.w);
    const Tensor b = c.bias ? Tensor::from({c.w[0]}, in.b) : Tensor();
    check("y", ops::conv2d_forward(x, w, b, c.conv));
    const ops::Conv2dGrads g = ops::conv2d_backward(dy, x, w, c.bias, c.conv);
    check("dx", g.dx);
    check("dw", g.dw);
    if (c.bias)
        check("db", g.db);
}

QTEST_GUILESS_MAIN(tst_TorchOracle)
#include "tst_torch_oracle.moc"
