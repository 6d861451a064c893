// QT_TRANSLATE_NOOP without Qt: core marks the texts the GUI translates (in the "core" context)
// with the macro lupdate reads; here it is the text itself.
#pragma once

#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif
