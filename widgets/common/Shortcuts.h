// Keyboard shortcuts for a workspace's buttons: an action that clicks the button, active while the
// workspace is shown, named like the button so the Keyboard Shortcuts window can list it, with
// the keys added to the button's tooltip.
#pragma once

#include <QKeySequence>
#include <QString>

class QAbstractButton;
class QAction;
class QWidget;

namespace convsight::widgets {

// "Start the training (Ctrl+Return)": the tip with the keys a user presses, in the platform's
// words.
QString tipWithShortcut(const QString& tip, const QKeySequence& keys);

// Gives `button` the shortcut `keys`, active while `workspace` is visible in the active window
// (Qt::WindowShortcut on an action added to the workspace, so the other workspaces may use the
// same keys). `text` names it in the shortcut list (the button's text, without "&", "▶" and "■",
// when empty). A disabled or hidden button is not clicked. Returns the action (owned by `button`).
QAction* addButtonShortcut(QAbstractButton* button, QWidget* workspace, const QKeySequence& keys,
                           const QString& text = {});

// Gives an action the workspace-wide shortcut `keys` (see above) and appends them to its tooltip.
void setWorkspaceShortcut(QAction* action, QWidget* workspace, const QKeySequence& keys);

// An action's text as a shortcut list shows it: no "&" mnemonics, no trailing "…", no symbols
// that only decorate a button ("▶", "■").
QString plainActionText(const QString& text);

} // namespace convsight::widgets
