// A kernel cell's number as shown and as typed.
#include "filter/KernelNumbers.h"

#include <QLocale>
#include <cmath>

namespace convsight::widgets {

QString displayNumber(double value) {
    if (value == 0)
        return QStringLiteral("0");
    QString text;
    if (std::abs(value) >= 0.001) {
        text = QString::number(value, 'f', 3);
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    } else {
        text = QString::number(value, 'g', 2);
    }
    text.replace(QLatin1Char('-'), QChar(0x2212));
    return text;
}

bool parseNumber(const QString& text, double& value) {
    QString cleaned = text.trimmed();
    cleaned.replace(QChar(0x2212), QLatin1Char('-'));
    cleaned.replace(QLatin1Char(','), QLatin1Char('.'));
    if (cleaned.startsWith(QLatin1Char('+')))
        cleaned.remove(0, 1);
    bool ok = false;
    const double parsed = QLocale::c().toDouble(cleaned, &ok);
    if (!ok || !std::isfinite(parsed))
        return false;
    value = parsed;
    return true;
}

} // namespace convsight::widgets
