// The window's language: the system's unless one is chosen, View ▸ Language saves the choice and
// says in both languages that it applies at the next start, the translators (ConvSight's from the
// resources, Qt's own) install and uninstall, and `convsight --language` refuses an unknown code.
#include "Language.h"
#include "LessonsPanel.h"
#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace convsight::app;

class tst_Language : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void resolve_data();
    void resolve();
    void savedChoice();
    void ownTranslationsInResources();
    void qtTranslationsInstalled();
    void menuSavesAndTells();
    void unknownCodeRefused();
    void languageOptionTranslatesHelp_data();
    void languageOptionTranslatesHelp();
    void lessonsFollowTheLanguage();
    void translatedLessonSharesStates();
};

void tst_Language::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ConvSightTests"));
    QApplication::setApplicationName(QStringLiteral("tst_language"));
    QSettings().clear();
}

void tst_Language::resolve_data() {
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QStringList>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("chosen") << "fr" << QStringList{"es-ES"} << "fr";
    QTest::newRow("english chosen") << "en" << QStringList{"fr-FR"} << "en";
    QTest::newRow("system french") << "system" << QStringList{"fr-CA", "en-US"} << "fr";
    QTest::newRow("system second") << "system" << QStringList{"de-DE", "es_MX"} << "es";
    QTest::newRow("system unknown") << "system" << QStringList{"de-DE", "pt-BR"} << "en";
    QTest::newRow("nothing known") << "klingon" << QStringList{"es"} << "es";
}

void tst_Language::resolve() {
    QFETCH(QString, choice);
    QFETCH(QStringList, system);
    QFETCH(QString, expected);
    QCOMPARE(resolveLanguage(choice, system), expected);
}

void tst_Language::savedChoice() {
    QSettings().remove(QStringLiteral("ui/language"));
    QCOMPARE(savedLanguage(), QStringLiteral("system"));
    saveLanguage(QStringLiteral("es"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("es"));
    QCOMPARE(savedLanguage(), QStringLiteral("es"));
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("xx"));
    QCOMPARE(savedLanguage(), QStringLiteral("system"));
    QSettings().remove(QStringLiteral("ui/language"));
}

// Every shipped language but English has its compiled translation in the resources.
void tst_Language::ownTranslationsInResources() {
    for (const UiLanguage& language : shippedLanguages()) {
        if (language.code == QLatin1String("en"))
            continue;
        QVERIFY2(QFile::exists(QStringLiteral(":/i18n/convsight_%1.qm").arg(language.code)),
                 qPrintable(language.code));
        QVERIFY(installTranslations(language.code));
        QCOMPARE(currentLanguage(), language.code);
    }
    QVERIFY(installTranslations(QStringLiteral("en")));
    QCOMPARE(currentLanguage(), QStringLiteral("en"));
}

