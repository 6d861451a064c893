// convsight-icon-render SVG OUTDIR SIZE...: renders the application icon to OUTDIR/SIZE.png for
// each size (the hicolor PNGs the install puts beside the scalable SVG). Run at build time only.
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <iostream>

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments().mid(1);
    if (args.size() < 3) {
        std::cerr << "usage: convsight-icon-render SVG OUTDIR SIZE...\n";
        return 2;
    }
    QSvgRenderer renderer(args.at(0));
    if (!renderer.isValid()) {
        std::cerr << "convsight-icon-render: cannot read " << args.at(0).toStdString() << "\n";
        return 1;
    }
    for (const QString& sizeText : args.mid(2)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        if (!ok || size < 1 || size > 4096) {
            std::cerr << "convsight-icon-render: not a size: " << sizeText.toStdString() << "\n";
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString path = args.at(1) + QStringLiteral("/%1.png").arg(size);
        if (!image.save(path)) {
            std::cerr << "convsight-icon-render: cannot write " << path.toStdString() << "\n";
            return 1;
        }
    }
    return 0;
}
