// core's messages (English exceptions) in the UI's language: matched against the catalogue of
// core/io/Messages.h, translated, and their variable parts put back.
#pragma once

#include <QString>
#include <exception>
#include <string>

namespace convsight::widgets {

// The translation of `message` when it is one of core's catalogued messages (its variable parts
// translated too when they are themselves catalogued); `message` unchanged otherwise.
QString translateCoreMessage(const QString& message);
QString translateCoreMessage(const std::string& message);
QString translateCoreMessage(const char* message);

// A text core marks with QT_TRANSLATE_NOOP("core", ...) (a kernel preset's name, a layer's label,
// a Lecture example's title), in the UI's language.
QString translateCoreText(const std::string& english);

} // namespace convsight::widgets
