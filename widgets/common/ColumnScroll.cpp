// The column's own width plus room for the vertical scroll bar; any height.
#include "common/ColumnScroll.h"

#include <QScrollBar>

namespace convsight::widgets {

ColumnScroll::ColumnScroll(QWidget* column, QWidget* parent)
    : QScrollArea(parent) {
    setWidget(column);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

QSize ColumnScroll::minimumSizeHint() const {
    const int bar = verticalScrollBar()->sizeHint().width();
    const QWidget* column = widget();
    const int width =
        column ? column->minimumSizeHint().expandedTo(column->minimumSize()).width() : 0;
    return {width + bar, QScrollArea::minimumSizeHint().height()};
}

QSize ColumnScroll::sizeHint() const {
    const QWidget* column = widget();
    if (!column)
        return QScrollArea::sizeHint();
    // No wider than the controls need: a splitter gives the rest to what stretches beside it.
    return {minimumSizeHint().width(), column->sizeHint().height()};
}

} // namespace convsight::widgets
