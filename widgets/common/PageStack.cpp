// The page shown decides the stack's preferred size; nothing decides a minimum.
#include "common/PageStack.h"

#include <QLayout>
#include <algorithm>

namespace convsight::widgets {

PageStack::PageStack(QWidget* parent)
    : QStackedWidget(parent) {
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    connect(this, &QStackedWidget::currentChanged, this, [this] { updateGeometry(); });
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
