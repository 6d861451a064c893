// Qt Test suite for kernel files (.kernel.json): reading every field, defaults, exact round trips
// through the text, atomic saving, CSV kernels, and errors that name the file, row and column.
#include "conv/KernelFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <string>
#include <vector>

using namespace convsight::conv;

namespace {

// What parse_kernel_json threw for `text`, or "" if it returned.
QString errorOf(const std::string& text) {
    try {
        parse_kernel_json(text, "k.kernel.json");
    } catch (const KernelFileError& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class tst_KernelFile : public QObject {
    Q_OBJECT

private slots:
    void parsesEveryField();
    void defaults();
    void roundTripIsExact();
    void weightsDivide();
    void from_preset();
    void errors_data();
    void errors();
    void saveAndLoad();
    void saveIntoMissingFolderWritesNothing();
    void saveNeverFollowsPlantedLinks();
    void loadsCsv();
    void loadRefusesFolderAndMissingFile();
    void floatRange_data();
    void floatRange();
    void csvSaysTheSame();
    void outputBeyondFloat();
};

void tst_KernelFile::parsesEveryField() {
    const FilterKernel k = parse_kernel_json(
        R"({"name": "Sobel x", "rows": [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], "divisor": 4,
            "offset": 128})",
        "sobel.kernel.json");
    QCOMPARE(k.name, std::string("Sobel x"));
    QCOMPARE(k.rows, (Matrix{{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}}));
    QCOMPARE(k.divisor, 4.0);
    QCOMPARE(k.offset, 128.0);
}

void tst_KernelFile::defaults() {
    const FilterKernel k = parse_kernel_json(R"({"rows": [[0.5, 0.25]]})", "k.json");
    QCOMPARE(k.name, std::string());
    QCOMPARE(k.rows, (Matrix{{0.5, 0.25}}));
    QCOMPARE(k.divisor, 1.0);
    QCOMPARE(k.offset, 0.0);
}

void tst_KernelFile::roundTripIsExact() {
    const FilterKernel k{"Thirds \"quoted\"", {{1.0 / 3, -2, 0.1}, {1e-30, 7, -0.0}}, 9, -12.5};
    const std::string text = format_kernel_json(k);
    // Integers are written as integers, one matrix row per line.
    QVERIFY(text.find("    [0.3333333333333333, -2, 0.1],\n") != std::string::npos);
    QVERIFY(text.find("\"divisor\": 9,") != std::string::npos);
    const FilterKernel back = parse_kernel_json(text, "k.json");
    QCOMPARE(back.name, k.name);
    QCOMPARE(back.rows, k.rows);
    QCOMPARE(back.divisor, k.divisor);
    QCOMPARE(back.offset, k.offset);
}

void tst_KernelFile::weightsDivide() {
    const FilterKernel k{"box", {{1, 2}, {3, 4}}, 4, 0};
    QCOMPARE(k.weights(), (Matrix{{0.25, 0.5}, {0.75, 1}}));
}

void tst_KernelFile::from_preset() {
    const FilterKernel k = kernel_from_preset(kernel_preset("box-blur"));
    QCOMPARE(k.name, std::string("Box blur"));
    QCOMPARE(k.rows, (Matrix{{1, 1, 1}, {1, 1, 1}, {1, 1, 1}}));
    QCOMPARE(k.divisor, 9.0);
    QCOMPARE(k.offset, 0.0);
}

void tst_KernelFile::errors_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message"); // a part of the message
    QTest::newRow("not JSON") << R"({"rows": [[1, 2]])"
                              << "not valid JSON";
    QTest::newRow("not an object") << "[[1, 2]]"
                                   << "holds one object";
    QTest::newRow("no rows") << R"({"name": "x"})"
                             << "no \"rows\"";
    QTest::newRow("empty rows") << R"({"rows": []})"
                                << "must be a list of rows";
    QTest::newRow("empty row") << R"({"rows": [[]]})"
                               << "row 1 must be a list of numbers";
    QTest::newRow("ragged") << R"({"rows": [[1, 2, 3], [4, 5]]})"
                            << "row 2 has 2 values but row 1 has 3";
    QTest::newRow("text value") << R"({"rows": [[1, 2], [3, "a"]]})"
                                << "row 2, column 2: \"a\" is not a number";
    QTest::newRow("null") << R"({"rows": [[null]]})"
                          << "row 1, column 1: null is not a number";
    QTest::newRow("too large") << R"({"rows": [[1, 1e999]]})"
                               << "too large";
    QTest::newRow("NaN") << R"({"rows": [[NaN]]})"
                         << "not valid JSON";
    QTest::newRow("divisor 0") << R"({"rows": [[1]], "divisor": 0})"
                               << "the divisor is 0";
    QTest::newRow("divisor text") << R"({"rows": [[1]], "divisor": "9"})"
                                  << "divisor: \"9\" is not a number";
    // Once read as 0 without a word.
    QTest::newRow("too small") << R"({"rows": [[1, 1e-400]]})"
                               << "row 1, column 2: '1e-400' underflows to 0 in a float";
    QTest::newRow("offset too large") << R"({"rows": [[1]], "offset": -1e400})"
                                      << "too large";
    // 60,000 levels in 120 KB: a stack overflow once, when the message dumped the value.
    QTest::newRow("60,000 levels")
        << QString(R"({"rows": [)") + QString(60000, '[') + QString(60000, ']') + "]}"
        << "k.kernel.json: JSON nesting depth: 65 is more than the limit of 64";
    QTest::newRow("deep value in a row")
        << QString(R"({"rows": [[1, )") + QString(60, '[') + QString(60, ']') + "]]}"
        << QString("row 1, column 2: ") + QString(60, '[') + "...";
    QTest::newRow("name not text") << R"({"rows": [[1]], "name": 3})"
                                   << "\"name\" must be text";
}

