// AnswerFeedback: the line under an exercise's question that says whether the answer was right
// (green), wrong (red) or not an answer yet (a hint, in the note colour), and how the answer is
// made. Shared by the exercises of Step through, Filter and Inspect.
#pragma once

#include <QLabel>

namespace convsight::widgets {

class AnswerFeedback : public QLabel {
    Q_OBJECT
public:
    enum class Tone { Hint, Right, Wrong };

    explicit AnswerFeedback(QWidget* parent = nullptr);

    // Shows `html` in the tone's colours (and the label itself).
    void showFeedback(const QString& html, Tone tone);
    Tone tone() const { return tone_; }

private:
    QString styleSheetFor(Tone tone) const;
    Tone tone_{Tone::Hint};
};

} // namespace convsight::widgets
