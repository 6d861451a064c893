// Qt Test suite for conv::MatrixCsv: what CSV text reads as which matrix, the error that names the
// file, line and column for each kind of bad input, and numbers printed in shortest exact form.
#include "conv/MatrixCsv.h"

#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <fstream>
#include <sstream>

using namespace convsight::conv;

namespace {

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

// The message parse_matrix_csv throws for `text`, or "no error".
QString parseError(const std::string& text, const std::string& source = "A.csv") {
    try {
        parse_matrix_csv(text, source);
    } catch (const MatrixCsvError& e) {
        return q(e.what());
    }
    return QStringLiteral("no error");
}

} // namespace

class tst_MatrixCsv : public QObject {
    Q_OBJECT

private slots:
    void parsesLectureMatrix();
    void acceptedForms_data();
    void acceptedForms();
    void errors_data();
    void errors();
    void loadsFile();
    void missingFile();
    void readsStream();
    void formatsMatrix();
    void roundTrips();
    void floatRangeEdges();
};

void tst_MatrixCsv::parsesLectureMatrix() {
    const Matrix m = parse_matrix_csv("2,0,1,3\n7,1,1,0\n0,2,5,0\n0,5,1,4\n", "A.csv");
    QCOMPARE(m, (Matrix{{2, 0, 1, 3}, {7, 1, 1, 0}, {0, 2, 5, 0}, {0, 5, 1, 4}}));
}

void tst_MatrixCsv::acceptedForms_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("cols");
    QTest::addColumn<double>("first"); // at(0, 0)
    QTest::addColumn<double>("last");  // at(rows − 1, cols − 1)

    QTest::newRow("spaces") << QStringLiteral(" 1 , 2\t,3 \n4,5 , 6") << 2 << 3 << 1.0 << 6.0;
    QTest::newRow("blank trailing lines")
        << QStringLiteral("1,2\n3,4\n\n\n") << 2 << 2 << 1.0 << 4.0;
    QTest::newRow("comment lines")
        << QStringLiteral("# the lecture's kernel\n1,1\n  # middle\n-1,-1\n") << 2 << 2 << 1.0
        << -1.0;
    QTest::newRow("CRLF") << QStringLiteral("1,2\r\n3,4\r\n") << 2 << 2 << 1.0 << 4.0;
    QTest::newRow("byte-order mark") << QStringLiteral("\uFEFF7,8\n") << 1 << 2 << 7.0 << 8.0;
    QTest::newRow("decimals and exponents")
        << QStringLiteral("0.5,-2.25e1\n1e-3,.25") << 2 << 2 << 0.5 << 0.25;
    QTest::newRow("plus sign") << QStringLiteral("+3") << 1 << 1 << 3.0 << 3.0;
    QTest::newRow("unicode minus")
        << QStringLiteral("\u22121,2\n3,\u22124") << 2 << 2 << -1.0 << -4.0;
    QTest::newRow("single value") << QStringLiteral("42") << 1 << 1 << 42.0 << 42.0;
}

void tst_MatrixCsv::acceptedForms() {
    QFETCH(QString, text);
    QFETCH(int, rows);
    QFETCH(int, cols);
    QFETCH(double, first);
    QFETCH(double, last);

    const Matrix m = parse_matrix_csv(text.toStdString(), "A.csv");
    QCOMPARE(m.size(), static_cast<std::size_t>(rows));
    for (const std::vector<double>& row : m)
        QCOMPARE(row.size(), static_cast<std::size_t>(cols));
    QCOMPARE(m.front().front(), first);
    QCOMPARE(m.back().back(), last);
}

