// Help ▸ Keyboard Shortcuts (F1): every shortcut of the window, read from its live actions and
// grouped by workspace; Help ▸ User Guide and Teacher's Guide: docs/*.md, the installed copy
// (<prefix>/share/convsight/docs/) when there is one, else the copy shipped as a resource.
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QAction;
class QMenuBar;
class QTextBrowser;
class QTreeWidget;

namespace convsight::app {

// One group of the cheat sheet: a title ("Everywhere", "Filter"…) and its actions' texts and keys.
struct ShortcutGroup {
    QString title;
    struct Entry {
        QString text; // "Next kernel preset"
        QString keys; // "Alt+Down", or several: "Right, PgDown"
        const QAction* action{};
    };
    QList<Entry> entries;
};

// The shortcuts of the menu bar's actions ("Everywhere"), then of each workspace's own actions
// (those of `workspaces[i].second` and its children that no menu holds), in that order. Actions
// without a shortcut are left out.
QList<ShortcutGroup> collectShortcuts(const QMenuBar* menuBar,
                                      const QList<std::pair<QString, QWidget*>>& workspaces);

class ShortcutsWindow : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsWindow(QWidget* parent = nullptr);
    // Fills the list from `groups` (called each time the window is shown, so it is never stale).
    void setGroups(const QList<ShortcutGroup>& groups);
    QTreeWidget* tree() const { return tree_; }

private:
    QTreeWidget* tree_{};
};

// A guide in a window: `fileName` ("user-guide.md", "teacher-guide.md") read from `docsFolder`
// when it holds one, with its images (images/*.png beside it); else from the resource
// :/docs/<fileName>, whose images are not compiled in (the text shows, the pictures do not). The
// window passes app::installedDataPath("docs"): <prefix>/share/convsight/docs, or empty when the
// program is not installed.
class GuideWindow : public QDialog {
    Q_OBJECT
public:
    explicit GuideWindow(QWidget* parent = nullptr,
                         const QString& fileName = QStringLiteral("user-guide.md"),
                         const QString& docsFolder = {});
    QTextBrowser* browser() const { return browser_; }
    // Where the text came from: a file's path, or ":/docs/<fileName>".
    QString sourcePath() const { return sourcePath_; }
    // Scrolls so that the heading whose text starts with `heading` is at the top; false when the
    // guide has none.
    bool showSection(const QString& heading);
    // The path the guide is read from: `docsFolder`/`fileName` when it exists, else the resource.
    static QString guidePath(const QString& fileName, const QString& docsFolder);

private:
    QTextBrowser* browser_{};
    QString sourcePath_;
};

} // namespace convsight::app
