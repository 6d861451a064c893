// Every workspace fits the window a projector gives it: at a client area of 1000×700 and 1280×680
// (and 1280×720 under QT_SCALE_FACTOR=1.5, the ctest entry tst_layout_scale15), and in presentation
// mode at 1280×720 and 1280×680, no visible widget lies outside its parent, no label, button, combo
// box, header or painted view cuts its text, presenting never raises the window's minimum size,
// and a message never changes the window's size. tst_layout_fr and tst_layout_es run it in French
// and Spanish (CONVSIGHT_LANGUAGE), whose texts are longer.
#include "Language.h"
#include "MainWindow.h"
#include "Presentation.h"
#include "common/MessageLine.h"
#include "common/PageStack.h"
#include "common/TextFit.h"
#include "common/Theme.h"
#include "common/TrainingSession.h"
#include "filter/FilterWorkspace.h"
#include "inspect/InspectWorkspace.h"
#include "stepthrough/StepThroughWorkspace.h"
#include "train/ArchitectureEditor.h"
#include "train/TrainWorkspace.h"

#include <QAbstractAxis>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocument>

using convsight::app::MainWindow;
using Workspace = MainWindow::Workspace;
namespace widgets = convsight::widgets;

namespace {

// A view of the window: a workspace, and within it a view mode, a tab or a step-through mode.
struct View {
    const char* name;
    Workspace workspace;
    int variant; // FilterWorkspace::ViewMode, Inspect's or Train's tab, or StepThroughMode
};

constexpr View kViews[] = {
    {"filter side by side", Workspace::Filter, 0},
    {"filter split", Workspace::Filter, 1},
    {"filter difference", Workspace::Filter, 2},
    {"filter displays", Workspace::Filter, 3},
    {"filter bank", Workspace::Filter, 4},
    {"step convolution", Workspace::StepThrough, 0},
    {"step max pooling", Workspace::StepThrough, 1},
    {"step average pooling", Workspace::StepThrough, 2},
    {"step kernel gradient", Workspace::StepThrough, 3},
    {"step input gradient", Workspace::StepThrough, 4},
    {"train", Workspace::Train, 0},
    {"train network", Workspace::Train, 1},
    {"train network vgg16", Workspace::Train, 2}, // the Network tab on a view-only preset
    {"inspect feature maps", Workspace::Inspect, 0},
    {"inspect confusion", Workspace::Inspect, 1},
    {"inspect shift", Workspace::Inspect, 2},
    {"inspect explain", Workspace::Inspect, 3},
};

QString nameOf(const QWidget* w) {
    QString name = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        name += QLatin1Char('#') + w->objectName();
    return name;
}

bool isViewport(const QWidget* w) {
    const auto* area = qobject_cast<const QAbstractScrollArea*>(w->parentWidget());
    return area && area->viewport() == w;
}

QString plain(QString text) {
    return text.replace(QLatin1String("&&"), QLatin1String("\x01"))
        .remove(QLatin1Char('&'))
        .replace(QLatin1Char('\x01'), QLatin1Char('&'));
}

// The width of a label's text as it would be laid out on one line.
int textWidth(const QLabel* label) {
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    if (!rich) {
        int widest = 0;
        const QString text = label->buddy() ? plain(label->text()) : label->text();
        for (const QString& line : text.split(QLatin1Char('\n')))
            widest = std::max(widest, label->fontMetrics().horizontalAdvance(line));
        return widest;
    }
    QTextDocument document;
    document.setDefaultFont(label->font());
    document.setDocumentMargin(0);
    document.setHtml(label->text());
    return static_cast<int>(std::ceil(document.idealWidth()));
}

void checkItemView(const QAbstractItemView* view, QStringList* problems) {
    const QAbstractItemModel* model = view->model();
    if (!model || view->textElideMode() == Qt::ElideNone)
        return;
    const QRect room = view->viewport()->rect();
    for (int r = 0; r < std::min(model->rowCount(), 200); ++r)
        for (int c = 0; c < std::min(model->columnCount(), 20); ++c) {
            const QModelIndex index = model->index(r, c);
            const QRect cell = view->visualRect(index);
            if (cell.isEmpty() || !room.intersects(cell) || view->indexWidget(index))
                continue;
            const QString text = index.data().toString();
            if (!text.isEmpty() && view->sizeHintForIndex(index).width() > cell.width() + 1)
                *problems << QStringLiteral("%1: cell '%2' elided").arg(nameOf(view), text);
        }
}

void checkHeader(const QHeaderView* header, QStringList* problems) {
    const QAbstractItemModel* model = header->model();
    if (!model)
        return;
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int count =
        header->orientation() == Qt::Horizontal ? model->columnCount() : model->rowCount();
    for (int i = 0; i < count; ++i) {
        if (header->isSectionHidden(i))
            continue;
        const QString text = model->headerData(i, header->orientation()).toString();
        if (text.isEmpty())
            continue;
        const int needed = header->fontMetrics().horizontalAdvance(text) + 2 * margin;
        const int room =
            header->orientation() == Qt::Horizontal ? header->sectionSize(i) : header->width();
        if (needed > room + 1)
            *problems << QStringLiteral("%1: header '%2' needs %3 px, has %4")
                             .arg(nameOf(header), text)
                             .arg(needed)
                             .arg(room);
    }
}

// Everything a student could not read in `window`: widgets outside their parent (a scroll area's
// viewport may clip its content: that part scrolls into view) and text cut short.
QStringList problemsIn(QWidget* window) {
    QStringList problems;
    const auto all = window->findChildren<QWidget*>();
    for (QWidget* w : all) {
        if (w->isWindow() || !w->isVisibleTo(window))
            continue;
        // Shown at all, or scrolled out of view?
        bool scrolledAway = false;
        for (QWidget* p = w->parentWidget(); p && p != window; p = p->parentWidget())
            if (isViewport(p) && !QRect(w->mapTo(p, QPoint(0, 0)), w->size()).intersects(p->rect()))
                scrolledAway = true;
        if (scrolledAway)
            continue;
        // A scroll area that cannot scroll sideways shows all of its content's width.
        if (auto* area = qobject_cast<QAbstractScrollArea*>(w);
            area && area->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff)
            for (QWidget* content :
                 area->viewport()->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
                if (content->isVisibleTo(window) &&
                    content->geometry().right() > area->viewport()->width() + 1)
                    problems << QStringLiteral("%1 (%2 wide) is cut by %3 (%4 wide)")
                                    .arg(nameOf(content))
                                    .arg(content->width())
                                    .arg(nameOf(w))
                                    .arg(area->viewport()->width());
        QWidget* parent = w->parentWidget();
        if (parent && !isViewport(parent) && !qobject_cast<QTabBar*>(parent) &&
            !parent->rect().adjusted(-1, -1, 1, 1).contains(w->geometry()))
            problems << QStringLiteral("%1 (%2,%3 %4×%5) sticks out of %6 (%7×%8)")
                            .arg(nameOf(w))
                            .arg(w->x())
                            .arg(w->y())
                            .arg(w->width())
                            .arg(w->height())
                            .arg(nameOf(parent))
                            .arg(parent->width())
                            .arg(parent->height());

        if (auto* label = qobject_cast<QLabel*>(w)) {
            if (label->text().isEmpty() || label->textFormat() == Qt::MarkdownText)
                continue;
            const QRect room = label->contentsRect().adjusted(label->margin(), label->margin(),
                                                              -label->margin(), -label->margin());
            if (label->wordWrap()) {
                const int needed = label->heightForWidth(label->width());
                if (needed > label->height() + 1)
                    problems << QStringLiteral("%1: wrapped text '%2' needs %3 px high, has %4")
                                    .arg(nameOf(w), label->text().left(60))
                                    .arg(needed)
                                    .arg(label->height());
            } else if (textWidth(label) > room.width() + 1) {
                problems << QStringLiteral("%1: '%2' needs %3 px, has %4")
                                .arg(nameOf(w), label->text().left(60))
                                .arg(textWidth(label))
                                .arg(room.width());
            }
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            if (!button->text().isEmpty() && button->sizeHint().width() > button->width() + 1)
                problems << QStringLiteral("%1: button '%2' needs %3 px, has %4")
                                .arg(nameOf(w), button->text())
                                .arg(button->sizeHint().width())
                                .arg(button->width());
        } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.editable = combo->isEditable();
            const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                               QStyle::SC_ComboBoxEditField, combo);
            int needed = combo->fontMetrics().horizontalAdvance(combo->currentText());
            if (!combo->itemIcon(combo->currentIndex()).isNull())
                needed += combo->iconSize().width() + 4;
            if (needed > field.width() + 1)
                problems << QStringLiteral("%1: combo box '%2' needs %3 px, has %4")
                                .arg(nameOf(w), combo->currentText())
                                .arg(needed)
                                .arg(field.width());
        } else if (auto* spin = qobject_cast<QAbstractSpinBox*>(w)) {
            if (spin->minimumSizeHint().width() > spin->width() + 1)
                problems << QStringLiteral("%1: spin box '%2' needs %3 px, has %4")
                                .arg(nameOf(w), spin->text())
                                .arg(spin->minimumSizeHint().width())
                                .arg(spin->width());
        } else if (auto* box = qobject_cast<QGroupBox*>(w)) {
            const int needed = box->fontMetrics().horizontalAdvance(plain(box->title())) + 16;
            if (!box->title().isEmpty() && needed > box->width())
                problems << QStringLiteral("%1: title '%2' needs %3 px, has %4")
                                .arg(nameOf(w), box->title())
                                .arg(needed)
                                .arg(box->width());
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            const int space = tabs->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, tabs);
            for (int i = 0; i < tabs->count(); ++i) {
                const int needed =
                    tabs->fontMetrics().horizontalAdvance(plain(tabs->tabText(i))) + space;
                if (needed > tabs->tabRect(i).width() + 1 ||
                    !tabs->rect().contains(tabs->tabRect(i)))
                    problems << QStringLiteral("%1: tab '%2' cut").arg(nameOf(w), tabs->tabText(i));
            }
        } else if (auto* header = qobject_cast<QHeaderView*>(w)) {
            checkHeader(header, &problems);
        } else if (auto* chart = qobject_cast<QChartView*>(w)) {
            for (const QAbstractAxis* axis : chart->chart()->axes())
                if (axis->isVisible() && axis->labelsVisible() && axis->labelsTruncated())
                    problems << QStringLiteral("%1: axis '%2' labels cut")
                                    .arg(nameOf(w), axis->titleText());
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(w);
            view && !qobject_cast<QHeaderView*>(w))
            checkItemView(view, &problems);
        for (const QString& text : widgets::textfit::unfitTexts(w))
            problems
                << QStringLiteral("%1: painted text '%2' cut or too small").arg(nameOf(w), text);
    }
    return problems;
}

