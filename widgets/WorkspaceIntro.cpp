// The opening panel of a workspace: icon, name and what it teaches.
#include "WorkspaceIntro.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace convsight::widgets {

WorkspaceIntro::WorkspaceIntro(const QString& iconPath, const QString& title,
                               const QString& summary, QWidget* parent)
    : QWidget(parent)
    , titleLabel_(new QLabel(title, this))
    , summaryLabel_(new QLabel(summary, this)) {
    setObjectName(QStringLiteral("workspaceIntro"));

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(iconPath).pixmap(QSize(96, 96)));
    icon->setObjectName(QStringLiteral("introIcon"));
    icon->setAlignment(Qt::AlignCenter);
    icon->setFixedSize(128, 128);

    titleLabel_->setObjectName(QStringLiteral("introTitle"));
    QFont titleFont = titleLabel_->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.6);
    titleFont.setBold(true);
    titleLabel_->setFont(titleFont);

    summaryLabel_->setObjectName(QStringLiteral("introSummary"));
    summaryLabel_->setWordWrap(true);
    summaryLabel_->setMaximumWidth(820);
    QFont summaryFont = summaryLabel_->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.45);
    summaryLabel_->setFont(summaryFont);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(64, 48, 64, 48);
    layout->setSpacing(20);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(titleLabel_);
    layout->addWidget(summaryLabel_);
    layout->addStretch(3);
}

QString WorkspaceIntro::title() const {
    return titleLabel_->text();
}

QString WorkspaceIntro::summary() const {
    return summaryLabel_->text();
}

} // namespace convsight::widgets