// What used to pass silently: values beyond a float (printed as inf or -nan once filtered), a
// divisor so small that the weights leave a float, and 1e-400 read as 0 (a CSV file called it "too
// large"). Each is refused with the cell named, in the same words as a CSV matrix's.
void tst_KernelFile::floatRange_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message"); // exactly what() says
    QTest::newRow("1e308, 1e308")
        << R"({"rows": [[1e308, 1e308]]})"
        << "k.kernel.json: row 1, column 1: '1e308' is beyond the range of a float (±3.4e+38)";
    QTest::newRow("1e308, -1e308")
        << R"({"rows": [[1, 2], [1e308, -1e308]]})"
        << "k.kernel.json: row 2, column 1: '1e308' is beyond the range of a float (±3.4e+38)";
    QTest::newRow("1e39 in row 2, column 3")
        << R"({"rows": [[1, 2, 3], [4, 5, -1e39]]})"
        << "k.kernel.json: row 2, column 3: '-1e39' is beyond the range of a float (±3.4e+38)";
    QTest::newRow("1e-400 underflows")
        << R"({"rows": [[1, 1e-400]]})"
        << "k.kernel.json: row 1, column 2: '1e-400' underflows to 0 in a float (the smallest it "
           "holds is 1.4e-45)";
    QTest::newRow("divisor 1e-308")
        << R"({"rows": [[1, 1]], "divisor": 1e-308})"
        << "k.kernel.json: divisor: '1e-308' underflows to 0 in a float (the smallest it holds is "
           "1.4e-45)";
    QTest::newRow("offset 1e39") << R"({"rows": [[1]], "offset": 1e39})"
                                 << "k.kernel.json: offset: '1e39' is beyond the range of a float "
                                    "(±3.4e+38)";
    QTest::newRow("weight beyond float")
        << R"({"name": "x", "rows": [[0, 1e10]], "divisor": 1e-30})"
        << "k.kernel.json: row 1, column 2: 1e+10 ÷ divisor 1e-30 = 1e+40 is beyond the "
           "range of a float (±3.4e+38)";
}

void tst_KernelFile::floatRange() {
    QFETCH(QString, text);
    QFETCH(QString, message);
    QCOMPARE(errorOf(text.toStdString()), message);
}

void tst_KernelFile::csvSaysTheSame() {
    // The same values in a CSV kernel: the same words after the cell.
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath("tiny.csv");
    writeFile(path, "1,1e-400\n");
    try {
        load_kernel_file(path.toStdString());
        QFAIL("1e-400 in a CSV kernel was accepted");
    } catch (const KernelFileError& e) {
        QCOMPARE(QString::fromUtf8(e.what()),
                 path + ": line 1, column 2: '1e-400' underflows to 0 in a float (the smallest it "
                        "holds is 1.4e-45)");
    }
}

void tst_KernelFile::outputBeyondFloat() {
    // 2e38 + 2e38 on an input of 1: beyond a float, though each weight is one.
    const std::vector<double> weights{2e38, 2e38};
    try {
        check_filter_output_fits_float(weights, 0, 1, "big");
        QFAIL("an output beyond a float was accepted");
    } catch (const KernelFileError& e) {
        QCOMPARE(QString::fromUtf8(e.what()),
                 QStringLiteral("the kernel 'big': its output can reach 4e+38 on inputs up to 1 "
                                "(Σ |value ÷ divisor| = 4e+38), beyond the range of a float "
                                "(±3.4e+38): use smaller values or a larger divisor"));
    }
    // 1e36 on pixels up to 255, with an offset: 2.55e+38 + 1e+38.
    try {
        check_filter_output_fits_float(std::vector<double>{1e36}, -1e38, 255, "");
        QFAIL("an output beyond a float was accepted");
    } catch (const KernelFileError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).startsWith(
                     "the kernel: its output can reach 3.55e+38 on inputs up to 255 (Σ |value ÷ "
                     "divisor| = 1e+36, offset -1e+38)"),
                 e.what());
    }
    // Weights beyond a float are refused even on an input of 0s (they would be inf).
    QVERIFY_THROWS_EXCEPTION(KernelFileError,
                             check_filter_output_fits_float(std::vector<double>{1e39}, 0, 0, ""));
    // Large but within: nothing thrown.
    check_filter_output_fits_float(std::vector<double>{1e30, -1e30}, 128, 255, "ok");
}

