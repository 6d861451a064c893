// Every text the window shows goes through a translation: with a translator that marks each text
// of translations/convsight_fr.ts (by its context and source, as lupdate found them), every label,
// button, tab, menu entry, list item, combo box entry and group title of each workspace, the
// Lessons panel and the menus reads marked. A text built outside tr(), or a tr() whose context at
// run time is not the one lupdate saw, shows unmarked and is named.
#include "MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using convsight::app::MainWindow;
using Workspace = MainWindow::Workspace;

namespace {

const QString kOpen = QStringLiteral("⟦");
const QString kClose = QStringLiteral("⟧");

// Marks the texts the .ts holds, each under its own context only.
class MarkingTranslator : public QTranslator {
public:
    explicit MarkingTranslator(const QString& tsPath) {
        QFile file(tsPath);
        if (!file.open(QIODevice::ReadOnly))
            return;
        QXmlStreamReader xml(&file);
        QString context;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("source"))
                known_.insert(context + QChar(0) + xml.readElementText());
        }
    }
    QString translate(const char* context, const char* source, const char*, int n) const override {
        const QString text = QString::fromUtf8(source);
        if (!known_.contains(QString::fromUtf8(context) + QChar(0) + text))
            return {};
        QString marked = kOpen + text + kClose;
        if (n >= 0)
            marked.replace(QStringLiteral("%n"), QString::number(n));
        return marked;
    }
    bool isEmpty() const override { return known_.isEmpty(); }
    int size() const { return int(known_.size()); }

private:
    QSet<QString> known_;
};

// Whether `text` says something in words that no translation marked.
bool unmarkedWords(const QString& text) {
    static const QRegularExpression marked(QStringLiteral("⟦[^⟦⟧]*⟧"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    QString rest = text;
    // Marks nest when a translated text holds another: take the innermost away until none is left.
    for (int i = 0; i < 6 && rest.contains(kOpen); ++i)
        rest.remove(marked);
    rest.remove(QRegularExpression(QStringLiteral("<[^>]*>|&[a-z]+;"))); // rich text's tags
    // A shortcut shown after a tooltip, "(Ctrl+Shift+E)": Qt translates its key names.
    rest.remove(QRegularExpression(QStringLiteral("\\((Ctrl|Alt|Shift|Meta)\\+[^)]*\\)")));
    return rest.contains(word);
}

QStringList shownTexts(QWidget* root) {
    QStringList texts;
    for (QLabel* label : root->findChildren<QLabel*>())
        if (label->isVisible())
            texts << label->text();
    for (QWidget* widget : root->findChildren<QWidget*>())
        if (widget->isVisible())
            texts << widget->toolTip();
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>())
        if (button->isVisible())
            texts << button->text();
    for (QGroupBox* box : root->findChildren<QGroupBox*>())
        if (box->isVisible())
            texts << box->title();
    for (QTabBar* bar : root->findChildren<QTabBar*>())
        if (bar->isVisible())
            for (int i = 0; i < bar->count(); ++i)
                texts << bar->tabText(i);
    for (QComboBox* combo : root->findChildren<QComboBox*>())
        if (combo->isVisible())
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
    for (QListWidget* list : root->findChildren<QListWidget*>())
        if (list->isVisible())
            for (int i = 0; i < list->count(); ++i)
                texts << list->item(i)->text();
    return texts;
}

void collectMenu(QMenu* menu, QStringList* texts) {
    texts->append(menu->title());
    for (QAction* action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu() != nullptr)
            collectMenu(action->menu(), texts);
        else if (!action->objectName().startsWith(QLatin1String("language_")) ||
                 action->objectName() == QLatin1String("language_system"))
            texts->append(action->text()); // each language keeps its own name: "Français"
    }
}

} // namespace

class tst_Untranslated : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void workspaces_data();
    void workspaces();
    void menus();

private:
    MarkingTranslator* translator_{};
    MainWindow* window_{};
};

void tst_Untranslated::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    translator_ = new MarkingTranslator(QStringLiteral(CONVSIGHT_TS_DIR "/convsight_fr.ts"));
    QVERIFY(translator_->size() > 500);
    QCoreApplication::installTranslator(translator_);
    window_ = new MainWindow;
    window_->resize(1280, 680);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_));
}

void tst_Untranslated::cleanupTestCase() {
    delete window_;
    QCoreApplication::removeTranslator(translator_);
    delete translator_;
}

void tst_Untranslated::workspaces_data() {
    QTest::addColumn<Workspace>("workspace");
    QTest::newRow("filter") << Workspace::Filter;
    QTest::newRow("step-through") << Workspace::StepThrough;
    QTest::newRow("train") << Workspace::Train;
    QTest::newRow("inspect") << Workspace::Inspect;
}

void tst_Untranslated::workspaces() {
    QFETCH(Workspace, workspace);
    window_->showWorkspace(workspace);
    QTest::qWait(300);
    QStringList offenders;
    for (const QString& text : shownTexts(window_))
        if (unmarkedWords(text) && !offenders.contains(text))
            offenders << text;
    QVERIFY2(
        offenders.isEmpty(),
        qPrintable(QStringLiteral("%1 texts shown without translation:\n").arg(offenders.size()) +
                   offenders.join(QLatin1Char('\n'))));
}

void tst_Untranslated::menus() {
    QStringList texts;
    for (QAction* action : window_->menuBar()->actions())
        if (action->menu() != nullptr)
            collectMenu(action->menu(), &texts);
    QVERIFY(texts.size() > 20);
    QStringList offenders;
    for (const QString& text : texts)
        if (unmarkedWords(text) && !offenders.contains(text))
            offenders << text;
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
}

QTEST_MAIN(tst_Untranslated)
#include "tst_untranslated.moc"
