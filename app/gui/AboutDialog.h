// The About box: what ConvSight is, its version, the libraries it was built with and the devices
// it found, so a bug report or a lab handout can quote them.
#pragma once

#include <QDialog>

class QLabel;

namespace convsight::app {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The versions and devices as plain text, one per line (also what "Copy" puts on the
    // clipboard).
    QString detailsText() const;

private:
    QLabel* details_;
};

} // namespace convsight::app
