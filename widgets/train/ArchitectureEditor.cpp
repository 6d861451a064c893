// ArchitectureEditor: the layers are kept as their JSON settings (what architecture files hold);
// every change rebuilds the nn::Sequential from them, and the table shows what it reports. A
// view-only network is never built to be shown: its rows come from nn::model_summary().
#include "train/ArchitectureEditor.h"

#include "common/CoreMessages.h"
#include "common/FlowLayout.h"
#include "common/LatestTask.h"
#include "common/SaveFile.h"
#include "common/Theme.h"
#include "io/Json.h"
#include "nn/LayerSchema.h"
#include "nn/ModelFile.h"
#include "nn/Models.h"
#include "nn/Summary.h"

#include <QAbstractTableModel>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPalette>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <chrono>
#include <functional>
#include <optional>
#include <stdexcept>

namespace convsight::widgets {

using nlohmann::json;

namespace {

constexpr double kMinimumPointSize = 11.0; // readable from the back of a lecture hall
constexpr int kSettingsPerRow = 2;         // label and box pairs on one line of the form

// As the lecture writes shapes: 224×224×64 (height × width × channels), 4096.
QString shapeText(const compute::Shape& shape) {
    return QString::fromStdString(nn::lecture_shape(shape));
}

// "vgg16" and what an edit makes of it, "vgg16-edited".
bool viewOnlyName(const std::string& name) {
    const std::string suffix = "-edited";
    const std::string base =
        name.ends_with(suffix) ? name.substr(0, name.size() - suffix.size()) : name;
    return nn::is_view_only(base);
}

// "0.83 s", "41 ms", "0.35 ms".
QString durationText(double seconds) {
    if (seconds >= 0.1)
        return ArchitectureEditor::tr("%1 s").arg(QLocale().toString(seconds, 'f', 2));
    const double ms = seconds * 1e3;
    return ArchitectureEditor::tr("%1 ms").arg(QLocale().toString(ms, 'f', ms >= 10 ? 0 : 2));
}

// 206,922: grouped even where the system locale would leave the separator out (the C locale).
QString groupedCount(std::int64_t count) {
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale.toString(static_cast<qlonglong>(count));
}

// "950", "12.5 k", "1.2 M", "3.4 G": FLOPs are read for their size, not their last digit.
QString flopsText(std::int64_t flops) {
    static const std::pair<double, const char*> units[] = {{1e9, "G"}, {1e6, "M"}, {1e3, "k"}};
    for (const auto& [scale, unit] : units)
        if (static_cast<double>(flops) >= scale)
            return QStringLiteral("%1 %2").arg(
                QLocale().toString(static_cast<double>(flops) / scale, 'f', 1),
                QLatin1String(unit));
    return QString::number(flops);
}

// The layer types and their settings are nn's schema (nn/LayerSchema.h); its English labels are
// marked there for translation in the "core" context.
QString translated(const char* english) {
    return QCoreApplication::translate("core", english);
}

// "conv2d: filters 16, kernel 29, padding valid": a layer nn could not build, in its own words.
QString settingsText(const json& layer) {
    QStringList settings;
    for (const auto& [key, value] : layer.items())
        if (key != "type")
            settings << QStringLiteral("%1 %2").arg(
                QString::fromStdString(key),
                QString::fromStdString(value.is_string() ? value.get<std::string>()
                                                         : io::json_excerpt(value)));
    const QString type = QString::fromStdString(layer.value("type", std::string("?")));
    return settings.isEmpty() ? type
                              : type + QStringLiteral(": ") + settings.join(QStringLiteral(", "));
}

// A size per axis as the form edits it: (y, x) from 3 or [3, 5].
std::pair<int, int> pairOf(const json& value) {
    if (value.is_array() && value.size() == 2 && value[0].is_number_integer() &&
        value[1].is_number_integer())
        return {value[0].get<int>(), value[1].get<int>()};
    const int both = value.is_number_integer() ? value.get<int>() : 1;
    return {both, both};
}

class FormSpinBox : public QSpinBox {
public:
    explicit FormSpinBox(const nn::FieldRange& range) {
        setRange(static_cast<int>(range.minimum), static_cast<int>(range.maximum));
        setKeyboardTracking(false); // one recompute per committed value, not per digit typed
        setAccelerated(true);
    }
};

class FormDoubleSpinBox : public QDoubleSpinBox {
public:
    explicit FormDoubleSpinBox(const nn::FieldRange& range) {
        setRange(range.minimum, range.maximum);
        setSingleStep(range.step);
        setDecimals(range.decimals);
        setKeyboardTracking(false);
    }
};

// Writes a setting's new value into the layer (ArchitectureEditor::setSetting).
using Commit = std::function<void(const json&)>;

QWidget* countEditor(const nn::LayerField& field, const json& value, const Commit& commit) {
    auto* spin = new FormSpinBox(field.range);
    spin->setValue(value.is_number_integer() ? value.get<int>() : 1);
    QObject::connect(spin, &QSpinBox::valueChanged, spin, [commit](int v) { commit(v); });
    return spin;
}

// One box while height and width agree, one per axis when they differ.
QWidget* pairEditor(const nn::LayerField& field, const json& value, const QString& name,
                    const Commit& commit) {
    const auto [y, x] = pairOf(value);
    if (y == x)
        return countEditor(field, y, commit);
    auto* pair = new QWidget;
    auto* boxes = new QHBoxLayout(pair);
    boxes->setContentsMargins(0, 0, 0, 0);
    auto* ySpin = new FormSpinBox(field.range);
    auto* xSpin = new FormSpinBox(field.range);
    ySpin->setObjectName(name + QStringLiteral("_y"));
    xSpin->setObjectName(name + QStringLiteral("_x"));
    ySpin->setValue(y);
    xSpin->setValue(x);
    ySpin->setPrefix(ArchitectureEditor::tr("height "));
    xSpin->setPrefix(ArchitectureEditor::tr("width "));
    const auto apply = [commit, ySpin, xSpin] {
        commit(nn::json_pair(ySpin->value(), xSpin->value()));
    };
    QObject::connect(ySpin, &QSpinBox::valueChanged, pair, apply);
    QObject::connect(xSpin, &QSpinBox::valueChanged, pair, apply);
    boxes->addWidget(ySpin);
    boxes->addWidget(xSpin);
    return pair;
}

QWidget* paddingEditor(const json& value, const Commit& commit) {
    auto* combo = new QComboBox;
    combo->addItem(ArchitectureEditor::tr("same (padded)"), QStringLiteral("\"same\""));
    combo->addItem(ArchitectureEditor::tr("valid (no padding)"), QStringLiteral("\"valid\""));
    const QString current = QString::fromStdString(value.dump());
    int index = combo->findData(current);
    if (index < 0 && value.is_string()) // "SAME" reads as same
        index = combo->findData(current.toLower());
    if (index < 0) {
        combo->addItem(ArchitectureEditor::tr("%1 pixels").arg(current), current);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
    QObject::connect(combo, &QComboBox::currentIndexChanged, combo, [commit, combo](int i) {
        commit(io::parse_json(combo->itemData(i).toString().toStdString(), "padding"));
    });
    return combo;
}

QWidget* numberEditor(const nn::LayerField& field, const json& value, const Commit& commit) {
    auto* spin = new FormDoubleSpinBox(field.range);
    spin->setValue(value.is_number() ? value.get<double>() : 0);
    QObject::connect(spin, &QDoubleSpinBox::valueChanged, spin,
                     [commit](double v) { commit(nn::json_number(static_cast<float>(v))); });
    return spin;
}

// A Choice: the field's values as JSON spells them ("constant", "reflect", "edge").
QWidget* choiceEditor(const nn::LayerField& field, const json& value, const Commit& commit) {
    auto* combo = new QComboBox;
    for (const char* choice : field.choices)
        combo->addItem(QString::fromLatin1(choice), QString::fromLatin1(choice));
    const int index =
        combo->findData(QString::fromStdString(value.is_string() ? value.get<std::string>() : ""));
    combo->setCurrentIndex(std::max(index, 0));
    QObject::connect(combo, &QComboBox::currentIndexChanged, combo, [commit, combo](int i) {
        commit(combo->itemData(i).toString().toStdString());
    });
    return combo;
}

QWidget* flagEditor(const json& value, const Commit& commit) {
    auto* check = new QCheckBox;
    check->setChecked(!value.is_boolean() || value.get<bool>());
    QObject::connect(check, &QCheckBox::toggled, check, [commit](bool on) { commit(on); });
    return check;
}

// The box that edits `field`, showing `value`, named "setting_KEY".
QWidget* fieldEditor(const nn::LayerField& field, const json& value, const Commit& commit) {
    const QString name = QStringLiteral("setting_") + QLatin1String(field.key);
    QWidget* editor = nullptr;
    switch (field.kind) {
    case nn::FieldKind::Count:
        editor = countEditor(field, value, commit);
        break;
    case nn::FieldKind::Pair:
        editor = pairEditor(field, value, name, commit);
        break;
    case nn::FieldKind::Padding:
        editor = paddingEditor(value, commit);
        break;
    case nn::FieldKind::Probability:
    case nn::FieldKind::Rate:
    case nn::FieldKind::Epsilon:
    case nn::FieldKind::Number:
        editor = numberEditor(field, value, commit);
        break;
    case nn::FieldKind::Choice:
        editor = choiceEditor(field, value, commit);
        break;
    case nn::FieldKind::Flag:
        editor = flagEditor(value, commit);
        break;
    }
    if (editor->objectName().isEmpty())
        editor->setObjectName(name);
    return editor;
}

} // namespace

// --- the table ---------------------------------------------------------------------------

struct LayerRow {
    enum class State { Known, Impossible, Unreached };
    QString layer;        // Sequential's description, or the settings of a layer not built
    compute::Shape shape; // per example, while Known
    std::int64_t parameters{};
    std::int64_t flops{};
    State state{State::Known};
    QString reason;     // why the layer is impossible, or why the output does not fit the data
    bool frozen{false}; // training leaves its parameters as they are (fine-tuning)
};

class LayerTableModel : public QAbstractTableModel {
public:
    enum Column { Number, Layer, Output, Parameters, Flops, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(std::vector<LayerRow> rows) {
        if (rows.size() == rows_.size()) {
            rows_ = std::move(rows);
            if (!rows_.empty())
                emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
            return;
        }
        beginResetModel();
        rows_ = std::move(rows);
        endResetModel();
    }

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : static_cast<int>(rows_.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : ColumnCount;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override {
        if (orientation != Qt::Horizontal)
            return {};
        if (role == Qt::DisplayRole) {
            static const char* const titles[] = {
                "#", QT_TRANSLATE_NOOP("convsight::widgets::ArchitectureEditor", "Layer"),
                QT_TRANSLATE_NOOP("convsight::widgets::ArchitectureEditor", "Output shape"),
                QT_TRANSLATE_NOOP("convsight::widgets::ArchitectureEditor", "Parameters"),
                QT_TRANSLATE_NOOP("convsight::widgets::ArchitectureEditor", "FLOPs")};
            return ArchitectureEditor::tr(titles[section]);
        }
        if (role == Qt::ToolTipRole && section == Flops)
            return ArchitectureEditor::tr("Floating-point operations of one example's forward "
                                          "pass: 2 × its multiply-adds");
        if (role == Qt::TextAlignmentRole)
            return alignment(section);
        return {};
    }

    QVariant data(const QModelIndex& index, int role) const override {
        if (!index.isValid())
            return {};
        const LayerRow& row = rows_[static_cast<std::size_t>(index.row())];
        const bool known = row.state == LayerRow::State::Known;
        const int column = index.column();
        switch (role) {
        case Qt::DisplayRole:
            switch (column) {
            case Number:
                return index.row() + 1;
            case Layer:
                return row.frozen ? ArchitectureEditor::tr("%1 · frozen").arg(row.layer)
                                  : row.layer;
            case Output:
                if (row.state == LayerRow::State::Impossible)
                    return ArchitectureEditor::tr("impossible");
                return known ? shapeText(row.shape) : QStringLiteral("—");
            case Parameters:
                return known ? groupedCount(row.parameters) : QStringLiteral("—");
            case Flops:
                return known ? flopsText(row.flops) : QStringLiteral("—");
            }
            return {};
        case Qt::UserRole: // the exact numbers, for whoever reads the table
            if (!known)
                return {};
            if (column == Parameters)
                return static_cast<qlonglong>(row.parameters);
            if (column == Flops)
                return static_cast<qlonglong>(row.flops);
            return {};
        case Qt::ToolTipRole:
            if (!row.reason.isEmpty())
                return row.reason;
            if (row.frozen && column == Layer)
                return ArchitectureEditor::tr("Frozen: training leaves this layer's weights as "
                                              "they are");
            if (row.state == LayerRow::State::Unreached)
                return ArchitectureEditor::tr("No shape: a layer above cannot take its input.");
            if (column == Parameters)
                return ArchitectureEditor::tr("%1 learned values")
                    .arg(groupedCount(row.parameters));
            if (column == Flops)
                return ArchitectureEditor::tr("%1 FLOPs per example").arg(groupedCount(row.flops));
            return {};
        case Qt::BackgroundRole:
            if (row.state == LayerRow::State::Impossible)
                return theme::colours().problemFill;
            if (row.frozen) // frozen layers stand apart from the ones that learn
                return theme::colours().accentFill;
            return {};
        case Qt::ForegroundRole:
            if (row.state == LayerRow::State::Impossible ||
                (column == Output && !row.reason.isEmpty()))
                return theme::colours().problemInline;
            if (row.state == LayerRow::State::Unreached)
                return theme::colours().disabledText;
            return {};
        case Qt::TextAlignmentRole:
            return alignment(column);
        default:
            return {};
        }
    }

private:
    static QVariant alignment(int column) {
        return static_cast<int>(column == Layer ? Qt::AlignLeft | Qt::AlignVCenter
                                                : Qt::AlignRight | Qt::AlignVCenter);
    }

    std::vector<LayerRow> rows_;
};

// --- the editor ------------------------------------------------------------------------

ArchitectureEditor::ArchitectureEditor(QWidget* parent)
    : QWidget(parent) {
    QFont readable = font();
    readable.setPointSizeF(std::max(kMinimumPointSize, readable.pointSizeF()));
    setFont(readable);

    presetCombo_ = new QComboBox;
    presetCombo_->setObjectName(QStringLiteral("presetCombo"));
    presetCombo_->setPlaceholderText(tr("edited"));
    for (const std::string& name : nn::model_names()) {
        presetCombo_->addItem(QString::fromStdString(name));
        presetCombo_->setItemData(presetCombo_->count() - 1,
                                  QString::fromStdString(nn::model_description(name)),
                                  Qt::ToolTipRole);
    }
    presetCombo_->setToolTip(tr("A built-in network to start from"));
    connect(presetCombo_, &QComboBox::textActivated, this, &ArchitectureEditor::loadPreset);
    auto* presetRow = presetRow_ = new QHBoxLayout;
    auto* presetLabel = new QLabel(tr("Start from:"));
    presetLabel->setBuddy(presetCombo_);
    presetRow->addWidget(presetLabel);
    presetRow->addWidget(presetCombo_);

    model_ = new LayerTableModel(this);
    table_ = new QTableView;
    table_->setObjectName(QStringLiteral("layerTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // A narrow panel wraps a long layer description onto a second line rather than cutting it.
    table_->setWordWrap(true);
    table_->setTextElideMode(Qt::ElideNone);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(LayerTableModel::Layer, QHeaderView::Stretch);
    table_->setMinimumHeight(160);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        rebuildSettingsForm();
        updateWeightCounts();
        updateControls();
    });

    totalsLabel_ = new QLabel;
    totalsLabel_->setObjectName(QStringLiteral("totalsLabel"));
    totalsLabel_->setWordWrap(true);
    problemLabel_ = new QLabel;
    problemLabel_->setObjectName(QStringLiteral("problemLabel"));
    problemLabel_->setWordWrap(true);
    // A palette and font rather than a style sheet, which would drop the editor's larger font.
    const auto colourProblem = [this] {
        QPalette problemPalette = problemLabel_->palette();
        problemPalette.setColor(QPalette::WindowText, theme::colours().problemInline);
        problemLabel_->setPalette(problemPalette);
    };
    colourProblem();
    connect(theme::notifier(), &theme::Notifier::themeChanged, problemLabel_, colourProblem);
    QFont bold = readable;
    bold.setBold(true);
    problemLabel_->setFont(bold);
    lockLabel_ = new QLabel;
    lockLabel_->setObjectName(QStringLiteral("lockLabel"));
    lockLabel_->setWordWrap(true);
    lockLabel_->hide();

    weightCountsLabel_ = new QLabel;
    weightCountsLabel_->setObjectName(QStringLiteral("weightCountsLabel"));
    weightCountsLabel_->setWordWrap(true);
    weightCountsLabel_->hide();

    measureTask_ = new LatestTask(this);
    measureButton_ = new QPushButton(tr("Measure"));
    measureButton_->setObjectName(QStringLiteral("measureButton"));
    measureButton_->setToolTip(tr("Time one image's forward pass through this network on this "
                                  "CPU (VGG-16's weights take about 550 MB while it runs)"));
    connect(measureButton_, &QPushButton::clicked, this, &ArchitectureEditor::measure);
    measureLabel_ = new QLabel;
    measureLabel_->setObjectName(QStringLiteral("measureLabel"));
    measureLabel_->setWordWrap(true); // two lines where the panel is narrow
    // Beside the preset: a view-only network's own line would push its table off the screen.
    presetRow->addWidget(measureButton_);
    presetRow->addWidget(measureLabel_, 1);

    settingsBox_ = new QGroupBox(tr("Layer settings"));
    settingsBox_->setObjectName(QStringLiteral("settingsBox"));
    settingsGrid_ = new QGridLayout(settingsBox_);
    settingsGrid_->setColumnStretch(kSettingsPerRow * 2, 1);
    settingsGrid_->setHorizontalSpacing(12);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(presetRow);
    layout->addWidget(createButtonBar());
    layout->addWidget(table_, 1);
    layout->addWidget(totalsLabel_);
    layout->addWidget(problemLabel_);
    layout->addWidget(lockLabel_);
    layout->addWidget(settingsBox_);
    layout->addWidget(weightCountsLabel_);

    loadPreset(QStringLiteral("small"));
}

ArchitectureEditor::~ArchitectureEditor() = default;

QWidget* ArchitectureEditor::createButtonBar() {
    auto* bar = new QWidget;
    // The buttons wrap onto a second line where the run panel is narrow.
    auto* row = new FlowLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const auto button = [&](const QString& text, const char* name, const QString& tip) {
        auto* b = new QPushButton(text);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        row->addWidget(b);
        return b;
    };
    addButton_ =
        button(tr("Add layer"), "addLayerButton", tr("Insert a layer after the selected one"));
    auto* menu = new QMenu(addButton_);
    menu->setObjectName(QStringLiteral("addLayerMenu"));
    for (const nn::LayerKind& type : nn::layer_schema()) {
        QAction* action = menu->addAction(translated(type.menu_text));
        action->setObjectName(QStringLiteral("add_") + QLatin1String(type.type));
        const QString id = QLatin1String(type.type);
        connect(action, &QAction::triggered, this, [this, id] { addLayer(id); });
    }
    addButton_->setMenu(menu);
    removeButton_ = button(tr("Remove"), "removeButton", tr("Remove the selected layer"));
    upButton_ = button(tr("Move up"), "moveUpButton", tr("Move the selected layer up (Alt+Up)"));
    downButton_ =
        button(tr("Move down"), "moveDownButton", tr("Move the selected layer down (Alt+Down)"));
    row->addStretch();
    saveButton_ = button(tr("Save JSON…"), "saveButton", tr("Save the architecture as JSON"));
    loadButton_ = button(tr("Load JSON…"), "loadButton", tr("Load an architecture JSON file"));
    connect(removeButton_, &QPushButton::clicked, this, &ArchitectureEditor::removeLayer);
    connect(upButton_, &QPushButton::clicked, this, &ArchitectureEditor::moveLayerUp);
    connect(downButton_, &QPushButton::clicked, this, &ArchitectureEditor::moveLayerDown);
    connect(saveButton_, &QPushButton::clicked, this, &ArchitectureEditor::saveWithDialog);
    connect(loadButton_, &QPushButton::clicked, this, &ArchitectureEditor::loadWithDialog);

    upAction_ = new QAction(tr("Move layer up"), this);
    upAction_->setObjectName(QStringLiteral("moveUpAction"));
    upAction_->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    upAction_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(upAction_, &QAction::triggered, this, &ArchitectureEditor::moveLayerUp);
    downAction_ = new QAction(tr("Move layer down"), this);
    downAction_->setObjectName(QStringLiteral("moveDownAction"));
    downAction_->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    downAction_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(downAction_, &QAction::triggered, this, &ArchitectureEditor::moveLayerDown);
    addAction(upAction_);
    addAction(downAction_);
    return bar;
}

void ArchitectureEditor::setInput(const compute::Shape& exampleShape, int classCount) {
    if (exampleShape.empty() || exampleShape.size() > 3 ||
        std::any_of(exampleShape.begin(), exampleShape.end(), [](auto d) { return d < 1; }))
        throw std::invalid_argument("ArchitectureEditor: the input must be one example's shape, "
                                    "such as (1, 28, 28), not " +
                                    compute::shape_string(exampleShape));
    if (classCount < 1)
        throw std::invalid_argument("ArchitectureEditor: the data needs at least one class, not " +
                                    std::to_string(classCount));
    dataInput_ = exampleShape;
    if (!viewOnly_) // VGG-16 keeps its 224×224×3 whatever the data
        input_ = exampleShape;
    classCount_ = classCount;
    recompute();
    emit architectureChanged();
}

void ArchitectureEditor::loadPreset(const QString& name) {
    if (nn::is_view_only(name.toStdString())) {
        setArchitecture(nn::model_architecture(name.toStdString())); // with its own input
        return;
    }
    const nn::Sequential preset =
        nn::with_class_count(nn::make_model(name.toStdString(), 0), classCount_, 0);
    json architecture = nn::architecture_json(preset);
    architecture.erase("input"); // the data decides the input
    input_ = dataInput_;
    setArchitecture(architecture);
}

void ArchitectureEditor::setArchitecture(const json& architecture) {
    const auto refuse = [](const std::string& why) {
        throw std::invalid_argument("ArchitectureEditor: " + why);
    };
    if (!architecture.is_object() || !architecture.contains("layers") ||
        !architecture["layers"].is_array())
        refuse("an architecture is an object with a list of \"layers\", not " +
               io::json_excerpt(architecture));
    std::vector<json> layers;
    for (const json& layer : architecture["layers"]) {
        if (!layer.is_object() || !layer.contains("type") || !layer["type"].is_string())
            refuse("every layer needs a \"type\", such as {\"type\": \"relu\"}, not " +
                   io::json_excerpt(layer));
        layers.push_back(layer);
    }
    std::string name = "model";
    if (architecture.contains("name")) {
        if (!architecture["name"].is_string() || architecture["name"].get<std::string>().empty())
            refuse("the architecture's \"name\" must be a non-empty string");
        name = architecture["name"].get<std::string>();
    }
    const bool viewOnly = viewOnlyName(name);
    // Without an "input": a view-only network its preset's, another the data's after a
    // view-only one, else the one shown.
    compute::Shape input = viewOnly_ ? dataInput_ : input_;
    if (viewOnly && !architecture.contains("input"))
        input = nn::model_architecture(name.substr(0, name.find("-edited")))["input"]
                    .get<compute::Shape>();
    if (architecture.contains("input")) {
        const json& shape = architecture["input"];
        input.clear();
        if (shape.is_array())
            for (const json& d : shape)
                input.push_back(d.is_number_integer() ? d.get<std::int64_t>() : 0);
        if (input.empty() || input.size() > 3 ||
            std::any_of(input.begin(), input.end(), [](auto d) { return d < 1; }))
            refuse("the \"input\" must be one example's shape, such as [1, 28, 28], not " +
                   io::json_excerpt(shape));
    }

    input_ = std::move(input);
    name_ = std::move(name);
    layers_ = std::move(layers);
    viewOnly_ = viewOnly;
    {
        const QSignalBlocker blocker(presetCombo_);
        presetCombo_->setCurrentIndex(presetCombo_->findText(QString::fromStdString(name_)));
    }
    recompute();
    selectLayer(-1);
    emit architectureChanged();
}

json ArchitectureEditor::architecture() const {
    return {{"name", name_}, {"input", input_}, {"layers", layers_}};
}

bool ArchitectureEditor::isValid() const {
    return problem_.isEmpty();
}

QString ArchitectureEditor::problem() const {
    return problem_;
}

std::int64_t ArchitectureEditor::parameterCount() const {
    return parameters_;
}

std::int64_t ArchitectureEditor::flops() const {
    return flops_;
}

nn::Sequential ArchitectureEditor::buildModel(std::uint64_t seed) const {
    if (!isValid())
        throw std::invalid_argument(problem_.toStdString());
    nn::Sequential model = nn::model_from_json(architecture());
    model.initialize(seed);
    return model;
}

namespace {

// A row per layer of a model nn built.
void appendBuiltRows(std::vector<LayerRow>& rows, const nn::Sequential& model) {
    for (const nn::LayerSummary& summary : model.layer_summaries())
        rows.push_back({QString::fromStdString(summary.description),
                        summary.output_shape,
                        summary.parameters,
                        summary.flops,
                        LayerRow::State::Known,
                        {}});
}

// Empty when a network ending in `output` fits `classCount` classes; otherwise what to change.
QString outputProblem(const compute::Shape& output, int classCount) {
    if (output == compute::Shape{classCount})
        return {};
    if (output.size() == 1)
        return ArchitectureEditor::tr("The last layer gives %1 outputs; the data has %2 classes "
                                      "(set the last Dense layer to %2 units).")
            .arg(output[0])
            .arg(classCount);
    return ArchitectureEditor::tr("The network ends in %1 values per example, not one per "
                                  "class; the data has %2 classes (end it with Flatten and "
                                  "Dense %2).")
        .arg(shapeText(output))
        .arg(classCount);
}

// The rows of an architecture nn refuses as a whole: the longest prefix it builds, the first
// impossible layer with the reason (`reason` is the whole model's, refined to the prefix's when
// that names the layer better), then the layers it never reaches.
std::vector<LayerRow> rowsUpToImpossible(const json& architecture, std::string& reason) {
    const std::vector<json> layers = architecture["layers"];
    std::vector<LayerRow> rows;
    std::optional<nn::Sequential> built;
    std::size_t good = 0;
    for (; good < layers.size(); ++good) {
        json prefix = architecture;
        prefix["layers"] =
            json(std::vector<json>(layers.begin(), layers.begin() + static_cast<long>(good) + 1));
        try {
            built = nn::model_from_json(prefix);
        } catch (const std::invalid_argument& e) {
            // The whole model's message counts "layer 4 of 8", but names a later layer when
            // that one has a bad setting: then the prefix's message is the one.
            const std::string layer = "layer " + std::to_string(good + 1) + " ";
            const std::size_t first = reason.find("layer ");
            if (first == std::string::npos || reason.compare(first, layer.size(), layer))
                reason = e.what();
            break;
        }
    }
    if (built)
        appendBuiltRows(rows, *built);
    for (std::size_t i = good; i < layers.size(); ++i) {
        LayerRow row{settingsText(layers[i]), {}, 0, 0, LayerRow::State::Unreached, {}};
        if (i == good) {
            row.state = LayerRow::State::Impossible;
            row.reason = translateCoreMessage(reason);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

// The rows of a network summarised from its settings alone (nothing is built: VGG-16's weights
// would be 550 MB): the layers up to the first impossible one, that one with the reason, then
// the layers it never reaches.
std::vector<LayerRow> summaryRows(const json& architecture, nn::ModelSummary& summary,
                                  std::string& reason) {
    const std::vector<json> layers = architecture["layers"];
    std::vector<LayerRow> rows;
    std::size_t good = 0;
    try {
        summary = nn::model_summary(architecture);
        good = layers.size();
    } catch (const std::invalid_argument& e) {
        reason = e.what();
        // The summary names the layer it stopped at: the longest prefix that passes.
        for (; good < layers.size(); ++good) {
            json prefix = architecture;
            prefix["layers"] = json(
                std::vector<json>(layers.begin(), layers.begin() + static_cast<long>(good) + 1));
            try {
                summary = nn::model_summary(prefix);
            } catch (const std::invalid_argument&) {
                break;
            }
        }
    }
    for (std::size_t i = 0; i < good; ++i) {
        const nn::SummaryRow& row = summary.layers[i];
        rows.push_back({QString::fromStdString(row.description),
                        row.output_shape,
                        row.parameters,
                        row.flops,
                        LayerRow::State::Known,
                        {}});
    }
    for (std::size_t i = good; i < layers.size(); ++i)
        rows.push_back({settingsText(layers[i]),
                        {},
                        0,
                        0,
                        i == good ? LayerRow::State::Impossible : LayerRow::State::Unreached,
                        i == good ? translateCoreMessage(reason) : QString()});
    return rows;
}

} // namespace

void ArchitectureEditor::recompute() {
    std::vector<LayerRow> rows;
    parameters_ = 0;
    flops_ = 0;
    problem_.clear();
    if (layers_.empty()) {
        problem_ = tr("The network has no layers: add one with Add layer.");
    } else if (viewOnly_) {
        nn::ModelSummary summary;
        std::string reason;
        rows = summaryRows(architecture(), summary, reason);
        if (reason.empty()) {
            parameters_ = summary.total_parameters;
            flops_ = summary.total_flops;
            // Why Start stays off, in one line: the totals above give the numbers.
            problem_ = tr("%1 is shown, not trained here: an epoch would take days on a CPU.")
                           .arg(QString::fromStdString(name_));
        } else {
            problem_ = translateCoreMessage(reason);
        }
    } else {
        try {
            const nn::Sequential model = nn::model_from_json(architecture());
            appendBuiltRows(rows, model);
            parameters_ = model.parameter_count();
            flops_ = model.flops();
            problem_ = outputProblem(model.output_shape(), classCount_);
            rows.back().reason = problem_;
        } catch (const std::invalid_argument& whole) {
            std::string reason = whole.what();
            rows = rowsUpToImpossible(architecture(), reason);
            problem_ = translateCoreMessage(reason);
        }
    }

    for (std::size_t i = 0; i < rows.size() && i < layers_.size(); ++i)
        rows[i].frozen = layers_[i].value("frozen", false);
    const bool shaped = !rows.empty() && rows.back().state == LayerRow::State::Known;
    const compute::Shape output = shaped ? rows.back().shape : compute::Shape{};
    model_->setRows(std::move(rows));
    if (shaped)
        // One line for a view-only network, whose measured time and reason need the room.
        totalsLabel_->setText(
            viewOnly_ ? tr("Total: %1 parameters · %2 FLOPs per image · %3 → %4")
                            .arg(groupedCount(parameters_), flopsText(flops_), shapeText(input_),
                                 shapeText(output))
                      : tr("Total: %1 parameters · %2 FLOPs per example · input %3 → output %4")
                            .arg(groupedCount(parameters_), flopsText(flops_), shapeText(input_),
                                 shapeText(output)));
    else
        totalsLabel_->setText(tr("Input %1 → no output yet").arg(shapeText(input_)));
    totalsLabel_->setToolTip(tr("%1 FLOPs: floating-point operations of one example's forward "
                                "pass, 2 × its multiply-adds")
                                 .arg(groupedCount(flops_)));
    problemLabel_->setText(problem_);
    problemLabel_->setVisible(!problem_.isEmpty());
    // A measurement is of the network it timed.
    measureTask_->cancel();
    measureButton_->setEnabled(true);
    measureLabel_->setText(viewOnly_ ? tr("one image: not timed yet") : QString());
    measureButton_->setVisible(viewOnly_);
    presetRow_->setStretchFactor(presetCombo_, viewOnly_ ? 0 : 1);
    measureLabel_->setVisible(viewOnly_);
    updateWeightCounts();
    updateControls();
}

void ArchitectureEditor::updateWeightCounts() {
    const int row = currentLayer();
    weightCountsLabel_->hide();
    if (row < 0 || row >= static_cast<int>(layers_.size()))
        return;
    const std::string type = layers_[static_cast<std::size_t>(row)].value("type", std::string());
    if (type != "conv2d" && type != "locally_connected2d")
        return;
    nn::ModelSummary summary;
    try {
        json prefix = architecture();
        prefix["layers"] = json(std::vector<json>(layers_.begin(), layers_.begin() + row + 1));
        summary = nn::model_summary(prefix);
    } catch (const std::invalid_argument&) {
        return; // the table says why the layer has no shape
    }
    const compute::Shape in =
        row == 0 ? input_ : summary.layers[static_cast<std::size_t>(row) - 1].output_shape;
    const nn::SummaryRow& layer = summary.layers.back();
    if (in.size() != 3)
        return;
    const nn::WeightCounts counts =
        nn::weight_counts(in[1], in[2], in[0], layer.window_height, layer.window_width,
                          layer.output_shape[1], layer.output_shape[2], layer.output_shape[0]);
    weightCountsLabel_->setText(tr("fully connected: %1 · locally connected: %2 · convolution: %3")
                                    .arg(groupedCount(counts.fully_connected),
                                         groupedCount(counts.locally_connected),
                                         groupedCount(counts.convolution)));
    weightCountsLabel_->setToolTip(
        tr("The parameters (biases included) of a layer from %1 to %2: every input value to "
           "every output value (fully connected), each output position its own %3 window "
           "(locally connected), or one window per map shared by every position (convolution)")
            .arg(shapeText(in), shapeText(layer.output_shape),
                 QStringLiteral("%1×%2").arg(layer.window_height).arg(layer.window_width)));
    weightCountsLabel_->show();
}

void ArchitectureEditor::measure() {
    if (layers_.empty())
        return;
    struct Timing {
        double seconds{-1};
        QString error;
    };
    const json architecture = this->architecture();
    measureButton_->setEnabled(false);
    measureLabel_->setText(tr("one image: measuring on this CPU…"));
    measureTask_->run(
        [architecture](const CancelFlag& cancelled) {
            Timing timing;
            try {
                nn::Sequential model = nn::model_from_json(architecture);
                model.eval();
                compute::Shape shape{1};
                for (const json& d : architecture["input"])
                    shape.push_back(d.get<std::int64_t>());
                const compute::Tensor image = compute::Tensor::zeros(shape);
                model.forward(image); // the first pass also touches every weight once
                if (cancelled)
                    return timing;
                const auto start = std::chrono::steady_clock::now();
                model.forward(image);
                timing.seconds =
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            } catch (const std::exception& e) {
                timing.error = translateCoreMessage(e.what());
            }
            return timing;
        },
        [this](Timing timing) {
            measureButton_->setEnabled(true);
            if (!timing.error.isEmpty()) {
                measureLabel_->setText(tr("one image: could not measure: %1").arg(timing.error));
                emit measureFailed(timing.error);
                return;
            }
            measureLabel_->setText(
                tr("one image: %1 on this CPU (measured)").arg(durationText(timing.seconds)));
            emit measured(timing.seconds);
        });
}

void ArchitectureEditor::edited() {
    // A built-in model changed is no longer that model: its files and runs say so.
    const std::vector<std::string> presets = nn::model_names();
    if (std::find(presets.begin(), presets.end(), name_) != presets.end())
        name_ += "-edited";
    {
        const QSignalBlocker blocker(presetCombo_);
        presetCombo_->setCurrentIndex(-1);
    }
    recompute();
    emit architectureChanged();
}

int ArchitectureEditor::currentLayer() const {
    const QModelIndex current = table_->selectionModel()->currentIndex();
    return current.isValid() && table_->selectionModel()->isRowSelected(current.row())
               ? current.row()
               : -1;
}

void ArchitectureEditor::selectLayer(int index) {
    if (index < 0 || index >= model_->rowCount()) {
        table_->selectionModel()->clear();
    } else {
        table_->selectionModel()->setCurrentIndex(model_->index(index, 0),
                                                  QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
        table_->scrollTo(model_->index(index, 0));
    }
    rebuildSettingsForm();
    updateWeightCounts();
    updateControls();
}

void ArchitectureEditor::addLayer(const QString& type) {
    if (locked_)
        return;
    const nn::LayerKind* known = nn::find_layer_kind(type.toStdString());
    if (!known)
        throw std::invalid_argument("ArchitectureEditor: unknown layer type " + type.toStdString());
    const int selected = currentLayer();
    const int at = selected < 0 ? static_cast<int>(layers_.size()) : selected + 1;
    layers_.insert(layers_.begin() + at, known->added);
    edited();
    selectLayer(at);
}

void ArchitectureEditor::removeLayer() {
    const int selected = currentLayer();
    if (locked_ || selected < 0)
        return;
    layers_.erase(layers_.begin() + selected);
    edited();
    selectLayer(std::min(selected, static_cast<int>(layers_.size()) - 1));
}

void ArchitectureEditor::moveLayerUp() {
    const int selected = currentLayer();
    if (locked_ || selected < 1)
        return;
    std::swap(layers_[static_cast<std::size_t>(selected)],
              layers_[static_cast<std::size_t>(selected - 1)]);
    edited();
    selectLayer(selected - 1);
}

void ArchitectureEditor::moveLayerDown() {
    const int selected = currentLayer();
    if (locked_ || selected < 0 || selected + 1 >= static_cast<int>(layers_.size()))
        return;
    std::swap(layers_[static_cast<std::size_t>(selected)],
              layers_[static_cast<std::size_t>(selected + 1)]);
    edited();
    selectLayer(selected + 1);
}

void ArchitectureEditor::setSetting(int layer, const std::string& key, const json& value) {
    if (locked_ || layer < 0 || layer >= static_cast<int>(layers_.size()))
        return;
    json& settings = layers_[static_cast<std::size_t>(layer)];
    if (settings.contains(key) && settings[key] == value)
        return;
    settings[key] = value;
    edited();
}

void ArchitectureEditor::setFrozen(int layer, bool frozen) {
    if (locked_ || layer < 0 || layer >= static_cast<int>(layers_.size()) ||
        isFrozen(layer) == frozen)
        return;
    json& settings = layers_[static_cast<std::size_t>(layer)];
    // Written only when set, as nn::architecture_json writes it.
    if (frozen)
        settings["frozen"] = true;
    else
        settings.erase("frozen");
    edited();
}

bool ArchitectureEditor::isFrozen(int layer) const {
    return layer >= 0 && layer < static_cast<int>(layers_.size()) &&
           layers_[static_cast<std::size_t>(layer)].value("frozen", false);
}

void ArchitectureEditor::rebuildSettingsForm() {
    while (QLayoutItem* item = settingsGrid_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto addNote = [this](const QString& text) {
        settingsGrid_->addWidget(new QLabel(text), 0, 0, 1, kSettingsPerRow * 2 + 1);
    };
    const int row = currentLayer();
    if (row < 0 || row >= static_cast<int>(layers_.size())) {
        settingsBox_->setTitle(tr("Layer settings"));
        addNote(tr("Select a layer to change its settings."));
        return;
    }
    const json& layer = layers_[static_cast<std::size_t>(row)];
    const nn::LayerKind* type = nn::find_layer_kind(layer.value("type", std::string()));
    settingsBox_->setTitle(tr("Layer %1: %2")
                               .arg(row + 1)
                               .arg(QString::fromStdString(layer["type"].get<std::string>())));
    if (!type) {
        addNote(tr("ConvSight does not know this layer type: remove it."));
        return;
    }
    // Fine-tuning: a layer with parameters can be kept as it is while the others learn.
    const QModelIndex parameters = model_->index(row, LayerTableModel::Parameters);
    const bool learns = model_->data(parameters, Qt::UserRole).toLongLong() > 0;
    if (type->fields.empty() && !learns) {
        addNote(tr("%1 has no settings.").arg(translated(type->menu_text)));
        return;
    }
    QCheckBox* frozen = nullptr;
    if (learns) {
        frozen = new QCheckBox(tr("Frozen"));
        frozen->setObjectName(QStringLiteral("frozenBox"));
        frozen->setToolTip(tr("Training leaves this layer's weights as they are (fine-tuning: "
                              "keep what a pretrained layer has learned)"));
        frozen->setChecked(layer.value("frozen", false));
        connect(frozen, &QCheckBox::toggled, this, [this, row](bool on) { setFrozen(row, on); });
    }
    int cell = 0; // the next place in the form, kSettingsPerRow of them a line
    for (const nn::LayerField& field : type->fields) {
        const std::string key = field.key;
        json value = layer.contains(key) ? layer[key] : field.default_value;
        if (value.is_null()) // a pool's stride: its window
            value = layer.value("size", json(1));
        QWidget* editor =
            fieldEditor(field, value, [this, row, key](const json& v) { setSetting(row, key, v); });
        // Label and box pairs side by side: the form stays short under the table.
        auto* label = new QLabel(translated(field.label) + QLatin1Char(':'));
        label->setBuddy(editor);
        // On two lines where a translation is long ("Taille du noyau :"), so that two pairs still
        // fit a narrow panel.
        label->setWordWrap(true);
        // A combo box ("valid (sans remplissage)") takes a line of its own, so that its long
        // choices never widen the columns of the other pairs.
        if (field.kind == nn::FieldKind::Padding || field.kind == nn::FieldKind::Choice) {
            cell = (cell + kSettingsPerRow - 1) / kSettingsPerRow * kSettingsPerRow;
            settingsGrid_->addWidget(label, cell / kSettingsPerRow, 0);
            settingsGrid_->addWidget(editor, cell / kSettingsPerRow, 1, 1, kSettingsPerRow * 2 - 1,
                                     Qt::AlignLeft);
            cell += kSettingsPerRow;
            continue;
        }
        settingsGrid_->addWidget(label, cell / kSettingsPerRow, cell % kSettingsPerRow * 2);
        settingsGrid_->addWidget(editor, cell / kSettingsPerRow, cell % kSettingsPerRow * 2 + 1,
                                 Qt::AlignLeft);
        ++cell;
    }
    if (frozen != nullptr)
        settingsGrid_->addWidget(frozen, (cell + kSettingsPerRow - 1) / kSettingsPerRow, 0, 1,
                                 kSettingsPerRow * 2 + 1);
}

void ArchitectureEditor::updateControls() {
    const int selected = currentLayer();
    const int count = static_cast<int>(layers_.size());
    presetCombo_->setEnabled(!locked_);
    addButton_->setEnabled(!locked_);
    removeButton_->setEnabled(!locked_ && selected >= 0);
    upButton_->setEnabled(!locked_ && selected > 0);
    downButton_->setEnabled(!locked_ && selected >= 0 && selected + 1 < count);
    upAction_->setEnabled(upButton_->isEnabled());
    downAction_->setEnabled(downButton_->isEnabled());
    loadButton_->setEnabled(!locked_);
    settingsBox_->setEnabled(!locked_);
}

void ArchitectureEditor::setLocked(bool locked, const QString& why) {
    locked_ = locked;
    lockLabel_->setText(why.isEmpty() ? tr("The network cannot change now.") : why);
    lockLabel_->setVisible(locked);
    updateControls();
}

bool ArchitectureEditor::saveJson(const QString& path, QString* error) const {
    const QByteArray bytes = QByteArray::fromStdString(architecture().dump(2) + "\n");
    try {
        saveFile(path, bytes);
    } catch (const std::exception& e) {
        if (error)
            *error = translateCoreMessage(e.what());
        return false;
    }
    return true;
}

bool ArchitectureEditor::loadJson(const QString& path, QString* error) {
    json architecture;
    try {
        architecture = nn::architecture_json(nn::load_architecture_file(path.toStdString()));
    } catch (const std::exception& e) {
        if (error)
            *error = translateCoreMessage(e.what());
        return false;
    }
    architecture.erase("input"); // the file was written for some data; this data decides
    setArchitecture(architecture);
    return true;
}

void ArchitectureEditor::showFileError(const QString& error) {
    problemLabel_->setText(error);
    problemLabel_->show();
}

void ArchitectureEditor::saveWithDialog() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save architecture"), QString::fromStdString(name_) + QStringLiteral(".json"),
        tr("Architecture (*.json)"));
    QString error;
    if (!path.isEmpty() && !saveJson(path, &error))
        showFileError(error);
}

void ArchitectureEditor::loadWithDialog() {
    if (locked_)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Load architecture"), QString(),
                                                      tr("Architecture (*.json)"));
    QString error;
    if (!path.isEmpty() && !loadJson(path, &error))
        showFileError(error);
}

QTableView* ArchitectureEditor::table() const {
    return table_;
}

} // namespace convsight::widgets