// Visible siblings under `root` that lie over each other (a row of controls squeezed too narrow);
// the children of a painted view (its editor, its overlays) are its own.
QStringList overlapsIn(QWidget* root, QWidget* window) {
    QStringList problems;
    QList<QWidget*> parents{root};
    parents += root->findChildren<QWidget*>();
    for (QWidget* parent : parents) {
        if (!parent->layout() || !parent->isVisibleTo(window))
            continue;
        QList<QWidget*> shown;
        for (QWidget* child : parent->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
            if (!child->isWindow() && child->isVisibleTo(window) && !child->size().isEmpty())
                shown << child;
        for (int i = 0; i < shown.size(); ++i)
            for (int j = i + 1; j < shown.size(); ++j)
                if (shown[i]->geometry().intersects(shown[j]->geometry()))
                    problems
                        << QStringLiteral("%1 overlaps %2").arg(nameOf(shown[i]), nameOf(shown[j]));
    }
    return problems;
}

// A client area to check, and whether in presentation mode.
struct Fit {
    QSize size;
    bool presenting;
};

// The client areas to check: 1280×720 when the test runs at QT_SCALE_FACTOR=1.5 (a 1920×1080
// projector), else a 1024×768 and a 1280×720 screen less a title bar; presentation mode on a
// 1280×720 projector in full screen and windowed, and on the 1920×1080 one.
QList<Fit> sizesToCheck() {
    if (qEnvironmentVariable("QT_SCALE_FACTOR") == QLatin1String("1.5"))
        return {{QSize(1280, 720), false}, {QSize(1280, 720), true}};
    return {{QSize(1000, 700), false},
            {QSize(1280, 680), false},
            {QSize(1280, 720), true},
            {QSize(1280, 680), true}};
}

template <typename Done>
void waitUntil(Done done, int milliseconds) {
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < milliseconds)
        QTest::qWait(20);
}

} // namespace

