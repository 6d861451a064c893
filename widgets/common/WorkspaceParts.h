// Small pieces the workspaces share: a titled box around one widget and a workspace's headline.
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

// A workspace's headline (the model shown, the training's progress): a size above the text,
// wrapped.
inline QLabel* headline(const QString& objectName, const QString& text = {}) {
    auto* label = new QLabel(text);
    label->setObjectName(objectName);
    QFont big = label->font();
    big.setPointSizeF(13);
    label->setFont(big);
    label->setWordWrap(true);
    return label;
}

} // namespace convsight::widgets
