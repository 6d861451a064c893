// A sign that something is under way, shown only when it lasts: after a short delay (0.3 s) the
// widget gets the busy cursor and a line such as "Opening photo.jpg…" appears; stop() takes both
// away. Quick work never flickers a message.
#pragma once

#include <QObject>
#include <QString>
#include <functional>

class QTimer;
class QWidget;

namespace convsight::widgets {

class BusyIndicator : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultDelayMs = 300;

    // `show` puts the text on screen (a message line), `hide` takes it away again.
    BusyIndicator(QWidget* widget, std::function<void(const QString&)> show,
                  std::function<void()> hide);

    // Starts waiting `delay()` ms before showing `text`; a running indicator takes the new text.
    void start(const QString& text);
    // Ends it: the cursor and the text go (if they were shown).
    void stop();
    bool isRunning() const;
    bool isShown() const { return shown_; }
    QString text() const { return text_; }
    int delay() const;
    void setDelay(int ms);

signals:
    void shown(const QString& text);

private:
    void showNow();

    QWidget* widget_;
    std::function<void(const QString&)> show_;
    std::function<void()> hide_;
    QTimer* timer_;
    QString text_;
    bool shown_{false};
};

} // namespace convsight::widgets
