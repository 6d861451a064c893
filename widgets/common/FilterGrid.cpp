// FilterGrid: setWeights() makes one small image per filter (one pixel per weight); the canvas
// inside the scroll area paints them enlarged with nearest-neighbour and thin grid lines, laid
// out for the space it has, so painting never touches the weights.
#include "common/FilterGrid.h"

#include "common/FlowLayout.h"
#include "common/Theme.h"
#include "image/SignedDisplay.h"
#include "nn/FirstLayer.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QLinearGradient>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace convsight::widgets {

namespace {

constexpr int kMargin = 10;     // around the grid, px
constexpr int kGap = 14;        // between cells, px
constexpr int kTileGap = 3;     // between one filter's channel tiles, px
constexpr int kPairGap = 10;    // between "was" and "now", px
constexpr int kMinSide = 48;    // a filter's side is never drawn smaller, px
constexpr int kMaxSide = 168;   // nor larger, however much room there is, px
constexpr int kTooltipSize = 5; // weights as numbers up to 5×5
// Colours of the theme in force, read at paint time.
QColor borderColour() {
    return theme::colours().outline;
}
QColor weightLineColour() {
    QColor line = theme::colours().outline;
    line.setAlpha(120);
    return line;
}

// A weight as a student reads it: three decimals, a real minus sign.
QString weightText(double v) {
    QString text = QString::number(v, 'f', 3);
    if (text.startsWith(u'-'))
        text.replace(0, 1, QChar(0x2212));
    if (text == QStringLiteral("\u22120.000"))
        text = QStringLiteral("0.000");
    return text;
}

QString scaleText(double scale) {
    return QString::number(scale, 'g', 3);
}

} // namespace

// The grid itself: paints FilterGrid's cells and turns clicks and hovers into filters.
class FilterGridCanvas : public QWidget {
public:
    explicit FilterGridCanvas(FilterGrid* grid)
        : QWidget(grid)
        , grid_(grid) {
        setObjectName(QStringLiteral("filterGridCanvas"));
        setAttribute(Qt::WA_OpaquePaintEvent);
        setCursor(Qt::PointingHandCursor);
    }

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent*) override { grid_->relayout(); }
    bool event(QEvent* event) override;

private:
    void paintImage(QPainter& painter, const QImage& image, const QRect& target) const;

    FilterGrid* grid_;
};

