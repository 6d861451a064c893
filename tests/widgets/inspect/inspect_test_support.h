// What the inspect room's suites share: saving a widget's picture to look at.
#pragma once

#include <QDir>
#include <QString>
#include <QTest>
#include <QWidget>

namespace inspect_test {

// With CONVSIGHT_SHOTS_DIR set, saves the widget as <dir>/<name>.png to look at; else nothing.
inline void saveShot(QWidget& widget, const QString& name) {
    const QString dir = qEnvironmentVariable("CONVSIGHT_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget.grab().save(dir + "/" + name + ".png"));
}

} // namespace inspect_test
