// A column of controls that scrolls up and down where the window is short, and is as wide as its
// controls need (a plain QScrollArea asks for little width and lets them be cut at the side).
#pragma once

#include <QScrollArea>

namespace convsight::widgets {

class ColumnScroll : public QScrollArea {
    Q_OBJECT
public:
    explicit ColumnScroll(QWidget* column, QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;
};

} // namespace convsight::widgets
