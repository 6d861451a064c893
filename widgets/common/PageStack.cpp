// The page shown decides the stack's preferred size and its least width; nothing decides a least
// height.
#include "common/PageStack.h"

#include <QLayout>
#include <algorithm>

namespace convsight::widgets {

PageStack::PageStack(QWidget* parent)
    : QStackedWidget(parent) {
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    connect(this, &QStackedWidget::currentChanged, this, [this] { updateGeometry(); });
}

QSize PageStack::minimumSizeHint() const {
    const QWidget* page = currentWidget();
    return {page ? page->minimumSizeHint().expandedTo(page->minimumSize()).width() : 0, 0};
}

QSize PageStack::sizeHint() const {
    const QWidget* page = currentWidget();
    return page ? page->sizeHint() : QStackedWidget::sizeHint();
}

QSize PageStack::minimumNeeded(int width) const {
    const QWidget* page = currentWidget();
    if (!page)
        return {};
    const QSize least = page->minimumSizeHint().expandedTo(page->minimumSize());
    const int height =
        page->layout() && page->layout()->hasHeightForWidth()
            ? std::max(least.height(), page->layout()->totalMinimumHeightForWidth(width))
            : least.height();
    return {least.width(), height};
}

} // namespace convsight::widgets
