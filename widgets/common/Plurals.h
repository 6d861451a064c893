// Counts in words with the right plural: "1 epoch", "2 epochs", "2.5 epochs".
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <cmath>

namespace convsight::widgets {

// `epochs` epochs in words; a fraction (a run stopped mid-epoch) is shown with `decimals` digits.
inline QString epochCount(double epochs, int decimals = 1) {
    const bool whole = epochs == std::floor(epochs);
    const QString number = QLocale().toString(epochs, 'f', whole ? 0 : decimals);
    return epochs == 1.0 ? QCoreApplication::translate("Plurals", "%1 epoch").arg(number)
                         : QCoreApplication::translate("Plurals", "%1 epochs").arg(number);
}

} // namespace convsight::widgets
