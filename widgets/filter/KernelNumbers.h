// How the kernel editor writes and reads a cell's number: the slides' minus, at most three
// decimals, and the spellings a student types (decimal comma, leading plus).
#pragma once

#include <QString>

namespace convsight::widgets {

// "−0.25", "3", "0.333": a cell's value short enough for its cell (at most three decimals, the
// minus as on the slides).
QString displayNumber(double value);
// What a student types in a cell: "-1.5", "−1.5" (the slides' minus), "+2", "0,5" (decimal comma).
// Returns false for anything else, NaN and infinity.
bool parseNumber(const QString& text, double& value);

} // namespace convsight::widgets
