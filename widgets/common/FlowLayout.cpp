// Lays the items out left to right, starting a new line where the next one would not fit.
#include "common/FlowLayout.h"

#include <QWidget>
#include <algorithm>

namespace convsight::widgets {

FlowLayout::FlowLayout(QWidget* parent, int spacing)
    : QLayout(parent) {
    setSpacing(spacing);
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout() {
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addStretch() {
    stretchAt_ = static_cast<int>(items_.size());
}

void FlowLayout::addItem(QLayoutItem* item) {
    items_.append(item);
}

int FlowLayout::count() const {
    return static_cast<int>(items_.size());
}

QLayoutItem* FlowLayout::itemAt(int index) const {
    return index >= 0 && index < items_.size() ? items_.at(index) : nullptr;
}

QLayoutItem* FlowLayout::takeAt(int index) {
    if (index < 0 || index >= items_.size())
        return nullptr;
    if (index < stretchAt_)
        --stretchAt_;
    return items_.takeAt(index);
}

int FlowLayout::heightForWidth(int width) const {
    return arrange(QRect(0, 0, width, 0), false);
}

// As wide as the widest item: anything wider wraps. As high as the lines take at the width last
// given, so that the layouts around it leave room for the wrapped lines.
QSize FlowLayout::minimumSize() const {
    QSize size;
    for (const QLayoutItem* item : items_)
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize().expandedTo(item->sizeHint()));
    const QMargins m = contentsMargins();
    size += QSize(m.left() + m.right(), m.top() + m.bottom());
    return {size.width(), std::max(size.height(), wrappedHeight_)};
}

// Everything on one line.
QSize FlowLayout::sizeHint() const {
    int width = 0, height = 0, shown = 0;
    for (const QLayoutItem* item : items_) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width() + (shown++ > 0 ? spacing() : 0);
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return {width + m.left() + m.right(), height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect& rect) {
    QLayout::setGeometry(rect);
    const int height = arrange(rect, true);
    if (height != wrappedHeight_) {
        // The lines wrap differently now: ask the layouts around for the new minimum height.
        wrappedHeight_ = height;
        if (QWidget* parent = parentWidget())
            parent->updateGeometry();
        invalidate();
    }
}

// Places the items in `rect` (when `apply`) and returns the height they take.
int FlowLayout::arrange(const QRect& rect, bool apply) const {
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = spacing();
    // Lines of [first, last) item indexes.
    struct Line {
        int first, last, height, stretchX;
    };
    std::vector<Line> lines;
    int x = 0;
    Line line{0, 0, 0, -1};
    for (int i = 0; i < items_.size(); ++i) {
        const QLayoutItem* item = items_.at(i);
        if (item->isEmpty()) {
            line.last = i + 1;
            continue;
        }
        const QSize hint = item->sizeHint();
        if (x > 0 && x + hint.width() > area.width()) {
            lines.push_back(line);
            line = Line{i, i, 0, -1};
            x = 0;
        }
        x += hint.width() + gap;
        line.last = i + 1;
        line.height = std::max(line.height, hint.height());
    }
    lines.push_back(line);

    int y = area.y();
    for (const Line& l : lines) {
        if (apply) {
            // Items after the stretch sit at the line's right end.
            int tail = 0;
            for (int i = std::max(l.first, stretchAt_ < 0 ? l.last : stretchAt_); i < l.last; ++i)
                if (!items_.at(i)->isEmpty())
                    tail += items_.at(i)->sizeHint().width() + gap;
            int left = area.x();
            for (int i = l.first; i < l.last; ++i) {
                QLayoutItem* item = items_.at(i);
                if (item->isEmpty())
                    continue;
                if (i == std::max(l.first, stretchAt_) && stretchAt_ >= 0 && tail > 0)
                    left = std::max(left, area.right() + 1 - tail + gap);
                // An item wider than the line shrinks to it, as far as its minimum allows.
                const int width = std::max(std::min(item->sizeHint().width(), area.width()),
                                           item->minimumSize().width());
                item->setGeometry(QRect(QPoint(left, y), QSize(width, l.height)));
                left += width + gap;
            }
        }
        y += l.height + gap;
    }
    const QMargins m = contentsMargins();
    return y - gap - area.y() + m.top() + m.bottom();
}

} // namespace convsight::widgets
