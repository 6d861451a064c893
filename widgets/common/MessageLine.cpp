// The message line: one look for every workspace's messages, its colours from the theme.
#include "common/MessageLine.h"

#include "common/Theme.h"

namespace convsight::widgets {

MessageLine::MessageLine(QWidget* parent)
    : QLabel(parent) {
    setObjectName(QStringLiteral("messageLine"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
    // The message shown takes the new theme's colours.
    connect(theme::notifier(), &theme::Notifier::themeChanged, this, [this] {
        if (!text().isEmpty())
            showMessage(text(), tone_);
    });
}

void MessageLine::showMessage(const QString& text, Tone tone) {
    tone_ = tone;
    const theme::Colours& c = theme::colours();
    const auto [ink, fill] = tone == Tone::Problem   ? std::pair{c.problemText, c.problemFill}
                             : tone == Tone::Success ? std::pair{c.successText, c.successFill}
                                                     : std::pair{c.text, c.accentFill};
    const QString sheet =
        QStringLiteral("color: %1; background: %2; border-radius: 6px; padding: 6px 10px;")
            .arg(theme::css(ink), theme::css(fill));
    if (styleSheet() != sheet) // restyling is slow, and progress messages come many a second
        setStyleSheet(sheet);
    setText(text);
    setVisible(!text.isEmpty());
}

void MessageLine::clearMessage() {
    tone_ = Tone::Information;
    clear();
    hide();
}

} // namespace convsight::widgets
