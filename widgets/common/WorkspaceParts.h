// Small pieces the workspaces share: a titled box around one widget, and the message line that
// says what just happened (or, in red, what went wrong).
#pragma once

#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace convsight::widgets {

inline QGroupBox* titledGroup(const QString& title, QWidget* content) {
    auto* box = new QGroupBox(title);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

inline void showMessage(QLabel* line, const QString& text, bool problem) {
    line->setText(text);
    line->setStyleSheet(problem ? QStringLiteral("color: #b3261e; font-weight: 600;") : QString());
}

} // namespace convsight::widgets
