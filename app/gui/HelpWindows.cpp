// The Keyboard Shortcuts window and the user guide window.
#include "HelpWindows.h"

#include "common/Shortcuts.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace convsight::app {
namespace {

QString keysOf(const QAction* action) {
    QStringList keys;
    for (const QKeySequence& sequence : action->shortcuts())
        keys << sequence.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

// Lists `action` in `group` when it has keys and is not listed yet.
void addAction(QAction* action, ShortcutGroup& group, QSet<const QAction*>& seen) {
    if (action->isSeparator() || action->shortcut().isEmpty() || seen.contains(action))
        return;
    seen.insert(action);
    group.entries.append({widgets::plainActionText(action->text()), keysOf(action), action});
}

void addMenuActions(const QMenu* menu, ShortcutGroup& group, QSet<const QAction*>& seen) {
    for (QAction* action : menu->actions()) {
        if (action->menu())
            addMenuActions(action->menu(), group, seen);
        else
            addAction(action, group, seen);
    }
}

} // namespace

QList<ShortcutGroup> collectShortcuts(const QMenuBar* menuBar,
                                      const QList<std::pair<QString, QWidget*>>& workspaces) {
    QList<ShortcutGroup> groups;
    QSet<const QAction*> seen;
    ShortcutGroup everywhere{QObject::tr("Everywhere (menus)"), {}};
    for (QAction* top : menuBar->actions())
        if (top->menu())
            addMenuActions(top->menu(), everywhere, seen);
    // The window's own actions outside the menus (Esc leaving presentation mode).
    for (QAction* action : menuBar->window()->actions())
        addAction(action, everywhere, seen);
    groups.append(everywhere);

    for (const auto& [title, page] : workspaces) {
        ShortcutGroup group{title, {}};
        QList<QAction*> actions = page->actions();
        for (QAction* child : page->findChildren<QAction*>())
            if (!actions.contains(child))
                actions.append(child);
        for (QAction* action : actions)
            addAction(action, group, seen);
        if (!group.entries.isEmpty())
            groups.append(group);
    }
    return groups;
}

ShortcutsWindow::ShortcutsWindow(QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("shortcutsWindow"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    tree_ = new QTreeWidget(this);
    tree_->setObjectName(QStringLiteral("shortcutsTree"));
    tree_->setColumnCount(2);
    tree_->setHeaderLabels({tr("Action"), tr("Keys")});
    tree_->setRootIsDecorated(false);
    tree_->setAlternatingRowColors(true);
    tree_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree_->header()->setStretchLastSection(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tree_, 1);
    layout->addWidget(buttons);
    resize(560, 640);
}

void ShortcutsWindow::setGroups(const QList<ShortcutGroup>& groups) {
    tree_->clear();
    for (const ShortcutGroup& group : groups) {
        auto* heading = new QTreeWidgetItem(tree_, {group.title});
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
        heading->setFlags(Qt::ItemIsEnabled);
        for (const ShortcutGroup::Entry& entry : group.entries) {
            auto* item = new QTreeWidgetItem(heading, {entry.text, entry.keys});
            item->setToolTip(0, entry.action ? entry.action->toolTip() : QString());
        }
    }
    tree_->expandAll();
}

namespace {

// Screenshots are 1280 px wide or more: shown that wide, the window would scroll sideways.
constexpr int guideImageWidth = 720;

void fitImages(QTextDocument* document) {
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            image.setWidth(guideImageWidth);
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

// The guide without the pictures that are not beside it (the resource's copy has none): a
// missing picture would show as an empty frame.
QString withoutMissingImages(QString markdown, const QString& folder) {
    static const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\(([^)\\s]+)\\)\\n?"));
    for (qsizetype from = 0;;) {
        const QRegularExpressionMatch match = image.match(markdown, from);
        if (!match.hasMatch())
            return markdown;
        if (QFileInfo::exists(QDir(folder).filePath(match.captured(1)))) {
            from = match.capturedEnd();
        } else {
            markdown.remove(match.capturedStart(), match.capturedLength());
            from = match.capturedStart();
        }
    }
}

} // namespace

GuideWindow::GuideWindow(QWidget* parent, const QString& fileName, const QString& docsFolder)
    : QDialog(parent) {
    setObjectName(QStringLiteral("guideWindow-") + QFileInfo(fileName).completeBaseName());
    setWindowTitle(fileName == QStringLiteral("teacher-guide.md") ? tr("ConvSight Teacher's Guide")
                                                                  : tr("ConvSight User Guide"));
    browser_ = new QTextBrowser(this);
    browser_->setObjectName(QStringLiteral("guideBrowser"));
    browser_->setOpenExternalLinks(true);
    sourcePath_ = guidePath(fileName, docsFolder);
    // Relative links and images (images/filter.png, teacher-guide.md) resolve beside the guide.
    browser_->setSearchPaths({QFileInfo(sourcePath_).absolutePath()});
    QString markdown = tr("The guide %1 is missing from this build.").arg(fileName);
    QFile file(sourcePath_);
    if (file.open(QIODevice::ReadOnly))
        markdown = withoutMissingImages(QString::fromUtf8(file.readAll()),
                                        QFileInfo(sourcePath_).absolutePath());
    browser_->setMarkdown(markdown);
    fitImages(browser_->document());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(browser_, 1);
    layout->addWidget(buttons);
    resize(800, 640);
}

QString GuideWindow::guidePath(const QString& fileName, const QString& docsFolder) {
    const QString installed = QDir(docsFolder).filePath(fileName);
    if (!docsFolder.isEmpty() && QFileInfo(installed).isFile())
        return installed;
    return QStringLiteral(":/docs/") + fileName;
}

bool GuideWindow::showSection(const QString& heading) {
    QTextDocument* document = browser_->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || !block.text().startsWith(heading))
            continue;
        QTextCursor cursor(block);
        browser_->setTextCursor(cursor);
        // The heading at the top: scroll to the end first, then back to the heading.
        browser_->verticalScrollBar()->setValue(browser_->verticalScrollBar()->maximum());
        browser_->ensureCursorVisible();
        return true;
    }
    return false;
}

} // namespace convsight::app
