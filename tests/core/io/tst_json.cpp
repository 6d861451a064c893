// io::parse_json and io::json_excerpt: the depth cap, numbers beyond double, every failure an
// std::invalid_argument naming the source, and excerpts that stay short and never recurse.
#include "io/Json.h"
#include "io/Limits.h"

#include <QTest>
#include <chrono>
#include <stdexcept>
#include <string>

using convsight::io::json_excerpt;
using convsight::io::parse_json;
using nlohmann::json;
namespace limits = convsight::io::limits;

class tst_Json : public QObject {
    Q_OBJECT

private slots:
    void parsesDocuments();
    void refuses_data();
    void refuses();
    void refusesDeepNestingQuickly();
    void acceptsNestingUpToTheLimit();
    void excerptIsDumpForSmallValues();
    void excerptIsShortForLargeValues();
    void excerptOfDeepValueDoesNotRecurse();
};

namespace {

std::string nested(int levels, char open = '[', char close = ']') {
    return std::string(static_cast<std::size_t>(levels), open) +
           std::string(static_cast<std::size_t>(levels), close);
}

QString message_of(const std::string& text, const std::string& source) {
    try {
        parse_json(text, source);
    } catch (const std::invalid_argument& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

} // namespace

void tst_Json::parsesDocuments() {
    const json value = parse_json(R"({"input": [1, 28, 28], "rate": 0.5, "name": "x"})", "a.json");
    QCOMPARE(value.at("input").size(), std::size_t{3});
    QCOMPARE(value.at("rate").get<double>(), 0.5);
    QCOMPARE(value.at("name").get<std::string>(), std::string("x"));
    QCOMPARE(parse_json("1e308", "n").get<double>(), 1e308);
}

void tst_Json::refuses_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected"); // the whole message
    QTest::newRow("cut short") << QByteArray("{\n  \"a\": [1,\n")
                               << QStringLiteral("net.json:3:1: not valid JSON: syntax error while "
                                                 "parsing value - unexpected end of input; "
                                                 "expected '[', '{', or a literal");
    QTest::newRow("1e999") << QByteArray(R"({"rows": [[1, 1e999]]})")
                           << QStringLiteral("net.json: the number 1e999 is too large (beyond the "
                                             "range of a double)");
    QTest::newRow("-1e400") << QByteArray("-1e400")
                            << QStringLiteral("net.json: the number -1e400 is too large (beyond "
                                              "the range of a double)");
    QTest::newRow("65 levels") << QByteArray::fromStdString(nested(65))
                               << QStringLiteral(
                                      "net.json: JSON nesting depth: 65 is more than the "
                                      "limit of 64");
    QTest::newRow("65 objects") << QByteArray::fromStdString(std::string(64, '[') + "{}" +
                                                             std::string(64, ']'))
                                << QStringLiteral("net.json: JSON nesting depth: 65 is more than "
                                                  "the limit of 64");
    QTest::newRow("NaN") << QByteArray("[NaN]")
                         << QStringLiteral("net.json:1:2: not valid JSON: syntax error while "
                                           "parsing value - invalid literal; last read: '[N'");
}

void tst_Json::refuses() {
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    QCOMPARE(message_of(text.toStdString(), "net.json"), expected);
}

void tst_Json::refusesDeepNestingQuickly() {
    // The hostile kernel files, architectures and model headers: 60,000 levels in 120 KB.
    for (const auto& [open, close] : {std::pair{'[', ']'}, std::pair{'{', '}'}}) {
        std::string text = nested(60000, '[', ']');
        if (open == '{') {
            text.clear();
            for (int i = 0; i < 60000; ++i)
                text += "{\"a\":";
            text += "1" + std::string(60000, close);
        }
        const auto start = std::chrono::steady_clock::now();
        const QString message = message_of(text, "deep.json");
        QVERIFY(std::chrono::steady_clock::now() - start < std::chrono::seconds(1));
        QCOMPARE(message, QStringLiteral("deep.json: JSON nesting depth: 65 is more than the "
                                         "limit of 64"));
    }
}

void tst_Json::acceptsNestingUpToTheLimit() {
    json value = parse_json(nested(limits::max_json_depth), "x");
    int depth = 0;
    for (const json* v = &value; v->is_array(); v = v->empty() ? nullptr : &v->front()) {
        ++depth;
        if (v->empty())
            break;
    }
    QCOMPARE(depth, limits::max_json_depth);
}

void tst_Json::excerptIsDumpForSmallValues() {
    for (const char* text : {R"({"type":"dense","units":3})", "[1,268435456,1]", "null", "true",
                             "1e+39", R"("relu")", "[]", "{}", R"({"a":[[1],{"b":2}]})"}) {
        const json value = json::parse(text);
        QCOMPARE(QString::fromStdString(json_excerpt(value)), QString::fromStdString(value.dump()));
    }
}

void tst_Json::excerptIsShortForLargeValues() {
    json big = json::array();
    for (int i = 0; i < 10000; ++i)
        big.push_back(i);
    const std::string excerpt = json_excerpt(big);
    QVERIFY2(excerpt.size() <= 64, excerpt.c_str());
    QVERIFY(excerpt.rfind("[0,1,2,3,", 0) == 0);
    QVERIFY(excerpt.ends_with("..."));

    const std::string long_text = json_excerpt(json(std::string(1000, 'x')));
    QVERIFY2(long_text.size() <= 64, long_text.c_str());
    QVERIFY(long_text.ends_with("...\""));
}

void tst_Json::excerptOfDeepValueDoesNotRecurse() {
    // Built without the parser (which refuses it): what dump() would overflow the stack on. The
    // value is taken apart level by level, so its own destructor does not recurse either.
    json deep = json::array();
    for (int i = 0; i < 100000; ++i)
        deep = json::array({std::move(deep)});
    const std::string excerpt = json_excerpt(deep);
    QVERIFY2(excerpt.size() <= 64, excerpt.c_str());
    QVERIFY(excerpt.rfind("[[[[", 0) == 0);
    while (deep.is_array() && !deep.empty()) {
        json inner = std::move(deep.front());
        deep = std::move(inner);
    }
}

QTEST_GUILESS_MAIN(tst_Json)
#include "tst_json.moc"
