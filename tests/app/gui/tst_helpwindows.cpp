// Help ▸ User Guide and Teacher's Guide: the installed copy under <prefix>/share/convsight/docs
// with its images when there is one, the copy compiled into the program otherwise.
#include "HelpWindows.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>

using convsight::app::GuideWindow;

namespace {

// The widths given to the images of `document`, in the order they appear.
QList<double> imageWidths(const QTextDocument* document) {
    QList<double> widths;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat())
                widths << it.fragment().charFormat().toImageFormat().width();
    return widths;
}

} // namespace

class TestHelpWindows : public QObject {
    Q_OBJECT
private slots:
    void opensTheInstalledCopyWithItsImages();
    void fallsBackToTheResource_data();
    void fallsBackToTheResource();
    void everyPictureAndLinkOfTheGuidesExists_data();
    void everyPictureAndLinkOfTheGuidesExists();
};

void TestHelpWindows::opensTheInstalledCopyWithItsImages() {
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    const QString docs = prefix.filePath(QStringLiteral("share/convsight/docs"));
    QVERIFY(QDir().mkpath(docs + QStringLiteral("/images")));
    QImage shot(1280, 680, QImage::Format_RGB32);
    shot.fill(Qt::darkCyan);
    QVERIFY(shot.save(docs + QStringLiteral("/images/filter.png")));
    QFile guide(docs + QStringLiteral("/user-guide.md"));
    QVERIFY(guide.open(QIODevice::WriteOnly));
    guide.write("# The installed guide\n\nThe Filter workspace:\n\n![Filter](images/filter.png)\n\n"
                "Train:\n\n![Train](images/train.png)\n\nThe end.\n");
    guide.close();

    GuideWindow window(nullptr, QStringLiteral("user-guide.md"), docs);
    QCOMPARE(window.sourcePath(), docs + QStringLiteral("/user-guide.md"));
    const QString text = window.browser()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("The installed guide")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("ConvSight user guide")));

    // The screenshot found beside the guide is shown at the window's width, not its own; the one
    // missing (images/train.png) is left out rather than shown as an empty frame.
    QVERIFY(text.contains(QStringLiteral("The end.")));
    const QVariant image = window.browser()->loadResource(
        QTextDocument::ImageResource, QUrl(QStringLiteral("images/filter.png")));
    QVERIFY(image.isValid());
    QImage loaded;
    QVERIFY(loaded.loadFromData(image.toByteArray()));
    QCOMPARE(loaded.size(), shot.size());
    QCOMPARE(imageWidths(window.browser()->document()), QList<double>{720.0});
}

void TestHelpWindows::fallsBackToTheResource_data() {
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("heading");
    QTest::newRow("user guide") << QStringLiteral("user-guide.md")
                                << QStringLiteral("ConvSight User Guide")
                                << QStringLiteral("ConvSight user guide");
    QTest::newRow("teacher's guide")
        << QStringLiteral("teacher-guide.md") << QStringLiteral("ConvSight Teacher's Guide")
        << QStringLiteral("ConvSight teacher's guide");
}

void TestHelpWindows::fallsBackToTheResource() {
    QFETCH(QString, fileName);
    QFETCH(QString, title);
    QFETCH(QString, heading);
    // A prefix without the guides (the build tree, or docs not installed).
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    GuideWindow window(nullptr, fileName, prefix.path());
    QCOMPARE(window.sourcePath(), QStringLiteral(":/docs/") + fileName);
    QCOMPARE(window.windowTitle(), title);
    const QString text = window.browser()->toPlainText();
    QVERIFY2(text.startsWith(heading), qPrintable(text.left(200)));
    QVERIFY(!text.contains(QStringLiteral("missing")));
    // The resource holds the text only: its pictures are left out.
    QFile resource(QStringLiteral(":/docs/") + fileName);
    QVERIFY(resource.open(QIODevice::ReadOnly));
    QVERIFY(resource.readAll().contains("](images/"));
    QVERIFY(imageWidths(window.browser()->document()).isEmpty());
}

void TestHelpWindows::everyPictureAndLinkOfTheGuidesExists_data() {
    QTest::addColumn<QString>("fileName");
    for (const char* guide : {"user-guide.md", "teacher-guide.md", "developer-guide.md"})
        QTest::newRow(guide) << QString::fromLatin1(guide);
}

void TestHelpWindows::everyPictureAndLinkOfTheGuidesExists() {
    // docs/ as it is installed: a picture or a link to another guide that is not there would
    // show as nothing, or lead nowhere, in the installed copy.
    QFETCH(QString, fileName);
    const QDir docs(QStringLiteral(CONVSIGHT_DOCS_DIR));
    QFile guide(docs.filePath(fileName));
    QVERIFY2(guide.open(QIODevice::ReadOnly), qPrintable(guide.fileName()));
    const QString text = QString::fromUtf8(guide.readAll());
    static const QRegularExpression target(QStringLiteral("\\]\\(([^)#\\s]+)[^)]*\\)"));
    int pictures = 0;
    for (const QRegularExpressionMatch& match : target.globalMatch(text)) {
        const QString path = match.captured(1);
        if (path.startsWith(QStringLiteral("http")))
            continue;
        QVERIFY2(QFileInfo::exists(docs.filePath(path)), qPrintable(fileName + ": " + path));
        if (path.startsWith(QStringLiteral("images/")))
            ++pictures;
    }
    QVERIFY2(pictures >= 1, qPrintable(fileName));
}

QTEST_MAIN(TestHelpWindows)
#include "tst_helpwindows.moc"
