// The explanations against PyTorch: a network built in PyTorch (convolutions, BatchNorm with
// running statistics of its own, ReLU, max pooling, a linear layer), exported through ONNX and
// imported here; its saliency against autograd's input gradient, and its Grad-CAM against the
// same computation on autograd's gradient of the last convolution's maps, upsampled by
// torch.nn.functional.interpolate (bilinear, align_corners=False). Skipped, with the reason,
// where /usr/bin/python3 cannot import torch and onnx.
#include "data/Npy.h"
#include "nn/Explain.h"
#include "onnx/OnnxImport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace convsight;
using compute::Tensor;

namespace {

constexpr const char* kScript = R"(
import sys, torch, torch.nn as nn, torch.nn.functional as F, numpy as np
out = sys.argv[1]
torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv2d(3, 6, 3, padding=1), nn.ReLU(), nn.BatchNorm2d(6), nn.MaxPool2d(2),
    nn.Conv2d(6, 8, 3, padding=1), nn.ReLU(), nn.Flatten(), nn.Linear(8 * 6 * 6, 5))
with torch.no_grad():
    bn = model[2]
    bn.running_mean.uniform_(-1, 1); bn.running_var.uniform_(0.5, 2)
    bn.weight.uniform_(0.5, 1.5); bn.bias.uniform_(-0.5, 0.5)
model.eval()
x = torch.rand(1, 3, 12, 12)
torch.onnx.export(model, x, out + '/net.onnx', opset_version=13, input_names=['x'],
                  output_names=['y'])
np.save(out + '/x.npy', x[0].numpy())
cls = 2
# Saliency: max over channels of |d score / d x|.
xg = x.clone().requires_grad_(True)
model(xg)[0, cls].backward()
np.save(out + '/saliency.npy', xg.grad[0].abs().amax(dim=0).numpy())
# Grad-CAM on the second convolution's output (its maps before the ReLU).
maps = {}
def keep(module, inputs, output):
    output.retain_grad()
    maps['a'] = output
model[4].register_forward_hook(keep)
model(x)[0, cls].backward()
a = maps['a'][0].detach()
alpha = maps['a'].grad[0].mean(dim=(1, 2))
cam = F.relu((alpha[:, None, None] * a).sum(0))
up = F.interpolate(cam[None, None], size=(12, 12), mode='bilinear', align_corners=False)
np.save(out + '/gradcam.npy', up[0, 0].detach().numpy())
)";

double worstDifference(const Tensor& got, const Tensor& expected) {
    const std::vector<float> a = got.to_vector(), b = expected.to_vector();
    if (a.size() != b.size())
        return INFINITY;
    double worst = 0, scale = 0;
    for (std::size_t i = 0; i < b.size(); ++i)
        scale = std::max(scale, std::abs(double{b[i]}));
    for (std::size_t i = 0; i < a.size(); ++i)
        worst = std::max(worst, std::abs(double{a[i]} - double{b[i]}) / std::max(scale, 1e-6));
    return worst;
}

} // namespace

class tst_ExplainTorch : public QObject {
    Q_OBJECT
private slots:
    void matchesAutograd();
};

void tst_ExplainTorch::matchesAutograd() {
    if (!QFile::exists(QStringLiteral("/usr/bin/python3")))
        QSKIP("skipped: /usr/bin/python3 is absent");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QString::fromLatin1(kScript), dir.path()});
    QVERIFY(python.waitForFinished(120'000));
    const QString errors = QString::fromUtf8(python.readAllStandardError());
    if (python.exitCode() != 0 && errors.contains(QLatin1String("ModuleNotFoundError")))
        QSKIP(qPrintable("skipped: python3-torch or python3-onnx is not installed: " +
                         errors.trimmed().split(QLatin1Char('\n')).last()));
    QVERIFY2(python.exitCode() == 0, qPrintable(errors));

    const auto file = [&](const char* name) {
        return dir.filePath(QLatin1String(name)).toStdString();
    };
    nn::Sequential model = onnx::import_onnx(file("net.onnx")).model;
    const Tensor x = data::read_npy(file("x.npy"));
    QCOMPARE(x.shape(), (compute::Shape{3, 12, 12}));

    const double saliency =
        worstDifference(nn::saliency(model, x, 2), data::read_npy(file("saliency.npy")));
    QVERIFY2(saliency < 1e-5,
             qPrintable(QStringLiteral("saliency: %1 of the largest").arg(saliency)));

    const int layer = nn::last_convolution(model);
    QVERIFY(layer >= 0);
    QCOMPARE(model.layer(layer).kind(), std::string("Conv2d"));
    const double cam =
        worstDifference(nn::grad_cam(model, x, 2, layer).map, data::read_npy(file("gradcam.npy")));
    QVERIFY2(cam < 1e-5, qPrintable(QStringLiteral("Grad-CAM: %1 of the largest").arg(cam)));
}

QTEST_GUILESS_MAIN(tst_ExplainTorch)
#include "tst_explaintorch.moc"
