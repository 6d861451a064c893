// The optimizer's update rule with the run's numbers put in (SGD with momentum, or Adam, with
// weight decay when it is on), exactly as core/compute/shared/math.h applies it, each symbol
// explained underneath: what is applied to every weight is never hidden.
#pragma once

#include <QString>
#include <QWidget>
#include <cstdint>
#include <nlohmann/json.hpp>

class QLabel;

namespace convsight::widgets {

class UpdateRuleView : public QWidget {
    Q_OBJECT
public:
    explicit UpdateRuleView(QWidget* parent = nullptr);

    // nn::optimizer_settings() output: {"type": "sgd", "lr", "momentum", "weight_decay",
    // "steps"} or {"type": "adam", "lr", "beta1", "beta2", "eps", "weight_decay", "steps"}.
    // Null or {} shows that no optimizer is set yet. Anything else malformed throws
    // std::invalid_argument saying what is wrong, and changes nothing.
    void setOptimizer(const nlohmann::json& settings);
    void setLearningRate(float rate); // the schedule's current rate η
    void setStep(std::int64_t step);  // updates made so far: Adam's t of the latest one
    float learningRate() const { return lr_; }
    std::int64_t step() const { return step_; }
    QString formulaText() const; // the formula and its explanations as plain text
    QString formulaHtml() const { return html_; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    enum class Kind { None, Sgd, Adam };
    struct Rule; // the title, the formulas and the symbols' meanings
    void render();
    // The optimizer's own lines, `g` being the gradient (with weight decay when there is some).
    void addSgd(Rule& rule, const QString& g) const;
    void addAdam(Rule& rule, const QString& g) const;
    QString toHtml(const Rule& rule) const;

    Kind kind_{Kind::None};
    float lr_{0.0f};
    float momentum_{0.0f};
    float beta1_{0.9f}, beta2_{0.999f}, eps_{1e-8f};
    float weightDecay_{0.0f};
    std::int64_t step_{0};
    bool wide_{true}; // the symbolic form beside the numbers
    QString html_;
    QLabel* text_{};
};

} // namespace convsight::widgets
