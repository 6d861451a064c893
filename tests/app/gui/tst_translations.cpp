// The shipped translations are whole: for each language but English, every text of its .ts is
// translated (plural forms too), none is left vanished or obsolete, each translation keeps its
// source's placeholders and accelerator, the .ts holds every text lupdate finds in the sources
// today, and every lesson has its translation with the English one's structure. Fails until the
// translators' work is in; adding a tr() without running update_translations fails it too.
#include "Language.h"
#include "LessonsPanel.h"
#include "course/Lesson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using convsight::app::LessonsPanel;

namespace {

struct TsMessage {
    QString context;
    QString source;
    QString type; // the translation's type: "", "unfinished", "vanished", "obsolete"
    bool numerus{false};
    QStringList translations; // one, or each plural form
};

QList<TsMessage> readTs(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage{context, {}, {}, false, {}};
            message.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations << xml.readElementText();
            } else {
                message.translations << xml.readElementText();
            }
            messages << message;
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return messages;
}

QStringList translatedLanguages() {
    QStringList codes;
    for (const convsight::app::UiLanguage& language : convsight::app::shippedLanguages())
        if (language.code != QLatin1String("en"))
            codes << language.code;
    return codes;
}

QString tsPath(const QString& code) {
    return QStringLiteral(CONVSIGHT_TS_DIR "/convsight_%1.ts").arg(code);
}

QString shown(const TsMessage& m) {
    return m.context + QStringLiteral(": \"") + m.source.left(70) + QStringLiteral("\"");
}

// Placeholders %1..%9 and %n, sorted, as a text.
QString placeholders(const QString& text) {
    static const QRegularExpression placeholder(QStringLiteral("%(?:L?[1-9]|n)"));
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found << it.next().captured().remove(QLatin1Char('L'));
    found.sort();
    return found.join(QLatin1Char(' '));
}

// Accelerators: '&' before a character, not "&&" and not an HTML entity ("&nbsp;", "&#215;").
int accelerators(const QString& text) {
    static const QRegularExpression accelerator(
        QStringLiteral("&(?!&|[A-Za-z]+;|#[0-9]+;)(?=[^\\s])"));
    QString plain = text;
    plain.replace(QStringLiteral("&&"), QString());
    return int(plain.count(accelerator));
}

// Fails with up to 12 of the offenders named, and how many there are.
void failWith(const QStringList& offenders, const QString& what) {
    if (offenders.isEmpty())
        return;
    QStringList lines = offenders.mid(0, 12);
    if (offenders.size() > 12)
        lines << QStringLiteral("… and %1 more").arg(offenders.size() - 12);
    QFAIL(qPrintable(QStringLiteral("%1 %2:\n").arg(offenders.size()).arg(what) +
                     lines.join(QLatin1Char('\n'))));
}

QStringList englishLessons() {
    return QDir(QStringLiteral(CONVSIGHT_LESSONS_DIR))
        .entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
}

} // namespace

class tst_Translations : public QObject {
    Q_OBJECT
private slots:
    void complete_data();
    void complete();
    void noneVanished_data() { complete_data(); }
    void noneVanished();
    void placeholdersKept_data() { complete_data(); }
    void placeholdersKept();
    void current_data() { complete_data(); }
    void current();
    void lessonsTranslated_data() { complete_data(); }
    void lessonsTranslated();
};

void tst_Translations::complete_data() {
    QTest::addColumn<QString>("code");
    for (const QString& code : translatedLanguages())
        QTest::newRow(qPrintable(code)) << code;
}

void tst_Translations::complete() {
    QFETCH(QString, code);
    QString error;
    const QList<TsMessage> messages = readTs(tsPath(code), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList unfinished;
    for (const TsMessage& m : messages) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            continue;
        const bool empty = m.translations.isEmpty() ||
                           std::any_of(m.translations.begin(), m.translations.end(),
                                       [](const QString& t) { return t.trimmed().isEmpty(); });
        if (m.type == QLatin1String("unfinished") || empty)
            unfinished << shown(m);
    }
    failWith(unfinished, QStringLiteral("texts untranslated in convsight_%1.ts").arg(code));
}