// The colour scale: "−0.42 [blue–white–orange] +0.42", or the grey ramp of a colour filter.
class FilterGridLegend : public QWidget {
public:
    explicit FilterGridLegend(FilterGrid* grid)
        : QWidget(grid)
        , grid_(grid) {
        setObjectName(QStringLiteral("filterGridLegend"));
        setMinimumHeight(QFontMetrics(theme::titleFont(font())).height() + 8);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    QSize sizeHint() const override { return {300, minimumHeight()}; }

protected:
    void paintEvent(QPaintEvent*) override;

private:
    FilterGrid* grid_;
};

void FilterGridLegend::paintEvent(QPaintEvent*) {
    if (grid_->filterCount() == 0)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont font = theme::titleFont(this->font());
    painter.setFont(font);
    const QFontMetrics metrics(font);
    const bool colour = grid_->weights_.dim(1) == 3;
    const QString amount =
        grid_->sharedScale_ ? scaleText(grid_->scale(0)) : FilterGrid::tr("max |w|");
    const QString low = QChar(0x2212) + amount, high = QLatin1Char('+') + amount;
    const int barWidth = std::clamp(width() / 3, 80, 160);
    const int y = (height() - 14) / 2;
    int x = 0;
    painter.setPen(theme::colours().text);
    painter.drawText(QRect(x, 0, metrics.horizontalAdvance(low), height()), Qt::AlignVCenter, low);
    x += metrics.horizontalAdvance(low) + 6;
    const QRect bar(x, y, barWidth, 14);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    // A colour filter's weights are drawn as pixel levels (black, mid grey, white): data, not
    // theme colours.
    if (colour) {
        gradient.setColorAt(0, Qt::black);
        gradient.setColorAt(1, Qt::white);
    } else {
        theme::setColourStops(gradient, theme::ColourMap::Diverging);
    }
    painter.setPen(borderColour());
    painter.setBrush(gradient);
    painter.drawRect(bar);
    painter.setPen(theme::colours().text);
    x = bar.right() + 6;
    painter.drawText(QRect(x, 0, metrics.horizontalAdvance(high), height()), Qt::AlignVCenter,
                     high);
    x += metrics.horizontalAdvance(high) + 12;
    painter.setFont(theme::detailFont(this->font()));
    painter.setPen(theme::colours().mutedText);
    const QString note = colour ? FilterGrid::tr("grey is 0; red, green, blue: each channel")
                         : grid_->sharedScale_ ? FilterGrid::tr("white is 0, one scale for all")
                                               : FilterGrid::tr("white is 0, each filter scaled");
    // Only where it fits whole: a cut-off sentence reads worse than none.
    if (QFontMetrics(painter.font()).horizontalAdvance(note) <= width() - x)
        painter.drawText(QRect(x, 0, width() - x, height()), Qt::AlignVCenter, note);
}

FilterGrid::FilterGrid(QWidget* parent)
    : QWidget(parent) {
    emptyText_ = tr("No filters yet.");
    title_ = new QLabel(this);
    title_->setObjectName(QStringLiteral("filterGridTitle"));
    title_->setFont(theme::titleFont(font()));
    title_->setWordWrap(true);
    title_->hide();

    sharedScaleCheck_ = new QCheckBox(tr("Same scale for all"), this);
    sharedScaleCheck_->setObjectName(QStringLiteral("sharedScaleCheck"));
    sharedScaleCheck_->setChecked(sharedScale_);
    sharedScaleCheck_->setToolTip(
        tr("On: one colour scale for every filter, so you can compare them. Off: each filter "
           "stretched to its own largest weight, so a small filter's pattern shows too."));
    connect(sharedScaleCheck_, &QCheckBox::toggled, this, &FilterGrid::setSharedScale);

    legend_ = new FilterGridLegend(this);

    canvas_ = new FilterGridCanvas(this);
    scroll_ = new QScrollArea(this);
    scroll_->setObjectName(QStringLiteral("filterGridScroll"));
    scroll_->setFrameShape(QFrame::NoFrame);
    scroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll_->setWidgetResizable(true);
    scroll_->setWidget(canvas_);
    scroll_->viewport()->installEventFilter(this);

    // The check box goes under the legend where the grid is narrow.
    auto* controls = new FlowLayout;
    controls->setContentsMargins(kMargin, 0, kMargin, 0);
    controls->addWidget(legend_);
    controls->addWidget(sharedScaleCheck_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    title_->setContentsMargins(kMargin, 4, kMargin, 0);
    layout->addWidget(title_);
    layout->addLayout(controls);
    layout->addWidget(scroll_, 1);
}

FilterGrid::~FilterGrid() = default;

void FilterGrid::setWeights(const compute::Tensor& weights) {
    if (weights.defined() && weights.rank() != 4)
        throw std::invalid_argument("FilterGrid: the filters must be a (K, C, F, F) tensor, not " +
                                    weights.shape_string());
    weights_ = weights.defined() ? weights.to(compute::Device::cpu()).clone() : compute::Tensor{};
    if (highlighted_ >= filterCount())
        highlighted_ = -1;
    rebuild();
}

void FilterGrid::setInitialWeights(const compute::Tensor& weights) {
    initial_ = weights.defined() ? weights.to(compute::Device::cpu()).clone() : compute::Tensor{};
    rebuild();
}

void FilterGrid::setTitle(const QString& title) {
    title_->setText(title);
    title_->setVisible(!title.isEmpty());
}

void FilterGrid::setEmptyText(const QString& text) {
    emptyText_ = text;
    update();
    if (canvas())
        canvas()->update();
}

QString FilterGrid::title() const {
    return title_->text();
}

void FilterGrid::setSharedScale(bool shared) {
    {
        const QSignalBlocker blocker(sharedScaleCheck_);
        sharedScaleCheck_->setChecked(shared);
    }
    if (shared == sharedScale_)
        return;
    sharedScale_ = shared;
    rebuild();
}

void FilterGrid::setHighlighted(int filter) {
    const int highlighted = filter >= 0 && filter < filterCount() ? filter : -1;
    if (highlighted == highlighted_)
        return;
    highlighted_ = highlighted;
    canvas_->update();
}

int FilterGrid::filterCount() const {
    return weights_.defined() ? static_cast<int>(weights_.dim(0)) : 0;
}

bool FilterGrid::showsInitialWeights() const {
    return weights_.defined() && initial_.defined() && initial_.shape() == weights_.shape();
}

QString FilterGrid::caption(int k) const {
    if (k < 0 || k >= filterCount())
        return {};
    QString text = QString::number(k + 1);
    if (showsInitialWeights())
        text += u'\n' + tr("drift %1").arg(drift_[static_cast<std::size_t>(k)], 0, 'f', 2);
    return text;
}

double FilterGrid::scale(int k) const {
    return k >= 0 && k < filterCount() ? scales_[static_cast<std::size_t>(k)] : 0.0;
}

QImage FilterGrid::filterImage(int k) const {
    return k >= 0 && k < filterCount() ? images_[static_cast<std::size_t>(k)] : QImage();
}

QImage FilterGrid::initialFilterImage(int k) const {
    return showsInitialWeights() && k >= 0 && k < filterCount()
               ? initialImages_[static_cast<std::size_t>(k)]
               : QImage();
}

QWidget* FilterGrid::canvas() const {
    return canvas_;
}

void FilterGrid::rebuild() {
    images_.clear();
    initialImages_.clear();
    drift_.clear();
    scales_.clear();
    const int filters = filterCount();
    if (filters > 0) {
        // Channel tiles side by side up to 4, then in a near-square block; C == 3 is one colour
        // image.
        const int channels = static_cast<int>(weights_.dim(1));
        tilesAcross_ = channels == 3   ? 1
                       : channels <= 4 ? channels
                                       : static_cast<int>(std::ceil(std::sqrt(channels)));
        tilesDown_ = channels == 3 ? 1 : (channels + tilesAcross_ - 1) / tilesAcross_;
        const bool pairs = showsInitialWeights();
        if (pairs)
            drift_ = nn::filter_drift(initial_, weights_);
        const std::vector<float> w = weights_.to_vector();
        const std::vector<float> w0 = pairs ? initial_.to_vector() : std::vector<float>{};
        const auto size = w.size() / static_cast<std::size_t>(filters);
        // Each filter's largest |w|, over its "was" and "now" so the pair is drawn alike.
        for (std::size_t k = 0; k < static_cast<std::size_t>(filters); ++k) {
            double peak = 0;
            for (std::size_t i = k * size; i < (k + 1) * size; ++i)
                peak = std::max({peak, std::abs(static_cast<double>(w[i])),
                                 pairs ? std::abs(static_cast<double>(w0[i])) : 0.0});
            scales_.push_back(peak);
        }
        if (sharedScale_)
            std::fill(scales_.begin(), scales_.end(),
                      *std::max_element(scales_.begin(), scales_.end()));
        for (int k = 0; k < filters; ++k) {
            images_.push_back(makeImage(weights_, k, scales_[static_cast<std::size_t>(k)]));
            if (pairs)
                initialImages_.push_back(
                    makeImage(initial_, k, scales_[static_cast<std::size_t>(k)]));
        }
    }
    legend_->setVisible(filters > 0);
    relayout();
    legend_->update();
}

QImage FilterGrid::makeImage(const compute::Tensor& weights, int k, double scale) const {
    const int channels = static_cast<int>(weights.dim(1));
    const int height = static_cast<int>(weights.dim(2)), width = static_cast<int>(weights.dim(3));
    const float* w = weights.data() + static_cast<std::ptrdiff_t>(k) * channels * height * width;
    const auto at = [&](int c, int y, int x) {
        return static_cast<double>(w[(c * height + y) * width + x]);
    };
    const auto t = [&](double v) { return scale > 0 ? v / scale : 0.0; };
    if (channels == 3) {
        // Channels 0, 1, 2 are red, green and blue (the data sets' order); 0 is mid-grey.
        QImage image(width, height, QImage::Format_RGB32);
        const auto level = [&](double v) {
            return std::clamp(static_cast<int>(std::lround(127.5 + 127.5 * t(v))), 0, 255);
        };
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x)
                image.setPixel(x, y,
                               qRgb(level(at(0, y, x)), level(at(1, y, x)), level(at(2, y, x))));
        return image;
    }
    QImage image(tilesAcross_ * width, tilesDown_ * height, QImage::Format_RGB32);
    image.fill(theme::colours().base);
    for (int c = 0; c < channels; ++c) {
        const int left = (c % tilesAcross_) * width, top = (c / tilesAcross_) * height;
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x)
                image.setPixel(left + x, top + y, theme::divergingRgb(t(at(c, y, x))));
    }
    return image;
}

