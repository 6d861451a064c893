// A stack of pages (the window's workspaces) that never sets the height of the window around it:
// the window opens at a size that fits the screen, and a tall page or a long message in it does
// not push the window larger or out of full screen. Each page keeps its panels scrolling or
// wrapping instead; minimumNeeded() says what the page shown asks for, to check that it fits.
// Its least width is the page's: the window puts the stack in a scroll area that scrolls
// sideways, so a page squeezed by a panel beside it (the Lessons dock) scrolls instead of being
// cut off.
#pragma once

#include <QStackedWidget>

namespace convsight::widgets {

class PageStack : public QStackedWidget {
    Q_OBJECT
public:
    explicit PageStack(QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return false; }
    int heightForWidth(int) const override { return -1; }

    // The least size the page shown needs at `width`, its wrapped lines included.
    QSize minimumNeeded(int width) const;
};

} // namespace convsight::widgets