void tst_Translations::noneVanished() {
    QFETCH(QString, code);
    QString error;
    const QList<TsMessage> messages = readTs(tsPath(code), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList gone;
    for (const TsMessage& m : messages)
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            gone << shown(m);
    failWith(gone, QStringLiteral("texts no longer in the sources left in convsight_%1.ts "
                                  "(lupdate -no-obsolete removes them)")
                       .arg(code));
}

void tst_Translations::placeholdersKept() {
    QFETCH(QString, code);
    QString error;
    const QList<TsMessage> messages = readTs(tsPath(code), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList wrong;
    for (const TsMessage& m : messages) {
        if (!m.type.isEmpty())
            continue; // unfinished or gone: complete() and noneVanished() say so
        for (const QString& translation : m.translations) {
            // A plural form may leave %n out ("une époque"), but brings no other placeholder.
            QString source = m.source;
            if (m.numerus && !translation.contains(QStringLiteral("%n")))
                source.remove(QStringLiteral("%n"));
            const QString found = placeholders(translation);
            if (placeholders(source) != found)
                wrong << shown(m) + QStringLiteral(" has %1, its translation %2")
                                        .arg(placeholders(m.source), found);
            if (accelerators(m.source) != accelerators(translation))
                wrong << shown(m) + QStringLiteral(" has %1 accelerator(s) '&', its translation %2")
                                        .arg(accelerators(m.source))
                                        .arg(accelerators(translation));
        }
    }
    failWith(wrong, QStringLiteral("translations in convsight_%1.ts change a placeholder or an "
                                   "accelerator")
                        .arg(code));
}

// lupdate run on today's sources finds nothing the shipped .ts lacks.
void tst_Translations::current() {
    QFETCH(QString, code);
    const QString lupdate = QStringLiteral(CONVSIGHT_LUPDATE);
    if (lupdate.isEmpty() || !QFileInfo(lupdate).isExecutable())
        QSKIP("lupdate was not found when the build was configured (Debian: qt6-l10n-tools)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("convsight_%1.ts").arg(code));
    QProcess process;
    process.start(lupdate,
                  {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-silent"),
                   QStringLiteral("@" CONVSIGHT_TR_SOURCES_LIST), QStringLiteral("-ts"), fresh});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QString error;
    const QList<TsMessage> found = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(found.size() > 500);
    const QList<TsMessage> shipped = readTs(tsPath(code), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> known;
    for (const TsMessage& m : shipped)
        if (m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete"))
            known.insert(m.context + QChar(0) + m.source);
    QStringList missing;
    for (const TsMessage& m : found)
        if (!known.contains(m.context + QChar(0) + m.source))
            missing << shown(m);
    failWith(missing, QStringLiteral("texts of the sources missing from convsight_%1.ts (build "
                                     "the update_translations target)")
                          .arg(code));
}

// Each English lesson has its translation in lessons/<code>/, which reads, and has the same
// lecture lines, setups (workspace, state, example, the steps' setup comments), steps and
// choices, the same one right.
void tst_Translations::lessonsTranslated() {
    QFETCH(QString, code);
    const QDir english(QStringLiteral(CONVSIGHT_LESSONS_DIR));
    const QDir translated(english.filePath(code));
    QStringList problems;
    for (const QString& name : englishLessons()) {
        if (!translated.exists(name)) {
            problems << QStringLiteral("%1/%2 is missing").arg(code, name);
            continue;
        }
        QString error;
        const auto original = LessonsPanel::readLesson(english.filePath(name), &error);
        QVERIFY2(original, qPrintable(error));
        const auto lesson = LessonsPanel::readLesson(translated.filePath(name), &error);
        if (!lesson) {
            problems << QStringLiteral("%1/%2 does not read: %3").arg(code, name, error);
            continue;
        }
        const auto differs = [&](const char* what) {
            problems << QStringLiteral("%1/%2: its %3 differ from the English lesson's")
                            .arg(code, name, QLatin1String(what));
        };
        if (lesson->lines != original->lines)
            differs("lecture lines");
        // The same setup; its line may differ, a translation being longer or shorter.
        const auto sameSetup = [](const convsight::course::LessonSetup& a,
                                  const convsight::course::LessonSetup& b) {
            return a.state == b.state && a.example == b.example && a.workspace == b.workspace;
        };
        if (!sameSetup(lesson->setup, original->setup))
            differs("workspace, state or example");
        if (lesson->steps.size() != original->steps.size()) {
            differs("steps (how many)");
        } else {
            for (std::size_t i = 0; i < lesson->steps.size(); ++i)
                if (!sameSetup(lesson->steps[i].setup, original->steps[i].setup))
                    differs("steps' setup comments");
        }
        if (lesson->question.choices.size() != original->question.choices.size())
            differs("answer choices (how many)");
        else if (lesson->question.correct_choice() != original->question.correct_choice())
            differs("right answer");
        if (lesson->title.empty())
            problems << QStringLiteral("%1/%2 has no title").arg(code, name);
    }
    failWith(problems, QStringLiteral("problems with the lessons in %1").arg(code));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
