// The delayed busy cursor and message.
#include "common/BusyIndicator.h"

#include <QTimer>
#include <QWidget>

namespace convsight::widgets {

BusyIndicator::BusyIndicator(QWidget* widget, std::function<void(const QString&)> show,
                             std::function<void()> hide)
    : QObject(widget)
    , widget_(widget)
    , show_(std::move(show))
    , hide_(std::move(hide))
    , timer_(new QTimer(this)) {
    timer_->setSingleShot(true);
    timer_->setInterval(kDefaultDelayMs);
    connect(timer_, &QTimer::timeout, this, &BusyIndicator::showNow);
}

void BusyIndicator::start(const QString& text) {
    text_ = text;
    if (shown_)
        showNow();
    else
        timer_->start();
}

void BusyIndicator::stop() {
    timer_->stop();
    if (!shown_)
        return;
    shown_ = false;
    widget_->unsetCursor();
    if (hide_)
        hide_();
}

bool BusyIndicator::isRunning() const {
    return shown_ || timer_->isActive();
}

int BusyIndicator::delay() const {
    return timer_->interval();
}

void BusyIndicator::setDelay(int ms) {
    timer_->setInterval(ms);
}

void BusyIndicator::showNow() {
    shown_ = true;
    widget_->setCursor(Qt::BusyCursor);
    if (show_)
        show_(text_);
    emit shown(text_);
}

} // namespace convsight::widgets
