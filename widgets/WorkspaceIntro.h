// The opening panel of a workspace: its icon, its name and what it teaches, large enough to read
// from the back of a lecture hall.
#pragma once

#include <QWidget>

class QLabel;

namespace convsight::widgets {

class WorkspaceIntro : public QWidget {
    Q_OBJECT
public:
    WorkspaceIntro(const QString& iconPath, const QString& title, const QString& summary,
                   QWidget* parent = nullptr);

    QString title() const;
    QString summary() const;

private:
    QLabel* titleLabel_;
    QLabel* summaryLabel_;
};

} // namespace convsight::widgets
