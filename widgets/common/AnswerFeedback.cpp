// The right/wrong line of the exercises (see AnswerFeedback.h).
#include "common/AnswerFeedback.h"

#include "common/Theme.h"

namespace convsight::widgets {

AnswerFeedback::AnswerFeedback(QWidget* parent)
    : QLabel(parent) {
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    theme::followTheme(this, [this] { return styleSheetFor(tone_); });
    hide();
}

void AnswerFeedback::showFeedback(const QString& html, Tone tone) {
    tone_ = tone;
    setText(html);
    setStyleSheet(styleSheetFor(tone));
    show();
}

QString AnswerFeedback::styleSheetFor(Tone tone) const {
    const auto& c = theme::colours();
    const QColor ink = tone == Tone::Right   ? c.successText
                       : tone == Tone::Wrong ? c.problemText
                                             : c.text;
    const QColor fill = tone == Tone::Right   ? c.successFill
                        : tone == Tone::Wrong ? c.problemFill
                                              : c.noteFill;
    return QStringLiteral("color: %1; background: %2; border-radius: 6px; padding: 4px 10px;")
        .arg(theme::css(ink), theme::css(fill));
}

} // namespace convsight::widgets