class TestLayout : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void opensInsideTheScreen();
    void smallScreensFit();
    void everyViewFits_data();
    void everyViewFits();
    void messagesNeverResizeTheWindow();
    void stepThroughBesideTheLessons_data();
    void stepThroughBesideTheLessons();
    void everyViewBesideTheLessonsScrollsSideways();

private:
    void show(const View& view, QSize size, bool presenting);
    MainWindow* window_{};
};

// One window for every view, with a model trained for an epoch on shapes so that Train's charts,
// Inspect's predictions and the confusion matrix have their real texts.
void TestLayout::initTestCase() {
    // Settings (theme, zoom, recent files and sessions) of a test run, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    if (const QString language = qEnvironmentVariable("CONVSIGHT_LANGUAGE"); !language.isEmpty())
        QVERIFY(convsight::app::installTranslations(language));
    widgets::theme::apply(*qApp);
    window_ = new MainWindow;
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_));
    widgets::TrainWorkspace* train = window_->trainWorkspace();
    waitUntil([&] { return train->datasetSpec() == QLatin1String("shapes"); }, 20000);
    train->epochsBox()->setValue(1);
    train->start();
    waitUntil(
        [&] { return train->session()->state() == widgets::TrainingSession::State::Finished; },
        60000);
    QCOMPARE(train->session()->state(), widgets::TrainingSession::State::Finished);
    widgets::InspectWorkspace* inspect = window_->inspectWorkspace();
    window_->showWorkspace(Workspace::Inspect);
    inspect->showTestExample(3);
    inspect->evaluateTestSet();
    waitUntil([&] { return !inspect->isEvaluating(); }, 30000);
}

