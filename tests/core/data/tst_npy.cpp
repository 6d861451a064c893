// Qt Test suite for .npy files: write/read round trips, files numpy itself wrote (and numpy reading
// ours) when /usr/bin/python3 has numpy, and bad files (truncated, wrong magic, big-endian, object
// arrays, Fortran order, a shape of 2^40) refused with the path and the problem.
#include "data/Npy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <optional>
#include <random>
#include <string>

using namespace convsight;

namespace {

// A .npy file: magic, version, header length, `dict` padded to a multiple of 64 with a newline,
// then `payload`.
QByteArray npyBytes(const QByteArray& dict, const QByteArray& payload, int major = 1) {
    const int lengthBytes = major == 1 ? 2 : 4;
    QByteArray header = dict;
    const int unpadded = 8 + lengthBytes + static_cast<int>(header.size()) + 1;
    header.append(QByteArray((64 - unpadded % 64) % 64, ' '));
    header.append('\n');
    QByteArray bytes("\x93NUMPY", 6);
    bytes.append(static_cast<char>(major));
    bytes.append('\0');
    for (int i = 0; i < lengthBytes; ++i)
        bytes.append(static_cast<char>((header.size() >> (8 * i)) & 0xff));
    return bytes + header + payload;
}

QByteArray floats(std::initializer_list<float> values) {
    QByteArray bytes;
    for (const float v : values)
        bytes.append(reinterpret_cast<const char*>(&v), sizeof v);
    return bytes;
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The message read_npy throws for `path`, or "" when it does not throw.
QString readError(const std::string& path) {
    try {
        data::read_npy(path);
    } catch (const std::runtime_error& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

// Runs /usr/bin/python3 with numpy; empty optional when either is missing.
std::optional<QString> runNumpy(const QString& script) {
    QProcess process;
    process.start(QStringLiteral("/usr/bin/python3"),
                  {QStringLiteral("-c"), QStringLiteral("import numpy as np\n") + script});
    if (!process.waitForFinished(30'000) || process.exitStatus() != QProcess::NormalExit)
        return std::nullopt;
    if (process.exitCode() != 0) {
        const QString error = QString::fromUtf8(process.readAllStandardError());
        if (error.contains(QStringLiteral("No module named")))
            return std::nullopt;
        return QStringLiteral("python failed: ") + error;
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

} // namespace

class TestNpy : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(dir_.isValid()); }

    void roundTrip_data() {
        QTest::addColumn<compute::Shape>("shape");
        QTest::newRow("vector") << compute::Shape{7};
        QTest::newRow("rows") << compute::Shape{3, 10};
        QTest::newRow("NCHW") << compute::Shape{2, 3, 5, 4};
        QTest::newRow("5-D") << compute::Shape{1, 2, 1, 3, 2};
    }
    void roundTrip() {
        QFETCH(compute::Shape, shape);
        std::mt19937 rng(7);
        std::normal_distribution<float> normal;
        compute::Tensor tensor(shape);
        for (std::int64_t i = 0; i < tensor.numel(); ++i)
            tensor.data()[i] = normal(rng);
        const std::string path = dir_.filePath(QStringLiteral("x.npy")).toStdString();
        data::write_npy(path, tensor);
        QVERIFY(!QFile::exists(dir_.filePath(QStringLiteral("x.npy.part"))));
        // Header padded to 64 bytes, then the values.
        QCOMPARE(static_cast<std::int64_t>(std::filesystem::file_size(path)) % 64,
                 tensor.numel() * 4 % 64);
        const compute::Tensor back = data::read_npy(path);
        QCOMPARE(back.shape(), shape);
        QCOMPARE(back.to_vector(), tensor.to_vector());
    }

    void readsFormatTwoAndFloat64() {
        const std::string v2 = dir_.filePath(QStringLiteral("v2.npy")).toStdString();
        QVERIFY(writeFile(QString::fromStdString(v2),
                          npyBytes("{'descr': '<f4', 'fortran_order': False, 'shape': (1, 2), }",
                                   floats({1.5f, -2.0f}), 2)));
        compute::Tensor t = data::read_npy(v2);
        QCOMPARE(t.shape(), (compute::Shape{1, 2}));
        QCOMPARE(t.to_vector(), (std::vector<float>{1.5f, -2.0f}));

        const double doubles[3] = {0.25, 1e10, -3.0};
        const std::string f8 = dir_.filePath(QStringLiteral("f8.npy")).toStdString();
        QVERIFY(writeFile(QString::fromStdString(f8),
                          npyBytes("{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }",
                                   QByteArray(reinterpret_cast<const char*>(doubles), 24))));
        t = data::read_npy(f8);
        QCOMPARE(t.shape(), (compute::Shape{3}));
        QCOMPARE(t.to_vector(), (std::vector<float>{0.25f, 1e10f, -3.0f}));
    }

    // numpy.save's files, of every kind read_npy takes, and numpy.load on ours.
    void numpyFiles() {
        const QString folder = dir_.path();
        const std::optional<QString> made = runNumpy(
            QStringLiteral("a = np.arange(24, dtype=np.float32).reshape(2, 3, 2, 2) / 8 - 1\n"
                           "np.save('%1/f4.npy', a)\n"
                           "np.save('%1/f8.npy', a.astype(np.float64) * 3)\n"
                           "with open('%1/v2.npy', 'wb') as f:\n"
                           "    np.lib.format.write_array(f, a[1], version=(2, 0))\n"
                           "np.save('%1/fortran.npy', np.asfortranarray(a))\n"
                           "np.save('%1/big.npy', a.astype('>f4'))\n"
                           "np.save('%1/int.npy', np.arange(4))\n"
                           "np.save('%1/object.npy', np.array([1, 'a'], dtype=object))\n"
                           "print('ok')")
                .arg(folder));
        if (!made)
            QSKIP("/usr/bin/python3 with numpy is not installed (python3-numpy)");
        QCOMPARE(*made, QStringLiteral("ok"));
        const auto file = [&](const char* name) {
            return QDir(folder).filePath(QString::fromLatin1(name)).toStdString();
        };
        std::vector<float> expected(24);
        for (int i = 0; i < 24; ++i)
            expected[static_cast<std::size_t>(i)] = static_cast<float>(i) / 8 - 1;

        compute::Tensor t = data::read_npy(file("f4.npy"));
        QCOMPARE(t.shape(), (compute::Shape{2, 3, 2, 2}));
        QCOMPARE(t.to_vector(), expected);
        t = data::read_npy(file("f8.npy"));
        QCOMPARE(t.shape(), (compute::Shape{2, 3, 2, 2}));
        for (int i = 0; i < 24; ++i)
            QCOMPARE(t.to_vector()[static_cast<std::size_t>(i)],
                     3 * expected[static_cast<std::size_t>(i)]);
        t = data::read_npy(file("v2.npy"));
        QCOMPARE(t.shape(), (compute::Shape{3, 2, 2}));
        QCOMPARE(t.to_vector(), std::vector<float>(expected.begin() + 12, expected.end()));

        QVERIFY(readError(file("fortran.npy")).contains(QStringLiteral("Fortran order")));
        QVERIFY(readError(file("big.npy")).contains(QStringLiteral("big-endian")));
        QVERIFY(readError(file("int.npy")).contains(QStringLiteral("is not supported")));
        QVERIFY(readError(file("object.npy")).contains(QStringLiteral("'|O'")));

        // numpy reads what we write, values and shape.
        data::write_npy(file("ours.npy"), compute::Tensor::from({2, 3}, {1, 2, 3, 4, 5, 6.5f}));
        const std::optional<QString> read =
            runNumpy(QStringLiteral("a = np.load('%1')\nprint(a.dtype, a.shape, a.sum())")
                         .arg(QString::fromStdString(file("ours.npy"))));
        QVERIFY(read);
        QCOMPARE(*read, QStringLiteral("float32 (2, 3) 21.5"));
    }

    void badFiles_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("problem");
        const QByteArray f4 = "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2), }";
        const QByteArray four = floats({1, 2, 3, 4});
        QTest::newRow("empty") << QByteArray() << "not a .npy file";
        QTest::newRow("wrong magic")
            << QByteArray("\x93NUMPX\x01\x00\x10\x00", 10) + f4 << "not a .npy file";
        QTest::newRow("random bytes")
            << QByteArray("PK\x03\x04 not numpy at all", 22) << "not a .npy file";
        QTest::newRow("version 9")
            << npyBytes(f4, four).replace(6, 1, "\x09") << "format version 9.0 is not supported";
        QTest::newRow("truncated values")
            << npyBytes(f4, four).chopped(3) << "needs 16 bytes of values, the file holds 13";
        QTest::newRow("extra bytes")
            << npyBytes(f4, four + floats({5})) << "needs 16 bytes of values, the file holds 20";
        QTest::newRow("truncated header") << npyBytes(f4, four).left(40) << "truncated";
        QTest::newRow("big-endian")
            << npyBytes("{'descr': '>f4', 'fortran_order': False, 'shape': (2, 2), }", four)
            << "big-endian";
        QTest::newRow("object") << npyBytes(
                                       "{'descr': '|O', 'fortran_order': False, 'shape': (2,), }",
                                       four)
                                << "'|O' is not supported";
        QTest::newRow("int64") << npyBytes(
                                      "{'descr': '<i8', 'fortran_order': False, 'shape': (2,), }",
                                      four)
                               << "'<i8' is not supported";
        QTest::newRow("structured")
            << npyBytes("{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (4,), }", four)
            << "structured array";
        QTest::newRow("fortran")
            << npyBytes("{'descr': '<f4', 'fortran_order': True, 'shape': (2, 2), }", four)
            << "Fortran order";
        QTest::newRow("huge shape")
            << npyBytes("{'descr': '<f4', 'fortran_order': False, 'shape': (1099511627776, "
                        "1099511627776), }",
                        four)
            << "needs more than the 16 bytes the file holds";
        // 2^28 + 1 values: beyond io::limits::max_tensor_elements, refused before the size check.
        QTest::newRow("beyond max_tensor_elements")
            << npyBytes("{'descr': '<f4', 'fortran_order': False, 'shape': (16385, 16384), }", four)
            << "the shape (16385, 16384) holds 268451840 values, more than the limit of 268435456 "
               "in one tensor";
        QTest::newRow("overflowing dimension")
            << npyBytes("{'descr': '<f4', 'fortran_order': False, 'shape': "
                        "(99999999999999999999999,), }",
                        four)
            << "too large";
        QTest::newRow("zero dimension")
            << npyBytes("{'descr': '<f4', 'fortran_order': False, 'shape': (0, 4), }", {})
            << "dimension of size 0";
        QTest::newRow("scalar") << npyBytes(
                                       "{'descr': '<f4', 'fortran_order': False, 'shape': (), }",
                                       floats({1}))
                                << "scalar";
        QTest::newRow("no shape") << npyBytes("{'descr': '<f4', 'fortran_order': False, }", four)
                                  << "no 'shape'";
        QTest::newRow("not a dict") << npyBytes("['descr', '<f4']", four) << "not a dictionary";
        QByteArray claimsHugeHeader("\x93NUMPY\x02\x00\xff\xff\xff\x7f", 12);
        QTest::newRow("huge header") << claimsHugeHeader + f4 << "more than a header needs";
    }
    void badFiles() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problem);
        const QString path = dir_.filePath(QStringLiteral("bad.npy"));
        QVERIFY(writeFile(path, bytes));
        const QString message = readError(path.toStdString());
        QVERIFY2(message.startsWith(path + QStringLiteral(": ")), qPrintable(message));
        QVERIFY2(message.contains(problem), qPrintable(message));
    }

    void missingFile() {
        const QString path = dir_.filePath(QStringLiteral("absent.npy"));
        QCOMPARE(readError(path.toStdString()), path + QStringLiteral(": cannot open the file"));
    }

    // A failed write leaves nothing at the path, and an earlier file as it was.
    void failedWriteLeavesNothing() {
        const QString missingFolder = dir_.filePath(QStringLiteral("no/such/folder/y.npy"));
        try {
            data::write_npy(missingFolder.toStdString(), compute::Tensor::from({1}, {1.0f}));
            QFAIL("write_npy into a missing folder did not throw");
        } catch (const std::runtime_error& e) {
            QVERIFY(QString::fromStdString(e.what()).startsWith(missingFolder + ": cannot write"));
        }
        QVERIFY(!QFile::exists(missingFolder));

        // A folder where the file should go: the rename fails, the folder and no .part remain.
        const QString folder = dir_.filePath(QStringLiteral("taken.npy"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/inside")));
        QVERIFY_THROWS_EXCEPTION(
            std::runtime_error,
            data::write_npy(folder.toStdString(), compute::Tensor::from({1}, {1.0f})));
        QVERIFY(QFileInfo(folder).isDir());
        QVERIFY(!QFile::exists(folder + QStringLiteral(".part")));

        QVERIFY_THROWS_EXCEPTION(
            std::runtime_error,
            data::write_npy(dir_.filePath(QStringLiteral("u.npy")).toStdString(),
                            compute::Tensor{}));
        QVERIFY(!QFile::exists(dir_.filePath(QStringLiteral("u.npy"))));
    }

private:
    QTemporaryDir dir_;
};

QTEST_GUILESS_MAIN(TestNpy)
#include "tst_npy.moc"
