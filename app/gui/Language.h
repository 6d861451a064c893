// The language of the window: the system's by default, or the one chosen in View ▸ Language
// (QSettings "ui/language") or given with `--language CODE`; ConvSight's translations come from
// the resources (:/i18n), Qt's own (standard buttons) from Qt's translations folder.
#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

class QMenu;
class QWidget;

namespace convsight::app {

struct UiLanguage {
    QString code;       // "en", "fr", "es"
    QString nativeName; // as its speakers write it: "Français"
};

// The languages ConvSight ships, English first.
const QList<UiLanguage>& shippedLanguages();
// Whether `code` is "system" or a shipped language's code.
bool isLanguageChoice(const QString& code);

// The saved choice: "system" (the default) or a shipped language's code.
QString savedLanguage();
void saveLanguage(const QString& code);

// The shipped language to use for `choice`: itself when shipped; for "system" (or anything else)
// the first of `systemLanguages` ("fr-CA", "es", ...) that is shipped, else English.
QString resolveLanguage(const QString& choice,
                        const QStringList& systemLanguages = QLocale::system().uiLanguages());

// Installs the translations of `code` (a shipped language), replacing any installed before;
// false when ConvSight's translation for it is missing (English needs none).
bool installTranslations(const QString& code);
// The language installTranslations() installed last ("en" before it is called).
QString currentLanguage();

// View ▸ Language: System, English, Français, Español, exclusive; choosing one saves it and says,
// in the current and in the chosen language, that it applies at the next start.
QMenu* createLanguageMenu(QWidget* parent);

} // namespace convsight::app
