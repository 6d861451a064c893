// The line under a workspace that says what just happened, what went well (green) or, in red, what
// went wrong and what to do; hidden while there is nothing to say. Every workspace uses this one.
#pragma once

#include <QLabel>

namespace convsight::widgets {

class MessageLine : public QLabel {
    Q_OBJECT
public:
    enum class Tone { Information, Success, Problem };

    explicit MessageLine(QWidget* parent = nullptr);

    void showMessage(const QString& text, Tone tone = Tone::Information);
    void showProblem(const QString& text) { showMessage(text, Tone::Problem); }
    void clearMessage();

    Tone tone() const { return tone_; }
    bool isProblem() const { return tone_ == Tone::Problem && !text().isEmpty(); }

private:
    Tone tone_{Tone::Information};
};

} // namespace convsight::widgets