void TestLayout::cleanupTestCase() {
    delete window_;
}

void TestLayout::show(const View& view, QSize size, bool presenting) {
    window_->presentation()->setPresenting(presenting);
    window_->resize(size);
    window_->showWorkspace(view.workspace);
    switch (view.workspace) {
    case Workspace::Filter:
        window_->filterWorkspace()->setViewMode(
            static_cast<widgets::FilterWorkspace::ViewMode>(view.variant));
        break;
    case Workspace::StepThrough:
        if (auto* step = window_->findChild<widgets::StepThroughWorkspace*>())
            step->setMode(static_cast<convsight::conv::StepThroughMode>(view.variant));
        break;
    case Workspace::Inspect:
        window_->inspectWorkspace()->tabs()->setCurrentIndex(view.variant);
        break;
    case Workspace::Train:
        if (widgets::ArchitectureEditor* editor = window_->trainWorkspace()->architectureEditor();
            editor->isViewOnly() != (view.variant == 2))
            editor->loadPreset(view.variant == 2 ? QStringLiteral("vgg16")
                                                 : QStringLiteral("small"));
        window_->trainWorkspace()
            ->findChild<QTabWidget*>(QStringLiteral("trainViews"))
            ->setCurrentIndex(std::min(view.variant, 1));
        // The Network tab with its first convolution chosen, so its settings show too.
        if (auto* table =
                window_->trainWorkspace()->findChild<QTableView*>(QStringLiteral("layerTable"));
            table && view.variant >= 1)
            table->setCurrentIndex(table->model()->index(0, 1));
        break;
    }
    // The Filter workspace refilters after a resize; its timing changes the device button's text.
    waitUntil([this] { return !window_->filterWorkspace()->isFiltering(); }, 10000);
    QTest::qWait(50);
    // Paint everything once, so that the painted views report what they could not fit.
    (void)window_->grab();
    QTest::qWait(20);
}

void TestLayout::opensInsideTheScreen() {
    MainWindow fresh;
    const QRect available = fresh.screen()->availableGeometry();
    QVERIFY(fresh.width() <= 1280 && fresh.height() <= 800);
    QVERIFY2(fresh.width() < available.width() && fresh.height() < available.height(),
             qPrintable(QStringLiteral("%1×%2 on a %3×%4 screen")
                            .arg(fresh.width())
                            .arg(fresh.height())
                            .arg(available.width())
                            .arg(available.height())));
}

