// The window's language: resolving the choice, installing the translators, View ▸ Language.
#include "Language.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>
#include <memory>

namespace convsight::app {

namespace {

struct Language {
    Q_DECLARE_TR_FUNCTIONS(Language)
};

const QString kLanguageKey = QStringLiteral("ui/language");
const QString kSystem = QStringLiteral("system");

const char* const kRestartText =
    QT_TRANSLATE_NOOP("Language", "ConvSight will speak this language when it starts again.");

QString& installedLanguage() {
    static QString code = QStringLiteral("en");
    return code;
}

// ConvSight's translation of `code`, from the resources.
bool loadOwn(QTranslator& translator, const QString& code) {
    return translator.load(QStringLiteral(":/i18n/convsight_") + code);
}

// The restart notice in the language now shown and, when it differs, in the chosen one.
QString restartNotice(const QString& chosen) {
    const QString now = Language::tr(kRestartText);
    QTranslator next;
    QString then = QString::fromUtf8(kRestartText);
    if (loadOwn(next, chosen)) {
        const QString translated = next.translate("Language", kRestartText);
        if (!translated.isEmpty())
            then = translated;
    }
    return now == then ? now : now + QStringLiteral("\n\n") + then;
}

} // namespace

const QList<UiLanguage>& shippedLanguages() {
    static const QList<UiLanguage> languages{{QStringLiteral("en"), QStringLiteral("English")},
                                             {QStringLiteral("fr"), QStringLiteral("Français")},
                                             {QStringLiteral("es"), QStringLiteral("Español")}};
    return languages;
}

bool isLanguageChoice(const QString& code) {
    if (code == kSystem)
        return true;
    for (const UiLanguage& language : shippedLanguages())
        if (language.code == code)
            return true;
    return false;
}

QString savedLanguage() {
    const QString code = QSettings().value(kLanguageKey, kSystem).toString();
    return isLanguageChoice(code) ? code : kSystem;
}

void saveLanguage(const QString& code) {
    QSettings().setValue(kLanguageKey, isLanguageChoice(code) ? code : kSystem);
}

QString resolveLanguage(const QString& choice, const QStringList& systemLanguages) {
    if (choice != kSystem && isLanguageChoice(choice))
        return choice;
    for (const QString& tag : systemLanguages) {
        const QString code = tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
        if (isLanguageChoice(code) && code != kSystem)
            return code;
    }
    return QStringLiteral("en");
}

bool installTranslations(const QString& code) {
    static std::unique_ptr<QTranslator> own;
    static std::unique_ptr<QTranslator> qt;
    for (auto* translator : {own.get(), qt.get()})
        if (translator != nullptr)
            QCoreApplication::removeTranslator(translator);
    own = std::make_unique<QTranslator>();
    qt = std::make_unique<QTranslator>();
    installedLanguage() = code;
    // Qt's own texts (a dialog's Cancel, a file dialog): qtbase_fr.qm, where Qt's translations are
    // installed (Debian's qt6-translations-l10n).
    if (qt->load(QStringLiteral("qtbase_") + code,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt.get());
    // English is the source language: it needs no file of ConvSight's.
    const bool loaded = loadOwn(*own, code);
    if (loaded)
        QCoreApplication::installTranslator(own.get());
    return loaded || code == QLatin1String("en");
}

QString currentLanguage() {
    return installedLanguage();
}

QMenu* createLanguageMenu(QWidget* parent) {
    auto* menu = new QMenu(Language::tr("&Language"), parent);
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(menu);
    group->setExclusive(true);
    const QString saved = savedLanguage();
    auto add = [&](const QString& code, const QString& text) {
        QAction* action = menu->addAction(text);
        action->setObjectName(QStringLiteral("language_") + code);
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == saved);
        group->addAction(action);
    };
    add(kSystem, Language::tr("&System language"));
    menu->addSeparator();
    // Each language in its own words, so that anyone finds theirs.
    for (const UiLanguage& language : shippedLanguages())
        add(language.code, language.nativeName);
    QObject::connect(group, &QActionGroup::triggered, menu, [parent](QAction* action) {
        const QString code = action->data().toString();
        if (code == savedLanguage())
            return;
        saveLanguage(code);
        const QString chosen = resolveLanguage(code);
        auto* box = new QMessageBox(QMessageBox::Information, Language::tr("Language"),
                                    restartNotice(chosen), QMessageBox::Ok, parent);
        box->setObjectName(QStringLiteral("languageChangedBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    return menu;
}

} // namespace convsight::app