void FilterGrid::relayout() {
    const int filters = filterCount();
    if (filters == 0) {
        canvas_->setMinimumHeight(0);
        canvas_->update();
        return;
    }
    const int height = static_cast<int>(weights_.dim(2)), width = static_cast<int>(weights_.dim(3));
    const bool pairs = showsInitialWeights();
    const QFontMetrics label(theme::titleFont(font())), small(theme::detailFont(font()));
    const int textWidth = small.horizontalAdvance(tr("drift %1").arg(88.88, 0, 'f', 2));
    const int textHeight = label.height() + (pairs ? small.height() : 0);
    const int captionHeight = pairs ? small.height() + 2 : 0;
    const int available = std::max(1, canvas_->width() - 2 * kMargin);
    const int visibleHeight = scroll_->viewport()->height();
    const int side = std::max(height, width);
    const int smallest = std::max(1, (kMinSide + side - 1) / side);
    const int largest = std::max(smallest, kMaxSide / side);

    int rowsNeeded = 0;
    for (pixel_ = largest; pixel_ >= smallest; --pixel_) {
        imageSize_ = QSize(tilesAcross_ * width * pixel_ + (tilesAcross_ - 1) * kTileGap,
                           tilesDown_ * height * pixel_ + (tilesDown_ - 1) * kTileGap);
        const int imagesWidth = pairs ? 2 * imageSize_.width() + kPairGap : imageSize_.width();
        cellSize_ = QSize(std::max(imagesWidth, textWidth) + 8,
                          captionHeight + imageSize_.height() + 4 + textHeight + 4);
        columns_ = std::clamp((available + kGap) / (cellSize_.width() + kGap), 1, filters);
        rowsNeeded = (filters + columns_ - 1) / columns_;
        if (2 * kMargin + rowsNeeded * (cellSize_.height() + kGap) - kGap <= visibleHeight)
            break;
    }
    pixel_ = std::max(pixel_, smallest);
    const int gridWidth = columns_ * (cellSize_.width() + kGap) - kGap;
    left_ = kMargin + std::max(0, (available - gridWidth) / 2);
    const int needed = 2 * kMargin + rowsNeeded * (cellSize_.height() + kGap) - kGap;
    canvas_->setMinimumHeight(needed > visibleHeight ? needed : 0);
    canvas_->update();
}

