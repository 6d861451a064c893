// The model's answer for one input: a horizontal bar per class (the five most probable of more
// than twenty) with its name and percentage, the predicted (top) class highlighted and, when
// known, the true label marked; above them, a line naming where they come from ("softmax of
// dense2's 10 scores").
#pragma once

#include <QStringList>
#include <QWidget>
#include <vector>

namespace convsight::widgets {

class ProbabilityBars : public QWidget {
    Q_OBJECT
public:
    explicit ProbabilityBars(QWidget* parent = nullptr);

    // Names by class index; a class without a name is called "class i".
    void setClassNames(const QStringList& names);
    const QStringList& classNames() const { return names_; }
    // One probability per class, in [0, 1]; trueLabel −1 when unknown (a sketch, a file).
    void setProbabilities(const std::vector<float>& probabilities, int trueLabel = -1);
    void clear();
    // The line above the caption that names the bars' source; empty: none.
    void setSourceText(const QString& text);
    const QString& sourceText() const { return source_; }

    const std::vector<float>& probabilities() const { return probabilities_; }
    int trueLabel() const { return trueLabel_; }
    int predicted() const; // the most probable class, −1 when there are no probabilities
    // "Sneaker", or "class 7" for a class without a name.
    QString className(int index) const;
    // The caption above the bars: "prediction: Sneaker (87.3 %) · true: Sneaker".
    QString caption() const;
    // Where class `index`'s bar row is drawn, in widget coordinates (for tests); empty when the
    // class has no row.
    QRect rowRect(int index) const;
    // The classes that have a row, top to bottom: every class in order for up to kAllClassesUpTo
    // classes; for more (ImageNet's 1000) the kTopShown most probable, most probable first.
    static constexpr int kAllClassesUpTo = 20;
    static constexpr int kTopShown = 5;
    std::vector<int> shownClasses() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    int rowHeight() const;
    int captionHeight() const;
    int nameWidth() const;
    int percentWidth() const;

    int sourceHeight() const;
    int laidOutSourceHeight_{0}; // sourceHeight() at the last resize: a change asks for more room

    QString source_;
    QStringList names_;
    std::vector<float> probabilities_;
    int trueLabel_{-1};
};

} // namespace convsight::widgets
