// core's messages in the UI's language: each catalogued pattern becomes an anchored regular
// expression; the most specific (the most fixed text) that matches gives the translation.
#include "common/CoreMessages.h"

#include "io/Messages.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <vector>

namespace convsight::widgets {

namespace {

struct Pattern {
    const char* source;        // the English pattern, also the translation's key
    QRegularExpression regex;  // the pattern with a lazy group for each %N
    std::vector<int> numbers;  // the N of each group, in the order they appear
    qsizetype fixedCharacters; // how specific the pattern is
};

const QRegularExpression& placeholder() {
    static const QRegularExpression expression(QStringLiteral("%([1-9])"));
    return expression;
}

Pattern compile(const char* source) {
    const QString text = QString::fromUtf8(source);
    Pattern pattern{source, {}, {}, 0};
    QString expression = QStringLiteral("^");
    qsizetype from = 0;
    for (auto it = placeholder().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString fixed = text.mid(from, match.capturedStart() - from);
        expression += QRegularExpression::escape(fixed) + QStringLiteral("(.+?)");
        pattern.fixedCharacters += fixed.size();
        pattern.numbers.push_back(match.captured(1).toInt());
        from = match.capturedEnd();
    }
    expression += QRegularExpression::escape(text.mid(from)) + QStringLiteral("$");
    pattern.fixedCharacters += text.size() - from;
    pattern.regex.setPattern(expression);
    pattern.regex.setPatternOptions(QRegularExpression::DotMatchesEverythingOption);
    return pattern;
}

const std::vector<Pattern>& patterns() {
    static const std::vector<Pattern> all = [] {
        std::vector<Pattern> compiled;
        for (const char* source : io::kMessagePatterns)
            compiled.push_back(compile(source));
        std::stable_sort(compiled.begin(), compiled.end(), [](const Pattern& a, const Pattern& b) {
            return a.fixedCharacters > b.fixedCharacters;
        });
        return compiled;
    }();
    return all;
}

// `text` with each %N replaced by parts[N] in one pass, so that a part holding "%2" stays as it is.
QString fill(const QString& text, const QString (&parts)[10]) {
    QString filled;
    filled.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('%') && i + 1 < text.size() && text[i + 1] >= QLatin1Char('1') &&
            text[i + 1] <= QLatin1Char('9')) {
            filled += parts[text[i + 1].digitValue()];
            ++i;
        } else {
            filled += text[i];
        }
    }
    return filled;
}

QString translated(const QString& message, int depth) {
    if (depth > 4 || message.isEmpty())
        return message;
    for (const Pattern& pattern : patterns()) {
        const QRegularExpressionMatch match = pattern.regex.match(message);
        if (!match.hasMatch())
            continue;
        QString parts[10];
        for (std::size_t i = 0; i < pattern.numbers.size(); ++i)
            parts[pattern.numbers[i]] = translated(match.captured(int(i) + 1), depth + 1);
        return fill(QCoreApplication::translate("core", pattern.source), parts);
    }
    return message;
}

} // namespace

QString translateCoreMessage(const QString& message) {
    return translated(message, 0);
}

QString translateCoreMessage(const std::string& message) {
    return translated(QString::fromStdString(message), 0);
}

QString translateCoreMessage(const char* message) {
    return translated(QString::fromUtf8(message), 0);
}

QString translateCoreText(const std::string& english) {
    return QCoreApplication::translate("core", english.c_str());
}

} // namespace convsight::widgets