QRect FilterGrid::filterRect(int k) const {
    if (k < 0 || k >= filterCount())
        return {};
    return {left_ + (k % columns_) * (cellSize_.width() + kGap),
            kMargin + (k / columns_) * (cellSize_.height() + kGap), cellSize_.width(),
            cellSize_.height()};
}

QRect FilterGrid::imageRect(int k, Source source) const {
    const QRect cell = filterRect(k);
    if (cell.isEmpty())
        return {};
    const bool pairs = showsInitialWeights();
    if (!pairs && source == Source::Initial)
        return {};
    const int imagesWidth = pairs ? 2 * imageSize_.width() + kPairGap : imageSize_.width();
    const int left = cell.left() + (cell.width() - imagesWidth) / 2;
    const int top = cell.top() + (pairs ? QFontMetrics(theme::detailFont(font())).height() + 2 : 0);
    const int x = pairs && source == Source::Current ? left + imageSize_.width() + kPairGap : left;
    return {QPoint(x, top), imageSize_};
}

bool FilterGrid::hitTest(const QPoint& point, int& filter, Source& source) const {
    for (int k = 0; k < filterCount(); ++k)
        if (filterRect(k).contains(point)) {
            filter = k;
            source =
                imageRect(k, Source::Initial).contains(point) ? Source::Initial : Source::Current;
            return true;
        }
    return false;
}