// The window itself never asks for more than a 1024×768 screen (less its title bar) gives it.
void TestLayout::smallScreensFit() {
    for (int i = 0; i < MainWindow::workspaceCount; ++i) {
        window_->showWorkspace(static_cast<Workspace>(i));
        QCoreApplication::processEvents();
        const QSize minimum = window_->minimumSizeHint().expandedTo(window_->minimumSize());
        QVERIFY2(minimum.width() <= 1000 && minimum.height() <= 700,
                 qPrintable(QStringLiteral("%1 needs %2×%3")
                                .arg(MainWindow::workspaceSlug(static_cast<Workspace>(i)))
                                .arg(minimum.width())
                                .arg(minimum.height())));
    }
}

void TestLayout::everyViewFits_data() {
    QTest::addColumn<int>("view");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("presenting");
    for (const Fit& fit : sizesToCheck())
        for (int v = 0; v < static_cast<int>(std::size(kViews)); ++v)
            QTest::addRow("%s at %dx%d%s", kViews[v].name, fit.size.width(), fit.size.height(),
                          fit.presenting ? " presenting" : "")
                << v << fit.size << fit.presenting;
}

void TestLayout::everyViewFits() {
    QFETCH(int, view);
    QFETCH(QSize, size);
    QFETCH(bool, presenting);
    show(kViews[view], size, presenting);
    QCOMPARE(window_->size(), size);
    // Presentation mode raises nothing but the fonts: the window's minimum stays within the screen.
    const QSize minimum = window_->minimumSizeHint().expandedTo(window_->minimumSize());
    QVERIFY2(minimum.width() <= size.width() && minimum.height() <= size.height(),
             qPrintable(QStringLiteral("the window asks for %1×%2")
                            .arg(minimum.width())
                            .arg(minimum.height())));
    // CONVSIGHT_LAYOUT_SHOTS=DIR keeps a picture of every view, to look at what the test saw.
    if (const QString shots = qEnvironmentVariable("CONVSIGHT_LAYOUT_SHOTS"); !shots.isEmpty())
        window_->grab().save(QStringLiteral("%1/%2.png").arg(shots, QTest::currentDataTag()));
    // The workspace fits: nothing squeezed below what it needs (Step through's Play bar, Train's
    // buttons), so nothing is cut at the bottom or the right.
    QWidget* page = window_->workspaceWidget(kViews[view].workspace);
    const auto* pages = qobject_cast<widgets::PageStack*>(page->parentWidget());
    QVERIFY(pages);
    const QSize needed = pages->minimumNeeded(page->width());
    QVERIFY2(needed.width() <= page->width() && needed.height() <= page->height(),
             qPrintable(QStringLiteral("the workspace needs %1×%2, has %3×%4")
                            .arg(needed.width())
                            .arg(needed.height())
                            .arg(page->width())
                            .arg(page->height())));
    const QStringList problems = problemsIn(window_);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// A long error in every workspace's message line leaves the window's size and minimum alone.
void TestLayout::messagesNeverResizeTheWindow() {
    window_->presentation()->setPresenting(false);
    window_->resize(1000, 700);
    QCoreApplication::processEvents();
    const QString longText = QStringLiteral("Could not read the file: ") +
                             QString(QStringLiteral("a long reason, ")).repeated(40);
    for (int i = 0; i < MainWindow::workspaceCount; ++i) {
        window_->showWorkspace(static_cast<Workspace>(i));
        QCoreApplication::processEvents();
        const QSize before = window_->size();
        const QSize minimumBefore = window_->minimumSizeHint();
        const auto lines = window_->workspaceWidget(static_cast<Workspace>(i))
                               ->findChildren<widgets::MessageLine*>();
        for (widgets::MessageLine* line : lines)
            line->showMessage(longText, widgets::MessageLine::Tone::Problem);
        QTest::qWait(20);
        QCOMPARE(window_->size(), before);
        QCOMPARE(window_->minimumSizeHint(), minimumBefore);
        for (widgets::MessageLine* line : lines)
            line->clearMessage();
    }
}

// Step through beside the Lessons panel: at 1000×700 it is about 640 pixels wide, yet the
// playback row ("Step 1 of 1", Speed) wraps instead of overlapping, nothing is cut, and the curve
// detector's 6600 fits its cell (the stage scrolls where it must).
void TestLayout::stepThroughBesideTheLessons_data() {
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("presenting");
    for (const QSize size : {QSize(1000, 700), QSize(1280, 680)})
        for (const bool presenting : {false, true})
            QTest::addRow("%dx%d%s", size.width(), size.height(), presenting ? " presenting" : "")
                << size << presenting;
}

void TestLayout::stepThroughBesideTheLessons() {
    QFETCH(QSize, size);
    QFETCH(bool, presenting);
    auto* step = window_->findChild<widgets::StepThroughWorkspace*>();
    QVERIFY(step);
    window_->lessonsDock()->show();
    const auto hideDock = qScopeGuard([this] { window_->lessonsDock()->hide(); });
    for (const char* example : {"worked-example", "curve-detector"}) {
        QVERIFY(step->loadLectureExample(QString::fromLatin1(example)));
        show(kViews[5], size, presenting); // step convolution
        QVERIFY(window_->lessonsDock()->isVisible());
        QVERIFY2(step->width() < size.width() - 300, qPrintable(QString::number(step->width())));
        if (const QString shots = qEnvironmentVariable("CONVSIGHT_LAYOUT_SHOTS"); !shots.isEmpty())
            window_->grab().save(QStringLiteral("%1/lessons %2 %3.png")
                                     .arg(shots, QTest::currentDataTag(), QLatin1String(example)));
        const QSize needed =
            qobject_cast<widgets::PageStack*>(step->parentWidget())->minimumNeeded(step->width());
        QVERIFY2(needed.width() <= step->width() && needed.height() <= step->height(),
                 qPrintable(QStringLiteral("the workspace needs %1×%2, has %3×%4")
                                .arg(needed.width())
                                .arg(needed.height())
                                .arg(step->width())
                                .arg(step->height())));
        const QStringList problems = problemsIn(step) + overlapsIn(step, step);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // The counter and the speed control sit apart, each whole.
        auto* counter = step->findChild<QLabel*>(QStringLiteral("stepCounter"));
        auto* speed = step->findChild<QWidget*>(QStringLiteral("speedControl"));
        QVERIFY(counter && speed);
        const QRect counterBox(counter->mapTo(step, QPoint(0, 0)), counter->size());
        const QRect speedBox(speed->mapTo(step, QPoint(0, 0)), speed->size());
        QVERIFY(!counterBox.intersects(speedBox));
        QVERIFY(step->rect().contains(counterBox) && step->rect().contains(speedBox));
    }
    QVERIFY(step->loadLectureExample(QStringLiteral("worked-example")));
}

// At 1000×700 the Lessons dock leaves a workspace less room than some views need: the page is then
// laid out at the width it needs and the window scrolls it sideways, never cutting it off.
void TestLayout::everyViewBesideTheLessonsScrollsSideways() {
    window_->lessonsDock()->show();
    const auto hideDock = qScopeGuard([this] { window_->lessonsDock()->hide(); });
    auto* scroll = window_->findChild<QScrollArea*>(QStringLiteral("workspaceScroll"));
    QVERIFY(scroll);
    bool scrolled = false;
    for (const View& view : kViews) {
        show(view, QSize(1000, 700), false);
        QWidget* page = window_->workspaceWidget(view.workspace);
        const QSize needed =
            qobject_cast<widgets::PageStack*>(page->parentWidget())->minimumNeeded(page->width());
        QVERIFY2(needed.width() <= page->width(),
                 qPrintable(QStringLiteral("%1: needs %2 px, has %3")
                                .arg(QLatin1String(view.name))
                                .arg(needed.width())
                                .arg(page->width())));
        const bool sideways = scroll->horizontalScrollBar()->maximum() > 0;
        QCOMPARE(sideways, page->width() > scroll->viewport()->width());
        scrolled = scrolled || sideways;
    }
    // Some view needs more than the room beside the dock, so the scroll bar was really used.
    QVERIFY(scrolled);
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