// Qt's standard buttons follow the language, and go back to English when it is uninstalled.
void tst_Language::qtTranslationsInstalled() {
    const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFile::exists(folder + QStringLiteral("/qtbase_fr.qm")))
        QSKIP("Qt's translations are not installed (Debian: qt6-translations-l10n)");
    installTranslations(QStringLiteral("fr"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
    installTranslations(QStringLiteral("es"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancelar"));
    installTranslations(QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

void tst_Language::menuSavesAndTells() {
    QSettings().remove(QStringLiteral("ui/language"));
    MainWindow window;
    auto* menu = window.findChild<QMenu*>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    QVERIFY(menu->menuAction()->isVisible());
    QStringList codes;
    for (QAction* action : menu->actions())
        if (action->isCheckable())
            codes << action->data().toString();
    QCOMPARE(codes, (QStringList{"system", "en", "fr", "es"}));
    auto* system = window.findChild<QAction*>(QStringLiteral("language_system"));
    auto* french = window.findChild<QAction*>(QStringLiteral("language_fr"));
    QVERIFY(system && french);
    QVERIFY(system->isChecked());
    QVERIFY(!french->isChecked());

    french->trigger();
    QVERIFY(french->isChecked());
    QVERIFY(!system->isChecked());
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("languageChangedBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().contains(
        QStringLiteral("ConvSight will speak this language when it starts again.")));
    box->close();

    // A second window starts with the saved choice ticked.
    MainWindow next;
    QVERIFY(next.findChild<QAction*>(QStringLiteral("language_fr"))->isChecked());
    next.findChild<QAction*>(QStringLiteral("language_system"))->trigger();
    QCOMPARE(savedLanguage(), QStringLiteral("system"));
}

void tst_Language::unknownCodeRefused() {
    QTemporaryDir dir;
    QProcess process;
    process.start(QStringLiteral(CONVSIGHT_GUI_PATH),
                  {QStringLiteral("--language"), QStringLiteral("tlh"),
                   QStringLiteral("--screenshot"), dir.path()});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("--language wants system, en, fr or es"));
    QVERIFY(QDir(dir.path()).isEmpty());
}

void tst_Language::languageOptionTranslatesHelp_data() {
    QTest::addColumn<QString>("code");
    for (const UiLanguage& language : shippedLanguages())
        QTest::newRow(qPrintable(language.code)) << language.code;
}

// `convsight --language CODE --help` prints the option texts in that language: each as the
// language's compiled translation has it (English where it has none yet).
void tst_Language::languageOptionTranslatesHelp() {
    QFETCH(QString, code);
    const char* source = "Render every workspace to DIR/<workspace>.png and exit.";
    QTranslator translator;
    QString expected;
    if (translator.load(QStringLiteral(":/i18n/convsight_") + code))
        expected = translator.translate("QObject", source);
    if (expected.isEmpty())
        expected = QString::fromUtf8(source);
    QProcess process;
    process.start(QStringLiteral(CONVSIGHT_GUI_PATH),
                  {QStringLiteral("--language"), code, QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput()).simplified();
    QVERIFY2(help.contains(expected.simplified()), qPrintable(help));
}

namespace {
void writeFile(const QString& path, const QByteArray& text) {
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}
} // namespace

// A lesson's translation replaces it where there is one; the others stay English.
void tst_Language::lessonsFollowTheLanguage() {
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("01-a.md")), "a");
    writeFile(dir.filePath(QStringLiteral("02-b.md")), "b");
    writeFile(dir.filePath(QStringLiteral("fr/01-a.md")), "a, en français");
    QCOMPARE(LessonsPanel::bundledLessons(QStringLiteral("fr"), dir.path()),
             (QStringList{dir.filePath(QStringLiteral("fr/01-a.md")),
                          dir.filePath(QStringLiteral("02-b.md"))}));
    QCOMPARE(LessonsPanel::bundledLessons(QStringLiteral("es"), dir.path()),
             (QStringList{dir.filePath(QStringLiteral("01-a.md")),
                          dir.filePath(QStringLiteral("02-b.md"))}));
    // The built-in ones: as many in every language, English by default.
    installTranslations(QStringLiteral("en"));
    const QStringList english = LessonsPanel::bundledLessons();
    QVERIFY(english.size() >= 18);
    for (const QString& path : english)
        QCOMPARE(QFileInfo(path).path(), QStringLiteral(":/lessons"));
    QCOMPARE(LessonsPanel::bundledLessons(QStringLiteral("fr")).size(), english.size());
}

// A lesson in lessons/fr/ names states/x.convsight as the English one does: the shared one above.
void tst_Language::translatedLessonSharesStates() {
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("states/x.convsight")), "{}");
    writeFile(dir.filePath(QStringLiteral("fr/states/own.convsight")), "{}");
    const QString lesson = dir.filePath(QStringLiteral("fr/01-a.md"));
    QCOMPARE(LessonsPanel::statePath(lesson, QStringLiteral("states/x.convsight")),
             dir.filePath(QStringLiteral("states/x.convsight")));
    QCOMPARE(LessonsPanel::statePath(lesson, QStringLiteral("states/own.convsight")),
             dir.filePath(QStringLiteral("fr/states/own.convsight")));
    QCOMPARE(LessonsPanel::statePath(lesson, QStringLiteral("states/none.convsight")),
             dir.filePath(QStringLiteral("fr/states/none.convsight")));
}

QTEST_MAIN(tst_Language)
#include "tst_language.moc"