QString FilterGrid::weightsToolTip(int k, Source source) const {
    const compute::Tensor& weights = source == Source::Initial ? initial_ : weights_;
    const int channels = static_cast<int>(weights.dim(1));
    const int height = static_cast<int>(weights.dim(2)), width = static_cast<int>(weights.dim(3));
    const float* w = weights.data() + static_cast<std::ptrdiff_t>(k) * channels * height * width;
    QString html = QStringLiteral("<b>") +
                   (source == Source::Initial ? tr("Filter %1 at the start").arg(k + 1)
                                              : tr("Filter %1").arg(k + 1)) +
                   QStringLiteral("</b>");
    static const char* const colourNames[] = {"red", "green", "blue"};
    for (int c = 0; c < channels; ++c) {
        if (channels > 1)
            html += QStringLiteral("<br>") +
                    (channels == 3 ? tr("channel %1 (%2)").arg(c + 1).arg(tr(colourNames[c]))
                                   : tr("channel %1").arg(c + 1));
        html += QStringLiteral("<table cellspacing=\"6\">");
        for (int y = 0; y < height; ++y) {
            html += QStringLiteral("<tr>");
            for (int x = 0; x < width; ++x)
                html += QStringLiteral("<td align=\"right\">") +
                        weightText(w[(c * height + y) * width + x]) + QStringLiteral("</td>");
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

bool FilterGrid::eventFilter(QObject* watched, QEvent* event) {
    if (watched == scroll_->viewport() && event->type() == QEvent::Resize)
        relayout();
    return QWidget::eventFilter(watched, event);
}

void FilterGridCanvas::paintImage(QPainter& painter, const QImage& image,
                                  const QRect& target) const {
    const FilterGrid& g = *grid_;
    const int height = static_cast<int>(g.weights_.dim(2)),
              width = static_cast<int>(g.weights_.dim(3));
    const int channels = static_cast<int>(g.weights_.dim(1));
    const int tiles = channels == 3 ? 1 : channels;
    const QSize tile(width * g.pixel_, height * g.pixel_);
    for (int t = 0; t < tiles; ++t) {
        const int column = t % g.tilesAcross_, row = t / g.tilesAcross_;
        const QRect to(target.left() + column * (tile.width() + kTileGap),
                       target.top() + row * (tile.height() + kTileGap), tile.width(),
                       tile.height());
        painter.drawImage(to, image, QRect(column * width, row * height, width, height));
        if (g.pixel_ >= 6) {
            painter.setPen(weightLineColour());
            for (int x = 1; x < width; ++x)
                painter.drawLine(to.left() + x * g.pixel_, to.top(), to.left() + x * g.pixel_,
                                 to.bottom());
            for (int y = 1; y < height; ++y)
                painter.drawLine(to.left(), to.top() + y * g.pixel_, to.right(),
                                 to.top() + y * g.pixel_);
        }
        painter.setPen(borderColour());
        painter.drawRect(to.adjusted(0, 0, -1, -1));
    }
}

void FilterGridCanvas::paintEvent(QPaintEvent* event) {
    const FilterGrid& g = *grid_;
    QPainter painter(this);
    const QRect exposed = event->rect();
    painter.fillRect(exposed, theme::colours().base);
    const QFont label = theme::titleFont(font()), small = theme::detailFont(font());
    if (g.filterCount() == 0) {
        painter.setPen(theme::colours().mutedText);
        painter.setFont(small);
        painter.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin),
                         Qt::AlignCenter | Qt::TextWordWrap, g.emptyText());
        return;
    }
    const bool pairs = g.showsInitialWeights();
    const QFontMetrics labelMetrics(label), smallMetrics(small);
    for (int k = 0; k < g.filterCount(); ++k) {
        const QRect cell = g.filterRect(k);
        if (!cell.adjusted(-4, -4, 4, 4).intersects(exposed))
            continue;
        const auto index = static_cast<std::size_t>(k);
        const QRect now = g.imageRect(k, FilterGrid::Source::Current);
        paintImage(painter, g.images_[index], now);
        if (pairs) {
            const QRect was = g.imageRect(k, FilterGrid::Source::Initial);
            paintImage(painter, g.initialImages_[index], was);
            painter.setFont(small);
            painter.setPen(theme::colours().mutedText);
            const int top = cell.top();
            painter.drawText(QRect(was.left(), top, was.width(), smallMetrics.height()),
                             Qt::AlignHCenter | Qt::AlignBottom, FilterGrid::tr("was"));
            painter.drawText(QRect(now.left(), top, now.width(), smallMetrics.height()),
                             Qt::AlignHCenter | Qt::AlignBottom, FilterGrid::tr("now"));
        }
        int y = now.bottom() + 4;
        painter.setFont(label);
        painter.setPen(theme::colours().text);
        painter.drawText(QRect(cell.left(), y, cell.width(), labelMetrics.height()),
                         Qt::AlignHCenter | Qt::AlignTop, QString::number(k + 1));
        y += labelMetrics.height();
        if (pairs) {
            painter.setFont(small);
            painter.setPen(theme::colours().mutedText);
            painter.drawText(QRect(cell.left(), y, cell.width(), smallMetrics.height()),
                             Qt::AlignHCenter | Qt::AlignTop, g.caption(k).section(u'\n', 1));
        }
        if (k == g.highlighted_) {
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(theme::colours().accent, theme::line(3)));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(QRectF(cell).adjusted(-3.5, -3.5, 3.5, 3.5), 6, 6);
            painter.setRenderHint(QPainter::Antialiasing, false);
        }
    }
}

void FilterGridCanvas::mousePressEvent(QMouseEvent* event) {
    int filter = -1;
    FilterGrid::Source source{};
    if (event->button() != Qt::LeftButton ||
        !grid_->hitTest(event->position().toPoint(), filter, source))
        return QWidget::mousePressEvent(event);
    grid_->setHighlighted(filter);
    emit grid_->filterClicked(filter);
}

bool FilterGridCanvas::event(QEvent* event) {
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto* help = static_cast<QHelpEvent*>(event);
    int filter = -1;
    FilterGrid::Source source{};
    const FilterGrid& g = *grid_;
    if (!g.hitTest(help->pos(), filter, source)) {
        QToolTip::hideText();
        return true;
    }
    const bool small = g.weights_.dim(2) <= kTooltipSize && g.weights_.dim(3) <= kTooltipSize;
    const QString text = small ? g.weightsToolTip(filter, source)
                               : FilterGrid::tr("Filter %1: %2 × %3 weights, too many to list")
                                     .arg(filter + 1)
                                     .arg(g.weights_.dim(2))
                                     .arg(g.weights_.dim(3));
    QToolTip::showText(help->globalPos(), text, this, g.filterRect(filter));
    return true;
}

} // namespace convsight::widgets
