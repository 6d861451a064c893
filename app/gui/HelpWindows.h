// Help ▸ Keyboard Shortcuts (F1): every shortcut of the window, read from its live actions and
// grouped by workspace; Help ▸ User Guide and Lessons: docs/user-guide.md, shipped as a resource.
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

// The user guide in a window. The text is Markdown from the resource :/docs/user-guide.md.
class GuideWindow : public QDialog {
    Q_OBJECT
public:
    explicit GuideWindow(QWidget* parent = nullptr);
    QTextBrowser* browser() const { return browser_; }
    // Scrolls so that the heading whose text starts with `heading` is at the top; false when the
    // guide has none.
    bool showSection(const QString& heading);
    static QString guideMarkdown();

private:
    QTextBrowser* browser_{};
};

} // namespace convsight::app
