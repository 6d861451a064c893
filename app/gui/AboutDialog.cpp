// The About box: version, libraries, CPU and CUDA devices.
#include "AboutDialog.h"

#include "AppInfo.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace convsight::app {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , details_(new QLabel(this)) {
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About ConvSight"));

    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/convsight.svg")).pixmap(QSize(80, 80)));
    logo->setAlignment(Qt::AlignTop);

    auto* heading = new QLabel(
        tr("<h2>ConvSight %1</h2>"
           "<p>See convolution happen: filter real images with kernels you edit, step through a "
           "convolution position by position, and train a small CNN on the CPU or a CUDA GPU.</p>")
            .arg(versionWithRevision()),
        this);
    heading->setWordWrap(true);

    QString rows;
    for (const LibraryVersion& library : libraryVersions())
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(library.name.toHtmlEscaped(), library.version.toHtmlEscaped());
    rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                .arg(tr("CPU"), cpuSummary().toHtmlEscaped());
    for (const QString& line : cudaSummary())
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(tr("CUDA"), line.toHtmlEscaped());
    details_->setObjectName(QStringLiteral("versionsLabel"));
    details_->setTextFormat(Qt::RichText);
    details_->setText(QStringLiteral("<table cellspacing='6'>%1</table>").arg(rows));
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details_->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the versions and devices, for a bug report"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(detailsText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* text = new QVBoxLayout;
    text->addWidget(heading);
    text->addWidget(details_);
    auto* top = new QHBoxLayout;
    top->addWidget(logo);
    top->addLayout(text, 1);
    top->setSpacing(18);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(620);
}

QString AboutDialog::detailsText() const {
    QStringList lines{tr("ConvSight %1").arg(versionWithRevision())};
    for (const LibraryVersion& library : libraryVersions())
        lines << library.name + QStringLiteral(": ") + library.version;
    lines << tr("CPU: %1").arg(cpuSummary());
    for (const QString& line : cudaSummary())
        lines << tr("CUDA: %1").arg(line);
    return lines.join(QLatin1Char('\n'));
}

} // namespace convsight::app
