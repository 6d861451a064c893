// A row of widgets that wraps onto the next line when the width runs out, so a button row never
// forces its panel wider than a small projector leaves it (nor cuts a button's text).
#pragma once

#include <QLayout>
#include <QList>

namespace convsight::widgets {

class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    // Everything after a stretch goes to the right end of its line (Save and Load after Start…).
    void addStretch();

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    int arrange(const QRect& rect, bool apply) const;

    QList<QLayoutItem*> items_;
    int stretchAt_ = -1;    // the index of the first item after the stretch, or -1
    int wrappedHeight_ = 0; // the height the lines took at the last width given
};

} // namespace convsight::widgets
