// Keyboard shortcuts for a workspace's buttons and actions.
#include "common/Shortcuts.h"

#include <QAbstractButton>
#include <QAction>
#include <QWidget>

namespace convsight::widgets {

QString tipWithShortcut(const QString& tip, const QKeySequence& keys) {
    const QString shown = keys.toString(QKeySequence::NativeText);
    if (shown.isEmpty() || tip.contains(shown))
        return tip;
    return tip.isEmpty() ? shown : QStringLiteral("%1 (%2)").arg(tip, shown);
}

QString plainActionText(const QString& text) {
    QString plain = text;
    plain.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    plain.remove(QLatin1Char('&'));
    plain.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    for (const QString& decoration : {QStringLiteral("▶"), QStringLiteral("■")})
        plain.remove(decoration);
    plain = plain.trimmed();
    if (plain.endsWith(QStringLiteral("…")))
        plain.chop(1);
    if (plain.endsWith(QStringLiteral("...")))
        plain.chop(3);
    return plain;
}

QAction* addButtonShortcut(QAbstractButton* button, QWidget* workspace, const QKeySequence& keys,
                           const QString& text) {
    auto* action = new QAction(text.isEmpty() ? plainActionText(button->text()) : text, button);
    action->setObjectName(button->objectName() + QStringLiteral("Shortcut"));
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(action, &QAction::triggered, button, [button] {
        if (button->isEnabled() && button->isVisible())
            button->click();
    });
    workspace->addAction(action);
    button->setToolTip(
        tipWithShortcut(button->toolTip().isEmpty() ? action->text() : button->toolTip(), keys));
    return action;
}

void setWorkspaceShortcut(QAction* action, QWidget* workspace, const QKeySequence& keys) {
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    if (!workspace->actions().contains(action))
        workspace->addAction(action);
    action->setToolTip(tipWithShortcut(
        action->toolTip().isEmpty() ? plainActionText(action->text()) : action->toolTip(), keys));
}

} // namespace convsight::widgets