void tst_KernelFile::errors() {
    QFETCH(QString, text);
    QFETCH(QString, message);
    const QString error = errorOf(text.toStdString());
    // "k.kernel.json: ..." or, where the JSON itself is broken, "k.kernel.json:1:18: ...".
    QVERIFY2(error.startsWith(QStringLiteral("k.kernel.json:")), qPrintable(error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void tst_KernelFile::saveAndLoad() {
    QTemporaryDir dir;
    const std::string path = QDir(dir.path()).filePath("edge.kernel.json").toStdString();
    const FilterKernel k{"Edge", {{-1, -1, -1}, {-1, 8, -1}, {-1, -1, -1}}, 1, 128};
    save_kernel_file(path, k);
    QVERIFY(!QFile::exists(QString::fromStdString(path + ".part")));
    const FilterKernel back = load_kernel_file(path);
    QCOMPARE(back.name, k.name);
    QCOMPARE(back.rows, k.rows);
    QCOMPARE(back.offset, 128.0);
    // Saving again replaces the file whole.
    save_kernel_file(path, FilterKernel{"One", {{1}}, 1, 0});
    QCOMPARE(load_kernel_file(path).rows, (Matrix{{1}}));
}

void tst_KernelFile::saveIntoMissingFolderWritesNothing() {
    QTemporaryDir dir;
    const QString folder = QDir(dir.path()).filePath("missing");
    const std::string path = QDir(folder).filePath("k.kernel.json").toStdString();
    try {
        save_kernel_file(path, FilterKernel{"k", {{1}}, 1, 0});
        QFAIL("saving into a missing folder succeeded");
    } catch (const KernelFileError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains("does not exist"), e.what());
    }
    QVERIFY(!QFile::exists(folder));
}

// '<out>.part' planted as a symlink to another file: the save neither writes through it nor
// removes it; a folder as the target is refused by name.
void tst_KernelFile::saveNeverFollowsPlantedLinks() {
    QTemporaryDir dir;
    const QString victim = QDir(dir.path()).filePath("victim.txt");
    QFile file(victim);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("precious");
    file.close();
    const QString path = QDir(dir.path()).filePath("k.kernel.json");
    QVERIFY(QFile::link(victim, path + ".part"));
    save_kernel_file(path.toStdString(), FilterKernel{"k", {{1, 2}}, 1, 0});
    QCOMPARE(load_kernel_file(path.toStdString()).rows, (Matrix{{1, 2}}));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("precious"));
    QVERIFY(QFileInfo(path + ".part").isSymLink());

    const QString folder = QDir(dir.path()).filePath("d.kernel.json");
    QVERIFY(QDir().mkpath(folder));
    try {
        save_kernel_file(folder.toStdString(), FilterKernel{"k", {{1}}, 1, 0});
        QFAIL("a folder was accepted as the kernel file");
    } catch (const KernelFileError& e) {
        QCOMPARE(QString::fromUtf8(e.what()),
                 QStringLiteral("cannot write '%1': it is a folder; give the name of a file")
                     .arg(folder));
    }
}

void tst_KernelFile::loadsCsv() {
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath("ridge.csv");
    writeFile(path, "0,-1,0\n-1,4,-1\n0,-1,0\n");
    const FilterKernel k = load_kernel_file(path.toStdString());
    QCOMPARE(k.name, std::string("ridge"));
    QCOMPARE(k.rows, (Matrix{{0, -1, 0}, {-1, 4, -1}, {0, -1, 0}}));
    QCOMPARE(k.divisor, 1.0);

    const QString bad = QDir(dir.path()).filePath("bad.csv");
    writeFile(bad, "1,2\n3,nan\n");
    try {
        load_kernel_file(bad.toStdString());
        QFAIL("a NaN in a CSV kernel was accepted");
    } catch (const KernelFileError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains("line 2, column 2"), e.what());
    }
}

void tst_KernelFile::loadRefusesFolderAndMissingFile() {
    QTemporaryDir dir;
    try {
        load_kernel_file(dir.path().toStdString());
        QFAIL("a folder was read as a kernel");
    } catch (const KernelFileError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains("it is a folder"), e.what());
    }
    try {
        load_kernel_file(QDir(dir.path()).filePath("none.kernel.json").toStdString());
        QFAIL("a missing file was read as a kernel");
    } catch (const KernelFileError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains("no such file"), e.what());
    }
}

QTEST_GUILESS_MAIN(tst_KernelFile)
#include "tst_kernelfile.moc"