void tst_MatrixCsv::errors_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message"); // exactly what() says

    QTest::newRow("ragged") << QStringLiteral("1,2,3\n4,5,6\n7,8\n")
                            << QStringLiteral("A.csv: line 3 has 2 values, line 1 has 3: every "
                                              "row needs the same number of values");
    QTest::newRow("ragged after comment")
        << QStringLiteral("# header\n1,2\n3\n")
        << QStringLiteral("A.csv: line 3 has 1 value, line 2 has 2: every row needs the same "
                          "number of values");
    QTest::newRow("word") << QStringLiteral("1,2,3\n4,5,abc\n")
                          << QStringLiteral("A.csv: line 2, column 3: 'abc' is not a number");
    QTest::newRow("trailing junk") << QStringLiteral("1,2x\n")
                                   << QStringLiteral("A.csv: line 1, column 2: '2x' is not a "
                                                     "number");
    QTest::newRow("semicolons") << QStringLiteral("1;2\n")
                                << QStringLiteral("A.csv: line 1, column 1: '1;2' is not a "
                                                  "number");
    QTest::newRow("empty cell") << QStringLiteral("1,,2\n")
                                << QStringLiteral("A.csv: line 1, column 2: empty, where a number "
                                                  "was expected");
    QTest::newRow("trailing comma") << QStringLiteral("1,2,\n")
                                    << QStringLiteral("A.csv: line 1, column 3: empty, where a "
                                                      "number was expected");
    QTest::newRow("nan") << QStringLiteral("1,nan\n")
                         << QStringLiteral("A.csv: line 1, column 2: 'nan' is not a finite number "
                                           "(NaN and infinity cannot be convolved)");
    QTest::newRow("NaN") << QStringLiteral("NaN\n")
                         << QStringLiteral("A.csv: line 1, column 1: 'NaN' is not a finite number "
                                           "(NaN and infinity cannot be convolved)");
    QTest::newRow("-inf") << QStringLiteral("1\n-inf\n")
                          << QStringLiteral("A.csv: line 2, column 1: '-inf' is not a finite "
                                            "number (NaN and infinity cannot be convolved)");
    // Beyond a float, or so small that a float holds 0: refused with the cell named, in the same
    // words as a kernel file's (1e-400 used to be called "too large").
    QTest::newRow("overflow") << QStringLiteral("1e400")
                              << QStringLiteral("A.csv: line 1, column 1: '1e400' is beyond the "
                                                "range of a float (±3.4e+38)");
    QTest::newRow("beyond float") << QStringLiteral("1,2,3\n4,5,1e39\n")
                                  << QStringLiteral("A.csv: line 2, column 3: '1e39' is beyond the "
                                                    "range of a float (±3.4e+38)");
    QTest::newRow("beyond float, negative, slide minus")
        << QStringLiteral("1\n\u2212"
                          "3.5e38\n")
        << QStringLiteral("A.csv: line 2, column 1: '\u2212"
                          "3.5e38' is beyond the range of a "
                          "float (±3.4e+38)");
    QTest::newRow("underflow beyond double") << QStringLiteral("1,1e-400\n")
                                             << QStringLiteral("A.csv: line 1, column 2: '1e-400' "
                                                               "underflows to 0 in a float (the "
                                                               "smallest it holds is 1.4e-45)");
    QTest::newRow("underflow, long zeros")
        << QStringLiteral("0.") + QString(400, '0') + QStringLiteral("1")
        << QStringLiteral("A.csv: line 1, column 1: '0.") + QString(400, '0') +
               QStringLiteral("1' underflows to 0 in a float (the smallest it holds is 1.4e-45)");
    QTest::newRow("underflow within double") << QStringLiteral("-1e-50\n")
                                             << QStringLiteral("A.csv: line 1, column 1: '-1e-50' "
                                                               "underflows to 0 in a float (the "
                                                               "smallest it holds is 1.4e-45)");
    QTest::newRow("overflow, huge exponent")
        << QStringLiteral("1e99999999999999999999999")
        << QStringLiteral("A.csv: line 1, column 1: '1e99999999999999999999999' is beyond the "
                          "range of a float (±3.4e+38)");
    QTest::newRow("columns beyond max_extent")
        << QString(",0").repeated(1048577).mid(1)
        << QStringLiteral("A.csv: line 1: columns: 1048577 is more than the limit of 1048576");
    QTest::newRow("double sign") << QStringLiteral("+-1")
                                 << QStringLiteral("A.csv: line 1, column 1: '+-1' is not a "
                                                   "number");
    QTest::newRow("empty") << QString()
                           << QStringLiteral("A.csv: no numbers in it; a matrix needs at least "
                                             "one row");
    QTest::newRow("only comments and blanks")
        << QStringLiteral("# nothing\n\n   \n")
        << QStringLiteral("A.csv: no numbers in it; a matrix needs at least one row");
}

