// UpdateRuleView: the rule as HTML in one QLabel (in a scroll area for short panels); the
// numbers are formatted as the student would write them (0.001, 10⁻⁸), never as 1e-08.
#include "train/UpdateRuleView.h"

#include "common/Theme.h"
#include "io/Json.h"

#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTextDocument>
#include <QVBoxLayout>
#include <cfloat>
#include <cmath>
#include <stdexcept>
#include <vector>

namespace convsight::widgets {
namespace {

constexpr double kFormulaPt = 15.0;
constexpr double kExplanationPt = 13.0;
constexpr int kWideFrom = 640; // px: from here the symbolic form stands beside the numbers

// `value` with `digits` significant digits; very small or large ones as m·10ⁿ.
QString number(double value, int digits = 6) {
    const QString text = QString::number(value, 'g', digits);
    const qsizetype e = text.indexOf(QLatin1Char('e'));
    if (e < 0)
        return text;
    static const QString superscripts = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
    const QString mantissa = text.left(e);
    const int exponent = text.mid(e + 1).toInt();
    QString power = QStringLiteral("10");
    if (exponent < 0)
        power += QChar(0x207B); // superscript minus
    for (const QChar digit : QString::number(std::abs(exponent)))
        power += superscripts[digit.digitValue()];
    return mantissa == QLatin1String("1") ? power : mantissa + QStringLiteral("·") + power;
}

QString number(float value, int digits = 6) {
    return number(static_cast<double>(value), digits);
}

// A number from the settings; a missing optional one is `fallback`.
float field(const nlohmann::json& settings, const char* key, bool required, float fallback = 0) {
    if (!settings.contains(key)) {
        if (required)
            throw std::invalid_argument(std::string("update rule: the optimizer settings have "
                                                    "no \"") +
                                        key + "\"");
        return fallback;
    }
    const nlohmann::json& value = settings.at(key);
    if (!value.is_number() || !std::isfinite(value.get<double>()) ||
        std::fabs(value.get<double>()) > FLT_MAX) // beyond float: not even representable
        throw std::invalid_argument(std::string("update rule: \"") + key +
                                    "\" must be a number, not " + io::json_excerpt(value));
    return value.get<float>();
}

struct Formula {
    QString symbolic, numeric;
};
struct Symbol {
    QString symbol, meaning;
};

} // namespace

UpdateRuleView::UpdateRuleView(QWidget* parent)
    : QWidget(parent) {
    QFont base = font();
    base.setPointSizeF(kExplanationPt);
    setFont(base);
    text_ = new QLabel;
    text_->setObjectName(QStringLiteral("updateRuleText"));
    text_->setTextFormat(Qt::RichText);
    text_->setWordWrap(true);
    text_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    text_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text_->setMargin(6);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("updateRuleScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(text_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    render();
    // The rule's colours and its formulas' size come from the theme and the scale.
    connect(theme::notifier(), &theme::Notifier::themeChanged, this, &UpdateRuleView::render);
    connect(theme::notifier(), &theme::Notifier::scaleChanged, this, &UpdateRuleView::render);
}

void UpdateRuleView::setOptimizer(const nlohmann::json& settings) {
    if (settings.is_null() || (settings.is_object() && settings.empty())) {
        kind_ = Kind::None;
        render();
        return;
    }
    if (!settings.is_object() || !settings.contains("type") || !settings.at("type").is_string())
        throw std::invalid_argument("update rule: the optimizer settings need a \"type\" (\"sgd\" "
                                    "or \"adam\"), not " +
                                    io::json_excerpt(settings));
    const std::string type = settings.at("type").get<std::string>();
    if (type != "sgd" && type != "adam")
        throw std::invalid_argument("update rule: unknown optimizer \"" + type +
                                    "\"; it shows \"sgd\" and \"adam\"");
    const bool adam = type == "adam";
    // Read everything before changing anything, so a bad field leaves the view as it was.
    const float lr = field(settings, "lr", true);
    const float momentum = adam ? 0.0f : field(settings, "momentum", false);
    const float beta1 = adam ? field(settings, "beta1", true) : beta1_;
    const float beta2 = adam ? field(settings, "beta2", true) : beta2_;
    const float eps = adam ? field(settings, "eps", true) : eps_;
    const float weightDecay = field(settings, "weight_decay", false);
    std::int64_t step = step_;
    if (settings.contains("steps")) {
        if (!settings.at("steps").is_number_integer() ||
            settings.at("steps").get<std::int64_t>() < 0)
            throw std::invalid_argument("update rule: \"steps\" must be a whole number ≥ 0, not " +
                                        io::json_excerpt(settings.at("steps")));
        step = settings.at("steps").get<std::int64_t>();
    }
    kind_ = adam ? Kind::Adam : Kind::Sgd;
    lr_ = lr;
    momentum_ = momentum;
    beta1_ = beta1;
    beta2_ = beta2;
    eps_ = eps;
    weightDecay_ = weightDecay;
    step_ = step;
    render();
}

void UpdateRuleView::setLearningRate(float rate) {
    lr_ = rate;
    render();
}

void UpdateRuleView::setStep(std::int64_t step) {
    step_ = std::max<std::int64_t>(0, step);
    render();
}

void UpdateRuleView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    if (const bool wide = width() >= kWideFrom; wide != wide_) {
        wide_ = wide;
        render();
    }
}

QString UpdateRuleView::formulaText() const {
    QTextDocument document;
    document.setHtml(html_);
    return document.toPlainText();
}

struct UpdateRuleView::Rule {
    QString title;
    std::vector<Formula> formulas;
    std::vector<Symbol> symbols;
};

void UpdateRuleView::render() {
    if (kind_ == Kind::None) {
        html_ = tr("<p>The optimizer's update rule appears here with its numbers when training "
                   "starts.</p>");
        text_->setText(html_);
        return;
    }
    const QLocale locale;
    const bool decay = weightDecay_ != 0.0f;
    Rule rule;
    // g: the gradient with the L2 term, as math.h adds it before any other use.
    const QString gradient = QStringLiteral("∇L(θ)");
    QString g = gradient;
    if (decay) {
        rule.formulas.push_back({QStringLiteral("g = ∇L(θ) + λ·θ"),
                                 QStringLiteral("g = ∇L(θ) + %1·θ").arg(number(weightDecay_))});
        g = QStringLiteral("g");
    }
    rule.symbols.push_back(
        {QStringLiteral("θ"), tr("one weight or bias; every one is updated alike")});
    rule.symbols.push_back(
        {gradient, tr("the gradient of this batch's loss with respect to θ (backpropagation)")});
    if (decay)
        rule.symbols.push_back({QStringLiteral("λ = %1").arg(number(weightDecay_)),
                                tr("weight decay: pulls every weight a little towards 0")});
    if (kind_ == Kind::Adam)
        addAdam(rule, g);
    else
        addSgd(rule, g);
    rule.symbols.push_back({QStringLiteral("η = %1").arg(number(lr_)),
                            tr("the learning rate now (the schedule sets it every epoch)")});
    rule.symbols.push_back(
        {QStringLiteral("t = %1").arg(locale.toString(std::max<std::int64_t>(1, step_))),
         step_ < 1 ? tr("the first update, about to be made")
                   : tr("the number of the latest update (updates made so far)")});
    html_ = toHtml(rule);
    text_->setText(html_);
}

void UpdateRuleView::addSgd(Rule& rule, const QString& g) const {
    const QString eta = number(lr_);
    if (momentum_ == 0.0f) {
        rule.title = tr("SGD, for every weight θ after every batch:");
        rule.formulas.push_back(
            {QStringLiteral("θ ← θ − η·%1").arg(g), QStringLiteral("θ ← θ − %1·%2").arg(eta, g)});
        return;
    }
    rule.title = tr("SGD with momentum, for every weight θ after every batch:");
    rule.formulas.push_back({QStringLiteral("v ← μ·v + %1").arg(g),
                             QStringLiteral("v ← %1·v + %2").arg(number(momentum_), g)});
    rule.formulas.push_back(
        {QStringLiteral("θ ← θ − η·v"), QStringLiteral("θ ← θ − %1·v").arg(eta)});
    rule.symbols.push_back({QStringLiteral("v"), tr("the velocity: a running sum of past "
                                                    "gradients, one per weight, starting at 0")});
    rule.symbols.push_back({QStringLiteral("μ = %1").arg(number(momentum_)),
                            tr("momentum: how much of the last velocity is kept")});
}

void UpdateRuleView::addAdam(Rule& rule, const QString& g) const {
    rule.title = tr("Adam, for every weight θ after every batch:");
    const std::int64_t t = std::max<std::int64_t>(1, step_);
    // As the CPU and CUDA backends compute them: in double, from the float betas.
    const double bias1 = 1.0 - std::pow(static_cast<double>(beta1_), static_cast<double>(t));
    const double bias2 = 1.0 - std::pow(static_cast<double>(beta2_), static_cast<double>(t));
    const QString b1 = number(beta1_), b2 = number(beta2_);
    const QString squared = g + QStringLiteral("²"); // not in the pattern: arg() reads ² as a digit
    std::vector<Formula>& formulas = rule.formulas;
    formulas.push_back({QStringLiteral("m ← β₁·m + (1 − β₁)·%1").arg(g),
                        QStringLiteral("m ← %1·m + %2·%3")
                            .arg(b1, number(1.0 - static_cast<double>(beta1_), 4), g)});
    formulas.push_back({QStringLiteral("v ← β₂·v + (1 − β₂)·%1").arg(squared),
                        QStringLiteral("v ← %1·v + %2·%3")
                            .arg(b2, number(1.0 - static_cast<double>(beta2_), 4), squared)});
    formulas.push_back({QStringLiteral("m′ = m / (1 − β₁ᵗ)"),
                        QStringLiteral("m′ = m / %1").arg(number(bias1, 4))});
    formulas.push_back({QStringLiteral("v′ = v / (1 − β₂ᵗ)"),
                        QStringLiteral("v′ = v / %1").arg(number(bias2, 4))});
    formulas.push_back(
        {QStringLiteral("θ ← θ − η·m′ / (√v′ + ε)"),
         QStringLiteral("θ ← θ − %1·m′ / (√v′ + %2)").arg(number(lr_), number(eps_))});
    std::vector<Symbol>& symbols = rule.symbols;
    symbols.push_back({QStringLiteral("m, v"), tr("moving averages of the gradient and of "
                                                  "its square, one per weight, from 0")});
    symbols.push_back({QStringLiteral("m′, v′"), tr("m and v with their bias corrected")});
    symbols.push_back(
        {QStringLiteral("β₁ = %1").arg(b1), tr("how slowly m forgets old gradients")});
    symbols.push_back({QStringLiteral("β₂ = %1").arg(b2), tr("the same for v")});
    symbols.push_back({QStringLiteral("1 − β₁ᵗ = %1").arg(number(bias1, 4)),
                       tr("bias correction: m starts at 0, so early averages are scaled up")});
    symbols.push_back({QStringLiteral("1 − β₂ᵗ = %1").arg(number(bias2, 4)), tr("the same for v")});
    symbols.push_back({QStringLiteral("ε = %1").arg(number(eps_)),
                       tr("keeps the division safe where v′ is tiny")});
}

QString UpdateRuleView::toHtml(const Rule& rule) const {
    const QString accent = theme::colours().accent.name();
    const QString muted = theme::colours().mutedText.name();
    QString html =
        QStringLiteral("<p style='color:%1'>%2</p>").arg(muted, rule.title.toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='0' cellpadding='3' style='font-size:%1pt'>")
                .arg(kFormulaPt * theme::scale());
    // Narrow, only the numbers: the symbols' list below says which is which.
    for (const Formula& f : rule.formulas) {
        html += QStringLiteral("<tr>");
        if (wide_)
            html += QStringLiteral("<td style='color:%1'>%2</td><td>&nbsp;&nbsp;</td>")
                        .arg(muted, f.symbolic.toHtmlEscaped());
        html += QStringLiteral("<td style='color:%1'><b>%2</b></td></tr>")
                    .arg(accent, f.numeric.toHtmlEscaped());
    }
    html += QStringLiteral("</table><p></p><table cellspacing='0' cellpadding='2'>");
    for (const Symbol& s : rule.symbols)
        html +=
            QStringLiteral(
                "<tr><td "
                "style='white-space:nowrap'><b>%1</b></td><td>&nbsp;&nbsp;</td><td>%2</td></tr>")
                .arg(s.symbol.toHtmlEscaped(), s.meaning.toHtmlEscaped());
    html += QStringLiteral("</table>");
    return html;
}

} // namespace convsight::widgets