void tst_MatrixCsv::errors() {
    QFETCH(QString, text);
    QFETCH(QString, message);
    QCOMPARE(parseError(text.toStdString()), message);
}

void tst_MatrixCsv::loadsFile() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath(QStringLiteral("k.csv")).toStdString();
    std::ofstream(path) << "1,2\n3,4\n";
    QCOMPARE(load_matrix_csv(path), (Matrix{{1, 2}, {3, 4}}));

    // Errors in a file name that file.
    std::ofstream(path) << "1,2\nx,4\n";
    try {
        load_matrix_csv(path);
        QFAIL("a bad file was accepted");
    } catch (const MatrixCsvError& e) {
        QCOMPARE(q(e.what()), q(path + ": line 2, column 1: 'x' is not a number"));
    }
}

void tst_MatrixCsv::missingFile() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string missing = dir.filePath(QStringLiteral("nope.csv")).toStdString();
    try {
        load_matrix_csv(missing);
        QFAIL("a missing file was accepted");
    } catch (const MatrixCsvError& e) {
        QCOMPARE(q(e.what()), q(missing + ": no such file"));
    }
    try {
        load_matrix_csv(dir.path().toStdString());
        QFAIL("a folder was accepted");
    } catch (const MatrixCsvError& e) {
        QCOMPARE(q(e.what()), q(dir.path().toStdString() + ": is a folder, not a CSV file"));
    }
}

void tst_MatrixCsv::readsStream() {
    std::istringstream in("5, 6\n");
    QCOMPARE(read_matrix_csv(in, "stdin"), (Matrix{{5, 6}}));
    std::istringstream bad("5\n6,7\n");
    try {
        read_matrix_csv(bad, "stdin");
        QFAIL("a ragged matrix was accepted");
    } catch (const MatrixCsvError& e) {
        QVERIFY2(q(e.what()).startsWith(QStringLiteral("stdin: line 2 has 2 values")), e.what());
    }
}

void tst_MatrixCsv::formatsMatrix() {
    // CSV wants the ASCII minus; integers have no decimal point, other values their shortest form.
    QCOMPARE(q(format_matrix_csv(Matrix{{-4, -3}, {3, -8}})), QStringLiteral("-4,-3\n3,-8\n"));
    QCOMPARE(q(format_matrix_csv(Matrix{{0.25, 1, -0.0}, {19.0 / 9.0, 0.1 + 0.2, 1e-9}})),
             QStringLiteral("0.25,1,0\n2.111111111111111,0.30000000000000004,1e-09\n"));
}

void tst_MatrixCsv::roundTrips() {
    // What format_matrix_csv writes, parse_matrix_csv reads back bit for bit.
    const Matrix m{{1.0 / 3.0, -2.5e-30, 1e30}, {std::nextafter(1.0, 2.0), -7, 0.1}};
    QCOMPARE(parse_matrix_csv(format_matrix_csv(m), "m.csv"), m);
}

void tst_MatrixCsv::floatRangeEdges() {
    // The largest float and the smallest subnormal float are held; 0 written any way is 0.
    QCOMPARE(parse_matrix_csv("3.4028234e38,1.4e-45,0e-500,-0.0000\n", "m.csv"),
             (Matrix{{3.4028234e38, 1.4e-45, 0, 0}}));
    QCOMPARE(q(float_range_problem(0.0, "0.000").value_or("fits")), QStringLiteral("fits"));
    QCOMPARE(q(float_range_problem(0, "1e-400").value_or("fits")),
             QStringLiteral(" underflows to 0 in a float (the smallest it holds is 1.4e-45)"));
    QCOMPARE(q(float_range_problem(-1e39, "-1e39").value_or("fits")),
             QStringLiteral(" is beyond the range of a float (±3.4e+38)"));
}

QTEST_GUILESS_MAIN(tst_MatrixCsv)
#include "tst_matrixcsv.moc"
